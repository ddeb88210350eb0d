#include "signedinuserdialog.h"

#include "widgets/signedinbadge.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm {

SignedInUserDialog::SignedInUserDialog(const SignedInUser& user, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("signedInUserDialog"));
    setWindowTitle(tr("Signed in as %1").arg(user.shownName()));
    auto* picture = new QLabel;
    picture->setPixmap(SignedInBadge::avatar(user, 64));
    picture->setAccessibleName(tr("Picture of %1").arg(user.shownName()));
    auto* name = new QLabel(QStringLiteral("<b>%1</b>").arg(user.shownName().toHtmlEscaped()));
    name->setObjectName(QStringLiteral("signedInName"));
    auto* form = new QFormLayout;
    auto add = [form](const QString& label, const QString& value, const char* objectName) {
        auto* l = new QLabel(value.isEmpty() ? tr("\u2014") : value);
        l->setObjectName(QLatin1String(objectName));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAccessibleName(label);
        form->addRow(label + QLatin1Char(':'), l);
    };
    add(tr("User name"), user.preferredUsername.isEmpty() ? user.userName : user.preferredUsername,
        "userName");
    add(tr("E-mail"), user.email, "email");
    add(tr("Site user id"), user.sub, "sub");
    add(tr("CiviCRM contact"), user.contactId, "contactId");

    auto* groups = new QTableWidget(int(user.groups.size()), 3);
    groups->setObjectName(QStringLiteral("signedInGroups"));
    groups->setAccessibleName(tr("Groups of the signed-in person"));
    groups->setHorizontalHeaderLabels({tr("Group"), tr("Kind"), tr("Id")});
    groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    groups->verticalHeader()->hide();
    groups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    groups->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    groups->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (int i = 0; i < user.groups.size(); ++i) {
        const Group& g = user.groups[i];
        groups->setItem(i, 0, new QTableWidgetItem(g.title));
        groups->setItem(i, 1, new QTableWidgetItem(g.smart ? tr("Smart (computed)") : tr("Static")));
        groups->setItem(i, 2, new QTableWidgetItem(g.id));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(picture, 0, Qt::AlignTop);
    auto* right = new QVBoxLayout;
    right->addWidget(name);
    right->addLayout(form);
    top->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(
        user.groups.isEmpty() ? tr("This person's contact belongs to no CiviCRM group.")
                              : tr("CiviCRM groups of this person's contact (smart groups included):")));
    layout->addWidget(groups);
    layout->addWidget(buttons);
    resize(460, 380);
}

} // namespace crm
