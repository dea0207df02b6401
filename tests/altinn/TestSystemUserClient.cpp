#include "AltinnTestSession.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemUserClient.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiFailure;
using Altinn::SystemUser;
using Altinn::SystemUserClient;

/// SystemUserClient against the sandbox over HTTP (docs/altinn-behaviour.md#system-user-lookups).
class TestSystemUserClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findBeforeApprovalIs404();
    void findAfterApproval();
    void findWithExternalRef();
    void listFollowsEveryPage();
    void listOfUnknownSystemIs404();
};

namespace {

const QString SystemId = SandboxHarness::VendorOrg + u"_smartregnskap"_s;

/// Asks for a system user for the customer with @p externalRef (none: defaulted); the request id.
QString requestSystemUser(AltinnTestSession &session, const QString &externalRef = {})
{
    Altinn::RequestClient requests(session.transport());
    Altinn::SystemUserRequest request;
    request.systemId = SystemId;
    request.partyOrgNo = AltinnTestSession::Customer;
    if (!externalRef.isEmpty())
        request.externalRef = externalRef;
    request.rights = QList{Altinn::Right::forResource(AltinnTestSession::Krav)};
    CallResult<Altinn::RequestClient::Created> created;
    requests.create(request, created.callback());
    if (!created.wait() || !created->ok())
        return {};
    return created.value().request.id;
}

} // namespace

void TestSystemUserClient::findBeforeApprovalIs404()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    QVERIFY(!requestSystemUser(session).isEmpty());
    SystemUserClient client(session.transport());

    CallResult<SystemUser> found;
    client.find(SystemId, AltinnTestSession::Customer, {}, found.callback());
    QVERIFY(found.wait());
    QVERIFY(!found->ok());
    QCOMPARE(found->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(found->httpStatus, 404);
}

void TestSystemUserClient::findAfterApproval()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    const QString requestId = requestSystemUser(session);
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(session.approve(requestId), 200);
    SystemUserClient client(session.transport());

    // No external ref: the server defaults it to the org number, as the request did.
    CallResult<SystemUser> found;
    client.find(SystemId, AltinnTestSession::Customer, {}, found.callback());
    QVERIFY(found.wait());
    QVERIFY2(found->ok(), found.failureText());
    QCOMPARE(found.value().id, requestId); // the system user's id is the request's
    QCOMPARE(found.value().systemId, SystemId);
    QCOMPARE(found.value().reporteeOrgNo, AltinnTestSession::Customer);
    QCOMPARE(found.value().externalRef, AltinnTestSession::Customer);
    QCOMPARE(found.calls(), 1);
}

void TestSystemUserClient::findWithExternalRef()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    const QString ref = u"kunde 4711&avd=2+b"_s; // every character that needs encoding in a query
    const QString requestId = requestSystemUser(session, ref);
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(session.approve(requestId), 200);
    SystemUserClient client(session.transport());

    CallResult<SystemUser> found;
    client.find(SystemId, AltinnTestSession::Customer, ref, found.callback());
    QVERIFY(found.wait());
    QVERIFY2(found->ok(), found.failureText());
    QCOMPARE(found.value().id, requestId);
    QCOMPARE(found.value().externalRef, ref);

    CallResult<SystemUser> defaulted;
    client.find(SystemId, AltinnTestSession::Customer, {}, defaulted.callback());
    QVERIFY(defaulted.wait());
    QCOMPARE(defaulted->httpStatus, 404);
}

void TestSystemUserClient::listFollowsEveryPage()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem()));
    QVERIFY(session.changeSettings({{u"pageSize"_s, 2}}));
    QStringList expected;
    for (int i = 1; i <= 5; ++i) {
        const QString requestId = requestSystemUser(session, u"kunde-"_s + QString::number(i));
        QVERIFY(!requestId.isEmpty());
        QCOMPARE(session.approve(requestId), 200);
        expected.append(requestId);
    }
    QVERIFY(!requestSystemUser(session, u"venter"_s).isEmpty()); // not approved: no system user
    SystemUserClient client(session.transport());
    const int tokensBefore = session.tokens().tokensRequested();

    CallResult<QList<SystemUser>> listed;
    client.listBySystem(SystemId, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed->ok(), listed.failureText());
    QStringList got;
    for (const SystemUser &user : listed.value())
        got.append(user.id);
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    QCOMPARE(session.tokens().tokensRequested() - tokensBefore, 3);
}

void TestSystemUserClient::listOfUnknownSystemIs404()
{
    AltinnTestSession session;
    SystemUserClient client(session.transport());
    CallResult<QList<SystemUser>> listed;
    client.listBySystem(SandboxHarness::VendorOrg + u"_finnesikke"_s, listed.callback());
    QVERIFY(listed.wait());
    QCOMPARE(listed->httpStatus, 404);
    QCOMPARE(listed->failure.error.code, u"AUTH-00011"_s);
}

QTEST_GUILESS_MAIN(TestSystemUserClient)
#include "TestSystemUserClient.moc"
