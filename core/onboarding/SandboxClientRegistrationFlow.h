#pragma once

#include "altinn/ApiFailure.h"
#include "workspace/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class ProfileStore;
class VendorSession;

namespace Onboarding {

/**
 * Registers the profile's Maskinporten client with its public key in the sandbox — what the
 * self-service portal does in TT02 and production — and saves the client id to the profile. The one
 * workflow behind the wizard's "Register in the sandbox" and `systemuser-cli sandbox register-client`.
 *
 * The client id, the same for every caller:
 *  - The profile has a client id: it is kept. A client the sandbox knows by that id keeps its id and
 *    gets this key and these scopes (replacing its old ones), so a re-run never makes a second client;
 *    one it does not know (a fresh sandbox, an id typed in) is created under the profile's id.
 *  - The profile has none: the sandbox makes the client and chooses its id, as the portal does; nobody
 *    invents one on this side. If saving the profile then fails, the next run of this flow for the same
 *    profile reuses that client instead of making another.
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
        bool createdClient = false; ///< a new client; false: the profile's client got the key again
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
    /// The scopes a client of @p profile is registered with: the Altinn vendor scopes, then its own.
    static QStringList scopesFor(const Profile &profile);

    /// Registers the client of @p session's profile with the key @p session signs with.
    void start(VendorSession *session);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(Onboarding::SandboxClientRegistrationFlow::Step step);
    void finished(const Onboarding::SandboxClientRegistrationFlow::Outcome &outcome);

private:
    struct Run;

    void registerWith(const std::shared_ptr<Run> &run, const QJsonObject &publicJwk);
    void registered(const std::shared_ptr<Run> &run, const QString &clientId, int httpStatus);
    void finish(const std::shared_ptr<Run> &run, Failure failure, const QString &message = {},
        const Altinn::ApiFailure &apiFailure = {});
    bool isCurrent(const std::shared_ptr<Run> &run) const { return run && run == m_run; }

    SaveProfile m_save;
    std::shared_ptr<Run> m_run;
    /// A client registered for a profile whose save failed: reused by the next run for that profile.
    struct Unsaved
    {
        QString profileId;
        QString orgNo;
        QUrl sandboxUrl;
        QString clientId;
    };
    std::optional<Unsaved> m_unsaved;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::SandboxClientRegistrationFlow::Outcome)
