#include "memberdetailpanel.h"
#include "showndate.h"
#include "tones.h"

#include "dialogs/fieldlabels.h"
#include "widgets/contactrecordtab.h"
#include "widgets/historytab.h"
#include "widgets/notestab.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm {

namespace {
QTreeWidget* makeTree(const QStringList& headers, const QString& accessibleName)
{
    auto* t = new QTreeWidget;
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setAccessibleName(accessibleName);
    t->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return t;
}

QString valueText(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}
} // namespace

MemberDetailPanel::MemberDetailPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("memberTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pending = new QLabel(tr("This member has edits waiting in the outbox."));
    m_pending->setObjectName(QStringLiteral("pendingNotice"));
    Tones::paint(m_pending, Tones::Tone::Caution);
    m_pending->hide();
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("memberTabs"));
    m_fields = makeTree({tr("Field"), tr("Value")}, tr("Member fields"));
    m_fields->setObjectName(QStringLiteral("fieldsTree"));
    m_addresses = makeTree({tr("Field"), tr("Value")}, tr("Addresses"));
    m_addresses->setObjectName(QStringLiteral("addressTree"));
    m_addresses->setRootIsDecorated(true);
    m_addressPage = new QWidget;
    auto* addressLayout = new QVBoxLayout(m_addressPage);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(m_addresses);
    m_addressButtons = new QWidget;
    auto* addressRow = new QHBoxLayout(m_addressButtons);
    addressRow->setContentsMargins(0, 0, 0, 0);
    auto* addAddress = new QPushButton(tr("Add address\u2026"));
    addAddress->setObjectName(QStringLiteral("addAddress"));
    auto* changeAddress = new QPushButton(tr("Request change\u2026"));
    changeAddress->setObjectName(QStringLiteral("changeAddress"));
    addressRow->addWidget(addAddress);
    addressRow->addWidget(changeAddress);
    addressRow->addStretch();
    addressLayout->addWidget(m_addressButtons);
    connect(addAddress, &QPushButton::clicked, this, &MemberDetailPanel::addAddressRequested);
    connect(changeAddress, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem* item = m_addresses->currentItem();
        while (item && item->parent())
            item = item->parent();
        Q_EMIT addressChangeRequested(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    m_groups = makeTree({tr("Group"), tr("ID")}, tr("Groups of this member"));

    m_metaTree = makeTree({tr("Key"), tr("Value"), tr("Public")}, tr("User meta"));
    m_metaTree->setObjectName(QStringLiteral("metaTree"));
    m_metaTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_metaPage = new QWidget;
    auto* metaLayout = new QVBoxLayout(m_metaPage);
    metaLayout->setContentsMargins(0, 0, 0, 0);
    metaLayout->addWidget(m_metaTree);
    auto* metaRow = new QHBoxLayout;
    auto* metaAdd = new QPushButton(tr("Add\u2026"));
    metaAdd->setObjectName(QStringLiteral("metaAdd"));
    m_metaEdit = new QPushButton(tr("Edit\u2026"));
    m_metaEdit->setObjectName(QStringLiteral("metaEdit"));
    m_metaDelete = new QPushButton(tr("Delete"));
    m_metaDelete->setObjectName(QStringLiteral("metaDelete"));
    metaRow->addWidget(metaAdd);
    metaRow->addWidget(m_metaEdit);
    metaRow->addWidget(m_metaDelete);
    metaRow->addStretch();
    metaLayout->addLayout(metaRow);
    connect(metaAdd, &QPushButton::clicked, this, [this] { Q_EMIT metaEditRequested(MetaEntry{}); });
    connect(m_metaEdit, &QPushButton::clicked, this, [this] {
        if (const MetaEntry e = selectedMeta(); !e.key.isEmpty())
            Q_EMIT metaEditRequested(e);
    });
    connect(m_metaTree, &QTreeWidget::itemActivated, m_metaEdit, &QPushButton::click);
    connect(m_metaDelete, &QPushButton::clicked, this, [this] {
        if (const MetaEntry e = selectedMeta(); !e.key.isEmpty())
            Q_EMIT metaDeleteRequested(e.key);
    });
    auto* deleteKey = new QShortcut(QKeySequence::Delete, m_metaTree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, m_metaDelete, &QPushButton::click);
    connect(m_metaTree, &QTreeWidget::currentItemChanged, this, [this] {
        m_metaEdit->setEnabled(!selectedMeta().key.isEmpty());
        m_metaDelete->setEnabled(!selectedMeta().key.isEmpty());
    });

    m_raw = makeTree({tr("Server field"), tr("Value")}, tr("All fields the CRM sent"));
    m_raw->setObjectName(QStringLiteral("rawTree"));

    m_person = makeTree({tr("Field"), tr("Value")}, tr("Person record"));
    m_person->setObjectName(QStringLiteral("personTree"));
    m_personPage = new QWidget;
    auto* personLayout = new QVBoxLayout(m_personPage);
    personLayout->setContentsMargins(0, 0, 0, 0);
    personLayout->addWidget(m_person);
    m_passwordReset = new QPushButton(tr("Send password reset e-mail\u2026"));
    m_passwordReset->setObjectName(QStringLiteral("passwordReset"));
    auto* personRow = new QHBoxLayout;
    personRow->addWidget(m_passwordReset);
    personRow->addStretch();
    personLayout->addLayout(personRow);
    connect(m_passwordReset, &QPushButton::clicked, this, &MemberDetailPanel::passwordResetRequested);

    m_memberships = makeTree({tr("Membership"), tr("Status"), tr("Period"), tr("Amount"), tr("Linked")},
                             tr("Memberships"));
    for (int c = 1; c < 5; ++c)
        m_memberships->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_memberships->setObjectName(QStringLiteral("membershipTree"));
    m_allowance = new QLabel;
    m_allowance->setObjectName(QStringLiteral("linkedAllowance"));
    m_allowance->setWordWrap(true);
    m_linked = makeTree({tr("First name"), tr("Last name"), tr("E-mail")}, tr("Linked members"));
    m_linked->setObjectName(QStringLiteral("linkedTree"));
    m_linkedAdd = new QPushButton(tr("Add linked member\u2026"));
    m_linkedAdd->setObjectName(QStringLiteral("linkedAdd"));
    m_linkedRemove = new QPushButton(tr("Remove linked member"));
    m_linkedRemove->setObjectName(QStringLiteral("linkedRemove"));
    m_membershipPage = new QWidget;
    auto* msLayout = new QVBoxLayout(m_membershipPage);
    msLayout->setContentsMargins(0, 0, 0, 0);
    msLayout->addWidget(m_memberships, 1);
    msLayout->addWidget(m_allowance);
    msLayout->addWidget(m_linked, 3);
    auto* linkedRow = new QHBoxLayout;
    linkedRow->addWidget(m_linkedAdd);
    linkedRow->addWidget(m_linkedRemove);
    linkedRow->addStretch();
    msLayout->addLayout(linkedRow);
    connect(m_memberships, &QTreeWidget::currentItemChanged, this, &MemberDetailPanel::showLinked);
    connect(m_linked, &QTreeWidget::currentItemChanged, this,
            [this] { m_linkedRemove->setEnabled(m_linked->currentItem() != nullptr); });
    connect(m_linked, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && !item->text(2).isEmpty())
            Q_EMIT lookupRequested(item->text(2));
    });
    connect(m_linkedAdd, &QPushButton::clicked, this, [this] {
        if (const Membership* m = selectedMembership())
            Q_EMIT linkedAddRequested(m->id);
    });
    connect(m_linkedRemove, &QPushButton::clicked, this, [this] {
        const Membership* m = selectedMembership();
        const QTreeWidgetItem* item = m_linked->currentItem();
        if (!m || !item)
            return;
        const int i = m_linked->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item));
        if (i < 0 || i >= m->linked.size())
            return;
        const LinkedMember& l = m->linked[i];
        Q_EMIT linkedRemoveRequested(m->id, l.id,
                                     QStringLiteral("%1 %2 <%3>").arg(l.firstName, l.lastName, l.email));
    });
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_linked, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, m_linkedRemove, &QPushButton::click);

    m_profile = makeTree({tr("Field"), tr("Value")}, tr("Member profile"));
    m_profile->setObjectName(QStringLiteral("profileTree"));
    m_profile->setRootIsDecorated(true);
    m_profilePage = new QWidget;
    auto* profileLayout = new QVBoxLayout(m_profilePage);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_profile);
    auto* recordAction = new QPushButton(tr("Record action\u2026"));
    recordAction->setObjectName(QStringLiteral("recordAction"));
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(recordAction);
    profileRow->addStretch();
    profileLayout->addLayout(profileRow);
    connect(recordAction, &QPushButton::clicked, this, &MemberDetailPanel::actionRecordRequested);

    m_contact = new ContactRecordTab;
    m_contact->setObjectName(QStringLiteral("contactTab"));
    m_contact->setAccessibleName(tr("Contact record"));
    m_notes = new NotesTab;
    m_notes->setObjectName(QStringLiteral("notesTab"));
    m_history = new HistoryTab;
    m_history->setObjectName(QStringLiteral("historyTab"));
    m_tabs->addTab(m_fields, tr("Details"));
    m_tabs->addTab(m_contact, tr("Contact"));
    m_tabs->addTab(m_profilePage, tr("Profile"));
    m_tabs->addTab(m_personPage, tr("Person"));
    m_tabs->addTab(m_membershipPage, tr("Memberships"));
    m_tabs->addTab(m_addressPage, tr("Addresses"));
    m_tabs->addTab(m_groups, tr("Groups"));
    m_tabs->addTab(m_metaPage, tr("Meta"));
    m_tabs->addTab(m_notes, tr("Notes"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_raw, tr("Raw fields"));
    layout->addWidget(m_title);
    layout->addWidget(m_pending);
    layout->addWidget(m_tabs);
    clear();
}

