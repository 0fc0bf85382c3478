// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "demofilm.h"

#include "generationservice.h"
#include "storage/library.h"
#include "storage/projectstore.h"

using namespace Qt::StringLiterals;

namespace mt {

namespace {

struct Shot
{
    const char *prompt;
    const char *camera;
};

// A story short enough to read on title cards. Prompts are translated (the cards show them),
// camera moves are the providers' canonical names.
const Shot shots[DemoFilm::ShotCount] = {
        {QT_TRANSLATE_NOOP("mt::DemoFilm",
                           "A lighthouse on a cliff at dusk, waves breaking far below"),
         "Push in"},
        {QT_TRANSLATE_NOOP("mt::DemoFilm", "The keeper climbs the spiral stairs, lantern in hand"),
         "Tilt up"},
        {QT_TRANSLATE_NOOP("mt::DemoFilm", "On the beach below, a seed glows in the wet sand"),
         "Zoom in"},
        {QT_TRANSLATE_NOOP("mt::DemoFilm", "The seed sprouts into a tree made of light"),
         "Pedestal up"},
        {QT_TRANSLATE_NOOP("mt::DemoFilm", "The lighthouse beam sweeps over a sea full of lights"),
         "Pull out"},
};

} // namespace

DemoFilm::DemoFilm(Library &library, GenerationService &service, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_service(service)
{
    connect(&m_service, &GenerationService::taskSettled, this, &DemoFilm::onTaskSettled);
}

Result<qint64> DemoFilm::start()
{
    Project draft;
    draft.width = 1280;
    draft.height = 720;
    draft.frameRate = {30, 1};
    draft.description = tr("A short film of storyboard cards, made offline. Generate any shot "
                           "for real from its clip, and export it in one click.");
    const QString base = tr("Demo film");
    for (int n = 1;; ++n) {
        draft.name = n == 1 ? base : u"%1 %2"_s.arg(base).arg(n);
        Result<Project> existing = m_library.projects().byIdOrName(draft.name);
        if (!existing)
            break; // the name is free
    }
    Result<Project> created = m_library.projects().create(draft);
    if (!created)
        return created.error();
    m_projectId = created->id;
    if (Status asked = requestShot(0); !asked)
        return asked.error();
    return m_projectId;
}

Status DemoFilm::requestShot(int index)
{
    m_shot = index;
    GenerationRequest request;
    request.provider = u"storyboard"_s;
    request.mode = GenerationMode::TextToVideo;
    request.prompt = tr(shots[index].prompt);
    request.cameraMoves = {QString::fromLatin1(shots[index].camera)};
    request.projectId = m_projectId;
    request.duration = ShotSeconds;
    request.shotNumber = index + 1;
    Result<QList<GenerationTask>> tasks = m_service.generate(request, 1);
    if (!tasks)
        return tasks.error();
    m_taskId = tasks->front().id;
    return {};
}

void DemoFilm::onTaskSettled(qint64 taskId, TaskState state)
{
    if (taskId != m_taskId || m_taskId == 0)
        return;
    m_taskId = 0;
    if (state != TaskState::Done) {
        Result<GenerationTask> task = m_service.tasks().get(taskId);
        emit failed(task && !task->error.isEmpty()
                            ? task->error
                            : tr("A shot of the demo film could not be made."));
        return;
    }
    emit shotLanded(m_shot + 1, ShotCount);
    if (m_shot + 1 == ShotCount) {
        emit finished(m_projectId);
        return;
    }
    if (Status asked = requestShot(m_shot + 1); !asked)
        emit failed(asked.error().message);
}

} // namespace mt
