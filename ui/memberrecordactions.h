#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QObject>
#include <functional>

class QAction;
class QTimer;
class QWidget;

namespace crm {

class MemberDetailPanel;
class ProfileSession;
class ProfileStore;

/// The main window's work on member records beyond the shared fields, for CRMs that offer it: New
/// member, Confirm e-mail, addresses by type and change requests, user meta, "Find members by meta
/// key", the group list of a CRM that cannot list its groups, the support tools, and for CRMs whose
/// members are looked up (SheepCRM): Look up by e-mail, Send password reset, linked members. Edits are
/// recorded in the outbox (recorded() asks the window to show and send them); reads refresh the cache in the
/// background through the session's verbs; the cache's change signals tell the window. The actions show only
/// when the connected CRM has the ability behind them.
class MemberRecordActions : public QObject {
    Q_OBJECT
public:
    MemberRecordActions(QWidget* window, MemberDetailPanel* panel, ProfileStore* profiles,
                        QObject* parent = nullptr);

    void setSession(ProfileSession* session);
    /// Shows or hides the actions for the session's CRM and the selection (selected: one member's id).
    void update(const QString& selected);
    /// Reads the member's addresses and meta from the CRM into the cache, when it offers them: a quarter
    /// of a second after the last call, so moving through the table with the keyboard asks only once.
    void refreshMember(const QString& memberId);
    /// Hooks the session's outbox runner (after each connect) to offer a parent address when a change
    /// request had none.
    void watchOutbox();

    QAction* newMemberAction() const { return m_newMember; }
    QAction* confirmAction() const { return m_confirm; }
    QAction* findByMetaAction() const { return m_findByMeta; }
    QAction* groupListAction() const { return m_groupList; }
    QAction* supportToolsAction() const { return m_support; }
    QAction* lookupAction() const { return m_lookup; }
    QAction* passwordResetAction() const { return m_passwordReset; }
    QAction* recordActionAction() const { return m_recordAction; }

    void newMember();
    void confirmSelected();
    void findByMeta();
    void editGroupList();
    void supportTools();
    void addAddress();
    void requestAddressChange(const QString& type);
    void editMeta(const MetaEntry& entry);
    void deleteMeta(const QString& key);
    void lookup();
    void sendPasswordReset();
    void addLinkedMember(const QString& membershipId);
    void removeLinkedMember(const QString& membershipId, const QString& linkedId, const QString& name);
    void recordAction();
    /// Lists cached members a new member may be (same e-mail, or name and postal code); true only when
    /// there are none or the user chose to create anyway (Open shows the first of them).
    bool confirmNotDuplicate(const QVariantMap& values);

Q_SIGNALS:
    /// Outbox entries were recorded and are being sent: the window shows them.
    void recorded(const QString& memberId);
    void memberChosen(const QString& memberId);
    /// The profile's options changed (the group list): reopen it.
    void profileChanged(const QString& name);
    void failed(const QString& title, const crm::CrmError& error);
    /// Something to say in the status bar.
    void notice(const QString& text);

private:
    void record(int op, const QString& memberId, const QVariantMap& payload);
    void fetchMemberRecords(const QString& memberId);
    void offerParentAddress(qint64 entryId);

    QWidget* m_window;
    MemberDetailPanel* m_panel;
    ProfileStore* m_profiles;
    ProfileSession* m_session = nullptr;
    QString m_selected;
    QString m_toRefresh;
    QTimer* m_refreshDelay;
    QAction* m_newMember;
    QAction* m_confirm;
    QAction* m_findByMeta;
    QAction* m_groupList;
    QAction* m_support;
    QAction* m_lookup;
    QAction* m_passwordReset;
    QAction* m_recordAction;
};

} // namespace crm
