#include "rempbackend.h"

#include "net/crmcall.h"
#include "rempcodec.h"

#include "json/numbers.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>

namespace crm {

namespace {
QString formEncoded(const QUrlQuery& fields)
{
    // QUrlQuery leaves '+' as is, which a form body reads as a space.
    return fields.toString(QUrl::FullyEncoded).replace(QLatin1Char('+'), QStringLiteral("%2B"));
}
} // namespace

RempBackend::RempBackend(QUrl baseUrl, QString apiToken, QList<Group> groups, QStringList addressTypes,
                         HttpPolicy http, QNetworkAccessManager* nam, QObject* parent)
    : CrmBackend(parent), m_base(std::move(baseUrl)), m_token(std::move(apiToken)),
      m_groups(std::move(groups)), m_addressTypes(std::move(addressTypes)), m_http(std::move(http)),
      m_nam(nam)
{
    if (m_addressTypes.isEmpty())
        m_addressTypes = {QStringLiteral("print"), QStringLiteral("invoice")};
    offer<MemberListing>(this);
    offer<GroupBook>(this);
    offer<MemberCreation>(this);
    offer<EmailChecks>(this);
    offer<AccountCreation>(this);
    offer<AddressBook>(this);
    offer<MemberMeta>(this);
    offer<StaffLogin>(this);
    offer<SupportTokens>(this);
}

CrmCall* RempBackend::sendApi(const QString& call, const QByteArray& verb, const QByteArray& contentType,
                              const QByteArray& body, Handler handler)
{
    return send(call, verb, contentType, body, std::move(handler), m_token.toUtf8());
}

CrmCall* RempBackend::send(const QString& call, const QByteArray& verb, const QByteArray& contentType,
                           const QByteArray& body, Handler handler, const QByteArray& bearer,
                           const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QUrl url = m_base;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    const qsizetype query = call.indexOf(QLatin1Char('?'));
    url.setPath(path + QStringLiteral("api/v1/") + (query < 0 ? call : call.left(query)));
    if (query >= 0)
        url.setQuery(call.mid(query + 1));
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    // users/list, users/email and the meta search are reads sent as POST: the transport may repeat those.
    static const QStringList reads{QStringLiteral("users/list"), QStringLiteral("users/email"),
                                   QStringLiteral("user-meta/key-users")};
    const Delivery delivery = reads.contains(url.path().section(QStringLiteral("api/v1/"), 1))
                                  ? Delivery::Repeatable
                                  : deliveryForVerb(verb);
    return sendHttp(
        m_nam, request, verb, body, m_http, delivery,
        [handler](CrmCall* c, const HttpResponse& r) {
            if (r.transportError) {
                c->fail(r.transportError);
                return;
            }
            const RempCodec::Answer a = RempCodec::decode(r.status, r.body, r.contentType);
            if (a.error)
                c->fail(a.error);
            else
                handler(c, a.object);
        },
        this);
}

CrmCall* RempBackend::postForm(const QString& call, const QUrlQuery& fields, Handler handler)
{
    return sendApi(call, "POST", "application/x-www-form-urlencoded", formEncoded(fields).toUtf8(),
                   std::move(handler));
}

CrmCall* RempBackend::postPublic(const QString& call, const QUrlQuery& fields, Handler handler)
{
    return send(call, "POST", "application/x-www-form-urlencoded", formEncoded(fields).toUtf8(),
                std::move(handler), {});
}

CrmCall* RempBackend::postJson(const QString& call, const QJsonObject& body, Handler handler)
{
    return sendApi(call, "POST", "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
                   std::move(handler));
}

CrmCall* RempBackend::usersList(const QString& userIds, int page, Handler handler)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("user_ids"), userIds);
    f.addQueryItem(QStringLiteral("page"), QString::number(page));
    f.addQueryItem(QStringLiteral("with_uuid"), QStringLiteral("1"));
    return postForm(QStringLiteral("users/list"), f, std::move(handler));
}

