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
    d.contacts.reserve(members);
    qint64 addressId = 0;
    const QDateTime base(QDate(2020, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < members; ++i) {
        Contact c;
        c.id = i + 1;
        c.firstName = QString::fromUtf8(kFirst[rng.bounded(int(std::size(kFirst)))]);
        c.lastName = QString::fromUtf8(kLast[rng.bounded(int(std::size(kLast)))]);
        if (c.id % 13 != 0)
            c.email = ascii(c.firstName) + QLatin1Char('.') + ascii(c.lastName) + QString::number(c.id) +
                      QStringLiteral("@example.org");
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
            addr.city = QString::fromUtf8(kCities[rng.bounded(int(std::size(kCities)))]);
            addr.postalCode = QString::number(1000 + rng.bounded(9000));
            addr.countryId = QStringLiteral("1152");
            addr.region = QStringLiteral("AT0%1").arg(10 + rng.bounded(30));
            addr.locationType = a == 0 ? 1 : 2;
            addr.primary = a == 0;
            c.addresses.append(addr);
        }
        d.contacts.append(c);
    }
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
    if (id < 1 || id > contacts.size())
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
        return c.email.isEmpty();
    default:
        return false;
    }
}
