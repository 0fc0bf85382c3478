// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "storagetest.h"

#include "edit/edithistory.h"
#include "edit/timelineeditor.h"

#include <QSqlRecord>

// What the timeline tests share: a library database with a project and assets of each kind
// (rows only: editing needs their durations, not their files), the editor over it, and a dump of
// the timeline tables to compare database states exactly.
namespace mt::test {

class TimelineFixture : public StoreFixture
{
public:
    bool open()
    {
        if (!StoreFixture::open())
            return false;
        return start();
    }

    // Closes and reopens the same database file, as a restart of the program does.
    bool reopen()
    {
        m_editor.reset();
        m_history.reset();
        m_assets.reset();
        m_db = std::make_unique<Database>();
        if (!m_db->open(m_dir->filePath(QStringLiteral("library.db"))).ok())
            return false;
        m_assets = std::make_unique<AssetStore>(*m_db);
        m_history = std::make_unique<EditHistory>(*m_db);
        m_editor = std::make_unique<TimelineEditor>(*m_db, *m_history);
        return true;
    }

    // Every row of the timeline tables and the assets' flags, in id order, as text: equal dumps
    // are equal states.
    QString dump() const
    {
        QString text;
        for (const QString &table : {QStringLiteral("clips"),
                                     QStringLiteral("audio_clips"),
                                     QStringLiteral("clip_takes"),
                                     QStringLiteral("asset_flags")}) {
            QSqlQuery query(m_db->connection());
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
            while (query.next()) {
                text += table + QLatin1Char(':');
                for (int i = 0; i < query.record().count(); ++i) {
                    text += QLatin1Char(' ') + query.record().fieldName(i) + QLatin1Char('=')
                            + (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
                }
                text += QLatin1Char('\n');
            }
        }
        return text;
    }

    TimelineEditor &editor() { return *m_editor; }
    Database *database() { return m_db.get(); }
    EditHistory &history() { return *m_history; }
    qint64 project() const { return m_project; }

    // Assets of the project: two videos (4.5 s and 8 s, with sound), a still, and music (60 s).
    qint64 video = 0;
    qint64 longVideo = 0;
    qint64 still = 0;
    qint64 music = 0;
    qint64 otherProjectVideo = 0;

private:
    bool start()
    {
        Result<Project> project = m_projects->create(projectNamed(QStringLiteral("Film")));
        Result<Project> other = m_projects->create(projectNamed(QStringLiteral("Other")));
        if (!project || !other)
            return false;
        m_project = project->id;
        AudioStreamInfo sound;
        sound.codec = QStringLiteral("aac");
        sound.sampleRate = 48000;
        sound.channels = 2;
        Asset first = assetOf(m_project, 'a');
        first.info.audio = sound;
        Asset second = assetOf(m_project, 'b');
        second.info.duration = 8;
        second.info.audio = sound;
        Asset picture = assetOf(m_project, 'c', MediaKind::Image);
        picture.info.duration = 0;
        Asset song = assetOf(m_project, 'd', MediaKind::Audio);
        song.info.video.reset();
        song.info.audio = sound;
        song.info.duration = 60;
        const Asset foreign = assetOf(other->id, 'e');
        qint64 *ids[] = {&video, &longVideo, &still, &music, &otherProjectVideo};
        const Asset assets[] = {first, second, picture, song, foreign};
        for (int i = 0; i < 5; ++i) {
            Result<Asset> inserted = m_assets->insert(assets[i]);
            if (!inserted)
                return false;
            *ids[i] = inserted->id;
        }
        m_history = std::make_unique<EditHistory>(*m_db);
        m_editor = std::make_unique<TimelineEditor>(*m_db, *m_history);
        return true;
    }

    qint64 m_project = 0;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<TimelineEditor> m_editor;
};

} // namespace mt::test
