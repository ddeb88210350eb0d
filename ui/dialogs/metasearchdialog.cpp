#include "metasearchdialog.h"

#include "cache/cache.h"
#include "net/crmcall.h"
#include "session/profilesession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm {

MetaSearchDialog::MetaSearchDialog(ProfileSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("metaSearchDialog"));
    setWindowTitle(tr("Find members by meta key"));
    m_key = new QLineEdit;
    m_key->setObjectName(QStringLiteral("metaKey"));
    m_key->setAccessibleName(tr("Meta key"));
    m_value = new QLineEdit;
    m_value->setObjectName(QStringLiteral("metaValue"));
    m_value->setAccessibleName(tr("Meta value"));
    m_value->setPlaceholderText(tr("any value"));
    m_search = new QPushButton(tr("&Search"));
    m_search->setObjectName(QStringLiteral("metaSearch"));
    m_search->setDefault(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_search);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("metaSearchStatus"));
    m_status->setWordWrap(true);
    m_results = new QTableWidget(0, 4);
    m_results->setObjectName(QStringLiteral("metaResults"));
    m_results->setAccessibleName(tr("Members found"));
    m_results->setHorizontalHeaderLabels({tr("ID"), tr("Name"), tr("E-mail"), tr("Value")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_results);
    layout->addWidget(buttons);
    connect(m_search, &QPushButton::clicked, this, &MetaSearchDialog::search);
    connect(m_key, &QLineEdit::returnPressed, this, &MetaSearchDialog::search);
    connect(m_value, &QLineEdit::returnPressed, this, &MetaSearchDialog::search);
    connect(m_key, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_search->setEnabled(!t.trimmed().isEmpty()); });
    m_search->setEnabled(false);
    connect(m_results, &QTableWidget::cellActivated, this,
            [this](int row, int) { Q_EMIT memberChosen(m_results->item(row, 0)->text()); });
    resize(620, 420);
}

MetaSearchDialog::~MetaSearchDialog()
{
    if (m_call)
        m_call->cancel();
}

void MetaSearchDialog::search()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty())
        return;
    if (!m_session->isConnected()) {
        m_status->setText(tr("Not connected: the CRM answers this search, so it needs a connection."));
        Q_EMIT searchFinished();
        return;
    }
    if (m_call)
        m_call->cancel();
    m_status->setText(tr("Searching\u2026"));
    const QString value = m_value->text().trimmed();
    m_call = m_session->verbs().findByMeta(key, value.isEmpty() ? QString() : value);
    CrmCall* call = m_call;
    connect(call, &CrmCall::finished, this, [this, call, key] {
        m_results->setRowCount(0);
        if (!call->ok()) {
            if (call->error().kind != CrmError::Kind::Cancelled)
                m_status->setText(call->error().userMessage());
            Q_EMIT searchFinished();
            return;
        }
        const auto matches = call->value<QList<MetaMatch>>();
        m_results->setRowCount(int(matches.size()));
        for (int r = 0; r < matches.size(); ++r) {
            const auto cached = m_session->cache()->member(matches[r].memberId);
            const QStringList cells{matches[r].memberId,
                                    cached ? cached->displayName : tr("(not in the cache)"),
                                    cached ? cached->email : QString(), matches[r].value};
            for (int c = 0; c < cells.size(); ++c)
                m_results->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        m_results->resizeColumnsToContents();
        m_status->setText(tr("%n member(s) with \u201c%1\u201d. Press Enter on a row to open the member.",
                             nullptr, int(matches.size()))
                              .arg(key));
        Q_EMIT searchFinished();
    });
}

} // namespace crm
