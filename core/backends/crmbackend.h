#pragma once

#include "domain/member.h"
#include "profiles/profile.h"

#include <QFlags>
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
        GroupMembersListed = 0x40
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
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CrmBackend::Capabilities)

/// Knows every backend kind: which secrets each needs and how to make one for a profile.
namespace Backends {
QStringList kinds();
/// The keychain entries a kind needs, e.g. {"api_key", "site_key"} for civicrm.
QStringList secretNames(const QString& kind);
/// A label for a secret, for forms ("API key").
QString secretLabel(const QString& name);
/// A backend for the profile, or nullptr (with *error set) when the kind is unknown or the URL refused.
CrmBackend* create(const Profile& profile, const QMap<QString, QString>& secrets, QNetworkAccessManager* nam,
                   QObject* parent, QString* error);
} // namespace Backends

} // namespace crm
