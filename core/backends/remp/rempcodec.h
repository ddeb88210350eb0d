#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace crm {

/// Pure functions between the REMP CRM users module's HTTP answers and domain values. The server's
/// real behaviour differs from its README in places (a float totalPages, `users` as `[]` when empty,
/// 404 for "Parent address not found", errors inside HTTP 200 from users/email); each difference is
/// handled here and tested on recorded bodies.
namespace RempCodec {

/// An answer's JSON object, or the error it stands for. Any status but 2xx, HTML, malformed or truncated
/// JSON and `"status":"error"` bodies become errors carrying the server's message.
struct Answer {
    QJsonObject object;
    CrmError error;
};
Answer decode(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});
/// The error a non-success answer stands for (403 no_authorization -> Auth, invalid_input -> Validation
/// naming the fields, 404 -> NotFound with the server's message, 429 -> Server, ...).
CrmError errorFrom(int httpStatus, const QJsonObject& body);

/// A JSON scalar as REMP means it: ids may come as numbers or strings; null is empty.
QString text(const QJsonValue& value);

/// One users/list page. REMP pages are fixed at 1,000 and numbered from 1; the cursor is the next page.
MemberPage memberPage(const QJsonObject& answer);
/// A user from users/list, user/info, users/create or users/login ("user" object).
Member member(const QJsonObject& user);
/// A users/addresses entry. The street number is joined to the street; every field stays in raw.
Address address(const QJsonObject& entry);
/// users/addresses: {"addresses":[...]}.
QList<Address> addresses(const QJsonObject& answer);
/// user-meta/list: a bare array (kept under "items") of the public entries.
QList<MetaEntry> metaEntries(const QJsonObject& answer);
/// user-meta/upsert: {"key","value","is_public"} with no status field.
MetaEntry metaEntry(const QJsonObject& answer);
/// user-meta/key-users: a bare array of {"user_id","value"}.
QList<MetaMatch> metaMatches(const QJsonObject& answer);
/// users/email: {"email","id","status":"taken"|"available","password":null|bool}.
EmailCheck emailCheck(const QJsonObject& answer);
/// users/login: the "user" object with "roles" (admins only).
StaffAccount staffAccount(const QJsonObject& answer);
/// users/autologin-token-login: the "user" object with "roles" (admins only).
TokenOwner tokenOwner(const QJsonObject& answer);
/// A users/change-address-request field name: tax and VAT ids are named company_tax_id/company_vat_id
/// there, unlike users/address.
QString changeRequestField(const QString& addressField);

/// The profile's named group list, "1:Newsletter;2:Premium readers", as groups.
QList<Group> groupsFromOption(const QString& option);

} // namespace RempCodec
} // namespace crm
