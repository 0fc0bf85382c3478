// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/avhandles.h"

extern "C" {
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
}

#include <QString>
#include <QtGlobal>

namespace mt {

// A libavfilter graph with one input and one output: frames pushed into a buffer (or abuffer)
// source labelled [in] go through `chain` to a buffersink labelled [out]. Built from the first
// frame's properties, as the ffmpeg CLI builds its graphs, so that what the decoder really
// produces (not what the container announced) is what the chain converts.
// Internal to core/media; on the thread of the operation that built it.
class FilterGraph
{
public:
    // `timeBase` is that of the frames pushed. Returns a libav error code, 0 on success.
    int create(const AVFrame *first, AVRational timeBase, const QString &chain);

    bool isCreated() const { return bool(m_graph); }
    // Whether the frame has the size, pixel format, sample rate and layout the graph was made for.
    bool accepts(const AVFrame *frame) const;

    // Takes the frame's reference (no copy); the frame is left blank.
    int push(AVFrame *frame) { return av_buffersrc_add_frame_flags(m_source, frame, 0); }
    // No more frames; `end` (in the pushed time base) is where the last one stops, which the
    // fps filter needs to give the last frame its full length.
    int close(qint64 end);
    // av_buffersink_get_frame: 0, AVERROR(EAGAIN) until more is pushed, AVERROR_EOF at the end.
    int pull(AVFrame *frame) { return av_buffersink_get_frame(m_sink, frame); }

private:
    av::FilterGraphPtr m_graph;
    AVFilterContext *m_source = nullptr;
    AVFilterContext *m_sink = nullptr;
    // What the first frame had.
    int m_width = 0;
    int m_height = 0;
    int m_format = -1;
    int m_sampleRate = 0;
    int m_channels = 0;
    quint64 m_channelMask = 0;
};

} // namespace mt
