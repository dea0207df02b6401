#include "WizardFlowFixture.h"
#include "common/OperationStatus.h"
#include "common/RemedyBar.h"
#include "net/ActivityLog.h"
#include "shell/ApplicationStyle.h"
#include "wizard/SandboxApprovalPanel.h"
#include "wizard/SandboxPersonChooser.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/**
 * Page 6's sandbox panel as the customer's test persons (docs/sandbox.md#who-approves): the "Approve as"
 * chooser loaded from the control API and kept per organisation, approval as the chosen person with the
 * failure explained (who must approve, what blocked), and escalation.
 */
class TestSandboxApprovalPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void choosesAmongTheCustomersPersons();
    void aMissingRightIsExplainedAndNothingIsApproved();
    void aGeneralManagerEscalates();
    void theAccessManagerApproves();
    void personsAreLoadedOncePerOrganisation();

private:
    /// The panel on the fixture's request, with the persons loaded.
    void showPanel();
    QPushButton *button(const QString &name) const { return m_panel->findChild<QPushButton *>(name); }
    QComboBox *combo() const { return m_panel->findChild<QComboBox *>(u"approverCombo"_s); }
    RemedyBar *problem() const { return m_panel->findChild<RemedyBar *>(u"sandboxProblem"_s); }
    OperationStatus *status() const { return m_panel->findChild<OperationStatus *>(u"sandboxStatus"_s); }
    /// The request as the sandbox holds it now (GET sandbox/state).
    QJsonObject storedRequest() const;
    int personsCalls() const;

    WizardFlowFixture m_flow;
    std::unique_ptr<SandboxApprovalPanel> m_panel;
    Altinn::SystemUserRequestResponse m_request;
};

void TestSandboxApprovalPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestSandboxApprovalPanel"_s);
    installApplicationStyle(*qApp);
    QVERIFY(m_flow.startSandbox());
}

void TestSandboxApprovalPanel::init()
{
    QVERIFY(m_flow.setUp());
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    const QJsonObject created = m_flow.createRequest(system.id);
    QVERIFY(!created.isEmpty());
    m_request = Altinn::SystemUserRequestResponse::fromJson(created, Altinn::RequestKind::Standard);
}

void TestSandboxApprovalPanel::cleanup()
{
    m_panel.reset();
    m_flow.tearDown();
}

void TestSandboxApprovalPanel::showPanel()
{
    m_panel = std::make_unique<SandboxApprovalPanel>(m_flow.context());
    m_panel->resize(900, 300);
    m_panel->show();
    m_panel->setRequest(m_request, false);
    QTRY_COMPARE_WITH_TIMEOUT(combo()->count(), 3, 10000);
}

