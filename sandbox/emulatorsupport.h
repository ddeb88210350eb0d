#pragma once

#include "httpserver.h"

#include <QJsonValue>
#include <QString>

/// What the emulators share to build their answers and data.
namespace EmulatorSupport {

/// A reply with status and the JSON value (object or array) as its body.
SandboxReply json(int status, const QJsonValue& body);
/// Lower-case ASCII letters and digits of a name, for e-mail addresses made from names ("Zoë" -> "zoe").
QString ascii(const QString& name);
/// The first n hex digits of the MD5 of seed: stable ids, tokens and guids for generated data.
QString hex(const QString& seed, int n = 32);
/// A plain check: a name, an @ and a dotted domain.
bool validEmail(const QString& email);

} // namespace EmulatorSupport
