#pragma once

#include "altinn/AccessTokenSource.h"
#include "altinn/Environment.h"
#include "auth/MaskinportenGrant.h"
#include "auth/MaskinportenTokenClient.h"
#include "workspace/Profile.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class SecretStore;

namespace Altinn {
class ActivityLog;
class ApiTransport;
class ChangeRequestClient;
class MetadataClient;
class RequestClient;
class SandboxControlClient;
class SystemRegisterClient;
class SystemUserClient;
} // namespace Altinn

/**
 * Everything needed to act as one vendor profile in one environment — the one place the wizard and
 * systemuser-cli get their clients from. Owns the network manager, Maskinporten token client, the
 * transport and the Altinn clients; the private key is read from the SecretStore on first use and
 * then kept in memory only. Vendor tokens are fetched (and refreshed) per call through
 * AccessTokenSource; system user tokens on request.
 */
class VendorSession : public QObject, public Altinn::AccessTokenSource
{
    Q_OBJECT

public:
    /// @p activityLog may be shared between sessions (the wizard keeps one for the app); null = own.
    VendorSession(Profile profile, Altinn::Environment environment, SecretStore *secrets,
        Altinn::ActivityLog *activityLog = nullptr, QObject *parent = nullptr);
    ~VendorSession() override;

    const Profile &profile() const { return m_profile; }
    const Altinn::Environment &environment() const { return m_environment; }
    Altinn::ActivityLog *activityLog() const { return m_activityLog; }
    Altinn::ApiTransport *transport() const { return m_transport; }
    QNetworkAccessManager *network() const { return m_network; }
    /// Where the profile's keys are: the keychain, or memory for a "this run only" profile.
    SecretStore *secrets() const { return m_secrets; }

    Altinn::SystemRegisterClient *systemRegister() const { return m_systemRegister; }
    Altinn::RequestClient *requests() const { return m_requests; }
    Altinn::ChangeRequestClient *changeRequests() const { return m_changeRequests; }
    Altinn::SystemUserClient *systemUsers() const { return m_systemUsers; }
    Altinn::MetadataClient *metadata() const { return m_metadata; }
    /// The sandbox control API; refuses calls unless the environment is local.
    Altinn::SandboxControlClient *sandboxControl() const { return m_sandboxControl; }
    MaskinportenTokenClient *tokenClient() const { return m_tokenClient; }

    /// Uses @p key from now on (after generating or importing it) instead of reading the SecretStore.
    void setSigningKey(const RsaKey &key);
    /// The UI language ("nb", "nn", "en"): sent as Accept-Language with every Altinn call.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /**
     * The key and kid (or certificate chain) grants are signed with: the in-memory key, else the
     * profile's key read once from the SecretStore (concurrent callers share that one read). On failure
     * @p next gets null and a Kind::Token failure saying why (no key in the profile, keychain status).
     */
    void withSigningIdentity(std::function<void(const SigningIdentity *, const Altinn::ApiFailure &)> next);

    /// The vendor token for @p scopes (cached by the token client; AccessTokenSource for the transport).
    void accessToken(const QStringList &scopes, Callback done) override;
    void invalidate(const QStringList &scopes) override;
    /// As accessToken(), with the whole answer (type, lifetime, granted scopes) for display.
    void vendorToken(
        const QStringList &scopes, std::function<void(const Altinn::ApiResult<MaskinportenToken> &)> done);

    /// A system user token for customer @p customerOrg (docs/altinn-behaviour.md#system-user-grants), with
    /// the decoded claims.
    struct SystemUserToken
    {
        MaskinportenToken token;
        QJsonObject claims; ///< the access token's payload, decoded (not verified)
    };
    void systemUserToken(const QString &customerOrg, const QString &externalRef, const QStringList &scopes,
        std::function<void(const Altinn::ApiResult<SystemUserToken> &)> done);

private:
    GrantRequest grantFor(const QStringList &scopes) const;
    void requestToken(
        const GrantRequest &grant, std::function<void(const Altinn::ApiResult<MaskinportenToken> &)> done);
    void finishIdentityRead(const Altinn::ApiFailure &failure);

    Profile m_profile;
    Altinn::Environment m_environment;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Altinn::ActivityLog *m_activityLog;
    MaskinportenTokenClient *m_tokenClient;
    Altinn::ApiTransport *m_transport;
    Altinn::SystemRegisterClient *m_systemRegister;
    Altinn::RequestClient *m_requests;
    Altinn::ChangeRequestClient *m_changeRequests;
    Altinn::SystemUserClient *m_systemUsers;
    Altinn::MetadataClient *m_metadata;
    Altinn::SandboxControlClient *m_sandboxControl;
    std::unique_ptr<SigningIdentity> m_identity;
    /// Callers waiting for the one SecretStore read in flight.
    QList<std::function<void(const SigningIdentity *, const Altinn::ApiFailure &)>> m_identityWaiters;
    QString m_language;
};
