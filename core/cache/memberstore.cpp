#include "memberstore.h"

#include "cache.h"
#include "cachesql.h"
#include "memberpagewriter.h"
#include "searchindex.h"
#include "searchwords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace crm {

namespace {

const QString kBulkLoad = QStringLiteral("cache.bulk_load");

/// WHERE clause and bind values for a query's filters.
QString whereClause(const MemberQuery& q, QVariantList* binds, bool* empty)
{
    QStringList parts;
    *empty = false;
    if (!q.search.trimmed().isEmpty()) {
        const QString fts = ftsPrefixQuery(q.search);
        if (fts.isEmpty()) {
            *empty = true;
            return {};
        }
        parts.append(QStringLiteral("m.rowid IN (SELECT rowid FROM members_fts WHERE members_fts MATCH ?)"));
        binds->append(fts);
    }
    if (!q.groupId.isEmpty()) {
        parts.append(QStringLiteral("m.id IN (SELECT member_id FROM group_members WHERE group_id=?)"));
        binds->append(q.groupId);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

MemberStore::MemberStore(Cache& cache) : m_cache(cache) {}

MemberStore::~MemberStore() = default;

MemberPageWriter* MemberStore::writer()
{
    if (!m_writer) {
        const QVariant handle = m_cache.database().driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3* const*>(handle.constData()))
            return nullptr;
        m_writer = std::make_unique<MemberPageWriter>(*static_cast<sqlite3* const*>(handle.constData()));
    }
    return m_writer.get();
}

CrmError MemberStore::writeMemberPage(const QList<Member>& members, qint64 gen,
                                      const QMap<QString, QString>& state)
{
    QSqlDatabase db = m_cache.database();
    CacheSql::Transaction tx(db);
    if (!tx.isOpen())
        return m_cache.sqlError(CacheSql::Words::tr("transaction"), db.lastError().text());

    QSet<QString> edited;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral(
            "SELECT DISTINCT member_id FROM outbox WHERE op='update' AND state NOT IN ('done','undone')"));
        while (q.next())
            edited.insert(q.value(0).toString());
    }
    MemberPageWriter* w = writer();
    if (!w)
        return m_cache.sqlError(CacheSql::Words::tr("write"), CacheSql::Words::tr("no SQLite connection"));
    if (const QString failure = w->write(members, gen, edited); !failure.isEmpty())
        return m_cache.sqlError(CacheSql::Words::tr("write"), failure);
    if (CrmError e = m_cache.syncState().writeState(state))
        return e;
    if (!tx.commit())
        return m_cache.sqlError(CacheSql::Words::tr("commit"), db.lastError().text());
    QStringList ids;
    for (const Member& m : members)
        ids.append(m.id);
    Q_EMIT m_cache.changes()->membersChanged(ids);
    return {};
}

CrmError MemberStore::storeMember(const Member& m)
{
    return storeWith(&m, {});
}

CrmError MemberStore::storeWith(const Member* member, const std::function<bool()>& also)
{
    QSqlDatabase db = m_cache.database();
    CacheSql::Transaction tx(db);
    if (!tx.isOpen())
        return m_cache.sqlError(CacheSql::Words::tr("transaction"), db.lastError().text());
    if (also && !also())
        return m_cache.sqlError(CacheSql::Words::tr("write"), db.lastError().text());
    if (!member) {
        if (!tx.commit())
            return m_cache.sqlError(CacheSql::Words::tr("commit"), db.lastError().text());
        return {};
    }
    const Member& m = *member;
    QSqlQuery gen(db);
    qint64 g = 0;
    gen.prepare(QStringLiteral("SELECT sync_gen FROM members WHERE id=?"));
    gen.addBindValue(CacheSql::nn(m.id));
    if (gen.exec() && gen.next())
        g = gen.value(0).toLongLong();
    gen.finish();
    MemberPageWriter* w = writer();
    if (!w)
        return m_cache.sqlError(CacheSql::Words::tr("write"), CacheSql::Words::tr("no SQLite connection"));
    if (const QString failure = w->write({m}, g, {}); !failure.isEmpty())
        return m_cache.sqlError(CacheSql::Words::tr("write"), failure);
    if (!tx.commit())
        return m_cache.sqlError(CacheSql::Words::tr("commit"), db.lastError().text());
    Q_EMIT m_cache.changes()->membersChanged({m.id});
    return {};
}

