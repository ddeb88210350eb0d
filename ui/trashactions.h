#pragma once

#include "domain/crmerror.h"

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace crm {

class ProfileSession;

/// Move to trash and Restore from trash, for CRMs that keep a trash (CiviCRM): the selected members go
/// to the CRM's trash after the user confirms, named; they leave the list once the CRM has them there.
/// Restore lists whom this console moved there (or takes an id) and brings them back. Each is one
/// outbox change, sent at once or when the CRM can be reached, and shown in the member's history.
class TrashActions : public QObject {
    Q_OBJECT
public:
    explicit TrashActions(QWidget* window, QObject* parent = nullptr);

    void setSession(ProfileSession* session);
    /// Offers the actions when the session's CRM has a trash; Move to trash needs a selection.
    void update(const QStringList& selectedIds);
    QAction* trashAction() const { return m_trash; }
    QAction* restoreAction() const { return m_restore; }

    void moveSelectedToTrash();
    void restore();

Q_SIGNALS:
    void failed(const QString& title, const crm::CrmError& error);
    void notice(const QString& text, int timeoutMs);

private:
    /// Records op for each member (name: as the outbox and history will say it); false on the first
    /// that could not be recorded.
    bool record(int op, const QList<std::pair<QString, QString>>& members);

    QWidget* m_window;
    ProfileSession* m_session = nullptr;
    QStringList m_selected;
    QAction* m_trash;
    QAction* m_restore;
};

} // namespace crm
