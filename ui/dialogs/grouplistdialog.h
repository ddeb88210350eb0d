#pragma once

#include "domain/member.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace crm {

/// Edits the named list of group ids a connection keeps for a CRM that cannot list its groups (REMP):
/// one row per group, id and name.
class GroupListDialog : public QDialog {
    Q_OBJECT
public:
    explicit GroupListDialog(const QList<Group>& groups, QWidget* parent = nullptr);
    /// The list as the profile option holds it: "1:Newsletter;2:Premium readers".
    QString option() const;
    /// Why the list cannot be saved (a row without an id, a repeated id), or an empty string.
    QString problem() const;

private:
    void validate();

    QTableWidget* m_table;
    QLabel* m_problem;
    QPushButton* m_ok = nullptr;
};

} // namespace crm
