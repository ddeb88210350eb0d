#pragma once

#include <QString>
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
/// Calls come from the thread of the Cache that owns it; prepare() builds ranks on a thread of its own,
/// and a call that needs the index meanwhile waits for it.
class SearchIndex {
public:
    /// From this many hits on, ordering through the index beats sorting in SQL.
    static constexpr std::int64_t DenseHits = 4000;

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
    /// Stops the statement running on the index's connection, from any thread.
    void interrupt();
    /// Every member; nullopt when the table cannot be read.
    std::optional<std::int64_t> total();
    /// Rowids of the members matching ftsQuery from offset on (at most limit), ordered by orderBy (an
    /// ascending ORDER BY over table alias m that ends in a unique key), reversed when descending.
    /// nullopt when the index cannot be read.
    std::optional<std::vector<std::int64_t>> sortedWindow(const QString& ftsQuery, const QString& orderBy,
                                                          bool descending, std::int64_t offset, int limit);

private:
    bool open();
    /// Drops everything derived from the data when a commit happened since it was computed.
    void checkVersion();
    bool buildRanks(const QString& orderBy);
    bool sortHits(const QString& ftsQuery, const QString& orderBy, bool descending);
    std::optional<std::int64_t> totalLocked();
    std::optional<std::int64_t> knownCountLocked(const QString& ftsQuery);

    QString m_path;
    std::mutex m_lock; ///< held by every public call and by the background build
    std::future<void> m_preparing;
    sqlite3* m_db = nullptr;
    std::atomic<sqlite3*> m_open{nullptr}; ///< m_db once opened, for interrupt() from another thread
    std::int64_t m_version = -1;
    std::optional<std::int64_t> m_total;
    QString m_countQuery;
    std::int64_t m_countValue = 0;
    // Ranks of one sort: m_rankOf[rowid] is the member's position, m_rowidAt[position] the member.
    QString m_rankOrder;
    std::vector<std::uint32_t> m_rankOf;
    std::vector<std::int64_t> m_rowidAt;
    // The last answer, kept while the data stays the same (the table model asks for it page by page).
    QString m_hitsKey;
    std::vector<std::int64_t> m_hits;
};

} // namespace crm
