#pragma once

#include "domain/member.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace crm {

/// Adds a user-meta entry, or edits one (its key then fixed): key, value and whether it is public.
class MetaEntryDialog : public QDialog {
    Q_OBJECT
public:
    /// existing.key empty: a new entry.
    explicit MetaEntryDialog(const MetaEntry& existing, QWidget* parent = nullptr);
    MetaEntry entry() const;

private:
    QLineEdit* m_key;
    QLineEdit* m_value;
    QCheckBox* m_public;
    QDialogButtonBox* m_buttons;
};

} // namespace crm
