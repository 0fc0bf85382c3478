// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mediaprobe.h"

#include "media/averror.h"
#include "media/avhandles.h"
#include "media/framecadence.h"
#include "media/streamprobing.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace mt {

using namespace Qt::StringLiterals;
using namespace mt::probing;

namespace {

// Packets read after seeking near the end to see where the data really stops.
constexpr int MaxPacketsAtEnd = 500;
// How far before the announced end the last packet may stop without the file counting as cut.
constexpr double EndToleranceSeconds = 0.25;
constexpr double EndToleranceFraction = 0.005;
// FF_PROFILE_UNKNOWN, renamed AV_PROFILE_UNKNOWN in FFmpeg 6.1.
constexpr int UnknownProfile = -99;

QString probeText(const char *source)
{
    return QCoreApplication::translate("mt::MediaProbe", source);
}

// One probe of one file: the steps of MediaProbe::probe and what they share.
class Prober
{
public:
    Prober(const QString &path, const MediaProbe::Options &options);
    Result<MediaInfo> run();

private:
    std::optional<Error> checkFile();
    std::optional<Error> open();
    std::optional<Error> findStreams();
    std::optional<Error> readFromStart();
    std::optional<Error> checkComplete();
    void measureCadence();
    void describeVideo();
    void describeAudio();
    double duration() const;

    Error refused(const char *source) const
    {
        return Error::refused(probeText(source).arg(m_name));
    }
    Error undecodable(int code) const
    {
        return Error::refused(probeText("“%1” could not be decoded (%2). The file may be damaged; "
                                        "copy or download it again.")
                                      .arg(m_name, reason(code)));
    }
    // What libav said last on this thread is usually more telling than its error code.
    QString reason(int code) const
    {
        const QString said = m_log.lastMessage();
        return said.isEmpty() ? avErrorText(code) : said;
    }

    QString m_path;
    QString m_name;
    MediaProbe::Options m_options;
    AvLogCapture m_log;
    MediaInfo m_info;
    av::InputFormatPtr m_format;
    AVStream *m_video = nullptr;
    AVStream *m_audio = nullptr;
    FirstFrame m_first;               // of the video, or of the audio in a file without video
    FirstFrame m_audioFirst;          // only when the header leaves the channel layout open
    bool m_layoutFromDecoder = false; // the audio decoder named the layout as it opened
    PacketScan m_scan;
    FrameCadence m_cadence;
    bool m_cadenceCoversFile = false;
    qint64 m_cadenceBytes = 0; // video bytes over the cadence's span
};

Prober::Prober(const QString &path, const MediaProbe::Options &options)
    : m_path(path)
    , m_options(options)
{
    const QFileInfo file(path);
    m_name = file.fileName().isEmpty() ? QDir(path).dirName() : file.fileName();
}

Result<MediaInfo> Prober::run()
{
    if (auto error = checkFile())
        return *error;
    if (auto error = open())
        return *error;
    if (auto error = findStreams())
        return *error;
    if (auto error = readFromStart())
        return *error;
    if (m_options.verifyDecode && m_info.kind != MediaKind::Image) {
        if (auto error = checkComplete())
            return *error;
    }
    if (m_info.kind != MediaKind::Image) {
        m_info.duration = duration();
        m_info.bitRate = m_format->bit_rate;
        if (m_info.bitRate <= 0 && m_info.duration > 0)
            m_info.bitRate = qint64(double(m_info.fileSize) * 8 / m_info.duration);
    }
    if (m_info.kind == MediaKind::Video)
        measureCadence();
    if (m_video)
        describeVideo();
    if (m_audio)
        describeAudio();
    return m_info;
}

std::optional<Error> Prober::checkFile()
{
    if (m_path.isEmpty())
        return Error::refused(probeText("No file was given. Choose a video, image or audio file."));
    const QFileInfo file(m_path);
    if (!file.exists())
        return refused(QT_TRANSLATE_NOOP("mt::MediaProbe",
                                         "“%1” does not exist. Check the path, or whether the "
                                         "file was moved or deleted."));
    if (file.isDir())
        return refused(QT_TRANSLATE_NOOP("mt::MediaProbe",
                                         "“%1” is a folder, not a media file. Choose a video, "
                                         "image or audio file."));
    // A pipe or device would block the probe or never end.
    if (!file.isFile())
        return refused(QT_TRANSLATE_NOOP("mt::MediaProbe",
                                         "“%1” is not a regular file. Choose a video, image or "
                                         "audio file."));
    if (!file.isReadable())
        return refused(
                QT_TRANSLATE_NOOP("mt::MediaProbe", "“%1” cannot be read. Check its permissions."));
    m_info.path = m_path;
    m_info.fileSize = file.size();
    if (m_info.fileSize == 0)
        return refused(QT_TRANSLATE_NOOP("mt::MediaProbe",
                                         "“%1” is empty (0 bytes). Copy or download it again."));
    return std::nullopt;
}

std::optional<Error> Prober::open()
{
    AVDictionary *options = nullptr;
    // A dropped file must not make libav open network URLs or other files it names (playlists).
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    // image2 would read a name containing %d as a numbered sequence of files.
    av_dict_set(&options, "pattern_type", "none", 0);
    // "file:" keeps a name with a colon ("take:1.mp4") from being read as a protocol.
    const QByteArray url = "file:" + QFile::encodeName(m_path);
    AVFormatContext *format = nullptr;
    const int ret = avformat_open_input(&format, url.constData(), nullptr, &options);
    av_dict_free(&options);
    if (ret >= 0) {
        m_format.reset(format);
        m_info.container = QString::fromUtf8(m_format->iformat->name);
        return std::nullopt;
    }

    QString why = reason(ret);
    if (why.contains(u"moov atom not found"_s)) {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly) && looksLikeIsoMedia(file.read(8)))
            return Error::refused(
                    probeText("“%1” is incomplete: its index is missing (%2), as happens when a "
                              "recording or download stops early. Copy or download it again.")
                            .arg(m_name, why));
        why = avErrorText(ret); // only the name said MP4
    }
    return Error::refused(probeText("“%1” is not a video, image or audio file FFmpeg can read "
                                    "(%2). Check that the file is a complete media file.")
                                  .arg(m_name, why));
}

