#include "memberrecordactions.h"

#include "cache/cache.h"
#include "dialogs/actiondialog.h"
#include "dialogs/addressdialog.h"
#include "dialogs/grouplistdialog.h"
#include "dialogs/linkedmemberdialog.h"
#include "dialogs/lookupdialog.h"
#include "dialogs/metaentrydialog.h"
#include "dialogs/metasearchdialog.h"
#include "dialogs/newmemberdialog.h"
#include "dialogs/supporttoolsdialog.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "profiles/profilestore.h"
#include "session/profilesession.h"
#include "widgets/memberdetailpanel.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUuid>
#include <QWidget>

namespace crm {

namespace {
bool noDialogs()
{
    return qEnvironmentVariableIsSet("CRM_CONSOLE_NO_DIALOGS");
}
} // namespace

MemberRecordActions::MemberRecordActions(QWidget* window, MemberDetailPanel* panel, ProfileStore* profiles,
                                         QObject* parent)
    : QObject(parent), m_window(window), m_panel(panel), m_profiles(profiles)
{
    m_newMember = new QAction(tr("&New member\u2026"), this);
    m_newMember->setObjectName(QStringLiteral("newMemberAction"));
    m_newMember->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M)); // Ctrl+N is New connection
    connect(m_newMember, &QAction::triggered, this, &MemberRecordActions::newMember);
    m_confirm = new QAction(tr("&Confirm e-mail"), this);
    m_confirm->setObjectName(QStringLiteral("confirmAction"));
    connect(m_confirm, &QAction::triggered, this, &MemberRecordActions::confirmSelected);
    m_findByMeta = new QAction(tr("Find members by &meta key\u2026"), this);
    m_findByMeta->setObjectName(QStringLiteral("findByMetaAction"));
    m_findByMeta->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_findByMeta, &QAction::triggered, this, &MemberRecordActions::findByMeta);
    m_groupList = new QAction(tr("Edit &group list\u2026"), this);
    m_groupList->setObjectName(QStringLiteral("groupListAction"));
    connect(m_groupList, &QAction::triggered, this, &MemberRecordActions::editGroupList);
    m_support = new QAction(tr("&Support tools\u2026"), this);
    m_support->setObjectName(QStringLiteral("supportToolsAction"));
    connect(m_support, &QAction::triggered, this, &MemberRecordActions::supportTools);

    m_refreshDelay = new QTimer(this);
    m_refreshDelay->setSingleShot(true);
    m_refreshDelay->setInterval(250);
    connect(m_refreshDelay, &QTimer::timeout, this, [this] { fetchMemberRecords(m_toRefresh); });

    m_lookup = new QAction(tr("&Look up by e-mail\u2026"), this);
    m_lookup->setObjectName(QStringLiteral("lookupAction"));
    m_lookup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lookup, &QAction::triggered, this, &MemberRecordActions::lookup);
    m_passwordReset = new QAction(tr("Send &password reset e-mail\u2026"), this);
    m_passwordReset->setObjectName(QStringLiteral("passwordResetAction"));
    connect(m_passwordReset, &QAction::triggered, this, &MemberRecordActions::sendPasswordReset);
    m_recordAction = new QAction(tr("Record &action\u2026"), this);
    m_recordAction->setObjectName(QStringLiteral("recordActionAction"));
    connect(m_recordAction, &QAction::triggered, this, &MemberRecordActions::recordAction);
    connect(panel, &MemberDetailPanel::actionRecordRequested, this, &MemberRecordActions::recordAction);
    connect(panel, &MemberDetailPanel::passwordResetRequested, this, &MemberRecordActions::sendPasswordReset);
    connect(panel, &MemberDetailPanel::lookupRequested, this, [this](const QString& email) {
        // A linked member is a person of their own: looked up, they enter the cache and open.
        if (!m_session)
            return;
        CrmCall* call = m_session->verbs().lookUp(email);
        connect(call, &CrmCall::finished, this, [this, call] {
            if (!call->ok()) {
                Q_EMIT failed(tr("Cannot open the linked member"), call->error());
                return;
            }
            const Member m = call->value<Member>();
            Q_EMIT memberChosen(m.id);
        });
    });
    connect(panel, &MemberDetailPanel::linkedAddRequested, this, &MemberRecordActions::addLinkedMember);
    connect(panel, &MemberDetailPanel::linkedRemoveRequested, this, &MemberRecordActions::removeLinkedMember);

    connect(panel, &MemberDetailPanel::addAddressRequested, this, &MemberRecordActions::addAddress);
    connect(panel, &MemberDetailPanel::addressChangeRequested, this,
            &MemberRecordActions::requestAddressChange);
    connect(panel, &MemberDetailPanel::metaEditRequested, this, &MemberRecordActions::editMeta);
    connect(panel, &MemberDetailPanel::metaDeleteRequested, this, &MemberRecordActions::deleteMeta);
    update({});
}

