#include "historytab.h"
#include "showndate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm {

HistoryTab::HistoryTab(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("History of this member"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("When"), tr("Change"), tr("What became of it")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    auto* row = new QHBoxLayout;
    m_undo = new QPushButton(tr("&Undo last change"));
    m_undo->setObjectName(QStringLiteral("historyUndo"));
    m_undo->setToolTip(tr("Takes the member's last change back (Ctrl+Z): one not sent yet is withdrawn, one "
                          "sent is changed back, unless the CRM has changed it since."));
    row->addWidget(m_undo);
    row->addStretch();
    layout->addLayout(row);
    connect(m_undo, &QPushButton::clicked, this, &HistoryTab::undoRequested);
}

void HistoryTab::showHistory(const QList<HistoryLine>& lines, bool canUndo)
{
    m_list->clear();
    for (const HistoryLine& l : lines) {
        auto* item = new QTreeWidgetItem(m_list, {ShownDate::at(l.when), l.change, l.status});
        item->setToolTip(1, l.change);
        item->setToolTip(2, l.status);
        item->setData(0, Qt::UserRole, l.entryId);
    }
    m_undo->setEnabled(canUndo);
}

} // namespace crm
