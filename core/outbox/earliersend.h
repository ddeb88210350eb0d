#pragma once

#include "domain/member.h"
#include "outbox/outboxstore.h"

#include <any>

namespace crm {

class CrmBackend;
class CrmCall;

/// What an earlier send of an outbox entry made in the CRM, found before the entry is sent again.
struct EarlierSend {
    bool found = false;
    /// What the entry's own call would have returned: the Member for Create, the address id (QString)
    /// for AddressAdd; empty for the others.
    std::any value;
};

/// Whether sending this kind of entry twice would make two records (a member, an address, a linked
/// member, a recorded action), so a send whose answer was lost must be looked for first. Edits, group
/// changes, meta and confirmations come out the same when repeated.
bool makesRecord(OutboxEntry::Op op);

/// Looks in the CRM for what an earlier send of e (whose answer never came) made: the member with the
/// new e-mail, an address of that type with those fields, a linked member with that e-mail, an action
/// with that type, id, language and time. Value: EarlierSend.
CrmCall* lookForEarlierSend(CrmBackend* backend, const OutboxEntry& e, const MemberRef& ref);

} // namespace crm
