// JsonText: the grammar check and the slicing that let a sync keep the server's bytes, checked
// against what QJsonDocument makes of the same text.
#include "json/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace crm;

class TestJsonText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validity_data();
    void validity();
    void deepNestingIsNoCrash();
    void stringsDecodeEveryEscape();
    void membersAndElementsPointIntoTheText();
};

void TestJsonText::validity_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    for (const char* t : {"{}", "[]", " { \"a\" : [1, -2.5e+3, 0, true, false, null, \"x\"] } ",
                          R"({"a":{"b":{"c":[[],[{}]]}}})", "\"\\u00e9\\n\\\"\\\\\\/\"", "0", "-0.5E-2",
                          R"({"values":{"3":{"id":"3"},"1":{"id":1}}})", "[\"é ü 😀\"]"})
        QTest::newRow(t) << QByteArray(t) << true;
    // RFC 8259 refuses all of these. QJsonDocument lets a few through ("[1.]", "[.5]", "\"a\\x\"", a raw
    // tab): the page decoder then takes the thorough path, so those still decode as before.
    for (const char* t : {"",
                          "{",
                          "}",
                          "[1,]",
                          "{\"a\":1,}",
                          "{\"a\" 1}",
                          "{a:1}",
                          "[01]",
                          "[1.]",
                          "[.5]",
                          "[-]",
                          "[1e]",
                          "[tru]",
                          "[nul]",
                          "\"abc",
                          "\"a\\x\"",
                          "\"\\u12g4\"",
                          "[1] [2]",
                          "{\"a\":1}}",
                          "[\"tab\there\"]",
                          "{\"a\":[1,2}",
                          "[{]}",
                          "{\"is_error\":0,\"values\":[{\"id\":\"1\",,]}"})
        QTest::newRow(qPrintable(QStringLiteral("bad: ") + QString::fromUtf8(t))) << QByteArray(t) << false;
}

void TestJsonText::validity()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QCOMPARE(JsonText::isValid(text), valid);
    if (valid) { // and QJsonDocument agrees (it takes only objects and arrays at the top)
        QJsonParseError e;
        QJsonDocument::fromJson('[' + text + ']', &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
    }
}

void TestJsonText::deepNestingIsNoCrash()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(JsonText::isValid(deep));
    QVERIFY(!JsonText::isValid(QByteArray(100000, '[')));
}

void TestJsonText::stringsDecodeEveryEscape()
{
    const QByteArray text = R"("O\u2019Brien \"Jr\" \\ \/ \b\f\n\r\t \ud83d\ude00 é")";
    const QString expected = QJsonDocument::fromJson('[' + text + ']').array().at(0).toString();
    QCOMPARE(JsonText::string(text), expected);
    QCOMPARE(JsonText::string(R"("plain")"), QStringLiteral("plain"));
    QVERIFY(JsonText::string("12").isNull());
    QVERIFY(JsonText::string("null").isNull());
}

void TestJsonText::membersAndElementsPointIntoTheText()
{
    const QByteArray text = R"( { "id" : "7", "tags":[ "a", {"b":[1,2]} , 3 ],"q\"k":null, "n": -1.5 } )";
    const QList<JsonText::Member> members = JsonText::members(text);
    QCOMPARE(members.size(), 4);
    QCOMPARE(members[0].key, QByteArrayView("id"));
    QCOMPARE(members[0].keyText, QByteArrayView("\"id\""));
    QCOMPARE(members[0].value, QByteArrayView("\"7\""));
    QCOMPARE(members[1].value, QByteArrayView(R"([ "a", {"b":[1,2]} , 3 ])"));
    QCOMPARE(members[2].key, QByteArrayView(R"(q\"k)"));
    QCOMPARE(members[2].value, QByteArrayView("null"));
    QCOMPARE(members[3].value, QByteArrayView("-1.5"));
    const QList<QByteArrayView> elements = JsonText::elements(members[1].value);
    QCOMPARE(elements.size(), 3);
    QCOMPARE(elements[1], QByteArrayView(R"({"b":[1,2]})"));
    QCOMPARE(JsonText::value(text, "n"), QByteArrayView("-1.5"));
    QVERIFY(JsonText::value(text, "missing").isEmpty());
    QVERIFY(JsonText::members("[1]").isEmpty());
    QVERIFY(JsonText::elements("{}").isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
