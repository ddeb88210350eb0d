#include "memberverbs.h"

#include "backends/crmbackend.h"
#include "bulk/accountbatch.h"
#include "bulk/importrunner.h"
#include "cache/cache.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "profilesession.h"

#include <QCoreApplication>
#include <memory>

namespace crm {

MemberVerbs::MemberVerbs(ProfileSession* session) : QObject(session), m_session(session) {}

namespace {

CrmError notConnectedError()
{
    return CrmError(CrmError::Kind::Local, {}, 0,
                    MemberVerbs::tr("Not connected to the CRM: try again once the connection is back."));
}

} // namespace

CrmCall* MemberVerbs::notConnected()
{
    auto* call = new CrmCall(this);
    call->fail(notConnectedError());
    return call;
}

CrmCall* MemberVerbs::lookUp(const QString& key, bool membershipsRequired)
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    auto* outer = new CrmCall(this);
    CrmCall* look = through<MemberLookup>(b, [&](MemberLookup& f) { return f.lookupMember(key.trimmed()); });
    outer->follow(look, [this, outer, b, membershipsRequired](const std::any& v) {
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
        connect(read, &CrmCall::finished, outer, [this, outer, read, m, membershipsRequired] {
            // The member is found either way; memberships not read now come with the next refresh.
            if (read->ok())
                m_session->cache()->replaceMemberships(m.id, read->value<QList<Membership>>());
            else if (membershipsRequired)
                return outer->fail(read->error());
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
    outer->follow(b->fetchMember(id), [this, outer, id](const std::any& v) {
        const Member m = std::any_cast<Member>(v);
        bool editWaits = false;
        for (const OutboxEntry& e : m_session->outbox().open())
            editWaits = editWaits || (e.memberId == id && e.op == OutboxEntry::Op::Update);
        if (!editWaits)
            if (CrmError e = m_session->cache()->storeMember(m))
                return outer->fail(e);
        outer->succeed(m);
    });
    return outer;
}

CrmCall* MemberVerbs::probe()
{
    CrmBackend* b = m_session->backend();
    return b ? b->testConnection() : notConnected();
}

CrmCall* MemberVerbs::refreshRecords(const QString& id)
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    auto* outer = new CrmCall(this);
    // Both reads run side by side; the call ends when both have. A read that fails leaves the cached
    // records; the connection status tells why.
    QList<CrmCall*> reads;
    if (b->has<AddressBook>())
        reads.append(refreshAddresses(id));
    if (b->has<MemberMeta>())
        reads.append(refreshMeta(id));
    if (b->has<ContactParts>())
        reads.append(refreshParts(id));
    if (b->has<MemberNotes>())
        reads.append(refreshNotes(id));
    auto pending = std::make_shared<qsizetype>(reads.size());
    for (CrmCall* read : reads)
        connect(read, &CrmCall::finished, outer, [outer, pending] {
            if (--*pending == 0)
                outer->succeed();
        });
    if (reads.isEmpty())
        outer->succeed();
    return outer;
}

namespace {

/// Reads through facet F of the member's CRM and stores the answer with store; fails with the CRM's error.
template <class F, class Read, class Store>
CrmCall* readInto(QObject* owner, ProfileSession* session, const QString& id, Read read, Store store)
{
    auto* outer = new CrmCall(owner);
    CrmBackend* b = session->backend();
    const auto cached = session->cache()->member(id);
    if (!b || !cached) {
        outer->fail(!b ? notConnectedError()
                       : CrmError(CrmError::Kind::Local, {}, 0,
                                  MemberVerbs::tr("Member %1 is not in the cache.").arg(id)));
        return outer;
    }
    const MemberRef ref{cached->id, cached->email};
    outer->follow(through<F>(b, [&](F& f) { return read(f, ref); }),
                  [outer, session, id, store](const std::any& v) {
                      if (CrmError e = store(*session->cache(), id, v))
                          outer->fail(e);
                      else
                          outer->succeed();
                  });
    return outer;
}

} // namespace

CrmCall* MemberVerbs::refreshAddresses(const QString& id)
{
    return readInto<AddressBook>(
        this, m_session, id, [](AddressBook& f, const MemberRef& ref) { return f.fetchAddresses(ref); },
        [](Cache& c, const QString& member, const std::any& v) {
            return c.replaceAddresses(member, std::any_cast<QList<Address>>(v));
        });
}

CrmCall* MemberVerbs::refreshMeta(const QString& id)
{
    return readInto<MemberMeta>(
        this, m_session, id, [](MemberMeta& f, const MemberRef& ref) { return f.fetchMeta(ref); },
        [](Cache& c, const QString& member, const std::any& v) {
            return c.replacePublicMeta(member, std::any_cast<QList<MetaEntry>>(v));
        });
}

CrmCall* MemberVerbs::refreshMemberships(const QString& id)
{
    return readInto<Memberships>(
        this, m_session, id, [](Memberships& f, const MemberRef& ref) { return f.fetchMemberships(ref); },
        [](Cache& c, const QString& member, const std::any& v) {
            return c.replaceMemberships(member, std::any_cast<QList<Membership>>(v));
        });
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

CrmCall* MemberVerbs::refreshParts(const QString& id)
{
    return readInto<ContactParts>(
        this, m_session, id, [](ContactParts& f, const MemberRef& ref) { return f.fetchParts(ref); },
        [](Cache& c, const QString& member, const std::any& v) {
            return c.recordStore().replaceParts(member, std::any_cast<Member>(v));
        });
}

CrmCall* MemberVerbs::refreshNotes(const QString& id)
{
    return readInto<MemberNotes>(
        this, m_session, id, [](MemberNotes& f, const MemberRef& ref) { return f.fetchNotes(ref); },
        [](Cache& c, const QString& member, const std::any& v) {
            return c.recordStore().replaceNotes(member, std::any_cast<QList<Note>>(v));
        });
}

CrmCall* MemberVerbs::refreshChoices()
{
    CrmBackend* b = m_session->backend();
    if (!b)
        return notConnected();
    auto* outer = new CrmCall(this);
    outer->follow(through<ChoiceLists>(b, [](ChoiceLists& f) { return f.fetchChoices(); }),
                  [this, outer](const std::any& v) {
                      if (CrmError e = m_session->cache()->choices().replace(std::any_cast<QList<Choice>>(v)))
                          return outer->fail(e);
                      outer->succeed();
                  });
    return outer;
}

FieldValues MemberVerbs::fieldValues() const
{
    return FieldValues(m_session->cache()->choices());
}

OutboxEntry::Names MemberVerbs::names() const
{
    Cache* cache = m_session->cache();
    OutboxEntry::Names names;
    names.member = [cache](const QString& id) {
        const auto m = cache->member(id);
        return m ? m->displayName : QString();
    };
    names.group = [cache](const QString& id) {
        const auto g = cache->group(id);
        return g ? QStringLiteral("\u201c%1\u201d").arg(g->title) : id;
    };
    const QMap<QString, QString> custom = m_session->profile().customFieldLabels();
    names.field = [custom](const QString& key) { return custom.value(key, FieldValues::label(key)); };
    names.value = [cache](const QString& field, const QString& value) {
        return FieldValues(cache->choices()).shown(field, value);
    };
    return names;
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
    // Kept in the member's history as withdrawn; only what cannot be withdrawn is dropped.
    if (!m_session->outbox().withdraw(entryId))
        m_session->outbox().discard(entryId);
    if (!e)
        return;
    // An edit's cached values were the edit's: the member's own come back from the CRM.
    if (e->op == OutboxEntry::Op::Update && m_session->backend())
        refreshMember(e->memberId);
}

MemberVerbs::Undo MemberVerbs::undoLast(const QString& memberId, CrmError* error)
{
    for (const OutboxEntry& e : m_session->outbox().history(memberId))
        if (e.state != OutboxEntry::State::Undone && !e.undoneBy)
            return undo(e.id, error);
    *error =
        CrmError(CrmError::Kind::Validation, {}, 0,
                 tr("Nothing to undo: the console has made no change to this member that is not undone."));
    return {};
}

MemberVerbs::Undo MemberVerbs::undo(qint64 entryId, CrmError* error)
{
    using Op = OutboxEntry::Op;
    OutboxStore& outbox = m_session->outbox();
    const auto e = outbox.entry(entryId);
    if (!e) {
        *error = CrmError(CrmError::Kind::NotFound, {}, 0,
                          tr("There is no change %1 in the outbox.").arg(entryId));
        return {};
    }
    const QString what = e->describe(names());
    if (e->state == OutboxEntry::State::Undone || e->undoneBy) {
        *error =
            CrmError(CrmError::Kind::Validation, {}, 0, tr("\u201c%1\u201d is undone already.").arg(what));
        return {};
    }
    if (e->state == OutboxEntry::State::Sending) {
        *error =
            CrmError(CrmError::Kind::Validation, {}, 0,
                     tr("\u201c%1\u201d is being sent right now; undo it once it has arrived.").arg(what));
        return {};
    }
    if (e->state != OutboxEntry::State::Done) {
        if (!outbox.withdraw(entryId, error))
            return {};
        return {entryId, true};
    }
    const QVariantMap& f = e->fields;
    qint64 id = 0;
    switch (e->op) {
    case Op::Update: {
        QVariantMap back;
        for (auto it = f.cbegin(); it != f.cend(); ++it)
            back.insert(it.key(), e->prior.value(it.key()));
        id = outbox.recordUpdate(e->memberId, back, error, e->id, f);
        break;
    }
    case Op::GroupAdd:
    case Op::GroupRemove:
        id = outbox.recordMembership(e->op == Op::GroupAdd ? Op::GroupRemove : Op::GroupAdd, e->groupId,
                                     e->memberId, error, e->id);
        break;
    case Op::PartAdd:
        id = outbox.recordAction(
            Op::PartRemove, e->memberId,
            {{QStringLiteral("part"), f.value(QStringLiteral("part"))},
             {QStringLiteral("part_id"), e->serverSnapshot.value(QLatin1String("part_id")).toString()},
             {QStringLiteral("before"), f.value(QStringLiteral("fields"))}},
            error, e->id);
        break;
    case Op::PartChange: {
        const QVariantMap changed = f.value(QStringLiteral("fields")).toMap();
        const QVariantMap before = f.value(QStringLiteral("before")).toMap();
        QVariantMap back;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            back.insert(it.key(), before.value(it.key()));
        id = outbox.recordAction(Op::PartChange, e->memberId,
                                 {{QStringLiteral("part"), f.value(QStringLiteral("part"))},
                                  {QStringLiteral("part_id"), f.value(QStringLiteral("part_id"))},
                                  {QStringLiteral("fields"), back},
                                  {QStringLiteral("before"), changed}},
                                 error, e->id);
        break;
    }
    case Op::PartRemove: {
        // The part comes back with the values it had (a new id: the CRM gives one).
        const QString part = f.value(QStringLiteral("part")).toString();
        const Abilities a = m_session->abilities();
        const QStringList fields = part == QLatin1String("phone")   ? a.phoneFields
                                   : part == QLatin1String("email") ? a.emailFields
                                                                    : a.partAddressFields;
        const QVariantMap before = f.value(QStringLiteral("before")).toMap();
        QVariantMap again;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (fields.contains(it.key()) || it.key().startsWith(QLatin1String("custom_")) ||
                fields.isEmpty())
                again.insert(it.key(), it.value());
        id = outbox.recordAction(Op::PartAdd, e->memberId,
                                 {{QStringLiteral("part"), part}, {QStringLiteral("fields"), again}}, error,
                                 e->id);
        break;
    }
    case Op::Trash:
    case Op::Restore:
        id = outbox.recordAction(e->op == Op::Trash ? Op::Restore : Op::Trash, e->memberId,
                                 {{QStringLiteral("member_name"), f.value(QStringLiteral("member_name"))}},
                                 error, e->id);
        break;
    default:
        *error = CrmError(CrmError::Kind::Validation, {}, 0,
                          tr("\u201c%1\u201d cannot be taken back from the console: the CRM keeps what was "
                             "made. Change or remove it in the CRM itself.")
                              .arg(what));
        return {};
    }
    return {id, false};
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
