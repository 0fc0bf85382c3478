// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "projectspanel.h"

#include "dialogs/projectdialog.h"
#include "dialogs/settingsdialog.h"
#include "editorsession.h"
#include "models/projectmodel.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

// Two lines per project: its name, and its frame size and rate in a quieter colour.
class ProjectDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics metrics(option.font);
        return {200, metrics.height() * 2 + 16};
    }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        background.icon = {};
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active
                                                                               : QPalette::Inactive;
        const QColor text = option.palette.color(group,
                                                 selected ? QPalette::HighlightedText
                                                          : QPalette::Text);
        QColor quiet = text;
        quiet.setAlphaF(0.65f);

        const QRect area = option.rect.adjusted(10, 7, -10, -7);
        QFont nameFont = option.font;
        nameFont.setBold(true);
        const QFontMetrics nameMetrics(nameFont);
        painter->save();
        painter->setFont(nameFont);
        painter->setPen(text);
        painter->drawText(area.left(),
                          area.top() + nameMetrics.ascent(),
                          nameMetrics.elidedText(index.data().toString(),
                                                 Qt::ElideRight,
                                                 area.width()));
        painter->setFont(option.font);
        painter->setPen(quiet);
        const QFontMetrics metrics(option.font);
        painter->drawText(area.left(),
                          area.bottom() - metrics.descent(),
                          metrics.elidedText(index.data(ProjectModel::SummaryRole).toString(),
                                             Qt::ElideRight,
                                             area.width()));
        painter->restore();
    }
};

} // namespace

ProjectsPanel::ProjectsPanel(EditorSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"projectsPanel"_s);
    m_model = new ProjectModel(session.library().projects(), this);
    m_filter = new QSortFilterProxyModel(this);
    // A removed or moved row moves the view's current index to a neighbour; that is nobody's
    // choice of a project. While the rows change the view's selection is not followed, and
    // afterwards it is made to show the current project again. Slots run in the order they were
    // connected: "changing" must run before the proxy (and the view behind it) hear of the
    // change, "changed" after them.
    const auto changing = [this] {
        m_rowsChanging = true;
    };
    const auto changed = [this] {
        m_rowsChanging = false;
        selectCurrent();
    };
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, changing);
    connect(m_model, &QAbstractItemModel::rowsAboutToBeMoved, this, changing);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, changing);
    connect(m_model, &QAbstractItemModel::layoutAboutToBeChanged, this, changing);
    m_filter->setSourceModel(m_model);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, changed);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(ProjectModel::NameRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"projectSearch"_s);
    m_search->setPlaceholderText(tr("Search projects"));
    m_search->setAccessibleName(tr("Search projects"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Rows the filter hides move the view's current index; that is no choice of a project.
        m_rowsChanging = true;
        m_filter->setFilterFixedString(text);
        m_rowsChanging = false;
        selectCurrent();
    });

    m_list = new QListView(this);
    m_list->setObjectName(u"projectList"_s);
    m_list->setAccessibleName(tr("Projects"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ProjectDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    connect(m_list->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &ProjectsPanel::onSelectionChanged);
    connect(m_list, &QListView::doubleClicked, this, &ProjectsPanel::editProjectSettings);

    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(u"projectsEmptyHint"_s);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false); // drawn in the disabled colour: a hint, not content

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"projectsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();

    m_new = new QPushButton(tr("New…"), this);
    m_new->setObjectName(u"newProject"_s);
    m_new->setAccessibleName(tr("New project"));
    m_new->setToolTip(tr("Create a project"));
    m_rename = new QPushButton(tr("Rename…"), this);
    m_rename->setObjectName(u"renameProject"_s);
    m_rename->setAccessibleName(tr("Rename project"));
    m_settings = new QPushButton(tr("Settings…"), this);
    m_settings->setObjectName(u"projectSettings"_s);
    m_settings->setAccessibleName(tr("Project settings"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(u"deleteProject"_s);
    m_delete->setAccessibleName(tr("Delete project"));
    m_delete->setToolTip(tr("Delete the project; its media go to the library's trash"));
    connect(m_new, &QPushButton::clicked, this, &ProjectsPanel::newProject);
    connect(m_rename, &QPushButton::clicked, this, &ProjectsPanel::renameProject);
    connect(m_settings, &QPushButton::clicked, this, &ProjectsPanel::editProjectSettings);
    connect(m_delete, &QPushButton::clicked, this, &ProjectsPanel::deleteProject);

    // The same commands from the keyboard (F2, Delete) and a right click on the list.
    const auto listAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, m_list);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_list->addAction(action);
        return action;
    };
    m_renameAction = listAction(tr("Rename…"),
                                QKeySequence(Qt::Key_F2),
                                &ProjectsPanel::renameProject);
    m_settingsAction = listAction(tr("Settings…"),
                                  QKeySequence(),
                                  &ProjectsPanel::editProjectSettings);
    m_deleteAction = listAction(tr("Delete"), QKeySequence::Delete, &ProjectsPanel::deleteProject);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_new);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_settings);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(&session.currentProject(),
            &CurrentProject::changed,
            this,
            &ProjectsPanel::selectCurrent);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ProjectsPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ProjectsPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProjectsPanel::updateActions);
    if (!m_model->lastError().isEmpty())
        showProblem(m_model->lastError());
    selectCurrent();
    updateActions();
}

