#pragma once

#include "cache/memberquery.h"
#include "domain/crmerror.h"
#include "domain/member.h"

#include <QDateTime>
#include <QMap>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace crm {

class Cache;
class MemberPageWriter;
class SearchIndex;

/// The members table, its addresses as a sync writes them, and the search over both: the only class
/// that writes member rows.
class MemberStore {
    Q_DISABLE_COPY_MOVE(MemberStore)
public:
    /// The hits of a broad search quickCount() looks for before it answers: a table's first page.
    static constexpr int FirstPage = 200;
    /// Up to this many members, quickCount() simply counts.
    static constexpr qint64 SmallCache = 20000;

    explicit MemberStore(Cache& cache);
    ~MemberStore();

    /// Upserts a page of members with their addresses, marks them seen in sync generation gen, and
    /// stores the state entries, all in one transaction. Members with unsent edits keep their local
    /// mapped fields (the raw JSON is still refreshed).
    CrmError writeMemberPage(const QList<Member>& members, qint64 gen, const QMap<QString, QString>& state);
    /// Before a first sync into an empty cache: drops the indexes behind the table's sorts, so pages are
    /// written several times faster; finishBulkLoad() builds them in one pass. False, and nothing
    /// changed, when the cache already holds members.
    bool beginBulkLoad();
    /// Builds the indexes beginBulkLoad() dropped (nothing to do otherwise). Opening the cache runs it
    /// too, for a process that died in the middle of a first sync.
    CrmError finishBulkLoad();
    /// Replaces one member as the server now has it (after an accepted edit or a fresh read).
    CrmError storeMember(const Member& member);
    /// Stores member (when not null) and runs also (SQL on the cache's database; false fails) in one
    /// transaction: both happen or neither.
    CrmError storeWith(const Member* member, const std::function<bool()>& also);

    /// Shows an edit waiting in the outbox in the member's row (names and e-mail; the display name
    /// follows the names as CiviCRM forms it), inside the caller's transaction.
    CrmError showPendingEdit(const QString& memberId, const QVariantMap& fields);
    /// Removes one member with everything of theirs (a member moved to the CRM's trash); its outbox
    /// entries stay, as its history.
    CrmError forget(const QString& id);
    /// Marks the cached members among ids seen in generation gen, records the others as unknown
    /// (unknownMemberIds()), and stores the state entries, all in one transaction.
    CrmError markMembersSeen(const QStringList& ids, qint64 gen, const QMap<QString, QString>& state);
    /// Ids markMembersSeen() found listed by the CRM but not cached, until finishSync().
    QStringList unknownMemberIds() const;
    /// Removes members not seen in generation gen (unless they have unsent edits), with everything of
    /// theirs, forgets the unknown ids, and records the time of the completed sync.
    CrmError finishSync(qint64 gen, const QDateTime& when);

    /// One member with addresses, group ids and raw JSON.
    std::optional<Member> member(const QString& id) const;
    /// -1 when interruptCount() stopped it.
    qint64 countMembers(const MemberQuery& query) const;
    /// The query's members counted up to atMost + 1: exact when there are no more than atMost, atMost + 1
    /// otherwise, at a cost that does not grow with the cache. A list without search or group is counted
    /// exactly (the table's size is cheap to know).
    qint64 countMembers(const MemberQuery& query, qint64 atMost) const;
    /// As many of the query's members as a quick look finds, up to atMost + 1: exact when it saw them
    /// all, else a lower bound (enough to show a first page while the exact count is taken elsewhere).
    /// Costs a few milliseconds whatever the cache's size.
    MemberCount quickCount(const MemberQuery& query, qint64 atMost) const;
    /// Stops a search count running on another thread (countMembers() then answers -1).
    void interruptCount();
    /// A window of the query's rows (mapped fields only, no raw JSON).
    QList<Member> members(const MemberQuery& query, qint64 offset, int limit) const;
    /// Readies, in the background, what a search with many hits in the query's sort needs, so the first
    /// such search need not wait. Returns at once.
    void prepareSearch(const MemberQuery& query) const;
    /// Every member id, in the order they entered the cache (for a refresh of looked-up members).
    QStringList memberIds() const;
    /// The ids of the members a query shows, in its order.
    QStringList memberIds(const MemberQuery& query) const;
    /// The members whose primary e-mail is email (any case), oldest first.
    QStringList memberIdsByEmail(const QString& email) const;
    /// Cached members a new member with these values may well be: the same e-mail (any case, trimmed;
    /// any of a member's addresses), or the same first name, last name and postal code (spaces and case
    /// aside; only when all three are given). Oldest first, each once; whyOut (when given) says which.
    QList<Member> likelyDuplicates(const QString& email, const QString& firstName, const QString& lastName,
                                   const QString& postalCode, QStringList* whyOut = nullptr) const;

private:
    MemberPageWriter* writer();
    static QString orderBy(const MemberQuery& q);
    SearchIndex* searchIndex() const;
    /// SearchIndex::firstHits() for a search without group, in the query's sort.
    std::optional<std::vector<std::int64_t>> firstHits(const MemberQuery& query, int need, bool* all) const;
    QList<Member> membersByRowid(const std::int64_t* rowids, qsizetype n) const;

    Cache& m_cache;
    mutable std::unique_ptr<SearchIndex> m_search;
    mutable std::atomic<SearchIndex*> m_searchForInterrupt{nullptr};
    mutable std::atomic<bool> m_countInterrupted{false};
    std::unique_ptr<MemberPageWriter> m_writer;
};

} // namespace crm
