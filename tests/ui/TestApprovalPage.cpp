#include "WizardFlowFixture.h"
#include "altinn/ApiTransport.h"
#include "altinn/RequestStatusText.h"
#include "common/OperationStatus.h"
#include "common/QrCodeWidget.h"
#include "net/ActivityLog.h"
#include "net/RetryPolicy.h"
#include "onboarding/StatusFollower.h"
#include "session/VendorSession.h"
#include "shell/ApplicationStyle.h"
#include "wizard/ApprovalPage.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/OnboardingWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QWizard>

#include <chrono>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using PageId = OnboardingWizard::PageId;

/// Catches what the page would open in the browser (QDesktopServices::setUrlHandler).
class OpenedUrls final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

/**
 * Page 6 against the in-process sandbox: the approval link (copy, QR), the customer message in two
 * languages, and the live status — the customer approves or rejects through the sandbox and the page
 * says so within a few seconds, enables Next or offers to ask again.
 */
class TestApprovalPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheLinkWithCopyAndQrCode();
    void messageFollowsTheChosenLanguage();
    void approvalIsShownLiveAndEnablesNext();
    void approvalBeforeThePageOpensEnablesNextAtOnce();
    void rejectionIsExplainedAndAskedAgain();
    void rejectedRequestOffersNoLinkQrOrMessage();
    void deletedRequestOffersNoLinkQrOrMessage();
    void sandboxButtonsActAsTheCustomer();
    void noStatusStormWhileTheWizardRedrawsThePage();
    void withNobodyChosenTheLatestWaitingCustomerIsFollowed();
    void systemIsFetchedOnceForTheMessage();
    void altinnsPauseIsExplained();
    void vendorWithoutANameInTheProfileIsNamedFromTheRegister();

private:
    /// Opens the wizard on page 5 (the real one) with the fixture's request current, then goes to page 6.
    void openPage(Onboarding::StatusFollower::Intervals intervals = {50ms, 200ms});
    void grab(const QString &name);
    /// GETs so far (activity log) whose path contains @p pathPart.
    int getCalls(const QString &pathPart) const;
    template <typename T> T *child(const QString &name) const { return m_page->findChild<T *>(name); }
    QPushButton *button(const QString &name) const { return child<QPushButton>(name); }
    QString statusText() const { return child<QLabel>(u"statusValue"_s)->text(); }

    WizardFlowFixture m_flow;
    std::unique_ptr<QWizard> m_wizard;
    ApprovalPage *m_page = nullptr;
    Altinn::SystemUserRequestResponse m_request;
    OpenedUrls m_opened;
};

void TestApprovalPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestApprovalPage"_s);
    installApplicationStyle(*qApp);
    QVERIFY(m_flow.startSandbox());
    QDesktopServices::setUrlHandler(u"http"_s, &m_opened, "open");
    QDesktopServices::setUrlHandler(u"https"_s, &m_opened, "open");
    QDesktopServices::setUrlHandler(u"mailto"_s, &m_opened, "open");
}

void TestApprovalPage::cleanupTestCase()
{
    for (const QString &scheme : {u"http"_s, u"https"_s, u"mailto"_s})
        QDesktopServices::unsetUrlHandler(scheme);
}

void TestApprovalPage::init()
{
    QVERIFY(m_flow.setUp());
    m_opened.urls.clear();
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());
    const QJsonObject created = m_flow.createRequest(system.id);
    QVERIFY(!created.isEmpty());
    m_request = Altinn::SystemUserRequestResponse::fromJson(created, Altinn::RequestKind::Standard);
    m_flow.state()->rememberOrganisationName(WizardFlowFixture::Customer, u"TILFELDIG SUBTIL APE"_s);
    m_flow.selectRequest(m_request);
}

void TestApprovalPage::cleanup()
{
    m_wizard.reset();
    m_page = nullptr;
    m_flow.tearDown();
}

void TestApprovalPage::openPage(Onboarding::StatusFollower::Intervals intervals)
{
    m_wizard = std::make_unique<QWizard>();
    m_wizard->resize(1100, 800);
    m_wizard->setPage(
        static_cast<int>(PageId::CustomerRequest), new CustomerRequestPage(m_flow.context(), m_flow.state()));
    m_page = new ApprovalPage(m_flow.context(), m_flow.state());
    m_page->setFollowIntervals(intervals);
    m_wizard->setPage(static_cast<int>(PageId::Approval), m_page);
    auto *testPage = new QWizardPage;
    testPage->setTitle(u"Test authentication"_s);
    m_wizard->setPage(static_cast<int>(PageId::TestAuthentication), testPage);
    m_wizard->setStartId(static_cast<int>(PageId::CustomerRequest));
    m_wizard->show();
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), static_cast<int>(PageId::Approval));
}

