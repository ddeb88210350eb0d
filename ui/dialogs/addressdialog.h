#pragma once

#include "domain/member.h"

#include <QDialog>
#include <QMap>
#include <QVariantMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace crm {

/// Adds an address of a type, or asks for a change of the member's address of a type (prefilled with
/// that address). Only the filled fields are sent; at least one is needed.
class AddressDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, RequestChange };
    AddressDialog(Mode mode, const QStringList& types, const QStringList& fields,
                  const QList<Address>& current, const QString& type = {}, QWidget* parent = nullptr);

    QString type() const;
    /// The filled fields by the CRM's names.
    QVariantMap fields() const;

private:
    void prefill();
    void validate();

    Mode m_mode;
    QList<Address> m_current;
    QComboBox* m_type;
    QMap<QString, QLineEdit*> m_edits;
    QLabel* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace crm
