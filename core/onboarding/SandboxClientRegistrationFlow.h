#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/SandboxControlClient.h"
#include "workspace/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class ProfileStore;
class VendorSession;

namespace Onboarding {

/**
 * Registers the profile's Maskinporten client with its public key in the sandbox — what the
 * self-service portal does in TT02 and production — and saves the client id to the profile. The one
 * workflow behind the wizard's "Register in the sandbox" and `systemuser-cli sandbox register-client`.
 *
 * One client per key, however many runs, lost answers or failed saves:
 *  - The client id is the profile's when it has one; otherwise it is derived from the organisation and
 *    the key (clientIdFor(): a name-based UUID of the key's RFC 7638 thumbprint), so every run — in the
 *    wizard or a new CLI process — asks for the same id before anything is saved.
 *  - The create never replaces anything. When the sandbox answers 409 (the id exists), or gives no answer
 *    (LostAnswer), the client is read back: the same organisation with this key and these scopes is
 *    success ("already registered"); the same organisation with another key or other scopes gets this
 *    key and these scopes (a replaced key keeps its client); another organisation's client is reported.
 * The scopes are the Altinn vendor scopes plus the profile's own.
 *
 * One run at a time (starting one cancels the run before); `finished` once per run, always on a later
 * event-loop turn than start(), never after cancel().
 */
class SandboxClientRegistrationFlow : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,
        NotSandbox, ///< no session yet, or its environment has no sandbox control API
        NoKey, ///< the profile's key could not be read (no key, keychain refused)
        RegistrationFailed, ///< the sandbox refused or did not answer
        Cancelled, ///< the call was cancelled underneath (e.g. the session was replaced)
        ProfileSaveFailed, ///< the client is registered, but the profile could not be saved
    };
    Q_ENUM(Failure)

    enum class Step { ReadingKey, Registering, SavingProfile };
    Q_ENUM(Step)

    struct Outcome
    {
        Failure failure = Failure::None;
        QString message; ///< translated: what happened and what to do; empty on success
        Altinn::ApiFailure apiFailure; ///< for NotSandbox, NoKey, RegistrationFailed and Cancelled
        QString clientId; ///< the registered client (also for ProfileSaveFailed)
        bool createdClient = false; ///< a new client; false: a client the sandbox had already
        /// The sandbox had this client with this key and these scopes: nothing had to change (a re-run, or
        /// the answer to an earlier attempt was lost).
        bool alreadyRegistered = false;
        /// The sandbox's answer to the registration was lost; what is reported was read back afterwards.
        bool answerLost = false;
        /// RegistrationFailed after the client was read back (409 or a lost answer): `message` says what that
        /// found — not there, another organisation's, or unknown — rather than the create's own error.
        bool lookedUp = false;
        QString orgNo;
        QString kid;
        QStringList scopes;
        QUrl sandboxUrl; ///< the sandbox's base URL
        Profile profile; ///< the saved profile on success; the one the run started with otherwise

        bool ok() const { return failure == Failure::None; }
    };

    /// Saves @p profile; false and a translated @p error when it cannot (the error may be left empty
    /// when the callback reported the problem itself).
    using SaveProfile = std::function<bool(const Profile &profile, QString *error)>;

    explicit SandboxClientRegistrationFlow(SaveProfile save, QObject *parent = nullptr);
    ~SandboxClientRegistrationFlow() override;

    /// A SaveProfile that saves into @p store (which must outlive the flow).
    static SaveProfile savingTo(ProfileStore *store);
    /// The scopes a client of @p profile is registered with: the Altinn vendor scopes and the authorized
    /// parties scope, then its own.
    static QStringList scopesFor(const Profile &profile);
    /// The client id a profile without one registers under: a UUID (version 5) of @p orgNo and the key's
    /// RFC 7638 @p keyThumbprint — the same for every run with this key.
    static QString clientIdFor(const QString &orgNo, const QString &keyThumbprint);

    /// Registers the client of @p session's profile with the key @p session signs with.
    void start(VendorSession *session);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(Onboarding::SandboxClientRegistrationFlow::Step step);
    void finished(const Onboarding::SandboxClientRegistrationFlow::Outcome &outcome);

private:
    struct Run;

    void registerWith(const std::shared_ptr<Run> &run);
    /// After a 409 or a lost answer: reads the client back and decides what it means.
    void reconcile(const std::shared_ptr<Run> &run, const Altinn::ApiFailure &createFailure);
    void reconciled(const std::shared_ptr<Run> &run, const Altinn::ApiFailure &createFailure,
        const Altinn::ApiResult<Altinn::SandboxMaskinportenClientInfo> &found);
    /// Gives the sandbox's client this key (when it lacks it) and these scopes (when they differ).
    void bringUpToDate(const std::shared_ptr<Run> &run, bool replaceKeys, bool replaceScopes);
    void registered(const std::shared_ptr<Run> &run, const QString &clientId);
    void failRegistration(
        const std::shared_ptr<Run> &run, const Altinn::ApiFailure &failure, const QString &operation);
    void finish(const std::shared_ptr<Run> &run, Failure failure, const QString &message = {},
        const Altinn::ApiFailure &apiFailure = {});
    bool isCurrent(const std::shared_ptr<Run> &run) const { return run && run == m_run; }

    SaveProfile m_save;
    std::shared_ptr<Run> m_run;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::SandboxClientRegistrationFlow::Outcome)
