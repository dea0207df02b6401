#pragma once

// The state the wizard is in after pages 1–3, for the GUI tests of pages 4–8: the in-process sandbox
// running, a saved sandbox profile with a key generated at run time (memory only) and its Maskinporten
// client registered, a WizardContext on it and an OnboardingState. Helpers register a system and send
// requests straight over HTTP, so a test of one page does not depend on the pages before it.

#include "SandboxHarness.h"
#include "WizardTestSupport.h"
#include "auth/RsaKey.h"
#include "model/SystemDefinition.h"
#include "onboarding/LedgerRecording.h"
#include "secrets/MemorySecretStore.h"
#include "session/VendorSession.h"
#include "wizard/CustomerDesk.h"
#include "wizard/OnboardingState.h"
#include "wizard/WizardContext.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

class WizardFlowFixture
{
public:
    static inline const QString VendorOrg = QStringLiteral("991825827");
    static inline const QString Customer = QStringLiteral("310904473");
    static inline const QString Kid = QStringLiteral("flow-test-key");
    static inline const QString Resource = QStringLiteral("ske-krav-og-betalinger");
    static inline const QString Package = QStringLiteral("urn:altinn:accesspackage:skatt-naering");
    static inline const QString Callback = QStringLiteral("https://vendor.example/altinn/callback");

    /// Call from initTestCase (after QStandardPaths::setTestModeEnabled) — starts the sandbox.
    bool startSandbox() { return WizardTestSupport::startSandbox(m_host); }
    QUrl baseUrl() const { return m_host.baseUrl(); }

    /// Call from init(): a fresh workspace, context, profile, key and registered client.
    bool setUp()
    {
        WizardTestSupport::clearWorkspace();
        m_state = std::make_unique<OnboardingState>();
        m_context = std::make_unique<WizardContext>();
        m_context->setSecretStores(&m_secrets, &m_secrets);
        m_context->setSandboxBaseUrl(m_host.baseUrl());
        if (m_key.isNull())
            m_key = RsaKey::generate(2048);
        const Reply registered = post(QStringLiteral("sandbox/maskinporten/clients"),
            QJsonObject{{QStringLiteral("orgNo"), VendorOrg},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(SandboxHarness::allVendorScopes())},
                {QStringLiteral("jwks"),
                    QJsonObject{{QStringLiteral("keys"), QJsonArray{m_key.publicJwk(Kid)}}}}});
        Profile profile;
        profile.id = QStringLiteral("flow-test");
        profile.name = QStringLiteral("Flow test");
        profile.environment = QStringLiteral("sandbox");
        profile.vendorOrgNumber = VendorOrg;
        profile.clientId =
            QJsonDocument::fromJson(registered.body).object().value(QStringLiteral("clientId")).toString();
        profile.kid = Kid;
        profile.keyBits = m_key.bits();
        profile.keyThumbprint = m_key.thumbprint();
        profile.keyPersistent = false;
        if (registered.status != 201 || !m_context->saveProfile(profile))
            return false;
        m_context->rememberSigningKey(m_key);
        return m_context->session() != nullptr;
    }

    /// Call from cleanup().
    void tearDown()
    {
        m_context.reset();
        m_state.reset();
        post(QStringLiteral("sandbox/reset"), QJsonObject{});
    }

    WizardContext *context() const { return m_context.get(); }
    OnboardingState *state() const { return m_state.get(); }
    VendorSession *session() const { return m_context->session(); }

    /// A valid system of the profile's vendor listing the profile's client id.
    Altinn::SystemDefinition exampleSystem(const QString &slug = QStringLiteral("flowtest")) const
    {
        Altinn::SystemDefinition system;
        system.id = VendorOrg + u'_' + slug;
        system.setVendorOrgNumber(VendorOrg);
        system.name = {{QStringLiteral("nb"), QStringLiteral("Flyttest")},
            {QStringLiteral("nn"), QStringLiteral("Flyttest")},
            {QStringLiteral("en"), QStringLiteral("Flow test")}};
        system.description = system.name;
        system.rights = QList{Altinn::Right::forResource(Resource)};
        system.accessPackages = QList<Altinn::AccessPackageRef>{{Package}};
        system.clientIds = {m_context->profile().clientId};
        system.allowedRedirectUrls = {Callback};
        return system;
    }

    /// Registers @p system straight over HTTP; true on 200.
    bool registerSystem(const Altinn::SystemDefinition &system)
    {
        return post(QStringLiteral("authentication/api/v1/systemregister/vendor"), system.toRequestJson(),
                   vendorToken())
                   .status
            == 200;
    }

    /// Sends a standard request for @p customer straight over HTTP; the request's JSON (empty on failure).
    QJsonObject createRequest(const QString &systemId, const QString &customer = Customer)
    {
        const QJsonObject body{{QStringLiteral("systemId"), systemId},
            {QStringLiteral("partyOrgNo"), customer},
            {QStringLiteral("rights"), QJsonArray{Altinn::Right::forResource(Resource).toJson()}},
            {QStringLiteral("redirectUrl"), Callback}};
        const Reply reply =
            post(QStringLiteral("authentication/api/v1/systemuser/request/vendor"), body, vendorToken());
        return reply.status == 201 ? QJsonDocument::fromJson(reply.body).object() : QJsonObject{};
    }

    /// The customer pages 5–7 work on, as the ledger has it now.
    std::optional<CustomerRecord> selected() const { return m_context->customers()->selected(); }
    /// Puts @p request into the ledger of its system and selects its customer, as page 5 does after
    /// sending it (or the customers view when the person picks it).
    void selectRequest(const Altinn::SystemUserRequestResponse &request,
        CustomerDesk::Purpose purpose = CustomerDesk::Purpose::NewCustomer)
    {
        m_context->setSystemId(request.systemId);
        Onboarding::LedgerRecording::request(m_context->customers()->ledger(), request);
        m_context->customers()->select(
            CustomerRecord::keyOf(request.partyOrgNo, request.externalRef), purpose);
    }

    /// The customer's decision through the control API; the HTTP status.
    int approve(const QString &requestId) { return decide(requestId, QStringLiteral("approve")); }
    int reject(const QString &requestId) { return decide(requestId, QStringLiteral("reject")); }

    struct Reply
    {
        int status = 0;
        QByteArray body;
    };

    /// POST @p path (relative to the sandbox's base URL) with a JSON body and an optional bearer token.
    Reply post(const QString &path, const QJsonObject &body, const QByteArray &token = {})
    {
        QNetworkRequest request(QUrl(m_host.baseUrl().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(10000);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return result;
    }

    /// PUT sandbox/settings with @p settings (e.g. {"maskinportenClock": "sandbox"}); the status.
    int changeSettings(const QJsonObject &settings)
    {
        QNetworkRequest request(QUrl(m_host.baseUrl().toString() + QStringLiteral("sandbox/settings")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(10000);
        QNetworkReply *reply = m_network.put(request, QJsonDocument(settings).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    /// A vendor token for the profile's client, from the sandbox's Maskinporten (through the session).
    QByteArray vendorToken()
    {
        QByteArray token;
        bool done = false;
        m_context->session()->accessToken(
            SandboxHarness::allVendorScopes(), [&](const Altinn::AccessTokenSource::Outcome &outcome) {
                token = outcome.token;
                done = true;
            });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 15000)
            QTest::qWait(5);
        return token;
    }

private:
    int decide(const QString &requestId, const QString &decision)
    {
        return post(QStringLiteral("sandbox/requests/") + requestId + u'/' + decision, QJsonObject{}).status;
    }

    SandboxHost m_host;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    RsaKey m_key;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<OnboardingState> m_state;
};