void MemberDetailPanel::setAbilities(Abilities::Set caps)
{
    m_caps = caps;
    // A record kept in parts shows its addresses, phones and e-mails on the Contact tab.
    const bool parts = bool(caps & Abilities::ContactParts);
    m_tabs->setTabVisible(m_tabs->indexOf(m_contact), parts);
    m_tabs->setTabVisible(m_tabs->indexOf(m_notes), bool(caps & Abilities::Notes));
    m_tabs->setTabVisible(m_tabs->indexOf(m_addressPage),
                          !parts && bool(caps & (Abilities::Addresses | Abilities::AddressBook)));
    m_addressButtons->setVisible(bool(caps & Abilities::AddressBook));
    m_tabs->setTabVisible(m_tabs->indexOf(m_groups), bool(caps & Abilities::Groups));
    m_tabs->setTabVisible(m_tabs->indexOf(m_metaPage), bool(caps & Abilities::Meta));
    m_tabs->setTabVisible(m_tabs->indexOf(m_personPage), bool(caps & Abilities::PersonRecords));
    m_tabs->setTabVisible(m_tabs->indexOf(m_profilePage), bool(caps & Abilities::MemberActions));
    m_passwordReset->setVisible(bool(caps & Abilities::PasswordResets));
    m_tabs->setTabVisible(m_tabs->indexOf(m_membershipPage), bool(caps & Abilities::Memberships));
}