std::optional<Error> Prober::findStreams()
{
    AVFormatContext *format = m_format.get();
    int videos = 0;
    int audios = 0;
    m_video = pickStream(format, AVMEDIA_TYPE_VIDEO, &videos);
    m_audio = pickStream(format, AVMEDIA_TYPE_AUDIO, &audios);
    // avformat_find_stream_info decodes frames of every stream: most of a probe's time for an
    // MP4 or Matroska file, whose header already says all we need. Only formats that leave
    // parameters to the data (mp3, flac, images, MPEG-TS) pay for it.
    const bool headerSuffices = !(format->ctx_flags & AVFMTCTX_NOHEADER) && (m_video || m_audio)
                                && (!m_video || hasParameters(m_video))
                                && (!m_audio || hasParameters(m_audio));
    if (!headerSuffices) {
        const int ret = avformat_find_stream_info(format, nullptr);
        if (ret < 0)
            return Error::refused(probeText("“%1” could not be read (%2). Check that the file "
                                            "is a complete media file.")
                                          .arg(m_name, reason(ret)));
        m_video = pickStream(format, AVMEDIA_TYPE_VIDEO, &videos);
        m_audio = pickStream(format, AVMEDIA_TYPE_AUDIO, &audios);
    }
    if (!m_video && !m_audio)
        return refused(QT_TRANSLATE_NOOP("mt::MediaProbe",
                                         "“%1” contains no video or audio. Choose a video, image "
                                         "or audio file."));
    m_info.videoStreams = videos;
    m_info.audioStreams = audios;
    if (!m_video)
        m_info.kind = MediaKind::Audio;
    else if (isImageDemuxer(format->iformat) && !m_audio)
        m_info.kind = MediaKind::Image;
    else
        m_info.kind = MediaKind::Video;
    for (unsigned i = 0; i < format->nb_streams; ++i) {
        if (format->streams[i] != m_video && format->streams[i] != m_audio)
            format->streams[i]->discard = AVDISCARD_ALL;
    }
    return std::nullopt;
}

