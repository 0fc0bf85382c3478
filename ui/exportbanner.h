// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace mt {

struct ExportRecord;

// The note an export leaves in the main window instead of a modal box: "Exported <file>
// (duration, size)" with Play and Show in folder, or why it failed. It floats over the top of
// the window's content until it is dismissed or the next export replaces it. Main thread; a
// child of the main window, which places it.
class ExportBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ExportBanner(QWidget *parent = nullptr);

    void showExported(const ExportRecord &record);
    void showFailed(const QString &projectName, const QString &message);

    QString text() const;
    QString filePath() const { return m_path; }
    bool isFailure() const { return m_failure; }

    // "0:04", "1:02:03".
    static QString durationText(double seconds);

signals:
    // Shown or hidden: the window places it again.
    void visibilityChanged();

private:
    void play();
    void showInFolder();
    void setFailure(bool failure);

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_folder = nullptr;
    QString m_path;
    bool m_failure = false;
};

} // namespace mt
