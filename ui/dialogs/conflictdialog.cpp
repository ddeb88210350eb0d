#include "conflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm {

ConflictDialog::ConflictDialog(const OutboxEntry& entry, const OutboxEntry::Names& names, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Changed on the server too"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Someone changed this record in the CRM after it was read here. For each field, "
                      "choose whose value to keep:\n%1")
                       .arg(entry.describe(names)));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const bool part = entry.op == OutboxEntry::Op::PartChange;
    const QVariantMap wanted = part ? entry.fields.value(QStringLiteral("fields")).toMap() : entry.fields;
    const QVariantMap read = part ? entry.fields.value(QStringLiteral("before")).toMap() : entry.prior;
    auto serverValue = [&](const QString& key) {
        if (part)
            return entry.serverSnapshot.value(key).toVariant().toString();
        if (entry.serverSnapshot.contains(key))
            return entry.serverSnapshot.value(key).toVariant().toString();
        return entry.serverSnapshot.value(QLatin1String("raw")).toObject().value(key).toVariant().toString();
    };
    auto shown = [&](const QString& key, const QString& v) { return names.value ? names.value(key, v) : v; };
    m_table = new QTableWidget(int(wanted.size()), 5);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setAccessibleName(tr("Fields in conflict"));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("When read"), tr("Yours"), tr("The server's now"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    int row = 0;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it, ++row) {
        const QString key = it.key();
        m_fields.append(key);
        const QString server = serverValue(key);
        m_table->setItem(row, 0, new QTableWidgetItem(names.field ? names.field(key) : key));
        m_table->setItem(row, 1, new QTableWidgetItem(shown(key, read.value(key).toString())));
        m_table->setItem(row, 2, new QTableWidgetItem(shown(key, it.value().toString())));
        m_table->setItem(row, 3, new QTableWidgetItem(shown(key, server)));
        auto* keep = new QComboBox;
        keep->setObjectName(QStringLiteral("keep_") + key);
        keep->setAccessibleName(tr("Keep for %1").arg(names.field ? names.field(key) : key));
        keep->addItem(tr("Yours"), true);
        keep->addItem(tr("The server's"), false);
        // Where the server changed what the user did not touch the same way, its value is the safer default.
        keep->setCurrentIndex(server == read.value(key).toString() ? 0 : 1);
        m_table->setCellWidget(row, 4, keep);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply my choices"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Decide later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 320);
}

QStringList ConflictDialog::kept() const
{
    QStringList out;
    for (int row = 0; row < m_fields.size(); ++row)
        if (static_cast<QComboBox*>(m_table->cellWidget(row, 4))->currentData().toBool())
            out.append(m_fields[row]);
    return out;
}

} // namespace crm
