#pragma once

#include "domain/member.h"

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace crm {

/// Edits a member with a person record (SheepCRM): names, e-mail, address lines (one a line), locality,
/// region, postal code, country, telephones (one a line), comms permission and tags (a list with Add and
/// Remove). changes() holds only what changed, and a list field always as the whole new list, so an edit
/// can never append by accident.
class EditPersonDialog : public QDialog {
    Q_OBJECT
public:
    explicit EditPersonDialog(const Member& member, QWidget* parent = nullptr);
    QVariantMap changes() const;
    QString problem() const;
    /// For tests: the tags as listed.
    QStringList tags() const;
    void addTag(const QString& tag);
    void removeTag(const QString& tag);

private:
    void validate();

    Member m_member;
    QJsonObject m_person;
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_email;
    QPlainTextEdit* m_lines;
    QLineEdit* m_locality;
    QLineEdit* m_region;
    QLineEdit* m_postal;
    QLineEdit* m_country;
    QPlainTextEdit* m_phones;
    QCheckBox* m_comms;
    QListWidget* m_tags;
    QLineEdit* m_newTag;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace crm
