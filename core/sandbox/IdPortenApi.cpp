#include "sandbox/IdPortenApi.h"

#include "sandbox/FormFields.h"
#include "sandbox/IdPortenClients.h"
#include "sandbox/IdPortenPages.h"
#include "sandbox/IdPortenSessions.h"
#include "sandbox/IdPortenTokenEndpoint.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace {

using Stage = IdPortenSessions::Pending::Stage;

const auto LoaSubstantial = u"idporten-loa-substantial"_s;
const auto LoaHigh = u"idporten-loa-high"_s;
constexpr qsizetype ChallengeLength = 43; ///< base64url of a SHA-256 digest

QJsonObject discovery(const SandboxContext &context)
{
    const QString issuer = context.idportenIssuer();
    return {{u"issuer"_s, issuer}, {u"authorization_endpoint"_s, QString(issuer + u"/authorize"_s)},
        {u"token_endpoint"_s, QString(issuer + u"/token"_s)},
        {u"jwks_uri"_s, QString(issuer + u"/jwks.json"_s)},
        {u"response_types_supported"_s, QJsonArray{u"code"_s}},
        {u"response_modes_supported"_s, QJsonArray{u"query"_s}},
        {u"grant_types_supported"_s, QJsonArray{u"authorization_code"_s}},
        {u"subject_types_supported"_s, QJsonArray{u"pairwise"_s}},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
        {u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"private_key_jwt"_s}},
        {u"token_endpoint_auth_signing_alg_values_supported"_s, QJsonArray{u"RS256"_s}},
        {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"RS256"_s}},
        // App scopes ("<org>:<app>") are taken too; they cannot be listed.
        {u"scopes_supported"_s,
            QJsonArray{u"openid"_s, u"profile"_s, u"altinn:instances.read"_s, u"altinn:instances.write"_s}},
        {u"acr_values_supported"_s, QJsonArray{LoaSubstantial, LoaHigh}},
        {u"ui_locales_supported"_s, QJsonArray{u"nb"_s, u"nn"_s, u"en"_s, u"se"_s}},
        {u"claims_supported"_s,
            QJsonArray{u"iss"_s, u"aud"_s, u"sub"_s, u"pid"_s, u"acr"_s, u"amr"_s, u"auth_time"_s, u"iat"_s,
                u"exp"_s, u"nonce"_s, u"sid"_s, u"jti"_s, u"locale"_s}},
        {u"authorization_response_iss_parameter_supported"_s, true}};
}

/// A 302 to @p redirectUri with @p parameters added to its query (RFC 6749 §3.1.2 keeps the query it has).
SandboxResponse redirectTo(const QString &redirectUri, const QList<std::pair<QString, QString>> &parameters)
{
    QString location = redirectUri;
    QString separator;
    if (!location.endsWith(u'?') && !location.endsWith(u'&'))
        separator = location.contains(u'?') ? u"&"_s : u"?"_s;
    for (const auto &[name, value] : parameters) {
        location += separator + QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'='
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
        separator = u"&"_s;
    }
    return SandboxResponse::redirect(location, 302).withHeader("Cache-Control", "no-store");
}

/// RFC 6749 §4.1.2.1 with RFC 9207's iss: error, error_description, state (when the app sent one) and iss.
SandboxResponse errorRedirect(const SandboxContext &context, const QString &redirectUri, const QString &state,
    const QString &error, const QString &description)
{
    QList<std::pair<QString, QString>> parameters{{u"error"_s, error}, {u"error_description"_s, description}};
    if (!state.isEmpty())
        parameters.append({u"state"_s, state});
    parameters.append({u"iss"_s, context.idportenIssuer()});
    return redirectTo(redirectUri, parameters);
}

bool isBase64Url(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
    });
}

/**
 * GET /idporten/authorize, in this order: client_id and redirect_uri (an error page, never a redirect: the
 * address is not known to be the app's), then — answered by a redirect with an error — repeated parameters,
 * response_type, scope, state, nonce, PKCE and acr_values. Other parameters (prompt, login_hint, …) are
 * ignored.
 */