// Reads packets from the start: to decode the first frame (with verifyDecode as proof that the
// file decodes; always when the header leaves the pixel format or channel layout open) and, when
// no index lists the video packets, to measure frame timing over keyframeScanSeconds.
std::optional<Error> Prober::readFromStart()
{
    AVStream *main = m_video ? m_video : m_audio;
    const bool wantFrame = m_options.verifyDecode
                           || (m_video ? m_video->codecpar->format == AV_PIX_FMT_NONE
                                       : m_audio->codecpar->ch_layout.order
                                                 == AV_CHANNEL_ORDER_UNSPEC);
    if (wantFrame) {
        const int ret = openDecoder(main, &m_first.decoder);
        const AVCodecID codec = main->codecpar->codec_id;
        if (ret == AVERROR_DECODER_NOT_FOUND && m_options.verifyDecode && codec == AV_CODEC_ID_NONE)
            return refused(QT_TRANSLATE_NOOP("mt::MediaProbe",
                                             "“%1” uses a codec FFmpeg does not know. Convert it "
                                             "to a common format such as H.264 first."));
        if (ret == AVERROR_DECODER_NOT_FOUND && m_options.verifyDecode)
            return Error::refused(probeText("“%1” uses the %2 codec, which this FFmpeg cannot "
                                            "decode. Convert it to a common format such as H.264 "
                                            "first.")
                                          .arg(m_name, QString::fromUtf8(avcodec_get_name(codec))));
        if (ret < 0 && m_options.verifyDecode)
            return undecodable(ret);
    }
    // MP4 leaves a plain stereo or mono layout unnamed; the audio decoder names it, most (AAC)
    // from their header as they open, others once they have decoded a frame.
    if (m_video && m_audio && m_audio->codecpar->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC
        && openDecoder(m_audio, &m_audioFirst.decoder) >= 0
        && m_audioFirst.decoder->ch_layout.order != AV_CHANNEL_ORDER_UNSPEC)
        m_layoutFromDecoder = true;

    AVFormatContext *format = m_format.get();
    const bool scanVideo = m_info.kind == MediaKind::Video && !indexCoversStream(m_video);
    bool scanDone = !scanVideo;
    av::PacketPtr packet = av::makePacket();
    while (m_first.waiting() || (m_audioFirst.waiting() && !m_layoutFromDecoder) || !scanDone) {
        const int ret = av_read_frame(format, packet.get());
        if (ret < 0) {
            // A read error is where the usable data ends, as EOF is; checkComplete judges it.
            m_scan.reachedEof = true;
            if (ret != AVERROR_EOF && !m_first.error)
                m_first.error = ret;
            break;
        }
        av::PacketUnref unref(packet.get());
        m_scan.add(format, packet.get(), m_video, m_audio);
        if (!scanDone && packet->stream_index == m_video->index)
            scanDone = m_scan.videoDone(m_video, m_options.keyframeScanSeconds);
        if (m_first.waiting() && packet->stream_index == main->index)
            m_first.feed(packet.get());
        if (m_audioFirst.waiting() && !m_layoutFromDecoder && packet->stream_index == m_audio->index)
            m_audioFirst.feed(packet.get());
    }
    m_first.finish();
    m_audioFirst.finish();
    if (m_options.verifyDecode && !m_first.frame)
        return undecodable(m_first.error ? m_first.error : AVERROR_INVALIDDATA);
    return std::nullopt;
}

void Prober::measureCadence()
{
    const Rational timeBase{m_video->time_base.num, m_video->time_base.den};
    if (!indexCoversStream(m_video)) {
        m_cadence = FrameCadence::analyse(m_scan.completeTimes(m_scan.videoTimes),
                                          m_scan.completeTimes(m_scan.keyTimes),
                                          timeBase);
        m_cadenceCoversFile = m_scan.reachedEof;
        m_cadenceBytes = m_scan.videoBytes;
        return;
    }
    std::vector<qint64> times;
    std::vector<qint64> keys;
    const int entries = avformat_index_get_entries_count(m_video);
    times.reserve(size_t(entries));
    for (int i = 0; i < entries; ++i) {
        const AVIndexEntry *entry = avformat_index_get_entry(m_video, i);
        times.push_back(entry->timestamp);
        if (entry->flags & AVINDEX_KEYFRAME)
            keys.push_back(entry->timestamp);
        m_cadenceBytes += entry->size;
    }
    m_cadence = FrameCadence::analyse(std::move(times), std::move(keys), timeBase);
    m_cadenceCoversFile = true;
}

