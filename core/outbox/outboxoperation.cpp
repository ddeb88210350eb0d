#include "outboxoperation.h"

#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "net/crmcall.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace crm {

namespace {

using Op = OutboxEntry::Op;

QString text(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 16) : v.toVariant().toString();
}

QString field(const OutboxEntry& e, const char* key)
{
    return e.fields.value(QLatin1String(key)).toString();
}

QJsonObject snapshotOf(const Member& m)
{
    return QJsonObject{
        {QStringLiteral("first_name"), m.firstName}, {QStringLiteral("last_name"), m.lastName},
        {QStringLiteral("email"), m.email},          {QStringLiteral("display_name"), m.displayName},
        {QStringLiteral("modified"), m.modified},    {QStringLiteral("raw"), m.raw.object()}};
}

/// A call that ends with what judge makes of inner's value; inner's error ends it as it is.
CrmCall* judged(CrmBackend& owner, CrmCall* inner, std::function<std::any(const std::any&)> judge)
{
    auto* outer = new CrmCall(&owner);
    outer->follow(inner, [outer, judge = std::move(judge)](const std::any& v) { outer->succeed(judge(v)); });
    return outer;
}

/// A call that reads records back with read and keeps them with keep; its end says the cache is done.
template <class T> CrmCall* readBack(CrmBackend& owner, CrmCall* read, std::function<void(const T&)> keep)
{
    auto* outer = new CrmCall(&owner);
    QObject::connect(read, &CrmCall::finished, outer, [outer, read, keep = std::move(keep)] {
        // The entry is done either way; what is not read now comes with the next read.
        if (read->ok())
            keep(read->value<T>());
        outer->succeed();
    });
    return outer;
}

/// A member edit: read back, compare the change stamp, then write.
class UpdateMember : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef&) const override
    {
        auto* outer = new CrmCall(&c.backend);
        CrmBackend* backend = &c.backend;
        OutboxStore* store = &c.store;
        outer->follow(c.backend.fetchMember(e.memberId), [outer, backend, store, e](const std::any& v) {
            const Member current = std::any_cast<Member>(v);
            // Carried out by an earlier send whose answer was lost: the record is as the user wants it.
            if (alreadyApplied(current, e.fields))
                return outer->succeed(current);
            // An undo asks only that the fields it puts back still hold what the console set. An edit whose
            // record moved on (CiviCRM stamps a contact when any of its phones, e-mails or addresses
            // changes) is a conflict only when a field it changes no longer holds what was read.
            const bool stampMoved = !e.baseModified.isEmpty() && current.modified != e.baseModified;
            const bool changedSince =
                e.undoOf ? !alreadyApplied(current, e.prior)
                         : stampMoved && (e.prior.isEmpty() || !alreadyApplied(current, e.prior));
            if (changedSince) {
                store->markConflict(e.id, snapshotOf(current));
                return outer->fail(CrmError(
                    CrmError::Kind::Conflict,
                    QCoreApplication::translate("OutboxStore", "changed on the server since it was read")));
            }
            outer->follow(backend->updateMember(e.memberId, e.fields),
                          [outer](const std::any& written) { outer->succeed(written); });
        });
        return outer;
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef&,
                   const std::any& value) const override
    {
        // The entry is done first so the stored record is taken whole, not kept as a local edit.
        c.store.markDone(e.id);
        c.cache.storeMember(std::any_cast<Member>(value));
        return nullptr;
    }

private:
    /// Whether the CRM's record already holds every value of an edit (the edit was carried out).
    static bool alreadyApplied(const Member& current, const QVariantMap& fields)
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
};

class ChangeGroup : public OutboxOperation {
public:
    explicit ChangeGroup(bool add) : m_add(add) {}
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        return through<GroupBook>(&c.backend, [&](GroupBook& f) {
            return m_add ? f.addToGroup(e.groupId, ref) : f.removeFromGroup(e.groupId, ref);
        });
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef&,
                   const std::any&) const override
    {
        c.cache.setMembership(e.groupId, e.memberId, m_add);
        return nullptr;
    }

private:
    bool m_add;
};

