#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace crm {

/// The cache file's tables, in steps: step N moves PRAGMA user_version from N - 1 to N. A step is never
/// changed once released; a new need is a new step.
namespace CacheSchema {

inline constexpr int Latest = 8;

/// One of the indexes behind the Members table's sorts, as the steps make it. A first sync into an empty
/// cache drops them and builds them once after its last page (Cache::beginBulkLoad).
struct SortIndex {
    const char* name;
    const char* on; ///< the column and collation
};
const QList<SortIndex>& sortIndexes();

/// The file's version, -1 when it cannot be read.
int version(const QSqlDatabase& db);

struct Failure {
    int step = 0;   ///< the version the failed step was to reach
    QString sqlite; ///< SQLite's words
};
/// Takes the steps from the file's version up to target, each in a transaction that holds the write lock
/// and reads the version again under it, so two processes upgrading one file at once take turns instead
/// of repeating a step. Nothing on success.
std::optional<Failure> upgrade(QSqlDatabase db, int target);

} // namespace CacheSchema
} // namespace crm