// A file cut short (an interrupted copy or download) may open and decode its first frame fine.
// An index that points past the end of the file proves the cut without reading any media data;
// where no index covers every packet, the last packets show whether the data reaches the
// duration the header announces.
std::optional<Error> Prober::checkComplete()
{
    AVFormatContext *format = m_format.get();
    const qint64 size = avio_size(format->pb) > 0 ? avio_size(format->pb) : m_info.fileSize;
    qint64 indexedEnd = 0;
    bool everyPacketIndexed = true;
    for (AVStream *stream : {m_video, m_audio}) {
        if (!stream)
            continue;
        everyPacketIndexed = everyPacketIndexed && indexCoversStream(stream);
        const int entries = avformat_index_get_entries_count(stream);
        for (int i = 0; i < entries; ++i) {
            const AVIndexEntry *entry = avformat_index_get_entry(stream, i);
            indexedEnd = std::max<qint64>(indexedEnd, entry->pos + entry->size);
        }
    }
    if (indexedEnd > size)
        return Error::refused(probeText("“%1” is truncated: it ends at %2 % of what its index "
                                        "describes. Copy or download it again.")
                                      .arg(m_name)
                                      .arg(std::min(qRound(100.0 * size / indexedEnd), 99)));
    // A duration guessed from the bit rate (an mp3 without a Xing header) promises nothing.
    const double announced = duration();
    if (everyPacketIndexed || announced <= 0
        || format->duration_estimation_method == AVFMT_DURATION_FROM_BITRATE)
        return std::nullopt;

    const double start = format->start_time != AV_NOPTS_VALUE
                                 ? double(format->start_time) / AV_TIME_BASE
                                 : (std::isfinite(m_scan.start) ? m_scan.start : 0.0);
    if (!m_scan.reachedEof) {
        const qint64 target = qint64((start + announced - 2.0) * AV_TIME_BASE);
        if (av_seek_frame(format, -1, std::max<qint64>(target, 0), AVSEEK_FLAG_BACKWARD) >= 0) {
            av::PacketPtr packet = av::makePacket();
            for (int i = 0; i < MaxPacketsAtEnd && av_read_frame(format, packet.get()) >= 0; ++i) {
                m_scan.add(format, packet.get(), nullptr, nullptr);
                av_packet_unref(packet.get());
            }
        }
    }
    const double reached = m_scan.end - start;
    if (reached < announced - std::max(EndToleranceSeconds, announced * EndToleranceFraction))
        return Error::refused(probeText("“%1” is truncated: its data ends at %L2 s of the %L3 s "
                                        "its header describes. Copy or download it again.")
                                      .arg(m_name)
                                      .arg(std::max(reached, 0.0), 0, 'f', 1)
                                      .arg(announced, 0, 'f', 1));
    return std::nullopt;
}

double Prober::duration() const
{
    if (m_format->duration != AV_NOPTS_VALUE && m_format->duration > 0)
        return double(m_format->duration) / AV_TIME_BASE;
    double longest = 0;
    for (const AVStream *stream : {m_video, m_audio}) {
        if (stream && stream->duration != AV_NOPTS_VALUE)
            longest = std::max(longest, double(stream->duration) * av_q2d(stream->time_base));
    }
    return longest;
}

