#include "onboarding/SandboxClientRegistrationFlow.h"

#include "altinn/AltinnScopes.h"
#include "altinn/ApiOperation.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "session/VendorSession.h"
#include "workspace/ProfileStore.h"

#include <QPointer>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {

struct SandboxClientRegistrationFlow::Run
{
    QPointer<VendorSession> session;
    Profile profile;
    QString clientId; ///< what is asked for: the profile's, a remembered unsaved one, or empty
    QStringList scopes;
    QUrl sandboxUrl;
    Step step = Step::ReadingKey;
    QPointer<Altinn::ApiOperation> operation;
    QMetaObject::Connection sessionGone;
    QString registeredId;
    bool created = false;
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
    QStringList scopes = Altinn::AltinnScopes::all() + profile.scopes;
    scopes.removeDuplicates();
    return scopes;
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
    if (run->clientId.isEmpty() && m_unsaved && m_unsaved->profileId == run->profile.id
        && m_unsaved->orgNo == run->profile.vendorOrgNumber && m_unsaved->sandboxUrl == run->sandboxUrl)
        run->clientId = m_unsaved->clientId;
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
            self->registerWith(run, identity->key.publicJwk(run->profile.kid));
        });
}

void SandboxClientRegistrationFlow::registerWith(
    const std::shared_ptr<Run> &run, const QJsonObject &publicJwk)
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
    run->operation = run->session->sandboxControl()->registerClient(run->profile.vendorOrgNumber,
        run->clientId, run->scopes, publicJwk, [self, run](const Altinn::ApiResult<QString> &result) {
            if (!self || !self->isCurrent(run))
                return;
            if (result.ok()) {
                self->registered(run, *result.value, result.httpStatus);
                return;
            }
            if (result.failure.kind == Altinn::ApiFailure::Kind::Cancelled) {
                self->finish(run, Failure::Cancelled, tr("Registration cancelled."), result.failure);
                return;
            }
            const Altinn::Explanation explanation =
                Altinn::ErrorExplainer::explain(result.failure, tr("registering the client in the sandbox"));
            self->finish(run, Failure::RegistrationFailed, explanation.summary + u' ' + explanation.remedy,
                result.failure);
        });
}

void SandboxClientRegistrationFlow::registered(
    const std::shared_ptr<Run> &run, const QString &clientId, int httpStatus)
{
    run->registeredId = clientId;
    run->created = httpStatus == 201; // 200: the client the sandbox knew got the key and scopes again
    run->step = Step::SavingProfile;
    Q_EMIT progress(Step::SavingProfile);
    if (clientId == run->profile.clientId) {
        m_unsaved.reset();
        finish(run, Failure::None);
        return;
    }
    Profile updated = run->profile;
    updated.clientId = clientId;
    QString error;
    if (!m_save || !m_save(updated, &error)) {
        m_unsaved = Unsaved{run->profile.id, run->profile.vendorOrgNumber, run->sandboxUrl, clientId};
        finish(run, Failure::ProfileSaveFailed,
            tr("The client %1 is registered, but the profile could not be saved: %2").arg(clientId, error));
        return;
    }
    m_unsaved.reset();
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
    outcome.orgNo = run->profile.vendorOrgNumber;
    outcome.kid = run->profile.kid;
    outcome.scopes = run->scopes;
    outcome.sandboxUrl = run->sandboxUrl;
    outcome.profile = run->profile;
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
