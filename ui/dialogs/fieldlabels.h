#pragma once

#include <QString>

namespace crm {

/// A label for a form field named as the CRM names it ("zip" -> "Postal code"); unknown names are
/// shown with their underscores as spaces.
QString fieldLabel(const QString& name);
/// Whether a field is a yes/no flag (shown as a check box, sent as "1" or "0").
bool isFlagField(const QString& name);

} // namespace crm
