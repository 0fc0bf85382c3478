// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
//
// GenerationService, second half: from a finished remote task to an asset on the timeline.
#include "generationservice.h"

#include "edit/timelineeditor.h"
#include "generationlog.h"
#include "jobs/jobqueue.h"
#include "jobs/reviewjobs.h"
#include "storage/database.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"
#include "storage/timelinestore.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr int DownloadTimeoutMs = 60000; // with no byte received

// Starts like MediaLibrary's temporary files, so cleanup leaves a running download alone. Ends in
// the URL's extension (".mp4"): the library keeps a file's extension for its managed name, and a
// generated shot saved as "<hash>.part" would not open by name in a player.
QString downloadPath(const QString &folder, qint64 taskId, const QUrl &url)
{
    static const QRegularExpression plain(u"^[a-z0-9]{1,8}$"_s);
    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    return folder + u"/.import-task"_s + QString::number(taskId) + u'-'
           + QString::number(QRandomGenerator::global()->generate64(), 36)
           + (plain.match(suffix).hasMatch() && suffix != u"part"_s ? u'.' + suffix : QString());
}

// From the answer's type, else the address's suffix; empty when neither says.
QString downloadExtension(const QNetworkReply *reply)
{
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    static const QList<std::pair<QString, QString>> types = {
            {u"video/mp4"_s, u"mp4"_s},
            {u"video/quicktime"_s, u"mov"_s},
            {u"video/webm"_s, u"webm"_s},
            {u"image/jpeg"_s, u"jpg"_s},
            {u"image/png"_s, u"png"_s},
            {u"image/webp"_s, u"webp"_s},
    };
    for (const auto &[mime, extension] : types) {
        if (type.startsWith(mime))
            return extension;
    }
    const QString suffix = QFileInfo(reply->url().path()).suffix().toLower();
    static const QStringList known
            = {u"mp4"_s, u"mov"_s, u"webm"_s, u"jpg"_s, u"jpeg"_s, u"png"_s, u"webp"_s};
    return known.contains(suffix) ? suffix : QString();
}

QJsonObject stagedToJson(const StagedFile &staged)
{
    return {{u"sourcePath"_s, staged.sourcePath},
            {u"relativePath"_s, staged.relativePath},
            {u"sha256"_s, staged.sha256},
            {u"fileSize"_s, staged.fileSize},
            {u"info"_s, staged.info.toJson()},
            {u"createdNow"_s, staged.createdNow}};
}

StagedFile stagedFromJson(const QJsonObject &json)
{
    StagedFile staged;
    staged.sourcePath = json.value(u"sourcePath"_s).toString();
    staged.relativePath = json.value(u"relativePath"_s).toString();
    staged.sha256 = json.value(u"sha256"_s).toString();
    staged.fileSize = json.value(u"fileSize"_s).toInteger();
    staged.info = MediaInfo::fromJson(json.value(u"info"_s).toObject());
    staged.createdNow = json.value(u"createdNow"_s).toBool();
    return staged;
}

} // namespace

void GenerationService::registerImportJob()
{
    const LibraryPaths paths = m_library.paths();
    m_jobs.registerKind(QString(ImportJobKind),
                        JobQueue::Pool::Light,
                        [paths](const QJsonObject &params) -> Result<JobQueue::Work> {
                            const QString path = params.value(u"path"_s).toString();
                            if (path.isEmpty())
                                return Error::refused(
                                        tr("An import of a generation needs a file."));
                            MediaLibrary::Limits limits;
                            limits.maxFileSize = params.value(u"maxFileSize"_s).toInteger();
                            limits.quotaBytes = params.value(u"quotaBytes"_s).toInteger();
                            limits.usedBytes = params.value(u"usedBytes"_s).toInteger();
                            const bool removeAfter = params.value(u"removeAfter"_s).toBool();
                            return JobQueue::Work([=](JobContext &) -> Result<QJsonObject> {
                                Result<StagedFile> staged = MediaLibrary::stage(path,
                                                                                paths.outputs(),
                                                                                paths,
                                                                                limits,
                                                                                {MediaKind::Video,
                                                                                 MediaKind::Image});
                                if (removeAfter)
                                    QFile::remove(path);
                                if (!staged)
                                    return staged.error();
                                return stagedToJson(*staged);
                            });
                        });
}

