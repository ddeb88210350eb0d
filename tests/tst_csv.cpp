// The CSV reader and writer, and the import's decisions, on the inputs people really have: a semicolon
// file from a spreadsheet, a byte order mark, quoted line breaks, ragged rows, bad e-mails, an e-mail
// twice, bytes that are not UTF-8, a quote that never closes, and a 50 MB file.
#include "bulk/accountplan.h"
#include "bulk/importplan.h"
#include "cache/cache.h"
#include "csv/csvreader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace crm;

class TestCsv : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QList<CsvReader::Record> all(const QByteArray& data, char delimiter = 0)
    {
        CsvReader reader(data, delimiter);
        QList<CsvReader::Record> out;
        CsvReader::Record r;
        while (reader.next(&r))
            out.append(r);
        return out;
    }

private Q_SLOTS:
    void delimiterIsFound_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << QByteArray("email,first\r\na@x.org,A\r\n") << ',';
        QTest::newRow("semicolon") << QByteArray("email;first;last\na@x.org;A, Jr.;B\n") << ';';
        QTest::newRow("tab") << QByteArray("email\tfirst\na@x.org\tA\n") << '\t';
        QTest::newRow("quoted commas do not count")
            << QByteArray("email;note\n\"a@x.org\";\"one, two, three\"\n") << ';';
        QTest::newRow("one column") << QByteArray("email\na@x.org\n") << ',';
    }
    void delimiterIsFound()
    {
        QFETCH(QByteArray, data);
        QFETCH(char, delimiter);
        QCOMPARE(CsvReader(data).delimiter(), delimiter);
    }

    void quotingByteOrderMarkAndLineEnds()
    {
        const QByteArray data = "\xEF\xBB\xBF"
                                "email,note,name\r\n"
                                "a@x.org,\"line one\nline two\",\"O\"\"Brien\"\r\n"
                                "\r\n"
                                "b@x.org,,\"Zoë\"\r"
                                "c@x.org,x,y";
        CsvReader reader(data);
        QVERIFY(reader.hadByteOrderMark());
        const QList<CsvReader::Record> rows = all(data);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].fields,
                 (QStringList{QStringLiteral("email"), QStringLiteral("note"), QStringLiteral("name")}));
        QCOMPARE(rows[1].fields.at(1), QStringLiteral("line one\nline two"));
        QCOMPARE(rows[1].fields.at(2), QStringLiteral("O\"Brien"));
        QCOMPARE(rows[2].line, 5); // the quoted line break and the blank line count
        QCOMPARE(rows[2].fields, (QStringList{QStringLiteral("b@x.org"), QString(), QStringLiteral("Zoë")}));
        QCOMPARE(rows[3].fields.size(), 3);
        for (const auto& r : rows)
            QCOMPARE(r.problem, CsvReader::Problem::None);
    }

    void brokenRecordsSayWhat()
    {
        const QByteArray data = "email,name\n"
                                "a@x.org,\"Ann\"x\n"
                                "b@x.org,M\xFCller\n"
                                "c@x.org,\"never closed\n"
                                "d@x.org,D\n";
        const QList<CsvReader::Record> rows = all(data);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1].problem, CsvReader::Problem::TextAfterQuote);
        QCOMPARE(rows[2].problem, CsvReader::Problem::NotUtf8);
        QCOMPARE(rows[2].fields.at(1),
                 QStringLiteral("Müller")); // read as Latin-1, so the report can show it
        QCOMPARE(rows[3].problem, CsvReader::Problem::UnclosedQuote);
        QVERIFY(!CsvReader::problemText(CsvReader::Problem::NotUtf8).isEmpty());
    }

    void writerRoundTrips()
    {
        const QStringList fields{QStringLiteral("plain"),       QStringLiteral("a,b"),
                                 QStringLiteral("say \"hi\""),  QStringLiteral("two\nlines"),
                                 QStringLiteral(" padded "),    QString(),
                                 QStringLiteral("Zoë Ångström")};
        const QByteArray line = CsvWriter::record(fields);
        QVERIFY(line.endsWith("\r\n"));
        QVERIFY(line.startsWith("plain,\"a,b\",\"say \"\"hi\"\"\""));
        const QList<CsvReader::Record> back = all(CsvWriter::byteOrderMark() + line + line);
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].fields, fields);
        QCOMPARE(back[1].fields, fields);
        QCOMPARE(all(CsvWriter::record(fields, ';'), ';').first().fields, fields);
        // A field that starts with U+FEFF is text, not a byte order mark (found by the fuzzer).
        const QStringList bom{QString(QChar(0xFEFF)) + QStringLiteral("x"), QStringLiteral("y")};
        QCOMPARE(all(CsvWriter::record(bom, '\t'), '\t').first().fields, bom);
        QCOMPARE(all(QByteArray("a\n\xEF\xBB\xBF\xEF\xBB\xBF"
                                "b\n"))
                     .at(1)
                     .fields.first(),
                 QString(QChar(0xFEFF)) + QString(QChar(0xFEFF)) + QStringLiteral("b"));
    }

    void importDecisionsForBadRows()
    {
        Cache cache(m_dir.filePath(QStringLiteral("plan.sqlite")));
        QVERIFY(!cache.open());
        Member m;
        m.id = QStringLiteral("7");
        m.email = QStringLiteral("Known@Example.org");
        m.firstName = QStringLiteral("Kim");
        m.lastName = QStringLiteral("Known");
        m.displayName = QStringLiteral("Kim Known");
        QVERIFY(!cache.storeMember(m));
        Member twin = m;
        twin.id = QStringLiteral("8");
        twin.email = QStringLiteral("twin@example.org");
        QVERIFY(!cache.storeMember(twin));
        twin.id = QStringLiteral("9");
        QVERIFY(!cache.storeMember(twin));

        const QByteArray data = "E-mail;Vorname;Surname\n"
                                "  KNOWN@example.org ;Kim;Known\n" // 1: unchanged (trimmed, any case)
                                "known@example.org;Kim;Other\n"    // 2: the same e-mail again
                                "twin@example.org;T;T\n"           // 3: two members have it
                                "not-an-email;X;Y\n"               // 4
                                "nobody@example.org;N;B\n"         // 5: no match
                                "short@example.org;S\n"            // 6: ragged
                                "latin@example.org;J\xFCrgen;K\n"  // 7: not UTF-8
                                ";No;Mail\n";                      // 8
        ImportPlan plan;
        QString error;
        QVERIFY(plan.read(data, 0, &error));
        QCOMPARE(plan.delimiter(), ';');
        ImportSettings s;
        s.action = ImportSettings::Action::Update;
        s.mapping =
            ImportPlan::guessMapping(plan.header(), {QStringLiteral("email"), QStringLiteral("first_name"),
                                                     QStringLiteral("last_name")});
        QCOMPARE(s.mapping.value(0), QStringLiteral("email"));
        QCOMPARE(s.mapping.value(1), QStringLiteral("first_name"));
        QCOMPARE(s.mapping.value(2), QStringLiteral("last_name"));
        const QList<ImportRow> rows = plan.decide(s, cache, nullptr);
        using O = ImportRow::Outcome;
        const QList<O> expected{O::Unchanged, O::Skipped, O::Skipped, O::Invalid,
                                O::Skipped,   O::Invalid, O::Invalid, O::Invalid};
        QCOMPARE(rows.size(), expected.size());
        for (int i = 0; i < rows.size(); ++i) {
            QVERIFY2(rows[i].outcome == expected[i],
                     qPrintable(QStringLiteral("row %1: %2 (%3)")
                                    .arg(i + 1)
                                    .arg(ImportRow::outcomeName(rows[i].outcome), rows[i].reason)));
            if (rows[i].outcome != O::Unchanged)
                QVERIFY(!rows[i].reason.isEmpty()); // every row not done says why
        }
        QCOMPARE(rows[0].memberId, QStringLiteral("7"));
        QVERIFY(rows[1].reason.contains(QStringLiteral("row 1")));
        QVERIFY(rows[2].reason.contains(QStringLiteral("8, 9")));
        QVERIFY(rows[6].reason.contains(QStringLiteral("UTF-8")));
        // The report names every row.
        const QByteArray report = ImportPlan::reportCsv(rows);
        QCOMPARE(all(report).size(), rows.size() + 1);
    }

    void userNamesForNewAccounts()
    {
        QCOMPARE(AccountPlan::suggestUserName(QStringLiteral("Renée"), QStringLiteral("O'Brien-Núñez"), {}),
                 QStringLiteral("renee.obrien-nunez"));
        QCOMPARE(AccountPlan::suggestUserName(QStringLiteral("Ana Maria"), QStringLiteral("Weiß"), {}),
                 QStringLiteral("ana.maria.weiss"));
        QCOMPARE(AccountPlan::suggestUserName({}, {}, QStringLiteral("Jo.Smith@x.org")),
                 QStringLiteral("jo.smith"));
        QCOMPARE(AccountPlan::suggestUserName(QStringLiteral("李"), {}, {}), QStringLiteral("member"));
        // Two contacts with the same name get different user names; a taken one is not reused.
        Cache cache(m_dir.filePath(QStringLiteral("accounts.sqlite")));
        QVERIFY(!cache.open());
        for (int i = 1; i <= 3; ++i) {
            Member m;
            m.id = QString::number(i);
            m.firstName = QStringLiteral("Zoë");
            m.lastName = QStringLiteral("Weiss");
            m.displayName = QStringLiteral("Zoë Weiss");
            m.email = QStringLiteral("zoe%1@example.org").arg(i);
            if (i == 1)
                m.username = QStringLiteral("zoe.weiss");
            QVERIFY(!cache.storeMember(m));
        }
        const auto rows =
            AccountPlan::decide(cache, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
        QCOMPARE(rows.at(0).outcome, AccountPlan::Row::Outcome::HasAccount);
        QCOMPARE(rows.at(1).userName, QStringLiteral("zoe.weiss2"));
        QCOMPARE(rows.at(2).userName, QStringLiteral("zoe.weiss3"));
        QVERIFY(!AccountPlan::importFile(rows, false).contains("zoe1@"));
    }

    void fiftyMegabytes()
    {
        // 50 MB of rows, one of them broken in the middle: the rows before it are read whole, the broken
        // one is flagged, and the reader goes on to the end.
        QByteArray data = "email,first_name,last_name,note\n";
        const QByteArray row = ",Firstname,Lastname,\"a note, with a comma and \"\"quotes\"\"\"\n";
        int n = 0;
        while (data.size() < 50 * 1024 * 1024) {
            data += "member" + QByteArray::number(n++) + "@example.org" + row;
            if (n == 300000)
                data += "broken@example.org,\"unclosed,x\n"; // its quote pairs with the next row's
        }
        CsvReader reader(data);
        CsvReader::Record r;
        qint64 records = 0;
        qint64 firstBroken = -1;
        while (reader.next(&r)) {
            if (r.problem != CsvReader::Problem::None && firstBroken < 0)
                firstBroken = records;
            ++records;
        }
        QCOMPARE(firstBroken, 300001); // after the header and 300,000 good rows
        QVERIFY(records > 600000);
        QCOMPARE(reader.position(), reader.size());
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
