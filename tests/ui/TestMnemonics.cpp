#include "WizardFlowFixture.h"
#include "i18n/Translator.h"
#include "shell/MainWindow.h"
#include "wizard/ApprovalPage.h"
#include "wizard/CustomerRequestPage.h"
#include "wizard/OnboardingWizard.h"
#include "workspace/AppSettings.h"
#include "workspace/DraftStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTabBar>
#include <QtTest>

using namespace Qt::StringLiterals;

// Alt+letter works only when the letter is unique in the window: Qt gives an ambiguous mnemonic to
// the first owner, which takes the focus but is not pressed (issue 14). This test walks the home
// screen, the customers screen, the person screen and every wizard page — in each state it shows while
// the normal flow runs — in nb, nn and en, and fails listing every clash with its page and language.
class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyScreenHasUniqueMnemonics_data();
    void everyScreenHasUniqueMnemonics();
    void parsesMnemonics();

private:
    struct Owner
    {
        QString text;
        QString kind;
    };
    /// The Alt+letter of @p text (lower case), or a null QChar; "&&" is a literal ampersand.
    static QChar mnemonicOf(const QString &text);
    /// Every visible mnemonic owner of @p window, by letter; @p missing collects those without one.
    static QMap<QChar, QList<Owner>> collect(QWidget *window, QStringList *missing);
    /// Records the clashes of @p window as the screen @p screen.
    void check(QWidget *window, const QString &screen);

    WizardFlowFixture m_fixture;
    QStringList m_clashes;
    QStringList m_missing;
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SystemUserWizardTests"_s);
    QApplication::setApplicationName(u"TestMnemonics"_s);
    QVERIFY(m_fixture.startSandbox());
}

void TestMnemonics::init()
{
    AppSettings settings;
    settings.setLanguage({});
    settings.sync();
    QVERIFY(m_fixture.setUp());
    m_clashes.clear();
    m_missing.clear();
}

void TestMnemonics::cleanup()
{
    m_fixture.tearDown();
}

QChar TestMnemonics::mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

void TestMnemonics::parsesMnemonics()
{
    QCOMPARE(mnemonicOf(u"&Next >"_s), u'n');
    QCOMPARE(mnemonicOf(u"Profil&navn:"_s), u'n');
    QCOMPARE(mnemonicOf(u"A && B &Å"_s), QChar(u'å'));
    QCOMPARE(mnemonicOf(u"Rock && roll"_s), QChar());
    QCOMPARE(mnemonicOf(u"Cancel"_s), QChar());
}

QMap<QChar, QList<TestMnemonics::Owner>> TestMnemonics::collect(QWidget *window, QStringList *missing)
{
    QMap<QChar, QList<Owner>> owners;
    const auto add = [&](const QString &text, const QString &kind, bool expectsOne) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            owners[key].append({text, kind});
        else if (expectsOne && !text.trimmed().isEmpty())
            missing->append(kind + u" “"_s + text + u'”');
    };
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // Tab bars' scroll arrows and similar internals have no text.
            if (!qobject_cast<QTabBar *>(widget->parentWidget()))
                add(button->text(), u"button"_s, true);
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                add(label->text(), u"label"_s, true);
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            add(box->title(), u"group"_s, box->isCheckable());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), u"tab"_s, false);
            }
        }
    }
    return owners;
}

void TestMnemonics::check(QWidget *window, const QString &screen)
{
    QStringList missing;
    const auto owners = collect(window, &missing);
    if (qEnvironmentVariableIsSet("MNEMONICS_DUMP")) {
        QStringList all;
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            for (const Owner &owner : *it)
                all.append(it.key().toUpper() + u'=' + owner.text);
        qInfo().noquote() << screen << all.join(u" | "_s);
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it->size() < 2)
            continue;
        QStringList texts;
        for (const Owner &owner : *it)
            texts.append(owner.kind + u" “"_s + owner.text + u'”');
        m_clashes.append(screen + u": Alt+"_s + it.key().toUpper() + u" — "_s + texts.join(u", "_s));
        qInfo().noquote() << m_clashes.constLast();
    }
    // Reported, not failed (issue 14): the task cards, row actions and step buttons have none by design.
    const QString language = screen.section(u" · "_s, 0, 0);
    for (const QString &item : std::as_const(missing)) {
        const QString line = language + u": "_s + item;
        if (!m_missing.contains(line))
            m_missing.append(line);
    }
}

