// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "editorsession.h"
#include "mainwindow.h"
#include "storage/library.h"
#include "storage/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mt {

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensOverAnEmptyLibrary()
    {
        QTemporaryDir dir;
        auto session = EditorSession::open(dir.path());
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        MainWindow window(**session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE((*session)->currentProject().id(), 0);
    }
};

} // namespace mt

QTEST_MAIN(mt::TestMainWindow)
#include "tst_mainwindow.moc"
