#include "accountbatch.h"

#include "backends/crmbackend.h"
#include "bulk/importplan.h"
#include "cache/cache.h"
#include "csv/csvreader.h"
#include "net/crmcall.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace crm {

using O = AccountRequest::Outcome;

QString AccountBatch::outcomeName(O o)
{
    switch (o) {
    case O::Unchecked:
        return QStringLiteral("unchecked");
    case O::Create:
        return QStringLiteral("create");
    case O::HasAccount:
        return QStringLiteral("has account");
    case O::Invalid:
        return QStringLiteral("invalid");
    case O::Duplicate:
        return QStringLiteral("duplicate");
    case O::Created:
        return QStringLiteral("created");
    case O::Failed:
        return QStringLiteral("failed");
    case O::NotSent:
        return QStringLiteral("not sent");
    }
    return {};
}

QString AccountBatch::outcomeText(O o)
{
    switch (o) {
    case O::Unchecked:
        return tr("Not checked yet");
    case O::Create:
        return tr("Gets an account");
    case O::HasAccount:
        return tr("Has an account");
    case O::Invalid:
        return tr("Invalid");
    case O::Duplicate:
        return tr("Listed twice");
    case O::Created:
        return tr("Account created");
    case O::Failed:
        return tr("Failed");
    case O::NotSent:
        return tr("Not sent");
    }
    return {};
}

void AccountBatch::vet(QList<AccountRequest>& requests)
{
    QHash<QString, qint64> seen; // e-mail -> the first line with it
    for (AccountRequest& r : requests) {
        if (r.outcome != O::Unchecked)
            continue;
        r.email = r.email.trimmed();
        if (!ImportPlan::validEmail(r.email)) {
            r.outcome = O::Invalid;
            r.reason = r.email.isEmpty() ? tr("no e-mail address")
                                         : tr("\u201c%1\u201d is not a valid e-mail address").arg(r.email);
            continue;
        }
        const QString key = r.email.toLower();
        if (const auto it = seen.constFind(key); it != seen.cend()) {
            r.outcome = O::Duplicate;
            r.reason = it.value() > 0 ? tr("the same e-mail is on line %1").arg(it.value())
                                      : tr("the same e-mail is listed earlier");
            continue;
        }
        seen.insert(key, r.line);
    }
}

QList<AccountRequest> AccountBatch::fromCsv(const QByteArray& data)
{
    QList<AccountRequest> out;
    CsvReader reader(data);
    CsvReader::Record rec;
    int emailColumn = 0;
    int firstColumn = 1;
    int lastColumn = 2;
    bool first = true;
    while (reader.next(&rec)) {
        if (first) {
            first = false;
            // A header is a first line without an address that names an e-mail column.
            const QMap<int, QString> guessed =
                ImportPlan::guessMapping(rec.fields, {QStringLiteral("email"), QStringLiteral("first_name"),
                                                      QStringLiteral("last_name")});
            const int email = guessed.key(QStringLiteral("email"), -1);
            if (email >= 0 && !rec.fields.join(QString()).contains(QLatin1Char('@'))) {
                emailColumn = email;
                firstColumn = guessed.key(QStringLiteral("first_name"), -1);
                lastColumn = guessed.key(QStringLiteral("last_name"), -1);
                continue;
            }
        }
        AccountRequest r;
        r.line = rec.line;
        r.email = rec.fields.value(emailColumn).trimmed();
        r.firstName = firstColumn >= 0 ? rec.fields.value(firstColumn).trimmed() : QString();
        r.lastName = lastColumn >= 0 ? rec.fields.value(lastColumn).trimmed() : QString();
        if (rec.problem != CsvReader::Problem::None) {
            r.outcome = O::Invalid;
            r.reason = CsvReader::problemText(rec.problem);
        }
        out.append(r);
    }
    vet(out);
    return out;
}

