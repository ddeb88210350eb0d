#include "applanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace crm {

namespace {
const QString SettingKey = QStringLiteral("ui/language");

bool isOffered(const QString& code)
{
    for (const AppLanguage::Offer& o : AppLanguage::offered())
        if (o.code == code)
            return true;
    return false;
}
} // namespace

QList<AppLanguage::Offer> AppLanguage::offered()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("sk"), QStringLiteral("Sloven\u010Dina")}};
}

QString AppLanguage::chosen()
{
    const QString code = QSettings().value(SettingKey).toString();
    return isOffered(code) ? code : QString();
}

void AppLanguage::choose(const QString& code)
{
    QSettings s;
    if (isOffered(code))
        s.setValue(SettingKey, code);
    else
        s.remove(SettingKey);
}

QString AppLanguage::resolve(const QString& code)
{
    if (isOffered(code))
        return code;
    if (const QString c = chosen(); !c.isEmpty())
        return c;
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (isOffered(language))
            return language;
    }
    return QStringLiteral("en");
}

AppLanguage::AppLanguage(const QString& code) : m_code(resolve(code))
{
    // The system's own region stays when it speaks the language chosen (de_AT keeps its dates).
    const QLocale system = QLocale::system();
    const QLocale locale = system.name().startsWith(m_code + QLatin1Char('_')) ? system : QLocale(m_code);
    if (m_code != QLatin1String("en") || system.language() == QLocale::English ||
        system.language() == QLocale::C)
        QLocale::setDefault(locale);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    // English too has a catalogue: its plural forms ("1 member", "2 members").
    if (m_console.load(QStringLiteral("crm-console_") + m_code, QStringLiteral(":/translations")))
        QCoreApplication::installTranslator(&m_console);
}

AppLanguage::~AppLanguage()
{
    QCoreApplication::removeTranslator(&m_console);
    QCoreApplication::removeTranslator(&m_qt);
}

} // namespace crm