SandboxResponse authorize(const SandboxRequest &request, SandboxContext &context, IdPortenSessions &sessions,
    const IdPortenPages &pages)
{
    const FormFields query = FormFields::parse(request.query.query(QUrl::FullyEncoded).toUtf8());
    const QString locale = IdPortenPages::localeFor(query.value(u"ui_locales"_s));
    const QString language = IdPortenPages::languageFor(locale);
    const QString clientId = query.value(u"client_id"_s);
    const SandboxIdPortenClient *client =
        query.count(u"client_id"_s) == 1 ? IdPortenClients::find(context.state, clientId) : nullptr;
    if (!client) {
        return pages.error(400, language, QT_TRANSLATE_NOOP("ApprovalPageText", "Unknown app"),
            QT_TRANSLATE_NOOP("ApprovalPageText",
                "The login link names no app (client_id) registered at the sandbox's ID-porten. Register the "
                "app's client with POST /sandbox/idporten/clients, or check the link."),
            clientId);
    }
    const QString redirectUri = query.value(u"redirect_uri"_s);
    if (query.count(u"redirect_uri"_s) != 1 || !IdPortenClients::acceptsRedirectUri(*client, redirectUri)) {
        return pages.error(400, language, QT_TRANSLATE_NOOP("ApprovalPageText", "Wrong return address"),
            QT_TRANSLATE_NOOP("ApprovalPageText",
                "The app asked to be sent back to an address (redirect_uri) that is not registered for it, "
                "so "
                "the sandbox does not send you there."),
            redirectUri);
    }

    const QString state = query.value(u"state"_s);
    const auto fail = [&](const QString &error, const QString &description) {
        return errorRedirect(context, redirectUri, state, error, description);
    };
    if (const QStringList repeated = query.repeatedNames(); !repeated.isEmpty())
        return fail(
            u"invalid_request"_s, u"Each parameter may be sent once: %1."_s.arg(repeated.join(u", ")));
    const QString responseType = query.value(u"response_type"_s);
    if (responseType.isEmpty())
        return fail(u"invalid_request"_s, u"response_type is missing: send response_type=code."_s);
    if (responseType != u"code")
        return fail(u"unsupported_response_type"_s, u"Only response_type=code is supported."_s);
    QStringList scopes = query.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    scopes.removeDuplicates();
    if (!scopes.contains(u"openid"_s))
        return fail(u"invalid_scope"_s, u"scope must contain openid."_s);
    for (const QString &scope : std::as_const(scopes)) {
        if (!client->scopes.contains(scope))
            return fail(u"invalid_scope"_s, u"The client may not ask for the scope %1."_s.arg(scope));
    }
    if (state.isEmpty())
        return fail(u"invalid_request"_s, u"state is missing: send a random value and check it on return."_s);
    // OpenID Connect leaves nonce optional in the code flow; the sandbox requires it so that apps check it.
    if (query.value(u"nonce"_s).isEmpty())
        return fail(u"invalid_request"_s,
            u"nonce is missing: the sandbox's ID-porten requires one and puts it in the ID token."_s);
    if (query.value(u"code_challenge_method"_s) != u"S256")
        return fail(u"invalid_request"_s, u"code_challenge_method must be S256: ID-porten requires PKCE."_s);
    const QString challenge = query.value(u"code_challenge"_s);
    if (challenge.size() != ChallengeLength || !isBase64Url(challenge))
        return fail(u"invalid_request"_s,
            u"code_challenge must be the SHA-256 of the code_verifier in base64url (43 characters)."_s);
    const QStringList acrValues = query.value(u"acr_values"_s).split(u' ', Qt::SkipEmptyParts);
    for (const QString &acr : acrValues) {
        if (acr != LoaSubstantial && acr != LoaHigh)
            return fail(u"invalid_request"_s,
                u"acr_values: %1 is unknown; use %2 or %3."_s.arg(acr, LoaSubstantial, LoaHigh));
    }

    const IdPortenAuthorization authorization{client->clientId, redirectUri, state, query.value(u"nonce"_s),
        challenge, scopes, acrValues.contains(LoaHigh) ? LoaHigh : LoaSubstantial, locale, language};
    return pages.login(sessions.addPending(authorization, context.clock.now()), *client);
}

/// The pending authorization a posted form names, when it is at @p stage and came from its own page; else
/// the error page to answer.
std::variant<IdPortenSessions::Pending *, SandboxResponse> postedPending(const FormFields &form, Stage stage,
    const SandboxContext &context, IdPortenSessions &sessions, const IdPortenPages &pages)
{
    const QString id = form.value(IdPortenPages::PendingField);
    IdPortenSessions::Pending *pending = sessions.pending(id);
    if (!pending || IdPortenSessions::isExpired(*pending, context.clock.now())) {
        const QString language = pending ? pending->request.language : u"nb"_s;
        sessions.removePending(id);
        return pages.error(400, language, QT_TRANSLATE_NOOP("ApprovalPageText", "The login has expired"),
            QT_TRANSLATE_NOOP("ApprovalPageText",
                "This login is no longer valid: it is more than 10 minutes old, it is finished, or the "
                "sandbox was restarted. Start the login again from the app."));
    }
    const QString language = pending->request.language;
    // Only the page's own form counts: a cross-site form post has no valid token.
    if (!pages.verifyForm(form.value(IdPortenPages::TokenField), stage, id)) {
        return pages.error(400, language, QT_TRANSLATE_NOOP("ApprovalPageText", "Nothing was done"),
            QT_TRANSLATE_NOOP("ApprovalPageText",
                "The form did not come from this login: its security token was missing or wrong. Start the "
                "login again from the app."));
    }
    if (pending->stage != stage) {
        return pages.error(400, language, QT_TRANSLATE_NOOP("ApprovalPageText", "This page was already used"),
            QT_TRANSLATE_NOOP("ApprovalPageText",
                "The login has moved on since this page was shown. Go on in the newest page, or start the "
                "login again from the app."));
    }
    if (!IdPortenClients::find(context.state, pending->request.clientId)) {
        sessions.removePending(id);
        return pages.error(400, language, QT_TRANSLATE_NOOP("ApprovalPageText", "Unknown app"),
            QT_TRANSLATE_NOOP(
                "ApprovalPageText", "The app is no longer registered at the sandbox's ID-porten."),
            pending->request.clientId);
    }
    return pending;
}

