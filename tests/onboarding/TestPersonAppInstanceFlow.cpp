#include "../support/ScriptedIdPortenBrowser.h"
#include "../ui/SandboxVendorSession.h"
#include "onboarding/IdPortenLoginFlow.h"
#include "onboarding/PersonAppInstanceFlow.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Onboarding::IdPortenLoginFlow;
using Onboarding::PersonAppInstanceFlow;
using Outcome = Onboarding::PersonAppInstanceFlow::Outcome;

namespace {

const QString Kari = u"24908099411"_s; // general manager (DAGL) of 310904473
const QString Per = u"07819497634"_s; // holds no role anywhere
const QString Owner = u"310904473"_s;

} // namespace

/// The person-present path's last step against the sandbox: a logged-in person's token exchanged, then an
/// instance of the simulated app created for the organisation — or refused, explained.
class TestPersonAppInstanceFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kariCreatesAnInstanceFor310904473();
    void personWithoutRoleIsRefused();
    void tokenWithoutWriteScopeIsRefused();
    void tokenAltinnDoesNotTakeIsAnExchangeFailure();
    void cancelSaysSoOnce();

private:
    /// The ID-porten access token of @p pid, logged in with @p scopes; empty on failure.
    static QByteArray logIn(SandboxVendorSession &vendor, const QString &pid, const QStringList &scopes = {});
    static std::optional<Outcome> run(PersonAppInstanceFlow &flow, const QByteArray &token);
};

void TestPersonAppInstanceFlow::initTestCase()
{
    qRegisterMetaType<Outcome>();
    qRegisterMetaType<IdPortenLoginFlow::Outcome>();
}

QByteArray TestPersonAppInstanceFlow::logIn(
    SandboxVendorSession &vendor, const QString &pid, const QStringList &scopes)
{
    QNetworkAccessManager browserNetwork;
    IdPortenLoginFlow login(vendor.session());
    if (!scopes.isEmpty()) {
        IdPortenLoginFlow::Request request;
        request.scopes = scopes;
        login.setRequest(request);
    }
    login.setBrowserOpener([&](const QUrl &url) {
        QTimer::singleShot(
            0, &login, [&, url] { ScriptedIdPortenBrowser::run(browserNetwork, url, pid, true, true); });
        return true;
    });
    QSignalSpy finished(&login, &IdPortenLoginFlow::finished);
    login.start();
    if (!finished.wait(15000))
        return {};
    const auto outcome = finished.at(0).at(0).value<IdPortenLoginFlow::Outcome>();
    if (!outcome.isLoggedIn())
        qWarning("login failed: %s", qPrintable(outcome.explanation.fullText()));
    return outcome.accessToken;
}

std::optional<Outcome> TestPersonAppInstanceFlow::run(PersonAppInstanceFlow &flow, const QByteArray &token)
{
    PersonAppInstanceFlow::Request request;
    request.org = u"brg"_s;
    request.app = u"aarsregnskap-vanlig-202406"_s;
    request.ownerOrgNo = Owner;
    request.idportenAccessToken = token;
    flow.setRequest(request);
    QSignalSpy finished(&flow, &PersonAppInstanceFlow::finished);
    flow.start();
    if (finished.isEmpty() && !finished.wait(15000))
        return std::nullopt;
    QTest::qWait(20); // a second `finished` would show here
    if (finished.size() != 1)
        return std::nullopt;
    return finished.at(0).at(0).value<Outcome>();
}

