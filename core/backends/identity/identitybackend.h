#pragma once

#include "net/httppolicy.h"

#include "backends/crmbackend.h"

#include <QJsonObject>

class QNetworkAccessManager;
#include <QUrl>
#include <functional>

namespace crm {

/// An Identity deployment's member API with an API token, which goes in every POST's JSON body (never in
/// a URL). Identity cannot list its members: they are looked up by guid or e-mail, with consents,
/// employment and actions. Member actions are recorded with the whole payload the caller built
/// (recordAction); the member is upserted by Identity from its cons_hash.
class IdentityBackend : public CrmBackend, public MemberLookup, public MemberActions {
    Q_OBJECT
public:
    IdentityBackend(QUrl deployment, QString apiToken, HttpPolicy http, QNetworkAccessManager* nam,
                    QObject* parent = nullptr);

    QString kind() const override { return QStringLiteral("identity"); }
    RecordParts recordParts() const override { return Addresses; }

    /// Looks up a made-up address: `{}` proves the token and the address.
    Call<QString>* testConnection() override;
    /// id: the guid.
    Call<Member>* fetchMember(const QString& id) override;

    /// key: an e-mail address or a guid.
    Call<Member>* lookupMember(const QString& key) override;
    bool acceptsLookupKey(const QString& key) const override;
    Call<void>* recordAction(const QJsonObject& payload) override;
    QJsonObject actionSubject(const Member& member) const override;

private:
    using Handler = std::function<void(CrmCall*, const QJsonObject&)>;
    CrmCall* post(const QString& path, QJsonObject body, Handler handler);
    CrmCall* details(const QString& field, const QString& value);

    QUrl m_base;
    QString m_token;
    HttpPolicy m_http;
    QNetworkAccessManager* m_nam;
};

} // namespace crm
