#pragma once

#include <QStringList>

namespace Commands {
class Context;

/// crmctl commands for many members at once: export (a member list from the cache to CSV or JSON)
/// and import (a CSV file matched to members by e-mail: a dry run that gives every row its outcome,
/// then the real run, several requests at a time, with a report per row).
namespace BulkCommands {
/// Runs cmd when it is one of these commands; returns false (and leaves *exitCode) otherwise.
bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode);
QString usage();
} // namespace BulkCommands
} // namespace Commands
