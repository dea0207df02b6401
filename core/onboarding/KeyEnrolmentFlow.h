#pragma once

#include "auth/BackgroundKeyGeneration.h"
#include "auth/KeyImporter.h"
#include "auth/RsaKey.h"
#include "secrets/SecretStore.h"
#include "workspace/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class ProfileStore;

namespace Onboarding {

/**
 * Gives a profile its signing key — the one workflow behind the wizard's key panel and
 * `systemuser-cli key generate|import`: generate a key pair (off the calling thread) or take an
 * imported one (KeyImporter), write its private part to the SecretStore under the profile's entry for
 * the key's kid, record the key's public facts in the profile and save it, and drop the entry of the
 * key it replaced (when the key moved to another entry). Renaming the kid is the same workflow with
 * the key the profile already has.
 *
 * One run at a time (starting one cancels the run before); `finished` once per run, always on a later
 * event-loop turn than the call that started it. Never shows or logs the private key.
 */
class KeyEnrolmentFlow : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        None,
        InvalidKid, ///< the key id has characters portals or the keychain entry do not take
        GenerationFailed, ///< OpenSSL made no key
        KeychainUnavailable, ///< no secret store, keychain service or session bus — "this run only" may help
        KeychainLocked, ///< the keychain is locked: unlocking it is enough
        KeychainDenied, ///< access refused
        KeychainTimedOut, ///< no answer in time (an unanswered unlock prompt)
        KeychainFailed, ///< anything else the store reported
        ProfileSaveFailed, ///< the key was not kept: the profile that names it could not be saved
    };
    Q_ENUM(Failure)

    enum class Step { Generating, Storing, SavingProfile, RemovingPreviousKey };
    Q_ENUM(Step)

    /// A key on its way into a profile.
    struct NewKey
    {
        RsaKey key;
        QString kid;
        QList<QByteArray> certificateChain; ///< DER, leaf first, for a business certificate
    };

    struct Outcome
    {
        Failure failure = Failure::None;
        QString message; ///< translated: what happened and what to do; empty on success
        QString detail; ///< technical detail (store or file error); never the secret
        SecretStore::Status storeStatus = SecretStore::Status::Ok; ///< for the keychain failures: the cause
        bool persistent = true; ///< the key was meant for the keychain (false: memory, this run only)
        NewKey newKey; ///< the key installed (or meant to be): retry it without generating again
        Profile profile; ///< the saved profile on success; the unchanged one on failure
        QString keychainEntry; ///< where the private key is (was to be) stored; empty before that was known
        QString previousEntry; ///< the replaced key's entry, when it was dropped (or was to be)
        bool previousEntryRemoved = false;

        bool ok() const { return failure == Failure::None; }
        bool isKeychainFailure() const;
        /// The public key as a JWK with its kid — what Maskinporten is given.
        QJsonObject publicJwk() const { return newKey.key.publicJwk(newKey.kid); }
    };

    /// The store a key goes to: @p persistent true = the keychain, false = memory for this run only.
    /// May return null (no such store): the run fails with KeychainUnavailable.
    using StoreFor = std::function<SecretStore *(bool persistent)>;
    /// Saves @p profile; false and a translated @p error when it cannot (the error may be left empty
    /// when the callback reported the problem itself).
    using SaveProfile = std::function<bool(const Profile &profile, QString *error)>;

    KeyEnrolmentFlow(StoreFor stores, SaveProfile save, QObject *parent = nullptr);
    ~KeyEnrolmentFlow() override;

    /// A SaveProfile that saves into @p store (which must outlive the flow).
    static SaveProfile savingTo(ProfileStore *store);
    /// Why @p kid cannot be a key id (translated), or empty: 1–100 letters, digits, . _ : -
    static QString kidProblem(const QString &kid);
    /// The kid a new key of @p profile gets when none is chosen: <org>-<environment>-<date>, with a
    /// suffix when that is the kid of the key being replaced (two keys never share a kid).
    static QString suggestedKid(const Profile &profile);

    /// Generates a @p bits key (2048, 3072 or 4096) and installs it; @p kid empty = suggestedKid().
    void generate(const Profile &profile, int bits, const QString &kid = {}, bool persistent = true);
    /// Installs an imported key; @p kid empty = the JWK's own kid, else suggestedKid().
    void install(const Profile &profile, const KeyImporter::Result &imported, const QString &kid = {},
        bool persistent = true);
    /// Installs @p key as given (retry, "this run only", a new kid for the same key).
    void install(const Profile &profile, const NewKey &key, bool persistent);
    /// Stops the run: `finished` is not emitted, the profile keeps its key, and an entry written by a
    /// keychain job that still answers is removed again. Once the profile is saved only the removal of
    /// the old entry is left: cancel() then stops waiting for it and the run finishes as succeeded.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(Onboarding::KeyEnrolmentFlow::Step step);
    void finished(const Onboarding::KeyEnrolmentFlow::Outcome &outcome);

private:
    struct Run;

    void store(const std::shared_ptr<Run> &run);
    void stored(const std::shared_ptr<Run> &run, const SecretStore::Result &result);
    void finish(const std::shared_ptr<Run> &run, Failure failure, const QString &message = {});
    bool isCurrent(const std::shared_ptr<Run> &run) const { return run && run == m_run; }

    StoreFor m_stores;
    SaveProfile m_save;
    std::shared_ptr<Run> m_run;
    BackgroundKeyGeneration *m_keyGeneration;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::KeyEnrolmentFlow::Outcome)
