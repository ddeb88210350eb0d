#pragma once

#include <QJsonArray>
#include <QStringList>
#include <QTextStream>

/// Prints rows as an aligned table, RFC 4180 CSV (with a header row) or JSON.
namespace Output {
enum class Format { Table, Json, Csv };
bool parseFormat(const QString& text, Format* format);
void table(QTextStream& out, const QStringList& headers, const QList<QStringList>& rows);
void csv(QTextStream& out, const QStringList& headers, const QList<QStringList>& rows);
void json(QTextStream& out, const QJsonValue& value);
} // namespace Output
