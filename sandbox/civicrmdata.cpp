#include "civicrmdata.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace {

const char* const kFirst[] = {"José",     "Zoë",    "Ana",    "Björn",    "Chloé",   "Dmitri", "Émile",
                              "François", "Grace",  "Hélène", "Ingrid",   "Jürgen",  "Kāne",   "Łukasz",
                              "Marta",    "Niamh",  "Oskar",  "Paula",    "Quentin", "Renée",  "Søren",
                              "Tomás",    "Ursula", "Vera",   "Wojciech", "Xavier",  "Yūki",   "Zaphod",
                              "Arthur",   "Ford",   "Tricia", "Marvin"};
const char* const kLast[] = {"O'Brien",  "D'Angelo",     "García",   "Müller",     "Núñez",
                             "Ångström", "Dent",         "Prefect",  "Beeblebrox", "McMillan",
                             "Smith",    "Jones",        "Kowalski", "Lefèvre",    "Nakamura",
                             "O'Connor", "Petrović",     "Quinn",    "Rossi",      "Schäfer",
                             "Thompson", "Van der Berg", "Weiß",     "Young",      "Żak"};
const char* const kCities[] = {"Brummen", "Wien", "Graz", "Lyon", "Kraków", "Göteborg", "Cork", "Porto"};
/// Each city's country (CiviCRM's civicrm_country ids) and, where the sandbox knows one, its province.
const char* const kCityCountry[] = {"1152", "1014", "1014", "1076", "1172", "1204", "1105", "1173"};
const char* const kCityProvince[] = {"4851", "1624", "1625", "", "", "", "", ""};
const char* const kJobs[] = {"Teacher", "Nurse", "Engineer", "Librarian", "", "Student", "", "Retired"};
const char* const kStreets[] = {"Ambachtstraat", "Hauptstraße", "Rue de la Paix", "Main Street",
                                "Ulica Długa"};

QString ascii(const QString& s)
{
    QString out;
    for (const QChar c : s.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}

} // namespace

QString CiviData::Contact::email() const
{
    for (const Email& e : emails)
        if (e.primary)
            return e.email;
    return {};
}

void CiviData::setPrimaryEmail(Contact& c, const QString& email, qint64* lastEmailId)
{
    for (qsizetype i = 0; i < c.emails.size(); ++i) {
        if (!c.emails[i].primary)
            continue;
        if (email.isEmpty()) {
            c.emails.removeAt(i);
            if (!c.emails.isEmpty())
                c.emails.first().primary = true;
        } else {
            c.emails[i].email = email;
        }
        return;
    }
    if (!email.isEmpty())
        c.emails.append({++*lastEmailId, email, 1, true, false});
}

QString CiviData::displayName(const Contact& c)
{
    return QString(c.firstName + QLatin1Char(' ') + c.lastName).trimmed();
}

QString CiviData::nextStamp()
{
    ++clock;
    return QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC)
        .addSecs(clock)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