int TestApprovalPage::getCalls(const QString &pathPart) const
{
    int calls = 0;
    for (const Altinn::ActivityEntry &entry : m_flow.context()->activityLog()->entries()) {
        if (entry.method == "GET" && entry.url.path().contains(pathPart))
            ++calls;
    }
    return calls;
}

void TestApprovalPage::grab(const QString &name)
{
    const QString directory = qEnvironmentVariable("PAGES_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QTest::qWait(50);
    QVERIFY(m_wizard->grab().save(QDir(directory).filePath(u"wizard-"_s + name + u"-en.png"_s)));
}

void TestApprovalPage::showsTheLinkWithCopyAndQrCode()
{
    openPage();
    QVERIFY(!m_request.confirmUrl.isEmpty());
    QCOMPARE(child<QLineEdit>(u"linkEdit"_s)->text(), m_request.confirmUrl);
    QVERIFY(child<QLineEdit>(u"linkEdit"_s)->isReadOnly());

    button(u"copyLinkButton"_s)->click();
    QCOMPARE(QApplication::clipboard()->text(), m_request.confirmUrl);

    auto *qr = m_page->findChild<QrCodeWidget *>(u"qrCode"_s);
    QVERIFY(qr && qr->isVisible());
    QVERIFY(qr->hasCode());
    QCOMPARE(qr->text(), m_request.confirmUrl);
    button(u"copyQrButton"_s)->click();
    QVERIFY(!QApplication::clipboard()->image().isNull());

    button(u"openLinkButton"_s)->click();
    QCOMPARE(m_opened.urls, QList{QUrl(m_request.confirmUrl)});

    QCOMPARE(statusText(), Altinn::RequestStatusText::display(Altinn::RequestStatus::New));
    QVERIFY(child<QLabel>(u"createdLabel"_s)->text().contains(u"just now"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    grab(u"approval"_s);
}

void TestApprovalPage::messageFollowsTheChosenLanguage()
{
    openPage();
    auto *body = child<QPlainTextEdit>(u"messageEdit"_s);
    auto *subject = child<QLineEdit>(u"subjectEdit"_s);
    m_page->setMessageLanguage(u"en"_s);
    const QString english = body->toPlainText();
    const QString englishSubject = subject->text();
    QVERIFY(english.contains(m_request.confirmUrl));
    QVERIFY(english.contains(WizardFlowFixture::Customer));
    m_page->setMessageLanguage(u"nb"_s);
    const QString bokmal = body->toPlainText();
    QVERIFY(bokmal.contains(m_request.confirmUrl));
    QVERIFY(bokmal != english);
    QVERIFY(subject->text() != englishSubject);

    button(u"copyMessageButton"_s)->click();
    QCOMPARE(QApplication::clipboard()->text(), bokmal);

    // The user's own edits are what is copied and mailed.
    body->setPlainText(bokmal + u"\nHilsen Kari"_s);
    button(u"copyMessageButton"_s)->click();
    QVERIFY(QApplication::clipboard()->text().endsWith(u"Hilsen Kari"_s));
    button(u"emailButton"_s)->click();
    QCOMPARE(m_opened.urls.size(), 1);
    QCOMPARE(m_opened.urls.constFirst().scheme(), u"mailto"_s);
    QVERIFY(m_opened.urls.constFirst().toString(QUrl::FullyDecoded).contains(u"Hilsen Kari"_s));
}

void TestApprovalPage::approvalIsShownLiveAndEnablesNext()
{
    openPage();
    Onboarding::StatusFollower *follower = m_flow.context()->customers()->follower();
    QTRY_VERIFY(follower->isFollowing() && follower->walks() > 0);
    auto *notice = child<QLabel>(u"noticeLabel"_s);
    QVERIFY(!notice->isVisible());

    QCOMPARE(m_flow.approve(m_request.id), 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        statusText(), Altinn::RequestStatusText::display(Altinn::RequestStatus::Accepted), 5000);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"approved"_s));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(m_flow.selected()->state, CustomerState::Approved);
    // Decided: nobody waits any more, so the follower asks no more.
    const int walks = follower->walks();
    QTest::qWait(600);
    QCOMPARE(follower->walks(), walks);
    grab(u"approval-accepted"_s);

    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), static_cast<int>(PageId::TestAuthentication));
}