void GenerationService::resolve(qint64 taskId)
{
    const auto work = m_work.find(taskId);
    if (work == m_work.end())
        return;
    Result<GenerationTask> task = m_tasks.get(taskId);
    Provider *chosen = task ? provider(task->request.provider) : nullptr;
    if (!chosen)
        return;
    if (const qint64 slotMs = acquireSlot(*chosen); slotMs > 0) {
        armTimer(taskId, slotMs, &GenerationService::resolve);
        return;
    }
    work->second.callPending = true;
    QPointer<GenerationService> self(this);
    chosen->resolveDownload(task->remoteTaskId,
                            work->second.status,
                            [self, taskId](ProviderResult<QUrl> url) {
                                if (!self)
                                    return;
                                const auto found = self->m_work.find(taskId);
                                if (found == self->m_work.end())
                                    return;
                                found->second.callPending = false;
                                if (!url) {
                                    if (url.error().isRetryable())
                                        self->retryLater(taskId,
                                                         url.error(),
                                                         &GenerationService::resolve);
                                    else
                                        self->fail(taskId,
                                                   url.error().message,
                                                   RemoteState::Succeeded);
                                    return;
                                }
                                self->download(taskId, *url);
                            });
}

void GenerationService::download(qint64 taskId, const QUrl &url)
{
    const auto work = m_work.find(taskId);
    if (work == m_work.end())
        return;
    const Result<GenerationTask> task = m_tasks.get(taskId);
    Provider *chosen = task ? provider(task->request.provider) : nullptr;
    if (url.isLocalFile() && chosen && !chosen->isRemote()) {
        // A local provider's result: no transfer, the import moves it into place.
        import(taskId, url.toLocalFile(), true);
        return;
    }
    if (url.isLocalFile()) {
        // A server's answer never names a file on this machine.
        fail(taskId,
             tr("The provider gave a download address that is not on the web. The video "
                "was not downloaded."),
             RemoteState::Succeeded);
        return;
    }
    if (url.scheme() != u"https"_s && !isAllowedBaseUrl(url)) {
        fail(taskId,
             tr("The provider gave a download address that is not secure (%1). The "
                "video was not downloaded.")
                     .arg(url.scheme()),
             RemoteState::Succeeded);
        return;
    }
    const QString folder = m_library.paths().outputs();
    if (!QDir().mkpath(folder)) {
        fail(taskId,
             tr("Could not create the folder %1. Check the library's permissions.").arg(folder),
             RemoteState::Succeeded);
        return;
    }
    const QString tempPath = downloadPath(folder, taskId, url);
    auto file = std::make_shared<QFile>(tempPath);
    if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        fail(taskId,
             tr("Could not write into the library (%1): %2.").arg(folder, file->errorString()),
             RemoteState::Succeeded);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(DownloadTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    work->second.reply = reply;
    work->second.downloadPath = tempPath;
    work->second.callPending = true;
    ++work->second.downloadAttempts;
    const qint64 cap = std::min<qint64>(MaxDownloadBytes,
                                        m_library.settings().maxImportFileSize() > 0
                                                ? m_library.settings().maxImportFileSize()
                                                : MaxDownloadBytes);
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [reply, file, cap, tooLarge] {
        const QByteArray bytes = reply->readAll();
        if (file->size() + bytes.size() > cap) {
            *tooLarge = true;
            reply->abort();
            return;
        }
        file->write(bytes);
    });
    connect(reply,
            &QNetworkReply::finished,
            this,
            [this, taskId, reply, file, tempPath, tooLarge, cap] {
                reply->deleteLater();
                if (reply->bytesAvailable() > 0 && !*tooLarge)
                    file->write(reply->readAll());
                file->close();
                if (*tooLarge) {
                    QFile::remove(tempPath);
                    fail(taskId,
                         tr("The generated file is larger than %1 MB, the most the library "
                            "downloads. Raise the import limit in the library settings and retry.")
                                 .arg(cap / (1024 * 1024)),
                         RemoteState::Succeeded);
                    return;
                }
                onDownloaded(taskId, reply, tempPath);
            });
}

