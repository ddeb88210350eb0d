#include "sheepbackend.h"

#include "net/crmcall.h"
#include "sheepcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QPointer>
#include <memory>

namespace crm {

namespace {

const QStringList kAccountFields{QStringLiteral("first_name"), QStringLiteral("last_name"),
                                 QStringLiteral("email")};

QString formEncoded(const QUrlQuery& fields)
{
    return fields.toString(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B"));
}

} // namespace

SheepBackend::SheepBackend(QUrl baseUrl, QString flock, QString token, HttpPolicy http,
                           QNetworkAccessManager* nam, QObject* parent)
    : CrmBackend(parent), m_base(std::move(baseUrl)), m_flock(std::move(flock)), m_token(std::move(token)),
      m_http(std::move(http)), m_nam(nam)
{
    offer<MemberLookup>(this);
    offer<MemberCreation>(this);
    offer<AccountCreation>(this);
    offer<Memberships>(this);
    offer<PasswordResets>(this);
}

QStringList SheepBackend::editableFields() const
{
    return {QStringLiteral("first_name"),       QStringLiteral("last_name"), QStringLiteral("email"),
            QStringLiteral("address_lines"),    QStringLiteral("locality"),  QStringLiteral("region"),
            QStringLiteral("postal_code"),      QStringLiteral("country"),   QStringLiteral("telephone"),
            QStringLiteral("comms_permission"), QStringLiteral("tags")};
}

QStringList SheepBackend::listFields() const
{
    return {QStringLiteral("address_lines"), QStringLiteral("telephone"), QStringLiteral("tags")};
}

QStringList SheepBackend::memberFields() const
{
    QStringList fields = editableFields();
    fields.removeAll(QStringLiteral("email"));
    return fields;
}

CrmCall* SheepBackend::send(const QString& path, const QByteArray& verb, const QByteArray& contentType,
                            const QByteArray& body, bool withToken, Handler handler, NotFound notFound)
{
    QUrl url = m_base;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(base + QStringLiteral("api/v1/") + m_flock + QLatin1Char('/') +
                (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return sendHttp(
        m_nam, request, verb, body, m_http,
        [handler, notFound](CrmCall* c, const HttpResponse& r) {
            if (r.transportError) {
                c->fail(r.transportError);
                return;
            }
            const SheepCodec::Answer a = SheepCodec::decode(r.status, r.body, r.contentType);
            if (a.error)
                c->fail(a.error.kind == CrmError::Kind::NotFound && notFound ? notFound(a.error) : a.error);
            else
                handler(c, a.value);
        },
        this);
}

CrmCall* SheepBackend::getJson(const QString& path, Handler handler, NotFound notFound)
{
    return send(path, "GET", {}, {}, true, std::move(handler), std::move(notFound));
}

CrmCall* SheepBackend::sendJson(const QString& path, const QByteArray& verb, const QJsonValue& body,
                                Handler handler, NotFound notFound)
{
    const QByteArray bytes = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return send(path, verb, "application/json", bytes, true, std::move(handler), std::move(notFound));
}

CrmCall* SheepBackend::postForm(const QString& path, const QUrlQuery& fields, bool withToken, Handler handler,
                                NotFound notFound)
{
    return send(path, "POST", "application/x-www-form-urlencoded", formEncoded(fields).toUtf8(), withToken,
                std::move(handler), std::move(notFound));
}

CrmError SheepBackend::knownUserMissing(const CrmError& e, const QString& username) const
{
    CrmError out(
        CrmError::Kind::Auth, e.serverMessage, e.httpStatus,
        tr("SheepCRM did not find user %1 in flock \u201c%2\u201d, which it found before; it answers so "
           "to a wrong system token or flock too")
            .arg(username, m_flock));
    return out;
}

Call<QString>* SheepBackend::testConnection()
{
    // A look-up of an address that cannot exist reaches the flock's API; 404 is the expected answer.
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("email"), QStringLiteral("connection-check@invalid.example"));
    auto* outer = new CrmCall(this);
    CrmCall* probe = getJson(QStringLiteral("user/?") + formEncoded(q),
                             [](CrmCall* c, const QJsonValue&) { c->succeed(); });
    QPointer<CrmCall> guard(probe);
    outer->setCanceller([guard] {
        if (guard)
            guard->cancel();
    });
    connect(probe, &CrmCall::finished, outer, [this, outer, probe] {
        if (probe->ok() || probe->error().kind == CrmError::Kind::NotFound)
            outer->succeed(
                tr("Reached SheepCRM (flock \u201c%1\u201d). SheepCRM answers \u201cnot found\u201d "
                   "to a wrong token as to an unknown member, so look up a member you know to "
                   "prove the token.")
                    .arg(m_flock));
        else
            outer->fail(probe->error());
    });
    return typed<QString>(outer);
}

CrmCall* SheepBackend::readMember(const QString& path, const NotFound& notFound)
{
    auto* outer = new CrmCall(this);
    CrmCall* read = getJson(
        path, [](CrmCall* c, const QJsonValue& v) { c->succeed(v.toObject()); }, notFound);
    outer->follow(read, [this, outer](const std::any& value) {
        const QJsonObject user = std::any_cast<QJsonObject>(value);
        QUrlQuery f;
        f.addQueryItem(QStringLiteral("email"), user.value(QLatin1String("email")).toString());
        f.addQueryItem(QStringLiteral("quick"), QStringLiteral("true"));
        CrmCall* preauth =
            postForm(QStringLiteral("user/preauth/"), f, false, [](CrmCall* c, const QJsonValue& v) {
                c->succeed(v.toObject().value(QLatin1String("next_step")).toString());
            });
        QPointer<CrmCall> guard(preauth);
        outer->setCanceller([guard] {
            if (guard)
                guard->cancel();
        });
        connect(preauth, &CrmCall::finished, outer, [outer, preauth, user] {
            // Without a pre-auth answer the member is still shown, with an unknown account status.
            const QString status = preauth->ok() ? preauth->value<QString>() : QString();
            if (!preauth->ok() && preauth->error().kind != CrmError::Kind::NotFound) {
                outer->fail(preauth->error());
                return;
            }
            outer->succeed(SheepCodec::member(user, status));
        });
    });
    return outer;
}

Call<Member>* SheepBackend::lookupMember(const QString& email)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("email"), email.trimmed());
    return typed<Member>(
        readMember(QStringLiteral("user/?") + formEncoded(q), [this, email](const CrmError& e) {
            return CrmError(
                CrmError::Kind::NotFound, e.serverMessage, e.httpStatus,
                tr("SheepCRM has no user with the e-mail %1 in flock \u201c%2\u201d. (It answers the same "
                   "to a wrong system token: if members you know are not found either, check the "
                   "token.)")
                    .arg(email.trimmed(), m_flock));
        }));
}

Call<Member>* SheepBackend::fetchMember(const QString& id)
{
    return typed<Member>(readMember(QStringLiteral("user/%1/").arg(id),
                                    [this, id](const CrmError& e) { return knownUserMissing(e, id); }));
}

CrmCall* SheepBackend::writeFields(const QString& username, const QVariantMap& fields)
{
    QJsonObject account, person;
    const QStringList lists = listFields();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!editableFields().contains(it.key()))
            return refuse(CrmError(CrmError::Kind::Validation, {}, 0,
                                   tr("SheepCRM has no editable field \u201c%1\u201d. It knows: %2.")
                                       .arg(it.key(), editableFields().join(QStringLiteral(", ")))));
        QJsonValue value;
        if (lists.contains(it.key()))
            value = QJsonArray::fromStringList(it.value().toStringList()); // always the whole list
        else if (it.key() == QLatin1String("comms_permission"))
            value = it.value().toString() == QLatin1String("1") ||
                    it.value().toString() == QLatin1String("true") ||
                    (it.value().typeId() == QMetaType::Bool && it.value().toBool());
        else
            value = it.value().toString();
        (kAccountFields.contains(it.key()) ? account : person).insert(it.key(), value);
    }
    auto* outer = new CrmCall(this);
    auto errors = std::make_shared<QMap<QString, QString>>();
    const NotFound missing = [this, username](const CrmError& e) { return knownUserMissing(e, username); };
    auto collect = [errors](CrmCall* c, const QJsonValue& v) {
        const SheepCodec::EditResult r = SheepCodec::editResult(v.toObject());
        errors->insert(r.errors);
        c->succeed();
    };
    auto readBack = [this, outer, errors, username, missing](const std::any&) {
        if (!errors->isEmpty()) {
            outer->fail(CrmError(CrmError::Kind::Validation, {}, 0,
                                 tr("SheepCRM refused some fields (%1); the others were saved.")
                                     .arg(SheepCodec::describeErrors(*errors))));
            return;
        }
        outer->follow(readMember(QStringLiteral("user/%1/").arg(username), missing),
                      [outer](const std::any& m) { outer->succeed(m); });
    };
    auto putPerson = [this, outer, person, username, collect, missing, readBack](const std::any& v) {
        if (person.isEmpty()) {
            readBack(v);
            return;
        }
        outer->follow(
            sendJson(QStringLiteral("user/%1/person/").arg(username), "PUT", person, collect, missing),
            readBack);
    };
    if (account.isEmpty())
        QMetaObject::invokeMethod(
            this, [putPerson] { putPerson({}); }, Qt::QueuedConnection);
    else
        outer->follow(sendJson(QStringLiteral("user/%1/").arg(username), "PUT", account, collect, missing),
                      putPerson);
    return outer;
}

