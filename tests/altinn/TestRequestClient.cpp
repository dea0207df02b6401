#include "AltinnTestSession.h"
#include "altinn/RequestClient.h"

#include <QPointer>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiFailure;
using Altinn::RequestClient;
using Altinn::RequestKind;
using Altinn::RequestStatus;
using Altinn::SystemUserRequest;
using Altinn::SystemUserRequestResponse;

/// RequestClient against the sandbox over HTTP (docs/altinn-behaviour.md#system-user-requests): create, get,
/// lookups, paging, delete.
class TestRequestClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createIs201WithLocationThenRepeatIs200Existing();
    void createAgentRequest();
    void createErrors_data();
    void createErrors();
    void getUnknownOrOtherKindIs404();
    void byExternalRefFindsTheRequest();
    void approvedRequestIsAcceptedAndBlocksANewOne();
    void listFollowsEveryPage();
    void listSurvivesTheSkipAtPageBoundaryQuirk();
    void listOfAgentRequests();
    void listOfUnknownSystemIs404();
    void removeDeletesTheRequest();
    void cancelBetweenPagesAnswersCancelled();
};

namespace {

const QString SystemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;
const QString KlientId = SandboxHarness::VendorOrg + u"_klient"_s;

SystemUserRequest standardRequest(const QString &externalRef = {})
{
    SystemUserRequest request;
    request.systemId = SystemId;
    request.partyOrgNo = AltinnTestSession::Customer;
    if (!externalRef.isEmpty())
        request.externalRef = externalRef;
    request.rights = QList{Altinn::Right::forResource(AltinnTestSession::Krav)};
    request.redirectUrl = AltinnTestSession::Callback;
    return request;
}

SystemUserRequest agentRequest(const QString &externalRef = {})
{
    SystemUserRequest request;
    request.kind = RequestKind::Agent;
    request.systemId = KlientId;
    request.partyOrgNo = AltinnTestSession::Facilitator;
    if (!externalRef.isEmpty())
        request.externalRef = externalRef;
    request.accessPackages = QList<Altinn::AccessPackageRef>{
        {AltinnTestSession::packageUrn(u"regnskapsforer-med-signeringsrettighet"_s)}};
    return request;
}

/// The example system plus a system for client relationships (delegable packages, hidden).
bool registerSystems(AltinnTestSession &session)
{
    Altinn::SystemDefinition klient = AltinnTestSession::exampleSystem(u"klient"_s);
    klient.accessPackages = agentRequest().accessPackages;
    klient.isVisible = false;
    return session.registerSystem(AltinnTestSession::exampleSystem()) && session.registerSystem(klient);
}

/// Creates @p request through the client; the response, or nullopt (with a test failure message).
std::optional<RequestClient::Created> create(RequestClient &client, const SystemUserRequest &request)
{
    CallResult<RequestClient::Created> created;
    client.create(request, created.callback());
    if (!created.wait() || !created->ok()) {
        qWarning("create failed: %s", created.failureText());
        return std::nullopt;
    }
    return created.value();
}

QStringList ids(const QList<SystemUserRequestResponse> &requests)
{
    QStringList result;
    for (const auto &request : requests)
        result.append(request.id);
    return result;
}

} // namespace

void TestRequestClient::createIs201WithLocationThenRepeatIs200Existing()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    QVERIFY(registerSystems(session));
    RequestClient client(session.transport());

    CallResult<RequestClient::Created> first;
    client.create(standardRequest(u"kunde-1"_s), first.callback());
    QVERIFY(first.wait());
    QVERIFY2(first->ok(), first.failureText());
    QCOMPARE(first->httpStatus, 201);
    const RequestClient::Created &created = first.value();
    QVERIFY(!created.existing);
    QCOMPARE(created.request.status, RequestStatus::New);
    QCOMPARE(created.request.externalRef, u"kunde-1"_s);
    QVERIFY2(created.request.confirmUrl.contains(created.request.id), qPrintable(created.request.confirmUrl));
    QCOMPARE(created.location,
        session.environment().authenticationUrl(u"systemuser/request/"_s + created.request.id));

    // Same triple, other rights: the earlier request comes back, the new body is ignored.
    SystemUserRequest again = standardRequest(u"kunde-1"_s);
    again.rights = QList{Altinn::Right::forResource(AltinnTestSession::App)};
    CallResult<RequestClient::Created> second;
    client.create(again, second.callback());
    QVERIFY(second.wait());
    QVERIFY2(second->ok(), second.failureText());
    QCOMPARE(second->httpStatus, 200);
    QVERIFY(second.value().existing);
    QCOMPARE(second.value().request.id, created.request.id);
    QCOMPARE(second.value().request.rights, created.request.rights);
    QCOMPARE(first.calls(), 1);
}

