#pragma once

#include "profiles/profile.h"

#include <QList>
#include <QString>

namespace crm {

/// Saved profiles in an INI file under the user's configuration folder (QStandardPaths, so
/// XDG_CONFIG_HOME moves it). Holds names, kinds, URLs and options; never a secret.
class ProfileStore {
public:
    /// filePath empty: the standard location (<config>/crm-console/profiles.ini).
    explicit ProfileStore(QString filePath = {});

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString& name) const;
    bool contains(const QString& name) const;
    void save(const Profile& profile);
    void remove(const QString& name);
    /// Remembers the connection a person opened last (not a demo's).
    void setLastOpened(const QString& name);
    /// The connection a normal start opens: the one opened last, else the first; never a demo's.
    std::optional<Profile> startupProfile() const;
    QString filePath() const { return m_path; }

    /// Where a profile's cache file lives (<data>/crm-console/caches/<name>.sqlite, name made file-safe).
    static QString cachePathFor(const QString& profileName);
    /// A profile name is 1-64 letters, digits, spaces, '.', '_' or '-'.
    static bool isValidName(const QString& name);

private:
    /// The file 0600 in a 0700 folder: it names the CRMs and their addresses.
    void keepPrivate() const;
    QString m_path;
};

/// Sets the application and organisation names that QStandardPaths uses, and the version; every executable
/// calls it first so the GUI and crmctl share profiles and caches.
void initApplicationIdentity();

} // namespace crm
