// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "media/avhandles.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <atomic>

namespace mt {

class Encoder;

// Writes encoded packets into a container file: streams are added from opened encoders, then
// begin() writes the header, write() interleaves packets by time, finish() writes the trailer
// and closes the file. Every write is checked, so a full disk or a cancelled job is an Error,
// never a silently short file. The path is normally an OutputFile's temporary file; messages
// name `displayName` (the target) instead.
// Internal to core/media; on the thread of the operation that opened it.
class Muxer
{
    Q_DECLARE_TR_FUNCTIONS(mt::Muxer)

public:
    Status open(const QString &path,
                const QString &displayName,
                const QString &container,
                const std::atomic<bool> &cancel);

    // Whether encoders must put their headers into the stream's extradata (MP4, MOV, WebM).
    bool needsGlobalHeader() const;

    // The stream's index. `codecTag` ("hvc1") overrides the muxer's choice of fourcc.
    Result<int> addStream(const Encoder &encoder, const QString &codecTag = {});

    Status begin(const QMap<QString, QString> &options);
    // Moves the packet (in `timeBase`) into the file; the packet is left blank.
    Status write(AVPacket *packet, int stream, AVRational timeBase);
    Status finish();

private:
    Error writeError(int code) const;

    QString m_displayName;
    const std::atomic<bool> *m_cancel = nullptr;
    av::OutputFormatPtr m_format;
};

} // namespace mt
