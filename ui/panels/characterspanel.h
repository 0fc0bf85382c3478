// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;

namespace mt {

class CharacterModel;
class EditorSession;
class InlineMessage;

// The library's cast: a grid of portraits (each character's primary reference image, or its
// initials until it has one), searched by name. New, double-click or Edit… open the character
// editor; Delete moves the character's images to the trash. The cast belongs to the library, so
// the panel does not follow the current project.
// Main thread; a dock's widget, made by the main window over the session.
class CharactersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CharactersPanel(EditorSession &session, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    CharacterModel *characterModel() const { return m_model; }

    // Opens the editor for a character (0: a new one); modeless, deleted when closed.
    void editCharacter(qint64 characterId);

signals:
    void characterSelected(qint64 characterId); // 0: none

private:
    void showContextMenu(const QPoint &pos);
    void deleteCharacter(qint64 characterId);
    void updateEmptyState();

    EditorSession &m_session;
    CharacterModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QPushButton *m_newButton;
    InlineMessage *m_message;
    QStackedWidget *m_stack;
    QListView *m_view;
    QWidget *m_empty;
    QLabel *m_emptyTitle;
    QLabel *m_emptyHint;
    QPushButton *m_emptyAction;
};

} // namespace mt
