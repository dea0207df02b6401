#pragma once

#include "sandbox/SandboxHttp.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

/**
 * A self-contained HTML document for the sandbox's pages: one inline style sheet, no scripts, no
 * external assets, so the pages work offline and under a strict Content-Security-Policy.
 * Text goes in through escape(); append() takes markup that is already safe.
 */
class HtmlPage
{
public:
    /// @p language is the document language ("nb", "nn", "en"); @p title is plain text.
    HtmlPage(const QString &language, const QString &title);

    /// Escapes & < > " ' for element content and quoted attribute values.
    static QString escape(QStringView text);

    /// Markup for the top bar (brand, language links); already escaped.
    void setHeader(const QString &html) { m_header = html; }
    void setFooter(const QString &html) { m_footer = html; }
    /// Appends markup to <main>.
    void append(const QString &html) { m_main += html; }

    QString toHtml() const;

    /// The Content-Security-Policy the pages are served with: inline styles, nothing else.
    static QByteArray contentSecurityPolicy();
    /// The page as an answer: its language, the policy above, never cached, no sniffing, no referrer.
    static SandboxResponse response(int status, const HtmlPage &page, const QString &language);

private:
    QString m_language;
    QString m_title;
    QString m_header;
    QString m_footer;
    QString m_main;
};
