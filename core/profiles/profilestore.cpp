#include "profilestore.h"

#include "privatefiles.h"

#include "appversion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace crm {

void initApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("crmconsole.org"));
    QCoreApplication::setApplicationName(QStringLiteral("crm-console"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AppVersion));
}

ProfileStore::ProfileStore(QString filePath) : m_path(std::move(filePath))
{
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                 QStringLiteral("/profiles.ini");
    // Tightened on every start: versions before kept it readable by every local user.
    if (QFileInfo::exists(m_path)) {
        PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath());
        PrivateFiles::tighten(m_path);
    }
}

void ProfileStore::keepPrivate() const
{
    PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath());
    PrivateFiles::tighten(m_path);
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings s(m_path, QSettings::IniFormat);
    QList<Profile> out;
    const int n = s.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        Profile p;
        p.name = s.value(QStringLiteral("name")).toString();
        p.kind = s.value(QStringLiteral("kind")).toString();
        p.baseUrl = QUrl(s.value(QStringLiteral("url")).toString());
        p.demo = s.value(QStringLiteral("demo"), false).toBool();
        const QVariantMap opts = s.value(QStringLiteral("options")).toMap();
        for (auto it = opts.cbegin(); it != opts.cend(); ++it)
            p.options.insert(it.key(), it.value().toString());
        out.append(p);
    }
    s.endArray();
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const
{
    for (const Profile& p : profiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

bool ProfileStore::contains(const QString& name) const
{
    return profile(name).has_value();
}

void ProfileStore::save(const Profile& profile)
{
    QList<Profile> all = profiles();
    bool replaced = false;
    for (Profile& p : all) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath()); // 0700 before the file is written
    QSettings s(m_path, QSettings::IniFormat);
    s.remove(QStringLiteral("profiles"));
    s.beginWriteArray(QStringLiteral("profiles"), int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), all[i].name);
        s.setValue(QStringLiteral("kind"), all[i].kind);
        s.setValue(QStringLiteral("url"), all[i].baseUrl.toString());
        if (all[i].demo)
            s.setValue(QStringLiteral("demo"), true);
        QVariantMap opts;
        for (auto it = all[i].options.cbegin(); it != all[i].options.cend(); ++it)
            opts.insert(it.key(), it.value());
        s.setValue(QStringLiteral("options"), opts);
    }
    s.endArray();
    s.sync();
    keepPrivate();
}

void ProfileStore::remove(const QString& name)
{
    QList<Profile> all = profiles();
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Profile& p) { return p.name == name; }),
              all.end());
    QSettings s(m_path, QSettings::IniFormat);
    s.remove(QStringLiteral("profiles"));
    s.sync();
    keepPrivate();
    for (const Profile& p : all)
        save(p);
}

void ProfileStore::setLastOpened(const QString& name)
{
    const auto p = profile(name);
    if (!p || p->demo)
        return;
    QSettings s(m_path, QSettings::IniFormat);
    s.setValue(QStringLiteral("last_opened"), name);
    s.sync();
    keepPrivate();
}

std::optional<Profile> ProfileStore::startupProfile() const
{
    const QString last =
        QSettings(m_path, QSettings::IniFormat).value(QStringLiteral("last_opened")).toString();
    std::optional<Profile> first;
    for (const Profile& p : profiles()) {
        if (p.demo)
            continue;
        if (p.name == last)
            return p;
        if (!first)
            first = p;
    }
    return first;
}

bool ProfileStore::isValidName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[\\w .-]{1,64}$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(name).hasMatch() && !name.trimmed().isEmpty();
}

QString ProfileStore::cachePathFor(const QString& profileName)
{
    QString safe;
    for (const QChar c : profileName)
        safe.append(
            c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('_'));
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/caches");
    QDir().mkpath(dir);
    // The hash keeps "a b" and "a_b" apart after the name is made file-safe.
    const QByteArray hash =
        QCryptographicHash::hash(profileName.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return dir + QLatin1Char('/') + safe + QLatin1Char('-') + QString::fromLatin1(hash) +
           QStringLiteral(".sqlite");
}

} // namespace crm
