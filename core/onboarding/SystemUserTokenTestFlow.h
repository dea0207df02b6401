#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/TokenClaimsExplainer.h"
#include "auth/MaskinportenError.h"
#include "auth/MaskinportenTokenClient.h"
#include "onboarding/OnboardingSummary.h"
#include "onboarding/SystemUserTokenDiagnosis.h"
#include "onboarding/SystemUserTokenDiagnosisRun.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class VendorSession;

namespace Onboarding {

/**
 * Tests a system user token for one customer as the vendor's system will get it: asks Maskinporten
 * (VendorSession::systemUserToken), explains the token's claims, and when Maskinporten finds no system
 * user (MP-303) cross-checks the register and the requests (SystemUserTokenDiagnosisRun) so the
 * outcome names the cause. Shared by the wizard's Test authentication page and `systemuser-cli token
 * --systemuser-org … --system …`. The token stays in memory, in the outcome only: never logged.
 */
class SystemUserTokenTestFlow : public QObject
{
    Q_OBJECT

public:
    /// What to ask for.
    struct Request
    {
        QString customerOrgNo;
        QString externalRef; ///< empty: the customer's organisation number, as Altinn does
        QStringList scopes;
        QString systemId; ///< the system the token is for
        bool diagnose = false; ///< on MP-303, cross-check the system, its users and requests
    };

    struct Outcome
    {
        enum class Result { Issued, Failed };

        Result result = Result::Failed;
        Request request;
        MaskinportenToken token; ///< Issued: the token itself — keep in memory only, never log
        QJsonObject claims; ///< the access token's payload, decoded (not verified)
        QList<Altinn::ClaimRow> claimRows; ///< TokenClaimsExplainer::rows(claims)

        Altinn::ApiFailure failure; ///< Kind::Cancelled after cancel()
        Altinn::Explanation explanation;
        MaskinportenError::Cause cause = MaskinportenError::Cause::Unknown;
        /// The remedy worth a button: None when the client is fine (the clock, or the customer side).
        Altinn::Explanation::Remedy remedy = Altinn::Explanation::Remedy::None;
        /// When the clock may be the cause: how far this computer's clock is off, and what to do.
        QString clockNote;

        bool diagnosed = false; ///< the MP-303 cross-check ran
        QList<Altinn::SystemUserTokenDiagnosis::Finding> diagnosis; ///< likely cause first
        Altinn::SystemUserTokenDiagnosis::Facts facts; ///< what the cross-check found

        bool isIssued() const { return result == Result::Issued; }
        bool isCancelled() const { return failure.kind == Altinn::ApiFailure::Kind::Cancelled; }
        /// The query the diagnosis ran for (and that a "check again" repeats).
        Altinn::SystemUserTokenDiagnosisRun::Query diagnosisQuery() const;
        /// For the onboarding report: the claims, never the token.
        Altinn::OnboardingSummary::TokenTest tokenTest() const;
    };

    explicit SystemUserTokenTestFlow(VendorSession *session, QObject *parent = nullptr);
    ~SystemUserTokenTestFlow() override;

    void setRequest(const Request &request) { m_request = request; }
    Request request() const { return m_request; }

    /// Asks for the token; `finished` follows once, after the diagnosis when one runs.
    void start();
    /// Stops waiting (Maskinporten's answer is then ignored); `finished` follows with Kind::Cancelled.
    void cancel();
    bool isBusy() const { return m_running != 0; }

Q_SIGNALS:
    void finished(const Onboarding::SystemUserTokenTestFlow::Outcome &outcome);

private:
    void failed(Outcome outcome);
    void finish(const Outcome &outcome);

    QPointer<VendorSession> m_session;
    Request m_request;
    quint64 m_running = 0; ///< the attempt whose answers still count; 0 = none
    quint64 m_nextAttempt = 1;
    Altinn::SystemUserTokenDiagnosisRun *m_diagnosis = nullptr;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::SystemUserTokenTestFlow::Outcome)
