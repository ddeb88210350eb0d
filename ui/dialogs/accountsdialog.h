#pragma once

#include "bulk/accountplan.h"

#include <QDialog>

class QCheckBox;

namespace crm {

/// "Create user accounts for contacts" for the selected or shown members: the dry run (who gets an
/// account and under which user name, who has one, who cannot have one and why), the welcome e-mail
/// choice, and the file the site's user import takes, saved whole. Nothing is sent from here: the
/// CiviCRM API has no call that makes CMS accounts; the site's user import does.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(QList<AccountPlan::Row> rows, QWidget* parent = nullptr);
    const QList<AccountPlan::Row>& rows() const { return m_rows; }
    bool welcomeEmail() const;
    /// Writes the user import file (the rows to create); false when it could not be written.
    bool saveImportFile(const QString& path);

private:
    QList<AccountPlan::Row> m_rows;
    QCheckBox* m_welcome;
};

} // namespace crm
