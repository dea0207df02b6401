#include "onboarding/OnboardingAdvice.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Altinn::OnboardingAdvice;
using Altinn::OnboardingSummary;
using Altinn::RequestStatus;
using Altinn::SystemUserRequestResponse;

/// The Summary page's "pending" and "next steps": what a vendor should do after this run.
class TestOnboardingAdvice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unpublishedSystemComesFirstAndAlone();
    void waitingRequestIsPendingWithItsLink();
    void expiredAndRejectedRequestsAskForANewOne();
    void approvedWithoutTokenTestSuggestsTheTest();
    void failedTokenTestIsToBeFixed();
    void missingClientIdIsNamed();
    void environmentDecidesWhereToGoNext_data();
    void environmentDecidesWhereToGoNext();

private:
    static SystemUserRequestResponse request(
        const QString &orgNo, RequestStatus status, bool timedOut = false);
    static OnboardingAdvice::Facts published();
};

SystemUserRequestResponse TestOnboardingAdvice::request(
    const QString &orgNo, RequestStatus status, bool timedOut)
{
    SystemUserRequestResponse request;
    request.id = u"id-"_s + orgNo;
    request.partyOrgNo = orgNo;
    request.status = status;
    request.timedOut = timedOut;
    request.created = QDateTime(QDate(2026, 3, 2), QTime(9, 14), Qt::UTC);
    request.confirmUrl = u"https://am.ui.tt02.altinn.no/systemuser/request?id="_s + request.id;
    return request;
}

OnboardingAdvice::Facts TestOnboardingAdvice::published()
{
    OnboardingAdvice::Facts facts;
    facts.systemPublished = true;
    facts.clientIds = {u"3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"_s};
    return facts;
}

void TestOnboardingAdvice::unpublishedSystemComesFirstAndAlone()
{
    OnboardingSummary summary;
    summary.requests = {request(u"310904473"_s, RequestStatus::New)};
    const QStringList steps = OnboardingAdvice::nextSteps(summary, OnboardingAdvice::Facts{});
    QCOMPARE(steps.size(), 1);
    QVERIFY(steps.first().startsWith(u"Publish the system definition"_s));
}

void TestOnboardingAdvice::waitingRequestIsPendingWithItsLink()
{
    OnboardingSummary summary;
    summary.requests = {
        request(u"310904473"_s, RequestStatus::New), request(u"314250052"_s, RequestStatus::Accepted)};
    summary.organisationNames = {{u"310904473"_s, u"Kunde AS"_s}};
    const QStringList pending = OnboardingAdvice::pendingItems(summary);
    QCOMPARE(pending.size(), 1);
    QVERIFY(pending.first().contains(u"Kunde AS (310904473)"_s));
    QVERIFY(pending.first().contains(summary.requests.first().confirmUrl));
    const QStringList steps = OnboardingAdvice::nextSteps(summary, published());
    QVERIFY(steps.first().startsWith(u"Send the approval link to Kunde AS (310904473)"_s));
    QVERIFY(steps.last().startsWith(u"Onboard the next customer"_s));
}

void TestOnboardingAdvice::expiredAndRejectedRequestsAskForANewOne()
{
    OnboardingSummary summary;
    summary.requests = {
        request(u"310904473"_s, RequestStatus::New, true), request(u"314250052"_s, RequestStatus::Rejected)};
    const QStringList pending = OnboardingAdvice::pendingItems(summary);
    QCOMPARE(pending.size(), 2);
    QVERIFY(pending.at(0).contains(u"expired"_s));
    QVERIFY(pending.at(1).contains(u"rejected"_s));
    const QStringList steps = OnboardingAdvice::nextSteps(summary, published());
    QVERIFY(steps.at(0).startsWith(u"Delete the expired request to 310904473"_s));
    QVERIFY(steps.at(1).contains(u"314250052"_s));
    // Nobody has a system user yet, so there is nothing to test.
    QVERIFY(std::none_of(
        steps.cbegin(), steps.cend(), [](const QString &step) { return step.startsWith(u"Test"_s); }));
}

void TestOnboardingAdvice::approvedWithoutTokenTestSuggestsTheTest()
{
    OnboardingSummary summary;
    summary.requests = {request(u"310904473"_s, RequestStatus::Accepted)};
    const QStringList steps = OnboardingAdvice::nextSteps(summary, published());
    QVERIFY(steps.first().startsWith(u"Test authentication"_s));
    QVERIFY(OnboardingAdvice::pendingItems(summary).isEmpty());

    OnboardingSummary tested = summary;
    tested.tokenTest =
        OnboardingSummary::TokenTest{true, QDateTime::currentDateTimeUtc(), u"310904473"_s, {}, {}, {}};
    QVERIFY(!OnboardingAdvice::nextSteps(tested, published()).first().startsWith(u"Test authentication"_s));
}

void TestOnboardingAdvice::failedTokenTestIsToBeFixed()
{
    OnboardingSummary summary;
    summary.requests = {request(u"310904473"_s, RequestStatus::Accepted)};
    summary.tokenTest = OnboardingSummary::TokenTest{
        false, QDateTime::currentDateTimeUtc(), u"310904473"_s, {}, {}, u"MP-303"_s};
    QVERIFY(OnboardingAdvice::nextSteps(summary, published())
                .first()
                .startsWith(u"Fix what stopped the authentication test for 310904473"_s));
}

void TestOnboardingAdvice::missingClientIdIsNamed()
{
    OnboardingAdvice::Facts facts = published();
    facts.clientIds.clear();
    const QStringList steps = OnboardingAdvice::nextSteps(OnboardingSummary{}, facts);
    QVERIFY(steps.first().startsWith(u"Add your Maskinporten client id"_s));
    QVERIFY(steps.contains(u"Ask your first customer for a system user."_s));
}

void TestOnboardingAdvice::environmentDecidesWhereToGoNext_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sandbox") << int(Altinn::Environment::Kind::Sandbox) << u"TT02"_s;
    QTest::newRow("tt02") << int(Altinn::Environment::Kind::Tt02) << u"production"_s;
    QTest::newRow("production") << int(Altinn::Environment::Kind::Production) << QString();
}

void TestOnboardingAdvice::environmentDecidesWhereToGoNext()
{
    QFETCH(int, environment);
    QFETCH(QString, expected);
    OnboardingAdvice::Facts facts = published();
    facts.environment = static_cast<Altinn::Environment::Kind>(environment);
    OnboardingSummary summary;
    summary.requests = {request(u"310904473"_s, RequestStatus::Accepted)};
    summary.tokenTest =
        OnboardingSummary::TokenTest{true, QDateTime::currentDateTimeUtc(), u"310904473"_s, {}, {}, {}};
    OnboardingAdvice::fill(summary, facts);
    QVERIFY(summary.pendingItems.isEmpty());
    if (expected.isEmpty()) {
        QCOMPARE(summary.nextSteps.size(), 1); // only the next customer
    } else {
        QCOMPARE(summary.nextSteps.size(), 2);
        QVERIFY(summary.nextSteps.first().contains(expected));
    }
    QVERIFY(summary.nextSteps.last().startsWith(u"Onboard the next customer"_s));
}

QTEST_GUILESS_MAIN(TestOnboardingAdvice)
#include "TestOnboardingAdvice.moc"
