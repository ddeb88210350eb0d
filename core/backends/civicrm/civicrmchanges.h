#pragma once

#include "backends/facets.h"

namespace crm {

class CiviCrmBackend;

/// What changed in a CiviCRM since a stamp: contacts by modified_date (Contact.get with ">=", which
/// CRM_Contact_BAO_Query::dateQueryBuilder takes from CiviCRM 4.6 on), with their parts read in bulk as a
/// sync's pages are, and the contact ids of a range (id BETWEEN, return id) to find the removed.
/// modified_date is the server's local time, "YYYY-MM-DD HH:MM:SS"; it is compared as the server
/// wrote it, never against the desktop's clock.
class CiviCrmChanges : public MemberChanges {
public:
    explicit CiviCrmChanges(CiviCrmBackend& backend) : m_backend(backend) {}

    /// Contact.get sorted by modified_date, newest first, one row.
    Call<QString>* newestChange() override;
    QString stampBefore(const QString& stamp, int seconds) const override;
    Call<MemberPage>* fetchChangedMembers(const QString& since, const QString& cursor, int pageSize) override;
    Call<MemberIdPage>* fetchMemberIds(const QString& slice, int pageSize) override;
    /// Contact.get with id IN the ids.
    Call<QList<Member>>* fetchMembers(const QStringList& ids) override;

private:
    CiviCrmBackend& m_backend;
};

} // namespace crm