MetaEntry MemberDetailPanel::selectedMeta() const
{
    const QTreeWidgetItem* item = m_metaTree->currentItem();
    const int i = item ? m_metaTree->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item)) : -1;
    return i >= 0 && i < m_meta.size() ? m_meta[i] : MetaEntry{};
}

void MemberDetailPanel::showRecordExtras(const Member& member, const QMap<QString, QList<Choice>>& choices,
                                         const QMap<QString, QString>& customLabels, const QList<Note>& notes,
                                         const QList<HistoryLine>& history, bool canUndo)
{
    if (m_caps & Abilities::ContactParts)
        m_contact->showMember(member, choices, customLabels);
    m_notes->showNotes(notes);
    m_history->showHistory(history, canUndo);
}

void MemberDetailPanel::showContactTab()
{
    m_tabs->setCurrentWidget(m_contact);
}

void MemberDetailPanel::clear()
{
    m_contact->clear();
    m_notes->showNotes({});
    m_history->showHistory({}, false);
    m_memberId.clear();
    m_shownAddresses.clear();
    m_meta.clear();
    m_metaTree->clear();
    m_person->clear();
    m_profile->clear();
    m_shownMemberships.clear();
    m_memberships->clear();
    m_linked->clear();
    m_allowance->clear();
    m_title->setText(tr("No member selected"));
    m_pending->hide();
    m_fields->clear();
    m_addresses->clear();
    m_groups->clear();
    m_raw->clear();
    m_tabs->setEnabled(false);
}

