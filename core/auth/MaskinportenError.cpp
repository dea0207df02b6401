#include "auth/MaskinportenError.h"

#include "model/JsonObjectReader.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct TextRule
{
    const char16_t *fragment; ///< case-insensitive part of error_description
    MaskinportenError::Cause cause;
};

// Ordered: more specific texts first ("Expired key" before a generic "expired").
constexpr TextRule TextRules[] = {
    {u"Expired key", MaskinportenError::Cause::ExpiredKey},
    {u"Unknown key identifier", MaskinportenError::Cause::UnknownKid},
    {u"requires pre-registered jwk", MaskinportenError::Cause::KidRequired},
    {u"Invalid JWT claim aud", MaskinportenError::Cause::WrongAudience},
    {u"invalid certificate", MaskinportenError::Cause::InvalidCertificate},
    {u"Does not match certificate orgno", MaskinportenError::Cause::CertificateOrgMismatch},
    {u"header x5c", MaskinportenError::Cause::InvalidX5c},
    {u"extract certificate", MaskinportenError::Cause::InvalidX5c},
    {u"JWT signature", MaskinportenError::Cause::InvalidSignature},
    {u"Client not found", MaskinportenError::Cause::ClientNotFound},
    {u"Grant is used before", MaskinportenError::Cause::GrantReused},
    {u"Issue time is", MaskinportenError::Cause::ClockAhead},
    {u"too long lifetime", MaskinportenError::Cause::LifetimeTooLong},
    {u"expired", MaskinportenError::Cause::GrantExpired},
    {u"invalid scopes for client", MaskinportenError::Cause::ScopeNotOnClient},
    {u"not allowed for maskinporten", MaskinportenError::Cause::ScopeNotForMaskinporten},
    {u"only allowed for user login", MaskinportenError::Cause::ScopeNotForMaskinporten},
    {u"has not delegated access", MaskinportenError::Cause::ScopeNotDelegated},
    {u"has not been granted access", MaskinportenError::Cause::ScopeNotGranted},
    {u"Unknown authorization details type", MaskinportenError::Cause::UnknownDetailsType},
    {u"Unknown fields in the authorization details", MaskinportenError::Cause::UnknownDetailsFields},
    {u"Invalid authorization details values", MaskinportenError::Cause::SystemUserNotFound},
    {u"invalid_altinn_customer_configuration", MaskinportenError::Cause::SystemUserNotFound},
    {u"Invalid parameter value", MaskinportenError::Cause::InvalidRequest},
    {u"Client authentication failed", MaskinportenError::Cause::ClientNotFound},
};

struct CodeRule
{
    const char16_t *code;
    MaskinportenError::Cause cause;
};

constexpr CodeRule CodeRules[] = {
    {u"MP-011", MaskinportenError::Cause::InvalidRequest},
    {u"MP-012", MaskinportenError::Cause::GrantReused},
    {u"MP-100", MaskinportenError::Cause::ClientNotFound},
    {u"MP-110", MaskinportenError::Cause::WrongAudience},
    {u"MP-120", MaskinportenError::Cause::InvalidCertificate},
    {u"MP-121", MaskinportenError::Cause::ExpiredKey},
    {u"MP-122", MaskinportenError::Cause::CertificateOrgMismatch},
    {u"MP-123", MaskinportenError::Cause::InvalidX5c},
    {u"MP-124", MaskinportenError::Cause::InvalidSignature},
    {u"MP-130", MaskinportenError::Cause::GrantExpired},
    {u"MP-200", MaskinportenError::Cause::ScopeNotOnClient},
    {u"MP-201", MaskinportenError::Cause::ScopeNotForMaskinporten},
    {u"MP-250", MaskinportenError::Cause::ScopeNotGranted},
    {u"MP-251", MaskinportenError::Cause::ScopeNotDelegated},
    {u"MP-301", MaskinportenError::Cause::UnknownDetailsType},
    {u"MP-302", MaskinportenError::Cause::UnknownDetailsFields},
    {u"MP-303", MaskinportenError::Cause::SystemUserNotFound},
};

