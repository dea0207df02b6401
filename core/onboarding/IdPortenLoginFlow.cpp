#include "onboarding/IdPortenLoginFlow.h"

#include "altinn/ApiOperation.h"
#include "altinn/IdPortenClient.h"
#include "auth/IdPortenError.h"
#include "auth/IdTokenValidator.h"
#include "auth/Jws.h"
#include "auth/LoopbackRedirectListener.h"
#include "auth/Pkce.h"
#include "onboarding/IdPortenClientSetup.h"
#include "session/VendorSession.h"

#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using Kind = Altinn::ApiFailure::Kind;
using Outcome = Onboarding::IdPortenLoginFlow::Outcome;
using Remedy = Altinn::Explanation::Remedy;

namespace Onboarding {

/// One login's state: what was sent to the browser, and what came back.
struct IdPortenLoginFlow::Private
{
    QPointer<VendorSession> session;
    Request request;
    BrowserOpener opener;
    quint64 running = 0; ///< the run whose answers count; 0 = none
    quint64 nextRun = 1;
    IdPortenClientSetup *setup = nullptr;
    Altinn::IdPortenClient *client = nullptr;
    LoopbackRedirectListener *listener = nullptr;
    QTimer *timeout = nullptr;
    QPointer<Altinn::ApiOperation> call;

    IdPortenClientSetup::Client registered;
    Altinn::IdPortenDiscovery discovery;
    QByteArray verifier;
    QString state;
    QString nonce;
    QUrl authorizationUrl;
    QUrl redirectUri;
    Altinn::IdPortenTokens tokens;
};

namespace {

Altinn::Explanation explanation(const QString &summary, const QString &remedy, const QString &details = {})
{
    Altinn::Explanation result;
    result.summary = summary;
    result.remedy = remedy;
    result.serverMessage = details;
    return result;
}

} // namespace

IdPortenLoginFlow::IdPortenLoginFlow(VendorSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->session = session;
    d->timeout = new QTimer(this);
    d->timeout->setSingleShot(true);
    connect(d->timeout, &QTimer::timeout, this, [this] {
        Outcome outcome;
        outcome.result = Outcome::Result::TimedOut;
        outcome.explanation = explanation(tr("Nobody logged in at ID-porten in time."),
            tr("Log in again when ready, and finish the login in the browser within a few minutes."));
        finish(d->running, outcome);
    });
}

IdPortenLoginFlow::~IdPortenLoginFlow()
{
    d->running = 0;
    if (d->call)
        d->call->cancel();
}

void IdPortenLoginFlow::setRequest(const Request &request)
{
    d->request = request;
}

IdPortenLoginFlow::Request IdPortenLoginFlow::request() const
{
    return d->request;
}

void IdPortenLoginFlow::setBrowserOpener(BrowserOpener opener)
{
    d->opener = std::move(opener);
}

bool IdPortenLoginFlow::isBusy() const
{
    return d->running != 0;
}

QUrl IdPortenLoginFlow::authorizationUrl() const
{
    return d->authorizationUrl;
}

void IdPortenLoginFlow::start()
{
    if (d->running != 0)
        return;
    const quint64 run = d->nextRun++;
    d->running = run;
    d->authorizationUrl.clear();
    Q_EMIT stepChanged(Step::PreparingClient);
    if (!d->session) {
        QTimer::singleShot(0, this, [this, run] {
            Outcome outcome;
            outcome.explanation =
                explanation(tr("There is no profile to log in with."), tr("Choose a profile first."));
            finish(run, outcome);
        });
        return;
    }
    if (!d->setup) {
        d->setup = new IdPortenClientSetup(d->session, this);
        d->client = new Altinn::IdPortenClient(d->session->transport(), this);
        d->listener = new LoopbackRedirectListener(this);
        connect(d->listener, &LoopbackRedirectListener::redirected, this,
            [this](const QUrlQuery &query) { redirected(d->running, query); });
    }
    const QPointer<IdPortenLoginFlow> self(this);
    d->setup->start(d->request.scopes, [this, self, run](const IdPortenClientSetup::Outcome &prepared) {
        if (!self || d->running != run)
            return;
        if (!prepared.ok()) {
            Outcome outcome;
            outcome.explanation = prepared.explanation;
            finish(run, outcome);
            return;
        }
        d->registered = *prepared.client;
        d->call = d->client->discovery(
            [this, self, run](const Altinn::ApiResult<Altinn::IdPortenDiscovery> &found) {
                if (!self || d->running != run)
                    return;
                if (!found.ok()) {
                    fail(run, found.failure, tr("reading ID-porten's discovery document"));
                    return;
                }
                d->discovery = *found.value;
                openBrowser(run);
            });
    });
}

void IdPortenLoginFlow::openBrowser(quint64 run)
{
    if (!d->listener->listen()) {
        Outcome outcome;
        outcome.explanation = explanation(tr("No port could be opened on 127.0.0.1 for ID-porten's answer."),
            tr("Check that no firewall or security software blocks local connections, then log in again."));
        finish(run, outcome);
        return;
    }
    d->redirectUri = d->listener->redirectUri();
    d->verifier = Pkce::newVerifier();
    d->state = Pkce::newState();
    d->nonce = Pkce::newNonce();
    QStringList scopes{u"openid"_s};
    for (const QString &scope : std::as_const(d->request.scopes)) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    QString locale = d->request.uiLocale.isEmpty() ? d->session->language() : d->request.uiLocale;
    if (locale.isEmpty())
        locale = u"nb"_s;
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, d->registered.clientId);
    query.addQueryItem(u"redirect_uri"_s, d->redirectUri.toString());
    query.addQueryItem(u"response_type"_s, u"code"_s);
    query.addQueryItem(u"scope"_s, scopes.join(u' '));
    query.addQueryItem(u"state"_s, d->state);
    query.addQueryItem(u"nonce"_s, d->nonce);
    query.addQueryItem(u"code_challenge"_s, QString::fromLatin1(Pkce::challengeS256(d->verifier)));
    query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    query.addQueryItem(u"ui_locales"_s, locale);
    QUrl url = d->discovery.authorizationEndpoint;
    url.setQuery(query.toString(QUrl::FullyEncoded).replace(u"+"_s, u"%2B"_s), QUrl::StrictMode);
    d->authorizationUrl = url;

