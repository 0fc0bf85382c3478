// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace mt {

class Database;
class Provider;
class SettingsStore;
struct GenerationRequest;

// What generation costs: the spend table (one row per paid task, kept when tasks and projects go),
// the person's price table and monthly budget (library settings). A task's estimated cost is the
// price table's entry for its provider and model when there is one, else the provider's own list
// price. The budget counts what was spent this calendar month (UTC) plus what tasks in flight
// will cost; a new paid task that would go over it is refused before anything is sent.
// Main thread; owned by GenerationService (or a CLI command).
class SpendLedger
{
    Q_DECLARE_TR_FUNCTIONS(mt::SpendLedger)

public:
    // {"minimax": {"MiniMax-Hailuo-2.3": 0.25, "MiniMax-Hailuo-2.3@1080P": 0.49}, "segmind": {…}}:
    // USD per generation; "model@RESOLUTION" wins over "model".
    static inline const QString PricesKey = QStringLiteral("generation.prices");
    static inline const QString BudgetKey = QStringLiteral(
            "generation.monthlyBudget"); // USD, 0: none

    struct Line
    {
        QString provider;
        QString model;
        int tasks = 0;
        double amount = 0;
    };

    SpendLedger(Database &db, SettingsStore &settings);

    double estimatedCost(const Provider &provider, const GenerationRequest &request) const;

    // A paid task's cost, once, when its result arrived.
    Status record(qint64 taskId,
                  qint64 projectId,
                  const QString &provider,
                  const QString &model,
                  double amount);
    // Spent this month in every project, in USD.
    Result<double> spentThisMonth() const;
    // USD that tasks not yet finished will cost (their estimates).
    Result<double> committed() const;
    // Per provider and model; projectId 0: the whole library.
    Result<QList<Line>> lines(qint64 projectId) const;

    double monthlyBudget() const; // 0: no budget
    Status setMonthlyBudget(double usd);
    Status setPrices(const QJsonObject &prices);
    QJsonObject prices() const;

    // Refuses a paid task costing `cost` when it would take this month's spend over the budget.
    Status checkBudget(double cost) const;

private:
    Database &m_db;
    SettingsStore &m_settings;
};

} // namespace mt
