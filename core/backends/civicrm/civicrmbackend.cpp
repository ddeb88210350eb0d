#include "civicrmbackend.h"

#include "civicrmchanges.h"
#include "civicrmcodec.h"
#include "civicrmidrange.h"
#include "civicrmparts.h"

#include "auth/oauth2tokenclient.h"
#include "auth/oauth2tokenkeeper.h"
#include "net/crmcall.h"
#include "net/httpexchange.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QPointer>

namespace crm {

CiviCrmBackend::CiviCrmBackend(QUrl endpoint, QString apiKey, QString siteKey, HttpPolicy http,
                               QNetworkAccessManager* nam, QObject* parent)
    : CrmBackend(parent), m_endpoint(std::move(endpoint)), m_apiKey(std::move(apiKey)),
      m_siteKey(std::move(siteKey)), m_http(std::move(http)), m_nam(nam),
      m_parts(std::make_unique<CiviCrmParts>(*this)), m_changes(std::make_unique<CiviCrmChanges>(*this))
{
    offer<ContactParts>(m_parts.get());
    offer<MemberNotes>(m_parts.get());
    offer<MemberTrash>(m_parts.get());
    offer<ChoiceLists>(m_parts.get());
    offer<MemberChanges>(m_changes.get());
    offer<MemberListing>(this);
    offer<MemberSlices>(this);
    offer<GroupBook>(this);
    offer<GroupMemberListing>(this);
    offer<MemberCreation>(this);
}

CiviCrmBackend::~CiviCrmBackend() = default;

QStringList CiviCrmBackend::editableFields() const
{
    return {QStringLiteral("first_name"),   QStringLiteral("middle_name"), QStringLiteral("last_name"),
            QStringLiteral("nick_name"),    QStringLiteral("email"),       QStringLiteral("birth_date"),
            QStringLiteral("gender_id"),    QStringLiteral("job_title"),   QStringLiteral("do_not_email"),
            QStringLiteral("do_not_phone"), QStringLiteral("do_not_mail"), QStringLiteral("do_not_sms"),
            QStringLiteral("is_opt_out")};
}

void CiviCrmBackend::setTokenKeeper(OAuth2TokenKeeper* keeper)
{
    m_tokens = keeper;
    if (keeper)
        offer<SignedInUsers>(this);
    else
        withdraw<SignedInUsers>();
}

CrmCall* CiviCrmBackend::post(const QString& entity, const QString& action, const QJsonObject& params,
                              Handler handler)
{
    if (!m_tokens)
        return send(entity, action, params, {}, handler);
    return m_tokens->authorized([this, entity, action, params, handler](const QString& token) {
        return send(entity, action, params, token, handler);
    });
}

CrmCall* CiviCrmBackend::send(const QString& entity, const QString& action, const QJsonObject& params,
                              const QString& accessToken, const Handler& handler)
{
    QNetworkRequest request(m_endpoint);
    if (!accessToken.isEmpty())
        request.setRawHeader("X-Civi-Auth", "Bearer " + accessToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray body = CiviCrmCodec::requestBody(entity, action, params, m_apiKey, m_siteKey);
    // Every call is a POST (the keys travel in the body); only the reads may be sent again by the transport.
    const Delivery delivery = action.startsWith(QLatin1String("get")) ? Delivery::Repeatable : Delivery::Once;
    return sendHttp(
        m_nam, request, "POST", body, m_http, delivery,
        [handler](CrmCall* call, const HttpResponse& r) {
            if (r.transportError)
                call->fail(r.transportError);
            else
                handler(call, r);
        },
        this);
}

CrmCall* CiviCrmBackend::api(const QString& entity, const QString& action, const QJsonObject& params,
                             bool requireValues, Decoder decoder)
{
    return post(entity, action, params, [requireValues, decoder](CrmCall* call, const HttpResponse& r) {
        const auto env = requireValues ? CiviCrmCodec::decodeValues(r.status, r.body, r.contentType)
                                       : CiviCrmCodec::decode(r.status, r.body, r.contentType);
        if (env.error)
            call->fail(env.error);
        else
            decoder(call, env.object);
    });
}

CrmCall* CiviCrmBackend::contacts(const QJsonObject& params,
                                  std::function<void(CrmCall*, QList<Member>)> done)
{
    return post(QStringLiteral("Contact"), QStringLiteral("get"), params,
                [done](CrmCall* call, const HttpResponse& r) {
                    CiviCrmCodec::MemberList list =
                        CiviCrmCodec::decodeMembers(r.status, r.body, r.contentType);
                    if (list.error)
                        call->fail(list.error);
                    else
                        done(call, std::move(list.members));
                });
}

QJsonObject CiviCrmBackend::memberParams()
{
    const QJsonObject all{{QStringLiteral("contact_id"), QStringLiteral("$value.id")},
                          {QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}}}};
    return {{QStringLiteral("api.User.get"),
             QJsonObject{{QStringLiteral("contact_id"), QStringLiteral("$value.id")}}},
            {QStringLiteral("api.Address.get"), all},
            {QStringLiteral("api.Phone.get"), all},
            {QStringLiteral("api.Email.get"), all}};
}

