// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "storagetest.h"
#include "testmedia.h"

#include "jobs/jobqueue.h"
#include "jobs/mediajobs.h"
#include "models/assetmodel.h"
#include "models/charactermodel.h"
#include "models/mediapreviews.h"
#include "storage/library.h"
#include "storage/medialibrary.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mt;
using namespace Qt::StringLiterals;

// The item models of the media bin and the cast over a real library: rows follow the stores,
// posters and portraits come from thumbnail jobs, drags carry asset ids.
class TestAssetModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<MediaPreviews> m_previews;
    qint64 m_projectId = 0;

    qint64 import(const QString &name)
    {
        const auto imported = m_library->media().importFile(m_projectId, test::media(name));
        if (!imported) {
            qWarning() << imported.error().message;
            return 0;
        }
        return imported->asset.id;
    }

private slots:
    void init()
    {
        const QString root = m_dir.filePath(u"lib%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        Result<std::unique_ptr<Library>> opened = Library::open(root);
        MT_VERIFY_OK(opened);
        m_library = std::move(opened).value();
        m_queue = std::make_unique<JobQueue>(m_library->database());
        MediaJobs::registerAll(*m_queue, m_library->paths().cache());
        m_previews = std::make_unique<MediaPreviews>(*m_queue, m_library->paths().root);
        Project draft;
        draft.name = u"Film"_s;
        m_projectId = m_library->projects().create(draft)->id;
    }

    void cleanup()
    {
        m_previews.reset();
        m_queue.reset();
        m_library.reset();
    }

    void rowsFollowTheStore()
    {
        AssetModel model(m_library->assets(), m_previews.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setProjectId(m_projectId);
        const qint64 video = import(u"h264_aac.mp4"_s);
        const qint64 still = import(u"still.png"_s);
        const qint64 sound = import(u"tone.wav"_s);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(AssetModel::AssetIdRole).toLongLong(), video);
        QCOMPARE(first.data().toString(), u"h264_aac.mp4"_s);
        QCOMPARE(first.data(AssetModel::KindNameRole).toString(), u"video"_s);
        QVERIFY(qAbs(first.data(AssetModel::DurationRole).toDouble() - 2.0) < 0.1);
        QCOMPARE(first.data(AssetModel::PlaceholderRole).toBool(), false);
        QCOMPARE(model.index(1).data(AssetModel::DurationRole).toDouble(), 0.0);
        QCOMPARE(model.index(2).data(AssetModel::KindRole).toInt(), int(MediaKind::Audio));

        // Another project's asset is not shown.
        Project other;
        other.name = u"Other"_s;
        const qint64 otherId = m_library->projects().create(other)->id;
        QVERIFY(m_library->media().importFile(otherId, test::media(u"still.jpg"_s)).ok());
        QCOMPARE(model.rowCount(), 3);

        MT_VERIFY_OK(m_library->media().removeAsset(still));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(sound), 1);
        model.setProjectId(otherId);
        QCOMPARE(model.rowCount(), 1);
        model.setProjectId(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void postersArriveWhenAskedFor()
    {
        AssetModel model(m_library->assets(), m_previews.get());
        model.setProjectId(m_projectId);
        import(u"h264_aac.mp4"_s);
        QVERIFY(m_queue->jobs().value().isEmpty()); // nothing asked, nothing queued
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.index(0).data(AssetModel::PosterRole).value<QImage>().isNull());
        QVERIFY(changed.wait(30000));
        const QImage poster = model.index(0).data(AssetModel::PosterRole).value<QImage>();
        QVERIFY(!poster.isNull());
        QCOMPARE(poster.width(), MediaPreviews::PosterWidth);
    }

    void dragsCarryIds()
    {
        AssetModel model(m_library->assets(), nullptr);
        model.setProjectId(m_projectId);
        const qint64 a = import(u"h264_aac.mp4"_s);
        const qint64 b = import(u"still.png"_s);
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsDragEnabled));
        std::unique_ptr<QMimeData> data(model.mimeData({model.index(1), model.index(0)}));
        QVERIFY(data);
        QCOMPARE(data->data(AssetModel::MimeType), u"[%1,%2]"_s.arg(a).arg(b).toUtf8());
        QCOMPARE(AssetModel::idsFromMimeData(data.get()), (QList<qint64>{a, b}));
    }

    void formatsDurations_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("still") << 0.0 << QString();
        QTest::newRow("short") << 2.4 << u"0:02.4"_s;
        QTest::newRow("minute") << 65.2 << u"1:05"_s;
        QTest::newRow("hour") << 3725.0 << u"1:02:05"_s;
    }

    void formatsDurations()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(AssetModel::formatDuration(seconds), text);
    }

    void castWithPortraits()
    {
        CharacterModel model(m_library->characters(), m_queue.get(), m_library->paths().root);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const Result<Character> zoe = m_library->characters().create(u"Zoë"_s, u"Pilot"_s);
        MT_VERIFY_OK(zoe);
        const Result<Character> ada = m_library->characters().create(u"Ada"_s);
        MT_VERIFY_OK(ada);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), u"Ada"_s); // by name
        QCOMPARE(model.index(1).data(CharacterModel::DescriptionRole).toString(), u"Pilot"_s);
        QVERIFY(model.index(0).data(CharacterModel::PortraitRole).value<QImage>().isNull());

        MT_VERIFY_OK(
                m_library->media().addCharacterImage(zoe->id, test::media(u"still.png"_s), true));
        const int row = model.rowOf(zoe->id);
        QCOMPARE(model.index(row).data(CharacterModel::ImageCountRole).toInt(), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.index(row).data(CharacterModel::PortraitRole).value<QImage>().isNull());
        QVERIFY(changed.wait(30000));
        QVERIFY(!model.index(row).data(CharacterModel::PortraitRole).value<QImage>().isNull());

        MT_VERIFY_OK(m_library->media().removeCharacter(ada->id));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAssetModel)
#include "tst_assetmodel.moc"
