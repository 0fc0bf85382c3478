// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "exportbanner.h"

#include "storage/exportstore.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QGraphicsDropShadowEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QUrl>

namespace mt {

using namespace Qt::StringLiterals;

ExportBanner::ExportBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"exportBanner"_s);
    setAccessibleName(tr("Export result"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(18);
    shadow->setOffset(0, 3);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);

    m_icon = new QLabel(this);
    m_icon->setFixedSize(24, 24);
    m_text = new QLabel(this);
    m_text->setObjectName(u"exportBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_play = new QPushButton(tr("Play"), this);
    m_play->setObjectName(u"playExport"_s);
    m_play->setAccessibleName(tr("Play the exported film"));
    m_folder = new QPushButton(tr("Show in folder"), this);
    m_folder->setObjectName(u"showExportInFolder"_s);
    m_folder->setAccessibleName(tr("Show the exported film in its folder"));
    auto *close = new QToolButton(this);
    close->setObjectName(u"dismissExportBanner"_s);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss"));
    close->setToolTip(tr("Dismiss"));
    connect(m_play, &QPushButton::clicked, this, &ExportBanner::play);
    connect(m_folder, &QPushButton::clicked, this, &ExportBanner::showInFolder);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        emit visibilityChanged();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 8, 10);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_play);
    layout->addWidget(m_folder);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

QString ExportBanner::durationText(double seconds)
{
    const qint64 whole = qMax<qint64>(0, qRound64(seconds));
    if (whole >= 3600) {
        return u"%1:%2:%3"_s.arg(whole / 3600)
                .arg((whole / 60) % 60, 2, 10, QLatin1Char('0'))
                .arg(whole % 60, 2, 10, QLatin1Char('0'));
    }
    return u"%1:%2"_s.arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

void ExportBanner::setFailure(bool failure)
{
    m_failure = failure;
    // Green for a film made, red for one that was not: the two states must not be mistaken.
    setStyleSheet(failure ? u"#exportBanner { background: #fdecea; border: 1px solid #e0a9a4;"
                            u" border-radius: 6px; } QLabel { color: #5f1410; }"_s
                          : u"#exportBanner { background: #e8f5e9; border: 1px solid #a5cfa8;"
                            u" border-radius: 6px; } QLabel { color: #1b4d20; }"_s);
    const QStyle::StandardPixmap icon = failure ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_DialogApplyButton;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    m_play->setVisible(!failure);
    m_folder->setVisible(!failure);
}

void ExportBanner::showExported(const ExportRecord &record)
{
    m_path = record.path;
    setFailure(false);
    const QString size = QLocale().formattedDataSize(record.fileSize, 1, QLocale::DataSizeSIFormat);
    m_text->setText(tr("Exported <b>%1</b> (%2, %3)")
                            .arg(QFileInfo(record.path).fileName().toHtmlEscaped(),
                                 durationText(record.duration),
                                 size));
    m_text->setToolTip(record.path);
    show();
    raise();
    emit visibilityChanged();
}

void ExportBanner::showFailed(const QString &projectName, const QString &message)
{
    m_path.clear();
    setFailure(true);
    m_text->setText(tr("<b>Export of “%1” failed.</b> %2")
                            .arg(projectName.toHtmlEscaped(), message.toHtmlEscaped()));
    m_text->setToolTip({});
    show();
    raise();
    emit visibilityChanged();
}

QString ExportBanner::text() const
{
    return m_text->text();
}

void ExportBanner::play()
{
    if (!m_path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
}

void ExportBanner::showInFolder()
{
    if (!m_path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
}

} // namespace mt
