// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace mt {

// What the centre of the main window shows while no project is open: a title, a line of help
// and a big "New project" button. With no project in the library at all it welcomes a first
// film; otherwise it points at the Projects panel. More first steps ("Open the demo film") are
// added as buttons under the first with addButton(). Main thread; the main window's central
// widget.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // firstRun: the library has no project yet.
    void setFirstRun(bool firstRun);
    bool isFirstRun() const { return m_firstRun; }

    QPushButton *newProjectButton() const { return m_newProject; }
    // A further button under "New project", styled like it; owned by the empty state.
    QPushButton *addButton(const QString &text);

signals:
    void newProjectRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_help = nullptr;
    QPushButton *m_newProject = nullptr;
    QVBoxLayout *m_buttons = nullptr;
    bool m_firstRun = true;
};

} // namespace mt
