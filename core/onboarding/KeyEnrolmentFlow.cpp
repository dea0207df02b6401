#include "onboarding/KeyEnrolmentFlow.h"

#include "workspace/ProfileStore.h"

#include <QDate>
#include <QPointer>
#include <QRegularExpression>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {

/// One run: what the profile was, what it becomes, and where the key goes.
struct KeyEnrolmentFlow::Run
{
    Profile previous;
    Profile updated;
    NewKey newKey;
    bool persistent = true;
    QPointer<SecretStore> store;
    QString entry;
    /// The replaced key's entry and store, when it is to be dropped (it lives elsewhere than the new key).
    QPointer<SecretStore> previousStore;
    QString previousEntry;
    Step step = Step::Generating;
    bool started = false; ///< something asynchronous ran: outcomes may be emitted at once
    QString detail;
    SecretStore::Status storeStatus = SecretStore::Status::Ok;
    bool previousEntryRemoved = false;
};

namespace {

KeyEnrolmentFlow::Failure failureFor(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Unavailable:
    case SecretStore::Status::NoSession:
        return KeyEnrolmentFlow::Failure::KeychainUnavailable;
    case SecretStore::Status::Locked:
        return KeyEnrolmentFlow::Failure::KeychainLocked;
    case SecretStore::Status::Denied:
        return KeyEnrolmentFlow::Failure::KeychainDenied;
    case SecretStore::Status::TimedOut:
        return KeyEnrolmentFlow::Failure::KeychainTimedOut;
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
    case SecretStore::Status::Damaged:
    case SecretStore::Status::Failed:
        break;
    }
    return KeyEnrolmentFlow::Failure::KeychainFailed;
}

} // namespace

bool KeyEnrolmentFlow::Outcome::isKeychainFailure() const
{
    return failure == Failure::KeychainUnavailable || failure == Failure::KeychainLocked
        || failure == Failure::KeychainDenied || failure == Failure::KeychainTimedOut
        || failure == Failure::KeychainFailed;
}

KeyEnrolmentFlow::KeyEnrolmentFlow(StoreFor stores, SaveProfile save, QObject *parent)
    : QObject(parent)
    , m_stores(std::move(stores))
    , m_save(std::move(save))
    , m_keyGeneration(new BackgroundKeyGeneration(this))
{ }

KeyEnrolmentFlow::~KeyEnrolmentFlow()
{
    // No signals from a destructor: a keychain job still running cleans up after itself (see store()).
    m_run = nullptr;
}

KeyEnrolmentFlow::SaveProfile KeyEnrolmentFlow::savingTo(ProfileStore *store)
{
    return [store](const Profile &profile, QString *error) {
        return store->save(profile, error);
    };
}

QString KeyEnrolmentFlow::kidProblem(const QString &kid)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._:-]{1,100}$"_s);
    if (pattern.match(kid).hasMatch())
        return {};
    return tr("A key id has letters, digits, dots, colons, hyphens and underscores only (at most 100).");
}

QString KeyEnrolmentFlow::suggestedKid(const Profile &profile)
{
    const QString kid =
        RsaKey::suggestKid(profile.vendorOrgNumber, profile.environment, QDate::currentDate());
    // A second key on the same day: Maskinporten tells a client's keys apart by their kid.
    return profile.hasKey() && profile.kid == kid ? kid + u"-2"_s : kid;
}

bool KeyEnrolmentFlow::isRunning() const
{
    return m_run != nullptr;
}

void KeyEnrolmentFlow::generate(const Profile &profile, int bits, const QString &kid, bool persistent)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->previous = profile;
    run->persistent = persistent;
    run->newKey.kid = kid.trimmed().isEmpty() ? suggestedKid(profile) : kid.trimmed();
    m_run = run;
    if (const QString problem = kidProblem(run->newKey.kid); !problem.isEmpty()) {
        finish(run, Failure::InvalidKid, problem);
        return;
    }
    run->step = Step::Generating;
    run->started = true;
    Q_EMIT progress(Step::Generating);

    // Generation cannot be interrupted: a cancelled run's key is simply not used.
    m_keyGeneration->generate(bits, [this, run](const RsaKey &generated) {
        if (!isCurrent(run))
            return;
        if (generated.isNull()) {
            finish(run, Failure::GenerationFailed,
                tr("The key could not be generated. Try again; if it keeps failing, import a key instead."));
            return;
        }
        run->newKey.key = generated;
        store(run);
    });
}

void KeyEnrolmentFlow::install(
    const Profile &profile, const KeyImporter::Result &imported, const QString &kid, bool persistent)
{
    QString chosen = kid.trimmed();
    // A JWK's own kid is only a suggestion: one that no portal would take gives way to ours.
    if (chosen.isEmpty() && kidProblem(imported.suggestedKid.trimmed()).isEmpty())
        chosen = imported.suggestedKid.trimmed();
    if (chosen.isEmpty())
        chosen = suggestedKid(profile);
    install(profile, NewKey{imported.key, chosen, imported.certificateChain}, persistent);
}

void KeyEnrolmentFlow::install(const Profile &profile, const NewKey &key, bool persistent)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->previous = profile;
    run->persistent = persistent;
    run->newKey = key;
    run->newKey.kid = key.kid.trimmed();
    m_run = run;
    if (const QString problem = kidProblem(run->newKey.kid); !problem.isEmpty()) {
        finish(run, Failure::InvalidKid, problem);
        return;
    }
    if (key.key.isNull() || !key.key.hasPrivateKey()) {
        finish(run, Failure::GenerationFailed, KeyImporter::message(KeyImporter::Problem::PublicKeyOnly));
        return;
    }
    store(run);
}

