// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>

namespace mt::analysis {

// How far a take's first picture is from the image it was asked to start from (a first-frame
// image, a character's reference picture): both are made into small grey copies of the
// picture's shape — the image scaled to cover that shape and its middle kept, as providers crop
// a picture of another shape — and compared by SSIM (structural similarity, 0–1, 1 identical).
// Small and grey on purpose: a generated take re-renders the picture, so only its layout of light
// and dark should be compared, not colour grading, fine texture or compression noise.
//
// Internal to MediaAnalyzer; used on its thread.
class FirstFrameMatch
{
    Q_DECLARE_TR_FUNCTIONS(mt::MediaAnalyzer)

public:
    // The grey copies are this many pixels wide (the height follows the picture's shape): enough
    // for 8×8 windows to see the layout of a scene, few enough to ignore texture.
    static constexpr int CopyWidth = 128;

    // Reads the image; refused (with a sentence for a person) when it cannot be.
    std::optional<Error> load(const QString &path);
    bool isLoaded() const { return !m_image.isNull(); }

    // The SSIM of `frame`, as a player shows it (turned by `rotation` clockwise degrees), against
    // the image.
    Result<double> compare(const AVFrame *frame, int rotation) const;

    // `image` as a grey copy of `size`: scaled to cover it, its middle kept.
    static QImage greyCopy(const QImage &image, QSize size);
    // Mean SSIM of two grey (Format_Grayscale8) images of one size over 8×8 windows a half
    // window apart, with the constants of Wang et al. (2004) for 8-bit values.
    static double ssim(const QImage &a, const QImage &b);

private:
    QString m_name;
    QImage m_image;
};

} // namespace mt::analysis