QJsonObject CiviCrmBackend::pageParams()
{
    static const QJsonArray fields{QStringLiteral("contact_type"),  QStringLiteral("contact_sub_type"),
                                   QStringLiteral("sort_name"),     QStringLiteral("display_name"),
                                   QStringLiteral("first_name"),    QStringLiteral("middle_name"),
                                   QStringLiteral("last_name"),     QStringLiteral("nick_name"),
                                   QStringLiteral("email"),         QStringLiteral("birth_date"),
                                   QStringLiteral("gender_id"),     QStringLiteral("job_title"),
                                   QStringLiteral("do_not_email"),  QStringLiteral("do_not_phone"),
                                   QStringLiteral("do_not_mail"),   QStringLiteral("do_not_sms"),
                                   QStringLiteral("do_not_trade"),  QStringLiteral("is_opt_out"),
                                   QStringLiteral("is_deceased"),   QStringLiteral("created_date"),
                                   QStringLiteral("modified_date"), QStringLiteral("contact_is_deleted")};
    return {{QStringLiteral("return"), fields}};
}

void CiviCrmBackend::withRelated(CrmCall* call, QList<Member> members,
                                 std::function<void(CrmCall*, QList<Member>)> done)
{
    if (members.isEmpty()) {
        done(call, members);
        return;
    }
    QJsonArray ids;
    for (const Member& m : std::as_const(members))
        ids.append(m.id.toLongLong());
    const QJsonObject params{{QStringLiteral("contact_id"), QJsonObject{{QStringLiteral("IN"), ids}}},
                             {QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}}}};
    // Four lists at once: a page costs five requests, never one a member.
    struct Reads {
        QList<Member> members;
        QHash<QString, QList<Address>> addresses;
        QHash<QString, CiviCrmCodec::Account> accounts;
        QHash<QString, QList<Phone>> phones;
        QHash<QString, QList<EmailAddress>> emails;
        int pending = 0;
        CrmError error;
    };
    auto state = std::make_shared<Reads>();
    state->members = std::move(members);
    auto settle = [call, state, done](CrmCall* read) {
        if (!read->ok() && !state->error)
            state->error = read->error();
        if (--state->pending > 0)
            return;
        if (state->error)
            return call->fail(state->error);
        for (Member& m : state->members) {
            m.addresses = state->addresses.value(m.id);
            m.hasAddresses = true;
            const CiviCrmCodec::Account account = state->accounts.value(m.id);
            m.userId = account.userId;
            m.username = account.name;
            m.phones = state->phones.value(m.id);
            m.emails = state->emails.value(m.id);
            CiviCrmCodec::orderEmails(m.emails);
            m.hasPhonesAndEmails = true;
        }
        done(call, std::move(state->members));
    };
    QList<QPointer<CrmCall>> reads;
    const auto read = [&](const char* entity, std::function<void(const QList<QJsonObject>&)> keep) {
        CrmCall* r = api(QString::fromLatin1(entity), QStringLiteral("get"), params, true,
                         [keep](CrmCall* c, const QJsonObject& env) {
                             keep(CiviCrmCodec::records(env));
                             c->succeed();
                         });
        ++state->pending;
        reads.append(r);
        connect(r, &CrmCall::finished, call, [settle, r] { settle(r); });
    };
    read("Address",
         [state](const QList<QJsonObject>& r) { state->addresses = CiviCrmCodec::addressesByContact(r); });
    read("UFMatch",
         [state](const QList<QJsonObject>& r) { state->accounts = CiviCrmCodec::accountsByContact(r); });
    read("Phone", [state](const QList<QJsonObject>& r) { state->phones = CiviCrmCodec::phonesByContact(r); });
    read("Email", [state](const QList<QJsonObject>& r) { state->emails = CiviCrmCodec::emailsByContact(r); });
    call->setCanceller([reads] {
        for (const QPointer<CrmCall>& r : reads)
            if (r)
                r->cancel();
    });
}

