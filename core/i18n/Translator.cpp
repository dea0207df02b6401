#include "i18n/Translator.h"

#include <QLibraryInfo>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcTranslator, "suw.i18n")

const auto CatalogueBaseName = u"systemuser-wizard"_s;
const auto CataloguePath = u":/i18n"_s;
} // namespace

Translator::Translator(QCoreApplication *application)
    : m_application(application)
{ }

Translator::~Translator()
{
    removeInstalled();
    QLocale::setDefault(m_previousDefaultLocale);
}

QStringList Translator::supportedLanguages()
{
    return {u"nb"_s, u"nn"_s, u"en"_s};
}

bool Translator::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString Translator::nativeName(const QString &language)
{
    if (language == u"nb")
        return u"Norsk bokmål"_s;
    if (language == u"nn")
        return u"Norsk nynorsk"_s;
    if (language == u"en")
        return u"English"_s;
    return language;
}

QString Translator::languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::NorwegianBokmal:
        return u"nb"_s;
    case QLocale::NorwegianNynorsk:
        return u"nn"_s;
    default:
        break;
    }
    // Also look at the preferred-language list, where "no" means Norwegian without a written standard.
    const QStringList uiLanguages = locale.uiLanguages();
    for (const QString &tag : uiLanguages) {
        const QString primary = tag.section(u'-', 0, 0).toLower();
        if (primary == u"nb" || primary == u"no")
            return u"nb"_s;
        if (primary == u"nn")
            return u"nn"_s;
        if (primary == u"en")
            return u"en"_s;
    }
    return u"en"_s;
}

QString Translator::resolve(const QString &commandLine, const QString &setting, const QLocale &system)
{
    for (const QString &candidate : {commandLine.trimmed().toLower(), setting.trimmed().toLower()}) {
        if (isSupported(candidate))
            return candidate;
    }
    return languageForLocale(system);
}

QLocale Translator::localeFor(const QString &language)
{
    if (language == u"nb")
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (language == u"nn")
        return QLocale(QLocale::NorwegianNynorsk, QLocale::Norway);
    // British English: day before month and a 24-hour clock, as our Norwegian users read dates
    // ("06/12/2026 19:44"); en_US would show "12/6/26 7:44 PM", which reads as 12 June here.
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool Translator::install(const QString &language)
{
    if (!isSupported(language)) {
        qCWarning(lcTranslator) << "unsupported language" << language;
        return false;
    }
    // Load first, so a catalogue that fails to load leaves the current language in place.
    auto appTranslator = std::make_unique<QTranslator>();
    if (!appTranslator->load(CatalogueBaseName + u'_' + language, CataloguePath)) {
        qCWarning(lcTranslator) << "no catalogue for" << language;
        return false;
    }
    // Our subset of Qt's strings (translations/qt/) sits below the system's qtbase catalogue: Debian 12
    // ships qtbase_nn (complete and kept up by Qt's translators, so it wins when present) but no Bokmål.
    auto qtSubsetTranslator = std::make_unique<QTranslator>();
    const bool qtSubsetLoaded =
        language != u"en" && qtSubsetTranslator->load(u"qtbase_subset_"_s + language, CataloguePath);
    // "no" is tried as a fallback for Bokmål.
    const QString qtPath = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto qtTranslator = std::make_unique<QTranslator>();
    const QStringList qtNames = language == u"nb" ? QStringList{u"qtbase_nb"_s, u"qtbase_no"_s}
                                                  : QStringList{u"qtbase_"_s + language};
    bool qtLoaded = false;
    for (const QString &name : qtNames) {
        if (qtTranslator->load(name, qtPath)) {
            qtLoaded = true;
            break;
        }
    }

    // Before the installs, so whatever re-renders on LanguageChange formats with the new locale.
    QLocale::setDefault(localeFor(language));
    removeInstalled();
    m_application->installTranslator(appTranslator.get());
    m_appTranslator = std::move(appTranslator);
    // The last translator installed is asked first: the subset goes in before the system catalogue.
    if (qtSubsetLoaded) {
        m_application->installTranslator(qtSubsetTranslator.get());
        m_qtSubsetTranslator = std::move(qtSubsetTranslator);
    }
    if (qtLoaded) {
        m_application->installTranslator(qtTranslator.get());
        m_qtTranslator = std::move(qtTranslator);
    }
    m_language = language;
    return true;
}

void Translator::removeInstalled()
{
    if (m_appTranslator)
        m_application->removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        m_application->removeTranslator(m_qtTranslator.get());
    if (m_qtSubsetTranslator)
        m_application->removeTranslator(m_qtSubsetTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
    m_qtSubsetTranslator.reset();
    m_language.clear();
}
