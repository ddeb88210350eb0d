// Every dialog and the main window, offscreen, as a keyboard user meets them: Tab walks the controls
// in reading order, every button answers to an Alt+letter and no two controls on show share one; a
// screen reader finds a name for every control. Run once in each language (CRM_TEST_LANGUAGE): then
// every text the window asks for must be in that language's catalogue.
#include "accessibilityaudit.h"
#include "applanguage.h"
#include "appversion.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/accountbatchdialog.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/actiondialog.h"
#include "dialogs/addressdialog.h"
#include "dialogs/bulkeditdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/editmemberdialog.h"
#include "dialogs/editpersondialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/grouplistdialog.h"
#include "dialogs/grouppickerdialog.h"
#include "dialogs/linkedmemberdialog.h"
#include "dialogs/lookupdialog.h"
#include "dialogs/metaentrydialog.h"
#include "dialogs/metasearchdialog.h"
#include "dialogs/newmemberdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/signedinuserdialog.h"
#include "dialogs/signindialog.h"
#include "dialogs/supporttoolsdialog.h"
#include "dialogs/trashdialog.h"
#include "import/importwizard.h"
#include "keyboardaudit.h"
#include "mnemonickeeper.h"
#include "models/memberstablemodel.h"
#include "sandboxprocess.h"
#include "session/memberverbs.h"
#include "untranslatedwatch.h"
#include "widgets/contactrecordtab.h"
#include "widgets/memberdetailpanel.h"
#include "widgets/partlist.h"
#include "widgets/sectioneditor.h"
#include "windowhelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace crm;

class TestKeyboard : public QObject {
    Q_OBJECT

    const QString m_language = qEnvironmentVariable("CRM_TEST_LANGUAGE", QStringLiteral("en"));
    std::unique_ptr<AppLanguage> m_speaking;
    std::unique_ptr<UntranslatedWatch> m_untranslated;
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;

    ProfileSession* session() const { return m_window->session(); }

    Member someMember() const { return *session()->cache()->member(m_window->membersModel()->memberId(0)); }

    /// Shows window as the user would meet it and fails with every problem found.
    void audit(QWidget* window, const QString& what)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QStringList problems = KeyboardAudit::mnemonicProblems(window) +
                               KeyboardAudit::tabOrderProblems(window) + AccessibilityAudit::problems(window);
        if (qEnvironmentVariableIsSet("CRM_KEYBOARD_SHOTS"))
            window->grab().save(qEnvironmentVariable("CRM_KEYBOARD_SHOTS") + QLatin1Char('/') +
                                QString(what).replace(QLatin1Char(' '), QLatin1Char('-')) +
                                QStringLiteral(".png"));
        window->hide();
        for (const QString& p : problems)
            qWarning("%s: %s", qPrintable(what), qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(what));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CRM_CONSOLE_NO_DIALOGS", "1");
        m_speaking = std::make_unique<AppLanguage>(m_language);
        QCOMPARE(m_speaking->code(), m_language);
        if (m_language != QLatin1String("en")) {
            m_untranslated = std::make_unique<UntranslatedWatch>(m_language);
            QVERIFY(m_untranslated->loaded());
        }
        QVERIFY(m_sandbox.start(300));
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        Profile p;
        p.name = QStringLiteral("kb-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        p.kind = QStringLiteral("civicrm");
        p.baseUrl = m_sandbox.url();
        m_window = WindowTest::openWindow(m_profiles.get(), &m_credentials, &m_nam, p,
                                          {{QStringLiteral("api_key"), SandboxProcess::apiKey()},
                                           {QStringLiteral("site_key"), SandboxProcess::siteKey()}});
        QVERIFY(m_window);
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->startSync();
        QVERIFY(synced.wait(60000));
        QTRY_VERIFY(m_window->membersModel()->rowCount() > 0);
    }

