#include "bulkeditdialog.h"

#include "fieldlabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm {

BulkEditDialog::BulkEditDialog(const QStringList& fields, int members, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Set a field for %n member(s)", nullptr, members));
    m_field = new QComboBox;
    m_field->setObjectName(QStringLiteral("bulkField"));
    m_field->setAccessibleName(tr("Field"));
    for (const QString& f : fields)
        if (f != QLatin1String("email"))
            m_field->addItem(fieldLabel(f), f);
    m_value = new QLineEdit;
    m_value->setObjectName(QStringLiteral("bulkValue"));
    m_value->setAccessibleName(tr("New value"));
    m_value->setPlaceholderText(tr("empty clears the field"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Field:"), m_field);
    form->addRow(tr("&Value:"), m_value);
    auto* note = new QLabel(tr("Each member's change waits in the outbox and is sent on its own: one the CRM "
                               "refuses is listed there with the reason, and the others still go."));
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set for %n member(s)", nullptr, members));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_field->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString BulkEditDialog::field() const
{
    return m_field->currentData().toString();
}

QString BulkEditDialog::value() const
{
    return m_value->text().trimmed();
}

void BulkEditDialog::setValues(const QString& field, const QString& value)
{
    m_field->setCurrentIndex(std::max(0, m_field->findData(field)));
    m_value->setText(value);
}

} // namespace crm
