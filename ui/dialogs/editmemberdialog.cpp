#include "editmemberdialog.h"
#include "tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace crm {

EditMemberDialog::EditMemberDialog(const Member& member, QWidget* parent) : QDialog(parent), m_member(member)
{
    // Two "Marvin Smith" rows are told apart by the e-mail.
    setWindowTitle(member.email.isEmpty() ? tr("Edit %1").arg(member.displayName)
                                          : tr("Edit %1 <%2>").arg(member.displayName, member.email));
    setObjectName(QStringLiteral("editMemberDialog"));
    auto* form = new QFormLayout;
    m_first = new QLineEdit(member.firstName);
    m_first->setObjectName(QStringLiteral("firstName"));
    m_first->setAccessibleName(tr("First name"));
    m_last = new QLineEdit(member.lastName);
    m_last->setObjectName(QStringLiteral("lastName"));
    m_last->setAccessibleName(tr("Last name"));
    m_email = new QLineEdit(member.email);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("E-mail"));
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&E-mail:"), m_email);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    Tones::paint(m_problem, Tones::Tone::Problem);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(
        new QLabel(tr("Changes are saved at once and sent to the CRM; without a connection they "
                      "wait in the outbox.")));
    layout->addWidget(m_buttons);
    for (QLineEdit* e : {m_first, m_last, m_email})
        connect(e, &QLineEdit::textChanged, this, &EditMemberDialog::validate);
    validate();
}

QVariantMap EditMemberDialog::changes() const
{
    QVariantMap out;
    if (m_first->text().trimmed() != m_member.firstName)
        out.insert(Field::FirstName, m_first->text().trimmed());
    if (m_last->text().trimmed() != m_member.lastName)
        out.insert(Field::LastName, m_last->text().trimmed());
    if (m_email->text().trimmed() != m_member.email)
        out.insert(Field::Email, m_email->text().trimmed());
    return out;
}

QString EditMemberDialog::problem() const
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (m_first->text().trimmed().isEmpty() && m_last->text().trimmed().isEmpty())
        return tr("Enter a first or a last name.");
    const QString e = m_email->text().trimmed();
    if (!e.isEmpty() && !email.match(e).hasMatch())
        return tr("\u201c%1\u201d is not an e-mail address (it needs a name, an @ and a domain).").arg(e);
    return {};
}

void EditMemberDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty() && !changes().isEmpty());
}

} // namespace crm
