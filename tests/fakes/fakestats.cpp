// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "fakestats.h"

#include <QJsonArray>

namespace mt::fake {

using namespace Qt::StringLiterals;

namespace {

// Data-URL images would make the stats megabytes long; their start says enough.
QJsonValue shortened(const QJsonValue &value)
{
    if (value.isString() && value.toString().size() > 200)
        return value.toString().left(200) + u"…(%1 chars)"_s.arg(value.toString().size());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(shortened(item));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), shortened(it.value()));
        return out;
    }
    return value;
}

} // namespace

void FakeStats::count(const QString &endpoint, const QJsonObject &body)
{
    ++m_endpoints[endpoint];
    if (!body.isEmpty())
        m_lastBodies.insert(endpoint, shortened(body).toObject());
}

void FakeStats::countPaid(const QString &provider, const QString &prompt)
{
    ++m_prompts[provider][prompt];
}

void FakeStats::clear()
{
    m_endpoints.clear();
    m_prompts.clear();
    m_lastBodies.clear();
    m_unauthorized = 0;
}

QJsonObject FakeStats::toJson() const
{
    QJsonObject endpoints;
    for (auto it = m_endpoints.begin(); it != m_endpoints.end(); ++it)
        endpoints.insert(it.key(), it.value());
    QJsonObject prompts{{u"minimax"_s, QJsonObject{}}, {u"segmind"_s, QJsonObject{}}};
    for (auto it = m_prompts.begin(); it != m_prompts.end(); ++it) {
        QJsonObject perPrompt;
        for (auto p = it.value().begin(); p != it.value().end(); ++p)
            perPrompt.insert(p.key(), p.value());
        prompts.insert(it.key(), perPrompt);
    }
    QJsonObject bodies;
    for (auto it = m_lastBodies.begin(); it != m_lastBodies.end(); ++it)
        bodies.insert(it.key(), it.value());
    return {{u"endpoints"_s, endpoints},
            {u"prompts"_s, prompts},
            {u"unauthorized"_s, m_unauthorized},
            {u"lastBodies"_s, bodies}};
}

} // namespace mt::fake
