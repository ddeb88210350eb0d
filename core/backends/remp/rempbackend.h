#pragma once

#include "net/httppolicy.h"

#include "backends/crmbackend.h"
#include "net/httpexchange.h"

#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace crm {

/// REMP CRM's users module (/api/v1/...) with a server-to-server API token. Members are users, listed
/// by users/list in pages of 1,000 (id and e-mail only); REMP names a user by e-mail in group calls.
/// REMP has no call that lists groups or their members: the groups are the profile's named list
/// (option "groups", "1:Newsletter;2:Premium readers"), and memberships are what the console itself
/// changed. Addresses are read and written by e-mail and type; user meta by user id. Calls REMP makes
/// public (login, e-mail check, token calls) are sent without the API token. A user's e-mail is edited
/// with users/update.
class RempBackend : public CrmBackend,
                    public MemberListing,
                    public GroupBook,
                    public MemberCreation,
                    public EmailChecks,
                    public AccountCreation,
                    public AddressBook,
                    public MemberMeta,
                    public StaffLogin,
                    public SupportTokens {
    Q_OBJECT
public:
    RempBackend(QUrl baseUrl, QString apiToken, QList<Group> groups, QStringList addressTypes,
                HttpPolicy http, QNetworkAccessManager* nam, QObject* parent = nullptr);

    QString kind() const override { return QStringLiteral("remp"); }

    Call<QString>* testConnection() override;
    Call<qint64>* countMembers() override;
    /// pageSize is ignored: REMP's pages hold 1,000 users.
    Call<MemberPage>* fetchMemberPage(const QString& cursor, int pageSize) override;
    Call<Member>* fetchMember(const QString& id) override;
    /// The e-mail, through users/update (user_id, email): REMP keeps names elsewhere.
    QStringList editableFields() const override { return {QStringLiteral("email")}; }
    /// users/update, then the user read back.
    Call<Member>* updateMember(const QString& id, const QVariantMap& fields) override;
    Call<QList<Group>>* fetchGroups() override;
    Call<void>* addToGroup(const QString& groupId, const MemberRef& member) override;
    Call<void>* removeFromGroup(const QString& groupId, const MemberRef& member) override;
    bool groupsNamedByProfile() const override { return true; }

    QStringList memberFields() const override;
    /// The answer's access token is not kept: the console acts with the API token.
    Call<Member>* createMember(const QVariantMap& fields) override;
    Call<void>* confirmMember(const MemberRef& member, const QString& idempotencyKey) override;
    Call<EmailCheck>* checkEmail(const QString& email, const QString& password = {}) override;
    /// users/email: "taken" is an account.
    Call<AccountStatus>* accountStatus(const QString& email) override;
    /// users/email names the user, users/list reads them (a deactivated user is not listed: none).
    Call<QList<Member>>* findMembersByEmail(const QString& email) override;
    /// users/create without a password (REMP makes one) and with send_email for the welcome e-mail.
    Call<AccountStatus>* createAccount(const NewAccount& account, bool welcomeEmail) override;
    /// The profile's option "address_types" ("print;invoice" when unset).
    QStringList addressTypes() const override { return m_addressTypes; }
    QStringList addressFields() const override;
    Call<QList<Address>>* fetchAddresses(const MemberRef& member, const QString& type = {}) override;
    Call<QString>* addAddress(const MemberRef& member, const QString& type,
                              const QVariantMap& fields) override;
    Call<QString>* requestAddressChange(const MemberRef& member, const QString& type,
                                        const QVariantMap& fields) override;
    /// REMP lists only public entries to an API token.
    Call<QList<MetaEntry>>* fetchMeta(const MemberRef& member) override;
    Call<MetaEntry>* setMeta(const MemberRef& member, const MetaEntry& entry) override;
    Call<void>* deleteMeta(const MemberRef& member, const QString& key) override;
    Call<QList<MetaMatch>>* findByMeta(const QString& key, const QString& value = {}) override;
    Call<StaffAccount>* staffLogin(const QString& email, const QString& password) override;
    /// Logs in with the token, then reads user/info with the access token that gives (kept in memory only).
    Call<TokenOwner>* verifyAutologinToken(const QString& token) override;
    Call<QString>* issueDeviceToken(const QString& deviceId) override;

private:
    using Handler = std::function<void(CrmCall*, const QJsonObject& answer)>;
    /// A POST with form fields; handler runs on a successful answer.
    CrmCall* postForm(const QString& call, const QUrlQuery& fields, Handler handler);
    CrmCall* usersList(const QString& userIds, int page, Handler handler);
    /// Sends with bearer as the Authorization token (none when empty) and any extra headers.
    CrmCall* send(const QString& call, const QByteArray& verb, const QByteArray& contentType,
                  const QByteArray& body, Handler handler, const QByteArray& bearer,
                  const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    CrmCall* sendApi(const QString& call, const QByteArray& verb, const QByteArray& contentType,
                     const QByteArray& body, Handler handler);
    /// A POST with a JSON body (the user-meta calls).
    CrmCall* postJson(const QString& call, const QJsonObject& body, Handler handler);
    /// A POST with form fields and no API token (REMP's public calls).
    CrmCall* postPublic(const QString& call, const QUrlQuery& fields, Handler handler);
    CrmCall* addressCall(const QString& call, const MemberRef& member, const QString& type,
                         const QVariantMap& fields, bool changeRequest);
    /// The refusal for a call that names a member by e-mail when the cache has none.
    CrmCall* refuseWithoutEmail(const MemberRef& member);

    QUrl m_base;
    QString m_token;
    QList<Group> m_groups;
    QStringList m_addressTypes;
    HttpPolicy m_http;
    QNetworkAccessManager* m_nam;
};

} // namespace crm
