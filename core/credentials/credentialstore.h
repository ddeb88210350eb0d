#pragma once

#include "domain/crmerror.h"

#include <QMap>
#include <QObject>
#include <QQueue>
#include <functional>

namespace crm {

class CrmCall;

/// Keeps secrets in the OS keychain (QtKeychain), under the service "crm-console" and the key
/// "<profile>/<secret name>". Nothing else: no file, no setting, no log ever sees a value.
///
/// Keychain jobs run one at a time, each started from the event loop (never from another job's
/// finished()). A missing entry reads as an empty string. When no keychain service answers, calls
/// fail with Kind::Keychain; the caller may then switch to session-only mode, in which secrets live in
/// this object's memory until the program ends.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    explicit CredentialStore(QString service = QStringLiteral("crm-console"), QObject* parent = nullptr);

    /// Value: QMap<QString, QString>, name -> secret ("" when not set).
    CrmCall* read(const QString& profile, const QStringList& names);
    /// Value: none.
    CrmCall* write(const QString& profile, const QMap<QString, QString>& secrets);
    /// Value: none. Missing entries are not an error.
    CrmCall* remove(const QString& profile, const QStringList& names);

    void setSessionOnly(bool on) { m_sessionOnly = on; }
    bool isSessionOnly() const { return m_sessionOnly; }
    /// How long a keychain job may take before it counts as "no keychain".
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    enum class Op { Read, Write, Remove };
    struct Task {
        Op op;
        QString key;
        QString value;
        std::function<void(const CrmError&, const QString&)> done;
    };
    void enqueue(Task task);
    void startNext();
    CrmCall* runAll(Op op, const QString& profile, const QMap<QString, QString>& items);

    QString m_service;
    bool m_sessionOnly = false;
    int m_timeoutMs = 15000;
    bool m_busy = false;
    QQueue<Task> m_queue;
    QMap<QString, QString> m_memory;
};

} // namespace crm
