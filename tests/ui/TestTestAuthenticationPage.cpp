#include "WizardFlowFixture.h"
#include "common/OperationStatus.h"
#include "model/SystemUserRequestResponse.h"
#include "net/ActivityLog.h"
#include "onboarding/SystemUserTokenDiagnosis.h"
#include "shell/ApplicationStyle.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/TestAuthenticationPage.h"
#include "wizard/TokenCustomerPicker.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QWizard>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using Altinn::SystemUserRequestResponse;
using Cause = Altinn::SystemUserTokenDiagnosis::Cause;

/// Page 7: a system user token for an approved customer, its claims, MP-303 diagnosed, an API called.
class TestTestAuthenticationPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void approvedCustomerGetsATokenWithExplainedClaims();
    void clientIdMissingFromTheSystemIsDiagnosed();
    void customerWithoutSystemUserIsDiagnosed();
    void wrongExternalRefIsCorrected();
    void anotherCustomerGetsItsOwnExternalRef();
    void clockOffIsSaid();
    void timeTravelKeepsTheTokenAndItsCountdown();
    void callsAnApiWithTheToken();

private:
    /// Registers @p system, sends a request for @p customer and approves it; the request as approved.
    SystemUserRequestResponse approvedCustomer(
        const Altinn::SystemDefinition &system, const QString &customer = WizardFlowFixture::Customer);
    TestAuthenticationPage *openPage();
    void grab(const QString &name);
    /// Gets a token on the page; the token, taken from the clipboard with "Copy token".
    QByteArray getToken();
    OperationStatus *status(const QString &name) const { return m_page->findChild<OperationStatus *>(name); }
    QString claimValue(const QString &claim) const;
    /// Every text the page shows (labels, fields, table cells).
    QString everythingShown() const;
    /// The findings' cause property, likely causes only.
    QList<Cause> likelyCauses() const;
    void clickTheFindingsButton();

    static inline const QString SecondCustomer = QStringLiteral("310349070"); // BLOMSTRETE VRIEN TIGER AS

    WizardFlowFixture m_flow;
    std::unique_ptr<QWizard> m_wizard;
    TestAuthenticationPage *m_page = nullptr;
};

void TestTestAuthenticationPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestTestAuthenticationPage"_s);
    // As in the app, so that screenshots show what users see.
    installApplicationStyle(*qApp);
    QVERIFY(m_flow.startSandbox());
}

void TestTestAuthenticationPage::init()
{
    QVERIFY(m_flow.setUp());
}

void TestTestAuthenticationPage::cleanup()
{
    m_wizard.reset();
    m_page = nullptr;
    m_flow.tearDown();
}

SystemUserRequestResponse TestTestAuthenticationPage::approvedCustomer(
    const Altinn::SystemDefinition &system, const QString &customer)
{
    const QJsonObject created = m_flow.createRequest(system.id, customer);
    SystemUserRequestResponse request =
        SystemUserRequestResponse::fromJson(created, Altinn::RequestKind::Standard);
    if (created.isEmpty() || m_flow.approve(request.id) != 200)
        return {};
    request.status = Altinn::RequestStatus::Accepted;
    return request;
}

TestAuthenticationPage *TestTestAuthenticationPage::openPage()
{
    m_wizard = std::make_unique<QWizard>();
    m_wizard->resize(1100, 800);
    m_page = new TestAuthenticationPage(m_flow.context(), m_flow.state());
    m_wizard->setPage(static_cast<int>(OnboardingWizard::PageId::TestAuthentication), m_page);
    m_wizard->show();
    return m_page;
}

void TestTestAuthenticationPage::grab(const QString &name)
{
    const QString directory = qEnvironmentVariable("PAGES_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QTest::qWait(50);
    QVERIFY(m_wizard->grab().save(QDir(directory).filePath(u"wizard-"_s + name + u"-en.png"_s)));
}

QByteArray TestTestAuthenticationPage::getToken()
{
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"getTokenButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return !status(u"tokenStatus"_s)->isBusy(); }, 15000))
        return {};
    auto *copy = m_page->findChild<QPushButton *>(u"copyTokenButton"_s);
    if (!copy->isEnabled())
        return {};
    QTest::mouseClick(copy, Qt::LeftButton);
    return QGuiApplication::clipboard()->text().toLatin1();
}

QString TestTestAuthenticationPage::claimValue(const QString &claim) const
{
    const auto *table = m_page->findChild<QTableWidget *>(u"claimsTable"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == claim)
            return table->item(row, 1)->text();
    }
    return {};
}

