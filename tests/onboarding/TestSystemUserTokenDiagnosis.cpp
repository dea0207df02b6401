#include "onboarding/SystemUserTokenDiagnosis.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::SystemUserTokenDiagnosis;
using Cause = Altinn::SystemUserTokenDiagnosis::Cause;

/// MP-303 cross-check: each cause named from what the register and the request APIs say.
class TestSystemUserTokenDiagnosis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everythingMatchesPointsElsewhere();
    void clientIdMissingFromTheSystem();
    void systemNotRegistered();
    void systemDeleted();
    void systemOfAnotherVendor();
    void noRequestSent();
    void requestStillNew();
    void requestRejected();
    void approvedButSystemUserDeleted();
    void externalRefMismatch_data();
    void externalRefMismatch();
    void agentFirmMustBeNamed();
    void externalRefOfAnotherCustomer();
    void invalidCustomerOrg();
    void incompleteChecksAreSaidAndNeverClaimAllMatches();
    void likelyCausesComeFirst();

private:
    static SystemUserTokenDiagnosis::Facts matchingFacts();
    static Altinn::SystemUser systemUser(
        const QString &org, const QString &externalRef, const QString &type = u"standard"_s);
    static Altinn::SystemUserRequestResponse request(
        const QString &org, Altinn::RequestStatus status, const QString &externalRef);
    static QList<Cause> causes(const QList<SystemUserTokenDiagnosis::Finding> &findings);
    static QList<Cause> likelyCauses(const QList<SystemUserTokenDiagnosis::Finding> &findings);
};

namespace {
const QString Vendor = u"991825827"_s;
const QString Customer = u"310904473"_s;
const QString AgentFirm = u"314250052"_s;
const QString ClientId = u"3f1c0d2e-0000-4000-8000-000000000001"_s;
const QString SystemId = u"991825827_smartregnskap"_s;
} // namespace

Altinn::SystemUser TestSystemUserTokenDiagnosis::systemUser(
    const QString &org, const QString &externalRef, const QString &type)
{
    Altinn::SystemUser user;
    user.id = u"505f8488-3d48-4c15-8e21-35cb9432f815"_s;
    user.systemId = SystemId;
    user.reporteeOrgNo = org;
    user.supplierOrgno = Vendor;
    user.externalRef = externalRef;
    user.userType = type;
    return user;
}

Altinn::SystemUserRequestResponse TestSystemUserTokenDiagnosis::request(
    const QString &org, Altinn::RequestStatus status, const QString &externalRef)
{
    Altinn::SystemUserRequestResponse response;
    response.id = u"505f8488-3d48-4c15-8e21-35cb9432f815"_s;
    response.systemId = SystemId;
    response.partyOrgNo = org;
    response.externalRef = externalRef;
    response.status = status;
    response.created = QDateTime::currentDateTimeUtc().addDays(-1);
    return response;
}

SystemUserTokenDiagnosis::Facts TestSystemUserTokenDiagnosis::matchingFacts()
{
    SystemUserTokenDiagnosis::Facts facts;
    facts.systemId = SystemId;
    facts.clientId = ClientId;
    facts.vendorOrgNo = Vendor;
    facts.customerOrgNo = Customer;
    facts.externalRef = u"kunde-4711"_s;
    Altinn::SystemDefinition system;
    system.id = SystemId;
    system.setVendorOrgNumber(Vendor);
    system.clientIds = {ClientId.toUpper()}; // the lookup ignores case
    system.isDeleted = false;
    facts.registeredSystem = system;
    facts.systemUsers = QList{systemUser(Customer, u"kunde-4711"_s)};
    facts.requests = QList{request(Customer, Altinn::RequestStatus::Accepted, u"kunde-4711"_s)};
    return facts;
}

QList<Cause> TestSystemUserTokenDiagnosis::causes(const QList<SystemUserTokenDiagnosis::Finding> &findings)
{
    // Every finding must say what is wrong and what to do; one without text spoils the comparison.
    QList<Cause> result;
    for (const auto &finding : findings) {
        if (finding.summary.isEmpty() || finding.remedy.isEmpty())
            return {};
        result.append(finding.cause);
    }
    return result;
}

QList<Cause> TestSystemUserTokenDiagnosis::likelyCauses(
    const QList<SystemUserTokenDiagnosis::Finding> &findings)
{
    QList<Cause> result;
    for (const auto &finding :
        causes(findings).isEmpty() ? QList<SystemUserTokenDiagnosis::Finding>{} : findings) {
        if (finding.isLikelyCause)
            result.append(finding.cause);
    }
    return result;
}

