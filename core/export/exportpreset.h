// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/mediainfo.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mt {

// How a preset encodes the picture. Names are libav's, so that a preset file can say anything an
// encoder accepts without code changes.
struct VideoEncoding
{
    QString codec;       // libavcodec encoder: "libx264", "libx265", "prores_ks", "gif", "png"
    QString pixelFormat; // what the encoder is given: "yuv420p", "yuv422p10le", "pal8", "rgb24"
    int crf = -1;        // constant quality; -1: the encoder's default
    QString speed;       // the encoder's "preset" option ("veryfast"); empty: its default
    QString profile;     // "high", "hq"; empty: the encoder's choice
    QString codecTag;    // fourcc the container writes ("hvc1"); empty: the muxer's default
    QMap<QString, QString> options; // further encoder options by libav name ("row-mt": "1")
    Rational maxFrameRate{0, 1};    // the source's rate is lowered to this (GIF); 0: no limit
    int maxWidth = 0;               // the default size is lowered to this width (GIF); 0: no limit
    bool palette = false; // make a palette from the picture (GIF: palettegen + paletteuse)
};

// How a preset encodes the sound. All presets write 48 kHz stereo today; the fields say so.
struct AudioEncoding
{
    QString codec;      // "aac", "libopus", "pcm_s16le"
    qint64 bitRate = 0; // bits per second; 0 for codecs without one (PCM)
    int sampleRate = 48000;
    QString channelLayout = QStringLiteral("stereo");
    QMap<QString, QString> options;
};

// One way to write a file: container, codecs and their settings, read from the preset data file
// (resources/presets/presets.json) by PresetCatalog. A plain value, safe to copy between threads.
struct ExportPreset
{
    Q_DECLARE_TR_FUNCTIONS(mt::ExportPreset)

public:
    QString name;        // what the CLI and settings call it: "share"
    QString title;       // for people: "Share (MP4, H.264 + AAC)"
    QString description; // for people: what it is for
    QString container;   // libavformat muxer: "mp4", "webm", "mov", "gif", "ipod", "image2"
    QString extension;   // of the files it writes, without the dot: "mp4"
    QMap<QString, QString> muxerOptions; // given to avformat_write_header ("movflags")
    std::optional<VideoEncoding> video;  // none: sound only
    std::optional<AudioEncoding> audio;  // none: silent
    bool singleFrame = false;            // one picture (PNG): the first frame
    double maxDuration = 0;              // seconds written at most (GIF previews); 0: everything

    bool hasVideo() const { return video.has_value(); }
    bool hasAudio() const { return audio.has_value(); }

    // The encoders it needs, by libavcodec name.
    QStringList encoders() const;
    // Refused, naming the encoder, when this FFmpeg build lacks one of them.
    Status checkEncoders() const;

    QJsonObject toJson() const;
    // Refused with the reason when a field is missing or makes no sense.
    static Result<ExportPreset> fromJson(const QJsonObject &json);
};

} // namespace mt
