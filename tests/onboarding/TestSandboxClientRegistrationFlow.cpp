#include "AltinnTestSession.h"
#include "altinn/AltinnScopes.h"
#include "auth/RsaKey.h"
#include "onboarding/SandboxClientRegistrationFlow.h"
#include "secrets/MemorySecretStore.h"
#include "session/VendorSession.h"
#include "workspace/ProfileStore.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Onboarding::SandboxClientRegistrationFlow;
using Failure = SandboxClientRegistrationFlow::Failure;
using Step = SandboxClientRegistrationFlow::Step;

namespace {

/**
 * A TCP relay in front of the sandbox that passes requests on but, for the next requests whose request
 * line starts with a given prefix, closes the connection instead of passing the answer back: the write
 * happened, its answer was lost. The sandbox's own fault switch never touches its control API (/sandbox/…),
 * where client registration lives, hence this.
 */
class AnswerLosingRelay final : public QObject
{
public:
    explicit AnswerLosingRelay(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }
    /// The answers to the next @p count requests starting with @p requestLine ("POST /sandbox/…") are lost.
    void loseAnswers(const QByteArray &requestLine, int count)
    {
        m_requestLine = requestLine;
        m_count = count;
    }
    int lost() const { return m_lost; }

private:
    void relay(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        auto losing = std::make_shared<bool>(false);
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, upstream, losing] {
            // The sandbox answers 421 to a Host that is not its own address: the request names it.
            const QByteArray relayHost = QByteArray("127.0.0.1:") + QByteArray::number(m_server.serverPort());
            const QByteArray sandboxHost = QByteArray("127.0.0.1:") + QByteArray::number(m_upstreamPort);
            const QByteArray data = client->readAll().replace(relayHost, sandboxHost);
            if (m_count > 0 && data.startsWith(m_requestLine)) {
                --m_count;
                *losing = true;
            }
            upstream->write(data); // buffered until connected
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, losing] {
            const QByteArray data = upstream->readAll();
            if (*losing) {
                ++m_lost;
                upstream->abort();
                client->abort();
                return;
            }
            client->write(data);
        });
        QObject::connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
        QObject::connect(
            upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    QByteArray m_requestLine;
    int m_count = 0;
    int m_lost = 0;
};

const QByteArray RegistrationLine = "POST /sandbox/maskinporten/clients ";

/// The flow against the in-process sandbox, keys in a MemorySecretStore, profiles in a file of its own.
struct Fixture
{
    AltinnTestSession altinn;
    QTemporaryDir directory;
    ProfileStore profiles{directory.filePath(u"profiles.json"_s)};
    MemorySecretStore keychain;
    std::function<bool(const Profile &, QString *)> save = SandboxClientRegistrationFlow::savingTo(&profiles);
    SandboxClientRegistrationFlow flow{[this](const Profile &profile, QString *error) {
        return save(profile, error);
    }};
    std::unique_ptr<VendorSession> session;
    std::optional<SandboxClientRegistrationFlow::Outcome> outcome;
    QList<Step> steps;

    Fixture()
    {
        QObject::connect(&flow, &SandboxClientRegistrationFlow::finished, &flow,
            [this](const SandboxClientRegistrationFlow::Outcome &finished) { outcome = finished; });
        QObject::connect(&flow, &SandboxClientRegistrationFlow::progress, &flow,
            [this](Step step) { steps.append(step); });
    }

    /// A saved sandbox profile of the test vendor with @p key in the keychain under "vendor-key".
    Profile profileWithKey(const RsaKey &key, const QString &clientId = {})
    {
        Profile profile;
        profile.id = u"digdir-sandbox"_s;
        profile.name = u"Digdir (Sandbox)"_s;
        profile.environment = u"sandbox"_s;
        profile.vendorOrgNumber = SandboxHarness::VendorOrg;
        profile.clientId = clientId;
        profile.scopes = {u"skatteetaten:demo"_s};
        profile.kid = u"vendor-key"_s;
        profile.keyBits = key.bits();
        profile.keyThumbprint = key.thumbprint();
        bool written = false;
        keychain.write(profile.keychainKey(), key.privatePkcs8Pem(),
            [&written](const SecretStore::Result &) { written = true; });
        if (!QTest::qWaitFor([&written] { return written; }))
            qWarning("the key was not written");
        profiles.save(profile);
        return *profiles.find(profile.id);
    }

