#include "AltinnTestSession.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "model/DelegationReason.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using Altinn::DelegationReason;
using Altinn::ErrorExplainer;
using Altinn::Explanation;

/**
 * The approver's side through the sandbox control client (docs/sandbox.md#who-approves): the customer's test
 * persons, approval as one of them with the failure's code and `delegationReasons` reaching the caller,
 * escalation, and what ErrorExplainer makes of those answers for the vendor.
 */
class TestSandboxApproverClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void personsOfTheCustomer();
    void personsOfARequest();
    void approvalByAPersonWithoutTheRoleIsExplained();
    void approvalByAPersonLackingARightNamesTheRight();
    void undelegableRightIsTheVendorsToFix();
    void changeRequestApprovalNamesTheBlockedRight();
    void escalationReachesTheLists();
    void delegationReasonsRoundTrip();

private:
    QString createRequest(const QStringList &resources, const QString &externalRef = {});

    std::unique_ptr<AltinnTestSession> m_session;
    std::unique_ptr<Altinn::SandboxControlClient> m_control;
};

void TestSandboxApproverClient::init()
{
    m_session = std::make_unique<AltinnTestSession>();
    QVERIFY(m_session->isListening());
    m_control = std::make_unique<Altinn::SandboxControlClient>(m_session->transport());
}

QString TestSandboxApproverClient::createRequest(const QStringList &resources, const QString &externalRef)
{
    Altinn::SystemDefinition system = AltinnTestSession::exampleSystem();
    // A right nobody can delegate (delegable: false in the catalogue) besides the usual ones.
    system.rights->append(Altinn::Right::forResource(u"korrespondanse-fra-sivilforsvaret"_s));
    if (!m_session->sandbox().context().state.systems.contains(system.id)
        && !m_session->registerSystem(system))
        return {};
    QJsonArray rights;
    for (const QString &resource : resources)
        rights.append(Altinn::Right::forResource(resource).toJson());
    QJsonObject body{
        {u"systemId"_s, system.id}, {u"partyOrgNo"_s, AltinnTestSession::Customer}, {u"rights"_s, rights}};
    if (!externalRef.isEmpty())
        body.insert(u"externalRef"_s, externalRef);
    return m_session->sandbox()
        .post(u"authentication/api/v1/systemuser/request/vendor"_s, body, m_session->sandbox().vendorToken())
        .object()
        .value(u"id"_s)
        .toString();
}

void TestSandboxApproverClient::personsOfTheCustomer()
{
    CallResult<QList<Altinn::SandboxPerson>> persons;
    m_control->persons(AltinnTestSession::Customer, {}, persons.callback());
    QVERIFY(persons.wait());
    QVERIFY2(persons->ok(), persons.failureText());
    QCOMPARE(persons.value().size(), 3);
    const Altinn::SandboxPerson &manager = persons.value().at(0);
    QCOMPARE(manager.id, u"person-1"_s);
    QVERIFY(manager.accessManager);
    QCOMPARE(manager.roles, QStringList{u"tilgangsstyrer"_s});
    QCOMPARE(manager.lacks, u"nothing"_s);
    QVERIFY(!manager.name.isEmpty());
    QVERIFY(!manager.canApprove.has_value());
    QVERIFY(!persons.value().at(1).accessManager);
    QCOMPARE(persons.value().at(2).lacks, u"firstRequested"_s);

    CallResult<QList<Altinn::SandboxPerson>> unknown;
    m_control->persons(AltinnTestSession::UnknownOrg, {}, unknown.callback());
    QVERIFY(unknown.wait());
    QCOMPARE(unknown->failure.httpStatus(), 404);
}

void TestSandboxApproverClient::personsOfARequest()
{
    const QString id = createRequest({AltinnTestSession::Krav});
    QVERIFY(!id.isEmpty());
    CallResult<QList<Altinn::SandboxPerson>> persons;
    m_control->persons(AltinnTestSession::Customer, id, persons.callback());
    QVERIFY(persons.wait());
    QVERIFY2(persons->ok(), persons.failureText());
    QCOMPARE(persons.value().at(0).canApprove, std::optional<bool>(true));
    QCOMPARE(persons.value().at(1).problemCode, u"AUTH-00066"_s);
    QVERIFY(persons.value().at(1).canEscalate);
    const Altinn::SandboxPerson &lacking = persons.value().at(2);
    QCOMPARE(lacking.canApprove, std::optional<bool>(false));
    QCOMPARE(lacking.problemCode, u"AUTH-00016"_s);
    QCOMPARE(lacking.blocked,
        (QList{DelegationReason{
            DelegationReason::Type::Resource, AltinnTestSession::Krav, {u"MissingRoleAccess"_s}}}));
}

