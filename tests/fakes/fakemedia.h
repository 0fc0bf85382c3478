// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace mt::fake {

// Real media for the fake API to serve: H.264 MP4s (no sound, as the providers deliver them) and
// JPEG stills of the asked size, and on request bad takes (see video()), rendered once per shape
// by the ffmpeg CLI into a temporary folder and kept for the life of the process.
//
// Why the ffmpeg CLI and not our own encoder (core/media): the fake stands for the providers, so
// it must not share code with what it tests — a bug in our encoder would otherwise make both
// sides agree. The tests already need the ffmpeg CLI for their media (tests/support/testmedia),
// and this keeps movietool-fakeapi free of movietool_core. Rendering runs asynchronously, so a
// slow render never blocks other requests. Main thread; owned by FakeApiServer.
class FakeMedia : public QObject
{
    Q_OBJECT

public:
    // bytes empty and error set when rendering failed.
    using Ready = std::function<void(const QByteArray &bytes, const QString &error)>;

    explicit FakeMedia(QObject *parent = nullptr);

    // flaw: empty for a clean take, else one of flaws(), the bad take that take review must flag:
    //   black      the first 2 s black        frozen     motion for 2 s, then a held picture
    //   silent     with a silent sound track  short      half the seconds asked for
    //   wrong-size half the width and height  truncated  the file cut after two thirds (the
    //   damaged    4 KB of data overwritten              library refuses it: the task fails)
    void video(int width, int height, int seconds, Ready ready, const QString &flaw = {});
    void image(int width, int height, Ready ready);

    static const QStringList &flaws();
    // The flaw a take should have: the fault's `take` when a "bad-take" fault applies, else a
    // "fake-take:<flaw>" keyword in the prompt; empty for a clean take.
    static QString flawOf(const QString &prompt, const QString &faultTake = {});

private:
    void render(const QString &key, const QStringList &args, Ready ready);

    QTemporaryDir m_dir;
    QHash<QString, QByteArray> m_done;
    QHash<QString, QList<Ready>> m_waiting;
};

} // namespace mt::fake
