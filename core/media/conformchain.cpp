// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "conformchain.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace mt::conform {

using namespace Qt::StringLiterals;

namespace {

bool quarterTurned(const Picture &picture)
{
    return picture.rotation == 90 || picture.rotation == 270;
}

int align(double value, int unit, int limit)
{
    const int rounded = int(std::lround(value / unit)) * unit;
    return std::clamp(rounded, unit, std::max(unit, limit - limit % unit));
}

QString rate(AVRational r)
{
    return r.den == 1 ? QString::number(r.num) : u"%1/%2"_s.arg(r.num).arg(r.den);
}

} // namespace

double displayAspect(const Picture &picture)
{
    const bool square = picture.sampleAspect.num <= 0 || picture.sampleAspect.den <= 0;
    const double sar = square ? 1.0 : av_q2d(picture.sampleAspect);
    const double aspect = double(picture.width) * sar / std::max(1, picture.height);
    return quarterTurned(picture) ? 1.0 / aspect : aspect;
}

QSize fittedSize(const Picture &picture, QSize box, const QString &pixelFormat)
{
    const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(
            av_get_pix_fmt(pixelFormat.toUtf8().constData()));
    const int alignX = desc ? 1 << desc->log2_chroma_w : 1;
    const int alignY = desc ? 1 << desc->log2_chroma_h : 1;
    const double aspect = displayAspect(picture);
    if (aspect * box.height() > box.width())
        return {align(box.width(), alignX, box.width()),
                align(box.width() / aspect, alignY, box.height())};
    return {align(box.height() * aspect, alignX, box.width()),
            align(box.height(), alignY, box.height())};
}

QString videoChain(const Picture &source, const VideoFormat &target)
{
    QStringList filters;
    // Autorotation as the ffmpeg CLI does it; the output carries no display matrix.
    if (source.rotation == 90)
        filters << u"transpose=clock"_s;
    else if (source.rotation == 270)
        filters << u"transpose=cclock"_s;
    else if (source.rotation == 180)
        filters << u"hflip,vflip"_s;

    // Dropping frames before scaling saves the scaling; duplicating them after saves it too.
    const bool convertRate = target.frameRate.num > 0;
    const bool dropsFrames = convertRate && source.frameRate.num > 0
                             && av_cmp_q(source.frameRate, target.frameRate) > 0;
    // start_time=0: frames before the source's start are dropped, a late first frame is repeated
    // back to it. A chain started mid-way continues from its first frame.
    const QString fps = u"fps=%1"_s.arg(rate(target.frameRate))
                        + (target.fromStart ? u":start_time=0"_s : QString());
    if (dropsFrames)
        filters << fps;

    const QSize fitted = fittedSize(source, {target.width, target.height}, target.pixelFormat);
    QString scale = u"scale=%1:%2"_s.arg(fitted.width()).arg(fitted.height());
    // The scale filter passes a picture of the right size and format through untouched, levels
    // and all: full-range YUV must be told to become the video range encoders expect. Only
    // then, as the option makes it convert every frame.
    const AVPixFmtDescriptor *out = av_pix_fmt_desc_get(
            av_get_pix_fmt(target.pixelFormat.toUtf8().constData()));
    if (source.fullRange && out && !(out->flags & (AV_PIX_FMT_FLAG_RGB | AV_PIX_FMT_FLAG_PAL)))
        scale += u":out_range=tv"_s;
    filters << scale;
    if (fitted != QSize(target.width, target.height)) {
        filters << u"pad=%1:%2:(ow-iw)/2:(oh-ih)/2:black"_s.arg(target.width).arg(target.height);
    }
    filters << u"setsar=1"_s;
    QString chain = filters.join(u',');
    if (target.palette)
        chain += u",split[frames][forpalette];[forpalette]palettegen[palette];"
                 "[frames][palette]paletteuse"_s;
    else
        chain += u",format="_s + target.pixelFormat;
    if (convertRate && !dropsFrames)
        chain += u',' + fps;
    return chain;
}

QString audioChain(int sampleRate,
                   const QString &sampleFormat,
                   const QString &channelLayout,
                   bool fromStart)
{
    // async=1 only fills and trims (never stretches), and only past 0.1 s of drift: gaps in the
    // source's timestamps become silence and sound keeps to the picture's clock.
    return u"aresample=%1:async=1%2,aformat=sample_fmts=%3:channel_layouts=%4"_s.arg(sampleRate)
            .arg(fromStart ? u":first_pts=0"_s : QString(), sampleFormat, channelLayout);
}

} // namespace mt::conform
