#include "membercommands.h"

#include "cli.h"
#include "output.h"

#include "cache/cache.h"
#include "net/crmcall.h"
#include "outbox/outboxstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace crm;

namespace Commands::MemberCommands {

namespace {

int memberCreate(Context& ctx, const QStringList& given)
{
    // A likely duplicate is made only when asked for.
    QStringList argv = given;
    const bool allowDuplicate = argv.removeAll(QStringLiteral("--allow-duplicate")) > 0;
    if (argv.size() >= 2)
        argv[1] = argv[1].trimmed();
    if (argv.size() < 2)
        return usageError(tr("member-create needs NAME and EMAIL"));
    if (!validEmail(argv[1]))
        return usageError(tr("\u201c%1\u201d is not an e-mail address").arg(argv[1]));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::CreateMembers, tr("creating members"), &code);
    if (!s)
        return code;
    QVariantMap fields;
    if (!parseFields(argv.mid(2), s->abilities().memberFields, QStringLiteral("member-create"), &fields,
                     &code, s->abilities().listFields))
        return code;
    fields.insert(Field::Email, argv[1]);
    if (!allowDuplicate) {
        QStringList why;
        const QList<Member> likely = s->cache()->likelyDuplicates(
            argv[1], fields.value(Field::FirstName).toString(), fields.value(Field::LastName).toString(),
            fields.value(QStringLiteral("postal_code")).toString(), &why);
        if (!likely.isEmpty()) {
            err() << (likely.size() == 1
                          ? tr("crmctl: not created: a cached member may be the same person:")
                          : tr("crmctl: not created: %1 cached members may be the same person:")
                                .arg(likely.size()))
                  << '\n';
            for (int i = 0; i < likely.size(); ++i)
                err() << tr("  %1  %2 <%3> (%4)")
                             .arg(likely[i].id, likely[i].displayName, likely[i].email, why[i])
                      << '\n';
            err() << tr("Edit that member instead, or repeat the command with --allow-duplicate to create a "
                        "new "
                        "one anyway.")
                  << '\n';
            return Failed;
        }
    }
    qint64 id = 0;
    code = recordAndSend(ctx, *s, OutboxEntry::Op::Create, {}, fields, &id);
    if (const auto entry = s->outbox().entry(id); entry && entry->state == OutboxEntry::State::Done)
        out() << tr("member id: %1").arg(entry->memberId) << '\n';
    return code;
}

int memberConfirm(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 2)
        return usageError(tr("member-confirm needs NAME and MEMBER_ID"));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::CheckEmails, tr("confirming members"), &code);
    if (!s || !cachedMember(*s, argv[1], &code))
        return code;
    // The key is kept with the entry, so a resend after a lost answer confirms once.
    return recordAndSend(
        ctx, *s, OutboxEntry::Op::Confirm, argv[1],
        {{QStringLiteral("idempotency_key"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

int addresses(Context& ctx, const QStringList& argv)
{
    int code = Ok;
    auto r = startRead(ctx, argv, QStringLiteral("addresses"), {QStringLiteral("type")},
                       Abilities::AddressBook, tr("addresses by type"), &code);
    if (!r)
        return code;
    auto& s = r->session;
    if (r->online) {
        if (const Outcome o = await(s->verbs().refreshAddresses(r->member.id)); o.error)
            return failWith(o.error);
    }
    const auto m = s->cache()->member(r->member.id);
    const Args& a = r->args;
    const Output::Format f = r->format;
    const bool fresh = r->online;
    const QString type = a.value(QStringLiteral("type"));
    const QStringList headers{QStringLiteral("type"),         QStringLiteral("first_name"),
                              QStringLiteral("last_name"),    QStringLiteral("street"),
                              QStringLiteral("number"),       QStringLiteral("zip"),
                              QStringLiteral("city"),         QStringLiteral("country"),
                              QStringLiteral("phone_number"), QStringLiteral("company_name")};
    QList<QStringList> rows;
    QJsonArray arr;
    for (const Address& ad : m->addresses) {
        if (!type.isEmpty() && ad.locationType != type)
            continue;
        const QJsonObject raw = ad.raw.object();
        QStringList row{ad.locationType};
        for (const QString& h : headers.mid(1))
            row.append(raw.value(h).toVariant().toString());
        rows.append(row);
        arr.append(raw);
    }
    print(f, headers, rows, arr);
    if (!fresh)
        cachedNotice(*s->cache());
    return Ok;
}

int addressWrite(Context& ctx, const QStringList& argv, bool change)
{
    const QString cmd = change ? QStringLiteral("address-change") : QStringLiteral("address-add");
    Args a(argv, {}, change ? QStringList{QStringLiteral("create-if-missing")} : QStringList{});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() < 4)
        return usageError(tr("%1 needs NAME, MEMBER_ID, TYPE and at least one FIELD=VALUE").arg(cmd));
    int code = Ok;
    auto s = openFor(ctx, a.positional[0], Abilities::AddressBook, tr("addresses by type"), &code);
    if (!s || !cachedMember(*s, a.positional[1], &code))
        return code;
    const QString type = a.positional[2];
    if (!s->abilities().addressTypes.contains(type))
        return usageError(tr("TYPE must be one of: %1 (profile option address_types)")
                              .arg(s->abilities().addressTypes.join(QStringLiteral(", "))));
    QVariantMap fields;
    if (!parseFields(a.positional.mid(3), s->abilities().addressFields, cmd, &fields, &code))
        return code;
    const QVariantMap payload{{QStringLiteral("type"), type}, {QStringLiteral("fields"), fields}};
    qint64 id = 0;
    code = recordAndSend(ctx, *s, change ? OutboxEntry::Op::AddressChange : OutboxEntry::Op::AddressAdd,
                         a.positional[1], payload, &id);
    const auto entry = s->outbox().entry(id);
    if (change && entry && entry->state == OutboxEntry::State::Failed &&
        entry->errorCode == CrmError::ParentAddressMissing) {
        if (!a.flags.contains(QStringLiteral("create-if-missing"))) {
            err() << tr("crmctl: member %1 has no %2 address to change. Create one with: crmctl address-add "
                        "%3 %1 %2 FIELD=VALUE..., or repeat this command with --create-if-missing.")
                         .arg(a.positional[1], type, a.positional[0])
                  << '\n';
            return code;
        }
        // The refused request becomes the parent address it needed.
        s->verbs().discard(id);
        return recordAndSend(ctx, *s, OutboxEntry::Op::AddressAdd, a.positional[1], payload);
    }
    if (entry && entry->state == OutboxEntry::State::Done)
        out() << tr("%1 id: %2")
                     .arg(change ? tr("change request") : tr("address"),
                          entry->serverSnapshot.value(QLatin1String("address_id")).toString())
              << '\n';
    return code;
}

int meta(Context& ctx, const QStringList& argv)
{
    int code = Ok;
    auto r = startRead(ctx, argv, QStringLiteral("meta"), {}, Abilities::Meta, tr("user meta"), &code);
    if (!r)
        return code;
    auto& s = r->session;
    const Member* m = &r->member;
    const Output::Format f = r->format;
    const bool fresh = r->online;
    if (r->online) {
        if (const Outcome o = await(s->verbs().refreshMeta(m->id)); o.error)
            return failWith(o.error);
    }
    QList<QStringList> rows;
    QJsonArray arr;
    for (const MetaEntry& e : s->cache()->metaOf(m->id)) {
        rows.append({e.key, e.value, e.isPublic ? QStringLiteral("yes") : QStringLiteral("no")});
        arr.append(QJsonObject{{QStringLiteral("key"), e.key},
                               {QStringLiteral("value"), e.value},
                               {QStringLiteral("is_public"), e.isPublic}});
    }
    print(f, {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("public")}, rows, arr);
    if (!fresh)
        cachedNotice(*s->cache());
    return Ok;
}

int metaSet(Context& ctx, const QStringList& argv)
{
    Args a(argv, {}, {QStringLiteral("public")});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 4)
        return usageError(tr("meta-set needs NAME, MEMBER_ID, KEY and VALUE"));
    if (a.positional[2].trimmed().isEmpty())
        return usageError(tr("the meta KEY cannot be empty"));
    int code = Ok;
    auto s = openFor(ctx, a.positional[0], Abilities::Meta, tr("user meta"), &code);
    if (!s || !cachedMember(*s, a.positional[1], &code))
        return code;
    return recordAndSend(ctx, *s, OutboxEntry::Op::MetaSet, a.positional[1],
                         {{QStringLiteral("key"), a.positional[2]},
                          {QStringLiteral("value"), a.positional[3]},
                          {QStringLiteral("public"), a.flags.contains(QStringLiteral("public"))}});
}

int metaDelete(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 3)
        return usageError(tr("meta-delete needs NAME, MEMBER_ID and KEY"));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::Meta, tr("user meta"), &code);
    if (!s || !cachedMember(*s, argv[1], &code))
        return code;
    return recordAndSend(ctx, *s, OutboxEntry::Op::MetaDelete, argv[1], {{QStringLiteral("key"), argv[2]}});
}

