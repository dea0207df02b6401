#include "session/VendorSession.h"

#include "altinn/ApiTransport.h"
#include "altinn/ChangeRequestClient.h"
#include "altinn/MetadataClient.h"
#include "altinn/RequestClient.h"
#include "altinn/SandboxControlClient.h"
#include "altinn/SystemRegisterClient.h"
#include "altinn/SystemUserClient.h"
#include "auth/Jws.h"
#include "net/ActivityLog.h"
#include "secrets/SecretStore.h"

#include <QNetworkAccessManager>
#include <QPointer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

Altinn::ApiFailure tokenFailure(const QString &detail)
{
    return Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Token, detail);
}

/// The token client's answer as the one failure type of the clients.
Altinn::ApiFailure failureOf(const MaskinportenTokenClient::Result &result)
{
    if (result.error) {
        Altinn::ApiFailure failure = tokenFailure(result.error->description);
        failure.tokenError = result.error;
        failure.attempts = std::max(1, result.attempts);
        return failure;
    }
    if (result.timedOut)
        return Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::TimedOut, result.networkError);
    return Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Network, result.networkError);
}

} // namespace

VendorSession::VendorSession(Profile profile, Altinn::Environment environment, SecretStore *secrets,
    Altinn::ActivityLog *activityLog, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_environment(std::move(environment))
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
    , m_activityLog(activityLog ? activityLog : new Altinn::ActivityLog(this))
    , m_tokenClient(new MaskinportenTokenClient(m_network, m_environment.maskinportenTokenEndpoint(), this))
    , m_transport(new Altinn::ApiTransport(m_network, m_environment, this))
    , m_systemRegister(new Altinn::SystemRegisterClient(m_transport, this))
    , m_requests(new Altinn::RequestClient(m_transport, this))
    , m_changeRequests(new Altinn::ChangeRequestClient(m_transport, this))
    , m_systemUsers(new Altinn::SystemUserClient(m_transport, this))
    , m_metadata(new Altinn::MetadataClient(m_transport, {}, this))
    , m_sandboxControl(new Altinn::SandboxControlClient(m_transport, this))
{
    m_tokenClient->setActivityLog(m_activityLog);
    m_transport->setActivityLog(m_activityLog);
    m_transport->setTokenSource(this);
}

VendorSession::~VendorSession()
{
    // Calls still in flight are aborted while the children are deleted; they must not ask this
    // half-destroyed object for a token.
    m_transport->setTokenSource(nullptr);
}

void VendorSession::setSigningKey(const RsaKey &key)
{
    auto identity = std::make_unique<SigningIdentity>();
    identity->key = key;
    identity->kid = m_profile.kid;
    identity->certificateChain = m_profile.certificateChain;
    identity->algorithm =
        RsaKey::algorithmFromName(m_profile.keyAlgorithm).value_or(RsaKey::Algorithm::RS256);
    m_identity = std::move(identity);
    m_tokenClient->clearCache(); // tokens of an earlier key must not be reused
}

void VendorSession::setLanguage(const QString &language)
{
    m_language = language;
    m_transport->setLanguage(language);
}

void VendorSession::withSigningIdentity(
    std::function<void(const SigningIdentity *, const Altinn::ApiFailure &)> next)
{
    m_identityWaiters.append(std::move(next));
    if (m_identityWaiters.size() > 1)
        return; // a read is already under way; it answers every waiter

    // Always answered on a later event-loop turn, whether the key is in memory or not.
    QPointer<VendorSession> self(this);
    if (m_identity) {
        QMetaObject::invokeMethod(
            this, [self] { self->finishIdentityRead({}); }, Qt::QueuedConnection);
        return;
    }
    if (!m_profile.hasKey() || !m_secrets) {
        const QString detail = !m_profile.hasKey()
            ? tr("The profile \"%1\" has no key yet. Generate or import one first.").arg(m_profile.name)
            : SecretStore::explain(SecretStore::Status::Unavailable);
        QMetaObject::invokeMethod(
            this, [self, detail] { self->finishIdentityRead(tokenFailure(detail)); }, Qt::QueuedConnection);
        return;
    }
    m_secrets->read(m_profile.keychainKey(), [self](const SecretStore::Result &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->finishIdentityRead(tokenFailure(SecretStore::explain(result.status)));
            return;
        }
        const RsaKey key = RsaKey::fromPem(result.value);
        if (key.isNull() || !key.hasPrivateKey()) {
            self->finishIdentityRead(tokenFailure(SecretStore::explain(SecretStore::Status::Damaged)));
            return;
        }
        self->setSigningKey(key);
        self->finishIdentityRead({});
    });
}

