// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "media/avhandles.h"
#include "media/mediaanalysis.h"

#include <QCoreApplication>
#include <QList>

namespace mt {

class AvLogCapture;

namespace analysis {

// Collects every problem met while reading and decoding one file, each with the time it belongs
// to: errors returned by the demuxer and decoders, what libav logged about them on the analysing
// thread, packets the demuxer marked corrupt, and pictures the decoder output with concealed
// damage. The last matter most: a decoder hides damage in the middle of a stream (it logs the
// concealment only as information) and returns no error, so the picture's flags are the one
// sure sign.
//
// Internal to MediaAnalyzer; lives on its thread with the AvLogCapture it reads.
class DecodeCheck
{
    Q_DECLARE_TR_FUNCTIONS(mt::MediaAnalyzer)

public:
    // A long run of damage would otherwise bury the report: past this many, problems are counted.
    static constexpr int MaxIssues = 100;

    explicit DecodeCheck(const AvLogCapture &log);

    // Where libav's log stands; collect() reports what comes after it.
    qsizetype mark() const;
    // What libav logged since `mark`, or else the text of `code` when it is an error (not
    // EAGAIN or the end), as problems at `time`.
    void collect(qsizetype mark, double time, int code = 0);
    void add(double time, const QString &message);
    void inspect(const AVPacket *packet, double time);
    void inspect(const AVFrame *frame, double time);

    QList<DecodeIssue> issues() const;
    bool isEmpty() const { return m_issues.isEmpty(); }

private:
    const AvLogCapture &m_log;
    QList<DecodeIssue> m_issues;
    int m_unlisted = 0;
    double m_firstUnlisted = 0;
};

} // namespace analysis
} // namespace mt
