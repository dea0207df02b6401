#pragma once

// A VendorSession against the in-process sandbox, as the wizard has it after the Maskinporten page:
// a key generated at run time (in memory only) and a Maskinporten client registered through the
// sandbox's self-service API. Shared by the GUI tests of the customers view and the activity log.

#include "SandboxHarness.h"
#include "altinn/Environment.h"
#include "auth/RsaKey.h"
#include "net/ActivityLog.h"
#include "secrets/MemorySecretStore.h"
#include "session/VendorSession.h"
#include "workspace/Profile.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class SandboxVendorSession
{
public:
    static inline const QString Kid = QStringLiteral("views-test-key");

    SandboxVendorSession()
        : m_key(RsaKey::generate(2048))
    {
        const auto registered = m_sandbox.post(QStringLiteral("sandbox/maskinporten/clients"),
            QJsonObject{{QStringLiteral("orgNo"), SandboxHarness::VendorOrg},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(SandboxHarness::allVendorScopes())},
                {QStringLiteral("jwks"),
                    QJsonObject{{QStringLiteral("keys"), QJsonArray{m_key.publicJwk(Kid)}}}}});
        Profile profile;
        profile.id = QStringLiteral("views-test");
        profile.name = QStringLiteral("Views test");
        profile.environment = QStringLiteral("sandbox");
        profile.vendorOrgNumber = SandboxHarness::VendorOrg;
        profile.clientId = registered.object().value(QStringLiteral("clientId")).toString();
        profile.kid = Kid;
        profile.keyBits = 2048;
        profile.keyPersistent = false;
        m_session = std::make_unique<VendorSession>(
            profile, Altinn::Environment::sandbox(m_sandbox.baseUrl()), &m_secrets, &m_log);
        m_session->setSigningKey(m_key);
    }

    bool isReady() const { return m_sandbox.isListening() && !m_session->profile().clientId.isEmpty(); }
    SandboxHarness &sandbox() { return m_sandbox; }
    VendorSession *session() { return m_session.get(); }
    Altinn::ActivityLog &activityLog() { return m_log; }

private:
    SandboxHarness m_sandbox;
    RsaKey m_key;
    MemorySecretStore m_secrets;
    Altinn::ActivityLog m_log;
    std::unique_ptr<VendorSession> m_session; ///< destroyed first: it uses the log and the store
};
