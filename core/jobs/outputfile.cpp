// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <cerrno>
#include <cmath>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace mt {

using namespace Qt::StringLiterals;

namespace {

#ifdef Q_OS_UNIX
// fsync through a fresh descriptor: the writer (a muxer's AVIOContext) has closed its own.
void syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}
#endif

} // namespace

OutputFile::OutputFile(const QString &targetPath)
    : m_targetPath(QFileInfo(targetPath).absoluteFilePath())
{
    const QFileInfo target(m_targetPath);
    const QString suffix = target.suffix();
    // Random, so two jobs writing the same target do not share a temporary file.
    const QString token = QString::number(QRandomGenerator::global()->generate64(), 36);
    m_temporaryPath = target.dir().filePath(u"."_s + target.completeBaseName() + u'.' + token
                                            + u".part"_s
                                            + (suffix.isEmpty() ? QString() : u'.' + suffix));
}

OutputFile::~OutputFile()
{
    if (!m_committed)
        discard();
}

QString OutputFile::folderText() const
{
    return QDir::toNativeSeparators(QFileInfo(m_targetPath).absolutePath());
}

Status OutputFile::prepare(qint64 expectedBytes)
{
    const QFileInfo folder(QFileInfo(m_targetPath).absolutePath());
    if (!folder.isDir()) {
        return Error::refused(
                tr("The folder %1 does not exist. Choose an existing folder.").arg(folderText()));
    }
    if (QFileInfo(m_targetPath).isDir()) {
        return Error::refused(tr("%1 is a folder; choose a file name to write.")
                                      .arg(QDir::toNativeSeparators(m_targetPath)));
    }
    QFile probe(m_temporaryPath);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error::refused(tr("Movie Tool cannot write to the folder %1 (%2). Choose a folder "
                                 "you can write to.")
                                      .arg(folderText(), probe.errorString()));
    }
    probe.close();
    if (expectedBytes > 0) {
        const qint64 available = QStorageInfo(folder.absoluteFilePath()).bytesAvailable();
        if (available >= 0 && available < expectedBytes) {
            discard();
            constexpr double MiB = 1024.0 * 1024.0;
            return Error::refused(tr("Not enough free space in %1: about %2 MB are needed and "
                                     "%3 MB are free. Free some space or choose another folder.")
                                          .arg(folderText())
                                          .arg(std::ceil(double(expectedBytes) / MiB), 0, 'f', 0)
                                          .arg(std::floor(double(available) / MiB), 0, 'f', 0));
        }
    }
    return {};
}

Status OutputFile::commit()
{
    if (m_committed)
        return Error::failed(tr("%1 has already been written.").arg(m_targetPath));
    if (!QFileInfo::exists(m_temporaryPath)) {
        return Error::failed(tr("Nothing was written for %1, so it was not saved.")
                                     .arg(QDir::toNativeSeparators(m_targetPath)));
    }
#ifdef Q_OS_UNIX
    // Data first, then the name: after a crash the target is the old file or the whole new one,
    // never a new name over blocks that never reached the disk.
    syncPath(m_temporaryPath, O_RDONLY);
#endif
    if (std::rename(QFile::encodeName(m_temporaryPath).constData(),
                    QFile::encodeName(m_targetPath).constData())
        != 0) {
        const QString reason = qt_error_string(errno);
        discard();
        return Error::failed(tr("%1 could not be saved (%2). Check the folder's permissions and "
                                "free space, then try again.")
                                     .arg(QDir::toNativeSeparators(m_targetPath), reason));
    }
#ifdef Q_OS_UNIX
    syncPath(QFileInfo(m_targetPath).absolutePath(), O_RDONLY | O_DIRECTORY);
#endif
    m_committed = true;
    return {};
}

void OutputFile::discard()
{
    QFile::remove(m_temporaryPath);
}

} // namespace mt