void MemberDetailPanel::showMember(const Member& m, const QMap<QString, QString>& labels,
                                   const QMap<QString, QString>& groupTitles, bool pendingEdit,
                                   const QList<MetaEntry>& meta, const QList<Membership>& memberships)
{
    m_memberId = m.id;
    m_tabs->setEnabled(true);
    m_title->setText(m.displayName.isEmpty() ? tr("(no name)") : m.displayName);
    m_pending->setVisible(pendingEdit);
    m_fields->clear();
    const QList<std::pair<QString, QString>> fields{
        {tr("ID"), m.id},
        {tr("First name"), m.firstName},
        {tr("Last name"), m.lastName},
        {tr("E-mail"), m.email.isEmpty() ? tr("(none)") : m.email},
        {tr("User account"),
         m.userId.isEmpty() ? tr("(none)") : tr("%1 (user id %2)").arg(m.username, m.userId)},
        {tr("Last changed on the server"), ShownDate::fromServer(m.modified)},
    };
    for (const auto& [k, v] : fields)
        new QTreeWidgetItem(m_fields, {k, v});

    showAddresses(m, labels);
    showMeta(meta);
    showPerson(m);
    if (m_caps & Abilities::MemberActions)
        showProfile(m);
    showMemberships(memberships);

    m_groups->clear();
    if (m.groups.isEmpty())
        new QTreeWidgetItem(m_groups, {tr("In no group"), QString()});
    for (const QString& g : m.groups)
        new QTreeWidgetItem(m_groups, {groupTitles.value(g, g), g});

    m_raw->clear();
    const QJsonObject raw = m.raw.object();
    for (auto it = raw.begin(); it != raw.end(); ++it)
        new QTreeWidgetItem(m_raw, {it.key(), valueText(it.value())});
}

void MemberDetailPanel::showAddresses(const Member& m, const QMap<QString, QString>& labels)
{
    m_shownAddresses = m.addresses;
    m_addresses->clear();
    if (m.addresses.isEmpty())
        new QTreeWidgetItem(m_addresses, {tr("No addresses"), QString()});
    const bool book = m_caps & Abilities::AddressBook;
    for (int i = 0; i < m.addresses.size(); ++i) {
        const Address& a = m.addresses[i];
        const QString summary =
            QStringList{a.street, QString(a.postalCode + QLatin1Char(' ') + a.city).trimmed(), a.country}
                .filter(QRegularExpression(QStringLiteral("\\S")))
                .join(QStringLiteral(", "));
        QString heading;
        if (book)
            heading = tr("%1 address").arg(a.locationType);
        else
            heading = a.isPrimary ? tr("Address %1 (primary)").arg(i + 1) : tr("Address %1").arg(i + 1);
        auto* top = new QTreeWidgetItem(m_addresses, {heading, summary});
        top->setData(0, Qt::UserRole, a.locationType);
        if (book) {
            // Every field the CRM keeps for the address, under its own name.
            const QJsonObject raw = a.raw.object();
            for (auto it = raw.begin(); it != raw.end(); ++it) {
                const QString v = valueText(it.value());
                if (!v.isEmpty() && it.key() != QLatin1String("user_id") &&
                    it.key() != QLatin1String("email") && it.key() != QLatin1String("type"))
                    new QTreeWidgetItem(top, {fieldLabel(it.key()), v});
            }
        } else {
            new QTreeWidgetItem(top, {tr("Street"), a.street});
            new QTreeWidgetItem(top, {tr("Postal code"), a.postalCode});
            new QTreeWidgetItem(top, {tr("City"), a.city});
            new QTreeWidgetItem(top, {tr("Country"), a.country});
            for (auto it = a.customFields.cbegin(); it != a.customFields.cend(); ++it)
                new QTreeWidgetItem(top, {labels.value(it.key(), it.key()), it.value()});
        }
        top->setExpanded(true);
    }
    if (m_addresses->topLevelItemCount() > 0)
        m_addresses->setCurrentItem(m_addresses->topLevelItem(0));
}

void MemberDetailPanel::showMeta(const QList<MetaEntry>& meta)
{
    const QString current = selectedMeta().key;
    m_meta = meta;
    m_metaTree->clear();
    for (const MetaEntry& e : meta) {
        auto* item = new QTreeWidgetItem(m_metaTree, {e.key, e.value, e.isPublic ? tr("yes") : tr("no")});
        if (e.key == current)
            m_metaTree->setCurrentItem(item);
    }
    m_metaEdit->setEnabled(!selectedMeta().key.isEmpty());
    m_metaDelete->setEnabled(!selectedMeta().key.isEmpty());
}

