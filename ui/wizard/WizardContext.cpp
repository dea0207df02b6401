#include "wizard/WizardContext.h"

#include "altinn/ApiTransport.h"
#include "altinn/SandboxControlClient.h"
#include "net/ActivityLog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "session/VendorSession.h"
#include "wizard/CustomerDesk.h"
#include "wizard/OnboardingState.h"
#include "wizard/SandboxCustomerNames.h"
#include "workspace/DraftStore.h"

#include <QNetworkAccessManager>

#include <utility>

using namespace Qt::Literals::StringLiterals;

WizardContext::WizardContext(QObject *parent)
    : QObject(parent)
    , m_drafts(new DraftStore({}, this))
    , m_onboarding(new OnboardingState(this))
    , m_customers(new CustomerDesk(this))
    , m_activityLog(new Altinn::ActivityLog(this))
    , m_ownPersistentStore(new KeychainSecretStore(KeychainSecretStore::configuredService(), this))
    , m_ownRunOnlyStore(new MemorySecretStore(this))
    , m_persistentStore(m_ownPersistentStore)
    , m_runOnlyStore(m_ownRunOnlyStore)
{
    QString error;
    if (!m_profiles.load(&error)) {
        m_profileLoadError = tr("Your profiles could not be read (%1). The wizard starts without them; the "
                                "file is left as it is.")
                                 .arg(error);
    }
    if (const auto current = m_profiles.find(m_profiles.currentId()))
        m_profile = *current;
    rebuildSession();
    // Another profile (or vendor) means another system and other customers.
    connect(this, &WizardContext::profileChanged, this, [this] {
        const QString current = hasProfile() ? m_profile->id : QString();
        if (current != m_onboardingProfileId)
            m_onboarding->clear();
        m_onboardingProfileId = current;
    });
    m_onboardingProfileId = hasProfile() ? m_profile->id : QString();

    // The customers follow the session and the system: a published system is the one to work with.
    connect(this, &WizardContext::sessionChanged, this, &WizardContext::updateCustomerScope);
    connect(m_onboarding, &OnboardingState::changed, this, [this] {
        if (const auto system = m_onboarding->publishedSystem(); system && !system->id.isEmpty())
            setSystemId(system->id);
    });
    connect(this, &WizardContext::profileChanged, this, [this] {
        m_systemId = draftSystemId();
        updateCustomerScope();
    });
    m_systemId = draftSystemId();
    updateCustomerScope();
    new SandboxCustomerNames(this);
}

QString WizardContext::draftSystemId() const
{
    if (!m_profile)
        return {};
    const auto draft = m_drafts->systemDefinition(m_profile->id);
    return draft ? draft->value(u"id"_s).toString() : QString();
}

void WizardContext::setSystemId(const QString &systemId)
{
    if (systemId == m_systemId)
        return;
    m_systemId = systemId;
    updateCustomerScope();
}

void WizardContext::updateCustomerScope()
{
    if (!m_profile || m_systemId.isEmpty()) {
        m_customers->setScope(nullptr, {});
        return;
    }
    m_customers->setScope(session(), {m_profile->id, m_profile->environment, m_systemId});
}

WizardContext::~WizardContext() = default;

void WizardContext::setSecretStores(SecretStore *persistent, SecretStore *runOnly)
{
    m_persistentStore = persistent;
    m_runOnlyStore = runOnly;
    rebuildSession();
}

void WizardContext::setSandboxBaseUrl(const QUrl &url)
{
    if (url == m_sandboxBaseUrl)
        return;
    m_sandboxBaseUrl = url;
    m_sandboxFailure.clear();
    m_organisations.reset();
    m_organisationWaiters.clear(); // their request goes with the old client
    delete m_sandboxControl;
    m_sandboxControl = nullptr;
    delete m_sandboxTransport;
    m_sandboxTransport = nullptr;
    if (!m_profile || m_profile->environment == u"sandbox")
        rebuildSession();
    Q_EMIT sandboxStateChanged();
}