class CreateMember : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef&) const override
    {
        return through<MemberCreation>(&c.backend,
                                       [&](MemberCreation& f) { return f.createMember(e.fields); });
    }
    bool makesRecord() const override { return true; }
    /// The member with the new e-mail.
    CrmCall* lookForEarlier(const OutboxContext& c, const OutboxEntry& e, const MemberRef&) const override
    {
        const QString email = field(e, "email").trimmed();
        return judged(c.backend,
                      through<MemberCreation>(&c.backend,
                                              [&](MemberCreation& f) { return f.findMembersByEmail(email); }),
                      [](const std::any& v) {
                          const auto found = std::any_cast<QList<Member>>(v);
                          return found.isEmpty() ? EarlierSend{} : EarlierSend{true, found.first()};
                      });
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef&,
                   const std::any& value) const override
    {
        const auto created = std::any_cast<Member>(value);
        c.cache.storeMember(created);
        c.store.markDone(e.id, created.id, snapshotOf(created));
        return nullptr;
    }
};

class ConfirmMember : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        return through<EmailChecks>(
            &c.backend, [&](EmailChecks& f) { return f.confirmMember(ref, field(e, "idempotency_key")); });
    }
};

class AddAddress : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        return through<AddressBook>(&c.backend, [&](AddressBook& f) {
            return f.addAddress(ref, field(e, "type"), e.fields.value(QStringLiteral("fields")).toMap());
        });
    }
    bool makesRecord() const override { return true; }
    /// An address of that type with those fields.
    CrmCall* lookForEarlier(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        const QString type = field(e, "type");
        const QVariantMap fields = e.fields.value(QStringLiteral("fields")).toMap();
        return judged(
            c.backend,
            through<AddressBook>(&c.backend, [&](AddressBook& f) { return f.fetchAddresses(ref, type); }),
            [type, fields](const std::any& v) {
                for (const Address& a : std::any_cast<QList<Address>>(v))
                    if ((type.isEmpty() || a.locationType == type) && sameAddress(a, fields))
                        return EarlierSend{true, a.id};
                return EarlierSend{};
            });
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref,
                   const std::any& value) const override
    {
        c.store.markDone(e.id, e.memberId,
                         QJsonObject{{QStringLiteral("address_id"), std::any_cast<QString>(value)}});
        // The new address shows once read back.
        Cache* cache = &c.cache;
        const QString id = e.memberId;
        return readBack<QList<Address>>(
            c.backend,
            through<AddressBook>(&c.backend, [&](AddressBook& f) { return f.fetchAddresses(ref); }),
            [cache, id](const QList<Address>& list) { cache->replaceAddresses(id, list); });
    }

private:
    static bool sameAddress(const Address& a, const QVariantMap& fields)
    {
        const QJsonObject raw = a.raw.object();
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            if (text(raw.value(it.key())).trimmed() != it.value().toString().trimmed())
                return false;
        return true;
    }
};

class RequestAddressChange : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        return through<AddressBook>(&c.backend, [&](AddressBook& f) {
            return f.requestAddressChange(ref, field(e, "type"),
                                          e.fields.value(QStringLiteral("fields")).toMap());
        });
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef&,
                   const std::any& value) const override
    {
        c.store.markDone(e.id, e.memberId,
                         QJsonObject{{QStringLiteral("address_id"), std::any_cast<QString>(value)}});
        return nullptr;
    }
};

class SetMeta : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        return through<MemberMeta>(&c.backend, [&](MemberMeta& f) {
            return f.setMeta(
                ref, {field(e, "key"), field(e, "value"), e.fields.value(QStringLiteral("public")).toBool()});
        });
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef&,
                   const std::any& value) const override
    {
        c.cache.putMeta(e.memberId, std::any_cast<MetaEntry>(value));
        return nullptr;
    }
};

class DeleteMeta : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        return through<MemberMeta>(&c.backend,
                                   [&](MemberMeta& f) { return f.deleteMeta(ref, field(e, "key")); });
    }
};