void MemberDetailPanel::showPerson(const Member& m)
{
    m_person->clear();
    const QJsonObject raw = m.raw.object();
    const QJsonObject person = raw.value(QLatin1String("person")).toObject();
    auto list = [](const QJsonValue& v) {
        QStringList out;
        for (const QJsonValue& e : v.toArray())
            if (!e.toString().isEmpty())
                out.append(e.toString());
        return out;
    };
    const QString status = raw.value(QLatin1String("account_status")).toString();
    const QString statusText = status == QLatin1String("password") ? tr("active (signs in with a password)")
                               : status == QLatin1String("activation") ? tr("waiting for activation")
                               : status == QLatin1String("blocked")    ? tr("blocked")
                               : status.isEmpty()                      ? tr("not known")
                                                                       : status;
    const QList<std::pair<QString, QString>> rows{
        {tr("Account status"), statusText},
        {tr("Address lines"), list(person.value(QLatin1String("address_lines"))).join(QStringLiteral("\n"))},
        {tr("Locality"), person.value(QLatin1String("locality")).toString()},
        {tr("Region"), person.value(QLatin1String("region")).toString()},
        {tr("Postal code"), person.value(QLatin1String("postal_code")).toString()},
        {tr("Country"), person.value(QLatin1String("country")).toString()},
        {tr("Telephone"), list(person.value(QLatin1String("telephone"))).join(QStringLiteral(", "))},
        {tr("E-mail addresses"), list(person.value(QLatin1String("email"))).join(QStringLiteral(", "))},
        {tr("Comms permission"),
         person.value(QLatin1String("comms_permission")).toBool() ? tr("yes") : tr("no")},
        {tr("Tags"), list(person.value(QLatin1String("tags"))).join(QStringLiteral(", "))},
    };
    for (const auto& [k, v] : rows)
        new QTreeWidgetItem(m_person, {k, v});
}

const Membership* MemberDetailPanel::selectedMembership() const
{
    const QTreeWidgetItem* item = m_memberships->currentItem();
    const int i = item ? m_memberships->indexOfTopLevelItem(const_cast<QTreeWidgetItem*>(item)) : -1;
    return i >= 0 && i < m_shownMemberships.size() ? &m_shownMemberships[i] : nullptr;
}

void MemberDetailPanel::showMemberships(const QList<Membership>& memberships)
{
    const QString current = selectedMembership() ? selectedMembership()->id : QString();
    m_shownMemberships = memberships;
    m_memberships->clear();
    QTreeWidgetItem* select = nullptr;
    for (const Membership& ms : memberships) {
        const QString linked = ms.maxLinked >= 0 ? tr("%1 of %2").arg(ms.linked.size()).arg(ms.maxLinked)
                                                 : QString::number(ms.linked.size());
        auto* item = new QTreeWidgetItem(
            m_memberships, {QStringList{ms.type, ms.number}.join(QLatin1Char(' ')).trimmed(), ms.status,
                            QStringLiteral("%1 \u2013 %2")
                                .arg(ShownDate::fromServer(ms.startDate), ShownDate::fromServer(ms.endDate)),
                            QStringList{ms.amount, ms.currency}.join(QLatin1Char(' ')).trimmed(), linked});
        if (ms.id == current || !select)
            select = item;
    }
    if (memberships.isEmpty())
        new QTreeWidgetItem(m_memberships, {tr("No memberships")});
    if (select)
        m_memberships->setCurrentItem(select);
    showLinked();
}

void MemberDetailPanel::showLinked()
{
    m_linked->clear();
    const Membership* ms = selectedMembership();
    m_linkedAdd->setEnabled(false);
    m_linkedRemove->setEnabled(false);
    if (!ms) {
        m_allowance->setText(m_shownMemberships.isEmpty() ? tr("No memberships.") : QString());
        return;
    }
    for (const LinkedMember& l : ms->linked)
        new QTreeWidgetItem(m_linked, {l.firstName, l.lastName, l.email});
    const qsizetype left = ms->maxLinked - ms->linked.size();
    if (ms->maxLinked < 0)
        m_allowance->setText(
            tr("Linked members of %1 %2: %3.").arg(ms->type, ms->number).arg(ms->linked.size()));
    else
        m_allowance->setText(tr("Linked members of %1 %2: %3 of %4; %5 more allowed.")
                                 .arg(ms->type, ms->number)
                                 .arg(ms->linked.size())
                                 .arg(ms->maxLinked)
                                 .arg(std::max<qsizetype>(0, left)));
    m_linkedAdd->setEnabled(ms->maxLinked < 0 || left > 0);
    m_linkedAdd->setToolTip(m_linkedAdd->isEnabled() ? QString()
                                                     : tr("This membership allows no more linked members."));
}

