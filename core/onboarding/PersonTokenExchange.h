#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class AltinnTokenExchange;
class VendorSession;

namespace Onboarding {

/**
 * A person's ID-porten access token exchanged for an Altinn token (GET
 * authentication/api/v1/exchange/id-porten; docs/id-porten.md): the step between IdPortenLoginFlow and an
 * Altinn API that takes persons. Shared by PersonAppInstanceFlow and `systemuser-cli idporten exchange`.
 * The tokens stay in memory.
 */
class PersonTokenExchange : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QByteArray altinnToken; ///< empty on failure
        QJsonObject claims; ///< the Altinn token's payload, decoded (not verified: it is Altinn's to check)
        Altinn::ApiFailure failure; ///< Kind::Cancelled after cancel()
        Altinn::Explanation explanation; ///< on failure, translated

        bool ok() const { return !altinnToken.isEmpty(); }
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit PersonTokenExchange(VendorSession *session, QObject *parent = nullptr);
    ~PersonTokenExchange() override;

    /// @p done once, on a later turn; a second start() while one runs replaces it (the first is not called).
    void start(const QByteArray &idportenAccessToken, Callback done);
    /// @p done follows at once with Kind::Cancelled.
    void cancel();
    bool isBusy() const { return m_running != 0; }

private:
    void finish(Outcome outcome);

    QPointer<VendorSession> m_session;
    AltinnTokenExchange *m_exchange = nullptr;
    Callback m_done;
    quint64 m_running = 0;
    quint64 m_nextRun = 1;
};

} // namespace Onboarding
