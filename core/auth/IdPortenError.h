#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

/**
 * An OAuth 2.0 error from ID-porten (docs/id-porten.md): a token endpoint answer (RFC 6749 §5.2, JSON
 * {"error", "error_description"}) or an error redirect from the authorization endpoint (§4.1.2.1). Says
 * in the user's language what it means and what to do.
 */
struct IdPortenError
{
    Q_DECLARE_TR_FUNCTIONS(IdPortenError)

public:
    QString error; ///< "invalid_grant", "invalid_client", …
    QString description; ///< error_description, as sent (English); may be empty
    int httpStatus = 0; ///< 0 for an error redirect

    /// Reads a token endpoint answer; an unreadable body gives "server_error" for 5xx, else
    /// "invalid_request", with the body's start as the description.
    static IdPortenError fromTokenAnswer(int httpStatus, const QByteArray &body);
    static IdPortenError fromRedirect(const QString &error, const QString &description);

    /// ID-porten is down or busy: trying again later may work.
    bool isTransient() const;
    /// What happened, in plain words.
    QString summary() const;
    /// What to do; @p sandbox: the client is the one the tool registers itself.
    QString remedy(bool sandbox) const;
};