void TestApprovalPage::approvalBeforeThePageOpensEnablesNextAtOnce()
{
    // The customer approved after the follower's last walk, and its next walk is far off (backed
    // off; here it never comes). The page's own look at the request finds it approved: that is
    // announced and Next is enabled at once. The old page showed "Approved" beside a disabled Next
    // and no notice until that walk (seen in CI, where the look answered after the approval).
    Onboarding::StatusFollower *follower = m_flow.context()->customers()->follower();
    follower->setScheduler([](std::chrono::milliseconds) {});
    const auto restore = qScopeGuard([follower] { follower->setScheduler({}); });
    QCOMPARE(m_flow.approve(m_request.id), 200);
    openPage();
    auto *notice = child<QLabel>(u"noticeLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        statusText(), Altinn::RequestStatusText::display(Altinn::RequestStatus::Accepted), 5000);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"approved"_s));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(m_flow.selected()->state, CustomerState::Approved);
    QCOMPARE(follower->walks(), 0);
}

void TestApprovalPage::rejectionIsExplainedAndAskedAgain()
{
    openPage();
    QCOMPARE(m_flow.reject(m_request.id), 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        statusText(), Altinn::RequestStatusText::display(Altinn::RequestStatus::Rejected), 5000);
    QVERIFY(child<QLabel>(u"explanationLabel"_s)->text().contains(u"rejected"_s));
    QVERIFY(child<QLabel>(u"noticeLabel"_s)->isVisible());
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    auto *askAgain = button(u"askAgainButton"_s);
    QVERIFY(askAgain->isVisible());
    grab(u"approval-rejected"_s);

    // Delete and ask again: back on page 5 with the form filled in as before.
    askAgain->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), static_cast<int>(PageId::CustomerRequest), 10000);
    QCOMPARE(m_flow.selected()->state, CustomerState::NotAsked); // the request is gone
    auto *requestPage = qobject_cast<CustomerRequestPage *>(m_wizard->currentPage());
    QCOMPARE(requestPage->findChild<QLineEdit *>(u"orgNumberEdit"_s)->text(), WizardFlowFixture::Customer);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());

    // The rejected request is gone, so sending again makes a new one instead of returning it.
    auto *send = requestPage->findChild<QPushButton *>(u"sendButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 10000);
    send->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_flow.selected()->state, CustomerState::Waiting, 10000);
    QVERIFY(m_flow.selected()->requestId != m_request.id);
    QCOMPARE(m_flow.selected()->requestStatus, u"New"_s);
    QCOMPARE(m_wizard->currentId(), static_cast<int>(PageId::Approval));
    QCOMPARE(child<QLineEdit>(u"linkEdit"_s)->text(), m_flow.selected()->confirmUrl);
}

void TestApprovalPage::rejectedRequestOffersNoLinkQrOrMessage()
{
    // Defect: a rejected request kept offering its approval link, QR code and "please approve" message.
    openPage();
    auto *link = child<QLineEdit>(u"linkEdit"_s);
    auto *qr = child<QrCodeWidget>(u"qrCode"_s);
    auto *message = child<QPlainTextEdit>(u"messageEdit"_s);
    auto *gone = child<QLabel>(u"linkGoneLabel"_s);
    QVERIFY(link->isVisible() && qr->isVisible() && message->isVisible());
    QVERIFY(!gone->isVisible());

    QCOMPARE(m_flow.reject(m_request.id), 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        statusText(), Altinn::RequestStatusText::display(Altinn::RequestStatus::Rejected), 5000);
    QVERIFY(!link->isVisible());
    QVERIFY(!qr->isVisible());
    QVERIFY(!message->isVisible());
    QVERIFY(!button(u"copyQrButton"_s)->isVisible());
    QVERIFY(!button(u"copyMessageButton"_s)->isVisible());
    // Instead: what happened and what to do, with the sandbox's setting for a new request.
    QVERIFY(gone->isVisible());
    QVERIFY(gone->text().contains(u"rejected"_s));
    QVERIFY(gone->text().contains(u"new request"_s));
    QVERIFY(gone->text().contains(u"requestAfterRejectionCreatesNew"_s));
    QVERIFY(button(u"askAgainButton"_s)->isVisible());

    // Opened afresh on an already rejected customer (e.g. from the customers view): the same.
    m_wizard.reset();
    m_page = nullptr;
    openPage();
    // The page asks Altinn for the status when it opens; what it knew before may still say "waiting".
    QTRY_COMPARE_WITH_TIMEOUT(
        statusText(), Altinn::RequestStatusText::display(Altinn::RequestStatus::Rejected), 5000);
    QVERIFY(!child<QLineEdit>(u"linkEdit"_s)->isVisible());
    QVERIFY(!child<QrCodeWidget>(u"qrCode"_s)->isVisible());
    QVERIFY(!child<QPlainTextEdit>(u"messageEdit"_s)->isVisible());
    QVERIFY(child<QLabel>(u"linkGoneLabel"_s)->isVisible());
}

