#pragma once

#include "cache/cacheschema.h"
#include "cache/memberquery.h"
#include "domain/crmerror.h"
#include "domain/member.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace crm {

class MemberPageWriter;
class SearchIndex;

/// One profile's local store: a SQLite file in WAL mode holding members (mapped columns beside the raw
/// server JSON), their addresses, groups, group memberships, sync state and the outbox of unsent
/// edits. The schema is versioned by PRAGMA user_version and migrated step by step, each step in a
/// transaction; a file written by a newer version is refused, never altered. A file its last user did
/// not close cleanly gets a quick_check before use, and so does one found damaged before (see damage()).
/// On read-only media the file is opened read-only. The file, its WAL and its folder are private to the
/// user (0600, 0700).
///
/// Every method runs on the thread that opened the cache. Writes that belong together (a page of
/// members and the cursor after it) happen in one transaction, so a crash leaves the last complete page.
class Cache {
    Q_DISABLE_COPY_MOVE(Cache)
public:
    static constexpr int SchemaVersion = CacheSchema::Latest;

    explicit Cache(QString filePath);
    ~Cache();

    /// Opens (creating if needed) and migrates. Local error with a readable detail on failure.
    CrmError open();
    /// Opens and migrates only up to version; for migration tests.
    CrmError openAtVersion(int version);
    bool isOpen() const;
    QString filePath() const { return m_path; }
    QSqlDatabase database() const;
    /// Begins a transaction on database() that holds the write lock from the start (waiting for another
    /// writer up to the busy timeout), for a change that reads before it writes. End it with
    /// database().commit() or rollback().
    CrmError beginWrite() const;
    int schemaVersion() const;

    // --- members ---
    /// Upserts a page of members with their addresses, marks them seen in sync generation gen, and
    /// stores the state entries, all in one transaction. Members with unsent edits keep their local
    /// mapped fields (the raw JSON is still refreshed).
    CrmError writeMemberPage(const QList<Member>& members, qint64 gen, const QMap<QString, QString>& state);
    /// Before a first sync into an empty cache: drops the indexes behind the table's sorts, so pages are
    /// written several times faster; finishBulkLoad() builds them in one pass. False, and nothing
    /// changed, when the cache already holds members.
    bool beginBulkLoad();
    /// Builds the indexes beginBulkLoad() dropped (nothing to do otherwise). open() runs it too, for a
    /// process that died in the middle of a first sync.
    CrmError finishBulkLoad();
    /// Replaces one member as the server now has it (after an accepted edit or a fresh read).
    CrmError storeMember(const Member& member);
    /// Stores member (when not null) and runs also (SQL on database(); false fails) in one transaction:
    /// both happen or neither.
    CrmError storeWith(const Member* member, const std::function<bool()>& also);
    /// One member with addresses, group ids and raw JSON.
    std::optional<Member> member(const QString& id) const;
    qint64 countMembers(const MemberQuery& query) const;
    /// A window of the query's rows (mapped fields only, no raw JSON).
    QList<Member> members(const MemberQuery& query, qint64 offset, int limit) const;
    /// Readies, in the background, what a search with many hits in the query's sort needs, so the first
    /// such search need not wait. Returns at once.
    void prepareSearch(const MemberQuery& query) const;
    /// Replaces a member's addresses with the ones a CRM listed.
    CrmError replaceAddresses(const QString& memberId, const QList<Address>& addresses);
    /// Group ids of a member.
    QStringList groupsOf(const QString& memberId) const;

    // --- groups ---
    /// Replaces the group list (groups not in the list are removed with their memberships).
    CrmError writeGroups(const QList<Group>& groups, const QMap<QString, QString>& state);
    QList<Group> groups() const; ///< with memberCount from the cached memberships
    std::optional<Group> group(const QString& id) const;
    /// Adds a page of a group's member ids, seen in generation gen, plus state, in one transaction.
    CrmError writeGroupMemberPage(const QString& groupId, const QStringList& memberIds, qint64 gen,
                                  const QMap<QString, QString>& state);
    /// Drops the group's memberships not seen in generation gen.
    CrmError pruneGroupMembers(const QString& groupId, qint64 gen, const QMap<QString, QString>& state);
    CrmError setMembership(const QString& groupId, const QString& memberId, bool member);

