#include "credentialstore.h"

#include "logging/logcategories.h"
#include "logging/logredaction.h"
#include "net/crmcall.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace crm {

CredentialStore::CredentialStore(QString service, QObject* parent)
    : QObject(parent), m_service(std::move(service))
{
}

CrmCall* CredentialStore::read(const QString& profile, const QStringList& names)
{
    QMap<QString, QString> items;
    for (const QString& n : names)
        items.insert(n, {});
    return runAll(Op::Read, profile, items);
}

CrmCall* CredentialStore::write(const QString& profile, const QMap<QString, QString>& secrets)
{
    return runAll(Op::Write, profile, secrets);
}

CrmCall* CredentialStore::remove(const QString& profile, const QStringList& names)
{
    QMap<QString, QString> items;
    for (const QString& n : names)
        items.insert(n, {});
    return runAll(Op::Remove, profile, items);
}

CrmCall* CredentialStore::runAll(Op op, const QString& profile, const QMap<QString, QString>& items)
{
    auto* call = new CrmCall(this);
    struct Shared {
        int left;
        QMap<QString, QString> values;
        CrmError error;
    };
    auto shared = std::make_shared<Shared>();
    shared->left = int(items.size());
    QPointer<CrmCall> guard(call);
    if (items.isEmpty()) {
        call->succeed(QMap<QString, QString>());
        return call;
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        const QString name = it.key();
        enqueue({op, profile + QLatin1Char('/') + name, it.value(),
                 [shared, guard, name, op](const CrmError& e, const QString& value) {
                     if (e && !shared->error)
                         shared->error = e;
                     shared->values.insert(name, value);
                     if (--shared->left > 0 || !guard)
                         return;
                     if (shared->error)
                         guard->fail(shared->error);
                     else if (op == Op::Read)
                         guard->succeed(shared->values);
                     else
                         guard->succeed();
                 }});
    }
    return call;
}

void CredentialStore::enqueue(Task task)
{
    m_queue.enqueue(std::move(task));
    if (!m_busy) {
        m_busy = true;
        QTimer::singleShot(0, this, &CredentialStore::startNext);
    }
}

void CredentialStore::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    Task task = m_queue.dequeue();
    auto finishTask = [this](const Task& t, const CrmError& e, const QString& value) {
        // Whatever passes through the keychain is a secret: the log hides it wherever it turns up.
        LogRedaction::addSecret(t.op == Op::Write ? t.value : value);
        if (e)
            qCWarning(lcAuth) << "keychain"
                              << (t.op == Op::Read    ? "read"
                                  : t.op == Op::Write ? "write"
                                                      : "remove")
                              << "of" << t.key << "failed:" << e.detail;
        t.done(e, value);
        // The next job starts from the event loop, not from inside this job's finished().
        QTimer::singleShot(0, this, &CredentialStore::startNext);
    };

    if (m_sessionOnly) {
        switch (task.op) {
        case Op::Read:
            finishTask(task, {}, m_memory.value(task.key));
            break;
        case Op::Write:
            m_memory.insert(task.key, task.value);
            finishTask(task, {}, {});
            break;
        case Op::Remove:
            m_memory.remove(task.key);
            finishTask(task, {}, {});
            break;
        }
        return;
    }

    QKeychain::Job* job = nullptr;
    switch (task.op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto* w = new QKeychain::WritePasswordJob(m_service, this);
        w->setTextData(task.value);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setKey(task.key);
    job->setInsecureFallback(false);

    auto settled = std::make_shared<bool>(false);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [=] {
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        finishTask(task, CrmError(CrmError::Kind::Keychain, {}, 0, tr("the keychain service did not answer")),
                   {});
    });
    timer->start(m_timeoutMs);

    connect(job, &QKeychain::Job::finished, this, [=](QKeychain::Job* j) {
        timer->stop();
        timer->deleteLater();
        if (*settled)
            return;
        *settled = true;
        CrmError error;
        QString value;
        switch (j->error()) {
        case QKeychain::NoError:
            if (task.op == Op::Read)
                value = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
            break;
        case QKeychain::EntryNotFound:
            break; // "not set"
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            error = CrmError(CrmError::Kind::Keychain, {}, 0, j->errorString());
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            error = CrmError(CrmError::Kind::Keychain, {}, 0, tr("access to the keychain was refused"));
            break;
        case QKeychain::CouldNotDeleteEntry:
            error = CrmError(CrmError::Kind::Keychain, {}, 0, j->errorString());
            break;
        }
        finishTask(task, error, value);
    });
    job->start();
}

} // namespace crm
