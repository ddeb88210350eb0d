#include "memberdetailpanel.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
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
    m_pending->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_pending->hide();
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("memberTabs"));
    m_fields = makeTree({tr("Field"), tr("Value")}, tr("Member fields"));
    m_addresses = makeTree({tr("Field"), tr("Value")}, tr("Addresses"));
    m_addresses->setRootIsDecorated(true);
    m_groups = makeTree({tr("Group"), tr("ID")}, tr("Groups of this member"));
    m_raw = makeTree({tr("Server field"), tr("Value")}, tr("All fields the CRM sent"));
    m_tabs->addTab(m_fields, tr("&Details"));
    m_tabs->addTab(m_addresses, tr("&Addresses"));
    m_tabs->addTab(m_groups, tr("G&roups"));
    m_tabs->addTab(m_raw, tr("Ra&w fields"));
    layout->addWidget(m_title);
    layout->addWidget(m_pending);
    layout->addWidget(m_tabs);
    clear();
}

void MemberDetailPanel::clear()
{
    m_title->setText(tr("No member selected"));
    m_pending->hide();
    m_fields->clear();
    m_addresses->clear();
    m_groups->clear();
    m_raw->clear();
    m_tabs->setEnabled(false);
}

void MemberDetailPanel::showMember(const Member& m, const QMap<QString, QString>& labels,
                                   const QMap<QString, QString>& groupTitles, bool pendingEdit)
{
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
        {tr("Last changed on the server"), m.modified},
    };
    for (const auto& [k, v] : fields)
        new QTreeWidgetItem(m_fields, {k, v});

    m_addresses->clear();
    if (m.addresses.isEmpty())
        new QTreeWidgetItem(m_addresses, {tr("No addresses"), QString()});
    for (int i = 0; i < m.addresses.size(); ++i) {
        const Address& a = m.addresses[i];
        auto* top = new QTreeWidgetItem(
            m_addresses,
            {a.isPrimary ? tr("Address %1 (primary)").arg(i + 1) : tr("Address %1").arg(i + 1),
             QStringList{a.street, a.postalCode + QLatin1Char(' ') + a.city}.join(QStringLiteral(", "))});
        new QTreeWidgetItem(top, {tr("Street"), a.street});
        new QTreeWidgetItem(top, {tr("Postal code"), a.postalCode});
        new QTreeWidgetItem(top, {tr("City"), a.city});
        new QTreeWidgetItem(top, {tr("Country"), a.country});
        for (auto it = a.customFields.cbegin(); it != a.customFields.cend(); ++it)
            new QTreeWidgetItem(top, {labels.value(it.key(), it.key()), it.value()});
        top->setExpanded(true);
    }

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

} // namespace crm
