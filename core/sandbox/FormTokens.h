#pragma once

#include <QByteArray>
#include <QString>

/**
 * Anti-forgery tokens for the approval pages' forms, as Altinn's pages carry them: every page view puts a
 * fresh random token in its forms, bound to the page and the request, and a decision is carried out only
 * with a token that checks. Another web page cannot read the approval page (no CORS), so it cannot make the
 * user's browser post a decision. The key is random per run: a page opened before a restart must be
 * reloaded.
 */
class FormTokens
{
public:
    FormTokens();

    /// A new token for the forms of @p page ("request", "agentrequest", "changerequest") of @p requestId.
    QString issue(const QString &page, const QString &requestId) const;
    /// True when @p token was issued by this run for exactly this page and request.
    bool verify(const QString &token, const QString &page, const QString &requestId) const;

private:
    QByteArray signature(const QByteArray &nonce, const QString &page, const QString &requestId) const;

    QByteArray m_key;
};
