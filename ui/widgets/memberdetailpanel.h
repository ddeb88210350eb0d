#pragma once

#include "domain/member.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace crm {

/// Shows one member: the mapped fields, addresses with custom fields under their profile labels,
/// the groups they belong to, and every raw field the CRM sent.
class MemberDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit MemberDetailPanel(QWidget* parent = nullptr);

    /// labels: custom-field key -> label; groupTitles: group id -> title.
    void showMember(const Member& member, const QMap<QString, QString>& labels,
                    const QMap<QString, QString>& groupTitles, bool pendingEdit);
    void clear();

private:
    QLabel* m_title;
    QLabel* m_pending;
    QTabWidget* m_tabs;
    QTreeWidget* m_fields;
    QTreeWidget* m_addresses;
    QTreeWidget* m_groups;
    QTreeWidget* m_raw;
};

} // namespace crm
