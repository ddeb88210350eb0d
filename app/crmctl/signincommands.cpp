#include "signincommands.h"

#include "cli.h"

#include "domain/signedinuser.h"
#include "net/crmcall.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace crm;

namespace Commands::SignInCommands {

namespace {

int printWhoAmI(ProfileSession& s, Output::Format f)
{
    const Outcome o = await(s.fetchSignedInUser());
    if (o.error)
        return failWith(o.error);
    const auto u = std::any_cast<SignedInUser>(o.value);
    if (f == Output::Format::Json) {
        QJsonArray groups;
        for (const Group& g : u.groups)
            groups.append(QJsonObject{{QStringLiteral("id"), g.id},
                                      {QStringLiteral("title"), g.title},
                                      {QStringLiteral("smart"), g.smart}});
        Output::json(out(), QJsonObject{{QStringLiteral("sub"), u.sub},
                                        {QStringLiteral("email"), u.email},
                                        {QStringLiteral("preferred_username"), u.preferredUsername},
                                        {QStringLiteral("name"), u.shownName()},
                                        {QStringLiteral("picture"), u.picture.toString()},
                                        {QStringLiteral("user_name"), u.userName},
                                        {QStringLiteral("contact_id"), u.contactId},
                                        {QStringLiteral("groups"), groups}});
        return Ok;
    }
    out() << tr("Signed in as %1 (%2), user %3, contact %4.")
                 .arg(u.shownName(), u.preferredUsername.isEmpty() ? u.email : u.preferredUsername, u.sub,
                      u.contactId.isEmpty() ? tr("none") : u.contactId)
          << '\n';
    if (!u.email.isEmpty())
        out() << tr("E-mail: %1").arg(u.email) << '\n';
    QList<QStringList> rows;
    for (const Group& g : u.groups)
        rows.append({g.id, g.title, g.smart ? tr("smart") : tr("static")});
    if (rows.isEmpty())
        out() << tr("Member of no CiviCRM group.") << '\n';
    else
        Output::table(out(), {tr("GROUP"), tr("TITLE"), tr("KIND")}, rows);
    return Ok;
}

std::unique_ptr<ProfileSession> openOAuth(Context& ctx, const QString& name, int* exitCode)
{
    auto s = ctx.open(name, exitCode);
    if (s && !s->profile().usesOAuth2()) {
        *exitCode = usageError(
            tr("profile \u201c%1\u201d uses keys, not a sign-in (add it with --auth oauth2)").arg(name));
        return nullptr;
    }
    return s;
}

int signInCommand(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("wait")}, {});
    if (!a.error.isEmpty() || a.positional.size() != 1)
        return usageError(a.error.isEmpty() ? tr("sign-in needs exactly one NAME") : a.error);
    int code = Ok;
    auto s = openOAuth(ctx, a.positional.first(), &code);
    if (!s)
        return code;
    return signIn(*s, a.value(QStringLiteral("wait"), QStringLiteral("300")).toInt());
}

int signOutCommand(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 1)
        return usageError(tr("sign-out needs exactly one NAME"));
    int code = Ok;
    auto s = openOAuth(ctx, argv.first(), &code);
    if (!s)
        return code;
    const Outcome o = await(s->signOut());
    if (o.error)
        return failWith(o.error);
    out() << tr("Signed out of \u201c%1\u201d: its tokens are gone from the keychain.").arg(argv.first())
          << '\n';
    return Ok;
}

int whoAmI(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("format")}, {});
    Output::Format f = Output::Format::Table;
    if (!a.error.isEmpty() || a.positional.size() != 1)
        return usageError(a.error.isEmpty() ? tr("whoami needs exactly one NAME") : a.error);
    int code = Ok;
    if (!parseFormat(a, false, &f, &code))
        return code;
    auto s = openOAuth(ctx, a.positional.first(), &code);
    if (!s)
        return code;
    if ((code = ctx.connect(*s)) != Ok)
        return code;
    return printWhoAmI(*s, f);
}

} // namespace

int signIn(ProfileSession& session, int waitSeconds)
{
    QObject::connect(&session, &ProfileSession::signInUrlReady, &session, [](const QUrl& url) {
        err() << tr("Open this address in a browser and sign in to the CRM site:") << '\n'
              << url.toString(QUrl::FullyEncoded) << '\n'
              << tr("Waiting for the site to send the browser back\u2026") << '\n';
        err().flush();
    });
    const Outcome o = await(session.signIn(std::max(10, waitSeconds) * 1000));
    if (o.error)
        return failWith(o.error);
    return printWhoAmI(session, Output::Format::Table);
}

bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode)
{
    static const QMap<QString, Command> commands{
        {QStringLiteral("sign-in"), signInCommand},
        {QStringLiteral("sign-out"), signOutCommand},
        {QStringLiteral("whoami"), whoAmI},
    };
    return dispatch(commands, ctx, cmd, argv, exitCode);
}

QString usage()
{
    return tr("  crmctl sign-in NAME [--wait SECONDS]        (OAuth2 profiles: prints the address to open)\n"
              "  crmctl sign-out NAME\n"
              "  crmctl whoami NAME [--format table|json]\n");
}

} // namespace Commands::SignInCommands
