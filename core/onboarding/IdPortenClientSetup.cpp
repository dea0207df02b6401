#include "onboarding/IdPortenClientSetup.h"

#include "altinn/ApiOperation.h"
#include "altinn/SandboxControlClient.h"
#include "onboarding/LostAnswer.h"
#include "secrets/SecretStore.h"
#include "session/VendorSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Kind = Altinn::ApiFailure::Kind;
using Remedy = Altinn::Explanation::Remedy;

namespace Onboarding {

namespace {

/// Not the Maskinporten clients' namespace: the same key gives another id here.
const QUuid ClientIdNamespace(u"5c0e61d2-7f4a-4c55-a3b8-0e9d2f6a41c7"_s);
constexpr int KeyBits = 2048;

bool sameKey(const QJsonObject &a, const QJsonObject &b)
{
    return a.value(u"kid"_s) == b.value(u"kid"_s) && a.value(u"n"_s) == b.value(u"n"_s)
        && a.value(u"e"_s) == b.value(u"e"_s);
}

QString docsTt02()
{
    return u"docs/id-porten.md#tt02"_s;
}

} // namespace

QStringList IdPortenClientSetup::baseScopes()
{
    return {u"openid"_s, u"altinn:instances.read"_s, u"altinn:instances.write"_s};
}

QString IdPortenClientSetup::loopbackRedirectUri()
{
    return u"http://127.0.0.1/callback"_s;
}

QString IdPortenClientSetup::kidFor(const Profile &profile)
{
    return profile.id + u'-' + profile.environment + u"-idporten"_s;
}

QString IdPortenClientSetup::keychainKeyFor(const Profile &profile)
{
    return SecretStore::keyFor(profile.id, profile.environment, kidFor(profile));
}

QString IdPortenClientSetup::clientIdFor(const QString &orgNo, const QString &keyThumbprint)
{
    return QUuid::createUuidV5(ClientIdNamespace, orgNo + u'/' + keyThumbprint)
        .toString(QUuid::WithoutBraces);
}

IdPortenClientSetup::IdPortenClientSetup(VendorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_keyGeneration(new BackgroundKeyGeneration(this))
{ }

IdPortenClientSetup::~IdPortenClientSetup()
{
    cancel();
}

void IdPortenClientSetup::cancel()
{
    m_running = 0;
    m_done = nullptr;
    if (m_call)
        m_call->cancel();
}

void IdPortenClientSetup::start(const QStringList &scopes, Callback done)
{
    cancel();
    const quint64 run = m_nextRun++;
    m_running = run;
    m_done = std::move(done);
    m_scopes = baseScopes();
    for (const QString &scope : scopes) {
        if (!m_scopes.contains(scope))
            m_scopes.append(scope);
    }
    const QPointer<IdPortenClientSetup> self(this);
    if (!m_session) {
        QMetaObject::invokeMethod(
            this,
            [self, run] {
                if (self)
                    self->fail(run,
                        Altinn::ApiFailure::of(Kind::Rejected, tr("There is no profile to log in with.")),
                        {});
            },
            Qt::QueuedConnection);
        return;
    }
    const Profile &profile = m_session->profile();
    SecretStore *store = m_session->secrets();
    if (!m_memoryKey.isNull()) {
        QMetaObject::invokeMethod(
            this,
            [self, run, key = m_memoryKey] {
                if (self && self->isCurrent(run))
                    self->haveKey(run, key, false);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!store) {
        m_keyGeneration->generate(KeyBits, [this, run](const RsaKey &key) {
            if (!isCurrent(run))
                return;
            m_memoryKey = key;
            haveKey(run, key, true);
        });
        return;
    }
    store->read(keychainKeyFor(profile), [self, run](const SecretStore::Result &read) {
        if (!self || !self->isCurrent(run))
            return;
        if (read.ok()) {
            const RsaKey key = RsaKey::fromPem(read.value);
            if (key.isNull() || !key.hasPrivateKey()) {
                self->fail(run,
                    Altinn::ApiFailure::of(Kind::Token, SecretStore::explain(SecretStore::Status::Damaged)),
                    {});
                return;
            }
            self->haveKey(run, key, false);
            return;
        }
        if (read.status != SecretStore::Status::NotFound) {
            self->fail(run, Altinn::ApiFailure::of(Kind::Token, SecretStore::explain(read.status)), {});
            return;
        }
        if (!self->m_session)
            return self->fail(run, Altinn::ApiFailure::of(Kind::Cancelled), {});
        // First login with this profile: its ID-porten key is made now.
        self->m_keyGeneration->generate(KeyBits, [self, run](const RsaKey &key) {
            if (!self || !self->isCurrent(run))
                return;
            if (!self->m_session)
                return self->fail(run, Altinn::ApiFailure::of(Kind::Cancelled), {});
            if (key.isNull())
                return self->haveKey(run, key, true); // says no key could be made
            const Profile &owner = self->m_session->profile();
            SecretStore *keys = self->m_session->secrets();
            // A "this run only" profile never reaches the keychain: a store that forgets is fine, else
            // memory.
            if (!owner.keyPersistent && keys->isPersistent()) {
                self->m_memoryKey = key;
                self->haveKey(run, key, true);
                return;
            }
            keys->write(keychainKeyFor(owner), key.privatePkcs8Pem(),
                [self, run, key](const SecretStore::Result &written) {
                    if (!self || !self->isCurrent(run))
                        return;
                    if (!written.ok()) {
                        self->fail(run,
                            Altinn::ApiFailure::of(Kind::Token, SecretStore::explain(written.status)), {});
                        return;
                    }
                    self->haveKey(run, key, true);
                });
        });
    });
}

void IdPortenClientSetup::haveKey(quint64 run, const RsaKey &key, bool madeNow)
{
    if (!m_session)
        return fail(run, Altinn::ApiFailure::of(Kind::Cancelled), {});
    const Profile &profile = m_session->profile();
    if (key.isNull()) {
        fail(run, Altinn::ApiFailure::of(Kind::Token, tr("No key could be made for the ID-porten client.")),
            {});
        return;
    }
    m_client.identity.key = key;
    m_client.identity.kid = kidFor(profile);
    m_client.identity.algorithm = RsaKey::Algorithm::RS256;

    if (!m_session->environment().isLocal()) {
        // At Digdir a person registers the client with this key; the tool cannot do that itself.
        m_client.clientId = profile.idportenClientId;
        if (!m_client.clientId.isEmpty() && !madeNow) {
            Outcome outcome;
            outcome.client = m_client;
            finish(run, outcome);
            return;
        }
        Outcome outcome;
        outcome.failure = Altinn::ApiFailure::of(Kind::Rejected);
        outcome.publicJwks = key.publicJwks(m_client.identity.kid);
        outcome.explanation.summary = m_client.clientId.isEmpty()
            ? tr("The profile \"%1\" names no ID-porten client for %2.")
                  .arg(profile.name, m_session->environment().displayName())
            : tr("A new key was made for the ID-porten client %1: ID-porten does not know it yet.")
                  .arg(m_client.clientId);
        outcome.explanation.remedy =
            tr("Register an ID-porten integration in Digdir's self-service with the redirect URI %1 and "
               "private_key_jwt, upload the public key in the details below, and put its client id in the "
               "profile (%2).")
                .arg(loopbackRedirectUri(), docsTt02());
        outcome.explanation.serverMessage =
            QString::fromUtf8(QJsonDocument(outcome.publicJwks).toJson(QJsonDocument::Indented));
        outcome.explanation.action = Remedy::None;
        finish(run, outcome);
        return;
    }
    if (profile.vendorOrgNumber.isEmpty()) {
        fail(run,
            Altinn::ApiFailure::of(Kind::Rejected,
                tr("The profile \"%1\" has no organisation number. Add it first.").arg(profile.name)),
            {});
        return;
    }
    m_client.clientId = clientIdFor(profile.vendorOrgNumber, key.thumbprint());
    lookUp(run, false, {});
}

void IdPortenClientSetup::lookUp(quint64 run, bool afterCreate, const Altinn::ApiFailure &createFailure)
{
    if (!m_session)
        return fail(run, Altinn::ApiFailure::of(Kind::Cancelled), {});
    const QPointer<IdPortenClientSetup> self(this);
    m_call = m_session->sandboxControl()->idportenClient(m_client.clientId,
        [self, run, afterCreate, createFailure](
            const Altinn::ApiResult<Altinn::SandboxIdPortenClientInfo> &found) {
            if (!self || !self->isCurrent(run))
                return;
            if (found.ok()) {
                self->reconcile(run, *found.value);
                return;
            }
            if (found.failure.httpStatus() == 404 && !afterCreate) {
                self->create(run);
                return;
            }
            // Read back after a create that failed: report the create's own failure when nothing is there.
            self->fail(run, afterCreate && found.failure.httpStatus() == 404 ? createFailure : found.failure,
                tr("registering the ID-porten client in the sandbox"));
        });
}

void IdPortenClientSetup::create(quint64 run)
{
    if (!m_session)
        return fail(run, Altinn::ApiFailure::of(Kind::Cancelled), {});
    const Profile &profile = m_session->profile();
    Altinn::SandboxIdPortenClientInfo client;
    client.clientId = m_client.clientId;
    client.orgNo = profile.vendorOrgNumber;
    // The name the consent page shows; the sandbox takes up to 200 characters.
    const QString owner = profile.vendorName.isEmpty() ? profile.name : profile.vendorName;
    client.clientName = tr("%1 (System User Wizard)").arg(owner.left(120));
    client.redirectUris = {loopbackRedirectUri()};
    client.scopes = m_scopes;
    client.keys = QJsonArray{m_client.identity.key.publicJwk(m_client.identity.kid)};
    const QPointer<IdPortenClientSetup> self(this);
    m_call = m_session->sandboxControl()->createIdPortenClient(
        client, [self, run](const Altinn::ApiResult<QString> &created) {
            if (!self || !self->isCurrent(run))
                return;
            if (created.ok()) {
                Outcome outcome;
                outcome.client = self->m_client;
                self->finish(run, outcome);
                return;
            }
            // Registered meanwhile, or the answer was lost: what the sandbox has decides.
            if (created.failure.httpStatus() == 409 || LostAnswer::possible(created.failure)) {
                self->lookUp(run, true, created.failure);
                return;
            }
            self->fail(run, created.failure, tr("registering the ID-porten client in the sandbox"));
        });
}

void IdPortenClientSetup::reconcile(quint64 run, const Altinn::SandboxIdPortenClientInfo &found)
{
    if (!m_session)
        return fail(run, Altinn::ApiFailure::of(Kind::Cancelled), {});
    const Profile &profile = m_session->profile();
    if (found.orgNo != profile.vendorOrgNumber) {
        Outcome outcome;
        outcome.failure = Altinn::ApiFailure::of(Kind::Rejected);
        outcome.explanation.summary =
            tr("The sandbox's ID-porten client %1 belongs to organisation %2, not to %3.")
                .arg(m_client.clientId, found.orgNo, profile.vendorOrgNumber);
        outcome.explanation.remedy =
            tr("Reset the sandbox, or use a profile of organisation %1.").arg(found.orgNo);
        finish(run, outcome);
        return;
    }
    const QJsonObject jwk = m_client.identity.key.publicJwk(m_client.identity.kid);
    const bool keyListed = std::any_of(found.keys.cbegin(), found.keys.cend(),
        [&jwk](const QJsonValue &key) { return sameKey(key.toObject(), jwk); });
    QStringList scopes = found.scopes;
    for (const QString &scope : std::as_const(m_scopes)) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    const bool scopesMissing = scopes.size() != found.scopes.size();
    if (keyListed && !scopesMissing) {
        Outcome outcome;
        outcome.client = m_client;
        finish(run, outcome);
        return;
    }
    const QPointer<IdPortenClientSetup> self(this);
    const auto then = [self, run, found, scopes, keyListed](const Altinn::ApiResult<Altinn::Done> &result) {
        if (!self || !self->isCurrent(run))
            return;
        if (!result.ok()) {
            self->fail(run, result.failure, tr("updating the sandbox's ID-porten client"));
            return;
        }
        Altinn::SandboxIdPortenClientInfo updated = found;
        if (!keyListed)
            updated.keys = QJsonArray{self->m_client.identity.key.publicJwk(self->m_client.identity.kid)};
        else
            updated.scopes = scopes;
        self->reconcile(run, updated);
    };
    Altinn::SandboxControlClient *control = m_session->sandboxControl();
    m_call = !keyListed ? control->replaceIdPortenClientKeys(m_client.clientId, jwk, then)
                        : control->replaceIdPortenClientScopes(m_client.clientId, scopes, then);
}

void IdPortenClientSetup::fail(quint64 run, const Altinn::ApiFailure &failure, const QString &operation)
{
    Outcome outcome;
    outcome.failure = failure;
    outcome.explanation = Altinn::ErrorExplainer::explain(failure, operation);
    finish(run, outcome);
}

void IdPortenClientSetup::finish(quint64 run, Outcome outcome)
{
    if (!isCurrent(run))
        return;
    m_running = 0;
    m_call.clear();
    const Callback done = std::exchange(m_done, nullptr);
    if (done)
        done(outcome);
}

} // namespace Onboarding
