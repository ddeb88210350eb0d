#pragma once

#include <QStringList>

namespace Commands {
class Context;

/// crmctl commands for CRMs whose members are looked up rather than listed, and that keep memberships
/// with linked members (SheepCRM): lookup, memberships, linked, linked-add, linked-remove and
/// password-reset. Linked-member changes go through the outbox.
namespace MembershipCommands {
/// Runs cmd when it is one of these commands; returns false (and leaves *exitCode) otherwise.
bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode);
QString usage();
} // namespace MembershipCommands
} // namespace Commands
