#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * A failed token request, parsed from Maskinporten's OAuth error body
 * ({"error", "error_description", "error_uri"}, docs/altinn-behaviour.md#error-body) and classified by cause,
 * so the user can be told in plain words what happened and what to do next.
 */
class MaskinportenError
{
    Q_DECLARE_TR_FUNCTIONS(MaskinportenError)

public:
    enum class Cause {
        Unknown,
        InvalidRequest, ///< MP-011: malformed grant
        ClientNotFound, ///< MP-100: wrong client id, or a client from the other environment
        WrongAudience, ///< MP-110: aud is not the issuer exactly
        InvalidCertificate, ///< MP-120
        ExpiredKey, ///< MP-121: registered key older than a year
        CertificateOrgMismatch, ///< MP-122
        InvalidX5c, ///< MP-123
        InvalidSignature, ///< MP-124: signed with another key than the kid names
        UnknownKid, ///< kid not registered on the client
        KidRequired, ///< client has registered keys, grant sent x5c / no kid
        GrantReused, ///< MP-012
        GrantExpired, ///< MP-130
        ClockAhead, ///< "Issue time is in the future"
        LifetimeTooLong, ///< exp − iat above the server's maximum
        ScopeNotOnClient, ///< MP-200
        ScopeNotForMaskinporten, ///< MP-201
        ScopeNotGranted, ///< MP-250: the organisation lacks access to the scope
        ScopeNotDelegated, ///< MP-251
        UnknownDetailsType, ///< MP-301
        UnknownDetailsFields, ///< MP-302
        SystemUserNotFound, ///< MP-303: no system user matches (client id, vendor, customer, externalRef)
        /// Maskinporten (or a gateway before it) is down or overloaded: 408, 429, 5xx or
        /// "temporarily_unavailable". Nothing is wrong with the client or key; the same request later may
        /// work.
        Unavailable,
    };

    int httpStatus = 0;
    QString error; ///< "invalid_grant", "invalid_scope", "forbidden", …
    /// error_description as sent; a body that is not JSON as plain text (shortened), but never a markup
    /// page: a gateway's HTML error page is left out.
    QString description;
    QString errorUri;
    QString code; ///< "MP-303" when the uri or the text names one
    QString traceId; ///< the trace or correlation id at the end of the description
    Cause cause = Cause::Unknown;
    /// Cause::Unavailable: how long Maskinporten asked to wait (its Retry-After), when it said.
    std::optional<qint64> retryAfterSeconds;

    static MaskinportenError fromHttp(int httpStatus, const QByteArray &body);

    bool isTransient() const { return cause == Cause::Unavailable; }

    /// One short sentence: what went wrong.
    QString summary() const;
    /// What to do next.
    QString remedy() const;
};
