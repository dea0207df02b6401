#include "WizardFlowFixture.h"
#include "net/ActivityLog.h"
#include "wizard/CustomerDesk.h"

#include <QApplication>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * Customers the ledger knows only by number (a request sent with systemuser-cli, one found at Altinn) are
 * named from the built-in sandbox's register (SandboxCustomerNames), fetched once; names the ledger has stay.
 */
class TestSandboxCustomerNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void namelessCustomersAreNamedFromTheRegister();
    void aNameTheLedgerHasIsKept();
    void customersArrivingWhileTheRegisterIsFetchedAreNamedToo();

private:
    /// A request for @p customer, recorded in the ledger as page 5 does: with no name.
    QString recordRequest(const QString &customer);
    QString nameOf(const QString &customer) const;
    int registerFetches() const;

    WizardFlowFixture m_flow;
    QString m_systemId;
};

void TestSandboxCustomerNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestSandboxCustomerNames"_s);
    QVERIFY(m_flow.startSandbox());
}

void TestSandboxCustomerNames::init()
{
    QVERIFY(m_flow.setUp());
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    m_systemId = system.id;
}

void TestSandboxCustomerNames::cleanup()
{
    m_flow.tearDown();
}

QString TestSandboxCustomerNames::recordRequest(const QString &customer)
{
    const QJsonObject created = m_flow.createRequest(m_systemId, customer);
    if (created.isEmpty())
        return {};
    const auto request = Altinn::SystemUserRequestResponse::fromJson(created, Altinn::RequestKind::Standard);
    m_flow.selectRequest(request);
    return request.id;
}

QString TestSandboxCustomerNames::nameOf(const QString &customer) const
{
    const auto record = m_flow.context()->customers()->ledger()->find(customer, {});
    return record ? record->name : u"(not in the ledger)"_s;
}

int TestSandboxCustomerNames::registerFetches() const
{
    int fetches = 0;
    for (const Altinn::ActivityEntry &entry : m_flow.context()->activityLog()->entries()) {
        if (entry.method == "GET" && entry.url.path().endsWith(u"/sandbox/organisations"_s))
            ++fetches;
    }
    return fetches;
}

void TestSandboxCustomerNames::namelessCustomersAreNamedFromTheRegister()
{
    QVERIFY(!recordRequest(u"310945552"_s).isEmpty());
    QTRY_COMPARE(nameOf(u"310945552"_s), u"HARDHUDET REDELIG TIGER AS"_s);
    // A second customer later: named from the register the context already holds, not a second fetch.
    QVERIFY(!recordRequest(u"310904473"_s).isEmpty());
    QTRY_COMPARE(nameOf(u"310904473"_s), u"TILFELDIG SUBTIL APE"_s);
    QCOMPARE(registerFetches(), 1);
}

void TestSandboxCustomerNames::aNameTheLedgerHasIsKept()
{
    QVERIFY(!recordRequest(u"310945552"_s).isEmpty());
    CustomerLedger *ledger = m_flow.context()->customers()->ledger();
    auto record = ledger->find(u"310945552"_s, {});
    QVERIFY(record);
    record->name = u"Tigeren i nord"_s; // what the vendor typed (an import, the request form)
    ledger->upsert(*record);
    QVERIFY(!recordRequest(u"310904473"_s).isEmpty());
    QTRY_COMPARE(nameOf(u"310904473"_s), u"TILFELDIG SUBTIL APE"_s);
    QCOMPARE(nameOf(u"310945552"_s), u"Tigeren i nord"_s);
}

void TestSandboxCustomerNames::customersArrivingWhileTheRegisterIsFetchedAreNamedToo()
{
    // The second customer arrives while the first one's look-up is on its way: it is asked about after the
    // answer, from the register the context holds by then.
    QVERIFY(!recordRequest(u"310945552"_s).isEmpty());
    QVERIFY(!recordRequest(u"310904473"_s).isEmpty());
    QTRY_COMPARE(nameOf(u"310945552"_s), u"HARDHUDET REDELIG TIGER AS"_s);
    QTRY_COMPARE(nameOf(u"310904473"_s), u"TILFELDIG SUBTIL APE"_s);
    QCOMPARE(registerFetches(), 1);
}

QTEST_MAIN(TestSandboxCustomerNames)
#include "TestSandboxCustomerNames.moc"