Call<QString>* CiviCrmBackend::testConnection()
{
    return typed<QString>(
        api(QStringLiteral("Contact"), QStringLiteral("getcount"), {}, false,
            [](CrmCall* call, const QJsonObject& env) {
                if (!env.contains(QLatin1String("result"))) {
                    call->fail(CrmError(
                        CrmError::Kind::Protocol, {}, 200,
                        QCoreApplication::translate("CiviCrmBackend", "an answer without a contact count")));
                    return;
                }
                const int contacts = int(CiviCrmCodec::text(env.value(QLatin1String("result"))).toLongLong());
                call->succeed(QCoreApplication::translate(
                    "CiviCrmBackend", "Connected to CiviCRM: %n contact(s).", nullptr, contacts));
            }));
}

Call<qint64>* CiviCrmBackend::countMembers()
{
    return typed<qint64>(api(QStringLiteral("Contact"), QStringLiteral("getcount"), {}, false,
                             [](CrmCall* call, const QJsonObject& env) {
                                 bool ok = false;
                                 const qint64 n =
                                     CiviCrmCodec::text(env.value(QLatin1String("result"))).toLongLong(&ok);
                                 call->succeed(ok ? n : qint64(-1));
                             }));
}

Call<MemberPage>* CiviCrmBackend::fetchMemberPage(const QString& cursor, int pageSize)
{
    return contactsAfter({}, cursor, pageSize);
}

Call<MemberPage>* CiviCrmBackend::contactsAfter(const QJsonObject& filter, const QString& cursor,
                                                int pageSize)
{
    QJsonObject params = pageParams();
    for (auto it = filter.begin(); it != filter.end(); ++it)
        params.insert(it.key(), it.value());
    params.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), pageSize},
                                                         {QStringLiteral("sort"), QStringLiteral("id ASC")}});
    if (!cursor.isEmpty())
        params.insert(QStringLiteral("id"), QJsonObject{{QStringLiteral(">"), cursor.toLongLong()}});
    return typed<MemberPage>(contacts(params, [this, pageSize, cursor](CrmCall* call, QList<Member> members) {
        withRelated(call, std::move(members), [pageSize, cursor](CrmCall* c, QList<Member> withParts) {
            MemberPage page;
            page.members = std::move(withParts);
            page.last = page.members.size() < pageSize;
            page.nextCursor = page.members.isEmpty() ? cursor : page.members.constLast().id;
            c->succeed(page);
        });
    }));
}

Call<QStringList>* CiviCrmBackend::planSlices(const QString& cursor, int pageSize)
{
    const QJsonObject params{
        {QStringLiteral("return"), QStringLiteral("id")},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("limit"), 1}, {QStringLiteral("sort"), QStringLiteral("id DESC")}}}};
    const qint64 first = cursor.toLongLong() + 1;
    const qint64 size = std::max(1, pageSize);
    return typed<QStringList>(api(
        QStringLiteral("Contact"), QStringLiteral("get"), params, true,
        [first, size](CrmCall* call, const QJsonObject& env) {
            const QList<QJsonObject> top = CiviCrmCodec::records(env);
            const qint64 highest =
                top.isEmpty() ? 0 : CiviCrmCodec::text(top.first().value(QLatin1String("id"))).toLongLong();
            QStringList slices;
            qint64 from = first;
            for (; from <= highest; from += size)
                slices.append(QStringLiteral("%1,%2").arg(from).arg(std::min(highest, from + size - 1)));
            slices.append(QStringLiteral("%1,").arg(from)); // added meanwhile
            call->succeed(slices);
        }));
}

