// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "charactereditor.h"

#include "editorsession.h"
#include "panels/inlinemessage.h"
#include "storage/characterstore.h"
#include "storage/library.h"
#include "storage/medialibrary.h"

#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr int ThumbSide = 112;
enum PictureRole { ImageIdRole = Qt::UserRole + 1, SourceRole, NameRole, PrimaryRole };

// A small picture for the list, read scaled: reference pictures may be many megapixels and
// only a thumbnail is shown. Null when the file is not a picture Qt can read.
QImage thumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return {};
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(ThumbSide * 2, ThumbSide * 2, Qt::KeepAspectRatio));
    return reader.read();
}

QIcon squareIcon(const QImage &image)
{
    QPixmap square(ThumbSide, ThumbSide);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.fillRect(square.rect(), QColor(24, 26, 30));
    if (!image.isNull()) {
        QRect target(QPoint(), image.size().scaled(square.size(), Qt::KeepAspectRatio));
        target.moveCenter(square.rect().center());
        painter.drawImage(target, image);
    }
    return QIcon(square);
}

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

CharacterEditor::CharacterEditor(EditorSession &session, qint64 characterId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_characterId(characterId)
    , m_name(new QLineEdit(this))
    , m_nameMessage(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_descriptionCount(new QLabel(this))
    , m_pictures(new QListWidget(this))
    , m_addButton(new QPushButton(tr("Add Pictures…"), this))
    , m_primaryButton(new QPushButton(tr("Make Primary"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_message(new InlineMessage(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"characterEditor"_s);
    setWindowTitle(characterId ? tr("Edit Character") : tr("New Character"));
    setAcceptDrops(true);
    resize(560, 560);

    m_name->setPlaceholderText(tr("How the film calls them"));
    m_name->setMaxLength(CharacterStore::MaxNameLength);
    m_name->setAccessibleName(tr("Name"));
    m_nameMessage->setObjectName(u"nameMessage"_s);
    m_nameMessage->setWordWrap(true);
    m_nameMessage->setStyleSheet(u"color: #d0343c;"_s);
    m_nameMessage->hide();
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_nameMessage->isHidden())
            validateName();
    });

    m_description->setPlaceholderText(tr("Looks, clothes, manner: what every shot should keep "
                                         "the same."));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(70);
    m_descriptionCount->setAlignment(Qt::AlignRight);
    m_descriptionCount->setForegroundRole(QPalette::PlaceholderText);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        const int length = int(m_description->toPlainText().size());
        m_descriptionCount->setText(
                tr("%1 / %2").arg(length).arg(CharacterStore::MaxDescriptionLength));
        m_descriptionCount->setStyleSheet(
                length > CharacterStore::MaxDescriptionLength ? u"color: #d0343c;"_s : QString());
    });

    m_pictures->setObjectName(u"pictureList"_s);
    m_pictures->setAccessibleName(tr("Reference pictures"));
    m_pictures->setViewMode(QListView::IconMode);
    m_pictures->setIconSize(QSize(ThumbSide, ThumbSide));
    m_pictures->setGridSize(QSize(ThumbSide + 20, ThumbSide + 30));
    m_pictures->setMovement(QListView::Static);
    m_pictures->setResizeMode(QListView::Adjust);
    m_pictures->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pictures->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_pictures->setMinimumHeight(ThumbSide + 44);
    m_pictures->setToolTip(tr("Drop pictures here from your file manager"));
    connect(m_pictures, &QListWidget::itemSelectionChanged, this, &CharacterEditor::updateButtons);
    connect(m_pictures,
            &QListWidget::itemDoubleClicked,
            this,
            &CharacterEditor::makeSelectedPrimary);

    m_addButton->setAccessibleName(tr("Add reference pictures"));
    m_primaryButton->setAccessibleName(tr("Make the selected picture primary"));
    m_primaryButton->setToolTip(tr("The primary picture is the portrait and what "
                                   "character-to-video sends"));
    m_removeButton->setAccessibleName(tr("Remove the selected picture"));
    connect(m_addButton, &QPushButton::clicked, this, &CharacterEditor::choosePictures);
    connect(m_primaryButton, &QPushButton::clicked, this, &CharacterEditor::makeSelectedPrimary);
    connect(m_removeButton, &QPushButton::clicked, this, &CharacterEditor::removeSelected);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CharacterEditor::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_name);
    nameColumn->addWidget(m_nameMessage);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameColumn);
    auto *descriptionColumn = new QVBoxLayout;
    descriptionColumn->setSpacing(2);
    descriptionColumn->addWidget(m_description);
    descriptionColumn->addWidget(m_descriptionCount);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    form->addRow(descriptionLabel, descriptionColumn);

    auto *pictureTitle = new QLabel(tr("Reference pictures"), this);
    QFont bold = pictureTitle->font();
    bold.setBold(true);
    pictureTitle->setFont(bold);
    auto *pictureHint = new QLabel(tr("Drop pictures of the character here, or add them. The "
                                      "primary one (★) is the portrait."),
                                   this);
    pictureHint->setWordWrap(true);
    pictureHint->setForegroundRole(QPalette::PlaceholderText);
    auto *pictureButtons = new QHBoxLayout;
    pictureButtons->addWidget(m_addButton);
    pictureButtons->addStretch(1);
    pictureButtons->addWidget(m_primaryButton);
    pictureButtons->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(pictureTitle);
    layout->addWidget(pictureHint);
    layout->addWidget(m_pictures, 1);
    layout->addLayout(pictureButtons);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    emit m_description->textChanged();
    load();
    updateButtons();
}

