#include "onboarding/DemoScenario.h"
#include "validation/OrgNumber.h"
#include "validation/SystemDefinitionValidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Onboarding::DemoScenario;

/// The guided demo's data: a system the project's own validation accepts, with texts in nb, nn and en.
class TestDemoScenario final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemPassesValidation();
    void namesAndDescriptionsInEveryLanguage();
    void profileKeepsTheKeyForThisRunOnly();
    void externalReferencesDifferPerRun();
    void everyStepIsNarrated();
};

void TestDemoScenario::systemPassesValidation()
{
    const Altinn::SystemDefinition system = DemoScenario::system(u"0d3c7d1e-8f61-4c9a-9b0e-2f4a6c8e1b57"_s);
    const QList<Validation::Finding> findings = Validation::SystemDefinitionValidator().validate(system);
    QString listed;
    for (const Validation::Finding &finding : findings)
        listed += finding.path + u": "_s + finding.message + u'\n';
    QVERIFY2(findings.isEmpty(), qPrintable(listed));
    QCOMPARE(system.id, DemoScenario::systemId());
    QVERIFY(system.id.startsWith(DemoScenario::vendorOrgNumber() + u'_'));
    QCOMPARE(system.vendorOrgNumber(), DemoScenario::vendorOrgNumber());
    QCOMPARE(system.rights->size(), 1);
    QCOMPARE(system.rights->first().resourceId(), DemoScenario::appResourceId());
    QVERIFY(DemoScenario::appResourceId().startsWith(u"app_"_s));
    QCOMPARE(system.allowedRedirectUrls, QStringList{DemoScenario::redirectUrl()});
    QVERIFY(QUrl(DemoScenario::redirectUrl()).host().endsWith(u".example.com"_s));
}

void TestDemoScenario::namesAndDescriptionsInEveryLanguage()
{
    const Altinn::SystemDefinition system = DemoScenario::system({});
    for (const QString &language : {u"nb"_s, u"nn"_s, u"en"_s}) {
        QVERIFY2(!system.name.value(language).trimmed().isEmpty(), qPrintable(language));
        QVERIFY2(!system.description.value(language).trimmed().isEmpty(), qPrintable(language));
    }
    QVERIFY(system.name.value(u"nb"_s) != system.name.value(u"en"_s));
}

void TestDemoScenario::profileKeepsTheKeyForThisRunOnly()
{
    const Profile profile = DemoScenario::profile();
    QCOMPARE(profile.id, DemoScenario::profileId());
    QCOMPARE(profile.environment, u"sandbox"_s);
    QCOMPARE(profile.vendorOrgNumber, DemoScenario::vendorOrgNumber());
    QVERIFY(!profile.keyPersistent);
    QVERIFY(!profile.name.isEmpty());
    QVERIFY(!profile.hasKey());
    QVERIFY(Validation::OrgNumber::isValid(DemoScenario::vendorOrgNumber()));
    QVERIFY(Validation::OrgNumber::isValid(DemoScenario::customerOrgNumber()));
}

void TestDemoScenario::externalReferencesDifferPerRun()
{
    const QString first = DemoScenario::newExternalRef();
    const QString second = DemoScenario::newExternalRef();
    QVERIFY(first != second);
    QVERIFY(first.startsWith(u"demo-"_s));
    QVERIFY(first.size() < 40);
}

void TestDemoScenario::everyStepIsNarrated()
{
    for (int step = 1; step <= DemoScenario::StepCount; ++step) {
        const DemoScenario::Step texts = DemoScenario::step(step);
        for (const QString &text : {texts.title, texts.now, texts.why, texts.service, texts.customer})
            QVERIFY2(!text.isEmpty() && text.size() < 400, qPrintable(QString::number(step)));
    }
}

QTEST_GUILESS_MAIN(TestDemoScenario)
#include "TestDemoScenario.moc"
