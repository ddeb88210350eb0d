#include "partcommands.h"

#include "cli.h"

#include "cache/cache.h"
#include "session/abilities.h"
#include "session/fieldvalues.h"
#include "session/memberverbs.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace crm;

namespace Commands::PartCommands {

namespace {

QStringList fieldsOf(const Abilities& a, PartKind kind)
{
    switch (kind) {
    case PartKind::Phone:
        return a.phoneFields;
    case PartKind::Email:
        return a.emailFields;
    case PartKind::Address:
        break;
    }
    return a.partAddressFields;
}

/// The part's values as the cache holds them, by the CRM's field names (for "before" and for undo).
std::optional<QVariantMap> cachedPart(const Member& m, PartKind kind, const QString& partId)
{
    auto fromRaw = [](const QJsonObject& raw, const QStringList& keys) {
        QVariantMap out;
        for (const QString& k : keys)
            if (raw.contains(k))
                out.insert(k, raw.value(k).toVariant().toString());
        return out;
    };
    static const QStringList phoneKeys{QStringLiteral("phone"), QStringLiteral("phone_type_id"),
                                       QStringLiteral("location_type_id"), QStringLiteral("is_primary")};
    static const QStringList emailKeys{QStringLiteral("email"), QStringLiteral("location_type_id"),
                                       QStringLiteral("is_primary"), QStringLiteral("on_hold")};
    switch (kind) {
    case PartKind::Phone:
        for (const Phone& p : m.phones)
            if (p.id == partId)
                return fromRaw(p.raw.object(), phoneKeys);
        break;
    case PartKind::Email:
        for (const EmailAddress& e : m.emails)
            if (e.id == partId)
                return fromRaw(e.raw.object(), emailKeys);
        break;
    case PartKind::Address:
        for (const Address& a : m.addresses)
            if (a.id == partId) {
                QVariantMap out = fromRaw(a.raw.object(), {});
                const QJsonObject raw = a.raw.object();
                for (auto it = raw.begin(); it != raw.end(); ++it)
                    if (it.key() != QLatin1String("id") && it.key() != QLatin1String("contact_id"))
                        out.insert(it.key(), it.value().toVariant().toString());
                return out;
            }
        break;
    }
    return std::nullopt;
}

/// FIELD=VALUE... checked against the part's fields (custom_N and custom field labels too, for
/// addresses), then turned into the CRM's names and ids.
bool partFields(ProfileSession& s, PartKind kind, const QStringList& args, const QString& cmd,
                QVariantMap* fields, int* code)
{
    QStringList known = fieldsOf(s.abilities(), kind);
    for (const QString& f : QStringList(known))
        if (f.endsWith(QLatin1String("_id")) && !FieldValues::listOf(f).isEmpty())
            known.append(FieldValues::crmField(f) == f ? f.chopped(3) : f);
    known.append({QStringLiteral("location"), QStringLiteral("province")});
    const QMap<QString, QString> labels = s.profile().customFieldLabels();
    QStringList typedArgs;
    for (const QString& arg : args) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        QString key = eq < 0 ? arg : arg.left(eq);
        // A custom field by its key or by the label the connection gives it.
        if (kind == PartKind::Address) {
            if (key.startsWith(QLatin1String("custom_")))
                known.append(key);
            for (auto it = labels.cbegin(); it != labels.cend(); ++it)
                if (it.value().compare(key, Qt::CaseInsensitive) == 0) {
                    known.append(it.key());
                    key = it.key();
                }
        }
        typedArgs.append(eq < 0 ? key : key + arg.mid(eq));
    }
    QVariantMap typed;
    if (!parseFields(typedArgs, known, cmd, &typed, code))
        return false;
    CrmError e;
    *fields = s.verbs().fieldValues().toCrm(typed, &e);
    if (e) {
        *code = failWith(e);
        return false;
    }
    return true;
}

/// Opens the profile for a part command; nullptr when the CRM keeps no parts one by one (then the
/// command is another module's: REMP's address-add).
std::unique_ptr<ProfileSession> openParts(Context& ctx, const QString& name, int* code, bool* mine)
{
    auto s = ctx.open(name, code);
    *mine = s && s->abilities().has(Abilities::ContactParts);
    return *mine ? std::move(s) : nullptr;
}

int partAdd(Context& ctx, const QStringList& argv, PartKind kind, bool* mine)
{
    const QString cmd = partKindName(kind) + QStringLiteral("-add");
    Args a(argv, {QStringLiteral("phone-type")}, {QStringLiteral("primary")});
    if (!a.error.isEmpty())
        return usageError(a.error);
    const int least = kind == PartKind::Address ? 4 : 4;
    if (a.positional.size() < least)
        return usageError(kind == PartKind::Address
                              ? tr("%1 needs NAME, MEMBER_ID, LOCATION and at least one FIELD=VALUE").arg(cmd)
                              : tr("%1 needs NAME, MEMBER_ID, LOCATION and %2")
                                    .arg(cmd, kind == PartKind::Phone ? tr("NUMBER") : tr("EMAIL")));
    int code = Ok;
    auto s = openParts(ctx, a.positional[0], &code, mine);
    if (!s || !cachedMember(*s, a.positional[1], &code))
        return code;
    QStringList args{QStringLiteral("location_type_id=") + a.positional[2]};
    if (kind == PartKind::Address)
        args += a.positional.mid(3);
    else if (a.positional.size() != 4)
        return usageError(
            tr("%1 takes one %2").arg(cmd, kind == PartKind::Phone ? tr("NUMBER") : tr("EMAIL")));
    else
        args.append(partKindName(kind) + QLatin1Char('=') + a.positional[3]);
    if (kind == PartKind::Phone && !a.value(QStringLiteral("phone-type")).isEmpty())
        args.append(QStringLiteral("phone_type_id=") + a.value(QStringLiteral("phone-type")));
    if (a.flags.contains(QStringLiteral("primary")))
        args.append(QStringLiteral("is_primary=1"));
    QVariantMap fields;
    if (!partFields(*s, kind, args, cmd, &fields, &code))
        return code;
    qint64 id = 0;
    code = recordAndSend(ctx, *s, OutboxEntry::Op::PartAdd, a.positional[1],
                         {{QStringLiteral("part"), partKindName(kind)}, {QStringLiteral("fields"), fields}},
                         &id);
    if (const auto entry = s->outbox().entry(id); entry && entry->state == OutboxEntry::State::Done)
        out() << tr("%1 id: %2")
                     .arg(partKindName(kind),
                          entry->serverSnapshot.value(QLatin1String("part_id")).toString())
              << '\n';
    return code;
}

int partChange(Context& ctx, const QStringList& argv, PartKind kind, bool remove, bool* mine)
{
    const QString cmd = partKindName(kind) + (remove ? QStringLiteral("-remove") : QStringLiteral("-edit"));
    Args a(argv, {}, {});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (remove ? a.positional.size() != 3 : a.positional.size() < 4)
        return usageError(remove ? tr("%1 needs NAME, MEMBER_ID and the %2's id").arg(cmd, partKindName(kind))
                                 : tr("%1 needs NAME, MEMBER_ID, the %2's id and at least one FIELD=VALUE")
                                       .arg(cmd, partKindName(kind)));
    int code = Ok;
    auto s = openParts(ctx, a.positional[0], &code, mine);
    if (!s)
        return code;
    const auto m = cachedMember(*s, a.positional[1], &code);
    if (!m)
        return code;
    const QString partId = a.positional[2];
    const auto before = cachedPart(*m, kind, partId);
    if (!before)
        return failWith(CrmError(CrmError::Kind::NotFound, {}, 0,
                                 tr("Member %1 has no %2 with id %3 in the cache; see: crmctl member %4 %1")
                                     .arg(m->id, partKindName(kind), partId, a.positional[0])));
    QVariantMap payload{{QStringLiteral("part"), partKindName(kind)},
                        {QStringLiteral("part_id"), partId},
                        {QStringLiteral("before"), *before}};
    if (!remove) {
        QVariantMap fields;
        if (!partFields(*s, kind, a.positional.mid(3), cmd, &fields, &code))
            return code;
        payload.insert(QStringLiteral("fields"), fields);
    }
    return recordAndSend(ctx, *s, remove ? OutboxEntry::Op::PartRemove : OutboxEntry::Op::PartChange,
                         a.positional[1], payload);
}

int noteAdd(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("subject")}, {});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 3 || a.positional[2].trimmed().isEmpty())
        return usageError(tr("note-add needs NAME, MEMBER_ID and the note's TEXT"));
    int code = Ok;
    auto s = openFor(ctx, a.positional[0], Abilities::Notes, tr("notes"), &code);
    if (!s || !cachedMember(*s, a.positional[1], &code))
        return code;
    return recordAndSend(ctx, *s, OutboxEntry::Op::NoteAdd, a.positional[1],
                         {{QStringLiteral("subject"), a.value(QStringLiteral("subject")).trimmed()},
                          {QStringLiteral("note"), a.positional[2].trimmed()}});
}

