#include "importrunner.h"

#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "net/crmcall.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTimer>

namespace crm {

ImportRunner::ImportRunner(Cache* cache, CrmBackend* backend, QObject* parent)
    : QObject(parent), m_cache(cache), m_backend(backend)
{
}

QStringList ImportRunner::journal(qint64 row) const
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral(
        "SELECT state, outcome, member_id, reason FROM import_journal WHERE file=? AND row=?"));
    q.addBindValue(QString::fromLatin1(m_file));
    q.addBindValue(row);
    if (q.exec() && q.next())
        return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return {};
}

bool ImportRunner::writeJournal(qint64 row, const QString& state, const ImportRow& r)
{
    QSqlQuery q(m_cache->database());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO import_journal(file, row, state, outcome, member_id, reason, at) "
        "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QString::fromLatin1(m_file));
    q.addBindValue(row);
    q.addBindValue(state);
    q.addBindValue(ImportRow::outcomeName(r.outcome));
    q.addBindValue(r.memberId);
    q.addBindValue(r.reason);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec();
}

void ImportRunner::start(const QByteArray& fingerprint, QList<ImportRow> rows)
{
    m_file = fingerprint;
    m_rows = std::move(rows);
    m_queue.clear();
    m_next = m_inFlight = m_done = 0;
    m_lostOnce.clear();
    m_stop = {};
    m_running = true;
    for (int i = 0; i < m_rows.size(); ++i) {
        ImportRow& r = m_rows[i];
        if (!r.planned())
            continue;
        // Done in an earlier run of this file: say so, send nothing.
        const QStringList j = journal(r.row);
        if (j.value(0) == QLatin1String("done")) {
            r.outcome = ImportRow::Outcome::Unchanged;
            r.memberId = j.value(2);
            r.reason = tr("done in an earlier run (%1)").arg(j.value(1));
            continue;
        }
        if (j.value(0) == QLatin1String("sending"))
            r.reason = QStringLiteral("sending"); // a creation may have reached the CRM: look first
        m_queue.append(i);
    }
    m_total = int(m_queue.size());
    QTimer::singleShot(0, this, &ImportRunner::pump);
}

void ImportRunner::cancel()
{
    if (m_running && !m_stop)
        m_stop = CrmError(CrmError::Kind::Cancelled);
}

void ImportRunner::pump()
{
    while (!m_stop && m_inFlight < m_concurrency && m_next < m_queue.size())
        send(m_queue[m_next++]);
    if (m_inFlight > 0)
        return;
    if (m_stop || m_next >= m_queue.size()) {
        for (int k = m_next; k < m_queue.size(); ++k) {
            ImportRow& r = m_rows[m_queue[k]];
            r.outcome = ImportRow::Outcome::NotSent;
            r.reason = m_stop.kind == CrmError::Kind::Cancelled
                           ? tr("not sent: the import was cancelled")
                           : tr("not sent: %1").arg(m_stop.userMessage());
        }
        m_running = false;
        Q_EMIT finished(m_stop);
    }
}

