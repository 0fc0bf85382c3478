// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace mt {

class EditorSession;
class InlineMessage;
class TakeCard;
class TakeModel;

// The Takes dock: the takes of the clip selected on the timeline side by side (TakeModel), the
// one in use first, as many to a row as fit, each a TakeCard with its flags, length and cost. "Use
// this take" swaps it in (TimelineEditor::replaceAsset), "Dismiss"/"Restore" a flag
// (TimelineEditor::setFlagDismissed), both through the session's TimelineUndoStack so Ctrl+Z takes
// them back; "Play" asks for the take in the preview. With no clip selected it says how to get one.
// Follows the current project and the timeline's selection (setClip). Main thread; made by
// EditorPanels over the session.
class TakeStripPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TakeStripPanel(EditorSession &session, QWidget *parent = nullptr);

    TakeModel *model() const { return m_model; }
    qint64 clipId() const { return m_clipId; }
    QList<TakeCard *> cards() const { return m_cards; }
    TakeCard *card(qint64 assetId) const;
    // What the message strip says now; empty when it is hidden.
    QString message() const;

    // The edits behind the buttons, for tests and menus; each shows its error in the strip.
    Status useTake(qint64 assetId);
    Status setFlagDismissed(qint64 flagId, bool dismissed);

public slots:
    // Shows the clip's takes (0: none), e.g. the one TimelinePanel::clipSelected names.
    void setClip(qint64 clipId);

signals:
    // "Play" on a take: show the asset in the preview.
    void playRequested(qint64 assetId);

private:
    void rebuild();
    // Lays the cards out side by side, as many per row as the width allows (one in a narrow
    // dock, the whole strip in a wide one).
    void relayout();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void updatePosters(const QModelIndex &first, const QModelIndex &last);
    Status perform(const QString &command, const std::function<Status()> &edit);

    EditorSession &m_session;
    TakeModel *m_model;
    qint64 m_clipId = 0;
    QLabel *m_title;
    QLabel *m_summary;
    InlineMessage *m_message;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    QLabel *m_emptyTitle;
    QLabel *m_emptyHint;
    QScrollArea *m_scroll;
    QWidget *m_strip;
    QGridLayout *m_stripLayout;
    QWidget *m_oneTakeHint = nullptr;
    int m_columns = 0;
    QList<TakeCard *> m_cards;
};

} // namespace mt
