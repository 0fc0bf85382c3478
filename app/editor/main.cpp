// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "mainwindow.h"
#include "media/allocator.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    mt::tuneAllocatorForMedia();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("movietool"));
    QApplication::setOrganizationName(QStringLiteral("movietool"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Movie Tool"));
    QApplication::setApplicationVersion(QStringLiteral(MOVIETOOL_VERSION));

    mt::MainWindow window;
    window.show();
    return app.exec();
}
