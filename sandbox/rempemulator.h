#pragma once

#include "httpserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

/// Emulates the REMP CRM users module (crm-users-module with crm-api-module) as its code behaves, which
/// differs from its README in places: routes /api/v1/{package}/{action} for any method; Bearer API token
/// checks with the exact 403 bodies; params read from the form body, the query string or a raw JSON
/// body, endpoint by endpoint; `invalid_input` 400s for missing fields; 404 for unknown users and
/// groups; 204 from user-meta/delete; users/list in fixed pages of 1,000 with `users` keyed by id (or
/// `[]`) and a float `totalPages`; a rate limit on users/email; Idempotency-Key replay on users/confirm.
///
/// The API token, the staff login and the autologin token are fixed demo values (see app/sandbox).
class RempEmulator {
public:
    struct Address {
        qint64 id = 0;
        QString type;
        QMap<QString, QString> fields; ///< first_name, last_name, street, number, zip, city, ...
        QString countryIso;
        QString createdAt;
    };
    struct User {
        qint64 id = 0;
        QString uuid, email, firstName, lastName, password, source, note, extId;
        QString createdAt, confirmedAt;
        bool active = true;
        bool anonymized = false;
        QSet<qint64> groups;
        QList<Address> addresses;
        QList<Address> changeRequests;
        struct Meta {
            QString key, value;
            bool isPublic = false;
            qint64 order = 0;
        };
        QList<Meta> meta;
        QString accessToken;
    };

    RempEmulator(int members, quint32 seed, QString apiToken);

    SandboxReply handle(const SandboxRequest& request);

private:
    SandboxReply route(const QString& package, const QString& action, const SandboxRequest& r);
    /// The 403 reply for a request without the API token, or nothing when it carries it.
    std::optional<SandboxReply> checkApiToken(const SandboxRequest& r) const;
    User* userByEmail(const QString& email);
    User* userById(qint64 id);
    User* userByToken(const QString& token);

    SandboxReply usersList(const QMap<QString, QString>& f);
    SandboxReply groupChange(const QMap<QString, QString>& f, bool add);
    SandboxReply update(const QMap<QString, QString>& f);
    SandboxReply emailCheck(const QMap<QString, QString>& f);
    SandboxReply create(const QMap<QString, QString>& f);
    SandboxReply confirm(const SandboxRequest& r, const QMap<QString, QString>& f);
    SandboxReply addresses(const SandboxRequest& r);
    SandboxReply addressCreate(const QMap<QString, QString>& f, bool changeRequest);
    SandboxReply login(const QMap<QString, QString>& f);
    SandboxReply userInfo(const SandboxRequest& r);
    SandboxReply autologin(const QMap<QString, QString>& f);
    SandboxReply deviceToken(const QMap<QString, QString>& f);
    SandboxReply metaUpsert(const SandboxRequest& r);
    SandboxReply metaList(const SandboxRequest& r);
    SandboxReply metaKeyUsers(const SandboxRequest& r);
    SandboxReply metaDelete(const SandboxRequest& r);

    QJsonObject addressJson(const User& u, const Address& a) const;
    QString stamp();

    QList<User> m_users; ///< m_users[i].id == i + 1
    QJsonArray m_mail;   ///< {"to", "kind"} for every e-mail the CRM would have sent (GET /_sandbox/mail)
    QMap<qint64, QString> m_groups;
    QSet<QString> m_addressTypes;
    QMap<QString, QString> m_countries; ///< ISO code -> name
    QString m_apiToken;
    QSet<QByteArray> m_idempotencyKeys;
    QHash<QString, qint64> m_autologinTokens;
    QSet<QString> m_deviceTokens;
    QList<QDateTime> m_emailChecks; ///< when users/email was asked, for its rate limit
    qint64 m_nextAddressId = 1;
    qint64 m_clock = 0;
};
