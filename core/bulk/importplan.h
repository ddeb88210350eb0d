#pragma once

#include "domain/crmerror.h"
#include "session/abilities.h"

#include "csv/csvreader.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace crm {

class Cache;

/// What an import does with each row: create members, update the matching ones, both, or add the
/// matching ones to a group. Rows match members by primary e-mail (trimmed, case-insensitive).
struct ImportSettings {
    enum class Action { Create, Update, CreateOrUpdate, AddToGroup };
    Action action = Action::Update;
    QString groupId;            ///< AddToGroup
    QMap<int, QString> mapping; ///< column index -> member field ("email", "first_name", ...)

    static QString actionName(Action a);
    /// "create", "update", "upsert" or "group:ID"; false for anything else.
    static bool parseAction(const QString& text, ImportSettings* settings);
};

/// One row of an import: what was decided for it before anything was sent, then what happened.
struct ImportRow {
    enum class Outcome {
        Create,     ///< planned: a new member
        Update,     ///< planned: change the matching member
        AddToGroup, ///< planned: add the matching member to the group
        Unchanged,  ///< nothing to do (same values, already in the group, done in an earlier run)
        Skipped,    ///< not sent: no match, several matches, a duplicate in the file
        Invalid,    ///< the row itself is wrong (e-mail, field count, encoding, quotes)
        Created,    ///< done: the CRM created the member
        Updated,    ///< done
        Added,      ///< done
        Failed,     ///< the CRM refused it, or it could not be sent; reason says why
        NotSent,    ///< the run stopped (cancelled, CRM unreachable) before this row
    };
    qint64 row = 0;  ///< the data row, 1-based (the header is not counted)
    qint64 line = 0; ///< the line it starts on in the file
    QString email;   ///< trimmed and lower-case
    QVariantMap fields;
    QString memberId;
    QString groupId; ///< AddToGroup
    Outcome outcome = Outcome::Skipped;
    QString reason;

    bool planned() const
    {
        return outcome == Outcome::Create || outcome == Outcome::Update || outcome == Outcome::AddToGroup;
    }
    static QString outcomeName(Outcome o);
};

/// A CSV file read for import: its header and records, and the decision for each row against the
/// cache. Nothing here talks to the CRM (ImportRunner does): deciding is the dry run.
class ImportPlan {
public:
    /// Reads the whole file; false (with *error) when it has no header line.
    bool read(const QByteArray& data, char delimiter, QString* error);

    const QStringList& header() const { return m_header; }
    char delimiter() const { return m_delimiter; }
    bool hadByteOrderMark() const { return m_bom; }
    qsizetype rowCount() const { return m_records.size(); }
    /// The data rows as read (after the header).
    const QList<CsvReader::Record>& records() const { return m_records; }
    /// SHA-256 of the file's bytes.
    const QByteArray& fingerprint() const { return m_fingerprint; }
    /// The import journal's name for this file run with the settings of the last decide(): the same
    /// file with another action or mapping is another import.
    const QByteArray& journalKey() const { return m_journalKey; }

    /// The field each header name most likely means, among known (e.g. "E-Mail" -> "email").
    static QMap<int, QString> guessMapping(const QStringList& header, const QStringList& known);
    /// A key naming this header's columns, for remembering a mapping across files of the same shape.
    QString headerKey() const;
    /// The mapping last used for a file of this header's shape, kept in the profile's cache (empty: none).
    QMap<int, QString> rememberedMapping(const Cache& cache) const;
    /// Keeps mapping for the next file of this header's shape.
    CrmError rememberMapping(Cache& cache, const QMap<int, QString>& mapping) const;

    /// Decides every row. can: what the profile's CRM can create or edit (nullptr: not known, nothing
    /// is created and no field is left out).
    QList<ImportRow> decide(const ImportSettings& settings, const Cache& cache, const Abilities* can) const;

    /// How many rows have each outcome.
    static QMap<ImportRow::Outcome, int> summary(const QList<ImportRow>& rows);
    /// The report: row, line, e-mail, outcome, member id, reason (RFC 4180).
    static QByteArray reportCsv(const QList<ImportRow>& rows);
    static bool validEmail(const QString& email);

private:
    QStringList m_header;
    QList<CsvReader::Record> m_records;
    char m_delimiter = ',';
    bool m_bom = false;
    QByteArray m_fingerprint;
    mutable QByteArray m_journalKey;
};

} // namespace crm
