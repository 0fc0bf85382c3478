// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "domain/mediainfo.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mt {

class JobContext;

// What a storyboard card shows and how it is written.
struct StoryboardCard
{
    int shotNumber = 1;
    int take = 1;
    QString prompt;
    QStringList cameraMoves; // canonical names ("Push in"); the picture moves like the camera
    QString characterName;
    QString picturePath; // the first frame or the character's image; empty: a plain ground
    QString note;        // a line under the prompt, e.g. the model it stands in for
    int width = 1280;
    int height = 720;
    Rational frameRate{30, 1};
    double duration = 6; // seconds

    QJsonObject toJson() const;
    static StoryboardCard fromJson(const QJsonObject &json);
};

// Renders the offline stand-in for a generated shot: a title card (shot number, prompt, camera
// moves, character) over the picture it would start from, which moves slowly the way the camera
// would (push in, pull out, pan, tilt, truck, pedestal, shake), encoded with the "share" preset
// (H.264 + silent AAC, so it joins other clips like footage) at the project's size and frame rate.
//
// The text layer is drawn by overlay() on the thread that owns the GUI font database (the main
// thread: QPainter text is not safe elsewhere); write() then composes and encodes every frame on a
// worker thread with plain images only. The file is written through OutputFile: whole or not at
// all. Reentrant.
class StoryboardRenderer
{
    Q_DECLARE_TR_FUNCTIONS(mt::StoryboardRenderer)

public:
    static constexpr double MaxDuration = 60;

    // Refused with what to change: size, frame rate or duration out of range.
    static Status check(const StoryboardCard &card);
    // The card's text and frame, transparent where the picture shows. Main thread.
    static QImage overlay(const StoryboardCard &card);
    // One frame of the moving picture at t (0..1 of the shot), overlay on top. Any thread.
    static QImage frame(const StoryboardCard &card,
                        const QImage &picture,
                        const QImage &overlay,
                        double t);
    // Writes the shot to `output`; returns {output, duration, frames, width, height, frameRate}.
    // Any thread.
    static Result<QJsonObject> write(const StoryboardCard &card,
                                     const QImage &overlay,
                                     const QString &output,
                                     JobContext &job);
};

} // namespace mt