void KeyEnrolmentFlow::store(const std::shared_ptr<Run> &run)
{
    Profile &updated = run->updated;
    updated = run->previous;
    updated.kid = run->newKey.kid;
    updated.keyAlgorithm = RsaKey::algorithmName(RsaKey::Algorithm::RS256);
    updated.keyBits = run->newKey.key.bits();
    updated.keyThumbprint = run->newKey.key.thumbprint();
    updated.keyPersistent = run->persistent;
    updated.certificateChain = run->newKey.certificateChain;
    run->entry = updated.keychainKey();
    run->store = m_stores ? m_stores(run->persistent) : nullptr;
    if (run->previous.hasKey()) {
        SecretStore *previousStore = m_stores ? m_stores(run->previous.keyPersistent) : nullptr;
        // The same entry in the same store is overwritten by the write; anywhere else it is dropped after.
        if (previousStore && (previousStore != run->store || run->previous.keychainKey() != run->entry)) {
            run->previousStore = previousStore;
            run->previousEntry = run->previous.keychainKey();
        }
    }
    if (!run->store) {
        run->storeStatus = SecretStore::Status::Unavailable;
        finish(run, Failure::KeychainUnavailable, SecretStore::explain(SecretStore::Status::Unavailable));
        return;
    }
    run->step = Step::Storing;
    run->started = true;
    Q_EMIT progress(Step::Storing);

    const QPointer<KeyEnrolmentFlow> self(this);
    const QPointer<SecretStore> target = run->store;
    target->write(run->entry, run->newKey.key.privatePkcs8Pem(),
        [self, run, target](const SecretStore::Result &result) {
            if (self && self->isCurrent(run)) {
                self->stored(run, result);
                return;
            }
            // Cancelled while the keychain was busy: what it wrote belongs to no profile, so remove it —
            // unless it is the entry the profile already had, or a newer run writes the same entry.
            const bool ownEntry = run->previous.hasKey() && run->previous.keychainKey() == run->entry
                && run->previousStore.isNull();
            const bool reused = self && self->m_run && self->m_run->entry == run->entry;
            if (result.ok() && target && !ownEntry && !reused)
                target->remove(run->entry, [](const SecretStore::Result &) {});
        });
}

void KeyEnrolmentFlow::stored(const std::shared_ptr<Run> &run, const SecretStore::Result &result)
{
    if (!result.ok()) {
        run->storeStatus =
            result.status == SecretStore::Status::NotFound ? SecretStore::Status::Failed : result.status;
        run->detail = result.detail;
        finish(run, failureFor(run->storeStatus), SecretStore::explain(run->storeStatus));
        return;
    }
    run->step = Step::SavingProfile;
    Q_EMIT progress(Step::SavingProfile);
    QString error;
    if (!m_save || !m_save(run->updated, &error)) {
        run->detail = error;
        const bool overwroteOwnEntry = run->previous.hasKey() && run->previous.keychainKey() == run->entry
            && run->previousStore.isNull();
        if (overwroteOwnEntry) {
            finish(run, Failure::ProfileSaveFailed,
                tr("The key is stored, but the profile could not be saved: %1").arg(error));
            return;
        }
        // No profile names the new entry: take it out again, so no stray private key stays behind.
        const QPointer<KeyEnrolmentFlow> self(this);
        run->store->remove(run->entry, [self, run, error](const SecretStore::Result &) {
            if (self && self->isCurrent(run))
                self->finish(run, Failure::ProfileSaveFailed,
                    tr("The profile could not be saved, so it keeps its previous key: %1").arg(error));
        });
        return;
    }
    if (run->previousEntry.isEmpty() || !run->previousStore) {
        finish(run, Failure::None);
        return;
    }
    // The replaced key is no use any more: best effort, the new key is in place either way.
    run->step = Step::RemovingPreviousKey;
    Q_EMIT progress(Step::RemovingPreviousKey);
    const QPointer<KeyEnrolmentFlow> self(this);
    run->previousStore->remove(run->previousEntry, [self, run](const SecretStore::Result &removed) {
        if (!self || !self->isCurrent(run))
            return;
        run->previousEntryRemoved = removed.ok();
        self->finish(run, Failure::None);
    });
}

void KeyEnrolmentFlow::cancel()
{
    const std::shared_ptr<Run> run = std::exchange(m_run, nullptr);
    // The profile is saved already: only the clean-up of the old entry is left, so the run has succeeded.
    if (run && run->step == Step::RemovingPreviousKey) {
        m_run = run;
        finish(run, Failure::None);
    }
}

void KeyEnrolmentFlow::finish(const std::shared_ptr<Run> &run, Failure failure, const QString &message)
{
    Outcome outcome;
    outcome.failure = failure;
    outcome.message = message;
    outcome.detail = run->detail;
    outcome.storeStatus = run->storeStatus;
    outcome.persistent = run->persistent;
    outcome.newKey = run->newKey;
    outcome.profile = failure == Failure::None ? run->updated : run->previous;
    outcome.keychainEntry = run->entry;
    outcome.previousEntry = run->previousEntry;
    outcome.previousEntryRemoved = run->previousEntryRemoved;
    if (!run->started) {
        // Failed before anything was stored: answer on a later turn, like every other outcome.
        const QPointer<KeyEnrolmentFlow> self(this);
        QMetaObject::invokeMethod(
            this,
            [self, run, outcome] {
                if (!self || !self->isCurrent(run))
                    return;
                self->m_run = nullptr;
                Q_EMIT self->finished(outcome);
            },
            Qt::QueuedConnection);
        return;
    }
    m_run = nullptr;
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
