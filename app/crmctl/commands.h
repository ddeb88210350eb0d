#pragma once

#include <QStringList>

/// crmctl's commands. Each returns the process exit code: 0 done, 2 usage, 3 the CRM refused or
/// failed (its message on stderr), 4 the CRM could not be reached by a command that needs it.
namespace Commands {
enum Exit { Ok = 0, Usage = 2, Failed = 3, Unreachable = 4 };
int run(const QStringList& args);
QString usage();
} // namespace Commands