Call<MemberPage>* CiviCrmBackend::fetchMemberSlice(const QString& slice, int pageSize)
{
    const CiviIdRange range = CiviIdRange::parse(slice);
    QJsonObject params = pageParams();
    params.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), pageSize},
                                                         {QStringLiteral("sort"), QStringLiteral("id ASC")}});
    params.insert(QStringLiteral("id"), range.filter());
    return typed<MemberPage>(contacts(params, [this, range, pageSize](CrmCall* call, QList<Member> members) {
        // A server that ignores the range would hand every slice the same first contacts: said, never
        // taken for the slice's members (the sync then reads page after page).
        for (const Member& m : std::as_const(members))
            if (!range.holds(m.id.toLongLong()))
                return call->fail(CiviIdRange::ignored());
        withRelated(call, std::move(members), [range, pageSize](CrmCall* c, QList<Member> withParts) {
            MemberPage page;
            page.members = std::move(withParts);
            const qint64 lastId =
                page.members.isEmpty() ? range.from - 1 : page.members.constLast().id.toLongLong();
            const CiviIdRange::After after = range.after(lastId, page.members.size() >= pageSize);
            page.rest = after.rest;
            page.nextCursor = after.nextCursor;
            page.last = after.last;
            c->succeed(page);
        });
    }));
}

Call<Member>* CiviCrmBackend::fetchMember(const QString& id)
{
    QJsonObject params = memberParams();
    params.insert(QStringLiteral("id"), id.toLongLong());
    return typed<Member>(contacts(params, [id](CrmCall* call, const QList<Member>& members) {
        if (members.isEmpty())
            call->fail(
                CrmError(CrmError::Kind::NotFound,
                         QCoreApplication::translate("CiviCrmBackend", "No contact with id %1").arg(id)));
        else
            call->succeed(members.first());
    }));
}

Call<QList<Group>>* CiviCrmBackend::fetchGroups()
{
    const QJsonObject params{{QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}}}};
    return typed<QList<Group>>(api(QStringLiteral("Group"), QStringLiteral("get"), params, true,
                                   [](CrmCall* call, const QJsonObject& env) {
                                       QList<Group> groups;
                                       for (const QJsonObject& r : CiviCrmCodec::records(env))
                                           groups.append(CiviCrmCodec::group(r));
                                       call->succeed(groups);
                                   }));
}

Call<GroupMemberPage>* CiviCrmBackend::fetchGroupMemberPage(const QString& groupId, const QString& cursor,
                                                            int pageSize)
{
    // Contact.get with "group" lists smart-group members too; GroupContact.get would not.
    QJsonObject params{
        {QStringLiteral("group"), groupId.toLongLong()},
        {QStringLiteral("return"), QStringLiteral("id")},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), pageSize},
                                                {QStringLiteral("sort"), QStringLiteral("id ASC")}}},
    };
    if (!cursor.isEmpty())
        params.insert(QStringLiteral("id"), QJsonObject{{QStringLiteral(">"), cursor.toLongLong()}});
    return typed<GroupMemberPage>(
        api(QStringLiteral("Contact"), QStringLiteral("get"), params, true,
            [pageSize, cursor](CrmCall* call, const QJsonObject& env) {
                GroupMemberPage page;
                const QList<QJsonObject> rows = CiviCrmCodec::records(env);
                for (const QJsonObject& r : rows) {
                    QString id = CiviCrmCodec::text(r.value(QLatin1String("id")));
                    if (id.isEmpty())
                        id = CiviCrmCodec::text(r.value(QLatin1String("contact_id")));
                    page.memberIds.append(id);
                }
                page.last = rows.size() < pageSize;
                page.nextCursor = page.memberIds.isEmpty() ? cursor : page.memberIds.constLast();
                call->succeed(page);
            }));
}

