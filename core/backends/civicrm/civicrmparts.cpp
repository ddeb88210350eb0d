#include "civicrmparts.h"

#include "civicrmbackend.h"
#include "civicrmcodec.h"

#include "net/crmcall.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

namespace crm {

namespace {

const QJsonObject kAll{{QStringLiteral("limit"), 0}};

QJsonObject withFields(QJsonObject params, const QVariantMap& fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        params.insert(it.key(), it.value().typeId() == QMetaType::Bool
                                    ? QJsonValue(it.value().toBool() ? 1 : 0)
                                    : QJsonValue(it.value().toString()));
    return params;
}

/// The id a create answered with.
QString createdId(const QJsonObject& env)
{
    const QList<QJsonObject> made = CiviCrmCodec::records(env);
    QString id = made.isEmpty() ? QString() : CiviCrmCodec::text(made.first().value(QLatin1String("id")));
    return id.isEmpty() ? CiviCrmCodec::text(env.value(QLatin1String("id"))) : id;
}

CrmError noId(const QString& entity)
{
    return CrmError(
        CrmError::Kind::Protocol, {}, 200,
        QCoreApplication::translate("CiviCrmBackend", "a %1.create answer without an id").arg(entity));
}

} // namespace

QString CiviCrmParts::entityOf(PartKind kind)
{
    switch (kind) {
    case PartKind::Phone:
        return QStringLiteral("Phone");
    case PartKind::Email:
        return QStringLiteral("Email");
    case PartKind::Address:
        break;
    }
    return QStringLiteral("Address");
}

QStringList CiviCrmParts::partFields(PartKind kind) const
{
    switch (kind) {
    case PartKind::Phone:
        return {QStringLiteral("phone"), QStringLiteral("phone_type_id"), QStringLiteral("location_type_id"),
                QStringLiteral("is_primary")};
    case PartKind::Email:
        return {QStringLiteral("email"), QStringLiteral("location_type_id"), QStringLiteral("is_primary"),
                QStringLiteral("on_hold")};
    case PartKind::Address:
        break;
    }
    return {QStringLiteral("location_type_id"),
            QStringLiteral("street_address"),
            QStringLiteral("supplemental_address_1"),
            QStringLiteral("city"),
            QStringLiteral("postal_code"),
            QStringLiteral("state_province_id"),
            QStringLiteral("country_id"),
            QStringLiteral("is_primary")};
}

Call<Member>* CiviCrmParts::fetchParts(const MemberRef& member)
{
    // One request: the contact's id with its parts chained (one record, so one call each).
    const QJsonObject params{
        {QStringLiteral("id"), member.id.toLongLong()},
        {QStringLiteral("return"), QStringLiteral("id")},
        {QStringLiteral("api.Phone.get"),
         QJsonObject{{QStringLiteral("contact_id"), QStringLiteral("$value.id")},
                     {QStringLiteral("options"), kAll}}},
        {QStringLiteral("api.Email.get"),
         QJsonObject{{QStringLiteral("contact_id"), QStringLiteral("$value.id")},
                     {QStringLiteral("options"), kAll}}},
        {QStringLiteral("api.Address.get"),
         QJsonObject{{QStringLiteral("contact_id"), QStringLiteral("$value.id")},
                     {QStringLiteral("options"), kAll}}},
    };
    const QString id = member.id;
    return typed<Member>(m_backend.contacts(params, [id](CrmCall* call, const QList<Member>& found) {
        if (found.isEmpty())
            call->fail(
                CrmError(CrmError::Kind::NotFound,
                         QCoreApplication::translate("CiviCrmBackend", "No contact with id %1").arg(id)));
        else
            call->succeed(found.first());
    }));
}

Call<QString>* CiviCrmParts::addPart(PartKind kind, const MemberRef& member, const QVariantMap& fields)
{
    const QString entity = entityOf(kind);
    return typed<QString>(
        m_backend.api(entity, QStringLiteral("create"),
                      withFields({{QStringLiteral("contact_id"), member.id.toLongLong()}}, fields), true,
                      [entity](CrmCall* call, const QJsonObject& env) {
                          const QString id = createdId(env);
                          if (id.isEmpty())
                              call->fail(noId(entity));
                          else
                              call->succeed(id);
                      }));
}

Call<void>* CiviCrmParts::changePart(PartKind kind, const QString& partId, const QVariantMap& fields)
{
    return typed<void>(m_backend.api(entityOf(kind), QStringLiteral("create"),
                                     withFields({{QStringLiteral("id"), partId.toLongLong()}}, fields), true,
                                     [](CrmCall* call, const QJsonObject&) { call->succeed(); }));
}

Call<void>* CiviCrmParts::removePart(PartKind kind, const QString& partId)
{
    return typed<void>(m_backend.api(entityOf(kind), QStringLiteral("delete"),
                                     {{QStringLiteral("id"), partId.toLongLong()}}, false,
                                     [](CrmCall* call, const QJsonObject&) { call->succeed(); }));
}

Call<QList<Note>>* CiviCrmParts::fetchNotes(const MemberRef& member)
{
    const QJsonObject params{
        {QStringLiteral("entity_table"), QStringLiteral("civicrm_contact")},
        {QStringLiteral("entity_id"), member.id.toLongLong()},
        {QStringLiteral("options"),
         QJsonObject{{QStringLiteral("limit"), 0}, {QStringLiteral("sort"), QStringLiteral("id ASC")}}}};
    return typed<QList<Note>>(m_backend.api(QStringLiteral("Note"), QStringLiteral("get"), params, true,
                                            [](CrmCall* call, const QJsonObject& env) {
                                                QList<Note> notes;
                                                for (const QJsonObject& r : CiviCrmCodec::records(env))
                                                    notes.append(CiviCrmCodec::note(r));
                                                call->succeed(notes);
                                            }));
}

Call<QString>* CiviCrmParts::addNote(const MemberRef& member, const QString& subject, const QString& text)
{
    const QJsonObject params{{QStringLiteral("entity_table"), QStringLiteral("civicrm_contact")},
                             {QStringLiteral("entity_id"), member.id.toLongLong()},
                             {QStringLiteral("subject"), subject},
                             {QStringLiteral("note"), text}};
    return typed<QString>(m_backend.api(QStringLiteral("Note"), QStringLiteral("create"), params, true,
                                        [](CrmCall* call, const QJsonObject& env) {
                                            const QString id = createdId(env);
                                            if (id.isEmpty())
                                                call->fail(noId(QStringLiteral("Note")));
                                            else
                                                call->succeed(id);
                                        }));
}

Call<void>* CiviCrmParts::moveToTrash(const MemberRef& member)
{
    // Without skip_undelete CiviCRM moves the contact to the trash; it is never deleted for good here.
    return typed<void>(m_backend.api(QStringLiteral("Contact"), QStringLiteral("delete"),
                                     {{QStringLiteral("id"), member.id.toLongLong()}}, false,
                                     [](CrmCall* call, const QJsonObject&) { call->succeed(); }));
}

Call<Member>* CiviCrmParts::restoreFromTrash(const MemberRef& member)
{
    auto* outer = new Call<Member>(&m_backend);
    CiviCrmBackend* backend = &m_backend;
    const QString id = member.id;
    outer->follow(m_backend.api(QStringLiteral("Contact"), QStringLiteral("delete"),
                                {{QStringLiteral("id"), id.toLongLong()}, {QStringLiteral("restore"), 1}},
                                false, [](CrmCall* call, const QJsonObject&) { call->succeed(); }),
                  [outer, backend, id](const std::any&) {
                      outer->follow(backend->fetchMember(id),
                                    [outer](const std::any& m) { outer->succeed(std::any_cast<Member>(m)); });
                  });
    return outer;
}

Call<bool>* CiviCrmParts::isInTrash(const MemberRef& member)
{
    const QJsonObject params{{QStringLiteral("id"), member.id.toLongLong()},
                             {QStringLiteral("showAll"), QStringLiteral("all")},
                             {QStringLiteral("return"), QStringLiteral("contact_is_deleted")}};
    const QString id = member.id;
    return typed<bool>(m_backend.api(
        QStringLiteral("Contact"), QStringLiteral("get"), params, true,
        [id](CrmCall* call, const QJsonObject& env) {
            const QList<QJsonObject> found = CiviCrmCodec::records(env);
            if (found.isEmpty())
                call->fail(
                    CrmError(CrmError::Kind::NotFound,
                             QCoreApplication::translate("CiviCrmBackend", "No contact with id %1").arg(id)));
            else
                call->succeed(CiviCrmCodec::flag(found.first().value(QLatin1String("contact_is_deleted"))));
        }));
}

Call<QList<Choice>>* CiviCrmParts::fetchChoices()
{
    struct Read {
        QString list, entity, action;
        QJsonObject params;
        const char *key, *label, *code, *parent;
    };
    const QList<Read> reads{
        {ChoiceList::LocationType,
         QStringLiteral("LocationType"),
         QStringLiteral("get"),
         {{QStringLiteral("is_active"), 1}, {QStringLiteral("options"), kAll}},
         "id",
         "display_name",
         "name",
         ""},
        {ChoiceList::PhoneType,
         QStringLiteral("Phone"),
         QStringLiteral("getoptions"),
         {{QStringLiteral("field"), QStringLiteral("phone_type_id")}},
         "",
         "",
         "",
         ""},
        {ChoiceList::Gender,
         QStringLiteral("Contact"),
         QStringLiteral("getoptions"),
         {{QStringLiteral("field"), QStringLiteral("gender_id")}},
         "",
         "",
         "",
         ""},
        {ChoiceList::Country,
         QStringLiteral("Country"),
         QStringLiteral("get"),
         {{QStringLiteral("options"), kAll}},
         "id",
         "name",
         "iso_code",
         ""},
        {ChoiceList::Province,
         QStringLiteral("StateProvince"),
         QStringLiteral("get"),
         {{QStringLiteral("options"), kAll}},
         "id",
         "name",
         "abbreviation",
         "country_id"},
    };
    auto* outer = new Call<QList<Choice>>(&m_backend);
    // All five at once (a real site serves them on its workers side by side); kept in the lists' order.
    struct Reads {
        QList<QList<Choice>> lists;
        int pending = 0;
        CrmError error;
    };
    auto state = std::make_shared<Reads>();
    state->lists.resize(reads.size());
    state->pending = int(reads.size());
    QList<QPointer<CrmCall>> calls;
    for (int i = 0; i < reads.size(); ++i) {
        const Read r = reads[i];
        const bool options = r.action == QLatin1String("getoptions");
        CrmCall* read = m_backend.api(
            r.entity, r.action, r.params, true,
            [r, options, state, i](CrmCall* call, const QJsonObject& env) {
                QList<Choice>& list = state->lists[i];
                if (options) {
                    // getoptions: "values" is {key: label}, in the CRM's order.
                    const QJsonValue values = env.value(QLatin1String("values"));
                    if (values.isArray()) // sequential: [{key, value}]
                        for (const QJsonValue& v : values.toArray())
                            list.append({r.list,
                                         CiviCrmCodec::text(v[QLatin1String("key")]),
                                         CiviCrmCodec::text(v[QLatin1String("value")]),
                                         {},
                                         {}});
                    const QJsonObject o = values.toObject();
                    for (auto it = o.begin(); it != o.end(); ++it)
                        list.append({r.list, it.key(), CiviCrmCodec::text(it.value()), {}, {}});
                } else {
                    for (const QJsonObject& rec : CiviCrmCodec::records(env)) {
                        auto f = [&](const char* k) {
                            return *k ? CiviCrmCodec::text(rec.value(QLatin1String(k))) : QString();
                        };
                        Choice c{r.list, f(r.key), f(r.label), f(r.code), f(r.parent)};
                        if (c.label.isEmpty())
                            c.label = f("name");
                        list.append(c);
                    }
                }
                call->succeed();
            });
        calls.append(read);
        QObject::connect(read, &CrmCall::finished, outer, [outer, state, read] {
            if (!read->ok() && !state->error)
                state->error = read->error();
            if (--state->pending > 0)
                return;
            if (state->error)
                return outer->fail(state->error);
            QList<Choice> all;
            for (const QList<Choice>& l : std::as_const(state->lists))
                all += l;
            outer->succeed(all);
        });
    }
    outer->setCanceller([calls] {
        for (const QPointer<CrmCall>& c : calls)
            if (c)
                c->cancel();
    });
    return outer;
}

} // namespace crm