    /// Every member id, in the order they entered the cache (for a refresh of looked-up members).
    QStringList memberIds() const;
    /// The ids of the members a query shows, in its order.
    QStringList memberIds(const MemberQuery& query) const;
    /// The members whose primary e-mail is email (any case), oldest first.
    QStringList memberIdsByEmail(const QString& email) const;

    // --- memberships ---
    /// Replaces a member's memberships (with their linked members) with the ones a CRM listed.
    CrmError replaceMemberships(const QString& memberId, const QList<Membership>& memberships);
    QList<Membership> memberships(const QString& memberId) const;
    /// One membership with its linked members; *memberId (when given) is whose it is.
    std::optional<Membership> membership(const QString& id, QString* memberId = nullptr) const;

    // --- user meta ---
    QList<MetaEntry> metaOf(const QString& memberId) const; ///< ordered by key
    CrmError putMeta(const QString& memberId, const MetaEntry& entry);
    CrmError dropMeta(const QString& memberId, const QString& key);
    /// Takes the public entries a CRM listed: public ones it no longer lists go, private ones (which it
    /// never lists) stay, and keys with an unsent edit keep the edit.
    CrmError replacePublicMeta(const QString& memberId, const QList<MetaEntry>& entries);

    // --- sync state ---
    QString state(const QString& key) const;
    CrmError setState(const QMap<QString, QString>& values);
    /// Removes members not seen in generation gen (unless they have unsent edits) and records the
    /// time of the completed sync.
    CrmError finishSync(qint64 gen, const QDateTime& when);
    QDateTime lastSync() const;

    /// The marker files of the processes that have the cache at cachePath open, or died with it open.
    static QStringList openMarkers(const QString& cachePath);

    /// SQLite's words about a failed read or write as the console's error: CacheDamaged, CacheReadOnly,
    /// or a Local error that names the file.
    CrmError storageError(const QString& sqliteText) const;
    /// Whether the file can only be read (a read-only disk or a file the user may not write): it is
    /// opened read-only, and every write fails with code CacheReadOnly.
    bool isReadOnly() const { return m_readOnly; }
    /// A Local error with code CacheDamaged when SQLite reported a damaged page since this cache was
    /// opened and a quick check confirms the damage here; none otherwise. A query that met the damage
    /// returned fewer rows than there are, so callers check this before trusting an answer.
    CrmError damage() const;
    /// The note beside a cache found damaged: while it is there, the cache is checked on every open.
    static QString damageNoteFor(const QString& cachePath);
    /// Notes that the cache at cachePath was found damaged (what: SQLite's words); the error that says so.
    static CrmError noteDamage(const QString& cachePath, const QString& what);

    /// Runs a PRAGMA integrity_check and an FTS5 integrity check; true when both pass.
    bool checkIntegrity(QString* report = nullptr) const;

private:
    CrmError migrate(int target);
    CrmError exec(const QString& sql) const;
    CrmError writeState(const QMap<QString, QString>& values);
    CrmError sqlError(const QString& what, const QString& text) const;
    /// Notes the damage beside the file and returns the error that says so.
    CrmError damaged(const QString& what) const;
    MemberPageWriter* writer();
    static QString orderBy(const MemberQuery& q);
    SearchIndex* searchIndex() const;
    QStringList staleOpenMarkers() const;
    QList<Member> membersByRowid(const std::int64_t* rowids, qsizetype n) const;

    QString m_path;
    QString m_connection;
    QString m_openMarker; ///< <file>.open.<pid>.<tag>, removed on a clean close
    bool m_readOnly = false;
    int m_damageReportsAtOpen = 0;
    mutable std::unique_ptr<SearchIndex> m_search;
    std::unique_ptr<MemberPageWriter> m_writer;
};

} // namespace crm
