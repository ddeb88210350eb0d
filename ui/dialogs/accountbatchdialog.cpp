#include "accountbatchdialog.h"

#include "csv/csvreader.h"
#include "session/profilesession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace crm {

using O = AccountRequest::Outcome;

AccountBatchDialog::AccountBatchDialog(ProfileSession* session, const QList<AccountRequest>& initial,
                                       QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("accountBatchDialog"));
    setWindowTitle(tr("Create user accounts for contacts"));
    auto* intro = new QLabel(
        session->abilities().howAccountsAreMade + QLatin1Char(' ') +
        tr("Check the list first: the CRM says who has an account already. Try a few dummy addresses "
           "before a large batch."));
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("accountBatchIntro"));

    auto* listLabel = new QLabel(tr("&Addresses, one a line (a first and last name may follow, "
                                    "separated by commas):"));
    m_list = new QPlainTextEdit;
    m_list->setObjectName(QStringLiteral("accountAddresses"));
    m_list->setAccessibleName(tr("Addresses to give accounts"));
    m_list->setPlaceholderText(tr("jane.doe@example.org, Jane, Doe"));
    m_list->setTabChangesFocus(true);
    listLabel->setBuddy(m_list);
    QStringList lines;
    for (const AccountRequest& r : initial) {
        m_sources.insert(r.email.toLower(), r.source);
        lines.append(QString::fromUtf8(CsvWriter::record({r.email, r.firstName, r.lastName})).trimmed());
    }
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
    auto* load = new QPushButton(tr("&Load a CSV file\u2026"));
    load->setObjectName(QStringLiteral("loadAddresses"));

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("accountBatchTable"));
    m_table->setAccessibleName(tr("Addresses and their accounts"));
    m_table->setHorizontalHeaderLabels({tr("E-mail"), tr("Name"), tr("Outcome"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_welcome = new QCheckBox(session->abilities().welcomeEmailChoice);
    m_welcome->setObjectName(QStringLiteral("welcomeEmail"));
    m_welcome->setChecked(true);
    // A CRM whose accounts always get (or never get) a welcome e-mail offers no choice.
    m_welcome->setVisible(!m_welcome->text().isEmpty());
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("accountBatchProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("accountBatchStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_check = buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("checkAccounts"));
    m_check->setToolTip(tr("Ask the CRM which addresses have an account. Nothing is changed."));
    m_create = buttons->addButton(tr("&Create accounts"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(QStringLiteral("createAccounts"));
    m_stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopAccounts"));
    m_report = buttons->addButton(tr("Save the &report\u2026"), QDialogButtonBox::ActionRole);
    m_report->setObjectName(QStringLiteral("saveAccountReport"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, &AccountBatchDialog::loadFile);
    connect(m_check, &QPushButton::clicked, this, [this] { start(AccountRunner::Mode::Check); });
    connect(m_create, &QPushButton::clicked, this, [this] { start(AccountRunner::Mode::Create); });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    connect(m_report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the report"), QStringLiteral("accounts-report.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !saveReport(path))
            m_status->setText(tr("The report could not be written to %1. Choose another place.").arg(path));
    });
    // A pasted list of thousands is read once typing pauses, not at every keystroke.
    m_reread = new QTimer(this);
    m_reread->setSingleShot(true);
    m_reread->setInterval(250);
    connect(m_reread, &QTimer::timeout, this, &AccountBatchDialog::readList);
    connect(m_list, &QPlainTextEdit::textChanged, this, [this] {
        if (m_runner)
            return;
        m_checked = false;
        m_reread->start();
        updateButtons();
    });

    auto* listRow = new QHBoxLayout;
    listRow->addWidget(listLabel, 1);
    listRow->addWidget(load);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(listRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_welcome);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(780, 580);
    readList();
}

bool AccountBatchDialog::welcomeEmail() const
{
    return m_welcome->isChecked();
}

bool AccountBatchDialog::saveReport(const QString& path) const
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(AccountBatch::report(m_requests)) >= 0 && f.commit();
}

void AccountBatchDialog::readList()
{
    m_requests = AccountBatch::fromCsv(m_list->toPlainText().toUtf8());
    for (AccountRequest& r : m_requests)
        r.source = m_sources.value(r.email.toLower());
    m_checked = false;
    fillTable();
    m_progress->setValue(0);
    m_status->setText(summaryText());
    updateButtons();
}

void AccountBatchDialog::loadFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load addresses"), {},
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1 could not be read: %2").arg(path, f.errorString()));
        return;
    }
    m_list->setPlainText(QString::fromUtf8(f.readAll()));
}

