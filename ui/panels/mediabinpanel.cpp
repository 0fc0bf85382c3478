// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mediabinpanel.h"

#include "assetdelegate.h"
#include "editorsession.h"
#include "inlinemessage.h"
#include "jobs/importjobs.h"
#include "jobs/jobqueue.h"
#include "models/assetfiltermodel.h"
#include "models/assetmodel.h"
#include "models/reviewtracker.h"
#include "storage/library.h"
#include "storage/medialibrary.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// The local files and folders a drag from the file manager carries.
QStringList localPaths(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && !url.toLocalFile().isEmpty())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MediaBinPanel::MediaBinPanel(EditorSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AssetModel(session.library().assets(), &session.previews(), this))
    , m_filter(new AssetFilterModel(this))
    , m_delegate(new AssetDelegate(this))
    , m_message(new InlineMessage(this))
    , m_progress(new QWidget(this))
    , m_progressLabel(new QLabel(m_progress))
    , m_progressBar(new QProgressBar(m_progress))
    , m_cancelImport(new QToolButton(m_progress))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
{
    setObjectName(u"mediaBinPanel"_s);
    setAccessibleName(tr("Media bin"));
    setAcceptDrops(true);
    // Takes that review flagged carry a warning badge and their sentences in the tooltip.
    m_model->setReviewTracker(new ReviewTracker(session.library().database(),
                                                session.jobs(),
                                                session.history(),
                                                this));
    m_filter->setSourceModel(m_model);

    m_view->setObjectName(u"mediaBinView"_s);
    m_view->setAccessibleName(tr("Media of the project"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    // Drops from the file manager are the panel's: the view only drags out.
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    m_view->setMouseTracking(true);
    m_view->setUniformItemSizes(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);
    setViewMode(ViewMode::Grid);

    m_progress->setObjectName(u"importProgress"_s);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(8);
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressLabel->setAccessibleName(tr("Import status"));
    m_cancelImport->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    m_cancelImport->setAutoRaise(true);
    m_cancelImport->setToolTip(tr("Cancel the import"));
    m_cancelImport->setAccessibleName(tr("Cancel the import"));
    auto *progressLayout = new QGridLayout(m_progress);
    progressLayout->setContentsMargins(2, 0, 2, 0);
    progressLayout->setVerticalSpacing(2);
    progressLayout->addWidget(m_progressLabel, 0, 0);
    progressLayout->addWidget(m_progressBar, 1, 0);
    progressLayout->addWidget(m_cancelImport, 0, 1, 2, 1);
    m_progress->hide();

    buildEmptyState();
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    buildToolbar();
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_importButton);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_kind);
    toolbar->addSpacing(4);
    toolbar->addWidget(m_gridButton);
    toolbar->addWidget(m_listButton);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        emit assetActivated(index.data(AssetModel::AssetIdRole).toLongLong());
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) {
                emit assetSelected(
                        current.isValid() ? current.data(AssetModel::AssetIdRole).toLongLong() : 0);
            });
    connect(m_view, &QListView::customContextMenuRequested, this, &MediaBinPanel::showContextMenu);
    auto *remove = new QAction(tr("Remove from Project"), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &MediaBinPanel::removeSelected);
    m_view->addAction(remove);
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        for (qint64 job : std::as_const(m_importJobs))
            m_session.jobs().cancel(job);
    });
    connect(m_model, &AssetModel::loadFailed, this, [this](const QString &why) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The media could not be listed."),
                               {why});
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &MediaBinPanel::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MediaBinPanel::updateEmptyState);
    connect(&m_session.imports(),
            &ImportJobs::importFinished,
            this,
            &MediaBinPanel::onImportFinished);
    connect(&m_session.jobs(),
            &JobQueue::jobProgress,
            this,
            [this](qint64 id, double fraction, const QString &stage) {
                onJobProgress(id, fraction, stage);
            });
    connect(&m_session.currentProject(),
            &CurrentProject::changed,
            this,
            &MediaBinPanel::onProjectChanged);
    onProjectChanged(m_session.currentProject().id());
}

MediaBinPanel::~MediaBinPanel() = default;