Call<QString>* RempBackend::testConnection()
{
    return typed<QString>(usersList(QStringLiteral("[]"), 1, [](CrmCall* c, const QJsonObject& a) {
        if (!a.contains(QLatin1String("totalCount"))) {
            c->fail(CrmError(CrmError::Kind::Protocol, {}, 200, tr("an answer without a user count")));
            return;
        }
        c->succeed(tr("Connected to REMP CRM: %n user(s).", nullptr,
                      saturatingInteger<int>(a.value(QLatin1String("totalCount")).toDouble())));
    }));
}

Call<qint64>* RempBackend::countMembers()
{
    return typed<qint64>(usersList(QStringLiteral("[]"), 1, [](CrmCall* c, const QJsonObject& a) {
        c->succeed(saturatingInteger<qint64>(a.value(QLatin1String("totalCount")).toDouble(-1)));
    }));
}

Call<MemberPage>* RempBackend::fetchMemberPage(const QString& cursor, int)
{
    const int page = cursor.isEmpty() ? 1 : cursor.toInt();
    return typed<MemberPage>(usersList(QStringLiteral("[]"), page, [](CrmCall* c, const QJsonObject& a) {
        c->succeed(RempCodec::memberPage(a));
    }));
}

Call<Member>* RempBackend::fetchMember(const QString& id)
{
    return typed<Member>(
        usersList(QStringLiteral("[%1]").arg(id.toLongLong()), 1, [id](CrmCall* c, const QJsonObject& a) {
            const MemberPage page = RempCodec::memberPage(a);
            if (page.members.isEmpty())
                c->fail(CrmError(CrmError::Kind::NotFound, {}, 0,
                                 tr("REMP CRM lists no user with id %1.").arg(id)));
            else
                c->succeed(page.members.first());
        }));
}

Call<Member>* RempBackend::updateMember(const QString& id, const QVariantMap& fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (it.key() != QLatin1String("email"))
            return typed<Member>(refuse(
                CrmError(CrmError::Kind::Validation, {}, 0,
                         tr("REMP CRM changes a user's e-mail only, not \u201c%1\u201d.").arg(it.key()))));
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("user_id"), QString::number(id.toLongLong()));
    f.addQueryItem(QStringLiteral("email"), fields.value(QStringLiteral("email")).toString().trimmed());
    auto* outer = new CrmCall(this);
    outer->follow(
        postForm(QStringLiteral("users/update"), f, [](CrmCall* c, const QJsonObject&) { c->succeed(); }),
        [this, outer, id](const std::any&) {
            // users/update answers with the id, e-mail and confirmation only: read the user whole.
            outer->follow(fetchMember(id), [outer](const std::any& m) { outer->succeed(m); });
        });
    return typed<Member>(outer);
}

Call<QList<Member>>* RempBackend::findMembersByEmail(const QString& email)
{
    auto* outer = new CrmCall(this);
    outer->follow(checkEmail(email.trimmed()), [this, outer](const std::any& v) {
        const auto check = std::any_cast<EmailCheck>(v);
        if (!check.taken || check.userId.isEmpty()) {
            outer->succeed(QList<Member>{});
            return;
        }
        CrmCall* read = fetchMember(check.userId);
        outer->setCanceller([read] { read->cancel(); });
        connect(read, &CrmCall::finished, outer, [outer, read] {
            if (read->ok())
                outer->succeed(QList<Member>{read->value<Member>()});
            else if (read->error().kind == CrmError::Kind::NotFound)
                outer->succeed(QList<Member>{});
            else
                outer->fail(read->error());
        });
    });
    return typed<QList<Member>>(outer);
}

Call<QList<Group>>* RempBackend::fetchGroups()
{
    auto* call = new CrmCall(this);
    call->succeed(m_groups);
    return typed<QList<Group>>(call);
}

CrmCall* RempBackend::refuseWithoutEmail(const MemberRef& member)
{
    return refuse(CrmError(
        CrmError::Kind::Local, {}, 0,
        tr("REMP CRM names users by e-mail, and user %1 has none in the cache. Sync, then try again.")
            .arg(member.id)));
}

