#pragma once

#include "sectioneditor.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace crm {

/// A member's parts of one kind (phones, e-mail addresses or addresses), listed with Add, Edit and Remove.
/// Adding and editing open a SectionEditor under the list; each save is one change. Insert adds, F2 or
/// Enter edits, Delete removes the selected one.
class PartList : public QWidget {
    Q_OBJECT
public:
    /// columns: the fields shown as the list's columns (labels from fields).
    PartList(const QString& noun, const QList<FieldSpec>& fields, const QStringList& columns,
             QWidget* parent = nullptr);

    void setChoices(const QMap<QString, QList<Choice>>& choices);
    /// Each part: its id and its values by field.
    void setParts(const QList<std::pair<QString, QVariantMap>>& parts);
    void setEditable(bool editable);
    /// Opens the editor on a part (its id; empty for a new one) filled with values; base is what the
    /// part holds (what a save compares with), values itself when not given.
    void edit(const QString& partId, const QVariantMap& values, const std::optional<QVariantMap>& base = {});
    QTreeWidget* list() const { return m_list; }
    SectionEditor* editor() const { return m_editor; }

Q_SIGNALS:
    void added(const QVariantMap& fields);
    void changed(const QString& partId, const QVariantMap& fields, const QVariantMap& before);
    void removed(const QString& partId, const QVariantMap& before);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString selectedId() const;
    QVariantMap valuesOf(const QString& id) const;

    QList<FieldSpec> m_fields;
    QStringList m_columns;
    QMap<QString, QList<Choice>> m_choices;
    QList<std::pair<QString, QVariantMap>> m_parts;
    QTreeWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    SectionEditor* m_editor;
    QString m_editing; ///< the part being edited; empty while adding
};

} // namespace crm
