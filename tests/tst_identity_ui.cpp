// The real main window on an Identity profile, offscreen, against crm-sandbox --kind identity: a member
// looked up shows its profile (consents, employment, actions), and the action dialog builds the whole
// payload, which goes through the outbox and comes back as the member's new consent and action.
#include "backends/crmbackend.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "dialogs/actiondialog.h"
#include "dialogs/lookupdialog.h"
#include "keyboardaudit.h"
#include "mainwindow.h"
#include "models/memberstablemodel.h"
#include "net/crmcall.h"
#include "profiles/profilestore.h"
#include "sandboxprocess.h"
#include "session/profilesession.h"
#include "widgets/memberdetailpanel.h"
#include "windowhelpers.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace crm;

class TestIdentityUi : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    QString m_name;
    QString m_joe;

    template <class T> T* find(const char* name) const { return WindowTest::find<T>(m_window.get(), name); }
    QTabWidget* tabs() const { return find<QTabWidget>("memberTabs"); }

    QTreeWidgetItem* profileRow(const QString& label) const
    {
        auto* tree = find<QTreeWidget>("profileTree");
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0) == label)
                return tree->topLevelItem(i);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CRM_CONSOLE_NO_DIALOGS", "1");
        qRegisterMetaType<CrmError>();
        QVERIFY(m_sandbox.start(30, {QStringLiteral("--kind"), QStringLiteral("identity")}));
        m_name = QStringLiteral("identity-ui-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        Profile p;
        p.name = m_name;
        p.kind = QStringLiteral("identity");
        p.baseUrl = m_sandbox.url();
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("3000"));
        m_window =
            WindowTest::openWindow(m_profiles.get(), &m_credentials, &m_nam, p,
                                   {{QStringLiteral("api_token"), QStringLiteral("sandbox-identity-token")}});
        QVERIFY(m_window);
    }

    void lookUpShowsTheProfile()
    {
        m_window->findChild<QAction*>(QStringLiteral("lookupAction"))->trigger();
        auto* dialog = m_window->findChild<LookupDialog*>(QStringLiteral("lookupDialog"));
        dialog->setEmails(QStringLiteral("joe@bloggs.example nobody@identity.example"));
        QSignalSpy done(dialog, &LookupDialog::lookupFinished);
        dialog->start();
        QVERIFY(done.wait(20000));
        QCOMPARE(dialog->found().size(), 1);
        m_joe = dialog->found().first();
        dialog->close();
        QTRY_VERIFY(m_window->selectMember(m_joe));
        QVERIFY(WindowTest::tabShown(tabs(), QStringLiteral("Profile")));
        QVERIFY(!WindowTest::tabShown(tabs(), QStringLiteral("Person")));
        QVERIFY(!WindowTest::tabShown(tabs(), QStringLiteral("Memberships")));
        QVERIFY(!WindowTest::tabShown(find<QTabWidget>("mainTabs"), QStringLiteral("Groups")));
        WindowTest::showTab(tabs(), QStringLiteral("Profile"));
        // Plural forms come from the app's catalogue, which tests do not load: compare the count.
        QVERIFY(profileRow(QStringLiteral("Consents"))->text(1).startsWith(QStringLiteral("1 consent")));
        QCOMPARE(profileRow(QStringLiteral("Employment"))->child(1)->text(1), QStringLiteral("Education"));
        QVERIFY(profileRow(QStringLiteral("Actions"))->text(1).startsWith(QStringLiteral("0 action")));
    }

    void actionDialogBuildsThePayload()
    {
        m_window->findChild<QAction*>(QStringLiteral("recordActionAction"))->trigger();
        auto* dialog = m_window->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(dialog);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // type, technical type and name first
        dialog->findChild<QLineEdit*>(QStringLiteral("actionType"))->setText(QStringLiteral("petition"));
        dialog->findChild<QLineEdit*>(QStringLiteral("technicalType"))
            ->setText(QStringLiteral("crm-console:petition"));
        dialog->findChild<QLineEdit*>(QStringLiteral("actionName"))->setText(QStringLiteral("Save the bees"));
        dialog->findChild<QLineEdit*>(QStringLiteral("campaign"))->setText(QStringLiteral("bees"));
        dialog->addConsent(QStringLiteral("email_opt_in_consent_20180525"), QStringLiteral("explicit_opt_in"),
                           QStringLiteral("radio_buttons"));
        dialog->addMetadata(QStringLiteral("agent"), QStringLiteral("desk 4"));
        QVERIFY(ok->isEnabled());
        // A broken cons_hash is refused before anything is recorded.
        auto* cons = dialog->findChild<QPlainTextEdit*>(QStringLiteral("consHash"));
        const QString was = cons->toPlainText();
        cons->setPlainText(QStringLiteral("{ broken"));
        QVERIFY(!ok->isEnabled());
        cons->setPlainText(was);
        const QJsonObject p = dialog->payload();
        QCOMPARE(p.value(QLatin1String("external_id")).toString(), QStringLiteral("Save the bees"));
        QCOMPARE(p.value(QLatin1String("cons_hash")).toObject().value(QLatin1String("guid")).toString(),
                 m_joe);
        QCOMPARE(p.value(QLatin1String("consents"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("consent_level"))
                     .toString(),
                 QStringLiteral("explicit_opt_in"));
        QCOMPARE(p.value(QLatin1String("source")).toObject().value(QLatin1String("campaign")).toString(),
                 QStringLiteral("bees"));
        QCOMPARE(p.value(QLatin1String("metadata")).toObject().value(QLatin1String("agent")).toString(),
                 QStringLiteral("desk 4"));
        QVERIFY(!p.contains(QLatin1String("api_token"))); // the backend adds it
        dialog->accept();
        QVERIFY(WindowTest::outboxSettles(m_window->session()));
        QTRY_VERIFY(profileRow(QStringLiteral("Actions"))->text(1).startsWith(QStringLiteral("1 action")));
        QVERIFY(profileRow(QStringLiteral("Consents"))->text(1).startsWith(QStringLiteral("2 consent")));
    }

    void everyTabAnswersToTheKeyboard()
    {
        // Every button on each tab of a member has an Alt+letter; menus, tabs and labels share none.
        QVERIFY(m_window->selectMember(m_joe));
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

QTEST_MAIN(TestIdentityUi)
#include "tst_identity_ui.moc"
