#include "cache.h"

#include "cacheschema.h"
#include "damagewatch.h"
#include "memberpagewriter.h"
#include "searchindex.h"

#include "profiles/privatefiles.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif
#include <algorithm>
#include <sqlite3.h>

namespace crm {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("Cache", s);
}

const QString kBulkLoad = QStringLiteral("cache.bulk_load");

/// Whether a process with this id exists. Unknown (another platform, no permission to ask) counts as yes.
/// Whether SQLite's words say the file is damaged rather than busy, full or missing.
bool meansDamage(const QString& text)
{
    return text.contains(QLatin1String("malformed"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("not a database"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("corrupt"), Qt::CaseInsensitive);
}

bool meansLocked(const QString& text)
{
    return text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

bool meansReadOnly(const QString& text)
{
    return text.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("read-only"), Qt::CaseInsensitive);
}

/// Whether the cache can only be read where it is: a read-only disk or mount, or a file or folder the
/// user may not write (SQLite's WAL needs to make files beside the cache).
bool onlyReadable(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray file = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return QFileInfo::exists(path) &&
           (::access(file.constData(), W_OK) != 0 || ::access(folder.constData(), W_OK) != 0);
#else
    const QFileInfo info(path);
    return info.exists() && !info.isWritable();
#endif
}

bool processIsRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
#else
    return pid > 0;
#endif
}

/// A member as lists show it, from the columns id, first_name, last_name, display_name, email, user_id and
/// username, in that order from column first on.
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

/// SQLite stores a null QString as NULL: the mapped columns want ''.
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

class Transaction {
public:
    // IMMEDIATE takes the write lock up front: a deferred transaction that reads first and then writes
    // fails at once (no busy wait) when another connection (the sync's writer, crmctl) wrote meanwhile.
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db))
    {
        m_open = QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        const bool ok = m_db.commit();
        m_open = !ok;
        return ok;
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace

Cache::Cache(QString filePath)
    : m_path(std::move(filePath)),
      m_connection(QStringLiteral("crm-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    DamageWatch::install();
}

QString Cache::damageNoteFor(const QString& cachePath)
{
    return cachePath + QStringLiteral(".damaged");
}

CrmError Cache::noteDamage(const QString& cachePath, const QString& what)
{
    // Remembered beside the file, so every later use is checked, not only this one.
    QFile note(damageNoteFor(cachePath));
    if (!QFileInfo::exists(note.fileName()) && note.open(QIODevice::WriteOnly)) {
        note.write(what.toUtf8() + '\n');
        note.close();
        PrivateFiles::tighten(note.fileName());
    }
    CrmError e(CrmError::Kind::Local, {}, 0, what);
    e.code = CrmError::CacheDamaged;
    return e;
}

CrmError Cache::damaged(const QString& what) const
{
    return noteDamage(m_path, what);
}

CrmError Cache::damage() const
{
    if (DamageWatch::reports() == m_damageReportsAtOpen || !isOpen())
        return {};
    // SQLite met a damaged page somewhere: this cache, or another one this process has open.
    QSqlQuery check(database());
    if (check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
        check.value(0).toString() == QLatin1String("ok"))
        return {};
    return damaged(check.lastError().isValid() ? check.lastError().text()
                                               : check.value(0).toString().left(200));
}

Cache::~Cache()
{
    m_search.reset();
    m_writer.reset(); // its statements must go before the connection closes
    if (!m_openMarker.isEmpty())
        QFile::remove(m_openMarker);
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase Cache::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

CrmError Cache::beginWrite() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(tr("transaction"), q.lastError().text());
    return {};
}

bool Cache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

CrmError Cache::storageError(const QString& sqliteText) const
{
    return sqlError(tr("change"), sqliteText);
}

CrmError Cache::sqlError(const QString& what, const QString& text) const
{
    if (meansDamage(text))
        return damaged(text);
    if (meansReadOnly(text) || m_readOnly) {
        CrmError e(CrmError::Kind::Local, {}, 0, QDir::toNativeSeparators(m_path));
        e.code = CrmError::CacheReadOnly;
        return e;
    }
    return CrmError(
        CrmError::Kind::Local, {}, 0,
        tr("The local cache %1 failed: %2 (%3)").arg(what, text, QDir::toNativeSeparators(m_path)));
}

CrmError Cache::exec(const QString& sql) const
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return sqlError(tr("statement"), q.lastError().text());
    return {};
}

CrmError Cache::open()
{
    return openAtVersion(SchemaVersion);
}

CrmError Cache::openAtVersion(int version)
{
    // Member data: the folder 0700, the file and its WAL and shared-memory files 0600 (SQLite gives
    // those the main file's permissions), also when an earlier version made them wider.
    PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath());
    m_readOnly = onlyReadable(m_path);
    if (!m_readOnly) {
        PrivateFiles::ensureFile(m_path);
        for (const char* suffix : {"-wal", "-shm", "-journal"})
            PrivateFiles::tighten(m_path + QLatin1String(suffix));
    }
    m_damageReportsAtOpen = DamageWatch::reports();
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    // Another process migrating or writing a page holds the lock for moments; wait rather than fail.
    if (m_readOnly) {
        // Nothing on a read-only disk can take SQLite's locks or its WAL: read the file as it stands.
        db.setDatabaseName(QStringLiteral("file:") + QString::fromUtf8(QUrl::toPercentEncoding(m_path, "/")) +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=30000"));
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!db.open())
        return sqlError(tr("open"), db.lastError().text());
    const QList<const char*> pragmas =
        m_readOnly ? QList<const char*>{"PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-16000"}
                   : QList<const char*>{"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                        "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY",
                                        "PRAGMA cache_size=-16000"};
    for (const char* pragma : pragmas) {
        // Switching a new file to WAL takes a lock SQLite does not wait for when another process is
        // doing the same: try again for a while rather than fail.
        QDeadlineTimer patience(30000);
        CrmError e;
        while ((e = exec(QString::fromLatin1(pragma))) && meansLocked(e.detail) && !patience.hasExpired())
            QThread::msleep(50);
        if (e)
            return e;
    }
    // quick_check reads the whole file (seconds at a million members), so it runs only when a process
    // that opened the cache did not close it (a crash, a kill, a power cut): each open leaves a marker
    // named after its process, removed on close, and a marker whose process is gone means trouble. A
    // cache found damaged before is checked again on every open, until a rebuild replaces it.
    const QStringList stale = staleOpenMarkers();
    const bool foundDamaged = QFileInfo::exists(damageNoteFor(m_path));
    if (!stale.isEmpty() || foundDamaged) {
        QSqlQuery check(db);
        const bool ran = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next();
        if (!ran || check.value(0).toString() != QLatin1String("ok")) {
            const QString what = ran ? check.value(0).toString().left(200) : check.lastError().text();
            db.close();
            return damaged(what);
        }
        for (const QString& m : stale)
            QFile::remove(m);
        if (foundDamaged && !m_readOnly)
            QFile::remove(damageNoteFor(m_path));
    } else {
        QSqlQuery probe(db); // SQLite refuses a file that is not a database on its first read
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
            return sqlError(tr("open"), probe.lastError().text());
    }
    if (m_readOnly) {
        if (schemaVersion() < version)
            return sqlError(tr("upgrade"), tr("read-only"));
        return {};
    }
    QFile marker(
        m_path +
        QStringLiteral(".open.%1.%2").arg(QCoreApplication::applicationPid()).arg(m_connection.right(8)));
    if (marker.open(QIODevice::WriteOnly))
        m_openMarker = marker.fileName();
    if (CrmError e = migrate(version))
        return e;
    // A first sync that no open process is still writing died before its indexes were built.
    const QStringList open = openMarkers(m_path);
    const bool alone = open.isEmpty() || (open.size() == 1 && QFileInfo(open.first()).fileName() ==
                                                                  QFileInfo(m_openMarker).fileName());
    if (version == SchemaVersion && alone)
        return finishBulkLoad();
    return {};
}

QStringList Cache::openMarkers(const QString& cachePath)
{
    const QFileInfo info(cachePath);
    QStringList out;
    const QStringList names =
        info.dir().entryList({info.fileName() + QStringLiteral(".open.*")}, QDir::Files | QDir::Hidden);
    for (const QString& name : names)
        out.append(info.dir().filePath(name));
    return out;
}

QStringList Cache::staleOpenMarkers() const
{
    QStringList stale;
    for (const QString& path : openMarkers(m_path)) {
        // <cache>.open.<pid>.<tag>
        const QStringList parts = QFileInfo(path).fileName().split(QLatin1Char('.'));
        bool ok = false;
        const qint64 pid = parts.size() >= 2 ? parts.at(parts.size() - 2).toLongLong(&ok) : 0;
        if (!ok || !processIsRunning(pid))
            stale.append(path);
    }
    return stale;
}

int Cache::schemaVersion() const
{
    return CacheSchema::version(database());
}

CrmError Cache::migrate(int target)
{
    const int current = schemaVersion();
    if (current > SchemaVersion) {
        database().close();
        return CrmError(
            CrmError::Kind::Local, {}, 0,
            tr("The cache %1 was written by a newer version of CRM Console (schema %2; this version "
               "reads up to %3). Update CRM Console, or move the file away to start a fresh cache.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(current)
                .arg(SchemaVersion));
    }
    if (const auto failed = CacheSchema::upgrade(database(), target))
        return sqlError(tr("upgrade to schema %1").arg(failed->step), failed->sqlite);
    return {};
}

MemberPageWriter* Cache::writer()
{
    if (!m_writer) {
        const QVariant handle = database().driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3* const*>(handle.constData()))
            return nullptr;
        m_writer = std::make_unique<MemberPageWriter>(*static_cast<sqlite3* const*>(handle.constData()));
    }
    return m_writer.get();
}

CrmError Cache::writeMemberPage(const QList<Member>& members, qint64 gen, const QMap<QString, QString>& state)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return sqlError(tr("transaction"), db.lastError().text());

    QSet<QString> edited;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT DISTINCT member_id FROM outbox WHERE op='update' AND state<>'done'"));
        while (q.next())
            edited.insert(q.value(0).toString());
    }
    MemberPageWriter* w = writer();
    if (!w)
        return sqlError(tr("write"), tr("no SQLite connection"));
    if (const QString failure = w->write(members, gen, edited); !failure.isEmpty())
        return sqlError(tr("write"), failure);
    if (CrmError e = writeState(state))
        return e;
    if (!tx.commit())
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

