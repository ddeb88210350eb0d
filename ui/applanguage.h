#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace crm {

/// The language the window speaks: the system's unless the person chose another (View > Language), with
/// Qt's own catalogue for the standard buttons and that language's way of writing numbers and dates.
/// The choice is kept in the user's settings and applies from the next start: every text is translated as
/// its window is built.
class AppLanguage {
public:
    struct Offer {
        QString code;       ///< "en", "de", "sk"
        QString nativeName; ///< the language's name in itself: "Deutsch"
    };
    /// The languages the console has complete catalogues for, English first.
    static QList<Offer> offered();
    /// The language chosen in the settings; empty when the console follows the system.
    static QString chosen();
    /// Keeps code (one of offered(), or empty to follow the system) for the next start.
    static void choose(const QString& code);
    /// The language a start with code speaks: code when offered, else the chosen one, else the system's
    /// when offered, else English.
    static QString resolve(const QString& code = {});

    /// Installs the catalogues of resolve(code) in the running application and makes its locale the
    /// default; removes them again when destroyed.
    explicit AppLanguage(const QString& code = {});
    ~AppLanguage();
    AppLanguage(const AppLanguage&) = delete;
    AppLanguage& operator=(const AppLanguage&) = delete;

    QString code() const { return m_code; }

private:
    QString m_code;
    QTranslator m_qt;
    QTranslator m_console;
};

} // namespace crm
