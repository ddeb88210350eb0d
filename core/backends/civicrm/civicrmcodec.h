#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace crm {

/// Pure functions between CiviCRM API v3 REST bytes and domain values. No network, no state: every
/// quirk of the wire format (HTTP 200 errors, both shapes of "values", numbers sent as strings,
/// chained envelopes) is handled here and tested on recorded answers.
namespace CiviCrmCodec {

/// The result of decoding an answer: the envelope, or why it is not one.
struct Envelope {
    QJsonObject object;
    CrmError error;
};

/// Decodes an API answer. HTML, non-JSON, truncated JSON and JSON that is not a v3 envelope become
/// Protocol errors; is_error:1 becomes the error CiviCRM meant (wrong keys -> Auth, ...).
Envelope decode(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});
/// Like decode, but also requires a "values" key (a 2xx body without one is malformed).
Envelope decodeValues(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});
/// Maps an is_error:1 envelope to a CrmError with CiviCRM's error_message.
CrmError errorFromEnvelope(const QJsonObject& envelope);

/// The records of an envelope, whether "values" is an array or an object keyed by id (sorted by id).
QList<QJsonObject> records(const QJsonObject& envelope);
/// A field as text, whether CiviCRM sent a string, a number or null.
QString text(const QJsonValue& v);
/// A 0/1 flag sent as number, string or boolean.
bool flag(const QJsonValue& v);

/// The JSON text of each record of a "values" text, in the order records() gives them.
QList<QByteArrayView> recordTexts(QByteArrayView values);

/// A contact (with its chained User, UFMatch, Address, Phone and Email envelopes) from its JSON text. The raw
/// record keeps the server's own bytes, without the chained envelopes.
Member member(QByteArrayView contactJson);
Member member(const QJsonObject& contact);
Address address(QByteArrayView addressJson);
Address address(const QJsonObject& record);
Phone phone(QByteArrayView phoneJson);
EmailAddress emailAddress(QByteArrayView emailJson);
Note note(const QJsonObject& record);
/// The records of a Phone.get or Email.get answer, by contact id.
QHash<QString, QList<Phone>> phonesByContact(const QList<QJsonObject>& records);
QHash<QString, QList<EmailAddress>> emailsByContact(const QList<QJsonObject>& records);
QHash<QString, QList<Address>> addressesByContact(const QList<QJsonObject>& records);
/// A contact's CMS account from UFMatch records: its user id (uf_id) and login name (uf_name).
struct Account {
    QString userId;
    QString name;
};
QHash<QString, Account> accountsByContact(const QList<QJsonObject>& records);
/// Sorts e-mails primary first, then by id, as the console lists them.
void orderEmails(QList<EmailAddress>& emails);

/// A Contact.get answer decoded into members, or the error decodeValues would give for it. The usual
/// answer is read from its text without building a QJsonDocument: this is a sync's hot path.
struct MemberList {
    QList<Member> members;
    CrmError error;
};
MemberList decodeMembers(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});
Group group(const QJsonObject& record);

/// The body of a request: entity, action, keys and the json parameter, form-encoded (never in a URL).
QByteArray requestBody(const QString& entity, const QString& action, const QJsonObject& params,
                       const QString& apiKey, const QString& siteKey);

} // namespace CiviCrmCodec
} // namespace crm
