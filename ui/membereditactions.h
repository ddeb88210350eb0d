#pragma once

#include "domain/crmerror.h"

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace crm {

class ProfileSession;

/// Edit member, Add to group, Remove from group and Set a field for the selected: the changes a person
/// makes to the selected members, each recorded through the session's verbs and then sent. The actions
/// show only where the CRM can do them and are enabled by how many members are selected.
class MemberEditActions : public QObject {
    Q_OBJECT
public:
    MemberEditActions(QWidget* window, std::function<QStringList()> selected, QObject* parent = nullptr);

    void setSession(ProfileSession* session);
    /// Shows and enables the actions for the selection (ids) and the session's CRM.
    void update(const QStringList& ids);

    QAction* editAction() const { return m_edit; }
    QAction* addToGroupAction() const { return m_addToGroup; }
    QAction* removeFromGroupAction() const { return m_removeFromGroup; }
    QAction* setFieldAction() const { return m_setField; }

    void editSelected();
    void changeGroupOfSelected(bool add);
    /// One field set to one value for every selected member, one outbox edit each.
    void setFieldOfSelected();

Q_SIGNALS:
    /// Changes were recorded and are being sent (memberId: the one edited, when one was).
    void recorded(const QString& memberId);
    void failed(const QString& title, const crm::CrmError& error);
    void notice(const QString& text, int timeoutMs);

private:
    QWidget* m_window;
    std::function<QStringList()> m_selected;
    ProfileSession* m_session = nullptr;
    QAction* m_edit;
    QAction* m_addToGroup;
    QAction* m_removeFromGroup;
    QAction* m_setField;
};

} // namespace crm
