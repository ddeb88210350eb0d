#pragma once

#include "civicrmdata.h"
#include "civicrmparts.h"
#include "httpserver.h"
#include "oauth2server.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>

/// Emulates CiviCRM API v3 REST as CRM/Utils/REST.php serves it: site key and API key checks with the
/// exact error strings (HTTP 200, is_error 1), XML unless "json" is given, GET only for get actions,
/// the json parameter merged under the other form fields, options.limit defaulting to 25, sequential
/// or id-keyed values, and chained api.X.get calls with $value substitution.
///
/// Entities: Contact (get, getcount, create, delete to the trash and back, getoptions), User (get),
/// UFMatch (get), Group (get), GroupContact (get, create, delete), and a contact's parts and the
/// reference lists (CiviContactParts). Endpoints: /sites/all/modules/civicrm/extern/rest.php and
/// /civicrm/ajax/rest; anything else is the site's HTML.
///
/// With enableOAuth2() the site also signs people in (SandboxOAuth2Server under /oauth2/) and the REST
/// endpoints accept "X-Civi-Auth: Bearer <access token>" in place of the API key, as AuthX does: an
/// unknown or expired token is HTTP 401 with a short text.
class CiviCrmEmulator {
public:
    CiviCrmEmulator(int members, quint32 seed, QString siteKey, QString apiKey);

    /// Answers a request, with what it cost a real CiviCRM (SandboxReply::calls and rows): every API
    /// call, a chained one once per returned record, and every record returned, chained ones included.
    SandboxReply handle(const SandboxRequest& request);
    /// Turns on the site's OAuth2 server; signedInSub is the CMS user whoever signs in becomes.
    void enableOAuth2(const QString& clientId, const QString& clientSecret, const QString& signedInSub,
                      int tokenLifetimeSeconds);
    /// The OAuth2 server enableOAuth2() made, for its settings; nullptr before.
    SandboxOAuth2Server* oauth2() const { return m_oauth.get(); }

private:
    SandboxReply answer(const SandboxRequest& request);
    QJsonObject dispatch(const QString& entity, const QString& action, const QJsonObject& params, bool isGet);
    QJsonObject get(const QString& entity, const QJsonObject& params);
    /// Matching records in id order; stops after enough of them (-1: all).
    QList<QJsonObject> rows(const QString& entity, const QJsonObject& params, qsizetype enough = -1);
    /// Contacts matching a Contact.get's filters, in id order; stops after enough of them (-1: all).
    /// groupOut receives the group filter, if any.
    QList<const CiviData::Contact*> contacts(const QJsonObject& params, qsizetype enough,
                                             const CiviData::Group** groupOut) const;
    /// A sequential Contact.get as JSON bytes, each record's text built once and kept until a write:
    /// the same bytes the generic path writes, fast enough that the console, not the emulator, is what
    /// a sync measures.
    QByteArray contactGet(const QJsonObject& params);
    QJsonObject contactRecord(const CiviData::Contact& c) const;
    QJsonObject withChains(QJsonObject record, const QJsonObject& params);
    QJsonObject contactCreate(const QJsonObject& params);
    QJsonObject contactDelete(const QJsonObject& params);
    QJsonObject groupContactCreate(const QJsonObject& params);
    QJsonObject groupContactDelete(const QJsonObject& params);

    CiviData m_data;
    CiviContactParts m_parts{m_data};
    /// A contact's record as a Contact.get of one shape returns it, and what making it cost.
    struct RecordText {
        QByteArray json;
        int calls = 0;   ///< its chained calls
        qint64 rows = 0; ///< the records they returned
    };
    QHash<QByteArray, QHash<qint64, RecordText>> m_recordTexts; ///< request shape -> contact id -> record
    struct Work {
        int calls = 0;
        qint64 rows = 0;
    };
    Work m_work; ///< what the request being answered has cost so far
    qint64 m_recordBytes = 0;
    static constexpr qint64 kMaxRecordBytes = 256 * 1024 * 1024;
    QString m_siteKey;
    QString m_apiKey;
    std::unique_ptr<SandboxOAuth2Server> m_oauth;
};
