// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "generation/generationtask.h"

#include <QAbstractListModel>
#include <QList>

namespace mt {

class GenerationService;

// The generation tasks of one project, newest first, for the generations panel: one row per task
// of the task store, kept current by the service's taskChanged signal (one row re-read, or
// inserted at the top when it is new). Besides the task it says, in words a person reads, what
// stage the task is in and what can be done with it (cancel, retry, decide on an uncertain
// submit), so the view and its tests ask the same questions.
//
// Main thread; made by the panel that shows it, over a service that outlives it.
class GenerationTaskModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        StateRole,         // mt::TaskState as int
        StageRole,         // translated stage: "Waiting for MiniMax (Hailuo)", "Failed", …
        PromptRole,        // the prompt as typed
        ProviderModelRole, // "Storyboard (offline) · card"
        DetailRole,        // provider · model · shot · take · duration, for the row's 2nd line
        CostRole,          // double, USD (estimate, 0 for free providers)
        ErrorRole,         // translated message of a failed or needs-attention task
        CanCancelRole,     // bool: queued … downloading
        CanRetryRole,      // bool: failed or cancelled
        NeedsDecisionRole, // bool: needs attention
        CanCheckAgainRole, // bool: the provider has the task (an id, not failed): retry polls it
        ResultAssetRole,   // qint64, 0 until done
        TaskRole,          // the GenerationTask (QVariant::fromValue)
    };
    Q_ENUM(Role)

    explicit GenerationTaskModel(GenerationService &service, QObject *parent = nullptr);

    void setProject(qint64 projectId);
    qint64 project() const { return m_projectId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int rowOf(qint64 taskId) const; // -1 when not listed
    const GenerationTask &task(int row) const { return m_tasks.at(row); }
    void reload();

    // The stage of a task as a person reads it (provider by its display name when registered).
    QString stageText(const GenerationTask &task) const;
    // Whether retrying the task polls the provider's task rather than submitting again.
    static bool canCheckAgain(const GenerationTask &task);
    // An amount in US dollars as the editor shows it everywhere: "$0.28" (prices are in USD
    // whatever the locale; the digits follow the locale).
    static QString money(double usd);

signals:
    void loadFailed(const QString &message);

private:
    void onTaskChanged(qint64 taskId, qint64 projectId);
    QString providerName(const QString &name) const;

    GenerationService &m_service;
    qint64 m_projectId = 0;
    QList<GenerationTask> m_tasks;
};

} // namespace mt

Q_DECLARE_METATYPE(mt::GenerationTask)
