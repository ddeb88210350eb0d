#include "output.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Output {

bool parseFormat(const QString& text, Format* format)
{
    if (text == QLatin1String("table"))
        *format = Format::Table;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else if (text == QLatin1String("csv"))
        *format = Format::Csv;
    else
        return false;
    return true;
}

void table(QTextStream& out, const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : headers)
        widths.append(h.size());
    for (const QStringList& r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], r[i].size());
    auto line = [&](const QStringList& cells) {
        QString s;
        for (int i = 0; i < cells.size(); ++i)
            s += (i ? QStringLiteral("  ") : QString()) +
                 (i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i]);
        out << s << '\n';
    };
    line(headers);
    for (const QStringList& r : rows)
        line(r);
}

static QString csvCell(const QString& v)
{
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) ||
        v.contains(QLatin1Char('\r'))) {
        QString q = v;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return v;
}

void csv(QTextStream& out, const QStringList& headers, const QList<QStringList>& rows)
{
    auto line = [&](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells)
            quoted.append(csvCell(c));
        out << quoted.join(QLatin1Char(',')) << "\r\n";
    };
    line(headers);
    for (const QStringList& r : rows)
        line(r);
}

void json(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace Output