CrmError Cache::storeMember(const Member& m)
{
    return storeWith(&m, {});
}

CrmError Cache::storeWith(const Member* member, const std::function<bool()>& also)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return sqlError(tr("transaction"), db.lastError().text());
    if (also && !also())
        return sqlError(tr("write"), db.lastError().text());
    if (!member) {
        if (!tx.commit())
            return sqlError(tr("commit"), db.lastError().text());
        return {};
    }
    const Member& m = *member;
    QSqlQuery gen(db);
    qint64 g = 0;
    gen.prepare(QStringLiteral("SELECT sync_gen FROM members WHERE id=?"));
    gen.addBindValue(nn(m.id));
    if (gen.exec() && gen.next())
        g = gen.value(0).toLongLong();
    gen.finish();
    MemberPageWriter* w = writer();
    if (!w)
        return sqlError(tr("write"), tr("no SQLite connection"));
    if (const QString failure = w->write({m}, g, {}); !failure.isEmpty())
        return sqlError(tr("write"), failure);
    if (!tx.commit())
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

bool Cache::beginBulkLoad()
{
    QSqlDatabase db = database();
    Transaction tx(db);
    QSqlQuery q(db);
    if (!tx.isOpen() || !q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM members)")) || !q.next() ||
        q.value(0).toBool())
        return false;
    q.finish();
    for (const CacheSchema::SortIndex& index : CacheSchema::sortIndexes())
        if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index.name))))
            return false;
    return !writeState({{kBulkLoad, QStringLiteral("1")}}) && tx.commit();
}

