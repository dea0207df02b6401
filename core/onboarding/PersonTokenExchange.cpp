#include "onboarding/PersonTokenExchange.h"

#include "auth/AltinnTokenExchange.h"
#include "auth/Jws.h"
#include "onboarding/SystemUserTokenFetch.h"
#include "session/VendorSession.h"

#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using Kind = Altinn::ApiFailure::Kind;

namespace Onboarding {

PersonTokenExchange::PersonTokenExchange(VendorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

PersonTokenExchange::~PersonTokenExchange()
{
    m_running = 0;
}

void PersonTokenExchange::start(const QByteArray &idportenAccessToken, Callback done)
{
    const quint64 run = m_nextRun++;
    m_running = run;
    m_done = std::move(done);
    const QPointer<PersonTokenExchange> self(this);
    if (!m_session || idportenAccessToken.isEmpty()) {
        const bool noSession = !m_session;
        QTimer::singleShot(0, this, [this, run, noSession] {
            if (m_running != run)
                return;
            Outcome outcome;
            outcome.failure =
                Altinn::ApiFailure::of(Kind::Rejected, noSession ? u"no session"_s : u"no token"_s);
            outcome.explanation.summary =
                noSession ? tr("There is no profile to act with.") : tr("No person is logged in.");
            outcome.explanation.remedy = tr("Log in with ID-porten first.");
            finish(outcome);
        });
        return;
    }
    if (!m_exchange) {
        m_exchange =
            new AltinnTokenExchange(m_session->network(), m_session->environment().platformBaseUrl(), this);
        m_exchange->setActivityLog(m_session->activityLog());
    }
    // TT02's exchange takes TestID persons' tokens with ?test=true
    // (docs/altinn-behaviour.md#client-delegation).
    const bool test = m_session->environment().kind() == Altinn::Environment::Kind::Tt02;
    m_exchange->exchange(
        idportenAccessToken,
        [self, run](const AltinnTokenExchange::Result &answer) {
            if (!self || self->m_running != run)
                return;
            Outcome outcome;
            if (answer.ok()) {
                outcome.altinnToken = answer.altinnToken;
                if (const auto decoded = Jws::decode(answer.altinnToken))
                    outcome.claims = decoded->payload;
                self->finish(outcome);
                return;
            }
            outcome.failure = SystemUserTokenFetch::exchangeFailure(answer);
            if (self->m_session)
                outcome.failure.server = Altinn::ApiFailure::serverOf(self->m_session->environment());
            outcome.explanation = Altinn::ErrorExplainer::explain(
                outcome.failure, tr("exchanging the ID-porten token at Altinn"));
            if (answer.httpStatus == 401) {
                outcome.explanation.summary = answer.error;
                outcome.explanation.remedy = tr("Log in with ID-porten again, then try again.");
            }
            self->finish(outcome);
        },
        test, AltinnTokenExchange::IdPorten);
}

void PersonTokenExchange::cancel()
{
    if (m_running == 0)
        return;
    Outcome outcome;
    outcome.failure = Altinn::ApiFailure::of(Kind::Cancelled);
    outcome.explanation = Altinn::ErrorExplainer::explain(outcome.failure);
    finish(outcome);
}

void PersonTokenExchange::finish(Outcome outcome)
{
    m_running = 0;
    const Callback done = std::exchange(m_done, nullptr);
    if (done)
        done(outcome);
}

} // namespace Onboarding
