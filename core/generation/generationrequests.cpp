// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// GenerationService, the requests a person makes: prepare and generate, resume after a restart,
// cancel and retry.
#include "generationservice.h"

#include "generationlog.h"
#include "storage/assetstore.h"
#include "storage/characterstore.h"
#include "storage/library.h"
#include "storage/projectstore.h"
#include "storage/timelinestore.h"

#include <algorithm>

namespace mt {

using namespace Qt::StringLiterals;

Result<GenerationRequest> GenerationService::prepare(GenerationRequest request) const
{
    Provider *chosen = provider(request.provider);
    if (!chosen)
        return Error::refused(tr("The provider “%1” is not available in this build. Available: %2.")
                                      .arg(request.provider, providerNames().join(u", "_s)));
    const Result<Project> project = m_library.projects().get(request.projectId);
    if (!project)
        return project.error();
    request.frameSize = QSize(project->width, project->height);
    request.frameRate = project->frameRate;

    const QList<ProviderModel> models = chosen->models();
    if (request.model.isEmpty() && !request.cameraMoves.isEmpty()) {
        // The mode's default model may ignore camera moves: take one that honours them.
        const auto director = std::find_if(models.begin(), models.end(), [&](const ProviderModel &m) {
            return m.cameraMoves && m.modes.contains(request.mode);
        });
        if (director != models.end())
            request.model = director->id;
    }
    if (request.model.isEmpty())
        request.model = chosen->defaultModel(request.mode);
    const auto model = std::find_if(models.begin(), models.end(), [&](const ProviderModel &m) {
        return m.id == request.model;
    });
    if (request.model.isEmpty() || model == models.end()) {
        QStringList names;
        for (const ProviderModel &m : models) {
            if (m.modes.contains(request.mode))
                names << m.id;
        }
        if (names.isEmpty())
            return Error::refused(
                    tr("%1 cannot make %2. Pick another provider or mode.")
                            .arg(chosen->displayName(), generationModeName(request.mode)));
        return Error::refused(tr("%1 has no model “%2”. Models for %3: %4.")
                                      .arg(chosen->displayName(),
                                           request.model,
                                           generationModeName(request.mode),
                                           names.join(u", "_s)));
    }
    if (request.resolution.isEmpty())
        request.resolution = model->defaultResolution;
    if (request.duration <= 0)
        request.duration = model->defaultDuration;

    QStringList moves;
    for (const QString &move : std::as_const(request.cameraMoves)) {
        const std::optional<QString> canonical = canonicalCameraMove(move);
        if (!canonical)
            return Error::refused(tr("“%1” is not a camera move. Pick one of: %2.")
                                          .arg(move, cameraMoveNames().join(u", "_s)));
        moves << *canonical;
    }
    request.cameraMoves = moves;

    if (request.firstFrameAssetId > 0) {
        const Result<Asset> asset = m_library.assets().get(request.firstFrameAssetId);
        if (!asset)
            return asset.error();
        if (asset->projectId != request.projectId)
            return Error::refused(tr("Asset %1 belongs to another project; import the first frame "
                                     "into this one.")
                                          .arg(asset->id));
        if (asset->kind != MediaKind::Image)
            return Error::refused(tr("Asset %1 is %2, not an image: a first frame is a picture.")
                                          .arg(asset->id)
                                          .arg(mediaKindName(asset->kind)));
        request.firstFramePath = m_library.paths().absolute(asset->relativePath);
    }
    if (request.characterId > 0) {
        const Result<Character> character = m_library.characters().get(request.characterId);
        if (!character)
            return character.error();
        if (character->images.isEmpty())
            return Error::refused(tr("%1 has no reference image yet. Add one with “character "
                                     "add-image”.")
                                          .arg(character->name));
        request.characterName = character->name;
        request.characterImagePath = m_library.paths().absolute(
                character->images.first().relativePath);
        if (request.mode == GenerationMode::ImageToVideo && request.firstFramePath.isEmpty())
            request.firstFramePath = request.characterImagePath;
    }

    const TimelineStore timeline(m_library.database());
    if (request.replaceClipId > 0) {
        const Result<Clip> clip = timeline.clip(request.replaceClipId);
        if (!clip)
            return clip.error();
        if (clip->projectId != request.projectId)
            return Error::refused(
                    tr("Clip %1 is on another project's timeline.").arg(request.replaceClipId));
        request.shotNumber = clip->position + 1;
    } else if (request.shotNumber <= 0) {
        const Result<int> count = timeline.clipCount(request.projectId);
        if (!count)
            return count.error();
        request.shotNumber = *count + 1;
    }

    if (const Status valid = chosen->validate(request); !valid)
        return valid.error();
    return request;
}

Result<QList<GenerationTask>> GenerationService::generate(const GenerationRequest &draft, int takes)
{
    if (takes < 1 || takes > MaxTakes)
        return Error::refused(tr("Ask for 1 to %1 takes; got %2.").arg(MaxTakes).arg(takes));
    Result<GenerationRequest> request = prepare(draft);
    if (!request)
        return request.error();
    Provider &chosen = *provider(request->provider);
    if (chosen.isRemote() && !chosen.isConfigured())
        return Error::refused(tr("%1 has no API key. Set one in Settings → Providers or with "
                                 "“providers set-key %2”, or generate with the storyboard "
                                 "provider.")
                                      .arg(chosen.displayName(), chosen.name()));
    const double cost = m_ledger.estimatedCost(chosen, *request);
    if (const Status budget = m_ledger.checkBudget(cost * takes); !budget)
        return budget.error();

    QList<GenerationTask> created;
    for (int take = 0; take < takes; ++take) {
        GenerationTask task;
        task.projectId = request->projectId;
        task.request = *request;
        task.request.takeIndex = take;
        task.request.takeOfTaskId = take > 0 ? created.first().id : 0;
        if (take > 0 && !task.request.seed) {
            // A variation differs from its first take by more than chance where seeds exist.
            task.request.variationOfAssetId = draft.variationOfAssetId;
        }
        task.replacedClipId = request->replaceClipId;
        task.estimatedCost = cost;
        Result<GenerationTask> inserted = m_tasks.insert(task);
        if (!inserted)
            return inserted.error();
        created.append(*inserted);
        track(inserted->id);
        emit taskChanged(inserted->id, inserted->projectId);
    }
    schedulePump();
    return created;
}

Result<int> GenerationService::resume()
{
    const Result<QList<GenerationTask>> unfinished = m_tasks.unfinished();
    if (!unfinished)
        return unfinished.error();
    int resumed = 0;
    for (GenerationTask task : *unfinished) {
        if (isWorking(task.id) || task.state == TaskState::NeedsAttention)
            continue;
        Provider *chosen = provider(task.request.provider);
        if (!chosen) {
            qCWarning(lcGeneration) << "task" << task.id << "of unavailable provider"
                                    << task.request.provider << "left as it is";
            continue;
        }
        const bool local = !chosen->isRemote();
        switch (task.state) {
        case TaskState::Submitting:
            if (local) {
                task.state = TaskState::Queued;
                break;
            }
            // The request may have been sent and billed with its answer lost: only a person may
            // decide to send it again.
            task.state = TaskState::NeedsAttention;
            task.error = tr("Movie Tool stopped while sending this request to %1, so it cannot "
                            "tell whether %1 received it. Check your %1 account: if the video is "
                            "not there, retry the task; otherwise cancel it.")
                                 .arg(chosen->displayName());
            if (Result<GenerationTask> saved = save(task); saved)
                settle(*saved);
            continue;
        case TaskState::Submitted:
        case TaskState::Processing:
        case TaskState::Downloading:
            if (local)
                task.state = TaskState::Queued; // its local work ended with the program
            else
                task.state = task.remoteTaskId.isEmpty() ? TaskState::NeedsAttention
                                                         : TaskState::Submitted;
            break;
        default:
            break;
        }
        if (!save(task))
            continue;
        if (task.state == TaskState::NeedsAttention)
            continue;
        track(task.id);
        ++resumed;
        if (task.state == TaskState::Submitted)
            armTimer(task.id, 0, &GenerationService::poll);
    }
    schedulePump();
    return resumed;
}

Result<GenerationTask> GenerationService::cancel(qint64 taskId)
{
    Result<GenerationTask> task = m_tasks.get(taskId);
    if (!task)
        return task.error();
    if (isFinished(task->state))
        return Error::refused(
                tr("Task %1 is already %2.").arg(taskId).arg(taskStateName(task->state)));
    const auto work = m_work.find(taskId);
    if (task->state == TaskState::Submitting && work != m_work.end() && work->second.callPending) {
        // The answer decides: with a remote id the task is cancelled then, without one it failed.
        work->second.cancelRequested = true;
        return *task;
    }
    if (work != m_work.end())
        dropDownload(work->second);
    task->state = TaskState::Cancelled;
    task->error = task->remoteTaskId.isEmpty()
                          ? QString()
                          : tr("Cancelled here; %1 may still finish and bill it (it has no way to "
                               "stop a task).")
                                    .arg(task->request.provider);
    Result<GenerationTask> saved = save(*task);
    if (saved)
        settle(*saved);
    return saved;
}

Result<GenerationTask> GenerationService::retry(qint64 taskId)
{
    Result<GenerationTask> task = m_tasks.get(taskId);
    if (!task)
        return task.error();
    if (!isFinished(task->state) && task->state != TaskState::NeedsAttention)
        return Error::refused(tr("Task %1 is %2; only failed, cancelled or needs-attention tasks "
                                 "can be retried.")
                                      .arg(taskId)
                                      .arg(taskStateName(task->state)));
    if (task->state == TaskState::Done)
        return Error::refused(
                tr("Task %1 is done. Generate again to make another take.").arg(taskId));
    Provider *chosen = provider(task->request.provider);
    if (!chosen)
        return Error::refused(
                tr("The provider “%1” is not available in this build.").arg(task->request.provider));
    const bool resumePolling = !task->remoteTaskId.isEmpty()
                               && task->remoteState != RemoteState::Failed;
    if (!resumePolling && chosen->isRemote()) {
        if (const Status budget = m_ledger.checkBudget(task->estimatedCost); !budget)
            return budget.error();
    }
    task->error.clear();
    if (resumePolling) {
        task->state = TaskState::Submitted;
    } else {
        task->state = TaskState::Queued;
        task->remoteTaskId.clear();
        task->remoteState = RemoteState::Unknown;
        task->attempts = 0;
        task->submitStartedAt = {};
        task->submittedAt = {};
    }
    Result<GenerationTask> saved = save(*task);
    if (!saved)
        return saved;
    track(taskId);
    if (resumePolling)
        armTimer(taskId, 0, &GenerationService::poll);
    schedulePump();
    return saved;
}

} // namespace mt
