#pragma once

#include "httpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/// Emulates an Identity deployment's member API as its public clients use it: POST /api/member/details
/// (JSON body with api_token and one of guid, email or id; `{}` with HTTP 200 when no member matches;
/// consents, employment and actions when asked for) and POST /api/member_actions/create (the action
/// payload with api_token; the member is upserted from cons_hash, the action found or made by
/// action_technical_type, external_id and language, and the consents recorded). A bad token answers 403;
/// consents must be set up before use (privacy_policy_20180525, email_opt_in_consent_20180525,
/// sms_opt_in_consent_20180525), others are refused with 400.
class IdentityEmulator {
public:
    IdentityEmulator(int members, quint32 seed, QString apiToken);

    SandboxReply handle(const SandboxRequest& request);

private:
    struct Member {
        qint64 id = 0;
        QString guid;
        QJsonObject fields; ///< first_name, last_name, email, phone_number, address, donations, segments, ...
        QJsonArray consents;
        QJsonArray actions;
    };
    SandboxReply details(const QJsonObject& body);
    SandboxReply createAction(const QJsonObject& body);
    Member* find(const QJsonObject& key);
    QJsonObject memberJson(const Member& m, const QJsonObject& flags) const;

    QString m_token;
    QList<Member> m_members;
    QStringList m_consents;
    qint64 m_nextId = 1;
};