QString TestTestAuthenticationPage::everythingShown() const
{
    QStringList texts;
    for (const QLabel *label : m_page->findChildren<QLabel *>())
        texts << label->text();
    for (const QLineEdit *edit : m_page->findChildren<QLineEdit *>())
        texts << edit->text();
    for (const QPlainTextEdit *edit : m_page->findChildren<QPlainTextEdit *>())
        texts << edit->toPlainText();
    const auto *table = m_page->findChild<QTableWidget *>(u"claimsTable"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column)
            texts << table->item(row, column)->text() << table->item(row, column)->toolTip();
    }
    return texts.join(u'\n');
}

QList<Cause> TestTestAuthenticationPage::likelyCauses() const
{
    QList<Cause> causes;
    for (const QFrame *frame : m_page->findChild<QWidget *>(u"findingsBox"_s)->findChildren<QFrame *>()) {
        if (frame->property("severity").toString() == u"error")
            causes << static_cast<Cause>(frame->property("cause").toInt());
    }
    return causes;
}

void TestTestAuthenticationPage::clickTheFindingsButton()
{
    auto *button = m_page->findChild<QWidget *>(u"findingsBox"_s)->findChild<QPushButton *>();
    QVERIFY(button);
    QVERIFY(!button->accessibleName().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestTestAuthenticationPage::approvedCustomerGetsATokenWithExplainedClaims()
{
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    const SystemUserRequestResponse first = approvedCustomer(system);
    const SystemUserRequestResponse second = approvedCustomer(system, SecondCustomer);
    QVERIFY(!first.id.isEmpty() && !second.id.isEmpty());
    OnboardingState *state = m_flow.state();
    state->setPublishedSystem(system, QDateTime::currentDateTimeUtc());
    state->recordRequest(second);
    m_flow.selectRequest(first);

    openPage();
    auto *customers = m_page->findChild<QComboBox *>(u"customerComboBox"_s);
    QTRY_COMPARE_WITH_TIMEOUT(customers->count(), 2, 15000);
    // The request the wizard followed, now approved, is the one chosen.
    QVERIFY(customers->currentText().startsWith(WizardFlowFixture::Customer));
    // Names from the sandbox register make the list readable.
    QTRY_VERIFY(
        customers->itemText(customers->findData(SecondCustomer)).contains(u"BLOMSTRETE VRIEN TIGER"_s));
    QCOMPARE(m_page->findChild<QLineEdit *>(u"externalRefEdit"_s)->text(), first.externalRef);
    QVERIFY(!m_page->findChild<QLineEdit *>(u"scopesEdit"_s)->text().isEmpty());
    QVERIFY(!m_page->findChild<QWidget *>(u"resultSection"_s)->isVisible());

    const QByteArray token = getToken();
    QCOMPARE(status(u"tokenStatus"_s)->state(), OperationStatus::State::Succeeded);
    QCOMPARE(token.count('.'), 2);
    QCOMPARE(claimValue(u"authorization_details.systemuser_org"_s), WizardFlowFixture::Customer);
    QCOMPARE(claimValue(u"authorization_details.system_id"_s), system.id);
    QVERIFY(!claimValue(u"authorization_details.systemuser_id"_s).isEmpty());
    QVERIFY(claimValue(u"consumer"_s).contains(WizardFlowFixture::VendorOrg));
    const qint64 left = m_page->secondsLeft();
    QVERIFY2(left > 60 && left <= 120, qPrintable(QString::number(left)));
    auto *countdown = m_page->findChild<QLabel *>(u"countdownLabel"_s);
    QVERIFY(countdown->text().contains(u"left"_s));
    const QString before = countdown->text();
    QTRY_VERIFY_WITH_TIMEOUT(countdown->text() != before, 3000);

    // Copying warns that the token is a secret; the token itself is shown nowhere.
    QVERIFY(m_page->findChild<QLabel *>(u"copyWarning"_s)->isVisible());
    QVERIFY(m_page->findChild<QLabel *>(u"copyWarning"_s)->text().contains(u"secret"_s));
    QVERIFY(!everythingShown().contains(QString::fromLatin1(token)));

    const auto test = state->tokenTest();
    QVERIFY(test.has_value());
    QVERIFY(test->ok);
    QCOMPARE(test->customerOrgNo, WizardFlowFixture::Customer);
    QCOMPARE(test->externalRef, first.externalRef);
    QVERIFY(test->testedAt.isValid());
    QVERIFY(!test->claims.isEmpty());
    for (const Altinn::ClaimRow &row : test->claims)
        QVERIFY(!row.value.contains(QString::fromLatin1(token)) && !row.value.contains(u"eyJ"_s));
    QVERIFY(test->failure.isEmpty());
    grab(u"test-authentication"_s);

    // The other customer, chosen in the list.
    customers->setCurrentIndex(customers->findData(SecondCustomer));
    QVERIFY(!getToken().isEmpty());
    QCOMPARE(claimValue(u"authorization_details.systemuser_org"_s), SecondCustomer);
    QCOMPARE(state->tokenTest()->customerOrgNo, SecondCustomer);
}

void TestTestAuthenticationPage::clientIdMissingFromTheSystemIsDiagnosed()
{
    Altinn::SystemDefinition system = m_flow.exampleSystem();
    system.clientIds.clear();
    QVERIFY(m_flow.registerSystem(system));
    QVERIFY(!approvedCustomer(system).id.isEmpty());
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());

    openPage();
    auto *customers = m_page->findChild<QComboBox *>(u"customerComboBox"_s);
    QTRY_COMPARE_WITH_TIMEOUT(customers->count(), 1, 15000);
    QVERIFY(getToken().isEmpty());
    OperationStatus *tokenStatus = status(u"tokenStatus"_s);
    QCOMPARE(tokenStatus->state(), OperationStatus::State::Failed);
    QVERIFY(tokenStatus->text().contains(u"MP-303"_s));
    QVERIFY(!m_page->findChild<QWidget *>(u"resultSection"_s)->isVisible());

    QVERIFY(m_page->findChild<QWidget *>(u"diagnosisSection"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!likelyCauses().isEmpty(), 15000);
    QCOMPARE(likelyCauses().first(), Cause::ClientIdMissing);
    // Keyboard only: from "Get token" through "Try again" to the finding's button (shown once laid out).
    QTRY_VERIFY(m_page->findChild<QPushButton *>(u"findingRemedyButton"_s)->isVisible());
    m_page->findChild<QPushButton *>(u"getTokenButton"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"retryButton"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"findingRemedyButton"_s);
    QSignalSpy editSystem(m_page, &TestAuthenticationPage::editSystemRequested);
    clickTheFindingsButton();
    QCOMPARE(editSystem.size(), 1);

    const auto test = m_flow.state()->tokenTest();
    QVERIFY(test.has_value());
    QVERIFY(!test->ok);
    QVERIFY(test->failure.contains(u"MP-303"_s));
    QVERIFY(test->claims.isEmpty());
    grab(u"test-authentication-mp303"_s);
}

void TestTestAuthenticationPage::customerWithoutSystemUserIsDiagnosed()
{
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());

    openPage();
    auto *hintButton = m_page->findChild<QPushButton *>(u"customerHintButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hintButton->isVisible(), 15000);
    QCOMPARE(m_page->findChild<QComboBox *>(u"customerComboBox"_s)->count(), 0);
    QSignalSpy askCustomer(m_page, &TestAuthenticationPage::customerRequestRequested);
    QTest::mouseClick(hintButton, Qt::LeftButton);
    QCOMPARE(askCustomer.size(), 1);

    // A number that is not an organisation number is caught before asking.
    auto *customers = m_page->findChild<QComboBox *>(u"customerComboBox"_s);
    customers->setEditText(u"310904474"_s);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"getTokenButton"_s), Qt::LeftButton);
    QCOMPARE(m_page->findChild<QLabel *>(u"customerMessage"_s)->property("kind").toString(), u"error"_s);
    QVERIFY(!status(u"tokenStatus"_s)->isBusy());

    customers->setEditText(WizardFlowFixture::Customer);
    QVERIFY(getToken().isEmpty());
    QCOMPARE(status(u"tokenStatus"_s)->state(), OperationStatus::State::Failed);
    QTRY_VERIFY_WITH_TIMEOUT(!likelyCauses().isEmpty(), 15000);
    QCOMPARE(likelyCauses().first(), Cause::NoRequestSent);
    clickTheFindingsButton();
    QCOMPARE(askCustomer.size(), 2);
}

