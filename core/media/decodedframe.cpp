// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "decodedframe.h"

#include <utility>

namespace mt::decoded {

qint64 pictureDuration(AVFormatContext *format, AVStream *stream, AVFrame *frame)
{
#if LIBAVUTIL_VERSION_MAJOR >= 58
    const qint64 own = frame->duration;
#else
    const qint64 own = frame->pkt_duration;
#endif
    if (own > 0)
        return own;
    const AVRational rate = av_guess_frame_rate(format, stream, frame);
    return rate.num > 0 ? av_rescale_q(1, av_inv_q(rate), stream->time_base) : 1;
}

void plainFullRange(AVFrame *frame)
{
    static constexpr std::pair<AVPixelFormat, AVPixelFormat> plainFormats[]
            = {{AV_PIX_FMT_YUVJ420P, AV_PIX_FMT_YUV420P},
               {AV_PIX_FMT_YUVJ422P, AV_PIX_FMT_YUV422P},
               {AV_PIX_FMT_YUVJ444P, AV_PIX_FMT_YUV444P},
               {AV_PIX_FMT_YUVJ440P, AV_PIX_FMT_YUV440P},
               {AV_PIX_FMT_YUVJ411P, AV_PIX_FMT_YUV411P}};
    for (const auto &[jpeg, plain] : plainFormats) {
        if (frame->format == jpeg) {
            frame->format = plain;
            frame->color_range = AVCOL_RANGE_JPEG;
        }
    }
}

} // namespace mt::decoded
