#include "cache.h"

#include "cacheschema.h"
#include "cachesql.h"
#include "damagewatch.h"
#include "logging/logcategories.h"
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

using CacheSql::Transaction;

namespace {

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

} // namespace

Cache::Cache(QString filePath)
    : m_path(std::move(filePath)),
      m_connection(QStringLiteral("crm-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_members(std::make_unique<MemberStore>(*this))
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
    m_members.reset(); // its statements must go before the connection closes
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
        return sqlError(CacheSql::Words::tr("transaction"), q.lastError().text());
    return {};
}

bool Cache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

CrmError Cache::storageError(const QString& sqliteText) const
{
    return sqlError(CacheSql::Words::tr("change"), sqliteText);
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
    return CrmError(CrmError::Kind::Local, {}, 0,
                    CacheSql::Words::tr("The local cache %1 failed: %2 (%3)")
                        .arg(what, text, QDir::toNativeSeparators(m_path)));
}

CrmError Cache::exec(const QString& sql) const
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return sqlError(CacheSql::Words::tr("statement"), q.lastError().text());
    return {};
}

CrmError Cache::open()
{
    const CrmError e = openAtVersion(SchemaVersion);
    if (e)
        qCWarning(lcCache) << "cannot open" << m_path << ":" << int(e.kind) << e.detail;
    else
        qCInfo(lcCache) << "opened" << m_path;
    return e;
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
        return sqlError(CacheSql::Words::tr("open"), db.lastError().text());
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
            return sqlError(CacheSql::Words::tr("open"), probe.lastError().text());
    }
    if (m_readOnly) {
        if (schemaVersion() < version)
            return sqlError(CacheSql::Words::tr("upgrade"), CacheSql::Words::tr("read-only"));
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
        return m_members->finishBulkLoad();
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
            CacheSql::Words::tr(
                "The cache %1 was written by a newer version of CRM Console (schema %2; this version "
                "reads up to %3). Update CRM Console, or move the file away to start a fresh cache.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(current)
                .arg(SchemaVersion));
    }
    if (const auto failed = CacheSchema::upgrade(database(), target))
        return sqlError(CacheSql::Words::tr("upgrade to schema %1").arg(failed->step), failed->sqlite);
    return {};
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

} // namespace crm