/// A plain-text body longer than this is cut: it is shown to the user as Maskinporten's message.
constexpr qsizetype MaxPlainTextBytes = 500;

/// An HTML or XML page (a gateway's or proxy's error page): never shown as the server's message.
bool looksLikeMarkup(const QByteArray &body)
{
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith('<') || start.contains("<html") || start.contains("<!doctype");
}

} // namespace

MaskinportenError MaskinportenError::fromHttp(int httpStatus, const QByteArray &body)
{
    MaskinportenError result;
    result.httpStatus = httpStatus;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const Altinn::JsonObjectReader reader(document.object());
        result.error = reader.string(u"error");
        result.description = reader.string(u"error_description");
        result.errorUri = reader.string(u"error_uri");
    } else if (!looksLikeMarkup(body)) {
        result.description = QString::fromUtf8(body.left(MaxPlainTextBytes)).trimmed();
    }

    static const QRegularExpression codePattern(u"MP-\\d{3}"_s);
    const QString codeSource = result.errorUri + u' ' + result.description;
    if (const auto match = codePattern.match(codeSource); match.hasMatch())
        result.code = match.captured();
    static const QRegularExpression tracePattern(u"\\((?:trace_id|correlation id):\\s*([^)]+)\\)"_s);
    if (const auto match = tracePattern.match(result.description); match.hasMatch())
        result.traceId = match.captured(1).trimmed();

    // An outage or overload says nothing about the client, whatever the body (often a gateway's page).
    if (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500
        || result.error == u"temporarily_unavailable") {
        result.cause = Cause::Unavailable;
        return result;
    }

    for (const CodeRule &rule : CodeRules) {
        if (result.code == QStringView(rule.code)) {
            result.cause = rule.cause;
            return result;
        }
    }
    for (const TextRule &rule : TextRules) {
        if (result.description.contains(QStringView(rule.fragment), Qt::CaseInsensitive)
            || result.error.contains(QStringView(rule.fragment), Qt::CaseInsensitive)) {
            result.cause = rule.cause;
            return result;
        }
    }
    if (result.error == u"invalid_scope")
        result.cause = Cause::ScopeNotOnClient;
    else if (result.error == u"invalid_request")
        result.cause = Cause::InvalidRequest;
    return result;
}

QString MaskinportenError::summary() const
{
    switch (cause) {
    case Cause::InvalidRequest:
        return tr("Maskinporten could not read the request.");
    case Cause::ClientNotFound:
        return tr("Maskinporten does not know this client id in this environment.");
    case Cause::WrongAudience:
        return tr("The request was addressed to the wrong Maskinporten (audience).");
    case Cause::InvalidCertificate:
        return tr("The business certificate is not valid here.");
    case Cause::ExpiredKey:
        return tr("The key registered on the client has expired (keys last one year).");
    case Cause::CertificateOrgMismatch:
        return tr(
            "The business certificate belongs to another organisation than the one that owns the client.");
    case Cause::InvalidX5c:
        return tr("The certificate in the request could not be read.");
    case Cause::InvalidSignature:
        return tr("The signature does not match the registered key.");
    case Cause::UnknownKid:
        return tr("The key id (kid) is not registered on this client.");
    case Cause::KidRequired:
        return tr("This client uses registered keys, so the request must name one (kid).");
    case Cause::GrantReused:
        return tr("The same request was sent twice.");
    case Cause::GrantExpired:
        return tr("The request had expired when it arrived.");
    case Cause::ClockAhead:
        return tr("This computer's clock is ahead of Maskinporten's.");
    case Cause::LifetimeTooLong:
        return tr("The request was valid for too long.");
    case Cause::ScopeNotOnClient:
        return tr("A scope asked for is not added to the client.");
    case Cause::ScopeNotForMaskinporten:
        return tr("A scope asked for cannot be used with Maskinporten.");
    case Cause::ScopeNotGranted:
        return tr("Your organisation has not been given access to a scope asked for.");
    case Cause::ScopeNotDelegated:
        return tr("The customer has not delegated the scope to your organisation.");
    case Cause::UnknownDetailsType:
    case Cause::UnknownDetailsFields:
        return tr("The system user part of the request is not in the form Maskinporten expects.");
    case Cause::SystemUserNotFound:
        return tr("Maskinporten found no system user for this customer, system and client.");
    case Cause::Unavailable:
        return tr("Maskinporten is not answering properly right now (HTTP %1). This is on their side.")
            .arg(httpStatus);
    case Cause::Unknown:
        break;
    }
    return tr("Maskinporten refused the request (%1).")
        .arg(error.isEmpty() ? QString::number(httpStatus) : error);
}

