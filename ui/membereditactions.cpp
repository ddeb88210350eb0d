#include "membereditactions.h"

#include "cache/cache.h"
#include "dialogs/bulkeditdialog.h"
#include "dialogs/editmemberdialog.h"
#include "dialogs/editpersondialog.h"
#include "dialogs/grouppickerdialog.h"
#include "outbox/outboxrunner.h"
#include "session/profilesession.h"

#include <QAction>
#include <QKeySequence>
#include <QMessageBox>
#include <QWidget>

namespace crm {

MemberEditActions::MemberEditActions(QWidget* window, std::function<QStringList()> selected, QObject* parent)
    : QObject(parent), m_window(window), m_selected(std::move(selected))
{
    m_edit = new QAction(tr("&Edit member\u2026"), this);
    m_edit->setObjectName(QStringLiteral("editAction"));
    m_edit->setShortcut(Qt::Key_F2);
    connect(m_edit, &QAction::triggered, this, &MemberEditActions::editSelected);
    m_addToGroup = new QAction(tr("&Add to group\u2026"), this);
    m_addToGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_addToGroup, &QAction::triggered, this, [this] { changeGroupOfSelected(true); });
    m_setField = new QAction(tr("&Set a field for the selected\u2026"), this);
    m_setField->setObjectName(QStringLiteral("bulkEditAction"));
    m_setField->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F2));
    connect(m_setField, &QAction::triggered, this, &MemberEditActions::setFieldOfSelected);
    m_removeFromGroup = new QAction(tr("&Remove from group\u2026"), this);
    m_removeFromGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(m_removeFromGroup, &QAction::triggered, this, [this] { changeGroupOfSelected(false); });
}

void MemberEditActions::setSession(ProfileSession* session)
{
    m_session = session;
}

void MemberEditActions::update(const QStringList& ids)
{
    // What the CRM lacks is hidden, not merely disabled.
    const Abilities::Set can = m_session ? m_session->abilities().set : Abilities::Set(~0);
    m_edit->setVisible(bool(can & Abilities::EditMembers));
    m_addToGroup->setVisible(bool(can & Abilities::Groups));
    m_removeFromGroup->setVisible(bool(can & Abilities::Groups));
    m_setField->setVisible(bool(can & Abilities::EditMembers));
    m_edit->setEnabled(ids.size() == 1);
    m_addToGroup->setEnabled(!ids.isEmpty());
    m_removeFromGroup->setEnabled(!ids.isEmpty());
    m_setField->setEnabled(ids.size() > 1);
}

void MemberEditActions::editSelected()
{
    const QStringList ids = m_selected();
    if (ids.size() != 1 || !m_session)
        return;
    const auto m = m_session->cache()->member(ids.first());
    if (!m)
        return;
    // A person record (SheepCRM) has more to edit than names and e-mail, lists among it.
    QVariantMap changes;
    if (m_session->abilities().has(Abilities::PersonRecords)) {
        EditPersonDialog dialog(*m, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        changes = dialog.changes();
    } else {
        EditMemberDialog dialog(*m, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        changes = dialog.changes();
    }
    if (changes.isEmpty())
        return;
    CrmError e;
    if (!m_session->verbs().editMember(m->id, changes, &e)) {
        Q_EMIT failed(tr("Cannot save the edit"), e);
        return;
    }
    m_session->verbs().send();
    Q_EMIT recorded(m->id);
}

void MemberEditActions::changeGroupOfSelected(bool add)
{
    const QStringList ids = m_selected();
    if (ids.isEmpty() || !m_session)
        return;
    GroupPickerDialog dialog(m_session->cache()->groups(), add ? tr("Add to group") : tr("Remove from group"),
                             int(ids.size()), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.groupId().isEmpty())
        return;
    const auto group = m_session->cache()->group(dialog.groupId());
    if (!group)
        return;
    if (group->smart) {
        QMessageBox::information(
            m_window, tr("Smart group"),
            tr("\u201c%1\u201d is a smart group: the CRM computes its members from a saved "
               "search, so they cannot be added or removed by hand.")
                .arg(group->title));
        return;
    }
    for (const QString& id : ids) {
        CrmError e;
        if (!m_session->verbs().changeGroup(group->id, id, add, &e)) {
            Q_EMIT failed(tr("Cannot save the change"), e);
            break;
        }
    }
    m_session->verbs().send();
    Q_EMIT recorded({});
}

void MemberEditActions::setFieldOfSelected()
{
    const QStringList ids = m_selected();
    if (ids.isEmpty() || !m_session)
        return;
    const Abilities can = m_session->abilities();
    QStringList fields;
    for (const QString& f : can.editableFields)
        if (!can.listFields.contains(f))
            fields.append(f);
    BulkEditDialog dialog(fields, int(ids.size()), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.field().isEmpty())
        return;
    int recordedCount = 0;
    for (const QString& id : ids) {
        CrmError e;
        if (!m_session->verbs().editMember(id, {{dialog.field(), dialog.value()}}, &e)) {
            Q_EMIT failed(tr("Cannot save the change for member %1").arg(id), e);
            break;
        }
        ++recordedCount;
    }
    Q_EMIT notice(tr("%n change(s) saved; sending to the CRM\u2026", nullptr, recordedCount), 8000);
    // One summary when this run ends; refusals stay listed in the Outbox tab with the CRM's reason.
    if (OutboxRunner* runner = m_session->outboxRunner()) {
        auto* once = new QObject(this);
        connect(runner, &OutboxRunner::finished, once,
                [this, once](int sent, int refused, const CrmError& e) {
                    delete once;
                    if (refused > 0 || e)
                        Q_EMIT notice(tr("%1 sent, %2 refused or waiting: see the Outbox tab.")
                                          .arg(sent)
                                          .arg(m_session ? m_session->outbox().openCount() : refused),
                                      15000);
                    else
                        Q_EMIT notice(tr("%n change(s) sent.", nullptr, sent), 8000);
                });
    }
    m_session->verbs().send();
    Q_EMIT recorded({});
}

} // namespace crm
