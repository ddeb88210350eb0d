#pragma once

#include "cache/cachechanges.h"
#include "cache/cacheschema.h"
#include "cache/choicestore.h"
#include "cache/groupstore.h"
#include "cache/memberquery.h"
#include "cache/memberstore.h"
#include "cache/recordstore.h"
#include "cache/syncstate.h"
#include "domain/crmerror.h"
#include "domain/member.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace crm {

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

    /// What the stores announce when they change something.
    CacheChanges* changes() const { return m_changes.get(); }

    // Each table belongs to one store; the cache opens the file and forwards to them.
    MemberStore& memberStore() { return *m_members; }
    GroupStore& groupStore() { return m_groups; }
    RecordStore& recordStore() { return m_records; }
    SyncState& syncState() { return m_state; }
    ChoiceStore& choices() { return m_choices; }
    const ChoiceStore& choices() const { return m_choices; }

    // --- members (MemberStore) ---
    CrmError writeMemberPage(const QList<Member>& members, qint64 gen, const QMap<QString, QString>& state)
    {
        return m_members->writeMemberPage(members, gen, state);
    }
    bool beginBulkLoad() { return m_members->beginBulkLoad(); }
    CrmError finishBulkLoad() { return m_members->finishBulkLoad(); }
    CrmError storeMember(const Member& member) { return m_members->storeMember(member); }
    CrmError storeWith(const Member* member, const std::function<bool()>& also)
    {
        return m_members->storeWith(member, also);
    }
    std::optional<Member> member(const QString& id) const { return m_members->member(id); }
    qint64 countMembers(const MemberQuery& query) const { return m_members->countMembers(query); }
    qint64 countMembers(const MemberQuery& query, qint64 atMost) const
    {
        return m_members->countMembers(query, atMost);
    }
    MemberCount quickCount(const MemberQuery& query, qint64 atMost) const
    {
        return m_members->quickCount(query, atMost);
    }
    /// From any thread: stops a search count this cache's thread is running.
    void interruptCount() { m_members->interruptCount(); }
    QList<Member> members(const MemberQuery& query, qint64 offset, int limit) const
    {
        return m_members->members(query, offset, limit);
    }
    void prepareSearch(const MemberQuery& query) const { m_members->prepareSearch(query); }
    QStringList memberIds() const { return m_members->memberIds(); }
    QStringList memberIds(const MemberQuery& query) const { return m_members->memberIds(query); }
    QStringList memberIdsByEmail(const QString& email) const { return m_members->memberIdsByEmail(email); }
    QList<Member> likelyDuplicates(const QString& email, const QString& firstName, const QString& lastName,
                                   const QString& postalCode, QStringList* whyOut = nullptr) const
    {
        return m_members->likelyDuplicates(email, firstName, lastName, postalCode, whyOut);
    }
    CrmError markMembersSeen(const QStringList& ids, qint64 gen, const QMap<QString, QString>& state)
    {
        return m_members->markMembersSeen(ids, gen, state);
    }
    QStringList unknownMemberIds() const { return m_members->unknownMemberIds(); }
    CrmError finishSync(qint64 gen, const QDateTime& when) { return m_members->finishSync(gen, when); }

    // --- groups (GroupStore) ---
    CrmError writeGroups(const QList<Group>& groups, const QMap<QString, QString>& state)
    {
        return m_groups.writeGroups(groups, state);
    }
    QList<Group> groups() const { return m_groups.groups(); }
    std::optional<Group> group(const QString& id) const { return m_groups.group(id); }
    CrmError writeGroupMemberPage(const QString& groupId, const QStringList& memberIds, qint64 gen,
                                  const QMap<QString, QString>& state)
    {
        return m_groups.writeGroupMemberPage(groupId, memberIds, gen, state);
    }
    CrmError pruneGroupMembers(const QString& groupId, qint64 gen, const QMap<QString, QString>& state)
    {
        return m_groups.pruneGroupMembers(groupId, gen, state);
    }
    CrmError setMembership(const QString& groupId, const QString& memberId, bool member)
    {
        return m_groups.setMembership(groupId, memberId, member);
    }
    QStringList groupsOf(const QString& memberId) const { return m_groups.groupsOf(memberId); }

    // --- addresses, meta, memberships (RecordStore) ---
    CrmError replaceAddresses(const QString& memberId, const QList<Address>& addresses)
    {
        return m_records.replaceAddresses(memberId, addresses);
    }
    CrmError replaceMemberships(const QString& memberId, const QList<Membership>& memberships)
    {
        return m_records.replaceMemberships(memberId, memberships);
    }
    QList<Membership> memberships(const QString& memberId) const { return m_records.memberships(memberId); }
    std::optional<Membership> membership(const QString& id, QString* memberId = nullptr) const
    {
        return m_records.membership(id, memberId);
    }
    QList<MetaEntry> metaOf(const QString& memberId) const { return m_records.metaOf(memberId); }
    CrmError putMeta(const QString& memberId, const MetaEntry& entry)
    {
        return m_records.putMeta(memberId, entry);
    }
    CrmError dropMeta(const QString& memberId, const QString& key)
    {
        return m_records.dropMeta(memberId, key);
    }
    CrmError replacePublicMeta(const QString& memberId, const QList<MetaEntry>& entries)
    {
        return m_records.replacePublicMeta(memberId, entries);
    }

    // --- sync state (SyncState) ---
    QString state(const QString& key) const { return m_state.state(key); }
    CrmError setState(const QMap<QString, QString>& values) { return m_state.setState(values); }
    QDateTime lastSync() const { return m_state.lastSync(); }

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

    /// A failed statement as the console's error: SQLite's words and the file's name.
    CrmError sqlError(const QString& what, const QString& text) const;

private:
    CrmError migrate(int target);
    CrmError exec(const QString& sql) const;
    /// Notes the damage beside the file and returns the error that says so.
    CrmError damaged(const QString& what) const;
    QStringList staleOpenMarkers() const;

    QString m_path;
    QString m_connection;
    QString m_openMarker; ///< <file>.open.<pid>.<tag>, removed on a clean close
    bool m_readOnly = false;
    int m_damageReportsAtOpen = 0;
    std::unique_ptr<CacheChanges> m_changes = std::make_unique<CacheChanges>();
    std::unique_ptr<MemberStore> m_members;
    GroupStore m_groups{*this};
    RecordStore m_records{*this};
    SyncState m_state{*this};
    ChoiceStore m_choices{*this};
};

} // namespace crm
