#include "profilecommands.h"

#include "cli.h"
#include "signincommands.h"

#include "auth/oauth2endpoints.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "net/crmcall.h"
#include "outbox/outboxrescue.h"
#include "profiles/crmkinds.h"
#include "profiles/profilestore.h"
#include "session/profilesession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

using namespace crm;

namespace Commands::ProfileCommands {

namespace {

int profileAdd(Context& ctx, const QStringList& argv)
{
    Args a(argv,
           {QStringLiteral("kind"), QStringLiteral("url"), QStringLiteral("option"), QStringLiteral("auth"),
            QStringLiteral("client-id"), QStringLiteral("wait")},
           {});
    if (!a.error.isEmpty())
        return usageError(a.error);
    if (a.positional.size() != 1)
        return usageError(tr("profile add needs exactly one NAME"));
    Profile p;
    p.name = a.positional.first();
    p.kind = a.value(QStringLiteral("kind"));
    p.baseUrl = QUrl(a.value(QStringLiteral("url")), QUrl::StrictMode);
    if (!ProfileStore::isValidName(p.name))
        return usageError(tr("a profile name is 1-64 letters, digits, spaces, '.', '_' or '-'"));
    if (!Backends::kinds().contains(p.kind))
        return usageError(tr("--kind must be one of: %1").arg(Backends::kinds().join(QStringLiteral(", "))));
    if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty())
        return usageError(tr("--url must be a full address, e.g. https://example.org/civicrm/ajax/rest"));
    if (!p.baseUrl.userInfo().isEmpty() || p.baseUrl.hasQuery())
        return usageError(
            tr("--url must not carry credentials or a query; secrets are read from standard input"));
    for (const QString& opt : a.options.values(QStringLiteral("option"))) {
        const qsizetype eq = opt.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return usageError(tr("--option takes KEY=VALUE, not \u201c%1\u201d").arg(opt));
        QString value = opt.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        QString why;
        if (!Profile::isKnownOption(opt.left(eq), &why))
            return usageError(why);
        if (opt.left(eq) == QLatin1String("tls_certificate_sha256")) {
            value = Profile::normalizedFingerprint(value);
            if (value.isEmpty())
                return usageError(tr("tls_certificate_sha256 takes a SHA-256 fingerprint: 64 hex digits"));
        }
        p.options.insert(opt.left(eq), value);
    }
    const QString auth = a.value(QStringLiteral("auth"), QStringLiteral("key"));
    if (auth == QLatin1String("oauth2")) {
        if (p.kind != QLatin1String("civicrm"))
            return usageError(tr("--auth oauth2 is for CiviCRM sites (their Drupal OAuth2 server)"));
        p.options.insert(QStringLiteral("auth"), QStringLiteral("oauth2"));
        if (a.options.contains(QStringLiteral("client-id")))
            p.options.insert(QStringLiteral("oauth_client_id"), a.value(QStringLiteral("client-id")));
        if (p.options.value(QStringLiteral("oauth_client_id")).isEmpty())
            return usageError(
                tr("--auth oauth2 needs --client-id ID (the site's OAuth2 client for CRM Console)"));
        if (const QString problem = OAuth2Endpoints::addressProblem(p); !problem.isEmpty())
            return usageError(problem);
    } else if (auth != QLatin1String("key")) {
        return usageError(tr("--auth must be key or oauth2"));
    }
    QString why;
    if (!p.allowsUrl(&why))
        return usageError(why);
    if (ctx.profiles.contains(p.name))
        return usageError(tr("a profile named \u201c%1\u201d exists; remove it first").arg(p.name));

