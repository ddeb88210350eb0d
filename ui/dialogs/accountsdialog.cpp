#include "accountsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm {

AccountsDialog::AccountsDialog(QList<AccountPlan::Row> rows, QWidget* parent)
    : QDialog(parent), m_rows(std::move(rows))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Create user accounts for contacts"));
    int create = 0;
    for (const AccountPlan::Row& r : m_rows)
        create += r.outcome == AccountPlan::Row::Outcome::Create;
    auto* summary =
        new QLabel(tr("Accounts to make: %1 (of %2 contacts looked at). The file lists them for the "
                      "site's user import, which matches on the e-mail, makes the passwords and, if "
                      "chosen, sends the welcome e-mail. Try it with a few dummy contacts first.")
                       .arg(create)
                       .arg(m_rows.size()));
    summary->setObjectName(QStringLiteral("accountsSummary"));
    summary->setWordWrap(true);
    auto* table = new QTableWidget(int(m_rows.size()), 4);
    table->setObjectName(QStringLiteral("accountsTable"));
    table->setAccessibleName(tr("Contacts and their accounts"));
    table->setHorizontalHeaderLabels({tr("Contact"), tr("E-mail"), tr("Outcome"), tr("User name")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int i = 0; i < m_rows.size(); ++i) {
        const AccountPlan::Row& r = m_rows[i];
        table->setItem(
            i, 0,
            new QTableWidgetItem(QStringLiteral("%1 %2 (%3)").arg(r.firstName, r.lastName, r.memberId)));
        table->setItem(i, 1, new QTableWidgetItem(r.email));
        using O = AccountPlan::Row::Outcome;
        auto* outcome = new QTableWidgetItem(r.outcome == O::Create         ? tr("gets an account")
                                             : r.outcome == O::HasAccount   ? tr("has an account")
                                             : r.outcome == O::NoEmail      ? tr("no e-mail")
                                             : r.outcome == O::InvalidEmail ? tr("invalid e-mail")
                                                                            : tr("e-mail shared"));
        outcome->setToolTip(r.reason);
        table->setItem(i, 2, outcome);
        table->setItem(i, 3, new QTableWidgetItem(r.userName));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    m_welcome = new QCheckBox(tr("Send each new user a &welcome e-mail"));
    m_welcome->setObjectName(QStringLiteral("welcomeEmail"));
    m_welcome->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* save =
        buttons->addButton(tr("&Save the user import file\u2026"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveImportFile"));
    save->setEnabled(create > 0);
    QPushButton* report = buttons->addButton(tr("Save this &list\u2026"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the user import file"),
                                         QStringLiteral("user-import.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty() && saveImportFile(path))
            accept();
    });
    connect(report, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the list"), QStringLiteral("accounts-dry-run.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly) && f.write(AccountPlan::report(m_rows)) >= 0)
            f.commit();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(m_welcome);
    layout->addWidget(buttons);
    resize(720, 460);
}

bool AccountsDialog::welcomeEmail() const
{
    return m_welcome->isChecked();
}

bool AccountsDialog::saveImportFile(const QString& path)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(AccountPlan::importFile(m_rows, welcomeEmail())) >= 0 &&
           f.commit();
}

} // namespace crm