bool MemberStore::beginBulkLoad()
{
    QSqlDatabase db = m_cache.database();
    CacheSql::Transaction tx(db);
    QSqlQuery q(db);
    if (!tx.isOpen() || !q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM members)")) || !q.next() ||
        q.value(0).toBool())
        return false;
    q.finish();
    for (const CacheSchema::SortIndex& index : CacheSchema::sortIndexes())
        if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index.name))))
            return false;
    return !m_cache.syncState().writeState({{kBulkLoad, QStringLiteral("1")}}) && tx.commit();
}

CrmError MemberStore::finishBulkLoad()
{
    if (m_cache.state(kBulkLoad).isEmpty())
        return {};
    QSqlDatabase db = m_cache.database();
    CacheSql::Transaction tx(db);
    QSqlQuery q(db);
    for (const CacheSchema::SortIndex& index : CacheSchema::sortIndexes())
        if (!q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON members(%2)")
                        .arg(QLatin1String(index.name), QLatin1String(index.on))))
            return m_cache.sqlError(CacheSql::Words::tr("index"), q.lastError().text());
    if (CrmError e = m_cache.syncState().writeState({{kBulkLoad, QString()}}))
        return e;
    if (!tx.commit())
        return m_cache.sqlError(CacheSql::Words::tr("commit"), db.lastError().text());
    return {};
}

