#include "contactrecordtab.h"

#include "partlist.h"
#include "sectioneditor.h"

#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>

namespace crm {

namespace {

using K = FieldSpec::Kind;

QVariantMap fromRaw(const QJsonObject& raw, const QList<FieldSpec>& fields)
{
    QVariantMap out;
    for (const FieldSpec& f : fields) {
        const QJsonValue v = raw.value(f.key);
        out.insert(f.key, v.isDouble() ? QString::number(v.toInteger()) : v.toVariant().toString());
    }
    return out;
}

QList<FieldSpec> phoneFields()
{
    return {{QStringLiteral("phone"), ContactRecordTab::tr("Number"), K::Phone, {}},
            {QStringLiteral("phone_type_id"), ContactRecordTab::tr("Type"), K::Choice, ChoiceList::PhoneType},
            {QStringLiteral("location_type_id"), ContactRecordTab::tr("Location"), K::Choice,
             ChoiceList::LocationType},
            {QStringLiteral("is_primary"), ContactRecordTab::tr("Primary"), K::Flag, {}}};
}

QList<FieldSpec> emailFields()
{
    return {{QStringLiteral("email"), ContactRecordTab::tr("E-mail"), K::Email, {}},
            {QStringLiteral("location_type_id"), ContactRecordTab::tr("Location"), K::Choice,
             ChoiceList::LocationType},
            {QStringLiteral("is_primary"), ContactRecordTab::tr("Primary"), K::Flag, {}},
            {QStringLiteral("on_hold"), ContactRecordTab::tr("On hold (mail to it bounced)"), K::Flag, {}}};
}

QList<FieldSpec> addressFields(const QMap<QString, QString>& custom)
{
    QList<FieldSpec> out{
        {QStringLiteral("location_type_id"), ContactRecordTab::tr("Location"), K::Choice,
         ChoiceList::LocationType},
        {QStringLiteral("street_address"), ContactRecordTab::tr("Street"), K::Text, {}},
        {QStringLiteral("supplemental_address_1"), ContactRecordTab::tr("Address line 2"), K::Text, {}},
        {QStringLiteral("city"), ContactRecordTab::tr("City"), K::Text, {}},
        {QStringLiteral("postal_code"), ContactRecordTab::tr("Postal code"), K::PostalCode, {}},
        {QStringLiteral("state_province_id"), ContactRecordTab::tr("State or province"), K::Choice,
         ChoiceList::Province},
        {QStringLiteral("country_id"), ContactRecordTab::tr("Country"), K::Choice, ChoiceList::Country},
        {QStringLiteral("is_primary"), ContactRecordTab::tr("Primary"), K::Flag, {}}};
    for (auto it = custom.cbegin(); it != custom.cend(); ++it)
        out.append({it.key(), it.value(), K::Text, {}});
    return out;
}

} // namespace

ContactRecordTab::ContactRecordTab(QWidget* parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_details = new SectionEditor(tr("Name and personal details"));
    m_details->setObjectName(QStringLiteral("detailsSection"));
    m_details->setEditText(tr("&Edit name and details"));
    m_details->setFields({{QStringLiteral("first_name"), tr("First name"), K::Text, {}},
                          {QStringLiteral("middle_name"), tr("Middle name"), K::Text, {}},
                          {QStringLiteral("last_name"), tr("Last name"), K::Text, {}},
                          {QStringLiteral("nick_name"), tr("Nickname"), K::Text, {}},
                          {QStringLiteral("birth_date"), tr("Birth date"), K::Date, {}},
                          {QStringLiteral("gender_id"), tr("Gender"), K::Choice, ChoiceList::Gender},
                          {QStringLiteral("job_title"), tr("Job title"), K::Text, {}}});
    m_preferences = new SectionEditor(tr("Communication preferences"));
    m_preferences->setObjectName(QStringLiteral("preferencesSection"));
    m_preferences->setEditText(tr("Edit &preferences"));
    m_preferences->setFields({{QStringLiteral("do_not_email"), tr("Do not e-mail"), K::Flag, {}},
                              {QStringLiteral("do_not_phone"), tr("Do not phone"), K::Flag, {}},
                              {QStringLiteral("do_not_mail"), tr("Do not mail"), K::Flag, {}},
                              {QStringLiteral("do_not_sms"), tr("Do not send texts (SMS)"), K::Flag, {}},
                              {QStringLiteral("is_opt_out"), tr("No bulk e-mail (opted out)"), K::Flag, {}}});
    m_phones = new PartList(tr("phone"), phoneFields(),
                            {QStringLiteral("phone"), QStringLiteral("phone_type_id"),
                             QStringLiteral("location_type_id"), QStringLiteral("is_primary")});
    m_phones->setObjectName(QStringLiteral("phoneList"));
    m_emails = new PartList(tr("e-mail address"), emailFields(),
                            {QStringLiteral("email"), QStringLiteral("location_type_id"),
                             QStringLiteral("is_primary"), QStringLiteral("on_hold")});
    m_emails->setObjectName(QStringLiteral("emailList"));
    m_addresses = new PartList(tr("address"), addressFields({}),
                               {QStringLiteral("location_type_id"), QStringLiteral("street_address"),
                                QStringLiteral("postal_code"), QStringLiteral("city"),
                                QStringLiteral("country_id"), QStringLiteral("is_primary")});
    m_addresses->setObjectName(QStringLiteral("addressList"));
    layout->addWidget(m_details);
    layout->addWidget(m_preferences);
    for (auto [title, list] : {std::pair{tr("Phones"), m_phones}, std::pair{tr("E-mail addresses"), m_emails},
                               std::pair{tr("Addresses"), m_addresses}}) {
        auto* box = new QGroupBox(title);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(list);
        layout->addWidget(box);
    }
    layout->addStretch();
    setWidget(page);
    connect(m_details, &SectionEditor::saved, this, &ContactRecordTab::fieldsSaved);
    connect(m_preferences, &SectionEditor::saved, this, &ContactRecordTab::fieldsSaved);
    wire(m_phones, PartKind::Phone);
    wire(m_emails, PartKind::Email);
    wire(m_addresses, PartKind::Address);
}

void ContactRecordTab::wire(PartList* list, PartKind kind)
{
    connect(list, &PartList::added, this, [this, kind](const QVariantMap& f) { Q_EMIT partAdded(kind, f); });
    connect(list, &PartList::changed, this,
            [this, kind](const QString& id, const QVariantMap& f, const QVariantMap& b) {
                Q_EMIT partChanged(kind, id, f, b);
            });
    connect(list, &PartList::removed, this,
            [this, kind](const QString& id, const QVariantMap& b) { Q_EMIT partRemoved(kind, id, b); });
}

PartList* ContactRecordTab::parts(PartKind kind) const
{
    switch (kind) {
    case PartKind::Phone:
        return m_phones;
    case PartKind::Email:
        return m_emails;
    case PartKind::Address:
        break;
    }
    return m_addresses;
}

void ContactRecordTab::setEditable(bool editable)
{
    m_details->setEditable(editable);
    m_preferences->setEditable(editable);
    for (PartList* l : {m_phones, m_emails, m_addresses})
        l->setEditable(editable);
}

void ContactRecordTab::showMember(const Member& m, const QMap<QString, QList<Choice>>& choices,
                                  const QMap<QString, QString>& customLabels)
{
    if (customLabels != m_customLabels) {
        m_customLabels = customLabels;
        m_addresses->editor()->setFields(addressFields(customLabels));
    }
    const QJsonObject raw = m.raw.object();
    for (SectionEditor* s : {m_details, m_preferences}) {
        s->setChoices(choices);
        // A section being edited keeps what is typed; it shows the record again once saved or cancelled.
        if (!s->isEditing()) {
            QVariantMap values;
            for (const char* k :
                 {"first_name", "middle_name", "last_name", "nick_name", "birth_date", "gender_id",
                  "job_title", "do_not_email", "do_not_phone", "do_not_mail", "do_not_sms", "is_opt_out"}) {
                const QJsonValue v = raw.value(QLatin1String(k));
                values.insert(QLatin1String(k),
                              v.isDouble() ? QString::number(v.toInteger()) : v.toVariant().toString());
            }
            values.insert(QStringLiteral("first_name"), m.firstName);
            values.insert(QStringLiteral("last_name"), m.lastName);
            s->setValues(values);
        }
    }
    QList<std::pair<QString, QVariantMap>> phones, emails, addresses;
    for (const Phone& p : m.phones)
        phones.append({p.id, fromRaw(p.raw.object(), phoneFields())});
    for (const EmailAddress& e : m.emails)
        emails.append({e.id, fromRaw(e.raw.object(), emailFields())});
    for (const Address& a : m.addresses)
        addresses.append({a.id, fromRaw(a.raw.object(), addressFields(customLabels))});
    for (PartList* l : {m_phones, m_emails, m_addresses})
        l->setChoices(choices);
    m_phones->setParts(phones);
    m_emails->setParts(emails);
    m_addresses->setParts(addresses);
}

void ContactRecordTab::clear()
{
    for (PartList* l : {m_phones, m_emails, m_addresses})
        l->setParts({});
    m_details->setValues({});
    m_preferences->setValues({});
}

void ContactRecordTab::correct(const QString& section, PartKind kind, const QString& partId,
                               const QVariantMap& values, const QVariantMap& base)
{
    if (section == QLatin1String("details") || section == QLatin1String("preferences")) {
        SectionEditor* s = section == QLatin1String("details") ? m_details : m_preferences;
        QVariantMap merged = s->values();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            merged.insert(it.key(), it.value());
        s->edit(merged);
        ensureWidgetVisible(s);
        return;
    }
    PartList* list = parts(kind);
    list->edit(partId, values, partId.isEmpty() ? std::optional<QVariantMap>() : base);
    ensureWidgetVisible(list->editor());
}

} // namespace crm
