// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storyboardprovider.h"

#include "jobs/jobqueue.h"
#include "media/storyboardrenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTimer>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

StoryboardCard cardFor(const GenerationRequest &request)
{
    StoryboardCard card;
    card.shotNumber = std::max(1, request.shotNumber);
    card.take = request.takeIndex + 1;
    card.prompt = request.prompt;
    card.cameraMoves = request.cameraMoves;
    card.characterName = request.characterName;
    card.picturePath = !request.firstFramePath.isEmpty() ? request.firstFramePath
                                                         : request.characterImagePath;
    card.width = request.frameSize.width();
    card.height = request.frameSize.height();
    card.frameRate = request.frameRate;
    card.duration = request.duration;
    return card;
}

ProviderError unavailable(const QString &message)
{
    return ProviderError{ProviderErrorKind::Unavailable, message, {}};
}

} // namespace

StoryboardProvider::StoryboardProvider(JobQueue &jobs, const QString &workFolder, QObject *parent)
    : Provider(parent)
    , m_jobs(jobs)
    , m_workFolder(workFolder)
{
    registerJobKind(jobs);
}

void StoryboardProvider::registerJobKind(JobQueue &jobs)
{
    jobs.registerKind(QString(JobKind),
                      JobQueue::Pool::Heavy,
                      [](const QJsonObject &params) -> Result<JobQueue::Work> {
                          const StoryboardCard card = StoryboardCard::fromJson(
                                  params.value(u"card"_s).toObject());
                          const QString output = params.value(u"output"_s).toString();
                          if (output.isEmpty())
                              return Error::refused(tr("A storyboard shot needs a file to write."));
                          if (Status valid = StoryboardRenderer::check(card); !valid)
                              return valid.error();
                          // Text is drawn here, on the main thread; the worker only composes.
                          const QImage overlay = StoryboardRenderer::overlay(card);
                          return JobQueue::Work([=](JobContext &job) {
                              return StoryboardRenderer::write(card, overlay, output, job);
                          });
                      });
}

QList<ProviderModel> StoryboardProvider::models() const
{
    ProviderModel model;
    model.id = QString(ModelId);
    model.displayName = tr("Title card");
    model.modes = {GenerationMode::TextToVideo,
                   GenerationMode::ImageToVideo,
                   GenerationMode::SubjectToVideo};
    // "project": the project's own picture size; any duration up to a minute is accepted.
    model.resolutions = {{u"project"_s, {3, 4, 5, 6, 8, 10}}};
    model.defaultResolution = u"project"_s;
    model.defaultDuration = 6;
    model.cameraMoves = true;
    model.maxCameraMoves = 3;
    model.maxPromptLength = MaxPromptLength;
    return {model};
}

QString StoryboardProvider::defaultModel(GenerationMode mode) const
{
    return isVideoMode(mode) ? QString(ModelId) : QString();
}

ProviderLimits StoryboardProvider::limits() const
{
    ProviderLimits limits;
    limits.requestsPerMinute = 0; // local: no service to protect
    limits.maxTasksInFlight = 2;
    limits.pollIntervalMs = 200;
    limits.maxWaitSeconds = 1800;
    return limits;
}

Status StoryboardProvider::validate(const GenerationRequest &request) const
{
    if (!isVideoMode(request.mode))
        return Error::refused(tr("The storyboard makes video shots (t2v, i2v, s2v), not %1.")
                                      .arg(generationModeName(request.mode)));
    if (request.prompt.size() > MaxPromptLength)
        return Error::refused(tr("The prompt has %1 characters; shorten it to %2 or fewer.")
                                      .arg(request.prompt.size())
                                      .arg(MaxPromptLength));
    if (request.cameraMoves.size() > 3)
        return Error::refused(tr("Pick at most 3 camera moves for one shot."));
    if (request.mode == GenerationMode::ImageToVideo && request.firstFramePath.isEmpty())
        return Error::refused(tr("Image to video needs a first frame: give an image asset "
                                 "(--first-frame) or a character (--character)."));
    if (request.mode == GenerationMode::SubjectToVideo && request.characterImagePath.isEmpty())
        return Error::refused(tr("Subject to video needs a character with a reference image "
                                 "(--character)."));
    const QString picture = !request.firstFramePath.isEmpty() ? request.firstFramePath
                                                              : request.characterImagePath;
    if (!picture.isEmpty() && !QImageReader(picture).canRead())
        return Error::refused(tr("%1 is not a picture the storyboard can read (use JPEG, PNG or "
                                 "WebP).")
                                      .arg(QFileInfo(picture).fileName()));
    return StoryboardRenderer::check(cardFor(request));
}

