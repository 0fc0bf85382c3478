// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "takecard.h"

#include "domain/assetflag.h"
#include "flagicons.h"
#include "models/assetmodel.h"
#include "models/takemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QModelIndex>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

constexpr int FlagIconSide = 18;

// A small rounded label drawn on the poster; fixed colours, as it always sits on a picture.
void paintBadge(QPainter &painter,
                const QPoint &anchor,
                bool right,
                const QString &text,
                const QColor &fill,
                const QColor &ink)
{
    QFont font = painter.font();
    font.setPixelSize(10);
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    QRect rect(anchor, QSize(metrics.horizontalAdvance(text) + 12, metrics.height() + 4));
    if (right)
        rect.moveRight(anchor.x());
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, 4, 4);
    painter.setPen(ink);
    painter.drawText(rect, Qt::AlignCenter, text);
}

QLabel *dimLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

TakeCard::TakeCard(const QModelIndex &take, QWidget *parent)
    : QFrame(parent)
    , m_assetId(take.data(TakeModel::AssetIdRole).toLongLong())
    , m_inUse(take.data(TakeModel::InUseRole).toBool())
    , m_openFlags(take.data(TakeModel::OpenFlagsRole).toInt())
    , m_duration(take.data(TakeModel::DurationRole).toDouble())
    , m_poster(take.data(TakeModel::PosterRole).value<QImage>())
{
    // Creators think in takes, not in the file names providers hand out: "Take 2" leads, the
    // file, model and prompt are in the tooltip.
    const int number = take.data(TakeModel::NumberRole).toInt();
    const QString name = number > 0 ? tr("Take %1").arg(number) : take.data().toString();
    const QString detail = take.data(TakeModel::DetailRole).toString();
    setObjectName(m_inUse ? u"takeCardInUse"_s
                          : (m_openFlags > 0 ? u"takeCardFlagged"_s : u"takeCard"_s));
    setProperty("assetId", m_assetId);
    setAccessibleName(m_inUse ? tr("Take in use: %1").arg(name)
                              : tr("Alternate take: %1").arg(name));
    // The take in use is outlined in the highlight colour: the one the film plays now.
    // A flagged alternate gets an amber edge, the warning colour of the bin and the timeline.
    setStyleSheet(u"QFrame#takeCard, QFrame#takeCardInUse, QFrame#takeCardFlagged { "
                  "background: palette(base); border: 1px solid palette(mid); "
                  "border-radius: 8px; } "
                  "QFrame#takeCardInUse { border: 2px solid palette(highlight); } "
                  "QFrame#takeCardFlagged { border: 1px solid rgb(226, 150, 30); }"_s);
    setFixedWidth(PosterWidth + 24);

    m_posterLabel = new QLabel(this);
    m_posterLabel->setObjectName(u"takePoster"_s);
    m_posterLabel->setFixedSize(PosterWidth, PosterHeight);
    m_posterLabel->setStyleSheet(u"border: none; background: transparent;"_s);
    paintPoster();

    auto *title = new QLabel(this);
    title->setObjectName(u"takeName"_s);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setText(title->fontMetrics().elidedText(name, Qt::ElideMiddle, PosterWidth));
    title->setToolTip(detail);
    title->setStyleSheet(u"border: none;"_s);

    QStringList facts;
    if (const QString length = AssetModel::formatDuration(m_duration); !length.isEmpty())
        facts << length;
    if (const QString cost = TakeModel::formatCost(take.data(TakeModel::CostRole)); !cost.isEmpty())
        facts << cost;
    if (const QString source = take.data(TakeModel::SourceRole).toString(); !source.isEmpty())
        facts << source;
    auto *factsLabel = dimLabel(facts.join(u"  ·  "_s), this);
    factsLabel->setObjectName(u"takeFacts"_s);
    factsLabel->setText(
            factsLabel->fontMetrics().elidedText(factsLabel->text(), Qt::ElideRight, PosterWidth));
    factsLabel->setToolTip(detail);
    factsLabel->setStyleSheet(u"border: none;"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(6);
    layout->addWidget(m_posterLabel);
    layout->addSpacing(2);
    layout->addWidget(title);
    layout->addWidget(factsLabel);

    // What review found: every flag, or that it is still looking, or that all is well.
    auto *findings = new QVBoxLayout;
    findings->setSpacing(4);
    findings->setContentsMargins(0, 4, 0, 0);
    const auto flags = take.data(TakeModel::FlagsRole).value<QList<AssetFlag>>();
    for (const AssetFlag &flag : flags)
        findings->addWidget(flagRow(flag.id, flag.kind, flag.message, flag.dismissed));
    QLabel *status = nullptr;
    if (take.data(TakeModel::ReviewingRole).toBool()) {
        status = dimLabel(tr("Checking…"), this);
        status->setObjectName(u"takeChecking"_s);
        status->setToolTip(tr("Take review is looking at this take; you can use it meanwhile."));
    } else if (flags.isEmpty() && take.data(TakeModel::ReviewedRole).toBool()) {
        status = new QLabel(tr("✓  No problems found"), this);
        status->setObjectName(u"takeClean"_s);
        QPalette palette = status->palette();
        palette.setColor(QPalette::WindowText, QColor(46, 160, 98));
        status->setPalette(palette);
    } else if (flags.isEmpty()) {
        status = dimLabel(tr("Not checked"), this);
        status->setObjectName(u"takeUnchecked"_s);
        status->setToolTip(tr("Take review checks generated takes as they arrive."));
    }
    if (status) {
        status->setStyleSheet(u"border: none;"_s);
        findings->addWidget(status);
    }
    layout->addLayout(findings);
    layout->addStretch(1);

    auto *play = new QPushButton(tr("Play"), this);
    play->setObjectName(u"playTakeButton"_s);
    play->setAccessibleName(tr("Play %1").arg(name));
    play->setToolTip(tr("Show this take in the preview"));
    connect(play, &QPushButton::clicked, this, [this] { emit playRequested(m_assetId); });
    auto *use = new QPushButton(m_inUse ? tr("In use") : tr("Use this take"), this);
    use->setObjectName(u"useTakeButton"_s);
    use->setAccessibleName(tr("Use %1 in the clip").arg(name));
    use->setEnabled(!m_inUse);
    use->setToolTip(m_inUse ? tr("The timeline plays this take")
                            : tr("Put this take in the clip's place, keeping its position and "
                                 "trims (Ctrl+Z takes it back)"));
    if (!m_inUse)
        use->setDefault(true);
    connect(use, &QPushButton::clicked, this, [this] { emit useRequested(m_assetId); });
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    buttons->addWidget(play);
    buttons->addWidget(use, 1);
    layout->addLayout(buttons);
}

QWidget *TakeCard::flagRow(qint64 flagId,
                           const QString &kind,
                           const QString &message,
                           bool dismissed)
{
    auto *row = new QWidget(this);
    row->setObjectName(dismissed ? u"takeFlagDismissed"_s : u"takeFlag"_s);
    row->setProperty("flagId", flagId);
    auto *icon = new QLabel(row);
    icon->setStyleSheet(u"border: none;"_s);
    QPixmap symbol = FlagIcons::kindIcon(kind, FlagIconSide, devicePixelRatioF());
    if (dismissed) {
        // Muted: the same symbol, faded, so it is still recognisable.
        QPixmap faded(symbol.size());
        faded.setDevicePixelRatio(symbol.devicePixelRatio());
        faded.fill(Qt::transparent);
        QPainter painter(&faded);
        painter.setOpacity(0.35);
        painter.drawPixmap(0, 0, symbol);
        painter.end();
        symbol = faded;
    }
    icon->setPixmap(symbol);
    icon->setFixedSize(FlagIconSide, FlagIconSide);
    icon->setToolTip(FlagIcons::kindName(kind));
    icon->setAccessibleName(FlagIcons::kindName(kind));

    auto *text = new QLabel(message, row);
    text->setObjectName(u"takeFlagMessage"_s);
    text->setWordWrap(true);
    text->setStyleSheet(u"border: none;"_s);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (dismissed) {
        text->setForegroundRole(QPalette::PlaceholderText);
        text->setToolTip(tr("Dismissed: %1").arg(message));
    }

    auto *action = new QPushButton(dismissed ? tr("Restore") : tr("Dismiss"), row);
    action->setObjectName(dismissed ? u"restoreFlagButton"_s : u"dismissFlagButton"_s);
    action->setAccessibleName(dismissed
                                      ? tr("Restore the flag: %1").arg(FlagIcons::kindName(kind))
                                      : tr("Dismiss the flag: %1").arg(FlagIcons::kindName(kind)));
    action->setToolTip(dismissed ? tr("Count this problem again")
                                 : tr("Not a problem for this film: stop marking the take for it "
                                      "(Ctrl+Z takes it back)"));
    action->setFlat(true);
    action->setCursor(Qt::PointingHandCursor);
    action->setStyleSheet(u"QPushButton { border: none; padding: 0 2px; color: palette(link); } "
                          "QPushButton:hover { text-decoration: underline; }"_s);
    connect(action, &QPushButton::clicked, this, [this, flagId, dismissed] {
        emit dismissRequested(flagId, !dismissed);
    });

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    layout->addWidget(action, 0, Qt::AlignTop);
    return row;
}

void TakeCard::setPoster(const QImage &poster)
{
    m_poster = poster;
    paintPoster();
}

void TakeCard::paintPoster()
{
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(PosterWidth, PosterHeight) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRect rect(0, 0, PosterWidth, PosterHeight);
    QPainterPath clip;
    clip.addRoundedRect(rect, 5, 5);
    painter.setClipPath(clip);
    painter.fillRect(rect, QColor(24, 26, 30));
    if (!m_poster.isNull()) {
        QRect target(QPoint(), m_poster.size().scaled(rect.size(), Qt::KeepAspectRatio));
        target.moveCenter(rect.center());
        painter.drawImage(target, m_poster);
    }
    painter.setClipping(false);
    if (m_inUse)
        paintBadge(painter, {6, 6}, false, tr("IN USE"), QColor(52, 132, 228, 235), Qt::white);
    if (m_openFlags > 0)
        FlagIcons::paintWarningBadge(painter, QPointF(PosterWidth - 6, 6), m_openFlags);
    if (const QString length = AssetModel::formatDuration(m_duration); !length.isEmpty()) {
        QFont font = painter.font();
        font.setPixelSize(10);
        const int height = QFontMetrics(font).height() + 4;
        paintBadge(painter,
                   {PosterWidth - 6, PosterHeight - 6 - height},
                   true,
                   length,
                   QColor(0, 0, 0, 190),
                   Qt::white);
    }
    painter.end();
    m_posterLabel->setPixmap(pixmap);
}

} // namespace mt