void TestSystemUserTokenDiagnosis::everythingMatchesPointsElsewhere()
{
    const auto findings = SystemUserTokenDiagnosis::diagnose(matchingFacts());
    QCOMPARE(causes(findings), QList{Cause::AllMatches});
    QVERIFY(findings.first().isLikelyCause);
    QVERIFY(findings.first().summary.contains(u"kunde-4711"_s));
    QVERIFY(!findings.first().remedy.isEmpty());

    // Without an externalRef in the grant the default (the org number) must match.
    auto facts = matchingFacts();
    facts.externalRef.clear();
    facts.systemUsers = QList{systemUser(Customer, Customer)};
    QCOMPARE(causes(SystemUserTokenDiagnosis::diagnose(facts)), QList{Cause::AllMatches});
}

void TestSystemUserTokenDiagnosis::clientIdMissingFromTheSystem()
{
    auto facts = matchingFacts();
    facts.registeredSystem->clientIds = {u"another-client"_s};
    const auto findings = SystemUserTokenDiagnosis::diagnose(facts);
    QCOMPARE(likelyCauses(findings), QList{Cause::ClientIdMissing});
    QVERIFY(findings.first().summary.contains(ClientId));
}

void TestSystemUserTokenDiagnosis::systemNotRegistered()
{
    auto facts = matchingFacts();
    facts.registeredSystem.reset();
    Altinn::ApiError notFound;
    notFound.httpStatus = 404;
    facts.systemFailure = Altinn::ApiFailure::http(notFound);
    facts.systemUsers.reset(); // listing fails the same way: not reported as a separate problem
    facts.systemUsersFailure = facts.systemFailure;
    QCOMPARE(causes(SystemUserTokenDiagnosis::diagnose(facts)), QList{Cause::SystemNotFound});
}

void TestSystemUserTokenDiagnosis::systemDeleted()
{
    auto facts = matchingFacts();
    facts.registeredSystem->isDeleted = true;
    QCOMPARE(likelyCauses(SystemUserTokenDiagnosis::diagnose(facts)), QList{Cause::SystemDeleted});
}

void TestSystemUserTokenDiagnosis::systemOfAnotherVendor()
{
    auto facts = matchingFacts();
    facts.vendorOrgNo = u"310547891"_s;
    QCOMPARE(likelyCauses(SystemUserTokenDiagnosis::diagnose(facts)), QList{Cause::VendorMismatch});
}

void TestSystemUserTokenDiagnosis::noRequestSent()
{
    auto facts = matchingFacts();
    facts.systemUsers = QList<Altinn::SystemUser>{};
    facts.requests = QList<Altinn::SystemUserRequestResponse>{};
    const auto findings = SystemUserTokenDiagnosis::diagnose(facts);
    QCOMPARE(likelyCauses(findings), QList{Cause::NoRequestSent});
    QVERIFY(findings.first().remedy.contains(Customer));
}

void TestSystemUserTokenDiagnosis::requestStillNew()
{
    auto facts = matchingFacts();
    facts.systemUsers = QList<Altinn::SystemUser>{};
    facts.requests = QList{request(Customer, Altinn::RequestStatus::New, u"kunde-4711"_s)};
    QCOMPARE(likelyCauses(SystemUserTokenDiagnosis::diagnose(facts)), QList{Cause::RequestPending});
}

void TestSystemUserTokenDiagnosis::requestRejected()
{
    auto facts = matchingFacts();
    facts.systemUsers = QList<Altinn::SystemUser>{};
    // An older pending request for another ref, and the rejected one for the ref the grant used.
    auto older = request(Customer, Altinn::RequestStatus::New, u"other"_s);
    older.created = older.created.addDays(-10);
    facts.requests = QList{older, request(Customer, Altinn::RequestStatus::Rejected, u"kunde-4711"_s)};
    QCOMPARE(likelyCauses(SystemUserTokenDiagnosis::diagnose(facts)), QList{Cause::RequestRejected});
}

void TestSystemUserTokenDiagnosis::approvedButSystemUserDeleted()
{
    auto facts = matchingFacts();
    auto deleted = systemUser(Customer, u"kunde-4711"_s);
    deleted.isDeleted = true;
    facts.systemUsers = QList{deleted};
    QCOMPARE(likelyCauses(SystemUserTokenDiagnosis::diagnose(facts)), QList{Cause::SystemUserDeleted});
}

