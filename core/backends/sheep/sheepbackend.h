#pragma once

#include "net/httppolicy.h"

#include "backends/crmbackend.h"
#include "net/httpexchange.h"

#include <QJsonValue>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

namespace crm {

/// SheepCRM's v1 member API (/api/v1/{flock}/user/...) with a system (flock) token. SheepCRM cannot
/// list its members: they are looked up by e-mail. A member's id is their username. Edits are PUTs of
/// JSON in which a list replaces the CRM's list (the console always sends the whole list it means);
/// first name, last name and e-mail go to the user account (which updates the person too), the other
/// fields to the person record. SheepCRM answers 404 for bad credentials as for missing records, so
/// each call says which of the two is likely.
class SheepBackend : public CrmBackend,
                     public MemberLookup,
                     public MemberCreation,
                     public AccountCreation,
                     public Memberships,
                     public PasswordResets {
    Q_OBJECT
public:
    SheepBackend(QUrl baseUrl, QString flock, QString token, HttpPolicy http, QNetworkAccessManager* nam,
                 QObject* parent = nullptr);

    QString kind() const override { return QStringLiteral("sheep"); }
    RecordParts recordParts() const override { return Addresses | UserAccounts | Person; }

    /// SheepCRM has no call that proves a token without a member: this checks that the flock's API
    /// answers, and says that the token is proven by the first look-up.
    Call<QString>* testConnection() override;
    /// id: the username.
    Call<Member>* fetchMember(const QString& id) override;
    /// fields: editableFields(); list fields take a QStringList.
    Call<Member>* updateMember(const QString& id, const QVariantMap& fields) override;

    QStringList editableFields() const override;
    QStringList listFields() const override;
    QStringList memberFields() const override;
    /// Creates the account (e-mail only; SheepCRM sets a random password), then sets the other fields.
    Call<Member>* createMember(const QVariantMap& fields) override;
    Call<Member>* lookupMember(const QString& email) override;
    /// A look-up by e-mail: SheepCRM has one person per e-mail.
    Call<QList<Member>>* findMembersByEmail(const QString& email) override;
    Call<QList<Membership>>* fetchMemberships(const MemberRef& member) override;
    Call<void>* addLinkedMember(const MemberRef& owner, const QString& membershipId,
                                const LinkedMember& linked) override;
    Call<void>* removeLinkedMember(const MemberRef& owner, const QString& membershipId,
                                   const QString& linkedId) override;
    Call<void>* sendPasswordReset(const QString& email) override;
    /// Pre-auth: 404 means no account.
    Call<AccountStatus>* accountStatus(const QString& email) override;
    /// Pre-registration (which joins the person who has the e-mail, or makes one); welcomeEmail is
    /// require_activation, the e-mail with which the person activates the account and sets a password.
    /// The answer's session token belongs to the new user and is dropped unread. Names are not sent:
    /// pre-registration takes none.
    Call<AccountStatus>* createAccount(const NewAccount& account, bool welcomeEmail) override;
    QString howAccountsAreMade() const override;
    QString welcomeEmailChoice() const override;

private:
    using Handler = std::function<void(CrmCall*, const QJsonValue& answer)>;
    /// What a 404 from this call most likely means, in words (SheepCRM also answers 404 to bad tokens).
    using NotFound = std::function<CrmError(const CrmError& error)>;
    CrmCall* send(const QString& path, const QByteArray& verb, const QByteArray& contentType,
                  const QByteArray& body, bool withToken, Handler handler, NotFound notFound = {});
    CrmCall* getJson(const QString& path, Handler handler, NotFound notFound = {});
    CrmCall* sendJson(const QString& path, const QByteArray& verb, const QJsonValue& body, Handler handler,
                      NotFound notFound = {});
    CrmCall* postForm(const QString& path, const QUrlQuery& fields, bool withToken, Handler handler,
                      NotFound notFound = {});
    /// A member read whole: the user record, then pre-auth for the account status.
    CrmCall* readMember(const QString& path, const NotFound& notFound);
    /// PUTs the fields (account ones, then person ones) and reads the member back.
    CrmCall* writeFields(const QString& username, const QVariantMap& fields);
    CrmError knownUserMissing(const CrmError& e, const QString& username) const;

    QUrl m_base;
    QString m_flock;
    QString m_token;
    HttpPolicy m_http;
    QNetworkAccessManager* m_nam;
};

} // namespace crm