    /// Runs the flow once for @p profile (a new session, as the wizard and the CLI make one per profile),
    /// against the sandbox or, when given, @p environment (e.g. through a relay).
    bool run(const Profile &profile, const std::optional<Altinn::Environment> &environment = std::nullopt)
    {
        outcome.reset();
        steps.clear();
        session =
            std::make_unique<VendorSession>(profile, environment.value_or(altinn.environment()), &keychain);
        flow.start(session.get());
        return QTest::qWaitFor([this] { return outcome.has_value(); }, 30000);
    }

    /// A client registered straight over HTTP, as an earlier run whose answer was lost left it.
    int registerDirectly(
        const QString &clientId, const QString &orgNo, const QStringList &scopes, const QJsonObject &jwk)
    {
        return altinn.sandbox()
            .post(u"sandbox/maskinporten/clients"_s,
                QJsonObject{{u"clientId"_s, clientId}, {u"orgNo"_s, orgNo},
                    {u"scopes"_s, QJsonArray::fromStringList(scopes)},
                    {u"jwks"_s, QJsonObject{{u"keys"_s, QJsonArray{jwk}}}}})
            .status;
    }

    Profile saved() const { return *profiles.find(u"digdir-sandbox"_s); }
    const QMap<QString, SandboxMaskinportenClient> &clients()
    {
        return altinn.sandbox().context().state.maskinportenClients;
    }
};

} // namespace

/// Registering the vendor's Maskinporten client in the sandbox, for the wizard and the CLI alike.
class TestSandboxClientRegistrationFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstRegistrationUsesTheIdDerivedFromTheKey();
    void secondRegistrationReusesTheClient();
    void replacedKeyIsRegisteredOnTheSameClient();
    void clientIdTheSandboxDoesNotKnowIsKept();
    void failedSaveIsReportedAndTheRetryReusesTheClient();
    void rerunAfterAFailedSaveFindsTheClient();
    void clientLeftByALostAnswerIsFound();
    void lostAnswerIsReadBack();
    void lostAnswerThatCannotBeReadBackMayBeRegistered();
    void differentScopesAreBroughtUpToDate();
    void anotherOrganisationsClientIsLeftAlone();
    void profileWithoutKeyIsRefused();
    void keychainThatRefusesTheKeyIsReported();
    void sandboxRefusalIsExplained();
    void environmentWithoutSandboxIsRefused();
    void missingSessionIsReported();
    void cancelStopsTheRun();
    void replacedSessionCancelsTheRun();

private:
    RsaKey m_key;
    RsaKey m_otherKey;
};

void TestSandboxClientRegistrationFlow::initTestCase()
{
    m_key = RsaKey::generate(2048);
    m_otherKey = RsaKey::generate(2048);
    QVERIFY(!m_key.isNull() && !m_otherKey.isNull());
}

