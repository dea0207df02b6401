#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

/**
 * Chooses the user interface language (nb, nn or en) and installs the matching catalogues:
 * the application's own (embedded under :/i18n/) and Qt's (for standard dialog buttons), and makes the
 * language's locale the default QLocale, so dates and numbers follow the language, not the OS locale.
 * Installing another language replaces the previous catalogues, so the language can change at run time.
 */
class Translator
{
    Q_DECLARE_TR_FUNCTIONS(Translator)

public:
    explicit Translator(QCoreApplication *application);
    ~Translator();
    Q_DISABLE_COPY_MOVE(Translator)

    /// "nb", "nn", "en" — Bokmål first: it is the primary language.
    static QStringList supportedLanguages();
    static bool isSupported(const QString &language);
    /// The language's own name ("Norsk bokmål"), shown untranslated so people find their language.
    static QString nativeName(const QString &language);
    /// nb for Bokmål and plain Norwegian ("no"), nn for Nynorsk, otherwise en.
    static QString languageForLocale(const QLocale &locale);
    /**
     * The first supported language among @p commandLine (--lang), @p setting (saved choice) and the
     * system locale. Unsupported or empty values are skipped.
     */
    static QString resolve(const QString &commandLine, const QString &setting, const QLocale &system);
    /// The locale dates and numbers use in @p language: nb_NO, nn_NO or en_GB.
    static QLocale localeFor(const QString &language);

    /**
     * Installs @p language and sets the default QLocale to localeFor(@p language); false (and English
     * source text stays) when its catalogue cannot be loaded.
     */
    bool install(const QString &language);
    QString language() const { return m_language; }

private:
    void removeInstalled();

    QCoreApplication *m_application;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_qtSubsetTranslator;
    QString m_language;
    QLocale m_previousDefaultLocale;
};