void GenerationService::dropDownload(Work &work)
{
    if (work.reply) {
        work.reply->disconnect(this);
        work.reply->abort();
        work.reply->deleteLater();
        work.reply = nullptr;
    }
    if (!work.downloadPath.isEmpty()) {
        QFile::remove(work.downloadPath);
        work.downloadPath.clear();
    }
}

void GenerationService::onDownloaded(qint64 taskId, QNetworkReply *reply, const QString &tempPath)
{
    const auto work = m_work.find(taskId);
    if (work == m_work.end()) {
        QFile::remove(tempPath);
        return;
    }
    work->second.callPending = false;
    work->second.reply = nullptr;
    work->second.downloadPath.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A connection closed early can end without an error: compare with the announced length
    // (unless the body came compressed, when the length is the compressed one).
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const bool cutShort = announced.isValid() && (encoding.isEmpty() || encoding == "identity")
                          && QFileInfo(tempPath).size() != announced.toLongLong();
    const bool ok = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300
                    && !cutShort;
    const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (ok && (type.startsWith("text/") || type.contains("json") || type.contains("xml"))) {
        // A web page or an error document where the video should be: never imported.
        QFile::remove(tempPath);
        fail(taskId,
             tr("The download link answered with a document (%1) instead of the generated "
                "video, so nothing was added. Retry the task later; it will not be generated "
                "twice.")
                     .arg(QString::fromLatin1(type.split(';').first().trimmed())),
             RemoteState::Succeeded);
        return;
    }
    if (ok) {
        // The library names a file by its hash and this extension; the probe decides the rest.
        const QString extension = downloadExtension(reply);
        QString named = tempPath;
        if (!extension.isEmpty()) {
            named.chop(int(qstrlen(".part")));
            named += u'.' + extension;
            if (!QFile::rename(tempPath, named))
                named = tempPath;
        }
        import(taskId, named, true);
        return;
    }
    QFile::remove(tempPath);
    if (reply->error() == QNetworkReply::OperationCanceledError && work->second.cancelRequested)
        return;
    qCWarning(lcGeneration) << "download of task" << taskId << "failed: HTTP" << status
                            << reply->error() << (cutShort ? "cut short" : "");
    if (work->second.downloadAttempts >= MaxDownloadAttempts) {
        fail(taskId,
             tr("The generated video could not be downloaded (%1). Retry the task to try "
                "again; it will not be generated twice.")
                     .arg(cutShort
                                  ? tr("the transfer ended early, %1 times").arg(MaxDownloadAttempts)
                          : status > 0 ? u"HTTP %1"_s.arg(status)
                                       : reply->errorString()),
             RemoteState::Succeeded);
        return;
    }
    ProviderError error;
    error.kind = status >= 500 ? ProviderErrorKind::Server : ProviderErrorKind::Network;
    error.code = u"HTTP %1"_s.arg(status);
    if (status == 403 || status == 404 || status == 410) {
        // An expired link: ask the provider for a fresh one.
        retryLater(taskId, error, &GenerationService::resolve);
        return;
    }
    retryLater(taskId, error, &GenerationService::resolve);
}

void GenerationService::import(qint64 taskId, const QString &path, bool removeAfter)
{
    const auto work = m_work.find(taskId);
    if (work == m_work.end())
        return;
    const Result<MediaLibrary::Limits> limits = m_library.media().limits();
    if (!limits) {
        fail(taskId, limits.error().message, RemoteState::Succeeded);
        return;
    }
    const Result<GenerationTask> task = m_tasks.get(taskId);
    const Result<qint64> job = m_jobs.submit(QString(ImportJobKind),
                                             tr("Import generated shot (task %1)").arg(taskId),
                                             {{u"path"_s, path},
                                              {u"removeAfter"_s, removeAfter},
                                              {u"maxFileSize"_s, limits->maxFileSize},
                                              {u"quotaBytes"_s, limits->quotaBytes},
                                              {u"usedBytes"_s, limits->usedBytes},
                                              {u"task"_s, taskId}},
                                             task ? task->projectId : 0);
    if (!job) {
        fail(taskId, job.error().message, RemoteState::Succeeded);
        return;
    }
    work->second.callPending = true;
    work->second.importJobId = *job;
    m_importJobs.insert(*job, taskId);
}

