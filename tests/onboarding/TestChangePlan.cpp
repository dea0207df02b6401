#include "onboarding/ChangePlan.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::AccessPackageRef;
using Altinn::Right;
using Onboarding::ChangePlan;

class TestChangePlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsWhatIsWantedAndNotHeld();
    void removesWhatIsHeldAndNotWanted();
    void sameWishIsNoChange();
    void namesWhatTheSystemDoesNotOffer();
    void previewNamesEveryChange();
};

namespace {

const QString Krav = u"ske-krav-og-betalinger"_s;
const QString App = u"app_ttd_endring-av-navn-v2"_s;
const AccessPackageRef Skatt{u"urn:altinn:accesspackage:skatt-naering"_s};
const AccessPackageRef Jord{u"urn:altinn:accesspackage:jordbruk"_s};

} // namespace

void TestChangePlan::addsWhatIsWantedAndNotHeld()
{
    ChangePlan plan;
    plan.currentRights = {Right::forResource(Krav)};
    plan.wantedRights = {Right::forResource(Krav), Right::forResource(App)};
    plan.wantedPackages = {Skatt};
    const Altinn::ChangeRequest request = plan.toChangeRequest();
    QCOMPARE(request.requiredRights, QList<Right>{Right::forResource(App)});
    QCOMPARE(request.requiredAccessPackages, QList<AccessPackageRef>{Skatt});
    QVERIFY(request.unwantedRights.isEmpty());
    QVERIFY(request.unwantedAccessPackages.isEmpty());
    QVERIFY(plan.hasChanges());
}

void TestChangePlan::removesWhatIsHeldAndNotWanted()
{
    ChangePlan plan;
    plan.currentRights = {Right::forResource(Krav), Right::forResource(App)};
    plan.currentPackages = {Skatt, Jord};
    plan.wantedRights = {Right::forResource(Krav)};
    plan.wantedPackages = {Jord};
    const Altinn::ChangeRequest request = plan.toChangeRequest();
    QCOMPARE(request.unwantedRights, QList<Right>{Right::forResource(App)});
    QCOMPARE(request.unwantedAccessPackages, QList<AccessPackageRef>{Skatt});
    QVERIFY(request.requiredRights.isEmpty());
    QVERIFY(request.requiredAccessPackages.isEmpty());
}

void TestChangePlan::sameWishIsNoChange()
{
    ChangePlan plan;
    plan.currentRights = {Right::forResource(Krav)};
    plan.currentPackages = {Skatt};
    plan.wantedRights = plan.currentRights;
    plan.wantedPackages = plan.currentPackages;
    QVERIFY(!plan.hasChanges());
    QVERIFY(plan.preview([](const QString &id) { return id; }).isEmpty());
}

void TestChangePlan::namesWhatTheSystemDoesNotOffer()
{
    Altinn::SystemDefinition system;
    system.rights = QList<Right>{Right::forResource(Krav)};
    system.accessPackages = QList<AccessPackageRef>{Skatt};
    ChangePlan plan;
    plan.wantedRights = {Right::forResource(Krav), Right::forResource(App)};
    plan.wantedPackages = {Skatt, Jord};
    QCOMPARE(plan.notOffered(system), (QStringList{App, Jord.urn}));
}

void TestChangePlan::previewNamesEveryChange()
{
    ChangePlan plan;
    plan.currentRights = {Right::forResource(App)};
    plan.wantedRights = {Right::forResource(Krav)};
    const QStringList lines = plan.preview([](const QString &id) -> QString { return u"«"_s + id + u"»"_s; });
    QCOMPARE(lines, (QStringList{u"Add: «"_s + Krav + u"»"_s, u"Remove: «"_s + App + u"»"_s}));
}

QTEST_GUILESS_MAIN(TestChangePlan)
#include "TestChangePlan.moc"
