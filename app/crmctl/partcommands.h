#pragma once

#include <QStringList>

namespace Commands {
class Context;

/// crmctl commands for a record's parts where the CRM keeps them one by one (CiviCRM): phones, e-mail
/// addresses and addresses added, changed and removed by their id, notes read and added, and the trash.
/// Values are given as a person names them (a location "Home", a country "NL"); the lists the last sync
/// read turn them into the CRM's ids. Every change goes through the outbox.
namespace PartCommands {
/// Runs cmd when it is one of these commands for this profile's CRM; false (and *exitCode left) otherwise.
bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode);
/// The usage lines of these commands.
QString usage();
} // namespace PartCommands
} // namespace Commands
