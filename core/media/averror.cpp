// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "averror.h"

extern "C" {
#include <libavutil/error.h>
#include <libavutil/log.h>
}

#include <QLoggingCategory>

#include <mutex>

namespace mt {

Q_LOGGING_CATEGORY(lcLibav, "mt.libav", QtWarningMsg)

namespace {

thread_local AvLogCapture *t_capture = nullptr;

int isCancelled(void *flag)
{
    return static_cast<const std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

QString avErrorText(int code)
{
    // av_strerror writes a generic "Error number N occurred" for codes it does not know.
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

AVIOInterruptCB interruptCallback(const std::atomic<bool> &cancelled)
{
    // libav's opaque is not const; the callback only ever reads through it.
    return {&isCancelled, const_cast<std::atomic<bool> *>(&cancelled)};
}

AvLogCapture::AvLogCapture()
    : m_outer(t_capture)
{
    static std::once_flag once;
    std::call_once(once, [] {
        // libav's default prints warnings about ordinary files (missing timestamps, odd
        // headers) to stderr from every thread; nobody reads that in a desktop application.
        if (av_log_get_level() > AV_LOG_ERROR)
            av_log_set_level(AV_LOG_ERROR);
        av_log_set_callback(&AvLogCapture::callback);
    });
    t_capture = this;
}

AvLogCapture::~AvLogCapture()
{
    t_capture = m_outer;
}

QStringList AvLogCapture::messages() const
{
    QStringList all = m_lines;
    if (!m_partial.trimmed().isEmpty())
        all << m_partial.trimmed();
    return all;
}

QString AvLogCapture::lastMessage() const
{
    const QStringList all = messages();
    return all.isEmpty() ? QString() : all.constLast();
}

void AvLogCapture::append(const char *text)
{
    m_partial += QString::fromUtf8(text);
    qsizetype newline;
    while ((newline = m_partial.indexOf(u'\n')) >= 0) {
        const QString line = m_partial.left(newline).trimmed();
        m_partial.remove(0, newline + 1);
        if (!line.isEmpty())
            m_lines << line;
    }
}

void AvLogCapture::callback(void *context, int level, const char *format, va_list args)
{
    if (level > av_log_get_level())
        return;
    char text[1024];
    int printPrefix = 0; // the "[mov,mp4,… @ 0x…]" prefix means nothing to a person
    av_log_format_line2(context, level, format, args, text, sizeof text, &printPrefix);
    if (t_capture) {
        // Kept for the Error; QT_LOGGING_RULES="mt.libav.debug=true" shows them as they come.
        qCDebug(lcLibav).noquote() << QString::fromUtf8(text).trimmed();
        t_capture->append(text);
        return;
    }
    const AVClass *avClass = context ? *static_cast<AVClass *const *>(context) : nullptr;
    qCWarning(lcLibav).noquote() << (avClass ? avClass->item_name(context) : "libav")
                                 << QString::fromUtf8(text).trimmed();
}

} // namespace mt
