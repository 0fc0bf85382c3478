// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "jobmodel.h"

#include "jobs/jobqueue.h"
#include "jobs/reviewjobs.h"

#include <QFileInfo>

namespace mt {

using namespace Qt::StringLiterals;

JobModel::JobModel(JobQueue &queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    connect(&m_queue, &JobQueue::jobAdded, this, &JobModel::onAdded);
    connect(&m_queue, &JobQueue::jobRetried, this, &JobModel::onRetried);
    connect(&m_queue, &JobQueue::jobStarted, this, &JobModel::onStarted);
    connect(&m_queue, &JobQueue::jobProgress, this, &JobModel::onProgress);
    connect(&m_queue, &JobQueue::jobFinished, this, &JobModel::onFinished);
    reload();
}

void JobModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_active.clear();
    Result<QList<JobInfo>> jobs = m_queue.jobs(std::nullopt, MaxLoadedJobs);
    if (jobs) {
        m_lastError.clear();
        for (const JobInfo &info : std::as_const(*jobs)) {
            if (m_queue.isActive(info.id))
                m_active.insert(info.id, {info.progress.fraction, info.state == JobState::Running});
            if (isShown(info))
                m_rows.append({info, -1});
        }
    } else {
        m_lastError = jobs.error().message;
    }
    endResetModel();
    emit overallChanged();
}

int JobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const JobInfo &job = row.info;
    switch (role) {
    case IdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case FractionRole:
        return job.state == JobState::Done ? 1.0 : job.progress.fraction;
    case OutputRole:
        return outputOf(job);
    case KindRole:
        return job.kind;
    case ProblemsRole:
        return problemsOf(job);
    case Qt::ToolTipRole:
        if (const int problems = problemsOf(job); problems > 0) {
            return tr("%1\n%2")
                    .arg(job.title,
                         (problems == 1
                                  ? tr("Take review found a problem: see the take's flag in the "
                                       "Takes panel.")
                                  : tr("Take review found %1 problems: see the take's flags in the "
                                       "Takes panel.")
                                            .arg(problems)));
        }
        return job.error.isEmpty() ? job.title : tr("%1\n%2").arg(job.title, job.error);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return job.title;
    case KindColumn:
        return kindText(job.kind);
    case StateColumn:
        if (const int problems = problemsOf(job); problems > 0)
            return problems == 1 ? tr("1 problem found") : tr("%1 problems found").arg(problems);
        return stateText(job.state);
    case ProgressColumn:
        return QString::number(qRound(data(index, FractionRole).toDouble() * 100)) + u'%';
    case StageColumn:
        // What went wrong matters more than the stage it went wrong in, and what a finished
        // job made more than the stage it finished in.
        if (!job.error.isEmpty())
            return job.error;
        if (job.state == JobState::Done) {
            const QString output = job.result.value(u"output"_s).toString();
            return output.isEmpty() ? QString() : QFileInfo(output).fileName();
        }
        return job.progress.stage;
    case EtaColumn:
        return job.state == JobState::Running ? etaText(row.eta) : QString();
    default:
        return {};
    }
}

QVariant JobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Job");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case StageColumn:
        return tr("Stage");
    case EtaColumn:
        return tr("Time left");
    default:
        return {};
    }
}

void JobModel::setShowBackgroundWork(bool show)
{
    if (show == m_showBackground)
        return;
    m_showBackground = show;
    reload();
}

bool JobModel::isBackgroundKind(const QString &kind)
{
    return kind == "thumbnails"_L1 || kind == "probe"_L1;
}

bool JobModel::isShown(const JobInfo &info) const
{
    return m_showBackground || !isBackgroundKind(info.kind);
}

int JobModel::rowOf(qint64 jobId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).info.id == jobId)
            return row;
    }
    return -1;
}

QString JobModel::outputOf(const JobInfo &job)
{
    if (job.state != JobState::Done)
        return {};
    const QString output = job.result.value(u"output"_s).toString();
    return !output.isEmpty() && QFileInfo::exists(output) ? output : QString();
}

