#pragma once

#include "domain/member.h"
#include "session/abilities.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QTabWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace crm {

class ContactRecordTab;
class HistoryTab;
class NotesTab;
struct HistoryLine;

/// Shows one member: the mapped fields, addresses (with custom fields under their profile labels, or by
/// type with their own buttons where the CRM keeps an address book), the groups they belong to, user
/// meta, and every raw field the CRM sent. Tabs for what the CRM lacks are hidden. Edits are asked
/// for through signals; the panel itself changes nothing.
class MemberDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit MemberDetailPanel(QWidget* parent = nullptr);

    /// Shows the tabs and buttons the CRM's capabilities allow.
    void setAbilities(Abilities::Set abilities);
    /// labels: custom-field key -> label; groupTitles: group id -> title.
    void showMember(const Member& member, const QMap<QString, QString>& labels,
                    const QMap<QString, QString>& groupTitles, bool pendingEdit,
                    const QList<MetaEntry>& meta = {}, const QList<Membership>& memberships = {});
    void clear();
    /// What a CRM keeping records in parts adds (Contact, Notes), and the History every CRM has:
    /// choices name ids, customLabels name address custom fields.
    void showRecordExtras(const Member& member, const QMap<QString, QList<Choice>>& choices,
                          const QMap<QString, QString>& customLabels, const QList<Note>& notes,
                          const QList<HistoryLine>& history, bool canUndo);
    ContactRecordTab* contactTab() const { return m_contact; }
    NotesTab* notesTab() const { return m_notes; }
    HistoryTab* historyTab() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Shows the tab with the contact record (to correct a refused change there).
    void showContactTab();
    /// The member shown, or an empty string.
    QString memberId() const { return m_memberId; }
    /// The memberships shown (for the linked-member dialog).
    const QList<Membership>& memberships() const { return m_shownMemberships; }
    /// The addresses shown (for the address dialogs).
    const QList<Address>& addresses() const { return m_shownAddresses; }

Q_SIGNALS:
    void addAddressRequested();
    /// type: the selected address's type, or empty.
    void addressChangeRequested(const QString& type);
    /// entry.key empty: a new entry.
    void metaEditRequested(const crm::MetaEntry& entry);
    void metaDeleteRequested(const QString& key);
    void passwordResetRequested();
    void linkedAddRequested(const QString& membershipId);
    void actionRecordRequested();
    /// A linked member was opened: look them up as a member.
    void lookupRequested(const QString& email);
    void linkedRemoveRequested(const QString& membershipId, const QString& linkedId, const QString& name);

private:
    void showAddresses(const Member& m, const QMap<QString, QString>& labels);
    void showMeta(const QList<MetaEntry>& meta);
    MetaEntry selectedMeta() const;
    void showPerson(const Member& m);
    void showProfile(const Member& m);
    void showMemberships(const QList<Membership>& memberships);
    void showLinked();
    /// The membership selected in the Memberships tab, or nullptr.
    const Membership* selectedMembership() const;

    Abilities::Set m_caps;
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
    QWidget* m_profilePage;
    QTreeWidget* m_profile;
    QWidget* m_personPage;
    QTreeWidget* m_person;
    QPushButton* m_passwordReset;
    QWidget* m_membershipPage;
    QTreeWidget* m_memberships;
    QLabel* m_allowance;
    QTreeWidget* m_linked;
    QPushButton* m_linkedAdd;
    QPushButton* m_linkedRemove;
    QList<Membership> m_shownMemberships;
    ContactRecordTab* m_contact;
    NotesTab* m_notes;
    HistoryTab* m_history;
};

} // namespace crm