void TestSandboxClientRegistrationFlow::firstRegistrationUsesTheIdDerivedFromTheKey()
{
    Fixture fixture;
    QVERIFY(fixture.altinn.isListening());
    QVERIFY(fixture.run(fixture.profileWithKey(m_key)));
    const SandboxClientRegistrationFlow::Outcome &outcome = *fixture.outcome;
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.createdClient);
    QVERIFY(!outcome.alreadyRegistered);
    QVERIFY(!outcome.answerLost);
    QCOMPARE(outcome.clientId,
        SandboxClientRegistrationFlow::clientIdFor(SandboxHarness::VendorOrg, m_key.thumbprint()));
    QCOMPARE(QUuid::fromString(outcome.clientId).version(), QUuid::Sha1);
    // Another key or another organisation gives another client.
    QVERIFY(SandboxClientRegistrationFlow::clientIdFor(SandboxHarness::VendorOrg, m_otherKey.thumbprint())
        != outcome.clientId);
    QVERIFY(SandboxClientRegistrationFlow::clientIdFor(SandboxHarness::OtherVendorOrg, m_key.thumbprint())
        != outcome.clientId);
    QCOMPARE(fixture.steps, (QList<Step>{Step::ReadingKey, Step::Registering, Step::SavingProfile}));
    QCOMPARE(fixture.saved().clientId, outcome.clientId);
    QCOMPARE(outcome.profile.clientId, outcome.clientId);
    QCOMPARE(outcome.orgNo, SandboxHarness::VendorOrg);
    QCOMPARE(outcome.kid, u"vendor-key"_s);
    QCOMPARE(outcome.sandboxUrl, fixture.altinn.environment().platformBaseUrl());

    // The sandbox holds one client: the vendor's, with this key and the Altinn scopes plus the profile's.
    QCOMPARE(fixture.clients().size(), 1);
    const SandboxMaskinportenClient client = fixture.clients().first();
    QCOMPARE(client.clientId, outcome.clientId);
    QCOMPARE(client.orgNo, SandboxHarness::VendorOrg);
    QStringList expected = Altinn::AltinnScopes::all();
    expected.append(Altinn::AltinnScopes::AuthorizedParties);
    expected.append(u"skatteetaten:demo"_s);
    QCOMPARE(client.scopes, expected);
    QCOMPARE(outcome.scopes, expected);
    QCOMPARE(client.keys.size(), 1);
    QCOMPARE(client.keys.first().toObject().value(u"kid"_s).toString(), u"vendor-key"_s);
    QCOMPARE(client.keys.first().toObject().value(u"n"_s), m_key.publicJwk().value(u"n"_s));
}

void TestSandboxClientRegistrationFlow::secondRegistrationReusesTheClient()
{
    Fixture fixture;
    QVERIFY(fixture.run(fixture.profileWithKey(m_key)));
    QVERIFY(fixture.outcome->ok());
    const QString clientId = fixture.outcome->clientId;
    const QDateTime updatedAt = fixture.saved().updatedAt;

    QVERIFY(fixture.run(fixture.saved()));
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QVERIFY(!fixture.outcome->createdClient);
    QVERIFY(fixture.outcome->alreadyRegistered);
    QCOMPARE(fixture.outcome->clientId, clientId);
    QCOMPARE(fixture.clients().size(), 1); // no second client
    QCOMPARE(fixture.saved().updatedAt, updatedAt); // nothing to save
}

void TestSandboxClientRegistrationFlow::replacedKeyIsRegisteredOnTheSameClient()
{
    Fixture fixture;
    QVERIFY(fixture.run(fixture.profileWithKey(m_key)));
    const QString clientId = fixture.outcome->clientId;

    // A new key for the profile (its client id stays), registered again.
    QVERIFY(fixture.run(fixture.profileWithKey(m_otherKey, clientId)));
    QVERIFY(fixture.outcome->ok());
    QCOMPARE(fixture.outcome->clientId, clientId);
    QCOMPARE(fixture.clients().size(), 1);
    const QJsonArray keys = fixture.clients().first().keys;
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value(u"n"_s), m_otherKey.publicJwk().value(u"n"_s));
}

void TestSandboxClientRegistrationFlow::clientIdTheSandboxDoesNotKnowIsKept()
{
    Fixture fixture;
    const QString typed = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(fixture.run(fixture.profileWithKey(m_key, typed)));
    QVERIFY(fixture.outcome->ok());
    QVERIFY(fixture.outcome->createdClient);
    QCOMPARE(fixture.outcome->clientId, typed);
    QCOMPARE(fixture.saved().clientId, typed);
    QVERIFY(fixture.clients().contains(typed.toLower()));
    QCOMPARE(fixture.clients().size(), 1);
}

