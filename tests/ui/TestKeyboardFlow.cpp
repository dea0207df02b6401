#include "WizardFlowFixture.h"
#include "i18n/Translator.h"
#include "net/ActivityLog.h"
#include "secrets/MemorySecretStore.h"
#include "shell/MainWindow.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/PublishPage.h"
#include "workspace/AppSettings.h"
#include "workspace/DraftStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

// Keyboard users (issue 14): Enter does the page's main action — Register on page 4, Send in page 5's
// customer field — and the whole normal flow, home to summary, takes at most 45 key presses.
class TestKeyboardFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enterOnPublishRegisters();
    void enterInCustomerFieldSendsOnce();
    void enterInCustomerFieldKeepsAnInvalidNumber();
    void wholeFlowByKeyboard();

private:
    /// A wizard on the fixture's profile at page @p id, with a valid system drafted (and published for
    /// pages after 4).
    std::unique_ptr<OnboardingWizard> wizardAt(OnboardingWizard::PageId id);
    /// One counted key press, to the widget with the keyboard focus (the window when there is none).
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    /// What the user types into the focused widget: values, not commands — not counted.
    static void type(const QString &text);

    WizardFlowFixture m_fixture;
    QWidget *m_window = nullptr;
    QString m_page;
    QMap<QString, int> m_presses;
    QStringList m_pageOrder;
};

void TestKeyboardFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SystemUserWizardTests"_s);
    QApplication::setApplicationName(u"TestKeyboardFlow"_s);
    QVERIFY(m_fixture.startSandbox());
}

void TestKeyboardFlow::init()
{
    WizardTestSupport::clearWorkspace();
    AppSettings settings;
    settings.setLanguage({});
    settings.sync();
    m_presses.clear();
    m_pageOrder.clear();
}

void TestKeyboardFlow::cleanup()
{
    m_fixture.tearDown();
    m_window = nullptr;
}

std::unique_ptr<OnboardingWizard> TestKeyboardFlow::wizardAt(OnboardingWizard::PageId id)
{
    if (!m_fixture.setUp())
        return nullptr;
    WizardContext *context = m_fixture.context();
    const Altinn::SystemDefinition system = m_fixture.exampleSystem(u"keyboard"_s);
    context->drafts()->saveSystemDefinition(context->profile().id, system.toRequestJson());
    if (id > OnboardingWizard::PageId::Publish && !m_fixture.registerSystem(system))
        return nullptr;
    auto wizard = std::make_unique<OnboardingWizard>(context);
    wizard->resize(1100, 800);
    wizard->show();
    wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(wizard.get()))
        return nullptr;
    wizard->openAt(id);
    return wizard;
}

void TestKeyboardFlow::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : m_window, key, modifiers);
    if (!m_pageOrder.contains(m_page))
        m_pageOrder.append(m_page);
    ++m_presses[m_page];
    QTest::qWait(50); // a person's pace: what the key started (a filter, a focus move) shows first
    if (qEnvironmentVariableIsSet("KEYBOARD_TRACE")) {
        QWidget *focus = QApplication::focusWidget();
        qInfo().noquote() << m_page << QKeySequence(key | modifiers).toString() << "→"
                          << (focus ? QString::fromLatin1(focus->metaObject()->className()) + u' '
                                         + focus->objectName()
                                    : u"-"_s);
    }
}

void TestKeyboardFlow::type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void TestKeyboardFlow::enterOnPublishRegisters()
{
    auto wizard = wizardAt(OnboardingWizard::PageId::Publish);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Publish);
    PublishPage *page = wizard->publishPage();
    auto *publish = page->findChild<QPushButton *>(u"publishButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(publish->isVisible() && publish->isEnabled(), 15000);

    // Register is the page's default button, not the (disabled) Next.
    QVERIFY(publish->isDefault());
    QVERIFY(!qobject_cast<QPushButton *>(wizard->button(QWizard::NextButton))->isDefault());
    // Enter from the differences table (where a keyboard user reads them) registers.
    auto *table = page->findChild<QWidget *>(u"diffTable"_s);
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.context()->onboarding()->publishedSystem().has_value(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), PublishPage::Mode::UpToDate, 15000);

    // Registered: Enter goes on, as on every other page.
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(qobject_cast<QPushButton *>(wizard->button(QWizard::NextButton))->isDefault());
    QVERIFY(!publish->isDefault());
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(wizard->currentPage(), Qt::Key_Return);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::CustomerRequest);
}

