// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QSizeF>

namespace mt {

// Turns decoded pictures into RGB images the way a player shows them: the pixel aspect applied,
// turned by the display rotation, scaled to the size asked for. Scaling and the YUV → RGB
// conversion are one swscale pass into the image's own memory, with a context made once per
// source format and size (a filmstrip's frames share it); only the small result is turned.
//
// Internal to core/media: a scope object of one operation, on the thread that runs it.
class FrameScaler
{
    Q_DECLARE_TR_FUNCTIONS(mt::FrameScaler)

public:
    FrameScaler();
    ~FrameScaler();
    FrameScaler(const FrameScaler &) = delete;
    FrameScaler &operator=(const FrameScaler &) = delete;

    // The shape of a width×height picture as shown: pixel aspect `sar`, turned by `rotation`
    // clockwise degrees (90 and 270 swap the sides).
    static QSizeF displayedSize(int width, int height, AVRational sar, int rotation);
    // A size of that shape `width` pixels wide (or `height` high); never smaller than 1×1.
    static QSize atWidth(QSizeF displayed, int width);
    static QSize atHeight(QSizeF displayed, int height);

    // `frame` as an image of `size` (the size after turning), turned by `rotation`.
    Result<QImage> scale(const AVFrame *frame, QSize size, int rotation);

private:
    av::SwsContextPtr m_context;
};

} // namespace mt