CrmError Cache::finishBulkLoad()
{
    if (state(kBulkLoad).isEmpty())
        return {};
    QSqlDatabase db = database();
    Transaction tx(db);
    QSqlQuery q(db);
    for (const CacheSchema::SortIndex& index : CacheSchema::sortIndexes())
        if (!q.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON members(%2)")
                        .arg(QLatin1String(index.name), QLatin1String(index.on))))
            return sqlError(tr("index"), q.lastError().text());
    if (CrmError e = writeState({{kBulkLoad, QString()}}))
        return e;
    if (!tx.commit())
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

std::optional<Member> Cache::member(const QString& id) const
{
    QSqlQuery q(database());
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
    m.groups = groupsOf(id);
    QSqlQuery a(database());
    a.prepare(QStringLiteral("SELECT raw, id, location_type, is_primary, street, supplemental, city, "
                             "postal_code, country FROM addresses WHERE member_id=? ORDER BY position"));
    a.addBindValue(id);
    a.exec();
    m.hasAddresses = true;
    while (a.next()) {
        const QJsonObject r = rawObject(a.value(0).toString());
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
    return m;
}

QStringList Cache::groupsOf(const QString& memberId) const
{
    QStringList out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "SELECT group_id FROM group_members WHERE member_id=? ORDER BY CAST(group_id AS INTEGER), "
        "group_id"));
    q.addBindValue(memberId);
    q.exec();
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QString Cache::orderBy(const MemberQuery& q)
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

