// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace mt {

class AssetDelegate;
class AssetFilterModel;
class AssetModel;
class EditorSession;
class InlineMessage;
struct ImportReport;

// The media bin: the current project's assets as a grid of posters or a list, filtered by kind
// and searched by name. Files and folders dropped from the file manager (or picked with
// Import…) are imported by an import job, with its progress in the panel; files it refused are
// listed with their reasons in a message the person dismisses. Assets drag out as
// `application/x-movietool-asset-ids` (to the timeline); the context menu removes them.
// Main thread; a dock's widget, made by the main window over the session.
class MediaBinPanel : public QWidget
{
    Q_OBJECT

public:
    enum class ViewMode { Grid, List };

    explicit MediaBinPanel(EditorSession &session, QWidget *parent = nullptr);
    ~MediaBinPanel() override;

    // Imports files and folders into the current project (what a drop does).
    void importPaths(const QStringList &paths);

    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_viewMode; }

    QListView *view() const { return m_view; }
    AssetModel *assetModel() const { return m_model; }
    AssetFilterModel *filterModel() const { return m_filter; }
    InlineMessage *message() const { return m_message; }
    bool isImporting() const { return !m_importJobs.isEmpty(); }

signals:
    void assetActivated(qint64 assetId); // double-click or Enter: show it in the preview
    void assetSelected(qint64 assetId);  // the current asset changed (0: none)

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildToolbar();
    void buildEmptyState();
    void onProjectChanged(qint64 projectId);
    void onImportFinished(const ImportReport &report);
    void onJobProgress(qint64 jobId, double fraction, const QString &stage);
    void chooseFiles();
    void showContextMenu(const QPoint &pos);
    void removeSelected();
    QList<qint64> selectedIds() const;
    void updateEmptyState();
    void setDropHighlight(bool on);

    EditorSession &m_session;
    AssetModel *m_model;
    AssetFilterModel *m_filter;
    AssetDelegate *m_delegate;
    ViewMode m_viewMode = ViewMode::Grid;

    QPushButton *m_importButton = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QToolButton *m_gridButton = nullptr;
    QToolButton *m_listButton = nullptr;
    InlineMessage *m_message;
    QWidget *m_progress;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QToolButton *m_cancelImport;
    QStackedWidget *m_stack;
    QListView *m_view;
    QWidget *m_empty = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_emptyAction = nullptr;

    QList<qint64> m_importJobs; // running imports started here
    QStringList m_refused;      // what they refused so far, shown when the last ends
    int m_imported = 0;
};

} // namespace mt
