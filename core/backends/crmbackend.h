#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"
#include "profiles/profile.h"

#include <QFlags>
#include <QJsonObject>
#include <QObject>
#include <QVariantMap>

class QNetworkAccessManager;

namespace crm {

class CrmCall;

/// Translates the console's domain operations into one CRM's wire format and back. A backend holds no
/// cache and no UI; each method starts one asynchronous call (see CrmCall) whose value type is named
/// beside it. Backends declare what they can do; callers check capabilities() before calling.
class CrmBackend : public QObject {
    Q_OBJECT
public:
    enum Capability {
        ListMembers = 0x1,   ///< can enumerate every member (paged)
        EditMember = 0x2,    ///< first name, last name, e-mail
        Groups = 0x4,        ///< list groups, add/remove members
        SmartGroups = 0x8,   ///< some groups are computed by the CRM and read-only
        Addresses = 0x10,    ///< addresses come with members
        UserAccounts = 0x20, ///< members may have a CMS user account
        /// the CRM lists each group's members (fetchGroupMemberPage); without it a sync keeps the
        /// memberships the console itself changed and never prunes them
        GroupMembersListed = 0x40,
        CreateMember = 0x80,     ///< createMember(), with the fields memberFields() names
        ConfirmMember = 0x100,   ///< confirmMember(): mark a new account's e-mail as confirmed
        CheckEmail = 0x200,      ///< checkEmail(): is an e-mail taken, and is this its password
        AddressBook = 0x400,     ///< addresses read and written per member, by type, with change requests
        MemberMeta = 0x800,      ///< key/value meta per member, public or private, searchable by key
        StaffLogin = 0x1000,     ///< staffLogin(): verify a staff e-mail and password, read the roles
        SupportTokens = 0x2000,  ///< verify a member's sign-in token, issue device tokens
        LookupMembers = 0x4000,  ///< members enter the cache by look-up (lookupMember), not by a listing
        Memberships = 0x8000,    ///< memberships with linked members, which can be added and removed
        PasswordReset = 0x10000, ///< sendPasswordReset(): the CRM mails the member a reset link
        /// the raw record carries a person ("person": address lines, locality, region, postal code,
        /// country, telephone, comms permission, tags) and an "account_status"
        PersonRecords = 0x20000,
        MemberActions = 0x40000, ///< recordAction(): an action a member took, with consents (Identity)
        /// fetchSignedInUser(): the person an OAuth2 sign-in belongs to, with their groups (CiviCRM)
        SignedInUsers = 0x80000,
        /// accountStatus() and createAccount(): user accounts made one e-mail at a time through the API
        CreateAccounts = 0x100000
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    using QObject::QObject;
    ~CrmBackend() override = default;

    virtual QString kind() const = 0;
    virtual Capabilities capabilities() const = 0;

    /// Checks address and credentials with one cheap call. Value: QString, a short description.
    virtual CrmCall* testConnection() = 0;
    /// How many members a full sync will bring. Value: qint64 (-1 when the CRM cannot tell).
    virtual CrmCall* countMembers() = 0;
    /// Members after cursor (empty: from the start). Value: MemberPage.
    virtual CrmCall* fetchMemberPage(const QString& cursor, int pageSize) = 0;
    /// One member, fully. Value: Member. NotFound when there is none.
    virtual CrmCall* fetchMember(const QString& id) = 0;
    /// Every group. Value: QList<Group>.
    virtual CrmCall* fetchGroups() = 0;
    /// Ids of a group's members after cursor (smart groups included). Value: GroupMemberPage.
    virtual CrmCall* fetchGroupMemberPage(const QString& groupId, const QString& cursor, int pageSize) = 0;
    /// Changes the given fields (Field::FirstName, ...). Value: Member, as the server now has it.
    virtual CrmCall* updateMember(const QString& id, const QVariantMap& fields) = 0;
    /// Value: none.
    virtual CrmCall* addToGroup(const QString& groupId, const MemberRef& member) = 0;
    /// Value: none.
    virtual CrmCall* removeFromGroup(const QString& groupId, const MemberRef& member) = 0;

    // Each call below belongs to a capability; without it the call fails with a Local error.