/// Ends @p pending with access_denied: the person cancelled or did not allow.
SandboxResponse deny(const SandboxContext &context, IdPortenSessions &sessions,
    const IdPortenSessions::Pending &pending, const QString &description)
{
    const IdPortenAuthorization request = pending.request;
    sessions.removePending(pending.id);
    return errorRedirect(context, request.redirectUri, request.state, u"access_denied"_s, description);
}

SandboxResponse login(const SandboxRequest &request, const SandboxContext &context,
    IdPortenSessions &sessions, const IdPortenPages &pages)
{
    const FormFields form = FormFields::parse(request.body);
    const auto posted = postedPending(form, Stage::Login, context, sessions, pages);
    if (const auto *refusal = std::get_if<SandboxResponse>(&posted))
        return *refusal;
    IdPortenSessions::Pending &pending = *std::get<IdPortenSessions::Pending *>(posted);
    if (form.has(IdPortenPages::CancelField))
        return deny(context, sessions, pending, u"The user cancelled the login."_s);
    const QString pid = form.value(IdPortenPages::PersonField);
    const auto person = IdPortenPersons::byPid(pid);
    if (!person) {
        return pages.error(400, pending.request.language,
            QT_TRANSLATE_NOOP("ApprovalPageText", "Unknown person"),
            QT_TRANSLATE_NOOP("ApprovalPageText", "Choose one of the persons on the login page."), pid);
    }
    pending.stage = Stage::Consent;
    pending.pid = person->pid;
    pending.authTime = context.clock.now();
    pending.sid = IdPortenSessions::newId();
    return pages.consent(pending, *IdPortenClients::find(context.state, pending.request.clientId), *person);
}

SandboxResponse consent(const SandboxRequest &request, const SandboxContext &context,
    IdPortenSessions &sessions, const IdPortenPages &pages)
{
    const FormFields form = FormFields::parse(request.body);
    const auto posted = postedPending(form, Stage::Consent, context, sessions, pages);
    if (const auto *refusal = std::get_if<SandboxResponse>(&posted))
        return *refusal;
    const IdPortenSessions::Pending &pending = *std::get<IdPortenSessions::Pending *>(posted);
    const QString decision = form.value(IdPortenPages::DecisionField);
    if (decision == u"deny")
        return deny(context, sessions, pending, u"The user did not allow the app access."_s);
    if (decision != u"allow") {
        return pages.error(400, pending.request.language,
            QT_TRANSLATE_NOOP("ApprovalPageText", "Nothing was done"),
            QT_TRANSLATE_NOOP("ApprovalPageText", "Choose Allow or Deny on the consent page."), decision);
    }
    const IdPortenAuthorization asked = pending.request;
    const QString code = sessions.addCode(pending, context.clock.now());
    sessions.removePending(pending.id);
    // RFC 9207: iss tells the app which provider answered.
    return redirectTo(asked.redirectUri,
        {{u"code"_s, code}, {u"state"_s, asked.state}, {u"iss"_s, context.idportenIssuer()}});
}

} // namespace

void IdPortenApi::registerRoutes(Router &router, SandboxContext &context)
{
    // One store and one set of pages for all handlers (freed with the router). Logins and codes are not
    // part of the saved state: like a browser session, they do not outlive the sandbox.
    const auto sessions = std::make_shared<IdPortenSessions>();
    const auto pages = std::make_shared<const IdPortenPages>();
    router.add("GET", u"/idporten/.well-known/openid-configuration"_s,
        [&context](const SandboxRequest &) { return SandboxResponse::json(200, discovery(context)); });
    router.add("GET", u"/idporten/jwks.json"_s, [&context](const SandboxRequest &) {
        return SandboxResponse::json(200, context.idportenTokens().jwks());
    });
    router.add("GET", u"/idporten/authorize"_s, [&context, sessions, pages](const SandboxRequest &request) {
        return authorize(request, context, *sessions, *pages);
    });
    router.add("POST", u"/idporten/login"_s, [&context, sessions, pages](const SandboxRequest &request) {
        return login(request, context, *sessions, *pages);
    });
    router.add("POST", u"/idporten/consent"_s, [&context, sessions, pages](const SandboxRequest &request) {
        return consent(request, context, *sessions, *pages);
    });
    IdPortenTokenEndpoint::registerRoutes(router, context, sessions);
    IdPortenClients::registerRoutes(router, context);
}

bool IdPortenApi::isRevoked(const SandboxContext &context, const QJsonObject &claims)
{
    const QString jti = claims.value(u"jti"_s).toString();
    return !jti.isEmpty() && context.state.idportenRevokedTokenIds.contains(jti);
}
