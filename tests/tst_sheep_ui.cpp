// The real main window on a SheepCRM profile, offscreen, against crm-sandbox --kind sheep: look-ups
// fill the cache, the Person and Memberships tabs show what SheepCRM keeps, linked members are added
// and removed within the allowance, and the person edit sends whole lists.
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "dialogs/accountbatchdialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/editpersondialog.h"
#include "dialogs/linkedmemberdialog.h"
#include "dialogs/lookupdialog.h"
#include "dialogs/newmemberdialog.h"
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
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace crm;

class TestSheepUi : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    QString m_name;
    QString m_james;

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
        QVERIFY(m_sandbox.start(200, {QStringLiteral("--kind"), QStringLiteral("sheep")}));
        m_name = QStringLiteral("sheep-ui-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        Profile p;
        p.name = m_name;
        p.kind = QStringLiteral("sheep");
        p.baseUrl = m_sandbox.url();
        p.options.insert(QStringLiteral("flock"), QStringLiteral("sandbox"));
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("3000"));
        m_window =
            WindowTest::openWindow(m_profiles.get(), &m_credentials, &m_nam, p,
                                   {{QStringLiteral("api_token"), QStringLiteral("sandbox-system-token")}});
        QVERIFY(m_window);
    }

    void startsEmptyAndShowsWhatSheepHas()
    {
        QCOMPARE(m_window->membersModel()->rowCount(), 0);
        QVERIFY(!WindowTest::tabShown(find<QTabWidget>("mainTabs"), QStringLiteral("Groups")));
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("lookupAction"))->isVisible());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("findByMetaAction"))->isVisible());
        QVERIFY(find<QLineEdit>("searchBox")->placeholderText().contains(QStringLiteral("Ctrl+L")));
    }

    void connectionDialogAsksForTheFlock()
    {
        ConnectionDialog dialog(&m_nam, {});
        Profile p;
        p.name = QStringLiteral("Club");
        p.kind = QStringLiteral("sheep");
        p.baseUrl = m_sandbox.url();
        dialog.setValues(p, {{QStringLiteral("api_token"), QStringLiteral("sandbox-system-token")}});
        QVERIFY(dialog.testResult().contains(QStringLiteral("flock")));
        dialog.findChild<QLineEdit*>(QStringLiteral("flock"))->setText(QStringLiteral("sandbox"));
        QCOMPARE(dialog.profile().options.value(QStringLiteral("flock")), QStringLiteral("sandbox"));
        QSignalSpy tested(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        QVERIFY(tested.wait(10000));
        QVERIFY2(dialog.testResult().contains(QStringLiteral("Reached SheepCRM")),
                 qPrintable(dialog.testResult()));
    }

    void lookUpManyAtOnce()
    {
        m_window->findChild<QAction*>(QStringLiteral("lookupAction"))->trigger();
        auto* dialog = m_window->findChild<LookupDialog*>(QStringLiteral("lookupDialog"));
        QVERIFY(dialog);
        dialog->setEmails(QStringLiteral("james@sheep.example\nno.account@sheep.example, not-an-address"));
        QSignalSpy done(dialog, &LookupDialog::lookupFinished);
        dialog->start();
        QVERIFY(done.wait(20000));
        auto* results = dialog->findChild<QTableWidget*>(QStringLiteral("lookupResults"));
        QCOMPARE(results->rowCount(), 3);
        QCOMPARE(results->item(0, 1)->text(), QStringLiteral("found"));
        QCOMPARE(results->item(1, 1)->text(), QStringLiteral("not found"));
        QCOMPARE(results->item(2, 1)->text(), QStringLiteral("not an e-mail address"));
        QCOMPARE(dialog->found().size(), 1);
        m_james = dialog->found().first();
        QTRY_COMPARE(m_window->membersModel()->rowCount(), 1);
        dialog->close();
    }

    void lookupTakesTheAddressesOutOfAnyText()
    {
        LookupDialog dialog(m_window->session());
        dialog.loadText(
            QStringLiteral("name,email\n\"Ann O'Neil\",ann@example.org\nBob <bob@example.org>; junk @ here"));
        QCOMPARE(dialog.findChild<QPlainTextEdit*>(QStringLiteral("lookupEmails"))->toPlainText(),
                 QStringLiteral("ann@example.org\nbob@example.org"));
    }

    void personTabShowsTheRecordAndStatus()
    {
        QVERIFY(m_window->selectMember(m_james));
        QVERIFY(tabShown(QStringLiteral("Person")));
        QVERIFY(tabShown(QStringLiteral("Memberships")));
        QVERIFY(!tabShown(QStringLiteral("Meta")));
        QVERIFY(!tabShown(QStringLiteral("Groups")));
        showTab(QStringLiteral("Person"));
        auto* person = find<QTreeWidget>("personTree");
        QCOMPARE(person->topLevelItem(0)->text(0), QStringLiteral("Account status"));
        QVERIFY(person->topLevelItem(0)->text(1).contains(QStringLiteral("active")));
        QVERIFY(find<QPushButton>("passwordReset")->isVisibleTo(m_window.get()));
    }

    void linkedMembersWithinTheAllowance()
    {
        showTab(QStringLiteral("Memberships"));
        auto* linked = find<QTreeWidget>("linkedTree");
        QCOMPARE(linked->topLevelItemCount(), 2);
        QVERIFY(find<QLabel>("linkedAllowance")->text().contains(QStringLiteral("2 of 3; 1 more allowed")));
        find<QPushButton>("linkedAdd")->click();
        auto* dialog = m_window->findChild<LinkedMemberDialog*>(QStringLiteral("linkedMemberDialog"));
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog->findChild<QLineEdit*>(QStringLiteral("firstName"))->setText(QStringLiteral("Ffion"));
        dialog->findChild<QLineEdit*>(QStringLiteral("lastName"))->setText(QStringLiteral("Jones"));
        dialog->findChild<QLineEdit*>(QStringLiteral("email"))
            ->setText(QStringLiteral("ffion@sheep.example"));
        QVERIFY(ok->isEnabled());
        dialog->accept();
        QVERIFY(outboxSettles());
        QTRY_COMPARE(linked->topLevelItemCount(), 3);
        // Full now: Add is off and says why.
        QVERIFY(!find<QPushButton>("linkedAdd")->isEnabled());
        QVERIFY(find<QLabel>("linkedAllowance")->text().contains(QStringLiteral("0 more allowed")));
        // Remove the new one with the button.
        linked->setCurrentItem(linked->topLevelItem(2));
        find<QPushButton>("linkedRemove")->click();
        QVERIFY(outboxSettles());
        QTRY_COMPARE(linked->topLevelItemCount(), 2);
        QVERIFY(find<QPushButton>("linkedAdd")->isEnabled());
    }

    void personEditSendsWholeLists()
    {
        const auto m = m_window->session()->cache()->member(m_james);
        EditPersonDialog dialog(*m);
        const QStringList before = dialog.tags();
        dialog.addTag(QStringLiteral("trustee"));
        dialog.removeTag(before.first());
        const QVariantMap changes = dialog.changes();
        QCOMPARE(changes.keys(), QStringList{QStringLiteral("tags")});
        QStringList expected = before.mid(1);
        expected.append(QStringLiteral("trustee"));
        QCOMPARE(changes.value(QStringLiteral("tags")).toStringList(), expected);
        QVERIFY(m_window->session()->outbox().recordUpdate(m_james, changes));
        m_window->session()->outboxRunner()->run();
        QVERIFY(outboxSettles());
        const auto after = m_window->session()->cache()->member(m_james);
        QJsonArray tags = after->raw.object()
                              .value(QLatin1String("person"))
                              .toObject()
                              .value(QLatin1String("tags"))
                              .toArray();
        QCOMPARE(tags.toVariantList().size(), expected.size());
        QCOMPARE(tags.last().toString(), QStringLiteral("trustee"));
    }

    void newMemberWithAListField()
    {
        m_window->findChild<QAction*>(QStringLiteral("newMemberAction"))->trigger();
        auto* dialog = m_window->findChild<NewMemberDialog*>(QStringLiteral("newMemberDialog"));
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("email"))
            ->setText(QStringLiteral("ui.new@sheep.example"));
        // SheepCRM cannot check an address beforehand: that is said, and Create stays possible.
        QCOMPARE(dialog->emailState(), QStringLiteral("unchecked"));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("emailStatus"))
                    ->text()
                    .contains(QStringLiteral("refused")));
        dialog->findChild<QLineEdit*>(QStringLiteral("first_name"))->setText(QStringLiteral("Ui"));
        dialog->findChild<QLineEdit*>(QStringLiteral("tags"))->setText(QStringLiteral("new, volunteer"));
        QCOMPARE(dialog->values().value(QStringLiteral("tags")).toStringList(),
                 (QStringList{QStringLiteral("new"), QStringLiteral("volunteer")}));
        dialog->accept();
        QVERIFY(outboxSettles());
        MemberQuery q;
        q.search = QStringLiteral("ui.new");
        QTRY_COMPARE(m_window->session()->cache()->countMembers(q), 1);
        const QString id = m_window->session()->cache()->members(q, 0, 1).first().id;
        const QJsonArray tags = m_window->session()
                                    ->cache()
                                    ->member(id)
                                    ->raw.object()
                                    .value(QLatin1String("person"))
                                    .toObject()
                                    .value(QLatin1String("tags"))
                                    .toArray();
        QCOMPARE(tags, (QJsonArray{QStringLiteral("new"), QStringLiteral("volunteer")}));
    }

    void passwordResetSaysItIsSent()
    {
        QVERIFY(m_window->selectMember(m_james));
        m_window->findChild<QAction*>(QStringLiteral("passwordResetAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("password reset")), 10000);
    }

    void accountsForLinkedPeopleFromTheToolsMenu()
    {
        QVERIFY(m_window->selectMember(m_james));
        auto* action = m_window->findChild<QAction*>(QStringLiteral("accountsAction"));
        QVERIFY(action->isVisible());
        action->trigger();
        auto* dialog = m_window->findChild<AccountBatchDialog*>();
        QVERIFY(dialog);
        auto* list = dialog->findChild<QPlainTextEdit*>(QStringLiteral("accountAddresses"));
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("accountBatchTable"));
        auto* status = dialog->findChild<QLabel*>(QStringLiteral("accountBatchStatus"));
        auto* create = dialog->findChild<QPushButton*>(QStringLiteral("createAccounts"));
        QVERIFY(!list->accessibleName().isEmpty() && !table->accessibleName().isEmpty());
        // James's two linked people are listed; nothing can be created before the check.
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("linked to")));
        QVERIFY(!create->isEnabled());
        list->appendPlainText(QStringLiteral("no.account@sheep.example, No, Account\njames@sheep.example"));
        QTRY_COMPARE(table->rowCount(), 4);
        // The check, from the keyboard.
        dialog->show();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), 15000);
        QVERIFY2(status->text().contains(QStringLiteral("Gets an account: 3")), qPrintable(status->text()));
        QCOMPARE(table->item(3, 2)->text(), QStringLiteral("Has an account"));
        QVERIFY2(create->text().startsWith(QStringLiteral("&Create 3 account")), qPrintable(create->text()));
        dialog->findChild<QCheckBox*>(QStringLiteral("welcomeEmail"))->setChecked(false);
        QSignalSpy created(dialog, &AccountBatchDialog::accountsCreated);
        const qint64 before = m_window->membersModel()->rowCount();
        const auto mailed = [this] {
            return m_sandbox.control(QStringLiteral("/_sandbox/mail"))
                .value(QLatin1String("mail"))
                .toArray()
                .size();
        };
        const auto mailedBefore = mailed();
        create->click();
        QVERIFY(created.wait(15000));
        QVERIFY2(status->text().contains(QStringLiteral("Account created: 3")), qPrintable(status->text()));
        QVERIFY(!create->isEnabled());
        QCOMPARE(mailed(), mailedBefore);
        // The new accounts are members in the list now.
        QTRY_COMPARE(m_window->membersModel()->rowCount(), before + 3);
        // The report is the table, saved whole.
        const QString report = m_dir.filePath(QStringLiteral("accounts.csv"));
        QVERIFY(dialog->saveReport(report));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains(",no.account@sheep.example,No,Account,,created,preregistered,"));
        // One more typed in and checked at once: the list is read first; the earlier ones have accounts now.
        list->appendPlainText(QStringLiteral("one.more@sheep.example"));
        auto* check = dialog->findChild<QPushButton*>(QStringLiteral("checkAccounts"));
        QVERIFY(check->isEnabled());
        QVERIFY(!create->isEnabled());
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Gets an account: 1")), 15000);
        QVERIFY2(status->text().contains(QStringLiteral("Has an account: 4")), qPrintable(status->text()));
        dialog->reject();
    }

    void everyTabAnswersToTheKeyboard()
    {
        // Every button on each tab of a member has an Alt+letter; menus, tabs and labels share none.
        QVERIFY(m_window->selectMember(m_james));
        auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("memberTabs"));
        const QStringList problems = KeyboardAudit::problemsOnEachTab(m_window.get(), tabs);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        CrmCall* remove = m_credentials.remove(m_name, {QStringLiteral("api_token")});
        QSignalSpy removed(remove, &CrmCall::finished);
        removed.wait(10000);
    }
};

QTEST_MAIN(TestSheepUi)
#include "tst_sheep_ui.moc"