Call<void>* RempBackend::addToGroup(const QString& groupId, const MemberRef& member)
{
    if (member.email.isEmpty())
        return typed<void>(refuseWithoutEmail(member));
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), member.email);
    f.addQueryItem(QStringLiteral("group_id"), groupId);
    return typed<void>(postForm(QStringLiteral("users/add-to-group"), f,
                                [](CrmCall* c, const QJsonObject&) { c->succeed(); }));
}

Call<void>* RempBackend::removeFromGroup(const QString& groupId, const MemberRef& member)
{
    if (member.email.isEmpty())
        return typed<void>(refuseWithoutEmail(member));
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), member.email);
    f.addQueryItem(QStringLiteral("group_id"), groupId);
    return typed<void>(postForm(QStringLiteral("users/remove-from-group"), f,
                                [](CrmCall* c, const QJsonObject&) { c->succeed(); }));
}

QStringList RempBackend::memberFields() const
{
    // password and device_token are left out: an edit waits in the outbox (SQLite), where no secret may
    // go. Without a password REMP generates one, and send_email=1 mails it to the member.
    return {QStringLiteral("first_name"),
            QStringLiteral("last_name"),
            QStringLiteral("ext_id"),
            QStringLiteral("source"),
            QStringLiteral("referer"),
            QStringLiteral("note"),
            QStringLiteral("locale"),
            QStringLiteral("send_email"),
            QStringLiteral("disable_email_validation"),
            QStringLiteral("unclaimed"),
            QStringLiteral("newsletters_subscribe")};
}

Call<Member>* RempBackend::createMember(const QVariantMap& fields)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), fields.value(QStringLiteral("email")).toString());
    const QStringList known = memberFields();
    for (const QString& name : known)
        if (fields.contains(name))
            f.addQueryItem(name, fields.value(name).toString());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (it.key() != QLatin1String("email") && !known.contains(it.key()))
            return typed<Member>(
                refuse(CrmError(CrmError::Kind::Validation, {}, 0,
                                tr("REMP CRM has no user field \u201c%1\u201d. It knows: %2.")
                                    .arg(it.key(), known.join(QStringLiteral(", "))))));
    return typed<Member>(postForm(QStringLiteral("users/create"), f, [](CrmCall* c, const QJsonObject& a) {
        const Member m = RempCodec::member(a.value(QLatin1String("user")).toObject());
        if (m.id.isEmpty())
            c->fail(CrmError(CrmError::Kind::Protocol, {}, 200, tr("an answer without the new user")));
        else
            c->succeed(m);
    }));
}

Call<void>* RempBackend::confirmMember(const MemberRef& member, const QString& idempotencyKey)
{
    if (member.email.isEmpty())
        return typed<void>(refuseWithoutEmail(member));
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), member.email);
    return typed<void>(send(QStringLiteral("users/confirm"), "POST", "application/x-www-form-urlencoded",
                            formEncoded(f).toUtf8(), [](CrmCall* c, const QJsonObject&) { c->succeed(); },
                            m_token.toUtf8(), {{"Idempotency-Key", idempotencyKey.toUtf8()}}));
}

Call<EmailCheck>* RempBackend::checkEmail(const QString& email, const QString& password)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), email);
    if (!password.isEmpty())
        f.addQueryItem(QStringLiteral("password"), password);
    return typed<EmailCheck>(
        postPublic(QStringLiteral("users/email"), f,
                   [](CrmCall* c, const QJsonObject& a) { c->succeed(RempCodec::emailCheck(a)); }));
}

Call<AccountStatus>* RempBackend::accountStatus(const QString& email)
{
    auto* outer = new CrmCall(this);
    outer->follow(checkEmail(email.trimmed()), [outer](const std::any& v) {
        const auto check = std::any_cast<EmailCheck>(v);
        AccountStatus status;
        status.email = check.email;
        status.exists = check.taken;
        status.userId = check.userId;
        outer->succeed(status);
    });
    return typed<AccountStatus>(outer);
}