int metaFind(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("format")}, {});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() < 2 || a.positional.size() > 3)
        return usageError(tr("meta-find needs NAME and KEY, and takes an optional VALUE"));
    int code = Ok;
    Output::Format f = Output::Format::Table;
    if (!parseFormat(a, true, &f, &code))
        return code;
    auto s = openFor(ctx, a.positional[0], Abilities::Meta, tr("user meta"), &code);
    if (!s)
        return code;
    if ((code = ctx.connect(*s)) != Ok)
        return code;
    const Outcome o =
        await(s->verbs().findByMeta(a.positional[1], a.positional.size() == 3 ? a.positional[2] : QString()));
    if (o.error)
        return failWith(o.error);
    QList<QStringList> rows;
    QJsonArray arr;
    for (const MetaMatch& m : std::any_cast<QList<MetaMatch>>(o.value)) {
        const auto cached = s->cache()->member(m.memberId);
        const QString email = cached ? cached->email : QString();
        rows.append({m.memberId, email, m.value});
        arr.append(QJsonObject{{QStringLiteral("id"), m.memberId},
                               {QStringLiteral("email"), email},
                               {QStringLiteral("value"), m.value}});
    }
    print(f, {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("value")}, rows, arr);
    return Ok;
}

int emailCheck(Context& ctx, const QStringList& argv)
{
    Args a(argv, {}, {QStringLiteral("password")});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 2)
        return usageError(tr("email-check needs NAME and EMAIL"));
    int code = Ok;
    auto s = openFor(ctx, a.positional[0], Abilities::CheckEmails, tr("e-mail checks"), &code);
    if (!s)
        return code;
    // A password to check comes on standard input, never on the command line.
    const QString password =
        a.flags.contains(QStringLiteral("password")) ? readSecretLine(tr("Password to check: ")) : QString();
    if ((code = ctx.connect(*s)) != Ok)
        return code;
    const Outcome o = await(s->verbs().checkEmail(a.positional[1], password));
    if (o.error)
        return failWith(o.error);
    const auto c = std::any_cast<EmailCheck>(o.value);
    QList<QStringList> rows{{tr("e-mail"), c.email},
                            {tr("status"), c.taken ? tr("taken") : tr("available")},
                            {tr("member id"), c.userId}};
    if (c.password != EmailCheck::Password::NotChecked)
        rows.append({tr("password"), c.password == EmailCheck::Password::Right ? tr("right") : tr("wrong")});
    Output::table(out(), {tr("FIELD"), tr("VALUE")}, rows);
    out().flush();
    return Ok;
}

