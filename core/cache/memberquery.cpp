#include "memberquery.h"

#include "searchwords.h"

#include <QRegularExpression>
#include <QStringList>

namespace crm {

QStringList searchPhrases(const QString& text)
{
    // The unicode61 tokenizer splits on everything but letters and digits. A typed word that holds
    // punctuation ("o'bri", "jane.d") becomes a phrase of adjacent tokens whose last one is a prefix,
    // so it matches O'Brien and jane.doe@... but not every member whose e-mail ends in ".org".
    QStringList phrases;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QStringList tokens;
        QString token;
        for (const QChar c : word) {
            if (c.isLetterOrNumber()) {
                token.append(c);
            } else if (!token.isEmpty()) {
                tokens.append(token);
                token.clear();
            }
        }
        if (!token.isEmpty())
            tokens.append(token);
        if (!tokens.isEmpty())
            phrases.append(tokens.join(QLatin1Char(' ')));
    }
    return phrases;
}

QString ftsPrefixQuery(const QString& text)
{
    QStringList quoted;
    for (const QString& phrase : searchPhrases(text))
        quoted.append(QLatin1Char('"') + phrase + QStringLiteral("\"*"));
    const QString query = quoted.join(QLatin1Char(' '));
    // What looks like a phone number also finds members by their numbers' digits, however written.
    if (const QString digits = SearchWords::phoneQuery(text); !digits.isEmpty())
        return QStringLiteral("(%1) OR (search_extra : \"%2\"*)").arg(query, digits);
    return query;
}

} // namespace crm
