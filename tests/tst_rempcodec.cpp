// RempCodec on bodies recorded from the REMP users module's code (which differs from its README).
#include "backends/remp/rempcodec.h"

#include <QFile>
#include <QTest>

using namespace crm;

namespace {
QByteArray recorded(const QString& name)
{
    QFile f(QStringLiteral(CRM_TEST_DATA "/remp/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestRempCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
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
