#pragma once

#include "backends/crmbackend.h"
#include "domain/member.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace crm {

/// Shows one member: the mapped fields, addresses (with custom fields under their profile labels, or by
/// type with their own buttons where the CRM keeps an address book), the groups they belong to, user
/// meta, and every raw field the CRM sent. Tabs for what the CRM lacks are hidden. Edits are asked
/// for through signals; the panel itself changes nothing.
class MemberDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit MemberDetailPanel(QWidget* parent = nullptr);

    /// Shows the tabs and buttons the CRM's capabilities allow.
    void setCapabilities(CrmBackend::Capabilities capabilities);
    /// labels: custom-field key -> label; groupTitles: group id -> title.
    void showMember(const Member& member, const QMap<QString, QString>& labels,
                    const QMap<QString, QString>& groupTitles, bool pendingEdit,
                    const QList<MetaEntry>& meta = {});
    void clear();
    /// The member shown, or an empty string.
    QString memberId() const { return m_memberId; }
    /// The addresses shown (for the address dialogs).
    const QList<Address>& addresses() const { return m_shownAddresses; }

Q_SIGNALS:
    void addAddressRequested();
    /// type: the selected address's type, or empty.
    void addressChangeRequested(const QString& type);
    /// entry.key empty: a new entry.
    void metaEditRequested(const crm::MetaEntry& entry);
    void metaDeleteRequested(const QString& key);

private:
    void showAddresses(const Member& m, const QMap<QString, QString>& labels);
    void showMeta(const QList<MetaEntry>& meta);
    MetaEntry selectedMeta() const;

    CrmBackend::Capabilities m_caps;
    QString m_memberId;
    QList<Address> m_shownAddresses;
    QList<MetaEntry> m_meta;
    QLabel* m_title;
    QLabel* m_pending;
    QTabWidget* m_tabs;
    QTreeWidget* m_fields;
    QWidget* m_addressPage;
    QTreeWidget* m_addresses;
    QWidget* m_addressButtons;
    QTreeWidget* m_groups;
    QWidget* m_metaPage;
    QTreeWidget* m_metaTree;
    QPushButton* m_metaEdit;
    QPushButton* m_metaDelete;
    QTreeWidget* m_raw;
};

} // namespace crm
