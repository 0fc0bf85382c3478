// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"
#include "media/smartplan.h"
#include "media/x264match.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace mt {

class JobContext;

// Re-encodes the Encode segments of a smart cut ahead of the writer, several at once. Each
// segment is independent (a fresh encoder whose pictures refer to nothing outside it, its own
// reader and decoder of the source), so they parallelise cleanly, while the writer, which must
// put packets in order, takes the results one by one. Without this a smart render used one core
// (user time ≈ real time): x264's frame threads have little to do on spans of a GOP or less.
//
// Workers run at most `window` segments ahead of what the writer took, so memory stays bounded
// (compressed packets, about a GOP each). Made and used by one smart render on its job thread;
// its destructor stops the workers and waits for the segment each is on.
class SegmentEncoders
{
public:
    // What a worker needs of a segment, copied on the writer's thread: nothing of the writer's
    // open source is touched by a worker.
    struct Task
    {
        QString path;
        CutSegment segment;
        AVRational timeBase{1, 1};
        QByteArray extradata;
        qint64 shift = 0;               // source pts → output pts
        std::deque<qint64> decodeTimes; // the segment's output dts, in order
    };

    struct Result
    {
        Status status;
        bool seam = false; // the packets cannot be joined to copied ones: render in full
        std::vector<av::PacketPtr> packets; // in output order, source ticks, length-prefixed
    };

    static Task taskFor(const PiecePlan &plan, const CutSegment &segment, qint64 delay);

    SegmentEncoders(std::vector<Task> tasks, const X264Match &match, JobContext &job, int threads);
    ~SegmentEncoders();
    SegmentEncoders(const SegmentEncoders &) = delete;
    SegmentEncoders &operator=(const SegmentEncoders &) = delete;

    // The next segment's packets, in the order the tasks were given; waits until made.
    Result takeNext();

private:
    void work();
    Result encode(Task &task);

    std::vector<Task> m_tasks;
    const X264Match &m_match;
    JobContext &m_job;
    std::vector<Result> m_results;
    std::vector<bool> m_done;
    std::size_t m_nextTask = 0;  // the next one a worker starts
    std::size_t m_nextTaken = 0; // the next one the writer takes
    std::size_t m_window = 1;
    bool m_threadedCodecs = true; // fewer segments than cores: let the codecs use the rest
    bool m_stopping = false;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::thread> m_workers;
};

} // namespace mt
