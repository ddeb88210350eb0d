#include "civicrmwire.h"

namespace civiwire {

QJsonObject error(const QString& message)
{
    return {{QStringLiteral("error_message"), message}, {QStringLiteral("is_error"), 1}};
}

QString str(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return {};
}

qint64 num(const QJsonValue& v)
{
    return str(v).toLongLong();
}

/// Whether a value satisfies a v3 filter: a scalar, or {">": x}, {"IN": [...]}, ...
bool matches(qint64 value, const QJsonValue& filter)
{
    if (!filter.isObject())
        return value == num(filter);
    const QJsonObject f = filter.toObject();
    for (auto it = f.begin(); it != f.end(); ++it) {
        const QString op = it.key().toUpper();
        if (op == QLatin1String(">") && !(value > num(it.value())))
            return false;
        if (op == QLatin1String(">=") && !(value >= num(it.value())))
            return false;
        if (op == QLatin1String("<") && !(value < num(it.value())))
            return false;
        if (op == QLatin1String("<=") && !(value <= num(it.value())))
            return false;
        if (op == QLatin1String("=") && value != num(it.value()))
            return false;
        if (op == QLatin1String("BETWEEN")) {
            const QJsonArray range = it.value().toArray();
            if (range.size() != 2 || value < num(range.at(0)) || value > num(range.at(1)))
                return false;
        }
        if (op == QLatin1String("IN")) {
            bool any = false;
            for (const QJsonValue& x : it.value().toArray())
                any = any || num(x) == value;
            if (!any)
                return false;
        }
    }
    return true;
}

/// "return" narrows a record's fields (id, and contact_id where there is one, always stay).
QJsonObject narrowed(const QJsonObject& r, const QJsonObject& params)
{
    QStringList fields;
    const QJsonValue ret = params.value(QLatin1String("return"));
    if (ret.isString())
        fields = ret.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    else if (ret.isArray())
        for (const QJsonValue& v : ret.toArray())
            fields.append(v.toString());
    if (fields.isEmpty())
        return r;
    QJsonObject out{{QStringLiteral("id"), r.value(QLatin1String("id"))}};
    if (r.contains(QLatin1String("contact_id")))
        out.insert(QStringLiteral("contact_id"), r.value(QLatin1String("contact_id")));
    for (const QString& f : std::as_const(fields))
        if (r.contains(f.trimmed()))
            out.insert(f.trimmed(), r.value(f.trimmed()));
    return out;
}

QJsonObject envelope(const QList<QJsonObject>& rows, bool sequential)
{
    QJsonObject env{{QStringLiteral("is_error"), 0},
                    {QStringLiteral("version"), 3},
                    {QStringLiteral("count"), int(rows.size())}};
    if (rows.size() == 1)
        env.insert(QStringLiteral("id"), num(rows.first().value(QLatin1String("id"))));
    if (sequential) {
        QJsonArray arr;
        for (const QJsonObject& r : rows)
            arr.append(r);
        env.insert(QStringLiteral("values"), arr);
    } else {
        QJsonObject obj;
        for (const QJsonObject& r : rows)
            obj.insert(str(r.value(QLatin1String("id"))), r);
        env.insert(QStringLiteral("values"), obj);
    }
    return env;
}

} // namespace civiwire
