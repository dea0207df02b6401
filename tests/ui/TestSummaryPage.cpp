#include "WizardFlowFixture.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/TokenClaimsExplainer.h"
#include "common/OperationStatus.h"
#include "model/SystemUserRequestResponse.h"
#include "net/ActivityLog.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/SummaryPage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QWizard>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Altinn::SystemUserRequestResponse;

/// Page 8: what was done, what is pending and next, refreshed from the sandbox; the report saved safely.
class TestSummaryPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsWhatWasDoneAndWhatIsPending();
    void savedReportsHaveNoSecrets();
    void anotherCustomerLeadsBack();
    void withoutAnythingDoneSaysWhatToDoFirst();

private:
    /// A published system, one approved and one pending request, and a successful token test.
    void prepareRun();
    SummaryPage *openPage();
    void grab(const QString &name);
    OperationStatus *status() const { return m_page->findChild<OperationStatus *>(); }
    QString shownText() const { return m_page->findChild<QTextBrowser *>(u"reportView"_s)->toPlainText(); }

    static inline const QString PendingCustomer = QStringLiteral("310349070"); // BLOMSTRETE VRIEN TIGER AS

    WizardFlowFixture m_flow;
    std::unique_ptr<QWizard> m_wizard;
    SummaryPage *m_page = nullptr;
    QByteArray m_token; ///< the system user token of the test run, which must never be in a report
    QString m_approvedId;
    QString m_pendingId;
    QString m_pendingLink;
};

void TestSummaryPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestSummaryPage"_s);
    QVERIFY(m_flow.startSandbox());
}

void TestSummaryPage::init()
{
    QVERIFY(m_flow.setUp());
    m_token.clear();
}

void TestSummaryPage::cleanup()
{
    m_wizard.reset();
    m_page = nullptr;
    m_flow.tearDown();
}