void MediaBinPanel::buildToolbar()
{
    m_importButton = new QPushButton(tr("Import…"), this);
    m_importButton->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_importButton->setToolTip(tr("Import video, images and sound into the project"));
    m_importButton->setAccessibleName(tr("Import media"));
    connect(m_importButton, &QPushButton::clicked, this, &MediaBinPanel::chooseFiles);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search media"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search media by name"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateEmptyState();
    });

    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Show media of kind"));
    m_kind->addItem(tr("All media"), int(AssetFilterModel::Show::All));
    m_kind->addItem(tr("Video"), int(AssetFilterModel::Show::Video));
    m_kind->addItem(tr("Images"), int(AssetFilterModel::Show::Images));
    m_kind->addItem(tr("Audio"), int(AssetFilterModel::Show::Audio));
    m_kind->addItem(tr("Storyboard cards"), int(AssetFilterModel::Show::Storyboard));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setShow(AssetFilterModel::Show(m_kind->currentData().toInt()));
        updateEmptyState();
    });

    const auto modeButton = [this](const QString &tip, QStyle::StandardPixmap icon, ViewMode mode) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setIcon(style()->standardIcon(icon));
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        connect(button, &QToolButton::clicked, this, [this, mode] { setViewMode(mode); });
        return button;
    };
    m_gridButton = modeButton(tr("Show as a grid"),
                              QStyle::SP_FileDialogContentsView,
                              ViewMode::Grid);
    m_listButton = modeButton(tr("Show as a list"),
                              QStyle::SP_FileDialogDetailedView,
                              ViewMode::List);
    m_gridButton->setChecked(m_viewMode == ViewMode::Grid);
    m_listButton->setChecked(m_viewMode == ViewMode::List);
}

void MediaBinPanel::buildEmptyState()
{
    auto *empty = new QFrame(this);
    empty->setObjectName(u"mediaBinEmpty"_s);
    // A drop zone that looks like one: the dashed outline file managers and editors use.
    empty->setStyleSheet(u"QFrame#mediaBinEmpty { border: 2px dashed palette(mid); "
                         "border-radius: 10px; }"_s);
    m_empty = empty;
    auto *symbol = new QLabel(m_empty);
    symbol->setAlignment(Qt::AlignCenter);
    symbol->setPixmap(style()->standardIcon(QStyle::SP_DirOpenIcon).pixmap(48, 48));
    m_emptyTitle = new QLabel(m_empty);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    QFont title = m_emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_emptyTitle->setFont(title);
    m_emptyHint = new QLabel(m_empty);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyAction = new QPushButton(m_empty);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() > 0) { // the filter hides everything: clear it
            m_search->clear();
            m_kind->setCurrentIndex(0);
        } else {
            chooseFiles();
        }
    });
    auto *layout = new QVBoxLayout(m_empty);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(10);
    layout->addStretch(1);
    layout->addWidget(symbol);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void MediaBinPanel::setViewMode(ViewMode mode)
{
    m_viewMode = mode;
    if (mode == ViewMode::Grid) {
        m_delegate->setLayout(AssetDelegate::Layout::Grid);
        m_view->setViewMode(QListView::IconMode);
        m_view->setFlow(QListView::LeftToRight);
        m_view->setWrapping(true);
        m_view->setResizeMode(QListView::Adjust);
        m_view->setSpacing(4);
    } else {
        m_delegate->setLayout(AssetDelegate::Layout::List);
        m_view->setViewMode(QListView::ListMode);
        m_view->setFlow(QListView::TopToBottom);
        m_view->setWrapping(false);
        m_view->setSpacing(0);
    }
    // IconMode turns on moving items around; the bin keeps the project's order and drags out.
    m_view->setMovement(QListView::Static);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setAcceptDrops(false);
    m_view->viewport()->setAcceptDrops(false);
    if (m_gridButton) {
        m_gridButton->setChecked(mode == ViewMode::Grid);
        m_listButton->setChecked(mode == ViewMode::List);
    }
    m_view->doItemsLayout();
}

void MediaBinPanel::onProjectChanged(qint64 projectId)
{
    m_model->setProjectId(projectId);
    m_importButton->setEnabled(projectId > 0);
    m_message->dismiss();
    updateEmptyState();
}

void MediaBinPanel::updateEmptyState()
{
    const bool hasProject = m_model->projectId() > 0;
    if (m_filter->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!hasProject) {
        m_emptyTitle->setText(tr("No project open"));
        m_emptyHint->setText(tr("Create or open a project, then drop footage, stills and music "
                                "here."));
        m_emptyAction->hide();
    } else if (m_model->rowCount() == 0 && isImporting()) {
        m_emptyTitle->setText(tr("Importing your media…"));
        m_emptyHint->setText(tr("The files appear here once all of them are copied into the "
                                "library."));
        m_emptyAction->hide();
    } else if (m_model->rowCount() == 0) {
        m_emptyTitle->setText(tr("Drop footage, stills and music here"));
        m_emptyHint->setText(tr("Files or whole folders, from your file manager. Video, images "
                                "and sound are copied into the library; anything else is listed "
                                "with the reason."));
        m_emptyAction->setText(tr("Import…"));
        m_emptyAction->setAccessibleName(tr("Import media"));
        m_emptyAction->show();
    } else {
        m_emptyTitle->setText(tr("Nothing matches"));
        m_emptyHint->setText(tr("No media of this project matches the search or the kind "
                                "chosen."));
        m_emptyAction->setText(tr("Show all media"));
        m_emptyAction->setAccessibleName(tr("Show all media"));
        m_emptyAction->show();
    }
    m_stack->setCurrentWidget(m_empty);
}