void MemberRecordActions::setSession(ProfileSession* session)
{
    m_session = session;
    m_selected.clear();
    update({});
}

void MemberRecordActions::update(const QString& selected)
{
    m_selected = selected;
    const Abilities can = m_session ? m_session->abilities() : Abilities();
    m_newMember->setVisible(can.has(Abilities::CreateMembers));
    m_confirm->setVisible(can.has(Abilities::CheckEmails));
    m_confirm->setEnabled(!selected.isEmpty());
    m_findByMeta->setVisible(can.has(Abilities::Meta));
    // A CRM with groups it cannot list keeps them in the connection.
    m_groupList->setVisible(can.has(Abilities::GroupListInProfile));
    m_support->setVisible(can.hasAny(Abilities::StaffLogin | Abilities::SupportTokens));
    m_lookup->setVisible(can.has(Abilities::LookUp));
    m_passwordReset->setVisible(can.has(Abilities::PasswordResets));
    m_passwordReset->setEnabled(!selected.isEmpty());
    m_recordAction->setVisible(can.has(Abilities::MemberActions));
    m_recordAction->setEnabled(!selected.isEmpty());
    m_panel->setAbilities(can.set);
}

void MemberRecordActions::refreshMember(const QString& memberId)
{
    m_toRefresh = memberId;
    m_refreshDelay->start();
}

void MemberRecordActions::fetchMemberRecords(const QString& memberId)
{
    // What the CRM holds comes back through the cache's change signals; the cache shows meanwhile.
    if (m_session && m_session->isConnected() && !memberId.isEmpty())
        m_session->verbs().refreshRecords(memberId);
}

void MemberRecordActions::record(int op, const QString& memberId, const QVariantMap& payload)
{
    CrmError e;
    if (!m_session->verbs().record(OutboxEntry::Op(op), memberId, payload, &e)) {
        Q_EMIT failed(tr("Cannot save the change"), e);
        return;
    }
    m_session->verbs().send();
    Q_EMIT recorded(memberId);
}

void MemberRecordActions::newMember()
{
    if (!m_session)
        return;
    const Abilities can = m_session->abilities();
    const bool canCheck = can.has(Abilities::CheckEmails);
    auto* dialog = new NewMemberDialog(
        can.memberFields, can.listFields,
        m_session->isConnected() && canCheck ? &m_session->verbs() : nullptr,
        !canCheck
            ? tr("The CRM checks the address when the member is created; one it has already is refused then.")
            : tr("Not connected: the CRM checks the address when the member is created."),
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QVariantMap values = dialog->values();
        if (confirmNotDuplicate(values))
            record(int(OutboxEntry::Op::Create), {}, values);
    });
    dialog->open();
}