namespace {

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

qint64 Cache::countMembers(const MemberQuery& query) const
{
    QVariantList binds;
    bool empty = false;
    QString sql;
    if (!query.search.trimmed().isEmpty() && query.groupId.isEmpty()) {
        const QString fts = ftsPrefixQuery(query.search);
        if (fts.isEmpty())
            return 0;
        if (const auto n = searchIndex()->count(fts))
            return *n;
        sql = QStringLiteral("SELECT count(*) FROM members_fts WHERE members_fts MATCH ?");
        binds.append(fts);
    } else {
        sql = QStringLiteral("SELECT count(*) FROM members m") + whereClause(query, &binds, &empty);
        if (empty)
            return 0;
    }
    QSqlQuery q(database());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<Member> Cache::members(const MemberQuery& query, qint64 offset, int limit) const
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
        SearchIndex* index = searchIndex();
        const QString fts = ftsPrefixQuery(query.search);
        const auto hits = index->count(fts);
        if (hits && *hits >= SearchIndex::DenseHits) {
            if (index->total() == hits) {
                MemberQuery all = query;
                all.search.clear();
                return members(all, offset, limit);
            }
            MemberQuery ascending = query;
            ascending.order = Qt::AscendingOrder;
            if (const auto window = index->sortedWindow(fts, orderBy(ascending),
                                                        query.order == Qt::DescendingOrder, offset, limit))
                return membersByRowid(window->data(), qsizetype(window->size()));
        }
    }
    QSqlQuery q(database());
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
        out.append(listedMember(q, 0));
    return out;
}

void Cache::prepareSearch(const MemberQuery& query) const
{
    MemberQuery ascending = query;
    ascending.order = Qt::AscendingOrder;
    if (query.groupId.isEmpty())
        searchIndex()->prepare(orderBy(ascending));
}

SearchIndex* Cache::searchIndex() const
{
    if (!m_search)
        m_search = std::make_unique<SearchIndex>(m_path);
    return m_search.get();
}

QList<Member> Cache::membersByRowid(const std::int64_t* rowids, qsizetype n) const
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
    QSqlQuery q(database());
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
        out[position.value(q.value(0).toLongLong())] = listedMember(q, 1);
    return out;
}

