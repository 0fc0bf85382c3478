// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "referencefeed.h"

#include "media/filterchain.h"
#include "media/videodetectors.h"

namespace mt::analysis {

ReferenceFeed::ReferenceFeed(const std::atomic<bool> &cancel)
    : m_cancel(cancel)
    , m_input(nullptr)
{}

void ReferenceFeed::decodeMore()
{
    const auto keep = [this](AVFrame *frame, bool) {
        m_queue.push_back(av::FramePtr(av_frame_clone(frame)));
        if (m_queue.back())
            return true;
        m_queue.pop_back(); // out of memory: the reference ends here
        return false;
    };
    if (!m_input.step(keep))
        m_ended = true;
}

const AVFrame *ReferenceFeed::first()
{
    while (m_queue.empty() && !m_ended && !m_cancel.load(std::memory_order_relaxed))
        decodeMore();
    return m_queue.empty() ? nullptr : m_queue.front().get();
}

int ReferenceFeed::feed(VideoDetectors &detectors, double until)
{
    while (true) {
        while (!m_queue.empty()) {
            AVFrame *frame = m_queue.front().get();
            m_time = frameSeconds(frame, timeBase());
            const int ret = detectors.pushReference(frame);
            m_queue.pop_front();
            if (ret < 0)
                return ret;
        }
        // Said at once, or psnr and ssim would hold every later picture of the file waiting for
        // a reference picture to pair it with.
        if (m_ended)
            return close(detectors);
        if (m_time > until || m_cancel.load(std::memory_order_relaxed))
            return 0;
        decodeMore();
    }
}

int ReferenceFeed::close(VideoDetectors &detectors)
{
    if (m_closed)
        return 0;
    m_closed = true;
    return detectors.pushReference(nullptr);
}

} // namespace mt::analysis
