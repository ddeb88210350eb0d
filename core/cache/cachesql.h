#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace crm {

class Cache;

/// What the cache's stores share to speak SQL: their words for errors, the mapping of empty values, and
/// a statement helper that prepares, binds in order and runs.
namespace CacheSql {

/// The stores' words for errors, in one catalogue context.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(Cache)
};
/// SQLite stores a null QString as NULL: the mapped columns want ''.
QString nn(const QString& s);
QString rawText(const QJsonObject& o);
QJsonObject rawObject(const QString& text);
/// A member as lists show it, from the columns id, first_name, last_name, display_name, email, user_id
/// and username, in that order from column first on.
Member listedMember(const QSqlQuery& q, int first);

/// A write transaction that holds the lock from its start and rolls back unless committed.
class Transaction {
public:
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads first and then writes
    // fails at once (no busy wait) when another connection (the sync's writer, crmctl) wrote meanwhile.
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    bool isOpen() const { return m_open; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_open;
};

/// One statement on the cache's database, prepared once and run with values bound in order; a failure
/// is the cache's error in words ("The local cache write failed: ...").
class Statement {
public:
    Statement(const Cache& cache, const QString& sql);
    /// Binds values in order and runs; an error when SQLite refused.
    template <class... V> CrmError run(const V&... values)
    {
        (m_query.addBindValue(QVariant::fromValue(values)), ...);
        return exec();
    }
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    const QSqlQuery& query() const { return m_query; }

private:
    CrmError exec();

    const Cache& m_cache;
    QSqlQuery m_query;
    bool m_prepared;
};

/// Commits tx, or the error that says why not.
CrmError commit(const Cache& cache, Transaction& tx);

} // namespace CacheSql
} // namespace crm
