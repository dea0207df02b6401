#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "auth/BackgroundKeyGeneration.h"
#include "auth/MaskinportenGrant.h"
#include "workspace/Profile.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class VendorSession;

namespace Altinn {
class ApiOperation;
} // namespace Altinn

namespace Onboarding {

/**
 * The ID-porten client a person logs in through (docs/id-porten.md), made ready for IdPortenLoginFlow:
 *
 * - Its own RSA key, next to the Maskinporten key: in the keychain under keychainKeyFor() (the session's
 *   SecretStore), or for a "this run only" profile in memory. Made on first use.
 * - On the built-in sandbox (and a local systemuser-sandbox) the client is registered through the control
 *   API under an id derived from the organisation and the key (clientIdFor), with the loopback redirect URI
 *   and the scopes: read first, created when missing (a 409 or a lost answer is read back), given this key
 *   and the scopes asked for when it lacks them — so every login finds the same client.
 * - In TT02 and production the profile must name a client registered at Digdir (Profile::idportenClientId)
 *   whose key is this one; otherwise the outcome says how (docs/id-porten.md#tt02), with the public key.
 */
class IdPortenClientSetup : public QObject
{
    Q_OBJECT

public:
    struct Client
    {
        QString clientId;
        SigningIdentity identity; ///< the private key in memory only
    };

    struct Outcome
    {
        std::optional<Client> client;
        Altinn::ApiFailure failure; ///< Kind::Token for key problems
        Altinn::Explanation explanation; ///< when there is no client, translated
        /// The public key to register at Digdir (TT02, production), when that is what is missing.
        QJsonObject publicJwks;

        bool ok() const { return client.has_value(); }
    };
    using Callback = std::function<void(const Outcome &)>;

    /// The scopes every client has: openid and the Altinn app scopes.
    static QStringList baseScopes();
    /// What ID-porten has registered as the redirect URI: any port matches it (RFC 8252 §7.3).
    static QString loopbackRedirectUri();
    /// The key id of the profile's ID-porten key ("acme-sandbox-idporten").
    static QString kidFor(const Profile &profile);
    /// The SecretStore entry of that key, next to the Maskinporten key's.
    static QString keychainKeyFor(const Profile &profile);
    /// The sandbox client's id: a name-based UUID of @p orgNo and the key's RFC 7638 thumbprint.
    static QString clientIdFor(const QString &orgNo, const QString &keyThumbprint);

    explicit IdPortenClientSetup(VendorSession *session, QObject *parent = nullptr);
    ~IdPortenClientSetup() override;

    /// Makes the client ready for @p scopes (openid included or not); @p done once, on a later turn.
    void start(const QStringList &scopes, Callback done);
    /// Stops; @p done of the run is not called.
    void cancel();

private:
    void haveKey(quint64 run, const RsaKey &key, bool madeNow);
    void lookUp(quint64 run, bool afterCreate, const Altinn::ApiFailure &createFailure);
    void reconcile(quint64 run, const Altinn::SandboxIdPortenClientInfo &found);
    void create(quint64 run);
    void fail(quint64 run, const Altinn::ApiFailure &failure, const QString &operation);
    void finish(quint64 run, Outcome outcome);
    bool isCurrent(quint64 run) const { return run != 0 && run == m_running; }

    QPointer<VendorSession> m_session;
    Callback m_done;
    quint64 m_running = 0;
    quint64 m_nextRun = 1;
    QStringList m_scopes;
    Client m_client;
    RsaKey m_memoryKey; ///< a "this run only" profile's key when no memory store holds it
    QPointer<Altinn::ApiOperation> m_call;
    BackgroundKeyGeneration *m_keyGeneration; ///< a first login's key is made off the UI thread
};

} // namespace Onboarding
