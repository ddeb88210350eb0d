#pragma once

#include "domain/member.h"
#include "outbox/outboxstore.h"

#include <any>

namespace crm {

class Cache;
class CrmBackend;
class CrmCall;

/// What an outbox operation works with.
struct OutboxContext {
    CrmBackend& backend;
    Cache& cache;
    OutboxStore& store;
};

/// What an earlier send of an outbox entry made in the CRM, found before the entry is sent again.
struct EarlierSend {
    bool found = false;
    /// What the entry's own call would have returned (the Member for a new member, the address id for
    /// a new address); empty for the others.
    std::any value;
};

/// How one kind of outbox entry goes to the CRM and comes back into the cache: the runner orders,
/// sends and settles, each operation knows its facet and its answer. One instance per kind (of()).
class OutboxOperation {
public:
    virtual ~OutboxOperation() = default;
    static const OutboxOperation& of(OutboxEntry::Op op);

    /// Sends the entry through the facet its kind needs (a CRM without it refuses). Value: what the
    /// facet's call returns. A member edit first reads the record back: one changed on the server since
    /// the edit was based on it ends with Kind::Conflict, the server's version noted on the entry.
    virtual CrmCall* send(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const = 0;
    /// Whether sending it twice would make two records (a member, an address, a linked member, an
    /// action): a send whose answer was lost is looked for first. Edits, group changes, meta and
    /// confirmations come out the same when repeated.
    virtual bool makesRecord() const { return false; }
    /// Looks in the CRM for what an earlier send of e made. Value: EarlierSend.
    virtual CrmCall* lookForEarlier(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref) const;
    /// Brings the cache in line with the accepted answer (value: what send() returned, or what
    /// lookForEarlier() found). A call to wait for when records are read back, else nullptr.
    virtual CrmCall* apply(const OutboxContext& c, const OutboxEntry& e, const MemberRef& ref,
                           const std::any& value) const;
};

} // namespace crm
