#include "trashactions.h"
#include "showndate.h"

#include "dialogs/trashdialog.h"
#include "session/abilities.h"
#include "session/memberverbs.h"
#include "session/profilesession.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace crm {

TrashActions::TrashActions(QWidget* window, QObject* parent) : QObject(parent), m_window(window)
{
    m_trash = new QAction(tr("Move to &trash\u2026"), this);
    m_trash->setObjectName(QStringLiteral("trashAction"));
    m_trash->setToolTip(tr("Moves the selected members to the CRM's trash, from where they can be restored"));
    m_trash->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(m_trash, &QAction::triggered, this, &TrashActions::moveSelectedToTrash);
    m_restore = new QAction(tr("&Restore from trash\u2026"), this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    connect(m_restore, &QAction::triggered, this, &TrashActions::restore);
    update({});
}

void TrashActions::setSession(ProfileSession* session)
{
    m_session = session;
    update(m_selected);
}

void TrashActions::update(const QStringList& selectedIds)
{
    m_selected = selectedIds;
    const bool can = m_session && m_session->abilities().has(Abilities::Trash);
    m_trash->setVisible(can);
    m_restore->setVisible(can);
    m_trash->setEnabled(can && !selectedIds.isEmpty());
    m_restore->setEnabled(can);
}

void TrashActions::moveSelectedToTrash()
{
    if (!m_session || m_selected.isEmpty())
        return;
    QList<std::pair<QString, QString>> members;
    QStringList lines;
    for (const QString& id : std::as_const(m_selected)) {
        const auto m = m_session->cache()->member(id);
        const QString name = m ? m->displayName : id;
        members.append({id, name});
        lines << (m && !m->email.isEmpty() ? tr("%1 <%2>").arg(name, m->email) : name);
    }
    const QString question =
        members.size() == 1
            ? tr("Move %1 to the CRM's trash?").arg(lines.first())
            : tr("Move these %n members to the CRM's trash?\n\n%1", nullptr, int(members.size()))
                  .arg(lines.mid(0, 10).join(QLatin1Char('\n')) +
                       (lines.size() > 10 ? QStringLiteral("\n\u2026") : QString()));
    QMessageBox box(QMessageBox::Warning, tr("Move to trash"), question, QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("They leave the member list. The CRM keeps them in its trash; Member > Restore "
                              "from trash brings them back."));
    QPushButton* move = box.addButton(tr("Move to &trash"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != move)
        return;
    if (record(int(OutboxEntry::Op::Trash), members))
        Q_EMIT notice(members.size() == 1
                          ? tr("Moving %1 to the trash").arg(members.first().second)
                          : tr("Moving %n members to the trash", nullptr, int(members.size())),
                      8000);
}

void TrashActions::restore()
{
    if (!m_session)
        return;
    QList<TrashDialog::Trashed> trashed;
    for (const OutboxEntry& e : m_session->outbox().trashed())
        trashed.append({e.memberId, e.fields.value(QStringLiteral("member_name")).toString(),
                        ShownDate::at(e.updatedAt)});
    TrashDialog dialog(trashed, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<std::pair<QString, QString>> members;
    for (const TrashDialog::Trashed& t : dialog.chosen())
        members.append({t.memberId, t.name});
    if (members.isEmpty() || !record(int(OutboxEntry::Op::Restore), members))
        return;
    const QString who = members.size() > 1                 ? tr("%n members", nullptr, int(members.size()))
                        : members.first().second.isEmpty() ? tr("member %1").arg(members.first().first)
                                                           : members.first().second;
    Q_EMIT notice(tr("Restoring %1: back in the member list once the CRM has restored them").arg(who), 8000);
}

bool TrashActions::record(int op, const QList<std::pair<QString, QString>>& members)
{
    for (const auto& [id, name] : members) {
        QVariantMap payload;
        if (!name.isEmpty())
            payload.insert(QStringLiteral("member_name"), name);
        CrmError e;
        if (!m_session->verbs().record(OutboxEntry::Op(op), id, payload, &e)) {
            Q_EMIT failed(op == int(OutboxEntry::Op::Trash)
                              ? tr("%1 was not moved to the trash").arg(name)
                              : tr("%1 was not restored").arg(name.isEmpty() ? id : name),
                          e);
            return false;
        }
    }
    m_session->verbs().send();
    return true;
}

} // namespace crm
