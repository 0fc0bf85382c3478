// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// probe — the media commands that need no library.
#include "cli.h"

#include "media/mediaprobe.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString describe(const MediaInfo &info)
{
    QStringList lines;
    lines << u"%1: %2, %3, %4 s, %5"_s
                     .arg(QFileInfo(info.path).fileName(), mediaKindName(info.kind), info.container)
                     .arg(info.duration, 0, 'f', 3)
                     .arg(formatBytes(info.fileSize));
    if (info.video) {
        const VideoStreamInfo &v = *info.video;
        QString line = u"  video: %1 %2x%3, %4 fps, %5"_s.arg(v.codec)
                               .arg(v.width)
                               .arg(v.height)
                               .arg(v.frameRate.toDouble(), 0, 'f', 3)
                               .arg(v.pixelFormat);
        if (v.rotation)
            line += Cli::tr(", rotated %1°").arg(v.rotation);
        if (v.variableFrameRate)
            line += Cli::tr(", variable frame rate");
        lines << line;
    }
    if (info.audio) {
        const AudioStreamInfo &a = *info.audio;
        lines << u"  audio: %1 %2 Hz %3"_s.arg(a.codec).arg(a.sampleRate).arg(a.channelLayout);
    }
    return lines.join(u'\n');
}

int probe(Cli &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("Media files to read."), u"FILE..."_s);
    if (auto exit = cli.parse(parser, args, 1, -1))
        return *exit;

    QJsonArray json;
    QStringList text;
    int status = ExitOk;
    const QStringList paths = parser.positionalArguments();
    const QList<Result<MediaInfo>> infos = MediaProbe::probeAll(paths);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths[i];
        const Result<MediaInfo> &info = infos[i];
        if (!info.ok()) {
            // One bad file does not hide what the others are; the status still says it.
            status = std::max(status, cli.fail(info.error()));
            json.append(QJsonObject{{u"path"_s, path}, {u"error"_s, info.error().message}});
            continue;
        }
        json.append(info->toJson());
        text << describe(*info);
    }
    cli.print(json, text.join(u'\n'));
    return status;
}

} // namespace

QList<Command> mediaCommands()
{
    return {
            {{u"probe"_s}, u"FILE..."_s, probe},
    };
}

} // namespace mt
