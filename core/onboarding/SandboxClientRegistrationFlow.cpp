#include "onboarding/SandboxClientRegistrationFlow.h"

#include "altinn/AltinnScopes.h"
#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "onboarding/LostAnswer.h"
#include "session/VendorSession.h"
#include "workspace/ProfileStore.h"

#include <QJsonArray>
#include <QPointer>
#include <QUuid>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {

namespace {

/// The namespace of clientIdFor()'s name-based UUIDs: fixed, so the same key gives the same id everywhere.
const QUuid ClientIdNamespace(u"8f3c2f4e-5b7a-4d0e-9c61-2a7e4b1d9f05"_s);

bool sameKey(const QJsonObject &a, const QJsonObject &b)
{
    const QString members[] = {u"kid"_s, u"n"_s, u"e"_s};
    return std::all_of(std::cbegin(members), std::cend(members),
        [&](const QString &member) { return a.value(member) == b.value(member); });
}

bool sameScopes(QStringList a, QStringList b)
{
    a.sort();
    a.removeDuplicates();
    b.sort();
    b.removeDuplicates();
    return a == b;
}

} // namespace

struct SandboxClientRegistrationFlow::Run
{
    QPointer<VendorSession> session;
    Profile profile;
    QString clientId; ///< what is asked for: the profile's, or the one derived from the key
    QStringList scopes;
    QJsonObject publicJwk;
    QUrl sandboxUrl;
    Step step = Step::ReadingKey;
    QPointer<Altinn::ApiOperation> operation;
    QMetaObject::Connection sessionGone;
    QString registeredId;
    bool created = false;
    bool alreadyRegistered = false;
    bool answerLost = false;
    bool lookedUp = false;
};

SandboxClientRegistrationFlow::SandboxClientRegistrationFlow(SaveProfile save, QObject *parent)
    : QObject(parent)
    , m_save(std::move(save))
{ }

SandboxClientRegistrationFlow::~SandboxClientRegistrationFlow()
{
    if (const std::shared_ptr<Run> run = std::exchange(m_run, nullptr)) {
        disconnect(run->sessionGone);
        if (run->operation)
            run->operation->cancel();
    }
}

SandboxClientRegistrationFlow::SaveProfile SandboxClientRegistrationFlow::savingTo(ProfileStore *store)
{
    return [store](const Profile &profile, QString *error) {
        return store->save(profile, error);
    };
}

QStringList SandboxClientRegistrationFlow::scopesFor(const Profile &profile)
{
    // The authorized parties scope too, so a customer's holdings can be checked in the sandbox
    // (docs/altinn-behaviour.md#authorized-parties).
    QStringList scopes =
        Altinn::AltinnScopes::all() + QStringList{Altinn::AltinnScopes::AuthorizedParties} + profile.scopes;
    scopes.removeDuplicates();
    return scopes;
}

QString SandboxClientRegistrationFlow::clientIdFor(const QString &orgNo, const QString &keyThumbprint)
{
    return QUuid::createUuidV5(ClientIdNamespace, orgNo + u'/' + keyThumbprint)
        .toString(QUuid::WithoutBraces);
}

bool SandboxClientRegistrationFlow::isRunning() const
{
    return m_run != nullptr;
}

void SandboxClientRegistrationFlow::start(VendorSession *session)
{
    cancel();
    auto run = std::make_shared<Run>();
    m_run = run;
    const QPointer<SandboxClientRegistrationFlow> self(this);
    if (!session) {
        // Answered on a later turn, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [self, run] {
                if (self && self->isCurrent(run))
                    self->finish(run, Failure::NotSandbox,
                        tr("The sandbox has not started yet. Wait a moment and try again."));
            },
            Qt::QueuedConnection);
        return;
    }
    run->session = session;
    run->profile = session->profile();
    run->scopes = scopesFor(run->profile);
    run->sandboxUrl = session->environment().platformBaseUrl();
    run->clientId = run->profile.clientId;
    // The session is replaced when the profile changes underneath: the run cannot go on with it.
    run->sessionGone = connect(session, &QObject::destroyed, this, [this, run] {
        if (isCurrent(run) && run->step != Step::SavingProfile)
            finish(run, Failure::Cancelled,
                tr("The profile changed while the client was being registered. Try again."),
                Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled));
    });

    if (!session->environment().isLocal()) {
        const QString environment = session->environment().displayName();
        QMetaObject::invokeMethod(
            this,
            [self, run, environment] {
                if (self && self->isCurrent(run))
                    self->finish(run, Failure::NotSandbox,
                        tr("Only the sandbox registers clients from here. In %1, register the client and "
                           "the public key in the self-service portal.")
                            .arg(environment),
                        Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Rejected));
            },
            Qt::QueuedConnection);
        return;
    }

    Q_EMIT progress(Step::ReadingKey);
    session->withSigningIdentity(
        [self, run](const SigningIdentity *identity, const Altinn::ApiFailure &failure) {
            if (!self || !self->isCurrent(run))
                return;
            if (!identity) {
                self->finish(run, Failure::NoKey, failure.detail, failure);
                return;
            }
            run->publicJwk = identity->key.publicJwk(run->profile.kid);
            if (run->clientId.isEmpty())
                run->clientId = clientIdFor(run->profile.vendorOrgNumber, identity->key.thumbprint());
            self->registerWith(run);
        });
}