int notes(Context& ctx, const QStringList& argv)
{
    int code = Ok;
    auto r = startRead(ctx, argv, QStringLiteral("notes"), {}, Abilities::Notes, tr("notes"), &code);
    if (!r)
        return code;
    if (r->online)
        if (const Outcome o = await(r->session->verbs().refreshNotes(r->member.id)); o.error)
            return failWith(o.error);
    QList<QStringList> rows;
    QJsonArray arr;
    for (const Note& n : r->session->cache()->recordStore().notes(r->member.id)) {
        rows.append({n.id, n.date, n.subject, n.text});
        arr.append(QJsonObject{{QStringLiteral("id"), n.id},
                               {QStringLiteral("date"), n.date},
                               {QStringLiteral("subject"), n.subject},
                               {QStringLiteral("note"), n.text}});
    }
    print(r->format, {tr("ID"), tr("DATE"), tr("SUBJECT"), tr("NOTE")}, rows, arr);
    if (!r->online)
        cachedNotice(*r->session->cache());
    return Ok;
}

int trash(Context& ctx, const QStringList& argv, bool toTrash)
{
    const QString cmd = toTrash ? QStringLiteral("trash") : QStringLiteral("restore");
    if (argv.size() != 2)
        return usageError(tr("%1 needs NAME and MEMBER_ID").arg(cmd));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::Trash, tr("the trash"), &code);
    if (!s)
        return code;
    // A member in the trash is no longer cached: restore names them by id alone.
    QVariantMap payload;
    if (toTrash) {
        const auto m = cachedMember(*s, argv[1], &code);
        if (!m)
            return code;
        payload.insert(QStringLiteral("member_name"), m->displayName);
    }
    return recordAndSend(ctx, *s, toTrash ? OutboxEntry::Op::Trash : OutboxEntry::Op::Restore, argv[1],
                         payload);
}

} // namespace

bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode)
{
    bool mine = true;
    int code = Ok;
    if (cmd == QLatin1String("phone-add"))
        code = partAdd(ctx, argv, PartKind::Phone, &mine);
    else if (cmd == QLatin1String("phone-edit"))
        code = partChange(ctx, argv, PartKind::Phone, false, &mine);
    else if (cmd == QLatin1String("phone-remove"))
        code = partChange(ctx, argv, PartKind::Phone, true, &mine);
    else if (cmd == QLatin1String("email-add"))
        code = partAdd(ctx, argv, PartKind::Email, &mine);
    else if (cmd == QLatin1String("email-edit"))
        code = partChange(ctx, argv, PartKind::Email, false, &mine);
    else if (cmd == QLatin1String("email-remove"))
        code = partChange(ctx, argv, PartKind::Email, true, &mine);
    else if (cmd == QLatin1String("address-add") && argv.size() >= 2)
        code = partAdd(ctx, argv, PartKind::Address, &mine);
    else if (cmd == QLatin1String("address-edit"))
        code = partChange(ctx, argv, PartKind::Address, false, &mine);
    else if (cmd == QLatin1String("address-remove"))
        code = partChange(ctx, argv, PartKind::Address, true, &mine);
    else if (cmd == QLatin1String("note-add"))
        code = noteAdd(ctx, argv);
    else if (cmd == QLatin1String("notes"))
        code = notes(ctx, argv);
    else if (cmd == QLatin1String("trash"))
        code = trash(ctx, argv, true);
    else if (cmd == QLatin1String("restore"))
        code = trash(ctx, argv, false);
    else
        return false;
    // address-add on a CRM with addresses by type (REMP) is MemberCommands' to run.
    if (!mine && cmd == QLatin1String("address-add"))
        return false;
    if (!mine && code == Ok)
        code = failWith(CrmError(CrmError::Kind::Local, {}, 0,
                                 tr("This connection's CRM does not keep phones, e-mail addresses and "
                                    "addresses one by one.")));
    *exitCode = code;
    return true;
}

QString usage()
{
    return tr(
        "  crmctl phone-add NAME MEMBER_ID LOCATION NUMBER [--phone-type TYPE] [--primary]\n"
        "  crmctl phone-edit NAME MEMBER_ID PHONE_ID FIELD=VALUE...   (phone phone_type location "
        "is_primary)\n"
        "  crmctl phone-remove NAME MEMBER_ID PHONE_ID\n"
        "  crmctl email-add NAME MEMBER_ID LOCATION EMAIL [--primary]\n"
        "  crmctl email-edit NAME MEMBER_ID EMAIL_ID FIELD=VALUE...   (email location is_primary on_hold)\n"
        "  crmctl email-remove NAME MEMBER_ID EMAIL_ID\n"
        "  crmctl address-add NAME MEMBER_ID LOCATION FIELD=VALUE...  (CiviCRM: street_address\n"
        "         supplemental_address_1 city postal_code state_province country is_primary, custom\n"
        "         fields by label or custom_N; country by name or ISO code)\n"
        "  crmctl address-edit NAME MEMBER_ID ADDRESS_ID FIELD=VALUE...\n"
        "  crmctl address-remove NAME MEMBER_ID ADDRESS_ID\n"
        "  crmctl note-add NAME MEMBER_ID TEXT [--subject S]\n"
        "  crmctl notes NAME MEMBER_ID [--format table|json|csv] [--offline]\n"
        "  crmctl trash NAME MEMBER_ID                  (to the CRM's trash; restore brings them back)\n"
        "  crmctl restore NAME MEMBER_ID\n");
}

} // namespace Commands::PartCommands
