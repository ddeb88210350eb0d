#pragma once

#include "commands.h"

#include "credentials/credentialstore.h"
#include "domain/crmerror.h"
#include "domain/member.h"
#include "profiles/profilestore.h"
#include "session/profilesession.h"

#include <QMultiMap>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <any>
#include <memory>

namespace crm {
class Cache;
class CrmCall;
} // namespace crm

/// What every crmctl command shares: output streams, argument parsing, waiting for calls, opening a
/// profile, and sending recorded edits with a report.
namespace Commands {

QString tr(const char* s);
QTextStream& out();
QTextStream& err();

struct Outcome {
    crm::CrmError error;
    std::any value;
};
/// Waits for one call. crmctl is a one-shot program: this loop is its main loop for the command.
Outcome await(crm::CrmCall* call);
/// Prints the error's message and returns the exit code it stands for.
int failWith(const crm::CrmError& e);
int usageError(const QString& message);
/// Tells on stderr that what was printed came from the cache, and how old it is.
void cachedNotice(const crm::Cache& cache);
QJsonObject memberJson(const crm::Member& m, const QStringList& groups);
QJsonObject addressJson(const crm::Address& a, const QMap<QString, QString>& labels);
/// A line from stdin, not echoed when stdin is a terminal.
QString readSecretLine(const QString& prompt);
bool validEmail(const QString& email);

/// Arguments after the command: positionals, and --name value / --name=value options.
struct Args {
    QStringList positional;
    QMultiMap<QString, QString> options;
    QStringList flags;
    QString error;

    Args(const QStringList& args, const QStringList& valued, const QStringList& flagNames);
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return options.value(name, fallback);
    }
};

class Context {
public:
    crm::ProfileStore profiles;
    crm::CredentialStore credentials;
    QNetworkAccessManager nam;

    /// Opens a profile's session with its cache; *exitCode set on failure.
    std::unique_ptr<crm::ProfileSession> open(const QString& name, int* exitCode);
    /// Connects the session's backend (reading the keychain); the exit code.
    int connect(crm::ProfileSession& session);
};

/// Sends the outbox; the exit code (quiet: no summary line).
int runOutbox(crm::ProfileSession& s, bool quiet);
/// Sends what was just recorded and reports on the given entries.
int sendAndReport(Context& ctx, crm::ProfileSession& s, const QList<qint64>& ids);

} // namespace Commands
