// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "fakemedia.h"

#include <QFile>
#include <QProcess>

namespace mt::fake {

using namespace Qt::StringLiterals;

FakeMedia::FakeMedia(QObject *parent)
    : QObject(parent)
{}

void FakeMedia::video(int width, int height, int seconds, Ready ready)
{
    const QString key = u"video_%1x%2_%3s.mp4"_s.arg(width).arg(height).arg(seconds);
    render(key,
           {u"-f"_s,
            u"lavfi"_s,
            u"-i"_s,
            u"testsrc2=size=%1x%2:rate=25:duration=%3"_s.arg(width).arg(height).arg(seconds),
            u"-c:v"_s,
            u"libx264"_s,
            u"-preset"_s,
            u"ultrafast"_s,
            u"-pix_fmt"_s,
            u"yuv420p"_s,
            u"-movflags"_s,
            u"+faststart"_s},
           std::move(ready));
}

void FakeMedia::image(int width, int height, Ready ready)
{
    const QString key = u"image_%1x%2.jpg"_s.arg(width).arg(height);
    render(key,
           {u"-f"_s,
            u"lavfi"_s,
            u"-i"_s,
            u"smptehdbars=size=%1x%2"_s.arg(width).arg(height),
            u"-frames:v"_s,
            u"1"_s},
           std::move(ready));
}

void FakeMedia::render(const QString &key, const QStringList &args, Ready ready)
{
    if (const auto done = m_done.constFind(key); done != m_done.constEnd()) {
        ready(*done, {});
        return;
    }
    auto &waiting = m_waiting[key];
    waiting.append(std::move(ready));
    if (waiting.size() > 1)
        return; // already rendering
    const QString path = m_dir.filePath(key);
    auto *ffmpeg = new QProcess(this);
    ffmpeg->setProcessChannelMode(QProcess::MergedChannels);
    connect(ffmpeg,
            &QProcess::finished,
            this,
            [this, ffmpeg, key, path](int code, QProcess::ExitStatus st) {
                QByteArray bytes;
                QString error;
                if (st != QProcess::NormalExit || code != 0) {
                    error = u"ffmpeg failed: "_s
                            + QString::fromLocal8Bit(ffmpeg->readAll()).left(500);
                } else {
                    QFile file(path);
                    if (file.open(QIODevice::ReadOnly))
                        bytes = file.readAll();
                    else
                        error = u"cannot read "_s + path;
                }
                ffmpeg->deleteLater();
                if (error.isEmpty())
                    m_done.insert(key, bytes);
                const QList<Ready> waiting = m_waiting.take(key);
                for (const Ready &ready : waiting)
                    ready(bytes, error);
            });
    connect(ffmpeg, &QProcess::errorOccurred, this, [this, ffmpeg, key](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        ffmpeg->deleteLater();
        const QList<Ready> waiting = m_waiting.take(key);
        for (const Ready &ready : waiting)
            ready({}, u"cannot start ffmpeg (is it installed?)"_s);
    });
    ffmpeg->start(u"ffmpeg"_s,
                  QStringList{u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s} + args
                          + QStringList{path});
}

} // namespace mt::fake
