#include "linkedmemberdialog.h"
#include "tones.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace crm {

LinkedMemberDialog::LinkedMemberDialog(const Membership& membership, QWidget* parent)
    : QDialog(parent), m_membership(membership)
{
    setObjectName(QStringLiteral("linkedMemberDialog"));
    setWindowTitle(tr("Add a linked member"));
    auto* about = new QLabel;
    about->setObjectName(QStringLiteral("allowance"));
    about->setWordWrap(true);
    const QString name = QStringList{membership.type, membership.number}.join(QStringLiteral(" ")).trimmed();
    if (membership.maxLinked >= 0)
        about->setText(tr("%1: %2 of %3 linked members; %4 more allowed.")
                           .arg(name)
                           .arg(membership.linked.size())
                           .arg(membership.maxLinked)
                           .arg(std::max<qsizetype>(0, membership.maxLinked - membership.linked.size())));
    else
        about->setText(tr("%1: %2 linked members.").arg(name).arg(membership.linked.size()));
    m_first = new QLineEdit;
    m_first->setObjectName(QStringLiteral("firstName"));
    m_first->setAccessibleName(tr("First name"));
    m_last = new QLineEdit;
    m_last->setObjectName(QStringLiteral("lastName"));
    m_last->setAccessibleName(tr("Last name"));
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("E-mail"));
    auto* form = new QFormLayout;
    form->addRow(tr("&First name:"), m_first);
    form->addRow(tr("&Last name:"), m_last);
    form->addRow(tr("&E-mail:"), m_email);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    Tones::paint(m_problem, Tones::Tone::Problem);
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("SheepCRM creates the person if none has this e-mail.")));
    layout->addWidget(m_buttons);
    for (QLineEdit* e : {m_first, m_last, m_email})
        connect(e, &QLineEdit::textChanged, this, &LinkedMemberDialog::validate);
    validate();
}

LinkedMember LinkedMemberDialog::linked() const
{
    return {{}, m_email->text().trimmed(), m_first->text().trimmed(), m_last->text().trimmed(), {}};
}

QString LinkedMemberDialog::problem() const
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    if (m_membership.maxLinked >= 0 && m_membership.linked.size() >= m_membership.maxLinked)
        return tr("This membership allows no more linked members. Remove one first.");
    if (m_first->text().trimmed().isEmpty() || m_last->text().trimmed().isEmpty())
        return tr("Enter the first and the last name.");
    const QString e = m_email->text().trimmed();
    if (!email.match(e).hasMatch())
        return tr("Enter the e-mail address (it needs a name, an @ and a domain).");
    for (const LinkedMember& l : m_membership.linked)
        if (l.email.compare(e, Qt::CaseInsensitive) == 0)
            return tr("%1 is already linked to this membership.").arg(e);
    return {};
}

void LinkedMemberDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace crm
