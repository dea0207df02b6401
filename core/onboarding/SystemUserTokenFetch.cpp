#include "onboarding/SystemUserTokenFetch.h"

#include "auth/AltinnTokenExchange.h"
#include "session/VendorSession.h"

using namespace Qt::Literals::StringLiterals;
using Kind = Altinn::ApiFailure::Kind;

namespace Onboarding {

namespace {

/// Whether a failed token request reached Maskinporten (a key that could not be read sends nothing).
bool reachedMaskinporten(const Altinn::ApiFailure &failure)
{
    return failure.tokenError.has_value() || failure.kind == Kind::Network || failure.kind == Kind::TimedOut
        || failure.kind == Kind::Tls;
}

} // namespace

Altinn::ApiFailure SystemUserTokenFetch::exchangeFailure(const AltinnTokenExchange::Result &answer)
{
    if (answer.httpStatus != 0 && !answer.timedOut) {
        Altinn::ApiError error;
        error.httpStatus = answer.httpStatus;
        error.message = answer.error;
        Altinn::ApiFailure failure = Altinn::ApiFailure::http(error);
        failure.detail = answer.error;
        failure.attempts = 1;
        return failure;
    }
    Altinn::ApiFailure failure =
        Altinn::ApiFailure::of(answer.timedOut ? Kind::TimedOut : Kind::Network, answer.error);
    failure.attempts = 1;
    return failure;
}

SystemUserTokenFetch::SystemUserTokenFetch(VendorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

SystemUserTokenFetch::~SystemUserTokenFetch() = default;

void SystemUserTokenFetch::start(const Request &request)
{
    if (m_running != 0)
        return;
    const quint64 attempt = m_nextAttempt++;
    m_running = attempt;
    Result result;
    if (!m_session) {
        result.failure = Altinn::ApiFailure::of(Kind::Rejected, u"no session"_s);
        fail(result, tr("getting the system user token"));
        return;
    }
    const bool exchangeToo = request.exchange;
    const QPointer<SystemUserTokenFetch> self(this);
    m_session->systemUserToken(request.customerOrgNo, request.externalRef, request.scopes,
        [self, attempt, exchangeToo, result](
            const Altinn::ApiResult<VendorSession::SystemUserToken> &answer) mutable {
            // The token client cannot be interrupted: an answer after cancel() is ignored.
            if (!self || self->m_running != attempt)
                return;
            if (!answer.ok()) {
                result.maskinportenCalls = reachedMaskinporten(answer.failure) ? 1 : 0;
                result.failure = answer.failure;
                self->fail(result, tr("getting the system user token"));
                return;
            }
            result.token = answer.value->token;
            result.claims = answer.value->claims;
            result.maskinportenCalls = result.token.fromCache ? 0 : 1;
            if (!exchangeToo) {
                result.ok = true;
                self->finish(result);
                return;
            }
            self->exchange(attempt, result);
        });
}

void SystemUserTokenFetch::exchange(quint64 attempt, Result result)
{
    result.stage = Result::Stage::Exchange;
    if (!m_session) {
        result.failure = Altinn::ApiFailure::of(Kind::Rejected, u"no session"_s);
        fail(result, tr("exchanging the system user token for an Altinn token"));
        return;
    }
    if (!m_exchange) {
        m_exchange =
            new AltinnTokenExchange(m_session->network(), m_session->environment().platformBaseUrl(), this);
        m_exchange->setActivityLog(m_session->activityLog());
    }
    result.exchangeCalls = 1;
    const QPointer<SystemUserTokenFetch> self(this);
    m_exchange->exchange(
        result.token.accessToken, [self, attempt, result](const AltinnTokenExchange::Result &answer) mutable {
            if (!self || self->m_running != attempt)
                return;
            if (!answer.ok()) {
                result.failure = exchangeFailure(answer);
                if (self->m_session)
                    result.failure.server = Altinn::ApiFailure::serverOf(self->m_session->environment());
                self->fail(result, tr("exchanging the system user token for an Altinn token"));
                return;
            }
            result.altinnToken = answer.altinnToken;
            result.ok = true;
            self->finish(result);
        });
}

void SystemUserTokenFetch::cancel()
{
    if (m_running == 0)
        return;
    Result result;
    result.failure = Altinn::ApiFailure::of(Kind::Cancelled);
    result.explanation = Altinn::ErrorExplainer::explain(result.failure, tr("getting the system user token"));
    finish(result);
}

void SystemUserTokenFetch::fail(Result result, const QString &operation)
{
    result.ok = false;
    result.explanation = Altinn::ErrorExplainer::explain(result.failure, operation);
    result.cause =
        result.failure.tokenError ? result.failure.tokenError->cause : MaskinportenError::Cause::Unknown;
    finish(result);
}

void SystemUserTokenFetch::finish(const Result &result)
{
    m_running = 0;
    Q_EMIT finished(result);
}

} // namespace Onboarding
