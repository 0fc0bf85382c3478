// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "exportplanner.h"

#include "export/presetcatalog.h"
#include "media/streamcopy.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// A reason made to stand as a sentence of its own: capitalised and ended once. Reasons are
// fragments ("clip 2 is a still picture") or, from StreamCopy, whole sentences.
QString asSentence(QString reason)
{
    reason = reason.trimmed();
    if (reason.isEmpty())
        return reason;
    reason[0] = reason[0].toUpper();
    if (!reason.endsWith(u'.'))
        reason.append(u'.');
    return reason;
}

} // namespace

QString renderModeName(RenderMode mode)
{
    switch (mode) {
    case RenderMode::Auto:
        return u"auto"_s;
    case RenderMode::Copy:
        return u"copy"_s;
    case RenderMode::Smart:
        return u"smart"_s;
    case RenderMode::Full:
        return u"full"_s;
    }
    return {};
}

std::optional<RenderMode> renderModeFromName(const QString &name)
{
    for (RenderMode mode :
         {RenderMode::Auto, RenderMode::Copy, RenderMode::Smart, RenderMode::Full}) {
        if (renderModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QJsonObject ExportPlan::toJson() const
{
    QJsonArray clips;
    for (const RenderClip &clip : render.clips) {
        clips.append(QJsonObject{{u"path"_s, clip.path},
                                 {u"in"_s, clip.in},
                                 {u"frames"_s, clip.frames},
                                 {u"crossfadeFrames"_s, clip.crossfadeFrames}});
    }
    QJsonObject json{{u"method"_s, renderModeName(method)},
                     {u"output"_s, output},
                     {u"preset"_s, render.preset.name},
                     {u"width"_s, render.width},
                     {u"height"_s, render.height},
                     {u"frameRate"_s,
                      u"%1/%2"_s.arg(render.frameRate.num).arg(render.frameRate.den)},
                     {u"duration"_s, duration},
                     {u"frames"_s, frames},
                     {u"clips"_s, clips},
                     {u"sounds"_s, int(render.sounds.size())}};
    if (!fullReason.isEmpty())
        json.insert(u"reason"_s, fullReason);
    return json;
}

QString ExportPlanner::newFileName(const QString &folder,
                                   const QString &name,
                                   const QString &extension)
{
    QString base = name;
    // A project's name is the creator's words: keep them, without what file systems refuse.
    static const QString forbidden = u"/\\:*?\"<>|"_s;
    for (QChar &c : base) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            c = u'-';
    }
    base = base.trimmed();
    if (base.isEmpty() || base.startsWith(u'.'))
        base.prepend(u"Film"_s);
    base += u' ' + QDate::currentDate().toString(Qt::ISODate);
    const QDir dir(folder);
    QString candidate = dir.filePath(u"%1.%2"_s.arg(base, extension));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = dir.filePath(u"%1 (%2).%3"_s.arg(base).arg(n).arg(extension));
    return candidate;
}

QString ExportPlanner::whyNotCopy(const Project &project,
                                  const Timeline &timeline,
                                  const ExportPreset &preset)
{
    const QString container = preset.container;
    if (!preset.video || preset.video->codec != u"libx264"_s || !preset.audio
        || preset.audio->codec != u"aac"_s || (container != u"mp4"_s && container != u"mov"_s)) {
        return tr("the “%1” preset writes other codecs than the clips' H.264 and AAC")
                .arg(preset.name);
    }
    if (!timeline.audio.isEmpty())
        return tr("music or voice is laid under the picture");
    QList<MediaInfo> infos;
    for (int i = 0; i < timeline.clips.size(); ++i) {
        const Clip &clip = timeline.clips[i];
        const Asset asset = timeline.assets.value(clip.assetId);
        const int number = i + 1;
        if (clip.stillDuration)
            return tr("clip %1 is a still picture").arg(number);
        if (clip.volume != 1)
            return tr("the volume of clip %1 is changed").arg(number);
        if (timeline.overlapAfter(i) > 0)
            return tr("clip %1 crossfades into the next").arg(number);
        if (clip.transition == Transition::DipToBlack && i + 1 < timeline.clips.size())
            return tr("clip %1 dips to black before the next").arg(number);
        const MediaInfo &info = asset.info;
        if (!info.video || info.video->codec != u"h264"_s)
            return tr("clip %1 is not H.264").arg(number);
        if (!info.audio || info.audio->codec != u"aac"_s)
            return tr("the sound of clip %1 is not AAC").arg(number);
        if (info.video->rotation != 0)
            return tr("clip %1 is turned (a phone held upright)").arg(number);
        if (info.video->variableFrameRate)
            return tr("clip %1 has a variable frame rate").arg(number);
        if (info.video->width != project.width || info.video->height != project.height)
            return tr("clip %1 is %2×%3, not the project's %4×%5")
                    .arg(number)
                    .arg(info.video->width)
                    .arg(info.video->height)
                    .arg(project.width)
                    .arg(project.height);
        if (!(info.video->frameRate == project.frameRate))
            return tr("clip %1 runs at %2 frames per second, not the project's %3")
                    .arg(number)
                    .arg(info.video->frameRate.toDouble(), 0, 'f', 3)
                    .arg(project.frameRate.toDouble(), 0, 'f', 3);
        infos.append(info);
    }
    const ConcatCheck check = StreamCopy::canConcat(infos);
    return check.reason;
}

Result<ExportPlan> ExportPlanner::plan(const Project &project,
                                       const Timeline &timeline,
                                       const QString &libraryRoot,
                                       const ExportRequest &request)
{
    const QString presetName = request.preset.isEmpty() ? project.defaultPreset : request.preset;
    Result<ExportPreset> preset = PresetCatalog::builtIn().preset(presetName);
    if (!preset)
        return preset.error();
    if (preset->singleFrame || (preset->video && preset->video->palette)) {
        return Error::refused(
                tr("A film exports with a video or sound preset (share, h265, webm, "
                   "prores, m4a). For a GIF or a picture, convert the exported film."));
    }
    if (Status encoders = preset->checkEncoders(); !encoders)
        return encoders.error();
    if (timeline.clips.isEmpty())
        return Error::refused(
                tr("The timeline of “%1” is empty: add a clip, then export.").arg(project.name));

    ExportPlan plan;
    RenderPlan &render = plan.render;
    render.preset = *preset;
    render.width = project.width;
    render.height = project.height;
    render.frameRate = {int(project.frameRate.num), int(project.frameRate.den)};
    const double fps = project.frameRate.toDouble();
    const QDir root(libraryRoot);
    const auto pathOf = [&](qint64 assetId, const QString &what) -> Result<QString> {
        const Asset asset = timeline.assets.value(assetId);
        const QString path = root.filePath(asset.relativePath);
        if (asset.relativePath.isEmpty() || !QFileInfo(path).isFile()) {
            return Error::refused(tr("The file of %1 (“%2”) is missing from the library (%3). "
                                     "Import it again, or remove it from the timeline.")
                                          .arg(what, asset.originalName, path));
        }
        return path;
    };

    // Frames are counted on the clips' running boundaries, rounded once each, so rounding never
    // adds up: the picture keeps to the timeline's seconds, where the sounds are placed.
    bool untrimmed = true;
    double boundary = 0; // seconds of the clips laid end to end, before overlaps
    for (int i = 0; i < timeline.clips.size(); ++i) {
        const Clip &clip = timeline.clips[i];
        Result<QString> path = pathOf(clip.assetId, tr("clip %1").arg(i + 1));
        if (!path)
            return path.error();
        const double next = boundary + timeline.clipDuration(clip);
        RenderClip rendered;
        rendered.path = *path;
        rendered.still = clip.stillDuration.has_value();
        rendered.in = clip.in;
        rendered.frames = std::max<qint64>(1,
                                           std::llround(next * fps) - std::llround(boundary * fps));
        rendered.volume = clip.volume;
        render.clips.append(rendered);
        boundary = next;
        const double length = double(rendered.frames) / fps;
        plan.pieces.append(CutPiece{*path, clip.in, clip.in + length});
        const double assetLength = timeline.assets.value(clip.assetId).info.duration;
        untrimmed = untrimmed && clip.in == 0 && (!clip.out || *clip.out >= assetLength - 1e-6);
    }
    // Transitions, in frames: a crossfade overlaps the clips, a dip fades out and in.
    double overlaps = 0; // seconds of crossfades so far
    for (int i = 0; i + 1 < timeline.clips.size(); ++i) {
        const Clip &clip = timeline.clips[i];
        RenderClip &left = render.clips[i];
        RenderClip &right = render.clips[i + 1];
        if (clip.transition == Transition::Crossfade) {
            const double before = overlaps;
            overlaps += timeline.overlapAfter(i);
            left.crossfadeFrames = std::min(
                    {std::llround(overlaps * fps) - std::llround(before * fps),
                     left.frames - 1,
                     right.frames - 1});
            left.crossfadeFrames = std::max<qint64>(0, left.crossfadeFrames);
        } else if (clip.transition == Transition::DipToBlack) {
            const qint64 half = std::llround(timeline.transitionAfter(i) * fps / 2);
            left.fadeOutFrames = std::min(half, left.frames);
            right.fadeInFrames = std::min(half, right.frames);
        }
    }
    plan.frames = render.totalFrames();
    plan.duration = render.duration();
    for (const AudioClip &sound : timeline.audio) {
        Result<QString> path = pathOf(sound.assetId, tr("the sound at %1 s").arg(sound.start));
        if (!path)
            return path.error();
        const double length = std::min(timeline.audioDuration(sound), plan.duration - sound.start);
        if (length <= 0)
            continue; // starts after the picture ends
        render.sounds.append(RenderSound{*path,
                                         sound.in,
                                         length,
                                         sound.start,
                                         sound.volume,
                                         std::min(sound.fadeIn, length),
                                         std::min(sound.fadeOut, length)});
    }

    const QString whyNot = whyNotCopy(project, timeline, *preset);
    switch (request.mode) {
    case RenderMode::Auto:
        plan.method = !whyNot.isEmpty() ? RenderMode::Full
                                        : (untrimmed ? RenderMode::Copy : RenderMode::Smart);
        plan.fullReason = whyNot;
        break;
    case RenderMode::Copy:
        if (!whyNot.isEmpty())
            return Error::refused(tr("The clips cannot be copied. %1 Export with the render "
                                     "mode “auto” or “full”.")
                                          .arg(asSentence(whyNot)));
        if (!untrimmed)
            return Error::refused(tr("Copying joins whole clips, and some are trimmed. Export "
                                     "with the render mode “smart”: it is as exact, and "
                                     "re-encodes only from each cut to the next keyframe."));
        plan.method = RenderMode::Copy;
        break;
    case RenderMode::Smart:
        if (!whyNot.isEmpty())
            return Error::refused(tr("Smart render needs clips it can copy. %1 Export with the "
                                     "render mode “auto” or “full”.")
                                          .arg(asSentence(whyNot)));
        plan.method = RenderMode::Smart;
        break;
    case RenderMode::Full:
        plan.method = RenderMode::Full;
        break;
    }

    QString output = request.output;
    if (output.isEmpty()) {
        const QString folder = !project.exportFolder.isEmpty()
                                       ? project.exportFolder
                                       : root.filePath(u"media/exports/%1"_s.arg(project.id));
        if (!QDir().mkpath(folder)) {
            return Error::failed(tr("The export folder %1 could not be made. Choose another in "
                                    "the project's settings.")
                                         .arg(folder));
        }
        output = newFileName(folder, project.name, preset->extension);
    } else if (QFileInfo(output).suffix().compare(preset->extension, Qt::CaseInsensitive) != 0) {
        return Error::refused(tr("The “%1” preset writes .%2 files; name the output so, or choose "
                                 "another preset.")
                                      .arg(preset->name, preset->extension));
    }
    plan.output = QFileInfo(output).absoluteFilePath();
    render.output = plan.output;
    return plan;
}

} // namespace mt
