#pragma once

#include "domain/member.h"
#include "domain/signedinuser.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

namespace crm {

template <class T> class Call;

// The optional abilities of a CRM. A backend offers a facet by implementing it and handing it to
// CrmBackend::offer(); whoever needs the ability asks CrmBackend::facet<F>() and gets nullptr when the
// CRM has none. Each call starts one asynchronous Call<T>, T the value it ends with (void: none).

/// Every member, page by page. CRMs that only look members up one at a time have none.
class MemberListing {
public:
    virtual ~MemberListing() = default;
    /// How many members a full sync will bring. Value: qint64 (-1 when the CRM cannot tell).
    virtual Call<qint64>* countMembers() = 0;
    /// Members after cursor (empty: from the start). Value: MemberPage.
    virtual Call<MemberPage>* fetchMemberPage(const QString& cursor, int pageSize) = 0;
};

/// Members listed in slices that can be asked for side by side (CiviCRM: ranges of ids), so a sync
/// keeps several pages on their way instead of waiting for each before asking for the next.
class MemberSlices {
public:
    virtual ~MemberSlices() = default;
    /// The slices after cursor (empty: from the start), in order, about pageSize members each; the
    /// last is open-ended, for members added meanwhile. Value: QStringList.
    virtual Call<QStringList>* planSlices(const QString& cursor, int pageSize) = 0;
    /// Up to pageSize members of a slice. Value: MemberPage; its nextCursor is where a sync resumes
    /// after it, and rest, when not empty, the part of the slice still to read.
    virtual Call<MemberPage>* fetchMemberSlice(const QString& slice, int pageSize) = 0;
};

/// What changed since a stamp of the CRM's own clock, so that a sync after a complete one reads only the
/// members changed since it began, and finds those removed or moved to the trash by listing every id
/// in the slices of MemberSlices (which a CRM with this facet offers).
class MemberChanges {
public:
    virtual ~MemberChanges() = default;
    /// The newest change stamp the CRM holds now, as Member::modified holds stamps; a sync starting
    /// reads it, and the next one asks for what changed from it on. Value: QString (empty: no members).
    virtual Call<QString>* newestChange() = 0;
    /// stamp moved back by seconds, in the same form; empty when stamp is not one.
    virtual QString stampBefore(const QString& stamp, int seconds) const = 0;
    /// Whole members whose stamp is at or after since, after cursor (empty: from the start).
    /// Value: MemberPage.
    virtual Call<MemberPage>* fetchChangedMembers(const QString& since, const QString& cursor,
                                                  int pageSize) = 0;
    /// Up to pageSize ids of the members in a slice of MemberSlices::planSlices(). Value: MemberIdPage;
    /// a CRM that ignores the slice fails it with CrmError::SlicesIgnored.
    virtual Call<MemberIdPage>* fetchMemberIds(const QString& slice, int pageSize) = 0;
    /// Whole members by id; those the CRM no longer has are left out. Value: QList<Member>.
    virtual Call<QList<Member>>* fetchMembers(const QStringList& ids) = 0;
};

/// Groups a member can be added to and removed from.
class GroupBook {
public:
    virtual ~GroupBook() = default;
    /// Every group. Value: QList<Group>.
    virtual Call<QList<Group>>* fetchGroups() = 0;
    /// Value: none.
    virtual Call<void>* addToGroup(const QString& groupId, const MemberRef& member) = 0;
    /// Value: none.
    virtual Call<void>* removeFromGroup(const QString& groupId, const MemberRef& member) = 0;
    /// Whether the groups are the profile's own list (option "groups") rather than the CRM's.
    virtual bool groupsNamedByProfile() const { return false; }
};

/// The CRM lists each group's members. Without it a sync keeps the memberships the console itself
/// changed and never prunes them.
class GroupMemberListing {
public:
    virtual ~GroupMemberListing() = default;
    /// Ids of a group's members after cursor (smart groups included). Value: GroupMemberPage.
    virtual Call<GroupMemberPage>* fetchGroupMemberPage(const QString& groupId, const QString& cursor,
                                                        int pageSize) = 0;
};

/// New members.
class MemberCreation {
public:
    virtual ~MemberCreation() = default;
    /// The optional fields createMember() accepts besides "email", in form order. Secrets (passwords) are
    /// never among them: a new member waits in the outbox, which is not a keychain.
    virtual QStringList memberFields() const = 0;
    /// fields holds "email" and any of memberFields(). Value: Member.
    virtual Call<Member>* createMember(const QVariantMap& fields) = 0;
    /// The members whose primary e-mail is email, read from the CRM, so that a creation whose answer was
    /// lost is checked instead of repeated. Value: QList<Member>, empty for none.
    virtual Call<QList<Member>>* findMembersByEmail(const QString& email) = 0;
};

/// Checks for a new member's e-mail address.
class EmailChecks {
public:
    virtual ~EmailChecks() = default;
    /// Marks a new account's e-mail as confirmed; the same idempotencyKey on a retry makes the CRM do it
    /// once. Value: none.
    virtual Call<void>* confirmMember(const MemberRef& member, const QString& idempotencyKey) = 0;
    /// Whether an e-mail is taken, and whether password (may be empty) is its password. Value: EmailCheck.
    virtual Call<EmailCheck>* checkEmail(const QString& email, const QString& password = {}) = 0;
};

/// Addresses read and written per member, by type, with change requests.
class AddressBook {
public:
    virtual ~AddressBook() = default;
    /// The address types the CRM knows and the fields an address has, in form order.
    virtual QStringList addressTypes() const = 0;
    virtual QStringList addressFields() const = 0;
    /// type empty for every type. Value: QList<Address>.
    virtual Call<QList<Address>>* fetchAddresses(const MemberRef& member, const QString& type = {}) = 0;
    /// Value: QString, the new address id.
    virtual Call<QString>* addAddress(const MemberRef& member, const QString& type,
                                      const QVariantMap& fields) = 0;
    /// Asks for a change of the member's address of that type. Value: QString, the request's id. NotFound
    /// with code ParentAddressMissing when the member has no address of that type.
    virtual Call<QString>* requestAddressChange(const MemberRef& member, const QString& type,
                                                const QVariantMap& fields) = 0;
};

/// Key/value meta per member, public or private, searchable by key.
class MemberMeta {
public:
    virtual ~MemberMeta() = default;
    /// The entries the CRM shows (it may show only public ones). Value: QList<MetaEntry>.
    virtual Call<QList<MetaEntry>>* fetchMeta(const MemberRef& member) = 0;
    /// Adds or replaces entry.key. Value: MetaEntry as stored.
    virtual Call<MetaEntry>* setMeta(const MemberRef& member, const MetaEntry& entry) = 0;
    /// Value: none.
    virtual Call<void>* deleteMeta(const MemberRef& member, const QString& key) = 0;
    /// Members having key (with that value, when value is not null). Value: QList<MetaMatch>.
    virtual Call<QList<MetaMatch>>* findByMeta(const QString& key, const QString& value = {}) = 0;
};

/// Members enter the cache by look-up, one at a time, not by a listing.
class MemberLookup {
public:
    virtual ~MemberLookup() = default;
    /// The member named by key. Value: Member. NotFound when there is none.
    virtual Call<Member>* lookupMember(const QString& key) = 0;
    /// Whether key can name a member in lookupMember(): an e-mail address by default.
    virtual bool acceptsLookupKey(const QString& key) const;
};

/// Actions members took, with consents (Identity).
class MemberActions {
public:
    virtual ~MemberActions() = default;
    /// Records an action with the whole payload (action, consents, source, metadata, survey responses,
    /// cons_hash). Value: none.
    virtual Call<void>* recordAction(const QJsonObject& payload) = 0;
    /// Who acted, as the action payload names them, made from the cached member.
    virtual QJsonObject actionSubject(const Member& member) const = 0;
};

/// Memberships with linked members, which can be added and removed.
class Memberships {
public:
    virtual ~Memberships() = default;
    /// Every membership of the member with its details and linked members. Value: QList<Membership>.
    virtual Call<QList<Membership>>* fetchMemberships(const MemberRef& member) = 0;
    /// Value: none.
    virtual Call<void>* addLinkedMember(const MemberRef& owner, const QString& membershipId,
                                        const LinkedMember& linked) = 0;
    /// Value: none.
    virtual Call<void>* removeLinkedMember(const MemberRef& owner, const QString& membershipId,
                                           const QString& linkedId) = 0;
};

/// The CRM mails a member a link to choose a new password.
class PasswordResets {
public:
    virtual ~PasswordResets() = default;
    /// Value: none.
    virtual Call<void>* sendPasswordReset(const QString& email) = 0;
};

/// Staff accounts that sign in with an e-mail and a password.
class StaffLogin {
public:
    virtual ~StaffLogin() = default;
    /// Value: StaffAccount (with its roles).
    virtual Call<StaffAccount>* staffLogin(const QString& email, const QString& password) = 0;
};

/// Tools for helping a member sign in.
class SupportTokens {
public:
    virtual ~SupportTokens() = default;
    /// Whose is this autologin token. Value: TokenOwner.
    virtual Call<TokenOwner>* verifyAutologinToken(const QString& token) = 0;
    /// A new device token for deviceId. Value: QString (a secret: keychain only).
    virtual Call<QString>* issueDeviceToken(const QString& deviceId) = 0;
};

/// User accounts made one e-mail at a time through the API.
class AccountCreation {
public:
    virtual ~AccountCreation() = default;
    /// Whether the e-mail has a user account; reads only. Value: AccountStatus.
    virtual Call<AccountStatus>* accountStatus(const QString& email) = 0;
    /// Makes the account; with welcomeEmail the CRM mails the person (a welcome or activation e-mail that
    /// lets them choose a password). No password passes through the console. Value: AccountStatus of the
    /// new account. A Validation error with code AccountExists when the e-mail has an account already, so
    /// running a batch again makes nothing twice.
    virtual Call<AccountStatus>* createAccount(const NewAccount& account, bool welcomeEmail) = 0;
    /// How the CRM makes an account, for the person about to start a batch.
    virtual QString howAccountsAreMade() const;
    /// The choice to have the CRM mail each new account, with its & mnemonic.
    virtual QString welcomeEmailChoice() const;
};

/// A member's phones, e-mails and addresses, each added, changed and removed on its own (CiviCRM).
/// Fields are named as the CRM names them; option fields (location_type_id, phone_type_id, country_id,
/// state_province_id) take the keys of ChoiceLists.
class ContactParts {
public:
    virtual ~ContactParts() = default;
    /// The fields a part takes, in form order.
    virtual QStringList partFields(PartKind kind) const = 0;
    /// The member's phones, e-mails and addresses, read now. Value: Member (phones, emails and addresses
    /// set, with hasPhonesAndEmails and hasAddresses).
    virtual Call<Member>* fetchParts(const MemberRef& member) = 0;
    /// Value: QString, the new part's id.
    virtual Call<QString>* addPart(PartKind kind, const MemberRef& member, const QVariantMap& fields) = 0;
    /// Value: none.
    virtual Call<void>* changePart(PartKind kind, const QString& partId, const QVariantMap& fields) = 0;
    /// Value: none.
    virtual Call<void>* removePart(PartKind kind, const QString& partId) = 0;
};

/// Notes on a member's record: read and added (never changed or removed from the console).
class MemberNotes {
public:
    virtual ~MemberNotes() = default;
    /// Value: QList<Note>, oldest first.
    virtual Call<QList<Note>>* fetchNotes(const MemberRef& member) = 0;
    /// Value: QString, the new note's id.
    virtual Call<QString>* addNote(const MemberRef& member, const QString& subject, const QString& text) = 0;
};

/// Members moved to the CRM's trash and back; nothing is deleted for good.
class MemberTrash {
public:
    virtual ~MemberTrash() = default;
    /// Value: none.
    virtual Call<void>* moveToTrash(const MemberRef& member) = 0;
    /// Value: Member, as restored.
    virtual Call<Member>* restoreFromTrash(const MemberRef& member) = 0;
    /// Whether the member is in the trash now. Value: bool.
    virtual Call<bool>* isInTrash(const MemberRef& member) = 0;
};

/// The lists the CRM names by id (location types, phone types, genders, countries, provinces), read once
/// a sync so that records show names.
class ChoiceLists {
public:
    virtual ~ChoiceLists() = default;
    /// Value: QList<Choice>, each list in the CRM's order.
    virtual Call<QList<Choice>>* fetchChoices() = 0;
};

/// The person an OAuth2 sign-in belongs to (CiviCRM).
class SignedInUsers {
public:
    virtual ~SignedInUsers() = default;
    /// Who the credentials belong to (UserInfo, their CMS user and contact) and the groups that contact
    /// is in, smart groups included. Value: SignedInUser.
    virtual Call<SignedInUser>* fetchSignedInUser() = 0;
};

} // namespace crm