int JobModel::runningCount() const
{
    int running = 0;
    for (const Active &active : m_active)
        running += active.running ? 1 : 0;
    return running;
}

double JobModel::overallFraction() const
{
    if (m_active.isEmpty())
        return 0;
    double sum = 0;
    for (const Active &active : m_active)
        sum += active.fraction;
    return sum / double(m_active.size());
}

QString JobModel::stateText(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return tr("Waiting");
    case JobState::Running:
        return tr("Running");
    case JobState::Done:
        return tr("Done");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

int JobModel::problemsOf(const JobInfo &job)
{
    if (job.kind != ReviewJobs::Kind || job.state != JobState::Done)
        return 0;
    return std::max(0, job.result.value(u"flags"_s).toInt());
}

QString JobModel::kindText(const QString &kind)
{
    if (kind == "export"_L1)
        return tr("Export");
    if (kind == "probe"_L1)
        return tr("Probe");
    if (kind == "thumbnails"_L1)
        return tr("Thumbnails");
    if (kind == "trim"_L1)
        return tr("Trim");
    if (kind == "convert"_L1)
        return tr("Convert");
    if (kind == "merge"_L1)
        return tr("Merge");
    if (kind == "analyze"_L1)
        return tr("Analysis");
    if (kind == ReviewJobs::Kind)
        return tr("Take review");
    // Kinds registered by the import and generation services.
    if (kind == "import"_L1)
        return tr("Import");
    if (kind == "storyboard"_L1)
        return tr("Storyboard");
    if (kind == "generation-import"_L1)
        return tr("Generated shot");
    return kind;
}

QString JobModel::etaText(int seconds)
{
    if (seconds < 0)
        return {};
    const int hours = seconds / 3600;
    const int minutes = (seconds / 60) % 60;
    const int secs = seconds % 60;
    if (hours > 0) {
        return u"%1:%2:%3"_s.arg(hours)
                .arg(minutes, 2, 10, QLatin1Char('0'))
                .arg(secs, 2, 10, QLatin1Char('0'));
    }
    return u"%1:%2"_s.arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
}

void JobModel::put(const JobInfo &info)
{
    const int row = rowOf(info.id);
    if (!isShown(info))
        return;
    if (row >= 0) {
        m_rows[row].info = info;
        m_rows[row].eta = -1;
        rowChanged(row);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend({info, -1});
    endInsertRows();
}

void JobModel::rowChanged(int row, int firstColumn, int lastColumn)
{
    emit dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void JobModel::onAdded(qint64 id)
{
    Result<JobInfo> info = m_queue.job(id);
    if (!info) {
        m_lastError = info.error().message;
        return;
    }
    m_active.insert(id, {0, false});
    put(*info);
    emit overallChanged();
}

void JobModel::onRetried(qint64 id)
{
    onAdded(id);
}

void JobModel::onStarted(qint64 id)
{
    m_active[id] = {0, true};
    if (const int row = rowOf(id); row >= 0) {
        JobInfo &info = m_rows[row].info;
        info.state = JobState::Running;
        info.progress = {};
        info.error.clear();
        info.result = {};
        rowChanged(row);
    }
    emit overallChanged();
}

void JobModel::onProgress(qint64 id, double fraction, const QString &stage, int etaSeconds)
{
    if (auto active = m_active.find(id); active != m_active.end())
        active->fraction = fraction;
    if (const int row = rowOf(id); row >= 0) {
        m_rows[row].info.progress = {fraction, stage};
        m_rows[row].eta = etaSeconds;
        rowChanged(row, ProgressColumn, EtaColumn);
    }
    emit overallChanged();
}

void JobModel::onFinished(qint64 id, JobState state, const QJsonObject &result, const QString &error)
{
    m_active.remove(id);
    if (const int row = rowOf(id); row >= 0) {
        JobInfo &info = m_rows[row].info;
        info.state = state;
        info.result = result;
        info.error = error;
        if (state == JobState::Done)
            info.progress.fraction = 1;
        m_rows[row].eta = -1;
        rowChanged(row);
    }
    emit overallChanged();
}

} // namespace mt
