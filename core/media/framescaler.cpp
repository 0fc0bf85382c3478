// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "framescaler.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <QTransform>

#include <algorithm>
#include <cmath>

namespace mt {

namespace {

// swscale's fast YUV → RGB path rounds with a bias (grey comes out green-shifted by a few
// levels); at thumbnail sizes the accurate one costs next to nothing.
constexpr int ScaleFlags = SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT;

} // namespace

FrameScaler::FrameScaler() = default;
FrameScaler::~FrameScaler() = default;

QSizeF FrameScaler::displayedSize(int width, int height, AVRational sar, int rotation)
{
    const double shownWidth = sar.num > 0 && sar.den > 0 ? double(width) * sar.num / sar.den
                                                         : double(width);
    const bool sideways = rotation == 90 || rotation == 270;
    return sideways ? QSizeF(height, shownWidth) : QSizeF(shownWidth, height);
}

QSize FrameScaler::atWidth(QSizeF displayed, int width)
{
    const double height = displayed.width() > 0 ? width * displayed.height() / displayed.width()
                                                : width;
    return {std::max(width, 1), std::max(int(std::lround(height)), 1)};
}

QSize FrameScaler::atHeight(QSizeF displayed, int height)
{
    const double width = displayed.height() > 0 ? height * displayed.width() / displayed.height()
                                                : height;
    return {std::max(int(std::lround(width)), 1), std::max(height, 1)};
}

Result<QImage> FrameScaler::scale(const AVFrame *frame, QSize size, int rotation)
{
    const bool sideways = rotation == 90 || rotation == 270;
    const QSize scaled = sideways ? size.transposed() : size;
    // AV_PIX_FMT_RGB32 is 0xAARRGGBB in native byte order, as QImage::Format_RGB32 is.
    QImage image(scaled, QImage::Format_RGB32);
    if (image.isNull())
        return Error::failed(
                tr("Out of memory for a %1×%2 picture.").arg(scaled.width()).arg(scaled.height()));
    const auto format = AVPixelFormat(frame->format);
    SwsContext *context = sws_getCachedContext(m_context.release(),
                                               frame->width,
                                               frame->height,
                                               format,
                                               scaled.width(),
                                               scaled.height(),
                                               AV_PIX_FMT_RGB32,
                                               ScaleFlags,
                                               nullptr,
                                               nullptr,
                                               nullptr);
    m_context.reset(context);
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(format);
    if (!context || !desc)
        return Error::failed(tr("Movie Tool cannot convert pictures in the %1 pixel format.")
                                     .arg(QString::fromUtf8(desc ? desc->name : "unknown")));
    if (!(desc->flags & AV_PIX_FMT_FLAG_RGB)) {
        // Files that do not say which YUV matrix they use were made with the one of their
        // size's era, as players guess too.
        int colorspace = frame->colorspace;
        if (colorspace == AVCOL_SPC_UNSPECIFIED || colorspace == AVCOL_SPC_RESERVED)
            colorspace = frame->height >= 720 ? AVCOL_SPC_BT709 : AVCOL_SPC_SMPTE170M;
        const int fullRange = frame->color_range == AVCOL_RANGE_JPEG
                              || format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_YUVJ422P
                              || format == AV_PIX_FMT_YUVJ444P || format == AV_PIX_FMT_YUVJ440P
                              || format == AV_PIX_FMT_YUVJ411P;
        sws_setColorspaceDetails(context,
                                 sws_getCoefficients(colorspace),
                                 fullRange,
                                 sws_getCoefficients(SWS_CS_DEFAULT),
                                 1,
                                 0,
                                 1 << 16,
                                 1 << 16);
    }
    uint8_t *planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    const int rows
            = sws_scale(context, frame->data, frame->linesize, 0, frame->height, planes, strides);
    if (rows <= 0)
        return Error::failed(tr("A picture could not be scaled to %1×%2.")
                                     .arg(scaled.width())
                                     .arg(scaled.height()));
    if (rotation != 0)
        image = image.transformed(QTransform().rotate(rotation));
    return image;
}

} // namespace mt
