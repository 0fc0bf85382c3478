// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "exportpreset.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/pixdesc.h>
}

#include <QJsonArray>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QMap<QString, QString> stringMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(),
                   it.value().isDouble() ? QString::number(it.value().toDouble())
                                         : it.value().toString());
    return map;
}

QJsonObject toObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QStringList ExportPreset::encoders() const
{
    QStringList names;
    if (video)
        names << video->codec;
    if (audio)
        names << audio->codec;
    return names;
}

Status ExportPreset::checkEncoders() const
{
    for (const QString &encoder : encoders()) {
        if (!avcodec_find_encoder_by_name(encoder.toUtf8().constData())) {
            return Error::refused(
                    tr("The preset “%1” needs the %2 encoder, which the FFmpeg libraries on this "
                       "computer lack. Install an FFmpeg build that has it, or choose another "
                       "preset.")
                            .arg(name, encoder));
        }
    }
    if (!av_guess_format(container.toUtf8().constData(), nullptr, nullptr)) {
        return Error::refused(tr("The preset “%1” writes %2 files, which the FFmpeg libraries on "
                                 "this computer cannot write. Choose another preset.")
                                      .arg(name, container));
    }
    return {};
}

QJsonObject ExportPreset::toJson() const
{
    QJsonObject json{{u"name"_s, name},
                     {u"title"_s, title},
                     {u"description"_s, description},
                     {u"container"_s, container},
                     {u"extension"_s, extension}};
    if (!muxerOptions.isEmpty())
        json.insert(u"muxerOptions"_s, toObject(muxerOptions));
    if (singleFrame)
        json.insert(u"singleFrame"_s, true);
    if (maxDuration > 0)
        json.insert(u"maxDuration"_s, maxDuration);
    if (video) {
        QJsonObject v{{u"codec"_s, video->codec}, {u"pixelFormat"_s, video->pixelFormat}};
        if (video->crf >= 0)
            v.insert(u"crf"_s, video->crf);
        if (!video->speed.isEmpty())
            v.insert(u"speed"_s, video->speed);
        if (!video->profile.isEmpty())
            v.insert(u"profile"_s, video->profile);
        if (!video->codecTag.isEmpty())
            v.insert(u"codecTag"_s, video->codecTag);
        if (!video->options.isEmpty())
            v.insert(u"options"_s, toObject(video->options));
        if (video->maxFrameRate.isValid())
            v.insert(u"maxFrameRate"_s, video->maxFrameRate.toString());
        if (video->maxWidth > 0)
            v.insert(u"maxWidth"_s, video->maxWidth);
        if (video->palette)
            v.insert(u"palette"_s, true);
        json.insert(u"video"_s, v);
    }
    if (audio) {
        QJsonObject a{{u"codec"_s, audio->codec},
                      {u"sampleRate"_s, audio->sampleRate},
                      {u"channelLayout"_s, audio->channelLayout}};
        if (audio->bitRate > 0)
            a.insert(u"bitRate"_s, audio->bitRate);
        if (!audio->options.isEmpty())
            a.insert(u"options"_s, toObject(audio->options));
        json.insert(u"audio"_s, a);
    }
    return json;
}

Result<ExportPreset> ExportPreset::fromJson(const QJsonObject &json)
{
    ExportPreset preset;
    preset.name = json.value(u"name"_s).toString();
    preset.title = json.value(u"title"_s).toString(preset.name);
    preset.description = json.value(u"description"_s).toString();
    preset.container = json.value(u"container"_s).toString();
    preset.extension = json.value(u"extension"_s).toString();
    preset.muxerOptions = stringMap(json.value(u"muxerOptions"_s));
    preset.singleFrame = json.value(u"singleFrame"_s).toBool();
    preset.maxDuration = json.value(u"maxDuration"_s).toDouble();
    const auto invalid = [&](const QString &what) {
        return Error::refused(tr("The preset “%1” is invalid: %2.").arg(preset.name, what));
    };
    if (preset.name.isEmpty() || preset.container.isEmpty() || preset.extension.isEmpty())
        return invalid(tr("it needs a name, a container and an extension"));
    if (preset.maxDuration < 0)
        return invalid(tr("maxDuration is negative"));

    if (json.contains(u"video"_s)) {
        const QJsonObject v = json.value(u"video"_s).toObject();
        VideoEncoding video;
        video.codec = v.value(u"codec"_s).toString();
        video.pixelFormat = v.value(u"pixelFormat"_s).toString();
        video.crf = v.value(u"crf"_s).toInt(-1);
        video.speed = v.value(u"speed"_s).toString();
        video.profile = v.value(u"profile"_s).toString();
        video.codecTag = v.value(u"codecTag"_s).toString();
        video.options = stringMap(v.value(u"options"_s));
        video.maxWidth = v.value(u"maxWidth"_s).toInt();
        video.palette = v.value(u"palette"_s).toBool();
        if (v.contains(u"maxFrameRate"_s)) {
            const auto rate = Rational::fromString(v.value(u"maxFrameRate"_s).toString());
            if (!rate || !rate->isValid())
                return invalid(tr("maxFrameRate is not a frame rate"));
            video.maxFrameRate = *rate;
        }
        if (video.codec.isEmpty())
            return invalid(tr("the video has no codec"));
        if (av_get_pix_fmt(video.pixelFormat.toUtf8().constData()) == AV_PIX_FMT_NONE)
            return invalid(tr("“%1” is not a pixel format").arg(video.pixelFormat));
        if (!video.codecTag.isEmpty() && video.codecTag.size() != 4)
            return invalid(tr("the codec tag must have four characters"));
        preset.video = video;
    }
    if (json.contains(u"audio"_s)) {
        const QJsonObject a = json.value(u"audio"_s).toObject();
        AudioEncoding audio;
        audio.codec = a.value(u"codec"_s).toString();
        audio.bitRate = a.value(u"bitRate"_s).toInteger();
        audio.sampleRate = a.value(u"sampleRate"_s).toInt(48000);
        audio.channelLayout = a.value(u"channelLayout"_s).toString(u"stereo"_s);
        audio.options = stringMap(a.value(u"options"_s));
        AVChannelLayout layout{};
        const bool knownLayout
                = av_channel_layout_from_string(&layout, audio.channelLayout.toUtf8().constData())
                  == 0;
        av_channel_layout_uninit(&layout);
        if (audio.codec.isEmpty())
            return invalid(tr("the audio has no codec"));
        if (audio.sampleRate < 8000 || audio.sampleRate > 192000)
            return invalid(tr("the sample rate %1 Hz is out of range").arg(audio.sampleRate));
        if (!knownLayout)
            return invalid(tr("“%1” is not a channel layout").arg(audio.channelLayout));
        preset.audio = audio;
    }
    if (!preset.video && !preset.audio)
        return invalid(tr("it writes neither picture nor sound"));
    if (preset.singleFrame && !preset.video)
        return invalid(tr("a single frame needs a picture"));
    return preset;
}

} // namespace mt