void WizardContext::setSandboxFailure(const QString &reason)
{
    m_sandboxFailure = reason;
    Q_EMIT sandboxStateChanged();
}

void WizardContext::wantSandbox()
{
    if (!m_sandboxBaseUrl.isValid() && m_sandboxFailure.isEmpty())
        Q_EMIT sandboxWanted();
}

bool WizardContext::profileUsesSandbox() const
{
    return !m_profile || m_profile->environment == u"sandbox";
}

void WizardContext::setLanguage(const QString &language)
{
    m_language = language;
    if (m_session)
        m_session->setLanguage(language);
}

bool WizardContext::selectProfile(const QString &id, QString *error)
{
    const auto found = m_profiles.find(id);
    if (!found) {
        if (error)
            *error = tr("The profile no longer exists. Choose another one or make a new one.");
        return false;
    }
    if (!m_profiles.setCurrentId(id, error))
        return false;
    const bool sameSession = m_profile && sameConnection(*m_profile, *found);
    m_profile = *found;
    if (!sameSession)
        rebuildSession();
    Q_EMIT profileChanged();
    return true;
}

void WizardContext::clearProfile()
{
    if (!m_profile)
        return;
    m_profile.reset();
    rebuildSession();
    Q_EMIT profileChanged();
}

bool WizardContext::saveProfile(const Profile &profile, QString *error)
{
    if (!m_profiles.save(profile, error))
        return false;
    if (m_profiles.currentId() != profile.id && !m_profiles.setCurrentId(profile.id, error))
        return false;
    const bool sameSession = m_profile && sameConnection(*m_profile, profile);
    m_profile = m_profiles.find(profile.id).value_or(profile);
    if (!sameSession)
        rebuildSession();
    Q_EMIT profileChanged();
    return true;
}

Profile WizardContext::demoProfile() const
{
    for (const Profile &existing : m_profiles.profiles()) {
        if (existing.environment == u"sandbox" && existing.vendorOrgNumber == DemoVendorOrgNumber)
            return existing;
    }
    Profile demo;
    demo.environment = u"sandbox"_s;
    demo.vendorOrgNumber = DemoVendorOrgNumber;
    return demo;
}

Altinn::Environment WizardContext::environmentFor(const Profile &profile) const
{
    if (profile.environment == u"custom")
        return Altinn::Environment::custom(profile.customBaseUrl);
    return Altinn::Environment::fromId(profile.environment, m_sandboxBaseUrl);
}

bool WizardContext::sameConnection(const Profile &a, const Profile &b)
{
    return a.id == b.id && a.environment == b.environment && a.customBaseUrl == b.customBaseUrl
        && a.vendorOrgNumber == b.vendorOrgNumber && a.clientId == b.clientId && a.scopes == b.scopes
        && a.kid == b.kid && a.keyThumbprint == b.keyThumbprint && a.keyAlgorithm == b.keyAlgorithm
        && a.keyPersistent == b.keyPersistent && a.certificateChain == b.certificateChain;
}

void WizardContext::rebuildSession()
{
    if (m_session) {
        // Later: its callbacks may still be on the stack.
        m_session->deleteLater();
        m_session = nullptr;
    }
    const Altinn::Environment environment = this->environment();
    if (m_profile && m_profile->environment == u"sandbox" && !environment.isValid())
        wantSandbox(); // the session follows once it runs (setSandboxBaseUrl)
    if (m_profile && environment.isValid()) {
        m_session =
            new VendorSession(*m_profile, environment, secretStoreFor(*m_profile), m_activityLog, this);
        m_session->setLanguage(m_language);
        const RsaKey key = signingKey();
        if (!key.isNull())
            m_session->setSigningKey(key);
    }
    Q_EMIT sessionChanged();
}

VendorSession *WizardContext::session() const
{
    return m_session;
}

void WizardContext::rememberSigningKey(const RsaKey &key)
{
    m_signingKey = key;
    m_signingKeyOwner = profile().keychainKey();
    if (m_session)
        m_session->setSigningKey(key);
}

