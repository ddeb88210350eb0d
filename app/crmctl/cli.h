#pragma once

#include "commands.h"
#include "output.h"

#include "outbox/outboxstore.h"

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
#include <optional>

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

/// Arguments after the command, read by QCommandLineParser: positionals, --name value / --name=value
/// options (valued) and --flag flags; error is the parser's words for an unknown or incomplete one.
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
    /// CacheDamaged when SQLite reported a damaged page while a command ran: some answer it gave may
    /// have been short. The caches opened are noted as damaged, so their next use is checked.
    crm::CrmError damageSeen() const;

private:
    QStringList m_opened; ///< the cache files open() opened
};

/// A crmctl command: its arguments after the name; the exit code.
using Command = int (*)(Context&, const QStringList&);
/// Runs cmd when commands has it; false (and *exitCode left alone) otherwise.
bool dispatch(const QMap<QString, Command>& commands, Context& ctx, const QString& cmd,
              const QStringList& argv, int* exitCode);

/// crmctl sync NAME: sends the outbox, then syncs; the exit code.
int sync(Context& ctx, const QStringList& argv);
/// Sends the outbox; the exit code (quiet: no summary line).
int runOutbox(crm::ProfileSession& s, bool quiet);
/// Sends what was just recorded and reports on the given entries.
int sendAndReport(Context& ctx, crm::ProfileSession& s, const QList<qint64>& ids);

/// A profile session for a command that needs ability (what: the ability in words); nullptr, with
/// *exitCode set, when the profile's CRM lacks it.
std::unique_ptr<crm::ProfileSession> openFor(Context& ctx, const QString& name,
                                             crm::Abilities::Ability ability, const QString& what,
                                             int* exitCode);
/// The cached member a command names; nullopt (with *exitCode) when the cache has none.
std::optional<crm::Member> cachedMember(crm::ProfileSession& s, const QString& id, int* exitCode);
/// FIELD=VALUE arguments checked against the names a CRM knows; fields named in lists become lists
/// ("tags=a,b"; "address_lines=1 High St|Flat 2").
bool parseFields(const QStringList& args, const QStringList& known, const QString& what, QVariantMap* fields,
                 int* exitCode, const QStringList& lists = {});
/// --format: table or json, and csv when csv is true.
bool parseFormat(const Args& a, bool csv, Output::Format* f, int* exitCode);
void print(Output::Format f, const QStringList& headers, const QList<QStringList>& rows,
           const QJsonValue& json);
/// The start every command that prints one member's records shares: NAME MEMBER_ID, --format, --offline
/// (plus extra valued options), the profile opened for ability, the member from the cache, and a
/// connection unless --offline (online says whether the CRM can be asked).
struct RecordRead {
    Args args;
    std::unique_ptr<crm::ProfileSession> session;
    crm::Member member;
    Output::Format format = Output::Format::Table;
    bool online = false;
};
std::optional<RecordRead> startRead(Context& ctx, const QStringList& argv, const QString& cmd,
                                    QStringList valued, crm::Abilities::Ability ability, const QString& what,
                                    int* exitCode);

/// Records an edit in the outbox and sends it with a report; *entryId (when given) names the entry.
int recordAndSend(Context& ctx, crm::ProfileSession& s, crm::OutboxEntry::Op op, const QString& memberId,
                  const QVariantMap& payload, qint64* entryId = nullptr);

} // namespace Commands
