#include "searchwords.h"

#include <QRegularExpression>
#include <QSet>

namespace crm::SearchWords {

namespace {

/// The length of the ITU country calling code digits start with. The codes are prefix-free: 1 and 7
/// stand alone, the two-digit ones below are whole codes, every other code has three digits.
int callingCodeLength(const QString& digits)
{
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
        return 1;
    static const QSet<QString> two{
        QStringLiteral("20"), QStringLiteral("27"), QStringLiteral("30"), QStringLiteral("31"),
        QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("36"),
        QStringLiteral("39"), QStringLiteral("40"), QStringLiteral("41"), QStringLiteral("43"),
        QStringLiteral("44"), QStringLiteral("45"), QStringLiteral("46"), QStringLiteral("47"),
        QStringLiteral("48"), QStringLiteral("49"), QStringLiteral("51"), QStringLiteral("52"),
        QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("55"), QStringLiteral("56"),
        QStringLiteral("57"), QStringLiteral("58"), QStringLiteral("60"), QStringLiteral("61"),
        QStringLiteral("62"), QStringLiteral("63"), QStringLiteral("64"), QStringLiteral("65"),
        QStringLiteral("66"), QStringLiteral("81"), QStringLiteral("82"), QStringLiteral("84"),
        QStringLiteral("86"), QStringLiteral("90"), QStringLiteral("91"), QStringLiteral("92"),
        QStringLiteral("93"), QStringLiteral("94"), QStringLiteral("95"), QStringLiteral("98")};
    return two.contains(digits.left(2)) ? 2 : 3;
}

} // namespace

QString phoneDigits(const QString& number)
{
    const QString trimmed = number.trimmed();
    QString digits;
    for (const QChar c : trimmed)
        if (c.isDigit())
            digits.append(c);
    bool international = trimmed.startsWith(QLatin1Char('+'));
    if (!international && digits.startsWith(QLatin1String("00"))) {
        digits.remove(0, 2);
        international = true;
    }
    if (international)
        digits.remove(0, callingCodeLength(digits));
    // The trunk prefix a national number is dialled with (0 in most of Europe), also after the code
    // ("+44 (0)20 ...").
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return digits.size() >= 3 ? digits : QString();
}

QString phoneQuery(const QString& typed)
{
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()./-]+$"));
    const QString t = typed.trimmed();
    if (!shape.match(t).hasMatch())
        return {};
    int count = 0;
    for (const QChar c : t)
        count += c.isDigit() ? 1 : 0;
    return count >= 4 ? phoneDigits(t) : QString();
}

QString of(const Member& m)
{
    QStringList words;
    for (const Phone& p : m.phones)
        if (const QString d = phoneDigits(p.number); !d.isEmpty())
            words.append(d);
    for (const Address& a : m.addresses) {
        if (!a.postalCode.trimmed().isEmpty()) {
            words.append(a.postalCode.trimmed());
            words.append(QString(a.postalCode).remove(QLatin1Char(' ')));
        }
        if (!a.city.trimmed().isEmpty())
            words.append(a.city.trimmed());
    }
    words.removeDuplicates();
    return words.join(QLatin1Char(' '));
}

} // namespace crm::SearchWords
