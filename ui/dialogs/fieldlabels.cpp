#include "fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace crm {

QString fieldLabel(const QString& name)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("FieldLabels", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("FieldLabels", "Last name")},
        {QStringLiteral("ext_id"), QT_TRANSLATE_NOOP("FieldLabels", "External id")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("FieldLabels", "Source")},
        {QStringLiteral("referer"), QT_TRANSLATE_NOOP("FieldLabels", "Referer")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("FieldLabels", "Note")},
        {QStringLiteral("locale"), QT_TRANSLATE_NOOP("FieldLabels", "Locale")},
        {QStringLiteral("send_email"), QT_TRANSLATE_NOOP("FieldLabels", "Send the welcome e-mail")},
        {QStringLiteral("disable_email_validation"),
         QT_TRANSLATE_NOOP("FieldLabels", "Skip the e-mail address check")},
        {QStringLiteral("unclaimed"), QT_TRANSLATE_NOOP("FieldLabels", "Unclaimed account")},
        {QStringLiteral("newsletters_subscribe"),
         QT_TRANSLATE_NOOP("FieldLabels", "Subscribe to newsletters")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("FieldLabels", "Street")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("FieldLabels", "Number")},
        {QStringLiteral("zip"), QT_TRANSLATE_NOOP("FieldLabels", "Postal code")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("FieldLabels", "City")},
        {QStringLiteral("country_iso"), QT_TRANSLATE_NOOP("FieldLabels", "Country (ISO code)")},
        {QStringLiteral("company_name"), QT_TRANSLATE_NOOP("FieldLabels", "Company")},
        {QStringLiteral("company_id"), QT_TRANSLATE_NOOP("FieldLabels", "Company id")},
        {QStringLiteral("tax_id"), QT_TRANSLATE_NOOP("FieldLabels", "Tax id")},
        {QStringLiteral("vat_id"), QT_TRANSLATE_NOOP("FieldLabels", "VAT id")},
        {QStringLiteral("phone_number"), QT_TRANSLATE_NOOP("FieldLabels", "Phone")},
        {QStringLiteral("address_lines"), QT_TRANSLATE_NOOP("FieldLabels", "Address lines")},
        {QStringLiteral("locality"), QT_TRANSLATE_NOOP("FieldLabels", "Locality")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("FieldLabels", "Region")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("FieldLabels", "Postal code")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("FieldLabels", "Country")},
        {QStringLiteral("telephone"), QT_TRANSLATE_NOOP("FieldLabels", "Telephones")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("FieldLabels", "Tags")},
        {QStringLiteral("comms_permission"),
         QT_TRANSLATE_NOOP("FieldLabels", "May be contacted (comms permission)")},
    };
    if (const char* label = labels.value(name))
        return QCoreApplication::translate("FieldLabels", label);
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

bool isFlagField(const QString& name)
{
    return name == QLatin1String("send_email") || name == QLatin1String("comms_permission") ||
           name == QLatin1String("disable_email_validation") || name == QLatin1String("unclaimed") ||
           name == QLatin1String("newsletters_subscribe");
}

} // namespace crm
