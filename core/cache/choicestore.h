#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

namespace crm {

class Cache;

/// The CRM's lists that name ids (location types, phone types, genders, countries, provinces), as the
/// last sync read them: what turns "1152" into "Netherlands" wherever a record is shown, and a name a
/// person types back into the id the CRM takes.
class ChoiceStore {
public:
    explicit ChoiceStore(Cache& cache) : m_cache(cache) {}

    /// Replaces every list that choices hold values of; lists not among them stay.
    CrmError replace(const QList<Choice>& choices);
    /// A list's values in the CRM's order (a province list narrowed to parent when given).
    QList<Choice> list(const QString& list, const QString& parent = {}) const;
    /// key's label in list; key itself when the list does not know it (or is empty).
    QString label(const QString& list, const QString& key) const;
    /// The key a person means by text: a key, a label or a code (any case). Empty when none matches;
    /// *known is false when the list is empty (never read), so any text may be an id.
    QString keyFor(const QString& list, const QString& text, bool* known = nullptr) const;

private:
    Cache& m_cache;
};

} // namespace crm
