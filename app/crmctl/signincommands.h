#pragma once

#include <QStringList>

namespace crm {
class ProfileSession;
}

namespace Commands {
class Context;

/// crmctl commands for profiles that sign in through the CRM site with OAuth2 (CiviCRM with
/// auth=oauth2): sign-in (prints the address to open, waits for the browser to come back), sign-out
/// (forgets the tokens) and whoami (the signed-in person and their groups, smart groups included).
namespace SignInCommands {
/// Runs cmd when it is one of these commands; returns false (and leaves *exitCode) otherwise.
bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode);
/// Signs the session's profile in; prints the address, then who signed in. The exit code.
int signIn(crm::ProfileSession& session, int waitSeconds);
QString usage();
} // namespace SignInCommands
} // namespace Commands
