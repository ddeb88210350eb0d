#pragma once

#include "domain/member.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace crm {

/// Adds a linked member to a membership: first name, last name and e-mail (the CRM creates the person
/// when none has that e-mail). Says how many more the membership allows.
class LinkedMemberDialog : public QDialog {
    Q_OBJECT
public:
    explicit LinkedMemberDialog(const Membership& membership, QWidget* parent = nullptr);
    LinkedMember linked() const;
    QString problem() const;

private:
    void validate();

    Membership m_membership;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_email;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace crm