Call<AccountStatus>* RempBackend::createAccount(const NewAccount& account, bool welcomeEmail)
{
    QVariantMap fields{
        {QStringLiteral("email"), account.email.trimmed()},
        {QStringLiteral("send_email"), welcomeEmail ? QStringLiteral("1") : QStringLiteral("0")}};
    if (!account.firstName.isEmpty())
        fields.insert(QStringLiteral("first_name"), account.firstName);
    if (!account.lastName.isEmpty())
        fields.insert(QStringLiteral("last_name"), account.lastName);
    auto* outer = new CrmCall(this);
    outer->follow(createMember(fields), [outer](const std::any& v) {
        const auto m = std::any_cast<Member>(v);
        AccountStatus status;
        status.email = m.email;
        status.exists = true;
        status.userId = m.id;
        status.member = m;
        outer->succeed(status);
    });
    return typed<AccountStatus>(outer);
}

QStringList RempBackend::addressFields() const
{
    return {QStringLiteral("first_name"),  QStringLiteral("last_name"),    QStringLiteral("street"),
            QStringLiteral("number"),      QStringLiteral("zip"),          QStringLiteral("city"),
            QStringLiteral("country_iso"), QStringLiteral("company_name"), QStringLiteral("company_id"),
            QStringLiteral("tax_id"),      QStringLiteral("vat_id"),       QStringLiteral("phone_number")};
}

Call<QList<Address>>* RempBackend::fetchAddresses(const MemberRef& member, const QString& type)
{
    if (member.email.isEmpty())
        return typed<QList<Address>>(refuseWithoutEmail(member));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("email"), member.email);
    if (!type.isEmpty())
        q.addQueryItem(QStringLiteral("type"), type);
    return typed<QList<Address>>(
        sendApi(QStringLiteral("users/addresses?") + formEncoded(q), "GET", {}, {},
                [](CrmCall* c, const QJsonObject& a) { c->succeed(RempCodec::addresses(a)); }));
}

CrmCall* RempBackend::addressCall(const QString& call, const MemberRef& member, const QString& type,
                                  const QVariantMap& fields, bool changeRequest)
{
    if (member.email.isEmpty())
        return refuseWithoutEmail(member);
    const QStringList known = addressFields();
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), member.email);
    f.addQueryItem(QStringLiteral("type"), type);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!known.contains(it.key()))
            return refuse(CrmError(CrmError::Kind::Validation, {}, 0,
                                   tr("REMP CRM has no address field \u201c%1\u201d. It knows: %2.")
                                       .arg(it.key(), known.join(QStringLiteral(", ")))));
        f.addQueryItem(changeRequest ? RempCodec::changeRequestField(it.key()) : it.key(),
                       it.value().toString());
    }
    return postForm(call, f, [](CrmCall* c, const QJsonObject& a) {
        c->succeed(RempCodec::text(a.value(QLatin1String("address")).toObject().value(QLatin1String("id"))));
    });
}

Call<QString>* RempBackend::addAddress(const MemberRef& member, const QString& type,
                                       const QVariantMap& fields)
{
    return typed<QString>(addressCall(QStringLiteral("users/address"), member, type, fields, false));
}

Call<QString>* RempBackend::requestAddressChange(const MemberRef& member, const QString& type,
                                                 const QVariantMap& fields)
{
    return typed<QString>(
        addressCall(QStringLiteral("users/change-address-request"), member, type, fields, true));
}

Call<QList<MetaEntry>>* RempBackend::fetchMeta(const MemberRef& member)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("user_id"), member.id);
    return typed<QList<MetaEntry>>(
        sendApi(QStringLiteral("user-meta/list?") + formEncoded(q), "GET", {}, {},
                [](CrmCall* c, const QJsonObject& a) { c->succeed(RempCodec::metaEntries(a)); }));
}

Call<MetaEntry>* RempBackend::setMeta(const MemberRef& member, const MetaEntry& entry)
{
    const QJsonObject body{{QStringLiteral("user_id"), member.id.toLongLong()},
                           {QStringLiteral("key"), entry.key},
                           {QStringLiteral("value"), entry.value},
                           {QStringLiteral("is_public"), entry.isPublic}};
    return typed<MetaEntry>(
        postJson(QStringLiteral("user-meta/upsert"), body,
                 [](CrmCall* c, const QJsonObject& a) { c->succeed(RempCodec::metaEntry(a)); }));
}

