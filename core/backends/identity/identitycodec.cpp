#include "identitycodec.h"

#include "net/jsonanswer.h"

#include "json/numbers.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace crm::IdentityCodec {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(IdentityCodec)
};
QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(saturatingInteger<qint64>(v.toDouble()));
    return {};
}
} // namespace

Answer decode(int httpStatus, const QByteArray& body, const QByteArray& contentType)
{
    using K = CrmError::Kind;
    Answer out;
    const JsonAnswer json = readJsonAnswer(httpStatus, body, contentType);
    if (httpStatus == 200 && json.error) {
        out.error = json.error;
        return out;
    }
    out.object = json.document.object();
    if (httpStatus == 200)
        return out;
    QString said = text(out.object.value(QLatin1String("error")));
    if (said.isEmpty())
        said = text(out.object.value(QLatin1String("errors")));
    if (httpStatus == 401 || httpStatus == 403)
        out.error = CrmError(K::Auth, said, httpStatus, Words::tr("Identity refused the API token"));
    else if (httpStatus == 404)
        out.error = CrmError(K::NotFound, said, httpStatus,
                             Words::tr("This address has no Identity API. Check the deployment URL."));
    else if (httpStatus >= 500)
        out.error = CrmError(K::Server, said, httpStatus);
    else
        out.error =
            CrmError(K::Validation, said, httpStatus,
                     said.isEmpty() ? Words::tr("Identity refused the request (HTTP %1).").arg(httpStatus)
                                    : Words::tr("Identity refused the request."));
    return out;
}

bool isNobody(const QJsonObject& details)
{
    return details.isEmpty();
}

Member member(const QJsonObject& d)
{
    Member m;
    m.id = text(d.value(QLatin1String("guid")));
    m.firstName = text(d.value(QLatin1String("first_name")));
    m.lastName = text(d.value(QLatin1String("last_name")));
    m.email = text(d.value(QLatin1String("email")));
    m.displayName = QStringList{m.firstName, text(d.value(QLatin1String("middle_names"))), m.lastName}
                        .join(QLatin1Char(' '))
                        .simplified();
    if (m.displayName.isEmpty())
        m.displayName = m.email;
    const QJsonObject a = d.value(QLatin1String("address")).toObject();
    if (!a.isEmpty()) {
        Address address;
        address.locationType = QStringLiteral("home");
        address.isPrimary = true;
        address.street = text(a.value(QLatin1String("line1")));
        address.supplemental = text(a.value(QLatin1String("line2")));
        address.city = text(a.value(QLatin1String("town")));
        address.postalCode = text(a.value(QLatin1String("postcode")));
        address.country = text(a.value(QLatin1String("country")));
        address.raw = a;
        m.addresses.append(address);
    }
    m.hasAddresses = true;
    m.raw = d;
    return m;
}

QJsonObject consHash(const Member& m)
{
    QJsonObject c{{QStringLiteral("guid"), m.id},
                  {QStringLiteral("firstname"), m.firstName},
                  {QStringLiteral("lastname"), m.lastName},
                  {QStringLiteral("emails"), QJsonArray{QJsonObject{{QStringLiteral("email"), m.email}}}}};
    const QJsonObject raw = m.raw.object();
    if (const QString phone = raw.value(QLatin1String("phone_number")).toString(); !phone.isEmpty())
        c.insert(QStringLiteral("phones"), QJsonArray{QJsonObject{{QStringLiteral("phone"), phone}}});
    if (const QJsonObject address = raw.value(QLatin1String("address")).toObject(); !address.isEmpty())
        c.insert(QStringLiteral("addresses"), QJsonArray{address});
    return c;
}

} // namespace crm::IdentityCodec