    // Secrets come on standard input as KEY=VALUE lines (or are prompted for on a terminal).
    const QStringList needed = Backends::secretNames(p);
    QMap<QString, QString> secrets;
    if (isatty(STDIN_FILENO)) {
        for (const QString& n : needed)
            secrets.insert(n, readSecretLine(Backends::secretLabel(n) + QStringLiteral(": ")));
    } else {
        QTextStream in(stdin);
        QString line;
        while (in.readLineInto(&line)) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (line.trimmed().isEmpty())
                continue;
            if (eq <= 0)
                return usageError(tr("standard input must hold KEY=VALUE lines (keys: %1)")
                                      .arg(needed.join(QStringLiteral(", "))));
            secrets.insert(line.left(eq).trimmed(), line.mid(eq + 1));
        }
    }
    for (const QString& n : needed)
        if (secrets.value(n).isEmpty())
            return usageError(tr("missing secret %1 on standard input (one KEY=VALUE a line; keys: %2)")
                                  .arg(n, needed.join(QStringLiteral(", "))));
    const QStringList optional = Backends::optionalSecretNames(p);
    for (const QString& k : secrets.keys())
        if (!needed.contains(k) && !optional.contains(k))
            return usageError(tr("unknown secret %1 for kind %2 (keys: %3)")
                                  .arg(k, p.kind, QStringList(needed + optional).join(QStringLiteral(", "))));

    const Outcome o = await(ctx.credentials.write(p.name, secrets));
    if (o.error)
        return failWith(o.error);
    ctx.profiles.save(p);
    out() << tr("Profile \u201c%1\u201d added (%2, %3). Secrets are in the keychain.")
                 .arg(p.name, p.kind, p.baseUrl.toString())
          << '\n';
    if (!p.usesOAuth2())
        return Ok;
    out().flush();
    int code = Ok;
    auto s = ctx.open(p.name, &code);
    if (!s)
        return code;
    code = SignInCommands::signIn(*s, a.value(QStringLiteral("wait"), QStringLiteral("300")).toInt());
    if (code != Ok)
        err() << tr("crmctl: the profile is kept; sign in later with: crmctl sign-in %1").arg(p.name) << '\n';
    return code;
}

int profileList(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("format")}, {});
    Output::Format f = Output::Format::Table;
    if (!a.error.isEmpty() ||
        !Output::parseFormat(a.value(QStringLiteral("format"), QStringLiteral("table")), &f))
        return usageError(a.error.isEmpty() ? tr("unknown format") : a.error);
    QList<QStringList> rows;
    QJsonArray arr;
    for (const Profile& p : ctx.profiles.profiles()) {
        QStringList opts;
        for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
            opts.append(it.key() + QLatin1Char('=') + it.value());
        rows.append({p.name, p.kind, p.baseUrl.toString(), opts.join(QStringLiteral("; "))});
        arr.append(QJsonObject{{QStringLiteral("name"), p.name},
                               {QStringLiteral("kind"), p.kind},
                               {QStringLiteral("url"), p.baseUrl.toString()},
                               {QStringLiteral("options"), QJsonObject::fromVariantMap(QVariantMap([&] {
                                    QVariantMap m;
                                    for (auto it = p.options.cbegin(); it != p.options.cend(); ++it)
                                        m.insert(it.key(), it.value());
                                    return m;
                                }()))}});
    }
    const QStringList headers{tr("NAME"), tr("KIND"), tr("URL"), tr("OPTIONS")};
    print(f, headers, rows, arr);
    return Ok;
}

int profileRemove(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 1)
        return usageError(tr("profile remove needs exactly one NAME"));
    const auto p = ctx.profiles.profile(argv.first());
    if (!p)
        return usageError(tr("no profile named \u201c%1\u201d").arg(argv.first()));
    const Outcome o = await(ctx.credentials.remove(p->name, Backends::allSecretNames(p->kind)));
    if (o.error)
        return failWith(o.error);
    const QString cache = ProfileStore::cachePathFor(p->name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(cache + suffix);
    for (const QString& marker : Cache::openMarkers(cache))
        QFile::remove(marker);
    ctx.profiles.remove(p->name);
    out() << tr("Profile \u201c%1\u201d removed, with its keychain entries and its cache.").arg(p->name)
          << '\n';
    return Ok;
}

