#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

namespace crm {

class Cache;
class CrmBackend;

/// One e-mail address that is to get a user account in a CRM that makes them through its API
/// (CrmBackend::CreateAccounts), and what became of it.
struct AccountRequest {
    enum class Outcome {
        Unchecked,  ///< not asked yet
        Create,     ///< checked: no account, one will be made
        HasAccount, ///< the CRM has an account for the e-mail (state says which)
        Invalid,    ///< not an e-mail address, or the line is broken
        Duplicate,  ///< the e-mail is on an earlier line
        Created,    ///< done
        Failed,     ///< the CRM refused or could not be asked; reason says why
        NotSent,    ///< the run stopped (cancelled, CRM unreachable) before this one
    };
    qint64 line = 0; ///< the line of the list or file; 0 for addresses taken from the cache
    QString email;
    QString firstName;
    QString lastName;
    QString source; ///< where the address came from, e.g. "linked to Jane Doe's Family membership"
    Outcome outcome = Outcome::Unchecked;
    QString state;  ///< the account's state in the CRM (HasAccount, Created)
    QString userId; ///< the account's id or user name (HasAccount, Created)
    QString reason;

    /// Still to be sent by a run that creates accounts.
    bool pending() const { return outcome == Outcome::Unchecked || outcome == Outcome::Create; }
};

/// Builds and reports account batches: from a list or CSV file of addresses, or from the people linked
/// to members' memberships who are not members in the cache themselves. Every list is vetted the same
/// way (invalid addresses and repeats get their verdict before anything is sent).
class AccountBatch {
    Q_DECLARE_TR_FUNCTIONS(AccountBatch)
public:
    /// A CSV file or pasted text: a header naming an e-mail column (and optionally name columns), or
    /// rows of "e-mail[, first name[, last name]]" without one.
    static QList<AccountRequest> fromCsv(const QByteArray& data);
    /// The people linked to these members' cached memberships whose e-mail is no cached member's (a
    /// member found by look-up has an account).
    static QList<AccountRequest> fromLinkedMembers(const Cache& cache, const QStringList& memberIds);
    /// How many requests have each outcome.
    static QMap<AccountRequest::Outcome, int> summary(const QList<AccountRequest>& requests);
    /// The report as RFC 4180 CSV: line, e-mail, first name, last name, source, outcome, state, user,
    /// reason.
    static QByteArray report(const QList<AccountRequest>& requests);
    /// "create", "has account", ... as the report writes it.
    static QString outcomeName(AccountRequest::Outcome o);
    /// The same words for people.
    static QString outcomeText(AccountRequest::Outcome o);

private:
    /// Marks invalid addresses and repeats.
    static void vet(QList<AccountRequest>& requests);
};

/// Checks a batch against the CRM (the dry run: accountStatus() for each address, nothing written) or
/// makes the accounts (createAccount()), a bounded number of requests at a time. A run is safe to
/// repeat: an address that has an account by then is reported as such, never given a second one. With
/// a cache, each new account that the CRM lets the console look up is stored as a member.
class AccountRunner : public QObject {
    Q_OBJECT
public:
    enum class Mode { Check, Create };

    AccountRunner(CrmBackend* backend, Cache* cache = nullptr, QObject* parent = nullptr);

    /// Requests in flight at once (1 to 16).
    void setConcurrency(int n) { m_concurrency = std::clamp(n, 1, 16); }
    /// Check asks about every Unchecked or Create request; Create sends every one still pending, with
    /// the welcome e-mail when asked. finished() follows, from the event loop.
    void start(Mode mode, QList<AccountRequest> requests, bool welcomeEmail = false);
    /// Stops sending: requests in flight finish, the rest are NotSent (Create) or stay Unchecked (Check).
    void cancel();
    bool isRunning() const { return m_running; }
    Mode mode() const { return m_mode; }
    const QList<AccountRequest>& requests() const { return m_requests; }

Q_SIGNALS:
    /// done of total requests sent have an answer.
    void progress(int done, int total);
    /// The request at index has its outcome.
    void requestSettled(int index);
    /// The run ended; error is why it stopped early (cancelled, CRM unreachable), or none.
    void finished(const crm::CrmError& error);

private:
    void pump();
    void send(int index);
    /// lostBefore: an earlier send's answer was lost and the CRM said no account was made.
    void create(int index, bool lostBefore);
    /// Asks the CRM whether a create whose answer was lost made the account; creates it when not.
    void lookThenCreate(int index);
    void fail(int index, const CrmError& e);
    void settle(int index);
    /// After a creation: reads the new member into the cache where it can, then settles.
    void remember(int index, const Member& answered);

    CrmBackend* m_backend;
    Cache* m_cache;
    Mode m_mode = Mode::Check;
    bool m_welcome = false;
    QList<AccountRequest> m_requests;
    QList<int> m_queue;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_concurrency = 4;
    bool m_running = false;
    CrmError m_stop;
};

} // namespace crm
