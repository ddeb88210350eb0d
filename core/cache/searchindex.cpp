#include "searchindex.h"

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

private:
    sqlite3_stmt* m_stmt = nullptr;
};

// Ranks are indexed by rowid: a file whose rowids are this sparse is answered by SQL instead.
constexpr std::int64_t MaxRowid = 64 * 1024 * 1024;

} // namespace

SearchIndex::SearchIndex(QString filePath) : m_path(std::move(filePath)) {}

SearchIndex::~SearchIndex()
{
    if (m_preparing.valid())
        m_preparing.wait();
    m_open = nullptr;
    sqlite3_close(m_db);
}

void SearchIndex::prepare(const QString& orderBy)
{
    if (m_preparing.valid() && m_preparing.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return; // one build at a time; a search that needs another sort builds it then
    m_preparing = std::async(std::launch::async, [this, orderBy] {
        const std::lock_guard<std::mutex> lock(m_lock);
        if (!open())
            return;
        checkVersion();
        const auto total = totalLocked();
        if (m_rankOrder != orderBy && total && *total >= DenseHits)
            buildRanks(orderBy);
    });
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
    m_open = m_db;
    return true;
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
    m_rankOrder.clear();
    m_rankOf.clear();
    m_rowidAt.clear();
    m_hitsKey.clear();
    m_hits.clear();
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

bool SearchIndex::buildRanks(const QString& orderBy)
{
    m_rankOrder.clear();
    m_rankOf.clear();
    m_rowidAt.clear();
    Statement max(m_db, "SELECT coalesce(max(rowid), 0) FROM members");
    if (!max.isValid() || max.step() != SQLITE_ROW || max.int64(0) >= MaxRowid)
        return false;
    m_rankOf.assign(std::size_t(max.int64(0)) + 1, 0);
    Statement q(m_db, QByteArray("SELECT m.rowid FROM members m ORDER BY ") + orderBy.toUtf8());
    if (!q.isValid())
        return false;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::int64_t rowid = q.int64(0);
        if (rowid < 0 || rowid >= std::int64_t(m_rankOf.size()))
            return false; // a row committed after max() was read; the next call rebuilds
        m_rankOf[std::size_t(rowid)] = std::uint32_t(m_rowidAt.size());
        m_rowidAt.push_back(rowid);
    }
    if (rc != SQLITE_DONE) {
        m_rankOf.clear();
        m_rowidAt.clear();
        return false;
    }
    m_rankOrder = orderBy;
    return true;
}

std::optional<std::vector<std::int64_t>> SearchIndex::sortedWindow(const QString& ftsQuery,
                                                                   const QString& orderBy, bool descending,
                                                                   std::int64_t offset, int limit)
{
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
    if (m_rankOrder != orderBy && !buildRanks(orderBy))
        return false;

    // One bit a position: mark where each hit stands, then read the marks in order.
    std::vector<std::uint64_t> marks((m_rowidAt.size() + 63) / 64, 0);
    Statement q(m_db, "SELECT rowid FROM members_fts WHERE members_fts MATCH ?");
    if (!q.isValid())
        return false;
    q.bind(1, ftsQuery.toUtf8());
    std::size_t hits = 0;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        const std::int64_t rowid = q.int64(0);
        if (rowid < 0 || rowid >= std::int64_t(m_rankOf.size()))
            continue;
        const std::uint32_t rank = m_rankOf[std::size_t(rowid)];
        if (m_rowidAt[rank] != rowid)
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
            m_hits.push_back(m_rowidAt[w * 64 + std::size_t(__builtin_ctzll(bits))]);
    }
    if (descending)
        std::reverse(m_hits.begin(), m_hits.end());
    m_hitsKey = key;
    m_countQuery = ftsQuery;
    m_countValue = std::int64_t(hits);
    return true;
}

} // namespace crm