void VendorSession::finishIdentityRead(const Altinn::ApiFailure &failure)
{
    const auto waiters = std::exchange(m_identityWaiters, {});
    for (const auto &waiter : waiters)
        waiter(failure.isFailure() ? nullptr : m_identity.get(), failure);
}

GrantRequest VendorSession::grantFor(const QStringList &scopes) const
{
    GrantRequest grant;
    // `aud` must be the issuer exactly, trailing slash included (MP-110 otherwise).
    grant.audience = m_environment.maskinportenIssuer().toString();
    grant.clientId = m_profile.clientId;
    grant.scopes = scopes;
    return grant;
}

void VendorSession::requestToken(
    const GrantRequest &grant, std::function<void(const Altinn::ApiResult<MaskinportenToken> &)> done)
{
    using Result = Altinn::ApiResult<MaskinportenToken>;
    if (m_profile.clientId.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, done] {
                done(Result::failed(tokenFailure(
                    tr("The profile \"%1\" has no Maskinporten client id yet.").arg(m_profile.name))));
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<VendorSession> self(this);
    withSigningIdentity(
        [self, grant, done](const SigningIdentity *identity, const Altinn::ApiFailure &failure) {
            if (!self)
                return;
            if (!identity) {
                done(Result::failed(failure));
                return;
            }
            const auto server = Altinn::ApiFailure::serverOf(self->m_environment);
            self->m_tokenClient->requestToken(
                grant, *identity, [done, server](const MaskinportenTokenClient::Result &result) {
                    if (result.ok()) {
                        done(Result::success(*result.token, 200));
                        return;
                    }
                    Altinn::ApiFailure tokenFailed = failureOf(result);
                    tokenFailed.server = server;
                    done(Result::failed(tokenFailed));
                });
        });
}

void VendorSession::vendorToken(
    const QStringList &scopes, std::function<void(const Altinn::ApiResult<MaskinportenToken> &)> done)
{
    requestToken(grantFor(scopes), std::move(done));
}

void VendorSession::accessToken(const QStringList &scopes, Callback done)
{
    vendorToken(scopes, [done](const Altinn::ApiResult<MaskinportenToken> &result) {
        if (result.ok())
            done(Outcome{result.value->accessToken, {}});
        else
            done(Outcome{{}, result.failure});
    });
}

void VendorSession::invalidate(const QStringList &scopes)
{
    Q_UNUSED(scopes)
    // The token client caches per request identity without a per-entry removal; dropping the whole
    // cache after a 401 costs at most a few extra token requests.
    m_tokenClient->clearCache();
}

void VendorSession::systemUserToken(const QString &customerOrg, const QString &externalRef,
    const QStringList &scopes, std::function<void(const Altinn::ApiResult<SystemUserToken> &)> done)
{
    GrantRequest grant = grantFor(scopes);
    grant.systemUserOrg = customerOrg;
    grant.externalRef = externalRef;
    requestToken(grant, [done](const Altinn::ApiResult<MaskinportenToken> &result) {
        if (!result.ok()) {
            done(Altinn::ApiResult<SystemUserToken>::failed(result.failure));
            return;
        }
        SystemUserToken token;
        token.token = *result.value;
        if (const auto decoded = Jws::decode(token.token.accessToken))
            token.claims = decoded->payload;
        done(Altinn::ApiResult<SystemUserToken>::success(std::move(token), result.httpStatus));
    });
}
