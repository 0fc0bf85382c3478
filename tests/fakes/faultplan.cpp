// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "faultplan.h"

#include "fakemedia.h"

#include <QSet>

namespace mt::fake {

using namespace Qt::StringLiterals;

std::optional<Fault> Fault::fromJson(const QJsonObject &object, QString *error)
{
    static const QSet<QString> endpoints = {u"minimax.create"_s,
                                            u"minimax.query"_s,
                                            u"minimax.retrieve"_s,
                                            u"minimax.download"_s,
                                            u"segmind.sync"_s,
                                            u"segmind.submit"_s,
                                            u"segmind.status"_s,
                                            u"segmind.result"_s,
                                            u"segmind.download"_s,
                                            u"segmind.credits"_s};
    static const QSet<QString> kinds = {u"http"_s,
                                        u"slow"_s,
                                        u"hang"_s,
                                        u"close"_s,
                                        u"malformed-json"_s,
                                        u"truncated"_s,
                                        u"oversized"_s,
                                        u"wrong-content-type"_s,
                                        u"base-resp"_s,
                                        u"stuck"_s,
                                        u"fail-task"_s,
                                        u"expired-link"_s,
                                        u"bad-take"_s};
    Fault fault;
    fault.endpoint = object.value(u"endpoint"_s).toString();
    fault.kind = object.value(u"kind"_s).toString();
    if (!endpoints.contains(fault.endpoint)) {
        *error = u"unknown endpoint '%1'"_s.arg(fault.endpoint);
        return std::nullopt;
    }
    if (!kinds.contains(fault.kind)) {
        *error = u"unknown kind '%1'"_s.arg(fault.kind);
        return std::nullopt;
    }
    fault.times = object.value(u"times"_s).toInt(1);
    fault.status = object.value(u"status"_s).toInt(500);
    fault.retryAfter = object.value(u"retryAfter"_s).toInt(-1);
    fault.delayMs = object.value(u"delayMs"_s).toInt(3000);
    fault.code = object.value(u"code"_s).toInt(0);
    fault.message = object.value(u"message"_s).toString();
    fault.prompt = object.value(u"prompt"_s).toString();
    fault.take = object.value(u"take"_s).toString();
    if (fault.kind == u"bad-take"_s && !FakeMedia::flaws().contains(fault.take)) {
        *error = u"a bad-take fault needs take: one of %1"_s.arg(FakeMedia::flaws().join(u", "_s));
        return std::nullopt;
    }
    if (fault.times < 1) {
        *error = u"times must be at least 1"_s;
        return std::nullopt;
    }
    return fault;
}

std::optional<Fault> FaultPlan::take(const QString &endpoint, const QString &prompt)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (fault.endpoint != endpoint)
            continue;
        if (!fault.prompt.isEmpty() && !prompt.contains(fault.prompt))
            continue;
        Fault taken = fault;
        if (--fault.times == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

} // namespace mt::fake
