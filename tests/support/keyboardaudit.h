#pragma once

// What a keyboard user checks in a window: every button answers to an Alt+letter, no two controls
// on show share one, and Tab walks the controls in reading order (top to bottom, then left to right).
#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QWidget>

#include <algorithm>

namespace crm::KeyboardAudit {

inline QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

inline QString nameOf(const QWidget* w)
{
    if (const auto* b = qobject_cast<const QAbstractButton*>(w); b && !b->text().isEmpty())
        return QStringLiteral("\"%1\"").arg(b->text());
    if (!w->accessibleName().isEmpty())
        return QStringLiteral("\"%1\"").arg(w->accessibleName());
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

/// Buttons on show without an Alt+letter, and letters two controls on show share. Menus and tabs act
/// at once, so theirs must be unique; buttons sharing a letter only take the focus in turn (Qt's
/// ambiguous mnemonic), which is fair only for the same verb in parallel sections ("A&dd phone",
/// "A&dd e-mail"; German puts it last: "Telefon hin&zuf\u00FCgen", "Adresse hin&zuf\u00FCgen").
inline QStringList mnemonicProblems(const QWidget* window)
{
    QStringList problems;
    struct Owner {
        QString name;
        QString verb; ///< the word of a button's Alt+letter; empty for what is not a button
    };
    QMultiMap<QChar, Owner> owners;
    const auto mnemonicWord = [](const QString& text) {
        for (const QString& word : text.split(QLatin1Char(' ')))
            if (!mnemonic(word).isNull())
                return QString(word).remove(QLatin1Char('&')).remove(QChar(0x2026));
        return QString();
    };
    for (const QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (!b->isVisible() || qobject_cast<const QToolButton*>(b) || b->text().trimmed().isEmpty())
            continue;
        if (const QChar c = mnemonic(b->text()); c.isNull())
            problems << QStringLiteral("no Alt+letter: %1").arg(nameOf(b));
        else
            owners.insert(c, {nameOf(b), mnemonicWord(b->text())});
    }
    for (const QLabel* l : window->findChildren<QLabel*>())
        if (l->isVisible() && l->buddy())
            if (const QChar c = mnemonic(l->text()); !c.isNull())
                owners.insert(c, {QStringLiteral("label \"%1\"").arg(l->text()), {}});
    for (const QGroupBox* g : window->findChildren<QGroupBox*>())
        if (g->isVisible())
            if (const QChar c = mnemonic(g->title()); !c.isNull())
                owners.insert(c, {QStringLiteral("group \"%1\"").arg(g->title()), {}});
    for (const QTabBar* t : window->findChildren<QTabBar*>())
        if (t->isVisible())
            for (int i = 0; i < t->count(); ++i)
                if (const QChar c = mnemonic(t->tabText(i)); t->isTabVisible(i) && !c.isNull())
                    owners.insert(c, {QStringLiteral("tab \"%1\"").arg(t->tabText(i)), {}});
    for (const QMenuBar* bar : window->findChildren<QMenuBar*>())
        if (bar->isVisible())
            for (const QAction* a : bar->actions())
                if (const QChar c = mnemonic(a->text()); a->isVisible() && !c.isNull())
                    owners.insert(c, {QStringLiteral("menu \"%1\"").arg(a->text()), {}});
    for (const QChar c : owners.uniqueKeys()) {
        const QList<Owner> sharing = owners.values(c);
        if (sharing.size() < 2)
            continue;
        bool sameVerb = true;
        QStringList names;
        for (const Owner& o : sharing) {
            sameVerb = sameVerb && !o.verb.isEmpty() && o.verb == sharing.first().verb;
            names << o.name;
        }
        if (!sameVerb)
            problems << QStringLiteral("Alt+%1 shared by %2").arg(c, names.join(QStringLiteral(", ")));
    }
    return problems;
}

/// mnemonicProblems of window with each tab of tabs on show in turn, each problem headed by its tab.
inline QStringList problemsOnEachTab(const QWidget* window, QTabWidget* tabs)
{
    QStringList problems;
    const int was = tabs->currentIndex();
    for (int i = 0; i < tabs->count(); ++i) {
        if (!tabs->isTabVisible(i))
            continue;
        tabs->setCurrentIndex(i);
        for (const QString& p : mnemonicProblems(window))
            problems << tabs->tabText(i) + QStringLiteral(": ") + p;
    }
    tabs->setCurrentIndex(was);
    return problems;
}

/// The controls Tab reaches in window, in the order it reaches them.
inline QList<QWidget*> tabChain(QWidget* window)
{
    QList<QWidget*> chain;
    for (QWidget* w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain())
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() &&
            !chain.contains(w))
            chain.append(w);
    // The chain is a ring: read it from the control nearest the top left, where reading starts.
    const auto topLeft = [window](const QWidget* w) { return w->mapTo(window, QPoint(0, 0)); };
    const auto first =
        std::min_element(chain.cbegin(), chain.cend(), [&](const QWidget* a, const QWidget* b) {
            const QPoint pa = topLeft(a), pb = topLeft(b);
            return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
        });
    if (first != chain.cend())
        std::rotate(chain.begin(), chain.begin() + (first - chain.cbegin()), chain.end());
    return chain;
}

/// Steps of the Tab chain that go back against reading order: to a control wholly above the one
/// before it (unless it starts a column to the right), or on the same line and wholly to its left.
inline QStringList tabOrderProblems(QWidget* window)
{
    QStringList problems;
    const QList<QWidget*> chain = tabChain(window);
    const auto rectOf = [window](const QWidget* w) {
        return QRect(w->mapTo(window, QPoint(0, 0)), w->size());
    };
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a = rectOf(chain.at(i - 1));
        const QRect b = rectOf(chain.at(i));
        const bool above = b.bottom() < a.top() && b.left() <= a.right();
        const bool sameLine = b.top() <= a.bottom() && a.top() <= b.bottom();
        const bool left = b.right() < a.left();
        if (above || (sameLine && left && !a.contains(b) && !b.contains(a)))
            problems << QStringLiteral("Tab goes back from %1 to %2")
                            .arg(nameOf(chain.at(i - 1)), nameOf(chain.at(i)));
    }
    return problems;
}

} // namespace crm::KeyboardAudit