Call<Member>* CiviCrmBackend::updateMember(const QString& id, const QVariantMap& fields)
{
    QJsonObject params{{QStringLiteral("id"), id.toLongLong()}};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        params.insert(it.key(), it.value().typeId() == QMetaType::Bool
                                    ? QString::number(it.value().toBool() ? 1 : 0)
                                    : it.value().toString());
    auto* outer = new CrmCall(this);
    CrmCall* write = api(QStringLiteral("Contact"), QStringLiteral("create"), params, true,
                         [](CrmCall* call, const QJsonObject&) { call->succeed(); });
    outer->setCanceller([write] { write->cancel(); });
    connect(write, &CrmCall::finished, outer, [this, outer, write, id] {
        if (!write->ok()) {
            outer->fail(write->error());
            return;
        }
        // Contact.create answers without the e-mail and chained data: read the record back whole.
        CrmCall* read = fetchMember(id);
        outer->setCanceller([read] { read->cancel(); });
        connect(read, &CrmCall::finished, outer, [outer, read] {
            if (read->ok())
                outer->succeed(read->value<Member>());
            else
                outer->fail(read->error());
        });
    });
    return typed<Member>(outer);
}

QStringList CiviCrmBackend::memberFields() const
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name")};
}

Call<Member>* CiviCrmBackend::createMember(const QVariantMap& fields)
{
    QJsonObject params{{QStringLiteral("contact_type"), QStringLiteral("Individual")}};
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (it.key() == QLatin1String("email") || memberFields().contains(it.key()))
            params.insert(it.key(), it.value().toString());
    const QString email = fields.value(QStringLiteral("email")).toString();
    // The answer holds the new contact (names, stamps) but not its e-mail, which was just sent: the member
    // is made from both, saving a read a row in a large import. The next sync brings the whole record.
    return typed<Member>(
        api(QStringLiteral("Contact"), QStringLiteral("create"), params, true,
            [email](CrmCall* call, const QJsonObject& env) {
                const QList<QJsonObject> made = CiviCrmCodec::records(env);
                QJsonObject record = made.isEmpty() ? QJsonObject() : made.first();
                QString id = CiviCrmCodec::text(record.value(QLatin1String("id")));
                if (id.isEmpty())
                    id = CiviCrmCodec::text(env.value(QLatin1String("id")));
                if (id.isEmpty()) {
                    call->fail(CrmError(CrmError::Kind::Protocol, {}, 200,
                                        QCoreApplication::translate(
                                            "CiviCrmBackend", "a Contact.create answer without an id")));
                    return;
                }
                record.insert(QStringLiteral("id"), id);
                record.insert(QStringLiteral("email"), email);
                Member m;
                m.id = id;
                m.email = email;
                m.firstName = CiviCrmCodec::text(record.value(QLatin1String("first_name")));
                m.lastName = CiviCrmCodec::text(record.value(QLatin1String("last_name")));
                m.displayName = CiviCrmCodec::text(record.value(QLatin1String("display_name")));
                if (m.displayName.isEmpty())
                    m.displayName = QStringList{m.firstName, m.lastName}.join(QLatin1Char(' ')).trimmed();
                if (m.displayName.isEmpty())
                    m.displayName = email;
                m.modified = CiviCrmCodec::text(record.value(QLatin1String("modified_date")));
                m.hasAddresses = true; // a new contact has none
                m.raw = RawRecord(record);
                call->succeed(m);
            }));
}

Call<QList<Member>>* CiviCrmBackend::findMembersByEmail(const QString& email)
{
    QJsonObject params = memberParams();
    params.insert(QStringLiteral("email"), email);
    params.insert(QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}});
    return typed<QList<Member>>(
        contacts(params, [](CrmCall* call, QList<Member> members) { call->succeed(members); }));
}

Call<void>* CiviCrmBackend::addToGroup(const QString& groupId, const MemberRef& member)
{
    const QJsonObject params{{QStringLiteral("group_id"), groupId.toLongLong()},
                             {QStringLiteral("contact_id"), member.id.toLongLong()}};
    return typed<void>(api(QStringLiteral("GroupContact"), QStringLiteral("create"), params, false,
                           [](CrmCall* call, const QJsonObject&) { call->succeed(); }));
}

Call<void>* CiviCrmBackend::removeFromGroup(const QString& groupId, const MemberRef& member)
{
    const QJsonObject params{{QStringLiteral("group_id"), groupId.toLongLong()},
                             {QStringLiteral("contact_id"), member.id.toLongLong()},
                             {QStringLiteral("skip_undelete"), true}};
    return typed<void>(api(QStringLiteral("GroupContact"), QStringLiteral("delete"), params, false,
                           [](CrmCall* call, const QJsonObject&) { call->succeed(); }));
}