int actionRecord(Context& ctx, const QStringList& argv)
{
    Args a(argv,
           {QStringLiteral("type"), QStringLiteral("technical-type"), QStringLiteral("name"),
            QStringLiteral("external-id"), QStringLiteral("description"), QStringLiteral("language"),
            QStringLiteral("consent"), QStringLiteral("source"), QStringLiteral("medium"),
            QStringLiteral("campaign"), QStringLiteral("meta")},
           {QStringLiteral("opt-in")});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 2)
        return usageError(tr("action-record needs NAME and MEMBER_ID"));
    for (const char* required : {"type", "technical-type", "name"})
        if (a.value(QString::fromLatin1(required)).trimmed().isEmpty())
            return usageError(tr("action-record needs --%1").arg(QString::fromLatin1(required)));
    static const QStringList levels{QStringLiteral("none_given"), QStringLiteral("implicit"),
                                    QStringLiteral("explicit_not_opt_out"), QStringLiteral("explicit_opt_in"),
                                    QStringLiteral("no_change")};
    QJsonArray consents;
    for (const QString& c : a.options.values(QStringLiteral("consent"))) {
        // PUBLIC_ID=LEVEL, optionally :METHOD and :OPTION after the level.
        const qsizetype eq = c.indexOf(QLatin1Char('='));
        const QStringList rest = c.mid(eq + 1).split(QLatin1Char(':'));
        if (eq <= 0 || !levels.contains(rest.value(0)))
            return usageError(tr("--consent takes PUBLIC_ID=LEVEL[:METHOD[:OPTION]] with LEVEL one of: %1")
                                  .arg(levels.join(QStringLiteral(", "))));
        QJsonObject consent{{QStringLiteral("public_id"), c.left(eq)},
                            {QStringLiteral("consent_level"), rest.value(0)}};
        if (rest.size() > 1)
            consent.insert(QStringLiteral("consent_method"), rest.value(1));
        if (rest.size() > 2)
            consent.insert(QStringLiteral("consent_method_option"), rest.mid(2).join(QLatin1Char(':')));
        consents.append(consent);
    }
    QJsonObject metadata;
    for (const QString& kv : a.options.values(QStringLiteral("meta"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(tr("--meta takes KEY=VALUE, not \u201c%1\u201d").arg(kv));
        metadata.insert(kv.left(eq), kv.mid(eq + 1));
    }
    int code = Ok;
    auto s = openFor(ctx, a.positional[0], Abilities::MemberActions, tr("recording member actions"), &code);
    if (!s)
        return code;
    const auto m = cachedMember(*s, a.positional[1], &code);
    if (!m)
        return code;
    QJsonObject payload{
        {QStringLiteral("action_type"), a.value(QStringLiteral("type"))},
        {QStringLiteral("action_technical_type"), a.value(QStringLiteral("technical-type"))},
        {QStringLiteral("action_name"), a.value(QStringLiteral("name"))},
        // Identity finds an action by technical type, external id and language: the name stands in.
        {QStringLiteral("external_id"),
         a.value(QStringLiteral("external-id"), a.value(QStringLiteral("name")))},
        {QStringLiteral("language"), a.value(QStringLiteral("language"), QStringLiteral("en"))},
        {QStringLiteral("create_dt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("opt_in"), a.flags.contains(QStringLiteral("opt-in"))},
        {QStringLiteral("cons_hash"), s->verbs().actionSubject(*m)}};
    if (const QString d = a.value(QStringLiteral("description")); !d.isEmpty())
        payload.insert(QStringLiteral("description"), d);
    if (!consents.isEmpty())
        payload.insert(QStringLiteral("consents"), consents);
    if (!metadata.isEmpty())
        payload.insert(QStringLiteral("metadata"), metadata);
    QJsonObject source;
    for (const char* key : {"source", "medium", "campaign"})
        if (const QString v = a.value(QString::fromLatin1(key)); !v.isEmpty())
            source.insert(QString::fromLatin1(key), v);
    if (!source.isEmpty())
        payload.insert(QStringLiteral("source"), source);
    return recordAndSend(ctx, *s, OutboxEntry::Op::ActionRecord, m->id, payload.toVariantMap());
}

int staffCheck(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 1)
        return usageError(tr("staff-check needs NAME"));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::StaffLogin, tr("a staff login"), &code);
    if (!s || (code = ctx.connect(*s)) != Ok)
        return code;
    const Outcome o = await(s->verifyStaffAccount());
    if (o.error)
        return failWith(o.error);
    const auto account = std::any_cast<StaffAccount>(o.value);
    Output::table(
        out(), {tr("FIELD"), tr("VALUE")},
        {{tr("id"), account.id},
         {tr("e-mail"), account.email},
         {tr("name"), account.name},
         {tr("roles"), account.roles.isEmpty() ? tr("(none)") : account.roles.join(QStringLiteral(", "))}});
    out().flush();
    return Ok;
}

int tokenVerify(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 1)
        return usageError(tr("token-verify needs NAME (the token is read from standard input)"));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::SupportTokens, tr("sign-in token checks"), &code);
    if (!s)
        return code;
    const QString token = readSecretLine(tr("Autologin token: ")).trimmed();
    if (token.isEmpty())
        return usageError(tr("token-verify reads the member's autologin token from standard input"));
    if ((code = ctx.connect(*s)) != Ok)
        return code;
    const Outcome o = await(s->verbs().verifyAutologinToken(token));
    if (o.error)
        return failWith(o.error);
    const auto owner = std::any_cast<TokenOwner>(o.value);
    QList<QStringList> rows{
        {tr("id"), owner.member.id},
        {tr("e-mail"), owner.member.email},
        {tr("name"), owner.member.displayName},
        {tr("confirmed"), owner.member.raw.object().value(QLatin1String("confirmed_at")).toString()},
        {tr("roles"), owner.roles.join(QStringLiteral(", "))}};
    for (auto it = owner.publicMeta.cbegin(); it != owner.publicMeta.cend(); ++it)
        rows.append({tr("meta %1").arg(it.key()), it.value()});
    Output::table(out(), {tr("FIELD"), tr("VALUE")}, rows);
    out().flush();
    return Ok;
}

