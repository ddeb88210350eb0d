#pragma once

#include "domain/crmerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace crm {

class Cache;

/// Keeps the unsent edits of a cache that has to be rebuilt: reads them from the damaged file as far
/// as it can be read, saves them to a file the user can open, and puts them into the fresh cache, so
/// a rebuild by a full sync loses none.
namespace OutboxRescue {
/// The outbox rows not yet done in the file at cachePath, read without changing the file, each as
/// {column: value}. A damaged file gives what can still be read; *error says why it stopped, if it did.
QList<QJsonObject> read(const QString& cachePath, QString* error = nullptr);
/// Writes rows as readable JSON (0600) into folder; the file's path, empty (with *error) on failure.
QString save(const QList<QJsonObject>& rows, const QString& folder, const QString& profileName,
             QString* error = nullptr);
/// Moves the cache with its WAL, shared-memory file and damage note aside, to <file>.damaged-<time>;
/// the new path of the cache file, empty (with *error) on failure. Nothing is deleted.
QString setAside(const QString& cachePath, QString* error = nullptr);
/// Puts the rows into cache's outbox: waiting again, except those failed or in conflict, which stay so.
CrmError restore(Cache& cache, const QList<QJsonObject>& rows);
} // namespace OutboxRescue

} // namespace crm
