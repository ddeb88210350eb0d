#include "cachesql.h"

#include "cache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace crm::CacheSql {

QString nn(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString rawText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject rawObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

Member listedMember(const QSqlQuery& q, int first)
{
    Member m;
    m.id = q.value(first).toString();
    m.firstName = q.value(first + 1).toString();
    m.lastName = q.value(first + 2).toString();
    m.displayName = q.value(first + 3).toString();
    m.email = q.value(first + 4).toString();
    m.userId = q.value(first + 5).toString();
    m.username = q.value(first + 6).toString();
    return m;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_open = QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

bool Transaction::commit()
{
    const bool ok = m_db.commit();
    m_open = !ok;
    return ok;
}

Statement::Statement(const Cache& cache, const QString& sql) : m_cache(cache), m_query(cache.database())
{
    m_prepared = m_query.prepare(sql);
}

CrmError Statement::exec()
{
    if (m_prepared && m_query.exec())
        return {};
    return m_cache.sqlError(Words::tr("write"), m_query.lastError().text());
}

CrmError commit(const Cache& cache, Transaction& tx)
{
    if (tx.commit())
        return {};
    return cache.sqlError(Words::tr("commit"), cache.database().lastError().text());
}

} // namespace crm::CacheSql
