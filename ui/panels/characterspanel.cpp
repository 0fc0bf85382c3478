// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "characterspanel.h"

#include "characterdelegate.h"
#include "dialogs/charactereditor.h"
#include "editorsession.h"
#include "inlinemessage.h"
#include "models/charactermodel.h"
#include "storage/library.h"
#include "storage/medialibrary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

CharactersPanel::CharactersPanel(EditorSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CharacterModel(session.library().characters(),
                                 &session.jobs(),
                                 session.library().paths().root,
                                 this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_newButton(new QPushButton(tr("New Character…"), this))
    , m_message(new InlineMessage(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QListView(this))
    , m_empty(new QFrame(this))
    , m_emptyTitle(new QLabel(m_empty))
    , m_emptyHint(new QLabel(m_empty))
    , m_emptyAction(new QPushButton(m_empty))
{
    setObjectName(u"charactersPanel"_s);
    setAccessibleName(tr("Characters"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_newButton->setAccessibleName(tr("New character"));
    m_newButton->setToolTip(tr("Add a character to the cast, with reference pictures"));
    connect(m_newButton, &QPushButton::clicked, this, [this] { editCharacter(0); });
    m_search->setPlaceholderText(tr("Search the cast"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search characters by name"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        updateEmptyState();
    });

    m_view->setObjectName(u"charactersView"_s);
    m_view->setAccessibleName(tr("The cast"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new CharacterDelegate(m_view));
    m_view->setViewMode(QListView::IconMode);
    m_view->setMovement(QListView::Static);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setWrapping(true);
    m_view->setSpacing(6);
    m_view->setUniformItemSizes(true);
    m_view->setMouseTracking(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setDragEnabled(false);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        editCharacter(index.data(CharacterModel::CharacterIdRole).toLongLong());
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) {
                emit characterSelected(
                        current.isValid()
                                ? current.data(CharacterModel::CharacterIdRole).toLongLong()
                                : 0);
            });
    connect(m_view, &QListView::customContextMenuRequested, this, &CharactersPanel::showContextMenu);

    m_empty->setObjectName(u"charactersEmpty"_s);
    m_empty->setStyleSheet(u"QFrame#charactersEmpty { border: 2px dashed palette(mid); "
                           "border-radius: 10px; }"_s);
    QFont title = m_emptyTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_emptyTitle->setFont(title);
    for (QLabel *label : {m_emptyTitle, m_emptyHint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_emptyAction, &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() > 0)
            m_search->clear();
        else
            editCharacter(0);
    });
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->setContentsMargins(32, 24, 32, 24);
    emptyLayout->setSpacing(10);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    toolbar->addWidget(m_newButton);
    toolbar->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(m_model, &CharacterModel::loadFailed, this, [this](const QString &why) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The cast could not be listed."),
                               {why});
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &CharactersPanel::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CharactersPanel::updateEmptyState);
    updateEmptyState();
}

void CharactersPanel::updateEmptyState()
{
    if (m_filter->rowCount() > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (m_model->rowCount() == 0) {
        m_emptyTitle->setText(tr("No characters yet"));
        m_emptyHint->setText(tr("Give your film a cast: a name, a description and a few "
                                "reference pictures keep a character the same from shot to "
                                "shot."));
        m_emptyAction->setText(tr("New Character…"));
    } else {
        m_emptyTitle->setText(tr("Nobody matches"));
        m_emptyHint->setText(tr("No character's name contains “%1”.").arg(m_search->text()));
        m_emptyAction->setText(tr("Show the whole cast"));
    }
    m_emptyAction->setAccessibleName(m_emptyAction->text());
    m_stack->setCurrentWidget(m_empty);
}

void CharactersPanel::editCharacter(qint64 characterId)
{
    auto *editor = new CharacterEditor(m_session, characterId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->show();
}

void CharactersPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        const qint64 id = index.data(CharacterModel::CharacterIdRole).toLongLong();
        menu->addAction(tr("Edit…"), this, [this, id] { editCharacter(id); });
        menu->addSeparator();
        menu->addAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Delete"), this, [this, id] {
            deleteCharacter(id);
        });
    } else {
        menu->addAction(tr("New Character…"), this, [this] { editCharacter(0); });
    }
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void CharactersPanel::deleteCharacter(qint64 characterId)
{
    const int row = m_model->rowOf(characterId);
    if (row < 0)
        return;
    const QString name = m_model->character(row).name;
    // Asked with open(), not exec(): no nested event loop on the main thread.
    auto *box = new QMessageBox(QMessageBox::Question,
                                tr("Delete Character"),
                                tr("Delete “%1” from the cast? Its reference pictures go to the "
                                   "library's trash.")
                                        .arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel,
                                this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, characterId, name](int answer) {
        if (answer != QMessageBox::Yes)
            return;
        const Result<Character> removed = m_session.library().media().removeCharacter(characterId);
        if (!removed) {
            m_message->showMessage(InlineMessage::Level::Error,
                                   tr("“%1” was not deleted.").arg(name),
                                   {removed.error().message});
        }
    });
    box->open();
}

} // namespace mt