bool MemberRecordActions::confirmNotDuplicate(const QVariantMap& values)
{
    QStringList why;
    const QList<Member> likely = m_session->cache()->likelyDuplicates(
        values.value(Field::Email).toString(), values.value(Field::FirstName).toString(),
        values.value(Field::LastName).toString(), values.value(QStringLiteral("postal_code")).toString(),
        &why);
    if (likely.isEmpty())
        return true;
    QStringList lines;
    for (int i = 0; i < likely.size() && i < 8; ++i)
        lines.append(tr("\u2022 %1 <%2>: %3").arg(likely[i].displayName, likely[i].email, why[i]));
    QMessageBox box(QMessageBox::Warning, tr("Maybe a member already"),
                    tr("%n member(s) in the cache may be the same person:", nullptr, int(likely.size())),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("duplicateWarning"));
    box.setInformativeText(
        tr("%1\n\nOpen that member to correct the record instead, or create a new one anyway.")
            .arg(lines.join(QLatin1Char('\n'))));
    QPushButton* open =
        box.addButton(tr("&Open %1").arg(likely.first().displayName), QMessageBox::AcceptRole);
    QPushButton* create = box.addButton(tr("C&reate anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton*>(open))
        Q_EMIT memberChosen(likely.first().id);
    return box.clickedButton() == static_cast<QAbstractButton*>(create);
}

void MemberRecordActions::confirmSelected()
{
    if (!m_session || m_selected.isEmpty())
        return;
    record(int(OutboxEntry::Op::Confirm), m_selected,
           {{QStringLiteral("idempotency_key"), QUuid::createUuid().toString(QUuid::WithoutBraces)}});
}

void MemberRecordActions::findByMeta()
{
    if (!m_session)
        return;
    auto* dialog = new MetaSearchDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MetaSearchDialog::memberChosen, this, &MemberRecordActions::memberChosen);
    dialog->show();
}

void MemberRecordActions::editGroupList()
{
    if (!m_session)
        return;
    auto* dialog = new GroupListDialog(m_session->cache()->groups(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Profile p = m_session->profile();
        p.options.insert(QStringLiteral("groups"), dialog->option());
        m_profiles->save(p);
        Q_EMIT profileChanged(p.name);
    });
    dialog->open();
}

void MemberRecordActions::supportTools()
{
    if (!m_session)
        return;
    auto* dialog = new SupportToolsDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MemberRecordActions::addAddress()
{
    if (!m_session || m_panel->memberId().isEmpty())
        return;
    const Abilities can = m_session->abilities();
    auto* dialog = new AddressDialog(AddressDialog::Mode::Add, can.addressTypes, can.addressFields,
                                     m_panel->addresses(), {}, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString memberId = m_panel->memberId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, memberId] {
        record(int(OutboxEntry::Op::AddressAdd), memberId,
               {{QStringLiteral("type"), dialog->type()}, {QStringLiteral("fields"), dialog->fields()}});
    });
    dialog->open();
}

void MemberRecordActions::requestAddressChange(const QString& type)
{
    if (!m_session || m_panel->memberId().isEmpty())
        return;
    const Abilities can = m_session->abilities();
    auto* dialog = new AddressDialog(AddressDialog::Mode::RequestChange, can.addressTypes, can.addressFields,
                                     m_panel->addresses(), type, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString memberId = m_panel->memberId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, memberId] {
        record(int(OutboxEntry::Op::AddressChange), memberId,
               {{QStringLiteral("type"), dialog->type()}, {QStringLiteral("fields"), dialog->fields()}});
    });
    dialog->open();
}

void MemberRecordActions::editMeta(const MetaEntry& entry)
{
    if (!m_session || m_panel->memberId().isEmpty())
        return;
    auto* dialog = new MetaEntryDialog(entry, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString memberId = m_panel->memberId();
    connect(dialog, &QDialog::accepted, this, [this, dialog, memberId] {
        const MetaEntry e = dialog->entry();
        record(int(OutboxEntry::Op::MetaSet), memberId,
               {{QStringLiteral("key"), e.key},
                {QStringLiteral("value"), e.value},
                {QStringLiteral("public"), e.isPublic}});
    });
    dialog->open();
}

void MemberRecordActions::deleteMeta(const QString& key)
{
    if (!m_session || m_panel->memberId().isEmpty())
        return;
    // Deleting is undone by adding the entry again; the value is kept in the outbox entry's words.
    record(int(OutboxEntry::Op::MetaDelete), m_panel->memberId(), {{QStringLiteral("key"), key}});
}

void MemberRecordActions::watchOutbox()
{
    if (!m_session || !m_session->outboxRunner())
        return;
    connect(m_session->outboxRunner(), &OutboxRunner::entryFinished, this,
            [this](qint64 id, OutboxEntry::State state) {
                if (state == OutboxEntry::State::Failed)
                    offerParentAddress(id);
            });
}

void MemberRecordActions::offerParentAddress(qint64 entryId)
{
    const auto e = m_session->outbox().entry(entryId);
    if (!e || e->op != OutboxEntry::Op::AddressChange || e->errorCode != CrmError::ParentAddressMissing)
        return;
    const QString type = e->fields.value(QStringLiteral("type")).toString();
    const auto answer =
        noDialogs()
            ? QMessageBox::Yes
            : QMessageBox::question(m_window, tr("No address to change"),
                                    tr("Member %1 has no %2 address, so the CRM cannot record a change "
                                       "request. Create the %2 address with these values instead?")
                                        .arg(e->memberId, type));
    if (answer != QMessageBox::Yes)
        return;
    const QString memberId = e->memberId;
    const QVariantMap payload = e->fields;
    m_session->verbs().discard(entryId);
    // Recorded once the run that refused the request is over, so it is sent by the next one.
    QMetaObject::invokeMethod(
        this, [this, memberId, payload] { record(int(OutboxEntry::Op::AddressAdd), memberId, payload); },
        Qt::QueuedConnection);
}

void MemberRecordActions::lookup()
{
    if (!m_session)
        return;
    auto* dialog = new LookupDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LookupDialog::memberChosen, this, &MemberRecordActions::memberChosen);
    dialog->show();
}

