// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "clirunner.h"
#include "testmedia.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// movietool-cli end to end, as a script would run it: a real process, a real library folder,
// the exit statuses and --json documents of shared/CLI.md.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = mt::test::CliRunner::Run;
    mt::test::CliRunner m_cli;

    QString libraryDir() const { return m_cli.libraryDir(); }
    Run run(const QStringList &args,
            const QProcessEnvironment &env = mt::test::CliRunner::defaultEnvironment()) const
    {
        return m_cli.run(args, env);
    }
    Run json(const QStringList &args, int expected = 0) const { return m_cli.json(args, expected); }

    QStringList uploads() const
    {
        return QDir(libraryDir() + u"/media/uploads"_s).entryList(QDir::Files | QDir::Hidden);
    }

private slots:
    void init() { QVERIFY(m_cli.reset()); }

    void helpAndUsageErrors()
    {
        const Run help = run({u"help"_s});
        QCOMPARE(help.status, 0);
        QVERIFY(help.out.contains("project create"));
        QVERIFY(help.out.contains("library restore"));
        QCOMPARE(run({u"frobnicate"_s}).status, 1);
        QCOMPARE(run({u"project"_s, u"create"_s}).status, 1);
        QCOMPARE(run({u"project"_s, u"create"_s, u"A"_s, u"B"_s}).status, 1);
        QCOMPARE(run({u"project"_s, u"create"_s, u"A"_s, u"--width"_s, u"wide"_s}).status, 1);
        QCOMPARE(run({u"project"_s, u"create"_s, u"--bogus"_s, u"A"_s}).status, 1);
        const Run commandHelp = run({u"project"_s, u"create"_s, u"--help"_s});
        QCOMPARE(commandHelp.status, 0);
        QVERIFY(commandHelp.out.contains("--fps"));
    }

    void projects()
    {
        const Run created = json({u"project"_s,
                                  u"create"_s,
                                  u"My Film"_s,
                                  u"--fps"_s,
                                  u"23.976"_s,
                                  u"--width"_s,
                                  u"1920"_s,
                                  u"--height"_s,
                                  u"1080"_s,
                                  u"--description"_s,
                                  u"A test"_s});
        const QJsonObject project = created.object();
        QCOMPARE(project[u"name"_s].toString(), u"My Film"_s);
        QCOMPARE(project[u"fps"_s].toString(), u"24000/1001"_s);
        QCOMPARE(project[u"width"_s].toInt(), 1920);
        const int id = project[u"id"_s].toInt();
        QVERIFY(id > 0);

        // Refusals: exit 2, a message that says what to do, nothing written.
        const Run duplicate = json({u"project"_s, u"create"_s, u"My Film"_s}, 2);
        QVERIFY(duplicate.out.isEmpty());
        QVERIFY(!duplicate.err.isEmpty());
        json({u"project"_s, u"create"_s, u"Tiny"_s, u"--width"_s, u"2"_s}, 2);
        json({u"project"_s, u"create"_s, u"Odd"_s, u"--fps"_s, u"fast"_s}, 2);
        json({u"project"_s, u"create"_s, u"   "_s}, 2);
        QCOMPARE(json({u"project"_s, u"list"_s}).array().size(), 1);

        json({u"project"_s, u"create"_s, u"Second"_s});
        const QJsonArray list = json({u"project"_s, u"list"_s}).array();
        QCOMPARE(list.size(), 2);

        // By id and by name.
        QCOMPARE(json({u"project"_s, u"show"_s, QString::number(id)}).object()[u"name"_s].toString(),
                 u"My Film"_s);
        QCOMPARE(json({u"project"_s, u"show"_s, u"Second"_s}).object()[u"assetCount"_s].toInt(), 0);
        json({u"project"_s, u"show"_s, u"Nope"_s}, 2);
        json({u"project"_s, u"show"_s, u"999"_s}, 2);

        const Run renamed = json({u"project"_s, u"rename"_s, u"My Film"_s, u"Final Cut"_s});
        QCOMPARE(renamed.object()[u"name"_s].toString(), u"Final Cut"_s);
        json({u"project"_s, u"rename"_s, u"Final Cut"_s, u"Second"_s}, 2);

        json({u"project"_s, u"delete"_s, u"Second"_s});
        const Run listed = json({u"project"_s, u"list"_s});
        QCOMPARE(listed.array().size(), 1);
        // Nothing but errors and progress on stderr: not what the library opened.
        QCOMPARE(listed.err, QString());

        // Readable text without --json.
        const Run text = run({u"project"_s, u"list"_s});
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.contains("Final Cut"));
    }

    void importAndAssets()
    {
        json({u"project"_s, u"create"_s, u"Film"_s});
        const Run imported = json({u"import"_s,
                                   u"Film"_s,
                                   mt::test::media(u"h264_aac.mp4"_s),
                                   mt::test::media(u"still.png"_s),
                                   mt::test::media(u"tone.wav"_s)});
        const QJsonArray assets = imported.array();
        QCOMPARE(assets.size(), 3);
        QCOMPARE(assets[0][u"kind"_s].toString(), u"video"_s);
        QCOMPARE(assets[1][u"kind"_s].toString(), u"image"_s);
        QCOMPARE(assets[2][u"kind"_s].toString(), u"audio"_s);
        QCOMPARE(assets[0][u"width"_s].toInt(), 640);
        QVERIFY(std::abs(assets[0][u"duration"_s].toDouble() - 2.0) < 0.05);
        QVERIFY(QFile::exists(assets[0][u"path"_s].toString()));
        QCOMPARE(uploads().size(), 3);

        // The same content again is the same asset.
        const Run again = json({u"import"_s, u"Film"_s, mt::test::media(u"h264_aac.mp4"_s)});
        QCOMPARE(again.array()[0][u"id"_s].toInt(), assets[0][u"id"_s].toInt());
        QVERIFY(again.array()[0][u"existing"_s].toBool());

        // Bad files are refused by name; the good one beside them still imports.
        const Run mixed = json({u"import"_s,
                                u"Film"_s,
                                mt::test::media(u"notmedia.mp4"_s),
                                mt::test::media(u"truncated.mp4"_s),
                                mt::test::media(u"tone.mp3"_s)},
                               2);
        QVERIFY(mixed.err.contains(u"notmedia.mp4"_s));
        QVERIFY(mixed.err.contains(u"truncated.mp4"_s));
        QCOMPARE(mixed.array().size(), 3);
        QVERIFY(mixed.array()[0][u"error"_s].isString());
        QCOMPARE(mixed.array()[2][u"kind"_s].toString(), u"audio"_s);
        QCOMPARE(uploads().size(), 4);
        json({u"import"_s, u"Nope"_s, mt::test::media(u"tone.mp3"_s)}, 2);

        QCOMPARE(json({u"asset"_s, u"list"_s, u"Film"_s}).array().size(), 4);
        QCOMPARE(json({u"asset"_s, u"list"_s, u"Film"_s, u"--kind"_s, u"audio"_s}).array().size(),
                 2);
        QCOMPARE(run({u"asset"_s, u"list"_s, u"Film"_s, u"--kind"_s, u"smell"_s}).status, 1);

        const int videoId = assets[0][u"id"_s].toInt();
        const QJsonObject shown = json({u"asset"_s, u"show"_s, QString::number(videoId)}).object();
        QCOMPARE(shown[u"info"_s][u"video"_s][u"codec"_s].toString(), u"h264"_s);
        QCOMPARE(shown[u"info"_s][u"audio"_s][u"sampleRate"_s].toInt(), 48000);
        json({u"asset"_s, u"show"_s, u"4242"_s}, 2);
        QCOMPARE(run({u"asset"_s, u"show"_s, u"first"_s}).status, 1);

        json({u"asset"_s, u"remove"_s, QString::number(videoId)});
        QCOMPARE(uploads().size(), 3);
        QCOMPARE(QDir(libraryDir() + u"/trash"_s).entryList(QDir::Files).size(), 1);
        const QJsonObject emptied = json({u"library"_s, u"empty-trash"_s}).object();
        QCOMPARE(emptied[u"files"_s].toArray().size(), 1);
    }

    void importAFolder()
    {
        json({u"project"_s, u"create"_s, u"Film"_s});
        const QString folder = m_cli.filePath(u"drop"_s);
        QDir().mkpath(folder + u"/sub"_s);
        QVERIFY(QFile::copy(mt::test::media(u"still.jpg"_s), folder + u"/a.jpg"_s));
        QVERIFY(QFile::copy(mt::test::media(u"tone.flac"_s), folder + u"/sub/b.flac"_s));
        QVERIFY(QFile::copy(mt::test::media(u"notmedia.mp4"_s), folder + u"/c.mp4"_s));
        const Run imported = json({u"import"_s, u"Film"_s, folder}, 2);
        QCOMPARE(imported.array().size(), 3);
        QVERIFY(imported.err.contains(u"c.mp4"_s));
        QCOMPARE(json({u"asset"_s, u"list"_s, u"Film"_s}).array().size(), 2);
    }

    void characters()
    {
        const QJsonObject ada
                = json({u"character"_s, u"create"_s, u"Ada"_s, u"--description"_s, u"Engineer"_s})
                          .object();
        QCOMPARE(ada[u"name"_s].toString(), u"Ada"_s);
        json({u"character"_s, u"create"_s, u"ada"_s}, 2); // names are unique ignoring case

        const QJsonObject withImage
                = json({u"character"_s, u"add-image"_s, u"Ada"_s, mt::test::media(u"still.png"_s)})
                          .object();
        const QJsonArray images = withImage[u"images"_s].toArray();
        QCOMPARE(images.size(), 1);
        QVERIFY(images[0][u"primary"_s].toBool());
        QVERIFY(QFile::exists(images[0][u"path"_s].toString()));

        const QJsonObject two = json({u"character"_s,
                                      u"add-image"_s,
                                      u"Ada"_s,
                                      mt::test::media(u"still.jpg"_s),
                                      u"--primary"_s})
                                        .object();
        QCOMPARE(two[u"images"_s].toArray().size(), 2);
        QCOMPARE(two[u"images"_s][0][u"originalName"_s].toString(), u"still.jpg"_s);
        QVERIFY(two[u"images"_s][0][u"primary"_s].toBool());

        json({u"character"_s, u"add-image"_s, u"Ada"_s, mt::test::media(u"h264_aac.mp4"_s)}, 2);
        json({u"character"_s, u"add-image"_s, u"Ada"_s, mt::test::media(u"notmedia.mp4"_s)}, 2);

        const QString firstId = QString::number(images[0][u"id"_s].toInt());
        const QJsonObject primaryAgain = json({u"character"_s, u"set-primary"_s, u"Ada"_s, firstId})
                                                 .object();
        QCOMPARE(primaryAgain[u"images"_s][0][u"id"_s].toInt(), images[0][u"id"_s].toInt());
        json({u"character"_s, u"remove-image"_s, u"Ada"_s, u"999"_s}, 2);
        const QJsonObject one = json({u"character"_s, u"remove-image"_s, u"Ada"_s, firstId}).object();
        QCOMPARE(one[u"images"_s].toArray().size(), 1);
        QVERIFY(one[u"images"_s][0][u"primary"_s].toBool());

        const QJsonObject renamed
                = json({u"character"_s, u"update"_s, u"Ada"_s, u"--name"_s, u"Ada L."_s}).object();
        QCOMPARE(renamed[u"name"_s].toString(), u"Ada L."_s);
        QCOMPARE(renamed[u"description"_s].toString(), u"Engineer"_s);
        QCOMPARE(json({u"character"_s, u"list"_s}).array().size(), 1);
        QCOMPARE(json({u"character"_s, u"show"_s, u"Ada L."_s}).object()[u"id"_s].toInt(),
                 ada[u"id"_s].toInt());

        json({u"character"_s, u"delete"_s, u"Ada L."_s});
        QCOMPARE(json({u"character"_s, u"list"_s}).array().size(), 0);
        QCOMPARE(QDir(libraryDir() + u"/media/characters"_s).entryList(QDir::Files).size(), 0);
    }

    void libraryInfoSettingsAndCleanup()
    {
        json({u"project"_s, u"create"_s, u"Film"_s});
        json({u"import"_s, u"Film"_s, mt::test::media(u"still.png"_s)});
        const QJsonObject info = json({u"library"_s, u"info"_s}).object();
        QCOMPARE(info[u"location"_s].toString(), QDir(libraryDir()).absolutePath());
        QCOMPARE(info[u"projects"_s].toInt(), 1);
        QCOMPARE(info[u"assets"_s].toInt(), 1);
        QVERIFY(info[u"schemaVersion"_s].toInt() >= 1);
        QCOMPARE(info[u"managedBytes"_s].toInteger(),
                 QFileInfo(mt::test::media(u"still.png"_s)).size());

        const QJsonObject set = json({u"library"_s,
                                      u"settings"_s,
                                      u"--quota"_s,
                                      u"2G"_s,
                                      u"--max-file-size"_s,
                                      u"500M"_s})
                                        .object();
        QCOMPARE(set[u"quotaBytes"_s].toInteger(), 2LL * 1024 * 1024 * 1024);
        QCOMPARE(set[u"maxImportFileSize"_s].toInteger(), 500LL * 1024 * 1024);
        json({u"library"_s, u"settings"_s, u"--quota"_s, u"10"_s}, 2); // under the minimum
        QCOMPARE(run({u"library"_s, u"settings"_s, u"--quota"_s, u"lots"_s}).status, 1);

        // Too small a limit refuses the import.
        json({u"library"_s, u"settings"_s, u"--max-file-size"_s, u"1M"_s});
        const Run big = json({u"import"_s, u"Film"_s, mt::test::media(u"shot_720p.mp4"_s)}, 2);
        QVERIFY(big.err.contains(u"shot_720p.mp4"_s));

        const QString orphan = libraryDir() + u"/media/uploads/stray.mp4"_s;
        QVERIFY(QFile::copy(mt::test::media(u"h264_aac.mp4"_s), orphan));
        const QJsonObject dry = json({u"library"_s, u"cleanup"_s, u"--dry-run"_s}).object();
        QCOMPARE(dry[u"files"_s].toArray().size(), 1);
        QVERIFY(QFile::exists(orphan));
        json({u"library"_s, u"cleanup"_s});
        QVERIFY(!QFile::exists(orphan));
        QCOMPARE(json({u"library"_s, u"cleanup"_s, u"--dry-run"_s})
                         .object()[u"files"_s]
                         .toArray()
                         .size(),
                 0);
    }

    void backupAndRestore()
    {
        json({u"project"_s, u"create"_s, u"Before"_s});
        const QString backupDir = m_cli.filePath(u"backups"_s);
        const QString backup
                = json({u"library"_s, u"backup"_s, backupDir}).object()[u"backup"_s].toString();
        QVERIFY(QFile::exists(backup));
        json({u"project"_s, u"create"_s, u"After"_s});
        QCOMPARE(json({u"project"_s, u"list"_s}).array().size(), 2);

        // A bad candidate is refused and changes nothing.
        const QString garbage = m_cli.filePath(u"garbage.db"_s);
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly) && g.write(QByteArray(8192, 'x')) > 0);
        g.close();
        QVERIFY(run({u"library"_s, u"restore"_s, garbage}).status != 0);
        QCOMPARE(json({u"project"_s, u"list"_s}).array().size(), 2);

        json({u"library"_s, u"restore"_s, backup});
        const QJsonArray restored = json({u"project"_s, u"list"_s}).array();
        QCOMPARE(restored.size(), 1);
        QCOMPARE(restored[0][u"name"_s].toString(), u"Before"_s);
    }

    void damagedDatabaseIsAClearFailure()
    {
        json({u"project"_s, u"create"_s, u"Film"_s});
        const QString db = libraryDir() + u"/library.db"_s;
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        // Overwrite the middle of the file: the header says SQLite, the pages are garbage.
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char(i * 7);
        file.seek(0);
        file.write(bytes);
        file.close();

        const Run broken = run({u"project"_s, u"list"_s});
        QCOMPARE(broken.status, 3);
        QVERIFY2(broken.err.contains(u"restore"_s), qPrintable(broken.err));
        QFile after(db);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes); // never overwritten
    }

    void libraryFromTheEnvironment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString dir = m_cli.filePath(u"envlib"_s);
        env.insert(u"MOVIETOOL_LIBRARY"_s, dir);
        const Run created = run({u"--json"_s, u"project"_s, u"create"_s, u"Env"_s}, env);
        QCOMPARE(created.status, 0);
        QVERIFY(QFile::exists(dir + u"/library.db"_s));
        // Options after the command work too.
        const Run listed = run({u"project"_s, u"list"_s, u"--json"_s, u"--library"_s, dir}, env);
        QCOMPARE(listed.status, 0);
        QCOMPARE(listed.array().size(), 1);
    }

    void probeManyFiles()
    {
        const Run probed = run({u"--json"_s,
                                u"probe"_s,
                                mt::test::media(u"portrait_rot90.mp4"_s),
                                mt::test::media(u"tone.flac"_s),
                                mt::test::media(u"still.webp"_s)});
        QCOMPARE(probed.status, 0);
        const QJsonArray infos = probed.array();
        QCOMPARE(infos.size(), 3);
        QCOMPARE(infos[0][u"video"_s][u"width"_s].toInt(), 360);
        QCOMPARE(infos[0][u"video"_s][u"height"_s].toInt(), 640);
        QCOMPARE(infos[0][u"video"_s][u"rotation"_s].toInt(), 90);
        QCOMPARE(infos[1][u"kind"_s].toString(), u"audio"_s);
        QCOMPARE(infos[2][u"kind"_s].toString(), u"image"_s);

        const Run bad = run({u"--json"_s,
                             u"probe"_s,
                             mt::test::media(u"notmedia.mp4"_s),
                             mt::test::media(u"tone.wav"_s)});
        QCOMPARE(bad.status, 2);
        QCOMPARE(bad.array().size(), 2);
        QVERIFY(bad.err.contains(u"notmedia.mp4"_s));

        const Run text = run({u"probe"_s, mt::test::media(u"surround51.mp4"_s)});
        QCOMPARE(text.status, 0);
        QVERIFY(text.out.contains("5.1"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
