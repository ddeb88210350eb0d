#pragma once

#include "domain/member.h"

#include <QSet>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace crm {

/// Writes members with their addresses, phones and e-mails into the cache's connection through prepared
/// SQLite statements. It is the sync's hot path: binding through QSqlQuery and QVariant cost more there than
/// the writes themselves.
///
/// New rows enter the full-text index in one INSERT ... SELECT per call rather than by a trigger per
/// row, which costs a sixth as much. That relies on SQLite giving a new row max(rowid) + 1, so
/// every row past the largest rowid seen before the call is new.
///
/// It runs inside the caller's transaction and on the caller's thread; it neither begins nor commits.
class MemberPageWriter {
    Q_DISABLE_COPY_MOVE(MemberPageWriter)
public:
    /// db is the open connection of the cache that owns this writer; it must outlive the writer.
    explicit MemberPageWriter(sqlite3* db);
    ~MemberPageWriter();

    /// Upserts members (marked seen in sync generation gen) and replaces the addresses, phones and
    /// e-mails of those that carry them. Members whose id is in keepLocal have unsent edits: only their raw
    /// JSON, user account and generation are refreshed. Returns SQLite's message on failure, empty on
    /// success.
    QString write(const QList<Member>& members, qint64 gen, const QSet<QString>& keepLocal);

private:
    sqlite3_stmt* statement(int which);
    QString failure() const;
    bool writeParts(const Member& m);

    sqlite3* m_db;
    sqlite3_stmt* m_statements[10] = {};
};

} // namespace crm
