// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QFrame>
#include <QImage>

class QLabel;
class QModelIndex;
class QPushButton;

namespace mt {

// One take in the take strip: its poster (with "In use" and its length on it), its name, where
// it came from and what it cost, every flag review found with its sentence (a dismissed one
// muted, with Restore instead of Dismiss), "Checking…" while a review runs, and the buttons Play
// and Use this take. It shows a row of TakeModel as it was when made; the strip makes the cards
// again when the model resets. Main thread; owned by the TakeStripPanel.
class TakeCard : public QFrame
{
    Q_OBJECT

public:
    static constexpr int PosterWidth = 224;
    static constexpr int PosterHeight = 126; // 16:9

    explicit TakeCard(const QModelIndex &take, QWidget *parent = nullptr);

    qint64 assetId() const { return m_assetId; }
    bool isInUse() const { return m_inUse; }
    void setPoster(const QImage &poster);

signals:
    void playRequested(qint64 assetId);
    void useRequested(qint64 assetId);
    void dismissRequested(qint64 flagId, bool dismissed);

private:
    void paintPoster();
    QWidget *flagRow(qint64 flagId, const QString &kind, const QString &message, bool dismissed);

    qint64 m_assetId = 0;
    bool m_inUse = false;
    int m_openFlags = 0;
    double m_duration = 0;
    QImage m_poster;
    QLabel *m_posterLabel = nullptr;
};

} // namespace mt
