#pragma once

#include <QString>

namespace crm {

/// Member data and connection settings are readable by their owner only: files 0600, folders 0700.
/// Each call also tightens what an earlier version left wider. Nothing happens on systems without
/// POSIX permissions.
namespace PrivateFiles {
/// Creates the folder (and its parents) when missing; the folder itself becomes 0700.
bool makeFolder(const QString& path);
/// Makes an existing file 0600; a missing one is left missing.
void tighten(const QString& path);
/// Creates an empty file 0600 when missing (so a program that then opens it keeps those permissions),
/// or tightens the existing one.
bool ensureFile(const QString& path);
} // namespace PrivateFiles

} // namespace crm
