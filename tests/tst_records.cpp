// A whole CiviCRM record through crmctl, as scripts and staff use it: names, communication preferences,
// phones, e-mails, addresses, notes and the trash, against the sandbox's CiviCRM with real processes,
// the real keychain and real HTTP; what the CRM then holds is read back from it directly.
#include "crmctlrun.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestRecords : public QObject {
    Q_OBJECT

    using Run = CrmctlRun;

    QTemporaryDir m_home;
    SandboxProcess m_sandbox;
    QString m_name;

    Run crmctl(const QStringList& args, const QByteArray& input = {})
    {
        return runCrmctl(m_home.path(), args, input);
    }

    Run add(const QString& name, const QUrl& url)
    {
        return crmctl({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--kind"),
                       QStringLiteral("civicrm"), QStringLiteral("--url"), url.toString(),
                       QStringLiteral("--option"), QStringLiteral("custom_23=\"Regional scope\"")},
                      "api_key=" + SandboxProcess::apiKey().toUtf8() +
                          "\nsite_key=" + SandboxProcess::siteKey().toUtf8() + "\n");
    }

    QJsonObject member(const QString& id, const QString& name = {})
    {
        const Run r = crmctl({QStringLiteral("member"), name.isEmpty() ? m_name : name, id,
                              QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    /// What the CRM holds now, asked as another user would.
    QList<QJsonObject> server(const QString& entity, const QJsonObject& params)
    {
        QJsonObject p = params;
        p.insert(QStringLiteral("sequential"), 1);
        p.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}});
        QList<QJsonObject> out;
        for (const QJsonValue& v :
             m_sandbox.call(entity, QStringLiteral("get"), p).value(QLatin1String("values")).toArray())
            out.append(v.toObject());
        return out;
    }

    static QJsonObject withId(const QJsonArray& list, const QString& id)
    {
        for (const QJsonValue& v : list)
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                return v.toObject();
        return {};
    }

    /// The id a "… id: N" line printed.
    static QString printedId(const Run& r)
    {
        const qsizetype at = r.out.lastIndexOf(QStringLiteral(" id: "));
        return at < 0 ? QString() : r.out.mid(at + 5).trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(120));
        m_name = QStringLiteral("rec-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QCOMPARE(add(m_name, m_sandbox.url()).code, 0);
        const Run sync = crmctl({QStringLiteral("sync"), m_name});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
    }

    void namesNotIds()
    {
        // Contact 6 has a primary address and two phones (see sandbox/civicrmdata.cpp); the CRM's own
        // Contact.get names the primary address's country and province, as its web pages would.
        const QJsonObject m = member(QStringLiteral("6"));
        const QJsonObject contact = server(QStringLiteral("Contact"), {{QStringLiteral("id"), 6}}).first();
        const QJsonObject home = m.value(QLatin1String("addresses")).toArray().first().toObject();
        QCOMPARE(home.value(QLatin1String("location_type")).toString(), QStringLiteral("Home"));
        QVERIFY(!contact.value(QLatin1String("country")).toString().isEmpty());
        QCOMPARE(home.value(QLatin1String("country")).toString(),
                 contact.value(QLatin1String("country")).toString());
        QCOMPARE(home.value(QLatin1String("state_province")).toString(),
                 contact.value(QLatin1String("state_province_name")).toString());
        QVERIFY(!home.value(QLatin1String("custom"))
                     .toObject()
                     .value(QLatin1String("Regional scope"))
                     .toString()
                     .isEmpty());
        const QJsonArray phones = m.value(QLatin1String("phones")).toArray();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(withId(phones, QStringLiteral("1000006")).value(QLatin1String("phone_type")).toString(),
                 QStringLiteral("Mobile"));
        QCOMPARE(withId(phones, QStringLiteral("1000006")).value(QLatin1String("location_type")).toString(),
                 QStringLiteral("Work"));
        QCOMPARE(m.value(QLatin1String("gender")).toString(), QStringLiteral("Female"));
        QCOMPARE(m.value(QLatin1String("is_deleted")).toBool(), false);
        QVERIFY(m.contains(QLatin1String("do_not_email")));
        const Run table = crmctl({QStringLiteral("member"), m_name, QStringLiteral("6")});
        QVERIFY(table.out.contains(QStringLiteral("Home address")));
        QVERIFY(table.out.contains(contact.value(QLatin1String("city")).toString() + QStringLiteral(", ") +
                                   contact.value(QLatin1String("country")).toString()));
    }

    void contactFieldsAndPreferences()
    {
        const Run edit = crmctl({QStringLiteral("edit"), m_name, QStringLiteral("7"),
                                 QStringLiteral("gender=Male"), QStringLiteral("middle_name=Quentin"),
                                 QStringLiteral("nick_name=Q"), QStringLiteral("birth_date=1980-05-04"),
                                 QStringLiteral("job_title=Editor"), QStringLiteral("do_not_sms=yes"),
                                 QStringLiteral("is_opt_out=1"), QStringLiteral("do_not_phone=no")});
        QVERIFY2(edit.code == 0, qPrintable(edit.err));
        QVERIFY2(edit.out.contains(QStringLiteral("\u2192 \u201cMale\u201d")), qPrintable(edit.out));
        QVERIFY(edit.out.contains(QStringLiteral("No bulk e-mail \u201cno\u201d \u2192 \u201cyes\u201d")));
        const QJsonObject onServer = server(QStringLiteral("Contact"), {{QStringLiteral("id"), 7}}).first();
        QCOMPARE(onServer.value(QLatin1String("gender_id")).toString(), QStringLiteral("2"));
        QCOMPARE(onServer.value(QLatin1String("middle_name")).toString(), QStringLiteral("Quentin"));
        QCOMPARE(onServer.value(QLatin1String("birth_date")).toString(), QStringLiteral("1980-05-04"));
        QCOMPARE(onServer.value(QLatin1String("do_not_sms")).toString(), QStringLiteral("1"));
        QCOMPARE(onServer.value(QLatin1String("is_opt_out")).toString(), QStringLiteral("1"));
        const QJsonObject m = member(QStringLiteral("7"));
        QCOMPARE(m.value(QLatin1String("gender")).toString(), QStringLiteral("Male"));
        QCOMPARE(m.value(QLatin1String("do_not_sms")).toBool(), true);
        QCOMPARE(m.value(QLatin1String("job_title")).toString(), QStringLiteral("Editor"));

        // Values the CRM would refuse are refused first, in words.
        const Run badGender =
            crmctl({QStringLiteral("edit"), m_name, QStringLiteral("7"), QStringLiteral("gender=Robot")});
        QCOMPARE(badGender.code, 3);
        QVERIFY(badGender.err.contains(QStringLiteral("Female, Male, Other")));
        const Run badDate = crmctl(
            {QStringLiteral("edit"), m_name, QStringLiteral("7"), QStringLiteral("birth_date=1980-02-30")});
        QCOMPARE(badDate.code, 3);
        QVERIFY(badDate.err.contains(QStringLiteral("year-month-day")));
    }

    void exportReadsAsAPersonDoes()
    {
        // A member with a known phone, gender and preference, exported: headers and values by name.
        const Run phone = crmctl({QStringLiteral("phone-add"), m_name, QStringLiteral("14"),
                                  QStringLiteral("Work"), QStringLiteral("020 7946 0321"),
                                  QStringLiteral("--phone-type"), QStringLiteral("Mobile")});
        QVERIFY2(phone.code == 0, qPrintable(phone.err));
        const Run edit = crmctl({QStringLiteral("edit"), m_name, QStringLiteral("14"),
                                 QStringLiteral("gender=Female"), QStringLiteral("do_not_email=yes")});
        QVERIFY2(edit.code == 0, qPrintable(edit.err));
        const QString columns =
            QStringLiteral("id,gender_id,do_not_email,phones,emails,country,location_type");
        const Run csv =
            crmctl({QStringLiteral("export"), m_name, QStringLiteral("-"), QStringLiteral("--ids"),
                    QStringLiteral("14"), QStringLiteral("--columns"), columns});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        QVERIFY2(csv.out.startsWith(QStringLiteral(
                     "ID,Gender,Do not e-mail,All phones,All e-mail addresses,Country,Address location\r\n")),
                 qPrintable(csv.out));
        const Run json = crmctl({QStringLiteral("export"), m_name, QStringLiteral("-"),
                                 QStringLiteral("--ids"), QStringLiteral("14"), QStringLiteral("--columns"),
                                 columns, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject row = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
        QCOMPARE(row.value(QLatin1String("gender_id")).toString(), QStringLiteral("Female"));
        QCOMPARE(row.value(QLatin1String("do_not_email")).toString(), QStringLiteral("yes"));
        QVERIFY2(row.value(QLatin1String("phones"))
                     .toString()
                     .contains(QStringLiteral("020 7946 0321 (Work, Mobile)")),
                 qPrintable(json.out));
        const QJsonObject held = member(QStringLiteral("14"));
        QCOMPARE(row.value(QLatin1String("emails")).toString().section(QStringLiteral("; "), 0, 0),
                 held.value(QLatin1String("email")).toString());
        const QString country = row.value(QLatin1String("country")).toString();
        QVERIFY2(country.isEmpty() || !country.at(0).isDigit(), qPrintable(country)); // a name, never an id
        if (!held.value(QLatin1String("addresses")).toArray().isEmpty())
            QVERIFY(!row.value(QLatin1String("location_type")).toString().isEmpty());
    }

    void phonesAddedChangedRemoved()
    {
        const Run added =
            crmctl({QStringLiteral("phone-add"), m_name, QStringLiteral("8"), QStringLiteral("Home"),
                    QStringLiteral("0207 946 0958"), QStringLiteral("--phone-type"), QStringLiteral("Mobile"),
                    QStringLiteral("--primary")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString id = printedId(added);
        QVERIFY(!id.isEmpty());
        QList<QJsonObject> phones =
            server(QStringLiteral("Phone"), {{QStringLiteral("id"), id.toLongLong()}});
        QCOMPARE(phones.size(), 1);
        QCOMPARE(phones.first().value(QLatin1String("phone_type_id")).toString(), QStringLiteral("2"));
        QCOMPARE(phones.first().value(QLatin1String("is_primary")).toString(), QStringLiteral("1"));
        QCOMPARE(withId(member(QStringLiteral("8")).value(QLatin1String("phones")).toArray(), id)
                     .value(QLatin1String("location_type"))
                     .toString(),
                 QStringLiteral("Home"));

        const Run changed =
            crmctl({QStringLiteral("phone-edit"), m_name, QStringLiteral("8"), id,
                    QStringLiteral("phone=+44 20 7946 0000"), QStringLiteral("location=Work")});
        QVERIFY2(changed.code == 0, qPrintable(changed.err));
        phones = server(QStringLiteral("Phone"), {{QStringLiteral("id"), id.toLongLong()}});
        QCOMPARE(phones.first().value(QLatin1String("phone")).toString(), QStringLiteral("+44 20 7946 0000"));
        QCOMPARE(phones.first().value(QLatin1String("location_type_id")).toString(), QStringLiteral("2"));

        const Run removed = crmctl({QStringLiteral("phone-remove"), m_name, QStringLiteral("8"), id});
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QVERIFY(server(QStringLiteral("Phone"), {{QStringLiteral("id"), id.toLongLong()}}).isEmpty());
        QVERIFY(withId(member(QStringLiteral("8")).value(QLatin1String("phones")).toArray(), id).isEmpty());

        const Run badLocation = crmctl({QStringLiteral("phone-add"), m_name, QStringLiteral("8"),
                                        QStringLiteral("Hom"), QStringLiteral("0207 946 0958")});
        QCOMPARE(badLocation.code, 3);
        QVERIFY(badLocation.err.contains(QStringLiteral("Home, Work")));
        const Run badNumber = crmctl({QStringLiteral("phone-add"), m_name, QStringLiteral("8"),
                                      QStringLiteral("Home"), QStringLiteral("call me")});
        QCOMPARE(badNumber.code, 3);
    }

    void emailsAndAddresses()
    {
        const Run email = crmctl({QStringLiteral("email-add"), m_name, QStringLiteral("9"),
                                  QStringLiteral("Work"), QStringLiteral("zoe@work.example.com")});
        QVERIFY2(email.code == 0, qPrintable(email.err));
        const QString emailId = printedId(email);
        QCOMPARE(server(QStringLiteral("Email"), {{QStringLiteral("id"), emailId.toLongLong()}})
                     .first()
                     .value(QLatin1String("email"))
                     .toString(),
                 QStringLiteral("zoe@work.example.com"));
        const QJsonObject cached =
            withId(member(QStringLiteral("9")).value(QLatin1String("emails")).toArray(), emailId);
        QCOMPARE(cached.value(QLatin1String("location_type")).toString(), QStringLiteral("Work"));
        QCOMPARE(crmctl({QStringLiteral("email-remove"), m_name, QStringLiteral("9"), emailId}).code, 0);
        QVERIFY(server(QStringLiteral("Email"), {{QStringLiteral("id"), emailId.toLongLong()}}).isEmpty());

        const Run address =
            crmctl({QStringLiteral("address-add"), m_name, QStringLiteral("9"), QStringLiteral("Work"),
                    QStringLiteral("street_address=Hlavná 1"), QStringLiteral("city=Žilina"),
                    QStringLiteral("postal_code=010 01"), QStringLiteral("country=SK"),
                    QStringLiteral("state_province=Žilinský kraj"), QStringLiteral("Regional scope=SK01")});
        QVERIFY2(address.code == 0, qPrintable(address.err));
        const QString addressId = printedId(address);
        QJsonObject onServer =
            server(QStringLiteral("Address"), {{QStringLiteral("id"), addressId.toLongLong()}}).first();
        QCOMPARE(onServer.value(QLatin1String("country_id")).toString(), QStringLiteral("1192"));
        QCOMPARE(onServer.value(QLatin1String("custom_23")).toString(), QStringLiteral("SK01"));
        QCOMPARE(onServer.value(QLatin1String("location_type_id")).toString(), QStringLiteral("2"));
        const QJsonObject shown =
            withId(member(QStringLiteral("9")).value(QLatin1String("addresses")).toArray(), addressId);
        QCOMPARE(shown.value(QLatin1String("country")).toString(), QStringLiteral("Slovakia"));
        QCOMPARE(shown.value(QLatin1String("state_province")).toString(), QStringLiteral("Žilinský kraj"));

        QCOMPARE(crmctl({QStringLiteral("address-edit"), m_name, QStringLiteral("9"), addressId,
                         QStringLiteral("country=Netherlands"), QStringLiteral("state_province="),
                         QStringLiteral("city=Brummen")})
                     .code,
                 0);
        onServer =
            server(QStringLiteral("Address"), {{QStringLiteral("id"), addressId.toLongLong()}}).first();
        QCOMPARE(onServer.value(QLatin1String("country_id")).toString(), QStringLiteral("1152"));
        QCOMPARE(onServer.value(QLatin1String("city")).toString(), QStringLiteral("Brummen"));
        QCOMPARE(crmctl({QStringLiteral("address-remove"), m_name, QStringLiteral("9"), addressId}).code, 0);
        QVERIFY(
            server(QStringLiteral("Address"), {{QStringLiteral("id"), addressId.toLongLong()}}).isEmpty());
    }

    void notesReadAndAdded()
    {
        const Run added = crmctl({QStringLiteral("note-add"), m_name, QStringLiteral("11"),
                                  QStringLiteral("Asked to be called after 5 pm."),
                                  QStringLiteral("--subject"), QStringLiteral("Call back")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run notes = crmctl({QStringLiteral("notes"), m_name, QStringLiteral("11"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(notes.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(notes.out.toUtf8()).array();
        QCOMPARE(list.size(), 2); // the generated one (11 % 5 == 1) and the new one
        QCOMPARE(list.last().toObject().value(QLatin1String("subject")).toString(),
                 QStringLiteral("Call back"));
        // Read again offline: from the cache.
        const Run offline =
            crmctl({QStringLiteral("notes"), m_name, QStringLiteral("11"), QStringLiteral("--offline")});
        QCOMPARE(offline.code, 0);
        QVERIFY(offline.out.contains(QStringLiteral("Call back")));
    }

    void trashAndRestore()
    {
        QCOMPARE(crmctl({QStringLiteral("trash"), m_name, QStringLiteral("12")}).code, 0);
        QCOMPARE(server(QStringLiteral("Contact"),
                        {{QStringLiteral("id"), 12}, {QStringLiteral("showAll"), QStringLiteral("all")}})
                     .first()
                     .value(QLatin1String("contact_is_deleted"))
                     .toString(),
                 QStringLiteral("1"));
        const Run gone =
            crmctl({QStringLiteral("member"), m_name, QStringLiteral("12"), QStringLiteral("--offline")});
        QCOMPARE(gone.code, 3);
        // A second trash of the same member changes nothing and still ends well.
        const Run restored = crmctl({QStringLiteral("restore"), m_name, QStringLiteral("12")});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QCOMPARE(server(QStringLiteral("Contact"), {{QStringLiteral("id"), 12}}).size(), 1);
        QCOMPARE(member(QStringLiteral("12")).value(QLatin1String("id")).toString(), QStringLiteral("12"));
        QCOMPARE(crmctl({QStringLiteral("restore"), m_name, QStringLiteral("12")}).code, 0); // already back
    }

    void partChangedOnServerIsAConflict()
    {
        // The cache read contact 13's phone 13 as the sync found it; someone else changes it in the CRM.
        const QJsonObject answer = m_sandbox.call(
            QStringLiteral("Phone"), QStringLiteral("create"),
            {{QStringLiteral("id"), 13}, {QStringLiteral("phone"), QStringLiteral("020 1111 2222")}});
        QCOMPARE(answer.value(QLatin1String("is_error")).toInt(), 0);
        const Run edit = crmctl({QStringLiteral("phone-edit"), m_name, QStringLiteral("13"),
                                 QStringLiteral("13"), QStringLiteral("phone=020 3333 4444")});
        QCOMPARE(edit.code, 3);
        // Field by field: what was read, what this edit wanted, what the server has now.
        QVERIFY2(edit.err.contains(QStringLiteral("Number: read \u201c")), qPrintable(edit.err));
        QVERIFY(edit.err.contains(QStringLiteral("yours \u201c020 3333 4444\u201d")));
        QVERIFY(edit.err.contains(QStringLiteral("the server's \u201c020 1111 2222\u201d")));
        QCOMPARE(server(QStringLiteral("Phone"), {{QStringLiteral("id"), 13}})
                     .first()
                     .value(QLatin1String("phone"))
                     .toString(),
                 QStringLiteral("020 1111 2222")); // never overwritten silently
        const QJsonArray outbox =
            QJsonDocument::fromJson(
                crmctl({QStringLiteral("outbox"), m_name, QStringLiteral("--format"), QStringLiteral("json")})
                    .out.toUtf8())
                .array();
        QCOMPARE(outbox.last().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("conflict"));
    }

    void contactEditAfterItsPartsChangedOnTheServer()
    {
        // CiviCRM stamps a contact when one of its phones changes, and someone else changes another field
        // too: an edit of a field nobody else touched still goes through, never called a conflict.
        const QString before = member(QStringLiteral("26")).value(QLatin1String("modified")).toString();
        QCOMPARE(m_sandbox
                     .call(QStringLiteral("Phone"), QStringLiteral("create"),
                           {{QStringLiteral("contact_id"), 26},
                            {QStringLiteral("phone"), QStringLiteral("020 7946 0111")}})
                     .value(QLatin1String("is_error"))
                     .toInt(),
                 0);
        m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("create"),
                       {{QStringLiteral("id"), 26}, {QStringLiteral("nick_name"), QStringLiteral("Theirs")}});
        const QJsonObject now = server(QStringLiteral("Contact"), {{QStringLiteral("id"), 26}}).first();
        QVERIFY(now.value(QLatin1String("modified_date")).toString() != before);
        const Run edit =
            crmctl({QStringLiteral("edit"), m_name, QStringLiteral("26"), QStringLiteral("job_title=Mine")});
        QVERIFY2(edit.code == 0, qPrintable(edit.err));
        const QJsonObject after = server(QStringLiteral("Contact"), {{QStringLiteral("id"), 26}}).first();
        QCOMPARE(after.value(QLatin1String("job_title")).toString(), QStringLiteral("Mine"));
        QCOMPARE(after.value(QLatin1String("nick_name")).toString(), QStringLiteral("Theirs"));
    }

    void lostAnswerAddsOnce()
    {
        // The CRM makes the phone and the answer never arrives: the retry finds it instead of adding another.
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("apply_then_drop_at"), 1}}));
        const Run added = crmctl({QStringLiteral("phone-add"), m_name, QStringLiteral("16"),
                                  QStringLiteral("Other"), QStringLiteral("+421 41 555 0101")});
        m_sandbox.setFaults({});
        if (added.code != 0)
            QCOMPARE(crmctl({QStringLiteral("sync"), m_name}).code, 0);
        int same = 0;
        for (const QJsonObject& p : server(QStringLiteral("Phone"), {{QStringLiteral("contact_id"), 16}}))
            same += p.value(QLatin1String("phone")).toString() == QLatin1String("+421 41 555 0101");
        QCOMPARE(same, 1);
    }

    void searchFindsPhonesPostalCodesAndCities()
    {
        QCOMPARE(crmctl({QStringLiteral("phone-add"), m_name, QStringLiteral("19"), QStringLiteral("Home"),
                         QStringLiteral("020 7946 0958")})
                     .code,
                 0);
        QCOMPARE(
            crmctl({QStringLiteral("address-add"), m_name, QStringLiteral("19"), QStringLiteral("Other"),
                    QStringLiteral("street_address=Ambachtstraat 23"), QStringLiteral("postal_code=6971 BN"),
                    QStringLiteral("city=Brummen"), QStringLiteral("country=NL")})
                .code,
            0);
        auto found = [this](const QString& text) {
            const Run r = crmctl({QStringLiteral("members"), m_name, QStringLiteral("--search"), text,
                                  QStringLiteral("--format"), QStringLiteral("json")});
            QStringList ids;
            for (const QJsonValue& v : QJsonDocument::fromJson(r.out.toUtf8()).array())
                ids.append(v.toObject().value(QLatin1String("id")).toString());
            return ids;
        };
        // Any spacing or prefix of the same number: national, international, digits only.
        for (const char* typed :
             {"0207 946", "+44 20 7946", "020 7946 0958", "2079460958", "0044 20 7946 09"})
            QVERIFY2(found(QString::fromLatin1(typed)).contains(QStringLiteral("19")), typed);
        QVERIFY(!found(QStringLiteral("0207 945")).contains(QStringLiteral("19")));
        // A postal code with or without its space, and a city.
        QVERIFY(found(QStringLiteral("6971 BN")).contains(QStringLiteral("19")));
        QVERIFY(found(QStringLiteral("6971bn")).contains(QStringLiteral("19")));
        QVERIFY(found(QStringLiteral("brummen")).contains(QStringLiteral("19")));
    }

    void duplicateGuard()
    {
        const QJsonObject eight = member(QStringLiteral("8"));
        const QString primary = eight.value(QLatin1String("email")).toString();
        // Any case and spacing of a cached member's e-mail is the same e-mail.
        const Run refused =
            crmctl({QStringLiteral("member-create"), m_name, QStringLiteral("  ") + primary.toUpper(),
                    QStringLiteral("first_name=Ford")});
        QCOMPARE(refused.code, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("  8  ")) &&
                     refused.err.contains(QStringLiteral("--allow-duplicate")),
                 qPrintable(refused.err));
        const qint64 before = m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("getcount"), {})
                                  .value(QLatin1String("result"))
                                  .toInteger();
        // A second e-mail of a member counts too (contact 8 has a work address: 8 % 8 == 0).
        QString work;
        for (const QJsonValue& e : eight.value(QLatin1String("emails")).toArray())
            if (!e.toObject().value(QLatin1String("is_primary")).toBool())
                work = e.toObject().value(QLatin1String("email")).toString();
        QVERIFY(!work.isEmpty());
        QCOMPARE(crmctl({QStringLiteral("member-create"), m_name, work}).code, 3);
        QCOMPARE(m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("getcount"), {})
                     .value(QLatin1String("result"))
                     .toInteger(),
                 before);
        // Chosen on purpose, it is made.
        const Run made =
            crmctl({QStringLiteral("member-create"), m_name, work, QStringLiteral("--allow-duplicate")});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QCOMPARE(m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("getcount"), {})
                     .value(QLatin1String("result"))
                     .toInteger(),
                 before + 1);

        // The import's dry run marks the row that may be the same person.
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("people.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,first_name,last_name\n");
        // Contact 24's work e-mail (24 % 8 == 0), which no member has as its primary one.
        const QJsonArray emails24 = member(QStringLiteral("24")).value(QLatin1String("emails")).toArray();
        csv.write(QStringLiteral("%1,Ford,Again\nnew.person@example.org,New,Person\n")
                      .arg(emails24.last().toObject().value(QLatin1String("email")).toString())
                      .toUtf8());
        csv.close();
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        const Run dry = crmctl({QStringLiteral("import"), m_name, csv.fileName(), QStringLiteral("--action"),
                                QStringLiteral("create"), QStringLiteral("--dry-run"),
                                QStringLiteral("--report"), report});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QFile rep(report);
        QVERIFY(rep.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(rep.readAll());
        QVERIFY2(text.contains(QStringLiteral("possibly already a member")), qPrintable(text));
    }

    void historyAndUndoOfSentChanges()
    {
        const QString before = server(QStringLiteral("Contact"), {{QStringLiteral("id"), 17}})
                                   .first()
                                   .value(QLatin1String("last_name"))
                                   .toString();
        QCOMPARE(
            crmctl({QStringLiteral("edit"), m_name, QStringLiteral("17"), QStringLiteral("last_name=Okafor")})
                .code,
            0);
        const Run history = crmctl({QStringLiteral("history"), m_name, QStringLiteral("17")});
        QCOMPARE(history.code, 0);
        QVERIFY2(history.out.contains(
                     QStringLiteral("Last name \u201c%1\u201d \u2192 \u201cOkafor\u201d").arg(before)),
                 qPrintable(history.out));
        QVERIFY(history.out.contains(QStringLiteral("sent")));

        const Run undo = crmctl({QStringLiteral("undo"), m_name, QStringLiteral("17")});
        QVERIFY2(undo.code == 0, qPrintable(undo.err));
        QCOMPARE(server(QStringLiteral("Contact"), {{QStringLiteral("id"), 17}})
                     .first()
                     .value(QLatin1String("last_name"))
                     .toString(),
                 before);
        const QJsonArray entries =
            QJsonDocument::fromJson(crmctl({QStringLiteral("history"), m_name, QStringLiteral("17"),
                                            QStringLiteral("--format"), QStringLiteral("json")})
                                        .out.toUtf8())
                .array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("undo_of")).toInteger(),
                 entries.at(1).toObject().value(QLatin1String("id")).toInteger());
        QCOMPARE(entries.at(1).toObject().value(QLatin1String("state")).toString(), QStringLiteral("undone"));

        // A phone added and taken back; a member trashed and taken back.
        const Run added = crmctl({QStringLiteral("phone-add"), m_name, QStringLiteral("17"),
                                  QStringLiteral("Work"), QStringLiteral("020 7946 0999")});
        QCOMPARE(added.code, 0);
        QCOMPARE(crmctl({QStringLiteral("undo"), m_name, QStringLiteral("17")}).code, 0);
        QVERIFY(server(QStringLiteral("Phone"), {{QStringLiteral("id"), printedId(added).toLongLong()}})
                    .isEmpty());
        QCOMPARE(crmctl({QStringLiteral("trash"), m_name, QStringLiteral("17")}).code, 0);
        QCOMPARE(crmctl({QStringLiteral("undo"), m_name, QStringLiteral("17")}).code, 0);
        QCOMPARE(server(QStringLiteral("Contact"), {{QStringLiteral("id"), 17}}).size(), 1);

        // A note stays: the CRM keeps it, and undo says so.
        QCOMPARE(crmctl({QStringLiteral("note-add"), m_name, QStringLiteral("17"), QStringLiteral("Visited")})
                     .code,
                 0);
        const Run refused = crmctl({QStringLiteral("undo"), m_name, QStringLiteral("17")});
        QCOMPARE(refused.code, 3);
        QVERIFY(refused.err.contains(QStringLiteral("cannot be taken back")));
    }

    void undoTakesBackEachKindOfChange()
    {
        const auto undo = [this](const char* id) {
            const Run r = crmctl({QStringLiteral("undo"), m_name, QString::fromLatin1(id)});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        };
        // An e-mail changed, then changed back.
        const Run added = crmctl({QStringLiteral("email-add"), m_name, QStringLiteral("21"),
                                  QStringLiteral("Work"), QStringLiteral("first@work.example.com")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString emailId = printedId(added);
        const auto emailNow = [this, &emailId] {
            return server(QStringLiteral("Email"), {{QStringLiteral("id"), emailId.toLongLong()}})
                .value(0)
                .value(QLatin1String("email"))
                .toString();
        };
        const Run changed = crmctl({QStringLiteral("email-edit"), m_name, QStringLiteral("21"), emailId,
                                    QStringLiteral("email=second@work.example.com")});
        QVERIFY2(changed.code == 0, qPrintable(changed.err));
        QCOMPARE(emailNow(), QStringLiteral("second@work.example.com"));
        undo("21");
        QCOMPARE(emailNow(), QStringLiteral("first@work.example.com"));

        // A phone removed, then back with the same number and location.
        const Run phone = crmctl({QStringLiteral("phone-add"), m_name, QStringLiteral("21"),
                                  QStringLiteral("Home"), QStringLiteral("020 7946 0777")});
        QVERIFY2(phone.code == 0, qPrintable(phone.err));
        QCOMPARE(
            crmctl({QStringLiteral("phone-remove"), m_name, QStringLiteral("21"), printedId(phone)}).code, 0);
        undo("21");
        const QList<QJsonObject> phones =
            server(QStringLiteral("Phone"), {{QStringLiteral("contact_id"), 21}});
        bool back = false;
        for (const QJsonObject& p : phones)
            back = back || (p.value(QLatin1String("phone")).toString() == QStringLiteral("020 7946 0777") &&
                            p.value(QLatin1String("location_type_id")).toString() == QStringLiteral("1"));
        QVERIFY(back);

        // An address's city changed, then back.
        const Run address = crmctl({QStringLiteral("address-add"), m_name, QStringLiteral("21"),
                                    QStringLiteral("Home"), QStringLiteral("street_address=Kerkstraat 1"),
                                    QStringLiteral("city=Zutphen"), QStringLiteral("country=NL")});
        QVERIFY2(address.code == 0, qPrintable(address.err));
        const QString addressId = printedId(address);
        QCOMPARE(crmctl({QStringLiteral("address-edit"), m_name, QStringLiteral("21"), addressId,
                         QStringLiteral("city=Deventer")})
                     .code,
                 0);
        undo("21");
        QCOMPARE(server(QStringLiteral("Address"), {{QStringLiteral("id"), addressId.toLongLong()}})
                     .value(0)
                     .value(QLatin1String("city"))
                     .toString(),
                 QStringLiteral("Zutphen"));

        // Added to a group, then out again.
        const auto inGroup = [this] {
            return !server(QStringLiteral("GroupContact"),
                           {{QStringLiteral("contact_id"), 21},
                            {QStringLiteral("group_id"), 1},
                            {QStringLiteral("status"), QStringLiteral("Added")}})
                        .isEmpty();
        };
        const bool was = inGroup();
        QCOMPARE(crmctl({was ? QStringLiteral("group-remove") : QStringLiteral("group-add"), m_name,
                         QStringLiteral("1"), QStringLiteral("21")})
                     .code,
                 0);
        QCOMPARE(inGroup(), !was);
        undo("21");
        QCOMPARE(inGroup(), was);

        // Restored from the trash, then back in the trash by undo.
        QCOMPARE(crmctl({QStringLiteral("trash"), m_name, QStringLiteral("21")}).code, 0);
        QCOMPARE(crmctl({QStringLiteral("restore"), m_name, QStringLiteral("21")}).code, 0);
        undo("21");
        QCOMPARE(server(QStringLiteral("Contact"),
                        {{QStringLiteral("id"), 21}, {QStringLiteral("showAll"), QStringLiteral("all")}})
                     .first()
                     .value(QLatin1String("contact_is_deleted"))
                     .toString(),
                 QStringLiteral("1"));
    }

    void undoAfterServerChangeIsAConflict()
    {
        QCOMPARE(
            crmctl({QStringLiteral("edit"), m_name, QStringLiteral("18"), QStringLiteral("first_name=Lukas")})
                .code,
            0);
        // Someone else changes the same field in the CRM afterwards.
        m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("create"),
                       {{QStringLiteral("id"), 18}, {QStringLiteral("first_name"), QStringLiteral("Lucas")}});
        const Run undo = crmctl({QStringLiteral("undo"), m_name, QStringLiteral("18")});
        QCOMPARE(undo.code, 3);
        QVERIFY(undo.err.contains(QStringLiteral("conflict")));
        QCOMPARE(server(QStringLiteral("Contact"), {{QStringLiteral("id"), 18}})
                     .first()
                     .value(QLatin1String("first_name"))
                     .toString(),
                 QStringLiteral("Lucas"));
    }

    void offlineQueuedThenSent()
    {
        SandboxProcess own;
        QVERIFY(own.start(40));
        const QString name = m_name + QStringLiteral("-off");
        QCOMPARE(add(name, own.url()).code, 0);
        QCOMPARE(crmctl({QStringLiteral("sync"), name}).code, 0);
        const quint16 port = own.port();
        own.kill();
        const Run queued = crmctl({QStringLiteral("phone-add"), name, QStringLiteral("4"),
                                   QStringLiteral("Home"), QStringLiteral("0113 496 0000")});
        QCOMPARE(queued.code, 0);
        QVERIFY(queued.err.contains(QStringLiteral("saved in the outbox")));
        QCOMPARE(
            crmctl({QStringLiteral("note-add"), name, QStringLiteral("4"), QStringLiteral("Left a message")})
                .code,
            0);
        QVERIFY(own.start(40, {}, port));
        const Run sync = crmctl({QStringLiteral("sync"), name});
        QVERIFY2(sync.code == 0, qPrintable(sync.err));
        int phones = 0;
        for (const QJsonValue& v :
             own.call(QStringLiteral("Phone"), QStringLiteral("get"),
                      {{QStringLiteral("contact_id"), 4}, {QStringLiteral("sequential"), 1}})
                 .value(QLatin1String("values"))
                 .toArray())
            phones += v.toObject().value(QLatin1String("phone")).toString() == QLatin1String("0113 496 0000");
        QCOMPARE(phones, 1);
        QVERIFY(crmctl({QStringLiteral("notes"), name, QStringLiteral("4")})
                    .out.contains(QStringLiteral("Left a message")));
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
