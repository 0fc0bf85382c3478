// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace mt {

// A file a job writes, made whole or not at all. The work writes temporaryPath(), a hidden file
// beside the target with the target's extension (muxers guess the format from it); commit()
// flushes it to disk and renames it over the target in one step (rename(2): a reader sees the old
// file or the new one, never half of either). Not committed — cancelled, failed, out of disk —
// the destructor removes the temporary file and the target is untouched.
//
// A scope object on the worker's stack; any thread, one at a time.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(mt::OutputFile)

public:
    explicit OutputFile(const QString &targetPath);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    QString targetPath() const { return m_targetPath; }
    // "<folder>/.<name>.<random>.part.<extension>"
    QString temporaryPath() const { return m_temporaryPath; }
    bool isCommitted() const { return m_committed; }

    // Before writing: the target's folder exists and can be written (by creating the empty
    // temporary file: permission bits do not tell, for root, ACLs or read-only mounts), the
    // target is not a folder, and at least expectedBytes are free there.
    Status prepare(qint64 expectedBytes = 0);

    // Moves the written temporary file over the target. Failed when nothing was written or the
    // rename failed; the temporary file is removed then too.
    Status commit();
    // Removes the temporary file now (also done by the destructor when not committed).
    void discard();

private:
    QString folderText() const;

    QString m_targetPath;
    QString m_temporaryPath;
    bool m_committed = false;
};

} // namespace mt