void TestSandboxApproverClient::approvalByAPersonWithoutTheRoleIsExplained()
{
    const QString id = createRequest({AltinnTestSession::Krav});
    CallResult<Altinn::Done> approved;
    m_control->approveRequest(id, u"person-2"_s, approved.callback());
    QVERIFY(approved.wait());
    QVERIFY(!approved->ok());
    QCOMPARE(approved->failure.kind, Altinn::ApiFailure::Kind::Http);
    QCOMPARE(approved->failure.httpStatus(), 403);
    QCOMPARE(approved->failure.error.code, u"AUTH-00066"_s);

    const Explanation explanation = ErrorExplainer::explain(approved->failure);
    QCOMPARE(explanation.code, u"AUTH-00066"_s);
    QVERIFY2(explanation.summary.contains(u"Access manager"_s), qPrintable(explanation.summary));
    QVERIFY2(explanation.summary.contains(u"Tilgangsstyrer"_s), qPrintable(explanation.summary));
    QVERIFY2(explanation.remedy.contains(u"escalate"_s), qPrintable(explanation.remedy));
    QVERIFY2(explanation.remedy.contains(u"every right"_s), qPrintable(explanation.remedy));

    // The request still waits; the full access manager (the default) approves it.
    CallResult<Altinn::Done> byDefault;
    m_control->approveRequest(id, {}, byDefault.callback());
    QVERIFY(byDefault.wait());
    QVERIFY2(byDefault->ok(), byDefault.failureText());
}

void TestSandboxApproverClient::approvalByAPersonLackingARightNamesTheRight()
{
    const QString id = createRequest({AltinnTestSession::Krav, AltinnTestSession::App});
    CallResult<Altinn::Done> approved;
    m_control->approveRequest(id, u"person-3"_s, approved.callback());
    QVERIFY(approved.wait());
    QVERIFY(!approved->ok());
    const Altinn::ApiError &error = approved->failure.error;
    QCOMPARE(error.httpStatus, 403);
    QCOMPARE(error.code, u"AUTH-00016"_s);
    // The extension reaches the caller as Altinn sends it: a JSON list in a string member.
    const QList<DelegationReason> reasons =
        DelegationReason::fromExtension(error.extensions.value(DelegationReason::extensionName()));
    QCOMPARE(reasons.size(), 1);
    QCOMPARE(reasons.first().id, AltinnTestSession::Krav);

    const Explanation explanation = ErrorExplainer::explain(approved->failure);
    QVERIFY2(explanation.summary.contains(u"all-or-nothing"_s), qPrintable(explanation.summary));
    QVERIFY2(explanation.remedy.contains(u"Access manager"_s), qPrintable(explanation.remedy));
    QCOMPARE(explanation.fieldMessages.size(), 1);
    QVERIFY2(explanation.fieldMessages.first().contains(AltinnTestSession::Krav),
        qPrintable(explanation.fieldMessages.first()));
    QVERIFY2(explanation.fieldMessages.first().contains(u"no role of the approver gives this right"_s),
        qPrintable(explanation.fieldMessages.first()));
    QVERIFY(explanation.fullText().contains(AltinnTestSession::Krav));
    QCOMPARE(explanation.action, Explanation::Remedy::None);
}

void TestSandboxApproverClient::undelegableRightIsTheVendorsToFix()
{
    const QString id = createRequest({u"korrespondanse-fra-sivilforsvaret"_s});
    QVERIFY(!id.isEmpty());
    CallResult<Altinn::Done> approved;
    m_control->approveRequest(id, u"person-1"_s, approved.callback());
    QVERIFY(approved.wait());
    QCOMPARE(approved->failure.error.code, u"AUTH-00070"_s);
    const Explanation explanation = ErrorExplainer::explain(approved->failure);
    QCOMPARE(explanation.action, Explanation::Remedy::UpdateSystem);
    QVERIFY2(explanation.summary.contains(u"by anyone"_s), qPrintable(explanation.summary));
    QVERIFY(explanation.fieldMessages.value(0).contains(u"korrespondanse-fra-sivilforsvaret"_s));
}

