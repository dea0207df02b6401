#include "sandbox/ApprovalPageText.h"

#include "sandbox/HtmlPage.h"

#include <QList>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcApprovalText, "suw.sandbox.pages")

/// Maps a language tag's primary subtag to a page language; empty when unsupported.
QString pageLanguageFor(const QString &tag)
{
    const QString primary = tag.trimmed().section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (primary == u"nb" || primary == u"no" || primary == u"nob")
        return u"nb"_s;
    if (primary == u"nn" || primary == u"nno")
        return u"nn"_s;
    if (primary == u"en" || primary == u"eng")
        return u"en"_s;
    return {};
}
} // namespace

ApprovalPageText::ApprovalPageText()
{
    // Loaded once, up front: the server may run on another thread than the one constructing it, and
    // QTranslator::translate() is safe to call concurrently once loading is over.
    for (const QString &language : languages()) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(u":/i18n/systemuser-wizard_"_s + language + u".qm"_s))
            m_translators.emplace(language, std::move(translator));
        else
            qCDebug(lcApprovalText) << "no catalogue for" << language << "- English texts are used";
    }
}

QStringList ApprovalPageText::languages()
{
    return {u"nb"_s, u"nn"_s, u"en"_s};
}

QString ApprovalPageText::chooseLanguage(const QString &langParameter, const QByteArray &acceptLanguage)
{
    const QString fromParameter = pageLanguageFor(langParameter);
    if (!fromParameter.isEmpty())
        return fromParameter;

    // Accept-Language: "nn-NO,nn;q=0.9,en;q=0.5" — the highest quality wins, ties keep their order.
    struct Candidate
    {
        QString language;
        double quality = 1.0;
    };
    QList<Candidate> candidates;
    const QList<QByteArray> parts = acceptLanguage.split(',');
    for (const QByteArray &part : parts) {
        const QList<QByteArray> pieces = part.split(';');
        Candidate candidate;
        candidate.language = pageLanguageFor(QString::fromLatin1(pieces.first()));
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray parameter = pieces.at(i).trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                const double quality = parameter.mid(2).toDouble(&ok);
                candidate.quality = ok ? quality : 0.0;
            }
        }
        if (!candidate.language.isEmpty() && candidate.quality > 0.0)
            candidates.append(candidate);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.quality > b.quality; });
    return candidates.isEmpty() ? u"nb"_s : candidates.first().language;
}

QString ApprovalPageText::text(const QString &language, const char *source) const
{
    const auto it = m_translators.find(language);
    if (it != m_translators.end()) {
        const QString translated = it->second->translate("ApprovalPageText", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString PageTexts::html(const char *source) const
{
    return HtmlPage::escape((*this)(source));
}
