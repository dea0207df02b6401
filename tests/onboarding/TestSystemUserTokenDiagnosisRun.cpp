#include "AltinnTestSession.h"
#include "altinn/RequestClient.h"
#include "altinn/SystemRegisterClient.h"
#include "altinn/SystemUserClient.h"
#include "onboarding/SystemUserTokenDiagnosisRun.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::SystemUserTokenDiagnosis;
using Altinn::SystemUserTokenDiagnosisRun;
using Cause = Altinn::SystemUserTokenDiagnosis::Cause;

/// The MP-303 cross-check fetching its facts from the sandbox over HTTP.
class TestSystemUserTokenDiagnosisRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesTheCauseFromWhatTheSandboxSays();
    void unknownSystemIsNotFound();
    void cancelledRunSaysNothing();

private:
    static QList<Cause> likelyCauses(const QList<SystemUserTokenDiagnosis::Finding> &findings);
};

void TestSystemUserTokenDiagnosisRun::initTestCase()
{
    qRegisterMetaType<QList<SystemUserTokenDiagnosis::Finding>>();
}

QList<Cause> TestSystemUserTokenDiagnosisRun::likelyCauses(
    const QList<SystemUserTokenDiagnosis::Finding> &findings)
{
    QList<Cause> result;
    for (const auto &finding : findings) {
        if (finding.isLikelyCause)
            result.append(finding.cause);
    }
    return result;
}

void TestSystemUserTokenDiagnosisRun::namesTheCauseFromWhatTheSandboxSays()
{
    AltinnTestSession session;
    QVERIFY(session.isListening());
    auto system = AltinnTestSession::exampleSystem();
    const QString clientId = u"3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"_s;
    system.clientIds = {clientId};
    QVERIFY(session.registerSystem(system));
    const auto created = session.sandbox().post(u"authentication/api/v1/systemuser/request/vendor"_s,
        QJsonObject{{u"systemId"_s, system.id}, {u"partyOrgNo"_s, AltinnTestSession::Customer},
            {u"rights"_s, QJsonArray{Altinn::Right::forResource(AltinnTestSession::Krav).toJson()}}},
        session.sandbox().vendorToken());
    QCOMPARE(created.status, 201);
    QCOMPARE(session.approve(created.object().value(u"id"_s).toString()), 200);

    Altinn::SystemRegisterClient systemRegister(session.transport());
    Altinn::SystemUserClient systemUsers(session.transport());
    Altinn::RequestClient requests(session.transport());
    SystemUserTokenDiagnosisRun run(&systemRegister, &systemUsers, &requests);
    QSignalSpy finished(&run, &SystemUserTokenDiagnosisRun::finished);

    // The system user was created without an externalRef; the grant sent one.
    run.start({system.id, clientId, SandboxHarness::VendorOrg, AltinnTestSession::Customer, u"kunde-1"_s});
    QVERIFY(run.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    auto findings = finished.at(0).at(0).value<QList<SystemUserTokenDiagnosis::Finding>>();
    QCOMPARE(likelyCauses(findings), QList{Cause::ExternalRefMismatch});
    QVERIFY(run.facts().registeredSystem.has_value());
    QCOMPARE(run.facts().systemUsers->size(), 1);
    QCOMPARE(run.facts().requests->size(), 1);

    // Another client than the system lists.
    run.start({system.id, u"another-client"_s, SandboxHarness::VendorOrg, AltinnTestSession::Customer, {}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    findings = finished.at(1).at(0).value<QList<SystemUserTokenDiagnosis::Finding>>();
    QCOMPARE(likelyCauses(findings), QList{Cause::ClientIdMissing});

    // Everything right: the cause lies elsewhere.
    run.start({system.id, clientId, SandboxHarness::VendorOrg, AltinnTestSession::Customer, {}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
    findings = finished.at(2).at(0).value<QList<SystemUserTokenDiagnosis::Finding>>();
    QCOMPARE(likelyCauses(findings), QList{Cause::AllMatches});
}

void TestSystemUserTokenDiagnosisRun::unknownSystemIsNotFound()
{
    AltinnTestSession session;
    Altinn::SystemRegisterClient systemRegister(session.transport());
    Altinn::SystemUserClient systemUsers(session.transport());
    Altinn::RequestClient requests(session.transport());
    SystemUserTokenDiagnosisRun run(&systemRegister, &systemUsers, &requests);
    QSignalSpy finished(&run, &SystemUserTokenDiagnosisRun::finished);
    run.start({SandboxHarness::VendorOrg + u"_missing"_s, u"client"_s, SandboxHarness::VendorOrg,
        AltinnTestSession::Customer, {}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const auto findings = finished.at(0).at(0).value<QList<SystemUserTokenDiagnosis::Finding>>();
    QCOMPARE(likelyCauses(findings), QList{Cause::SystemNotFound});
    QCOMPARE(findings.size(), 1); // no noise about the lists that could not be read either
}

void TestSystemUserTokenDiagnosisRun::cancelledRunSaysNothing()
{
    AltinnTestSession session;
    Altinn::SystemRegisterClient systemRegister(session.transport());
    Altinn::SystemUserClient systemUsers(session.transport());
    Altinn::RequestClient requests(session.transport());
    SystemUserTokenDiagnosisRun run(&systemRegister, &systemUsers, &requests);
    QSignalSpy finished(&run, &SystemUserTokenDiagnosisRun::finished);
    run.start({SandboxHarness::VendorOrg + u"_missing"_s, u"client"_s, SandboxHarness::VendorOrg,
        AltinnTestSession::Customer, {}});
    run.cancel();
    QVERIFY(!run.isRunning());
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
}

QTEST_GUILESS_MAIN(TestSystemUserTokenDiagnosisRun)
#include "TestSystemUserTokenDiagnosisRun.moc"
