// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "videodetectors.h"

extern "C" {
#include <libavutil/pixdesc.h>
}

#include <algorithm>
#include <cmath>

namespace mt::analysis {

namespace {

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

QByteArray bufferArgs(const AVFrame *frame, AVRational timeBase)
{
    const AVRational aspect = frame->sample_aspect_ratio.num > 0 ? frame->sample_aspect_ratio
                                                                 : AVRational{1, 1};
    return "video_size=" + QByteArray::number(frame->width) + 'x'
           + QByteArray::number(frame->height) + ":pix_fmt=" + QByteArray::number(frame->format)
           + ":time_base=" + QByteArray::number(timeBase.num) + '/'
           + QByteArray::number(timeBase.den) + ":pixel_aspect=" + QByteArray::number(aspect.num)
           + '/' + QByteArray::number(aspect.den);
}

// psnr and ssim need both pictures in one format; the file's own when both filters take it.
QByteArray qualityFormat(int format)
{
    static const AVPixelFormat accepted[] = {AV_PIX_FMT_YUV420P,
                                             AV_PIX_FMT_YUVJ420P,
                                             AV_PIX_FMT_YUV422P,
                                             AV_PIX_FMT_YUVJ422P,
                                             AV_PIX_FMT_YUV444P,
                                             AV_PIX_FMT_YUVJ444P,
                                             AV_PIX_FMT_YUV420P10,
                                             AV_PIX_FMT_YUV422P10,
                                             AV_PIX_FMT_YUV444P10,
                                             AV_PIX_FMT_GRAY8};
    const auto *end = std::end(accepted);
    const bool own = std::find(std::begin(accepted), end, AVPixelFormat(format)) != end;
    return av_get_pix_fmt_name(own ? AVPixelFormat(format) : AV_PIX_FMT_YUV420P);
}

} // namespace

void VideoDetectors::Score::add(double value, double time)
{
    sum += value;
    ++frames;
    if (value < worst) {
        worst = value;
        worstTime = time;
    }
}

VideoDetectors::VideoDetectors(const AnalysisOptions &options)
    : m_options(options)
    , m_out(av::makeFrame())
{}

int VideoDetectors::build(const AVFrame *first,
                          AVRational timeBase,
                          const AVFrame *reference,
                          AVRational referenceTimeBase)
{
    // Every k-th pixel of every k-th row: point sampling keeps the distribution of pixel values
    // (and of their changes) that the detectors average over; out_range=tv keeps luma on the
    // scale blackdetect assumes for grey, whatever the range of the source.
    const int k = std::max(1, int(std::sqrt(double(first->width) * first->height / SamplePixels)));
    const QByteArray small = "scale=w=" + QByteArray::number(std::max(1, first->width / k))
                             + ":h=" + QByteArray::number(std::max(1, first->height / k))
                             + ":flags=neighbor:out_range=tv,format=gray,blackdetect=d=0:pic_th="
                             + number(m_options.blackPictureRatio)
                             + ":pix_th=" + number(m_options.blackPixelThreshold)
                             + ",freezedetect=n=" + number(m_options.freezeNoise)
                             + ":d=" + number(m_options.freezeMinDuration)
                             + ",scdet=threshold=" + number(m_options.sceneThreshold);
    std::vector<FilterChain::Source> sources = {{false, bufferArgs(first, timeBase)}};
    if (!reference)
        return m_chain.build(sources, {false}, "[in0] " + small + " [out0]", 1);

    // The reference is scaled to the analysed file's size; the file's own pictures go through a
    // scale too, which does nothing unless their size changes mid-stream (psnr and ssim would
    // then read outside the smaller picture).
    m_hasReference = true;
    sources.push_back({false, bufferArgs(reference, referenceTimeBase)});
    const QByteArray size = "w=" + QByteArray::number(first->width)
                            + ":h=" + QByteArray::number(first->height);
    const QByteArray format = qualityFormat(first->format);
    const QByteArray description = "[in0] split [small][full]; [small] " + small
                                   + " [out0]; [in1] scale=" + size + ":flags=bicubic,format="
                                   + format + ",split [r0][r1]; [full] scale=" + size + ",format="
                                   + format + " [m]; [m][r0] psnr [p]; [p][r1] ssim [out1]";
    // Full-size psnr and ssim gain from libav's slice threads.
    return m_chain.build(sources, {false, false}, description, 0);
}

int VideoDetectors::push(AVFrame *frame)
{
    const int ret = m_chain.push(0, frame);
    return ret < 0 ? ret : drain();
}

int VideoDetectors::pushReference(AVFrame *frame)
{
    const int ret = m_chain.push(1, frame);
    return ret < 0 ? ret : drain();
}

int VideoDetectors::drain()
{
    for (int sink = 0; sink < (m_hasReference ? 2 : 1); ++sink) {
        const AVRational timeBase = m_chain.sinkTimeBase(sink);
        int ret;
        while ((ret = m_chain.pull(sink, m_out.get())) >= 0) {
            if (sink == 0)
                readDetection(m_out.get(), timeBase);
            else
                readQuality(m_out.get(), timeBase);
            av_frame_unref(m_out.get());
        }
        if (ret != AVERROR(EAGAIN) && ret != AVERROR_EOF)
            return ret;
    }
    return 0;
}

void VideoDetectors::readDetection(const AVFrame *frame, AVRational timeBase)
{
    // A frame can carry an end and a start (freezedetect marks both when a stretch reaches the
    // minimum duration on the picture that ends it); the end belongs to the earlier stretch.
    if (auto at = metadataNumber(frame, "lavfi.black_end"))
        m_black.end(*at);
    if (auto at = metadataNumber(frame, "lavfi.black_start"))
        m_black.start(*at);
    const auto freezeStart = metadataNumber(frame, "lavfi.freezedetect.freeze_start");
    if (freezeStart)
        m_frozen.start(*freezeStart);
    if (auto at = metadataNumber(frame, "lavfi.freezedetect.freeze_end"))
        m_frozen.end(*at);
    if (metadataNumber(frame, "lavfi.scd.time")) {
        const double score = metadataNumber(frame, "lavfi.scd.score").value_or(0);
        m_cuts.append({frameSeconds(frame, timeBase), score});
    }
}

void VideoDetectors::readQuality(const AVFrame *frame, AVRational timeBase)
{
    const double time = frameSeconds(frame, timeBase);
    if (auto psnr = metadataNumber(frame, "lavfi.psnr.psnr_avg")) {
        m_psnr.add(*psnr, time);
        m_psnrNoise.add(std::isinf(*psnr) ? 0.0 : std::pow(10.0, -*psnr / 10), time);
    }
    if (auto ssim = metadataNumber(frame, "lavfi.ssim.All"))
        m_ssim.add(*ssim, time);
}

void VideoDetectors::finish(double end, MediaAnalysis &analysis)
{
    analysis.black = m_black.finish(end, m_options.blackMinDuration);
    // A black picture does not change, so each black stretch is frozen too; it is reported once,
    // as black. One frame of slack on either side covers the two detectors' rounding.
    const QList<TimeSegment> frozen = m_frozen.finish(end, m_options.freezeMinDuration);
    for (const TimeSegment &segment : frozen) {
        const bool black = std::any_of(analysis.black.cbegin(),
                                       analysis.black.cend(),
                                       [&](const TimeSegment &b) {
                                           return segment.from >= b.from - 0.05
                                                  && segment.to <= b.to + 0.05;
                                       });
        if (!black)
            analysis.frozen.append(segment);
    }
    analysis.sceneCuts = m_cuts;
    if (!m_hasReference)
        return;
    if (m_psnr.frames > 0) {
        const double meanNoise = m_psnrNoise.sum / double(m_psnrNoise.frames);
        analysis.psnr = QualityScore{meanNoise > 0 ? -10 * std::log10(meanNoise) : INFINITY,
                                     m_psnr.worst,
                                     m_psnr.worstTime};
    }
    if (m_ssim.frames > 0)
        analysis.ssim = QualityScore{m_ssim.sum / double(m_ssim.frames),
                                     m_ssim.worst,
                                     m_ssim.worstTime};
}

} // namespace mt::analysis
