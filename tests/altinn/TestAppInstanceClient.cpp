#include "AltinnTestSession.h"
#include "altinn/AppInstanceClient.h"
#include "net/ActivityLog.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiFailure;
using Altinn::AppInstance;
using Altinn::AppInstanceClient;
using Altinn::Environment;

/// Environment::appUrl and AppInstanceClient against the sandbox's simulated app
/// (docs/sandbox.md#the-simulated-altinn-app).
class TestAppInstanceClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appUrlPerEnvironment();
    void appUrlRefusesWhatIsNoHost();
    void instanceIsReadFromEitherSpelling();
    void createsAndReadsBackWithTheSystemUserToken();
    void refusalCarriesWhatTheAppSaid();
    void lostAnswerIsReportedNotRepeated();
    void badOwnerCodeIsRefusedBeforeSending();
};

namespace {

const QString UserId = u"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"_s;

/// A system user of the customer with @p rights and a token for it, as the sandbox Maskinporten issues.
QByteArray systemUserToken(SandboxHarness &sandbox, const QList<Altinn::Right> &rights)
{
    SandboxContext &context = sandbox.context();
    SandboxSystemUserRecord user;
    user.id = UserId;
    user.systemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;
    user.partyOrgNo = AltinnTestSession::Customer;
    user.externalRef = user.partyOrgNo;
    user.supplierOrgNo = SandboxHarness::VendorOrg;
    user.rights = rights;
    user.created = context.clock.now();
    context.state.addSystemUser(user);
    const qint64 now = context.clock.now().toSecsSinceEpoch();
    return context.tokens.sign(QJsonObject{{u"iat"_s, now}, {u"exp"_s, now + 120},
        {u"consumer"_s,
            QJsonObject{{u"authority"_s, u"iso6523-actorid-upis"_s},
                {u"ID"_s, QString(u"0192:"_s + SandboxHarness::VendorOrg)}}},
        {u"authorization_details"_s,
            QJsonArray{QJsonObject{{u"type"_s, u"urn:altinn:systemuser"_s},
                {u"systemuser_org"_s,
                    QJsonObject{{u"ID"_s, QString(u"0192:"_s + AltinnTestSession::Customer)}}},
                {u"systemuser_id"_s, QJsonArray{UserId}}}}}});
}

} // namespace

void TestAppInstanceClient::appUrlPerEnvironment()
{
    const Environment sandbox = Environment::sandbox(QUrl(u"http://127.0.0.1:5210/"_s));
    QCOMPARE(sandbox.appUrl(u"brg"_s, u"aarsregnskap-vanlig-202406"_s, u"instances/create"_s),
        QUrl(u"http://127.0.0.1:5210/brg/aarsregnskap-vanlig-202406/instances/create"_s));
    const Environment custom = Environment::custom(QUrl(u"http://localhost:8080/altinn"_s));
    QCOMPARE(custom.appUrl(u"ttd"_s, u"endring-av-navn-v2"_s, u"instances/1310904473/abc"_s),
        QUrl(u"http://localhost:8080/altinn/ttd/endring-av-navn-v2/instances/1310904473/abc"_s));
    QCOMPARE(Environment::tt02().appUrl(u"brg"_s, u"aarsregnskap"_s, u"instances/create"_s),
        QUrl(u"https://brg.apps.tt02.altinn.no/brg/aarsregnskap/instances/create"_s));
    QCOMPARE(Environment::production().appUrl(
                 u"skd"_s, u"formueinntekt-skattemelding-v2"_s, u"instances/create"_s),
        QUrl(u"https://skd.apps.altinn.no/skd/formueinntekt-skattemelding-v2/instances/create"_s));
    // The host is lower case; the path keeps what was given.
    QCOMPARE(Environment::tt02().appUrl(u"BRG"_s, u"app"_s, u"x"_s).host(), u"brg.apps.tt02.altinn.no"_s);
    // The app's name is one path segment, whatever it holds.
    QCOMPARE(sandbox.appUrl(u"brg"_s, u"a/b?c"_s, u"instances/create"_s).toString(QUrl::FullyEncoded),
        u"http://127.0.0.1:5210/brg/a%2Fb%3Fc/instances/create"_s);
}

void TestAppInstanceClient::appUrlRefusesWhatIsNoHost()
{
    QVERIFY(!Environment::tt02().appUrl(u"brg.evil.example"_s, u"app"_s, u"x"_s).isValid());
    QVERIFY(!Environment::production().appUrl(u""_s, u"app"_s, u"x"_s).isValid());
    QVERIFY(!Environment::tt02().appUrl(u"br g"_s, u"app"_s, u"x"_s).isValid());
    QVERIFY(!Environment::tt02().appUrl(u"a@b"_s, u"app"_s, u"x"_s).isValid());
}

void TestAppInstanceClient::instanceIsReadFromEitherSpelling()
{
    // Storage's model (older apps) spells it with an s, and partyId may come as a number.
    const QJsonObject older{{u"id"_s, u"50001337/4f6c1c7e-1d2a-4b5c-9e8f-0a1b2c3d4e5f"_s},
        {u"instanceOwner"_s,
            QJsonObject{{u"partyId"_s, 50001337}, {u"organisationNumber"_s, u"310904473"_s}}},
        {u"AppId"_s, u"brg/aarsregnskap"_s}, {u"selfLinks"_s, QJsonObject{{u"apps"_s, u"https://x/y"_s}}},
        {u"created"_s, u"2026-03-02T09:14:03.5123456Z"_s}, {u"unknownMember"_s, true}};
    const AppInstance instance = AppInstance::fromJson(older);
    QCOMPARE(instance.instanceOwnerPartyId, u"50001337"_s);
    QCOMPARE(instance.organisationNumber, u"310904473"_s);
    QCOMPARE(instance.appId, u"brg/aarsregnskap"_s);
    QCOMPARE(instance.appsSelfLink, u"https://x/y"_s);
    QCOMPARE(instance.instanceGuid(), u"4f6c1c7e-1d2a-4b5c-9e8f-0a1b2c3d4e5f"_s);
    QVERIFY(instance.created.isValid());
    QVERIFY(instance.currentTask.isEmpty());
    QCOMPARE(instance.json, older);
    QVERIFY(AppInstance::fromJson({}).instanceGuid().isEmpty());
}

