#pragma once

// The customers view's state for its GUI tests: the in-process sandbox with four standard requests
// and one agent request of a system (one approved by the customer), and a CustomerDesk with that
// system's ledger, stored under the test-mode data folder and removed before each test.

#include "SandboxVendorSession.h"
#include "customers/CustomersModel.h"
#include "customers/CustomersView.h"
#include "wizard/CustomerDesk.h"
#include "workspace/CustomerLedger.h"

#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

class CustomersViewFixture
{
public:
    static inline const QString SystemId = QStringLiteral("991825827_kunder");
    static inline const QString EmptySystemId = QStringLiteral("991825827_tom");
    static inline const QString ApprovedCustomer = QStringLiteral("310904473");
    static inline const QString PendingCustomer = QStringLiteral("310349070");
    static inline const QString AgentCustomer = QStringLiteral("314250052");
    static inline const QStringList OtherCustomers{QStringLiteral("310002224"), QStringLiteral("310394955")};
    static inline const QString ClientPackage =
        QStringLiteral("urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet");
    static inline const QString Krav = QStringLiteral("ske-krav-og-betalinger");
    static inline const QString RequestPath =
        QStringLiteral("authentication/api/v1/systemuser/request/vendor");

    static CustomerLedger::Scope scopeOf(const QString &systemId)
    {
        return {QStringLiteral("views-test"), QStringLiteral("sandbox"), systemId};
    }

    /// Call from init().
    bool setUp()
    {
        QDir(CustomerLedger::defaultDirectory()).removeRecursively();
        m_vendor = std::make_unique<SandboxVendorSession>();
        if (!m_vendor->isReady() || !seed())
            return false;
        m_desk = std::make_unique<CustomerDesk>();
        m_desk->setScope(m_vendor->session(), scopeOf(SystemId));
        return m_desk->ledger() && m_desk->follower();
    }

    /// Call from cleanup(): the desk goes first, its follower uses the session's clients.
    void tearDown()
    {
        m_desk.reset();
        m_vendor.reset();
    }

    SandboxVendorSession *vendor() const { return m_vendor.get(); }
    CustomerDesk *desk() const { return m_desk.get(); }
    /// The session goes away (the wizard switched profiles).
    void dropSession() { m_vendor.reset(); }
    QString approvedId() const { return m_approvedId; }
    QString pendingId() const { return m_pendingId; }

    /// Shows @p view on the desk's ledger and waits for the first comparison with Altinn.
    bool show(CustomersView &view)
    {
        view.resize(1100, 420);
        view.show();
        // Shortcuts work in the active window only.
        if (!QTest::qWaitForWindowActive(&view))
            return false;
        QSignalSpy finished(&view, &CustomersView::refreshFinished);
        // A new ledger is compared with Altinn as soon as it is shown.
        view.setSource(m_desk->ledger(), m_desk->follower(), m_vendor->session());
        return finished.wait(15000) && !view.isRefreshing();
    }

    static const CustomerRecord *recordFor(const CustomersView &view, const QString &orgNo)
    {
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            if (view.model()->recordAt(row)->orgNo == orgNo)
                return view.model()->recordAt(row);
        }
        return nullptr;
    }

    static bool select(CustomersView &view, const QString &orgNo)
    {
        using namespace Qt::Literals::StringLiterals;
        auto *table = view.findChild<QTableView *>(u"customersTable"_s);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, CustomersModel::CustomerColumn);
            if (index.data(CustomersModel::KeyRole).toString().startsWith(orgNo + u'/')) {
                table->setFocus();
                table->setCurrentIndex(index);
                return view.selectedRecord() && view.selectedRecord()->orgNo == orgNo;
            }
        }
        return false;
    }

    static int shownRows(const CustomersView &view)
    {
        using namespace Qt::Literals::StringLiterals;
        return view.findChild<QTableView *>(u"customersTable"_s)->model()->rowCount();
    }

    static QString cell(const CustomersView &view, const QString &orgNo, int column)
    {
        const CustomersModel *model = view.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->recordAt(row)->orgNo == orgNo)
                return model->index(row, column).data().toString();
        }
        return {};
    }

private:
    bool seed()
    {
        using namespace Qt::Literals::StringLiterals;
        SandboxHarness &sandbox = m_vendor->sandbox();
        SandboxHarness::seedSystem(sandbox.context(), SystemId, SandboxHarness::VendorOrg,
            QList{Altinn::Right::forResource(Krav)}, QList<Altinn::AccessPackageRef>{{ClientPackage}});
        SandboxHarness::seedSystem(sandbox.context(), EmptySystemId, SandboxHarness::VendorOrg,
            QList{Altinn::Right::forResource(Krav)}, QList<Altinn::AccessPackageRef>{});
        const QJsonArray rights{Altinn::Right::forResource(Krav).toJson()};
        const auto standard = [&](const QString &customer, const QString &externalRef) {
            const auto reply = sandbox.post(RequestPath,
                QJsonObject{{u"systemId"_s, SystemId}, {u"partyOrgNo"_s, customer},
                    {u"externalRef"_s, externalRef}, {u"rights"_s, rights}},
                sandbox.vendorToken());
            return reply.status == 201 ? reply.object().value(u"id"_s).toString() : QString();
        };
        m_approvedId = standard(ApprovedCustomer, u"kunde-a"_s);
        m_pendingId = standard(PendingCustomer, u"kunde-b"_s);
        for (const QString &other : OtherCustomers) {
            if (standard(other, {}).isEmpty())
                return false;
        }
        const auto agent = sandbox.post(RequestPath + u"/agent"_s,
            QJsonObject{{u"systemId"_s, SystemId}, {u"partyOrgNo"_s, AgentCustomer},
                {u"externalRef"_s, u"klient-c"_s},
                {u"accessPackages"_s, QJsonArray{QJsonObject{{u"urn"_s, ClientPackage}}}}},
            sandbox.vendorToken());
        m_agentId = agent.status == 201 ? agent.object().value(u"id"_s).toString() : QString();
        if (m_approvedId.isEmpty() || m_pendingId.isEmpty() || m_agentId.isEmpty())
            return false;
        // The customer approves through the control API, as on the approval page.
        return sandbox.post(u"sandbox/requests/%1/approve"_s.arg(m_approvedId), QJsonObject{}).status == 200;
    }

    std::unique_ptr<SandboxVendorSession> m_vendor;
    std::unique_ptr<CustomerDesk> m_desk;
    QString m_approvedId;
    QString m_pendingId;
    QString m_agentId;
};