    /// CreateMember: the optional fields createMember() accepts besides "email", in form order. Secrets
    /// (passwords) are never among them: an edit waits in the outbox, which is not a keychain.
    virtual QStringList memberFields() const { return {}; }
    /// CreateMember: fields holds "email" and any of memberFields(). Value: Member.
    virtual CrmCall* createMember(const QVariantMap& fields);
    /// ConfirmMember: the same idempotencyKey on a retry makes the CRM do it once. Value: none.
    virtual CrmCall* confirmMember(const MemberRef& member, const QString& idempotencyKey);
    /// CheckEmail: password may be empty. Value: EmailCheck.
    virtual CrmCall* checkEmail(const QString& email, const QString& password = {});
    /// AddressBook: the address types the CRM knows and the fields an address has, in form order.
    virtual QStringList addressTypes() const { return {}; }
    virtual QStringList addressFields() const { return {}; }
    /// AddressBook: type empty for every type. Value: QList<Address>.
    virtual CrmCall* fetchAddresses(const MemberRef& member, const QString& type = {});
    /// AddressBook. Value: QString, the new address id.
    virtual CrmCall* addAddress(const MemberRef& member, const QString& type, const QVariantMap& fields);
    /// AddressBook: asks for a change of the member's address of that type. Value: QString, the request's
    /// id. NotFound with code ParentAddressMissing when the member has no address of that type.
    virtual CrmCall* requestAddressChange(const MemberRef& member, const QString& type,
                                          const QVariantMap& fields);
    /// MemberMeta: the entries the CRM shows (it may show only public ones). Value: QList<MetaEntry>.
    virtual CrmCall* fetchMeta(const MemberRef& member);
    /// MemberMeta: adds or replaces entry.key. Value: MetaEntry as stored.
    virtual CrmCall* setMeta(const MemberRef& member, const MetaEntry& entry);
    /// MemberMeta. Value: none.
    virtual CrmCall* deleteMeta(const MemberRef& member, const QString& key);
    /// MemberMeta: members having key (with that value, when value is not null). Value: QList<MetaMatch>.
    virtual CrmCall* findByMeta(const QString& key, const QString& value = {});
    /// EditMember: the fields updateMember() takes, in form order, and which of them are lists (sent
    /// whole: the list given replaces the CRM's).
    virtual QStringList editableFields() const
    {
        return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email")};
    }
    virtual QStringList listFields() const { return {}; }
    /// LookupMembers: the member with this e-mail. Value: Member. NotFound when there is none.
    virtual CrmCall* lookupMember(const QString& email);
    /// LookupMembers: whether key can name a member in lookupMember() (an e-mail address; Identity also
    /// takes a guid).
    virtual bool acceptsLookupKey(const QString& key) const;
    /// MemberActions: records an action with the whole payload (action, consents, source, metadata,
    /// survey responses, cons_hash). Value: none.
    virtual CrmCall* recordAction(const QJsonObject& payload);
    /// MemberActions: who acted, as the action payload names them (Identity's cons_hash), made from the
    /// cached member.
    virtual QJsonObject actionSubject(const Member& member) const;
    /// Memberships: every membership of the member with its details and linked members.
    /// Value: QList<Membership>.
    virtual CrmCall* fetchMemberships(const MemberRef& member);
    /// Memberships. Value: none.
    virtual CrmCall* addLinkedMember(const MemberRef& owner, const QString& membershipId,
                                     const LinkedMember& linked);
    /// Memberships. Value: none.
    virtual CrmCall* removeLinkedMember(const MemberRef& owner, const QString& membershipId,
                                        const QString& linkedId);
    /// PasswordReset. Value: none.
    virtual CrmCall* sendPasswordReset(const QString& email);
    /// StaffLogin. Value: StaffAccount.
    virtual CrmCall* staffLogin(const QString& email, const QString& password);
    /// SupportTokens: whose is this autologin token. Value: TokenOwner.
    virtual CrmCall* verifyAutologinToken(const QString& token);
    /// SupportTokens: a new device token for deviceId. Value: QString (a secret: keychain only).
    virtual CrmCall* issueDeviceToken(const QString& deviceId);
    /// The members whose primary e-mail is email, read from the CRM (so an import sent before can be
    /// checked instead of repeated). Value: QList<Member>, empty for none. By default lookupMember()
    /// where the CRM looks members up; refused elsewhere.
    virtual CrmCall* findMembersByEmail(const QString& email);
    /// CreateAccounts: whether the e-mail has a user account; reads only. Value: AccountStatus.
    virtual CrmCall* accountStatus(const QString& email);
    /// CreateAccounts: makes the account; with welcomeEmail the CRM mails the person (a welcome or
    /// activation e-mail that lets them choose a password). No password passes through the console.
    /// Value: AccountStatus of the new account. A Validation error with code AccountExists when the
    /// e-mail has an account already, so running a batch again makes nothing twice.
    virtual CrmCall* createAccount(const NewAccount& account, bool welcomeEmail);
    /// SignedInUsers: who the credentials belong to (UserInfo, their CMS user and contact) and the groups
    /// that contact is in, smart groups included. Value: SignedInUser.
    virtual CrmCall* fetchSignedInUser();

protected:
    /// A call that fails from the event loop with error.
    CrmCall* refuse(const CrmError& error);

private:
    CrmCall* unsupported();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CrmBackend::Capabilities)

/// Knows every backend kind: which secrets each needs and how to make one for a profile.
namespace Backends {
QStringList kinds();
/// The keychain entries a kind needs, e.g. {"api_key", "site_key"} for civicrm; with auth "oauth2"
/// only {"site_key"} (the tokens come from signing in).
QStringList secretNames(const QString& kind, const QString& auth = {});
QStringList secretNames(const Profile& profile);
/// The keychain entries a user may give a kind but need not, e.g. {"staff_password"} for remp (read
/// only by the call that uses it), {"client_secret"} for civicrm with oauth2.
QStringList optionalSecretNames(const QString& kind, const QString& auth = {});
QStringList optionalSecretNames(const Profile& profile);
/// Every keychain entry a profile of the kind may have, in any mode: what removing a profile removes.
QStringList allSecretNames(const QString& kind);
/// A label for a secret, for forms ("API key").
QString secretLabel(const QString& name);
/// A backend for the profile, or nullptr (with *error set) when the kind is unknown or the URL refused.
CrmBackend* create(const Profile& profile, const QMap<QString, QString>& secrets, QNetworkAccessManager* nam,
                   QObject* parent, QString* error);
} // namespace Backends

} // namespace crm