void TestMnemonics::everyScreenHasUniqueMnemonics_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nb") << u"nb"_s;
    QTest::newRow("nn") << u"nn"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestMnemonics::everyScreenHasUniqueMnemonics()
{
    QFETCH(QString, language);
    Translator translator(QCoreApplication::instance());
    QVERIFY(translator.install(language));
    AppSettings settings;

    // A saved draft of a valid system, so pages 1–3 are complete and page 4 has something to register.
    const Altinn::SystemDefinition system = m_fixture.exampleSystem(u"mnemonics"_s);
    QVERIFY(m_fixture.context()->drafts()->saveSystemDefinition(
        m_fixture.context()->profile().id, system.toRequestJson()));
    m_fixture.context()->drafts()->flush();

    MainWindow window(translator, settings);
    WizardContext *context = window.wizardContext();
    context->setSecretStores(m_fixture.context()->secretStore(true), m_fixture.context()->secretStore(false));
    context->setSandboxBaseUrl(m_fixture.baseUrl());
    QVERIFY(context->selectProfile(m_fixture.context()->profile().id));
    context->rememberSigningKey(m_fixture.context()->signingKey());
    window.resize(1100, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto screen = [&](const QString &name) -> QString {
        return language + u" · "_s + name;
    };

    check(&window, screen(u"home"_s));
    window.showCustomers();
    QTest::qWait(200);
    check(&window, screen(u"customers (no system yet)"_s));

    window.startTask(HomePage::Task::SetUpSystem);
    OnboardingWizard *wizard = window.wizard();
    QVERIFY(wizard);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::SystemDefinition);
    wizard->jumpTo(OnboardingWizard::PageId::Profile);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    check(&window, screen(u"page 1"_s));
    wizard->next();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
    check(&window, screen(u"page 2"_s));
    wizard->next();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::SystemDefinition);
    QTest::qWait(300);
    check(&window, screen(u"page 3"_s));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->currentPage()->isComplete(), 15000);
    wizard->next();

    // Page 4: the diff of a new system, then the receipt.
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Publish);
    auto *publish = wizard->findChild<QAbstractButton *>(u"publishButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(publish->isVisible() && publish->isEnabled(), 15000);
    check(&window, screen(u"page 4 (new system)"_s));
    publish->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QWidget *>(u"receiptBox"_s)->isVisible(), 15000);
    check(&window, screen(u"page 4 (registered)"_s));
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();

    // Page 5: empty, then filled in.
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::CustomerRequest);
    auto *orgNumber = wizard->customerRequestPage()->findChild<QLineEdit *>(u"orgNumberEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(orgNumber->isEnabled(), 15000);
    check(&window, screen(u"page 5 (empty)"_s));
    orgNumber->setFocus();
    QTest::keyClicks(orgNumber, WizardFlowFixture::Customer);
    auto *send = wizard->findChild<QAbstractButton *>(u"sendButton"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(send->isEnabled(),
        qPrintable(orgNumber->text() + u" | "_s
            + (wizard->customerRequestPage()->findings().isEmpty()
                    ? u"no findings"_s
                    : wizard->customerRequestPage()->findings().first().message)),
        15000);
    check(&window, screen(u"page 5 (filled in)"_s));
    send->click();

    // Page 6: waiting, then approved.
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPageId(), OnboardingWizard::PageId::Approval, 15000);
    wizard->approvalPage()->setFollowIntervals(
        {std::chrono::milliseconds(100), std::chrono::milliseconds(200)});
    QTest::qWait(300);
    check(&window, screen(u"page 6 (waiting)"_s));
    const auto customer = context->customers()->selected();
    QVERIFY(customer.has_value());
    QCOMPARE(m_fixture.approve(customer->requestId), 200);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 15000);
    check(&window, screen(u"page 6 (approved)"_s));
    wizard->next();

    // Page 7: before and after the token.
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::TestAuthentication);
    auto *customers = wizard->findChild<QComboBox *>(u"customerComboBox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(customers->currentText().contains(WizardFlowFixture::Customer), 15000);
    auto *getToken = wizard->findChild<QAbstractButton *>(u"getTokenButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(getToken->isEnabled(), 15000);
    check(&window, screen(u"page 7 (no token yet)"_s));
    getToken->click();
    QTRY_VERIFY_WITH_TIMEOUT(context->onboarding()->tokenTest().has_value(), 15000);
    QTest::qWait(200);
    check(&window, screen(u"page 7 (token)"_s));
    wizard->next();

    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Summary);
    QTest::qWait(300);
    check(&window, screen(u"page 8"_s));

    window.showCustomers();
    QTest::qWait(500);
    check(&window, screen(u"customers"_s));
    window.showPerson();
    QTest::qWait(200);
    check(&window, screen(u"person"_s));
    window.showHome();
    QTest::qWait(100);
    check(&window, screen(u"home (continue offered)"_s));

    if (!m_missing.isEmpty())
        qInfo().noquote() << u"Without a mnemonic:\n  "_s + m_missing.join(u"\n  "_s);
    QVERIFY2(m_clashes.isEmpty(), qPrintable(u"Mnemonic clashes:\n  "_s + m_clashes.join(u"\n  "_s)));
}

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
