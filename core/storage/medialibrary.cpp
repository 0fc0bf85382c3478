// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "medialibrary.h"

#include "assetstore.h"
#include "characterstore.h"
#include "projectstore.h"
#include "settingsstore.h"
#include "storagelog.h"
#include "trash.h"

#include "media/mediaprobe.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 CopyChunk = 1024 * 1024;
const QString TempPrefix = u".import-"_s;

QString formatSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Managed file names come from the content hash; the extension is kept (players sniff by it)
// only when it is a plain short word, so a hostile name can never shape a path.
QString managedExtension(const QString &sourcePath, MediaKind kind)
{
    static const QRegularExpression plain(u"^[a-z0-9]{1,8}$"_s);
    const QString suffix = QFileInfo(sourcePath).suffix().toLower();
    if (plain.match(suffix).hasMatch())
        return suffix;
    switch (kind) {
    case MediaKind::Image:
        return u"img"_s;
    case MediaKind::Audio:
        return u"audio"_s;
    case MediaKind::Video:
        break;
    }
    return u"video"_s;
}

QString kindNames(const QList<MediaKind> &kinds)
{
    QStringList names;
    for (MediaKind kind : kinds)
        names << mediaKindName(kind);
    return names.join(u", "_s);
}

} // namespace

MediaLibrary::MediaLibrary(const LibraryPaths &paths, ProjectStore &projects,
                           CharacterStore &characters, AssetStore &assets, SettingsStore &settings)
    : m_paths(paths)
    , m_projects(projects)
    , m_characters(characters)
    , m_assets(assets)
    , m_settings(settings)
{}

Result<MediaLibrary::Limits> MediaLibrary::limits() const
{
    const Result<qint64> used = m_assets.totalManagedBytes();
    if (!used.ok())
        return used.error();
    return Limits{m_settings.maxImportFileSize(), m_settings.quotaBytes(), *used};
}