void TestPersonAppInstanceFlow::kariCreatesAnInstanceFor310904473()
{
    SandboxVendorSession vendor;
    const QByteArray token = logIn(vendor, Kari);
    QVERIFY(!token.isEmpty());
    PersonAppInstanceFlow flow(vendor.session());
    const auto outcome = run(flow, token);
    QVERIFY(outcome);
    QVERIFY2(outcome->isCreated(), qPrintable(outcome->explanation.fullText()));
    QVERIFY(!flow.isBusy());
    QCOMPARE(outcome->instance->organisationNumber, Owner);
    QCOMPARE(outcome->instance->appId, u"brg/aarsregnskap-vanlig-202406"_s);
    // The Altinn token's claims say who acted; neither token is kept in the outcome.
    QCOMPARE(outcome->altinnTokenClaims.value(u"pid"_s).toString(), Kari);
    QVERIFY(outcome->altinnTokenClaims.contains(u"urn:altinn:userid"_s));
    QVERIFY(outcome->request.idportenAccessToken.isEmpty());
    QCOMPARE(vendor.sandbox().context().state.appInstances.size(), 1);
}

void TestPersonAppInstanceFlow::personWithoutRoleIsRefused()
{
    SandboxVendorSession vendor;
    const QByteArray token = logIn(vendor, Per);
    QVERIFY(!token.isEmpty());
    PersonAppInstanceFlow flow(vendor.session());
    const auto outcome = run(flow, token);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Refused);
    QCOMPARE(outcome->reason, u"noRole"_s);
    QCOMPARE(outcome->failure.httpStatus(), 403);
    QVERIFY2(outcome->explanation.summary.contains(Owner), qPrintable(outcome->explanation.summary));
    QVERIFY2(outcome->explanation.remedy.contains(u"role"_s), qPrintable(outcome->explanation.remedy));
    QVERIFY(vendor.sandbox().context().state.appInstances.isEmpty());
}

void TestPersonAppInstanceFlow::tokenWithoutWriteScopeIsRefused()
{
    SandboxVendorSession vendor;
    const QByteArray token = logIn(vendor, Kari, {u"altinn:instances.read"_s});
    QVERIFY(!token.isEmpty());
    PersonAppInstanceFlow flow(vendor.session());
    const auto outcome = run(flow, token);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::Refused);
    QCOMPARE(outcome->reason, u"missingScope"_s);
    QVERIFY2(outcome->explanation.remedy.contains(u"altinn:instances.write"_s),
        qPrintable(outcome->explanation.remedy));
    QVERIFY(vendor.sandbox().context().state.appInstances.isEmpty());
}

void TestPersonAppInstanceFlow::tokenAltinnDoesNotTakeIsAnExchangeFailure()
{
    SandboxVendorSession vendor;
    // A Maskinporten token is no person's token: Altinn's exchange for ID-porten refuses it.
    const QByteArray vendorToken = vendor.sandbox().vendorToken();
    PersonAppInstanceFlow flow(vendor.session());
    const auto outcome = run(flow, vendorToken);
    QVERIFY(outcome);
    QCOMPARE(outcome->result, Outcome::Result::ExchangeFailed);
    QCOMPARE(outcome->failure.httpStatus(), 401);
    QVERIFY(!outcome->explanation.remedy.isEmpty());
    QVERIFY(!outcome->instance);
}

void TestPersonAppInstanceFlow::cancelSaysSoOnce()
{
    SandboxVendorSession vendor;
    PersonAppInstanceFlow flow(vendor.session());
    PersonAppInstanceFlow::Request request;
    request.org = u"brg"_s;
    request.app = u"aarsregnskap-vanlig-202406"_s;
    request.ownerOrgNo = Owner;
    request.idportenAccessToken = vendor.sandbox().vendorToken();
    flow.setRequest(request);
    QSignalSpy finished(&flow, &PersonAppInstanceFlow::finished);
    flow.start();
    QVERIFY(flow.isBusy());
    flow.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).value<Outcome>().isCancelled());
    QTest::qWait(200); // the exchange's answer, should it come, changes nothing
    QCOMPARE(finished.size(), 1);
    QVERIFY(!flow.isBusy());
}

QTEST_GUILESS_MAIN(TestPersonAppInstanceFlow)
#include "TestPersonAppInstanceFlow.moc"
