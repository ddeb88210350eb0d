#pragma once

#include "domain/crmerror.h"
#include "domain/member.h"

#include <QJsonObject>

namespace crm {

/// Pure functions between an Identity deployment's member API and domain values. Identity answers a
/// look-up of nobody with HTTP 200 and `{}`; its clients treat any other status as failure, and its
/// error bodies are not documented, so they are shown as the server wrote them.
namespace IdentityCodec {

/// The answer's object, or the error a non-200 status or a broken body stands for.
struct Answer {
    QJsonObject object;
    CrmError error;
};
Answer decode(int httpStatus, const QByteArray& body, const QByteArray& contentType = {});

/// Whether a details answer names nobody (`{}`).
bool isNobody(const QJsonObject& details);
/// A member from a details answer: id is the guid, the address becomes one address, everything is kept
/// raw (consents, donations, segments, employment, actions).
Member member(const QJsonObject& details);

/// The cons_hash Identity upserts a member from: guid, names, e-mail, phone and address of the record.
QJsonObject consHash(const Member& member);

} // namespace IdentityCodec
} // namespace crm