Result<StagedFile> MediaLibrary::stage(const QString &path, const QString &folder,
                                       const LibraryPaths &paths, const Limits &limits,
                                       const QList<MediaKind> &acceptedKinds)
{
    const QFileInfo source(path);
    const QString name = source.fileName().isEmpty() ? path : source.fileName();
    if (!source.exists())
        return Error::refused(tr("“%1” does not exist. Check the path.").arg(path));
    if (source.isDir())
        return Error::refused(tr("“%1” is a folder. Import the files inside it.").arg(path));
    if (!source.isFile() || !source.isReadable())
        return Error::refused(tr("“%1” cannot be read. Check its permissions.").arg(path));
    if (source.size() == 0)
        return Error::refused(tr("“%1” is empty (0 bytes). Copy or download it again.").arg(name));
    if (limits.maxFileSize > 0 && source.size() > limits.maxFileSize)
        return Error::refused(tr("“%1” is %2, over the import limit of %3. Raise the limit in "
                                 "the library settings or import a smaller file.")
                                      .arg(name, formatSize(source.size()),
                                           formatSize(limits.maxFileSize)));
    if (limits.quotaBytes > 0 && limits.usedBytes + source.size() > limits.quotaBytes)
        return Error::refused(tr("Importing “%1” (%2) would exceed the library's quota of %3 "
                                 "(%4 in use). Delete media you no longer need, empty the trash, "
                                 "or raise the quota.")
                                      .arg(name, formatSize(source.size()),
                                           formatSize(limits.quotaBytes),
                                           formatSize(limits.usedBytes)));

    Result<MediaInfo> probed = MediaProbe::probe(path);
    if (!probed.ok())
        return probed.error();
    if (!acceptedKinds.isEmpty() && !acceptedKinds.contains(probed->kind))
        return Error::refused(tr("“%1” is %2 media; only %3 can be used here.")
                                      .arg(name, mediaKindName(probed->kind),
                                           kindNames(acceptedKinds)));

    // One pass: hash what is read while copying it, into a temporary name in the target folder
    // (same file system, so the rename below is atomic). A failure removes the temporary file.
    if (!QDir().mkpath(folder))
        return Error::failed(tr("Could not create the folder %1. Check the library's permissions.")
                                     .arg(folder));
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return Error::refused(tr("“%1” cannot be read: %2.").arg(name, input.errorString()));
    const QString tempPath = folder + u'/' + TempPrefix
                             + QString::number(QRandomGenerator::global()->generate64(), 36)
                             + u".part"_s;
    QFile output(tempPath);
    if (!output.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error::failed(tr("Could not write into the library (%1): %2.")
                                     .arg(folder, output.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(CopyChunk, Qt::Uninitialized);
    qint64 copied = 0;
    auto abandon = [&](const Error &error) {
        output.close();
        QFile::remove(tempPath);
        return error;
    };
    for (;;) {
        const qint64 read = input.read(buffer.data(), CopyChunk);
        if (read < 0)
            return abandon(Error::failed(tr("Reading “%1” failed: %2. Check the disk or copy "
                                            "the file again.")
                                                 .arg(name, input.errorString())));
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
        if (output.write(buffer.constData(), read) != read)
            return abandon(Error::failed(tr("Copying “%1” into the library failed: %2. Free "
                                            "some disk space and import it again.")
                                                 .arg(name, output.errorString())));
        copied += read;
    }
    if (!output.flush() || (output.close(), output.error() != QFileDevice::NoError))
        return abandon(Error::failed(tr("Copying “%1” into the library failed: %2. Free some "
                                        "disk space and import it again.")
                                             .arg(name, output.errorString())));

    StagedFile staged;
    staged.sourcePath = path;
    staged.sha256 = QString::fromLatin1(hash.result().toHex());
    staged.fileSize = copied;
    const QDir dir(folder);
    const QStringList existing = dir.entryList({staged.sha256 + u".*"_s}, QDir::Files);
    QString finalPath;
    if (!existing.isEmpty()) {
        QFile::remove(tempPath);
        finalPath = dir.filePath(existing.first());
    } else {
        finalPath = dir.filePath(staged.sha256 + u'.' + managedExtension(path, probed->kind));
        if (!QFile::rename(tempPath, finalPath)) {
            QFile::remove(tempPath);
            return Error::failed(tr("Could not move “%1” into place in the library (%2). Check "
                                    "the library's permissions.")
                                         .arg(name, finalPath));
        }
        staged.createdNow = true;
    }
    staged.relativePath = paths.relative(finalPath);
    staged.info = std::move(probed).value();
    staged.info.path = staged.relativePath;
    staged.info.fileSize = copied;
    return staged;
}

Result<MediaLibrary::Imported> MediaLibrary::registerAsset(qint64 projectId,
                                                           const StagedFile &staged,
                                                           AssetOrigin origin)
{
    const Result<std::optional<Asset>> known = m_assets.findByHash(projectId, staged.sha256);
    if (!known.ok())
        return known.error();
    if (known->has_value())
        return Imported{**known, true};

    Asset asset;
    asset.projectId = projectId;
    asset.kind = staged.info.kind;
    asset.origin = origin;
    asset.originalName = QFileInfo(staged.sourcePath).fileName().left(AssetStore::MaxOriginalNameLength);
    asset.relativePath = staged.relativePath;
    asset.sha256 = staged.sha256;
    asset.fileSize = staged.fileSize;
    asset.info = staged.info;
    asset.isPlaceholder = origin == AssetOrigin::Storyboard;
    Result<Asset> inserted = m_assets.insert(asset);
    if (!inserted.ok()) {
        if (staged.createdNow)
            trashUnreferenced({staged.relativePath});
        return inserted.error();
    }
    return Imported{std::move(inserted).value(), false};
}

Result<MediaLibrary::Imported> MediaLibrary::importFile(qint64 projectId, const QString &path,
                                                        AssetOrigin origin)
{
    // Checked first so an unknown project costs no copy.
    if (const Result<Project> project = m_projects.get(projectId); !project.ok())
        return project.error();
    const Result<Limits> current = limits();
    if (!current.ok())
        return current.error();
    const QString folder = origin == AssetOrigin::Imported ? m_paths.uploads() : m_paths.outputs();
    const Result<StagedFile> staged = stage(path, folder, m_paths, *current);
    if (!staged.ok())
        return staged.error();
    return registerAsset(projectId, *staged, origin);
}

Result<Asset> MediaLibrary::removeAsset(qint64 assetId)
{
    Result<Asset> removed = m_assets.remove(assetId);
    if (removed.ok()) {
        if (const Status trashed = trashUnreferenced({removed->relativePath}); !trashed.ok())
            return trashed.error();
    }
    return removed;
}

Status MediaLibrary::removeProject(qint64 projectId)
{
    const Result<QStringList> files = m_assets.pathsOfProject(projectId);
    if (!files.ok())
        return files.error();
    if (const Status removed = m_projects.remove(projectId); !removed.ok())
        return removed;
    return trashUnreferenced(*files);
}

Result<CharacterImage> MediaLibrary::addCharacterImage(qint64 characterId, const QString &path,
                                                       bool makePrimary)
{
    if (const Result<Character> character = m_characters.get(characterId); !character.ok())
        return character.error();
    const Result<Limits> current = limits();
    if (!current.ok())
        return current.error();
    const Result<StagedFile> staged = stage(path, m_paths.characters(), m_paths, *current,
                                            {MediaKind::Image});
    if (!staged.ok())
        return staged.error();

    CharacterImage image;
    image.characterId = characterId;
    image.relativePath = staged->relativePath;
    image.sha256 = staged->sha256;
    image.originalName = QFileInfo(path).fileName();
    image.fileSize = staged->fileSize;
    if (staged->info.video) {
        image.width = staged->info.video->width;
        image.height = staged->info.video->height;
    }
    image.isPrimary = makePrimary;
    Result<CharacterImage> added = m_characters.addImage(image);
    if (!added.ok() && staged->createdNow)
        trashUnreferenced({staged->relativePath});
    return added;
}

Result<CharacterImage> MediaLibrary::removeCharacterImage(qint64 imageId)
{
    Result<CharacterImage> removed = m_characters.removeImage(imageId);
    if (removed.ok()) {
        if (const Status trashed = trashUnreferenced({removed->relativePath}); !trashed.ok())
            return trashed.error();
    }
    return removed;
}

Result<Character> MediaLibrary::removeCharacter(qint64 characterId)
{
    Result<Character> removed = m_characters.remove(characterId);
    if (removed.ok()) {
        QStringList files;
        for (const CharacterImage &image : removed->images)
            files << image.relativePath;
        if (const Status trashed = trashUnreferenced(files); !trashed.ok())
            return trashed.error();
    }
    return removed;
}

Status MediaLibrary::trashUnreferenced(const QStringList &relativePaths)
{
    const Result<QStringList> referenced = m_assets.allReferencedPaths();
    if (!referenced.ok())
        return referenced.error();
    const QSet<QString> inUse(referenced->cbegin(), referenced->cend());
    const Trash trash(m_paths.trash());
    for (const QString &relative : relativePaths) {
        const QString absolute = m_paths.absolute(relative);
        if (inUse.contains(relative) || !QFileInfo::exists(absolute))
            continue;
        if (const Result<QString> moved = trash.moveIn(absolute); !moved.ok())
            return moved.error();
        qCInfo(lcStorage) << "moved to trash:" << relative;
    }
    return {};
}

Result<MediaLibrary::FileReport> MediaLibrary::cleanup(bool dryRun)
{
    const Result<QStringList> referenced = m_assets.allReferencedPaths();
    if (!referenced.ok())
        return referenced.error();
    const QSet<QString> inUse(referenced->cbegin(), referenced->cend());
    const QDateTime recent = QDateTime::currentDateTimeUtc().addDays(-1);
    const Trash trash(m_paths.trash());

    FileReport report;
    for (const QString &folder : {m_paths.uploads(), m_paths.outputs(), m_paths.characters()}) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString absolute = it.next();
            const QFileInfo info = it.fileInfo();
            const QString relative = m_paths.relative(absolute);
            if (inUse.contains(relative))
                continue;
            if (info.fileName().startsWith(TempPrefix) && info.lastModified().toUTC() > recent)
                continue;
            report.files << relative;
            report.bytes += info.size();
            if (!dryRun) {
                if (const Result<QString> moved = trash.moveIn(absolute); !moved.ok())
                    return moved.error();
            }
        }
    }
    report.files.sort();
    return report;
}

Result<MediaLibrary::FileReport> MediaLibrary::emptyTrash()
{
    const Trash trash(m_paths.trash());
    FileReport report;
    report.bytes = trash.bytes();
    Result<QStringList> deleted = trash.empty();
    if (!deleted.ok())
        return deleted.error();
    report.files = std::move(deleted).value();
    return report;
}

Result<MediaLibrary::Usage> MediaLibrary::usage() const
{
    const Result<qint64> managed = m_assets.totalManagedBytes();
    if (!managed.ok())
        return managed.error();
    return Usage{Trash::folderBytes(m_paths.media()), Trash::folderBytes(m_paths.trash()),
                 Trash::folderBytes(m_paths.cache()), *managed};
}

} // namespace mt
