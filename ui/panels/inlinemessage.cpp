// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace mt {

using namespace Qt::StringLiterals;

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"inlineMessage"_s);
    setStyleSheet(
            u"#inlineMessage { background: #4a2526; border: 1px solid #7a3a3b;"
            " border-left: 4px solid #ff6b6b; border-radius: 3px; }"
            " #inlineMessage QLabel { color: #f4e3e3; background: transparent; border: none; }"
            " #inlineMessage QToolButton { color: #f4e3e3; border: none; padding: 0 6px; }"_s);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Timeline message"));
    auto *close = new QToolButton(this);
    close->setText(u"✕"_s);
    close->setToolTip(tr("Close this message"));
    close->setAccessibleName(tr("Close message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(8);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    hide();
}

void InlineMessage::showMessage(const QString &text)
{
    m_text->setText(text);
    show();
}

QString InlineMessage::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace mt
