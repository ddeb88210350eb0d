#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace crm {

/// Sets one field to one value for many members at once: the field (among those the CRM lets the
/// console edit, less the e-mail, which is each member's own) and the value. The caller records one
/// edit a member in the outbox, so each is sent, retried or refused on its own and none is lost.
class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    BulkEditDialog(const QStringList& fields, int members, QWidget* parent = nullptr);
    QString field() const;
    QString value() const;
    void setValues(const QString& field, const QString& value);

private:
    QComboBox* m_field;
    QLineEdit* m_value;
};

} // namespace crm
