#include "AltinnTestSession.h"
#include "altinn/SandboxControlClient.h"
#include "auth/RsaKey.h"

#include <QtTest>

using namespace Qt::StringLiterals;

// The sandbox stand-ins for the self-service portal and the customer, as the wizard and the CLI use them.
class TestSandboxControlClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void healthAnswers();
    void registersANewClient();
    void anExistingClientIsNeverReplacedByACreate();
    void organisationsComeFromTheRegister();
    void approveAndRejectDecideRequests();
    void refusesOutsideLocalEnvironments();

private:
    QJsonObject clientJson(const QString &clientId);
    QString createRequest();

    std::unique_ptr<AltinnTestSession> m_session;
    std::unique_ptr<Altinn::SandboxControlClient> m_control;
    RsaKey m_key;
};

void TestSandboxControlClient::init()
{
    m_session = std::make_unique<AltinnTestSession>();
    QVERIFY(m_session->isListening());
    m_control = std::make_unique<Altinn::SandboxControlClient>(m_session->transport());
    if (m_key.isNull())
        m_key = RsaKey::generate(2048);
}

QJsonObject TestSandboxControlClient::clientJson(const QString &clientId)
{
    return m_session->sandbox().get(u"sandbox/maskinporten/clients/"_s + clientId).object();
}

QString TestSandboxControlClient::createRequest()
{
    if (!m_session->registerSystem(AltinnTestSession::exampleSystem()))
        return {};
    const QJsonObject body{{u"systemId"_s, AltinnTestSession::exampleSystem().id},
        {u"partyOrgNo"_s, AltinnTestSession::Customer},
        {u"rights"_s, QJsonArray{Altinn::Right::forResource(AltinnTestSession::Krav).toJson()}}};
    return m_session->sandbox()
        .post(u"authentication/api/v1/systemuser/request/vendor"_s, body, m_session->sandbox().vendorToken())
        .object()
        .value(u"id"_s)
        .toString();
}

void TestSandboxControlClient::healthAnswers()
{
    CallResult<Altinn::Done> health;
    m_control->health(health.callback());
    QVERIFY(health.wait());
    QVERIFY2(health->ok(), health.failureText());
}

void TestSandboxControlClient::registersANewClient()
{
    CallResult<QString> registered;
    m_control->createClient(SandboxHarness::VendorOrg, {}, {u"altinn:authentication/systemregister.write"_s},
        m_key.publicJwk(u"first-key"_s), registered.callback());
    QVERIFY(registered.wait());
    QVERIFY2(registered->ok(), registered.failureText());
    QCOMPARE(registered->httpStatus, 201);
    const QJsonObject client = clientJson(registered.value());
    QCOMPARE(client.value(u"orgNo"_s).toString(), SandboxHarness::VendorOrg);
    QCOMPARE(client.value(u"scopes"_s).toArray().size(), 1);
}

void TestSandboxControlClient::anExistingClientIsNeverReplacedByACreate()
{
    const QString clientId = u"0f5a1f0e-7b0c-4a55-9d7e-2c1f4f1f0a01"_s;
    CallResult<QString> first;
    m_control->createClient(SandboxHarness::VendorOrg, clientId,
        {u"altinn:authentication/systemregister.write"_s}, m_key.publicJwk(u"first-key"_s), first.callback());
    QVERIFY(first.wait());
    QVERIFY2(first->ok(), first.failureText());

    // A second create with the same id is refused (409) and changes nothing ...
    const RsaKey newKey = RsaKey::generate(2048);
    const QStringList scopes{u"altinn:authentication/systemregister.write"_s, u"skatteetaten:demo"_s};
    CallResult<QString> second;
    m_control->createClient(
        SandboxHarness::VendorOrg, clientId, scopes, newKey.publicJwk(u"second-key"_s), second.callback());
    QVERIFY(second.wait());
    QVERIFY(!second->ok());
    QCOMPARE(second->failure.httpStatus(), 409);
    QCOMPARE(clientJson(clientId).value(u"scopes"_s).toArray().size(), 1);

    // ... keys and scopes change only when asked for by name.
    CallResult<Altinn::Done> keys;
    m_control->replaceClientKeys(clientId, newKey.publicJwk(u"second-key"_s), keys.callback());
    QVERIFY(keys.wait());
    QVERIFY2(keys->ok(), keys.failureText());
    CallResult<Altinn::Done> replacedScopes;
    m_control->replaceClientScopes(clientId, scopes, replacedScopes.callback());
    QVERIFY(replacedScopes.wait());
    QVERIFY2(replacedScopes->ok(), replacedScopes.failureText());

    const QJsonObject client = clientJson(clientId);
    QCOMPARE(client.value(u"scopes"_s).toArray().size(), 2);
    const QJsonArray stored = client.value(u"jwks"_s).toObject().value(u"keys"_s).toArray();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().toObject().value(u"kid"_s).toString(), u"second-key"_s);
}

void TestSandboxControlClient::organisationsComeFromTheRegister()
{
    CallResult<QList<Altinn::Organisation>> organisations;
    m_control->organisations(organisations.callback());
    QVERIFY(organisations.wait());
    QVERIFY2(organisations->ok(), organisations.failureText());
    const auto customer = std::find_if(organisations.value().cbegin(), organisations.value().cend(),
        [](const Altinn::Organisation &organisation) {
            return organisation.orgNo == AltinnTestSession::Customer;
        });
    QVERIFY(customer != organisations.value().cend());
    QVERIFY(!customer->name.isEmpty());
}

void TestSandboxControlClient::approveAndRejectDecideRequests()
{
    const QString requestId = createRequest();
    QVERIFY(!requestId.isEmpty());
    CallResult<Altinn::Done> approved;
    m_control->approveRequest(requestId, approved.callback());
    QVERIFY(approved.wait());
    QVERIFY2(approved->ok(), approved.failureText());

    // A decided request cannot be decided again: the sandbox answers 409 AUTH-00013, passed on typed.
    CallResult<Altinn::Done> rejected;
    m_control->rejectRequest(requestId, rejected.callback());
    QVERIFY(rejected.wait());
    QVERIFY(!rejected->ok());
    QCOMPARE(rejected->failure.kind, Altinn::ApiFailure::Kind::Http);
    QCOMPARE(rejected->failure.error.code, u"AUTH-00013"_s);
}

void TestSandboxControlClient::refusesOutsideLocalEnvironments()
{
    QNetworkAccessManager network;
    Altinn::ApiTransport production(&network, Altinn::Environment::production());
    Altinn::SandboxControlClient control(&production);
    CallResult<QList<Altinn::Organisation>> organisations;
    control.organisations(organisations.callback());
    QVERIFY(organisations.wait());
    QCOMPARE(organisations->failure.kind, Altinn::ApiFailure::Kind::Rejected);
    QCOMPARE(organisations.calls(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxControlClient)
#include "TestSandboxControlClient.moc"
