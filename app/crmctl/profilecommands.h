#pragma once

#include <QStringList>

namespace Commands {
class Context;

/// crmctl commands for connections themselves: profile add, list and remove (secrets read from standard
/// input into the keychain), trust-certificate (a pin) and rebuild (a damaged cache, no edit lost).
namespace ProfileCommands {
/// Runs cmd when it is one of these commands; returns false (and leaves *exitCode) otherwise.
bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode);
/// The usage lines of these commands; the kinds come from the registry.
QString usage();
} // namespace ProfileCommands
} // namespace Commands
