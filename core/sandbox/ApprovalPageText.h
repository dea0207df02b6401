#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <map>
#include <memory>

/**
 * The texts of the sandbox's approval pages in nb, nn or en, chosen per HTTP request.
 *
 * The wizard's installed translator follows the desktop language, but a page must follow the
 * browser's. So the three application catalogues (":/i18n/systemuser-wizard_<lang>.qm") are loaded
 * into QTranslator objects of their own and asked directly. Source strings are English and marked
 * with QT_TRANSLATE_NOOP("ApprovalPageText", …), so lupdate files them under this class's context.
 */
class ApprovalPageText
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalPageText)

public:
    ApprovalPageText();
    Q_DISABLE_COPY_MOVE(ApprovalPageText)

    /// "nb", "nn", "en".
    static QStringList languages();
    /**
     * The page language: @p langParameter (?lang=) when supported, else the first supported language of
     * @p acceptLanguage by quality ("no"/"nb"/"nob" → nb, "nn"/"nno" → nn, "en" → en), else nb.
     */
    static QString chooseLanguage(const QString &langParameter, const QByteArray &acceptLanguage);

    /// @p source translated into @p language; the English source when the catalogue has no translation.
    QString text(const QString &language, const char *source) const;

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
};

/// The texts of one page in one language: `texts("Source")`, or `texts.html("Source")` escaped for HTML.
/// Used by the approval pages and the sandbox ID-porten's login and consent pages.
class PageTexts
{
public:
    PageTexts(const ApprovalPageText &catalogue, const QString &language)
        : m_catalogue(catalogue)
        , m_language(language)
    { }

    QString operator()(const char *source) const { return m_catalogue.text(m_language, source); }
    /// Translated and HTML-escaped.
    QString html(const char *source) const;
    const QString &language() const { return m_language; }

private:
    const ApprovalPageText &m_catalogue;
    QString m_language;
};
