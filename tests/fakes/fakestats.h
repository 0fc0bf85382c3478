// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace mt::fake {

// What the fake API received, for tests to assert on through GET /_fake/stats:
//   {"endpoints":{"minimax.create":1,...},          every request that reached an endpoint
//    "prompts":{"minimax":{"a cat":1},"segmind":{}}, creates/submits per prompt (paid requests)
//    "unauthorized":0,                               requests refused for their key
//    "lastBodies":{"minimax.create":{...}}}          the last JSON body per endpoint, long strings cut
// Never records a key or any header. Main thread of the fake.
class FakeStats
{
public:
    void count(const QString &endpoint, const QJsonObject &body);
    void countPaid(const QString &provider, const QString &prompt);
    void countUnauthorized() { ++m_unauthorized; }
    void clear();
    QJsonObject toJson() const;

private:
    QHash<QString, int> m_endpoints;
    QHash<QString, QHash<QString, int>> m_prompts;
    QHash<QString, QJsonObject> m_lastBodies;
    int m_unauthorized = 0;
};

} // namespace mt::fake
