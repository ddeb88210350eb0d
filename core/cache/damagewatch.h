#pragma once

#include <QString>

namespace crm {

/// Hears SQLite's own reports of damaged database files. A query that meets a damaged page stops as if
/// the rows had ended, and the caller sees a short answer; SQLite logs SQLITE_CORRUPT (or NOTADB)
/// first, and that is what this keeps, so a short answer is never taken for a whole one.
namespace DamageWatch {
/// Installs the SQLite log hook; safe to call often. It takes effect only before SQLite's first
/// connection, so the cache calls it before it opens anything.
void install();
/// Counts the reports since the process started (0: none).
int reports();
/// SQLite's words for the last report.
QString lastReport();
} // namespace DamageWatch

} // namespace crm
