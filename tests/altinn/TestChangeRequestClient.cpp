#include "AltinnTestSession.h"
#include "altinn/ChangeRequestClient.h"
#include "altinn/RequestClient.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiFailure;
using Altinn::ChangeRequest;
using Altinn::ChangeRequestClient;
using Altinn::ChangeRequestResponse;
using Altinn::RequestStatus;

/// ChangeRequestClient against the sandbox over HTTP (docs/altinn-behaviour.md#change-requests).
class TestChangeRequestClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createGetFindListDelete();
    void createMakesAFreshCorrelationId();
    void repeatedCorrelationIdReturnsTheEarlierRequest();
    void emptyChangeIsNoChangeNeeded();
    void unknownSystemUserIs404();
    void approvedChangeIsAccepted();
    void listFollowsEveryPage();
    void listStopsWhenTheServerIgnoresTheToken();
};

namespace {

const QString SystemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;

/// A registered system with a standard system user for the customer; its id, or empty on failure.
QString systemUserFor(AltinnTestSession &session)
{
    if (!session.registerSystem(AltinnTestSession::exampleSystem()))
        return {};
    Altinn::RequestClient requests(session.transport());
    Altinn::SystemUserRequest request;
    request.systemId = SystemId;
    request.partyOrgNo = AltinnTestSession::Customer;
    request.rights = QList{Altinn::Right::forResource(AltinnTestSession::Krav)};
    CallResult<Altinn::RequestClient::Created> created;
    requests.create(request, created.callback());
    if (!created.wait() || !created->ok())
        return {};
    const QString id = created.value().request.id;
    return session.approve(id) == 200 ? id : QString();
}

ChangeRequest addApp()
{
    ChangeRequest change;
    change.requiredRights = {Altinn::Right::forResource(AltinnTestSession::App)};
    return change;
}

ChangeRequestResponse createChange(ChangeRequestClient &client, const QString &systemUserId,
    const ChangeRequest &change = addApp(), const QString &correlationId = {})
{
    CallResult<ChangeRequestResponse> created;
    client.create(systemUserId, change, created.callback(), correlationId);
    if (!created.wait() || !created->ok()) {
        qWarning("change request create failed: %s", created.failureText());
        return {};
    }
    return created.value();
}

} // namespace

void TestChangeRequestClient::createGetFindListDelete()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    const QString systemUserId = systemUserFor(session);
    QVERIFY(!systemUserId.isEmpty());
    ChangeRequestClient client(session.transport());
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    CallResult<ChangeRequestResponse> created;
    client.create(systemUserId, addApp(), created.callback(), correlationId);
    QVERIFY(created.wait());
    QVERIFY2(created->ok(), created.failureText());
    QCOMPARE(created->httpStatus, 201);
    QCOMPARE(created.value().id, correlationId);
    QCOMPARE(created.value().systemUserId, systemUserId);
    QCOMPARE(created.value().status, RequestStatus::New);
    QCOMPARE(created.value().requiredRights, addApp().requiredRights);
    QVERIFY2(created.value().confirmUrl.contains(u"changerequest?id="_s + correlationId),
        qPrintable(created.value().confirmUrl));

    CallResult<ChangeRequestResponse> got;
    client.get(correlationId, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got->ok(), got.failureText());
    QCOMPARE(got.value().requiredRights, addApp().requiredRights);

    CallResult<ChangeRequestResponse> found;
    client.byExternalRef(
        SystemId, AltinnTestSession::Customer, AltinnTestSession::Customer, found.callback());
    QVERIFY(found.wait());
    QVERIFY2(found->ok(), found.failureText());
    QCOMPARE(found.value().id, correlationId);

    CallResult<QList<ChangeRequestResponse>> listed;
    client.listBySystem(SystemId, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed->ok(), listed.failureText());
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().first().id, correlationId);

    CallResult<Altinn::Done> removed;
    client.remove(correlationId, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY2(removed->ok(), removed.failureText());
    QCOMPARE(removed->httpStatus, 202);

    CallResult<ChangeRequestResponse> gone;
    client.get(correlationId, gone.callback());
    QVERIFY(gone.wait());
    QCOMPARE(gone->httpStatus, 404);
    QCOMPARE(gone->failure.error.code, u"AUTH-00010"_s);

    CallResult<Altinn::Done> removedAgain;
    client.remove(correlationId, removedAgain.callback());
    QVERIFY(removedAgain.wait());
    QCOMPARE(removedAgain->httpStatus, 404);
}

void TestChangeRequestClient::createMakesAFreshCorrelationId()
{
    AltinnTestSession session;
    const QString systemUserId = systemUserFor(session);
    QVERIFY(!systemUserId.isEmpty());
    ChangeRequestClient client(session.transport());

    const ChangeRequestResponse first = createChange(client, systemUserId);
    ChangeRequest removeKrav;
    removeKrav.unwantedRights = {Altinn::Right::forResource(AltinnTestSession::Krav)};
    const ChangeRequestResponse second = createChange(client, systemUserId, removeKrav);
    QVERIFY(!QUuid::fromString(first.id).isNull());
    QVERIFY(!QUuid::fromString(second.id).isNull());
    QVERIFY(first.id != second.id);
    QVERIFY(first.id != systemUserId);
}