void TestApprovalPage::deletedRequestOffersNoLinkQrOrMessage()
{
    openPage();
    QVERIFY(child<QrCodeWidget>(u"qrCode"_s)->isVisible());
    // Deleted elsewhere (the customers view, another run): the ledger forgets the request.
    CustomerRecord gone = *m_flow.selected();
    gone.requestId.clear();
    gone.requestStatus.clear();
    gone.confirmUrl.clear();
    gone.state = CustomerState::NotAsked;
    m_flow.context()->customers()->ledger()->upsert(gone);
    QTRY_COMPARE_WITH_TIMEOUT(statusText(), u"Deleted"_s, 5000);
    QVERIFY(!child<QLineEdit>(u"linkEdit"_s)->isVisible());
    QVERIFY(!child<QrCodeWidget>(u"qrCode"_s)->isVisible());
    QVERIFY(!child<QPlainTextEdit>(u"messageEdit"_s)->isVisible());
    auto *label = child<QLabel>(u"linkGoneLabel"_s);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(u"no longer exists"_s));
}

void TestApprovalPage::sandboxButtonsActAsTheCustomer()
{
    openPage();
    auto *actAsCustomer = button(u"actAsCustomerButton"_s);
    auto *approveNow = button(u"approveNowButton"_s);
    QVERIFY(actAsCustomer->isVisible());
    QVERIFY(approveNow->isVisible());

    actAsCustomer->click();
    // The sandbox's approval link is its own approval page.
    QCOMPARE(m_opened.urls, QList{QUrl(m_request.confirmUrl)});
    QCOMPARE(m_opened.urls.constFirst().host(), m_flow.baseUrl().host());

    approveNow->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        statusText(), Altinn::RequestStatusText::display(Altinn::RequestStatus::Accepted), 5000);
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!approveNow->isEnabled());
}

void TestApprovalPage::noStatusStormWhileTheWizardRedrawsThePage()
{
    // Defect: every status answer made the wizard hide and show page 6, and each show polled at once —
    // 75–155 status calls a second. Now the ledger's follower keeps its backoff whatever the page does.
    openPage();
    m_page->setFollowIntervals({}); // the real 2 s → 60 s
    const auto statusCalls = [this] {
        return getCalls(u"/systemuser/request/vendor"_s);
    };
    const int before = statusCalls();
    QElapsedTimer elapsed;
    elapsed.start();
    // Three seconds of the wizard updating its buttons (and so hiding and showing the page) non-stop.
    while (elapsed.elapsed() < 3000) {
        Q_EMIT m_page->completeChanged();
        m_page->hide();
        m_page->show();
        QTest::qWait(5);
    }
    const int calls = statusCalls() - before;
    // The look at the request on opening, and walks at 0 s and 2 s: three at most.
    QVERIFY2(calls <= 3, qPrintable(QString::number(calls)));
    QCOMPARE(statusText(), Altinn::RequestStatusText::display(Altinn::RequestStatus::New));
}

void TestApprovalPage::withNobodyChosenTheLatestWaitingCustomerIsFollowed()
{
    // Page 6 entered with nobody chosen ("Continue where you left off", the step bar): OnboardingWizard asks
    // the desk for the customer asked most recently who still waits.
    CustomerDesk *desk = m_flow.context()->customers();
    QTest::qWait(20); // a later creation time than init()'s request
    const QJsonObject later = m_flow.createRequest(m_request.systemId, u"310945552"_s);
    QVERIFY(!later.isEmpty());
    const auto laterRequest =
        Altinn::SystemUserRequestResponse::fromJson(later, Altinn::RequestKind::Standard);
    m_flow.selectRequest(laterRequest);
    m_flow.selectRequest(m_request); // the person looks at the first one: a choice is kept
    desk->selectLatestWaitingIfNone();
    QCOMPARE(desk->selectedKey(), CustomerRecord::keyOf(WizardFlowFixture::Customer, {}));

    desk->startNewCustomer();
    QVERIFY(!desk->selected());
    desk->selectLatestWaitingIfNone();
    QCOMPARE(desk->selectedKey(), CustomerRecord::keyOf(u"310945552"_s, {}));
    QCOMPARE(desk->purpose(), CustomerDesk::Purpose::NewCustomer);
    openPage();
    QTRY_VERIFY(child<QLabel>(u"statusValue"_s)->isVisible());

    // Nobody waiting (both approved): nobody is chosen for the person.
    QCOMPARE(m_flow.approve(m_request.id) / 100, 2);
    QCOMPARE(m_flow.approve(laterRequest.id) / 100, 2);
    QTRY_VERIFY_WITH_TIMEOUT(desk->ledger()->followed().isEmpty(), 10000);
    desk->startNewCustomer();
    desk->selectLatestWaitingIfNone();
    QVERIFY(!desk->selected());
}

