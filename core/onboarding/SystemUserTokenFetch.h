#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "auth/AltinnTokenExchange.h"
#include "auth/MaskinportenError.h"
#include "auth/MaskinportenTokenClient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

class AltinnTokenExchange;
class VendorSession;

namespace Onboarding {

/**
 * Gets a system user token for one customer as the vendor's system would (VendorSession::systemUserToken)
 * and, when asked, exchanges it for an Altinn token (AltinnTokenExchange) for the Altinn APIs that only
 * trust Altinn-issued tokens (docs/altinn-behaviour.md#token-exchange). The one piece the flows that call
 * an API as a customer's system user share. Counts the calls it makes; a failure comes explained
 * (ErrorExplainer, with the Maskinporten cause). The tokens stay in memory, in the result only: never
 * logged. Neither Maskinporten nor the exchange can be interrupted: after cancel() their answers are
 * ignored.
 */
class SystemUserTokenFetch : public QObject
{
    Q_OBJECT

public:
    /// An Altinn token exchange's answer as the one failure type every flow explains (also the person
    /// path's, PersonTokenExchange).
    static Altinn::ApiFailure exchangeFailure(const AltinnTokenExchange::Result &answer);

    struct Request
    {
        QString customerOrgNo;
        QString externalRef; ///< empty: the customer's organisation number, as Altinn does
        QStringList scopes; ///< as few as the call needs (Digdir's advice)
        bool exchange = false; ///< also exchange the token for an Altinn token
    };

    struct Result
    {
        enum class Stage { Token, Exchange };

        bool ok = false;
        Stage stage = Stage::Token; ///< the step that failed (or the last one done)
        MaskinportenToken token; ///< the system user token — memory only, never log
        QJsonObject claims; ///< its payload, decoded (not verified)
        QByteArray altinnToken; ///< when exchanged — memory only, never log
        Altinn::ApiFailure failure; ///< Kind::Cancelled after cancel()
        Altinn::Explanation explanation;
        MaskinportenError::Cause cause = MaskinportenError::Cause::Unknown;
        int maskinportenCalls = 0; ///< token requests sent (0 or 1)
        int exchangeCalls = 0; ///< exchanges sent (0 or 1)

        bool isCancelled() const { return failure.kind == Altinn::ApiFailure::Kind::Cancelled; }
    };

    explicit SystemUserTokenFetch(VendorSession *session, QObject *parent = nullptr);
    ~SystemUserTokenFetch() override;

    /// Starts one fetch; `finished` follows once. Ignored while busy.
    void start(const Request &request);
    /// Stops waiting; `finished` follows at once with Kind::Cancelled.
    void cancel();
    bool isBusy() const { return m_running != 0; }

Q_SIGNALS:
    void finished(const Onboarding::SystemUserTokenFetch::Result &result);

private:
    void exchange(quint64 attempt, Result result);
    void fail(Result result, const QString &operation);
    void finish(const Result &result);

    QPointer<VendorSession> m_session;
    AltinnTokenExchange *m_exchange = nullptr;
    quint64 m_running = 0; ///< the attempt whose answers still count; 0 = none
    quint64 m_nextAttempt = 1;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::SystemUserTokenFetch::Result)