void TestChangeRequestClient::repeatedCorrelationIdReturnsTheEarlierRequest()
{
    AltinnTestSession session;
    const QString systemUserId = systemUserFor(session);
    QVERIFY(!systemUserId.isEmpty());
    ChangeRequestClient client(session.transport());
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(createChange(client, systemUserId, addApp(), correlationId).id, correlationId);

    ChangeRequest other;
    other.unwantedRights = {Altinn::Right::forResource(AltinnTestSession::Krav)};
    CallResult<ChangeRequestResponse> repeated;
    client.create(systemUserId, other, repeated.callback(), correlationId);
    QVERIFY(repeated.wait());
    QVERIFY2(repeated->ok(), repeated.failureText());
    QCOMPARE(repeated->httpStatus, 200);
    QCOMPARE(repeated.value().requiredRights, addApp().requiredRights); // the earlier body
}

void TestChangeRequestClient::emptyChangeIsNoChangeNeeded()
{
    AltinnTestSession session;
    const QString systemUserId = systemUserFor(session);
    QVERIFY(!systemUserId.isEmpty());
    ChangeRequestClient client(session.transport());
    CallResult<ChangeRequestResponse> created;
    client.create(systemUserId, ChangeRequest(), created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created->ok(), created.failureText());
    QCOMPARE(created->httpStatus, 200);
    QCOMPARE(created.value().status, RequestStatus::NoChangeNeeded);
    QVERIFY(created.value().confirmUrl.isEmpty());
}

void TestChangeRequestClient::unknownSystemUserIs404()
{
    AltinnTestSession session;
    ChangeRequestClient client(session.transport());
    CallResult<ChangeRequestResponse> created;
    client.create(QUuid::createUuid().toString(QUuid::WithoutBraces), addApp(), created.callback());
    QVERIFY(created.wait());
    QCOMPARE(created->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(created->httpStatus, 404);
    QCOMPARE(created->failure.error.code, u"AUTH-00015"_s);

    CallResult<ChangeRequestResponse> got;
    client.get(QUuid::createUuid().toString(QUuid::WithoutBraces), got.callback());
    QVERIFY(got.wait());
    QCOMPARE(got->httpStatus, 404);
    QCOMPARE(got->failure.error.code, u"AUTH-00010"_s);
}

void TestChangeRequestClient::approvedChangeIsAccepted()
{
    AltinnTestSession session;
    const QString systemUserId = systemUserFor(session);
    QVERIFY(!systemUserId.isEmpty());
    ChangeRequestClient client(session.transport());
    const ChangeRequestResponse created = createChange(client, systemUserId);
    QVERIFY(!created.id.isEmpty());
    QCOMPARE(session.approve(created.id), 200);

    CallResult<ChangeRequestResponse> got;
    client.get(created.id, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got->ok(), got.failureText());
    QCOMPARE(got.value().status, RequestStatus::Accepted);
}

void TestChangeRequestClient::listFollowsEveryPage()
{
    AltinnTestSession session;
    const QString systemUserId = systemUserFor(session);
    QVERIFY(!systemUserId.isEmpty());
    QVERIFY(session.changeSettings({{u"pageSize"_s, 2}}));
    ChangeRequestClient client(session.transport());
    QStringList expected;
    for (int i = 0; i < 5; ++i)
        expected.append(createChange(client, systemUserId).id);

    CallResult<QList<ChangeRequestResponse>> listed;
    client.listBySystem(SystemId, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed->ok(), listed.failureText());
    QStringList got;
    for (const auto &change : listed.value())
        got.append(change.id);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
}

void TestChangeRequestClient::listStopsWhenTheServerIgnoresTheToken()
{
    AltinnTestSession session;
    const QString systemUserId = systemUserFor(session);
    QVERIFY(!systemUserId.isEmpty());
    QVERIFY(session.changeSettings({{u"pageSize"_s, 2}, {u"changeRequestListIgnoresToken"_s, true}}));
    ChangeRequestClient client(session.transport());
    for (int i = 0; i < 5; ++i)
        QVERIFY(!createChange(client, systemUserId).id.isEmpty());
    const int tokensBefore = session.tokens().tokensRequested();

    // Page one comes back for every token: the follower notices the repeated token after the second
    // call and answers page one once, instead of looping until maxPages.
    CallResult<QList<ChangeRequestResponse>> listed;
    client.listBySystem(SystemId, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed->ok(), listed.failureText());
    QCOMPARE(listed.value().size(), 2);
    QVERIFY(listed.value().at(0).id != listed.value().at(1).id);
    QCOMPARE(session.tokens().tokensRequested() - tokensBefore, 2);
}

QTEST_GUILESS_MAIN(TestChangeRequestClient)
#include "TestChangeRequestClient.moc"
