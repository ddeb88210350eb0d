#pragma once

#include "net/httppolicy.h"

#include "backends/crmbackend.h"
#include "domain/member.h"
#include "net/httpexchange.h"

#include <QJsonObject>
#include <functional>
#include <memory>

namespace crm {

class OAuth2TokenKeeper;
class CiviCrmChanges;
class CiviCrmParts;

/// CiviCRM API v3 over REST (extern/rest.php or civicrm/ajax/rest). Every call is a POST with the
/// site key and API key in the form body; a profile that signs in with OAuth2 sends no API key but the
/// access token in the X-Civi-Auth header (AuthX), renewed by its token keeper when it expires. Members are
/// Contacts with their primary e-mail, their CMS user (chained User.get) and their addresses (chained
/// Address.get), and the page's phones and e-mails read in bulk (contact_id IN the page's ids); pages are
/// keyed by contact id so a large CRM never needs growing offsets. Phones, e-mails, addresses, notes, the
/// trash and the reference lists are CiviCrmParts' facets; what changed since a sync, CiviCrmChanges'.
class CiviCrmBackend : public CrmBackend,
                       public MemberListing,
                       public MemberSlices,
                       public GroupBook,
                       public GroupMemberListing,
                       public MemberCreation,
                       public SignedInUsers {
    Q_OBJECT
public:
    CiviCrmBackend(QUrl endpoint, QString apiKey, QString siteKey, HttpPolicy http,
                   QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~CiviCrmBackend() override;

    QString kind() const override { return QStringLiteral("civicrm"); }
    RecordParts recordParts() const override { return Addresses | UserAccounts; }
    QStringList editableFields() const override;

    Call<QString>* testConnection() override;
    Call<qint64>* countMembers() override;
    Call<MemberPage>* fetchMemberPage(const QString& cursor, int pageSize) override;
    /// Slices are ranges of contact ids ("first,last"; "first," for the open end), planned from the
    /// highest id now; each is read with id BETWEEN its ends (CRM_Core_DAO::acceptedSQLOperators).
    Call<QStringList>* planSlices(const QString& cursor, int pageSize) override;
    Call<MemberPage>* fetchMemberSlice(const QString& slice, int pageSize) override;
    Call<Member>* fetchMember(const QString& id) override;
    Call<QList<Group>>* fetchGroups() override;
    Call<GroupMemberPage>* fetchGroupMemberPage(const QString& groupId, const QString& cursor,
                                                int pageSize) override;
    Call<Member>* updateMember(const QString& id, const QVariantMap& fields) override;
    Call<void>* addToGroup(const QString& groupId, const MemberRef& member) override;
    Call<void>* removeFromGroup(const QString& groupId, const MemberRef& member) override;
    QStringList memberFields() const override;
    /// Contact.create of an Individual with the e-mail as primary e-mail, then the contact read back.
    Call<Member>* createMember(const QVariantMap& fields) override;
    /// Contact.get by e-mail.
    Call<QList<Member>>* findMembersByEmail(const QString& email) override;
    /// The signed-in person: UserInfo, then User.get with id = sub and the chained contact, then every
    /// group with a chained Contact.get for that contact (which counts smart groups too).
    Call<SignedInUser>* fetchSignedInUser() override;

    /// Sign requests with OAuth2 access tokens from keeper instead of the API key; offers SignedInUsers.
    void setTokenKeeper(OAuth2TokenKeeper* keeper);

private:
    friend class CiviCrmChanges;
    friend class CiviCrmParts;
    using Handler = std::function<void(CrmCall*, const HttpResponse&)>;
    using Decoder = std::function<void(CrmCall*, const QJsonObject& envelope)>;
    /// One API call; handler runs on the server's answer (a transport failure fails the call first).
    CrmCall* post(const QString& entity, const QString& action, const QJsonObject& params, Handler handler);
    CrmCall* send(const QString& entity, const QString& action, const QJsonObject& params,
                  const QString& accessToken, const Handler& handler);
    /// One API call; decoder runs on a successful envelope (values checked when requireValues).
    CrmCall* api(const QString& entity, const QString& action, const QJsonObject& params, bool requireValues,
                 Decoder decoder);
    /// A Contact.get; done runs with its contacts decoded as members.
    CrmCall* contacts(const QJsonObject& params, std::function<void(CrmCall*, QList<Member>)> done);
    /// Chains for one member's whole record (one record: a chain runs once).
    static QJsonObject memberParams();
    /// A page of contacts without chains: the contact fields the console shows, nothing chained, since
    /// CiviCRM runs a chained call once per returned record.
    static QJsonObject pageParams();
    /// Adds the addresses, CMS accounts (UFMatch), phones and e-mails of members, each read for all of
    /// them at once (contact_id IN their ids, four requests together), and ends call with them.
    void withRelated(CrmCall* call, QList<Member> members, std::function<void(CrmCall*, QList<Member>)> done);
    /// A page of whole members (pageParams, withRelated) matching filter, after the contact id cursor.
    Call<MemberPage>* contactsAfter(const QJsonObject& filter, const QString& cursor, int pageSize);

    QUrl m_endpoint;
    QString m_apiKey;
    QString m_siteKey;
    HttpPolicy m_http;
    QNetworkAccessManager* m_nam;
    OAuth2TokenKeeper* m_tokens = nullptr;
    std::unique_ptr<CiviCrmParts> m_parts;
    std::unique_ptr<CiviCrmChanges> m_changes;
};

} // namespace crm
