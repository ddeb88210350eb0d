#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace crm {

namespace {

/// The record's fields as text: UTF-8 when the bytes are, else Latin-1 (every byte is a character).
QString decode(const QByteArray& bytes, bool utf8)
{
    if (!utf8)
        return QString::fromLatin1(bytes);
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    // QString::fromUtf8 drops a leading U+FEFF as a byte order mark; inside a file it is text.
    QStringDecoder keep(QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return keep(bytes);
}

} // namespace

CsvReader::CsvReader(QByteArray data, char delimiter) : m_data(std::move(data)), m_delimiter(delimiter)
{
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
    }
    if (!m_delimiter)
        m_delimiter = detectDelimiter(m_data.mid(m_pos, 64 * 1024));
}

char CsvReader::detectDelimiter(const QByteArray& head)
{
    // Count each candidate outside quotes on the first lines; the one found on every line, most often,
    // wins.
    const char candidates[] = {',', ';', '\t'};
    int counts[3][10] = {};
    int lines = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < head.size() && lines < 10; ++i) {
        const char c = head[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < head.size() && head[i + 1] == '\n')
                ++i;
            ++lines;
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k)
                if (c == candidates[k])
                    ++counts[k][lines];
        }
    }
    const int seen = std::max(1, std::min(lines + 1, 10));
    char best = ',';
    int bestScore = 0;
    for (int k = 0; k < 3; ++k) {
        int total = 0;
        bool everyLine = true;
        for (int l = 0; l < seen; ++l) {
            total += counts[k][l];
            // The last line may be cut off by the sample.
            if (counts[k][l] == 0 && l < seen - 1)
                everyLine = false;
        }
        const int score = everyLine ? total * 2 : total;
        if (score > bestScore) {
            bestScore = score;
            best = candidates[k];
        }
    }
    return best;
}

bool CsvReader::next(Record* record)
{
    *record = Record();
    const qsizetype n = m_data.size();
    const char* d = m_data.constData();
    // Blank lines between records are not records.
    while (m_pos < n && (d[m_pos] == '\n' || d[m_pos] == '\r')) {
        if (d[m_pos] == '\r' && m_pos + 1 < n && d[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= n)
        return false;
    record->line = m_line;
    const qint64 start = m_pos;
    QList<QByteArray> raw;
    QByteArray field;
    bool done = false;
    while (!done) {
        if (m_pos < n && d[m_pos] == '"') {
            // A quoted field: up to the closing quote, "" standing for one quote.
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const char c = d[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < n && d[m_pos + 1] == '"') {
                        field += '"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && !(m_pos + 1 < n && d[m_pos + 1] == '\n')))
                    ++m_line;
                field += c;
                ++m_pos;
            }
            if (!closed) {
                record->problem = Problem::UnclosedQuote;
                raw.append(field);
                break;
            }
            // After the closing quote only a delimiter or the end of the record may follow.
            while (m_pos < n && d[m_pos] != m_delimiter && d[m_pos] != '\n' && d[m_pos] != '\r') {
                if (record->problem == Problem::None)
                    record->problem = Problem::TextAfterQuote;
                field += d[m_pos++];
            }
        } else {
            const qint64 from = m_pos;
            while (m_pos < n && d[m_pos] != m_delimiter && d[m_pos] != '\n' && d[m_pos] != '\r')
                ++m_pos;
            field.append(d + from, m_pos - from);
        }
        raw.append(field);
        field.clear();
        if (m_pos >= n) {
            done = true;
        } else if (d[m_pos] == m_delimiter) {
            ++m_pos;
            if (m_pos >= n) {
                raw.append(QByteArray()); // "a,b," ends with an empty field
                done = true;
            }
        } else {
            if (d[m_pos] == '\r' && m_pos + 1 < n && d[m_pos + 1] == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            done = true;
        }
    }
    const bool utf8 = QByteArrayView(d + start, m_pos - start).isValidUtf8();
    if (!utf8 && record->problem == Problem::None)
        record->problem = Problem::NotUtf8;
    record->fields.reserve(raw.size());
    for (const QByteArray& f : std::as_const(raw))
        record->fields.append(decode(f, utf8));
    return true;
}

QString CsvReader::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotUtf8:
        return QCoreApplication::translate("CsvReader",
                                           "the line is not UTF-8 text (save the file as UTF-8)");
    case Problem::UnclosedQuote:
        return QCoreApplication::translate("CsvReader", "a quoted field never ends (a quote is missing)");
    case Problem::TextAfterQuote:
        return QCoreApplication::translate("CsvReader", "text follows a closing quote");
    }
    return {};
}

QByteArray CsvWriter::field(const QString& value, char delimiter)
{
    const bool quote = value.contains(QLatin1Char(delimiter)) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' ')) ||
                       // a leading U+FEFF would read back as a byte order mark
                       value.startsWith(QChar(0xFEFF));
    QByteArray bytes = value.toUtf8();
    if (!quote)
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray CsvWriter::record(const QStringList& fields, char delimiter)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += delimiter;
        out += field(fields[i], delimiter);
    }
    out += "\r\n";
    return out;
}

} // namespace crm
