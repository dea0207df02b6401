#pragma once

// The Altinn clients against the in-process sandbox over real HTTP: a sandbox, the sandbox Environment,
// a network manager and an ApiTransport whose vendor tokens are minted by the sandbox itself. Shared by
// the client tests in tests/altinn.

#include "SandboxHarness.h"
#include "altinn/AccessTokenSource.h"
#include "altinn/ApiFailure.h"
#include "altinn/ApiTransport.h"
#include "altinn/Environment.h"
#include "model/SystemDefinition.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

/**
 * Vendor tokens for exactly the scopes the transport asks for, so a client that asks for the wrong
 * scope meets the sandbox's 403 — as it would in TT02. Answers asynchronously, like a token client.
 */
class HarnessTokenSource final : public Altinn::AccessTokenSource
{
public:
    explicit HarnessTokenSource(SandboxHarness &sandbox)
        : m_sandbox(sandbox)
    { }

    /// The vendor the tokens speak for (the `consumer` claim).
    void setOrgNo(const QString &orgNo) { m_orgNo = orgNo; }
    /// How many tokens were asked for: one per HTTP call (nothing is cached here).
    int tokensRequested() const { return m_tokensRequested; }
    /// Runs at each token request with its number (1, 2, …): lets a test act between the steps of a call.
    void setOnRequest(std::function<void(int)> onRequest) { m_onRequest = std::move(onRequest); }

    void accessToken(const QStringList &scopes, Callback done) override
    {
        ++m_tokensRequested;
        if (m_onRequest)
            m_onRequest(m_tokensRequested);
        QTimer::singleShot(0, &m_context, [this, scopes, done = std::move(done)] {
            done(Outcome{m_sandbox.vendorToken(m_orgNo, scopes), {}});
        });
    }
    void invalidate(const QStringList &) override { }

private:
    SandboxHarness &m_sandbox;
    QString m_orgNo = SandboxHarness::VendorOrg;
    QObject m_context;
    int m_tokensRequested = 0;
    std::function<void(int)> m_onRequest;
};

/// Catches the result of one client call; the callback may outlive this object (after a failed wait).
template <typename T> class CallResult
{
public:
    std::function<void(const Altinn::ApiResult<T> &)> callback()
    {
        return [state = m_state](const Altinn::ApiResult<T> &result) {
            state->result = result;
            ++state->calls;
        };
    }

    /// Spins the event loop until the callback ran (false after @p timeoutMs).
    bool wait(int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_state->result && timer.elapsed() < timeoutMs)
            QTest::qWait(5);
        return m_state->result.has_value();
    }

    bool hasResult() const { return m_state->result.has_value(); }
    int calls() const { return m_state->calls; }
    const Altinn::ApiResult<T> &operator*() const { return *m_state->result; }
    const Altinn::ApiResult<T> *operator->() const { return &*m_state->result; }
    const T &value() const { return *m_state->result->value; }

    /// For QVERIFY2: what went wrong ("kind 1, http 404 AUTH-00010: …"); valid while this object lives.
    const char *failureText() const
    {
        if (!m_state->result)
            return "no result";
        const Altinn::ApiFailure &failure = m_state->result->failure;
        m_state->text = "kind " + QByteArray::number(static_cast<int>(failure.kind)) + ", http "
            + QByteArray::number(failure.httpStatus()) + ' ' + failure.error.code.toUtf8() + ": "
            + failure.error.message.toUtf8() + ' ' + failure.detail.toUtf8();
        return m_state->text.constData();
    }

private:
    struct State
    {
        std::optional<Altinn::ApiResult<T>> result;
        int calls = 0;
        QByteArray text;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

class AltinnTestSession
{
public:
    static inline const QString Customer = QStringLiteral("310904473");
    static inline const QString Facilitator = QStringLiteral("314250052");
    static inline const QString UnknownOrg = QStringLiteral("123456785"); // valid number, not in the register
    static inline const QString Krav = QStringLiteral("ske-krav-og-betalinger");
    static inline const QString App = QStringLiteral("app_ttd_endring-av-navn-v2");
    static inline const QString Callback = QStringLiteral("https://smartregnskap.example/altinn/callback");

    AltinnTestSession()
        : m_environment(Altinn::Environment::sandbox(m_sandbox.baseUrl()))
        , m_tokens(m_sandbox)
        , m_transport(&m_network, m_environment)
    {
        m_transport.setTokenSource(&m_tokens);
        Altinn::RetryPolicy fast;
        fast.initialDelayMs = 10;
        fast.maxDelayMs = 50;
        m_transport.setRetryPolicy(fast);
    }

    bool isListening() const { return m_sandbox.isListening(); }
    SandboxHarness &sandbox() { return m_sandbox; }
    HarnessTokenSource &tokens() { return m_tokens; }
    Altinn::ApiTransport *transport() { return &m_transport; }
    const Altinn::Environment &environment() const { return m_environment; }

    static QString packageUrn(const QString &code)
    {
        return QStringLiteral("urn:altinn:accesspackage:") + code;
    }

    /// A valid system of the test vendor: both seed rights, two assignable packages, a redirect URL.
    static Altinn::SystemDefinition exampleSystem(const QString &slug = QStringLiteral("smartregnskap"))
    {
        Altinn::SystemDefinition system;
        system.id = SandboxHarness::VendorOrg + u'_' + slug;
        system.setVendorOrgNumber(SandboxHarness::VendorOrg);
        system.name = {{QStringLiteral("nb"), QStringLiteral("SmartRegnskap")},
            {QStringLiteral("nn"), QStringLiteral("SmartRekneskap")},
            {QStringLiteral("en"), QStringLiteral("SmartAccounting")}};
        system.description = {{QStringLiteral("nb"), QStringLiteral("Regnskap")},
            {QStringLiteral("nn"), QStringLiteral("Rekneskap")},
            {QStringLiteral("en"), QStringLiteral("Accounting")}};
        system.rights = QList{Altinn::Right::forResource(Krav), Altinn::Right::forResource(App)};
        system.accessPackages = QList<Altinn::AccessPackageRef>{
            {packageUrn(QStringLiteral("skatt-naering"))}, {packageUrn(QStringLiteral("jordbruk"))}};
        system.allowedRedirectUrls = {Callback};
        return system;
    }

    /// Registers @p system straight over HTTP (not through the client under test); true on 200.
    bool registerSystem(const Altinn::SystemDefinition &system)
    {
        return m_sandbox
                   .post(QStringLiteral("authentication/api/v1/systemregister/vendor"),
                       system.toRequestJson(), m_sandbox.vendorToken())
                   .status
            == 200;
    }

    /// PUT /sandbox/settings with @p settings (e.g. {"pageSize": 2}); true when accepted.
    bool changeSettings(const QJsonObject &settings)
    {
        return m_sandbox.put(QStringLiteral("sandbox/settings"), settings).status == 200;
    }

    /// The customer's approval through the control API; the HTTP status.
    int approve(const QString &requestId)
    {
        return m_sandbox
            .post(QStringLiteral("sandbox/requests/") + requestId + QStringLiteral("/approve"), {})
            .status;
    }

private:
    SandboxHarness m_sandbox;
    Altinn::Environment m_environment;
    QNetworkAccessManager m_network;
    HarnessTokenSource m_tokens;
    Altinn::ApiTransport m_transport;
};
