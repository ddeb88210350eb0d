#pragma once

#include "rawrecord.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace crm {

/// A postal address of a member. customFields holds the CRM's custom fields by their server key
/// (e.g. "custom_23"); the profile maps keys to labels for display. locationType is the CRM's word for
/// the kind of address (a CiviCRM location type id, a REMP address type such as "print").
struct Address {
    QString id;
    QString locationType;
    bool isPrimary = false;
    QString street;
    QString supplemental;
    QString city;
    QString postalCode;
    QString country;
    QMap<QString, QString> customFields;
    RawRecord raw;
};

/// A phone number of a member. locationType and phoneType are the CRM's ids (see Choice).
struct Phone {
    QString id;
    QString locationType;
    QString phoneType;
    QString number;
    bool isPrimary = false;
    RawRecord raw;
};

/// One of a member's e-mail addresses; the primary one is also Member::email.
struct EmailAddress {
    QString id;
    QString locationType;
    QString email;
    bool isPrimary = false;
    bool onHold = false; ///< mail to it bounced: the CRM sends none until it is released
    RawRecord raw;
};

/// A note on a member's record.
struct Note {
    QString id;
    QString subject;
    QString text;
    QString date; ///< as the CRM writes it
    RawRecord raw;
};

/// One value of a list the CRM names by id (a location type, a country, a gender...): key is what
/// records hold, label what a person reads, code a short form people also type (ISO code, abbreviation),
/// parent the key it belongs to in another list (a province's country).
struct Choice {
    QString list;
    QString key;
    QString label;
    QString code;
    QString parent;
};

/// The lists Choice::list names.
namespace ChoiceList {
inline const QString LocationType = QStringLiteral("location_type");
inline const QString PhoneType = QStringLiteral("phone_type");
inline const QString Gender = QStringLiteral("gender");
inline const QString Country = QStringLiteral("country");
inline const QString Province = QStringLiteral("state_province");
} // namespace ChoiceList

/// A member record as the console shows it, with the CRM's raw record kept beside the mapped fields.
struct Member {
    QString id;
    QString firstName;
    QString lastName;
    QString displayName;
    QString email;
    QString userId;   ///< the member's CMS user account, empty when none
    QString username; ///< that account's login name
    QString modified; ///< the server's change stamp, used to detect conflicting edits
    bool deleted = false;
    QStringList groups; ///< group ids, when the page carried them
    QList<Address> addresses;
    bool hasAddresses = false; ///< addresses were part of the answer (an empty list then means "none")
    QList<Phone> phones;
    QList<EmailAddress> emails;      ///< every e-mail address, the primary one first
    bool hasPhonesAndEmails = false; ///< phones and e-mails were part of the answer
    RawRecord raw;
};

/// How a call names a member: some CRMs take the id, others the e-mail (REMP).
struct MemberRef {
    QString id;
    QString email;
};

/// A member group. A smart group's members are computed by the CRM and cannot be edited by hand.
struct Group {
    QString id;
    QString name;
    QString title;
    QString description;
    bool smart = false;
    bool active = true;
    qint64 memberCount = -1; ///< -1 when not known
    QJsonObject raw;
};

/// One page of members and where to continue; the cursor is opaque to everything but the backend.
struct MemberPage {
    QList<Member> members;
    QString nextCursor; ///< where a sync resumes after this page
    bool last = false;
    QString rest; ///< of a slice (MemberSlices) that held more than a page: the part still to read
    /// The cursor of every later page, when the first page tells how many there are (REMP's
    /// totalPages): a sync asks for them side by side.
    QStringList laterPages;
};

/// The ids of the members a slice holds (MemberChanges), read to find who is no longer there.
struct MemberIdPage {
    QStringList ids;
    QString nextCursor; ///< where a sync resumes after this page
    bool last = false;
    QString rest; ///< of a slice that held more than a page: the part still to read
};

/// One page of a group's member ids.
struct GroupMemberPage {
    QStringList memberIds;
    QString nextCursor;
    bool last = false;
};

/// A person linked to a membership (a family member, a colleague), who shares its benefits.
struct LinkedMember {
    QString id; ///< the CRM's id of the link (SheepCRM "luid")
    QString email;
    QString firstName;
    QString lastName;
    RawRecord raw;
};

/// A membership a member holds, with the members linked to it.
struct Membership {
    QString id; ///< SheepCRM "muid"
    QString number;
    QString type;
    QString status;
    QString startDate;
    QString endDate;
    QString amount; ///< as the CRM writes it; empty when none
    QString currency;
    QString role;       ///< the member's role in it: owner or linked member
    int maxLinked = -1; ///< how many linked members it allows; -1 when not known
    QList<LinkedMember> linked;
    RawRecord raw;
};

/// One user-meta entry (REMP): a key with a text value, public ones shown to the member.
struct MetaEntry {
    QString key;
    QString value;
    bool isPublic = false;
};

/// A member found by a meta key, with that key's value.
struct MetaMatch {
    QString memberId;
    QString value;
};

/// What a CRM says of an e-mail address: taken (by userId) or available, and, when a password was
/// given, whether it is that account's password.
struct EmailCheck {
    QString email;
    bool taken = false;
    QString userId;
    enum class Password { NotChecked, Right, Wrong } password = Password::NotChecked;
};

/// Whether an e-mail address has a user account in the CRM, and in which state.
struct AccountStatus {
    QString email;
    bool exists = false;
    /// The CRM's word for the account's state ("active", "preregistered", "blocked"); empty when it
    /// names none.
    QString state;
    QString userId; ///< the account's id or user name, when the CRM tells it
    Member member;  ///< createAccount(): the new member, when the CRM's answer describes it (id set)
};

/// A user account to make for an e-mail address; the names are sent where the CRM takes them.
struct NewAccount {
    QString email;
    QString firstName;
    QString lastName;
};

/// A staff account as the CRM's login call describes it.
struct StaffAccount {
    QString id;
    QString email;
    QString name;
    QStringList roles;
};

/// What a member's sign-in token tells support staff: whose it is and what that account shows.
struct TokenOwner {
    Member member;
    QStringList roles;
    QMap<QString, QString> publicMeta; ///< read with the token's own access, when it gave one
};

/// The editable member fields, named as crmctl and the outbox name them.
namespace Field {
inline const QString FirstName = QStringLiteral("first_name");
inline const QString LastName = QStringLiteral("last_name");
inline const QString Email = QStringLiteral("email");
} // namespace Field

/// The parts of a member record that are added, changed and removed one by one.
enum class PartKind { Phone, Email, Address };

/// How outbox entries and crmctl name a kind of part: "phone", "email", "address".
inline QString partKindName(PartKind kind)
{
    switch (kind) {
    case PartKind::Phone:
        return QStringLiteral("phone");
    case PartKind::Email:
        return QStringLiteral("email");
    case PartKind::Address:
        break;
    }
    return QStringLiteral("address");
}

/// The kind partKindName() names (an address for anything else).
inline PartKind partKindFrom(const QString& name)
{
    if (name == QLatin1String("phone"))
        return PartKind::Phone;
    if (name == QLatin1String("email"))
        return PartKind::Email;
    return PartKind::Address;
}

} // namespace crm
