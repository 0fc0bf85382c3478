// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "storage/assetstore.h"
#include "storage/characterstore.h"
#include "storage/database.h"
#include "storage/projectstore.h"
#include "storage/settingsstore.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the storage tests share: result checks, raw SQL, file bytes, and a fresh library database
// with its stores.

// QVERIFY2 evaluates its message even on success, and a successful Result has no error().
#define MT_VERIFY_OK(result) \
    do { \
        if (!(result).ok()) \
            QFAIL(qPrintable((result).error().message)); \
    } while (false)

// The result is a refusal whose message contains text.
#define MT_VERIFY_REFUSED(result, text) \
    do { \
        const auto &r_ = (result); \
        QVERIFY(!r_.ok()); \
        QCOMPARE(r_.error().kind, mt::ErrorKind::Refused); \
        QVERIFY2(r_.error().message.contains(text), qPrintable(r_.error().message)); \
    } while (false)

namespace mt::test {

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The first column of the first row, or an invalid QVariant (logged) when the statement fails.
inline QVariant scalar(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next()) {
        qWarning() << statement << query.lastError().text();
        return {};
    }
    return query.value(0);
}

inline bool run(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement)) {
        qWarning() << statement << query.lastError().text();
        return false;
    }
    return true;
}

inline int count(Database &db, const QString &tableAndWhere)
{
    const QVariant n = scalar(db, QStringLiteral("SELECT count(*) FROM ") + tableAndWhere);
    return n.isValid() ? n.toInt() : -1;
}

inline Project projectNamed(const QString &name)
{
    Project project;
    project.name = name;
    return project;
}

// Options that know only the first count schema steps: a database "from version count".
inline Database::Options firstSteps(int count)
{
    Database::Options options;
    options.migrations = schemaMigrations().mid(0, count);
    return options;
}

inline QString sha(char c)
{
    return QString(64, QLatin1Char(c));
}

// A new library database in a temporary folder with every store over it.
class StoreFixture
{
public:
    bool open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        if (!m_dir->isValid() || !m_db->open(m_dir->filePath(QStringLiteral("library.db"))).ok())
            return false;
        m_settings = std::make_unique<SettingsStore>(*m_db);
        m_projects = std::make_unique<ProjectStore>(*m_db);
        m_characters = std::make_unique<CharacterStore>(*m_db);
        m_assets = std::make_unique<AssetStore>(*m_db);
        return true;
    }

    void close()
    {
        m_assets.reset();
        m_characters.reset();
        m_projects.reset();
        m_settings.reset();
        m_db.reset();
        m_dir.reset();
    }

    bool run(const QString &statement) { return test::run(*m_db, statement); }
    int count(const QString &tableAndWhere) { return test::count(*m_db, tableAndWhere); }

    // A 4.5 s 1280x720 asset whose content hash is 64 × hash (a hex digit).
    static Asset assetOf(qint64 projectId, char hash, MediaKind kind = MediaKind::Video)
    {
        Asset asset;
        asset.projectId = projectId;
        asset.kind = kind;
        asset.sha256 = sha(hash);
        asset.relativePath = QStringLiteral("media/uploads/%1.mp4").arg(asset.sha256);
        asset.originalName = QStringLiteral("shot %1.mp4").arg(QLatin1Char(hash));
        asset.fileSize = 1000;
        asset.info.kind = kind;
        asset.info.duration = 4.5;
        VideoStreamInfo video;
        video.width = 1280;
        video.height = 720;
        video.frameRate = {30, 1};
        asset.info.video = video;
        return asset;
    }

protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<CharacterStore> m_characters;
    std::unique_ptr<AssetStore> m_assets;
};

} // namespace mt::test