int deviceToken(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 2)
        return usageError(tr("device-token needs NAME and DEVICE_ID"));
    int code = Ok;
    auto s = openFor(ctx, argv[0], Abilities::SupportTokens, tr("device tokens"), &code);
    if (!s || (code = ctx.connect(*s)) != Ok)
        return code;
    const Outcome o = await(s->issueDeviceToken(argv[1]));
    if (o.error)
        return failWith(o.error);
    out()
        << tr("A device token for %1 is stored in the keychain as \u201c%2\u201d of profile \u201c%3\u201d.")
               .arg(argv[1], std::any_cast<QString>(o.value), argv[0])
        << '\n';
    return Ok;
}

} // namespace

bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode)
{
    static const QMap<QString, Command> commands{
        {QStringLiteral("member-create"), memberCreate},
        {QStringLiteral("member-confirm"), memberConfirm},
        {QStringLiteral("addresses"), addresses},
        {QStringLiteral("address-add"),
         [](Context& c, const QStringList& a) { return addressWrite(c, a, false); }},
        {QStringLiteral("address-change"),
         [](Context& c, const QStringList& a) { return addressWrite(c, a, true); }},
        {QStringLiteral("meta"), meta},
        {QStringLiteral("meta-set"), metaSet},
        {QStringLiteral("meta-delete"), metaDelete},
        {QStringLiteral("meta-find"), metaFind},
        {QStringLiteral("email-check"), emailCheck},
        {QStringLiteral("action-record"), actionRecord},
        {QStringLiteral("staff-check"), staffCheck},
        {QStringLiteral("token-verify"), tokenVerify},
        {QStringLiteral("device-token"), deviceToken},
    };
    return dispatch(commands, ctx, cmd, argv, exitCode);
}

