#include "searchindex.h"

#include "searchmatcher.h"

#include <QByteArray>
#include <algorithm>
#include <sqlite3.h>

namespace crm {

namespace {

/// A prepared statement that is finalized however the scope ends.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    Statement(sqlite3* db, const QByteArray& sql)
    {
        sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool isValid() const { return m_stmt != nullptr; }
    void bind(int i, const QByteArray& text)
    {
        sqlite3_bind_text(m_stmt, i, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    int step() { return sqlite3_step(m_stmt); }
    std::int64_t int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    std::string_view text(int column) const
    {
        const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, column)))
                    : std::string_view();
    }

private:
    sqlite3_stmt* m_stmt = nullptr;
};

// Ranks are indexed by rowid: a file whose rowids are this sparse is answered by SQL instead.
constexpr std::int64_t MaxRowid = 64 * 1024 * 1024;

} // namespace

SearchIndex::SearchIndex(QString filePath) : m_path(std::move(filePath)) {}

SearchIndex::~SearchIndex()
{
    m_closing = true;
    if (m_preparing.valid())
        m_preparing.wait();
    m_open = nullptr;
    sqlite3_close(m_db);
}

void SearchIndex::prepare(const QString& orderBy)
{
    if (m_preparing.valid() && m_preparing.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return; // one build at a time; a search that needs another sort builds it then
    std::int64_t version = -1;
    {
        const std::lock_guard<std::mutex> lock(m_lock);
        if (!open())
            return;
        checkVersion();
        const auto total = totalLocked();
        if (m_ranks.order == orderBy || !total || *total < DenseHits)
            return;
        version = m_version;
    }
    // Read on a connection of its own, so searches that need no ranks go on meanwhile; a commit since
    // version was taken makes the ranks stale, and they are dropped.
    m_preparingOrder = orderBy;
    m_preparing = std::async(std::launch::async, [this, orderBy, version] {
        sqlite3* db = nullptr;
        Ranks ranks;
        const bool read = sqlite3_open_v2(m_path.toUtf8().constData(), &db,
                                          SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK &&
                          readRanks(db, orderBy, ranks, &m_closing);
        sqlite3_close(db);
        const std::lock_guard<std::mutex> lock(m_lock);
        checkVersion();
        if (read && m_version == version)
            m_ranks = std::move(ranks);
    });
}

void SearchIndex::awaitRanks(const QString& orderBy)
{
    if (m_preparing.valid() && m_preparingOrder == orderBy)
        m_preparing.wait();
}

bool SearchIndex::open()
{
    if (m_db)
        return true;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // firstHits() reads the same first members of a sort keystroke after keystroke.
    sqlite3_exec(m_db, "PRAGMA cache_size = -8192", nullptr, nullptr, nullptr);
    m_open = m_db;
    return true;
}

bool SearchIndex::hasRanks(const QString& orderBy)
{
    const std::lock_guard<std::mutex> lock(m_lock);
    if (!open())
        return false;
    checkVersion();
    return m_ranks.order == orderBy;
}

void SearchIndex::interrupt()
{
    if (sqlite3* db = m_open.load())
        sqlite3_interrupt(db);
}

void SearchIndex::checkVersion()
{
    Statement q(m_db, "PRAGMA data_version");
    const std::int64_t version = q.isValid() && q.step() == SQLITE_ROW ? q.int64(0) : -1;
    if (version == m_version && version != -1)
        return;
    m_version = version;
    m_total.reset();
    m_countQuery.clear();
    m_ranks = {};
    m_hitsKey.clear();
    m_hits.clear();
    m_marksQuery.clear();
    m_marks.clear();
    m_walkKey.clear();
    m_walk = {};
    m_walkExhausted = false;
}

std::optional<std::int64_t> SearchIndex::count(const QString& ftsQuery)
{
    const std::lock_guard<std::mutex> lock(m_lock);
    if (!open())
        return std::nullopt;
    if (const auto known = knownCountLocked(ftsQuery))
        return known;
    Statement q(m_db, "SELECT count(*) FROM members_fts WHERE members_fts MATCH ?");
    if (!q.isValid())
        return std::nullopt;
    q.bind(1, ftsQuery.toUtf8());
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    m_countQuery = ftsQuery;
    m_countValue = q.int64(0);
    return m_countValue;
}

std::optional<std::int64_t> SearchIndex::knownCount(const QString& ftsQuery)
{
    const std::lock_guard<std::mutex> lock(m_lock);
    if (!open())
        return std::nullopt;
    return knownCountLocked(ftsQuery);
}

std::optional<std::int64_t> SearchIndex::knownCountLocked(const QString& ftsQuery)
{
    checkVersion();
    if (!m_countQuery.isNull() && m_countQuery == ftsQuery)
        return m_countValue;
    return std::nullopt;
}

std::optional<std::int64_t> SearchIndex::total()
{
    const std::lock_guard<std::mutex> lock(m_lock);
    if (!open())
        return std::nullopt;
    checkVersion();
    return totalLocked();
}

std::optional<std::int64_t> SearchIndex::totalLocked()
{
    if (!m_total) {
        Statement q(m_db, "SELECT count(*) FROM members");
        if (!q.isValid() || q.step() != SQLITE_ROW)
            return std::nullopt;
        m_total = q.int64(0);
    }
    return m_total;
}

bool SearchIndex::readRanks(sqlite3* db, const QString& orderBy, Ranks& into, const std::atomic<bool>* stop)
{
    into = {};
    Statement max(db, "SELECT coalesce(max(rowid), 0) FROM members");
    if (!max.isValid() || max.step() != SQLITE_ROW || max.int64(0) >= MaxRowid)
        return false;
    into.rankOf.assign(std::size_t(max.int64(0)) + 1, 0);
    Statement q(db, QByteArray("SELECT m.rowid FROM members m ORDER BY ") + orderBy.toUtf8());
    if (!q.isValid())
        return false;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::int64_t rowid = q.int64(0);
        if (rowid < 0 || rowid >= std::int64_t(into.rankOf.size()))
            return false; // a row committed after max() was read; the next call rebuilds
        if (stop && (into.rowidAt.size() & 0xffff) == 0 && stop->load(std::memory_order_relaxed))
            return false;
        into.rankOf[std::size_t(rowid)] = std::uint32_t(into.rowidAt.size());
        into.rowidAt.push_back(rowid);
    }
    if (rc != SQLITE_DONE)
        return false;
    into.order = orderBy;
    return true;
}

bool SearchIndex::buildRanks(const QString& orderBy)
{
    Ranks ranks;
    const bool read = readRanks(m_db, orderBy, ranks);
    m_ranks = read ? std::move(ranks) : Ranks{};
    return read;
}

std::optional<SearchIndex::FirstHits> SearchIndex::firstHits(const QString& ftsQuery,
                                                             const QStringList& phrases,
                                                             const QString& digits, const QString& orderBy,
                                                             int need)
{
    const std::lock_guard<std::mutex> lock(m_lock);
    if (!open())
        return std::nullopt;
    checkVersion();
    const QString key = ftsQuery + QChar(0x1f) + orderBy;
    const auto enough = [need](const FirstHits& hits) {
        return hits.all || hits.rowids.size() >= std::size_t(std::max(need, 0));
    };
    if (key == m_walkKey && (enough(m_walk) || m_walkExhausted))
        return enough(m_walk) ? std::optional<FirstHits>(m_walk) : std::nullopt;
    if (need > WalkRows)
        return std::nullopt;

    SearchMatcher matcher(m_db, phrases, digits);
    if (!matcher.isValid())
        return std::nullopt;
    Statement q(m_db, QByteArray("SELECT m.rowid, m.display_name, m.first_name, m.last_name, m.email, "
                                 "m.username, m.search_extra FROM members m ORDER BY ") +
                          orderBy.toUtf8());
    if (!q.isValid())
        return std::nullopt;
    FirstHits hits;
    bool exhausted = false;
    for (int read = 1;; ++read) {
        const int rc = q.step();
        if (rc == SQLITE_DONE) {
            hits.all = true;
            break;
        }
        if (rc != SQLITE_ROW)
            return std::nullopt;
        if (matcher.matches({q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6)})) {
            hits.rowids.push_back(q.int64(0));
            if (hits.rowids.size() >= std::size_t(need))
                break;
        }
        // Give up as soon as the hits so far say the budget will not hold `need` of them.
        const bool hopeless =
            read % 64 == 0 &&
            4 * std::int64_t(read) * need > 5 * std::int64_t(WalkRows) * std::int64_t(hits.rowids.size());
        if (read >= WalkRows || hopeless) {
            exhausted = true;
            break;
        }
    }
    m_walkKey = key;
    m_walk = std::move(hits);
    m_walkExhausted = exhausted;
    return enough(m_walk) ? std::optional<FirstHits>(m_walk) : std::nullopt;
}

