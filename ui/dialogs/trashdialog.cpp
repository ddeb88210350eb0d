#include "trashdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm {

TrashDialog::TrashDialog(const QList<Trashed>& trashed, QWidget* parent) : QDialog(parent), m_trashed(trashed)
{
    setObjectName(QStringLiteral("trashDialog"));
    setWindowTitle(tr("Restore from trash"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(trashed.isEmpty()
                                 ? tr("This console has moved no one to the trash. A member trashed in the "
                                      "CRM itself can be restored by their id.")
                                 : tr("Members this console moved to the CRM's trash. Choose whom to bring "
                                      "back to the member list:"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("trashList"));
    m_list->setAccessibleName(tr("Members in the trash"));
    m_list->setHeaderLabels({tr("Name"), tr("ID"), tr("Moved to the trash")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (const Trashed& t : trashed)
        m_list->addTopLevelItem(new QTreeWidgetItem({t.name, t.memberId, t.when}));
    m_list->setVisible(!trashed.isEmpty());
    if (!trashed.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    layout->addWidget(m_list, 1);

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("trashMemberId"));
    m_id->setAccessibleName(tr("Member id of someone else in the trash"));
    m_id->setPlaceholderText(tr("the member's id in the CRM"));
    auto* form = new QFormLayout;
    form->addRow(trashed.isEmpty() ? tr("Member &id:") : tr("Or another member's &id:"), m_id);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TrashDialog::updateButtons);
    connect(m_id, &QLineEdit::textChanged, this, [this] {
        // A typed id is what Restore takes: the list's choice would be a second, hidden answer.
        if (!m_id->text().trimmed().isEmpty())
            m_list->clearSelection();
        updateButtons();
    });
    (trashed.isEmpty() ? static_cast<QWidget*>(m_id) : m_list)->setFocus();
    updateButtons();
    resize(520, trashed.isEmpty() ? 160 : 360);
}

QList<TrashDialog::Trashed> TrashDialog::chosen() const
{
    QList<Trashed> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->isSelected())
            out.append(m_trashed.at(i));
    const QString id = m_id->text().trimmed();
    if (out.isEmpty() && !id.isEmpty())
        out.append({id, {}, {}});
    return out;
}

void TrashDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty());
}

} // namespace crm