QString usage()
{
    return tr(
        "  crmctl member-create NAME EMAIL [FIELD=VALUE]... [--allow-duplicate]   (refuses a likely "
        "duplicate)\n"
        "  crmctl member-confirm NAME MEMBER_ID\n"
        "  crmctl addresses NAME MEMBER_ID [--type TYPE] [--format table|json|csv] [--offline]\n"
        "  crmctl address-add NAME MEMBER_ID TYPE FIELD=VALUE...\n"
        "  crmctl address-change NAME MEMBER_ID TYPE FIELD=VALUE... [--create-if-missing]\n"
        "  crmctl meta NAME MEMBER_ID [--format table|json|csv] [--offline]\n"
        "  crmctl meta-set NAME MEMBER_ID KEY VALUE [--public]\n"
        "  crmctl meta-delete NAME MEMBER_ID KEY\n"
        "  crmctl meta-find NAME KEY [VALUE] [--format table|json|csv]\n"
        "  crmctl email-check NAME EMAIL [--password]     (taken or available; a password to check on "
        "stdin)\n"
        "  crmctl action-record NAME MEMBER_ID --type T --technical-type TT --name N [--external-id ID]\n"
        "         [--consent PUBLIC_ID=LEVEL[:METHOD[:OPTION]]]... [--source S --medium M --campaign C]\n"
        "         [--meta K=V]... [--description D] [--language L] [--opt-in]\n"
        "  crmctl staff-check NAME                        (logs in with the profile's staff account)\n"
        "  crmctl token-verify NAME                       (a member's autologin token on stdin)\n"
        "  crmctl device-token NAME DEVICE_ID             (the token goes to the keychain only)\n");
}

} // namespace Commands::MemberCommands