void AccountBatchDialog::start(AccountRunner::Mode mode)
{
    if (m_runner)
        return;
    if (m_reread->isActive()) {
        m_reread->stop();
        readList();
        if (mode == AccountRunner::Mode::Create)
            return; // the list changed since its check
    }
    m_runner = m_session->verbs().accountRunner(this);
    if (!m_runner) {
        m_status->setText(tr("Not connected to the CRM: nothing was sent. Connect, then try again."));
        return;
    }
    m_runner->setConcurrency(4);
    connect(m_runner, &AccountRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_runner, &AccountRunner::requestSettled, this, [this](int index) {
        m_requests[index] = m_runner->requests().at(index);
        fillRow(index);
    });
    connect(m_runner, &AccountRunner::finished, this, &AccountBatchDialog::finish);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(mode == AccountRunner::Mode::Check ? tr("Asking the CRM\u2026")
                                                         : tr("Creating the accounts\u2026"));
    m_list->setReadOnly(true);
    m_runner->start(mode, m_requests, welcomeEmail());
    updateButtons();
}

void AccountBatchDialog::finish(const CrmError& error)
{
    const bool created = m_runner->mode() == AccountRunner::Mode::Create;
    m_requests = m_runner->requests();
    m_runner->deleteLater();
    m_runner = nullptr;
    m_list->setReadOnly(false);
    m_checked = !error;
    fillTable();
    QString text = summaryText();
    if (error.kind == CrmError::Kind::Cancelled)
        text = tr("Stopped. %1 Run it again to do the rest; no address gets two accounts.").arg(text);
    else if (error)
        text = tr("Stopped: %1 %2 Run it again to do the rest; no address gets two accounts.")
                   .arg(error.userMessage(), text);
    if (created && welcomeEmail() && AccountBatch::summary(m_requests).value(O::Created) > 0)
        text += QLatin1Char(' ') + tr("The CRM mails each new account the e-mail chosen above.");
    m_status->setText(text);
    updateButtons();
    if (created)
        Q_EMIT accountsCreated();
}

void AccountBatchDialog::fillTable()
{
    m_table->setRowCount(int(m_requests.size()));
    for (int i = 0; i < m_requests.size(); ++i)
        fillRow(i);
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
}

void AccountBatchDialog::fillRow(int i)
{
    const AccountRequest& r = m_requests[i];
    QStringList details;
    if (!r.userId.isEmpty())
        details.append(tr("user %1").arg(r.userId));
    if (!r.state.isEmpty())
        details.append(r.state);
    if (!r.reason.isEmpty())
        details.append(r.reason);
    if (!r.source.isEmpty())
        details.append(r.source);
    const QStringList cells{r.email, QStringList{r.firstName, r.lastName}.join(QLatin1Char(' ')).trimmed(),
                            AccountBatch::outcomeText(r.outcome), details.join(QStringLiteral("; "))};
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[3]);
        m_table->setItem(i, c, item);
    }
}

QString AccountBatchDialog::summaryText() const
{
    const QMap<O, int> n = AccountBatch::summary(m_requests);
    QStringList parts;
    for (auto it = n.cbegin(); it != n.cend(); ++it)
        parts.append(QStringLiteral("%1: %2").arg(AccountBatch::outcomeText(it.key())).arg(it.value()));
    if (parts.isEmpty())
        return tr("No addresses yet: type or paste them above, or load a CSV file.");
    return parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

void AccountBatchDialog::updateButtons()
{
    const bool running = m_runner;
    int toCreate = 0;
    int toCheck = 0;
    for (const AccountRequest& r : std::as_const(m_requests)) {
        toCreate +=
            r.outcome == O::Create || r.outcome == O::NotSent || (r.outcome == O::Failed && m_checked);
        toCheck += r.pending() || r.outcome == O::Failed || r.outcome == O::NotSent;
    }
    // While the list waits to be read again, Check reads it first.
    m_check->setEnabled(!running && (toCheck > 0 || m_reread->isActive()));
    // Accounts are made only for a list that has been through the check as it stands.
    m_create->setEnabled(!running && m_checked && toCreate > 0);
    m_create->setText(toCreate > 0 && m_checked ? tr("&Create %n account(s)", nullptr, toCreate)
                                                : tr("&Create accounts"));
    m_stop->setEnabled(running);
    m_report->setEnabled(!running && !m_requests.isEmpty());
}

} // namespace crm