void TestTestAuthenticationPage::wrongExternalRefIsCorrected()
{
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    QVERIFY(!approvedCustomer(system).id.isEmpty());
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());

    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QComboBox *>(u"customerComboBox"_s)->count(), 1, 15000);
    auto *externalRef = m_page->findChild<QLineEdit *>(u"externalRefEdit"_s);
    externalRef->setText(u"kunde-42"_s);
    QVERIFY(getToken().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!likelyCauses().isEmpty(), 15000);
    QCOMPARE(likelyCauses().first(), Cause::ExternalRefMismatch);

    // One click puts the system user's own reference in the field; then it works.
    clickTheFindingsButton();
    QCOMPARE(externalRef->text(), WizardFlowFixture::Customer);
    QVERIFY(!getToken().isEmpty());
    QCOMPARE(claimValue(u"authorization_details.systemuser_org"_s), WizardFlowFixture::Customer);
    QVERIFY(!m_page->findChild<QWidget *>(u"diagnosisSection"_s)->isVisible());
}

void TestTestAuthenticationPage::anotherCustomerGetsItsOwnExternalRef()
{
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    // The first customer's system user has a reference of its own; the second has Altinn's default.
    const WizardFlowFixture::Reply created = m_flow.post(u"authentication/api/v1/systemuser/request/vendor"_s,
        QJsonObject{{u"systemId"_s, system.id}, {u"partyOrgNo"_s, WizardFlowFixture::Customer},
            {u"externalRef"_s, u"kunde-1"_s},
            {u"rights"_s, QJsonArray{Altinn::Right::forResource(WizardFlowFixture::Resource).toJson()}},
            {u"redirectUrl"_s, WizardFlowFixture::Callback}},
        m_flow.vendorToken());
    QCOMPARE(created.status, 201);
    QCOMPARE(m_flow.approve(QJsonDocument::fromJson(created.body).object().value(u"id"_s).toString()), 200);
    QVERIFY(!approvedCustomer(system, SecondCustomer).id.isEmpty());
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());

    openPage();
    auto *customers = m_page->findChild<QComboBox *>(u"customerComboBox"_s);
    QTRY_COMPARE_WITH_TIMEOUT(customers->count(), 2, 15000);
    auto *externalRef = m_page->findChild<QLineEdit *>(u"externalRefEdit"_s);
    auto *picker = m_page->findChild<TokenCustomerPicker *>();
    QSignalSpy changed(picker, &TokenCustomerPicker::customerChanged);
    customers->setCurrentIndex(customers->findData(WizardFlowFixture::Customer));
    QCOMPARE(externalRef->text(), u"kunde-1"_s);

    // Typing the other customer's number (rather than choosing it in the list) must not keep "kunde-1":
    // Maskinporten would find no system user (MP-303).
    customers->setEditText(SecondCustomer);
    QCOMPARE(picker->currentOrgNo(), SecondCustomer);
    QCOMPARE(externalRef->text(), SecondCustomer);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!getToken().isEmpty());
    QCOMPARE(claimValue(u"authorization_details.systemuser_org"_s), SecondCustomer);

    // A customer without a system user here has no reference: Altinn's default, the org number.
    customers->setEditText(WizardFlowFixture::VendorOrg);
    QVERIFY(externalRef->text().isEmpty());
    // Back to the first one, in the list or through the page: its own reference again.
    customers->setCurrentIndex(customers->findData(WizardFlowFixture::Customer));
    QCOMPARE(externalRef->text(), u"kunde-1"_s);
    m_page->selectCustomer(SecondCustomer);
    QCOMPARE(externalRef->text(), SecondCustomer);
    m_page->selectCustomer(WizardFlowFixture::Customer);
    QCOMPARE(externalRef->text(), u"kunde-1"_s);
    QVERIFY(!getToken().isEmpty());
    QCOMPARE(claimValue(u"authorization_details.systemuser_org"_s), WizardFlowFixture::Customer);
}