void TestRequestClient::createAgentRequest()
{
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    RequestClient client(session.transport());

    const auto created = create(client, agentRequest(u"byra-77"_s));
    QVERIFY(created);
    QVERIFY(!created->existing);
    QCOMPARE(created->request.kind, RequestKind::Agent);
    QVERIFY2(
        created->request.confirmUrl.contains(u"agentrequest"_s), qPrintable(created->request.confirmUrl));

    CallResult<SystemUserRequestResponse> got;
    client.get(created->request.id, RequestKind::Agent, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got->ok(), got.failureText());
    QCOMPARE(got.value().accessPackages, *agentRequest().accessPackages);
}

void TestRequestClient::createErrors_data()
{
    QTest::addColumn<SystemUserRequest>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    SystemUserRequest unknownOrg = standardRequest();
    unknownOrg.partyOrgNo = AltinnTestSession::UnknownOrg;
    QTest::newRow("customer not in the register") << unknownOrg << 400 << u"AUTH-00000"_s;

    SystemUserRequest foreignRight = standardRequest();
    foreignRight.rights = QList{Altinn::Right::forResource(u"annen-ressurs"_s)};
    QTest::newRow("right not in the system") << foreignRight << 400 << u"AUTH-00001"_s;

    SystemUserRequest unknownSystem = standardRequest();
    unknownSystem.systemId = SandboxHarness::VendorOrg + u"_finnesikke"_s;
    QTest::newRow("unknown system") << unknownSystem << 404 << u"AUTH-00011"_s;

    SystemUserRequest badRedirect = standardRequest();
    badRedirect.redirectUrl = u"https://elsewhere.example/callback"_s;
    QTest::newRow("redirect not allowed") << badRedirect << 400 << u"AUTH-00021"_s;

    SystemUserRequest noPackages = agentRequest();
    noPackages.accessPackages = QList<Altinn::AccessPackageRef>{};
    QTest::newRow("agent request without packages") << noPackages << 400 << u"AUTH-00058"_s;
}

