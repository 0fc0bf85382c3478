// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// StreamCopy's check whether files can be joined without re-encoding.
#include "streamcopy.h"

#include "jobs/jobcontext.h"
#include "jobs/outputfile.h"
#include "media/averror.h"
#include "media/mediainput.h"
#include "media/mediawriter.h"

#include <QFileInfo>

#include <optional>
#include <vector>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString sizeText(int width, int height)
{
    return u"%1×%2"_s.arg(width).arg(height);
}

QString rateText(AVRational rate)
{
    return QString::number(av_q2d(rate), 'f', 3);
}

QByteArray extradataOf(const AVCodecParameters *par)
{
    return QByteArray(reinterpret_cast<const char *>(par->extradata), par->extradata_size);
}

AVRational squarePixels(AVRational sar)
{
    return sar.num > 0 && sar.den > 0 ? sar : AVRational{1, 1};
}

// Why `b`'s streams cannot follow `a`'s by copying, or nothing.
std::optional<QString> difference(const MediaInput &a, const MediaInput &b)
{
    const AVCodecParameters *va = a.video()->codecpar;
    const AVCodecParameters *vb = b.video()->codecpar;
    if (va->codec_id != vb->codec_id) {
        return StreamCopy::tr("its video is %1, not %2")
                .arg(QString::fromUtf8(avcodec_get_name(vb->codec_id)),
                     QString::fromUtf8(avcodec_get_name(va->codec_id)));
    }
    if (va->width != vb->width || va->height != vb->height) {
        return StreamCopy::tr("its frame size is %1, not %2")
                .arg(sizeText(vb->width, vb->height), sizeText(va->width, va->height));
    }
    if (va->format >= 0 && vb->format >= 0 && va->format != vb->format)
        return StreamCopy::tr("its pixel format differs");
    if (av_cmp_q(squarePixels(va->sample_aspect_ratio), squarePixels(vb->sample_aspect_ratio)))
        return StreamCopy::tr("its pixel aspect ratio differs");
    const AVRational ra = a.video()->avg_frame_rate;
    const AVRational rb = b.video()->avg_frame_rate;
    if (ra.num > 0 && rb.num > 0 && av_cmp_q(ra, rb) != 0) {
        return StreamCopy::tr("it runs at %1 frames per second, not %2")
                .arg(rateText(rb), rateText(ra));
    }
    // A frame of `b` must last a whole number of ticks of the output's (a's) clock.
    const AVRational tickA = a.video()->time_base;
    if (rb.num > 0 && av_cmp_q(tickA, b.video()->time_base) != 0
        && av_div_q(av_inv_q(rb), tickA).den != 1)
        return StreamCopy::tr("its video time scale does not fit the first file's");
    if (extradataOf(va) != extradataOf(vb)) {
        return StreamCopy::tr("its video was encoded with other settings (the codec's parameter "
                              "sets differ)");
    }
    if (!a.audio() != !b.audio())
        return b.audio() ? StreamCopy::tr("it has sound and the first file has none")
                         : StreamCopy::tr("it has no sound and the first file has");
    if (a.audio()) {
        const AVCodecParameters *aa = a.audio()->codecpar;
        const AVCodecParameters *ab = b.audio()->codecpar;
        if (aa->codec_id != ab->codec_id) {
            return StreamCopy::tr("its audio is %1, not %2")
                    .arg(QString::fromUtf8(avcodec_get_name(ab->codec_id)),
                         QString::fromUtf8(avcodec_get_name(aa->codec_id)));
        }
        if (aa->sample_rate != ab->sample_rate) {
            return StreamCopy::tr("its audio has %1 Hz, not %2 Hz")
                    .arg(ab->sample_rate)
                    .arg(aa->sample_rate);
        }
        if (av_channel_layout_compare(&aa->ch_layout, &ab->ch_layout) != 0)
            return StreamCopy::tr("its audio has other channels");
        if (extradataOf(aa) != extradataOf(ab))
            return StreamCopy::tr("its audio was encoded with other settings");
    }
    return std::nullopt;
}

} // namespace

ConcatCheck StreamCopy::compare(const std::vector<MediaInput> &inputs)
{
    for (size_t i = 1; i < inputs.size(); ++i) {
        if (auto why = difference(inputs.front(), inputs[i])) {
            return {false,
                    StreamCopy::tr("“%1” cannot be joined to “%2” without re-encoding: %3.")
                            .arg(inputs[i].name(), inputs.front().name(), *why)};
        }
    }
    return {true, {}};
}

Result<std::vector<MediaInput>> StreamCopy::openAll(const QStringList &paths,
                                                    const std::atomic<bool> *cancel)
{
    if (paths.isEmpty())
        return Error::refused(tr("No files were given to join."));
    std::vector<MediaInput> inputs;
    inputs.reserve(size_t(paths.size()));
    for (const QString &path : paths) {
        Result<MediaInput> input = MediaInput::open(path, cancel);
        if (!input)
            return input.error();
        inputs.push_back(std::move(input).value());
    }
    return inputs;
}

ConcatCheck StreamCopy::canConcat(const QList<MediaInfo> &inputs)
{
    for (qsizetype i = 1; i < inputs.size(); ++i) {
        const MediaInfo &a = inputs.front();
        const MediaInfo &b = inputs[i];
        QString why;
        if (!a.video || !b.video)
            why = tr("only videos can be joined by copying");
        else if (a.video->codec != b.video->codec)
            why = tr("its video is %1, not %2").arg(b.video->codec, a.video->codec);
        else if (a.video->profile != b.video->profile)
            why = tr("its video profile is %1, not %2").arg(b.video->profile, a.video->profile);
        else if (a.video->codedWidth != b.video->codedWidth
                 || a.video->codedHeight != b.video->codedHeight)
            why = tr("its frame size is %1, not %2")
                          .arg(sizeText(b.video->codedWidth, b.video->codedHeight),
                               sizeText(a.video->codedWidth, a.video->codedHeight));
        else if (a.video->pixelFormat != b.video->pixelFormat)
            why = tr("its pixel format is %1, not %2")
                          .arg(b.video->pixelFormat, a.video->pixelFormat);
        else if (!(a.video->sampleAspect == b.video->sampleAspect))
            why = tr("its pixel aspect ratio differs");
        else if (!(a.video->frameRate == b.video->frameRate))
            why = tr("it runs at %1 frames per second, not %2")
                          .arg(b.video->frameRate.toDouble(), 0, 'f', 3)
                          .arg(a.video->frameRate.toDouble(), 0, 'f', 3);
        else if (a.hasAudio() != b.hasAudio())
            why = b.hasAudio() ? tr("it has sound and the first file has none")
                               : tr("it has no sound and the first file has");
        else if (a.audio
                 && (a.audio->codec != b.audio->codec || a.audio->sampleRate != b.audio->sampleRate
                     || a.audio->channels != b.audio->channels
                     || a.audio->channelLayout != b.audio->channelLayout))
            why = tr("its audio format differs");
        if (!why.isEmpty()) {
            return {false,
                    tr("“%1” cannot be joined to “%2” without re-encoding: %3.")
                            .arg(QFileInfo(b.path).fileName(), QFileInfo(a.path).fileName(), why)};
        }
    }
    return {true, {}};
}

Result<ConcatCheck> StreamCopy::canConcat(const QStringList &paths)
{
    Result<std::vector<MediaInput>> inputs = openAll(paths, nullptr);
    if (!inputs)
        return inputs.error();
    return compare(*inputs);
}

} // namespace mt
