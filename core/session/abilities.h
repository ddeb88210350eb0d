#pragma once

#include <QFlags>
#include <QStringList>

namespace crm {

class CrmBackend;

/// What a person can do with a profile, read from its CRM's facets (so the window offers only what the
/// CRM has the code for) and known without the network or the keychain.
struct Abilities {
    enum Ability {
        EditMembers = 0x1,
        Groups = 0x2,
        GroupListInProfile = 0x4, ///< the groups are the connection's own list, edited there
        ListMembers = 0x8,        ///< a sync brings every member; else members enter by look-up
        LookUp = 0x10,
        CreateMembers = 0x20,
        CheckEmails = 0x40, ///< is an e-mail taken; confirming a new member's e-mail
        AddressBook = 0x80, ///< addresses read and changed by type
        Addresses = 0x100,  ///< addresses come with members (read only)
        Meta = 0x200,
        Memberships = 0x400,
        PasswordResets = 0x800,
        PersonRecords = 0x1000,
        UserAccounts = 0x2000, ///< members may have a CMS user account
        CreateAccounts = 0x4000,
        MemberActions = 0x8000,
        StaffLogin = 0x10000,
        SupportTokens = 0x20000,
        SignedInUser = 0x40000,
        ContactParts = 0x80000, ///< phones, e-mails and addresses added, changed and removed one by one
        Notes = 0x100000,
        Trash = 0x200000,
        ChoiceLists = 0x400000 ///< ids of locations, countries... named by lists read at each sync
    };
    Q_DECLARE_FLAGS(Set, Ability)

    Set set;
    QStringList editableFields;                              ///< in form order
    QStringList phoneFields, emailFields, partAddressFields; ///< ContactParts' fields, in form order
    QStringList listFields;                                  ///< editable or new-member fields given as lists
    QStringList memberFields; ///< a new member's optional fields besides "email"
    QStringList addressTypes;
    QStringList addressFields;
    QString howAccountsAreMade; ///< with CreateAccounts
    QString welcomeEmailChoice; ///< with CreateAccounts

    bool has(Ability a) const { return set.testFlag(a); }
    bool hasAny(Set any) const { return bool(set & any); }

    /// Everything backend offers; nothing for nullptr.
    static Abilities of(const CrmBackend* backend);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Abilities::Set)

} // namespace crm
