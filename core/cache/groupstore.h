#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QMap>
#include <optional>

namespace crm {

class Cache;
namespace CacheSql {
class Transaction;
}

/// The groups and who is in them.
class GroupStore {
public:
    explicit GroupStore(Cache& cache) : m_cache(cache) {}

    /// Replaces the group list (groups not in the list are removed with their memberships).
    CrmError writeGroups(const QList<Group>& groups, const QMap<QString, QString>& state);
    QList<Group> groups() const; ///< with memberCount from the cached memberships
    std::optional<Group> group(const QString& id) const;
    /// Adds a page of a group's member ids, seen in generation gen, plus state, in one transaction.
    CrmError writeGroupMemberPage(const QString& groupId, const QStringList& memberIds, qint64 gen,
                                  const QMap<QString, QString>& state);
    /// Drops the group's memberships not seen in generation gen.
    CrmError pruneGroupMembers(const QString& groupId, qint64 gen, const QMap<QString, QString>& state);
    CrmError setMembership(const QString& groupId, const QString& memberId, bool member);
    /// Group ids of a member.
    QStringList groupsOf(const QString& memberId) const;

private:
    /// Writes state, commits tx and announces the change.
    CrmError finish(CacheSql::Transaction& tx, const QMap<QString, QString>& state);

    Cache& m_cache;
};

} // namespace crm
