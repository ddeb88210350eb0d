#include "addressdialog.h"

#include "fieldlabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm {

AddressDialog::AddressDialog(Mode mode, const QStringList& types, const QStringList& fields,
                             const QList<Address>& current, const QString& type, QWidget* parent)
    : QDialog(parent), m_mode(mode), m_current(current)
{
    setObjectName(QStringLiteral("addressDialog"));
    setWindowTitle(mode == Mode::Add ? tr("Add address") : tr("Request an address change"));
    auto* form = new QFormLayout;
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("addressType"));
    m_type->setAccessibleName(tr("Address type"));
    m_type->addItems(types);
    if (!type.isEmpty())
        m_type->setCurrentText(type);
    form->addRow(tr("&Type:"), m_type);
    for (const QString& f : fields) {
        auto* edit = new QLineEdit;
        edit->setObjectName(f);
        edit->setAccessibleName(fieldLabel(f));
        m_edits.insert(f, edit);
        form->addRow(fieldLabel(f) + QLatin1Char(':'), edit);
        connect(edit, &QLineEdit::textChanged, this, &AddressDialog::validate);
    }
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("addressNote"));
    m_note->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Add ? tr("&Add") : tr("&Request change"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    connect(m_type, &QComboBox::currentTextChanged, this, &AddressDialog::prefill);
    prefill();
}

QString AddressDialog::type() const
{
    return m_type->currentText();
}

QVariantMap AddressDialog::fields() const
{
    QVariantMap out;
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        if (!it.value()->text().trimmed().isEmpty())
            out.insert(it.key(), it.value()->text().trimmed());
    return out;
}

void AddressDialog::prefill()
{
    const auto existing = std::find_if(m_current.cbegin(), m_current.cend(),
                                       [this](const Address& a) { return a.locationType == type(); });
    if (m_mode == Mode::RequestChange) {
        const QJsonObject raw = existing != m_current.cend() ? existing->raw.object() : QJsonObject();
        for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
            it.value()->setText(raw.value(it.key()).toVariant().toString());
        // The country comes back as a name; the request takes an ISO code.
        if (auto* iso = m_edits.value(QStringLiteral("country_iso")))
            iso->clear();
        m_note->setText(
            existing != m_current.cend()
                ? tr("The CRM records a change request against the current %1 address.").arg(type())
                : tr("This member has no %1 address yet. The CRM will refuse a change request; you "
                     "will be offered to create the address instead.")
                      .arg(type()));
    } else {
        m_note->setText(existing != m_current.cend()
                            ? tr("This member already has a %1 address; this adds another.").arg(type())
                            : QString());
    }
    validate();
}

void AddressDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!fields().isEmpty() && !type().isEmpty());
}

} // namespace crm
