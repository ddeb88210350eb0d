#pragma once

#include "domain/member.h"

#include <QMap>
#include <QScrollArea>

namespace crm {

class PartList;
class SectionEditor;

/// The whole contact record of a CRM that keeps it in parts (CiviCRM), each part edited in place:
/// names and personal details, communication preferences, phones, e-mail addresses and addresses
/// (custom fields under their labels). Ids read as names through the CRM's lists. It changes nothing
/// itself: each save is asked for with a signal, as one change.
class ContactRecordTab : public QScrollArea {
    Q_OBJECT
public:
    explicit ContactRecordTab(QWidget* parent = nullptr);

    /// choices: the CRM's lists by name; customLabels: address custom-field key -> label.
    void showMember(const Member& member, const QMap<QString, QList<Choice>>& choices,
                    const QMap<QString, QString>& customLabels);
    void clear();
    /// Whether edits are offered (connected to a CRM with the ability).
    void setEditable(bool editable);
    /// Opens a section's editor with values to correct (a refused change): "details" or
    /// "preferences" for member fields, else the part's kind with its id (empty for a new one).
    /// For a part, base is what it held when the change was made.
    void correct(const QString& section, PartKind kind, const QString& partId, const QVariantMap& values,
                 const QVariantMap& base = {});
    SectionEditor* details() const { return m_details; }
    SectionEditor* preferences() const { return m_preferences; }
    PartList* parts(PartKind kind) const;

Q_SIGNALS:
    void fieldsSaved(const QVariantMap& changed, const QVariantMap& before);
    void partAdded(crm::PartKind kind, const QVariantMap& fields);
    void partChanged(crm::PartKind kind, const QString& partId, const QVariantMap& fields,
                     const QVariantMap& before);
    void partRemoved(crm::PartKind kind, const QString& partId, const QVariantMap& before);

private:
    void wire(PartList* list, PartKind kind);

    SectionEditor* m_details;
    SectionEditor* m_preferences;
    PartList* m_phones;
    PartList* m_emails;
    PartList* m_addresses;
    QMap<QString, QString> m_customLabels;
};

} // namespace crm