void TestSummaryPage::prepareRun()
{
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    OnboardingState *state = m_flow.state();
    state->setPublishedSystem(system, QDateTime::currentDateTimeUtc());

    const QJsonObject approved = m_flow.createRequest(system.id);
    const QJsonObject pending = m_flow.createRequest(system.id, PendingCustomer);
    QVERIFY(!approved.isEmpty() && !pending.isEmpty());
    m_approvedId = approved.value(u"id"_s).toString();
    m_pendingId = pending.value(u"id"_s).toString();
    m_pendingLink = pending.value(u"confirmUrl"_s).toString();
    // The run remembers both as sent (New); the customer approves one after that.
    state->recordRequest(SystemUserRequestResponse::fromJson(approved, Altinn::RequestKind::Standard));
    state->recordRequest(SystemUserRequestResponse::fromJson(pending, Altinn::RequestKind::Standard));
    QCOMPARE(m_flow.approve(m_approvedId), 200);

    std::optional<Altinn::ApiResult<VendorSession::SystemUserToken>> token;
    m_flow.session()->systemUserToken(WizardFlowFixture::Customer, {}, SandboxHarness::allVendorScopes(),
        [&token](const auto &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 10000);
    QVERIFY2(token->ok(), qPrintable(Altinn::ErrorExplainer::explain(token->failure).fullText()));
    m_token = token->value->token.accessToken;
    QVERIFY(!m_token.isEmpty());

    Altinn::OnboardingSummary::TokenTest test;
    test.ok = true;
    test.testedAt = QDateTime::currentDateTimeUtc();
    test.customerOrgNo = WizardFlowFixture::Customer;
    test.claims = Altinn::TokenClaimsExplainer::rows(token->value->claims);
    state->setTokenTest(test);
}

SummaryPage *TestSummaryPage::openPage()
{
    m_wizard = std::make_unique<QWizard>();
    m_wizard->resize(1100, 800);
    m_page = new SummaryPage(m_flow.context(), m_flow.state());
    m_wizard->setPage(static_cast<int>(OnboardingWizard::PageId::Summary), m_page);
    m_wizard->show();
    return m_page;
}

void TestSummaryPage::grab(const QString &name)
{
    const QString directory = qEnvironmentVariable("PAGES_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QTest::qWait(50);
    QVERIFY(m_wizard->grab().save(QDir(directory).filePath(u"wizard-"_s + name + u"-en.png"_s)));
}

void TestSummaryPage::listsWhatWasDoneAndWhatIsPending()
{
    prepareRun();
    SummaryPage *page = openPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRefreshing(), 15000);
    QCOMPARE(status()->state(), OperationStatus::State::Succeeded);

    // The statuses were asked for again: the approval made after the request was sent shows.
    const Altinn::OnboardingSummary summary = page->summary();
    QCOMPARE(summary.requests.size(), 2);
    for (const SystemUserRequestResponse &request : summary.requests) {
        QCOMPARE(request.status,
            request.id == m_approvedId ? Altinn::RequestStatus::Accepted : Altinn::RequestStatus::New);
    }
    QCOMPARE(summary.systemUsers.size(), 1);
    QCOMPARE(summary.systemUsers.first().reporteeOrgNo, WizardFlowFixture::Customer);
    QCOMPARE(summary.systemId, m_flow.exampleSystem().id);
    QCOMPARE(summary.registeredRights.size(), 1);
    QVERIFY(summary.registeredRights.first().contains(WizardFlowFixture::Resource));

    // Pending: the customer who has not answered, with the link to send them.
    QCOMPARE(summary.pendingItems.size(), 1);
    QVERIFY(summary.pendingItems.first().contains(PendingCustomer));
    QVERIFY(summary.pendingItems.first().contains(m_pendingLink));
    QVERIFY(summary.nextSteps.first().contains(PendingCustomer));
    QVERIFY(summary.nextSteps.last().startsWith(u"Onboard the next customer"_s));

    const QString shown = shownText();
    QVERIFY(shown.contains(u"Approved"_s));
    QVERIFY(shown.contains(u"Waiting for approval"_s));
    QVERIFY(shown.contains(m_pendingLink));
    QVERIFY(shown.contains(u"Succeeded: a system user token was issued"_s));
    // Names from the sandbox's register make the report readable.
    QVERIFY(shown.contains(u"BLOMSTRETE VRIEN TIGER AS"_s));
    QVERIFY(!shown.contains(QString::fromLatin1(m_token)));
    grab(u"summary"_s);
}

void TestSummaryPage::savedReportsHaveNoSecrets()
{
    prepareRun();
    SummaryPage *page = openPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRefreshing(), 15000);

    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString htmlPath = directory.filePath(u"report.html"_s);
    const QString pdfPath = directory.filePath(u"report.pdf"_s);
    QString error;
    QVERIFY2(page->saveReport(htmlPath, SummaryPage::Format::Html, &error), qPrintable(error));
    QVERIFY2(page->saveReport(pdfPath, SummaryPage::Format::Pdf, &error), qPrintable(error));

    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray htmlBytes = html.readAll();
    QVERIFY(htmlBytes.startsWith("<!DOCTYPE html>"));
    QVERIFY(htmlBytes.contains(PendingCustomer.toUtf8()));
    QVERIFY(htmlBytes.contains(m_pendingLink.toUtf8().replace("&", "&amp;")));
    QVERIFY(!Altinn::Redaction::containsSecret(htmlBytes));
    QVERIFY(!htmlBytes.contains(m_token));
    // Nor any piece of it long enough to matter (the signature alone, say).
    QVERIFY(!htmlBytes.contains(m_token.split('.').last()));

    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdf.readAll();
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.size() > 1000);
    QVERIFY(!Altinn::Redaction::containsSecret(pdfBytes));
    QVERIFY(!pdfBytes.contains(m_token));

    // A folder that cannot be written is explained, not ignored.
    QVERIFY(
        !page->saveReport(directory.filePath(u"missing/report.html"_s), SummaryPage::Format::Html, &error));
    QVERIFY(error.contains(u"missing"_s));
}

void TestSummaryPage::anotherCustomerLeadsBack()
{
    SummaryPage *page = openPage();
    int requested = 0;
    connect(page, &SummaryPage::anotherCustomerRequested, this, [&requested] { ++requested; });
    auto *button = page->findChild<QPushButton *>(u"anotherCustomerButton"_s);
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested, 1);
}

void TestSummaryPage::withoutAnythingDoneSaysWhatToDoFirst()
{
    SummaryPage *page = openPage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRefreshing(), 15000);
    const Altinn::OnboardingSummary summary = page->summary();
    QVERIFY(summary.requests.isEmpty());
    QVERIFY(summary.pendingItems.isEmpty());
    QCOMPARE(summary.nextSteps.size(), 1);
    QVERIFY(summary.nextSteps.first().startsWith(u"Publish the system definition"_s));
    QVERIFY(shownText().contains(u"No requests were sent."_s));
}

QTEST_MAIN(TestSummaryPage)
#include "TestSummaryPage.moc"