void MemberRecordActions::sendPasswordReset()
{
    if (!m_session || m_selected.isEmpty())
        return;
    const auto m = m_session->cache()->member(m_selected);
    if (!m || m->email.isEmpty())
        return;
    if (!m_session->isConnected()) {
        Q_EMIT failed(tr("Cannot send the e-mail"),
                      CrmError(CrmError::Kind::Offline, {}, 0, tr("not connected")));
        return;
    }
    if (!noDialogs() &&
        QMessageBox::question(
            m_window, tr("Send password reset"),
            tr("Ask the CRM to send %1 an e-mail with a link to set a new password?").arg(m->email)) !=
            QMessageBox::Yes)
        return;
    // Sent now or not at all: a reset mail that arrives hours later only confuses.
    CrmCall* call = m_session->verbs().sendPasswordReset(m->email);
    connect(call, &CrmCall::finished, this, [this, call, email = m->email] {
        if (call->ok())
            Q_EMIT notice(tr("The CRM is sending a password reset e-mail to %1.").arg(email));
        else
            Q_EMIT failed(tr("Cannot send the password reset e-mail"), call->error());
    });
}

void MemberRecordActions::addLinkedMember(const QString& membershipId)
{
    if (!m_session || m_panel->memberId().isEmpty())
        return;
    QString owner;
    const auto ms = m_session->cache()->membership(membershipId, &owner);
    if (!ms)
        return;
    auto* dialog = new LinkedMemberDialog(*ms, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, owner, membershipId] {
        const LinkedMember l = dialog->linked();
        record(int(OutboxEntry::Op::LinkedAdd), owner,
               {{QStringLiteral("membership"), membershipId},
                {QStringLiteral("email"), l.email},
                {QStringLiteral("first_name"), l.firstName},
                {QStringLiteral("last_name"), l.lastName}});
    });
    dialog->open();
}

void MemberRecordActions::removeLinkedMember(const QString& membershipId, const QString& linkedId,
                                             const QString& name)
{
    if (!m_session)
        return;
    QString owner;
    if (!m_session->cache()->membership(membershipId, &owner))
        return;
    if (!noDialogs() &&
        QMessageBox::question(
            m_window, tr("Remove linked member"),
            tr("Remove %1 from this membership? They lose its benefits; you can link them again "
               "later.")
                .arg(name)) != QMessageBox::Yes)
        return;
    record(int(OutboxEntry::Op::LinkedRemove), owner,
           {{QStringLiteral("membership"), membershipId},
            {QStringLiteral("linked"), linkedId},
            {QStringLiteral("name"), name}});
}

void MemberRecordActions::recordAction()
{
    if (!m_session || m_selected.isEmpty())
        return;
    const auto m = m_session->cache()->member(m_selected);
    if (!m)
        return;
    auto* dialog = new ActionDialog(*m, m_session->verbs().actionSubject(*m), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString memberId = m->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, memberId] {
        record(int(OutboxEntry::Op::ActionRecord), memberId, dialog->payload().toVariantMap());
    });
    dialog->open();
}

} // namespace crm
