#pragma once

#include <QStringList>

namespace Commands {
class Context;

/// crmctl commands for the member records a CRM offers beyond the shared fields: creating and
/// confirming members, addresses by type, user meta, and the support tools (staff login check,
/// sign-in token check, device tokens). Each checks the profile's abilities first; edits go through
/// the outbox like every other edit.
namespace MemberCommands {
/// Runs cmd when it is one of these commands; returns false (and leaves *exitCode) otherwise.
bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode);
/// The usage lines of these commands.
QString usage();
} // namespace MemberCommands
} // namespace Commands