void GenerationService::onImported(qint64 jobId, const QJsonObject &result, const QString &error)
{
    const qint64 taskId = m_importJobs.take(jobId);
    const auto work = m_work.find(taskId);
    if (taskId == 0 || work == m_work.end())
        return;
    work->second.callPending = false;
    Result<GenerationTask> task = m_tasks.get(taskId);
    if (!task)
        return;
    if (!error.isEmpty() || result.isEmpty()) {
        fail(taskId,
             tr("The generated file could not be added to the library: %1").arg(error),
             RemoteState::Succeeded);
        return;
    }
    if (const Status finished = finish(task.value(), result); !finished)
        fail(taskId, finished.error().message, RemoteState::Succeeded);
}

Status GenerationService::finish(GenerationTask &task, const QJsonObject &stagedJson)
{
    Provider *chosen = provider(task.request.provider);
    const bool local = chosen && !chosen->isRemote();
    const StagedFile staged = stagedFromJson(stagedJson);
    const Result<MediaLibrary::Imported> imported
            = m_library.media().registerAsset(task.projectId,
                                              staged,
                                              local ? AssetOrigin::Storyboard
                                                    : AssetOrigin::Generated);
    if (!imported)
        return imported.error();
    const qint64 assetId = imported->asset.id;
    const auto work = m_work.find(task.id);
    const RemoteStatus status = work != m_work.end() ? work->second.status : RemoteStatus{};
    {
        Transaction transaction(m_library.database());
        if (!transaction.ok())
            return transaction.error();
        if (status.seed && !task.request.seed)
            task.request.seed = status.seed;
        if (const Status recorded = recordProvenance(task, assetId); !recorded)
            return recorded;
        if (chosen && chosen->isRemote()) {
            const double amount = status.cost.value_or(task.estimatedCost);
            if (const Status spent = m_ledger.record(task.id,
                                                     task.projectId,
                                                     task.request.provider,
                                                     task.request.model,
                                                     amount);
                !spent)
                return spent;
        }
        task.resultAssetId = assetId;
        if (const Result<GenerationTask> saved = m_tasks.update(task); !saved)
            return saved.error();
        if (const Status committed = transaction.commit(); !committed)
            return committed;
    }
    // The clip is an edit of its own (undoable); the asset stays in the bin if it is refused.
    const Result<qint64> clip = place(task, assetId);
    task.state = TaskState::Done;
    task.error = clip ? QString()
                      : tr("The shot was generated and is in the media bin, but it could not be "
                           "put on the timeline: %1")
                                 .arg(clip.error().message);
    Result<GenerationTask> saved = save(task);
    if (!saved)
        return saved.error();
    queueReview(*saved, imported->asset);
    settle(*saved);
    return {};
}

void GenerationService::queueReview(const GenerationTask &task, const Asset &asset)
{
    // The take is on the timeline already; its review runs beside whatever the person does next,
    // and a review that cannot be queued or fails leaves the take as it is, only unchecked.
    if (asset.kind != MediaKind::Video || !m_jobs.hasKind(ReviewJobs::Kind))
        return;
    const GenerationRequest &request = task.request;
    TakeExpectations expected;
    if (request.duration > 0)
        expected.duration = request.duration;
    Provider *chosen = provider(request.provider);
    if (chosen) {
        expected.size = chosen->promisedFrameSize(request);
        expected.audioRequested = chosen->promisesSound(request);
    }
    // A title card without camera moves holds still by design: not a frozen take.
    const bool still = chosen && !chosen->isRemote() && request.cameraMoves.isEmpty();
    // Only a picture a generated take was asked to start from is compared with its first frame:
    // a character's portrait for likeness (s2v) is framed unlike the shot, and a title card
    // (local) lays the picture out beside its text.
    if (request.mode == GenerationMode::ImageToVideo && chosen && chosen->isRemote()) {
        expected.referenceImagePath = !request.firstFramePath.isEmpty()
                                              ? request.firstFramePath
                                              : request.characterImagePath;
        if (!QFileInfo(expected.referenceImagePath).isReadable())
            expected.referenceImagePath.clear();
    }
    const Result<qint64> job = ReviewJobs::submit(m_jobs,
                                                  task.projectId,
                                                  asset.id,
                                                  asset.originalName,
                                                  expected,
                                                  still);
    if (!job)
        qCWarning(lcGeneration) << "no review of task" << task.id << ":" << job.error().message;
}