Call<Member>* SheepBackend::updateMember(const QString& id, const QVariantMap& fields)
{
    return typed<Member>(writeFields(id, fields));
}

Call<Member>* SheepBackend::createMember(const QVariantMap& fields)
{
    const QString email = fields.value(QStringLiteral("email")).toString().trimmed();
    QVariantMap rest = fields;
    rest.remove(QStringLiteral("email"));
    for (auto it = rest.cbegin(); it != rest.cend(); ++it)
        if (!memberFields().contains(it.key()))
            return typed<Member>(
                refuse(CrmError(CrmError::Kind::Validation, {}, 0,
                                tr("SheepCRM has no person field \u201c%1\u201d. It knows: %2.")
                                    .arg(it.key(), memberFields().join(QStringLiteral(", "))))));
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), email);
    auto* outer = new CrmCall(this);
    CrmCall* create = postForm(
        QStringLiteral("user/"), f, true,
        [](CrmCall* c, const QJsonValue& v) {
            c->succeed(v.toObject().value(QLatin1String("username")).toString());
        },
        [this](const CrmError& e) {
            // Creating cannot be "not found": the token or the flock is wrong.
            return CrmError(CrmError::Kind::Auth, e.serverMessage, e.httpStatus,
                            tr("SheepCRM answered \u201cnot found\u201d to creating an account in flock "
                               "\u201c%1\u201d: the system token or the flock is wrong")
                                .arg(m_flock));
        });
    outer->follow(create, [this, outer, rest](const std::any& v) {
        const QString username = std::any_cast<QString>(v);
        CrmCall* next = rest.isEmpty() ? readMember(QStringLiteral("user/%1/").arg(username), {})
                                       : writeFields(username, rest);
        outer->follow(next, [outer](const std::any& m) { outer->succeed(m); });
    });
    return typed<Member>(outer);
}