void TestRequestClient::createErrors()
{
    QFETCH(SystemUserRequest, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    RequestClient client(session.transport());

    CallResult<RequestClient::Created> created;
    client.create(request, created.callback());
    QVERIFY(created.wait());
    QVERIFY(!created->ok());
    QCOMPARE(created->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(created->httpStatus, status);
    QCOMPARE(created->failure.error.code, code);
}

void TestRequestClient::getUnknownOrOtherKindIs404()
{
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    RequestClient client(session.transport());
    const auto created = create(client, standardRequest());
    QVERIFY(created);

    CallResult<SystemUserRequestResponse> unknown;
    client.get(QUuid::createUuid().toString(QUuid::WithoutBraces), RequestKind::Standard, unknown.callback());
    QVERIFY(unknown.wait());
    QCOMPARE(unknown->httpStatus, 404);
    QCOMPARE(unknown->failure.error.code, u"AUTH-00010"_s);

    // Agent and standard requests are separate namespaces.
    CallResult<SystemUserRequestResponse> otherKind;
    client.get(created->request.id, RequestKind::Agent, otherKind.callback());
    QVERIFY(otherKind.wait());
    QCOMPARE(otherKind->httpStatus, 404);
}

void TestRequestClient::byExternalRefFindsTheRequest()
{
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    RequestClient client(session.transport());
    const auto created = create(client, standardRequest(u"kunde/4711 #a"_s)); // needs encoding in the path
    QVERIFY(created);

    CallResult<SystemUserRequestResponse> found;
    client.byExternalRef(
        SystemId, AltinnTestSession::Customer, u"kunde/4711 #a"_s, RequestKind::Standard, found.callback());
    QVERIFY(found.wait());
    QVERIFY2(found->ok(), found.failureText());
    QCOMPARE(found.value().id, created->request.id);

    CallResult<SystemUserRequestResponse> missing;
    client.byExternalRef(
        SystemId, AltinnTestSession::Customer, u"annen"_s, RequestKind::Standard, missing.callback());
    QVERIFY(missing.wait());
    QCOMPARE(missing->httpStatus, 404);
    QCOMPARE(missing->failure.error.code, u"AUTH-00010"_s);
}

void TestRequestClient::approvedRequestIsAcceptedAndBlocksANewOne()
{
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    RequestClient client(session.transport());
    const auto created = create(client, standardRequest());
    QVERIFY(created);
    QCOMPARE(session.approve(created->request.id), 200);

    CallResult<SystemUserRequestResponse> got;
    client.get(created->request.id, RequestKind::Standard, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got->ok(), got.failureText());
    QCOMPARE(got.value().status, RequestStatus::Accepted);

    // A live system user holds the triple now: a change request is the way to add rights.
    CallResult<RequestClient::Created> again;
    client.create(standardRequest(), again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again->httpStatus, 400);
    QCOMPARE(again->failure.error.code, u"AUTH-00004"_s);
}

void TestRequestClient::listFollowsEveryPage()
{
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    QVERIFY(session.changeSettings({{u"pageSize"_s, 2}}));
    RequestClient client(session.transport());
    QStringList expected;
    for (int i = 1; i <= 7; ++i) {
        const auto created = create(client, standardRequest(u"kunde-"_s + QString::number(i)));
        QVERIFY(created);
        expected.append(created->request.id);
    }
    const int tokensBefore = session.tokens().tokensRequested();

    CallResult<QList<SystemUserRequestResponse>> listed;
    client.listBySystem(SystemId, RequestKind::Standard, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed->ok(), listed.failureText());
    QStringList got = ids(listed.value());
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    QCOMPARE(session.tokens().tokensRequested() - tokensBefore, 4); // 2 + 2 + 2 + 1: one call per page
    QCOMPARE(listed.calls(), 1);
}

void TestRequestClient::listSurvivesTheSkipAtPageBoundaryQuirk()
{
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    QVERIFY(session.changeSettings({{u"pageSize"_s, 2}, {u"requestListSkipsItemAtPageBoundary"_s, true}}));
    RequestClient client(session.transport());
    for (int i = 1; i <= 7; ++i)
        QVERIFY(create(client, standardRequest(u"kunde-"_s + QString::number(i))));

    // The server loses one request at each boundary (pages 2+2+1, two skipped): the list ends cleanly
    // with what the server gave, no duplicates.
    CallResult<QList<SystemUserRequestResponse>> listed;
    client.listBySystem(SystemId, RequestKind::Standard, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed->ok(), listed.failureText());
    const QStringList got = ids(listed.value());
    QCOMPARE(got.size(), 5);
    QCOMPARE(QSet<QString>(got.cbegin(), got.cend()).size(), got.size());
}

void TestRequestClient::listOfAgentRequests()
{
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    QVERIFY(session.changeSettings({{u"pageSize"_s, 1}}));
    RequestClient client(session.transport());
    QVERIFY(create(client, agentRequest(u"a"_s)));
    QVERIFY(create(client, agentRequest(u"b"_s)));
    QVERIFY(create(client, standardRequest()));

    CallResult<QList<SystemUserRequestResponse>> listed;
    client.listBySystem(KlientId, RequestKind::Agent, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed->ok(), listed.failureText());
    QStringList refs;
    for (const auto &request : listed.value()) {
        refs.append(request.externalRef);
        QCOMPARE(request.kind, RequestKind::Agent);
    }
    refs.sort();
    QCOMPARE(refs, (QStringList{u"a"_s, u"b"_s}));
}

void TestRequestClient::listOfUnknownSystemIs404()
{
    AltinnTestSession session;
    RequestClient client(session.transport());
    CallResult<QList<SystemUserRequestResponse>> listed;
    client.listBySystem(
        SandboxHarness::VendorOrg + u"_finnesikke"_s, RequestKind::Standard, listed.callback());
    QVERIFY(listed.wait());
    QCOMPARE(listed->httpStatus, 404);
    QCOMPARE(listed->failure.error.code, u"AUTH-00011"_s);
}

void TestRequestClient::removeDeletesTheRequest()
{
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    RequestClient client(session.transport());
    const auto created = create(client, standardRequest());
    QVERIFY(created);

    CallResult<Altinn::Done> removed;
    client.remove(created->request.id, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY2(removed->ok(), removed.failureText());
    QCOMPARE(removed->httpStatus, 202);

    CallResult<SystemUserRequestResponse> got;
    client.get(created->request.id, RequestKind::Standard, got.callback());
    QVERIFY(got.wait());
    QCOMPARE(got->httpStatus, 404);

    CallResult<Altinn::Done> again;
    client.remove(created->request.id, again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again->httpStatus, 404);
    QCOMPARE(again->failure.error.code, u"AUTH-00010"_s);

    // The triple is free again: a new request is created.
    const auto renewed = create(client, standardRequest());
    QVERIFY(renewed);
    QVERIFY(!renewed->existing);
    QVERIFY(renewed->request.id != created->request.id);
}

void TestRequestClient::cancelBetweenPagesAnswersCancelled()
{
    AltinnTestSession session;
    QVERIFY(registerSystems(session));
    QVERIFY(session.changeSettings({{u"pageSize"_s, 1}}));
    RequestClient client(session.transport());
    for (int i = 1; i <= 3; ++i)
        QVERIFY(create(client, standardRequest(u"kunde-"_s + QString::number(i))));

    CallResult<QList<SystemUserRequestResponse>> listed;
    const int firstPageToken = session.tokens().tokensRequested() + 1;
    QPointer<Altinn::ApiOperation> operation =
        client.listBySystem(SystemId, RequestKind::Standard, listed.callback());
    session.tokens().setOnRequest([&operation, firstPageToken](int issued) {
        if (issued == firstPageToken + 1 && operation)
            operation->cancel(); // while the second page is being asked for
    });
    QVERIFY(listed.wait());
    QCOMPARE(listed->failure.kind, ApiFailure::Kind::Cancelled);
    QVERIFY(!listed->ok());
    QTRY_VERIFY(operation.isNull()); // finished and deleted
    QTest::qWait(50);
    QCOMPARE(listed.calls(), 1);
    QCOMPARE(session.tokens().tokensRequested(), firstPageToken + 1); // no third page
}

QTEST_GUILESS_MAIN(TestRequestClient)
#include "TestRequestClient.moc"