QString MaskinportenError::remedy() const
{
    switch (cause) {
    case Cause::InvalidRequest:
        return tr(
            "Try again. If it keeps failing, copy the request from the activity log and send it to support.");
    case Cause::ClientNotFound:
        return tr("Check the client id in the profile, and that the environment matches where the client was "
                  "made (a test client only works against test).");
    case Cause::WrongAudience:
        return tr(
            "Choose the right environment in the profile; the wizard then uses the exact issuer address.");
    case Cause::InvalidCertificate:
        return tr("Use a test certificate against test and a production certificate against production, and "
                  "check that it has not expired.");
    case Cause::ExpiredKey:
        return tr(
            "Upload the public key again in the self-service portal (that renews it), or generate a new key "
            "and register it.");
    case Cause::CertificateOrgMismatch:
        return tr("Use the business certificate of the organisation that owns the client.");
    case Cause::InvalidX5c:
        return tr("Import the certificate again from its .p12 file.");
    case Cause::InvalidSignature:
        return tr(
            "The key in the keychain is not the one registered under this kid. Register its public key, "
            "or pick the matching kid.");
    case Cause::UnknownKid:
        return tr(
            "Register the public key on the client in the self-service portal, or correct the kid; changes "
            "can take up to two minutes to reach Maskinporten.");
    case Cause::KidRequired:
        return tr("Sign with the registered key instead of the certificate.");
    case Cause::GrantReused:
        return tr("Try again; every request gets a new id.");
    case Cause::GrantExpired:
    case Cause::ClockAhead:
        return tr(
            "Set this computer's clock to synchronise automatically with internet time, then try again.");
    case Cause::LifetimeTooLong:
        return tr("Try again; the wizard makes each request valid for at most two minutes.");
    case Cause::ScopeNotOnClient:
        return tr("Add the scope to the client in the self-service portal, or remove it from the request.");
    case Cause::ScopeNotForMaskinporten:
        return tr("Use a scope meant for machine-to-machine access, or a client of the Maskinporten type.");
    case Cause::ScopeNotGranted:
        return tr("Ask the API owner to give your organisation access to the scope.");
    case Cause::ScopeNotDelegated:
        return tr("Ask the customer to delegate the scope to your organisation in Altinn.");
    case Cause::UnknownDetailsType:
    case Cause::UnknownDetailsFields:
        return tr("Update the wizard; if it keeps failing, send the activity log to support.");
    case Cause::SystemUserNotFound:
        return tr(
            "Check that the customer has approved the request, that the client id is listed on the system, "
            "and that the external reference matches the one used in the request.");
    case Cause::Unavailable:
        if (retryAfterSeconds && *retryAfterSeconds > 0) {
            // Whole minutes from two minutes on; a wait the server gave in seconds reads better in seconds.
            const qint64 seconds = *retryAfterSeconds;
            if (seconds < 120)
                return tr("Try again in %n second(s); Maskinporten asked to wait that long.", nullptr,
                    int(seconds));
            const qint64 minutes = std::min<qint64>((seconds + 59) / 60, 24 * 60);
            return tr(
                "Try again in %n minute(s); Maskinporten asked to wait that long.", nullptr, int(minutes));
        }
        return tr("Try again in a few minutes.");
    case Cause::Unknown:
        break;
    }
    return tr(
        "Read Maskinporten's message below, and try again. If it keeps failing, send the activity log to "
        "support.");
}