/// A linked member added to or removed from a membership; the membership is read back after (the new
/// link's id comes only from there).
class ChangeLinkedMember : public OutboxOperation {
public:
    explicit ChangeLinkedMember(bool add) : m_add(add) {}
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        return through<Memberships>(&c.backend, [&](Memberships& f) {
            if (!m_add)
                return f.removeLinkedMember(ref, field(e, "membership"), field(e, "linked"));
            return f.addLinkedMember(
                ref, field(e, "membership"),
                {{}, field(e, "email"), field(e, "first_name"), field(e, "last_name"), {}});
        });
    }
    bool makesRecord() const override { return m_add; }
    /// A linked member with that e-mail on that membership.
    CrmCall* lookForEarlier(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        const QString membership = field(e, "membership");
        const QString email = field(e, "email").trimmed();
        return judged(
            c.backend,
            through<Memberships>(&c.backend, [&](Memberships& f) { return f.fetchMemberships(ref); }),
            [membership, email](const std::any& v) {
                for (const Membership& m : std::any_cast<QList<Membership>>(v))
                    if (m.id == membership)
                        for (const LinkedMember& l : m.linked)
                            if (l.email.compare(email, Qt::CaseInsensitive) == 0)
                                return EarlierSend{true, {}};
                return EarlierSend{};
            });
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref,
                   const std::any&) const override
    {
        Cache* cache = &c.cache;
        const QString id = e.memberId;
        return readBack<QList<Membership>>(
            c.backend,
            through<Memberships>(&c.backend, [&](Memberships& f) { return f.fetchMemberships(ref); }),
            [cache, id](const QList<Membership>& list) { cache->replaceMemberships(id, list); });
    }

private:
    bool m_add;
};

/// An action a member took (Identity); the member is read back after: the action, new consents, what
/// cons_hash changed.
class RecordAction : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef&) const override
    {
        return through<MemberActions>(&c.backend, [&](MemberActions& f) {
            return f.recordAction(QJsonObject::fromVariantMap(e.fields));
        });
    }
    bool makesRecord() const override { return true; }
    /// An action with that type, id, language and time on the member.
    CrmCall* lookForEarlier(const OutboxContext& c, const OutboxEntry& e, const MemberRef&) const override
    {
        const QVariantMap payload = e.fields;
        return judged(c.backend, c.backend.fetchMember(e.memberId), [payload](const std::any& v) {
            for (const QJsonValue& a :
                 std::any_cast<Member>(v).raw.object().value(QLatin1String("actions")).toArray())
                if (sameAction(a.toObject(), payload))
                    return EarlierSend{true, {}};
            return EarlierSend{};
        });
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef&,
                   const std::any&) const override
    {
        Cache* cache = &c.cache;
        return readBack<Member>(c.backend, c.backend.fetchMember(e.memberId),
                                [cache](const Member& m) { cache->storeMember(m); });
    }

private:
    static bool sameAction(const QJsonObject& taken, const QVariantMap& payload)
    {
        for (const char* key : {"action_technical_type", "external_id", "language"})
            if (text(taken.value(QLatin1String(key))) != payload.value(QLatin1String(key)).toString())
                return false;
        return text(taken.value(QLatin1String("created_at"))) ==
               payload.value(QStringLiteral("create_dt")).toString();
    }
};

PartKind partKind(const OutboxEntry& e)
{
    return partKindFrom(field(e, "part"));
}

/// The raw records of a member's parts of one kind, by id.
QHash<QString, QJsonObject> partsOf(const Member& m, PartKind kind)
{
    QHash<QString, QJsonObject> out;
    switch (kind) {
    case PartKind::Phone:
        for (const Phone& p : m.phones)
            out.insert(p.id, p.raw.object());
        break;
    case PartKind::Email:
        for (const EmailAddress& e : m.emails)
            out.insert(e.id, e.raw.object());
        break;
    case PartKind::Address:
        for (const Address& a : m.addresses)
            out.insert(a.id, a.raw.object());
        break;
    }
    return out;
}

/// Whether a part's record holds every value (flags compared as flags, text trimmed).
bool holds(const QJsonObject& record, const QVariantMap& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString have = text(record.value(it.key())).trimmed();
        const QString want = it.value().typeId() == QMetaType::Bool
                                 ? QString::number(it.value().toBool() ? 1 : 0)
                                 : it.value().toString().trimmed();
        if (have == want)
            continue;
        const bool flagLike = (have == QLatin1String("0") || have == QLatin1String("1") || have.isEmpty()) &&
                              (want == QLatin1String("0") || want == QLatin1String("1") || want.isEmpty());
        if (!(flagLike && (have == QLatin1String("1")) == (want == QLatin1String("1"))))
            return false;
    }
    return true;
}

/// After a part was added, changed or removed: the member's parts read back into the cache.
CrmCall* readBackParts(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref)
{
    Cache* cache = &c.cache;
    const QString id = e.memberId;
    return readBack<Member>(
        c.backend, through<ContactParts>(&c.backend, [&](ContactParts& f) { return f.fetchParts(ref); }),
        [cache, id](const Member& parts) { cache->recordStore().replaceParts(id, parts); });
}

