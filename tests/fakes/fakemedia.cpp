// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "fakemedia.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>

namespace mt::fake {

using namespace Qt::StringLiterals;

FakeMedia::FakeMedia(QObject *parent)
    : QObject(parent)
{}

QString FakeMedia::flawOf(const QString &prompt, const QString &faultTake)
{
    if (!faultTake.isEmpty())
        return faultTake;
    static const QRegularExpression keyword(u"fake-take:([a-z-]+)"_s);
    const QRegularExpressionMatch match = keyword.match(prompt);
    return match.hasMatch() && flaws().contains(match.captured(1)) ? match.captured(1) : QString();
}

const QStringList &FakeMedia::flaws()
{
    static const QStringList names{u"black"_s,
                                   u"frozen"_s,
                                   u"silent"_s,
                                   u"short"_s,
                                   u"wrong-size"_s,
                                   u"truncated"_s,
                                   u"damaged"_s};
    return names;
}

void FakeMedia::video(int width, int height, int seconds, Ready ready, const QString &flaw)
{
    // A moving test pattern: a clean take has nothing for review to flag.
    QString source = u"testsrc2=size=%1x%2:rate=25:duration=%3"_s;
    QStringList filters;
    QStringList extra;
    if (flaw == u"wrong-size"_s) {
        width = (width / 2) & ~1;
        height = (height / 2) & ~1;
    } else if (flaw == u"short"_s) {
        seconds = std::max(1, seconds / 2);
    } else if (flaw == u"black"_s) {
        // Black for the first two seconds, as a take that fades in too late.
        filters << u"drawbox=c=black:t=fill:enable='lt(t,2)'"_s;
    } else if (flaw == u"frozen"_s) {
        // Two seconds of motion, then the last picture held to the end: a padded short clip.
        filters << u"tpad=stop_mode=clone:stop_duration=%1"_s.arg(std::max(1, seconds - 2));
        seconds = std::min(seconds, 2);
    } else if (flaw == u"silent"_s) {
        extra = {u"-f"_s, u"lavfi"_s, u"-i"_s, u"anullsrc=r=48000:cl=stereo"_s};
    }
    QStringList args{u"-f"_s, u"lavfi"_s, u"-i"_s, source.arg(width).arg(height).arg(seconds)};
    args += extra;
    if (!filters.isEmpty())
        args << u"-vf"_s << filters.join(u',');
    args += {u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"ultrafast"_s, u"-pix_fmt"_s, u"yuv420p"_s};
    if (!extra.isEmpty())
        args += {u"-c:a"_s, u"aac"_s, u"-shortest"_s};
    args += {u"-movflags"_s, u"+faststart"_s};
    const QString key = u"video_%1x%2_%3s%4.mp4"_s.arg(width).arg(height).arg(seconds).arg(
            flaw.isEmpty() ? QString() : u'_' + flaw);
    if (flaw == u"damaged"_s) {
        // 4 KB of the picture data overwritten half-way: the file opens and plays, but the
        // pictures there are broken (a transfer damaged on the provider's side).
        render(key, args, [ready = std::move(ready)](const QByteArray &bytes, const QString &error) {
            QByteArray damaged = bytes;
            const qsizetype middle = damaged.size() / 2;
            for (qsizetype i = middle; i < std::min(damaged.size(), middle + 4096); ++i)
                damaged[i] = char((i * 131) & 0xff);
            ready(damaged, error);
        });
        return;
    }
    if (flaw != u"truncated"_s) {
        render(key, args, std::move(ready));
        return;
    }
    // The whole header, then the picture data stops two thirds in: a file cut short on the
    // provider's side, served as if complete.
    render(key, args, [ready = std::move(ready)](const QByteArray &bytes, const QString &error) {
        ready(bytes.left(bytes.size() * 2 / 3), error);
    });
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