    void cleanupTestCase()
    {
        if (!m_window)
            return;
        const QString name = session()->profile().name;
        m_window.reset();
        CrmCall* rm = m_credentials.remove(name, {QStringLiteral("api_key"), QStringLiteral("site_key")});
        QSignalSpy done(rm, &CrmCall::finished);
        done.wait(10000);
    }

    void mainWindow()
    {
        // Every tab of the member on show, then the window's other tabs.
        WindowTest::find<QTableView>(m_window.get(), "memberTable")->selectRow(0);
        auto* tabs = WindowTest::find<QTabWidget>(m_window.get(), "memberTabs");
        QStringList problems = KeyboardAudit::problemsOnEachTab(m_window.get(), tabs);
        // Each section of the contact record being edited.
        ContactRecordTab* contact = m_window->findChild<MemberDetailPanel*>()->contactTab();
        tabs->setCurrentWidget(contact);
        const auto whileEditing = [&](const QString& what, const std::function<void()>& open) {
            open();
            for (const QString& p : KeyboardAudit::mnemonicProblems(m_window.get()) +
                                        AccessibilityAudit::problems(m_window.get()))
                problems << what + QStringLiteral(": ") + p;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        };
        whileEditing(QStringLiteral("editing details"), [contact] { contact->details()->edit(); });
        whileEditing(QStringLiteral("editing preferences"), [contact] { contact->preferences()->edit(); });
        for (PartKind kind : {PartKind::Phone, PartKind::Email, PartKind::Address})
            whileEditing(QStringLiteral("adding ") + partKindName(kind),
                         [contact, kind] { contact->parts(kind)->edit({}, {}); });
        // The record's tabs without the mouse: Ctrl+Tab from within one goes to the next.
        contact->details()->setFocus();
        const int on = tabs->currentIndex();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(tabs->currentIndex() != on);
        tabs->setCurrentIndex(0);
        for (int i : {1, 2, 0}) {
            m_window->showTab(i);
            for (const QString& p : KeyboardAudit::mnemonicProblems(m_window.get()) +
                                        AccessibilityAudit::problems(m_window.get()))
                problems << QStringLiteral("main tab %1: ").arg(i) + p;
        }
        problems += AccessibilityAudit::problems(m_window.get());
        problems.removeDuplicates();
        for (const QString& p : problems)
            qWarning("%s", qPrintable(p));
        QVERIFY(problems.isEmpty());
    }

