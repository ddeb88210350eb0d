#pragma once

#include "bulk/memberexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QListWidget;
class QRadioButton;

namespace crm {

struct Profile;

/// Chooses what an export writes: the members shown (the search or group in view) or the selected
/// ones, the columns (member fields, groups, the primary address, custom fields by label), CSV or JSON,
/// and for CSV the delimiter and a byte order mark for spreadsheet programs.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const Profile& profile, qint64 shown, int selected, QWidget* parent = nullptr);

    QStringList columns() const;
    void setColumns(const QStringList& columns);
    MemberExport::Format format() const;
    bool byteOrderMark() const;
    char delimiter() const;
    bool selectedOnly() const;

private:
    QListWidget* m_columns;
    QComboBox* m_format;
    QComboBox* m_delimiter;
    QCheckBox* m_bom;
    QRadioButton* m_selected;
};

} // namespace crm
