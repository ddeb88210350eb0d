#pragma once

#include "domain/crmerror.h"

#include <QVariantMap>

namespace crm {

class ChoiceStore;

/// Between the values a person types or reads and the ones a CRM stores: "Home" and location_type_id 1,
/// "NL" or "Netherlands" and country_id 1152, "yes" and 1. Option fields resolve through the lists the
/// last sync read (ChoiceStore); the short names people use (location_type, country, gender...) stand
/// for the CRM's *_id fields.
class FieldValues {
public:
    explicit FieldValues(const ChoiceStore& choices) : m_choices(choices) {}

    /// The CRM's name for a field a person may name shortly ("country" -> "country_id").
    static QString crmField(const QString& field);
    /// The list an option field's values come from; empty for a free field.
    static QString listOf(const QString& field);
    /// Whether a field is a yes/no flag.
    static bool isFlag(const QString& field);

    /// typed with the CRM's field names and keys, checked: e-mails, phone numbers, dates and flags in
    /// shape, options known. A Validation error in words when a value is not.
    QVariantMap toCrm(const QVariantMap& typed, CrmError* error) const;
    /// What is wrong with a value a person typed for field, in words ("" when nothing): e-mail, phone,
    /// date and flag shapes, and a postal code's shape where the country (its ISO code) has one.
    static QString problem(const QString& field, const QString& value, const QString& countryCode = {});
    /// A stored value as a person reads it: an option's name, "yes"/"no" for a flag.
    QString shown(const QString& field, const QString& value) const;
    /// A field's name as a person reads it ("Location", "Phone type", "Do not e-mail").
    static QString label(const QString& field);

private:
    const ChoiceStore& m_choices;
};

} // namespace crm
