// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#include "transaction.h"

#include "database.h"
#include "sql.h"
#include "storagelog.h"

namespace mt {

using namespace Qt::StringLiterals;

namespace {

QString savepoint(int depth)
{
    return u"mt_savepoint_%1"_s.arg(depth);
}

} // namespace

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_depth(db.m_transactionDepth)
{
    if (!db.isOpen()) {
        m_status = Error::failed(tr("No library database is open."));
        return;
    }
    const QString begin = m_depth == 0 ? u"BEGIN IMMEDIATE"_s
                                       : u"SAVEPOINT "_s + savepoint(m_depth);
    if (Result<QSqlQuery> query = sql::exec(db.connection(), begin); !query) {
        m_status = query.error();
        return;
    }
    m_active = true;
    ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_status.ok() ? Status(Error::failed(tr("The transaction has already ended.")))
                             : m_status;
    const QString end = m_depth == 0 ? u"COMMIT"_s : u"RELEASE "_s + savepoint(m_depth);
    if (Result<QSqlQuery> query = sql::exec(m_db.connection(), end); !query) {
        rollback();
        return query.error();
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_db.m_transactionDepth;
    // A savepoint is rolled back and then released, so the outer transaction goes on without it.
    const QStringList statements = m_depth == 0
                                           ? QStringList{u"ROLLBACK"_s}
                                           : QStringList{u"ROLLBACK TO "_s + savepoint(m_depth),
                                                         u"RELEASE "_s + savepoint(m_depth)};
    for (const QString &statement : statements) {
        if (!sql::exec(m_db.connection(), statement))
            qCWarning(lcStorage) << "rollback failed:" << statement;
    }
}

} // namespace mt
