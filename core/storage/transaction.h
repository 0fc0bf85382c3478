// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Movie Tool developers
#pragma once

#include "domain/error.h"

#include <QCoreApplication>

namespace mt {

class Database;

// A write transaction as a scope: begun by the constructor, committed by commit(), rolled back by
// the destructor otherwise (an early return on refusal writes nothing). Nested transactions become
// SAVEPOINTs, so a store method can run inside a caller's larger transaction. The outermost one is
// BEGIN IMMEDIATE: it takes the write lock up front, so busy_timeout applies instead of a deadlock
// when another process writes. Lives on the thread of its Database, on the stack.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(mt::Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; when not, error() says why and nothing may be written.
    bool ok() const { return m_status.ok(); }
    const Error &error() const { return m_status.error(); }

    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_status;
    int m_depth = 0; // 0: the outermost transaction, else the savepoint's nesting level
    bool m_active = false;
};

} // namespace mt
