#include "recordstore.h"

#include "cache.h"
#include "cachesql.h"
#include "searchwords.h"

#include <QSqlError>
#include <QSqlQuery>

namespace crm {

CrmError RecordStore::replaceAddresses(const QString& memberId, const QList<Address>& addresses)
{
    QSqlDatabase db = m_cache.database();
    CacheSql::Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM addresses WHERE member_id=?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return m_cache.sqlError(CacheSql::Words::tr("write"), q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO addresses(member_id, position, id, raw, location_type, is_primary, "
                             "street, supplemental, "
                             "city, postal_code, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < addresses.size(); ++i) {
        const Address& a = addresses[i];
        q.addBindValue(memberId);
        q.addBindValue(i);
        q.addBindValue(CacheSql::nn(a.id));
        q.addBindValue(QString::fromUtf8(a.raw.json()));
        q.addBindValue(CacheSql::nn(a.locationType));
        q.addBindValue(a.isPrimary ? 1 : 0);
        q.addBindValue(CacheSql::nn(a.street));
        q.addBindValue(CacheSql::nn(a.supplemental));
        q.addBindValue(CacheSql::nn(a.city));
        q.addBindValue(CacheSql::nn(a.postalCode));
        q.addBindValue(CacheSql::nn(a.country));
        if (!q.exec())
            return m_cache.sqlError(CacheSql::Words::tr("write"), q.lastError().text());
    }
    if (CrmError e = refreshSearchWords(memberId))
        return e;
    if (!tx.commit())
        return m_cache.sqlError(CacheSql::Words::tr("commit"), db.lastError().text());
    Q_EMIT m_cache.changes()->membersChanged({memberId});
    return {};
}

CrmError RecordStore::refreshSearchWords(const QString& memberId)
{
    const auto m = m_cache.member(memberId);
    if (!m)
        return {};
    return CacheSql::Statement(m_cache, QStringLiteral("UPDATE members SET search_extra=? WHERE id=?"))
        .run(SearchWords::of(*m), memberId);
}

CrmError RecordStore::replaceParts(const QString& memberId, const Member& parts)
{
    CacheSql::Transaction tx(m_cache.database());
    if (CrmError e = CacheSql::Statement(m_cache, QStringLiteral("DELETE FROM phones WHERE member_id=?"))
                         .run(memberId))
        return e;
    if (CrmError e = CacheSql::Statement(m_cache, QStringLiteral("DELETE FROM emails WHERE member_id=?"))
                         .run(memberId))
        return e;
    CacheSql::Statement phone(
        m_cache, QStringLiteral("INSERT INTO phones(member_id, position, id, location_type, "
                                "phone_type, number, is_primary, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < parts.phones.size(); ++i) {
        const Phone& p = parts.phones[i];
        if (CrmError e = phone.run(memberId, i, CacheSql::nn(p.id), CacheSql::nn(p.locationType),
                                   CacheSql::nn(p.phoneType), CacheSql::nn(p.number), p.isPrimary ? 1 : 0,
                                   QString::fromUtf8(p.raw.json())))
            return e;
    }
    CacheSql::Statement email(
        m_cache, QStringLiteral("INSERT INTO emails(member_id, position, id, location_type, "
                                "email, is_primary, on_hold, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < parts.emails.size(); ++i) {
        const EmailAddress& a = parts.emails[i];
        if (CrmError e = email.run(memberId, i, CacheSql::nn(a.id), CacheSql::nn(a.locationType),
                                   CacheSql::nn(a.email), a.isPrimary ? 1 : 0, a.onHold ? 1 : 0,
                                   QString::fromUtf8(a.raw.json())))
            return e;
    }
    if (!parts.hasAddresses)
        if (CrmError e = refreshSearchWords(memberId))
            return e;
    // The primary e-mail is also the member's own column, which lists and search read.
    for (const EmailAddress& a : parts.emails)
        if (a.isPrimary)
            if (CrmError e =
                    CacheSql::Statement(
                        m_cache, QStringLiteral("UPDATE members SET email=? WHERE id=? AND "
                                                "id NOT IN (SELECT member_id FROM outbox "
                                                "WHERE state NOT IN ('done','undone') AND op='update')"))
                        .run(a.email, memberId))
                return e;
    if (CrmError e = CacheSql::commit(m_cache, tx))
        return e;
    if (parts.hasAddresses)
        return replaceAddresses(memberId, parts.addresses);
    Q_EMIT m_cache.changes()->membersChanged({memberId});
    return {};
}

CrmError RecordStore::replaceNotes(const QString& memberId, const QList<Note>& notes)
{
    CacheSql::Transaction tx(m_cache.database());
    if (CrmError e =
            CacheSql::Statement(m_cache, QStringLiteral("DELETE FROM notes WHERE member_id=?")).run(memberId))
        return e;
    CacheSql::Statement insert(m_cache,
                               QStringLiteral("INSERT INTO notes(member_id, position, id, subject, note, "
                                              "date) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < notes.size(); ++i)
        if (CrmError e = insert.run(memberId, i, CacheSql::nn(notes[i].id), CacheSql::nn(notes[i].subject),
                                    CacheSql::nn(notes[i].text), CacheSql::nn(notes[i].date)))
            return e;
    if (CrmError e = CacheSql::commit(m_cache, tx))
        return e;
    Q_EMIT m_cache.changes()->membersChanged({memberId});
    return {};
}

QList<Note> RecordStore::notes(const QString& memberId) const
{
    QList<Note> out;
    QSqlQuery q(m_cache.database());
    q.prepare(
        QStringLiteral("SELECT id, subject, note, date FROM notes WHERE member_id=? ORDER BY position"));
    q.addBindValue(memberId);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(),
                        q.value(1).toString(),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        {}});
    return out;
}

QList<MetaEntry> RecordStore::metaOf(const QString& memberId) const
{
    QList<MetaEntry> out;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT key, value, public FROM member_meta WHERE member_id=? ORDER BY key"));
    q.addBindValue(memberId);
    q.exec();
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

CrmError RecordStore::putMeta(const QString& memberId, const MetaEntry& entry)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("INSERT INTO member_meta(member_id, key, value, public) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(member_id, key) DO UPDATE SET value=excluded.value, "
                             "public=excluded.public"));
    q.addBindValue(memberId);
    q.addBindValue(CacheSql::nn(entry.key));
    q.addBindValue(CacheSql::nn(entry.value));
    q.addBindValue(entry.isPublic ? 1 : 0);
    if (!q.exec())
        return m_cache.sqlError(CacheSql::Words::tr("write"), q.lastError().text());
    Q_EMIT m_cache.changes()->membersChanged({memberId});
    return {};
}

CrmError RecordStore::dropMeta(const QString& memberId, const QString& key)
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("DELETE FROM member_meta WHERE member_id=? AND key=?"));
    q.addBindValue(memberId);
    q.addBindValue(key);
    if (!q.exec())
        return m_cache.sqlError(CacheSql::Words::tr("write"), q.lastError().text());
    Q_EMIT m_cache.changes()->membersChanged({memberId});
    return {};
}

CrmError RecordStore::replacePublicMeta(const QString& memberId, const QList<MetaEntry>& entries)
{
    QSqlDatabase db = m_cache.database();
    CacheSql::Transaction tx(db);
    QSqlQuery q(db);
    // Keys with an unsent edit keep the edit; private entries are never listed, so they stay as known.
    QSet<QString> pending;
    q.prepare(QStringLiteral(
        "SELECT payload FROM outbox WHERE member_id=? AND state NOT IN ('done','undone') AND op IN "
        "('meta-set', 'meta-delete')"));
    q.addBindValue(memberId);
    if (!q.exec())
        return m_cache.sqlError(CacheSql::Words::tr("read"), q.lastError().text());
    while (q.next())
        pending.insert(CacheSql::rawObject(q.value(0).toString()).value(QLatin1String("key")).toString());
    const QList<MetaEntry> known = metaOf(memberId);
    for (const MetaEntry& e : known)
        if (e.isPublic && !pending.contains(e.key))
            if (CrmError err = dropMeta(memberId, e.key))
                return err;
    for (const MetaEntry& e : entries)
        if (!pending.contains(e.key))
            if (CrmError err = putMeta(memberId, e))
                return err;
    if (!tx.commit())
        return m_cache.sqlError(CacheSql::Words::tr("commit"), db.lastError().text());
    Q_EMIT m_cache.changes()->membersChanged({memberId});
    return {};
}

CrmError RecordStore::replaceMemberships(const QString& memberId, const QList<Membership>& memberships)
{
    QSqlDatabase db = m_cache.database();
    CacheSql::Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "DELETE FROM linked_members WHERE membership_id IN (SELECT id FROM memberships WHERE member_id=?)"));
    q.addBindValue(memberId);
    if (!q.exec())
        return m_cache.sqlError(CacheSql::Words::tr("write"), q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM memberships WHERE member_id=?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return m_cache.sqlError(CacheSql::Words::tr("write"), q.lastError().text());
    QSqlQuery add(db);
    add.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO memberships(id, member_id, position, number, type, status, start_date, "
        "end_date, "
        "amount, currency, role, max_linked, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery link(db);
    link.prepare(QStringLiteral("INSERT INTO linked_members(membership_id, position, id, email, first_name, "
                                "last_name, raw) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < memberships.size(); ++i) {
        const Membership& m = memberships[i];
        for (const QVariant& v :
             QVariantList{CacheSql::nn(m.id), memberId, i, CacheSql::nn(m.number), CacheSql::nn(m.type),
                          CacheSql::nn(m.status), CacheSql::nn(m.startDate), CacheSql::nn(m.endDate),
                          CacheSql::nn(m.amount), CacheSql::nn(m.currency), CacheSql::nn(m.role), m.maxLinked,
                          QString::fromUtf8(m.raw.json())})
            add.addBindValue(v);
        if (!add.exec())
            return m_cache.sqlError(CacheSql::Words::tr("write"), add.lastError().text());
        for (int k = 0; k < m.linked.size(); ++k) {
            const LinkedMember& l = m.linked[k];
            for (const QVariant& v : QVariantList{CacheSql::nn(m.id), k, CacheSql::nn(l.id),
                                                  CacheSql::nn(l.email), CacheSql::nn(l.firstName),
                                                  CacheSql::nn(l.lastName), QString::fromUtf8(l.raw.json())})
                link.addBindValue(v);
            if (!link.exec())
                return m_cache.sqlError(CacheSql::Words::tr("write"), link.lastError().text());
        }
    }
    if (!tx.commit())
        return m_cache.sqlError(CacheSql::Words::tr("commit"), db.lastError().text());
    Q_EMIT m_cache.changes()->membersChanged({memberId});
    return {};
}

QList<Membership> RecordStore::memberships(const QString& memberId) const
{
    QList<Membership> out;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT id FROM memberships WHERE member_id=? ORDER BY position"));
    q.addBindValue(memberId);
    q.exec();
    while (q.next())
        if (auto m = membership(q.value(0).toString()))
            out.append(*m);
    return out;
}

std::optional<Membership> RecordStore::membership(const QString& id, QString* memberId) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(
        QStringLiteral("SELECT id, member_id, number, type, status, start_date, end_date, amount, currency, "
                       "role, max_linked, raw FROM memberships WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Membership m;
    m.id = q.value(0).toString();
    if (memberId)
        *memberId = q.value(1).toString();
    m.number = q.value(2).toString();
    m.type = q.value(3).toString();
    m.status = q.value(4).toString();
    m.startDate = q.value(5).toString();
    m.endDate = q.value(6).toString();
    m.amount = q.value(7).toString();
    m.currency = q.value(8).toString();
    m.role = q.value(9).toString();
    m.maxLinked = q.value(10).toInt();
    m.raw = RawRecord::fromJson(q.value(11).toString().toUtf8());
    QSqlQuery l(m_cache.database());
    l.prepare(QStringLiteral("SELECT id, email, first_name, last_name, raw FROM linked_members WHERE "
                             "membership_id=? ORDER BY position"));
    l.addBindValue(id);
    l.exec();
    while (l.next())
        m.linked.append({l.value(0).toString(), l.value(1).toString(), l.value(2).toString(),
                         l.value(3).toString(), RawRecord::fromJson(l.value(4).toString().toUtf8())});
    return m;
}

} // namespace crm