Call<QList<Membership>>* SheepBackend::fetchMemberships(const MemberRef& member)
{
    const QString base = QStringLiteral("user/%1/membership/").arg(member.id);
    const NotFound missing = [this, id = member.id](const CrmError& e) { return knownUserMissing(e, id); };
    auto* outer = new CrmCall(this);
    auto result = std::make_shared<QList<Membership>>();
    auto ids = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    // One membership after another: its detail, then its linked members.
    *next = [this, outer, result, ids, next, base, missing] {
        if (result->size() == ids->size()) {
            outer->succeed(*result);
            return;
        }
        const QString muid = ids->at(result->size());
        CrmCall* detail = getJson(
            base + muid + QLatin1Char('/'), [](CrmCall* c, const QJsonValue& v) { c->succeed(v.toObject()); },
            missing);
        outer->follow(detail, [this, outer, result, next, base, muid, missing](const std::any& d) {
            CrmCall* linked = getJson(
                base + muid + QStringLiteral("/linked/"),
                [](CrmCall* c, const QJsonValue& v) { c->succeed(v.toArray()); }, missing);
            outer->follow(linked, [result, next, d](const std::any& l) {
                result->append(
                    SheepCodec::membership(std::any_cast<QJsonObject>(d), std::any_cast<QJsonArray>(l)));
                (*next)();
            });
        });
    };
    CrmCall* list = getJson(
        base,
        [](CrmCall* c, const QJsonValue& v) {
            c->succeed(v.toObject().value(QLatin1String("memberships")).toArray());
        },
        missing);
    outer->follow(list, [ids, next](const std::any& v) {
        for (const QJsonValue& m : std::any_cast<QJsonArray>(v))
            ids->append(m.toObject().value(QLatin1String("muid")).toString());
        (*next)();
    });
    // The chain holds itself through next; it is let go when the outer call ends.
    connect(outer, &CrmCall::finished, this, [next] { *next = nullptr; });
    return typed<QList<Membership>>(outer);
}

Call<void>* SheepBackend::addLinkedMember(const MemberRef& owner, const QString& membershipId,
                                          const LinkedMember& linked)
{
    const QJsonObject body{{QStringLiteral("first_name"), linked.firstName},
                           {QStringLiteral("last_name"), linked.lastName},
                           {QStringLiteral("email"), linked.email}};
    return typed<void>(sendJson(
        QStringLiteral("user/%1/membership/%2/linked/").arg(owner.id, membershipId), "POST", body,
        [](CrmCall* c, const QJsonValue&) { c->succeed(); },
        [this, owner](const CrmError& e) { return knownUserMissing(e, owner.id); }));
}

