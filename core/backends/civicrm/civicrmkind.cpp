#include "backends/civicrm/civicrmbackend.h"
#include "profiles/crmkinds.h"
#include "profiles/profile.h"

#include <QtGlobal>

namespace crm {

BackendKind civicrmKind()
{
    BackendKind k;
    k.kind = QStringLiteral("civicrm");
    k.label = QT_TRANSLATE_NOOP("Backends", "CiviCRM (API v3 REST)");
    k.signIn = {{QStringLiteral("key"),
                 QT_TRANSLATE_NOOP("Backends", "API key and site key"),
                 {QStringLiteral("api_key"), QStringLiteral("site_key")},
                 {}},
                {QStringLiteral("oauth2"),
                 QT_TRANSLATE_NOOP("Backends", "Sign in through the site (OAuth2, in the browser)"),
                 {QStringLiteral("site_key")},
                 {QStringLiteral("client_secret")}}};
    k.keptSecrets = {QStringLiteral("oauth2_tokens")};
    k.options = {{QStringLiteral("oauth_client_id"), QT_TRANSLATE_NOOP("Backends", "C&lient id:"),
                  QT_TRANSLATE_NOOP("Backends", "the site's OAuth2 client for CRM Console"),
                  QStringLiteral("clientId"), true, QStringLiteral("oauth2"), QStringLiteral("client_secret"),
                  QT_TRANSLATE_NOOP("Backends", "Enter the OAuth2 client id the site gave CRM Console.")}};
    k.freeOptions = true;
    k.recordFields = {
        QStringLiteral("middle_name"),  QStringLiteral("nick_name"),   QStringLiteral("birth_date"),
        QStringLiteral("gender_id"),    QStringLiteral("job_title"),   QStringLiteral("do_not_email"),
        QStringLiteral("do_not_phone"), QStringLiteral("do_not_mail"), QStringLiteral("do_not_sms"),
        QStringLiteral("is_opt_out"),   QStringLiteral("phone"),       QStringLiteral("phones"),
        QStringLiteral("emails")};
    k.demo = {QStringLiteral("civicrm"),
              QStringLiteral("Demo sandbox"),
              {{QStringLiteral("custom_23"), QStringLiteral("Regional scope")}},
              {{QStringLiteral("api_key"), QStringLiteral("sandbox-api-key")},
               {QStringLiteral("site_key"), QStringLiteral("sandbox-site-key")}}};
    k.create = [](const Profile& profile, const QMap<QString, QString>& secrets, QNetworkAccessManager* nam,
                  QObject* parent, QString*) -> CrmBackend* {
        return new CiviCrmBackend(profile.baseUrl, secrets.value(QStringLiteral("api_key")),
                                  secrets.value(QStringLiteral("site_key")), HttpPolicy::forProfile(profile),
                                  nam, parent);
    };
    return k;
}

} // namespace crm
