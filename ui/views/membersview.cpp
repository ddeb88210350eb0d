#include "membersview.h"

#include "cache/cache.h"
#include "models/memberstablemodel.h"
#include "profiles/crmkinds.h"
#include "session/memberverbs.h"
#include "session/profilesession.h"
#include "viewmemory.h"
#include "widgets/historytab.h"
#include "widgets/memberdetailpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace crm {

MembersView::MembersView(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setAccessibleName(tr("Search members"));
    m_search->setPlaceholderText(tr("Search by name, e-mail or username (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("memberCount"));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    layout->addLayout(searchRow);
    m_groupBar = new QWidget;
    auto* groupRow = new QHBoxLayout(m_groupBar);
    groupRow->setContentsMargins(0, 0, 0, 0);
    m_groupLabel = new QLabel;
    auto* showAll = new QPushButton(tr("Show &all members"));
    showAll->setObjectName(QStringLiteral("clearGroupFilter"));
    connect(showAll, &QPushButton::clicked, this, &MembersView::showAllRequested);
    groupRow->addWidget(m_groupLabel, 1);
    groupRow->addWidget(showAll);
    m_groupBar->hide();
    layout->addWidget(m_groupBar);

    m_model = new MembersTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("memberTable"));
    m_table->setAccessibleName(tr("Members"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MembersTableModel::DisplayName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(MembersTableModel::DisplayName, 200);
    m_table->setColumnWidth(MembersTableModel::Email, 260);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Tab leaves the table (arrows move within it): focus never stays on a row the eye has left, where
    // F2 would edit someone else.
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableView::doubleClicked, this, &MembersView::memberActivated);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersView::selectionChanged);
    const auto showCount = [this] {
        m_count->setText(m_model->countIsExact()
                             ? tr("%n member(s)", nullptr, m_model->rowCount())
                             : tr("at least %L1 members, counting…").arg(m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, showCount] {
        showCount();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &MembersTableModel::countChanged, this, showCount);
    m_detail = new MemberDetailPanel;
    m_detail->setObjectName(QStringLiteral("memberDetail"));
    m_split = new QSplitter;
    m_split->setObjectName(QStringLiteral("membersSplit"));
    m_split->addWidget(m_table);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);

    // Which columns show: from the header's context menu, or View > Columns for the keyboard.
    m_columns = new QMenu(tr("&Columns"), this);
    m_columns->setObjectName(QStringLiteral("columnsMenu"));
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < MembersTableModel::ColumnCount; ++column) {
        QAction* shown = m_columns->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        shown->setCheckable(true);
        shown->setData(column);
        connect(shown, &QAction::toggled, this, [this, header, column](bool on) {
            if (!on && header->count() - header->hiddenSectionCount() <= 1) {
                m_columns->actions().at(column)->setChecked(true); // one column always shows
                return;
            }
            header->setSectionHidden(column, !on);
        });
    }
    connect(m_columns, &QMenu::aboutToShow, this, [this, header] {
        for (QAction* shown : m_columns->actions()) {
            const QSignalBlocker quiet(shown);
            shown->setChecked(!header->isSectionHidden(shown->data().toInt()));
        }
    });
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint& at) { m_columns->popup(header->mapToGlobal(at)); });
    m_defaultColumns = header->saveState();

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        m_model->setSearch(m_search->text());
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
}

void MembersView::saveLayout() const
{
    if (m_session)
        ViewMemory::saveMembersLayout(m_session->profile().name, m_table->horizontalHeader(), m_split);
}

void MembersView::setSession(ProfileSession* session)
{
    const bool changed = session != m_session;
    if (changed)
        saveLayout();
    m_session = session;
    if (changed && session) {
        QHeaderView* header = m_table->horizontalHeader();
        if (!ViewMemory::restoreMembersLayout(session->profile().name, header, m_split)) {
            header->restoreState(m_defaultColumns);
            if (const BackendKind* kind = Backends::find(session->profile().kind))
                for (int c = 0; c < MembersTableModel::ColumnCount; ++c)
                    if (kind->emptyListFields.contains(MembersTableModel::columnField(c)))
                        header->hideSection(c);
        }
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    m_model->setCache(session ? session->cache() : nullptr);
    m_search->setPlaceholderText(session && session->abilities().has(Abilities::LookUp)
                                     ? tr("Search the members looked up so far (Ctrl+F); look more up by "
                                          "e-mail with Ctrl+L")
                                     : tr("Search by name, e-mail or username (Ctrl+F)"));
}

void MembersView::showSelected()
{
    const QStringList ids = selectedIds();
    const auto m = ids.size() == 1 && m_session ? m_session->cache()->member(ids.first()) : std::nullopt;
    if (!m) {
        m_detail->clear();
        return;
    }
    QMap<QString, QString> titles;
    for (const Group& g : m_session->cache()->groups())
        titles.insert(g.id, g.title);
    bool pending = false;
    for (const OutboxEntry& e : m_session->outbox().open())
        pending = pending || e.memberId == m->id;
    m_detail->showMember(*m, m_session->profile().customFieldLabels(), titles, pending,
                         m_session->cache()->metaOf(m->id), m_session->cache()->memberships(m->id));
    QMap<QString, QList<Choice>> choices;
    for (const QString& list : {ChoiceList::LocationType, ChoiceList::PhoneType, ChoiceList::Gender,
                                ChoiceList::Country, ChoiceList::Province})
        choices.insert(list, m_session->cache()->choices().list(list));
    QList<HistoryLine> history;
    bool canUndo = false;
    const OutboxEntry::Names names = m_session->verbs().names();
    for (const OutboxEntry& e : m_session->outbox().history(m->id)) {
        history.append({e.id, e.createdAt, e.describe(names), e.whatBecameOfIt()});
        canUndo = canUndo || (e.state != OutboxEntry::State::Undone && !e.undoneBy);
    }
    m_detail->showRecordExtras(*m, choices, m_session->profile().customFieldLabels(),
                               m_session->cache()->recordStore().notes(m->id), history, canUndo);
}

bool MembersView::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search box enters the list, on its first row when none is chosen.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_table->setFocus(Qt::TabFocusReason);
        if (!m_table->selectionModel()->hasSelection())
            m_table->selectRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QStringList MembersView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        ids.append(m_model->memberId(i.row()));
    return ids;
}

bool MembersView::selectMember(const QString& id)
{
    for (int r = 0; r < std::min(m_model->rowCount(), 5000); ++r) {
        if (m_model->memberId(r) == id) {
            m_table->selectRow(r);
            m_table->scrollTo(m_model->index(r, 0));
            return true;
        }
    }
    return false;
}

void MembersView::refresh()
{
    // Re-reading the cache resets the table: keep the member being looked at selected, and where it was.
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.isValid() ? m_model->memberId(current.row()) : QString();
    const int row = current.row();
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->refresh();
    m_table->verticalScrollBar()->setValue(scroll);
    if (id.isEmpty())
        return;
    if (m_model->memberId(row) == id)
        m_table->selectRow(row);
    else
        selectMember(id);
}

void MembersView::showGroup(const std::optional<Group>& g)
{
    m_groupBar->setVisible(g.has_value());
    if (g)
        m_groupLabel->setText(
            g->smart ? tr("Members of the smart group \u201c%1\u201d (computed by the CRM)").arg(g->title)
                     : tr("Members of \u201c%1\u201d").arg(g->title));
}

void MembersView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

} // namespace crm