Call<void>* SheepBackend::removeLinkedMember(const MemberRef& owner, const QString& membershipId,
                                             const QString& linkedId)
{
    return typed<void>(send(
        QStringLiteral("user/%1/membership/%2/linked/%3/").arg(owner.id, membershipId, linkedId), "DELETE",
        {}, {}, true, [](CrmCall* c, const QJsonValue&) { c->succeed(); },
        [linkedId](const CrmError& e) {
            return CrmError(CrmError::Kind::NotFound, e.serverMessage, e.httpStatus,
                            tr("SheepCRM has no linked member %1 on this membership: it was probably "
                               "removed already (or the system token is wrong).")
                                .arg(linkedId));
        }));
}

Call<void>* SheepBackend::sendPasswordReset(const QString& email)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), email.trimmed());
    return typed<void>(postForm(
        QStringLiteral("user/reset/"), f, false, [](CrmCall* c, const QJsonValue&) { c->succeed(); },
        [email](const CrmError& e) {
            return CrmError(CrmError::Kind::NotFound, e.serverMessage, e.httpStatus,
                            tr("SheepCRM has no account with the e-mail %1 to reset.").arg(email.trimmed()));
        }));
}

Call<AccountStatus>* SheepBackend::accountStatus(const QString& email)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), email.trimmed());
    f.addQueryItem(QStringLiteral("quick"), QStringLiteral("true"));
    auto* outer = new CrmCall(this);
    CrmCall* preauth = postForm(QStringLiteral("user/preauth/"), f, false,
                                [](CrmCall* c, const QJsonValue& v) { c->succeed(v.toObject()); });
    QPointer<CrmCall> guard(preauth);
    outer->setCanceller([guard] {
        if (guard)
            guard->cancel();
    });
    connect(preauth, &CrmCall::finished, outer, [outer, preauth, email] {
        AccountStatus status;
        status.email = email.trimmed();
        if (!preauth->ok()) {
            // Pre-auth needs no token, so its 404 can only mean "no account".
            if (preauth->error().kind == CrmError::Kind::NotFound)
                outer->succeed(status);
            else
                outer->fail(preauth->error());
            return;
        }
        const QJsonObject o = preauth->value<QJsonObject>();
        status.exists = true;
        status.state = o.value(QLatin1String("status")).toString();
        status.userId = o.value(QLatin1String("username")).toString();
        outer->succeed(status);
    });
    return typed<AccountStatus>(outer);
}

Call<AccountStatus>* SheepBackend::createAccount(const NewAccount& account, bool welcomeEmail)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), account.email.trimmed());
    f.addQueryItem(QStringLiteral("require_activation"),
                   welcomeEmail ? QStringLiteral("true") : QStringLiteral("false"));
    return typed<AccountStatus>(
        postForm(QStringLiteral("user/preregister/"), f, false,
                 [email = account.email](CrmCall* c, const QJsonValue& v) {
                     const QJsonObject o = v.toObject();
                     AccountStatus status;
                     status.email = email.trimmed();
                     status.exists = true;
                     status.state = o.value(QLatin1String("status")).toString();
                     status.userId = o.value(QLatin1String("username")).toString();
                     if (status.userId.isEmpty())
                         c->fail(CrmError(CrmError::Kind::Protocol, {}, 200,
                                          tr("SheepCRM's answer to the pre-registration names no user")));
                     else
                         c->succeed(status);
                 }));
}

QString SheepBackend::howAccountsAreMade() const
{
    return tr(
        "SheepCRM pre-registers each address: the account is joined to the person with that e-mail (or a "
        "new one), and with the activation e-mail the person chooses a password.");
}

QString SheepBackend::welcomeEmailChoice() const
{
    return tr("Send each new account the &activation e-mail");
}

Call<QList<Member>>* SheepBackend::findMembersByEmail(const QString& email)
{
    auto* outer = new CrmCall(this);
    CrmCall* look = lookupMember(email);
    outer->setCanceller([look] { look->cancel(); });
    connect(look, &CrmCall::finished, outer, [outer, look] {
        if (look->ok())
            outer->succeed(QList<Member>{look->value<Member>()});
        else if (look->error().kind == CrmError::Kind::NotFound)
            outer->succeed(QList<Member>{});
        else
            outer->fail(look->error());
    });
    return typed<QList<Member>>(outer);
}

} // namespace crm
