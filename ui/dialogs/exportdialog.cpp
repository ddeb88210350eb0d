#include "exportdialog.h"

#include "profiles/profile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace crm {

ExportDialog::ExportDialog(const Profile& profile, qint64 shown, int selected, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export members"));
    auto* scope = new QGroupBox(tr("Members"));
    auto* all = new QRadioButton(tr("The %n member(s) shown", nullptr, int(shown)));
    all->setObjectName(QStringLiteral("exportShown"));
    m_selected = new QRadioButton(tr("The %n selected member(s)", nullptr, selected));
    m_selected->setObjectName(QStringLiteral("exportSelected"));
    m_selected->setEnabled(selected > 0);
    (selected > 1 ? m_selected : all)->setChecked(true);
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(all);
    scopeLayout->addWidget(m_selected);

    m_columns = new QListWidget;
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setAccessibleName(tr("Columns to export"));
    for (const MemberExport::Column& c : MemberExport::columns(profile)) {
        auto* item =
            new QListWidgetItem(c.title == c.key ? c.key : QStringLiteral("%1 (%2)").arg(c.title, c.key));
        item->setData(Qt::UserRole, c.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(MemberExport::defaultColumns().contains(c.key) ? Qt::Checked : Qt::Unchecked);
        m_columns->addItem(item);
    }
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("CSV (spreadsheets, RFC 4180)"), int(MemberExport::Format::Csv));
    m_format->addItem(tr("JSON"), int(MemberExport::Format::Json));
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_delimiter->addItem(tr("Comma"), int(','));
    m_delimiter->addItem(tr("Semicolon (spreadsheets in many European languages)"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_bom = new QCheckBox(tr("Add a byte order mark (for spreadsheet programs that need it to read UTF-8)"));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const bool csv = format() == MemberExport::Format::Csv;
        m_delimiter->setEnabled(csv);
        m_bom->setEnabled(csv);
    });
    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Export\u2026"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_columns, &QListWidget::itemChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Save)->setEnabled(!columns().isEmpty()); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    auto* columnsLabel = new QLabel(tr("&Columns:"));
    columnsLabel->setBuddy(m_columns);
    layout->addWidget(columnsLabel);
    layout->addWidget(m_columns, 1);
    layout->addLayout(form);
    layout->addWidget(m_bom);
    layout->addWidget(buttons);
    resize(460, 520);
}

QStringList ExportDialog::columns() const
{
    QStringList out;
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            out.append(m_columns->item(i)->data(Qt::UserRole).toString());
    return out;
}

void ExportDialog::setColumns(const QStringList& columns)
{
    for (int i = 0; i < m_columns->count(); ++i)
        m_columns->item(i)->setCheckState(columns.contains(m_columns->item(i)->data(Qt::UserRole).toString())
                                              ? Qt::Checked
                                              : Qt::Unchecked);
}

MemberExport::Format ExportDialog::format() const
{
    return MemberExport::Format(m_format->currentData().toInt());
}

bool ExportDialog::byteOrderMark() const
{
    return m_bom->isChecked();
}

char ExportDialog::delimiter() const
{
    return char(m_delimiter->currentData().toInt());
}

bool ExportDialog::selectedOnly() const
{
    return m_selected->isChecked();
}

} // namespace crm