void TestTestAuthenticationPage::clockOffIsSaid()
{
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    QVERIFY(!approvedCustomer(system).id.isEmpty());
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());

    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QComboBox *>(u"customerComboBox"_s)->count(), 1, 15000);
    // Maskinporten a day ahead: every grant this computer signs has expired there (a sandbox Maskinporten
    // that follows its travelled clock).
    QCOMPARE(m_flow.changeSettings({{u"maskinportenClock"_s, u"sandbox"_s}}), 200);
    QCOMPARE(m_flow.post(u"sandbox/clock/advance?days=1"_s, {}).status, 200);
    QVERIFY(getToken().isEmpty());
    QCOMPARE(status(u"tokenStatus"_s)->state(), OperationStatus::State::Failed);
    auto *clock = m_page->findChild<QLabel *>(u"clockSkewLabel"_s);
    QVERIFY(clock->isVisible());
    QVERIFY(clock->text().contains(u"clock"_s));
    QVERIFY(!m_page->findChild<QWidget *>(u"diagnosisSection"_s)->isVisible());
    QCOMPARE(m_flow.changeSettings({{u"maskinportenClock"_s, u"real"_s}}), 200); // settings outlive a reset
}

void TestTestAuthenticationPage::timeTravelKeepsTheTokenAndItsCountdown()
{
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    QVERIFY(!approvedCustomer(system).id.isEmpty());
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());

    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QComboBox *>(u"customerComboBox"_s)->count(), 1, 15000);
    // Demoing a timed-out request: 181 days ahead. The token's iat/exp are the sandbox's future; the
    // countdown still says two minutes, and nothing blames this computer's clock.
    QCOMPARE(m_flow.changeSettings({{u"maskinportenClock"_s, u"real"_s}}), 200);
    QCOMPARE(m_flow.post(u"sandbox/clock/advance?days=181"_s, {}).status, 200);
    QVERIFY(!getToken().isEmpty());
    QCOMPARE(status(u"tokenStatus"_s)->state(), OperationStatus::State::Succeeded);
    const qint64 left = m_page->secondsLeft();
    QVERIFY2(left > 60 && left <= 120, qPrintable(QString::number(left)));
    QVERIFY(!m_page->findChild<QLabel *>(u"clockSkewLabel"_s)->isVisible());
}