void TestKeyboardFlow::enterInCustomerFieldSendsOnce()
{
    auto wizard = wizardAt(OnboardingWizard::PageId::CustomerRequest);
    QVERIFY(wizard);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::CustomerRequest);
    CustomerRequestPage *page = wizard->customerRequestPage();
    auto *orgNumber = page->findChild<QLineEdit *>(u"orgNumberEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page->system().has_value() && orgNumber->isEnabled(), 15000);
    orgNumber->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(orgNumber, WizardFlowFixture::Customer);
    auto *send = page->findChild<QAbstractButton *>(u"sendButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 15000);

    QSignalSpy pageChanges(wizard.get(), &QWizard::currentIdChanged);
    QTest::keyClick(orgNumber, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPageId(), OnboardingWizard::PageId::Approval, 15000);
    QTest::qWait(300);
    // Sent once (one POST of a request), and the wizard moved one page (the page's own move), not two.
    const auto requestPosts = [this] {
        const QList<Altinn::ActivityEntry> entries = m_fixture.context()->activityLog()->entries();
        return std::count_if(entries.cbegin(), entries.cend(), [](const Altinn::ActivityEntry &entry) {
            return entry.method == "POST" && entry.url.path().endsWith(u"/systemuser/request/vendor"_s);
        });
    };
    QCOMPARE(requestPosts(), 1);
    QCOMPARE(pageChanges.size(), 1);
    QCOMPARE(m_fixture.context()->onboarding()->requests().size(), 1);
}

void TestKeyboardFlow::enterInCustomerFieldKeepsAnInvalidNumber()
{
    auto wizard = wizardAt(OnboardingWizard::PageId::CustomerRequest);
    QVERIFY(wizard);
    CustomerRequestPage *page = wizard->customerRequestPage();
    auto *orgNumber = page->findChild<QLineEdit *>(u"orgNumberEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page->system().has_value() && orgNumber->isEnabled(), 15000);
    orgNumber->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(orgNumber, u"31090"_s);
    auto *message = page->findChild<QLabel *>(u"orgNumberMessage"_s);
    QVERIFY(message->isHidden()); // still typing: "too short" is not an error yet

    QTest::keyClick(orgNumber, Qt::Key_Return);
    QTest::qWait(300);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::CustomerRequest);
    QVERIFY(m_fixture.context()->onboarding()->requests().isEmpty());
    QCOMPARE(orgNumber->text(), u"31090"_s);
    QVERIFY(orgNumber->hasFocus());
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
}

void TestKeyboardFlow::wholeFlowByKeyboard()
{
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(u"en"_s));
    AppSettings settings;
    SandboxHost sandbox;
    QVERIFY(WizardTestSupport::startSandbox(sandbox));
    // Keys stay in memory: the test's keyring is not what is measured here.
    MemorySecretStore keys;
    MainWindow window(translator, settings, &sandbox);
    window.wizardContext()->setSecretStores(&keys, &keys);
    window.resize(1100, 820);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    m_window = &window;
    WizardContext *context = window.wizardContext();
    const auto onPage = [&] {
        return window.wizard() ? window.wizard()->currentPageId() : OnboardingWizard::PageId(-1);
    };

    // Counted: Tab, Shift+Tab, Enter, Space, arrows, Alt+letter. Not counted: the characters of the values
    // the user must type anyway (organisation numbers, ids, names, descriptions, a search word).
    m_page = u"home"_s;
    press(Qt::Key_Return); // the first card, "Set up or edit my system", has the focus
    QTRY_COMPARE(onPage(), OnboardingWizard::PageId::Profile);

    m_page = u"1 profile"_s;
    press(Qt::Key_O, Qt::AltModifier);
    type(WizardContext::DemoVendorOrgNumber);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(onPage(), OnboardingWizard::PageId::MaskinportenClient, 5000);

    m_page = u"2 client and key"_s;
    press(Qt::Key_G, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(context->profile().hasKey(), 30000);
    press(Qt::Key_N, Qt::AltModifier); // in the sandbox, Next registers the client first
    QTRY_COMPARE_WITH_TIMEOUT(onPage(), OnboardingWizard::PageId::SystemDefinition, 15000);
    QVERIFY(!context->profile().clientId.isEmpty());

    m_page = u"3 system"_s;
    press(Qt::Key_Tab); // from "Add to the sandbox's catalogue…" to the id
    type(u"keyboard"_s); // the id after the vendor's prefix
    press(Qt::Key_Tab);
    type(u"Tastatursystem"_s);
    press(Qt::Key_D, Qt::AltModifier);
    type(u"Henter krav og betalinger."_s);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    press(Qt::Key_Space); // copy the Bokmål texts to nn and en
    press(Qt::Key_R, Qt::AltModifier); // the rights tab, in its search field
    type(WizardFlowFixture::Resource);
    auto *rights = window.wizard()->findChild<QAbstractItemView *>(u"rightsView"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rights && rights->model()->rowCount() == 1, 15000); // the search found it
    press(Qt::Key_Tab); // "Show selected only"
    press(Qt::Key_Tab); // the list of rights
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(window.wizard()->currentPage()->isComplete(), 5000);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(onPage(), OnboardingWizard::PageId::Publish, 5000);

    m_page = u"4 publish"_s;
    auto *publish = window.wizard()->findChild<QPushButton *>(u"publishButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(publish->isVisible() && publish->isEnabled(), 15000);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window.wizard()->currentPage()->isComplete(), 15000);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(onPage(), OnboardingWizard::PageId::CustomerRequest, 5000);

    m_page = u"5 customer request"_s;
    auto *send = window.wizard()->customerRequestPage()->findChild<QAbstractButton *>(u"sendButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window.wizard()->customerRequestPage()->system().has_value(), 15000);
    press(Qt::Key_O, Qt::AltModifier);
    type(WizardFlowFixture::Customer);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 15000);
    press(Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(onPage(), OnboardingWizard::PageId::Approval, 15000);

    m_page = u"6 approval"_s;
    auto *approve = window.wizard()->findChild<QPushButton *>(u"approveNowButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(approve->isEnabled(), 15000);
    press(Qt::Key_V, Qt::AltModifier); // "Approve now (sandbox)"
    QTRY_VERIFY_WITH_TIMEOUT(window.wizard()->currentPage()->isComplete(), 15000);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(onPage(), OnboardingWizard::PageId::TestAuthentication, 5000);

    m_page = u"7 token"_s;
    auto *getToken = window.wizard()->findChild<QPushButton *>(u"getTokenButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(getToken->isEnabled(), 15000);
    press(Qt::Key_G, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(context->onboarding()->tokenTest().has_value(), 15000);
    QVERIFY(context->onboarding()->tokenTest()->ok);
    press(Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(onPage(), OnboardingWizard::PageId::Summary, 5000);

    m_page = u"8 summary"_s;
    press(Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(!window.wizard());

    int total = 0;
    QStringList lines;
    for (const QString &page : std::as_const(m_pageOrder)) {
        total += m_presses.value(page);
        lines.append(page + u": "_s + QString::number(m_presses.value(page)));
    }
    qInfo().noquote() << u"Key presses per page — "_s + lines.join(u", "_s) + u"; total "_s
            + QString::number(total);
    QVERIFY2(total <= 45, qPrintable(u"%1 key presses"_s.arg(total)));
}

QTEST_MAIN(TestKeyboardFlow)
#include "TestKeyboardFlow.moc"
