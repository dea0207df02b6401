#include "AltinnTestSession.h"
#include "altinn/SystemRegisterClient.h"

#include <QPointer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::ApiFailure;
using Altinn::SystemDefinition;
using Altinn::SystemRegisterClient;

/// SystemRegisterClient against the sandbox over HTTP (docs/altinn-behaviour.md#system-register).
class TestSystemRegisterClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenGetRoundTrips();
    void createReportsEveryValidationCode();
    void getUnknownSystemIs404();
    void listHoldsTheVendorsSystems();
    void updateOfNameKeepsEverythingElse();
    void updateReplacesTheNamedFields();
    void updateSendsTheRegisteredIdAndVendor();
    void updateOfUnknownSystemFailsWithoutCreating();
    void mergedKeepsUntouchedMembers();
    void updateRightsAndPackagesReplaceOnlyThose();
    void updateRightsReportsUnknownResources();
    void removeMarksTheSystemDeleted();
    void changelogRecordsCreateAndUpdate();
    void cancelledUpdateAnswersCancelledOnceAndChangesNothing();
};

namespace {

/// The system as stored after create, read back over HTTP without the client.
SystemDefinition storedSystem(AltinnTestSession &session, const QString &id)
{
    const auto reply = session.sandbox().get(
        u"authentication/api/v1/systemregister/vendor/"_s + id, session.sandbox().vendorToken());
    return SystemDefinition::fromJson(reply.object());
}

} // namespace

void TestSystemRegisterClient::createThenGetRoundTrips()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    SystemRegisterClient client(session.transport());
    SystemDefinition system = AltinnTestSession::exampleSystem();
    system.clientIds = {u"3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"_s};

    CallResult<QString> created;
    client.create(system, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created->ok(), created.failureText());
    QCOMPARE(created->httpStatus, 200);
    QVERIFY2(!QUuid::fromString(created.value()).isNull(), qPrintable(created.value())); // the internal GUID

    CallResult<SystemDefinition> got;
    client.get(system.id, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got->ok(), got.failureText());
    SystemDefinition expected = system;
    expected.isDeleted = false;
    QCOMPARE(got.value(), expected);
    QCOMPARE(got.calls(), 1);
}

void TestSystemRegisterClient::createReportsEveryValidationCode()
{
    AltinnTestSession session;
    SystemRegisterClient client(session.transport());
    SystemDefinition system = AltinnTestSession::exampleSystem();
    system.id = u"123456789_feil-prefiks"_s;
    system.allowedRedirectUrls = {u"http://not-https.example/"_s};

    CallResult<QString> created;
    client.create(system, created.callback());
    QVERIFY(created.wait());
    QVERIFY(!created->ok());
    QCOMPARE(created->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(created->httpStatus, 400);
    const QStringList codes = created->failure.error.fieldErrorCodes();
    QVERIFY2(codes.contains(u"AUTH.VLD-00001"_s), qPrintable(codes.join(u' ')));
    QVERIFY2(codes.contains(u"AUTH.VLD-00005"_s), qPrintable(codes.join(u' ')));
}

void TestSystemRegisterClient::getUnknownSystemIs404()
{
    AltinnTestSession session;
    SystemRegisterClient client(session.transport());
    CallResult<SystemDefinition> got;
    client.get(u"991825827_finnesikke"_s, got.callback());
    QVERIFY(got.wait());
    QVERIFY(!got->ok());
    QCOMPARE(got->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(got->failure.httpStatus(), 404);
}

void TestSystemRegisterClient::listHoldsTheVendorsSystems()
{
    AltinnTestSession session;
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem(u"en"_s)));
    QVERIFY(session.registerSystem(AltinnTestSession::exampleSystem(u"to"_s)));
    SystemRegisterClient client(session.transport());

    CallResult<QList<Altinn::SystemListItem>> listed;
    client.list(listed.callback());
    QVERIFY(listed.wait());
    QVERIFY2(listed->ok(), listed.failureText());
    QStringList ids;
    for (const auto &item : listed.value())
        ids.append(item.systemId);
    ids.sort();
    QCOMPARE(ids, (QStringList{u"991825827_en"_s, u"991825827_to"_s}));
}

