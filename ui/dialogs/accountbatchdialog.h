#pragma once

#include "bulk/accountbatch.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace crm {

class ProfileSession;

/// "Create user accounts for contacts" where the CRM makes accounts through its API (SheepCRM, REMP):
/// the addresses (the people linked to the chosen members' memberships, pasted ones, or a CSV file),
/// the dry run that asks the CRM which of them have an account, the welcome e-mail choice, then the
/// run with progress and Cancel, and the report per address, which can be saved. Accounts are only made
/// after a dry run of the same list; a run repeated makes none twice.
class AccountBatchDialog : public QDialog {
    Q_OBJECT
public:
    AccountBatchDialog(ProfileSession* session, const QList<AccountRequest>& initial,
                       QWidget* parent = nullptr);

    /// The addresses as the list now stands, with the outcomes of the last check or run.
    const QList<AccountRequest>& requests() const { return m_requests; }
    bool welcomeEmail() const;
    /// Writes the report; false when it could not be written.
    bool saveReport(const QString& path) const;

Q_SIGNALS:
    /// A run that created accounts has ended (new members may be in the cache).
    void accountsCreated();

private:
    void readList();
    void loadFile();
    void start(AccountRunner::Mode mode);
    void finish(const CrmError& error);
    void fillTable();
    void fillRow(int index);
    void updateButtons();
    QString summaryText() const;

    ProfileSession* m_session;
    QHash<QString, QString> m_sources; ///< lower-case e-mail -> where the console found it
    QList<AccountRequest> m_requests;
    bool m_checked = false; ///< the list as it stands has been through a dry run
    QPointer<AccountRunner> m_runner;
    QPlainTextEdit* m_list;
    QTableWidget* m_table;
    QCheckBox* m_welcome;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_check;
    QPushButton* m_create;
    QPushButton* m_stop;
    QPushButton* m_report;
    QTimer* m_reread;
};

} // namespace crm
