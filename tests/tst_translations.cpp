// The catalogues a translator hands in, checked as a reviewer would: every text of the sources is in
// them and finished, with the same placeholders and an Alt+letter where the English has one, and the
// plural forms each language counts with.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString state; ///< the translation's type: "" when finished
    QStringList forms;
};

QList<Message> readCatalogue(const QString& path)
{
    QList<Message> messages;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            m = {context,
                 {},
                 xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                 {},
                 {}};
        else if (xml.name() == QLatin1String("source"))
            m.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            m.state = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.forms << xml.readElementText();
            else
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            messages.append(m);
        }
    }
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%L?[1-9]|%v|%m"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString& text)
{
    return QString(text)
        .remove(QStringLiteral("&&"))
        .contains(QRegularExpression(QStringLiteral("&[^&\\s]")));
}

QString catalogue(const QString& code)
{
    return QStringLiteral(CRM_SOURCE_DIR "/translations/crm-console_%1.ts").arg(code);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // scripts/update-translations.sh over the sources changes nothing: no text was added, changed or
    // removed since the catalogues were brought up to date.
    void cataloguesHoldEveryTextOfTheSources()
    {
        QTemporaryDir dir;
        for (const QString& code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("sk")})
            QVERIFY(
                QFile::copy(catalogue(code), dir.filePath(QStringLiteral("crm-console_%1.ts").arg(code))));
        QProcess update;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TS_DIR"), dir.path());
        env.insert(QStringLiteral("LUPDATE"), QStringLiteral(CRM_LUPDATE));
        update.setProcessEnvironment(env);
        update.start(QStringLiteral(CRM_SOURCE_DIR "/scripts/update-translations.sh"), {});
        QVERIFY(update.waitForFinished(120000));
        QVERIFY2(update.exitCode() == 0, update.readAllStandardError().constData());
        for (const QString& code : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("sk")}) {
            QFile was(catalogue(code));
            QFile now(dir.filePath(QStringLiteral("crm-console_%1.ts").arg(code)));
            QVERIFY(was.open(QIODevice::ReadOnly) && now.open(QIODevice::ReadOnly));
            QVERIFY2(was.readAll() == now.readAll(),
                     qPrintable(QStringLiteral("crm-console_%1.ts is behind the sources: run "
                                               "scripts/update-translations.sh and translate what is new")
                                    .arg(code)));
        }
    }

    void everyTextIsTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << QStringLiteral("de") << 2;
        QTest::newRow("Slovak") << QStringLiteral("sk") << 3;
        QTest::newRow("English plurals") << QStringLiteral("en") << 2;
    }

    void everyTextIsTranslated()
    {
        QFETCH(QString, code);
        QFETCH(int, pluralForms);
        const QList<Message> messages = readCatalogue(catalogue(code));
        QVERIFY(messages.size() > (code == QLatin1String("en") ? 20 : 1000));
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source;
            if (!m.state.isEmpty())
                problems << QStringLiteral("%1 (%2)").arg(where, m.state);
            if (m.numerus && m.forms.size() != pluralForms)
                problems << QStringLiteral("%1: %2 plural forms").arg(where).arg(m.forms.size());
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << where + QStringLiteral(": empty");
                else if (placeholders(form) != placeholders(m.source))
                    problems << where + QStringLiteral(": placeholders differ in \u201c%1\u201d").arg(form);
                else if (hasMnemonic(m.source) != hasMnemonic(form))
                    problems << where +
                                    QStringLiteral(": Alt+letter lost or added in \u201c%1\u201d").arg(form);
            }
        }
        for (const QString& p : problems)
            qWarning("%s", qPrintable(p));
        QVERIFY(problems.isEmpty());
    }

    // Counting as each language counts: Slovak has a form for two to four.
    void pluralsFollowTheLanguage()
    {
        const auto members = [](const QString& code, int n) {
            QTranslator t;
            if (!t.load(QStringLiteral("crm-console_") + code, QStringLiteral(":/translations")))
                return QStringLiteral("no catalogue");
            return t.translate("crm::MembersView", "%n member(s)", nullptr, n)
                .replace(QStringLiteral("%n"), QString::number(n));
        };
        QCOMPARE(members(QStringLiteral("en"), 1), QStringLiteral("1 member"));
        QCOMPARE(members(QStringLiteral("en"), 2), QStringLiteral("2 members"));
        QCOMPARE(members(QStringLiteral("de"), 1), QStringLiteral("1 Mitglied"));
        QCOMPARE(members(QStringLiteral("de"), 2), QStringLiteral("2 Mitglieder"));
        QCOMPARE(members(QStringLiteral("sk"), 1), QStringLiteral("1 \u010Dlen"));
        QCOMPARE(members(QStringLiteral("sk"), 3), QStringLiteral("3 \u010Dlenovia"));
        QCOMPARE(members(QStringLiteral("sk"), 5), QStringLiteral("5 \u010Dlenov"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
