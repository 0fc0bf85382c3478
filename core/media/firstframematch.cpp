// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "firstframematch.h"

#include "media/framescaler.h"

#include <QFileInfo>
#include <QImageReader>

#include <algorithm>

namespace mt::analysis {

namespace {

constexpr int Window = 8;
constexpr int Step = Window / 2;

} // namespace

std::optional<Error> FirstFrameMatch::load(const QString &path)
{
    m_name = QFileInfo(path).fileName();
    QImageReader reader(path);
    reader.setAutoTransform(true); // as a viewer shows a phone photo
    QImage image = reader.read();
    if (image.isNull())
        return Error::refused(tr("The first-frame image “%1” cannot be read (%2). Choose a PNG "
                                 "or JPEG picture.")
                                      .arg(m_name, reader.errorString()));
    m_image = std::move(image);
    return std::nullopt;
}

Result<double> FirstFrameMatch::compare(const AVFrame *frame, int rotation) const
{
    const QSizeF shown = FrameScaler::displayedSize(frame->width,
                                                    frame->height,
                                                    frame->sample_aspect_ratio,
                                                    rotation);
    const QSize size = FrameScaler::atWidth(shown, CopyWidth);
    FrameScaler scaler;
    Result<QImage> picture = scaler.scale(frame, size, rotation);
    if (!picture.ok())
        return picture.error();
    return ssim(greyCopy(*picture, size), greyCopy(m_image, size));
}

QImage FirstFrameMatch::greyCopy(const QImage &image, QSize size)
{
    const QImage covering = image.scaled(size,
                                         Qt::KeepAspectRatioByExpanding,
                                         Qt::SmoothTransformation);
    const QRect middle(QPoint((covering.width() - size.width()) / 2,
                              (covering.height() - size.height()) / 2),
                       size);
    return covering.copy(middle).convertToFormat(QImage::Format_Grayscale8);
}

double FirstFrameMatch::ssim(const QImage &a, const QImage &b)
{
    Q_ASSERT(a.size() == b.size());
    Q_ASSERT(a.format() == QImage::Format_Grayscale8 && b.format() == QImage::Format_Grayscale8);
    constexpr double C1 = (0.01 * 255) * (0.01 * 255);
    constexpr double C2 = (0.03 * 255) * (0.03 * 255);
    constexpr double N = Window * Window;
    double sum = 0;
    int windows = 0;
    for (int y = 0; y + Window <= a.height(); y += Step) {
        for (int x = 0; x + Window <= a.width(); x += Step) {
            double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
            for (int row = y; row < y + Window; ++row) {
                const uchar *pa = a.constScanLine(row) + x;
                const uchar *pb = b.constScanLine(row) + x;
                for (int i = 0; i < Window; ++i) {
                    const double va = pa[i];
                    const double vb = pb[i];
                    sa += va;
                    sb += vb;
                    saa += va * va;
                    sbb += vb * vb;
                    sab += va * vb;
                }
            }
            const double ma = sa / N;
            const double mb = sb / N;
            const double va = saa / N - ma * ma;
            const double vb = sbb / N - mb * mb;
            const double cov = sab / N - ma * mb;
            sum += ((2 * ma * mb + C1) * (2 * cov + C2))
                   / ((ma * ma + mb * mb + C1) * (va + vb + C2));
            ++windows;
        }
    }
    // A copy smaller than one window (a sliver of a picture) has nothing to compare.
    return windows > 0 ? std::clamp(sum / windows, -1.0, 1.0) : 0.0;
}

} // namespace mt::analysis
