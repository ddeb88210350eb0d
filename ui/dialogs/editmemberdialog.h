#pragma once

#include "domain/member.h"

#include <QDialog>
#include <QVariantMap>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace crm {

/// Edits a member's first name, last name and e-mail. OK is enabled only for valid input that changes
/// something; the problem is said next to the form.
class EditMemberDialog : public QDialog {
    Q_OBJECT
public:
    explicit EditMemberDialog(const Member& member, QWidget* parent = nullptr);
    /// The fields that changed, by name (Field::FirstName, ...).
    QVariantMap changes() const;
    /// Why the input cannot be saved, or an empty string.
    QString problem() const;

private:
    void validate();

    Member m_member;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_email;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace crm