    Q_EMIT stepChanged(Step::WaitingForBrowser);
    d->timeout->start(d->request.timeout);
    // A browser that does not open is no failure: the link can be opened by hand (authorizationUrl()).
    if (d->opener)
        d->opener(url);
}

void IdPortenLoginFlow::redirected(quint64 run, const QUrlQuery &query)
{
    if (run == 0 || d->running != run)
        return;
    d->timeout->stop();
    d->listener->close();
    Outcome outcome;
    const QString issuer = query.queryItemValue(u"iss"_s, QUrl::FullyDecoded);
    if (query.queryItemValue(u"state"_s, QUrl::FullyDecoded) != d->state) {
        // Not the answer to this login (another tab, an older login, or a page trying to slip one in).
        outcome.explanation = explanation(tr("The answer that came back from the browser does not belong to "
                                             "this login (its state differs), "
                                             "so it was not used."),
            tr("Log in again, and finish the login in the newest ID-porten tab only."));
        outcome.explanation.code = u"state"_s;
        finish(run, outcome);
        return;
    }
    if (!issuer.isEmpty() && issuer != d->discovery.issuer) {
        // RFC 9207: an answer from another issuer than the one asked (a mix-up) is not used.
        outcome.explanation = explanation(
            tr("The answer came from another login service (%1) than this environment's ID-porten.")
                .arg(issuer),
            tr("Log in again."));
        finish(run, outcome);
        return;
    }
    const QString error = query.queryItemValue(u"error"_s, QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const IdPortenError idportenError = IdPortenError::fromRedirect(
            error, query.queryItemValue(u"error_description"_s, QUrl::FullyDecoded));
        outcome.result = error == u"access_denied" ? Outcome::Result::Denied : Outcome::Result::Failed;
        outcome.explanation = explanation(idportenError.summary(),
            idportenError.remedy(d->session && d->session->environment().isLocal()),
            idportenError.description);
        outcome.explanation.code = error;
        finish(run, outcome);
        return;
    }
    const QString code = query.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty()) {
        outcome.explanation = explanation(tr("ID-porten's answer held no login code."), tr("Log in again."));
        finish(run, outcome);
        return;
    }
    fetchTokens(run, code);
}