CrmError Cache::writeGroups(const QList<Group>& groups, const QMap<QString, QString>& state)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO crm_groups(id, name, title, description, smart, active, raw) VALUES "
        "(?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name=excluded.name, title=excluded.title, "
        "description=excluded.description, smart=excluded.smart, active=excluded.active, "
        "raw=excluded.raw"));
    QStringList ids;
    for (const Group& g : groups) {
        q.addBindValue(nn(g.id));
        q.addBindValue(nn(g.name));
        q.addBindValue(nn(g.title));
        q.addBindValue(nn(g.description));
        q.addBindValue(g.smart ? 1 : 0);
        q.addBindValue(g.active ? 1 : 0);
        q.addBindValue(rawText(g.raw));
        if (!q.exec())
            return sqlError(tr("write"), q.lastError().text());
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
    if (CrmError e = writeState(state))
        return e;
    if (!tx.commit())
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

QList<Group> Cache::groups() const
{
    QList<Group> out;
    QSqlQuery q(database());
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
        g.raw = rawObject(q.value(6).toString());
        g.memberCount = q.value(7).toLongLong();
        out.append(g);
    }
    return out;
}

std::optional<Group> Cache::group(const QString& id) const
{
    for (const Group& g : groups())
        if (g.id == id)
            return g;
    return std::nullopt;
}

CrmError Cache::writeGroupMemberPage(const QString& groupId, const QStringList& memberIds, qint64 gen,
                                     const QMap<QString, QString>& state)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO group_members(group_id, member_id, sync_gen) VALUES (?,?,?) "
                             "ON CONFLICT(group_id, member_id) DO UPDATE SET sync_gen=excluded.sync_gen"));
    for (const QString& id : memberIds) {
        q.addBindValue(groupId);
        q.addBindValue(id);
        q.addBindValue(gen);
        if (!q.exec())
            return sqlError(tr("write"), q.lastError().text());
    }
    if (CrmError e = writeState(state))
        return e;
    if (!tx.commit())
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

CrmError Cache::pruneGroupMembers(const QString& groupId, qint64 gen, const QMap<QString, QString>& state)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    QSqlQuery q(db);
    // A membership change still waiting in the outbox wins over what the server said before it.
    q.prepare(QStringLiteral("DELETE FROM group_members WHERE group_id=? AND sync_gen<? AND NOT EXISTS "
                             "(SELECT 1 FROM outbox o WHERE "
                             "o.op='group-add' AND o.state<>'done' AND o.group_id=group_members.group_id AND "
                             "o.member_id=group_members.member_id)"));
    q.addBindValue(groupId);
    q.addBindValue(gen);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
    if (CrmError e = writeState(state))
        return e;
    if (!tx.commit())
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

CrmError Cache::setMembership(const QString& groupId, const QString& memberId, bool in)
{
    QSqlQuery q(database());
    if (in) {
        q.prepare(
            QStringLiteral("INSERT OR IGNORE INTO group_members(group_id, member_id, sync_gen) VALUES (?,?,"
                           "(SELECT coalesce(max(sync_gen),0) FROM group_members))"));
    } else {
        q.prepare(QStringLiteral("DELETE FROM group_members WHERE group_id=? AND member_id=?"));
    }
    q.addBindValue(groupId);
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
    return {};
}

QString Cache::state(const QString& key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key=?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

CrmError Cache::writeState(const QMap<QString, QString>& values)
{
    QSqlQuery q(database());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isNull()) {
            q.prepare(QStringLiteral("DELETE FROM sync_state WHERE key=?"));
            q.addBindValue(it.key());
        } else {
            q.prepare(QStringLiteral(
                "INSERT INTO sync_state(key, value) VALUES (?,?) ON CONFLICT(key) DO UPDATE SET "
                "value=excluded.value"));
            q.addBindValue(it.key());
            q.addBindValue(it.value());
        }
        if (!q.exec())
            return sqlError(tr("write"), q.lastError().text());
    }
    return {};
}