int rebuild(Context& ctx, const QStringList& argv)
{
    Args a(argv, {QStringLiteral("save-to")}, {});
    if (!a.error.isEmpty() || a.positional.size() != 1)
        return usageError(a.error.isEmpty() ? tr("rebuild needs exactly one NAME") : a.error);
    const auto profile = ctx.profiles.profile(a.positional.first());
    if (!profile)
        return usageError(
            tr("no profile named \u201c%1\u201d (see: crmctl profile list)").arg(a.positional.first()));
    QString folder = a.value(QStringLiteral("save-to"));
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    {
        ProfileSession s(*profile, &ctx.credentials, &ctx.nam);
        ProfileSession::Rebuilt done;
        if (CrmError e = s.rebuildCache(folder, &done))
            return failWith(e);
        err() << QCoreApplication::translate("crmctl", "crmctl: %n unsent edit(s) saved to %1", nullptr,
                                             done.unsentEdits)
                     .arg(QDir::toNativeSeparators(done.editsSavedTo))
              << '\n';
        if (!done.damagedKeptAs.isEmpty())
            err() << tr("crmctl: the damaged cache was kept as %1")
                         .arg(QDir::toNativeSeparators(done.damagedKeptAs))
                  << '\n';
    }
    // The fresh cache fills by a full sync, which sends the edits put back first.
    return Commands::sync(ctx, {profile->name});
}

int trustCertificate(Context& ctx, const QStringList& argv)
{
    if (argv.size() != 2)
        return usageError(tr("trust-certificate needs NAME and the certificate's SHA-256 fingerprint"));
    auto profile = ctx.profiles.profile(argv[0]);
    if (!profile)
        return usageError(tr("no profile named \u201c%1\u201d (see: crmctl profile list)").arg(argv[0]));
    const QString fingerprint = Profile::normalizedFingerprint(argv[1]);
    if (fingerprint.isEmpty())
        return usageError(
            tr("a SHA-256 fingerprint is 64 hex digits (colons allowed), as the refusal printed it"));
    // Trusted for this connection only, and only this certificate: a changed one is refused again.
    profile->options.insert(QStringLiteral("tls_certificate_sha256"), fingerprint);
    ctx.profiles.save(*profile);
    int code = Ok;
    auto s = ctx.open(profile->name, &code);
    if (!s)
        return code;
    if ((code = ctx.connect(*s)) != Ok)
        return code;
    const Outcome o = await(s->verbs().probe());
    if (o.error)
        return failWith(o.error);
    out() << tr("The certificate is trusted for %1: %2").arg(profile->name, std::any_cast<QString>(o.value))
          << '\n';
    return Ok;
}

} // namespace

bool run(Context& ctx, const QString& cmd, const QStringList& argv, int* exitCode)
{
    if (cmd == QLatin1String("profile")) {
        const QString sub = argv.value(0);
        if (sub == QLatin1String("add"))
            *exitCode = profileAdd(ctx, argv.mid(1));
        else if (sub == QLatin1String("list"))
            *exitCode = profileList(ctx, argv.mid(1));
        else if (sub == QLatin1String("remove"))
            *exitCode = profileRemove(ctx, argv.mid(1));
        else
            *exitCode = usageError(tr("profile takes add, list or remove"));
        return true;
    }
    static const QMap<QString, Command> commands{
        {QStringLiteral("rebuild"), rebuild},
        {QStringLiteral("trust-certificate"), trustCertificate},
    };
    return dispatch(commands, ctx, cmd, argv, exitCode);
}

QString usage()
{
    return tr("  crmctl profile add NAME --kind %1 --url URL [--option KEY=VALUE]...   "
              "(secrets on stdin, KEY=VALUE a line)\n"
              "  crmctl profile add NAME --kind civicrm --url URL --auth oauth2 --client-id ID [--wait "
              "SECONDS]   "
              "(site_key on stdin; then signs in)\n"
              "  crmctl profile list\n"
              "  crmctl profile remove NAME\n"
              "  crmctl trust-certificate NAME SHA256          (a server's own certificate, as a refusal "
              "printed it)\n"
              "  crmctl rebuild NAME [--save-to FOLDER]          (a damaged cache: unsent edits saved, then "
              "a full sync)\n")
        .arg(Backends::kinds().join(QLatin1Char('|')));
}

} // namespace Commands::ProfileCommands
