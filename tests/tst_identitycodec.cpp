// IdentityCodec on the public clients' fixtures and the commented real answer.
#include "backends/identity/identitycodec.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include "fixtures.h"

using namespace crm;

namespace {
QByteArray recorded(const QString& name)
{
    return recordedAnswer("identity", name);
}
} // namespace

class TestIdentityCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void flatDetails()
    {
        const auto a = IdentityCodec::decode(200, recorded(QStringLiteral("details.json")));
        QVERIFY(!a.error);
        QVERIFY(!IdentityCodec::isNobody(a.object));
        const Member m = IdentityCodec::member(a.object);
        QCOMPARE(m.displayName, QStringLiteral("Joe Bloggs"));
        QCOMPARE(m.email, QStringLiteral("joe@bloggs.com"));
        QVERIFY(m.addresses.isEmpty());
    }

    void consentsAreKept()
    {
        const auto a = IdentityCodec::decode(200, recorded(QStringLiteral("details_with_consents.json")));
        const Member m = IdentityCodec::member(a.object);
        const QJsonArray consents = m.raw.object().value(QLatin1String("consents")).toArray();
        QCOMPARE(consents.size(), 2);
        QCOMPARE(consents[0].toObject().value(QLatin1String("consent_level")).toString(),
                 QStringLiteral("explicit_opt_in"));
    }

    void fullAnswer()
    {
        const auto a = IdentityCodec::decode(200, recorded(QStringLiteral("details_full.json")));
        const Member m = IdentityCodec::member(a.object);
        QCOMPARE(m.id, QStringLiteral("abcdef1234567890"));
        QCOMPARE(m.displayName, QStringLiteral("Aroha Mere Ngata"));
        QCOMPARE(m.addresses.size(), 1);
        QCOMPARE(m.addresses[0].street, QStringLiteral("12 Cuba Street"));
        QCOMPARE(m.addresses[0].city, QStringLiteral("Wellington"));
        QCOMPARE(m.addresses[0].postalCode, QStringLiteral("6011"));
        QCOMPARE(m.raw.object()
                     .value(QLatin1String("employment"))
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("employed"));
    }

    void consHashFromTheRecord()
    {
        const Member m = IdentityCodec::member(
            IdentityCodec::decode(200, recorded(QStringLiteral("details_full.json"))).object);
        const QJsonObject c = IdentityCodec::consHash(m);
        QCOMPARE(c.value(QLatin1String("guid")).toString(), QStringLiteral("abcdef1234567890"));
        QCOMPARE(c.value(QLatin1String("firstname")).toString(), QStringLiteral("Aroha"));
        QCOMPARE(c.value(QLatin1String("emails"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("email"))
                     .toString(),
                 QStringLiteral("aroha@example.org"));
        QCOMPARE(c.value(QLatin1String("phones"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("phone"))
                     .toString(),
                 QStringLiteral("+64211234567"));
        QCOMPARE(c.value(QLatin1String("addresses"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("town"))
                     .toString(),
                 QStringLiteral("Wellington"));
    }

    void nobodyIsAnEmptyObjectNotAnError()
    {
        const auto a = IdentityCodec::decode(200, recorded(QStringLiteral("nobody.json")));
        QVERIFY(!a.error);
        QVERIFY(IdentityCodec::isNobody(a.object));
    }

    void failures()
    {
        QCOMPARE(IdentityCodec::decode(403, R"({"error":"Unauthorised"})").error.kind, CrmError::Kind::Auth);
        QCOMPARE(IdentityCodec::decode(403, "").error.kind, CrmError::Kind::Auth); // no body promised
        QCOMPARE(IdentityCodec::decode(500, "oops").error.kind, CrmError::Kind::Server);
        QCOMPARE(IdentityCodec::decode(400, R"({"error":"cons_hash is required"})").error.serverMessage,
                 QStringLiteral("cons_hash is required"));
        QCOMPARE(IdentityCodec::decode(200, "<html><body>Sign in</body></html>").error.kind,
                 CrmError::Kind::Protocol);
        QCOMPARE(
            IdentityCodec::decode(200, recorded(QStringLiteral("details_full.json")).left(70)).error.kind,
            CrmError::Kind::Protocol);
        QCOMPARE(IdentityCodec::decode(404, "<html>Not found</html>").error.kind, CrmError::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestIdentityCodec)
#include "tst_identitycodec.moc"
