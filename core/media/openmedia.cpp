// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "openmedia.h"

#include "media/averror.h"
#include "media/streamprobing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString openText(const char *source)
{
    return QCoreApplication::translate("mt::OpenMedia", source);
}

} // namespace

QString mediaDisplayName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    return name.isEmpty() ? path : name;
}

Result<av::InputFormatPtr> openMedia(const QString &path, const std::atomic<bool> &cancel)
{
    const QString name = mediaDisplayName(path);
    const QFileInfo file(path);
    if (!file.exists())
        return Error::refused(openText("“%1” does not exist. Check the path, or whether the file "
                                       "was moved or deleted.")
                                      .arg(name));
    if (!file.isFile())
        return Error::refused(
                openText("“%1” is not a file. Choose a video, image or audio file.").arg(name));
    if (file.size() == 0)
        return Error::refused(
                openText("“%1” is empty (0 bytes). Copy or download it again.").arg(name));

    AvLogCapture log;
    AVFormatContext *format = avformat_alloc_context();
    if (!format)
        return Error::failed(openText("Out of memory while opening “%1”.").arg(name));
    format->interrupt_callback = interruptCallback(cancel);
    AVDictionary *options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    av_dict_set(&options, "pattern_type", "none", 0);
    const QByteArray url = "file:" + QFile::encodeName(file.absoluteFilePath());
    // On failure avformat_open_input frees the context itself.
    const int ret = avformat_open_input(&format, url.constData(), nullptr, &options);
    av_dict_free(&options);
    if (ret < 0) {
        if (cancel.load(std::memory_order_relaxed))
            return Error::cancelled(openText("Reading “%1” was cancelled.").arg(name));
        const QString said = log.lastMessage();
        const QString reason = said.isEmpty() ? avErrorText(ret) : said;
        if (ret == AVERROR(EACCES))
            return Error::refused(
                    openText("“%1” cannot be read (%2). Check its permissions.").arg(name, reason));
        // An MP4 or MOV whose writer stopped before writing its index at the end; any file
        // named *.mp4 fails the same way, so only one that starts like ISO media is called cut.
        QFile head(file.absoluteFilePath());
        if (said.contains(u"moov atom not found"_s) && head.open(QIODevice::ReadOnly)
            && probing::looksLikeIsoMedia(head.read(12)))
            return Error::refused(openText("“%1” is incomplete: its index is missing (%2), as "
                                           "happens when a recording or download stops early. "
                                           "Copy or download it again.")
                                          .arg(name, reason));
        return Error::refused(openText("“%1” is not a video, image or audio file that FFmpeg "
                                       "can read (%2). Check that it is a complete media file.")
                                      .arg(name, reason));
    }
    return av::InputFormatPtr(format);
}

} // namespace mt
