// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace mt {

class EditorSession;
class InlineMessage;

// Creates or edits a character: its name and description, and its reference pictures, dropped
// from the file manager or picked, one of them primary (the portrait, and the picture
// character→video sends). Nothing is written until Save: then the character is created or
// updated, removed pictures go to the trash and new ones are imported
// (MediaLibrary::addCharacterImage). What the library refuses (a name taken, a file that is not
// a picture) is shown inline next to what it is about, and the dialog stays open with the rest
// saved, so Save again finishes the job.
// Main thread; modeless, owned by its parent panel (deleted on close).
class CharacterEditor : public QDialog
{
    Q_OBJECT

public:
    // characterId 0: a new character.
    CharacterEditor(EditorSession &session, qint64 characterId, QWidget *parent = nullptr);

    qint64 characterId() const { return m_characterId; }

    // Adds pictures to the list (what a drop or the picker does); files that are not pictures
    // are refused inline.
    void addPictures(const QStringList &paths);
    // Saves; true when everything was written and the dialog closed.
    bool save();

    QListWidget *pictureList() const { return m_pictures; }
    QLabel *nameMessage() const { return m_nameMessage; }
    InlineMessage *message() const { return m_message; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // One picture in the list: stored (imageId) or waiting for Save (sourcePath).
    struct Picture
    {
        qint64 imageId = 0;
        QString sourcePath;
        QString displayName;
        bool primary = false;
    };

    void load();
    void addItem(const Picture &picture, const QImage &image);
    void choosePictures();
    void makeSelectedPrimary();
    void removeSelected();
    void updateButtons();
    bool validateName();
    static Picture pictureOf(const QListWidgetItem *item);
    static void setPicture(QListWidgetItem *item, const Picture &picture);

    EditorSession &m_session;
    qint64 m_characterId;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionCount;
    QListWidget *m_pictures;
    QPushButton *m_addButton;
    QPushButton *m_primaryButton;
    QPushButton *m_removeButton;
    InlineMessage *m_message;
    QDialogButtonBox *m_buttons;
    QList<qint64> m_removedImages;
};

} // namespace mt
