#pragma once

#include <QStringList>

namespace Commands {
class Context;

/// crmctl history and undo: every change the console queued or sent for a member, with what became of
/// it, and taking the last one back (withdrawn when not sent yet, its inverse queued when sent).
namespace HistoryCommands {
/// Runs cmd when it is one of these commands; false (and *exitCode left) otherwise.
bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode);
/// The usage lines of these commands.
QString usage();
} // namespace HistoryCommands
} // namespace Commands
