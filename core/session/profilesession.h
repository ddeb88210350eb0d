#pragma once

#include "cache/cache.h"
#include "domain/crmerror.h"
#include "outbox/outboxstore.h"
#include "profiles/profile.h"
#include "session/abilities.h"
#include "session/memberverbs.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace crm {

class ConnectionWatch;
class CredentialStore;
class CrmBackend;
class CrmCall;
class MemberVerbs;
class OAuth2TokenKeeper;
class OutboxRunner;
class SyncEngine;

/// Everything one open profile needs: its cache, its secrets (read from the keychain), the backend
/// made from them, and the sync engine and outbox runner over both. The GUI and crmctl open profiles
/// the same way through this class.
class ProfileSession : public QObject {
    Q_OBJECT
public:
    ProfileSession(Profile profile, CredentialStore* credentials, QNetworkAccessManager* nam,
                   QObject* parent = nullptr);
    ~ProfileSession() override;

    const Profile& profile() const { return m_profile; }
    /// Opens (and migrates) the profile's cache file. Works with no network and no keychain.
    CrmError openCache(const QString& path = {});
    Cache* cache() { return m_cache.get(); }

    /// What rebuildCache() did.
    struct Rebuilt {
        int unsentEdits = 0;
        QString editsSavedTo;  ///< the file the unsent edits were saved to, for the user to keep
        QString damagedKeptAs; ///< where the damaged file now is (empty when there was none)
    };
    /// Replaces a damaged cache with a fresh one, losing no edit: the unsent edits still readable are
    /// saved to a file in saveFolder, the damaged file is moved aside (kept, not deleted), and the edits
    /// are put into the fresh cache. A full sync, which sends them first, fills it. Before the backend
    /// is connected only.
    CrmError rebuildCache(const QString& saveFolder, Rebuilt* what);
    OutboxStore& outbox() { return m_outbox; }

    /// Reads the profile's secrets and makes the backend. Value: none.
    CrmCall* connectBackend();
    /// Whether connectBackend() succeeded: the CRM can be asked.
    bool isConnected() const { return m_backend != nullptr; }
    /// The backend, or nullptr until connectBackend() succeeded.
    CrmBackend* backend() const { return m_backend; }
    /// What the profile's CRM offers (capabilities, member, address types and fields), known without the
    /// keychain or the network: the backend when connected, else one made without secrets that is never
    /// asked to call. nullptr only for an unknown kind.
    const CrmBackend* features();
    /// What a person can do with this profile (features() read as abilities).
    Abilities abilities();
    /// The member verbs: look-ups, reads into the cache, and the CRM's other member tools.
    MemberVerbs& verbs() { return *m_verbs; }
    SyncEngine* syncEngine() const { return m_sync; }

    /// Logs in with the profile's staff account (option "staff_email", keychain "staff_password") to
    /// check it. Value: StaffAccount (with its roles).
    CrmCall* verifyStaffAccount();
    /// Has the CRM issue a device token and stores it in the keychain only, in place of the last one.
    /// Value: QString, the name of the keychain entry (never the token).
    CrmCall* issueDeviceToken(const QString& deviceId);
    static QString deviceTokenSecretName();
    OutboxRunner* outboxRunner() const { return m_runner; }
    /// Whether the CRM answers; sends the waiting edits by themselves when it does again. nullptr until
    /// connected.
    ConnectionWatch* connectionWatch() const { return m_watch; }

    /// OAuth2 profiles (option auth=oauth2): signs in through the site in a browser. Emits
    /// signInUrlReady with the address to open, waits for the site's answer (waitMs), keeps the tokens
    /// in the keychain only and connects the backend with them. Value: none.
    CrmCall* signIn(int waitMs = 5 * 60 * 1000);
    /// Forgets the OAuth2 tokens (keychain and memory); requests then fail until the next sign-in.
    /// Value: none.
    CrmCall* signOut();
    /// Who the OAuth2 sign-in belongs to, with their groups and their picture's bytes (a picture that
    /// cannot be fetched is left out, not an error). Value: SignedInUser.
    CrmCall* fetchSignedInUser();

Q_SIGNALS:
    void signInUrlReady(const QUrl& url);
    /// The site refused to renew the sign-in: requests that need the CRM fail until signIn() succeeds.
    void signInNeeded(const crm::CrmError& error);
    /// The backend was (re)made, after connectBackend() or a sign-in.
    void backendConnected();

private:
    /// Makes the backend (and the engines over it) from secrets; OAuth2 tokens when the profile signs in.
    CrmError installBackend(const QMap<QString, QString>& secrets);

    Profile m_profile;
    CredentialStore* m_credentials;
    QNetworkAccessManager* m_nam;
    std::unique_ptr<Cache> m_cache;
    OutboxStore m_outbox{nullptr};
    CrmBackend* m_backend = nullptr;
    CrmBackend* m_features = nullptr;
    SyncEngine* m_sync = nullptr;
    OutboxRunner* m_runner = nullptr;
    ConnectionWatch* m_watch = nullptr;
    MemberVerbs* m_verbs = nullptr;
    OAuth2TokenKeeper* m_tokens = nullptr;
};

} // namespace crm