void MemberDetailPanel::showProfile(const Member& m)
{
    m_profile->clear();
    const QJsonObject raw = m.raw.object();
    auto add = [](QTreeWidgetItem* parent, const QString& k, const QString& v) {
        auto* item = new QTreeWidgetItem(parent, {k, v});
        return item;
    };
    auto top = [this](const QString& k, const QString& v = {}) {
        return new QTreeWidgetItem(m_profile, {k, v});
    };
    top(tr("Phone"), raw.value(QLatin1String("phone_number")).toString());
    const QJsonObject a = raw.value(QLatin1String("address")).toObject();
    top(tr("Address"),
        QStringList{a.value(QLatin1String("line1")).toString(), a.value(QLatin1String("line2")).toString(),
                    a.value(QLatin1String("town")).toString(), a.value(QLatin1String("postcode")).toString(),
                    a.value(QLatin1String("country")).toString()}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(", ")));
    top(tr("Joined"), ShownDate::fromServer(raw.value(QLatin1String("created_at")).toString()));
    top(tr("Entry point"), raw.value(QLatin1String("entry_point")).toString());
    if (!raw.value(QLatin1String("optout_at")).isNull() && raw.contains(QLatin1String("optout_at")))
        top(tr("Opted out"), QStringLiteral("%1 (%2)").arg(
                                 ShownDate::fromServer(valueText(raw.value(QLatin1String("optout_at")))),
                                 valueText(raw.value(QLatin1String("optout_reason")))));
    const QJsonObject d = raw.value(QLatin1String("donations")).toObject();
    QTreeWidgetItem* donations = top(
        tr("Donations"), d.value(QLatin1String("has_donated")).toBool()
                             ? tr("%n donation(s)", nullptr, d.value(QLatin1String("donation_count")).toInt())
                             : tr("none"));
    if (d.value(QLatin1String("has_donated")).toBool()) {
        add(donations, tr("Last"), valueText(d.value(QLatin1String("last_donated"))));
        add(donations, tr("Highest"), valueText(d.value(QLatin1String("highest_donation"))));
        add(donations, tr("Average"), valueText(d.value(QLatin1String("average_donation"))));
    }
    const QJsonObject regular = raw.value(QLatin1String("regular_donation")).toObject();
    if (regular.value(QLatin1String("current_amount")).toDouble() > 0)
        add(donations, tr("Regular"), valueText(regular.value(QLatin1String("current_amount"))));
    QStringList segments;
    for (const QJsonValue& sgm : raw.value(QLatin1String("segments")).toArray())
        segments.append(valueText(sgm));
    top(tr("Segments"), segments.isEmpty() ? tr("none") : segments.join(QStringLiteral(", ")));
    const QJsonArray consents = raw.value(QLatin1String("consents")).toArray();
    QTreeWidgetItem* consentItem = top(tr("Consents"), tr("%n consent(s)", nullptr, int(consents.size())));
    for (const QJsonValue& c : consents) {
        const QJsonObject o = c.toObject();
        add(consentItem, o.value(QLatin1String("public_id")).toString(),
            tr("%1, since %2")
                .arg(o.value(QLatin1String("consent_level")).toString(),
                     ShownDate::fromServer(o.value(QLatin1String("consent_created_at")).toString())));
    }
    const QJsonObject e = raw.value(QLatin1String("employment")).toObject();
    if (!e.isEmpty()) {
        QTreeWidgetItem* employment = top(tr("Employment"), valueText(e.value(QLatin1String("status"))));
        add(employment, tr("Workplace"), valueText(e.value(QLatin1String("current_workplace"))));
        auto joined = [](const QJsonValue& v) {
            QStringList items;
            for (const QJsonValue& i : v.toArray())
                items.append(valueText(i));
            return v.isArray() ? items.join(QStringLiteral(", ")) : valueText(v);
        };
        add(employment, tr("Industries"), joined(e.value(QLatin1String("industries"))));
        add(employment, tr("Professions"), joined(e.value(QLatin1String("professions"))));
    }
    const QJsonArray actions = raw.value(QLatin1String("actions")).toArray();
    QTreeWidgetItem* actionItem = top(tr("Actions"), tr("%n action(s)", nullptr, int(actions.size())));
    for (const QJsonValue& ac : actions) {
        const QJsonObject o = ac.toObject();
        add(actionItem, o.value(QLatin1String("action_name")).toString(),
            QStringLiteral("%1 (%2) %3")
                .arg(valueText(o.value(QLatin1String("action_type"))),
                     valueText(o.value(QLatin1String("action_technical_type"))),
                     ShownDate::fromServer(valueText(o.value(QLatin1String("created_at"))))));
    }
    m_profile->expandAll();
}

} // namespace crm
