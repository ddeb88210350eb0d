#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QObject>

class QAction;
class QWidget;

namespace crm {

class MemberDetailPanel;
class ProfileSession;
struct OutboxEntry;

/// The in-place edits of the detail panel: a section of the contact record saved, a phone, e-mail
/// address or address added, changed or removed, a note added, each recorded as one outbox change
/// through the session's verbs and sent; Undo (Ctrl+Z) takes the shown member's last change back.
/// Each says in words what was queued.
class RecordPartActions : public QObject {
    Q_OBJECT
public:
    RecordPartActions(QWidget* window, MemberDetailPanel* panel, QObject* parent = nullptr);

    void setSession(ProfileSession* session);
    /// Enables what the session's CRM can do for the member shown.
    void update(const QString& memberId);
    QAction* undoAction() const { return m_undo; }
    void undoLast();
    /// Opens the editor a refused or conflicting change came from, filled with what it asked for,
    /// so it can be corrected; the old entry is withdrawn once the correction is saved.
    void correct(const OutboxEntry& entry);

Q_SIGNALS:
    /// A change was recorded for memberId and is being sent.
    void recorded(const QString& memberId);
    void failed(const QString& title, const crm::CrmError& error);
    void notice(const QString& text, int timeoutMs);

private:
    void recordEdit(const QVariantMap& changed);
    void recordPart(int op, PartKind kind, const QString& partId, const QVariantMap& fields,
                    const QVariantMap& before);
    void recordNote(const QString& subject, const QString& text);
    /// Says what was queued and sends it; withdraws the entry being corrected, when there is one.
    void queued(qint64 entryId);

    QWidget* m_window;
    MemberDetailPanel* m_panel;
    ProfileSession* m_session = nullptr;
    QAction* m_undo;
    qint64 m_correcting = 0; ///< the refused entry a correction replaces
};

} // namespace crm
