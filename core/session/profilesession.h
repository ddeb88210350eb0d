#pragma once

#include "cache/cache.h"
#include "domain/crmerror.h"
#include "outbox/outboxstore.h"
#include "profiles/profile.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace crm {

class CredentialStore;
class CrmBackend;
class CrmCall;
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
    OutboxStore& outbox() { return m_outbox; }

    /// Reads the profile's secrets and makes the backend. Value: none.
    CrmCall* connectBackend();
    /// The backend, or nullptr until connectBackend() succeeded.
    CrmBackend* backend() const { return m_backend; }
    /// What the profile's CRM offers (capabilities, member, address types and fields), known without the
    /// keychain or the network: the backend when connected, else one made without secrets that is never
    /// asked to call. nullptr only for an unknown kind.
    const CrmBackend* features();
    SyncEngine* syncEngine() const { return m_sync; }

    /// Logs in with the profile's staff account (option "staff_email", keychain "staff_password") to
    /// check it. Value: StaffAccount (with its roles).
    CrmCall* verifyStaffAccount();
    /// Has the CRM issue a device token and stores it in the keychain only, in place of the last one.
    /// Value: QString, the name of the keychain entry (never the token).
    CrmCall* issueDeviceToken(const QString& deviceId);
    static QString deviceTokenSecretName();
    OutboxRunner* outboxRunner() const { return m_runner; }

private:
    Profile m_profile;
    CredentialStore* m_credentials;
    QNetworkAccessManager* m_nam;
    std::unique_ptr<Cache> m_cache;
    OutboxStore m_outbox{nullptr};
    CrmBackend* m_backend = nullptr;
    CrmBackend* m_features = nullptr;
    SyncEngine* m_sync = nullptr;
    OutboxRunner* m_runner = nullptr;
};

} // namespace crm
