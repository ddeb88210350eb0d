// The real main window on a REMP profile, offscreen, against crm-sandbox --kind remp: the tabs REMP
// has show and those it lacks hide; the Addresses and Meta tabs, the New member dialog with its e-mail
// check, a change request without a parent address, the meta search and the support tools all work
// through the outbox and the cache.
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "dialogs/addressdialog.h"
#include "dialogs/metaentrydialog.h"
#include "dialogs/metasearchdialog.h"
#include "dialogs/newmemberdialog.h"
#include "dialogs/supporttoolsdialog.h"
#include "keyboardaudit.h"
#include "mainwindow.h"
#include "models/memberstablemodel.h"
#include "net/crmcall.h"
#include "outbox/outboxrunner.h"
#include "profiles/profilestore.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"
#include "widgets/memberdetailpanel.h"
#include "windowhelpers.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace crm;

class TestRempUi : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    QString m_name;

    template <class T> T* find(const char* name) const { return WindowTest::find<T>(m_window.get(), name); }
    QTabWidget* tabs() const { return find<QTabWidget>("memberTabs"); }
    bool tabShown(const QString& label) const { return WindowTest::tabShown(tabs(), label); }
    void showTab(const QString& label) const { WindowTest::showTab(tabs(), label); }
    bool outboxSettles() { return WindowTest::outboxSettles(m_window->session()); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CRM_CONSOLE_NO_DIALOGS", "1");
        qRegisterMetaType<CrmError>();
        QVERIFY(m_sandbox.start(600, {QStringLiteral("--kind"), QStringLiteral("remp")}));
        m_name = QStringLiteral("remp-ui-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        Profile p;
        p.name = m_name;
        p.kind = QStringLiteral("remp");
        p.baseUrl = m_sandbox.url();
        p.options.insert(QStringLiteral("groups"), QStringLiteral("1:Newsletter;2:Premium readers"));
        p.options.insert(QStringLiteral("staff_email"), QStringLiteral("admin@crm.press"));
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("3000"));
        m_window = WindowTest::openWindow(
            m_profiles.get(), &m_credentials, &m_nam, p,
            {{QStringLiteral("api_token"), QStringLiteral("sandbox-api-token")},
             {QStringLiteral("staff_password"), QStringLiteral("sandbox-staff-password")}});
        QVERIFY(m_window);
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->startSync();
        QVERIFY(synced.wait(60000));
        QVERIFY(!synced.first().first().value<CrmError>());
    }

    void whatRempLacksIsHiddenAndWhatItHasIsShown()
    {
        QVERIFY(m_window->selectMember(QStringLiteral("1")));
        QVERIFY(tabShown(QStringLiteral("Addresses")));
        QVERIFY(tabShown(QStringLiteral("Meta")));
        QVERIFY(tabShown(QStringLiteral("Groups")));
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("newMemberAction"))->isVisible());
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("findByMetaAction"))->isVisible());
        // REMP edits a user's e-mail (users/update), so the edit is offered.
        bool editShown = false;
        for (QAction* a : m_window->findChildren<QAction*>())
            if (a->text().contains(QStringLiteral("Edit member")))
                editShown = editShown || a->isVisible();
        QVERIFY(editShown);
    }

    // REMP's users have no names: the list starts without the two empty name columns, and the column
    // chooser still offers them.
    void memberListStartsWithoutEmptyNameColumns()
    {
        QHeaderView* header = find<QTableView>("memberTable")->horizontalHeader();
        QStringList shown;
        for (int c = 0; c < header->count(); ++c)
            if (!header->isSectionHidden(c))
                shown << header->model()->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(!shown.contains(QStringLiteral("First name")), qPrintable(shown.join(QLatin1Char(','))));
        QVERIFY(!shown.contains(QStringLiteral("Last name")));
        QVERIFY(shown.contains(QStringLiteral("E-mail")));
        QStringList offered;
        for (QAction* a : m_window->findChild<QMenu*>(QStringLiteral("columnsMenu"))->actions())
            offered << a->text();
        QVERIFY(offered.contains(QStringLiteral("First name")));
    }

    void addressesTabShowsTheAddressBookByType()
    {
        QVERIFY(m_window->selectMember(QStringLiteral("2")));
        showTab(QStringLiteral("Addresses"));
        auto* tree = find<QTreeWidget>("addressTree");
        // Read from the CRM in the background, then shown from the cache.
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0 &&
                                     tree->topLevelItem(0)->text(0) == QStringLiteral("print address"),
                                 10000);
        QVERIFY(find<QPushButton>("addAddress")->isVisibleTo(m_window.get()));
        QVERIFY(find<QPushButton>("changeAddress")->isVisibleTo(m_window.get()));
    }

    void changeRequestWithoutParentOffersToCreateIt()
    {
        // Member 4 has no address: the request is refused and becomes the parent address.
        QVERIFY(m_window->selectMember(QStringLiteral("4")));
        auto* tree = find<QTreeWidget>("addressTree");
        QTRY_COMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("No addresses"));
        find<QPushButton>("changeAddress")->click();
        auto* dialog = m_window->findChild<AddressDialog*>(QStringLiteral("addressDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("addressNote"))
                    ->text()
                    .contains(QStringLiteral("no print")));
        dialog->findChild<QLineEdit*>(QStringLiteral("street"))->setText(QStringLiteral("Obchodná"));
        dialog->findChild<QLineEdit*>(QStringLiteral("city"))->setText(QStringLiteral("Bratislava"));
        dialog->findChild<QLineEdit*>(QStringLiteral("country_iso"))->setText(QStringLiteral("SK"));
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() > 0 &&
                                     tree->topLevelItem(0)->text(1).contains(QStringLiteral("Obchodná")),
                                 20000);
        // Nothing failed is left behind: the refused request was replaced by the address it needed.
        QVERIFY(outboxSettles());
        QCOMPARE(m_window->session()->outbox().openCount(), 0);
    }

    void metaTabAddsEditsAndDeletes()
    {
        QVERIFY(m_window->selectMember(QStringLiteral("55")));
        showTab(QStringLiteral("Meta"));
        auto* tree = find<QTreeWidget>("metaTree");
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItemCount() == 1, 10000); // newsletter_subscribed (public)
        find<QPushButton>("metaAdd")->click();
        auto* dialog = m_window->findChild<MetaEntryDialog*>(QStringLiteral("metaEntryDialog"));
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no key yet
        dialog->findChild<QLineEdit*>(QStringLiteral("metaKey"))->setText(QStringLiteral("support_note"));
        dialog->findChild<QLineEdit*>(QStringLiteral("metaValue"))->setText(QStringLiteral("prefers phone"));
        QVERIFY(ok->isEnabled());
        dialog->accept();
        QTRY_COMPARE(tree->topLevelItemCount(), 2); // shown at once, from the cache
        QVERIFY(outboxSettles());
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("support_note"));
        QCOMPARE(tree->topLevelItem(1)->text(2), QStringLiteral("no"));
        // Deleting with the Delete button.
        tree->setCurrentItem(tree->topLevelItem(1));
        find<QPushButton>("metaDelete")->click();
        QTRY_COMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(outboxSettles());
        CrmCall* find = through<MemberMeta>(m_window->session()->backend(), [&](MemberMeta& f) {
            return f.findByMeta(QStringLiteral("support_note"));
        });
        QSignalSpy done(find, &CrmCall::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(find->value<QList<MetaMatch>>().isEmpty());
    }

    void newMemberChecksTheEmailAsYouType()
    {
        m_window->findChild<QAction*>(QStringLiteral("newMemberAction"))->trigger();
        auto* dialog = m_window->findChild<NewMemberDialog*>(QStringLiteral("newMemberDialog"));
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* email = dialog->findChild<QLineEdit*>(QStringLiteral("email"));
        QTest::keyClicks(email, QStringLiteral("admin@crm"));
        QCOMPARE(dialog->emailState(), QStringLiteral("invalid"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(email, QStringLiteral(".press"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->emailState(), QStringLiteral("taken"), 10000);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("emailStatus"))
                    ->text()
                    .contains(QStringLiteral("member 1")));
        email->setText(QStringLiteral("ui.new.member@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(dialog->emailState(), QStringLiteral("available"), 10000);
        QVERIFY(ok->isEnabled());
        dialog->findChild<QLineEdit*>(QStringLiteral("first_name"))->setText(QStringLiteral("Ui"));
        dialog->findChild<QLineEdit*>(QStringLiteral("last_name"))->setText(QStringLiteral("Member"));
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("password"))); // never a secret in the outbox
        dialog->accept();
        QVERIFY(outboxSettles());
        MemberQuery q;
        q.search = QStringLiteral("ui.new.member");
        QTRY_COMPARE(m_window->session()->cache()->countMembers(q), 1);
    }

    void confirmSendsOnceForTheSelectedMember()
    {
        QVERIFY(m_window->selectMember(QStringLiteral("3")));
        auto* confirm = m_window->findChild<QAction*>(QStringLiteral("confirmAction"));
        QVERIFY(confirm->isVisible() && confirm->isEnabled());
        confirm->trigger();
        QVERIFY(outboxSettles());
        QSqlQuery q(m_window->session()->cache()->database());
        QVERIFY(q.exec(
            QStringLiteral("SELECT state, payload FROM outbox WHERE op='member-confirm' AND member_id='3'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("done"));
        QVERIFY(q.value(1).toString().contains(QStringLiteral("idempotency_key")));
    }

    void metaSearchListsMembers()
    {
        m_window->findChild<QAction*>(QStringLiteral("findByMetaAction"))->trigger();
        auto* dialog = m_window->findChild<MetaSearchDialog*>(QStringLiteral("metaSearchDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("metaKey"))->setText(QStringLiteral("segment"));
        dialog->findChild<QLineEdit*>(QStringLiteral("metaValue"))->setText(QStringLiteral("vip"));
        QSignalSpy done(dialog, &MetaSearchDialog::searchFinished);
        dialog->search();
        QVERIFY(done.wait(10000));
        auto* results = dialog->findChild<QTableWidget*>(QStringLiteral("metaResults"));
        QCOMPARE(results->rowCount(), 600 / 11); // every 11th user has the private vip segment
        QCOMPARE(results->item(0, 0)->text(), QStringLiteral("11"));
        QVERIFY(results->item(0, 2)->text().endsWith(QStringLiteral("@crm.press")));
        // Opening a row selects that member in the main window.
        QSignalSpy chosen(dialog, &MetaSearchDialog::memberChosen);
        Q_EMIT results->cellActivated(0, 0);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(find<MemberDetailPanel>("memberDetail")->memberId(), QStringLiteral("11"));
        dialog->close();
    }

    void supportToolsKeepSecretsOutOfSight()
    {
        m_window->findChild<QAction*>(QStringLiteral("supportToolsAction"))->trigger();
        auto* dialog = m_window->findChild<SupportToolsDialog*>(QStringLiteral("supportToolsDialog"));
        QVERIFY(dialog);
        QSignalSpy work(dialog, &SupportToolsDialog::finishedWork);
        dialog->checkStaff();
        QVERIFY(work.wait(10000));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("staffResult"))
                    ->text()
                    .contains(QStringLiteral("superadmin")));
        dialog->findChild<QLineEdit*>(QStringLiteral("autologinToken"))
            ->setText(QStringLiteral("sandbox-autologin-token"));
        dialog->verifyToken();
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("autologinToken"))->text().isEmpty());
        QVERIFY(work.wait(10000));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("tokenResult"))
                    ->text()
                    .contains(QStringLiteral("member 2")));
        dialog->findChild<QLineEdit*>(QStringLiteral("deviceId"))->setText(QStringLiteral("ui-phone"));
        dialog->issueDeviceToken();
        QVERIFY(work.wait(10000));
        const QString said = dialog->findChild<QLabel*>(QStringLiteral("deviceResult"))->text();
        QVERIFY2(said.contains(QStringLiteral("keychain")), qPrintable(said));
        QVERIFY(!QRegularExpression(QStringLiteral("[0-9a-f]{32}")).match(said).hasMatch());
        dialog->close();
    }

    void everyTabAnswersToTheKeyboard()
    {
        // Every button on each tab of a member has an Alt+letter; menus, tabs and labels share none.
        QVERIFY(m_window->selectMember(QStringLiteral("1")));
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("memberTabs"));
        const QStringList problems = KeyboardAudit::problemsOnEachTab(m_window.get(), tabs);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        CrmCall* remove =
            m_credentials.remove(m_name, {QStringLiteral("api_token"), QStringLiteral("staff_password"),
                                          QStringLiteral("device_token")});
        QSignalSpy removed(remove, &CrmCall::finished);
        removed.wait(10000);
    }
};

QTEST_MAIN(TestRempUi)
#include "tst_remp_ui.moc"