template<typename T>
void StoryboardProvider::later(Callback<T> done, ProviderResult<T> result)
{
    // The contract: answers come later, never from inside the call.
    QTimer::singleShot(0, this, [done = std::move(done), result = std::move(result)] {
        done(result);
    });
}

void StoryboardProvider::submit(const GenerationRequest &request, Callback<SubmitReceipt> done)
{
    if (!QDir().mkpath(m_workFolder)) {
        later(std::move(done),
              ProviderResult<SubmitReceipt>(
                      unavailable(tr("Could not create the folder %1.").arg(m_workFolder))));
        return;
    }
    const StoryboardCard card = cardFor(request);
    const QString output = m_workFolder + u"/storyboard-"_s
                           + QString::number(QRandomGenerator::global()->generate64(), 36)
                           + u".mp4"_s;
    const Result<qint64> job = m_jobs.submit(QString(JobKind),
                                             tr("Storyboard shot %1").arg(card.shotNumber),
                                             {{u"card"_s, card.toJson()}, {u"output"_s, output}},
                                             request.projectId);
    if (!job) {
        later(std::move(done), ProviderResult<SubmitReceipt>(unavailable(job.error().message)));
        return;
    }
    QString prompt = request.prompt;
    if (!request.cameraMoves.isEmpty())
        prompt += u" ["_s + request.cameraMoves.join(u", "_s) + u']';
    QJsonObject parameters = card.toJson();
    parameters.insert(u"picture"_s, QFileInfo(card.picturePath).fileName());
    later(std::move(done),
          ProviderResult<SubmitReceipt>(
                  SubmitReceipt{u"job-"_s + QString::number(*job), prompt, parameters}));
}

void StoryboardProvider::poll(const QString &remoteTaskId, Callback<RemoteStatus> done)
{
    const qint64 jobId = remoteTaskId.startsWith(u"job-"_s) ? remoteTaskId.mid(4).toLongLong() : 0;
    const Result<JobInfo> job = m_jobs.job(jobId);
    if (!job) {
        later(std::move(done),
              ProviderResult<RemoteStatus>(
                      ProviderError{ProviderErrorKind::NotFound,
                                    tr("The storyboard job %1 is gone.").arg(remoteTaskId),
                                    {}}));
        return;
    }
    RemoteStatus status;
    status.progress = job->progress.fraction;
    switch (job->state) {
    case JobState::Queued:
        status.state = RemoteStatus::State::Queued;
        break;
    case JobState::Running:
        status.state = RemoteStatus::State::Processing;
        break;
    case JobState::Done:
        status.state = RemoteStatus::State::Succeeded;
        status.downloadUrl = QUrl::fromLocalFile(job->result.value(u"output"_s).toString());
        status.cost = 0;
        break;
    default:
        status.state = RemoteStatus::State::Failed;
        status.error = unavailable(job->error.isEmpty()
                                           ? tr("The storyboard shot was not rendered (%1).")
                                                     .arg(jobStateName(job->state))
                                           : job->error);
        break;
    }
    later(std::move(done), ProviderResult<RemoteStatus>(status));
}

void StoryboardProvider::resolveDownload(const QString &,
                                         const RemoteStatus &status,
                                         Callback<QUrl> done)
{
    if (!status.downloadUrl.isLocalFile() || !QFileInfo::exists(status.downloadUrl.toLocalFile())) {
        later(std::move(done),
              ProviderResult<QUrl>(
                      ProviderError{ProviderErrorKind::NotFound,
                                    tr("The rendered storyboard shot is missing; retry the "
                                       "task to render it again."),
                                    {}}));
        return;
    }
    later(std::move(done), ProviderResult<QUrl>(status.downloadUrl));
}

void StoryboardProvider::checkAccess(Callback<Access> done)
{
    later(std::move(done),
          ProviderResult<Access>(Access{false, true, true, tr("Works offline; needs no key.")}));
}

} // namespace mt
