// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <cstdint> // libav's headers need UINT64_C, which C++ defines in <cstdint>

extern "C" {
#include <libavformat/avio.h>
}

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdarg>

namespace mt {

// libav's text for a negative return code ("Invalid data found when processing input"), for the
// reason part of an Error message and for logs.
QString avErrorText(int code);

// Makes AVFormatContext::interrupt_callback poll `cancelled`: a blocking open, read or write
// returns AVERROR_EXIT soon after a job sets it. The flag must outlive the context.
AVIOInterruptCB interruptCallback(const std::atomic<bool> &cancelled);

// Keeps what libav logs on this thread while it lives, so that the reason a call failed ("moov
// atom not found") can go into the Error a person reads instead of onto stderr. libav logs from
// the thread that made the call (decoders are opened single-threaded where this matters).
// Without a capture on the thread, libav's messages go to the "mt.libav" logging category.
// Either way only AV_LOG_ERROR and more severe messages are formatted: libav is told so once,
// by the first capture. Captures nest; create one on the stack around the calls it covers.
class AvLogCapture
{
public:
    AvLogCapture();
    ~AvLogCapture();
    AvLogCapture(const AvLogCapture &) = delete;
    AvLogCapture &operator=(const AvLogCapture &) = delete;

    QStringList messages() const;
    QString lastMessage() const; // empty when libav said nothing

private:
    static void callback(void *context, int level, const char *format, va_list args);
    void append(const char *text);

    AvLogCapture *m_outer = nullptr;
    QStringList m_lines;
    QString m_partial; // libav may send one line in pieces
};

} // namespace mt
