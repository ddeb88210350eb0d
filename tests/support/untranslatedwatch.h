#pragma once

// Catches every console text the window asks for in a language whose catalogue has no translation of it,
// as it is asked for: installed after the language, it is asked first and answers nothing itself.
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace crm {

class UntranslatedWatch : public QTranslator {
public:
    /// Watches the console's catalogue for code ("de", "sk") and installs itself.
    explicit UntranslatedWatch(const QString& code)
    {
        m_loaded = m_catalogue.load(QStringLiteral("crm-console_") + code, QStringLiteral(":/translations"));
        QCoreApplication::installTranslator(this);
    }
    ~UntranslatedWatch() override { QCoreApplication::removeTranslator(this); }

    bool loaded() const { return m_loaded; }
    /// "context: source" of each text asked for that the catalogue lacks, in the order first asked.
    QStringList misses() const { return m_misses; }
    int asked() const { return m_asked; }

    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        const QString ctx = QString::fromUtf8(context);
        if (!isConsoleContext(ctx) || !source || !*source)
            return {};
        ++m_asked;
        if (m_catalogue.translate(context, source, disambiguation, n).isEmpty()) {
            const QString miss = ctx + QStringLiteral(": ") + QString::fromUtf8(source);
            if (!m_misses.contains(miss))
                m_misses.append(miss);
        }
        return {};
    }
    bool isEmpty() const override { return false; }

private:
    /// The console's own contexts: its classes (crm::…) and the plain names of its word lists; Qt's
    /// own classes (QLineEdit, QWizard…) have Qt's catalogue.
    static bool isConsoleContext(const QString& ctx)
    {
        if (ctx.startsWith(QLatin1String("crm::")) || ctx == QLatin1String("QObject"))
            return true;
        return !(ctx.size() > 1 && ctx.at(0) == QLatin1Char('Q') && ctx.at(1).isUpper());
    }

    QTranslator m_catalogue;
    bool m_loaded = false;
    mutable QStringList m_misses;
    mutable int m_asked = 0;
};

} // namespace crm
