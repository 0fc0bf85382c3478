// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QMainWindow>

namespace mt {

class EditorSession;

// The editor's main window: builds menus and docks around the panels. Lives on the main thread,
// owned by main().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(EditorSession &session, QWidget *parent = nullptr);

private:
    EditorSession &m_session;
};

} // namespace mt