std::optional<std::vector<std::int64_t>>
SearchIndex::scanWindow(const QString& ftsQuery, const QString& scanOrder, std::int64_t offset, int limit)
{
    const std::lock_guard<std::mutex> lock(m_lock);
    if (!open())
        return std::nullopt;
    checkVersion();
    if (m_marksQuery.isNull() || m_marksQuery != ftsQuery) {
        Statement max(m_db, "SELECT coalesce(max(rowid), 0) FROM members");
        if (!max.isValid() || max.step() != SQLITE_ROW || max.int64(0) >= MaxRowid)
            return std::nullopt;
        std::vector<std::uint64_t> marks(std::size_t(max.int64(0)) / 64 + 1, 0);
        Statement q(m_db, "SELECT rowid FROM members_fts WHERE members_fts MATCH ?");
        if (!q.isValid())
            return std::nullopt;
        q.bind(1, ftsQuery.toUtf8());
        std::int64_t hits = 0;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            const std::int64_t rowid = q.int64(0);
            if (rowid < 0 || std::size_t(rowid / 64) >= marks.size())
                continue;
            marks[std::size_t(rowid / 64)] |= std::uint64_t(1) << (rowid % 64);
            ++hits;
        }
        if (rc != SQLITE_DONE)
            return std::nullopt;
        m_marksQuery = ftsQuery;
        m_marks = std::move(marks);
        m_marksCount = hits;
        m_countQuery = ftsQuery;
        m_countValue = hits;
    }
    std::vector<std::int64_t> window;
    if (limit <= 0 || offset >= m_marksCount)
        return window;
    Statement q(m_db, QByteArray("SELECT m.rowid FROM members m ORDER BY ") + scanOrder.toUtf8());
    if (!q.isValid())
        return std::nullopt;
    std::int64_t position = 0;
    for (std::int64_t read = 0; read < ScanRows; ++read) {
        const int rc = q.step();
        if (rc == SQLITE_DONE)
            return window;
        if (rc != SQLITE_ROW)
            return std::nullopt;
        const std::int64_t rowid = q.int64(0);
        if (rowid < 0 || std::size_t(rowid / 64) >= m_marks.size() ||
            !(m_marks[std::size_t(rowid / 64)] & (std::uint64_t(1) << (rowid % 64))))
            continue;
        if (position++ >= offset)
            window.push_back(rowid);
        if (std::int64_t(window.size()) >= limit || position >= m_marksCount)
            return window;
    }
    return std::nullopt;
}

