// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "setting.h"

#include <QList>
#include <QWidget>

#include <utility>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace mt {

class EditorSession;
class JobModel;

// The Jobs dock: every export and media job with a progress bar, its stage and time left; cancel
// what waits or runs, retry what failed, was cancelled or interrupted, and open the file a done
// job wrote. The many per-asset probe and thumbnail jobs are hidden unless "Show background work"
// is ticked. A take review that found problems shows the warning mark and "2 problems found" as
// its state. Main thread; owned by its dock in the main window.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    static inline const Setting<bool> ShowBackgroundWork{"jobs/showBackgroundWork", false};

    explicit JobsPanel(EditorSession &session, QWidget *parent = nullptr);

    JobModel &model() { return *m_model; }
    QTreeView *view() const { return m_view; }

public slots:
    // Act on the selected job.
    void cancelSelected();
    void retrySelected();
    void openSelectedResult();

private:
    qint64 selectedJob() const;
    void updateActions();
    void showProblem(const QString &message);
    void syncContextActions();

    EditorSession &m_session;
    JobModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_background = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_open = nullptr;
    QList<std::pair<QPushButton *, QAction *>> m_contextActions;
};

} // namespace mt
