// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "decodecheck.h"

#include "media/averror.h"

namespace mt::analysis {

namespace {

// Repeats of a message this close to its first report are counted there, not listed again.
constexpr double FoldSeconds = 1.0;
// How far back a repeat is looked for: a few messages alternate in a damaged stretch.
constexpr int FoldLookBack = 8;

} // namespace

DecodeCheck::DecodeCheck(const AvLogCapture &log)
    : m_log(log)
{}

qsizetype DecodeCheck::mark() const
{
    return m_log.messages().size();
}

void DecodeCheck::collect(qsizetype mark, double time, int code)
{
    const QStringList messages = m_log.messages();
    for (qsizetype i = mark; i < messages.size(); ++i)
        add(time, messages[i]);
    if (messages.size() <= mark && code < 0 && code != AVERROR(EAGAIN) && code != AVERROR_EOF)
        add(time, avErrorText(code));
}

void DecodeCheck::add(double time, const QString &message)
{
    for (qsizetype i = m_issues.size() - 1; i >= 0 && i >= m_issues.size() - FoldLookBack; --i) {
        DecodeIssue &issue = m_issues[i];
        if (issue.message == message && time >= issue.time && time - issue.time <= FoldSeconds) {
            ++issue.count;
            return;
        }
    }
    if (m_issues.size() >= MaxIssues) {
        if (m_unlisted++ == 0)
            m_firstUnlisted = time;
        return;
    }
    m_issues.append({time, message, 1});
}

void DecodeCheck::inspect(const AVPacket *packet, double time)
{
    if (packet->flags & AV_PKT_FLAG_CORRUPT)
        add(time, tr("The demuxer marked this packet as damaged."));
}

void DecodeCheck::inspect(const AVFrame *frame, double time)
{
    if (frame->decode_error_flags & FF_DECODE_ERROR_MISSING_REFERENCE)
        add(time, tr("A picture refers to one that is missing or damaged; it shows wrong parts."));
    else if (frame->decode_error_flags)
        add(time, tr("A picture is damaged; the decoder covered the damage up."));
    else if (frame->flags & AV_FRAME_FLAG_CORRUPT)
        add(time, tr("A picture is damaged."));
}

QList<DecodeIssue> DecodeCheck::issues() const
{
    QList<DecodeIssue> all = m_issues;
    if (m_unlisted)
        all.append({m_firstUnlisted,
                    tr("%n more problem(s) after this point.", "", m_unlisted),
                    m_unlisted});
    return all;
}

} // namespace mt::analysis