void TestSandboxClientRegistrationFlow::failedSaveIsReportedAndTheRetryReusesTheClient()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    fixture.save = [](const Profile &, QString *error) {
        *error = u"disk full"_s;
        return false;
    };
    QVERIFY(fixture.run(profile));
    QCOMPARE(fixture.outcome->failure, Failure::ProfileSaveFailed);
    QVERIFY(fixture.outcome->message.contains(u"disk full"_s));
    QVERIFY(fixture.outcome->message.contains(fixture.outcome->clientId));
    const QString registered = fixture.outcome->clientId;
    QVERIFY(fixture.saved().clientId.isEmpty());

    // Try again: the client made the first time is the one saved, not a second one.
    fixture.save = SandboxClientRegistrationFlow::savingTo(&fixture.profiles);
    QVERIFY(fixture.run(fixture.saved()));
    QVERIFY(fixture.outcome->ok());
    QCOMPARE(fixture.outcome->clientId, registered);
    QVERIFY(!fixture.outcome->createdClient);
    QCOMPARE(fixture.saved().clientId, registered);
    QCOMPARE(fixture.clients().size(), 1);
}

void TestSandboxClientRegistrationFlow::rerunAfterAFailedSaveFindsTheClient()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    fixture.save = [](const Profile &, QString *error) {
        *error = u"disk full"_s;
        return false;
    };
    QVERIFY(fixture.run(profile));
    QCOMPARE(fixture.outcome->failure, Failure::ProfileSaveFailed);
    const QString registered = fixture.outcome->clientId;

    // The CLI advises running it again: a new process, with a flow that remembers nothing.
    SandboxClientRegistrationFlow rerun(SandboxClientRegistrationFlow::savingTo(&fixture.profiles));
    std::optional<SandboxClientRegistrationFlow::Outcome> outcome;
    QObject::connect(&rerun, &SandboxClientRegistrationFlow::finished, &rerun,
        [&outcome](const SandboxClientRegistrationFlow::Outcome &finished) { outcome = finished; });
    VendorSession session(fixture.saved(), fixture.altinn.environment(), &fixture.keychain);
    rerun.start(&session);
    QVERIFY(QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000));
    QVERIFY2(outcome->ok(), qPrintable(outcome->message));
    QVERIFY(outcome->alreadyRegistered);
    QCOMPARE(outcome->clientId, registered);
    QCOMPARE(fixture.saved().clientId, registered);
    QCOMPARE(fixture.clients().size(), 1);
}

void TestSandboxClientRegistrationFlow::clientLeftByALostAnswerIsFound()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    // An earlier run registered the client; its answer never came, so the profile has no client id.
    const QString derived =
        SandboxClientRegistrationFlow::clientIdFor(profile.vendorOrgNumber, m_key.thumbprint());
    QCOMPARE(fixture.registerDirectly(derived, profile.vendorOrgNumber,
                 SandboxClientRegistrationFlow::scopesFor(profile), m_key.publicJwk(profile.kid)),
        201);

    QVERIFY(fixture.run(profile));
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QVERIFY(fixture.outcome->alreadyRegistered);
    QVERIFY(!fixture.outcome->createdClient);
    QCOMPARE(fixture.outcome->clientId, derived);
    QCOMPARE(fixture.saved().clientId, derived);
    QCOMPARE(fixture.clients().size(), 1); // one client per key
}

void TestSandboxClientRegistrationFlow::lostAnswerIsReadBack()
{
    Fixture fixture;
    AnswerLosingRelay relay(quint16(fixture.altinn.environment().platformBaseUrl().port()));
    relay.loseAnswers(RegistrationLine, 1);
    const Profile profile = fixture.profileWithKey(m_key);

    QVERIFY(fixture.run(profile, Altinn::Environment::sandbox(relay.url())));
    QCOMPARE(relay.lost(), 1);
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QVERIFY(fixture.outcome->answerLost);
    QVERIFY(fixture.outcome->alreadyRegistered);
    const QString derived =
        SandboxClientRegistrationFlow::clientIdFor(profile.vendorOrgNumber, m_key.thumbprint());
    QCOMPARE(fixture.outcome->clientId, derived);
    QCOMPARE(fixture.saved().clientId, derived);
    QCOMPARE(fixture.clients().size(), 1);
}

