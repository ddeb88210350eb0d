#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QTreeWidget;

namespace crm {

/// "Restore from trash": the members this console moved to the CRM's trash (a member in the trash is no
/// longer in the list), and a field for the id of one trashed in the CRM itself. Restore takes the
/// chosen ones, or the id typed.
class TrashDialog : public QDialog {
    Q_OBJECT
public:
    struct Trashed {
        QString memberId;
        QString name;
        QString when; ///< when it was moved, as a person reads it
    };
    explicit TrashDialog(const QList<Trashed>& trashed, QWidget* parent = nullptr);

    /// The members to restore: the ones chosen in the list, else the id typed.
    QList<Trashed> chosen() const;

private:
    void updateButtons();

    QList<Trashed> m_trashed;
    QTreeWidget* m_list;
    QLineEdit* m_id;
    QDialogButtonBox* m_buttons;
};

} // namespace crm
