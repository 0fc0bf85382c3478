// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "testmedia.h"

#include "editorsession.h"
#include "jobs/importjobs.h"
#include "models/assetfiltermodel.h"
#include "models/assetmodel.h"
#include "panels/inlinemessage.h"
#include "panels/mediabinpanel.h"
#include "storage/assetstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"
#include "storage/projectstore.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mt {

// The media bin over a real session: drops from the file manager import through the job queue,
// refused files are listed, drags out carry asset ids, the filter and search narrow the view.
class TestMediaBin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EditorSession> m_session;
    qint64 m_projectId = 0;

    static QString screenshotPath(const QString &name)
    {
        const QString dir = QDir(QCoreApplication::applicationDirPath())
                                    .absoluteFilePath(u"../../screenshots"_s);
        QDir().mkpath(dir);
        return QDir(dir).filePath(name);
    }

    // Delivers a drag-enter and a drop of the urls, as the platform would.
    static bool drop(QWidget *target, const QStringList &paths)
    {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        data.setUrls(urls);
        const QPointF at(target->width() / 2.0, target->height() / 2.0);
        QDragEnterEvent enter(at.toPoint(),
                              Qt::CopyAction | Qt::MoveAction,
                              &data,
                              Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(at,
                           Qt::CopyAction | Qt::MoveAction,
                           &data,
                           Qt::LeftButton,
                           Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropped);
        return dropped.isAccepted() && dropped.dropAction() == Qt::CopyAction;
    }

    qint64 import(const QString &name)
    {
        const auto imported = m_session->library().media().importFile(m_projectId,
                                                                      test::media(name));
        return imported ? imported->asset.id : 0;
    }

private slots:
    void init()
    {
        const QString root = m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        auto session = EditorSession::open(root);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        m_session = std::move(session).value();
        Project draft;
        draft.name = u"Film"_s;
        m_projectId = m_session->library().projects().create(draft)->id;
    }

    void cleanup() { m_session.reset(); }

    void emptyStateInvitesADrop()
    {
        MediaBinPanel panel(*m_session);
        panel.resize(640, 420);
        auto *stack = panel.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QVERIFY(stack->currentWidget() != panel.view()); // no project: the empty page
        m_session->currentProject().setId(m_projectId);
        QCOMPARE(stack->currentWidget()->objectName(), u"mediaBinEmpty"_s);
        bool invites = false;
        for (QLabel *label : stack->currentWidget()->findChildren<QLabel *>())
            invites |= label->text() == u"Drop footage, stills and music here"_s;
        QVERIFY(invites);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(screenshotPath(u"mediabin-empty.png"_s)));
    }

    void dropImportsFilesAndFoldersAndListsRefused()
    {
        m_session->currentProject().setId(m_projectId);
        MediaBinPanel panel(*m_session);
        panel.resize(760, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        const QString folder = m_dir.filePath(u"footage-%1"_s.arg(m_projectId));
        QVERIFY(QDir().mkpath(folder + u"/stills"_s));
        QVERIFY(QFile::copy(test::media(u"join_b.mp4"_s), folder + u"/take2.mp4"_s));
        QVERIFY(QFile::copy(test::media(u"still.png"_s), folder + u"/stills/sky.png"_s));
        QFile notes(folder + u"/shot list.txt"_s);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("1. the sky\n2. the sea\n");
        notes.close();

        QSignalSpy finished(&m_session->imports(), &ImportJobs::importFinished);
        QVERIFY(drop(&panel,
                     {test::media(u"h264_aac.mp4"_s),
                      test::media(u"tone.wav"_s),
                      test::media(u"truncated.mp4"_s),
                      folder}));
        QVERIFY(panel.isImporting());
        QVERIFY(panel.findChild<QWidget *>(u"importProgress"_s)->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 60000));
        QVERIFY(!panel.isImporting());
        QVERIFY(!panel.findChild<QWidget *>(u"importProgress"_s)->isVisible());

        QCOMPARE(panel.assetModel()->rowCount(), 4);
        QCOMPARE(panel.view()->model()->rowCount(), 4);
        InlineMessage *message = panel.message();
        QVERIFY(message->isVisible());
        QCOMPARE(message->details().size(), 2);
        const QString listed = message->details().join(u'\n');
        QVERIFY2(listed.contains(u"truncated.mp4"_s), qPrintable(listed));
        QVERIFY2(listed.contains(u"shot list.txt"_s), qPrintable(listed));

        // A storyboard card, to see its badge.
        QVERIFY(m_session->library()
                        .media()
                        .importFile(m_projectId,
                                    test::media(u"still.webp"_s),
                                    AssetOrigin::Storyboard)
                        .ok());
        QCOMPARE(panel.assetModel()->rowCount(), 5);
        panel.view()->setCurrentIndex(panel.view()->model()->index(0, 0));
        // Posters arrive as their jobs end; the screenshot waits for them.
        QTest::qWaitFor(
                [&] {
                    for (int row = 0; row < panel.assetModel()->rowCount(); ++row) {
                        const QModelIndex index = panel.assetModel()->index(row);
                        if (index.data(AssetModel::KindRole).toInt() != int(MediaKind::Audio)
                            && index.data(AssetModel::PosterRole).value<QImage>().isNull())
                            return false;
                    }
                    return true;
                },
                20000);
        panel.view()->viewport()->update();
        QTest::qWait(50);
        QVERIFY(panel.grab().save(screenshotPath(u"mediabin-import.png"_s)));

        message->dismiss();
        QVERIFY(!message->isVisible());
    }

    void dropWithoutProjectIsRefused()
    {
        MediaBinPanel panel(*m_session);
        QVERIFY(!drop(&panel, {test::media(u"tone.wav"_s)}));
    }

    void dragOutCarriesIds()
    {
        m_session->currentProject().setId(m_projectId);
        MediaBinPanel panel(*m_session);
        const qint64 a = import(u"h264_aac.mp4"_s);
        const qint64 b = import(u"still.png"_s);
        QAbstractItemModel *model = panel.view()->model();
        QCOMPARE(model->rowCount(), 2);
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0), model->index(1, 0)}));
        QVERIFY(data);
        QVERIFY(data->hasFormat(u"application/x-movietool-asset-ids"_s));
        QCOMPARE(data->data(u"application/x-movietool-asset-ids"_s),
                 u"[%1,%2]"_s.arg(a).arg(b).toUtf8());
        QVERIFY(panel.view()->dragEnabled());
    }

    void activationAndSelectionAreSignalled()
    {
        m_session->currentProject().setId(m_projectId);
        MediaBinPanel panel(*m_session);
        const qint64 a = import(u"h264_aac.mp4"_s);
        QSignalSpy selected(&panel, &MediaBinPanel::assetSelected);
        QSignalSpy activated(&panel, &MediaBinPanel::assetActivated);
        panel.view()->setCurrentIndex(panel.view()->model()->index(0, 0));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toLongLong(), a);
        emit panel.view()->activated(panel.view()->model()->index(0, 0));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toLongLong(), a);
    }

    void filterAndSearch()
    {
        m_session->currentProject().setId(m_projectId);
        MediaBinPanel panel(*m_session);
        import(u"h264_aac.mp4"_s);
        import(u"still.png"_s);
        import(u"tone.wav"_s);
        import(u"join_a.mp4"_s);
        QAbstractItemModel *shown = panel.view()->model();
        QCOMPARE(shown->rowCount(), 4);
        auto *kind = panel.findChild<QComboBox *>();
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(int(AssetFilterModel::Show::Video)));
        QCOMPARE(shown->rowCount(), 2);
        auto *search = panel.findChild<QLineEdit *>();
        QVERIFY(search);
        search->setText(u"JOIN"_s);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), u"join_a.mp4"_s);
        search->setText(u"tone"_s);
        QCOMPARE(shown->rowCount(), 0); // tone.wav is audio
        auto *stack = panel.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), u"mediaBinEmpty"_s);
        kind->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(stack->currentWidget(), panel.view());
    }

    void listModeAndRemoval()
    {
        m_session->currentProject().setId(m_projectId);
        MediaBinPanel panel(*m_session);
        panel.resize(560, 300);
        import(u"h264_aac.mp4"_s);
        import(u"still.jpg"_s);
        panel.setViewMode(MediaBinPanel::ViewMode::List);
        QCOMPARE(panel.view()->viewMode(), QListView::ListMode);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(300);
        QVERIFY(panel.grab().save(screenshotPath(u"mediabin-list.png"_s)));
        panel.setViewMode(MediaBinPanel::ViewMode::Grid);
        QCOMPARE(panel.view()->viewMode(), QListView::IconMode);
    }
};

} // namespace mt

QTEST_MAIN(mt::TestMediaBin)
#include "tst_mediabin.moc"
