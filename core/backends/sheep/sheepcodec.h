#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>

namespace crm {

/// Pure functions between SheepCRM's v1 member API answers and domain values. SheepCRM answers 404
/// both for "not found" and for bad credentials, and 409 when the values are wrong; the v2 error shape
/// {"error","description","type"} is read too.
namespace SheepCodec {

/// An answer's JSON (object or array), or the error it stands for (any status but 2xx, HTML, broken
/// JSON), with the server's "error" text as its message.
struct Answer {
    QJsonValue value;
    CrmError error;
};
Answer decode(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});

/// A user record (GET user/?email=, GET user/{uid}/) as a member: id is the username, the person's
/// address lines, locality and postal code become one address, the whole record is kept raw.
/// accountStatus is pre-auth's next_step (password, activation, blocked), kept as "account_status".
Member member(const QJsonObject& user, const QString& accountStatus = {});
/// One membership's detail (GET .../membership/{muid}/) with its linked members (GET .../linked/).
Membership membership(const QJsonObject& detail, const QJsonArray& linked);
LinkedMember linkedMember(const QJsonObject& entry);

/// A PUT's answer: the fields the CRM changed and, by field, what it refused.
struct EditResult {
    QMap<QString, QJsonValue> updates;
    QMap<QString, QString> errors;
};
EditResult editResult(const QJsonObject& answer);
/// The refusals of an edit in words, field by field ("tags: not an editable field; email: ...").
QString describeErrors(const QMap<QString, QString>& errors);

/// A 409's meaning in words a member-services person can act on, for create's two known conflicts.
CrmError conflict(const QString& serverMessage, int httpStatus);

} // namespace SheepCodec
} // namespace crm
