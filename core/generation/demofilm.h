// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"
#include "generationtask.h"

#include <QObject>

namespace mt {

class GenerationService;
class Library;

// The demo film of the editor's first run, made offline: a new project ("Demo film", or
// "Demo film 2" …) at 1280×720 and 30 fps, and five storyboard shots of a short story, each a
// free storyboard generation that lands on the timeline. The shots are asked for one after the
// other so they land in story order; the film can be played and exported as soon as finished()
// is emitted, and the creator can generate each shot for real later, in place.
//
// Main thread; made by whoever offers the demo (the editor's empty state), deleted after
// finished() or failed(). The library and service must outlive it.
class DemoFilm : public QObject
{
    Q_OBJECT

public:
    static constexpr int ShotCount = 5;
    static constexpr double ShotSeconds = 3;

    DemoFilm(Library &library, GenerationService &service, QObject *parent = nullptr);

    // Creates the project and asks for the first shot; returns the project's id.
    Result<qint64> start();
    qint64 projectId() const { return m_projectId; }

signals:
    void shotLanded(int number, int count); // 1-based
    void finished(qint64 projectId);
    void failed(const QString &message);

private:
    Status requestShot(int index);
    void onTaskSettled(qint64 taskId, TaskState state);

    Library &m_library;
    GenerationService &m_service;
    qint64 m_projectId = 0;
    qint64 m_taskId = 0;
    int m_shot = 0;
};

} // namespace mt
