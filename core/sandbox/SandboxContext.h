#pragma once

#include "model/ApiError.h"
#include "model/SystemUserRequest.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxFaults.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SandboxState.h"
#include "sandbox/SeedCatalogue.h"
#include "sandbox/SyntheticOrganisations.h"
#include "sandbox/TokenAuthority.h"

#include <QMap>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

/**
 * What every endpoint group shares: the state, settings, clock, seed catalogue and token authority,
 * plus helpers that build answers the way the real service does.
 */
class SandboxContext
{
public:
    /// Maskinporten's tokens are signed with @p signingKey, or with a fresh key when it is null
    /// (TokenAuthority).
    explicit SandboxContext(RsaKey signingKey = {});

    SandboxState state;
    SandboxSettings settings;
    SandboxClock clock;
    SeedCatalogue catalogue;
    TokenAuthority tokens;
    SandboxFaults faults; ///< injected faults (/sandbox/faults); not saved with the state

    // The register of organisations (Enhetsregisteret): the seed catalogue's, plus
    // settings.syntheticOrganisations made-up ones (docs/sandbox.md#synthetic-organisations).
    /// The organisation's name, or nullopt when it is in neither part of the register. O(log n).
    std::optional<QString> organisationName(const QString &orgNo) const;
    /// The synthetic organisations the settings ask for; made again when the setting has changed.
    const SyntheticOrganisations &syntheticOrganisations() const;

    /// "http://127.0.0.1:<port>/" — platform host, approval UI host and Maskinporten issuer at once.
    QUrl baseUrl() const { return m_baseUrl; }
    /// The sandbox ID-porten's issuer: baseUrl + "idporten" (no trailing slash, like
    /// https://test.idporten.no).
    QString idportenIssuer() const;
    /**
     * The sandbox ID-porten's own signing key and issuer (docs/sandbox.md#id-porten), apart from the
     * Maskinporten one as in the real services. Made on first use (a 2048-bit key takes about 0.1 s), from
     * any thread; follows setBaseUrl().
     */
    const TokenAuthority &idportenTokens() const;
    void setBaseUrl(const QUrl &baseUrl);

    /// Call after every change to `state` (persists it when a state file is set).
    void stateChanged() const;
    void setStateChangedCallback(std::function<void()> callback) { m_stateChanged = std::move(callback); }
    /// Forgets all state and the clock offset (POST /sandbox/reset); the server installs the callback.
    void reset() const
    {
        if (m_reset)
            m_reset();
    }
    void setResetCallback(std::function<void()> callback) { m_reset = std::move(callback); }

    // Building blocks of answers
    static QString newGuid(); ///< lowercase GUID v4
    static QString newTraceId(); ///< W3C traceparent-like id, as ASP.NET writes it
    /// baseUrl + "authentication/api/v1/" + @p relativePath (no leading slash).
    QString platformUrl(const QString &relativePath) const;
    /// The approval link Altinn builds (docs/altinn-behaviour.md#approval-url-and-flow), on the sandbox's own
    /// host.
    QString confirmUrl(const QString &pagePath,
        const QString &id) const; ///< pagePath "request" | "agentrequest" | "changerequest"
    QString requestConfirmUrl(Altinn::RequestKind kind, const QString &id) const;
    /// `timedOut`: created more than 180 days ago in sandbox time
    /// (docs/altinn-behaviour.md#status-lifecycle).
    bool isTimedOut(const QDateTime &created) const;

    /// An Altinn problem (AUTH-000NN) in the configured shape.
    SandboxResponse problem(int status, const QString &code, const QString &message,
        const QMap<QString, QString> &extensions = {}) const;
    /// The 400 STD-00000 validation problem listing every error.
    SandboxResponse validationProblem(const QList<Altinn::FieldError> &errors) const;
    /// ASP.NET's default problem for a bare NotFound()/BadRequest().
    SandboxResponse aspNetProblem(int status) const;
    /// ASP.NET's model-state validation problem.
    SandboxResponse modelStateProblem(const QMap<QString, QStringList> &errors) const;

private:
    QUrl m_baseUrl;
    mutable QMutex m_idportenMutex; ///< guards m_idportenTokens' creation
    mutable std::unique_ptr<TokenAuthority> m_idportenTokens;
    /// Follows settings.syntheticOrganisations lazily, so every way of changing the settings is covered.
    mutable SyntheticOrganisations m_syntheticOrganisations;
    std::function<void()> m_stateChanged;
    std::function<void()> m_reset;
};