void ProjectsPanel::selectCurrent()
{
    const int row = m_model->rowOf(m_session.currentProject().id());
    const QModelIndex proxyIndex = row < 0 ? QModelIndex()
                                           : m_filter->mapFromSource(m_model->index(row));
    if (proxyIndex != m_list->currentIndex()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        if (proxyIndex.isValid())
            m_list->selectionModel()->setCurrentIndex(proxyIndex,
                                                      QItemSelectionModel::ClearAndSelect);
        else
            m_list->selectionModel()->clear();
        m_list->viewport()->update();
    }
    if (proxyIndex.isValid())
        m_list->scrollTo(proxyIndex);
    updateActions();
}

void ProjectsPanel::onSelectionChanged()
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && !m_rowsChanging)
        m_session.currentProject().setId(current.data(ProjectModel::IdRole).toLongLong());
    updateActions();
}

void ProjectsPanel::updateActions()
{
    const bool hasCurrent = m_model->rowOf(m_session.currentProject().id()) >= 0;
    m_rename->setEnabled(hasCurrent);
    m_settings->setEnabled(hasCurrent);
    m_delete->setEnabled(hasCurrent);
    for (QAction *action : {m_renameAction, m_settingsAction, m_deleteAction}) {
        if (action)
            action->setEnabled(hasCurrent);
    }
    const bool empty = m_filter->rowCount() == 0;
    if (m_model->rowCount() == 0)
        m_emptyHint->setText(tr("No projects yet.\nA project holds one film: its media, its "
                                "timeline and its exports."));
    else
        m_emptyHint->setText(tr("No project matches “%1”.").arg(m_search->text()));
    m_emptyHint->setVisible(empty);
    m_list->setVisible(!empty);
}

void ProjectsPanel::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ProjectsPanel::newProject()
{
    ProjectStore &store = m_session.library().projects();
    Project draft;
    draft.name = ProjectDialog::unusedName(store);
    draft.defaultPreset = SettingsDialog::DefaultPreset.value();
    ProjectDialog dialog(ProjectDialog::Mode::Create, store, draft, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showProblem({});
    m_search->clear(); // the new project must be visible
    m_session.currentProject().setId(dialog.saved().id);
    emit projectCreated(dialog.saved().id);
}

void ProjectsPanel::renameProject()
{
    ProjectStore &store = m_session.library().projects();
    Result<Project> project = store.get(m_session.currentProject().id());
    if (!project)
        return showProblem(project.error().message);
    ProjectDialog dialog(ProjectDialog::Mode::Rename, store, *project, QString(), this);
    dialog.exec();
}

void ProjectsPanel::editProjectSettings()
{
    ProjectStore &store = m_session.library().projects();
    Result<Project> project = store.get(m_session.currentProject().id());
    if (!project)
        return showProblem(project.error().message);
    const QString defaultFolder = QDir(m_session.library().paths().exports())
                                          .filePath(QString::number(project->id));
    ProjectDialog dialog(ProjectDialog::Mode::Settings, store, *project, defaultFolder, this);
    dialog.exec();
}

void ProjectsPanel::deleteProject()
{
    const qint64 id = m_session.currentProject().id();
    Result<Project> project = m_session.library().projects().get(id);
    if (!project)
        return showProblem(project.error().message);
    QMessageBox confirm(QMessageBox::Warning,
                        tr("Delete project"),
                        tr("Delete “%1”?").arg(project->name),
                        QMessageBox::NoButton,
                        this);
    confirm.setObjectName(u"confirmDelete"_s);
    // QMessageBox picks a narrow width for a long informative text; give it room to read.
    confirm.setStyleSheet(
            u"QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 340px; }"_s);
    confirm.setInformativeText(tr("Its timeline and history are deleted. Media files no other "
                                  "project uses go to the library's trash, where they stay until "
                                  "you empty it. Exported films are kept."));
    QPushButton *remove = confirm.addButton(tr("Delete project"), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    if (const Status removed = m_session.library().media().removeProject(id); !removed)
        return showProblem(removed.error().message);
    showProblem({});
    m_session.currentProject().setId(0);
}

} // namespace mt
