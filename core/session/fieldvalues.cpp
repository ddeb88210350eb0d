#include "fieldvalues.h"

#include "cache/choicestore.h"
#include "domain/member.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace crm {

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(FieldValues)
};

} // namespace

QString FieldValues::crmField(const QString& field)
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("location_type"), QStringLiteral("location_type_id")},
        {QStringLiteral("location"), QStringLiteral("location_type_id")},
        {QStringLiteral("phone_type"), QStringLiteral("phone_type_id")},
        {QStringLiteral("country"), QStringLiteral("country_id")},
        {QStringLiteral("state_province"), QStringLiteral("state_province_id")},
        {QStringLiteral("province"), QStringLiteral("state_province_id")},
        {QStringLiteral("gender"), QStringLiteral("gender_id")},
    };
    return aliases.value(field, field);
}

QString FieldValues::listOf(const QString& field)
{
    static const QHash<QString, QString> lists{
        {QStringLiteral("location_type_id"), ChoiceList::LocationType},
        {QStringLiteral("phone_type_id"), ChoiceList::PhoneType},
        {QStringLiteral("gender_id"), ChoiceList::Gender},
        {QStringLiteral("country_id"), ChoiceList::Country},
        {QStringLiteral("state_province_id"), ChoiceList::Province},
    };
    return lists.value(crmField(field));
}

bool FieldValues::isFlag(const QString& field)
{
    static const QStringList flags{QStringLiteral("is_primary"),   QStringLiteral("on_hold"),
                                   QStringLiteral("do_not_email"), QStringLiteral("do_not_phone"),
                                   QStringLiteral("do_not_mail"),  QStringLiteral("do_not_sms"),
                                   QStringLiteral("is_opt_out")};
    return flags.contains(field);
}

QString FieldValues::label(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("FieldValues", "First name")},
        {QStringLiteral("middle_name"), QT_TRANSLATE_NOOP("FieldValues", "Middle name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("FieldValues", "Last name")},
        {QStringLiteral("nick_name"), QT_TRANSLATE_NOOP("FieldValues", "Nickname")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("FieldValues", "E-mail")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("FieldValues", "Birth date")},
        {QStringLiteral("gender_id"), QT_TRANSLATE_NOOP("FieldValues", "Gender")},
        {QStringLiteral("job_title"), QT_TRANSLATE_NOOP("FieldValues", "Job title")},
        {QStringLiteral("do_not_email"), QT_TRANSLATE_NOOP("FieldValues", "Do not e-mail")},
        {QStringLiteral("do_not_phone"), QT_TRANSLATE_NOOP("FieldValues", "Do not phone")},
        {QStringLiteral("do_not_mail"), QT_TRANSLATE_NOOP("FieldValues", "Do not mail")},
        {QStringLiteral("do_not_sms"), QT_TRANSLATE_NOOP("FieldValues", "Do not send texts (SMS)")},
        {QStringLiteral("is_opt_out"), QT_TRANSLATE_NOOP("FieldValues", "No bulk e-mail")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("FieldValues", "Number")},
        {QStringLiteral("phone_type_id"), QT_TRANSLATE_NOOP("FieldValues", "Phone type")},
        {QStringLiteral("location_type_id"), QT_TRANSLATE_NOOP("FieldValues", "Location")},
        {QStringLiteral("is_primary"), QT_TRANSLATE_NOOP("FieldValues", "Primary")},
        {QStringLiteral("on_hold"), QT_TRANSLATE_NOOP("FieldValues", "On hold")},
        {QStringLiteral("street_address"), QT_TRANSLATE_NOOP("FieldValues", "Street")},
        {QStringLiteral("supplemental_address_1"), QT_TRANSLATE_NOOP("FieldValues", "Address line 2")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("FieldValues", "City")},
        {QStringLiteral("postal_code"), QT_TRANSLATE_NOOP("FieldValues", "Postal code")},
        {QStringLiteral("state_province_id"), QT_TRANSLATE_NOOP("FieldValues", "State or province")},
        {QStringLiteral("country_id"), QT_TRANSLATE_NOOP("FieldValues", "Country")},
    };
    const char* text = labels.value(crmField(field));
    return text ? Words::tr(text) : field;
}

