// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"

#include "dialogs/charactereditor.h"
#include "editorsession.h"
#include "models/charactermodel.h"
#include "panels/characterspanel.h"
#include "panels/inlinemessage.h"
#include "storage/characterstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mt {

// The cast panel and the character editor over a real library: portraits from the primary
// picture, pictures dropped and made primary, validation shown inline, nothing half saved.
class TestCharacters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditorSession> m_session;

    static QString screenshotPath(const QString &name)
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath())
                                    .absoluteFilePath(u"../../screenshots"_s);
        QDir().mkpath(dir);
        return QDir(dir).filePath(name);
    }

    static void drop(QWidget *target, const QStringList &paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        data.setUrls(urls);
        const QPoint at(target->width() / 2, target->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropped);
        QVERIFY(dropped.isAccepted());
    }

    static void clickSave(CharacterEditor &editor)
    {
        auto *buttons = editor.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    }

    QString picture(const QString &name, const QColor &colour, QSize size = {480, 640})
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(colour);
        const QString path = m_dir.filePath(name);
        if (!image.save(path))
            qWarning() << "could not write" << path;
        return path;
    }

private slots:
    void init()
    {
        const QString root = m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        auto session = EditorSession::open(root);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        m_session = std::move(session).value();
    }

    void cleanup() { m_session.reset(); }

    void castGridWithPortraits()
    {
        CharactersPanel panel(*m_session);
        panel.resize(640, 420);
        auto *stack = panel.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), u"charactersEmpty"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(screenshotPath(u"characters-empty.png"_s)));

        CharacterStore &store = m_session->library().characters();
        MediaLibrary &media = m_session->library().media();
        const qint64 mara = store.create(u"Mara Quinn"_s, u"Lighthouse keeper"_s)->id;
        const qint64 otto = store.create(u"Otto"_s, u"Her dog"_s)->id;
        store.create(u"The Stranger"_s);
        QVERIFY(media.addCharacterImage(mara, picture(u"mara.png"_s, QColor(200, 120, 80)), true)
                        .ok());
        QVERIFY(media.addCharacterImage(otto, test::media(u"still.png"_s), true).ok());
        QCOMPARE(stack->currentWidget(), panel.view());
        QCOMPARE(panel.view()->model()->rowCount(), 3);

        QTest::qWaitFor(
                [&] {
                    for (qint64 id : {mara, otto}) {
                        const QModelIndex index = panel.characterModel()->index(
                                panel.characterModel()->rowOf(id));
                        if (index.data(CharacterModel::PortraitRole).value<QImage>().isNull())
                            return false;
                    }
                    return true;
                },
                20000);
        panel.view()->viewport()->update();
        QTest::qWait(50);
        QVERIFY(panel.grab().save(screenshotPath(u"characters.png"_s)));

        auto *search = panel.findChild<QLineEdit *>();
        search->setText(u"ott"_s);
        QCOMPARE(panel.view()->model()->rowCount(), 1);
        search->setText(u"nobody"_s);
        QCOMPARE(stack->currentWidget()->objectName(), u"charactersEmpty"_s);
    }

    void editorValidatesAndSavesPictures()
    {
        CharacterEditor editor(*m_session, 0);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));

        // No name: refused inline, nothing written.
        clickSave(editor);
        QVERIFY(editor.nameMessage()->isVisible());
        QVERIFY(!editor.nameMessage()->text().isEmpty());
        QVERIFY(m_session->library().characters().list()->isEmpty());
        QVERIFY(editor.isVisible());

        auto *name = editor.findChild<QLineEdit *>();
        name->setText(u"Mara Quinn"_s);
        editor.findChild<QPlainTextEdit *>()->setPlainText(u"Lighthouse keeper, yellow coat"_s);
        const QString notes = m_dir.filePath(u"notes.txt"_s);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();
        drop(&editor,
             {picture(u"front.png"_s, QColor(220, 180, 60)),
              picture(u"side.jpg"_s, QColor(60, 120, 200)),
              notes});
        QListWidget *pictures = editor.pictureList();
        QCOMPARE(pictures->count(), 2);
        QVERIFY(editor.message()->isVisible());
        QVERIFY(editor.message()->details().join(u' ').contains(u"notes.txt"_s));
        QCOMPARE(pictures->item(0)->data(Qt::DisplayRole).toString(), tr("★ Primary"));

        // The second one becomes primary.
        pictures->setCurrentRow(1);
        for (QPushButton *button : editor.findChildren<QPushButton *>()) {
            if (button->text() == tr("Make Primary"))
                button->click();
        }
        QCOMPARE(pictures->item(1)->data(Qt::DisplayRole).toString(), tr("★ Primary"));
        QCOMPARE(pictures->item(0)->data(Qt::DisplayRole).toString(), u"front.png"_s);
        QVERIFY(editor.grab().save(screenshotPath(u"charactereditor.png"_s)));

        QVERIFY(editor.save());
        const Result<Character> saved = m_session->library().characters().byIdOrName(
                u"Mara Quinn"_s);
        QVERIFY(saved.ok());
        QCOMPARE(saved->description, u"Lighthouse keeper, yellow coat"_s);
        QCOMPARE(saved->images.size(), 2);
        QCOMPARE(saved->images.first().originalName, u"side.jpg"_s); // primary first
        QVERIFY(saved->images.first().isPrimary);
    }

    void editorRemovesPicturesAndRefusesATakenName()
    {
        CharacterStore &store = m_session->library().characters();
        const qint64 mara = store.create(u"Mara"_s)->id;
        store.create(u"Otto"_s);
        QVERIFY(m_session->library()
                        .media()
                        .addCharacterImage(mara, picture(u"a.png"_s, Qt::red), true)
                        .ok());
        QVERIFY(m_session->library()
                        .media()
                        .addCharacterImage(mara, picture(u"b.png"_s, Qt::blue), false)
                        .ok());

        CharacterEditor editor(*m_session, mara);
        QListWidget *pictures = editor.pictureList();
        QCOMPARE(pictures->count(), 2);
        QCOMPARE(editor.findChild<QLineEdit *>()->text(), u"Mara"_s);
        pictures->setCurrentRow(0); // the primary
        for (QPushButton *button : editor.findChildren<QPushButton *>()) {
            if (button->text() == tr("Remove"))
                button->click();
        }
        QCOMPARE(pictures->count(), 1);
        QCOMPARE(pictures->item(0)->data(Qt::DisplayRole).toString(), tr("★ Primary"));
        QCOMPARE(store.get(mara)->images.size(), 2); // nothing written before Save

        editor.findChild<QLineEdit *>()->setText(u"otto"_s);
        QVERIFY(!editor.save());
        QVERIFY(!editor.nameMessage()->isHidden());
        QVERIFY2(editor.nameMessage()->text().contains(u"Otto"_s, Qt::CaseInsensitive),
                 qPrintable(editor.nameMessage()->text()));
        QCOMPARE(store.get(mara)->images.size(), 2);

        editor.findChild<QLineEdit *>()->setText(u"Mara Quinn"_s);
        QVERIFY(editor.save());
        const Character after = store.get(mara).value();
        QCOMPARE(after.name, u"Mara Quinn"_s);
        QCOMPARE(after.images.size(), 1);
        QCOMPARE(after.images.first().originalName, u"b.png"_s);
        QVERIFY(after.images.first().isPrimary);
    }
};

} // namespace mt

QTEST_MAIN(mt::TestCharacters)
#include "tst_characters.moc"
