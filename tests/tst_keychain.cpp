// CredentialStore against the real Secret Service (gnome-keyring in the test session).
#include "credentials/credentialstore.h"
#include "net/crmcall.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace crm;

namespace {
struct Result {
    CrmError error;
    QMap<QString, QString> values;
};
Result wait(CrmCall* call)
{
    Result r;
    QSignalSpy spy(call, &CrmCall::finished);
    QObject::connect(call, &CrmCall::finished, [&r, call] {
        r.error = call->error();
        if (call->hasValue())
            r.values = call->value<QMap<QString, QString>>();
    });
    if (!spy.wait(20000))
        r.error = CrmError(CrmError::Kind::Timeout);
    return r;
}
} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        CredentialStore store(QStringLiteral("crm-console-test"));
        const QString profile = QStringLiteral("kc-") + QUuid::createUuid().toString(QUuid::Id128);
        const QMap<QString, QString> secrets{
            {QStringLiteral("api_key"), QStringLiteral("k\u00e9y with spaces")},
            {QStringLiteral("site_key"), QStringLiteral("s1te")}};
        Result w = wait(store.write(profile, secrets));
        QVERIFY2(!w.error, qPrintable(w.error.userMessage()));
        Result r = wait(store.read(profile, {QStringLiteral("api_key"), QStringLiteral("site_key")}));
        QVERIFY2(!r.error, qPrintable(r.error.userMessage()));
        QCOMPARE(r.values, secrets);

        // A second store (a new process would be the same) reads what the first wrote.
        CredentialStore other(QStringLiteral("crm-console-test"));
        Result again = wait(other.read(profile, {QStringLiteral("site_key")}));
        QCOMPARE(again.values.value(QStringLiteral("site_key")), QStringLiteral("s1te"));

        QVERIFY(!wait(store.remove(profile, {QStringLiteral("api_key"), QStringLiteral("site_key")})).error);
        Result gone = wait(store.read(profile, {QStringLiteral("api_key")}));
        QVERIFY(!gone.error);
        QCOMPARE(gone.values.value(QStringLiteral("api_key")), QString()); // "not set", not an error
    }

    void sessionOnlyNeverTouchesTheKeychain()
    {
        CredentialStore store(QStringLiteral("crm-console-test"));
        store.setSessionOnly(true);
        QVERIFY(!wait(store.write(QStringLiteral("mem"), {{QStringLiteral("api_key"), QStringLiteral("x")}}))
                     .error);
        QCOMPARE(wait(store.read(QStringLiteral("mem"), {QStringLiteral("api_key")}))
                     .values.value(QStringLiteral("api_key")),
                 QStringLiteral("x"));
        CredentialStore keychain(QStringLiteral("crm-console-test"));
        QCOMPARE(wait(keychain.read(QStringLiteral("mem"), {QStringLiteral("api_key")}))
                     .values.value(QStringLiteral("api_key")),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