QList<AccountRequest> AccountBatch::fromLinkedMembers(const Cache& cache, const QStringList& memberIds)
{
    QList<AccountRequest> out;
    for (const QString& id : memberIds) {
        const std::optional<Member> owner = cache.member(id);
        if (!owner)
            continue;
        for (const Membership& m : cache.memberships(id)) {
            for (const LinkedMember& l : m.linked) {
                if (l.email.trimmed().isEmpty() || !cache.memberIdsByEmail(l.email).isEmpty())
                    continue;
                AccountRequest r;
                r.email = l.email.trimmed();
                r.firstName = l.firstName;
                r.lastName = l.lastName;
                r.source = tr("linked to %1's %2 (%3)")
                               .arg(owner->displayName.isEmpty() ? owner->email : owner->displayName, m.type,
                                    m.number);
                out.append(r);
            }
        }
    }
    vet(out);
    // One person linked to two memberships is asked about once; the repeat says nothing new.
    out.removeIf([](const AccountRequest& r) { return r.outcome == O::Duplicate; });
    return out;
}

QMap<O, int> AccountBatch::summary(const QList<AccountRequest>& requests)
{
    QMap<O, int> out;
    for (const AccountRequest& r : requests)
        ++out[r.outcome];
    return out;
}

QByteArray AccountBatch::report(const QList<AccountRequest>& requests)
{
    QByteArray out =
        CsvWriter::record({QStringLiteral("line"), QStringLiteral("email"), QStringLiteral("first_name"),
                           QStringLiteral("last_name"), QStringLiteral("source"), QStringLiteral("outcome"),
                           QStringLiteral("state"), QStringLiteral("user"), QStringLiteral("reason")});
    for (const AccountRequest& r : requests)
        out += CsvWriter::record({r.line > 0 ? QString::number(r.line) : QString(), r.email, r.firstName,
                                  r.lastName, r.source, outcomeName(r.outcome), r.state, r.userId, r.reason});
    return out;
}

AccountRunner::AccountRunner(CrmBackend* backend, Cache* cache, QObject* parent)
    : QObject(parent), m_backend(backend), m_cache(cache)
{
}

void AccountRunner::start(Mode mode, QList<AccountRequest> requests, bool welcomeEmail)
{
    m_mode = mode;
    m_welcome = welcomeEmail;
    m_requests = std::move(requests);
    m_queue.clear();
    m_next = m_inFlight = m_done = 0;
    m_stop = {};
    m_running = true;
    for (int i = 0; i < m_requests.size(); ++i) {
        const AccountRequest& r = m_requests[i];
        // Failures and unsent ones of an earlier run are tried again.
        if (r.pending() || r.outcome == O::Failed || r.outcome == O::NotSent)
            m_queue.append(i);
    }
    QTimer::singleShot(0, this, &AccountRunner::pump);
}

void AccountRunner::cancel()
{
    if (m_running && !m_stop)
        m_stop = CrmError(CrmError::Kind::Cancelled);
}

void AccountRunner::pump()
{
    while (!m_stop && m_inFlight < m_concurrency && m_next < m_queue.size())
        send(m_queue[m_next++]);
    if (m_inFlight > 0 || !m_running)
        return;
    if (m_stop || m_next >= m_queue.size()) {
        const bool cancelled = m_stop.kind == CrmError::Kind::Cancelled;
        for (int k = m_next; k < m_queue.size(); ++k) {
            AccountRequest& r = m_requests[m_queue[k]];
            if (m_mode == Mode::Check) {
                r.outcome = O::Unchecked;
                r.reason = cancelled ? tr("not checked: the check was cancelled")
                                     : tr("not checked: %1").arg(m_stop.userMessage());
            } else {
                r.outcome = O::NotSent;
                r.reason = cancelled ? tr("not sent: the run was cancelled")
                                     : tr("not sent: %1").arg(m_stop.userMessage());
            }
            Q_EMIT requestSettled(m_queue[k]);
        }
        m_running = false;
        Q_EMIT finished(m_stop);
    }
}

void AccountRunner::send(int index)
{
    ++m_inFlight;
    const AccountRequest& r = m_requests[index];
    auto failed = [this, index](const CrmError& e) { fail(index, e); };
    if (m_mode == Mode::Check) {
        CrmCall* call =
            through<AccountCreation>(m_backend, [&](AccountCreation& f) { return f.accountStatus(r.email); });
        connect(call, &CrmCall::finished, this, [this, index, call, failed] {
            if (!call->ok()) {
                failed(call->error());
                return;
            }
            const AccountStatus s = call->value<AccountStatus>();
            AccountRequest& req = m_requests[index];
            req.outcome = s.exists ? O::HasAccount : O::Create;
            req.state = s.state;
            req.userId = s.userId;
            req.reason.clear();
            settle(index);
        });
        return;
    }
    create(index, false);
}

