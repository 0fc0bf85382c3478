// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "segmentencoders.h"

#include "jobs/jobcontext.h"
#include "media/decoder.h"
#include "media/mediainput.h"
#include "media/nalunits.h"
#include "media/smartcut.h"
#include "media/videospanencoder.h"

#include <algorithm>
#include <cstring>

namespace mt {

using namespace Qt::StringLiterals;

SegmentEncoders::Task SegmentEncoders::taskFor(const PiecePlan &plan,
                                               const CutSegment &segment,
                                               qint64 delay)
{
    const AVStream *video = plan.input.video();
    Task task;
    task.path = plan.piece.path;
    task.segment = segment;
    task.timeBase = video->time_base;
    task.extradata = QByteArray(reinterpret_cast<const char *>(video->codecpar->extradata),
                                video->codecpar->extradata_size);
    task.shift = plan.outStart - plan.firstPts;
    const std::vector<qint64> &pts = plan.gops.framePts();
    for (auto it = std::lower_bound(pts.begin(), pts.end(), segment.from);
         it != pts.end() && *it < segment.to;
         ++it)
        task.decodeTimes.push_back(*it + task.shift - delay);
    return task;
}

SegmentEncoders::SegmentEncoders(std::vector<Task> tasks,
                                 const X264Match &match,
                                 JobContext &job,
                                 int threads)
    : m_tasks(std::move(tasks))
    , m_match(match)
    , m_job(job)
    , m_results(m_tasks.size())
    , m_done(m_tasks.size(), false)
{
    const int count = std::clamp(threads, 1, int(std::max<std::size_t>(1, m_tasks.size())));
    m_window = std::size_t(count) * 2;
    m_threadedCodecs = count < threads;
    for (int i = 0; i < count; ++i)
        m_workers.emplace_back([this] { work(); });
}

SegmentEncoders::~SegmentEncoders()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread &worker : m_workers)
        worker.join();
}

SegmentEncoders::Result SegmentEncoders::takeNext()
{
    std::unique_lock lock(m_mutex);
    const std::size_t index = m_nextTaken;
    if (index >= m_tasks.size())
        return {Error::failed(u"no segment is left to take"_s), false, {}};
    m_changed.wait(lock, [&] { return bool(m_done[index]); });
    Result result = std::move(m_results[index]);
    ++m_nextTaken;
    lock.unlock();
    m_changed.notify_all(); // a worker may wait for the window to move
    return result;
}

void SegmentEncoders::work()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] {
            return m_stopping || m_nextTask >= m_tasks.size()
                   || m_nextTask < m_nextTaken + m_window;
        });
        if (m_stopping || m_nextTask >= m_tasks.size())
            return;
        const std::size_t index = m_nextTask++;
        lock.unlock();
        Result result = encode(m_tasks[index]);
        lock.lock();
        m_results[index] = std::move(result);
        m_done[index] = true;
        lock.unlock();
        m_changed.notify_all();
    }
}

// Encodes with a fresh encoder that writes the source's parameter sets; the packets get the
// source's framing and decode timestamps (pts sorted, less the decode delay), so they join the
// copied ones seamlessly. A packet that cannot be placed so is a seam.
SegmentEncoders::Result SegmentEncoders::encode(Task &task)
{
    Result result;
    ::mt::Result<MediaInput> input = MediaInput::open(task.path, m_job.cancelFlag());
    if (!input) {
        result.status = input.error();
        return result;
    }
    if (input->audio())
        input->audio()->discard = AVDISCARD_ALL;
    Decoder decoder;
    if (decoder.open(input->video(), m_threadedCodecs) < 0) {
        result.status = Error::failed(SmartCut::tr("“%1” could not be decoded.").arg(input->name()));
        return result;
    }
    // With a worker per core, one thread per codec: the workers are the parallelism, and frame
    // threads would only add start-up, memory and page faults to spans this short.
    VideoEncoding encoding = m_match.encoding;
    if (!m_threadedCodecs)
        encoding.options.insert(u"threads"_s, u"1"_s);
    VideoSpanEncoder encoder;
    if (Status opened = encoder.open(encoding, m_match.picture, true); !opened) {
        result.status = opened;
        return result;
    }
    const AVRational encoderBase = encoder.encoder().context()->time_base;
    const int lengthSize = nal::lengthSizeOf(AV_CODEC_ID_H264, task.extradata);
    auto sink = [&](AVPacket *packet) -> Status {
        av_packet_rescale_ts(packet, encoderBase, task.timeBase);
        if (task.decodeTimes.empty() || task.decodeTimes.front() > packet->pts) {
            result.seam = true;
            return Error::failed(u"re-encoded packet at %1 cannot be placed"_s.arg(packet->pts));
        }
        packet->dts = task.decodeTimes.front();
        task.decodeTimes.pop_front();
        const QByteArray data = nal::toLengthPrefixed(
                QByteArray::fromRawData(reinterpret_cast<const char *>(packet->data), packet->size),
                lengthSize);
        av::PacketPtr framed = av::makePacket();
        if (av_new_packet(framed.get(), int(data.size())) < 0)
            return Error::failed(SmartCut::tr("Out of memory."));
        std::memcpy(framed->data, data.constData(), size_t(data.size()));
        av_packet_copy_props(framed.get(), packet);
        result.packets.push_back(std::move(framed));
        return {};
    };
    const CutSegment &segment = task.segment;
    const VideoSpanEncoder::Span span{segment.seekDts, segment.from, segment.to, task.shift};
    if (::mt::Result<qint64> encoded = encoder.encode(*input, decoder, span, sink, m_job);
        !encoded) {
        result.status = encoded.error();
        return result;
    }
    result.status = encoder.finish(sink);
    return result;
}

} // namespace mt