void TestAppInstanceClient::createsAndReadsBackWithTheSystemUserToken()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    const QByteArray token =
        systemUserToken(session.sandbox(), {Altinn::Right::forResource(AltinnTestSession::App)});
    Altinn::ActivityLog log;
    session.transport()->setActivityLog(&log);
    AppInstanceClient client(session.transport());

    CallResult<AppInstance> created;
    client.createInstance(
        u"ttd"_s, u"endring-av-navn-v2"_s, AltinnTestSession::Customer, token, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created->ok(), created.failureText());
    QCOMPARE(created->httpStatus, 201);
    const AppInstance instance = created.value();
    QCOMPARE(instance.instanceOwnerPartyId, u"1310904473"_s);
    QCOMPARE(instance.organisationNumber, AltinnTestSession::Customer);
    QCOMPARE(instance.appId, u"ttd/endring-av-navn-v2"_s);
    QCOMPARE(instance.org, u"ttd"_s);
    QCOMPARE(instance.currentTask, u"Task_1"_s);
    QCOMPARE(instance.createdBy, UserId);
    QVERIFY(instance.appsSelfLink.endsWith(instance.id));
    // The vendor's token was never asked for: the system user token is the bearer.
    QCOMPARE(session.tokens().tokensRequested(), 0);
    // And the log keeps it hidden.
    QVERIFY(!log.supportBundle(u"test"_s).contains(token));

    CallResult<AppInstance> read;
    client.instance(u"ttd"_s, u"endring-av-navn-v2"_s, instance.instanceOwnerPartyId, instance.instanceGuid(),
        token, read.callback());
    QVERIFY(read.wait());
    QVERIFY2(read->ok(), read.failureText());
    QCOMPARE(read.value().id, instance.id);

    CallResult<AppInstance> missing;
    client.instance(u"ttd"_s, u"endring-av-navn-v2"_s, instance.instanceOwnerPartyId,
        QUuid::createUuid().toString(QUuid::WithoutBraces), token, missing.callback());
    QVERIFY(missing.wait());
    QCOMPARE(missing->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(missing->httpStatus, 404);
}

void TestAppInstanceClient::refusalCarriesWhatTheAppSaid()
{
    AltinnTestSession session;
    const QByteArray token =
        systemUserToken(session.sandbox(), {Altinn::Right::forResource(AltinnTestSession::Krav)});
    AppInstanceClient client(session.transport());
    CallResult<AppInstance> refused;
    client.createInstance(
        u"ttd"_s, u"endring-av-navn-v2"_s, AltinnTestSession::Customer, token, refused.callback());
    QVERIFY(refused.wait());
    QCOMPARE(refused->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(refused->httpStatus, 403);
    const Altinn::ApiError &error = refused->failure.error;
    QCOMPARE(error.extensions.value(u"missingRight"_s), AltinnTestSession::App);
    QCOMPARE(error.extensions.value(u"reason"_s), u"missingRight"_s);
    QCOMPARE(error.extensions.value(u"systemUserId"_s), UserId);
    QVERIFY(error.detail.contains(AltinnTestSession::App));
    QVERIFY(!refused->failure.answerLost);
    QVERIFY(session.sandbox().context().state.appInstances.isEmpty());
}

void TestAppInstanceClient::lostAnswerIsReportedNotRepeated()
{
    AltinnTestSession session;
    const QByteArray token =
        systemUserToken(session.sandbox(), {Altinn::Right::forResource(AltinnTestSession::App)});
    // The app creates the instance, then the connection closes without the answer — three times in a row,
    // so a client that sent the write again would make more than one.
    QCOMPARE(session.sandbox()
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"POST"_s},
                         {u"pathPrefix"_s, u"ttd/endring-av-navn-v2/instances"_s}, {u"loseAnswer"_s, true},
                         {u"count"_s, 3}})
                 .status,
        201);
    AppInstanceClient client(session.transport());
    CallResult<AppInstance> lost;
    client.createInstance(
        u"ttd"_s, u"endring-av-navn-v2"_s, AltinnTestSession::Customer, token, lost.callback());
    QVERIFY(lost.wait());
    QVERIFY(!lost->ok());
    QVERIFY(lost->failure.answerLost);
    QCOMPARE(lost->failure.attempts, 1);
    QCOMPARE(session.sandbox().context().state.appInstances.size(), 1);
}

void TestAppInstanceClient::badOwnerCodeIsRefusedBeforeSending()
{
    QNetworkAccessManager network;
    Altinn::ApiTransport transport(&network, Environment::tt02());
    AppInstanceClient client(&transport);
    CallResult<AppInstance> refused;
    client.createInstance(
        u"evil.example/"_s, u"app"_s, AltinnTestSession::Customer, "token", refused.callback());
    QVERIFY(!refused.hasResult()); // never inside the call
    QVERIFY(refused.wait());
    QCOMPARE(refused->failure.kind, ApiFailure::Kind::Rejected);
    QVERIFY(!refused->failure.answerLost);
}

QTEST_GUILESS_MAIN(TestAppInstanceClient)
#include "TestAppInstanceClient.moc"
