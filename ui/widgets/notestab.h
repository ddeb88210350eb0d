#pragma once

#include "domain/member.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace crm {

/// A member's notes, oldest first, and a form to add one (a subject and the text). Notes are added,
/// never changed or removed from the console.
class NotesTab : public QWidget {
    Q_OBJECT
public:
    explicit NotesTab(QWidget* parent = nullptr);

    void showNotes(const QList<Note>& notes);
    void setEditable(bool editable);

Q_SIGNALS:
    void noteAdded(const QString& subject, const QString& text);

private:
    QTreeWidget* m_list;
    QLineEdit* m_subject;
    QPlainTextEdit* m_text;
    QPushButton* m_add;
    QWidget* m_form;
};

} // namespace crm
