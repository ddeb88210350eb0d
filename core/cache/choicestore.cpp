#include "choicestore.h"

#include "cache.h"
#include "cachesql.h"

#include <QSet>
#include <QSqlQuery>

namespace crm {

CrmError ChoiceStore::replace(const QList<Choice>& choices)
{
    QSet<QString> lists;
    for (const Choice& c : choices)
        lists.insert(c.list);
    CacheSql::Transaction tx(m_cache.database());
    for (const QString& l : std::as_const(lists))
        if (CrmError e =
                CacheSql::Statement(m_cache, QStringLiteral("DELETE FROM choices WHERE list=?")).run(l))
            return e;
    CacheSql::Statement insert(m_cache,
                               QStringLiteral("INSERT OR REPLACE INTO choices(list, key, position, label, "
                                              "code, parent) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < choices.size(); ++i) {
        const Choice& c = choices[i];
        if (CrmError e = insert.run(c.list, c.key, i, CacheSql::nn(c.label), CacheSql::nn(c.code),
                                    CacheSql::nn(c.parent)))
            return e;
    }
    if (CrmError e = CacheSql::commit(m_cache, tx))
        return e;
    Q_EMIT m_cache.changes()->membersChanged({});
    return {};
}

QList<Choice> ChoiceStore::list(const QString& list, const QString& parent) const
{
    QList<Choice> out;
    QSqlQuery q(m_cache.database());
    q.prepare(
        QStringLiteral("SELECT key, label, code, parent FROM choices WHERE list=? AND (?='' OR parent=?) "
                       "ORDER BY position"));
    q.addBindValue(list);
    q.addBindValue(CacheSql::nn(parent));
    q.addBindValue(CacheSql::nn(parent));
    if (q.exec())
        while (q.next())
            out.append({list, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString()});
    return out;
}

QString ChoiceStore::label(const QString& list, const QString& key) const
{
    if (key.isEmpty())
        return key;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT label FROM choices WHERE list=? AND key=?"));
    q.addBindValue(list);
    q.addBindValue(key);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return key;
}

QString ChoiceStore::keyFor(const QString& list, const QString& text, bool* known) const
{
    const QList<Choice> values = this->list(list);
    if (known)
        *known = !values.isEmpty();
    const QString t = text.trimmed();
    for (const Choice& c : values)
        if (c.key == t)
            return c.key;
    for (const Choice& c : values)
        if (c.label.compare(t, Qt::CaseInsensitive) == 0 ||
            (!c.code.isEmpty() && c.code.compare(t, Qt::CaseInsensitive) == 0))
            return c.key;
    return {};
}

} // namespace crm
