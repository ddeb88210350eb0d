// The real main window, offscreen, against the sandbox: typing filters, the edit dialog validates,
// Cancel stops a sync, the offline banner shows, and every model passes QAbstractItemModelTester.
#include "applanguage.h"
#include "autosync.h"
#include "cache/cache.h"
#include "credentials/credentialstore.h"
#include "dialogs/bulkeditdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/editmemberdialog.h"
#include "dialogs/grouppickerdialog.h"
#include "mainwindow.h"
#include "memberrecordactions.h"
#include "models/groupstablemodel.h"
#include "models/memberstablemodel.h"
#include "net/crmcall.h"
#include "profiles/profilestore.h"
#include "sandboxprocess.h"
#include "session/memberverbs.h"
#include "session/profilesession.h"
#include "widgets/contactrecordtab.h"
#include "widgets/historytab.h"
#include "widgets/memberdetailpanel.h"
#include "widgets/partlist.h"
#include "widgets/sectioneditor.h"
#include "windowhelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUuid>

using namespace crm;

class TestUi : public QObject {
    Q_OBJECT

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    CredentialStore m_credentials{QStringLiteral("crm-console-test")};
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
    QString m_name;

    template <class T> T* find(const char* name) const
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    /// The record the CRM holds now (entity by id), as another user would read it; extra narrows the get.
    QJsonObject held(const QString& entity, qint64 id, const QJsonObject& extra = {})
    {
        QJsonObject params = extra;
        params.insert(QStringLiteral("id"), id);
        params.insert(QStringLiteral("sequential"), 1);
        return m_sandbox.call(entity, QStringLiteral("get"), params)
            .value(QLatin1String("values"))
            .toArray()
            .first()
            .toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CRM_CONSOLE_NO_DIALOGS", "1");
        qRegisterMetaType<CrmError>();
        QVERIFY(m_sandbox.start(3000));
        m_name = QStringLiteral("ui-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        Profile p;
        p.name = m_name;
        p.kind = QStringLiteral("civicrm");
        p.baseUrl = m_sandbox.url();
        p.options.insert(QStringLiteral("custom_23"), QStringLiteral("Regional scope"));
        p.options.insert(QStringLiteral("timeout_ms"), QStringLiteral("6000"));
        m_profiles->save(p);
        CrmCall* write =
            m_credentials.write(m_name, {{QStringLiteral("api_key"), SandboxProcess::apiKey()},
                                         {QStringLiteral("site_key"), SandboxProcess::siteKey()}});
        QSignalSpy written(write, &CrmCall::finished);
        QVERIFY(written.wait(20000));

        m_window = std::make_unique<MainWindow>(m_profiles.get(), &m_credentials, &m_nam);
        new QAbstractItemModelTester(m_window->membersModel(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
        new QAbstractItemModelTester(find<QTableView>("groupTable")->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openProfile(m_name);
        QSignalSpy synced(m_window.get(), &MainWindow::syncFinished);
        m_window->startSync();
        QVERIFY(synced.wait(60000));
        QVERIFY(!synced.first().first().value<CrmError>());
    }

    void tableShowsTheCache()
    {
        const int expected = 3000 - 3000 / 47;
        QCOMPARE(m_window->membersModel()->rowCount(), expected);
        QVERIFY(find<QLabel>("memberCount")->text().contains(QString::number(expected)));
        QVERIFY(find<QLabel>("lastSync")->text().startsWith(QStringLiteral("Last sync")));
        QVERIFY(find<QLabel>("onlineStatus")->text().contains(QStringLiteral("Online")));
        // Sorting by a header goes to SQL and keeps every row.
        auto* view = find<QTableView>("memberTable");
        view->sortByColumn(MembersTableModel::Email, Qt::DescendingOrder);
        QCOMPARE(m_window->membersModel()->rowCount(), expected);
        const QString top = m_window->membersModel()->index(0, MembersTableModel::Email).data().toString();
        const QString next = m_window->membersModel()->index(1, MembersTableModel::Email).data().toString();
        QVERIFY(top.compare(next, Qt::CaseInsensitive) >= 0);
        view->sortByColumn(MembersTableModel::DisplayName, Qt::AscendingOrder);
    }

    void tabsFollowTheCrmsCapabilities()
    {
        // CiviCRM keeps the record in parts (the Contact tab: names, preferences, phones, e-mails,
        // addresses), notes and groups, but no user meta and no address book calls.
        auto* tabs = find<QTabWidget>("memberTabs");
        QStringList shown;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->isTabVisible(i))
                shown.append(tabs->tabText(i).remove(QLatin1Char('&')));
        QCOMPARE(shown, (QStringList{QStringLiteral("Details"), QStringLiteral("Contact"),
                                     QStringLiteral("Groups"), QStringLiteral("Notes"),
                                     QStringLiteral("History"), QStringLiteral("Raw fields")}));
        // CiviCRM creates contacts (Contact.create), so New member is there.
        QVERIFY(m_window->findChild<QAction*>(QStringLiteral("newMemberAction"))->isVisible());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("findByMetaAction"))->isVisible());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("supportToolsAction"))->isVisible());
        QVERIFY(find<QPushButton>("addAddress")->parentWidget()->isHidden()); // no address book calls
    }

    void typingInSearchFiltersTheTable()
    {
        auto* search = find<QLineEdit>("searchBox");
        const int all = m_window->membersModel()->rowCount();
        QTest::keyClicks(search, QStringLiteral("o'bri"));
        QTRY_VERIFY(m_window->membersModel()->rowCount() < all);
        MembersTableModel* model = m_window->membersModel();
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < std::min(model->rowCount(), 50); ++r)
            QCOMPARE(model->index(r, MembersTableModel::LastName).data().toString(),
                     QStringLiteral("O'Brien"));
        // Selecting a row shows the member, addresses with the custom field under its label.
        find<QTableView>("memberTable")->selectRow(0);
        QVERIFY(find<QLabel>("memberTitle")->text().contains(QStringLiteral("O'Brien")));
        search->clear();
        QTRY_COMPARE(m_window->membersModel()->rowCount(), all);
        QTest::keyClicks(search, QStringLiteral("zzzzqx"));
        QTRY_COMPARE(m_window->membersModel()->rowCount(), 0);
        search->clear();
        QTRY_COMPARE(m_window->membersModel()->rowCount(), all);
    }

    void keyboardNeverEditsTheWrongMember()
    {
        auto* table = find<QTableView>("memberTable");
        auto* search = find<QLineEdit>("searchBox");
        // Down from the search box enters the list on its first row.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(table->hasFocus());
        QCOMPARE(table->currentIndex().row(), 0);
        // Arrows move within the table; Tab leaves it and the chosen row stays chosen.
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 2);
        const QString chosen = m_window->membersModel()->memberId(2);
        QTest::keyClick(table, Qt::Key_Tab);
        QVERIFY(!table->hasFocus());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(m_window->membersModel()->memberId(table->selectionModel()->selectedRows().first().row()),
                 chosen);
        // Alt+letter in a masked key field types nothing.
        ConnectionDialog dialog(&m_nam, {});
        auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("api_key"));
        QVERIFY(key);
        QTest::keyClick(key, Qt::Key_S, Qt::AltModifier);
        QTest::keyClick(key, Qt::Key_K, Qt::AltModifier);
        QCOMPARE(key->text(), QString());
        QTest::keyClicks(key, QStringLiteral("ab"));
        QCOMPARE(key->text(), QStringLiteral("ab"));
        // Tab follows the form from top to bottom, the keys before the buttons.
        QStringList chain;
        QWidget* w = dialog.findChild<QLineEdit*>(QStringLiteral("name"));
        for (int i = 0; i < 40 && w; ++i, w = w->nextInFocusChain())
            if (w->focusPolicy() & Qt::TabFocus && !w->objectName().isEmpty() &&
                !chain.contains(w->objectName()))
                chain.append(w->objectName());
        for (const char* field : {"url", "api_key", "site_key", "customFields"})
            QVERIFY2(chain.indexOf(QLatin1String(field)) >= 0 &&
                         chain.indexOf(QLatin1String(field)) < chain.indexOf(QStringLiteral("testButton")),
                     qPrintable(chain.join(QStringLiteral(" > "))));
        QVERIFY(chain.indexOf(QStringLiteral("api_key")) < chain.indexOf(QStringLiteral("customFields")));
    }

    void contactRecordEditedInPlaceWithTheKeyboard()
    {
        // The first member of the list that has a phone (two in three do).
        auto* table = find<QTableView>("memberTable");
        MemberDetailPanel* panel = find<MemberDetailPanel>("memberDetail");
        ProfileSession* s = m_window->session();
        QString id;
        for (int row = 0; row < 20 && id.isEmpty(); ++row) {
            const auto m = s->cache()->member(m_window->membersModel()->memberId(row));
            if (m && !m->phones.isEmpty()) {
                table->selectRow(row);
                id = m->id;
            }
        }
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE(panel->memberId(), id);
        auto* tabs = panel->tabs();
        QVERIFY(WindowTest::tabShown(tabs, QStringLiteral("Contact")));
        QVERIFY(WindowTest::tabShown(tabs, QStringLiteral("History")));
        QVERIFY(WindowTest::tabShown(tabs, QStringLiteral("Notes")));
        tabs->setCurrentWidget(panel->contactTab());
        const Member before = *s->cache()->member(id);

        // The phone list: Enter opens the editor on the selected phone, filled, names not ids.
        PartList* phones = panel->contactTab()->parts(PartKind::Phone);
        phones->list()->setFocus();
        phones->list()->setCurrentItem(phones->list()->topLevelItem(0));
        QTest::keyClick(phones->list(), Qt::Key_F2);
        QVERIFY(phones->editor()->isEditing());
        auto* number = phones->editor()->findChild<QLineEdit*>(QStringLiteral("edit_phone"));
        auto* type = phones->editor()->findChild<QComboBox*>(QStringLiteral("edit_phone_type_id"));
        QVERIFY(number && type);
        QVERIFY(number->hasFocus());
        QCOMPARE(number->text(), before.phones.first().number);
        QVERIFY2(!type->currentText().contains(QStringLiteral("none")), qPrintable(type->currentText()));
        // Checked as it is typed: Save waits for a phone number.
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("020 79x6"));
        auto* save = phones->editor()->findChild<QPushButton*>(QStringLiteral("sectionSave"));
        QVERIFY(!save->isEnabled());
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("020 7946 0123"));
        QVERIFY(save->isEnabled());
        QTest::keyClick(number, Qt::Key_Return);
        QVERIFY(!phones->editor()->isEditing());
        QVERIFY(WindowTest::outboxSettles(s));
        QTRY_COMPARE(held(QStringLiteral("Phone"), before.phones.first().id.toLongLong())
                         .value(QLatin1String("phone"))
                         .toString(),
                     QStringLiteral("020 7946 0123"));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("020 7946 0123")));

        // The History tab says what changed, and Ctrl+Z takes it back.
        tabs->setCurrentWidget(panel->historyTab());
        auto* history = panel->historyTab()->findChild<QTreeWidget*>(QStringLiteral("historyList"));
        QTRY_VERIFY(history->topLevelItemCount() >= 1);
        QVERIFY(history->topLevelItem(0)->text(1).contains(QStringLiteral("020 7946 0123")));
        QCOMPARE(history->topLevelItem(0)->text(2), QStringLiteral("sent"));
        m_window->findChild<QAction*>(QStringLiteral("undoAction"))->trigger();
        QVERIFY(WindowTest::outboxSettles(s));
        QTRY_COMPARE(held(QStringLiteral("Phone"), before.phones.first().id.toLongLong())
                         .value(QLatin1String("phone"))
                         .toString(),
                     before.phones.first().number);

        // Preferences: Escape leaves a section as it was.
        tabs->setCurrentWidget(panel->contactTab());
        SectionEditor* prefs = panel->contactTab()->preferences();
        prefs->edit();
        auto* sms = prefs->findChild<QCheckBox*>(QStringLiteral("edit_do_not_sms"));
        sms->setChecked(!sms->isChecked());
        QTest::keyClick(sms, Qt::Key_Escape);
        QVERIFY(!prefs->isEditing());
        QCOMPARE(s->outbox().openCount(), 0);
    }

    void editDialogValidates()
    {
        Member m;
        m.id = QStringLiteral("1");
        m.firstName = QStringLiteral("Ana");
        m.lastName = QStringLiteral("Núñez");
        m.displayName = QStringLiteral("Ana Núñez");
        m.email = QStringLiteral("ana@example.org");
        EditMemberDialog dialog(m);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* email = dialog.findChild<QLineEdit*>(QStringLiteral("email"));
        auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("firstName"));
        auto* last = dialog.findChild<QLineEdit*>(QStringLiteral("lastName"));
        QVERIFY(!ok->isEnabled()); // nothing changed yet
        email->clear();
        QTest::keyClicks(email, QStringLiteral("ana at example"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("problem"))
                    ->text()
                    .contains(QStringLiteral("not an e-mail")));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("ana.n@example.org"));
        QVERIFY(ok->isEnabled());
        first->clear();
        last->clear();
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(last, QStringLiteral("Nunez-Ruiz"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.changes().value(QStringLiteral("last_name")).toString(),
                 QStringLiteral("Nunez-Ruiz"));
        QCOMPARE(dialog.changes().value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana.n@example.org"));
    }

    void refusedCorrectedAndConflictSettledFieldByField()
    {
        ProfileSession* s = m_window->session();
        auto* table = find<QTableView>("memberTable");
        table->selectRow(5);
        MemberDetailPanel* panel = find<MemberDetailPanel>("memberDetail");
        QTRY_VERIFY(!panel->memberId().isEmpty());
        const QString id = panel->memberId();
        const Member before = *s->cache()->member(id);

        // A change the CRM refuses (a gender it does not know) waits in the Outbox as refused...
        CrmError e;
        QVERIFY(s->verbs().editMember(id, {{QStringLiteral("gender_id"), QStringLiteral("9")}}, &e));
        s->verbs().send();
        QTRY_VERIFY(!s->outbox().open().isEmpty() &&
                    s->outbox().open().first().state == OutboxEntry::State::Failed);
        // ...and Correct opens it where it was made, filled with what was asked for.
        m_window->showTab(2);
        auto* outbox = find<QTableView>("outboxTable");
        QTRY_COMPARE(outbox->model()->index(0, 0).data().toString(), QStringLiteral("Refused"));
        outbox->selectRow(0);
        find<QPushButton>("outboxCorrect")->click();
        SectionEditor* details = panel->contactTab()->details();
        QTRY_VERIFY(details->isEditing());
        auto* gender = details->findChild<QComboBox*>(QStringLiteral("edit_gender_id"));
        gender->setCurrentIndex(gender->findText(QStringLiteral("Male")));
        details->findChild<QPushButton*>(QStringLiteral("sectionSave"))->click();
        QVERIFY(WindowTest::outboxSettles(s));
        QTRY_COMPARE(
            held(QStringLiteral("Contact"), id.toLongLong()).value(QLatin1String("gender_id")).toString(),
            QStringLiteral("2"));

        // A conflict: the server changed the job title meanwhile. Field by field, the server's title is
        // kept and my first name is sent.
        QVERIFY(s->verbs().editMember(id,
                                      {{QStringLiteral("first_name"), QStringLiteral("Fieldwise")},
                                       {QStringLiteral("job_title"), QStringLiteral("Mine")}},
                                      &e));
        m_sandbox.call(QStringLiteral("Contact"), QStringLiteral("create"),
                       {{QStringLiteral("id"), id.toLongLong()},
                        {QStringLiteral("job_title"), QStringLiteral("Theirs")}});
        s->verbs().send();
        QTRY_VERIFY(!s->outbox().open().isEmpty() &&
                    s->outbox().open().first().state == OutboxEntry::State::Conflict);
        QTRY_COMPARE(outbox->model()->index(0, 0).data().toString(), QStringLiteral("Conflict"));
        outbox->selectRow(0);
        QVERIFY(find<QPushButton>("outboxResolve")->isEnabled());
        bool seen = false;
        QTimer::singleShot(200, this, [&seen] {
            auto* d = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
            if (!d)
                return;
            seen = true;
            d->findChild<QComboBox*>(QStringLiteral("keep_first_name"))->setCurrentIndex(0); // mine
            d->findChild<QComboBox*>(QStringLiteral("keep_job_title"))->setCurrentIndex(1);  // the server's
            d->accept();
        });
        find<QPushButton>("outboxResolve")->click();
        QVERIFY(seen);
        QVERIFY(WindowTest::outboxSettles(s));
        const QJsonObject now = held(QStringLiteral("Contact"), id.toLongLong());
        QCOMPARE(now.value(QLatin1String("first_name")).toString(), QStringLiteral("Fieldwise"));
        QCOMPARE(now.value(QLatin1String("job_title")).toString(), QStringLiteral("Theirs"));
        m_window->showTab(0);

        // New member with a cached member's e-mail: warned, and Cancel makes nothing.
        bool warned = false;
        QTimer::singleShot(200, this, [&warned] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                warned = box->text().contains(QStringLiteral("same person"));
                box->reject();
            }
        });
        auto* records = m_window->findChild<MemberRecordActions*>();
        QVERIFY(!records->confirmNotDuplicate({{QStringLiteral("email"), before.email.toUpper()}}));
        QVERIFY(warned);
    }

    void trashAndRestoreFromTheWindow()
    {
        // Move to trash names the member and asks first; once the CRM has them in its trash they leave
        // the list. Restore from trash lists them by name and brings them back.
        auto* table = find<QTableView>("memberTable");
        table->selectRow(9);
        const QString id = m_window->membersModel()->memberId(9);
        const QString name = m_window->session()->cache()->member(id)->displayName;
        auto* trash = m_window->findChild<QAction*>(QStringLiteral("trashAction"));
        QVERIFY(trash->isVisible() && trash->isEnabled());
        QString asked;
        QTimer::singleShot(200, this, [&asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->text();
                for (QAbstractButton* b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
            }
        });
        trash->trigger();
        QVERIFY2(asked.contains(name), qPrintable(asked));
        QVERIFY(WindowTest::outboxSettles(m_window->session()));
        QTRY_VERIFY(!m_window->session()->cache()->member(id));
        const auto inTrash = [this, &id] {
            return held(QStringLiteral("Contact"), id.toLongLong(),
                        {{QStringLiteral("showAll"), QStringLiteral("all")}})
                .value(QLatin1String("contact_is_deleted"))
                .toVariant()
                .toString();
        };
        QCOMPARE(inTrash(), QStringLiteral("1"));

        bool listed = false;
        QTimer::singleShot(200, this, [&listed, &name] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("trashList"));
            listed = list && list->topLevelItemCount() > 0 && list->topLevelItem(0)->text(0) == name &&
                     list->topLevelItem(0)->isSelected();
            dialog->accept();
        });
        m_window->findChild<QAction*>(QStringLiteral("restoreAction"))->trigger();
        QVERIFY(listed);
        QVERIFY(WindowTest::outboxSettles(m_window->session()));
        QTRY_VERIFY(m_window->session()->cache()->member(id));
        QCOMPARE(inTrash(), QStringLiteral("0"));
        QVERIFY(m_window->session()->outbox().trashed().isEmpty());
    }

    void oneFieldForManyMembers()
    {
        // Three members selected; "last name" set for all of them: three outbox edits, all sent.
        auto* table = find<QTableView>("memberTable");
        table->clearSelection();
        QStringList ids;
        for (int row : {5, 6, 7}) {
            table->selectionModel()->select(m_window->membersModel()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
            ids.append(m_window->membersModel()->memberId(row));
        }
        auto* action = m_window->findChild<QAction*>(QStringLiteral("bulkEditAction"));
        QVERIFY(action->isVisible() && action->isEnabled());
        QTimer::singleShot(0, this, [this] {
            auto* dialog = m_window->findChild<BulkEditDialog*>(QStringLiteral("bulkEditDialog"));
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QComboBox*>()->findData(QStringLiteral("email")),
                     -1); // each member's own
            dialog->setValues(QStringLiteral("last_name"), QStringLiteral("Bulk-Set"));
            dialog->accept();
        });
        action->trigger();
        QVERIFY(WindowTest::outboxSettles(m_window->session()));
        for (const QString& id : ids)
            QCOMPARE(m_window->session()->cache()->member(id)->lastName, QStringLiteral("Bulk-Set"));
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("sent")));
    }

    void groupPickerRefusesSmartGroups()
    {
        GroupPickerDialog dialog(m_window->session()->cache()->groups(), QStringLiteral("Add to group"), 2);
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("groupList"));
        int smart = 0;
        for (int i = 0; i < list->count(); ++i)
            if (!(list->item(i)->flags() & Qt::ItemIsEnabled)) {
                ++smart;
                QVERIFY(list->item(i)->text().contains(QStringLiteral("smart")));
            }
        QCOMPARE(smart, 2);
    }

    void automaticSyncWaitsWhileARecordIsEdited()
    {
        auto* autoSync = m_window->findChild<AutoSync*>();
        QVERIFY(autoSync);
        // CiviCRM lists its members: on by default, every five minutes.
        QCOMPARE(autoSync->interval(), 5);
        QVERIFY(autoSync->action()->isChecked());
        // Someone else renames a member in the CRM.
        QCOMPARE(m_sandbox
                     .call(QStringLiteral("Contact"), QStringLiteral("create"),
                           {{QStringLiteral("id"), 15},
                            {QStringLiteral("first_name"), QStringLiteral("Automatic")}})
                     .value(QLatin1String("is_error"))
                     .toInt(),
                 0);
        // In the middle of an edit, the time comes and goes: nothing syncs under the user's hands.
        find<QTableView>("memberTable")->selectRow(0);
        MemberDetailPanel* panel = find<MemberDetailPanel>("memberDetail");
        QTRY_VERIFY(!panel->memberId().isEmpty());
        panel->tabs()->setCurrentWidget(panel->contactTab());
        SectionEditor* prefs = panel->contactTab()->preferences();
        prefs->edit();
        QVERIFY(prefs->isEditing());
        QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
        autoSync->checkNow();
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!m_window->isSyncing());
        QTest::keyClick(prefs->findChild<QCheckBox*>(QStringLiteral("edit_do_not_sms")), Qt::Key_Escape);
        QVERIFY(!prefs->isEditing());
        // Then it runs, reads only what changed, and says so in the status bar.
        autoSync->checkNow();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().first().value<CrmError>());
        SyncEngine* engine = m_window->session()->syncEngine();
        QVERIFY(engine->readsChangesOnly());
        QVERIFY(engine->membersWritten() < 200);
        QCOMPARE(m_window->session()->cache()->member(QStringLiteral("15"))->firstName,
                 QStringLiteral("Automatic"));
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Up to date")),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // Shift+F5 reads every member again.
        auto* full = m_window->findChild<QAction*>(QStringLiteral("fullSyncAction"));
        QVERIFY(full);
        QCOMPARE(full->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        full->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.last().first().value<CrmError>());
        QVERIFY(!engine->readsChangesOnly());
        QCOMPARE(engine->membersWritten(), qint64(m_window->membersModel()->rowCount()));

        // Turned off, and the connection remembers it.
        autoSync->action()->trigger();
        QCOMPARE(autoSync->interval(), 0);
        QCOMPARE(m_profiles->profile(m_name)->options.value(QStringLiteral("auto_sync_minutes")),
                 QStringLiteral("0"));
        autoSync->action()->trigger();
        QCOMPARE(autoSync->interval(), 5);
    }

    void cancelStopsASync()
    {
        // The member being looked at stays selected while pages of the sync land in the table.
        auto* table = find<QTableView>("memberTable");
        table->selectRow(3);
        const QString looked = m_window->membersModel()->memberId(3);
        QVERIFY(!looked.isEmpty());
        QSignalSpy progress(m_window->membersModel(), &QAbstractItemModel::modelReset);
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("latency_ms"), 400}}));
        QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
        m_window->startSync();
        auto* cancel = find<QPushButton>("cancelSync");
        QTRY_VERIFY(cancel->isVisible());
        QVERIFY(find<QProgressBar>("syncProgress")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(progress.size() >= 1, 5000);
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(m_window->membersModel()->memberId(rows.first().row()), looked);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<CrmError>().kind, CrmError::Kind::Cancelled);
        QVERIFY(!m_window->isSyncing());
        QVERIFY(!cancel->isVisible());
        m_sandbox.setFaults({});
    }

    void unavailableIsNotOfflineAndRecoversByItself()
    {
        m_window->session()->connectionWatch()->setBackOff(300, 1000);
        QVERIFY(m_sandbox.setFaults({{QStringLiteral("fail_every"), 1},
                                     {QStringLiteral("fail_status"), 503},
                                     {QStringLiteral("retry_after"), 1}}));
        QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
        m_window->startSync();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<CrmError>().kind, CrmError::Kind::Unavailable);
        auto* banner = find<QLabel>("offlineBanner");
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("CRM unavailable")), qPrintable(banner->text()));
        QVERIFY(!banner->text().contains(QStringLiteral("web page")));
        QVERIFY(banner->text().contains(QStringLiteral("tries again by itself")));
        QVERIFY(find<QLabel>("onlineStatus")->text().contains(QStringLiteral("CRM unavailable")));
        if (const QByteArray dir = qgetenv("CRM_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(100); // the status bar lays its labels out again
            m_window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/crm-unavailable.png"));
        }
        // Back by itself: the banner goes, nobody pressed anything.
        m_sandbox.setFaults({});
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        QVERIFY(find<QLabel>("onlineStatus")->text().contains(QStringLiteral("Online")));
    }

    void offlineShowsTheBannerAndKeepsData()
    {
        const int rows = m_window->membersModel()->rowCount();
        m_sandbox.kill();
        QSignalSpy finished(m_window.get(), &MainWindow::syncFinished);
        m_window->startSync();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().first().value<CrmError>().isUnreachable());
        QVERIFY(find<QLabel>("offlineBanner")->isVisible());
        QVERIFY(find<QLabel>("offlineBanner")->text().contains(QStringLiteral("cached data")));
        QVERIFY(find<QLabel>("onlineStatus")->text().contains(QStringLiteral("Offline")));
        QCOMPARE(m_window->membersModel()->rowCount(), rows);
        QVERIFY(!m_window->isOnline());
    }

    // View > Language keeps the choice for the next start and says so; the system's language is the
    // default and can be chosen again.
    void languageChoiceIsKeptForTheNextStart()
    {
        auto* menu = m_window->findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        auto* system = menu->findChild<QAction*>(QStringLiteral("language_system"));
        auto* german = menu->findChild<QAction*>(QStringLiteral("language_de"));
        QVERIFY(system && german);
        QVERIFY(system->isChecked());
        german->trigger();
        QCOMPARE(AppLanguage::chosen(), QStringLiteral("de"));
        QCOMPARE(AppLanguage::resolve(), QStringLiteral("de"));
        QVERIFY(german->isChecked());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Deutsch")));
        system->trigger();
        QVERIFY(AppLanguage::chosen().isEmpty());
        QCOMPARE(AppLanguage::resolve(), QStringLiteral("en")); // this test runs in the C locale
        QCOMPARE(AppLanguage::resolve(QStringLiteral("sk")), QStringLiteral("sk"));
    }

    // The members table as the person left it, per connection and from one start to the next: columns
    // shown, their widths, the sort, and the window's size. The last column shown cannot be hidden.
    void layoutIsRememberedPerConnectionAndAcrossStarts()
    {
        auto* view = find<QTableView>("memberTable");
        QHeaderView* header = view->horizontalHeader();
        auto* columns = m_window->findChild<QMenu*>(QStringLiteral("columnsMenu"));
        QVERIFY(columns);
        Q_EMIT columns->aboutToShow();
        QVERIFY(columns->actions().at(MembersTableModel::Email)->isChecked());
        columns->actions().at(MembersTableModel::Email)->trigger(); // as View > Columns > E-mail does
        QVERIFY(header->isSectionHidden(MembersTableModel::Email));
        header->resizeSection(MembersTableModel::DisplayName, 321);
        view->sortByColumn(MembersTableModel::LastName, Qt::DescendingOrder);
        m_window->resize(1111, 777);

        // Another connection starts from the defaults, and leaves this one's layout alone.
        Profile other = *m_profiles->profile(m_name);
        other.name = m_name + QStringLiteral("-other");
        m_profiles->save(other);
        m_window->openProfile(other.name);
        QVERIFY(!header->isSectionHidden(MembersTableModel::Email));
        QCOMPARE(m_window->membersModel()->query().sort, MemberQuery::Sort::DisplayName);
        m_window->openProfile(m_name);
        QVERIFY(header->isSectionHidden(MembersTableModel::Email));
        QCOMPARE(header->sectionSize(MembersTableModel::DisplayName), 321);
        QCOMPARE(m_window->membersModel()->query().sort, MemberQuery::Sort::LastName);
        QCOMPARE(m_window->membersModel()->query().order, Qt::DescendingOrder);

        // The next start: a new window opens as this one closed.
        m_window->close();
        MainWindow again(m_profiles.get(), &m_credentials, &m_nam);
        QCOMPARE(again.size(), QSize(1111, 777));
        again.openProfile(m_name);
        QHeaderView* header2 = WindowTest::find<QTableView>(&again, "memberTable")->horizontalHeader();
        QVERIFY(header2->isSectionHidden(MembersTableModel::Email));
        QCOMPARE(header2->sectionSize(MembersTableModel::DisplayName), 321);
        QCOMPARE(again.membersModel()->query().sort, MemberQuery::Sort::LastName);

        // Hiding every column leaves one.
        auto* columns2 = again.findChild<QMenu*>(QStringLiteral("columnsMenu"));
        Q_EMIT columns2->aboutToShow();
        for (QAction* shown : columns2->actions())
            if (shown->isChecked())
                shown->trigger();
        QCOMPARE(header2->count() - header2->hiddenSectionCount(), 1);
        m_profiles->remove(other.name);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        CrmCall* rm = m_credentials.remove(m_name, {QStringLiteral("api_key"), QStringLiteral("site_key")});
        QSignalSpy done(rm, &CrmCall::finished);
        done.wait(10000);
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