void Prober::describeVideo()
{
    const AVCodecParameters *par = m_video->codecpar;
    AVFrame *frame = m_first.frame.get(); // a video frame whenever the file has video
    VideoStreamInfo v;
    v.codec = QString::fromUtf8(avcodec_get_name(par->codec_id));
    v.codedWidth = par->width > 0 ? par->width : (frame ? frame->width : 0);
    v.codedHeight = par->height > 0 ? par->height : (frame ? frame->height : 0);
    v.rotation = clockwiseRotation(m_video);
    // The decoder knows the profile once it has seen a sequence header; MP4 headers do not say.
    const int profile = m_first.decoder && m_first.decoder->profile != UnknownProfile
                                ? m_first.decoder->profile
                                : par->profile;
    if (const char *name = avcodec_profile_name(par->codec_id, profile))
        v.profile = QString::fromUtf8(name);
    if (const AVPixFmtDescriptor *desc = av_pix_fmt_desc_get(
                AVPixelFormat(frame ? frame->format : par->format))) {
        v.pixelFormat = QString::fromUtf8(desc->name);
        v.bitDepth = desc->comp[0].depth;
    }

    // Players take the container's pixel aspect over the codec's, as this does.
    AVRational sar = av_guess_sample_aspect_ratio(m_format.get(), m_video, frame);
    if (sar.num <= 0 || sar.den <= 0)
        sar = {1, 1};
    v.sampleAspect = {sar.num, sar.den};
    const int width = int(std::lround(double(v.codedWidth) * sar.num / sar.den));
    int darNum = 0;
    int darDen = 1;
    av_reduce(&darNum,
              &darDen,
              qint64(v.codedWidth) * sar.num,
              qint64(v.codedHeight) * sar.den,
              1 << 30);
    const bool sideways = v.rotation == 90 || v.rotation == 270;
    v.width = sideways ? v.codedHeight : width;
    v.height = sideways ? width : v.codedHeight;
    v.displayAspect = sideways ? Rational{darDen, darNum} : Rational{darNum, darDen};

    if (m_info.kind == MediaKind::Image) {
        v.frameCount = 1;
        m_info.video = v;
        return;
    }
    v.variableFrameRate = m_cadence.variable;
    // A variable-rate file's header still names one rate (Matroska's default duration, usually
    // the capture rate); the average over its timestamps is the truer nominal one.
    const AVRational header = m_video->avg_frame_rate.num > 0 ? m_video->avg_frame_rate
                                                              : m_video->r_frame_rate;
    const bool headerRate = header.num > 0 && header.den > 0;
    v.frameRate = nominalFrameRate(m_cadence.variable || !headerRate ? m_cadence.averageRate
                                                                     : av_q2d(header));
    v.keyframeInterval = m_cadence.keyframeInterval;
    if (m_video->nb_frames > 0)
        v.frameCount = m_video->nb_frames;
    else if (m_cadenceCoversFile)
        v.frameCount = m_cadence.frames;
    else
        v.frameCount = std::llround(m_info.duration * v.frameRate.toDouble());
    v.bitRate = par->bit_rate;
    if (v.bitRate <= 0 && m_cadence.span > 0)
        v.bitRate = qint64(double(m_cadenceBytes) * 8 / m_cadence.span);
    m_info.video = v;
}

void Prober::describeAudio()
{
    const AVCodecParameters *par = m_audio->codecpar;
    const AVFrame *frame = m_video ? m_audioFirst.frame.get() : m_first.frame.get();
    AudioStreamInfo a;
    a.codec = QString::fromUtf8(avcodec_get_name(par->codec_id));
    a.sampleRate = par->sample_rate;
    AVChannelLayout layout{};
    av_channel_layout_copy(&layout,
                           m_layoutFromDecoder ? &m_audioFirst.decoder->ch_layout
                                               : (frame ? &frame->ch_layout : &par->ch_layout));
    // PCM in WAV or AVI says only how many channels: one is mono, two are stereo.
    if (layout.order == AV_CHANNEL_ORDER_UNSPEC)
        av_channel_layout_default(&layout, layout.nb_channels);
    a.channels = layout.nb_channels;
    char name[128] = {};
    if (av_channel_layout_describe(&layout, name, sizeof name) > 0)
        a.channelLayout = QString::fromUtf8(name);
    av_channel_layout_uninit(&layout);
    a.bitRate = par->bit_rate;
    const double heard = m_scan.audioEnd - m_scan.audioStart;
    if (a.bitRate <= 0 && m_scan.audioBytes > 0 && heard > 0)
        a.bitRate = qint64(double(m_scan.audioBytes) * 8 / heard);
    if (a.bitRate <= 0 && m_info.kind == MediaKind::Audio)
        a.bitRate = m_info.bitRate;
    m_info.audio = a;
}

} // namespace

Result<MediaInfo> MediaProbe::probe(const QString &path, const Options &options)
{
    return Prober(path, options).run();
}

QList<Result<MediaInfo>> MediaProbe::probeAll(const QStringList &paths, const Options &options)
{
    std::vector<std::optional<Result<MediaInfo>>> results(size_t(paths.size()));
    {
        QThreadPool pool;
        pool.setMaxThreadCount(
                int(std::clamp<qsizetype>(paths.size(), 1, QThread::idealThreadCount())));
        for (qsizetype i = 0; i < paths.size(); ++i)
            pool.start([&, i] { results[size_t(i)] = probe(paths[i], options); });
        pool.waitForDone();
    }
    QList<Result<MediaInfo>> done;
    done.reserve(paths.size());
    for (std::optional<Result<MediaInfo>> &result : results)
        done.append(std::move(*result));
    return done;
}

} // namespace mt
