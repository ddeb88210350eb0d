#include "grouplistdialog.h"
#include "tones.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm {

GroupListDialog::GroupListDialog(const QList<Group>& unsorted, QWidget* parent) : QDialog(parent)
{
    QList<Group> groups = unsorted;
    std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        return a.id.toLongLong() != b.id.toLongLong() ? a.id.toLongLong() < b.id.toLongLong() : a.id < b.id;
    });
    setObjectName(QStringLiteral("groupListDialog"));
    setWindowTitle(tr("Groups of this connection"));
    auto* intro = new QLabel(tr("This CRM has no call that lists its groups. Enter the id the CRM gives each "
                                "group and the name to show for it."));
    intro->setWordWrap(true);
    m_table = new QTableWidget(int(groups.size()), 2);
    m_table->setObjectName(QStringLiteral("groupList"));
    m_table->setAccessibleName(tr("Groups"));
    m_table->setHorizontalHeaderLabels({tr("Group id"), tr("Name")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    for (int r = 0; r < groups.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(groups[r].id));
        m_table->setItem(r, 1, new QTableWidgetItem(groups[r].title));
    }
    auto* add = new QPushButton(tr("&Add group"));
    auto* remove = new QPushButton(tr("&Remove group"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem);
        m_table->setItem(r, 1, new QTableWidgetItem);
        m_table->setCurrentCell(r, 0);
        m_table->editItem(m_table->item(r, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        validate();
    });
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    m_problem = new QLabel;
    Tones::paint(m_problem, Tones::Tone::Problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemChanged, this, &GroupListDialog::validate);
    validate();
    resize(440, 360);
}

QString GroupListDialog::option() const
{
    QStringList entries;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString id = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        QString name = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        name.remove(QLatin1Char(';'));
        if (!id.isEmpty())
            entries.append(name.isEmpty() ? id : id + QLatin1Char(':') + name);
    }
    return entries.join(QLatin1Char(';'));
}

QString GroupListDialog::problem() const
{
    QSet<QString> seen;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString id = m_table->item(r, 0) ? m_table->item(r, 0)->text().trimmed() : QString();
        const QString name = m_table->item(r, 1) ? m_table->item(r, 1)->text().trimmed() : QString();
        if (id.isEmpty() && !name.isEmpty())
            return tr("Row %1 has a name but no group id.").arg(r + 1);
        if (id.contains(QLatin1Char(':')) || id.contains(QLatin1Char(';')))
            return tr("A group id cannot contain \u201c:\u201d or \u201c;\u201d.");
        if (!id.isEmpty() && seen.contains(id))
            return tr("Group id %1 is listed twice.").arg(id);
        seen.insert(id);
    }
    return {};
}

void GroupListDialog::validate()
{
    const QString p = problem();
    m_problem->setText(p);
    if (m_ok)
        m_ok->setEnabled(p.isEmpty());
}

} // namespace crm
