#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <future>
#include <mutex>
#include <optional>
#include <vector>

struct sqlite3;

namespace crm {

/// Answers full-text member searches that match many rows, in their sort order, at a cost proportional to
/// the number of hits with a small constant.
///
/// Sorting tens of thousands of hits in SQL costs a row lookup and a collation per hit. Instead this class
/// keeps, for the sort in use, every member's position in that order (built once from the sort's index),
/// streams the hit rowids straight from the full-text index, marks their positions and reads them back in
/// order: no row is touched and nothing is compared. It reads through a read-only connection of its own,
/// so it always sees what has been committed; whatever it holds is dropped when any connection (the cache's
/// own, or crmctl in another process) commits a change (PRAGMA data_version).
///
/// Calls come from the thread of the Cache that owns it; prepare() builds ranks on a thread and a
/// connection of its own, and only a call that needs those ranks waits for them.
class SearchIndex {
public:
    /// From this many hits on, ordering through the index beats sorting in SQL.
    static constexpr std::int64_t DenseHits = 4000;
    /// Members firstHits() reads at most: a few milliseconds' worth.
    static constexpr int WalkRows = 2000;
    /// Entries of a sort's index scanWindow() reads at most: tens of milliseconds' worth.
    static constexpr std::int64_t ScanRows = 150000;

    /// The first hits of a search in a sort order.
    struct FirstHits {
        std::vector<std::int64_t> rowids;
        bool all = false; ///< every hit: the reading reached the last member
    };

    explicit SearchIndex(QString filePath);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    /// Builds the ranks of a sort in the background, so the first search in that sort need not wait for
    /// them. Does nothing for a small cache; returns at once.
    void prepare(const QString& orderBy);
    /// Members matching an FTS5 query; nullopt when the index cannot be read or interrupt() stopped it.
    std::optional<std::int64_t> count(const QString& ftsQuery);
    /// The count of ftsQuery when the index has it already (from count() or a sorted window), else nullopt.
    std::optional<std::int64_t> knownCount(const QString& ftsQuery);
    /// Whether the ranks of orderBy (ascending) are ready, so sortedWindow() need not build them.
    bool hasRanks(const QString& orderBy);
    /// Stops the statement running on the index's connection, from any thread.
    void interrupt();
    /// Every member; nullopt when the table cannot be read.
    std::optional<std::int64_t> total();
    /// The first `need` hits of a search (ftsQuery, and its phrases and phone digits for SearchMatcher)
    /// in the order of orderBy (an ORDER BY over table alias m, with its direction, ending in a unique
    /// key), found by reading members in that order and matching each: the cost is the members read,
    /// not the hits, which suits a search that many members match. nullopt when `need` hits are not
    /// among the first WalkRows members (sortedWindow() answers such a search) or the index cannot be
    /// read.
    std::optional<FirstHits> firstHits(const QString& ftsQuery, const QStringList& phrases,
                                       const QString& digits, const QString& orderBy, int need);
    /// As sortedWindow(), for use while the sort's ranks are not ready (see hasRanks()): marks the hits
    /// by rowid, then reads the sort's index in order (scanOrder: an ORDER BY over alias m with its
    /// direction) up to the window. Counts the hits too (knownCount()). nullopt when the window lies
    /// more than ScanRows members into the order, or the index cannot be read.
    std::optional<std::vector<std::int64_t>> scanWindow(const QString& ftsQuery, const QString& scanOrder,
                                                        std::int64_t offset, int limit);
    /// Rowids of the members matching ftsQuery from offset on (at most limit), ordered by orderBy (an
    /// ascending ORDER BY over table alias m that ends in a unique key), reversed when descending.
    /// nullopt when the index cannot be read.
    std::optional<std::vector<std::int64_t>> sortedWindow(const QString& ftsQuery, const QString& orderBy,
                                                          bool descending, std::int64_t offset, int limit);

private:
    bool open();
    /// Drops everything derived from the data when a commit happened since it was computed.
    void checkVersion();
    /// Every member's position in a sort (see m_rankOf).
    struct Ranks {
        QString order;
        std::vector<std::uint32_t> rankOf;
        std::vector<std::int64_t> rowidAt;
    };
    /// stop, when given, ends the reading early (false) once set.
    static bool readRanks(sqlite3* db, const QString& orderBy, Ranks& into,
                          const std::atomic<bool>* stop = nullptr);
    bool buildRanks(const QString& orderBy);
    /// Waits for a background build of orderBy's ranks, if one runs. Called without m_lock held.
    void awaitRanks(const QString& orderBy);
    bool sortHits(const QString& ftsQuery, const QString& orderBy, bool descending);
    std::optional<std::int64_t> totalLocked();
    std::optional<std::int64_t> knownCountLocked(const QString& ftsQuery);

    QString m_path;
    std::mutex m_lock; ///< held by every public call and by the background build
    std::future<void> m_preparing;
    QString m_preparingOrder;           ///< the sort m_preparing builds
    std::atomic<bool> m_closing{false}; ///< ends a background build when the index goes away
    sqlite3* m_db = nullptr;
    std::atomic<sqlite3*> m_open{nullptr}; ///< m_db once opened, for interrupt() from another thread
    std::int64_t m_version = -1;
    std::optional<std::int64_t> m_total;
    QString m_countQuery;
    std::int64_t m_countValue = 0;
    // Ranks of one sort: rankOf[rowid] is the member's position, rowidAt[position] the member.
    Ranks m_ranks;
    // The last answer, kept while the data stays the same (the table model asks for it page by page).
    QString m_hitsKey;
    std::vector<std::int64_t> m_hits;
    // The hits of the last scanWindow() search, one bit a rowid.
    QString m_marksQuery;
    std::vector<std::uint64_t> m_marks;
    std::int64_t m_marksCount = 0;
    // The last firstHits() reading; exhausted when it stopped short of its need.
    QString m_walkKey;
    FirstHits m_walk;
    bool m_walkExhausted = false;
};

} // namespace crm
