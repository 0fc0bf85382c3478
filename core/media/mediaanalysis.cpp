// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mediaanalysis.h"

#include <QJsonArray>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Three decimals: a millisecond is finer than any frame, and the JSON stays readable.
QJsonValue number(double value)
{
    if (std::isnan(value))
        return QJsonValue::Null;
    if (std::isinf(value))
        return value > 0 ? u"inf"_s : u"-inf"_s;
    return std::round(value * 1000) / 1000;
}

template<typename T>
QJsonArray array(const QList<T> &items)
{
    QJsonArray json;
    for (const T &item : items)
        json.append(item.toJson());
    return json;
}

template<typename T>
QJsonValue optional(const std::optional<T> &value)
{
    return value ? QJsonValue(value->toJson()) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject TimeSegment::toJson() const
{
    return {{u"from"_s, number(from)}, {u"to"_s, number(to)}, {u"duration"_s, number(duration())}};
}

QJsonObject Loudness::toJson() const
{
    return {{u"integrated"_s, number(integrated)},
            {u"range"_s, number(range)},
            {u"truePeak"_s, number(truePeak)}};
}

QJsonObject SceneCut::toJson() const
{
    return {{u"time"_s, number(time)}, {u"score"_s, number(score)}};
}

QJsonObject DecodeIssue::toJson() const
{
    return {{u"time"_s, number(time)}, {u"message"_s, message}, {u"count"_s, count}};
}

QJsonObject QualityScore::toJson() const
{
    return {{u"average"_s, number(average)},
            {u"min"_s, number(min)},
            {u"minTime"_s, number(minTime)}};
}

QJsonObject MediaAnalysis::toJson() const
{
    return {{u"file"_s, path},
            {u"duration"_s, number(duration)},
            {u"decodedDuration"_s, number(decodedDuration)},
            {u"cutShort"_s, cutShort},
            {u"hasVideo"_s, hasVideo},
            {u"hasAudio"_s, hasAudio},
            {u"width"_s, width},
            {u"height"_s, height},
            {u"frameRate"_s, number(frameRate)},
            {u"black"_s, array(black)},
            {u"frozen"_s, array(frozen)},
            {u"silent"_s, array(silent)},
            {u"loudness"_s, optional(loudness)},
            {u"sceneCuts"_s, array(sceneCuts)},
            {u"decodeErrors"_s, array(decodeErrors)},
            {u"reference"_s, referencePath.isEmpty() ? QJsonValue() : QJsonValue(referencePath)},
            {u"psnr"_s, optional(psnr)},
            {u"ssim"_s, optional(ssim)},
            {u"firstFrameImage"_s,
             firstFrameImagePath.isEmpty() ? QJsonValue() : QJsonValue(firstFrameImagePath)},
            {u"firstFrameSsim"_s, firstFrameSsim ? number(*firstFrameSsim) : QJsonValue()}};
}

} // namespace mt
