// RempCodec on bodies recorded from the REMP users module's code (which differs from its README).
#include "backends/remp/rempcodec.h"

#include <QFile>
#include <QJsonValue>
#include <QTest>
#include <limits>

#include "fixtures.h"

using namespace crm;

namespace {
QByteArray recorded(const QString& name)
{
    return recordedAnswer("remp", name);
}
} // namespace

class TestRempCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numbersBeyondAnIntegerAreClamped()
    {
        QCOMPARE(RempCodec::text(QJsonValue(4.44444e40)),
                 QString::number(std::numeric_limits<qint64>::max()));
        QCOMPARE(RempCodec::text(QJsonValue(7.0)), QStringLiteral("7"));
    }
    void usersKeyedByIdWithAFloatPageCount()
    {
        const auto a = RempCodec::decode(200, recorded(QStringLiteral("users_list_keyed.json")));
        QVERIFY(!a.error);
        const MemberPage page = RempCodec::memberPage(a.object);
        QCOMPARE(page.members.size(), 2);
        QCOMPARE(page.members[0].id, QStringLiteral("9")); // in id order, whatever the keys' order
        QCOMPARE(page.members[0].email, QStringLiteral("admin@crm.press"));
        QCOMPARE(page.members[0].displayName, QStringLiteral("admin@crm.press")); // no names in users/list
        QVERIFY(page.last);                                                       // page 1 of 1.0
        QCOMPARE(page.nextCursor, QStringLiteral("2"));
    }

    // Page numbers and counts past what any server sends end the paging; they never overflow.
    void pageNumbersPastTheRangeEndThePaging()
    {
        const auto a =
            RempCodec::decode(200, R"({"status":"ok","page":99999999999999999999999999,"totalPages":1e300,)"
                                   R"("users":{"10":{"id":10,"email":"a@example.org"}}})");
        QVERIFY(!a.error);
        const MemberPage page = RempCodec::memberPage(a.object);
        QCOMPARE(page.members.size(), 1);
        QVERIFY(page.last);
        QVERIFY(page.laterPages.isEmpty());
        const auto first = RempCodec::decode(
            200,
            R"({"status":"ok","page":1,"totalPages":1e300,"users":{"10":{"id":10,"email":"a@example.org"}}})");
        QCOMPARE(RempCodec::memberPage(first.object).laterPages.size(), 99999);
    }

    void anEmptyPageIsAnArray()
    {
        const auto a = RempCodec::decode(200, recorded(QStringLiteral("users_list_empty.json")));
        QVERIFY(!a.error);
        const MemberPage page = RempCodec::memberPage(a.object);
        QVERIFY(page.members.isEmpty());
        QVERIFY(page.last);
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        using K = CrmError::Kind;
        QTest::newRow("bad token") << 403 << recorded(QStringLiteral("error_no_authorization.json"))
                                   << int(K::Auth) << QStringLiteral("Token doesn't exists");
        QTest::newRow("missing fields") << 400 << recorded(QStringLiteral("error_invalid_input.json"))
                                        << int(K::Validation) << QStringLiteral("email, group_id");
        QTest::newRow("unknown call") << 404 << recorded(QStringLiteral("error_unknown_call.json"))
                                      << int(K::NotFound) << QStringLiteral("base URL");
        QTest::newRow("unknown group") << 404 << recorded(QStringLiteral("error_group_missing.json"))
                                       << int(K::NotFound) << QStringLiteral("Group doesn't exists");
        QTest::newRow("rate limit inside HTTP 200")
            << 200 << recorded(QStringLiteral("email_rate_limited.json")) << int(K::Server)
            << QStringLiteral("Rate limit exceeded");
        QTest::newRow("parent address 404, not 400")
            << 404 << recorded(QStringLiteral("error_parent_address.json")) << int(K::NotFound)
            << QStringLiteral("Parent address not found");
        QTest::newRow("500") << 500 << recorded(QStringLiteral("error_internal.json")) << int(K::Server)
                             << QStringLiteral("HTTP 500");
        QTest::newRow("html") << 200 << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>")
                              << int(K::Protocol) << QStringLiteral("web page");
        QTest::newRow("truncated") << 200 << recorded(QStringLiteral("users_list_keyed.json")).left(60)
                                   << int(K::Protocol) << QStringLiteral("incomplete");
        QTest::newRow("malformed") << 200 << QByteArray("{\"status\":\"ok\",,\"page\":1,\"users\":[]}")
                                   << int(K::Protocol) << QStringLiteral("malformed");
    }
    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const auto a = RempCodec::decode(status, body);
        QVERIFY(a.error);
        QCOMPARE(int(a.error.kind), kind);
        QVERIFY2(a.error.userMessage().contains(says), qPrintable(a.error.userMessage()));
    }

    void newErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        using K = CrmError::Kind;
        // users/create answers 404 for a taken e-mail: the values are wrong, not the record missing.
        QTest::newRow("e-mail taken (404)") << 404 << QStringLiteral("create_email_taken.json")
                                            << int(K::Validation) << QStringLiteral("Email is already taken");
        QTest::newRow("e-mail format inside HTTP 200")
            << 200 << QStringLiteral("email_invalid.json") << int(K::Validation)
            << QStringLiteral("Invalid email format");
        QTest::newRow("login refused (400)") << 400 << QStringLiteral("login_failed.json")
                                             << int(K::Validation) << QStringLiteral("Incorrect password");
        QTest::newRow("autologin refused (401)") << 401 << QStringLiteral("autologin_failed.json")
                                                 << int(K::Auth) << QStringLiteral("Invalid autologin token");
        QTest::newRow("meta for an unknown user")
            << 404 << QStringLiteral("meta_user_missing.json") << int(K::NotFound)
            << QStringLiteral("User not found: 12345");
        QTest::newRow("meta payload refused")
            << 400 << QStringLiteral("meta_payload_error.json") << int(K::Validation)
            << QStringLiteral("user_id: The property");
        QTest::newRow("confirm: no such user") << 404 << QStringLiteral("confirm_user_missing.json")
                                               << int(K::NotFound) << QStringLiteral("user_not_found");
        QTest::newRow("addresses: unknown user is 400")
            << 400 << QStringLiteral("addresses_user_missing.json") << int(K::Validation)
            << QStringLiteral("user doesn't exist");
    }
    void newErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, fixture);
        QFETCH(int, kind);
        QFETCH(QString, says);
        const auto a = RempCodec::decode(status, recorded(fixture));
        QVERIFY(a.error);
        QCOMPARE(int(a.error.kind), kind);
        QVERIFY2(a.error.userMessage().contains(says), qPrintable(a.error.userMessage()));
    }

    void parentAddressMissingIsMarked()
    {
        const auto a = RempCodec::decode(404, recorded(QStringLiteral("error_parent_address.json")));
        QCOMPARE(a.error.code, CrmError::ParentAddressMissing);
        const auto other = RempCodec::decode(404, recorded(QStringLiteral("error_group_missing.json")));
        QVERIFY(other.error.code.isEmpty());
    }

    void addressesByType()
    {
        const auto a = RempCodec::decode(200, recorded(QStringLiteral("addresses.json")));
        QVERIFY(!a.error);
        const QList<Address> list = RempCodec::addresses(a.object);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].locationType, QStringLiteral("print"));
        QCOMPARE(list[0].street, QStringLiteral("10th street 368"));
        QCOMPARE(list[0].postalCode, QStringLiteral("81105"));
        QCOMPARE(list[0].country, QStringLiteral("Slovensko"));
        QCOMPARE(list[0].raw.object().value(QLatin1String("phone_number")).toString(),
                 QStringLiteral("0800123456"));
        QCOMPARE(list[1].locationType, QStringLiteral("invoice"));
        QCOMPARE(list[1].country, QString()); // null country
        const auto created = RempCodec::decode(200, recorded(QStringLiteral("address_created.json")));
        QCOMPARE(RempCodec::text(
                     created.object.value(QLatin1String("address")).toObject().value(QLatin1String("id"))),
                 QStringLiteral("26929"));
        // users/change-address-request names the tax fields differently from users/address.
        QCOMPARE(RempCodec::changeRequestField(QStringLiteral("tax_id")), QStringLiteral("company_tax_id"));
        QCOMPARE(RempCodec::changeRequestField(QStringLiteral("vat_id")), QStringLiteral("company_vat_id"));
        QCOMPARE(RempCodec::changeRequestField(QStringLiteral("street")), QStringLiteral("street"));
    }

    void userMetaAnswersAreBareArraysOrStatuslessObjects()
    {
        const auto list = RempCodec::decode(200, recorded(QStringLiteral("meta_list.json")));
        QVERIFY(!list.error);
        const QList<MetaEntry> entries = RempCodec::metaEntries(list.object);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].key, QStringLiteral("foo"));
        QVERIFY(entries[0].isPublic); // the list shows public entries only
        const auto upsert = RempCodec::decode(200, recorded(QStringLiteral("meta_upsert.json")));
        QVERIFY(!upsert.error); // no "status" field, still a success
        const MetaEntry e = RempCodec::metaEntry(upsert.object);
        QCOMPARE(e.value, QStringLiteral("bar"));
        QVERIFY(!e.isPublic);
        const auto users = RempCodec::decode(200, recorded(QStringLiteral("meta_key_users.json")));
        const QList<MetaMatch> matches = RempCodec::metaMatches(users.object);
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches[1].memberId, QStringLiteral("2"));
        QCOMPARE(matches[1].value, QStringLiteral("friend"));
        QVERIFY(!RempCodec::decode(204, {}).error); // user-meta/delete
    }

    void emailChecks()
    {
        const EmailCheck taken = RempCodec::emailCheck(
            RempCodec::decode(200, recorded(QStringLiteral("email_taken.json"))).object);
        QVERIFY(taken.taken);
        QCOMPARE(taken.userId, QStringLiteral("9"));
        QCOMPARE(taken.password, EmailCheck::Password::Right);
        const EmailCheck free = RempCodec::emailCheck(
            RempCodec::decode(200, recorded(QStringLiteral("email_available.json"))).object);
        QVERIFY(!free.taken);
        QVERIFY(free.userId.isEmpty());
        QCOMPARE(free.password, EmailCheck::Password::NotChecked); // null: no password was sent
    }

    void createLoginAndTokens()
    {
        const auto created = RempCodec::decode(200, recorded(QStringLiteral("create_ok.json")));
        const Member m = RempCodec::member(created.object.value(QLatin1String("user")).toObject());
        QCOMPARE(m.id, QStringLiteral("101"));
        QCOMPARE(m.firstName, QString()); // null names
        QCOMPARE(m.displayName, QStringLiteral("user@crm.press"));
        const StaffAccount staff = RempCodec::staffAccount(
            RempCodec::decode(200, recorded(QStringLiteral("login_admin.json"))).object);
        QCOMPARE(staff.name, QStringLiteral("Test Admin"));
        QCOMPARE(staff.roles, (QStringList{QStringLiteral("redaktor"), QStringLiteral("superadmin")}));
        const TokenOwner owner = RempCodec::tokenOwner(
            RempCodec::decode(200, recorded(QStringLiteral("autologin_ok.json"))).object);
        QCOMPARE(owner.member.id, QStringLiteral("9"));
        QVERIFY(owner.roles.isEmpty()); // not an admin
        const auto device = RempCodec::decode(200, recorded(QStringLiteral("device_token.json")));
        QVERIFY(!device.error); // a bare {"device_token": ...}
    }

    void userInfoHasNoNamesFromTheDefaultHandler()
    {
        // The README shows first_name/last_name; the default handler does not send them.
        const auto a = RempCodec::decode(200, recorded(QStringLiteral("user_info.json")));
        QVERIFY(!a.error);
        const Member m = RempCodec::member(a.object.value(QLatin1String("user")).toObject());
        QCOMPARE(m.id, QStringLiteral("1"));
        QCOMPARE(m.displayName, QStringLiteral("admin@example.com"));
        QCOMPARE(a.object.value(QLatin1String("user_meta"))
                     .toObject()
                     .value(QLatin1String("newsletter_subscribed")),
                 QJsonValue(QStringLiteral("1")));
        const auto refused = RempCodec::decode(403, recorded(QStringLiteral("user_info_refused.json")));
        QCOMPARE(refused.error.kind, CrmError::Kind::Auth);
    }

    void plainOkAnswers()
    {
        // users/confirm, users/add-to-group and users/remove-from-group answer only a status.
        const auto a = RempCodec::decode(200, recorded(QStringLiteral("status_ok.json")));
        QVERIFY(!a.error);
    }

    void noContentIsSuccess()
    {
        const auto a = RempCodec::decode(204, {});
        QVERIFY(!a.error);
    }

    void groupsFromTheProfile()
    {
        const QList<Group> groups =
            RempCodec::groupsFromOption(QStringLiteral("1:Newsletter; 2:Premium readers;;7"));
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups[1].id, QStringLiteral("2"));
        QCOMPARE(groups[1].title, QStringLiteral("Premium readers"));
        QCOMPARE(groups[2].title, QStringLiteral("7"));
    }
};

QTEST_GUILESS_MAIN(TestRempCodec)
#include "tst_rempcodec.moc"