void IdPortenLoginFlow::fetchTokens(quint64 run, const QString &code)
{
    Q_EMIT stepChanged(Step::FetchingTokens);
    Altinn::IdPortenTokenRequest tokenRequest;
    tokenRequest.code = code;
    tokenRequest.redirectUri = d->redirectUri;
    tokenRequest.codeVerifier = d->verifier;
    tokenRequest.clientId = d->registered.clientId;
    tokenRequest.identity = d->registered.identity;
    const QPointer<IdPortenLoginFlow> self(this);
    d->call = d->client->requestTokens(d->discovery, tokenRequest,
        [this, self, run](const Altinn::ApiResult<Altinn::IdPortenTokens> &answer) {
            if (!self || d->running != run)
                return;
            if (!answer.ok()) {
                fail(run, answer.failure, tr("getting the tokens from ID-porten"), true);
                return;
            }
            d->tokens = *answer.value;
            d->call = d->client->jwks(
                d->discovery.jwksUri, [this, self, run](const Altinn::ApiResult<QJsonObject> &keys) {
                    if (!self || d->running != run)
                        return;
                    if (!keys.ok()) {
                        fail(run, keys.failure, tr("reading ID-porten's keys"));
                        return;
                    }
                    checkIdToken(run, *keys.value);
                });
        });
}

void IdPortenLoginFlow::checkIdToken(quint64 run, const QJsonObject &jwks)
{
    IdTokenValidator::Expectations expected;
    expected.issuer = d->discovery.issuer;
    expected.clientId = d->registered.clientId;
    expected.nonce = d->nonce;
    expected.now = QDateTime::currentDateTimeUtc();
    const IdTokenValidator::Result checked = IdTokenValidator::validate(d->tokens.idToken, jwks, expected);
    Outcome outcome;
    if (!checked.ok()) {
        outcome.explanation = explanation(IdTokenValidator::explain(checked.problem),
            tr("Log in again. If it happens again, report it with the details below."), checked.detail);
        finish(run, outcome);
        return;
    }
    outcome.result = Outcome::Result::LoggedIn;
    outcome.accessToken = d->tokens.accessToken;
    if (const auto decoded = Jws::decode(d->tokens.accessToken))
        outcome.accessTokenClaims = decoded->payload;
    outcome.idTokenClaims = checked.claims;
    outcome.grantedScopes = d->tokens.scopes;
    if (outcome.grantedScopes.isEmpty())
        outcome.grantedScopes =
            outcome.accessTokenClaims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    finish(run, outcome);
}

void IdPortenLoginFlow::fail(
    quint64 run, const Altinn::ApiFailure &failure, const QString &operation, bool fromTokenEndpoint)
{
    Outcome outcome;
    const std::optional<IdPortenError> error =
        fromTokenEndpoint ? Altinn::IdPortenClient::errorOf(failure) : std::nullopt;
    if (error) {
        // An OAuth error (RFC 6749 §5.2) says more than the HTTP status.
        outcome.explanation = explanation(error->summary(),
            error->remedy(d->session && d->session->environment().isLocal()), error->description);
        outcome.explanation.code = error->error;
    } else {
        outcome.explanation = Altinn::ErrorExplainer::explain(failure, operation);
    }
    finish(run, outcome);
}

void IdPortenLoginFlow::cancel()
{
    if (d->running == 0)
        return;
    Outcome outcome;
    outcome.result = Outcome::Result::Cancelled;
    outcome.explanation = explanation(tr("The login was cancelled."), tr("Log in again when ready."));
    finish(d->running, outcome);
}

void IdPortenLoginFlow::finish(quint64 run, Outcome outcome)
{
    if (run == 0 || d->running != run)
        return;
    d->running = 0;
    d->timeout->stop();
    if (d->listener)
        d->listener->close();
    if (d->setup)
        d->setup->cancel();
    if (d->call)
        d->call->cancel();
    d->call.clear();
    // Nothing of this login stays: a new one starts from scratch.
    d->verifier.clear();
    d->state.clear();
    d->nonce.clear();
    d->tokens = {};
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
