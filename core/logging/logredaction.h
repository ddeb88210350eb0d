#pragma once

#include <QString>
#include <QUrl>

namespace crm {

/// What the log must never hold: every secret the console has read from or written to the keychain
/// (keys, passwords, tokens) and anything that looks like one (a Bearer token, an api_key= or
/// access_token= value), replaced by "***" before a line is written anywhere. Thread-safe.
namespace LogRedaction {

/// Remembers value (a key, a password, a token) for the rest of the run; values under 4 characters are
/// too common to hunt for.
void addSecret(const QString& value);
/// line with every remembered secret and every secret-looking value replaced by "***".
QString scrub(QString line);
/// url as a log shows it: no user info, and the values of secret-looking query items replaced.
QString url(const QUrl& url);

} // namespace LogRedaction
} // namespace crm
