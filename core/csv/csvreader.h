#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace crm {

/// Reads CSV bytes (RFC 4180, with what spreadsheet programs do besides) into records of fields, and
/// keeps every record, telling what is wrong with the ones that are broken, so an import can give each
/// row a verdict instead of stopping at the first bad one.
///
/// The delimiter is found from the first lines (comma, semicolon or tab) unless given; a UTF-8 byte
/// order mark is dropped; quoted fields may hold delimiters, doubled quotes and line breaks; records end
/// at CRLF, LF or CR. A record that is not UTF-8, has a quote that never closes, or has text after a
/// closing quote says so in its problem. Depends on QtCore only (it is fuzzed on its own).
class CsvReader {
public:
    enum class Problem {
        None,
        NotUtf8,        ///< the record's bytes are not UTF-8 (its fields are read as Latin-1)
        UnclosedQuote,  ///< a quoted field runs to the end of the file
        TextAfterQuote, ///< characters between a closing quote and the next delimiter
    };
    struct Record {
        qint64 line = 0; ///< the 1-based line the record starts on
        QStringList fields;
        Problem problem = Problem::None;
    };

    /// data is the whole file; delimiter 0 means "find it".
    explicit CsvReader(QByteArray data, char delimiter = 0);

    /// The next record; false at the end. Blank lines are skipped.
    bool next(Record* record);
    char delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_bom; }
    /// Bytes read so far, of size() (for progress).
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_data.size(); }

    /// The delimiter the first lines use most consistently: ',' unless ';' or '\t' fits better.
    static char detectDelimiter(const QByteArray& head);
    static QString problemText(Problem problem);

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    qint64 m_line = 1;
    char m_delimiter;
    bool m_bom = false;
};

/// Writes RFC 4180 CSV: fields quoted when they hold the delimiter, a quote, a line break or leading or
/// trailing spaces; records end with CRLF; UTF-8, with a byte order mark when asked (spreadsheet
/// programs need it to read UTF-8).
class CsvWriter {
public:
    static QByteArray field(const QString& value, char delimiter = ',');
    static QByteArray record(const QStringList& fields, char delimiter = ',');
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace crm
