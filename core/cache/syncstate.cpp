#include "syncstate.h"

#include "cache.h"
#include "cachesql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace crm {

QString SyncState::state(const QString& key) const
{
    CacheSql::Statement q(m_cache, QStringLiteral("SELECT value FROM sync_state WHERE key=?"));
    if (!q.run(key) && q.next())
        return q.value(0).toString();
    return {};
}

CrmError SyncState::writeState(const QMap<QString, QString>& values)
{
    CacheSql::Statement put(m_cache, QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?,?) ON "
                                                    "CONFLICT(key) DO UPDATE SET value=excluded.value"));
    CacheSql::Statement drop(m_cache, QStringLiteral("DELETE FROM sync_state WHERE key=?"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (CrmError e = it.value().isNull() ? drop.run(it.key()) : put.run(it.key(), it.value()))
            return e;
    return {};
}

CrmError SyncState::setState(const QMap<QString, QString>& values)
{
    CacheSql::Transaction tx(m_cache.database());
    if (CrmError e = writeState(values))
        return e;
    if (!tx.commit())
        return m_cache.sqlError(CacheSql::Words::tr("commit"), m_cache.database().lastError().text());
    return {};
}

QDateTime SyncState::lastSync() const
{
    return QDateTime::fromString(state(QStringLiteral("sync.last_completed")), Qt::ISODate);
}

} // namespace crm
