#include "outboxrunner.h"

#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "earliersend.h"
#include "net/crmcall.h"

#include <QCoreApplication>

namespace crm {

namespace {
/// Whether the CRM's record already holds every value of an edit (the edit was carried out).
bool alreadyApplied(const Member& current, const QVariantMap& fields)
{
    const QJsonObject raw = current.raw.object();
    auto holds = [&](const QString& key, const QVariant& wanted) {
        if (key == QLatin1String("first_name"))
            return current.firstName.trimmed() == wanted.toString().trimmed();
        if (key == QLatin1String("last_name"))
            return current.lastName.trimmed() == wanted.toString().trimmed();
        if (key == QLatin1String("email"))
            return current.email.trimmed() == wanted.toString().trimmed();
        if (!raw.contains(key))
            return false;
        const QJsonValue have = raw.value(key);
        if (have.isArray())
            return have == QJsonValue::fromVariant(wanted);
        return have.toVariant().toString().trimmed() == wanted.toString().trimmed();
    };
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (!holds(it.key(), it.value()))
            return false;
    return !fields.isEmpty();
}

QJsonObject snapshotOf(const Member& m)
{
    return QJsonObject{
        {QStringLiteral("first_name"), m.firstName}, {QStringLiteral("last_name"), m.lastName},
        {QStringLiteral("email"), m.email},          {QStringLiteral("display_name"), m.displayName},
        {QStringLiteral("modified"), m.modified},    {QStringLiteral("raw"), m.raw.object()}};
}
} // namespace

OutboxRunner::OutboxRunner(Cache* cache, CrmBackend* backend, QObject* parent)
    : QObject(parent), m_cache(cache), m_backend(backend), m_store(cache)
{
}

void OutboxRunner::run()
{
    if (m_running)
        return;
    m_running = true;
    m_sent = m_failed = 0;
    m_lookedFor.clear();
    m_store.recoverInterrupted();
    next();
}

void OutboxRunner::finish(const CrmError& error)
{
    // From the event loop, as for SyncEngine: an empty outbox ends inside run().
    QMetaObject::invokeMethod(
        this, [this, sent = m_sent, failed = m_failed, error] { Q_EMIT finished(sent, failed, error); },
        Qt::QueuedConnection);
}

void OutboxRunner::cancel()
{
    if (m_call)
        m_call->cancel();
}

void OutboxRunner::track(CrmCall* call)
{
    m_call = call;
}

void OutboxRunner::next()
{
    const QList<OutboxEntry> pending = m_store.pending();
    if (pending.isEmpty()) {
        m_running = false;
        finish({});
        return;
    }
    send(pending.first());
}

void OutboxRunner::send(const OutboxEntry& e)
{
    const bool sentBefore = e.attempts > 0;
    m_store.markSending(e.id);
    if (e.op == OutboxEntry::Op::Update) {
        compareAndWrite(e);
        return;
    }
    MemberRef ref{e.memberId, {}};
    if (const auto cached = m_cache->member(e.memberId))
        ref.email = cached->email;
    if (sentBefore && makesRecord(e.op))
        lookThenSend(e, ref);
    else
        dispatch(e, ref);
}

void OutboxRunner::lookThenSend(const OutboxEntry& e, const MemberRef& ref)
{
    m_lookedFor.insert(e.id);
    CrmCall* look = lookForEarlierSend(m_backend, e, ref);
    track(look);
    connect(look, &CrmCall::finished, this, [this, look, e, ref] {
        if (!look->ok()) {
            settle(e, look->error());
            return;
        }
        const auto earlier = look->value<EarlierSend>();
        if (!earlier.found) {
            dispatch(e, ref);
            return;
        }
        applyAccepted(e, ref, earlier.value, [this, e] { settle(e, {}); });
    });
}

void OutboxRunner::dispatch(const OutboxEntry& e, const MemberRef& ref)
{
    const QString type = e.fields.value(QStringLiteral("type")).toString();
    const QVariantMap addressFields = e.fields.value(QStringLiteral("fields")).toMap();
    const QString key = e.fields.value(QStringLiteral("key")).toString();
    using Op = OutboxEntry::Op;
    CrmCall* call = nullptr;
    switch (e.op) {
    case Op::Update:
        return;
    case Op::GroupAdd:
    case Op::GroupRemove:
        call = through<GroupBook>(m_backend, [&](GroupBook& f) {
            return e.op == Op::GroupAdd ? f.addToGroup(e.groupId, ref) : f.removeFromGroup(e.groupId, ref);
        });
        break;
    case Op::Create:
        call =
            through<MemberCreation>(m_backend, [&](MemberCreation& f) { return f.createMember(e.fields); });
        break;
    case Op::Confirm:
        call = through<EmailChecks>(m_backend, [&](EmailChecks& f) {
            return f.confirmMember(ref, e.fields.value(QStringLiteral("idempotency_key")).toString());
        });
        break;
    case Op::AddressAdd:
        call = through<AddressBook>(m_backend,
                                    [&](AddressBook& f) { return f.addAddress(ref, type, addressFields); });
        break;
    case Op::AddressChange:
        call = through<AddressBook>(
            m_backend, [&](AddressBook& f) { return f.requestAddressChange(ref, type, addressFields); });
        break;
    case Op::MetaSet:
        call = through<MemberMeta>(m_backend, [&](MemberMeta& f) {
            return f.setMeta(ref, {key, e.fields.value(QStringLiteral("value")).toString(),
                                   e.fields.value(QStringLiteral("public")).toBool()});
        });
        break;
    case Op::MetaDelete:
        call = through<MemberMeta>(m_backend, [&](MemberMeta& f) { return f.deleteMeta(ref, key); });
        break;
    case Op::LinkedAdd:
        call = through<Memberships>(m_backend, [&](Memberships& f) {
            return f.addLinkedMember(ref, e.fields.value(QStringLiteral("membership")).toString(),
                                     {{},
                                      e.fields.value(QStringLiteral("email")).toString(),
                                      e.fields.value(QStringLiteral("first_name")).toString(),
                                      e.fields.value(QStringLiteral("last_name")).toString(),
                                      {}});
        });
        break;
    case Op::ActionRecord:
        call = through<MemberActions>(m_backend, [&](MemberActions& f) {
            return f.recordAction(QJsonObject::fromVariantMap(e.fields));
        });
        break;
    case Op::LinkedRemove:
        call = through<Memberships>(m_backend, [&](Memberships& f) {
            return f.removeLinkedMember(ref, e.fields.value(QStringLiteral("membership")).toString(),
                                        e.fields.value(QStringLiteral("linked")).toString());
        });
        break;
    }
    track(call);
    connect(call, &CrmCall::finished, this, [this, call, e, ref] {
        if (!call->ok()) {
            // The request went out and its answer did not come back: it may have made the record.
            const CrmError& error = call->error();
            const bool mayHaveArrived =
                error.kind == CrmError::Kind::Network || error.kind == CrmError::Kind::Timeout;
            if (mayHaveArrived && makesRecord(e.op) && !m_lookedFor.contains(e.id)) {
                lookThenSend(e, ref);
                return;
            }
            settle(e, error);
            return;
        }
        // The entry is settled once the cache shows the change, so a run that ended has its reads too.
        applyAccepted(e, ref, call->anyValue(), [this, e] { settle(e, {}); });
    });
}

void OutboxRunner::applyAccepted(const OutboxEntry& e, const MemberRef& ref, const std::any& value,
                                 std::function<void()> then)
{
    using Op = OutboxEntry::Op;
    switch (e.op) {
    case Op::GroupAdd:
    case Op::GroupRemove:
        m_cache->setMembership(e.groupId, e.memberId, e.op == Op::GroupAdd);
        break;
    case Op::Create: {
        const auto created = std::any_cast<Member>(value);
        m_cache->storeMember(created);
        m_store.markDone(e.id, created.id, snapshotOf(created));
        break;
    }
    case Op::AddressAdd:
    case Op::AddressChange: {
        m_store.markDone(e.id, e.memberId,
                         QJsonObject{{QStringLiteral("address_id"), std::any_cast<QString>(value)}});
        // The new address shows once read back; the entry is done either way.
        if (e.op == Op::AddressAdd) {
            CrmCall* read =
                through<AddressBook>(m_backend, [&](AddressBook& f) { return f.fetchAddresses(ref); });
            track(read);
            connect(read, &CrmCall::finished, this, [this, read, e, then] {
                if (read->ok())
                    m_cache->replaceAddresses(e.memberId, read->value<QList<Address>>());
                Q_EMIT cacheRefreshed(e.memberId);
                then();
            });
            return;
        }
        break;
    }
    case Op::MetaSet:
        m_cache->putMeta(e.memberId, std::any_cast<MetaEntry>(value));
        break;
    case Op::LinkedAdd:
    case Op::LinkedRemove: {
        // The membership as the CRM now has it (the new link's id comes only from there).
        CrmCall* read =
            through<Memberships>(m_backend, [&](Memberships& f) { return f.fetchMemberships(ref); });
        track(read);
        connect(read, &CrmCall::finished, this, [this, read, e, then] {
            if (read->ok())
                m_cache->replaceMemberships(e.memberId, read->value<QList<Membership>>());
            Q_EMIT cacheRefreshed(e.memberId);
            then();
        });
        return;
    }
    case Op::ActionRecord: {
        // The member as the CRM now has them: the action, new consents, what cons_hash changed.
        CrmCall* read = m_backend->fetchMember(e.memberId);
        track(read);
        connect(read, &CrmCall::finished, this, [this, read, e, then] {
            if (read->ok())
                m_cache->storeMember(read->value<Member>());
            Q_EMIT cacheRefreshed(e.memberId);
            then();
        });
        return;
    }
    case Op::Update:
    case Op::Confirm:
    case Op::MetaDelete:
        break;
    }
    then();
}

void OutboxRunner::compareAndWrite(const OutboxEntry& e)
{
    CrmCall* read = m_backend->fetchMember(e.memberId);
    track(read);
    connect(read, &CrmCall::finished, this, [this, read, e] {
        if (!read->ok()) {
            settle(e, read->error());
            return;
        }
        const Member current = read->value<Member>();
        if (alreadyApplied(current, e.fields)) {
            // Carried out by an earlier send whose answer was lost: the record is as the user wants it.
            m_store.markDone(e.id);
            m_cache->storeMember(current);
            settle(e, {});
            return;
        }
        if (!e.baseModified.isEmpty() && current.modified != e.baseModified) {
            m_store.markConflict(e.id, snapshotOf(current));
            ++m_failed;
            Q_EMIT entryFinished(e.id, OutboxEntry::State::Conflict);
            next();
            return;
        }
        CrmCall* write = m_backend->updateMember(e.memberId, e.fields);
        track(write);
        connect(write, &CrmCall::finished, this, [this, write, e] {
            if (write->ok()) {
                // The entry is done first so the stored record is taken whole, not kept as a local edit.
                m_store.markDone(e.id);
                m_cache->storeMember(write->value<Member>());
            }
            settle(e, write->error());
        });
    });
}

void OutboxRunner::settle(const OutboxEntry& e, const CrmError& error)
{
    if (!error) {
        m_store.markDone(e.id);
        ++m_sent;
        Q_EMIT entryFinished(e.id, OutboxEntry::State::Done);
        next();
        return;
    }
    // Faults of the connection rather than of the entry stop the run and keep the entry for a replay.
    const bool connectionFault = error.retryable() || error.kind == CrmError::Kind::Cancelled ||
                                 error.kind == CrmError::Kind::Auth || error.kind == CrmError::Kind::Protocol;
    if (connectionFault) {
        m_store.markDeferred(e.id, error);
        m_running = false;
        Q_EMIT entryFinished(e.id, OutboxEntry::State::Pending);
        finish(error);
        return;
    }
    m_store.markFailed(e.id, error);
    ++m_failed;
    Q_EMIT entryFinished(e.id, OutboxEntry::State::Failed);
    next();
}

} // namespace crm