Result<qint64> GenerationService::place(const GenerationTask &task, qint64 assetId)
{
    qint64 clipId = task.replacedClipId;
    if (clipId <= 0) {
        // Takes of one batch share a clip: the newest shows, the others stay as alternates.
        const qint64 group = task.request.takeOfTaskId > 0 ? task.request.takeOfTaskId : task.id;
        QSet<qint64> siblingAssets;
        const Result<QList<GenerationTask>> all = m_tasks.list(task.projectId);
        if (all) {
            for (const GenerationTask &other : *all) {
                const qint64 otherGroup = other.request.takeOfTaskId > 0
                                                  ? other.request.takeOfTaskId
                                                  : other.id;
                if (other.id != task.id && otherGroup == group && other.resultAssetId > 0)
                    siblingAssets.insert(other.resultAssetId);
            }
        }
        if (!siblingAssets.isEmpty()) {
            const Result<Timeline> timeline = TimelineStore(m_library.database())
                                                      .load(task.projectId);
            if (timeline) {
                for (const Clip &clip : timeline->clips) {
                    if (siblingAssets.contains(clip.assetId)) {
                        clipId = clip.id;
                        break;
                    }
                }
            }
        }
    }
    if (clipId > 0) {
        const Result<Clip> clip = m_timeline.store().clip(clipId);
        if (clip && clip->assetId == assetId)
            return clipId;
        const Result<Clip> replaced = m_timeline.replaceAsset(clipId, assetId);
        if (replaced)
            return replaced->id;
        if (task.replacedClipId > 0)
            return replaced.error();
        // The sibling's clip went away meanwhile: fall through and append.
    }
    ClipDraft draft;
    draft.assetId = assetId;
    const Result<Clip> added = m_timeline.addClip(task.projectId, draft);
    if (!added)
        return added.error();
    return added->id;
}

Status GenerationService::recordProvenance(const GenerationTask &task, qint64 assetId)
{
    QJsonObject params = task.parametersSent;
    const GenerationRequest &request = task.request;
    params.insert(u"mode"_s, generationModeName(request.mode));
    params.insert(u"cameraMoves"_s, QJsonArray::fromStringList(request.cameraMoves));
    params.insert(u"duration"_s, request.duration);
    params.insert(u"resolution"_s, request.resolution);
    params.insert(u"promptOptimizer"_s, request.promptOptimizer);
    params.insert(u"take"_s, request.takeIndex + 1);
    params.insert(u"cost"_s, task.estimatedCost);
    params.insert(u"request"_s, request.toJson());
    if (request.characterId > 0)
        params.insert(u"character"_s, request.characterId);
    if (request.variationOfAssetId > 0)
        params.insert(u"variationOf"_s, request.variationOfAssetId);
    QJsonArray references;
    if (request.firstFrameAssetId > 0)
        references.append(request.firstFrameAssetId);
    if (request.variationOfAssetId > 0)
        references.append(request.variationOfAssetId);
    const Result<QSqlQuery> query = sql::exec(
            m_library.database().connection(),
            u"INSERT OR REPLACE INTO asset_provenance (asset_id, task_id, provider, model, prompt, "
            u"params, seed, reference_assets, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {assetId,
             task.id,
             request.provider,
             request.model,
             task.promptSent.isEmpty() ? request.prompt : task.promptSent,
             QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)),
             request.seed ? QVariant(*request.seed) : QVariant(),
             QString::fromUtf8(QJsonDocument(references).toJson(QJsonDocument::Compact)),
             sql::nowMs()});
    if (!query)
        return query.error();
    return {};
}

} // namespace mt
