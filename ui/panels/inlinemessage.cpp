// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "inlinemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

InlineMessage::InlineMessage(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"inlineMessage"_s);
    setAccessibleName(tr("Message"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    connect(m_close, &QToolButton::clicked, this, &InlineMessage::dismiss);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_title);
    text->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 6, 8);
    layout->addLayout(text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void InlineMessage::showMessage(Level level, const QString &title, const QStringList &details)
{
    m_level = level;
    m_details = details;
    m_title->setText(title);
    m_detail->setText(details.join(u'\n'));
    m_detail->setVisible(!details.isEmpty());
    // Tints that read on light and dark palettes alike: a translucent colour over the window.
    const QString tint = level == Level::Error     ? u"rgba(220, 53, 69, 40)"_s
                         : level == Level::Warning ? u"rgba(255, 170, 0, 45)"_s
                                                   : u"rgba(52, 132, 228, 40)"_s;
    const QString edge = level == Level::Error     ? u"rgba(220, 53, 69, 160)"_s
                         : level == Level::Warning ? u"rgba(230, 150, 0, 170)"_s
                                                   : u"rgba(52, 132, 228, 160)"_s;
    setStyleSheet(u"QFrame#inlineMessage { background: %1; border: 1px solid %2; "
                  "border-radius: 6px; }"_s.arg(tint, edge));
    setAccessibleDescription(title + u'\n' + details.join(u'\n'));
    show();
}

void InlineMessage::dismiss()
{
    if (isHidden())
        return;
    hide();
    emit dismissed();
}

QString InlineMessage::title() const
{
    return m_title->text();
}

} // namespace mt
