// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/cutreport.h"
#include "media/gopindex.h"
#include "media/mediainput.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <vector>

namespace mt {

// One stretch of a piece's frames: copied packet for packet, or re-encoded by a fresh encoder.
struct CutSegment
{
    enum class Kind { Copy, Encode };
    Kind kind = Kind::Copy;
    qint64 seekDts = 0; // the IDR reading starts at (source ticks)
    qint64 from = 0;    // pts of the first frame
    qint64 to = 0; // frames (and, for a copy, packets in decode order) from this pts on are out
    qint64 frames = 0;
};

// A piece read and worked out: its source open, its packets indexed around [in, out), its frames
// chosen (times snapped to frame boundaries), and, for a smart cut, how it splits into copied
// GOPs and re-encoded pieces (shared/notes/smart-render.md §1.2). Internal to core/media.
struct PiecePlan
{
    Q_DECLARE_TR_FUNCTIONS(mt::PiecePlan)

public:
    CutPiece piece;
    MediaInput input;
    GopIndex gops;
    qint64 firstPts = 0; // the first frame's pts
    qint64 lastPts = 0;  // the last frame's pts
    qint64 endPts = 0;   // where the last frame ends (its pts + duration)
    qint64 frames = 0;
    bool endsAtFileEnd = false;         // the last frame is the file's last
    qint64 outStart = 0;                // where the first frame goes on the output, source ticks
    std::vector<CutSegment> segments{}; // filled by splitForSmartCut()

    double duration() const { return toSeconds(endPts - firstPts, input.video()->time_base); }

    // Opens, checks (before anything is written: a trim outside the clip is refused) and indexes.
    static Result<PiecePlan> make(const CutPiece &piece, const std::atomic<bool> *cancel);

    // Splits into a re-encoded head [in, first IDR), copied GOPs (the last one up to its last
    // clean point before `out`), and a re-encoded tail [that point, out) when B-frames there
    // wait for a picture after `out` (none when `out` falls on a clean point).
    void splitForSmartCut();
};

// Why the pieces cannot be smart cut together (empty when they can): they must all be H.264 in
// MP4/MOV with one identical avcC and time base, closed GOPs with the same decode delay at every
// IDR, constant frame rate, and an x264 configured from the source must produce the same SPS/PPS
// byte for byte (checked by opening one). `delay` receives the decode delay in source ticks.
QString smartCutObstacle(std::vector<PiecePlan> &plans, qint64 *delay);

} // namespace mt
