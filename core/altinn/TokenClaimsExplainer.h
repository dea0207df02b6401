#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Altinn {

/// One row of the claims table: the claim's name, its value made readable, and what it means.
struct ClaimRow
{
    QString claim; ///< "scope", "authorization_details.systemuser_org", …
    QString value; ///< readable: org numbers without "0192:", times as local time
    QString explanation; ///< one line, in the UI language: what it means for the vendor

    friend bool operator==(const ClaimRow &, const ClaimRow &) = default;
};

/**
 * Explains the payload of a Maskinporten access token, in particular a system user token
 * (docs/altinn-behaviour.md#token-claims): the claims of the token itself, and those of its
 * `urn:altinn:systemuser` authorization_details entry. A person's token — ID-porten's ID or access token, or
 * the Altinn token exchanged from it (docs/id-porten.md) — gets the person's rows instead (pid with only the
 * birth date shown, acr, amr, the Altinn user and party). Works on the decoded payload (Jws::decode); never
 * needs the token.
 */
class TokenClaimsExplainer
{
    Q_DECLARE_TR_FUNCTIONS(TokenClaimsExplainer)

public:
    TokenClaimsExplainer() = delete;

    /**
     * Rows in a fixed order (who issued it, for whom, what it is for, the system user, timing) for the
     * claims present. A token without a system user entry gets an `authorization_details` row that
     * says so: it is a plain vendor token.
     */
    static QList<ClaimRow> rows(const QJsonObject &claims);
    /// True for a token about a person (a `pid` or `urn:altinn:userid` claim) rather than an organisation.
    static bool isPersonToken(const QJsonObject &claims);
    /// A national identity number with only its first six digits (the birth date) shown: "249080*****".
    static QString maskedPid(const QString &pid);

    /// Seconds until `exp` at @p now; 0 when it has expired or has no `exp`.
    static qint64 secondsLeft(const QJsonObject &claims, const QDateTime &now);
    /// "1:45 left" / "expired", for the countdown next to the table.
    static QString countdownText(qint64 secondsLeft);

    /// The org number of an ISO 6523 identifier: {"authority": …, "ID": "0192:310904473"} or the bare
    /// "0192:310904473" string → "310904473". Other values as they are.
    static QString organisationNumber(const QJsonValue &identifier);
    /// The `urn:altinn:systemuser` entry of authorization_details; empty when there is none.
    static QJsonObject systemUserDetails(const QJsonObject &claims);

private:
    static QList<ClaimRow> personRows(const QJsonObject &claims);
};

} // namespace Altinn
