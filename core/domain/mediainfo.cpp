// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mediainfo.h"

#include <QStringList>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

QString mediaKindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Video:
        return u"video"_s;
    case MediaKind::Image:
        return u"image"_s;
    case MediaKind::Audio:
        return u"audio"_s;
    }
    return {};
}

std::optional<MediaKind> mediaKindFromName(const QString &name)
{
    for (MediaKind kind : {MediaKind::Video, MediaKind::Image, MediaKind::Audio}) {
        if (mediaKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString Rational::toString() const
{
    return den == 1 ? QString::number(num) : u"%1/%2"_s.arg(num).arg(den);
}

std::optional<Rational> Rational::fromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool okNum = false;
    bool okDen = true;
    Rational r;
    if (const qsizetype slash = trimmed.indexOf(u'/'); slash >= 0) {
        r.num = trimmed.left(slash).toInt(&okNum);
        r.den = trimmed.mid(slash + 1).toInt(&okDen);
    } else if (trimmed.contains(u'.')) {
        const double value = trimmed.toDouble(&okNum);
        if (!okNum || !(value > 0) || value > 1000)
            return std::nullopt;
        // The NTSC family is written 23.976, 29.97, 59.94 but means n×1000/1001.
        for (int base : {24, 30, 48, 60, 120}) {
            if (std::abs(value - base * 1000.0 / 1001.0) < 0.01)
                return Rational{base * 1000, 1001};
        }
        r = {int(std::lround(value * 1000)), 1000};
    } else {
        r.num = trimmed.toInt(&okNum);
    }
    if (!okNum || !okDen || !r.isValid())
        return std::nullopt;
    return r;
}

namespace {

QJsonObject rationalJson(const Rational &r)
{
    return {{u"num"_s, r.num}, {u"den"_s, r.den}};
}

Rational rationalFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {o.value(u"num"_s).toInt(), o.value(u"den"_s).toInt(1)};
}

} // namespace

QJsonObject MediaInfo::toJson() const
{
    QJsonObject o{
            {u"path"_s, path},
            {u"kind"_s, mediaKindName(kind)},
            {u"container"_s, container},
            {u"duration"_s, duration},
            {u"fileSize"_s, fileSize},
            {u"bitRate"_s, bitRate},
            {u"videoStreams"_s, videoStreams},
            {u"audioStreams"_s, audioStreams},
    };
    if (video) {
        const VideoStreamInfo &v = *video;
        o[u"video"_s] = QJsonObject{
                {u"codec"_s, v.codec},
                {u"profile"_s, v.profile},
                {u"codedWidth"_s, v.codedWidth},
                {u"codedHeight"_s, v.codedHeight},
                {u"width"_s, v.width},
                {u"height"_s, v.height},
                {u"rotation"_s, v.rotation},
                {u"sampleAspect"_s, rationalJson(v.sampleAspect)},
                {u"displayAspect"_s, rationalJson(v.displayAspect)},
                {u"frameRate"_s, rationalJson(v.frameRate)},
                {u"fps"_s, v.frameRate.toDouble()},
                {u"variableFrameRate"_s, v.variableFrameRate},
                {u"pixelFormat"_s, v.pixelFormat},
                {u"bitDepth"_s, v.bitDepth},
                {u"frameCount"_s, v.frameCount},
                {u"keyframeInterval"_s, v.keyframeInterval},
                {u"bitRate"_s, v.bitRate},
        };
    }
    if (audio) {
        const AudioStreamInfo &a = *audio;
        o[u"audio"_s] = QJsonObject{
                {u"codec"_s, a.codec},
                {u"sampleRate"_s, a.sampleRate},
                {u"channels"_s, a.channels},
                {u"channelLayout"_s, a.channelLayout},
                {u"bitRate"_s, a.bitRate},
        };
    }
    return o;
}

MediaInfo MediaInfo::fromJson(const QJsonObject &o)
{
    MediaInfo info;
    info.path = o.value(u"path"_s).toString();
    info.kind = mediaKindFromName(o.value(u"kind"_s).toString()).value_or(MediaKind::Video);
    info.container = o.value(u"container"_s).toString();
    info.duration = o.value(u"duration"_s).toDouble();
    info.fileSize = o.value(u"fileSize"_s).toInteger();
    info.bitRate = o.value(u"bitRate"_s).toInteger();
    info.videoStreams = o.value(u"videoStreams"_s).toInt();
    info.audioStreams = o.value(u"audioStreams"_s).toInt();
    if (o.contains(u"video"_s)) {
        const QJsonObject v = o.value(u"video"_s).toObject();
        VideoStreamInfo s;
        s.codec = v.value(u"codec"_s).toString();
        s.profile = v.value(u"profile"_s).toString();
        s.codedWidth = v.value(u"codedWidth"_s).toInt();
        s.codedHeight = v.value(u"codedHeight"_s).toInt();
        s.width = v.value(u"width"_s).toInt();
        s.height = v.value(u"height"_s).toInt();
        s.rotation = v.value(u"rotation"_s).toInt();
        s.sampleAspect = rationalFrom(v.value(u"sampleAspect"_s));
        s.displayAspect = rationalFrom(v.value(u"displayAspect"_s));
        s.frameRate = rationalFrom(v.value(u"frameRate"_s));
        s.variableFrameRate = v.value(u"variableFrameRate"_s).toBool();
        s.pixelFormat = v.value(u"pixelFormat"_s).toString();
        s.bitDepth = v.value(u"bitDepth"_s).toInt();
        s.frameCount = v.value(u"frameCount"_s).toInteger();
        s.keyframeInterval = v.value(u"keyframeInterval"_s).toDouble();
        s.bitRate = v.value(u"bitRate"_s).toInteger();
        info.video = s;
    }
    if (o.contains(u"audio"_s)) {
        const QJsonObject a = o.value(u"audio"_s).toObject();
        AudioStreamInfo s;
        s.codec = a.value(u"codec"_s).toString();
        s.sampleRate = a.value(u"sampleRate"_s).toInt();
        s.channels = a.value(u"channels"_s).toInt();
        s.channelLayout = a.value(u"channelLayout"_s).toString();
        s.bitRate = a.value(u"bitRate"_s).toInteger();
        info.audio = s;
    }
    return info;
}

} // namespace mt