    void memberDialogs()
    {
        const Member m = someMember();
        EditMemberDialog edit(m, m_window.get());
        audit(&edit, QStringLiteral("Edit member"));
        EditPersonDialog person(m, m_window.get());
        audit(&person, QStringLiteral("Edit person"));
        BulkEditDialog bulk(
            {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email")}, 3,
            m_window.get());
        audit(&bulk, QStringLiteral("Bulk edit"));
        const QList<Group> groups = session()->cache()->groups();
        GroupPickerDialog picker(groups, QStringLiteral("Add to group"), 2, m_window.get());
        audit(&picker, QStringLiteral("Group picker"));
        GroupListDialog list(groups, m_window.get());
        audit(&list, QStringLiteral("Group list"));
        NewMemberDialog created({QStringLiteral("first_name"), QStringLiteral("last_name")}, {},
                                &session()->verbs(), {}, m_window.get());
        audit(&created, QStringLiteral("New member"));
        ActionDialog action(m, QJsonObject{{QStringLiteral("email"), m.email}}, m_window.get());
        audit(&action, QStringLiteral("Record action"));
        MetaEntryDialog meta(MetaEntry{QStringLiteral("tier"), QStringLiteral("gold"), false},
                             m_window.get());
        audit(&meta, QStringLiteral("Meta entry"));
        Membership ms;
        ms.id = QStringLiteral("m1");
        ms.type = QStringLiteral("Family");
        ms.maxLinked = 3;
        LinkedMemberDialog linked(ms, m_window.get());
        audit(&linked, QStringLiteral("Linked member"));
        const QStringList types{QStringLiteral("Home"), QStringLiteral("Work")};
        const QStringList fields{QStringLiteral("street_address"), QStringLiteral("city"),
                                 QStringLiteral("postal_code")};
        TrashDialog trashed({{m.id, m.displayName, QStringLiteral("6 Dec 2026 10:00")}}, m_window.get());
        audit(&trashed, QStringLiteral("Restore from trash"));
        TrashDialog noneTrashed({}, m_window.get());
        audit(&noneTrashed, QStringLiteral("Restore from trash, none listed"));
        AddressDialog add(AddressDialog::Mode::Add, types, fields, m.addresses, {}, m_window.get());
        audit(&add, QStringLiteral("Add address"));
        AddressDialog change(AddressDialog::Mode::RequestChange, types, fields, m.addresses,
                             QStringLiteral("Home"), m_window.get());
        audit(&change, QStringLiteral("Request address change"));
    }

    void outboxAndTransferDialogs()
    {
        const Member m = someMember();
        OutboxEntry e;
        e.op = OutboxEntry::Op::Update;
        e.state = OutboxEntry::State::Conflict;
        e.memberId = m.id;
        e.fields = {{QStringLiteral("first_name"), QStringLiteral("Mine")},
                    {QStringLiteral("job_title"), QStringLiteral("Mine too")}};
        e.prior = {{QStringLiteral("first_name"), m.firstName}, {QStringLiteral("job_title"), QString()}};
        e.serverSnapshot = {{QStringLiteral("first_name"), QStringLiteral("Theirs")}};
        ConflictDialog conflict(e, {}, m_window.get());
        audit(&conflict, QStringLiteral("Conflict"));
        ExportDialog exporter(session()->profile(), 100, 2, m_window.get());
        audit(&exporter, QStringLiteral("Export"));
        AccountPlan::Row row;
        row.memberId = m.id;
        row.email = m.email;
        row.firstName = m.firstName;
        row.lastName = m.lastName;
        row.userName = m.firstName.toLower();
        AccountsDialog accounts({row}, m_window.get());
        audit(&accounts, QStringLiteral("Accounts"));
        AccountBatchDialog batch(session(), {}, m_window.get());
        audit(&batch, QStringLiteral("Account batch"));
        // The import, page by page up to the dry run.
        const QString csv = m_dir.filePath(QStringLiteral("people.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("E-mail;First name;Last name\r\nnew.one@import.example;New;One\r\n");
        f.close();
        ImportWizard wizard(session(), m_window.get());
        QVERIFY(wizard.openFile(csv));
        for (int page = ImportWizard::FilePage; page <= ImportWizard::PreviewPage; ++page) {
            audit(&wizard, QStringLiteral("Import, page %1").arg(page + 1));
            QCOMPARE(wizard.currentId(), page);
            wizard.next();
        }
    }

    // Help: the version where a person looks for it, and every shortcut the window has, from its actions.
    void helpDialogs()
    {
        AboutDialog about(m_window.get());
        audit(&about, QStringLiteral("About"));
        const QString text = WindowTest::find<QLabel>(&about, "aboutText")->text();
        QVERIFY(text.contains(QStringLiteral("CRM Console %1").arg(QString::fromLatin1(AppVersion))));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));

        ShortcutsDialog shortcuts(m_window->findChildren<QAction*>(), m_window.get());
        audit(&shortcuts, QStringLiteral("Keyboard shortcuts"));
        auto* table = WindowTest::find<QTableWidget>(&shortcuts, "shortcutsTable");
        QMap<QString, QString> keys;
        for (int r = 0; r < table->rowCount(); ++r)
            keys.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
        // Rows are named as the menus name the actions, in the window's language.
        const auto keysOf = [&](const char* action) {
            QString name = WindowTest::find<QAction>(m_window.get(), action)->text();
            return keys.value(name.remove(QRegularExpression(QStringLiteral("&(?!&)"))));
        };
        QCOMPARE(keysOf("quitAction"), QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText));
        QVERIFY(keysOf("fullSyncAction").endsWith(QStringLiteral("+F5")));
        QCOMPARE(keysOf("shortcutsAction"), QStringLiteral("F1"));
        QVERIFY(keysOf("findAction").contains(QStringLiteral("+F")));
    }

