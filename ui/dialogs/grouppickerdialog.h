#pragma once

#include "domain/member.h"

#include <QDialog>

class QListWidget;
class QLabel;

namespace crm {

/// Picks one group to add members to or remove them from. Smart groups are listed but cannot be
/// chosen: the CRM computes their members, and the dialog says so.
class GroupPickerDialog : public QDialog {
    Q_OBJECT
public:
    GroupPickerDialog(const QList<Group>& groups, const QString& action, int memberCount,
                      QWidget* parent = nullptr);
    QString groupId() const;

private:
    QListWidget* m_list;
    QLabel* m_note;
};

} // namespace crm