void TestTestAuthenticationPage::callsAnApiWithTheToken()
{
    const Altinn::SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    QVERIFY(!approvedCustomer(system).id.isEmpty());
    m_flow.state()->setPublishedSystem(system, QDateTime::currentDateTimeUtc());

    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QComboBox *>(u"customerComboBox"_s)->count(), 1, 15000);
    auto *toggle = m_page->findChild<QToolButton *>(u"callApiToggle"_s);
    auto *section = m_page->findChild<QWidget *>(u"callApiSection"_s);
    QVERIFY(!section->isVisible());

    // Without a token there is nothing to call with.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(section->isVisible());
    auto *url = m_page->findChild<QLineEdit *>(u"urlEdit"_s);
    auto *send = m_page->findChild<QPushButton *>(u"sendApiCallButton"_s);
    url->setText(m_flow.baseUrl().toString() + u"sandbox/health"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(status(u"apiStatus"_s)->state(), OperationStatus::State::Failed);

    const QByteArray token = getToken();
    QVERIFY(!token.isEmpty());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!status(u"apiStatus"_s)->isBusy(), 15000);
    QCOMPARE(status(u"apiStatus"_s)->state(), OperationStatus::State::Succeeded);
    QVERIFY(m_page->findChild<QLabel *>(u"answerStatusLabel"_s)->text().contains(u"200"_s));
    const QString body = m_page->findChild<QPlainTextEdit *>(u"answerBodyView"_s)->toPlainText();
    QVERIFY2(body.contains(u"\"status\": \"ok\""_s), qPrintable(body));
    QVERIFY(body.contains(u'\n'));
    QVERIFY(m_page->findChild<QPlainTextEdit *>(u"answerHeadersView"_s)
                ->toPlainText()
                .contains(u"Content-Type"_s, Qt::CaseInsensitive));
    grab(u"test-authentication-api"_s);

    // Only web addresses: anything else is refused with a message, and nothing is sent.
    Altinn::ActivityLog *log = m_flow.context()->activityLog();
    const qsizetype logged = log->entries().size();
    for (const QString &refused : {u"file:///etc/passwd"_s, u"ftp://example.com/data"_s, u"example.com"_s}) {
        url->setText(refused);
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(status(u"apiStatus"_s)->state(), OperationStatus::State::Failed);
        QVERIFY(!status(u"apiStatus"_s)->text().isEmpty());
    }
    QTest::qWait(50);
    QCOMPARE(log->entries().size(), logged);

    // The call is in the activity log — and the token nowhere in it.
    bool found = false;
    for (const Altinn::ActivityEntry &entry : log->entries())
        found = found || entry.url.path() == u"/sandbox/health";
    QVERIFY(found);
    const QByteArray bundle = log->supportBundle(u"test"_s);
    QVERIFY(!bundle.contains(token));
    QVERIFY(!Altinn::Redaction::containsSecret(bundle));
    for (const Altinn::ActivityEntry &entry : log->entries())
        QVERIFY(!Altinn::ActivityLog::curlCommand(entry).contains(QString::fromLatin1(token)));
    QVERIFY(!everythingShown().contains(QString::fromLatin1(token)));
}

QTEST_MAIN(TestTestAuthenticationPage)
#include "TestTestAuthenticationPage.moc"