CrmError Cache::setState(const QMap<QString, QString>& values)
{
    Transaction tx(database());
    if (CrmError e = writeState(values))
        return e;
    if (!tx.commit())
        return sqlError(tr("commit"), database().lastError().text());
    return {};
}

CrmError Cache::finishSync(qint64 gen, const QDateTime& when)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "DELETE FROM addresses WHERE member_id IN (SELECT id FROM members WHERE sync_gen<? AND "
        "id NOT IN (SELECT member_id FROM outbox WHERE state<>'done'))"));
    q.addBindValue(gen);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
    q.prepare(QStringLiteral(
        "DELETE FROM linked_members WHERE membership_id IN (SELECT id FROM memberships WHERE member_id IN "
        "(SELECT id FROM members WHERE sync_gen<? AND id NOT IN (SELECT member_id FROM outbox WHERE "
        "state<>'done')))"));
    q.addBindValue(gen);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
    for (const char* table : {"group_members", "member_meta", "memberships"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE member_id IN (SELECT id FROM members WHERE sync_gen<? "
                                 "AND id NOT IN (SELECT member_id FROM outbox WHERE state<>'done'))")
                      .arg(QLatin1String(table)));
        q.addBindValue(gen);
        if (!q.exec())
            return sqlError(tr("write"), q.lastError().text());
    }
    q.prepare(QStringLiteral(
        "DELETE FROM members WHERE sync_gen<? AND id NOT IN (SELECT member_id FROM outbox WHERE "
        "state<>'done')"));
    q.addBindValue(gen);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
    if (CrmError e =
            writeState({{QStringLiteral("sync.last_completed"), when.toUTC().toString(Qt::ISODate)}}))
        return e;
    if (!tx.commit())
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

QDateTime Cache::lastSync() const
{
    return QDateTime::fromString(state(QStringLiteral("sync.last_completed")), Qt::ISODate);
}

bool Cache::checkIntegrity(QString* report) const
{
    QSqlQuery q(database());
    QStringList problems;
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                problems.append(q.value(0).toString());
    } else {
        problems.append(q.lastError().text());
    }
    if (schemaVersion() >= 2 &&
        !q.exec(QStringLiteral("INSERT INTO members_fts(members_fts, rank) VALUES ('integrity-check', 1)")))
        problems.append(q.lastError().text());
    if (report)
        *report = problems.join(QLatin1Char('\n'));
    return problems.isEmpty();
}

CrmError Cache::replaceAddresses(const QString& memberId, const QList<Address>& addresses)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM addresses WHERE member_id=?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
    q.prepare(QStringLiteral("INSERT INTO addresses(member_id, position, id, raw, location_type, is_primary, "
                             "street, supplemental, "
                             "city, postal_code, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < addresses.size(); ++i) {
        const Address& a = addresses[i];
        q.addBindValue(memberId);
        q.addBindValue(i);
        q.addBindValue(nn(a.id));
        q.addBindValue(QString::fromUtf8(a.raw.json()));
        q.addBindValue(nn(a.locationType));
        q.addBindValue(a.isPrimary ? 1 : 0);
        q.addBindValue(nn(a.street));
        q.addBindValue(nn(a.supplemental));
        q.addBindValue(nn(a.city));
        q.addBindValue(nn(a.postalCode));
        q.addBindValue(nn(a.country));
        if (!q.exec())
            return sqlError(tr("write"), q.lastError().text());
    }
    if (!tx.commit())
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

QList<MetaEntry> Cache::metaOf(const QString& memberId) const
{
    QList<MetaEntry> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT key, value, public FROM member_meta WHERE member_id=? ORDER BY key"));
    q.addBindValue(memberId);
    q.exec();
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    return out;
}

CrmError Cache::putMeta(const QString& memberId, const MetaEntry& entry)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO member_meta(member_id, key, value, public) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(member_id, key) DO UPDATE SET value=excluded.value, "
                             "public=excluded.public"));
    q.addBindValue(memberId);
    q.addBindValue(nn(entry.key));
    q.addBindValue(nn(entry.value));
    q.addBindValue(entry.isPublic ? 1 : 0);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
    return {};
}

