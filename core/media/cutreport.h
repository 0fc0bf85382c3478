// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace mt {

// One stretch of one source file, [in, out) in seconds of the source's own timeline. A trim is one
// piece; an export of a timeline is many, written one after the other into one output.
struct CutPiece
{
    QString path;
    double in = 0;
    double out = 0;
};

// How a cut was made, and what the output really got. Stream copy starts on a keyframe, so its
// actual points differ from the requested ones; frame-accurate cuts hit them to the frame.
struct CutReport
{
    enum class Method { Copy, Smart, Reencode };

    // A run of output frames made one way, from one piece: where a smart render copied and where
    // it re-encoded, so a reader (and a test) sees which frames of each clip were touched.
    struct Stretch
    {
        int piece = 0;       // index into the pieces
        bool copied = false; // packets copied, else re-encoded
        double from = 0;     // seconds of the piece's source: its first frame
        double to = 0;       // …and where its last frame ends
        qint64 frames = 0;
    };

    QString output;
    double requestedFrom = 0;
    double requestedTo = 0;
    double actualFrom = 0; // seconds of the (first) source where the output starts
    double actualTo = 0;   // seconds of the (last) source where the output ends
    double duration = 0;   // of the output's video
    qint64 frames = 0;
    qint64 copiedFrames = 0;
    qint64 reencodedFrames = 0;
    Method method = Method::Copy;
    QString fallbackReason;   // why a frame-accurate cut re-encoded everything (for the log)
    QList<Stretch> stretches; // in output order (smart and re-encoding cuts; empty for a copy)

    static QString methodName(Method method); // "copy", "smart", "reencode"
    // {output, requestedFrom, requestedTo, actualFrom, actualTo, duration, frames, copiedFrames,
    //  reencodedFrames, method[, fallbackReason][, stretches: [{piece, kind: "copy"|"encode", from,
    //  to, frames}]]}
    QJsonObject toJson() const;
};

} // namespace mt
