#include "metaentrydialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm {

MetaEntryDialog::MetaEntryDialog(const MetaEntry& existing, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("metaEntryDialog"));
    setWindowTitle(existing.key.isEmpty() ? tr("Add meta entry") : tr("Edit meta entry"));
    m_key = new QLineEdit(existing.key);
    m_key->setObjectName(QStringLiteral("metaKey"));
    m_key->setAccessibleName(tr("Key"));
    m_key->setReadOnly(!existing.key.isEmpty());
    m_value = new QLineEdit(existing.value);
    m_value->setObjectName(QStringLiteral("metaValue"));
    m_value->setAccessibleName(tr("Value"));
    m_public = new QCheckBox(tr("&Public (the member and the CRM's public calls can see it)"));
    m_public->setObjectName(QStringLiteral("metaPublic"));
    m_public->setChecked(existing.isPublic);
    auto* form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(QString(), m_public);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    const auto validate = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_key->text().trimmed().isEmpty());
    };
    connect(m_key, &QLineEdit::textChanged, this, validate);
    validate();
    (existing.key.isEmpty() ? m_key : m_value)->setFocus();
}

MetaEntry MetaEntryDialog::entry() const
{
    return {m_key->text().trimmed(), m_value->text(), m_public->isChecked()};
}

} // namespace crm