std::optional<Member> MemberStore::member(const QString& id) const
{
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral(
        "SELECT id, first_name, last_name, display_name, email, user_id, username, modified, raw "
        "FROM members WHERE id=?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Member m;
    m.id = q.value(0).toString();
    m.firstName = q.value(1).toString();
    m.lastName = q.value(2).toString();
    m.displayName = q.value(3).toString();
    m.email = q.value(4).toString();
    m.userId = q.value(5).toString();
    m.username = q.value(6).toString();
    m.modified = q.value(7).toString();
    m.raw = RawRecord::fromJson(q.value(8).toString().toUtf8());
    m.groups = m_cache.groupsOf(id);
    QSqlQuery a(m_cache.database());
    a.prepare(QStringLiteral("SELECT raw, id, location_type, is_primary, street, supplemental, city, "
                             "postal_code, country FROM addresses WHERE member_id=? ORDER BY position"));
    a.addBindValue(id);
    a.exec();
    m.hasAddresses = true;
    while (a.next()) {
        const QJsonObject r = CacheSql::rawObject(a.value(0).toString());
        Address addr;
        addr.raw = r;
        addr.id = a.value(1).toString();
        addr.locationType = a.value(2).toString();
        addr.isPrimary = a.value(3).toBool();
        addr.street = a.value(4).toString();
        addr.supplemental = a.value(5).toString();
        addr.city = a.value(6).toString();
        addr.postalCode = a.value(7).toString();
        addr.country = a.value(8).toString();
        for (auto it = r.begin(); it != r.end(); ++it)
            if (it.key().startsWith(QLatin1String("custom_")))
                addr.customFields.insert(it.key(), it.value().toVariant().toString());
        m.addresses.append(addr);
    }
    QSqlQuery p(m_cache.database());
    p.prepare(QStringLiteral("SELECT raw, id, location_type, phone_type, number, is_primary FROM phones "
                             "WHERE member_id=? ORDER BY position"));
    p.addBindValue(id);
    p.exec();
    while (p.next())
        m.phones.append({p.value(1).toString(), p.value(2).toString(), p.value(3).toString(),
                         p.value(4).toString(), p.value(5).toBool(),
                         RawRecord::fromJson(p.value(0).toString().toUtf8())});
    QSqlQuery e(m_cache.database());
    e.prepare(QStringLiteral("SELECT raw, id, location_type, email, is_primary, on_hold FROM emails "
                             "WHERE member_id=? ORDER BY position"));
    e.addBindValue(id);
    e.exec();
    while (e.next())
        m.emails.append({e.value(1).toString(), e.value(2).toString(), e.value(3).toString(),
                         e.value(4).toBool(), e.value(5).toBool(),
                         RawRecord::fromJson(e.value(0).toString().toUtf8())});
    m.hasPhonesAndEmails = true;
    return m;
}

QString MemberStore::orderBy(const MemberQuery& q)
{
    const QString dir = q.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (q.sort == MemberQuery::Sort::Id)
        return QStringLiteral("m.num_id%1, m.id%1").arg(dir);
    QString column;
    switch (q.sort) {
    case MemberQuery::Sort::FirstName:
        column = QStringLiteral("m.first_name");
        break;
    case MemberQuery::Sort::LastName:
        column = QStringLiteral("m.last_name");
        break;
    case MemberQuery::Sort::Email:
        column = QStringLiteral("m.email");
        break;
    case MemberQuery::Sort::Username:
        column = QStringLiteral("m.username");
        break;
    case MemberQuery::Sort::DisplayName:
    case MemberQuery::Sort::Id:
        column = QStringLiteral("m.display_name");
        break;
    }
    // The rowid breaks ties, so every window of a sort is stable and the order is total.
    return QStringLiteral("%1 COLLATE NOCASE%2, m.rowid%2").arg(column, dir);
}

qint64 MemberStore::countMembers(const MemberQuery& query) const
{
    QVariantList binds;
    bool empty = false;
    QString sql;
    if (!query.search.trimmed().isEmpty() && query.groupId.isEmpty()) {
        const QString fts = ftsPrefixQuery(query.search);
        if (fts.isEmpty())
            return 0;
        m_countInterrupted = false;
        if (const auto n = searchIndex()->count(fts))
            return *n;
        if (m_countInterrupted.exchange(false))
            return -1;
        sql = QStringLiteral("SELECT count(*) FROM members_fts WHERE members_fts MATCH ?");
        binds.append(fts);
    } else {
        sql = QStringLiteral("SELECT count(*) FROM members m") + whereClause(query, &binds, &empty);
        if (empty)
            return 0;
    }
    QSqlQuery q(m_cache.database());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 MemberStore::countMembers(const MemberQuery& query, qint64 atMost) const
{
    const bool searched = !query.search.trimmed().isEmpty();
    if (!searched && query.groupId.isEmpty())
        return countMembers(query);
    QVariantList binds;
    bool empty = false;
    QString inner;
    if (searched && query.groupId.isEmpty()) {
        const QString fts = ftsPrefixQuery(query.search);
        if (fts.isEmpty())
            return 0;
        inner = QStringLiteral("SELECT 1 FROM members_fts WHERE members_fts MATCH ?");
        binds.append(fts);
    } else {
        inner = QStringLiteral("SELECT 1 FROM members m") + whereClause(query, &binds, &empty);
        if (empty)
            return 0;
    }
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM (") + inner + QStringLiteral(" LIMIT ?)"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(atMost + 1);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

MemberCount MemberStore::quickCount(const MemberQuery& query, qint64 atMost) const
{
    const bool searched = !query.search.trimmed().isEmpty();
    if (!searched && query.groupId.isEmpty())
        return {countMembers(query), true}; // the table's size is cheap to know
    const auto counted = [&] {
        const qint64 n = countMembers(query, atMost);
        return MemberCount{n, n <= atMost};
    };
    if (!searched || !query.groupId.isEmpty())
        return counted();
    SearchIndex* index = searchIndex();
    const QString fts = ftsPrefixQuery(query.search);
    if (const auto known = index->knownCount(fts))
        return {*known, true};
    // In a cache this small, counting up to atMost is cheaper than anything below, and exact for most
    // searches.
    if (const auto total = index->total(); !total || *total <= SmallCache)
        return counted();
    // The first page of a search many members match is found by reading members in their order, which
    // also proves that many.
    bool all = false;
    if (const auto first = firstHits(query, int(std::min<qint64>(atMost + 1, FirstPage)), &all))
        return {qint64(first->size()), all};
    // Else one stream of the hits, which members() then reads its windows from, counts them too.
    MemberQuery ascending = query;
    ascending.order = Qt::AscendingOrder;
    if (index->hasRanks(orderBy(ascending))) {
        if (index->sortedWindow(fts, orderBy(ascending), query.order == Qt::DescendingOrder, 0, 0))
            if (const auto known = index->knownCount(fts))
                return {*known, true};
        return counted();
    }
    const MemberCount few = counted();
    if (few.exact)
        return few;
    if (index->scanWindow(fts, orderBy(query), 0, 0))
        if (const auto known = index->knownCount(fts))
            return {*known, true};
    return few;
}

std::optional<std::vector<std::int64_t>> MemberStore::firstHits(const MemberQuery& query, int need,
                                                                bool* all) const
{
    if (query.search.trimmed().isEmpty() || !query.groupId.isEmpty())
        return std::nullopt;
    const QString fts = ftsPrefixQuery(query.search);
    if (fts.isEmpty())
        return std::nullopt;
    auto hits = searchIndex()->firstHits(fts, searchPhrases(query.search),
                                         SearchWords::phoneQuery(query.search), orderBy(query), need);
    if (!hits)
        return std::nullopt;
    *all = hits->all;
    return std::move(hits->rowids);
}

void MemberStore::interruptCount()
{
    m_countInterrupted = true;
    if (SearchIndex* index = m_searchForInterrupt.load())
        index->interrupt();
}

QList<Member> MemberStore::members(const MemberQuery& query, qint64 offset, int limit) const
{
    QVariantList binds;
    bool empty = false;
    const QString where = whereClause(query, &binds, &empty);
    QList<Member> out;
    if (empty)
        return out;
    if (!query.search.trimmed().isEmpty() && query.groupId.isEmpty()) {
        // Sorting many hits in SQL costs a row lookup and a collation each: the search index orders them
        // from the full-text index alone. A search that matches every member needs no filter at all.
        bool all = false;
        if (offset + limit <= SearchIndex::WalkRows) {
            if (const auto first = firstHits(query, int(offset + limit), &all)) {
                const auto from = std::min<std::size_t>(std::size_t(offset), first->size());
                const auto to = std::min<std::size_t>(std::size_t(offset + limit), first->size());
                return membersByRowid(first->data() + from, qsizetype(to - from));
            }
        }
        SearchIndex* index = searchIndex();
        const QString fts = ftsPrefixQuery(query.search);
        MemberQuery ascending = query;
        ascending.order = Qt::AscendingOrder;
        // With the sort's ranks ready any search is ordered that way; without them (they take a while at
        // millions of members), only one with many hits, known from a count that stops early: first by
        // reading the sort's index up to the window, else by waiting for the ranks.
        const bool ranked = index->hasRanks(orderBy(ascending));
        if (ranked || countMembers(query, SearchIndex::DenseHits) > SearchIndex::DenseHits) {
            if (const auto hits = index->knownCount(fts); hits && index->total() == hits) {
                MemberQuery all = query;
                all.search.clear();
                return members(all, offset, limit);
            }
            if (!ranked) {
                if (const auto window = index->scanWindow(fts, orderBy(query), offset, limit))
                    return membersByRowid(window->data(), qsizetype(window->size()));
            }
            if (const auto window = index->sortedWindow(fts, orderBy(ascending),
                                                        query.order == Qt::DescendingOrder, offset, limit))
                return membersByRowid(window->data(), qsizetype(window->size()));
        }
    }
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT m.id, m.first_name, m.last_name, m.display_name, m.email, m.user_id, m.username "
                  "FROM members m") +
              where + QStringLiteral(" ORDER BY ") + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return out;
    out.reserve(limit);
    while (q.next())
        out.append(CacheSql::listedMember(q, 0));
    return out;
}

void MemberStore::prepareSearch(const MemberQuery& query) const
{
    MemberQuery ascending = query;
    ascending.order = Qt::AscendingOrder;
    if (query.groupId.isEmpty())
        searchIndex()->prepare(orderBy(ascending));
}

SearchIndex* MemberStore::searchIndex() const
{
    if (!m_search) {
        m_search = std::make_unique<SearchIndex>(m_cache.filePath());
        m_searchForInterrupt = m_search.get();
    }
    return m_search.get();
}

QList<Member> MemberStore::membersByRowid(const std::int64_t* rowids, qsizetype n) const
{
    QList<Member> out(n);
    if (n == 0)
        return out;
    QHash<std::int64_t, qsizetype> position;
    position.reserve(n);
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i) {
        position.insert(rowids[i], i);
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery q(m_cache.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT m.rowid, m.id, m.first_name, m.last_name, m.display_name, m.email, m.user_id, "
                       "m.username FROM members m WHERE m.rowid IN (") +
        marks.join(QLatin1Char(',')) + QLatin1Char(')'));
    for (qsizetype i = 0; i < n; ++i)
        q.addBindValue(qint64(rowids[i]));
    if (!q.exec())
        return {};
    while (q.next())
        out[position.value(q.value(0).toLongLong())] = CacheSql::listedMember(q, 1);
    return out;
}

QStringList MemberStore::memberIds() const
{
    QStringList out;
    QSqlQuery q(m_cache.database());
    q.exec(QStringLiteral("SELECT id FROM members ORDER BY rowid"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList MemberStore::memberIds(const MemberQuery& query) const
{
    QStringList out;
    const qint64 n = countMembers(query);
    constexpr int kPage = 5000;
    for (qint64 offset = 0; offset < n; offset += kPage)
        for (const Member& m : members(query, offset, kPage))
            out.append(m.id);
    return out;
}

QStringList MemberStore::memberIdsByEmail(const QString& email) const
{
    QStringList out;
    QSqlQuery q(m_cache.database());
    q.prepare(QStringLiteral("SELECT id FROM members WHERE email = ? COLLATE NOCASE ORDER BY num_id, id"));
    q.addBindValue(email.trimmed());
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QList<Member> MemberStore::likelyDuplicates(const QString& email, const QString& firstName,
                                            const QString& lastName, const QString& postalCode,
                                            QStringList* whyOut) const
{
    QList<Member> out;
    QSet<QString> seen;
    auto collect = [&](QSqlQuery& q, const QString& why) {
        if (!q.exec())
            return;
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            out.append(CacheSql::listedMember(q, 0));
            if (whyOut)
                whyOut->append(why);
        }
    };
    const QString columns =
        QStringLiteral("m.id, m.first_name, m.last_name, m.display_name, m.email, m.user_id, m.username");
    // Each question on its own, so that each uses its index (members by e-mail, e-mails by address,
    // members by first name then their addresses by member).
    if (!email.trimmed().isEmpty()) {
        const QString sameEmail = QCoreApplication::translate("MemberStore", "the same e-mail");
        QSqlQuery primary(m_cache.database());
        primary.prepare(
            QStringLiteral(
                "SELECT %1 FROM members m WHERE m.email = ? COLLATE NOCASE ORDER BY m.num_id, m.id")
                .arg(columns));
        primary.addBindValue(email.trimmed());
        collect(primary, sameEmail);
        QSqlQuery other(m_cache.database());
        other.prepare(
            QStringLiteral("SELECT %1 FROM members m WHERE m.id IN (SELECT member_id FROM emails WHERE email "
                           "= ? COLLATE NOCASE) ORDER BY m.num_id, m.id")
                .arg(columns));
        other.addBindValue(email.trimmed());
        collect(other, sameEmail);
    }
    const QString postal = QString(postalCode).remove(QLatin1Char(' ')).toUpper();
    if (!firstName.trimmed().isEmpty() && !lastName.trimmed().isEmpty() && !postal.isEmpty()) {
        QSqlQuery q(m_cache.database());
        q.prepare(QStringLiteral(
                      "SELECT %1 FROM members m WHERE m.first_name = ? COLLATE NOCASE AND m.last_name = ? "
                      "COLLATE NOCASE AND EXISTS (SELECT 1 FROM addresses a WHERE a.member_id = m.id AND "
                      "upper(replace(a.postal_code, ' ', '')) = ?) ORDER BY m.num_id, m.id")
                      .arg(columns));
        q.addBindValue(firstName.trimmed());
        q.addBindValue(lastName.trimmed());
        q.addBindValue(postal);
        collect(q, QCoreApplication::translate("MemberStore", "the same name and postal code"));
    }
    return out;
}

CrmError MemberStore::forget(const QString& id)
{
    CacheSql::Transaction tx(m_cache.database());
    for (const char* table : {"addresses", "phones", "emails", "notes", "group_members", "member_meta"})
        if (CrmError e =
                CacheSql::Statement(
                    m_cache, QStringLiteral("DELETE FROM %1 WHERE member_id=?").arg(QLatin1String(table)))
                    .run(id))
            return e;
    if (CrmError e = CacheSql::Statement(m_cache, QStringLiteral("DELETE FROM members WHERE id=?")).run(id))
        return e;
    if (CrmError e = CacheSql::commit(m_cache, tx))
        return e;
    Q_EMIT m_cache.changes()->membersChanged({id});
    return {};
}

CrmError MemberStore::markMembersSeen(const QStringList& ids, qint64 gen, const QMap<QString, QString>& state)
{
    CacheSql::Transaction tx(m_cache.database());
    CacheSql::Statement seen(m_cache, QStringLiteral("UPDATE members SET sync_gen=? WHERE id=?"));
    CacheSql::Statement unknown(m_cache, QStringLiteral("INSERT OR IGNORE INTO sync_unknown(id) VALUES (?)"));
    for (const QString& id : ids) {
        if (CrmError e = seen.run(gen, id))
            return e;
        if (seen.query().numRowsAffected() == 0)
            if (CrmError e = unknown.run(id))
                return e;
    }
    if (CrmError e = m_cache.syncState().writeState(state))
        return e;
    return CacheSql::commit(m_cache, tx);
}

QStringList MemberStore::unknownMemberIds() const
{
    QStringList ids;
    CacheSql::Statement q(m_cache, QStringLiteral("SELECT id FROM sync_unknown ORDER BY id"));
    if (q.run())
        return ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

CrmError MemberStore::finishSync(qint64 gen, const QDateTime& when)
{
    CacheSql::Transaction tx(m_cache.database());
    // What a member not seen has goes first, then the member; a member with an unsent edit stays.
    const QString gone =
        QStringLiteral("(SELECT id FROM members WHERE sync_gen<? AND id NOT IN "
                       "(SELECT member_id FROM outbox WHERE state NOT IN ('done','undone')))");
    const QStringList steps{
        QStringLiteral("DELETE FROM addresses WHERE member_id IN ") + gone,
        QStringLiteral("DELETE FROM phones WHERE member_id IN ") + gone,
        QStringLiteral("DELETE FROM emails WHERE member_id IN ") + gone,
        QStringLiteral("DELETE FROM notes WHERE member_id IN ") + gone,
        QStringLiteral("DELETE FROM linked_members WHERE membership_id IN (SELECT id FROM memberships WHERE "
                       "member_id IN ") +
            gone + QLatin1Char(')'),
        QStringLiteral("DELETE FROM group_members WHERE member_id IN ") + gone,
        QStringLiteral("DELETE FROM member_meta WHERE member_id IN ") + gone,
        QStringLiteral("DELETE FROM memberships WHERE member_id IN ") + gone,
        QStringLiteral(
            "DELETE FROM members WHERE sync_gen<? AND id NOT IN (SELECT member_id FROM outbox WHERE "
            "state NOT IN ('done','undone'))")};
    for (const QString& sql : steps)
        if (CrmError e = CacheSql::Statement(m_cache, sql).run(gen))
            return e;
    if (CrmError e = CacheSql::Statement(m_cache, QStringLiteral("DELETE FROM sync_unknown")).run())
        return e;
    if (CrmError e = m_cache.syncState().writeState(
            {{QStringLiteral("sync.last_completed"), when.toUTC().toString(Qt::ISODate)}}))
        return e;
    if (CrmError e = CacheSql::commit(m_cache, tx))
        return e;
    Q_EMIT m_cache.changes()->membersChanged({});
    Q_EMIT m_cache.changes()->groupsChanged();
    return {};
}

CrmError MemberStore::showPendingEdit(const QString& memberId, const QVariantMap& fields)
{
    CacheSql::Statement names(m_cache,
                              QStringLiteral("SELECT first_name, last_name FROM members WHERE id=?"));
    if (CrmError e = names.run(memberId))
        return e;
    if (!names.next())
        return {};
    const QString first = fields.value(QStringLiteral("first_name"), names.value(0)).toString();
    const QString last = fields.value(QStringLiteral("last_name"), names.value(1)).toString();
    for (const char* column : {"first_name", "last_name", "email"}) {
        const QString key = QLatin1String(column);
        if (!fields.contains(key))
            continue;
        // column is one of three fixed names, never the caller's text.
        if (CrmError e =
                CacheSql::Statement(m_cache, QStringLiteral("UPDATE members SET %1=? WHERE id=?").arg(key))
                    .run(fields.value(key).toString(), memberId))
            return e;
    }
    if (fields.contains(QStringLiteral("first_name")) || fields.contains(QStringLiteral("last_name")))
        return CacheSql::Statement(m_cache, QStringLiteral("UPDATE members SET display_name=? WHERE id=?"))
            .run(QStringList{first, last}.join(QLatin1Char(' ')).trimmed(), memberId);
    return {};
}

} // namespace crm
