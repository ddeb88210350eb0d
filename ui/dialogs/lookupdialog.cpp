#include "lookupdialog.h"

#include "cache/cache.h"
#include "net/crmcall.h"
#include "session/profilesession.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm {

LookupDialog::LookupDialog(ProfileSession* session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("lookupDialog"));
    setWindowTitle(tr("Look up members by e-mail"));
    auto* intro =
        new QLabel(tr("One e-mail address or many: one a line, or separated by commas. Members found "
                      "stay in the cache for offline reading."));
    intro->setWordWrap(true);
    m_emails = new QPlainTextEdit;
    m_emails->setObjectName(QStringLiteral("lookupEmails"));
    m_emails->setAccessibleName(tr("E-mail addresses to look up"));
    m_emails->setPlaceholderText(tr("name@example.org"));
    m_emails->setTabChangesFocus(true);
    m_emails->setMaximumHeight(110);
    m_start = new QPushButton(tr("&Look up"));
    m_start->setObjectName(QStringLiteral("lookupStart"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("lookupCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("lookupProgress"));
    m_progress->setAccessibleName(tr("Look-up progress"));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    auto* fromFile = new QPushButton(tr("From &file\u2026"));
    fromFile->setObjectName(QStringLiteral("lookupFromFile"));
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("E-mail addresses to look up"), QString(),
                                         tr("Text or CSV files (*.txt *.csv);;All files (*)"));
        if (path.isEmpty())
            return;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            m_status->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
            return;
        }
        loadText(QString::fromUtf8(f.readAll()));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(fromFile);
    row->addWidget(m_start);
    row->addWidget(m_cancel);
    row->addWidget(m_progress, 1);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("lookupStatus"));
    m_status->setWordWrap(true);
    m_results = new QTableWidget(0, 4);
    m_results->setObjectName(QStringLiteral("lookupResults"));
    m_results->setAccessibleName(tr("Look-up results"));
    m_results->setHorizontalHeaderLabels({tr("E-mail"), tr("Result"), tr("Member"), tr("ID")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnHidden(3, true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_emails);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_results);
    layout->addWidget(buttons);
    connect(m_start, &QPushButton::clicked, this, &LookupDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &LookupDialog::cancel);
    connect(m_results, &QTableWidget::cellActivated, this, [this](int r, int) {
        if (const QString id = m_results->item(r, 3)->text(); !id.isEmpty())
            Q_EMIT memberChosen(id);
    });
    resize(640, 460);
}

LookupDialog::~LookupDialog()
{
    if (m_call)
        m_call->cancel();
}

void LookupDialog::setEmails(const QString& text)
{
    m_emails->setPlainText(text);
}

void LookupDialog::loadText(const QString& text)
{
    // Any text will do (a CSV export, a mail's recipients): the e-mail addresses in it are taken.
    static const QRegularExpression address(QStringLiteral(R"([^@\s,;<>"']+@[^@\s,;<>"']+\.[^@\s,;<>"']+)"));
    QStringList found;
    for (auto it = address.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    m_emails->setPlainText(found.join(QLatin1Char('\n')));
    m_status->setText(tr("%n e-mail address(es) read.", nullptr, int(found.size())));
}

void LookupDialog::start()
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList emails;
    for (const QString& e : m_emails->toPlainText().split(separators, Qt::SkipEmptyParts))
        if (!emails.contains(e.trimmed(), Qt::CaseInsensitive))
            emails.append(e.trimmed());
    if (emails.isEmpty()) {
        m_status->setText(tr("Enter at least one e-mail address."));
        Q_EMIT lookupFinished();
        return;
    }
    if (!m_session->isConnected()) {
        m_status->setText(
            tr("Not connected: looking members up needs the CRM. Members looked up before are in "
               "the table."));
        Q_EMIT lookupFinished();
        return;
    }
    m_queue = emails;
    m_found.clear();
    m_index = 0;
    m_missing = 0;
    m_results->setRowCount(int(emails.size()));
    for (int r = 0; r < emails.size(); ++r) {
        m_results->setItem(r, 0, new QTableWidgetItem(emails[r]));
        setRow(r, tr("waiting"), QString());
    }
    m_progress->setRange(0, int(emails.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    next();
}

void LookupDialog::cancel()
{
    if (m_call)
        m_call->cancel();
}

void LookupDialog::setRow(int row, const QString& state, const QString& detail, const QString& id)
{
    m_results->setItem(row, 1, new QTableWidgetItem(state));
    m_results->setItem(row, 2, new QTableWidgetItem(detail));
    m_results->setItem(row, 3, new QTableWidgetItem(id));
}

void LookupDialog::finish(const QString& summary)
{
    m_progress->hide();
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    m_status->setText(summary);
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
    Q_EMIT lookupFinished();
}

void LookupDialog::next()
{
    m_progress->setValue(m_index);
    if (m_index >= m_queue.size()) {
        finish(tr("%1 found, %2 not found. Press Enter on a row to open the member.")
                   .arg(m_found.size())
                   .arg(m_missing));
        return;
    }
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString address = m_queue.at(m_index);
    if (!email.match(address).hasMatch()) {
        setRow(m_index, tr("not an e-mail address"), QString());
        ++m_missing;
        ++m_index;
        next();
        return;
    }
    setRow(m_index, tr("looking up\u2026"), QString());
    // The verb keeps the member and their memberships in the cache.
    m_call = m_session->verbs().lookUp(address);
    CrmCall* call = m_call;
    connect(call, &CrmCall::finished, this, [this, call] {
        if (!call->ok()) {
            const CrmError& e = call->error();
            if (e.kind == CrmError::Kind::NotFound) {
                setRow(m_index, tr("not found"), e.userMessage());
                ++m_missing;
                ++m_index;
                next();
                return;
            }
            // Unreachable, refused or cancelled: stop; what was found stays cached.
            for (int r = m_index; r < m_queue.size(); ++r)
                setRow(r, e.kind == CrmError::Kind::Cancelled ? tr("not looked up") : tr("stopped"),
                       QString());
            finish(e.kind == CrmError::Kind::Cancelled ? tr("Stopped; %1 found so far.").arg(m_found.size())
                                                       : e.userMessage());
            return;
        }
        const Member m = call->value<Member>();
        const QString status = m.raw.object().value(QLatin1String("account_status")).toString();
        setRow(m_index, tr("found"),
               status.isEmpty() ? m.displayName : tr("%1 (account: %2)").arg(m.displayName, status), m.id);
        m_found.append(m.id);
        Q_EMIT memberCached(m.id);
        ++m_index;
        next();
    });
}

} // namespace crm
