// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QFrame>

class QLabel;

namespace mt {

// A strip inside a panel that says what went wrong (why an edit was refused and what to do) and
// stays until it is closed or the next edit succeeds; unlike a message box it never blocks the
// work. Owned by its panel; main thread.
class InlineMessage : public QFrame
{
    Q_OBJECT

public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    QString text() const;

private:
    QLabel *m_text = nullptr;
};

} // namespace mt