class AddPart : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        return through<ContactParts>(&c.backend, [&](ContactParts& f) {
            return f.addPart(partKind(e), ref, e.fields.value(QStringLiteral("fields")).toMap());
        });
    }
    bool makesRecord() const override { return true; }
    /// A part of that kind holding those values.
    CrmCall* lookForEarlier(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        const PartKind kind = partKind(e);
        const QVariantMap fields = e.fields.value(QStringLiteral("fields")).toMap();
        return judged(c.backend,
                      through<ContactParts>(&c.backend, [&](ContactParts& f) { return f.fetchParts(ref); }),
                      [kind, fields](const std::any& v) {
                          const auto parts = partsOf(std::any_cast<Member>(v), kind);
                          for (auto it = parts.cbegin(); it != parts.cend(); ++it)
                              if (holds(it.value(), fields))
                                  return EarlierSend{true, it.key()};
                          return EarlierSend{};
                      });
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref,
                   const std::any& value) const override
    {
        c.store.markDone(e.id, e.memberId,
                         QJsonObject{{QStringLiteral("part_id"), std::any_cast<QString>(value)}});
        return readBackParts(c, e, ref);
    }
};

/// A part changed or removed: read first, so a part changed on the server since the edit was based on
/// it is a conflict (CiviCRM stamps no part), and one already as wanted is not sent again.
class ChangePart : public OutboxOperation {
public:
    explicit ChangePart(bool remove) : m_remove(remove) {}
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        auto* outer = new CrmCall(&c.backend);
        CrmBackend* backend = &c.backend;
        OutboxStore* store = &c.store;
        const bool remove = m_remove;
        outer->follow(through<ContactParts>(backend, [&](ContactParts& f) { return f.fetchParts(ref); }),
                      [outer, backend, store, e, remove](const std::any& v) {
                          const auto parts = partsOf(std::any_cast<Member>(v), partKind(e));
                          const QString partId = field(e, "part_id");
                          const QVariantMap wanted = e.fields.value(QStringLiteral("fields")).toMap();
                          const QVariantMap before = e.fields.value(QStringLiteral("before")).toMap();
                          if (!parts.contains(partId)) {
                              if (remove) // removed already, by an earlier send or on the server
                                  return outer->succeed();
                              return outer->fail(CrmError(
                                  CrmError::Kind::NotFound,
                                  QCoreApplication::translate("OutboxStore",
                                                              "It was removed on the server; add it again if "
                                                              "it is still needed.")));
                          }
                          const QJsonObject now = parts.value(partId);
                          if (!remove && holds(now, wanted))
                              return outer->succeed();
                          QVariantMap basis;
                          for (auto it = (remove ? before : wanted).cbegin();
                               it != (remove ? before : wanted).cend(); ++it)
                              if (before.contains(it.key()))
                                  basis.insert(it.key(), before.value(it.key()));
                          if (!holds(now, basis)) {
                              store->markConflict(e.id, now);
                              return outer->fail(
                                  CrmError(CrmError::Kind::Conflict,
                                           QCoreApplication::translate(
                                               "OutboxStore", "changed on the server since it was read")));
                          }
                          CrmCall* write = through<ContactParts>(backend, [&](ContactParts& f) {
                              return remove ? f.removePart(partKind(e), partId)
                                            : f.changePart(partKind(e), partId, wanted);
                          });
                          outer->follow(write, [outer](const std::any&) { outer->succeed(); });
                      });
        return outer;
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref,
                   const std::any&) const override
    {
        c.store.markDone(e.id);
        return readBackParts(c, e, ref);
    }

private:
    bool m_remove;
};

class AddNote : public OutboxOperation {
public:
    CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        return through<MemberNotes>(&c.backend, [&](MemberNotes& f) {
            return f.addNote(ref, field(e, "subject"), field(e, "note"));
        });
    }
    bool makesRecord() const override { return true; }
    /// A note with that subject and text.
    CrmCall* lookForEarlier(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const override
    {
        const QString subject = field(e, "subject").trimmed();
        const QString note = field(e, "note").trimmed();
        return judged(c.backend,
                      through<MemberNotes>(&c.backend, [&](MemberNotes& f) { return f.fetchNotes(ref); }),
                      [subject, note](const std::any& v) {
                          for (const Note& n : std::any_cast<QList<Note>>(v))
                              if (n.subject.trimmed() == subject && n.text.trimmed() == note)
                                  return EarlierSend{true, n.id};
                          return EarlierSend{};
                      });
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref,
                   const std::any& value) const override
    {
        c.store.markDone(e.id, e.memberId,
                         QJsonObject{{QStringLiteral("note_id"), std::any_cast<QString>(value)}});
        Cache* cache = &c.cache;
        const QString id = e.memberId;
        return readBack<QList<Note>>(
            c.backend, through<MemberNotes>(&c.backend, [&](MemberNotes& f) { return f.fetchNotes(ref); }),
            [cache, id](const QList<Note>& notes) { cache->recordStore().replaceNotes(id, notes); });
    }
};

