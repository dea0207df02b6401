#pragma once

#include "altinn/AccessTokenSource.h"
#include "altinn/Environment.h"
#include "auth/MaskinportenGrant.h"
#include "auth/MaskinportenTokenClient.h"
#include "workspace/Profile.h"

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

    Altinn::SystemRegisterClient *systemRegister() const { return m_systemRegister; }
    Altinn::RequestClient *requests() const { return m_requests; }
    Altinn::ChangeRequestClient *changeRequests() const { return m_changeRequests; }
    Altinn::SystemUserClient *systemUsers() const { return m_systemUsers; }
    Altinn::MetadataClient *metadata() const { return m_metadata; }
    MaskinportenTokenClient *tokenClient() const { return m_tokenClient; }

    /// Uses @p key from now on (after generating or importing it) instead of reading the SecretStore.
    void setSigningKey(const RsaKey &key);

    /// The vendor token for @p scopes (cached by the token client; AccessTokenSource for the transport).
    void accessToken(const QStringList &scopes, Callback done) override;
    void invalidate(const QStringList &scopes) override;

    /// A system user token for customer @p customerOrg (maskinporten.md §3), with the decoded claims.
    struct SystemUserToken
    {
        MaskinportenToken token;
        QJsonObject claims; ///< the access token's payload, decoded (not verified)
    };
    void systemUserToken(const QString &customerOrg, const QString &externalRef, const QStringList &scopes,
        std::function<void(const Altinn::ApiResult<SystemUserToken> &)> done);

private:
    void withSigningIdentity(std::function<void(const SigningIdentity *, const Altinn::ApiFailure &)> next);

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
    std::unique_ptr<SigningIdentity> m_identity;
};
