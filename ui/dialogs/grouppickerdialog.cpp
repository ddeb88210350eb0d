#include "grouppickerdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm {

GroupPickerDialog::GroupPickerDialog(const QList<Group>& groups, const QString& action, int memberCount,
                                     QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(action);
    setObjectName(QStringLiteral("groupPickerDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n selected member(s). Choose the group:", nullptr, memberCount)));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("groupList"));
    m_list->setAccessibleName(tr("Groups"));
    for (const Group& g : groups) {
        auto* item = new QListWidgetItem(
            g.smart ? tr("%1 \u2014 smart group, computed by the CRM").arg(g.title) : g.title, m_list);
        item->setData(Qt::UserRole, g.id);
        if (g.smart) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("The CRM computes this group's members from a saved search; they cannot be "
                                "added or removed by hand."));
        }
    }
    m_note = new QLabel(tr("Smart groups are greyed out: their members follow from the CRM's saved search."));
    m_note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_list, &QListWidget::currentItemChanged, this, [buttons](QListWidgetItem* item) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(item && (item->flags() & Qt::ItemIsEnabled));
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled)
            accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_list);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
}

QString GroupPickerDialog::groupId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace crm