/// To the trash or back. The trash is asked first, so a repeat (an answer lost) changes nothing.
class MoveTrash : public OutboxOperation {
public:
    explicit MoveTrash(bool toTrash) : m_toTrash(toTrash) {}
    CrmCall* send(const OutboxContext& c, const OutboxEntry&, const MemberRef& ref) const override
    {
        auto* outer = new CrmCall(&c.backend);
        CrmBackend* backend = &c.backend;
        const bool toTrash = m_toTrash;
        outer->follow(through<MemberTrash>(backend, [&](MemberTrash& f) { return f.isInTrash(ref); }),
                      [outer, backend, ref, toTrash](const std::any& v) {
                          const bool inTrash = std::any_cast<bool>(v);
                          if (toTrash && inTrash)
                              return outer->succeed();
                          if (!toTrash && !inTrash)
                              return outer->follow(backend->fetchMember(ref.id),
                                                   [outer](const std::any& m) { outer->succeed(m); });
                          CrmCall* write = through<MemberTrash>(backend, [&](MemberTrash& f) -> CrmCall* {
                              if (toTrash)
                                  return f.moveToTrash(ref);
                              return f.restoreFromTrash(ref);
                          });
                          outer->follow(write, [outer](const std::any& m) { outer->succeed(m); });
                      });
        return outer;
    }
    CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef&,
                   const std::any& value) const override
    {
        c.store.markDone(e.id);
        if (m_toTrash)
            c.cache.memberStore().forget(e.memberId);
        else if (const Member* m = std::any_cast<Member>(&value))
            c.cache.storeMember(*m);
        return nullptr;
    }

private:
    bool m_toTrash;
};

} // namespace

CrmCall* OutboxOperation::lookForEarlier(const OutboxContext& c, const OutboxEntry&, const MemberRef&) const
{
    auto* call = new CrmCall(&c.backend);
    call->succeed(EarlierSend{}); // finished() still comes from the event loop
    return call;
}

CrmCall* OutboxOperation::apply(const OutboxContext&, const OutboxEntry&, const MemberRef&,
                                const std::any&) const
{
    return nullptr;
}

const OutboxOperation& OutboxOperation::of(OutboxEntry::Op op)
{
    static const UpdateMember update;
    static const ChangeGroup groupAdd(true), groupRemove(false);
    static const CreateMember create;
    static const ConfirmMember confirm;
    static const AddAddress addressAdd;
    static const RequestAddressChange addressChange;
    static const SetMeta metaSet;
    static const DeleteMeta metaDelete;
    static const ChangeLinkedMember linkedAdd(true), linkedRemove(false);
    static const RecordAction action;
    static const AddPart partAdd;
    static const ChangePart partChange(false), partRemove(true);
    static const AddNote noteAdd;
    static const MoveTrash trash(true), restore(false);
    switch (op) {
    case Op::Update:
        return update;
    case Op::GroupAdd:
        return groupAdd;
    case Op::GroupRemove:
        return groupRemove;
    case Op::Create:
        return create;
    case Op::Confirm:
        return confirm;
    case Op::AddressAdd:
        return addressAdd;
    case Op::AddressChange:
        return addressChange;
    case Op::MetaSet:
        return metaSet;
    case Op::MetaDelete:
        return metaDelete;
    case Op::LinkedAdd:
        return linkedAdd;
    case Op::LinkedRemove:
        return linkedRemove;
    case Op::ActionRecord:
        return action;
    case Op::PartAdd:
        return partAdd;
    case Op::PartChange:
        return partChange;
    case Op::PartRemove:
        return partRemove;
    case Op::NoteAdd:
        return noteAdd;
    case Op::Trash:
        return trash;
    case Op::Restore:
        return restore;
    }
    return update;
}

} // namespace crm