void SandboxClientRegistrationFlow::registerWith(const std::shared_ptr<Run> &run)
{
    if (!run->session) {
        finish(run, Failure::Cancelled,
            tr("The profile changed while the client was being registered. Try again."),
            Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled));
        return;
    }
    run->step = Step::Registering;
    Q_EMIT progress(Step::Registering);
    const QPointer<SandboxClientRegistrationFlow> self(this);
    run->operation = run->session->sandboxControl()->createClient(run->profile.vendorOrgNumber, run->clientId,
        run->scopes, run->publicJwk, [self, run](const Altinn::ApiResult<QString> &result) {
            if (!self || !self->isCurrent(run))
                return;
            if (result.ok()) {
                run->created = true;
                self->registered(run, *result.value);
                return;
            }
            const Altinn::ApiFailure &failure = result.failure;
            if (failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                self->finish(run, Failure::Cancelled, tr("Registration cancelled."), failure);
                return;
            }
            if (failure.httpStatus() == 409 || LostAnswer::possible(failure)) {
                self->reconcile(run, failure);
                return;
            }
            self->failRegistration(run, failure, tr("registering the client in the sandbox"));
        });
}

void SandboxClientRegistrationFlow::reconcile(
    const std::shared_ptr<Run> &run, const Altinn::ApiFailure &createFailure)
{
    run->answerLost = createFailure.httpStatus() != 409;
    if (!run->session) {
        finish(run, Failure::Cancelled,
            tr("The profile changed while the client was being registered. Try again."),
            Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled));
        return;
    }
    const QPointer<SandboxClientRegistrationFlow> self(this);
    run->operation = run->session->sandboxControl()->client(run->clientId,
        [self, run, createFailure](const Altinn::ApiResult<Altinn::SandboxMaskinportenClientInfo> &found) {
            if (self && self->isCurrent(run))
                self->reconciled(run, createFailure, found);
        });
}

void SandboxClientRegistrationFlow::reconciled(const std::shared_ptr<Run> &run,
    const Altinn::ApiFailure &createFailure,
    const Altinn::ApiResult<Altinn::SandboxMaskinportenClientInfo> &found)
{
    if (found.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
        finish(run, Failure::Cancelled, tr("Registration cancelled."), found.failure);
        return;
    }
    if (!found.ok()) {
        if (found.failure.httpStatus() == 404 && run->answerLost) {
            run->lookedUp = true;
            finish(run, Failure::RegistrationFailed,
                tr("The sandbox's answer was lost, and it has no client %1: nothing was registered. Try "
                   "again.")
                    .arg(run->clientId),
                createFailure);
            return;
        }
        if (run->answerLost) {
            // Neither the answer nor the registry could be read: the client may well exist.
            run->lookedUp = true;
            finish(run, Failure::RegistrationFailed,
                tr("The sandbox did not answer, and could not be asked afterwards whether it registered the "
                   "client %1: it may be registered. Run the registration again: it finds that client "
                   "instead of making a second one.")
                    .arg(run->clientId),
                createFailure);
            return;
        }
        failRegistration(run, found.failure, tr("reading the sandbox's client %1").arg(run->clientId));
        return;
    }
    const Altinn::SandboxMaskinportenClientInfo &client = *found.value;
    if (client.orgNo != run->profile.vendorOrgNumber) {
        run->lookedUp = true;
        finish(run, Failure::RegistrationFailed,
            tr("The sandbox has a client %1 already, and it belongs to organisation %2, not to %3: it is not "
               "yours to change. Correct the profile's client id (or leave it empty to register a client of "
               "your own) or its organisation number.")
                .arg(run->clientId, client.orgNo, run->profile.vendorOrgNumber),
            createFailure);
        return;
    }
    const bool keyListed = std::any_of(client.keys.cbegin(), client.keys.cend(),
        [&run](const QJsonValue &key) { return sameKey(key.toObject(), run->publicJwk); });
    const bool scopesMatch = sameScopes(client.scopes, run->scopes);
    run->alreadyRegistered = keyListed && scopesMatch;
    if (run->alreadyRegistered) {
        registered(run, client.clientId.isEmpty() ? run->clientId : client.clientId);
        return;
    }
    bringUpToDate(run, !keyListed, !scopesMatch);
}

