// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"
#include "uitest.h"

#include "dialogs/projectdialog.h"
#include "models/projectmodel.h"
#include "panels/projectspanel.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace mt {

// The Projects panel driven through its widgets: create with inline validation, rename, the
// project's settings, search, and delete with its confirmation (media to the trash).
class TestProjectsPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static QPushButton *okOf(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings.path()); }
    void init() { QSettings().clear(); }

    void createRenameSettingsSearchDelete()
    {
        QTemporaryDir dir;
        auto session = test::openSession(dir.path());
        QVERIFY(session);
        ProjectStore &store = session->library().projects();
        Project taken;
        taken.name = u"Taken"_s;
        MT_VERIFY_OK(store.create(taken));
        ProjectsPanel panel(*session);
        panel.resize(320, 480);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        // Create: the store's checks show under the fields while typing; OK waits for them.
        QStringList messages;
        bool okWhileInvalid = true;
        test::whenModal<ProjectDialog>([&](ProjectDialog *dialog) {
            auto *name = child<QLineEdit>(dialog, "name");
            auto *width = child<QSpinBox>(dialog, "width");
            QCOMPARE(name->text(), u"Untitled film"_s);
            QVERIFY(dialog->validationMessage().isEmpty());
            name->clear();
            messages.append(dialog->validationMessage());
            okWhileInvalid = okOf(dialog)->isEnabled();
            QTest::keyClicks(name, u"Taken"_s);
            messages.append(dialog->validationMessage());
            name->setText(u"Beach film"_s);
            width->setValue(1281);
            messages.append(dialog->validationMessage());
            test::screenshot(dialog, u"dialog-newproject-invalid"_s);
            auto *size = child<QComboBox>(dialog, "sizePreset");
            size->setCurrentIndex(1);
            emit size->activated(1); // as a click on "Full HD" does
            QCOMPARE(width->value(), 1920);
            auto *rate = child<QComboBox>(dialog, "frameRate");
            rate->setCurrentIndex(rate->findData(u"25"_s));
            QVERIFY(dialog->validationMessage().isEmpty());
            test::screenshot(dialog, u"dialog-newproject"_s);
            QTest::mouseClick(okOf(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&panel, "newProject"), Qt::LeftButton);
        QCOMPARE(messages.size(), 3);
        for (const QString &message : std::as_const(messages))
            QVERIFY2(!message.isEmpty(), "every invalid state says why");
        QVERIFY(!okWhileInvalid);
        QVERIFY2(messages[1].contains(u"Taken"_s), qPrintable(messages[1]));
        QVERIFY2(messages[2].contains(u"1281"_s), qPrintable(messages[2]));

        QCOMPARE(panel.model().rowCount(), 2);
        const qint64 id = session->currentProject().id();
        Result<Project> made = store.get(id);
        MT_VERIFY_OK(made);
        QCOMPARE(made->name, u"Beach film"_s);
        QCOMPARE(made->width, 1920);
        QCOMPARE(made->height, 1080);
        QCOMPARE(made->frameRate, (Rational{25, 1}));
        auto *list = child<QListView>(&panel, "projectList");
        QCOMPARE(list->currentIndex().data(ProjectModel::IdRole).toLongLong(), id);

        // Rename.
        test::whenModal<ProjectDialog>([](ProjectDialog *dialog) {
            child<QLineEdit>(dialog, "name")->setText(u"Beach"_s);
            QTest::mouseClick(okOf(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&panel, "renameProject"), Qt::LeftButton);
        QCOMPARE(store.get(id)->name, u"Beach"_s);
        QCOMPARE(list->currentIndex().data().toString(), u"Beach"_s);

        // Settings: rate, preset, export folder.
        const QString folder = dir.filePath(u"films"_s);
        test::whenModal<ProjectDialog>([&](ProjectDialog *dialog) {
            auto *rate = child<QComboBox>(dialog, "frameRate");
            rate->setCurrentIndex(rate->findData(u"30000/1001"_s));
            auto *preset = child<QComboBox>(dialog, "preset");
            preset->setCurrentIndex(preset->findData(u"webm"_s));
            auto *exportFolder = child<QLineEdit>(dialog, "exportFolder");
            exportFolder->setText(u"relative/path"_s);
            QVERIFY(!dialog->validationMessage().isEmpty()); // must be absolute
            exportFolder->setText(folder);
            test::screenshot(dialog, u"dialog-projectsettings"_s);
            QTest::mouseClick(okOf(dialog), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&panel, "projectSettings"), Qt::LeftButton);
        Result<Project> edited = store.get(id);
        QCOMPARE(edited->frameRate, (Rational{30000, 1001}));
        QCOMPARE(edited->defaultPreset, u"webm"_s);
        QCOMPARE(edited->exportFolder, folder);

        // Search.
        auto *search = child<QLineEdit>(&panel, "projectSearch");
        QTest::keyClicks(search, u"tak"_s);
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"Taken"_s);
        QCOMPARE(session->currentProject().id(), id); // searching opens nothing
        search->clear();
        QCOMPARE(list->model()->rowCount(), 2);
        test::screenshot(&panel, u"panel-projects"_s);

        // Delete: Cancel keeps it; confirming moves its media to the trash.
        Result<MediaLibrary::Imported> asset
                = session->library().media().importFile(id, test::media(u"h264_aac.mp4"_s));
        MT_VERIFY_OK(asset);
        test::whenModal<QMessageBox>(
                [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QTest::mouseClick(child<QPushButton>(&panel, "deleteProject"), Qt::LeftButton);
        QVERIFY(store.get(id).ok());
        test::whenModal<QMessageBox>([](QMessageBox *box) {
            test::screenshot(box, u"dialog-deleteproject"_s);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        QTest::mouseClick(child<QPushButton>(&panel, "deleteProject"), Qt::LeftButton);
        QVERIFY2(!store.get(id).ok(), qPrintable(child<QLabel>(&panel, "projectsProblem")->text()));
        QCOMPARE(session->currentProject().id(), 0);
        QCOMPARE(panel.model().rowCount(), 1);
        QVERIFY(!QFileInfo::exists(session->library().paths().absolute(asset->asset.relativePath)));
        QVERIFY(!QDir(session->library().paths().trash()).isEmpty());
        QVERIFY(!child<QPushButton>(&panel, "deleteProject")->isEnabled());
    }
};

} // namespace mt

QTEST_MAIN(mt::TestProjectsPanel)
#include "tst_projectspanel.moc"