void TestApprovalPage::systemIsFetchedOnceForTheMessage()
{
    // Opened at start (nothing published in this run): the message names the system, which is fetched. The
    // page shows the request again when its full answer arrives; that must not fetch the system again.
    const QString systemName = u"Flow test"_s; // the example system's English name
    m_flow.state()->clear();
    m_flow.selectRequest(m_request);
    const auto systemCalls = [this] {
        return getCalls(u"/systemregister/vendor/"_s);
    };
    // The system answers slowly, so the request's full answer comes first and the page shows it again while
    // the message's fetch is still out (what a slow machine does by chance).
    const QJsonObject slowSystem{{u"pathPrefix"_s, u"authentication/api/v1/systemregister/vendor"_s},
        {u"delayMs"_s, 700}, {u"count"_s, 10}};
    QCOMPARE(m_flow.post(u"sandbox/faults"_s, slowSystem).status / 100, 2);
    const int before = systemCalls();
    openPage();
    m_page->setMessageLanguage(u"en"_s);
    auto *body = child<QPlainTextEdit>(u"messageEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(body->toPlainText().contains(systemName), 10000);
    QTest::qWait(1000); // the request's full answer, and anything it starts
    QVERIFY(body->toPlainText().contains(systemName));
    // Page 5's (the test walks through it, and its fetch is still out when page 6 asks) and the message's:
    // once each. The message fetched it twice before.
    QCOMPARE(systemCalls() - before, 2);
}

void TestApprovalPage::altinnsPauseIsExplained()
{
    // Every attempt of the first status walk is answered 429 with Retry-After: 120 (the transport's own
    // retries made quick). The page says until when it will not ask, so "Check now" doing nothing is
    // explained.
    Altinn::RetryPolicy quick;
    quick.initialDelayMs = 5;
    quick.maxDelayMs = 20;
    m_flow.context()->session()->transport()->setRetryPolicy(quick);
    const QJsonObject fault{{u"pathPrefix"_s, u"authentication/api/v1/systemuser/request/vendor/bysystem"_s},
        {u"status"_s, 429}, {u"count"_s, quick.maxAttempts}, {u"retryAfterSeconds"_s, 120}};
    QCOMPARE(m_flow.post(u"sandbox/faults"_s, fault).status / 100, 2);
    const QDateTime before = QDateTime::currentDateTime();
    openPage();
    auto *connection = child<QLabel>(u"connectionLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(u"left alone until"_s), 10000);
    QVERIFY(connection->text().contains(u"too many requests"_s)); // Altinn's reason first
    // The time said is two minutes on.
    const QString expected = QLocale().toString(before.addSecs(120).time(), QLocale::ShortFormat);
    const QString later = QLocale().toString(before.addSecs(121).time(), QLocale::ShortFormat);
    QVERIFY2(connection->text().contains(expected) || connection->text().contains(later),
        qPrintable(connection->text()));
    grab(u"approval-paused"_s);
}

void TestApprovalPage::vendorWithoutANameInTheProfileIsNamedFromTheRegister()
{
    // The fixture's profile, like one made by "systemuser-cli profile create", has an organisation number and
    // no vendor name. The message names the vendor as the summary does: from the sandbox's register.
    QVERIFY(m_flow.context()->profile().vendorName.isEmpty());
    openPage();
    m_page->setMessageLanguage(u"en"_s);
    auto *body = child<QPlainTextEdit>(u"messageEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(body->toPlainText().contains(u"Digitaliseringsdirektoratet"_s), 10000);
    QVERIFY(!body->toPlainText().contains(WizardFlowFixture::VendorOrg));
}

QTEST_MAIN(TestApprovalPage)
#include "TestApprovalPage.moc"
