// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace mt {

enum class MediaKind { Video, Image, Audio };

QString mediaKindName(MediaKind kind); // "video", "image", "audio"
std::optional<MediaKind> mediaKindFromName(const QString &name);

// An exact ratio (frame rates, aspect ratios, time bases). den is never 0 in a valid value.
struct Rational
{
    int num = 0;
    int den = 1;

    double toDouble() const { return den ? double(num) / den : 0.0; }
    bool isValid() const { return num > 0 && den > 0; }
    QString toString() const; // "30000/1001"
    static std::optional<Rational> fromString(const QString &text); // "30000/1001", "25", "23.976"
    friend bool operator==(const Rational &, const Rational &) = default;
};

// The first (default) video stream of a file as the probe saw it.
struct VideoStreamInfo
{
    QString codec;         // libavcodec name: "h264", "hevc", "vp9", "mjpeg", "png"
    QString profile;       // "High", "Main 10", … (empty when unknown)
    int codedWidth = 0;    // as stored
    int codedHeight = 0;
    int width = 0;         // as displayed: rotation and sample aspect applied to orientation
    int height = 0;
    int rotation = 0;      // clockwise degrees a player turns the picture: 0, 90, 180, 270
    Rational sampleAspect{1, 1};
    Rational displayAspect{0, 1}; // of the picture as displayed: 9:16 for rotated 16:9
    Rational frameRate{0, 1};    // nominal (average for variable frame rate)
    bool variableFrameRate = false;
    QString pixelFormat;   // "yuv420p", "yuv420p10le"
    int bitDepth = 0;      // bits per component
    qint64 frameCount = 0; // from the container or estimated from duration × rate
    double keyframeInterval = 0; // average seconds between keyframes in the scanned part, 0 unknown
    qint64 bitRate = 0;    // bits per second, 0 unknown
};

// The first (default) audio stream of a file.
struct AudioStreamInfo
{
    QString codec;         // "aac", "opus", "mp3", "flac", "pcm_s16le"
    int sampleRate = 0;
    int channels = 0;
    QString channelLayout; // "stereo", "5.1", "mono"
    qint64 bitRate = 0;
};

// What the in-process libavformat probe learnt about one file. Plain value; safe to copy between
// threads. Stored with each asset as JSON so that nothing has to be probed twice.
struct MediaInfo
{
    QString path;
    MediaKind kind = MediaKind::Video;
    QString container;     // libavformat short name, e.g. "mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"
    double duration = 0;   // seconds; 0 for stills
    qint64 fileSize = 0;
    qint64 bitRate = 0;
    int videoStreams = 0;
    int audioStreams = 0;
    std::optional<VideoStreamInfo> video;
    std::optional<AudioStreamInfo> audio;

    bool hasVideo() const { return video.has_value(); }
    bool hasAudio() const { return audio.has_value(); }

    QJsonObject toJson() const;
    static MediaInfo fromJson(const QJsonObject &json);
};

} // namespace mt
