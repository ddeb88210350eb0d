#include "outboxview.h"

#include "cache/cache.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/fieldlabels.h"
#include "models/outboxtablemodel.h"
#include "session/memberverbs.h"
#include "session/profilesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace crm {

OutboxView::OutboxView(QWidget* parent) : QWidget(parent), m_model(new OutboxTableModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Edits not yet accepted by the CRM. They are sent at the next sync, or as "
                      "soon as the CRM can be reached.")));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setAccessibleName(tr("Outbox"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OutboxTableModel::Edit, 320);
    m_table->setColumnWidth(OutboxTableModel::Problem, 320);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    auto* retry = new QPushButton(tr("&Retry (keep my version)"));
    retry->setObjectName(QStringLiteral("outboxRetry"));
    auto* discard = new QPushButton(tr("&Discard (keep the server's)"));
    discard->setObjectName(QStringLiteral("outboxDiscard"));
    auto* sendNow = new QPushButton(tr("Send &now"));
    sendNow->setObjectName(QStringLiteral("outboxSend"));
    connect(retry, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEntry(); id && m_session) {
            m_session->verbs().retry(id);
            m_session->verbs().send();
        }
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEntry(); id && m_session)
            m_session->verbs().discard(id);
    });
    connect(sendNow, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->verbs().send();
    });
    m_correct = new QPushButton(tr("&Edit and send again\u2026"));
    m_correct->setObjectName(QStringLiteral("outboxCorrect"));
    m_correct->setToolTip(tr("Opens the refused change where it was made, filled with what was asked for"));
    m_resolve = new QPushButton(tr("Re&solve field by field\u2026"));
    m_resolve->setObjectName(QStringLiteral("outboxResolve"));
    connect(m_correct, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEntry())
            Q_EMIT correctRequested(id);
    });
    connect(m_resolve, &QPushButton::clicked, this, &OutboxView::resolveSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxView::updateButtons);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(sendNow);
    buttons->addWidget(retry);
    buttons->addWidget(discard);
    buttons->addWidget(m_correct);
    buttons->addWidget(m_resolve);
    buttons->addStretch();
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void OutboxView::setSession(ProfileSession* session)
{
    m_session = session;
    if (!session) {
        m_model->setStore(nullptr);
        return;
    }
    // The session's names; fields it has no word for get the window's.
    OutboxEntry::Names names = session->verbs().names();
    const auto crmLabel = names.field;
    names.field = [crmLabel](const QString& key) {
        const QString label = crmLabel(key);
        return label != key ? label : fieldLabel(key);
    };
    m_model->setStore(&session->outbox(), names);
}

void OutboxView::updateButtons()
{
    const auto e = m_session ? m_session->outbox().entry(selectedEntry()) : std::nullopt;
    using Op = OutboxEntry::Op;
    const bool editable = e && (e->op == Op::Update || e->op == Op::PartAdd || e->op == Op::PartChange);
    m_correct->setEnabled(
        editable && (e->state == OutboxEntry::State::Failed || e->state == OutboxEntry::State::Conflict));
    m_resolve->setEnabled(e && e->state == OutboxEntry::State::Conflict &&
                          (e->op == Op::Update || e->op == Op::PartChange));
}

void OutboxView::resolveSelected()
{
    const auto e = m_session ? m_session->outbox().entry(selectedEntry()) : std::nullopt;
    if (!e || e->state != OutboxEntry::State::Conflict)
        return;
    ConflictDialog dialog(*e, m_model->names(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QStringList keep = dialog.kept();
    if (keep.isEmpty()) {
        m_session->verbs().discard(e->id); // the server's version wins everywhere
    } else if (m_session->outbox().resolve(e->id, keep)) {
        m_session->verbs().send();
    }
}

void OutboxView::refresh()
{
    const qint64 selected = selectedEntry();
    m_model->refresh();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->entryId(r) == selected)
            m_table->selectRow(r);
    updateButtons();
}

int OutboxView::entryCount() const
{
    return m_model->rowCount();
}

qint64 OutboxView::selectedEntry() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? m_model->entryId(m_table->currentIndex().row())
                          : m_model->entryId(rows.first().row());
}

} // namespace crm