void ImportRunner::send(int index)
{
    ImportRow& r = m_rows[index];
    ++m_inFlight;
    using O = ImportRow::Outcome;
    if (r.outcome == O::Create) {
        QVariantMap fields{{QStringLiteral("email"), r.email}};
        MemberCreation* creation = m_backend->facet<MemberCreation>();
        const QStringList allowed = creation ? creation->memberFields() : QStringList();
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
            if (allowed.contains(it.key()) && !it.value().toString().isEmpty())
                fields.insert(it.key(), it.value());
        if (r.reason == QLatin1String("sending")) {
            // An earlier run sent this creation and stopped before the answer: was it made?
            r.reason.clear();
            CrmCall* find = through<MemberCreation>(
                m_backend, [&](MemberCreation& f) { return f.findMembersByEmail(r.email); });
            connect(find, &CrmCall::finished, this, [this, index, find, fields] {
                if (!find->ok() && find->error().kind != CrmError::Kind::NotFound) {
                    CrmError e = find->error();
                    if (!e.isUnreachable())
                        e = CrmError(
                            CrmError::Kind::Local, {}, 0,
                            tr("an earlier run sent this creation without an answer, and this CRM cannot "
                               "be asked whether it made the member: check for %1 before importing it again")
                                .arg(m_rows[index].email));
                    fail(index, e);
                    return;
                }
                const QList<Member> found = find->ok() ? find->value<QList<Member>>() : QList<Member>();
                if (!found.isEmpty()) {
                    const Member m = found.first();
                    settle(index, ImportRow::Outcome::Created, m.id, tr("created by an earlier run"), &m);
                    return;
                }
                create(index, fields);
            });
            return;
        }
        create(index, fields);
        return;
    }
    if (r.outcome == O::Update) {
        QVariantMap fields;
        const QStringList allowed = m_backend->editableFields();
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
            if (allowed.contains(it.key()))
                fields.insert(it.key(), it.value());
        CrmCall* call = m_backend->updateMember(r.memberId, fields);
        connect(call, &CrmCall::finished, this, [this, index, call] {
            if (!call->ok()) {
                fail(index, call->error());
                return;
            }
            const Member m = call->value<Member>();
            settle(index, ImportRow::Outcome::Updated, m.id.isEmpty() ? m_rows[index].memberId : m.id, {},
                   &m);
        });
        return;
    }
    // AddToGroup
    MemberRef ref{r.memberId, r.email};
    CrmCall* call = through<GroupBook>(m_backend, [&](GroupBook& f) { return f.addToGroup(r.groupId, ref); });
    connect(call, &CrmCall::finished, this, [this, index, call] {
        if (call->ok())
            settle(index, ImportRow::Outcome::Added, m_rows[index].memberId, {}, nullptr, true);
        else
            fail(index, call->error());
    });
}

void ImportRunner::create(int index, const QVariantMap& fields)
{
    ImportRow& r = m_rows[index];
    r.reason.clear();
    // "sending" is written before the request: a crash from here on is found by the next run.
    writeJournal(r.row, QStringLiteral("sending"), r);
    CrmCall* call =
        through<MemberCreation>(m_backend, [&](MemberCreation& f) { return f.createMember(fields); });
    connect(call, &CrmCall::finished, this, [this, index, call] {
        if (!call->ok()) {
            const CrmError& e = call->error();
            ImportRow& row = m_rows[index];
            if ((e.kind == CrmError::Kind::Network || e.kind == CrmError::Kind::Timeout) &&
                !m_lostOnce.contains(row.row)) {
                // Sent, answer lost: the journal still says "sending", so it is looked for before a resend.
                m_lostOnce.insert(row.row);
                row.reason = QStringLiteral("sending");
                --m_inFlight;
                send(index);
                return;
            }
            fail(index, e);
            return;
        }
        const Member m = call->value<Member>();
        settle(index, ImportRow::Outcome::Created, m.id, {}, &m);
    });
}

void ImportRunner::settle(int index, ImportRow::Outcome outcome, const QString& memberId,
                          const QString& reason, const Member* member, bool addToGroup)
{
    ImportRow& r = m_rows[index];
    r.outcome = outcome;
    r.memberId = memberId;
    r.reason = reason;
    // The member and the journal entry in one transaction: a crash keeps both or neither.
    m_cache->storeWith(member && !member->id.isEmpty() ? member : nullptr, [this, &r, addToGroup] {
        if (addToGroup && m_cache->setMembership(r.groupId, r.memberId, true))
            return false;
        return writeJournal(r.row, QStringLiteral("done"), r);
    });
    --m_inFlight;
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    pump();
}

void ImportRunner::fail(int index, const CrmError& error)
{
    ImportRow& r = m_rows[index];
    r.outcome = ImportRow::Outcome::Failed;
    r.reason = error.serverMessage.isEmpty() ? error.userMessage() : error.serverMessage;
    // A row the CRM refused is done (running the file again reports it again); one that could not be
    // sent stays open for the next run.
    if (!error.retryable() && error.kind != CrmError::Kind::Local)
        writeJournal(r.row, QStringLiteral("failed"), r);
    if (error.isUnreachable() && !m_stop)
        m_stop = error;
    --m_inFlight;
    ++m_done;
    Q_EMIT progress(m_done, m_total);
    pump();
}

} // namespace crm
