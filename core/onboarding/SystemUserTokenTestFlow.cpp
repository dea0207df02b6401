#include "onboarding/SystemUserTokenTestFlow.h"

#include "session/ConnectionCheck.h"
#include "session/VendorSession.h"

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using Cause = MaskinportenError::Cause;
using Remedy = Altinn::Explanation::Remedy;

namespace Onboarding {

Altinn::SystemUserTokenDiagnosisRun::Query SystemUserTokenTestFlow::Outcome::diagnosisQuery() const
{
    return {facts.systemId, facts.clientId, facts.vendorOrgNo, request.customerOrgNo, request.externalRef};
}

Altinn::OnboardingSummary::TokenTest SystemUserTokenTestFlow::Outcome::tokenTest() const
{
    Altinn::OnboardingSummary::TokenTest test;
    test.ok = isIssued();
    test.testedAt = QDateTime::currentDateTimeUtc();
    test.customerOrgNo = request.customerOrgNo;
    test.externalRef = request.externalRef;
    if (test.ok)
        test.claims = claimRows;
    else
        test.failure = explanation.fullText();
    return test;
}

SystemUserTokenTestFlow::SystemUserTokenTestFlow(VendorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

SystemUserTokenTestFlow::~SystemUserTokenTestFlow() = default;

void SystemUserTokenTestFlow::start()
{
    if (m_running != 0)
        return;
    const quint64 attempt = m_nextAttempt++;
    m_running = attempt;
    Outcome outcome;
    outcome.request = m_request;
    if (!m_session) {
        outcome.failure = Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Rejected, u"no session"_s);
        failed(outcome);
        return;
    }
    const QPointer<SystemUserTokenTestFlow> self(this);
    m_session->systemUserToken(m_request.customerOrgNo, m_request.externalRef, m_request.scopes,
        [self, attempt, outcome](const Altinn::ApiResult<VendorSession::SystemUserToken> &result) mutable {
            // The token client cannot be interrupted: an answer after cancel() is ignored.
            if (!self || self->m_running != attempt)
                return;
            if (!result.ok()) {
                outcome.failure = result.failure;
                self->failed(outcome);
                return;
            }
            outcome.result = Outcome::Result::Issued;
            outcome.token = result.value->token;
            outcome.claims = result.value->claims;
            outcome.claimRows = Altinn::TokenClaimsExplainer::rows(outcome.claims);
            self->finish(outcome);
        });
}

void SystemUserTokenTestFlow::cancel()
{
    if (m_running == 0)
        return;
    if (m_diagnosis)
        m_diagnosis->cancel();
    Outcome outcome;
    outcome.request = m_request;
    outcome.failure = Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled);
    outcome.explanation =
        Altinn::ErrorExplainer::explain(outcome.failure, tr("getting the system user token"));
    finish(outcome);
}

void SystemUserTokenTestFlow::failed(Outcome outcome)
{
    outcome.result = Outcome::Result::Failed;
    outcome.explanation =
        Altinn::ErrorExplainer::explain(outcome.failure, tr("getting the system user token"));
    outcome.cause = outcome.failure.tokenError ? outcome.failure.tokenError->cause : Cause::Unknown;
    // The client is fine when the clock is off or the customer side does not match: no remedy there.
    const bool clientIsFine = outcome.cause == Cause::ClockAhead || outcome.cause == Cause::GrantExpired
        || outcome.cause == Cause::SystemUserNotFound;
    outcome.remedy = clientIsFine ? Remedy::None : outcome.explanation.action;

    if (outcome.cause == Cause::ClockAhead || outcome.cause == Cause::GrantExpired) {
        const std::optional<qint64> skew =
            m_session ? m_session->tokenClient()->clockSkewSeconds() : std::nullopt;
        if (!skew) {
            outcome.clockNote = tr(
                "Maskinporten did not say what time it has, so how far this computer's clock is off is not "
                "known. Turn on automatic time (NTP) in the system settings and try again.");
        } else {
            outcome.clockNote = ConnectionCheck::clockSkewWarning(*skew);
            if (outcome.clockNote.isEmpty())
                outcome.clockNote =
                    tr("This computer's clock is within %n second(s) of Maskinporten's, so the "
                       "clock is not the cause. Try again.",
                        nullptr, int(std::llabs(*skew)));
        }
    }
    if (outcome.cause != Cause::SystemUserNotFound || !m_request.diagnose || !m_session) {
        finish(outcome);
        return;
    }
    // MP-303: which of the facts behind a system user does not match.
    if (!m_diagnosis) {
        m_diagnosis = new Altinn::SystemUserTokenDiagnosisRun(
            m_session->systemRegister(), m_session->systemUsers(), m_session->requests(), this);
    }
    disconnect(m_diagnosis, nullptr, this, nullptr);
    const quint64 attempt = m_running;
    connect(m_diagnosis, &Altinn::SystemUserTokenDiagnosisRun::finished, this,
        [this, attempt, outcome](const QList<Altinn::SystemUserTokenDiagnosis::Finding> &findings) mutable {
            if (m_running != attempt)
                return;
            outcome.diagnosed = true;
            outcome.diagnosis = findings;
            outcome.facts = m_diagnosis->facts();
            finish(outcome);
        });
    const Profile &profile = m_session->profile();
    m_diagnosis->start({m_request.systemId, profile.clientId, profile.vendorOrgNumber,
        m_request.customerOrgNo, m_request.externalRef});
}

void SystemUserTokenTestFlow::finish(const Outcome &outcome)
{
    m_running = 0;
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