void CharacterEditor::load()
{
    if (m_characterId == 0)
        return;
    const Result<Character> character = m_session.library().characters().get(m_characterId);
    if (!character) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The character could not be read."),
                               {character.error().message});
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_name->setText(character->name);
    m_description->setPlainText(character->description);
    const LibraryPaths &paths = m_session.library().paths();
    for (const CharacterImage &image : character->images) {
        Picture picture;
        picture.imageId = image.id;
        picture.displayName = image.originalName;
        picture.primary = image.isPrimary;
        addItem(picture, thumbnail(paths.absolute(image.relativePath)));
    }
}

CharacterEditor::Picture CharacterEditor::pictureOf(const QListWidgetItem *item)
{
    Picture picture;
    picture.imageId = item->data(ImageIdRole).toLongLong();
    picture.sourcePath = item->data(SourceRole).toString();
    picture.displayName = item->data(NameRole).toString();
    picture.primary = item->data(PrimaryRole).toBool();
    return picture;
}

void CharacterEditor::setPicture(QListWidgetItem *item, const Picture &picture)
{
    item->setData(ImageIdRole, picture.imageId);
    item->setData(SourceRole, picture.sourcePath);
    item->setData(NameRole, picture.displayName);
    item->setData(PrimaryRole, picture.primary);
    item->setText(picture.primary ? tr("★ Primary") : picture.displayName);
    item->setToolTip(picture.imageId ? picture.displayName
                                     : tr("%1 (added when you save)").arg(picture.displayName));
}

void CharacterEditor::addItem(const Picture &picture, const QImage &image)
{
    auto *item = new QListWidgetItem(squareIcon(image), QString(), m_pictures);
    setPicture(item, picture);
}

void CharacterEditor::addPictures(const QStringList &paths)
{
    QStringList refused;
    bool hasPrimary = false;
    for (int row = 0; row < m_pictures->count(); ++row)
        hasPrimary |= pictureOf(m_pictures->item(row)).primary;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        const QImage image = thumbnail(path);
        if (image.isNull()) {
            refused << tr("“%1” is not a picture Movie Tool can read. Use a JPEG, PNG or WebP "
                          "image.")
                               .arg(name);
            continue;
        }
        Picture picture;
        picture.sourcePath = path;
        picture.displayName = name;
        picture.primary = !hasPrimary; // the first picture is the portrait until told otherwise
        hasPrimary = true;
        addItem(picture, image);
    }
    if (refused.isEmpty())
        m_message->dismiss();
    else
        m_message->showMessage(InlineMessage::Level::Warning,
                               tr("Some files were not added:"),
                               refused);
    updateButtons();
}

void CharacterEditor::choosePictures()
{
    auto *dialog = new QFileDialog(this,
                                   tr("Add Reference Pictures"),
                                   QStandardPaths::writableLocation(
                                           QStandardPaths::PicturesLocation),
                                   tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff);;"
                                      "All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, &CharacterEditor::addPictures);
    dialog->open(); // not exec(): no nested event loop
}

