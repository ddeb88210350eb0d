#include "memberverbs.h"

#include "backends/crmbackend.h"
#include "bulk/accountbatch.h"
#include "bulk/importrunner.h"
#include "cache/cache.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "profilesession.h"

#include <memory>

namespace crm {

MemberVerbs::MemberVerbs(ProfileSession* session) : QObject(session), m_session(session) {}

CrmCall* MemberVerbs::notConnected()
{
    auto* call = new CrmCall(this);
    call->fail(CrmError(CrmError::Kind::Local, {}, 0,
                        tr("Not connected to the CRM: try again once the connection is back.")));
    return call;
}

CrmCall* MemberVerbs::lookUp(const QString& key)
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    auto* outer = new CrmCall(this);
    CrmCall* look = through<MemberLookup>(b, [&](MemberLookup& f) { return f.lookupMember(key.trimmed()); });
    outer->follow(look, [this, outer, b](const std::any& v) {
        const Member m = std::any_cast<Member>(v);
        if (CrmError e = m_session->cache()->storeMember(m)) {
            outer->fail(e);
            return;
        }
        Memberships* memberships = b->facet<Memberships>();
        if (!memberships) {
            outer->succeed(m);
            return;
        }
        CrmCall* read = memberships->fetchMemberships({m.id, m.email});
        outer->setCanceller([read] { read->cancel(); });
        connect(read, &CrmCall::finished, outer, [this, outer, read, m] {
            // The member is found either way; memberships not read now come with the next refresh.
            if (read->ok())
                m_session->cache()->replaceMemberships(m.id, read->value<QList<Membership>>());
            outer->succeed(m);
        });
    });
    return outer;
}

bool MemberVerbs::acceptsLookupKey(const QString& key) const
{
    const CrmBackend* f = m_session->features();
    const MemberLookup* lookup = f ? f->facet<MemberLookup>() : nullptr;
    return lookup && lookup->acceptsLookupKey(key);
}

CrmCall* MemberVerbs::refreshMember(const QString& id)
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    auto* outer = new CrmCall(this);
    outer->follow(b->fetchMember(id), [this, outer](const std::any& v) {
        const Member m = std::any_cast<Member>(v);
        if (CrmError e = m_session->cache()->storeMember(m)) {
            outer->fail(e);
            return;
        }
        outer->succeed(m);
    });
    return outer;
}

CrmCall* MemberVerbs::refreshRecords(const QString& id)
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    auto* outer = new CrmCall(this);
    const auto cached = m_session->cache()->member(id);
    if (!cached) {
        outer->succeed();
        return outer;
    }
    const MemberRef ref{cached->id, cached->email};
    // Both reads run side by side; the call ends when both have.
    auto pending = std::make_shared<int>(0);
    auto done = [outer, pending] {
        if (--*pending == 0)
            outer->succeed();
    };
    if (AddressBook* book = b->facet<AddressBook>()) {
        ++*pending;
        CrmCall* call = book->fetchAddresses(ref);
        connect(call, &CrmCall::finished, outer, [this, call, id, done] {
            // On failure the cached addresses stay; the connection status tells why.
            if (call->ok())
                m_session->cache()->replaceAddresses(id, call->value<QList<Address>>());
            done();
        });
    }
    if (MemberMeta* meta = b->facet<MemberMeta>()) {
        ++*pending;
        CrmCall* call = meta->fetchMeta(ref);
        connect(call, &CrmCall::finished, outer, [this, call, id, done] {
            if (call->ok())
                m_session->cache()->replacePublicMeta(id, call->value<QList<MetaEntry>>());
            done();
        });
    }
    if (*pending == 0)
        outer->succeed();
    return outer;
}

CrmCall* MemberVerbs::refreshGroups()
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    auto* outer = new CrmCall(this);
    outer->follow(through<GroupBook>(b, [](GroupBook& f) { return f.fetchGroups(); }),
                  [this, outer](const std::any& v) {
                      const auto groups = std::any_cast<QList<Group>>(v);
                      if (CrmError e = m_session->cache()->writeGroups(groups, {})) {
                          outer->fail(e);
                          return;
                      }
                      outer->succeed(groups);
                  });
    return outer;
}

qint64 MemberVerbs::editMember(const QString& memberId, const QVariantMap& fields, CrmError* error)
{
    return m_session->outbox().recordUpdate(memberId, fields, error);
}

qint64 MemberVerbs::changeGroup(const QString& groupId, const QString& memberId, bool add, CrmError* error)
{
    return m_session->outbox().recordMembership(
        add ? OutboxEntry::Op::GroupAdd : OutboxEntry::Op::GroupRemove, groupId, memberId, error);
}

qint64 MemberVerbs::record(OutboxEntry::Op op, const QString& memberId, const QVariantMap& payload,
                           CrmError* error)
{
    return m_session->outbox().recordAction(op, memberId, payload, error);
}

void MemberVerbs::send()
{
    if (OutboxRunner* runner = m_session->outboxRunner())
        runner->run();
}

void MemberVerbs::retry(qint64 entryId)
{
    m_session->outbox().retry(entryId);
}

void MemberVerbs::discard(qint64 entryId)
{
    const auto e = m_session->outbox().entry(entryId);
    m_session->outbox().discard(entryId);
    if (!e)
        return;
    // An edit's cached values were the edit's: the member's own come back from the CRM.
    if (e->op == OutboxEntry::Op::Update && m_session->backend())
        refreshMember(e->memberId);
}

CrmCall* MemberVerbs::findByMeta(const QString& key, const QString& value)
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    return through<MemberMeta>(b, [&](MemberMeta& f) { return f.findByMeta(key, value); });
}

CrmCall* MemberVerbs::checkEmail(const QString& email, const QString& password)
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    return through<EmailChecks>(b, [&](EmailChecks& f) { return f.checkEmail(email, password); });
}

CrmCall* MemberVerbs::sendPasswordReset(const QString& email)
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    return through<PasswordResets>(b, [&](PasswordResets& f) { return f.sendPasswordReset(email); });
}

CrmCall* MemberVerbs::verifyAutologinToken(const QString& token)
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    return through<SupportTokens>(b, [&](SupportTokens& f) { return f.verifyAutologinToken(token); });
}

QJsonObject MemberVerbs::actionSubject(const Member& member) const
{
    const CrmBackend* f = m_session->features();
    const MemberActions* actions = f ? f->facet<MemberActions>() : nullptr;
    return actions ? actions->actionSubject(member) : QJsonObject();
}

AccountRunner* MemberVerbs::accountRunner(QObject* parent) const
{
    return m_session->backend() ? new AccountRunner(m_session->backend(), m_session->cache(), parent)
                                : nullptr;
}

ImportRunner* MemberVerbs::importRunner(QObject* parent) const
{
    return m_session->backend() ? new ImportRunner(m_session->cache(), m_session->backend(), parent)
                                : nullptr;
}

} // namespace crm