QString FieldValues::problem(const QString& field, const QString& typed, const QString& countryCode)
{
    const QString f = crmField(field);
    const QString value = typed.trimmed();
    if (f == QLatin1String("email")) {
        static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return shape.match(value).hasMatch()
                   ? QString()
                   : Words::tr("\u201c%1\u201d is not an e-mail address.").arg(value);
    }
    if (f == QLatin1String("phone")) {
        static const QRegularExpression shape(QStringLiteral("^\\+?[0-9][0-9 ()./-]{2,}$"));
        return shape.match(value).hasMatch()
                   ? QString()
                   : Words::tr("\u201c%1\u201d is not a phone number: use digits, spaces "
                               "and an optional + in front.")
                         .arg(value);
    }
    if (f == QLatin1String("birth_date") && !value.isEmpty()) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        return d.isValid() && d <= QDate::currentDate()
                   ? QString()
                   : Words::tr(
                         "\u201c%1\u201d is not a birth date: write it as year-month-day, e.g. 1984-03-21.")
                         .arg(value);
    }
    if (f == QLatin1String("postal_code") && !value.isEmpty() && !countryCode.isEmpty()) {
        // The shapes of the countries whose codes people most often mistype; others are taken as given.
        static const QHash<QString, std::pair<const char*, const char*>> shapes{
            {QStringLiteral("AT"), {"^\\d{4}$", QT_TRANSLATE_NOOP("FieldValues", "4 digits, e.g. 1010")}},
            {QStringLiteral("CH"), {"^\\d{4}$", QT_TRANSLATE_NOOP("FieldValues", "4 digits, e.g. 8001")}},
            {QStringLiteral("DE"), {"^\\d{5}$", QT_TRANSLATE_NOOP("FieldValues", "5 digits, e.g. 10115")}},
            {QStringLiteral("FR"), {"^\\d{5}$", QT_TRANSLATE_NOOP("FieldValues", "5 digits, e.g. 75001")}},
            {QStringLiteral("NL"),
             {"^\\d{4} ?[A-Za-z]{2}$",
              QT_TRANSLATE_NOOP("FieldValues", "4 digits and 2 letters, e.g. 6971 BN")}},
            {QStringLiteral("PL"),
             {"^\\d{2}-\\d{3}$",
              QT_TRANSLATE_NOOP("FieldValues", "2 digits, a dash and 3 digits, e.g. 30-001")}},
            {QStringLiteral("PT"),
             {"^\\d{4}-\\d{3}$",
              QT_TRANSLATE_NOOP("FieldValues", "4 digits, a dash and 3 digits, e.g. 4000-123")}},
            {QStringLiteral("SE"),
             {"^\\d{3} ?\\d{2}$", QT_TRANSLATE_NOOP("FieldValues", "5 digits, e.g. 411 01")}},
            {QStringLiteral("SK"),
             {"^\\d{3} ?\\d{2}$", QT_TRANSLATE_NOOP("FieldValues", "5 digits, e.g. 010 01")}},
            {QStringLiteral("GB"),
             {"^[A-Za-z]{1,2}\\d[A-Za-z\\d]? ?\\d[A-Za-z]{2}$",
              QT_TRANSLATE_NOOP("FieldValues", "like SW1A 1AA")}},
            {QStringLiteral("US"),
             {"^\\d{5}(-\\d{4})?$", QT_TRANSLATE_NOOP("FieldValues", "5 digits, e.g. 94103")}},
        };
        const auto shape = shapes.value(countryCode.toUpper());
        if (shape.first && !QRegularExpression(QString::fromLatin1(shape.first)).match(value).hasMatch())
            return Words::tr("\u201c%1\u201d is not a postal code there: %2.")
                .arg(value, Words::tr(shape.second));
    }
    return {};
}

QVariantMap FieldValues::toCrm(const QVariantMap& typed, CrmError* error) const
{
    QVariantMap out;
    auto refuse = [&](const QString& why) {
        *error = CrmError(CrmError::Kind::Validation, {}, 0, why);
        return QVariantMap();
    };
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        const QString field = crmField(it.key());
        QString value = it.value().typeId() == QMetaType::Bool ? QString::number(it.value().toBool() ? 1 : 0)
                                                               : it.value().toString().trimmed();
        if (const QString list = listOf(field); !list.isEmpty() && !value.isEmpty()) {
            bool known = false;
            const QString key = m_choices.keyFor(list, value, &known);
            if (key.isEmpty() && known) {
                QStringList names;
                for (const Choice& c : m_choices.list(list))
                    names.append(c.label);
                const QString shownNames = names.size() > 12 ? names.mid(0, 12).join(QStringLiteral(", ")) +
                                                                   QStringLiteral(", \u2026")
                                                             : names.join(QStringLiteral(", "));
                return refuse(Words::tr("%1 \u201c%2\u201d is not one the CRM knows. Choose one of: %3.")
                                  .arg(label(field), value, shownNames));
            }
            if (!known && !QRegularExpression(QStringLiteral("^\\d+$")).match(value).hasMatch())
                return refuse(
                    Words::tr("The CRM's list of %1 values has not been read yet; run a sync first, or "
                              "give the number the CRM uses.")
                        .arg(label(field).toLower()));
            value = key.isEmpty() ? value : key;
        } else if (isFlag(field)) {
            const QString v = value.toLower();
            if (QStringList{QStringLiteral("1"), QStringLiteral("yes"), QStringLiteral("true"),
                            QStringLiteral("y")}
                    .contains(v))
                value = QStringLiteral("1");
            else if (QStringList{QStringLiteral("0"), QStringLiteral("no"), QStringLiteral("false"),
                                 QStringLiteral("n"), QString()}
                         .contains(v))
                value = QStringLiteral("0");
            else
                return refuse(Words::tr("%1 is yes or no, not \u201c%2\u201d.").arg(label(field), value));
        } else if (const QString wrong = problem(field, value); !wrong.isEmpty()) {
            return refuse(wrong);
        }
        out.insert(field, value);
    }
    return out;
}

QString FieldValues::shown(const QString& field, const QString& value) const
{
    const QString crm = crmField(field);
    if (const QString list = listOf(crm); !list.isEmpty())
        return m_choices.label(list, value);
    if (isFlag(crm))
        return value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                   ? Words::tr("yes")
                   : Words::tr("no");
    return value;
}

} // namespace crm