Call<SignedInUser>* CiviCrmBackend::fetchSignedInUser()
{
    if (!m_tokens)
        return typed<SignedInUser>(refuse(CrmError(
            CrmError::Kind::Local, {}, 0,
            QCoreApplication::translate("CiviCrmBackend", "This connection uses an API key: nobody is signed "
                                                          "in with OAuth2."))));
    auto* outer = new CrmCall(this);
    CrmCall* info =
        m_tokens->authorized([this](const QString& token) { return m_tokens->client()->userInfo(token); });
    outer->setCanceller([info] { info->cancel(); });
    connect(info, &CrmCall::finished, outer, [this, outer, info] {
        if (!info->ok()) {
            outer->fail(info->error());
            return;
        }
        auto person = std::make_shared<SignedInUser>(info->value<SignedInUser>());
        const QJsonObject userParams{
            {QStringLiteral("id"), person->sub},
            {QStringLiteral("api.Contact.get"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("$value.contact_id")},
                         {QStringLiteral("return"), QStringLiteral("display_name")}}}};
        CrmCall* user =
            api(QStringLiteral("User"), QStringLiteral("get"), userParams, true,
                [person](CrmCall* call, const QJsonObject& env) {
                    const QList<QJsonObject> users = CiviCrmCodec::records(env);
                    if (users.isEmpty()) {
                        call->fail(CrmError(
                            CrmError::Kind::NotFound, {}, 0,
                            QCoreApplication::translate(
                                "CiviCrmBackend",
                                "The site's user %1 has no CiviCRM contact. Ask the CRM administrator "
                                "to link the account to a contact.")
                                .arg(person->sub)));
                        return;
                    }
                    const QJsonObject& u = users.first();
                    person->userName = CiviCrmCodec::text(u.value(QLatin1String("name")));
                    person->contactId = CiviCrmCodec::text(u.value(QLatin1String("contact_id")));
                    const QList<QJsonObject> contacts =
                        CiviCrmCodec::records(u.value(QLatin1String("api.Contact.get")).toObject());
                    if (!contacts.isEmpty())
                        person->displayName =
                            CiviCrmCodec::text(contacts.first().value(QLatin1String("display_name")));
                    call->succeed();
                });
        outer->setCanceller([user] { user->cancel(); });
        connect(user, &CrmCall::finished, outer, [this, outer, user, person] {
            if (!user->ok()) {
                outer->fail(user->error());
                return;
            }
            // Contact.get with "group" counts smart groups too, where GroupContact.get would not.
            const QJsonObject groupParams{
                {QStringLiteral("is_active"), 1},
                {QStringLiteral("options"), QJsonObject{{QStringLiteral("limit"), 0}}},
                {QStringLiteral("api.Contact.get"),
                 QJsonObject{{QStringLiteral("group"), QStringLiteral("$value.id")},
                             {QStringLiteral("id"), person->contactId.toLongLong()},
                             {QStringLiteral("return"), QStringLiteral("id")}}}};
            CrmCall* groups = api(QStringLiteral("Group"), QStringLiteral("get"), groupParams, true,
                                  [person](CrmCall* call, const QJsonObject& env) {
                                      for (const QJsonObject& r : CiviCrmCodec::records(env)) {
                                          const QJsonObject nested =
                                              r.value(QLatin1String("api.Contact.get")).toObject();
                                          if (CiviCrmCodec::records(nested).isEmpty())
                                              continue;
                                          QJsonObject record = r;
                                          record.remove(QLatin1String("api.Contact.get"));
                                          person->groups.append(CiviCrmCodec::group(record));
                                      }
                                      call->succeed(*person);
                                  });
            outer->setCanceller([groups] { groups->cancel(); });
            connect(groups, &CrmCall::finished, outer, [outer, groups] {
                if (groups->ok())
                    outer->succeed(groups->anyValue());
                else
                    outer->fail(groups->error());
            });
        });
    });
    return typed<SignedInUser>(outer);
}

} // namespace crm
