// libFuzzer target for the four CRM codecs (core/backends/*codec): any answer body, under the statuses
// and content types a server sends, is decoded to a value or a CrmError with a message, without a
// crash, a hang or a sanitizer finding; what decodes as members is read as members.
#include "backends/civicrm/civicrmcodec.h"
#include "backends/identity/identitycodec.h"
#include "backends/remp/rempcodec.h"
#include "backends/sheep/sheepcodec.h"

#include <QJsonArray>

#include <cstddef>
#include <cstdint>

using namespace crm;

namespace {
void mustSay(const CrmError& e)
{
    if (e && e.userMessage().isEmpty())
        __builtin_trap(); // every failure is said in words
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the status and the content type; the rest is the body.
    static const int statuses[] = {200, 201, 400, 401, 403, 404, 409, 422, 429, 500, 503};
    const int status = statuses[data[0] % std::size(statuses)];
    const QByteArray type = (data[0] & 0x80) ? QByteArray("text/html") : QByteArray("application/json");
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));

    const CiviCrmCodec::Envelope civi = CiviCrmCodec::decode(status, body, type);
    mustSay(civi.error);
    if (!civi.error)
        for (const QJsonObject& r : CiviCrmCodec::records(civi.object)) {
            CiviCrmCodec::member(r);
            CiviCrmCodec::group(r);
        }
    const CiviCrmCodec::MemberList members = CiviCrmCodec::decodeMembers(status, body, type);
    mustSay(members.error);
    for (const Member& m : members.members)
        m.raw.object();

    const RempCodec::Answer remp = RempCodec::decode(status, body, type);
    mustSay(remp.error);
    if (!remp.error) {
        RempCodec::memberPage(remp.object);
        RempCodec::addresses(remp.object);
        RempCodec::metaEntries(remp.object);
        RempCodec::emailCheck(remp.object);
    }

    const SheepCodec::Answer sheep = SheepCodec::decode(status, body, type);
    mustSay(sheep.error);
    if (!sheep.error && sheep.value.isObject()) {
        SheepCodec::member(sheep.value.toObject());
        SheepCodec::editResult(sheep.value.toObject());
        SheepCodec::membership(sheep.value.toObject(),
                               sheep.value.toObject().value(QLatin1String("linked")).toArray());
    }

    const IdentityCodec::Answer identity = IdentityCodec::decode(status, body, type);
    mustSay(identity.error);
    if (!identity.error && !IdentityCodec::isNobody(identity.object))
        IdentityCodec::member(identity.object);
    return 0;
}
