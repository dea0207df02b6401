#include "session/ConnectionCheck.h"

#include "altinn/AltinnScopes.h"
#include "auth/MaskinportenTokenClient.h"
#include "session/VendorSession.h"

#include <cstdlib>

ConnectionCheck::ConnectionCheck(VendorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_scopes(Altinn::AltinnScopes::all())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Whatever has not answered by now is reported as timed out; late answers are ignored.
        ++m_generation;
        for (qsizetype i = m_next; i < m_scopes.size(); ++i)
            record(m_scopes.at(i), Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::TimedOut));
        m_next = m_scopes.size();
        finish();
    });
}

bool ConnectionCheck::Result::allOk() const
{
    if (scopes.isEmpty())
        return false;
    for (const ScopeResult &scope : scopes) {
        if (!scope.ok)
            return false;
    }
    return true;
}

void ConnectionCheck::start()
{
    ++m_generation;
    m_result = {};
    m_next = 0;
    m_running = true;
    m_timer.start();
    checkNext();
}

void ConnectionCheck::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    m_result.cancelled = true;
    finish();
}

void ConnectionCheck::checkNext()
{
    if (m_next >= m_scopes.size()) {
        finish();
        return;
    }
    const QString scope = m_scopes.at(m_next);
    if (!m_session) {
        ++m_next;
        record(scope, Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled));
        checkNext();
        return;
    }
    // A cached token would only prove that an earlier check worked: ask Maskinporten again.
    m_session->invalidate({scope});
    const quint64 generation = m_generation;
    QPointer<ConnectionCheck> self(this);
    m_session->accessToken(
        {scope}, [self, generation, scope](const Altinn::AccessTokenSource::Outcome &outcome) {
            if (!self || generation != self->m_generation)
                return;
            if (self->m_session) {
                if (const auto skew = self->m_session->tokenClient()->clockSkewSeconds())
                    self->m_result.clockSkewSeconds = skew;
            }
            ++self->m_next;
            if (outcome.token.isEmpty()) {
                Altinn::ApiFailure failure = outcome.failure;
                if (!failure.isFailure())
                    failure = Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Token);
                self->record(scope, failure);
                // Stopped before Maskinporten was asked (no key, a locked keychain, no client id): every
                // other scope would fail the same way, and each try could prompt to unlock the keychain.
                if (failure.kind == Altinn::ApiFailure::Kind::Token && !failure.tokenError) {
                    self->finish();
                    return;
                }
            } else {
                self->record(scope, {});
            }
            self->checkNext();
        });
}

void ConnectionCheck::record(const QString &scope, const Altinn::ApiFailure &failure)
{
    ScopeResult result;
    result.scope = scope;
    result.ok = !failure.isFailure();
    if (!result.ok)
        result.explanation =
            Altinn::ErrorExplainer::explain(failure, tr("getting a token for %1").arg(scope));
    m_result.scopes.append(result);
    Q_EMIT scopeChecked(result);
}

void ConnectionCheck::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    Q_EMIT finished(m_result);
}

QString ConnectionCheck::clockSkewWarning(qint64 seconds)
{
    const qint64 magnitude = std::llabs(seconds);
    // Half the tolerance is already worth a warning: the Date header is only accurate to a second and
    // clocks drift further.
    if (magnitude * 2 < ClockSkewToleranceSeconds)
        return {};
    const QString direction = seconds < 0 ? tr("%n second(s) ahead of Maskinporten", nullptr, int(magnitude))
                                          : tr("%n second(s) behind Maskinporten", nullptr, int(magnitude));
    if (magnitude > ClockSkewToleranceSeconds) {
        return tr("This computer's clock is %1. Maskinporten refuses grants when the clock is more than "
                  "10 seconds off. Turn on automatic time (NTP) in the system settings and try again.")
            .arg(direction);
    }
    return tr("This computer's clock is %1. Maskinporten allows at most 10 seconds; turn on automatic "
              "time (NTP) in the system settings before it drifts further.")
        .arg(direction);
}