void TestSandboxClientRegistrationFlow::lostAnswerThatCannotBeReadBackMayBeRegistered()
{
    Fixture fixture;
    AnswerLosingRelay relay(quint16(fixture.altinn.environment().platformBaseUrl().port()));
    relay.loseAnswers("", 1000); // every answer, the read-back's (and its retries) too
    const Profile profile = fixture.profileWithKey(m_key);

    QVERIFY(fixture.run(profile, Altinn::Environment::sandbox(relay.url())));
    QCOMPARE(fixture.outcome->failure, Failure::RegistrationFailed);
    QVERIFY(fixture.outcome->answerLost);
    QVERIFY(fixture.outcome->lookedUp);
    QVERIFY2(fixture.outcome->message.contains(u"may be registered"_s), qPrintable(fixture.outcome->message));
    QVERIFY2(
        !fixture.outcome->message.contains(u"internet connection"_s), qPrintable(fixture.outcome->message));
    QVERIFY(fixture.saved().clientId.isEmpty());
    QCOMPARE(fixture.clients().size(), 1); // it was registered

    // Run again as advised: the client is found, not made twice.
    relay.loseAnswers({}, 0);
    QVERIFY(fixture.run(fixture.saved(), Altinn::Environment::sandbox(relay.url())));
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QVERIFY(fixture.outcome->alreadyRegistered);
    QCOMPARE(fixture.clients().size(), 1);
    QCOMPARE(fixture.saved().clientId, fixture.outcome->clientId);
}

void TestSandboxClientRegistrationFlow::differentScopesAreBroughtUpToDate()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    const QString derived =
        SandboxClientRegistrationFlow::clientIdFor(profile.vendorOrgNumber, m_key.thumbprint());
    QCOMPARE(fixture.registerDirectly(derived, profile.vendorOrgNumber,
                 {u"altinn:authentication/systemregister.write"_s}, m_key.publicJwk(profile.kid)),
        201);

    QVERIFY(fixture.run(profile));
    QVERIFY2(fixture.outcome->ok(), qPrintable(fixture.outcome->message));
    QVERIFY(!fixture.outcome->alreadyRegistered);
    QVERIFY(!fixture.outcome->createdClient);
    QCOMPARE(fixture.clients().size(), 1);
    QCOMPARE(fixture.clients().first().scopes, SandboxClientRegistrationFlow::scopesFor(profile));
}

void TestSandboxClientRegistrationFlow::anotherOrganisationsClientIsLeftAlone()
{
    Fixture fixture;
    const QString theirs = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(fixture.registerDirectly(theirs, SandboxHarness::OtherVendorOrg,
                 {u"altinn:authentication/systemregister.write"_s}, m_otherKey.publicJwk(u"their-key"_s)),
        201);
    // A client id typed into our profile that happens to be another organisation's.
    QVERIFY(fixture.run(fixture.profileWithKey(m_key, theirs)));
    QCOMPARE(fixture.outcome->failure, Failure::RegistrationFailed);
    QVERIFY(fixture.outcome->lookedUp);
    QVERIFY2(fixture.outcome->message.contains(SandboxHarness::OtherVendorOrg),
        qPrintable(fixture.outcome->message));
    const SandboxMaskinportenClient client = fixture.clients().value(theirs.toLower());
    QCOMPARE(client.orgNo, SandboxHarness::OtherVendorOrg);
    QCOMPARE(client.keys.first().toObject().value(u"kid"_s).toString(), u"their-key"_s); // untouched
}

void TestSandboxClientRegistrationFlow::profileWithoutKeyIsRefused()
{
    Fixture fixture;
    Profile profile = fixture.profileWithKey(m_key);
    profile.kid.clear();
    profile.keyBits = 0;
    QVERIFY(fixture.run(profile));
    QCOMPARE(fixture.outcome->failure, Failure::NoKey);
    QVERIFY(!fixture.outcome->message.isEmpty());
    QCOMPARE(fixture.outcome->apiFailure.kind, Altinn::ApiFailure::Kind::Token);
    QCOMPARE(fixture.steps, QList<Step>{Step::ReadingKey});
    QVERIFY(fixture.clients().isEmpty());
}