void SandboxClientRegistrationFlow::bringUpToDate(
    const std::shared_ptr<Run> &run, bool replaceKeys, bool replaceScopes)
{
    if (!run->session) {
        finish(run, Failure::Cancelled,
            tr("The profile changed while the client was being registered. Try again."),
            Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Cancelled));
        return;
    }
    const QPointer<SandboxClientRegistrationFlow> self(this);
    const auto then = [self, run, replaceScopes, replaceKeys](const Altinn::ApiResult<Altinn::Done> &result) {
        if (!self || !self->isCurrent(run))
            return;
        if (!result.ok()) {
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled)
                self->finish(run, Failure::Cancelled, tr("Registration cancelled."), result.failure);
            else
                self->failRegistration(run, result.failure,
                    replaceKeys ? tr("giving the sandbox's client your key")
                                : tr("giving the sandbox's client its scopes"));
            return;
        }
        if (replaceKeys && replaceScopes) {
            self->bringUpToDate(run, false, true);
            return;
        }
        self->registered(run, run->clientId);
    };
    Altinn::SandboxControlClient *control = run->session->sandboxControl();
    if (replaceKeys)
        run->operation = control->replaceClientKeys(run->clientId, run->publicJwk, then);
    else
        run->operation = control->replaceClientScopes(run->clientId, run->scopes, then);
}

void SandboxClientRegistrationFlow::failRegistration(
    const std::shared_ptr<Run> &run, const Altinn::ApiFailure &failure, const QString &operation)
{
    const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(failure, operation);
    finish(run, Failure::RegistrationFailed, explanation.summary + u' ' + explanation.remedy, failure);
}

void SandboxClientRegistrationFlow::registered(const std::shared_ptr<Run> &run, const QString &clientId)
{
    run->registeredId = clientId;
    run->step = Step::SavingProfile;
    Q_EMIT progress(Step::SavingProfile);
    if (clientId == run->profile.clientId) {
        finish(run, Failure::None);
        return;
    }
    Profile updated = run->profile;
    updated.clientId = clientId;
    QString error;
    if (!m_save || !m_save(updated, &error)) {
        finish(run, Failure::ProfileSaveFailed,
            tr("The client %1 is registered, but the profile could not be saved: %2. Registering again finds "
               "this client instead of making another.")
                .arg(clientId, error));
        return;
    }
    run->profile = updated;
    finish(run, Failure::None);
}

void SandboxClientRegistrationFlow::cancel()
{
    const std::shared_ptr<Run> run = std::exchange(m_run, nullptr);
    if (!run)
        return;
    disconnect(run->sessionGone);
    if (run->operation)
        run->operation->cancel(); // its answer is for a run that is over: ignored
}

void SandboxClientRegistrationFlow::finish(const std::shared_ptr<Run> &run, Failure failure,
    const QString &message, const Altinn::ApiFailure &apiFailure)
{
    disconnect(run->sessionGone);
    m_run = nullptr;
    Outcome outcome;
    outcome.failure = failure;
    outcome.message = message;
    outcome.apiFailure = apiFailure;
    outcome.clientId = run->registeredId;
    outcome.createdClient = run->created;
    outcome.alreadyRegistered = run->alreadyRegistered;
    outcome.answerLost = run->answerLost;
    outcome.lookedUp = run->lookedUp;
    outcome.orgNo = run->profile.vendorOrgNumber;
    outcome.kid = run->profile.kid;
    outcome.scopes = run->scopes;
    outcome.sandboxUrl = run->sandboxUrl;
    outcome.profile = run->profile;
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
