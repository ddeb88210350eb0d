#include "recordpartactions.h"

#include "cache/cache.h"
#include "outbox/outboxstore.h"
#include "session/memberverbs.h"
#include "session/profilesession.h"
#include "widgets/contactrecordtab.h"
#include "widgets/historytab.h"
#include "widgets/memberdetailpanel.h"
#include "widgets/notestab.h"

#include <QAction>

namespace crm {

RecordPartActions::RecordPartActions(QWidget* window, MemberDetailPanel* panel, QObject* parent)
    : QObject(parent), m_window(window), m_panel(panel)
{
    m_undo = new QAction(tr("&Undo Last Change of This Member"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, &RecordPartActions::undoLast);
    ContactRecordTab* contact = panel->contactTab();
    connect(contact, &ContactRecordTab::fieldsSaved, this,
            [this](const QVariantMap& changed, const QVariantMap&) { recordEdit(changed); });
    connect(contact, &ContactRecordTab::partAdded, this, [this](PartKind kind, const QVariantMap& f) {
        recordPart(int(OutboxEntry::Op::PartAdd), kind, {}, f, {});
    });
    connect(contact, &ContactRecordTab::partChanged, this,
            [this](PartKind kind, const QString& id, const QVariantMap& f, const QVariantMap& before) {
                recordPart(int(OutboxEntry::Op::PartChange), kind, id, f, before);
            });
    connect(contact, &ContactRecordTab::partRemoved, this,
            [this](PartKind kind, const QString& id, const QVariantMap& before) {
                recordPart(int(OutboxEntry::Op::PartRemove), kind, id, {}, before);
            });
    connect(panel->notesTab(), &NotesTab::noteAdded, this, &RecordPartActions::recordNote);
    connect(panel->historyTab(), &HistoryTab::undoRequested, this, &RecordPartActions::undoLast);
}

void RecordPartActions::setSession(ProfileSession* session)
{
    m_session = session;
    m_correcting = 0;
    update(m_panel->memberId());
}

void RecordPartActions::update(const QString& memberId)
{
    const Abilities can = m_session ? m_session->abilities() : Abilities{};
    m_panel->contactTab()->setEditable(can.has(Abilities::ContactParts));
    m_panel->notesTab()->setEditable(can.has(Abilities::Notes));
    // Enabled with a connection; with no member shown undo says there is nothing to take back.
    Q_UNUSED(memberId);
    m_undo->setEnabled(m_session != nullptr);
}

void RecordPartActions::recordEdit(const QVariantMap& changed)
{
    const QString memberId = m_panel->memberId();
    if (!m_session || memberId.isEmpty())
        return;
    CrmError e;
    const qint64 id = m_session->verbs().editMember(memberId, changed, &e);
    if (!id)
        return Q_EMIT failed(tr("The change was not saved"), e);
    queued(id);
}

void RecordPartActions::recordPart(int op, PartKind kind, const QString& partId, const QVariantMap& fields,
                                   const QVariantMap& before)
{
    const QString memberId = m_panel->memberId();
    if (!m_session || memberId.isEmpty())
        return;
    QVariantMap payload{{QStringLiteral("part"), partKindName(kind)}};
    if (!partId.isEmpty())
        payload.insert(QStringLiteral("part_id"), partId);
    if (!fields.isEmpty())
        payload.insert(QStringLiteral("fields"), fields);
    if (!before.isEmpty())
        payload.insert(QStringLiteral("before"), before);
    CrmError e;
    const qint64 id = m_session->verbs().record(OutboxEntry::Op(op), memberId, payload, &e);
    if (!id)
        return Q_EMIT failed(tr("The change was not saved"), e);
    queued(id);
}

void RecordPartActions::recordNote(const QString& subject, const QString& text)
{
    const QString memberId = m_panel->memberId();
    if (!m_session || memberId.isEmpty())
        return;
    CrmError e;
    const qint64 id =
        m_session->verbs().record(OutboxEntry::Op::NoteAdd, memberId,
                                  {{QStringLiteral("subject"), subject}, {QStringLiteral("note"), text}}, &e);
    if (!id)
        return Q_EMIT failed(tr("The note was not saved"), e);
    queued(id);
}

void RecordPartActions::queued(qint64 entryId)
{
    if (m_correcting) {
        // The correction replaces the refused change, which stays in the history as withdrawn.
        m_session->outbox().withdraw(m_correcting);
        m_correcting = 0;
    }
    const auto entry = m_session->outbox().entry(entryId);
    const QString what = entry ? entry->describe(m_session->verbs().names()) : QString();
    Q_EMIT notice(m_session->isConnected()
                      ? tr("Sending: %1").arg(what)
                      : tr("Saved in the outbox, sent when the CRM can be reached: %1").arg(what),
                  8000);
    m_session->verbs().send();
    Q_EMIT recorded(entry ? entry->memberId : QString());
}

void RecordPartActions::undoLast()
{
    const QString memberId = m_panel->memberId();
    if (!m_session)
        return;
    if (memberId.isEmpty())
        return Q_EMIT notice(
            tr("Choose a member first: undo takes back the last change of the member shown."), 6000);
    CrmError e;
    const MemberVerbs::Undo done = m_session->verbs().undoLast(memberId, &e);
    if (!done.entryId)
        return Q_EMIT failed(tr("Nothing was undone"), e);
    const auto entry = m_session->outbox().entry(done.entryId);
    const QString what = entry ? entry->describe(m_session->verbs().names()) : QString();
    if (done.withdrawn) {
        Q_EMIT notice(tr("Withdrawn before it was sent: %1").arg(what), 8000);
        Q_EMIT recorded(memberId);
        return;
    }
    queued(done.entryId);
}

void RecordPartActions::correct(const OutboxEntry& entry)
{
    if (!m_session)
        return;
    m_correcting = entry.id;
    using Op = OutboxEntry::Op;
    const QString part = entry.fields.value(QStringLiteral("part")).toString();
    const PartKind kind = partKindFrom(part);
    m_panel->showContactTab();
    if (entry.op == Op::Update) {
        static const QStringList preferences{QStringLiteral("do_not_email"), QStringLiteral("do_not_phone"),
                                             QStringLiteral("do_not_mail"), QStringLiteral("do_not_sms"),
                                             QStringLiteral("is_opt_out")};
        const bool prefs = !entry.fields.isEmpty() && preferences.contains(entry.fields.firstKey());
        m_panel->contactTab()->correct(prefs ? QStringLiteral("preferences") : QStringLiteral("details"),
                                       kind, {}, entry.fields);
    } else if (entry.op == Op::PartAdd) {
        m_panel->contactTab()->correct(part, kind, {}, entry.fields.value(QStringLiteral("fields")).toMap());
    } else if (entry.op == Op::PartChange) {
        const QVariantMap before = entry.fields.value(QStringLiteral("before")).toMap();
        QVariantMap values = before;
        const QVariantMap wanted = entry.fields.value(QStringLiteral("fields")).toMap();
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            values.insert(it.key(), it.value());
        m_panel->contactTab()->correct(part, kind, entry.fields.value(QStringLiteral("part_id")).toString(),
                                       values, before);
    } else {
        m_correcting = 0;
    }
}

} // namespace crm
