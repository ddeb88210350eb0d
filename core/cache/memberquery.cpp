#include "memberquery.h"

#include <QStringList>

namespace crm {

QString ftsPrefixQuery(const QString& text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
        word.clear();
    };
    // The unicode61 tokenizer splits on everything but letters and digits, so the query must too:
    // "o'brien" then becomes o* brien*, which matches what was indexed for O'Brien.
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace crm
