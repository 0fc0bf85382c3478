// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace mt {

// A message shown inside a panel or dialog rather than in a modal box: a tinted strip with a
// title, optional detail lines (for instance the files an import refused and why) and a close
// button. It stays until the person dismisses it or the owner clears it.
// Main thread; a child of the panel or dialog that shows it.
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Warning, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    // Shows the message (replacing what was shown). Detail lines are plain text.
    void showMessage(Level level, const QString &title, const QStringList &details = {});
    void dismiss();

    Level level() const { return m_level; }
    QString title() const;
    QStringList details() const { return m_details; }

signals:
    void dismissed();

private:
    Level m_level = Level::Information;
    QStringList m_details;
    QLabel *m_title;
    QLabel *m_detail;
    QToolButton *m_close;
};

} // namespace mt
