// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "appicon.h"
#include "editorsession.h"
#include "mainwindow.h"
#include "media/allocator.h"
#include "storage/librarypaths.h"
#include "translations.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    mt::tuneAllocatorForMedia();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("movietool"));
    QApplication::setOrganizationName(QStringLiteral("movietool"));
    mt::Translations::install(
            QSettings().value(QLatin1StringView(mt::Translations::LanguageKey)).toString());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Movie Tool"));
    QApplication::setApplicationVersion(QStringLiteral(MOVIETOOL_VERSION));
    QApplication::setWindowIcon(mt::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.movietool.MovieTool"));

    QString root = qEnvironmentVariable("MOVIETOOL_LIBRARY");
    if (root.isEmpty())
        root = mt::LibraryPaths::defaultRoot();
    auto session = mt::EditorSession::open(root);
    if (!session) {
        QMessageBox::critical(nullptr,
                              QApplication::translate("main", "Movie Tool"),
                              QApplication::translate("main",
                                                      "The library in %1 cannot be opened: "
                                                      "%2")
                                      .arg(root, session.error().message));
        return 3;
    }
    mt::MainWindow window(**session);
    window.show();
    return app.exec();
}
