// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Runs movietool-cli as a script would: a real process over a library in a temporary folder.
namespace mt::test {

class CliRunner
{
public:
    struct Run
    {
        int status = -1;
        QByteArray out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
        QJsonObject object() const { return json().object(); }
        QJsonArray array() const { return json().array(); }
    };

    // A new temporary folder (the library is "library" inside it).
    bool reset()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }

    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    QString libraryDir() const { return m_dir->filePath(QStringLiteral("library")); }

    static QProcessEnvironment defaultEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MOVIETOOL_LIBRARY"));
        return env;
    }

    // Runs the CLI; the test's library unless the arguments or the environment name one.
    Run run(const QStringList &args, const QProcessEnvironment &env = defaultEnvironment()) const
    {
        QProcess process;
        process.setProcessEnvironment(env);
        const bool namesLibrary = args.contains(QStringLiteral("--library"))
                                  || env.contains(QStringLiteral("MOVIETOOL_LIBRARY"));
        process.start(QStringLiteral(MT_CLI_PATH),
                      namesLibrary ? args
                                   : QStringList{QStringLiteral("--library"), libraryDir()} + args);
        if (!process.waitForFinished(120000))
            qFatal("movietool-cli did not finish");
        return {process.exitCode(),
                process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Runs with --json and checks the exit status, printing stderr when it differs.
    Run json(const QStringList &args, int expected = 0) const
    {
        Run r = run(QStringList{QStringLiteral("--json")} + args);
        if (r.status != expected)
            qWarning() << args << "exited" << r.status << "stderr:" << r.err;
        [&] {
            QCOMPARE(r.status, expected);
        }();
        return r;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace mt::test
