#include "groupstore.h"

#include "cache.h"
#include "cachesql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace crm {

CrmError GroupStore::writeGroups(const QList<Group>& groups, const QMap<QString, QString>& state)
{
    QSqlDatabase db = m_cache.database();
    CacheSql::Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO crm_groups(id, name, title, description, smart, active, raw) VALUES "
        "(?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name=excluded.name, title=excluded.title, "
        "description=excluded.description, smart=excluded.smart, active=excluded.active, "
        "raw=excluded.raw"));
    QStringList ids;
    for (const Group& g : groups) {
        q.addBindValue(CacheSql::nn(g.id));
        q.addBindValue(CacheSql::nn(g.name));
        q.addBindValue(CacheSql::nn(g.title));
        q.addBindValue(CacheSql::nn(g.description));
        q.addBindValue(g.smart ? 1 : 0);
        q.addBindValue(g.active ? 1 : 0);
        q.addBindValue(CacheSql::rawText(g.raw));
        if (!q.exec())
            return m_cache.sqlError(CacheSql::Words::tr("write"), q.lastError().text());
        ids.append(g.id);
    }
    // Groups gone from the server go from the cache, with their memberships.
    QSqlQuery all(db);
    all.exec(QStringLiteral("SELECT id FROM crm_groups"));
    QStringList gone;
    while (all.next())
        if (!ids.contains(all.value(0).toString()))
            gone.append(all.value(0).toString());
    for (const QString& id : gone) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM group_members WHERE group_id=?"));
        d.addBindValue(id);
        d.exec();
        d.prepare(QStringLiteral("DELETE FROM crm_groups WHERE id=?"));
        d.addBindValue(id);
        d.exec();
    }
    if (CrmError e = m_cache.syncState().writeState(state))
        return e;
    if (!tx.commit())
        return m_cache.sqlError(CacheSql::Words::tr("commit"), db.lastError().text());
    Q_EMIT m_cache.changes()->groupsChanged();
    return {};
}

QList<Group> GroupStore::groups() const
{
    QList<Group> out;
    QSqlQuery q(m_cache.database());
    q.exec(QStringLiteral("SELECT g.id, g.name, g.title, g.description, g.smart, g.active, g.raw, "
                          "(SELECT count(*) FROM group_members gm WHERE gm.group_id=g.id) FROM crm_groups g "
                          "ORDER BY g.title COLLATE NOCASE, g.id"));
    while (q.next()) {
        Group g;
        g.id = q.value(0).toString();
        g.name = q.value(1).toString();
        g.title = q.value(2).toString();
        g.description = q.value(3).toString();
        g.smart = q.value(4).toInt() != 0;
        g.active = q.value(5).toInt() != 0;
        g.raw = CacheSql::rawObject(q.value(6).toString());
        g.memberCount = q.value(7).toLongLong();
        out.append(g);
    }
    return out;
}

std::optional<Group> GroupStore::group(const QString& id) const
{
    for (const Group& g : groups())
        if (g.id == id)
            return g;
    return std::nullopt;
}

CrmError GroupStore::finish(CacheSql::Transaction& tx, const QMap<QString, QString>& state)
{
    if (CrmError e = m_cache.syncState().writeState(state))
        return e;
    if (CrmError e = CacheSql::commit(m_cache, tx))
        return e;
    Q_EMIT m_cache.changes()->groupsChanged();
    return {};
}

CrmError GroupStore::writeGroupMemberPage(const QString& groupId, const QStringList& memberIds, qint64 gen,
                                          const QMap<QString, QString>& state)
{
    CacheSql::Transaction tx(m_cache.database());
    CacheSql::Statement add(
        m_cache, QStringLiteral("INSERT INTO group_members(group_id, member_id, sync_gen) VALUES (?,?,?) "
                                "ON CONFLICT(group_id, member_id) DO UPDATE SET sync_gen=excluded.sync_gen"));
    for (const QString& id : memberIds)
        if (CrmError e = add.run(groupId, id, gen))
            return e;
    return finish(tx, state);
}

CrmError GroupStore::pruneGroupMembers(const QString& groupId, qint64 gen,
                                       const QMap<QString, QString>& state)
{
    CacheSql::Transaction tx(m_cache.database());
    // A membership change still waiting in the outbox wins over what the server said before it.
    CacheSql::Statement prune(
        m_cache,
        QStringLiteral(
            "DELETE FROM group_members WHERE group_id=? AND sync_gen<? AND NOT EXISTS "
            "(SELECT 1 FROM outbox o WHERE "
            "o.op='group-add' AND o.state NOT IN ('done','undone') AND o.group_id=group_members.group_id AND "
            "o.member_id=group_members.member_id)"));
    if (CrmError e = prune.run(groupId, gen))
        return e;
    return finish(tx, state);
}

CrmError GroupStore::setMembership(const QString& groupId, const QString& memberId, bool in)
{
    Q_EMIT m_cache.changes()->groupsChanged();
    Q_EMIT m_cache.changes()->membersChanged({memberId});
    return CacheSql::Statement(
               m_cache,
               in ? QStringLiteral("INSERT OR IGNORE INTO group_members(group_id, member_id, sync_gen) "
                                   "VALUES (?,?,(SELECT coalesce(max(sync_gen),0) FROM group_members))")
                  : QStringLiteral("DELETE FROM group_members WHERE group_id=? AND member_id=?"))
        .run(groupId, memberId);
}

QStringList GroupStore::groupsOf(const QString& memberId) const
{
    QStringList out;
    CacheSql::Statement q(m_cache,
                          QStringLiteral("SELECT group_id FROM group_members WHERE member_id=? ORDER BY "
                                         "CAST(group_id AS INTEGER), group_id"));
    q.run(memberId);
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace crm