CrmError Cache::dropMeta(const QString& memberId, const QString& key)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("DELETE FROM member_meta WHERE member_id=? AND key=?"));
    q.addBindValue(memberId);
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
    return {};
}

CrmError Cache::replacePublicMeta(const QString& memberId, const QList<MetaEntry>& entries)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    QSqlQuery q(db);
    // Keys with an unsent edit keep the edit; private entries are never listed, so they stay as known.
    QSet<QString> pending;
    q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE member_id=? AND state<>'done' AND op IN "
                             "('meta-set', 'meta-delete')"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(tr("read"), q.lastError().text());
    while (q.next())
        pending.insert(rawObject(q.value(0).toString()).value(QLatin1String("key")).toString());
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
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

CrmError Cache::replaceMemberships(const QString& memberId, const QList<Membership>& memberships)
{
    QSqlDatabase db = database();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "DELETE FROM linked_members WHERE membership_id IN (SELECT id FROM memberships WHERE member_id=?)"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM memberships WHERE member_id=?"));
    q.addBindValue(memberId);
    if (!q.exec())
        return sqlError(tr("write"), q.lastError().text());
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
        for (const QVariant& v : QVariantList{nn(m.id), memberId, i, nn(m.number), nn(m.type), nn(m.status),
                                              nn(m.startDate), nn(m.endDate), nn(m.amount), nn(m.currency),
                                              nn(m.role), m.maxLinked, QString::fromUtf8(m.raw.json())})
            add.addBindValue(v);
        if (!add.exec())
            return sqlError(tr("write"), add.lastError().text());
        for (int k = 0; k < m.linked.size(); ++k) {
            const LinkedMember& l = m.linked[k];
            for (const QVariant& v : QVariantList{nn(m.id), k, nn(l.id), nn(l.email), nn(l.firstName),
                                                  nn(l.lastName), QString::fromUtf8(l.raw.json())})
                link.addBindValue(v);
            if (!link.exec())
                return sqlError(tr("write"), link.lastError().text());
        }
    }
    if (!tx.commit())
        return sqlError(tr("commit"), db.lastError().text());
    return {};
}

QList<Membership> Cache::memberships(const QString& memberId) const
{
    QList<Membership> out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id FROM memberships WHERE member_id=? ORDER BY position"));
    q.addBindValue(memberId);
    q.exec();
    while (q.next())
        if (auto m = membership(q.value(0).toString()))
            out.append(*m);
    return out;
}

std::optional<Membership> Cache::membership(const QString& id, QString* memberId) const
{
    QSqlQuery q(database());
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
    QSqlQuery l(database());
    l.prepare(QStringLiteral("SELECT id, email, first_name, last_name, raw FROM linked_members WHERE "
                             "membership_id=? ORDER BY position"));
    l.addBindValue(id);
    l.exec();
    while (l.next())
        m.linked.append({l.value(0).toString(), l.value(1).toString(), l.value(2).toString(),
                         l.value(3).toString(), RawRecord::fromJson(l.value(4).toString().toUtf8())});
    return m;
}

QStringList Cache::memberIds() const
{
    QStringList out;
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT id FROM members ORDER BY rowid"));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QStringList Cache::memberIds(const MemberQuery& query) const
{
    QStringList out;
    const qint64 n = countMembers(query);
    constexpr int kPage = 5000;
    for (qint64 offset = 0; offset < n; offset += kPage)
        for (const Member& m : members(query, offset, kPage))
            out.append(m.id);
    return out;
}

QStringList Cache::memberIdsByEmail(const QString& email) const
{
    QStringList out;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT id FROM members WHERE email = ? COLLATE NOCASE ORDER BY num_id, id"));
    q.addBindValue(email.trimmed());
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

} // namespace crm