void TestSandboxApproverClient::changeRequestApprovalNamesTheBlockedRight()
{
    const QString userId = createRequest({AltinnTestSession::Krav});
    CallResult<Altinn::Done> approved;
    m_control->approveRequest(userId, {}, approved.callback());
    QVERIFY(approved.wait());
    QVERIFY2(approved->ok(), approved.failureText());
    const QString changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto created = m_session->sandbox().post(
        u"authentication/api/v1/systemuser/changerequest/vendor?correlation-id="_s + changeId
            + u"&system-user-id="_s + userId,
        QJsonObject{
            {u"requiredRights"_s, QJsonArray{Altinn::Right::forResource(AltinnTestSession::App).toJson()}}},
        m_session->sandbox().vendorToken());
    QCOMPARE(created.status, 201);

    CallResult<Altinn::Done> change;
    m_control->approveRequest(changeId, u"person-3"_s, change.callback());
    QVERIFY(change.wait());
    QCOMPARE(change->failure.error.code, u"AUTH-00001"_s);
    // AUTH-00001 from an approval is about the approver, not about what the vendor sent.
    const Explanation explanation = ErrorExplainer::explain(change->failure);
    QVERIFY2(explanation.summary.contains(u"tried to approve"_s), qPrintable(explanation.summary));
    QVERIFY(explanation.fieldMessages.value(0).contains(AltinnTestSession::App));
    QCOMPARE(explanation.action, Explanation::Remedy::None);

    CallResult<Altinn::Done> escalated;
    m_control->escalateRequest(changeId, {}, escalated.callback());
    QVERIFY(escalated.wait());
    QCOMPARE(escalated->failure.httpStatus(), 400);
}

void TestSandboxApproverClient::escalationReachesTheLists()
{
    const QString id = createRequest({AltinnTestSession::Krav});
    CallResult<Altinn::Done> escalated;
    m_control->escalateRequest(id, u"person-2"_s, escalated.callback());
    QVERIFY(escalated.wait());
    QVERIFY2(escalated->ok(), escalated.failureText());
    const QJsonArray list = m_session->sandbox()
                                .get(u"authentication/api/v1/systemuser/request/vendor/bysystem/"_s
                                        + AltinnTestSession::exampleSystem().id,
                                    m_session->sandbox().vendorToken())
                                .object()
                                .value(u"data"_s)
                                .toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(u"escalated"_s), QJsonValue(true));
    QCOMPARE(list.at(0).toObject().value(u"status"_s), QJsonValue(u"New"_s));
}

void TestSandboxApproverClient::delegationReasonsRoundTrip()
{
    const QList<DelegationReason> reasons{
        {DelegationReason::Type::Resource, u"a"_s, {u"MissingRoleAccess"_s, u"MissingDelegationAccess"_s}},
        {DelegationReason::Type::Package, u"urn:altinn:accesspackage:b"_s, {u"MissingPackageAccess"_s}}};
    QCOMPARE(DelegationReason::fromExtension(DelegationReason::toExtension(reasons)), reasons);
    // Leniently read, like the portal: anything but a list is no list.
    QVERIFY(DelegationReason::fromExtension(u"Ressurs A: MissingRoleAccess"_s).isEmpty());
    QVERIFY(DelegationReason::fromExtension(u"{}"_s).isEmpty());
    QCOMPARE(DelegationReason::fromExtension(u"[{\"id\":\"x\"},{\"type\":\"package\"},7]"_s).size(), 1);
    QCOMPARE(DelegationReason::problemCodeFor(u"MissingRoleAccess"_s), u"AUTH-00016"_s);
    QCOMPARE(DelegationReason::problemCodeFor(u"ResourceIsMaskinPortenSchema"_s), u"AUTH-00071"_s);
    QCOMPARE(DelegationReason::problemCodeFor(u"Something new"_s), u"AUTH-00014"_s);
}

QTEST_GUILESS_MAIN(TestSandboxApproverClient)
#include "TestSandboxApproverClient.moc"
