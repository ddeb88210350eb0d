#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <optional>

namespace crm {

class Cache;

/// What a member record holds besides its own row, as the CRM's calls give it: addresses, phones,
/// e-mails, notes, user meta, memberships with their linked members.
class RecordStore {
public:
    explicit RecordStore(Cache& cache) : m_cache(cache) {}

    /// Replaces a member's addresses with the ones a CRM listed.
    CrmError replaceAddresses(const QString& memberId, const QList<Address>& addresses);
    /// Replaces a member's phones and e-mails (and addresses, when parts.hasAddresses) with parts'.
    CrmError replaceParts(const QString& memberId, const Member& parts);

    /// Replaces a member's notes with the ones a CRM listed; notes() gives them oldest first.
    CrmError replaceNotes(const QString& memberId, const QList<Note>& notes);
    QList<Note> notes(const QString& memberId) const;

    QList<MetaEntry> metaOf(const QString& memberId) const; ///< ordered by key
    CrmError putMeta(const QString& memberId, const MetaEntry& entry);
    CrmError dropMeta(const QString& memberId, const QString& key);
    /// Takes the public entries a CRM listed: public ones it no longer lists go, private ones (which it
    /// never lists) stay, and keys with an unsent edit keep the edit.
    CrmError replacePublicMeta(const QString& memberId, const QList<MetaEntry>& entries);

    /// Replaces a member's memberships (with their linked members) with the ones a CRM listed.
    CrmError replaceMemberships(const QString& memberId, const QList<Membership>& memberships);
    QList<Membership> memberships(const QString& memberId) const;
    /// One membership with its linked members; *memberId (when given) is whose it is.
    std::optional<Membership> membership(const QString& id, QString* memberId = nullptr) const;

private:
    /// The member's search words (phones, postal codes, cities) again, from what the cache holds now.
    CrmError refreshSearchWords(const QString& memberId);
    Cache& m_cache;
};

} // namespace crm
