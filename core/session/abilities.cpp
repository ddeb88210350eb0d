#include "abilities.h"

#include "backends/crmbackend.h"

namespace crm {

Abilities Abilities::of(const CrmBackend* b)
{
    Abilities a;
    if (!b)
        return a;
    a.editableFields = b->editableFields();
    a.listFields = b->listFields();
    if (!a.editableFields.isEmpty())
        a.set |= EditMembers;
    if (const auto* g = b->facet<crm::GroupBook>()) {
        a.set |= Groups;
        if (g->groupsNamedByProfile())
            a.set |= GroupListInProfile;
    }
    if (b->has<crm::MemberListing>())
        a.set |= ListMembers;
    if (b->has<crm::MemberLookup>())
        a.set |= LookUp;
    if (const auto* c = b->facet<crm::MemberCreation>()) {
        a.set |= CreateMembers;
        a.memberFields = c->memberFields();
    }
    if (b->has<crm::EmailChecks>())
        a.set |= CheckEmails;
    if (const auto* book = b->facet<crm::AddressBook>()) {
        a.set |= AddressBook;
        a.addressTypes = book->addressTypes();
        a.addressFields = book->addressFields();
    }
    const auto parts = b->recordParts();
    if (parts & CrmBackend::Addresses)
        a.set |= Addresses;
    if (parts & CrmBackend::Person)
        a.set |= PersonRecords;
    if (parts & CrmBackend::UserAccounts)
        a.set |= UserAccounts;
    if (b->has<crm::MemberMeta>())
        a.set |= Meta;
    if (b->has<crm::Memberships>())
        a.set |= Memberships;
    if (b->has<crm::PasswordResets>())
        a.set |= PasswordResets;
    if (const auto* accounts = b->facet<crm::AccountCreation>()) {
        a.set |= CreateAccounts;
        a.howAccountsAreMade = accounts->howAccountsAreMade();
        a.welcomeEmailChoice = accounts->welcomeEmailChoice();
    }
    if (b->has<crm::MemberActions>())
        a.set |= MemberActions;
    if (b->has<crm::StaffLogin>())
        a.set |= StaffLogin;
    if (b->has<crm::SupportTokens>())
        a.set |= SupportTokens;
    if (const auto* parts = b->facet<crm::ContactParts>()) {
        a.set |= ContactParts;
        a.phoneFields = parts->partFields(crm::PartKind::Phone);
        a.emailFields = parts->partFields(crm::PartKind::Email);
        a.partAddressFields = parts->partFields(crm::PartKind::Address);
    }
    if (b->has<crm::MemberNotes>())
        a.set |= Notes;
    if (b->has<crm::MemberTrash>())
        a.set |= Trash;
    if (b->has<crm::ChoiceLists>())
        a.set |= ChoiceLists;
    if (b->has<crm::SignedInUsers>())
        a.set |= SignedInUser;
    return a;
}

} // namespace crm