Call<void>* RempBackend::deleteMeta(const MemberRef& member, const QString& key)
{
    const QJsonObject body{{QStringLiteral("user_id"), member.id.toLongLong()}, {QStringLiteral("key"), key}};
    return typed<void>(postJson(QStringLiteral("user-meta/delete"), body,
                                [](CrmCall* c, const QJsonObject&) { c->succeed(); }));
}

Call<QList<MetaMatch>>* RempBackend::findByMeta(const QString& key, const QString& value)
{
    QJsonObject body{{QStringLiteral("key"), key}};
    if (!value.isNull())
        body.insert(QStringLiteral("value"), value);
    return typed<QList<MetaMatch>>(
        postJson(QStringLiteral("user-meta/key-users"), body,
                 [](CrmCall* c, const QJsonObject& a) { c->succeed(RempCodec::metaMatches(a)); }));
}

Call<StaffAccount>* RempBackend::staffLogin(const QString& email, const QString& password)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("email"), email);
    f.addQueryItem(QStringLiteral("password"), password);
    f.addQueryItem(QStringLiteral("source"), QStringLiteral("crm-console"));
    return typed<StaffAccount>(
        postPublic(QStringLiteral("users/login"), f,
                   [](CrmCall* c, const QJsonObject& a) { c->succeed(RempCodec::staffAccount(a)); }));
}

Call<TokenOwner>* RempBackend::verifyAutologinToken(const QString& token)
{
    auto* outer = new CrmCall(this);
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("autologin_token"), token);
    f.addQueryItem(QStringLiteral("source"), QStringLiteral("crm-console"));
    CrmCall* login = postPublic(
        QStringLiteral("users/autologin-token-login"), f, [this, outer](CrmCall* c, const QJsonObject& a) {
            TokenOwner owner = RempCodec::tokenOwner(a);
            const QByteArray access =
                a.value(QLatin1String("access")).toObject().value(QLatin1String("token")).toString().toUtf8();
            c->succeed();
            if (access.isEmpty()) {
                outer->succeed(owner);
                return;
            }
            CrmCall* info = send(
                QStringLiteral("user/info"), "GET", {}, {},
                [owner](CrmCall* i, const QJsonObject& answer) mutable {
                    const QJsonObject meta = answer.value(QLatin1String("user_meta")).toObject();
                    for (auto it = meta.begin(); it != meta.end(); ++it)
                        owner.publicMeta.insert(it.key(), RempCodec::text(it.value()));
                    i->succeed(owner);
                },
                access);
            outer->setCanceller([info] { info->cancel(); });
            connect(info, &CrmCall::finished, outer, [outer, info] {
                if (info->ok())
                    outer->succeed(info->anyValue());
                else
                    outer->fail(info->error());
            });
        });
    outer->setCanceller([login] { login->cancel(); });
    connect(login, &CrmCall::finished, outer, [outer, login] {
        if (login->ok())
            return;
        CrmError e = login->error();
        // 401/403 here judge the member's token, not the console's credentials.
        if (e.kind == CrmError::Kind::Auth || e.kind == CrmError::Kind::Forbidden)
            e = CrmError(CrmError::Kind::Validation, e.serverMessage, e.httpStatus,
                         tr("REMP CRM does not accept this autologin token: it may be mistyped, used up or "
                            "expired. Ask the member for a new link."));
        outer->fail(e);
    });
    return typed<TokenOwner>(outer);
}

Call<QString>* RempBackend::issueDeviceToken(const QString& deviceId)
{
    QUrlQuery f;
    f.addQueryItem(QStringLiteral("device_id"), deviceId);
    return typed<QString>(
        postPublic(QStringLiteral("users/get-device-token"), f, [](CrmCall* c, const QJsonObject& a) {
            const QString token = a.value(QLatin1String("device_token")).toString();
            if (token.isEmpty())
                c->fail(CrmError(CrmError::Kind::Protocol, {}, 200, tr("an answer without a device token")));
            else
                c->succeed(token);
        }));
}

} // namespace crm