    void connectionAndSignInDialogs()
    {
        // The connection dialog for each kind of CRM, whose rows differ.
        ConnectionDialog connection(&m_nam, {}, m_window.get());
        auto* kinds = WindowTest::find<QComboBox>(&connection, "kind");
        for (int i = 0; i < kinds->count(); ++i) {
            kinds->setCurrentIndex(i);
            audit(&connection, QStringLiteral("Connection to ") + kinds->currentText());
        }
        SignInDialog signIn(QStringLiteral("crm.example.org"), m_window.get());
        audit(&signIn, QStringLiteral("Sign in"));
        SignedInUser user;
        user.sub = QStringLiteral("7");
        user.email = QStringLiteral("staff@example.org");
        user.name = QStringLiteral("Sam Staff");
        SignedInUserDialog signedIn(user, m_window.get());
        audit(&signedIn, QStringLiteral("Signed-in user"));
        SupportToolsDialog tools(session(), m_window.get());
        audit(&tools, QStringLiteral("Support tools"));
        LookupDialog lookup(session(), m_window.get());
        audit(&lookup, QStringLiteral("Look up"));
        MetaSearchDialog metaSearch(session(), m_window.get());
        audit(&metaSearch, QStringLiteral("Meta search"));
    }

    void messageBoxButtonsAnswerToAltLetters()
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Discard"), QStringLiteral("Discard the edit?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window.get());
        audit(&box, QStringLiteral("Message box"));
    }

    // Run last: every text asked for so far, in every window and dialog above, was in the language's
    // catalogue; and the window shows a few words a speaker of it would look for.
    void everyTextIsInTheLanguage()
    {
        const QMap<QString, QStringList> words{
            {QStringLiteral("en"),
             {QStringLiteral("&File"), QStringLiteral("&Help"), QStringLiteral("Mem&bers")}},
            {QStringLiteral("de"),
             {QStringLiteral("&Datei"), QStringLiteral("&Hilfe"), QStringLiteral("Mi&tglieder")}},
            {QStringLiteral("sk"),
             {QStringLiteral("&S\u00FAbor"), QStringLiteral("Pomo&cn\u00EDk"),
              QStringLiteral("\u010Cleno&via")}}};
        QStringList menus;
        for (QAction* a : m_window->menuBar()->actions())
            menus << a->text();
        const auto* tabs = WindowTest::find<QTabWidget>(m_window.get(), "mainTabs");
        QVERIFY2(menus.contains(words[m_language].at(0)), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY2(menus.contains(words[m_language].at(1)), qPrintable(menus.join(QLatin1Char(' '))));
        QCOMPARE(tabs->tabText(0), words[m_language].at(2));
        if (!m_untranslated)
            return;
        QVERIFY(m_untranslated->asked() > 300);
        for (const QString& miss : m_untranslated->misses())
            qWarning("not in the %s catalogue: %s", qPrintable(m_language), qPrintable(miss));
        QVERIFY(m_untranslated->misses().isEmpty());
    }

    void keeperPicksAFreeLetter()
    {
        QCOMPARE(MnemonicKeeper::withMnemonic(QStringLiteral("Cancel"), QStringLiteral("c")),
                 QStringLiteral("C&ancel"));
        QCOMPARE(MnemonicKeeper::withMnemonic(QStringLiteral("Send now"), QStringLiteral("s")),
                 QStringLiteral("Send &now"));
        QCOMPARE(MnemonicKeeper::withMnemonic(QStringLiteral("&OK"), QStringLiteral("o")),
                 QStringLiteral("&OK"));
        QCOMPARE(MnemonicKeeper::withMnemonic(QStringLiteral("Q && A"), QString()),
                 QStringLiteral("&Q && A"));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