void MediaBinPanel::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const qint64 projectId = m_session.currentProject().id();
    if (projectId <= 0) {
        m_message->showMessage(InlineMessage::Level::Warning,
                               tr("No project is open."),
                               {tr("Create or open a project first, then import into it.")});
        return;
    }
    const Result<qint64> job = m_session.imports().import(projectId, paths);
    if (!job) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The import could not start."),
                               {job.error().message});
        return;
    }
    if (m_importJobs.isEmpty()) {
        m_refused.clear();
        m_imported = 0;
        m_message->dismiss();
    }
    m_importJobs.append(*job);
    m_progressBar->setValue(0);
    m_progressLabel->setText(tr("Importing %n item(s)…", nullptr, int(paths.size())));
    m_progress->show();
    updateEmptyState();
}

void MediaBinPanel::onJobProgress(qint64 jobId, double fraction, const QString &stage)
{
    if (!m_importJobs.contains(jobId))
        return;
    m_progressBar->setValue(int(fraction * 1000));
    if (!stage.isEmpty())
        m_progressLabel->setText(stage);
}

void MediaBinPanel::onImportFinished(const ImportReport &report)
{
    if (!m_importJobs.removeOne(report.jobId))
        return;
    m_imported += int(report.assetIds.size());
    for (const RefusedFile &refused : report.refused) {
        // The reasons usually name the file already; when not, say which file it is about.
        const QString name = QFileInfo(refused.path).fileName();
        m_refused << (refused.reason.contains(name) ? refused.reason
                                                    : tr("%1: %2").arg(name, refused.reason));
    }
    if (report.state != JobState::Done && !report.error.isEmpty())
        m_refused << report.error;
    if (!m_importJobs.isEmpty())
        return;
    m_progress->hide();
    updateEmptyState();
    if (!m_refused.isEmpty()) {
        // A dropped home folder can refuse thousands of files; the first ones say enough.
        constexpr int Shown = 12;
        if (m_refused.size() > Shown + 1) {
            const int more = int(m_refused.size()) - Shown;
            m_refused.resize(Shown);
            m_refused << tr("…and %n more file(s) that are not media.", nullptr, more);
        }
        const QString title = m_imported > 0 ? tr("Imported %n file(s). Some were not imported:",
                                                  nullptr,
                                                  m_imported)
                                             : tr("Nothing was imported:");
        m_message->showMessage(m_imported > 0 ? InlineMessage::Level::Warning
                                              : InlineMessage::Level::Error,
                               title,
                               m_refused);
    }
    // The new media is what the person looks for next.
    if (!report.assetIds.isEmpty()) {
        const int row = m_model->rowOf(report.assetIds.first());
        if (row >= 0)
            m_view->scrollTo(m_filter->mapFromSource(m_model->index(row)));
    }
}

void MediaBinPanel::chooseFiles()
{
    auto *dialog = new QFileDialog(
            this,
            tr("Import Media"),
            QStandardPaths::writableLocation(QStandardPaths::MoviesLocation),
            tr("Media (*.mp4 *.mov *.mkv *.webm *.avi *.m4v *.mts *.ts *.jpg *.jpeg *.png *.webp "
               "*.gif *.bmp *.tif *.tiff *.mp3 *.wav *.flac *.ogg *.opus *.m4a *.aac);;"
               "All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &MediaBinPanel::importPaths);
    dialog->open(); // not exec(): no nested event loop on the main thread
}

QList<qint64> MediaBinPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        ids.append(index.data(AssetModel::AssetIdRole).toLongLong());
    return ids;
}

void MediaBinPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        const qint64 id = index.data(AssetModel::AssetIdRole).toLongLong();
        menu->addAction(tr("Show in Preview"), this, [this, id] { emit assetActivated(id); });
        menu->addSeparator();
        QAction *remove = menu->addAction(tr("Remove from Project"),
                                          this,
                                          &MediaBinPanel::removeSelected);
        remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    } else {
        menu->addAction(tr("Import…"), this, &MediaBinPanel::chooseFiles)
                ->setEnabled(m_model->projectId() > 0);
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void MediaBinPanel::removeSelected()
{
    QStringList refused;
    for (qint64 id : selectedIds()) {
        const Result<Asset> removed = m_session.library().media().removeAsset(id);
        if (!removed)
            refused << removed.error().message;
    }
    if (!refused.isEmpty()) {
        m_message->showMessage(InlineMessage::Level::Warning,
                               tr("Some media was not removed:"),
                               refused);
    }
}

void MediaBinPanel::setDropHighlight(bool on)
{
    m_stack->setStyleSheet(on ? u"QStackedWidget { border: 2px dashed palette(highlight); "
                                "border-radius: 6px; }"_s
                              : QString());
}

void MediaBinPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (localPaths(event->mimeData()).isEmpty() || m_model->projectId() <= 0) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setDropHighlight(true);
}

void MediaBinPanel::dragMoveEvent(QDragMoveEvent *event)
{
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void MediaBinPanel::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    event->accept();
}

void MediaBinPanel::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    importPaths(paths);
}

} // namespace mt