void TestSystemRegisterClient::updateOfNameKeepsEverythingElse()
{
    AltinnTestSession session;
    SystemDefinition registered = AltinnTestSession::exampleSystem();
    registered.clientIds = {u"6a1c0f4e-2b7d-4e1a-9c0b-2d4e6f8a1b3c"_s};
    registered.allowedRedirectUrls.append(u"https://smartregnskap.example/andre"_s);
    registered.isVisible = false;
    QVERIFY(session.registerSystem(registered));
    SystemRegisterClient client(session.transport());

    // A local draft that only knows the new name: everything else empty or default.
    SystemDefinition local;
    local.id = registered.id;
    local.name = {{u"nb"_s, u"Nytt navn"_s}, {u"nn"_s, u"Nytt namn"_s}, {u"en"_s, u"New name"_s}};
    CallResult<SystemDefinition> updated;
    client.update(local, SystemRegisterClient::Field::Name, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY2(updated->ok(), updated.failureText());
    QCOMPARE(updated.value().name, local.name);

    const SystemDefinition stored = storedSystem(session, registered.id);
    QCOMPARE(stored.name, local.name);
    QCOMPARE(stored.description, registered.description);
    QCOMPARE(stored.rights, registered.rights);
    QCOMPARE(stored.accessPackages, registered.accessPackages);
    QCOMPARE(stored.allowedRedirectUrls, registered.allowedRedirectUrls);
    QCOMPARE(stored.clientIds, registered.clientIds);
    QCOMPARE(stored.isVisible, false);
    QCOMPARE(updated.value().rights, registered.rights); // the value is what was sent
}

void TestSystemRegisterClient::updateReplacesTheNamedFields()
{
    AltinnTestSession session;
    const SystemDefinition registered = AltinnTestSession::exampleSystem();
    QVERIFY(session.registerSystem(registered));
    SystemRegisterClient client(session.transport());

    SystemDefinition local = registered;
    local.name[u"en"_s] = u"Changed, but not asked for"_s;
    local.rights = QList{Altinn::Right::forResource(AltinnTestSession::App)};
    local.accessPackages = QList<Altinn::AccessPackageRef>{};
    CallResult<SystemDefinition> updated;
    client.update(local, SystemRegisterClient::Field::Rights | SystemRegisterClient::Field::AccessPackages,
        updated.callback());
    QVERIFY(updated.wait());
    QVERIFY2(updated->ok(), updated.failureText());

    const SystemDefinition stored = storedSystem(session, registered.id);
    QCOMPARE(stored.rights, local.rights);
    QCOMPARE(stored.accessPackages, local.accessPackages);
    QCOMPARE(stored.name, registered.name);
}

void TestSystemRegisterClient::updateSendsTheRegisteredIdAndVendor()
{
    AltinnTestSession session;
    const SystemDefinition registered = AltinnTestSession::exampleSystem();
    QVERIFY(session.registerSystem(registered));
    SystemRegisterClient client(session.transport());

    // A draft with a stale vendor: the server answers 404 for a vendor that differs
    // (docs/altinn-behaviour.md#update-a-system, step 3).
    SystemDefinition local = registered;
    local.setVendorOrgNumber(SandboxHarness::OtherVendorOrg);
    local.isVisible = false;
    CallResult<SystemDefinition> updated;
    client.update(local, SystemRegisterClient::Field::All, updated.callback());
    QVERIFY(updated.wait());
    QVERIFY2(updated->ok(), updated.failureText());
    QCOMPARE(updated.value().vendorId, registered.vendorId);
    QCOMPARE(storedSystem(session, registered.id).isVisible, false);
}

void TestSystemRegisterClient::updateOfUnknownSystemFailsWithoutCreating()
{
    AltinnTestSession session;
    SystemRegisterClient client(session.transport());
    const SystemDefinition local = AltinnTestSession::exampleSystem();
    CallResult<SystemDefinition> updated;
    client.update(local, SystemRegisterClient::Field::All, updated.callback());
    QVERIFY(updated.wait());
    QCOMPARE(updated->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(updated->httpStatus, 404);
    QCOMPARE(session.sandbox()
                 .get(u"authentication/api/v1/systemregister/vendor/"_s + local.id,
                     session.sandbox().vendorToken())
                 .status,
        404);
}

void TestSystemRegisterClient::mergedKeepsUntouchedMembers()
{
    SystemDefinition registered = AltinnTestSession::exampleSystem();
    registered.clientIds = {u"a"_s};
    registered.isDeleted = false;
    SystemDefinition local;
    local.id = u"991825827_annet"_s;
    local.setVendorOrgNumber(u"310547891"_s);
    local.description = {{u"nb"_s, u"Ny"_s}};
    local.clientIds = {u"b"_s};
    local.rights = std::nullopt;

    const SystemDefinition merged = SystemRegisterClient::merged(
        registered, local, SystemRegisterClient::Field::Description | SystemRegisterClient::Field::ClientIds);
    QCOMPARE(merged.id, registered.id);
    QCOMPARE(merged.vendorId, registered.vendorId);
    QCOMPARE(merged.name, registered.name);
    QCOMPARE(merged.description, local.description);
    QCOMPARE(merged.clientIds, local.clientIds);
    QCOMPARE(merged.rights, registered.rights);
    QCOMPARE(merged.accessPackages, registered.accessPackages);
    QCOMPARE(merged.allowedRedirectUrls, registered.allowedRedirectUrls);
    QCOMPARE(merged.isVisible, registered.isVisible);

    const SystemDefinition everything =
        SystemRegisterClient::merged(registered, local, SystemRegisterClient::Field::All);
    QCOMPARE(everything.id, registered.id);
    QCOMPARE(everything.vendorId, registered.vendorId);
    QCOMPARE(everything.rights, local.rights);
    QCOMPARE(everything.allowedRedirectUrls, local.allowedRedirectUrls);
}

void TestSystemRegisterClient::updateRightsAndPackagesReplaceOnlyThose()
{
    AltinnTestSession session;
    const SystemDefinition registered = AltinnTestSession::exampleSystem();
    QVERIFY(session.registerSystem(registered));
    SystemRegisterClient client(session.transport());

    const QList rights{Altinn::Right::forResource(AltinnTestSession::Krav)};
    CallResult<Altinn::UpdateResult> rightsDone;
    client.updateRights(registered.id, rights, rightsDone.callback());
    QVERIFY(rightsDone.wait());
    QVERIFY2(rightsDone->ok(), rightsDone.failureText());
    QVERIFY(rightsDone.value().succeeded);

    const QList<Altinn::AccessPackageRef> packages{{AltinnTestSession::packageUrn(u"jordbruk"_s)}};
    CallResult<Altinn::UpdateResult> packagesDone;
    client.updateAccessPackages(registered.id, packages, packagesDone.callback());
    QVERIFY(packagesDone.wait());
    QVERIFY2(packagesDone->ok(), packagesDone.failureText());

    const SystemDefinition stored = storedSystem(session, registered.id);
    QCOMPARE(stored.rights, rights);
    QCOMPARE(stored.accessPackages, packages);
    QCOMPARE(stored.name, registered.name);
    QCOMPARE(stored.allowedRedirectUrls, registered.allowedRedirectUrls);
}

void TestSystemRegisterClient::updateRightsReportsUnknownResources()
{
    AltinnTestSession session;
    const SystemDefinition registered = AltinnTestSession::exampleSystem();
    QVERIFY(session.registerSystem(registered));
    SystemRegisterClient client(session.transport());

    CallResult<Altinn::UpdateResult> done;
    client.updateRights(registered.id, {Altinn::Right::forResource(u"finnes-ikke"_s)}, done.callback());
    QVERIFY(done.wait());
    QCOMPARE(done->httpStatus, 400);
    QVERIFY(done->failure.error.hasCode(u"AUTH.VLD-00003"_s));
    QCOMPARE(storedSystem(session, registered.id).rights, registered.rights);
}

void TestSystemRegisterClient::removeMarksTheSystemDeleted()
{
    AltinnTestSession session;
    SystemDefinition registered = AltinnTestSession::exampleSystem();
    registered.clientIds = {u"7b1c0f4e-2b7d-4e1a-9c0b-2d4e6f8a1b3c"_s};
    QVERIFY(session.registerSystem(registered));
    SystemRegisterClient client(session.transport());

    CallResult<Altinn::UpdateResult> removed;
    client.remove(registered.id, removed.callback());
    QVERIFY(removed.wait());
    QVERIFY2(removed->ok(), removed.failureText());
    QVERIFY(removed.value().succeeded);

    CallResult<SystemDefinition> got;
    client.get(registered.id, got.callback());
    QVERIFY(got.wait());
    QVERIFY2(got->ok(), got.failureText());
    QCOMPARE(got.value().isDeleted, std::optional<bool>(true));

    CallResult<Altinn::UpdateResult> unknown;
    client.remove(u"991825827_finnesikke"_s, unknown.callback());
    QVERIFY(unknown.wait());
    QCOMPARE(unknown->failure.kind, ApiFailure::Kind::Http);
    QCOMPARE(unknown->httpStatus, 400);
}

void TestSystemRegisterClient::changelogRecordsCreateAndUpdate()
{
    AltinnTestSession session;
    const SystemDefinition registered = AltinnTestSession::exampleSystem();
    SystemRegisterClient client(session.transport());
    CallResult<QString> created;
    client.create(registered, created.callback());
    QVERIFY(created.wait());
    QVERIFY2(created->ok(), created.failureText());
    CallResult<Altinn::UpdateResult> rights;
    client.updateRights(
        registered.id, {Altinn::Right::forResource(AltinnTestSession::App)}, rights.callback());
    QVERIFY(rights.wait());
    QVERIFY2(rights->ok(), rights.failureText());

    CallResult<QList<Altinn::ChangeLogEntry>> log;
    client.changelog(registered.id, log.callback());
    QVERIFY(log.wait());
    QVERIFY2(log->ok(), log.failureText());
    QStringList types;
    for (const auto &entry : log.value()) {
        types.append(entry.changeType);
        QCOMPARE(entry.systemInternalId, created.value());
    }
    types.sort(); // the order is the server's
    QCOMPARE(types, (QStringList{u"create"_s, u"rightsupdate"_s}));

    CallResult<QList<Altinn::ChangeLogEntry>> unknown;
    client.changelog(u"991825827_finnesikke"_s, unknown.callback());
    QVERIFY(unknown.wait());
    QCOMPARE(unknown->httpStatus, 404);
}

void TestSystemRegisterClient::cancelledUpdateAnswersCancelledOnceAndChangesNothing()
{
    AltinnTestSession session;
    const SystemDefinition registered = AltinnTestSession::exampleSystem();
    QVERIFY(session.registerSystem(registered));
    SystemRegisterClient client(session.transport());
    SystemDefinition local = registered;
    local.name[u"nb"_s] = u"Skal ikke lagres"_s;

    // Cancel when the PUT asks for its token, i.e. after the GET has answered.
    CallResult<SystemDefinition> updated;
    Altinn::ApiOperation *operation =
        client.update(local, SystemRegisterClient::Field::Name, updated.callback());
    QPointer<Altinn::ApiOperation> guard(operation);
    session.tokens().setOnRequest([&guard](int issued) {
        if (issued == 2 && guard)
            guard->cancel();
    });
    bool finished = false;
    connect(operation, &Altinn::ApiOperation::finished, this, [&finished] { finished = true; });
    QVERIFY(updated.wait());
    QCOMPARE(updated->failure.kind, ApiFailure::Kind::Cancelled);
    QTRY_VERIFY(finished);
    QTest::qWait(50);
    QCOMPARE(updated.calls(), 1);
    QCOMPARE(storedSystem(session, registered.id).name, registered.name);
}

QTEST_GUILESS_MAIN(TestSystemRegisterClient)
#include "TestSystemRegisterClient.moc"
