// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "timelinegraph.h"

extern "C" {
#include <libavutil/mathematics.h>
}

#include <QStringList>

#include <algorithm>

namespace mt {

using namespace Qt::StringLiterals;

qint64 RenderPlan::totalFrames() const
{
    qint64 frames = 0;
    for (qsizetype i = 0; i < clips.size(); ++i)
        frames += clips[i].frames - (i + 1 < clips.size() ? clips[i].crossfadeFrames : 0);
    return frames;
}

qint64 RenderPlan::samplesFor(qint64 frames) const
{
    return av_rescale_q(frames, av_inv_q(frameRate), {1, SampleRate}); // rounds to nearest
}

namespace timelinegraph {

QString videoInput(int clip)
{
    return u"v%1"_s.arg(clip);
}

QString audioInput(int clip)
{
    return u"a%1"_s.arg(clip);
}

QString soundInput(int sound)
{
    return u"m%1"_s.arg(sound);
}

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 6);
}

// Filters after a clip's own input, joined by commas; "null"/"anull" when there are none.
QString clipVideoEffects(const RenderClip &clip)
{
    QStringList filters;
    if (clip.fadeInFrames > 0)
        filters << u"fade=t=in:s=0:n=%1"_s.arg(clip.fadeInFrames);
    if (clip.fadeOutFrames > 0 && clip.frames >= 2) {
        // fade darkens a step per frame and is black only after its last step: ending a step
        // early makes the clip's last frame black, as the next clip's first is.
        const qint64 steps = std::clamp<qint64>(clip.fadeOutFrames - 1, 1, clip.frames - 1);
        filters << u"fade=t=out:s=%1:n=%2"_s.arg(clip.frames - 1 - steps).arg(steps);
    }
    return filters.isEmpty() ? u"null"_s : filters.join(u',');
}

QString clipAudioEffects(const RenderPlan &plan, const RenderClip &clip)
{
    QStringList filters;
    if (clip.volume != 1)
        filters << u"volume=%1"_s.arg(number(clip.volume));
    const qint64 samples = plan.samplesFor(clip.frames);
    if (clip.fadeInFrames > 0)
        filters << u"afade=t=in:ss=0:ns=%1"_s.arg(plan.samplesFor(clip.fadeInFrames));
    if (clip.fadeOutFrames > 0) {
        const qint64 fade = plan.samplesFor(clip.fadeOutFrames);
        filters << u"afade=t=out:ss=%1:ns=%2"_s.arg(samples - fade).arg(fade);
    }
    return filters.isEmpty() ? u"anull"_s : filters.join(u',');
}

QString soundEffects(const RenderSound &sound)
{
    QStringList filters;
    if (sound.volume != 1)
        filters << u"volume=%1"_s.arg(number(sound.volume));
    if (sound.fadeIn > 0)
        filters << u"afade=t=in:st=0:d=%1"_s.arg(number(sound.fadeIn));
    if (sound.fadeOut > 0) {
        filters << u"afade=t=out:st=%1:d=%2"_s.arg(number(sound.duration - sound.fadeOut),
                                                   number(sound.fadeOut));
    }
    const qint64 delay = qint64(sound.start * RenderPlan::SampleRate + 0.5);
    if (delay > 0)
        filters << u"adelay=delays=%1S:all=1"_s.arg(delay);
    return filters.isEmpty() ? u"anull"_s : filters.join(u',');
}

} // namespace

QString describe(const RenderPlan &plan, const QString &audioFinish)
{
    QStringList chains;
    int labels = 0;
    const auto label = [&labels](const QChar kind) {
        return u"%1%2"_s.arg(kind).arg(labels++);
    };

    // Runs of clips joined by cuts, closed by concat when a crossfade or the end comes.
    QStringList run;
    qint64 runFrames = 0;
    QString video;
    QString audio;
    const auto closeRun = [&] {
        if (run.size() == 2) {
            video = run[0];
            audio = run[1];
        } else {
            video = label(u'V');
            audio = label(u'A');
            chains << u"%1concat=n=%2:v=1:a=1[%3][%4]"_s.arg(run.join(QString()))
                              .arg(run.size() / 2)
                              .arg(video, audio);
            video = u"[%1]"_s.arg(video);
            audio = u"[%1]"_s.arg(audio);
        }
        run.clear();
    };

    for (int k = 0; k < plan.clips.size(); ++k) {
        const RenderClip &clip = plan.clips[k];
        const QString v = label(u'c');
        const QString a = label(u'c');
        chains << u"[%1]%2[%3]"_s.arg(videoInput(k), clipVideoEffects(clip), v);
        chains << u"[%1]%2[%3]"_s.arg(audioInput(k), clipAudioEffects(plan, clip), a);
        const qint64 overlap = k > 0 ? plan.clips[k - 1].crossfadeFrames : 0;
        if (overlap > 0) {
            closeRun();
            const QString xv = label(u'X');
            const QString xa = label(u'X');
            chains << u"%1[%2]xfade=transition=fade:duration=%3:offset=%4[%5]"_s.arg(video, v)
                              .arg(number(double(overlap) / av_q2d(plan.frameRate)))
                              .arg(number(double(runFrames - overlap) / av_q2d(plan.frameRate)))
                              .arg(xv);
            chains << u"%1[%2]acrossfade=ns=%3:c1=tri:c2=tri[%4]"_s.arg(audio, a)
                              .arg(plan.samplesFor(overlap))
                              .arg(xa);
            run << u"[%1]"_s.arg(xv) << u"[%1]"_s.arg(xa);
            runFrames += clip.frames - overlap;
        } else {
            run << u"[%1]"_s.arg(v) << u"[%1]"_s.arg(a);
            runFrames += clip.frames;
        }
    }
    closeRun();

    chains << u"%1null[vout]"_s.arg(video);
    if (plan.sounds.isEmpty()) {
        chains << u"%1%2[aout]"_s.arg(audio, audioFinish);
    } else {
        QString mix = audio;
        for (int j = 0; j < plan.sounds.size(); ++j) {
            const QString m = label(u'M');
            chains << u"[%1]%2[%3]"_s.arg(soundInput(j), soundEffects(plan.sounds[j]), m);
            mix += u"[%1]"_s.arg(m);
        }
        chains << u"%1amix=inputs=%2:duration=first:normalize=0,%3[aout]"_s.arg(mix)
                          .arg(plan.sounds.size() + 1)
                          .arg(audioFinish);
    }
    return chains.join(u';');
}

} // namespace timelinegraph
} // namespace mt