RsaKey WizardContext::signingKey() const
{
    if (!m_profile || !m_profile->hasKey() || m_signingKeyOwner != m_profile->keychainKey())
        return {};
    return m_signingKey;
}

void WizardContext::loadSigningKey(
    QObject *receiver, std::function<void(const RsaKey &, const SecretStore::Result &)> done)
{
    const RsaKey inMemory = signingKey();
    if (!inMemory.isNull() || !m_profile || !m_profile->hasKey()) {
        SecretStore::Result result;
        result.status = inMemory.isNull() ? SecretStore::Status::NotFound : SecretStore::Status::Ok;
        QMetaObject::invokeMethod(
            receiver, [done, inMemory, result] { done(inMemory, result); }, Qt::QueuedConnection);
        return;
    }
    SecretStore *store = secretStoreFor(*m_profile);
    if (!store) {
        SecretStore::Result result;
        result.status = SecretStore::Status::Unavailable;
        QMetaObject::invokeMethod(
            receiver, [done, result] { done({}, result); }, Qt::QueuedConnection);
        return;
    }
    const QString owner = m_profile->keychainKey();
    QPointer<QObject> guard(receiver);
    QPointer<WizardContext> self(this);
    store->read(owner, [guard, self, owner, done](const SecretStore::Result &read) {
        if (!guard)
            return;
        if (!read.ok()) {
            done({}, read);
            return;
        }
        const RsaKey key = RsaKey::fromPem(read.value);
        SecretStore::Result result;
        // The entry is there but holds no usable key: damaged, not "failed" (which would say "try again").
        result.status = key.isNull() ? SecretStore::Status::Damaged : SecretStore::Status::Ok;
        if (key.isNull())
            result.detail = u"the stored key cannot be read"_s;
        if (!key.isNull() && self && self->profile().keychainKey() == owner)
            self->rememberSigningKey(key);
        done(key, result);
    });
}

void WizardContext::sandboxOrganisations(
    QObject *receiver, std::function<void(const Altinn::ApiResult<QList<Altinn::Organisation>> &)> done)
{
    using Result = Altinn::ApiResult<QList<Altinn::Organisation>>;
    if (m_organisations) {
        const Result cached = Result::success(*m_organisations, 200);
        QMetaObject::invokeMethod(
            receiver, [done, cached] { done(cached); }, Qt::QueuedConnection);
        return;
    }
    if (!m_sandboxBaseUrl.isValid()) {
        wantSandbox();
        Altinn::ApiFailure notRunning =
            Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Network, u"the sandbox is not running"_s);
        notRunning.server = Altinn::ApiFailure::Server::BuiltInSandbox;
        const Result failed = Result::failed(notRunning);
        QMetaObject::invokeMethod(
            receiver, [done, failed] { done(failed); }, Qt::QueuedConnection);
        return;
    }
    if (!m_sandboxControl) {
        if (!m_sandboxNetwork)
            m_sandboxNetwork = new QNetworkAccessManager(this);
        m_sandboxTransport =
            new Altinn::ApiTransport(m_sandboxNetwork, Altinn::Environment::sandbox(m_sandboxBaseUrl), this);
        m_sandboxTransport->setActivityLog(m_activityLog);
        m_sandboxControl = new Altinn::SandboxControlClient(m_sandboxTransport, this);
    }
    const bool onItsWay = !m_organisationWaiters.isEmpty();
    m_organisationWaiters.append({QPointer<QObject>(receiver), std::move(done)});
    if (onItsWay)
        return;
    QPointer<WizardContext> self(this);
    m_sandboxControl->organisations([self](const Result &result) {
        if (!self)
            return;
        if (result.ok())
            self->m_organisations = *result.value;
        const auto waiters = std::exchange(self->m_organisationWaiters, {});
        for (const auto &[waiting, answer] : waiters) {
            if (waiting)
                answer(result);
        }
    });
}
