#include "earliersend.h"

#include "backends/crmbackend.h"
#include "net/crmcall.h"

#include <QJsonArray>

namespace crm {

namespace {

QString text(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 16) : v.toVariant().toString();
}

bool sameAddress(const Address& a, const QVariantMap& fields)
{
    const QJsonObject raw = a.raw.object();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (text(raw.value(it.key())).trimmed() != it.value().toString().trimmed())
            return false;
    return true;
}

bool sameAction(const QJsonObject& taken, const QVariantMap& payload)
{
    for (const char* key : {"action_technical_type", "external_id", "language"})
        if (text(taken.value(QLatin1String(key))) != payload.value(QLatin1String(key)).toString())
            return false;
    return text(taken.value(QLatin1String("created_at"))) ==
           payload.value(QStringLiteral("create_dt")).toString();
}

/// Ends outer with what next makes of inner's value; inner's error ends outer as it is.
void lookThrough(CrmCall* outer, CrmCall* inner, std::function<EarlierSend(const std::any&)> judge)
{
    outer->follow(inner, [outer, judge = std::move(judge)](const std::any& v) { outer->succeed(judge(v)); });
}

} // namespace

bool makesRecord(OutboxEntry::Op op)
{
    using Op = OutboxEntry::Op;
    return op == Op::Create || op == Op::AddressAdd || op == Op::LinkedAdd || op == Op::ActionRecord;
}

CrmCall* lookForEarlierSend(CrmBackend* backend, const OutboxEntry& e, const MemberRef& ref)
{
    using Op = OutboxEntry::Op;
    auto* outer = new CrmCall(backend);
    switch (e.op) {
    case Op::Create: {
        const QString email = e.fields.value(QStringLiteral("email")).toString().trimmed();
        lookThrough(
            outer,
            through<MemberCreation>(backend, [&](MemberCreation& f) { return f.findMembersByEmail(email); }),
            [](const std::any& v) {
                const auto found = std::any_cast<QList<Member>>(v);
                return found.isEmpty() ? EarlierSend{} : EarlierSend{true, found.first()};
            });
        break;
    }
    case Op::AddressAdd: {
        const QString type = e.fields.value(QStringLiteral("type")).toString();
        const QVariantMap fields = e.fields.value(QStringLiteral("fields")).toMap();
        lookThrough(
            outer, through<AddressBook>(backend, [&](AddressBook& f) { return f.fetchAddresses(ref, type); }),
            [type, fields](const std::any& v) {
                for (const Address& a : std::any_cast<QList<Address>>(v))
                    if ((type.isEmpty() || a.locationType == type) && sameAddress(a, fields))
                        return EarlierSend{true, a.id};
                return EarlierSend{};
            });
        break;
    }
    case Op::LinkedAdd: {
        const QString membership = e.fields.value(QStringLiteral("membership")).toString();
        const QString email = e.fields.value(QStringLiteral("email")).toString().trimmed();
        lookThrough(outer,
                    through<Memberships>(backend, [&](Memberships& f) { return f.fetchMemberships(ref); }),
                    [membership, email](const std::any& v) {
                        for (const Membership& m : std::any_cast<QList<Membership>>(v))
                            if (m.id == membership)
                                for (const LinkedMember& l : m.linked)
                                    if (l.email.compare(email, Qt::CaseInsensitive) == 0)
                                        return EarlierSend{true, {}};
                        return EarlierSend{};
                    });
        break;
    }
    case Op::ActionRecord: {
        const QVariantMap payload = e.fields;
        lookThrough(outer, backend->fetchMember(e.memberId), [payload](const std::any& v) {
            const Member m = std::any_cast<Member>(v);
            for (const QJsonValue& a : m.raw.object().value(QLatin1String("actions")).toArray())
                if (sameAction(a.toObject(), payload))
                    return EarlierSend{true, {}};
            return EarlierSend{};
        });
        break;
    }
    default:
        outer->succeed(EarlierSend{}); // finished() still comes from the event loop
        break;
    }
    return outer;
}

} // namespace crm