CiviData CiviData::generate(int members, quint32 seed)
{
    CiviData d;
    QRandomGenerator rng(seed);
    // The parts added later draw from their own sequence, so names and e-mails stay as they were.
    QRandomGenerator more(seed ^ 0x9e3779b9U);
    d.contacts.reserve(members);
    qint64 addressId = 0;
    const QDateTime base(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < members; ++i) {
        Contact c;
        c.id = i + 1;
        c.firstName = QString::fromUtf8(kFirst[rng.bounded(int(std::size(kFirst)))]);
        c.lastName = QString::fromUtf8(kLast[rng.bounded(int(std::size(kLast)))]);
        if (c.id % 13 != 0)
            c.emails.append({c.id,
                             ascii(c.firstName) + QLatin1Char('.') + ascii(c.lastName) +
                                 QString::number(c.id) + QStringLiteral("@example.org"),
                             1, true, c.id % 211 == 0});
        c.deleted = c.id % 47 == 0;
        c.created = base.addSecs(c.id * 60).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        c.modified = base.addSecs(c.id * 60 + 30).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (c.id % 5 != 0 && c.id % 5 != 3) {
            c.userId = 1000 + c.id;
            c.userName = ascii(c.firstName) + QLatin1Char('_') + ascii(c.lastName) + QString::number(c.id);
        }
        const int addressCount = c.id % 10 < 7 ? (c.id % 10 == 0 ? 2 : 1) : (c.id % 10 == 9 ? 2 : 0);
        for (int a = 0; a < addressCount; ++a) {
            Address addr;
            addr.id = ++addressId;
            addr.street = QString::fromUtf8(kStreets[rng.bounded(int(std::size(kStreets)))]) +
                          QLatin1Char(' ') + QString::number(1 + rng.bounded(200));
            const int city = rng.bounded(int(std::size(kCities)));
            addr.city = QString::fromUtf8(kCities[city]);
            addr.postalCode = QString::number(1000 + rng.bounded(9000));
            addr.countryId = QString::fromLatin1(kCityCountry[city]);
            addr.stateProvinceId = QString::fromLatin1(kCityProvince[city]);
            addr.region = QStringLiteral("AT0%1").arg(10 + rng.bounded(30));
            addr.locationType = a == 0 ? 1 : 2;
            addr.primary = a == 0;
            c.addresses.append(addr);
        }
        d.lastAddressId = addressId;
        if (c.id % 9 == 1)
            c.middleName = QString::fromUtf8(kFirst[more.bounded(int(std::size(kFirst)))]);
        if (c.id % 4 != 0)
            c.birthDate = QDate(1940 + more.bounded(66), 1 + more.bounded(12), 1 + more.bounded(28))
                              .toString(Qt::ISODate);
        c.genderId = c.id % 6 == 5 ? QString() : QString::number(1 + c.id % 3);
        c.jobTitle = QString::fromUtf8(kJobs[more.bounded(int(std::size(kJobs)))]);
        c.doNotEmail = c.id % 31 == 0;
        c.doNotPhone = c.id % 37 == 0;
        c.doNotMail = c.id % 41 == 0;
        c.doNotSms = c.id % 43 == 0;
        c.optOut = c.id % 17 == 0;
        // Phones written as people write them: national and international forms, with any spacing.
        if (c.id % 3 != 2) {
            const QString digits = QString::number(70000000 + more.bounded(29999999));
            const QString form = c.id % 2 ? QStringLiteral("020 %1 %2") : QStringLiteral("+44 20 %1 %2");
            c.phones.append({c.id, form.arg(digits.left(4), digits.mid(4)), 1, 1, true});
        }
        if (c.id % 6 == 0)
            c.phones.append({c.id + 1000000,
                             QStringLiteral("+31 6 %1").arg(10000000 + more.bounded(89999999)), 2, 2, false});
        if (c.id % 8 == 0 && !c.emails.isEmpty())
            c.emails.append({c.id + 1000000,
                             ascii(c.firstName) + QString::number(c.id) + QStringLiteral("@work.example.net"),
                             2, false, false});
        if (c.id % 5 == 1)
            c.notes.append({c.id, QStringLiteral("Phone call"),
                            QStringLiteral("Asked for the newsletter by post."), c.modified});
        d.contacts.append(c);
    }
    // Ids of parts added later start past every generated one.
    d.lastPhoneId = d.lastEmailId = 2 * qint64(members) + 2000000;
    d.lastNoteId = members;
    d.groups = {
        {1,
         QStringLiteral("Administrators"),
         QStringLiteral("Administrators"),
         QStringLiteral("The users in this group are assigned admin privileges."),
         QStringLiteral("User and User Admin Only"),
         {QStringLiteral("1")},
         0},
        {2,
         QStringLiteral("Newsletter"),
         QStringLiteral("Newsletter subscribers"),
         QStringLiteral("Receives the monthly newsletter."),
         QStringLiteral("Public Pages"),
         {QStringLiteral("2")},
         0},
        {3,
         QStringLiteral("Volunteers"),
         QStringLiteral("Volunteers"),
         QStringLiteral("Helps at events."),
         QStringLiteral("User and User Admin Only"),
         {QStringLiteral("1"), QStringLiteral("2")},
         0},
        {4,
         QStringLiteral("Board"),
         QStringLiteral("Board members"),
         QStringLiteral("The elected board."),
         QStringLiteral("User and User Admin Only"),
         {QStringLiteral("1")},
         0},
        {5,
         QStringLiteral("Regular_donors"),
         QStringLiteral("Regular donors (smart)"),
         QStringLiteral("Computed: contacts who gave in each of the last 12 months."),
         QStringLiteral("User and User Admin Only"),
         {QStringLiteral("2")},
         1},
        {6,
         QStringLiteral("No_email"),
         QStringLiteral("Contacts without e-mail (smart)"),
         QStringLiteral("Computed: contacts with no e-mail address."),
         QStringLiteral("User and User Admin Only"),
         {QStringLiteral("2")},
         2},
    };
    for (const Contact& c : std::as_const(d.contacts)) {
        if (c.id <= 2)
            d.added[1].insert(c.id);
        if (c.id % 3 == 0)
            d.added[2].insert(c.id);
        if (c.id % 10 == 1)
            d.added[3].insert(c.id);
        if (c.id <= 5)
            d.added[4].insert(c.id);
    }
    return d;
}

CiviData::Contact* CiviData::contact(qint64 id)
{
    if (id < 1 || id > contacts.size() || contacts[id - 1].purged)
        return nullptr;
    return &contacts[id - 1];
}

const CiviData::Group* CiviData::group(qint64 id) const
{
    for (const Group& g : groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

bool CiviData::inGroup(const Group& g, const Contact& c) const
{
    switch (g.savedSearchId) {
    case 0:
        return added.value(g.id).contains(c.id);
    case 1:
        return c.id % 7 == 0;
    case 2:
        return c.email().isEmpty();
    default:
        return false;
    }
}