void AccountRunner::create(int index, bool lostBefore)
{
    const AccountRequest& r = m_requests[index];
    auto failed = [this, index](const CrmError& e) { fail(index, e); };
    CrmCall* call = through<AccountCreation>(m_backend, [&](AccountCreation& f) {
        return f.createAccount({r.email, r.firstName, r.lastName}, m_welcome);
    });
    connect(call, &CrmCall::finished, this, [this, index, call, failed, lostBefore] {
        AccountRequest& req = m_requests[index];
        if (!call->ok()) {
            const CrmError& e = call->error();
            if (!lostBefore && (e.kind == CrmError::Kind::Network || e.kind == CrmError::Kind::Timeout)) {
                // The request went out and its answer did not come back: ask before sending it again.
                lookThenCreate(index);
                return;
            }
            if (call->error().code == CrmError::AccountExists) {
                req.outcome = O::HasAccount;
                req.reason = tr("has an account already");
                settle(index);
            } else {
                failed(call->error());
            }
            return;
        }
        const AccountStatus s = call->value<AccountStatus>();
        req.outcome = O::Created;
        req.state = s.state;
        req.userId = s.userId;
        req.reason.clear();
        remember(index, s.member);
    });
}

void AccountRunner::fail(int index, const CrmError& e)
{
    AccountRequest& req = m_requests[index];
    req.outcome = O::Failed;
    req.reason = e.serverMessage.isEmpty() ? e.userMessage() : e.serverMessage;
    if (e.isUnreachable() && !m_stop)
        m_stop = e;
    settle(index);
}

void AccountRunner::lookThenCreate(int index)
{
    CrmCall* look = through<AccountCreation>(
        m_backend, [&](AccountCreation& f) { return f.accountStatus(m_requests[index].email); });
    connect(look, &CrmCall::finished, this, [this, index, look] {
        AccountRequest& req = m_requests[index];
        if (!look->ok()) {
            req.outcome = O::Failed;
            req.reason =
                tr("sent, but the answer was lost and the CRM could not be asked whether the account "
                   "was made (%1); check before sending it again")
                    .arg(look->error().userMessage());
            if (look->error().isUnreachable() && !m_stop)
                m_stop = look->error();
            settle(index);
            return;
        }
        const AccountStatus s = look->value<AccountStatus>();
        if (!s.exists) {
            create(index, true);
            return;
        }
        req.outcome = O::Created;
        req.state = s.state;
        req.userId = s.userId;
        req.reason.clear();
        remember(index, s.member);
    });
}

void AccountRunner::remember(int index, const Member& answered)
{
    const AccountRequest& r = m_requests[index];
    if (m_cache && !answered.id.isEmpty()) {
        m_cache->storeMember(answered);
        settle(index);
        return;
    }
    CrmCall* read = nullptr;
    if (MemberLookup* lookup = m_backend->facet<MemberLookup>(); m_cache && lookup)
        read = lookup->lookupMember(r.email);
    else if (m_cache && m_backend->has<MemberListing>() && !r.userId.isEmpty())
        read = m_backend->fetchMember(r.userId);
    if (!read) {
        settle(index);
        return;
    }
    connect(read, &CrmCall::finished, this, [this, index, read] {
        // The account exists either way; a member not read now comes with the next look-up or sync.
        if (read->ok())
            m_cache->storeMember(read->value<Member>());
        else
            m_requests[index].reason =
                tr("created; not in the member list yet (%1)").arg(read->error().userMessage());
        settle(index);
    });
}

void AccountRunner::settle(int index)
{
    --m_inFlight;
    ++m_done;
    Q_EMIT requestSettled(index);
    Q_EMIT progress(m_done, int(m_queue.size()));
    pump();
}

} // namespace crm
