#pragma once

#include "altinn/ApiFailure.h"
#include "altinn/Environment.h"
#include "auth/RsaKey.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "workspace/Profile.h"
#include "workspace/ProfileStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class CustomerDesk;
class DraftStore;
class OnboardingState;
class QNetworkAccessManager;
class VendorSession;

namespace Altinn {
class ActivityLog;
class ApiTransport;
class SandboxControlClient;
struct Organisation;
} // namespace Altinn

/**
 * What the wizard's pages share: the profiles and the current one, where its key is kept, the
 * VendorSession to talk to its environment (recreated whenever the profile or environment changes —
 * sessionChanged), the in-process sandbox's address, the app's activity log and the drafts. Outlives
 * any one wizard: the main window owns it, so leaving the wizard and coming back keeps the session.
 */
class WizardContext : public QObject
{
    Q_OBJECT

public:
    /// The organisation the guided demo acts as: a vendor in the sandbox's register.
    static inline const QString DemoVendorOrgNumber = QStringLiteral("991825827");

    explicit WizardContext(QObject *parent = nullptr);
    ~WizardContext() override;

    /// Replaces where keys go: @p persistent (the keychain) and @p runOnly ("this run only"). Not owned.
    void setSecretStores(SecretStore *persistent, SecretStore *runOnly);
    SecretStore *secretStore(bool persistent) const
    {
        return persistent ? m_persistentStore : m_runOnlyStore;
    }
    SecretStore *secretStoreFor(const Profile &profile) const { return secretStore(profile.keyPersistent); }

    /// The in-process sandbox's base URL once it runs (invalid before).
    void setSandboxBaseUrl(const QUrl &url);
    QUrl sandboxBaseUrl() const { return m_sandboxBaseUrl; }
    /// Tells the sandbox failed to start, so pages can say so instead of waiting.
    void setSandboxFailure(const QString &reason);
    QString sandboxFailure() const { return m_sandboxFailure; }
    /// Something needs the in-process sandbox: asks for it (sandboxWanted()) unless it runs or failed.
    void wantSandbox();
    /// The current profile works in the sandbox (or there is no profile yet, whose first one does by
    /// default).
    bool profileUsesSandbox() const;

    /// The UI language ("nb", "nn", "en") for metadata and names.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    Altinn::ActivityLog *activityLog() const { return m_activityLog; }
    ProfileStore &profileStore() { return m_profiles; }
    DraftStore *drafts() const { return m_drafts; }
    /// What pages 4–8 hand on (published system, requests, token test); cleared when the profile changes.
    OnboardingState *onboarding() const { return m_onboarding; }
    /// The customers of the current profile, environment and system, and the one pages 5–7 work on.
    CustomerDesk *customers() const { return m_customers; }
    /// The system the wizard works with (published, chosen in the customers view, or the draft's).
    QString systemId() const { return m_systemId; }
    void setSystemId(const QString &systemId);
    /// Why the profiles could not be read at start (translated), or empty.
    QString profileLoadError() const { return m_profileLoadError; }

    bool hasProfile() const { return m_profile.has_value(); }
    /// The current profile; a default (sandbox, empty) profile when there is none.
    Profile profile() const { return m_profile.value_or(Profile()); }
    /// Makes profile @p id current (and remembers it); false when unknown or not saved.
    bool selectProfile(const QString &id, QString *error = nullptr);
    /// No current profile: the user is filling in a new one.
    void clearProfile();
    /// Saves @p profile, makes it current and replaces the session when what it uses changed.
    bool saveProfile(const Profile &profile, QString *error = nullptr);
    /// A guided-demo profile: the saved one when it exists, else a fresh one (not saved).
    Profile demoProfile() const;

    /// The environment @p profile works in; invalid for the sandbox before it has started.
    Altinn::Environment environmentFor(const Profile &profile) const;
    Altinn::Environment environment() const { return environmentFor(profile()); }
    bool isProduction() const { return hasProfile() && m_profile->environment == u"prod"; }

    /// The session of the current profile; null without a profile or while the sandbox starts.
    VendorSession *session() const;

    /// After generating or importing: the session signs with @p key without reading it back.
    void rememberSigningKey(const RsaKey &key);
    /// The current profile's key when it is in memory (null otherwise).
    RsaKey signingKey() const;
    /// The current profile's key, read from its store when not in memory yet.
    void loadSigningKey(
        QObject *receiver, std::function<void(const RsaKey &, const SecretStore::Result &)> done);

    /// The sandbox register's organisations, fetched once and cached.
    void sandboxOrganisations(
        QObject *receiver, std::function<void(const Altinn::ApiResult<QList<Altinn::Organisation>> &)> done);

Q_SIGNALS:
    /// The current profile was switched, saved or cleared.
    void profileChanged();
    /// session() was replaced (or is gone): drop anything that belongs to the old one.
    void sessionChanged();
    /// The sandbox started or failed.
    void sandboxStateChanged();
    /// The sandbox is needed and does not run yet (the main window starts it: it starts on demand).
    void sandboxWanted();

private:
    void rebuildSession();
    void updateCustomerScope();
    QString draftSystemId() const;
    static bool sameConnection(const Profile &a, const Profile &b);

    ProfileStore m_profiles;
    std::optional<Profile> m_profile;
    QString m_profileLoadError;
    DraftStore *m_drafts;
    OnboardingState *m_onboarding;
    CustomerDesk *m_customers;
    QString m_systemId;
    QString m_onboardingProfileId; ///< the profile m_onboarding belongs to
    Altinn::ActivityLog *m_activityLog;
    SecretStore *m_ownPersistentStore;
    SecretStore *m_ownRunOnlyStore;
    QPointer<SecretStore> m_persistentStore;
    QPointer<SecretStore> m_runOnlyStore;
    QUrl m_sandboxBaseUrl;
    QString m_sandboxFailure;
    QString m_language = QStringLiteral("en");
    QPointer<VendorSession> m_session;
    RsaKey m_signingKey;
    QString m_signingKeyOwner; ///< keychainKey() of the profile m_signingKey belongs to

    QNetworkAccessManager *m_sandboxNetwork = nullptr;
    Altinn::ApiTransport *m_sandboxTransport = nullptr;
    Altinn::SandboxControlClient *m_sandboxControl = nullptr;
    std::optional<QList<Altinn::Organisation>> m_organisations;
    /// Who asked for the organisations while they were on their way: one request answers all of them (at
    /// start opening page 6 asked three times before the first answer, three requests).
    QList<std::pair<QPointer<QObject>,
        std::function<void(const Altinn::ApiResult<QList<Altinn::Organisation>> &)>>>
        m_organisationWaiters;
};