void CharacterEditor::makeSelectedPrimary()
{
    const QList<QListWidgetItem *> selected = m_pictures->selectedItems();
    if (selected.isEmpty())
        return;
    for (int row = 0; row < m_pictures->count(); ++row) {
        QListWidgetItem *item = m_pictures->item(row);
        Picture picture = pictureOf(item);
        picture.primary = item == selected.first();
        setPicture(item, picture);
    }
    updateButtons();
}

void CharacterEditor::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_pictures->selectedItems();
    if (selected.isEmpty())
        return;
    const Picture removed = pictureOf(selected.first());
    if (removed.imageId)
        m_removedImages.append(removed.imageId);
    delete selected.first();
    // As the store does: the oldest remaining picture becomes the portrait.
    if (removed.primary && m_pictures->count() > 0) {
        Picture first = pictureOf(m_pictures->item(0));
        first.primary = true;
        setPicture(m_pictures->item(0), first);
    }
    updateButtons();
}

void CharacterEditor::updateButtons()
{
    const QList<QListWidgetItem *> selected = m_pictures->selectedItems();
    m_removeButton->setEnabled(!selected.isEmpty());
    m_primaryButton->setEnabled(!selected.isEmpty() && !pictureOf(selected.first()).primary);
}

bool CharacterEditor::validateName()
{
    const QString name = m_name->text().trimmed();
    QString problem;
    if (name.isEmpty())
        problem = tr("Give the character a name.");
    if (problem.isEmpty()) {
        m_nameMessage->hide();
        return true;
    }
    m_nameMessage->setText(problem);
    m_nameMessage->show();
    m_name->setFocus();
    return false;
}

bool CharacterEditor::save()
{
    if (!validateName())
        return false;
    if (m_description->toPlainText().size() > CharacterStore::MaxDescriptionLength) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("The description is too long."),
                               {tr("Shorten it to %1 characters.")
                                        .arg(CharacterStore::MaxDescriptionLength)});
        return false;
    }
    CharacterStore &store = m_session.library().characters();
    MediaLibrary &media = m_session.library().media();
    const QString name = m_name->text().trimmed();
    const QString description = m_description->toPlainText().trimmed();
    const Result<Character> written = m_characterId == 0
                                              ? store.create(name, description)
                                              : store.update(m_characterId, name, description);
    if (!written) {
        // The store's refusals here are about the name (taken, too long) or the description.
        m_nameMessage->setText(written.error().message);
        m_nameMessage->show();
        return false;
    }
    m_nameMessage->hide();
    m_characterId = written->id;
    setWindowTitle(tr("Edit Character"));

    QStringList problems;
    for (qint64 imageId : std::as_const(m_removedImages)) {
        if (const Result<CharacterImage> removed = media.removeCharacterImage(imageId); !removed)
            problems << removed.error().message;
    }
    m_removedImages.clear();
    qint64 primaryId = 0;
    for (int row = 0; row < m_pictures->count();) {
        QListWidgetItem *item = m_pictures->item(row);
        Picture picture = pictureOf(item);
        if (picture.imageId == 0) {
            const Result<CharacterImage> added = media.addCharacterImage(m_characterId,
                                                                         picture.sourcePath,
                                                                         picture.primary);
            if (!added) {
                problems << added.error().message;
                delete item;
                continue;
            }
            picture.imageId = added->id;
            picture.sourcePath.clear();
            setPicture(item, picture);
        }
        if (picture.primary)
            primaryId = picture.imageId;
        ++row;
    }
    if (primaryId) {
        if (const Status primary = store.setPrimary(primaryId); !primary)
            problems << primary.error().message;
    }
    if (!problems.isEmpty()) {
        m_message->showMessage(InlineMessage::Level::Error,
                               tr("“%1” was saved, but not all of its pictures:").arg(name),
                               problems);
        return false;
    }
    accept();
    return true;
}

void CharacterEditor::dragEnterEvent(QDragEnterEvent *event)
{
    if (localFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
}

void CharacterEditor::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    addPictures(paths);
}

} // namespace mt