QJsonObject TestSandboxApprovalPanel::storedRequest() const
{
    QNetworkAccessManager network;
    QNetworkReply *reply =
        network.get(QNetworkRequest(QUrl(m_flow.baseUrl().toString() + u"sandbox/state"_s)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonArray requests = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(u"state"_s)
                                    .toObject()
                                    .value(u"requests"_s)
                                    .toArray();
    reply->deleteLater();
    for (const QJsonValue &request : requests) {
        if (request.toObject().value(u"id"_s).toString() == m_request.id)
            return request.toObject();
    }
    return {};
}

int TestSandboxApprovalPanel::personsCalls() const
{
    int calls = 0;
    for (const Altinn::ActivityEntry &entry : m_flow.context()->activityLog()->entries()) {
        if (entry.url.path().endsWith(u"/persons"_s))
            ++calls;
    }
    return calls;
}

void TestSandboxApprovalPanel::choosesAmongTheCustomersPersons()
{
    showPanel();
    QComboBox *chooser = combo();
    // The full access manager comes first and is chosen; every person is named with what they can do.
    QCOMPARE(chooser->currentIndex(), 0);
    QCOMPARE(chooser->currentData().toString(), u"person-1"_s);
    QVERIFY(chooser->itemText(0).contains(u"access manager who can give every right"_s));
    QVERIFY(chooser->itemText(1).contains(u"not an access manager"_s));
    QVERIFY(chooser->itemText(2).contains(u"lacks the first right"_s));
    QVERIFY(!chooser->accessibleName().isEmpty());
    // The label's mnemonic reaches the chooser from the keyboard.
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    QVERIFY(std::any_of(
        labels.cbegin(), labels.cend(), [chooser](QLabel *label) { return label->buddy() == chooser; }));
    // An access manager approves; only a person without the role escalates.
    QVERIFY(button(u"approveNowButton"_s)->isEnabled());
    QVERIFY(!button(u"escalateButton"_s)->isEnabled());
    chooser->setCurrentIndex(1);
    QVERIFY(button(u"escalateButton"_s)->isEnabled());
    QVERIFY(!button(u"escalateButton"_s)->accessibleName().isEmpty());
}

void TestSandboxApprovalPanel::aMissingRightIsExplainedAndNothingIsApproved()
{
    showPanel();
    QSignalSpy approved(m_panel.get(), &SandboxApprovalPanel::approved);
    combo()->setCurrentIndex(2);
    button(u"approveNowButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(problem()->hasExplanation(), 10000);
    const QString text = problem()->text();
    QVERIFY2(text.contains(u"all-or-nothing"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Access manager role (Tilgangsstyrer)"_s), qPrintable(text));
    QVERIFY2(text.contains(WizardFlowFixture::Resource), qPrintable(text)); // which right blocked
    QCOMPARE(problem()->explanation().code, u"AUTH-00016"_s);
    // No "Try again": the same person would fail the same way.
    QVERIFY(!problem()->findChild<QPushButton *>(u"remedyActionButton"_s)->isVisible());
    QCOMPARE(approved.count(), 0);
    QCOMPARE(storedRequest().value(u"status"_s).toString(), u"New"_s);
    QVERIFY(button(u"approveNowButton"_s)->isEnabled());
    // Choosing someone else clears the old explanation.
    combo()->setCurrentIndex(0);
    QVERIFY(!problem()->hasExplanation());
}

void TestSandboxApprovalPanel::aGeneralManagerEscalates()
{
    showPanel();
    combo()->setCurrentIndex(1);
    button(u"approveNowButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(problem()->hasExplanation(), 10000);
    QCOMPARE(problem()->explanation().code, u"AUTH-00066"_s);
    QVERIFY2(problem()->text().contains(u"escalate"_s), qPrintable(problem()->text()));

    button(u"escalateButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(status()->state(), OperationStatus::State::Succeeded, 10000);
    QVERIFY(status()->text().contains(u"access manager"_s));
    QCOMPARE(storedRequest().value(u"escalated"_s), QJsonValue(true));
    QCOMPARE(storedRequest().value(u"status"_s).toString(), u"New"_s);
    QVERIFY(!button(u"escalateButton"_s)->isEnabled()); // once
}

void TestSandboxApprovalPanel::theAccessManagerApproves()
{
    showPanel();
    QSignalSpy approved(m_panel.get(), &SandboxApprovalPanel::approved);
    button(u"approveNowButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(approved.count(), 1, 10000);
    QVERIFY(status()->text().contains(combo()->currentText().section(u" – "_s, 0, 0)));
    QCOMPARE(storedRequest().value(u"status"_s).toString(), u"Accepted"_s);
    QVERIFY(!button(u"approveNowButton"_s)->isEnabled());
}

void TestSandboxApprovalPanel::personsAreLoadedOncePerOrganisation()
{
    showPanel();
    QCOMPARE(personsCalls(), 1);
    // The request again (the page reads its status over and over): the chooser keeps what it has.
    m_panel->setRequest(m_request, false);
    QTest::qWait(100);
    QCOMPARE(personsCalls(), 1);
    QCOMPARE(combo()->count(), 3);
    // Another customer: its own persons, loaded once.
    Altinn::SystemUserRequestResponse other = m_request;
    other.partyOrgNo = u"314250052"_s;
    m_panel->setRequest(other, false);
    QTRY_COMPARE_WITH_TIMEOUT(personsCalls(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(combo()->count(), 3, 10000);
    m_panel->setRequest(m_request, false);
    QCOMPARE(combo()->count(), 3);
    QCOMPARE(personsCalls(), 2);
}

QTEST_MAIN(TestSandboxApprovalPanel)
#include "TestSandboxApprovalPanel.moc"