void TestSystemUserTokenDiagnosis::externalRefMismatch_data()
{
    QTest::addColumn<QString>("grantRef");
    QTest::addColumn<QString>("storedRef");
    QTest::addColumn<QString>("remedyMentions");
    QTest::newRow("grant without ref, user with ref") << QString() << u"kunde-4711"_s << u"\"kunde-4711\""_s;
    QTest::newRow("grant with another ref") << u"kunde-1"_s << u"kunde-4711"_s << u"\"kunde-4711\""_s;
    QTest::newRow("grant with ref, user with default") << u"kunde-4711"_s << Customer << u"externalRef"_s;
}

void TestSystemUserTokenDiagnosis::externalRefMismatch()
{
    QFETCH(QString, grantRef);
    QFETCH(QString, storedRef);
    QFETCH(QString, remedyMentions);
    auto facts = matchingFacts();
    facts.externalRef = grantRef;
    facts.systemUsers = QList{systemUser(Customer, storedRef)};
    const auto findings = SystemUserTokenDiagnosis::diagnose(facts);
    QCOMPARE(likelyCauses(findings), QList{Cause::ExternalRefMismatch});
    QVERIFY(findings.first().summary.contains(storedRef));
    QVERIFY2(findings.first().remedy.contains(remedyMentions), qPrintable(findings.first().remedy));
}

void TestSystemUserTokenDiagnosis::agentFirmMustBeNamed()
{
    // The accountant firm has an agent system user; the grant named its client instead.
    auto facts = matchingFacts();
    facts.externalRef.clear();
    facts.systemUsers = QList{systemUser(AgentFirm, AgentFirm, u"agent"_s)};
    facts.requests = QList{request(AgentFirm, Altinn::RequestStatus::Accepted, AgentFirm)};
    const auto findings = SystemUserTokenDiagnosis::diagnose(facts);
    QVERIFY(likelyCauses(findings).contains(Cause::AgentFirmOrgNeeded));
    const auto agent = std::find_if(findings.cbegin(), findings.cend(),
        [](const auto &finding) { return finding.cause == Cause::AgentFirmOrgNeeded; });
    QVERIFY(agent->summary.contains(AgentFirm));
    QVERIFY(agent->summary.contains(Customer));

    // With a request sent to the customer itself, the pending request is the likely cause instead.
    facts.requests->append(request(Customer, Altinn::RequestStatus::New, Customer));
    QCOMPARE(likelyCauses(SystemUserTokenDiagnosis::diagnose(facts)), QList{Cause::RequestPending});
}

void TestSystemUserTokenDiagnosis::externalRefOfAnotherCustomer()
{
    auto facts = matchingFacts();
    facts.customerOrgNo = AgentFirm; // a valid number, but the ref belongs to Customer's system user
    const auto findings = SystemUserTokenDiagnosis::diagnose(facts);
    QCOMPARE(likelyCauses(findings), QList{Cause::WrongCustomerOrg});
    QVERIFY(findings.first().remedy.contains(Customer));
}

void TestSystemUserTokenDiagnosis::invalidCustomerOrg()
{
    auto facts = matchingFacts();
    facts.customerOrgNo = u"310904474"_s; // bad check digit
    QCOMPARE(likelyCauses(SystemUserTokenDiagnosis::diagnose(facts)).first(), Cause::InvalidCustomerOrg);
}

void TestSystemUserTokenDiagnosis::incompleteChecksAreSaidAndNeverClaimAllMatches()
{
    auto facts = matchingFacts();
    facts.registeredSystem.reset();
    facts.systemFailure = Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::Network, u"connection refused"_s);
    const auto findings = SystemUserTokenDiagnosis::diagnose(facts);
    QCOMPARE(causes(findings), QList{Cause::CouldNotCheck});
    QVERIFY(!findings.first().isLikelyCause);
}

void TestSystemUserTokenDiagnosis::likelyCausesComeFirst()
{
    auto facts = matchingFacts();
    facts.registeredSystem->clientIds.clear();
    facts.systemUsers.reset();
    facts.systemUsersFailure = Altinn::ApiFailure::of(Altinn::ApiFailure::Kind::TimedOut);
    const auto findings = SystemUserTokenDiagnosis::diagnose(facts);
    QCOMPARE(causes(findings), QList({Cause::ClientIdMissing, Cause::CouldNotCheck}));
}

QTEST_GUILESS_MAIN(TestSystemUserTokenDiagnosis)
#include "TestSystemUserTokenDiagnosis.moc"
