// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mt::test {

// Starts movietool-fakeapi as a child process on a free loopback port and talks to its control
// endpoints, for tests. The control calls block (plain sockets, no event loop), which a test may
// do: the server is another process, so nothing in the test needs to run meanwhile.
// Owned by the test; the server is stopped when this is destroyed.
class FakeApiProcess
{
public:
    static constexpr const char *MinimaxKey = "test-minimax-key";
    static constexpr const char *SegmindKey = "test-segmind-key";

    FakeApiProcess() = default;
    ~FakeApiProcess();
    FakeApiProcess(const FakeApiProcess &) = delete;
    FakeApiProcess &operator=(const FakeApiProcess &) = delete;

    // Starts the server (extra arguments as for `movietool-fakeapi`) and waits for its port.
    // False, with errorString() set, when it did not come up.
    bool start(const QStringList &arguments = {});
    void stop();
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    QUrl minimaxBaseUrl() const;
    QUrl segmindBaseUrl() const;

    // Queues a fault (see tests/fakes/faultplan.h); false if the server refused it.
    bool addFault(const QJsonObject &fault);
    bool configure(const QJsonObject &config);
    bool reset();
    QJsonObject stats();
    // stats()["endpoints"][endpoint], 0 when never called.
    int count(const QString &endpoint);
    // How many creates/submits carried this exact prompt.
    int promptCount(const QString &provider, const QString &prompt);

private:
    // One request on a fresh connection; the status, and the body in *body.
    int request(const QByteArray &method,
                const QByteArray &path,
                const QByteArray &body,
                QByteArray *answer);

    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace mt::test
