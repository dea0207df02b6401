#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>

/// What an authorization request asked for, checked (docs/sandbox.md#id-porten); carried to its code.
struct IdPortenAuthorization
{
    QString clientId;
    QString redirectUri; ///< as sent, which the token request must repeat
    QString state;
    QString nonce;
    QString codeChallenge; ///< S256
    QStringList scopes;
    QString acr; ///< "idporten-loa-substantial" or "idporten-loa-high"
    QString locale; ///< "nb", "nn", "en" or "se": the locale claim
    QString language; ///< the pages' language: "nb", "nn" or "en"
};

/**
 * The logins under way and the authorization codes of the sandbox's ID-porten, in memory only (never saved):
 * a login page's pending authorization (10 minutes) and a code (60 seconds, single use). Both are judged
 * by the sandbox clock when used; the store keeps the newest Capacity of each, so expired ones still get
 * their own answer, and memory stays bounded. Ids are 256-bit random, base64url.
 */
class IdPortenSessions
{
public:
    static constexpr qint64 PendingLifetimeSeconds = 10 * 60;
    static constexpr qint64 CodeLifetimeSeconds = 60;
    static constexpr qsizetype Capacity = 1000;

    struct Pending
    {
        enum class Stage { Login, Consent };
        QString id;
        IdPortenAuthorization request;
        QDateTime created;
        Stage stage = Stage::Login;
        QString pid; ///< the person chosen at login
        QDateTime authTime; ///< when the person logged in
        QString sid; ///< the login session's id
    };

    struct Code
    {
        QString code;
        IdPortenAuthorization request;
        QString pid;
        QDateTime authTime;
        QString sid;
        QDateTime issued;
        bool used = false;
        /// jti → exp of the tokens issued for the code: revoked when it is used again.
        QHash<QString, qint64> tokenIds;
    };

    /// A new pending authorization for @p request, created at @p now.
    const Pending &addPending(const IdPortenAuthorization &request, const QDateTime &now);
    /// nullptr when @p id is unknown (or dropped for newer ones).
    Pending *pending(const QString &id);
    /// @p id by value: callers pass the id of the entry that goes.
    void removePending(QString id);
    /// A new code for the login and consent of @p pending, issued at @p now.
    QString addCode(const Pending &pending, const QDateTime &now);
    Code *code(const QString &code);

    static bool isExpired(const Pending &pending, const QDateTime &now);
    static bool isExpired(const Code &code, const QDateTime &now);
    /// 256 random bits, base64url.
    static QString newId();

private:
    QHash<QString, Pending> m_pending;
    std::deque<QString> m_pendingOrder; ///< oldest first; may name removed ones
    QHash<QString, Code> m_codes;
    std::deque<QString> m_codeOrder;
};
