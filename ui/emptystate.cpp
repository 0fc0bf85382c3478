// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "emptystate.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"emptyState"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    m_title = new QLabel(this);
    m_title->setObjectName(u"emptyStateTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_help = new QLabel(this);
    m_help->setObjectName(u"emptyStateHelp"_s);
    m_help->setAlignment(Qt::AlignCenter);
    m_help->setWordWrap(true);
    // A fixed width: a wrapped label centred in a layout is otherwise given one line's height.
    m_help->setFixedWidth(440);
    m_help->setForegroundRole(QPalette::PlaceholderText);
    QFont helpFont = m_help->font();
    helpFont.setPointSizeF(helpFont.pointSizeF() * 1.1);
    m_help->setFont(helpFont);

    m_newProject = addButton(tr("New project"));
    m_newProject->setObjectName(u"emptyStateNewProject"_s);
    m_newProject->setDefault(true);
    connect(m_newProject, &QPushButton::clicked, this, &EmptyState::newProjectRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 20);
    layout->addStretch(3);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(10);
    layout->addWidget(m_help, 0, Qt::AlignHCenter);
    layout->addSpacing(26);
    layout->addLayout(m_buttons);
    layout->addStretch(4);
    setFirstRun(true);
}

QPushButton *EmptyState::addButton(const QString &text)
{
    if (!m_buttons) {
        m_buttons = new QVBoxLayout;
        m_buttons->setSpacing(10);
        m_buttons->setAlignment(Qt::AlignHCenter);
    }
    auto *button = new QPushButton(text, this);
    button->setAccessibleName(text);
    button->setMinimumSize(240, 44);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    m_buttons->addWidget(button, 0, Qt::AlignHCenter);
    return button;
}

void EmptyState::setFirstRun(bool firstRun)
{
    m_firstRun = firstRun;
    if (firstRun) {
        m_title->setText(tr("Make your first film"));
        m_help->setText(tr("A project holds one film: import your shots, put them in order on "
                           "the timeline and export with one click."));
    } else {
        m_title->setText(tr("No project open"));
        m_help->setText(tr("Choose a project in the Projects panel, or start a new one."));
    }
    // All its lines, also in languages that need three: a layout short of room would otherwise
    // squeeze the wrapped label and cut its first and last lines.
    m_help->setMinimumHeight(m_help->heightForWidth(m_help->width()));
}

} // namespace mt