std::optional<std::vector<std::int64_t>> SearchIndex::sortedWindow(const QString& ftsQuery,
                                                                   const QString& orderBy, bool descending,
                                                                   std::int64_t offset, int limit)
{
    awaitRanks(orderBy);
    const std::lock_guard<std::mutex> lock(m_lock);
    if (!open())
        return std::nullopt;
    checkVersion();
    if (!sortHits(ftsQuery, orderBy, descending))
        return std::nullopt;
    const auto from = std::clamp<std::int64_t>(offset, 0, std::int64_t(m_hits.size()));
    const auto to = std::clamp<std::int64_t>(from + std::max(limit, 0), from, std::int64_t(m_hits.size()));
    return std::vector<std::int64_t>(m_hits.begin() + from, m_hits.begin() + to);
}

bool SearchIndex::sortHits(const QString& ftsQuery, const QString& orderBy, bool descending)
{
    const QString key = ftsQuery + QChar(0x1f) + orderBy + QChar(0x1f) + QChar(descending ? u'd' : u'a');
    if (key == m_hitsKey)
        return true;
    if (m_ranks.order != orderBy && !buildRanks(orderBy))
        return false;

    // One bit a position: mark where each hit stands, then read the marks in order.
    std::vector<std::uint64_t> marks((m_ranks.rowidAt.size() + 63) / 64, 0);
    Statement q(m_db, "SELECT rowid FROM members_fts WHERE members_fts MATCH ?");
    if (!q.isValid())
        return false;
    q.bind(1, ftsQuery.toUtf8());
    std::size_t hits = 0;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::int64_t rowid = q.int64(0);
        if (rowid < 0 || rowid >= std::int64_t(m_ranks.rankOf.size()))
            continue;
        const std::uint32_t rank = m_ranks.rankOf[std::size_t(rowid)];
        if (m_ranks.rowidAt[rank] != rowid)
            continue; // not a member row (the ranks predate it); cannot happen while data_version holds
        marks[rank / 64] |= std::uint64_t(1) << (rank % 64);
        ++hits;
    }
    if (rc != SQLITE_DONE)
        return false;
    m_hits.clear();
    m_hits.reserve(hits);
    for (std::size_t w = 0; w < marks.size(); ++w) {
        for (std::uint64_t bits = marks[w]; bits; bits &= bits - 1)
            m_hits.push_back(m_ranks.rowidAt[w * 64 + std::size_t(__builtin_ctzll(bits))]);
    }
    if (descending)
        std::reverse(m_hits.begin(), m_hits.end());
    m_hitsKey = key;
    m_countQuery = ftsQuery;
    m_countValue = std::int64_t(hits);
    return true;
}

} // namespace crm
