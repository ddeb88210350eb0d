// SheepCodec on bodies from the SheepCRM integration guide and the contract.
#include "backends/sheep/sheepcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

#include "fixtures.h"

using namespace crm;

namespace {
QByteArray recorded(const QString& name)
{
    return recordedAnswer("sheep", name);
}
} // namespace

class TestSheepCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void userDetailsBecomeAMember()
    {
        const auto a = SheepCodec::decode(200, recorded(QStringLiteral("user_details.json")));
        QVERIFY(!a.error);
        const auto pre = SheepCodec::decode(200, recorded(QStringLiteral("preauth.json")));
        const Member m = SheepCodec::member(
            a.value.toObject(), pre.value.toObject().value(QLatin1String("next_step")).toString());
        QCOMPARE(m.id, QStringLiteral("159d5521d2"));
        QCOMPARE(m.displayName, QStringLiteral("James Webster"));
        QCOMPARE(m.email, QStringLiteral("james@example.org"));
        QCOMPARE(m.addresses.size(), 1);
        QCOMPARE(m.addresses[0].street, QStringLiteral("10 Castle Meadow"));
        QCOMPARE(m.addresses[0].supplemental, QStringLiteral("Flat 2"));
        QCOMPARE(m.addresses[0].city, QStringLiteral("Norwich"));
        QCOMPARE(m.addresses[0].postalCode, QStringLiteral("NR1 1AB"));
        QCOMPARE(m.raw.object().value(QLatin1String("account_status")).toString(),
                 QStringLiteral("activation"));
        QCOMPARE(m.raw.object()
                     .value(QLatin1String("person"))
                     .toObject()
                     .value(QLatin1String("region"))
                     .toString(),
                 QStringLiteral("Norfolk"));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        using K = CrmError::Kind;
        QTest::newRow("account exists (409)")
            << 409 << QStringLiteral("conflict_account.json") << int(K::Validation)
            << QStringLiteral("Look the member up instead");
        QTest::newRow("person without account (409)")
            << 409 << QStringLiteral("conflict_person.json") << int(K::Validation)
            << QStringLiteral("no user account");
        QTest::newRow("not found, or bad credentials (404)")
            << 404 << QStringLiteral("not_found.json") << int(K::NotFound) << QStringLiteral("not found");
        QTest::newRow("v2 401") << 401 << QStringLiteral("v2_error.json") << int(K::Auth)
                                << QStringLiteral("The bearer token is missing");
        QTest::newRow("after logout") << 403 << QStringLiteral("permission_denied.json") << int(K::Forbidden)
                                      << QStringLiteral("permission denied");
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QString, fixture);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const auto a = SheepCodec::decode(status, recorded(fixture));
        QVERIFY(a.error);
        QCOMPARE(int(a.error.kind), kind);
        QVERIFY2(a.error.userMessage().contains(says), qPrintable(a.error.userMessage()));
    }

    void brokenAnswers()
    {
        QCOMPARE(SheepCodec::decode(200, "<!DOCTYPE html><p>Login</p>").error.kind, CrmError::Kind::Protocol);
        QCOMPARE(SheepCodec::decode(200, recorded(QStringLiteral("user_details.json")).left(80)).error.kind,
                 CrmError::Kind::Protocol);
        QCOMPARE(SheepCodec::decode(502, "Bad gateway").error.kind, CrmError::Kind::Server);
        const auto created = SheepCodec::decode(201, recorded(QStringLiteral("created.json")));
        QVERIFY(!created.error); // 201 is success
        QCOMPARE(created.value.toObject().value(QLatin1String("username")).toString(),
                 QStringLiteral("2c58216a85"));
    }

    void editAnswersFieldByField()
    {
        const auto a = SheepCodec::decode(200, recorded(QStringLiteral("edit_result.json")));
        const SheepCodec::EditResult r = SheepCodec::editResult(a.value.toObject());
        QCOMPARE(r.updates.value(QStringLiteral("tags")).toArray().size(), 2);
        QCOMPARE(r.errors.value(QStringLiteral("shoe_size")), QStringLiteral("not an editable field"));
        QCOMPARE(SheepCodec::describeErrors(r.errors), QStringLiteral("shoe_size: not an editable field"));
    }

    void membershipWithLinkedMembers()
    {
        const auto d = SheepCodec::decode(200, recorded(QStringLiteral("membership_detail.json")));
        const auto l = SheepCodec::decode(200, recorded(QStringLiteral("linked.json")));
        const Membership m = SheepCodec::membership(d.value.toObject(), l.value.toArray());
        QCOMPARE(m.id, QStringLiteral("mm99"));
        QCOMPARE(m.number, QStringLiteral("F-1042"));
        QCOMPARE(m.type, QStringLiteral("Family"));
        QCOMPARE(m.status, QStringLiteral("active"));
        QCOMPARE(m.maxLinked, 3);      // sent as a string
        QCOMPARE(m.amount, QString()); // null
        QCOMPARE(m.currency, QStringLiteral("GBP"));
        QCOMPARE(m.role, QStringLiteral("owner"));
        QCOMPARE(m.linked.size(), 2);
        QCOMPARE(m.linked[0].id, QStringLiteral("bb22")); // no luid: taken from the uri
        QCOMPARE(m.linked[1].id, QStringLiteral("cc33"));
        QCOMPARE(m.linked[1].lastName, QStringLiteral("Lovett"));
    }
};

QTEST_GUILESS_MAIN(TestSheepCodec)
#include "tst_sheepcodec.moc"
