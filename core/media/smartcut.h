// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/cutreport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mt {

class JobContext;

// Frame-accurate cuts and joins that re-encode only what they must (smart render): pieces
// [(file, in, out)] become one output whose first frame is the source frame at `in` and whose last
// is the frame before `out`, piece after piece. Within a piece the GOPs that lie wholly inside
// are copied packet for packet, and so is the last GOP up to its last clean point before `out`
// (copied in decode order: everything before the point shows earlier than everything after, so
// nothing copied refers past it); the head up to the first IDR, and the few frames from that
// clean point to `out` when B-frames wait for a picture after it, are re-encoded by a fresh x264
// configured to write the source's own SPS/PPS, verified byte for byte (x264match.h), so the
// file keeps one avc1 sample entry.
// Sound is re-encoded as one continuous AAC track (spanaudio.h).
//
// When the pieces cannot be cut so (not H.264 in MP4/MOV, different encodings, parameter sets x264
// cannot reproduce, variable frame rate, odd timestamps), the whole span is re-encoded (H.264
// veryfast CRF 23 + AAC), still frame-accurate; the report says which way was taken and why.
// Times snap to the nearest frame boundary. Everything is checked before anything is written;
// output goes through OutputFile. Reentrant; runs on the calling (worker) thread.
class SmartCut
{
    Q_DECLARE_TR_FUNCTIONS(mt::SmartCut)

public:
    enum class Mode { Auto, Reencode };

    static Result<CutReport> trim(
            const QString &input, const QString &output, double from, double to, JobContext &job);

    static Result<CutReport> render(const QList<CutPiece> &pieces,
                                    const QString &output,
                                    JobContext &job,
                                    Mode mode = Mode::Auto);
};

} // namespace mt