void TestSandboxClientRegistrationFlow::keychainThatRefusesTheKeyIsReported()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    fixture.keychain.setForcedStatus(SecretStore::Status::Denied);
    QVERIFY(fixture.run(profile));
    QCOMPARE(fixture.outcome->failure, Failure::NoKey);
    QCOMPARE(fixture.outcome->message, SecretStore::explain(SecretStore::Status::Denied));
    QVERIFY(fixture.clients().isEmpty());
    QVERIFY(fixture.saved().clientId.isEmpty());
}

void TestSandboxClientRegistrationFlow::sandboxRefusalIsExplained()
{
    Fixture fixture;
    Profile profile = fixture.profileWithKey(m_key);
    profile.vendorOrgNumber = u"123456789"_s; // fails MOD11: the sandbox answers 400
    QVERIFY(fixture.run(profile));
    QCOMPARE(fixture.outcome->failure, Failure::RegistrationFailed);
    QCOMPARE(fixture.outcome->apiFailure.kind, Altinn::ApiFailure::Kind::Http);
    QCOMPARE(fixture.outcome->apiFailure.httpStatus(), 400);
    QVERIFY(!fixture.outcome->message.trimmed().isEmpty());
    QVERIFY(fixture.outcome->clientId.isEmpty());
    QVERIFY(fixture.clients().isEmpty());
}

void TestSandboxClientRegistrationFlow::environmentWithoutSandboxIsRefused()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    VendorSession tt02(profile, Altinn::Environment::fromId(u"tt02"_s), &fixture.keychain);
    fixture.flow.start(&tt02);
    QVERIFY(!fixture.outcome); // never from inside start()
    QTRY_VERIFY(fixture.outcome.has_value());
    QCOMPARE(fixture.outcome->failure, Failure::NotSandbox);
    QVERIFY(fixture.outcome->message.contains(u"self-service portal"_s));
    QVERIFY(fixture.steps.isEmpty());
}

void TestSandboxClientRegistrationFlow::missingSessionIsReported()
{
    Fixture fixture;
    fixture.flow.start(nullptr);
    QVERIFY(fixture.flow.isRunning());
    QTRY_VERIFY(fixture.outcome.has_value());
    QCOMPARE(fixture.outcome->failure, Failure::NotSandbox);
    QVERIFY(!fixture.outcome->message.isEmpty());
    QVERIFY(!fixture.flow.isRunning());
}

void TestSandboxClientRegistrationFlow::cancelStopsTheRun()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    fixture.session =
        std::make_unique<VendorSession>(profile, fixture.altinn.environment(), &fixture.keychain);
    QObject::connect(
        &fixture.flow, &SandboxClientRegistrationFlow::progress, &fixture.flow, [&fixture](Step step) {
            if (step == Step::Registering)
                fixture.flow.cancel();
        });
    fixture.flow.start(fixture.session.get());
    QTRY_VERIFY(fixture.steps.contains(Step::Registering));
    QVERIFY(!fixture.flow.isRunning());
    QTest::qWait(300);
    QVERIFY(!fixture.outcome);
    QVERIFY(fixture.saved().clientId.isEmpty());
}

void TestSandboxClientRegistrationFlow::replacedSessionCancelsTheRun()
{
    Fixture fixture;
    const Profile profile = fixture.profileWithKey(m_key);
    fixture.session =
        std::make_unique<VendorSession>(profile, fixture.altinn.environment(), &fixture.keychain);
    fixture.flow.start(fixture.session.get());
    fixture.session.reset(); // the wizard replaces the session when the profile changes
    QTRY_VERIFY(fixture.outcome.has_value());
    QCOMPARE(fixture.outcome->failure, Failure::Cancelled);
    QVERIFY(!fixture.outcome->message.isEmpty());
    QVERIFY(fixture.clients().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxClientRegistrationFlow)
#include "TestSandboxClientRegistrationFlow.moc"
