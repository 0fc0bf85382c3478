// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "spendledger.h"

#include "generationrequest.h"
#include "provider.h"
#include "storage/database.h"
#include "storage/settingsstore.h"
#include "storage/sql.h"

#include <QDate>
#include <QJsonDocument>
#include <QTimeZone>

namespace mt {

using namespace Qt::StringLiterals;

namespace {

qint64 monthStartMs()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

QString money(double usd)
{
    return u"$%1"_s.arg(usd, 0, 'f', 2);
}

} // namespace

SpendLedger::SpendLedger(Database &db, SettingsStore &settings)
    : m_db(db)
    , m_settings(settings)
{}

double SpendLedger::estimatedCost(const Provider &provider, const GenerationRequest &request) const
{
    const QJsonObject table = prices().value(provider.name()).toObject();
    const QString model = request.model.isEmpty() ? provider.defaultModel(request.mode)
                                                  : request.model;
    const QJsonValue specific = table.value(model + u'@' + request.resolution.toUpper());
    if (specific.isDouble())
        return std::max(0.0, specific.toDouble());
    const QJsonValue general = table.value(model);
    if (general.isDouble())
        return std::max(0.0, general.toDouble());
    return std::max(0.0, provider.estimatedCost(request));
}

Status SpendLedger::record(qint64 taskId,
                           qint64 projectId,
                           const QString &provider,
                           const QString &model,
                           double amount)
{
    Result<QSqlQuery> query
            = sql::exec(m_db.connection(),
                        u"INSERT INTO spend (task_id, project_id, provider, model, amount, at) "
                        u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                        {taskId > 0 ? QVariant(taskId) : QVariant(),
                         projectId > 0 ? QVariant(projectId) : QVariant(),
                         provider,
                         model,
                         std::max(0.0, amount),
                         sql::nowMs()});
    if (!query)
        return query.error();
    return {};
}

Result<double> SpendLedger::spentThisMonth() const
{
    Result<QSqlQuery> query = sql::exec(m_db.connection(),
                                        u"SELECT COALESCE(SUM(amount), 0) FROM spend WHERE at >= ?"_s,
                                        {monthStartMs()});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toDouble() : 0.0;
}

Result<double> SpendLedger::committed() const
{
    // Tasks that may still be billed: everything not finished and not yet recorded.
    Result<QSqlQuery> query
            = sql::exec(m_db.connection(),
                        u"SELECT COALESCE(SUM(estimated_cost), 0) FROM generation_tasks "
                        u"WHERE state NOT IN ('done', 'failed', 'cancelled')"_s);
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toDouble() : 0.0;
}

Result<QList<SpendLedger::Line>> SpendLedger::lines(qint64 projectId) const
{
    const QString where = projectId > 0 ? u"WHERE project_id = ?"_s : QString();
    Result<QSqlQuery> query
            = sql::exec(m_db.connection(),
                        u"SELECT provider, model, COUNT(*), SUM(amount) FROM spend "_s + where
                                + u" GROUP BY provider, model ORDER BY provider, model"_s,
                        projectId > 0 ? QVariantList{projectId} : QVariantList{});
    if (!query)
        return query.error();
    QList<Line> lines;
    while (query->next())
        lines.append({query->value(0).toString(),
                      query->value(1).toString(),
                      query->value(2).toInt(),
                      query->value(3).toDouble()});
    return lines;
}

double SpendLedger::monthlyBudget() const
{
    const Result<QString> text = m_settings.value(BudgetKey);
    bool ok = false;
    const double budget = text ? text->toDouble(&ok) : 0.0;
    return ok && budget > 0 ? budget : 0.0;
}

Status SpendLedger::setMonthlyBudget(double usd)
{
    if (!(usd >= 0) || usd > 1e7)
        return Error::refused(tr("A monthly budget is an amount in US dollars from 0 (no budget) "
                                 "up; got %1.")
                                      .arg(usd));
    if (usd == 0)
        return m_settings.remove(BudgetKey);
    return m_settings.setValue(BudgetKey, QString::number(usd, 'f', 2));
}

Status SpendLedger::setPrices(const QJsonObject &prices)
{
    for (auto provider = prices.begin(); provider != prices.end(); ++provider) {
        const QJsonObject models = provider->toObject();
        if (!provider->isObject())
            return Error::refused(tr("Prices are {\"provider\": {\"model\": USD}}; “%1” is not.")
                                          .arg(provider.key()));
        for (auto model = models.begin(); model != models.end(); ++model) {
            if (!model->isDouble() || model->toDouble() < 0)
                return Error::refused(tr("The price of %1 %2 must be a number of US dollars, 0 "
                                         "or more.")
                                              .arg(provider.key(), model.key()));
        }
    }
    return m_settings.setValue(PricesKey,
                               QString::fromUtf8(
                                       QJsonDocument(prices).toJson(QJsonDocument::Compact)));
}

QJsonObject SpendLedger::prices() const
{
    const Result<QString> text = m_settings.value(PricesKey);
    return text ? QJsonDocument::fromJson(text->toUtf8()).object() : QJsonObject();
}

Status SpendLedger::checkBudget(double cost) const
{
    const double budget = monthlyBudget();
    if (budget <= 0 || cost <= 0)
        return {};
    const Result<double> spent = spentThisMonth();
    if (!spent)
        return spent.error();
    const Result<double> pending = committed();
    if (!pending)
        return pending.error();
    if (*spent + *pending + cost > budget + 1e-9)
        return Error::refused(
                tr("This generation (about %1) would go over this month's budget of %2: %3 spent, "
                   "%4 in tasks still running. Raise the budget in Settings → Providers, or use "
                   "the storyboard provider, which is free.")
                        .arg(money(cost), money(budget), money(*spent), money(*pending)));
    return {};
}

} // namespace mt
