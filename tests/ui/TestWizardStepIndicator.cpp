#include "WizardFlowFixture.h"
#include "i18n/Translator.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/WizardStepIndicator.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;

/**
 * The step indicator above the wizard's pages: the states after walking pages 1–2 (a profile with a key
 * and a registered client), a done step goes back there when clicked or pressed, a step to do does
 * nothing, the accessible names and the texts in nb and en, and the band never covers the page.
 */
class TestWizardStepIndicator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void statesAfterWalkingToTheSystemDefinition();
    void clickingADoneStepJumpsThere();
    void aStepToDoIsNotClickable();
    void accessibleNamesAndTextsInBothLanguages();
    void theBandSitsAboveThePage();
    void emphasisMakesTheBandLarger();

private:
    std::unique_ptr<OnboardingWizard> makeWizardOnPage3();
    static QList<WizardStepIndicator::State> states(const WizardStepIndicator *indicator);

    WizardFlowFixture m_flow;
    std::unique_ptr<Translator> m_translator;
};

void TestWizardStepIndicator::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestWizardStepIndicator"_s);
    m_translator = std::make_unique<Translator>(QCoreApplication::instance());
    QVERIFY(m_translator->install(u"en"_s));
    QVERIFY(m_flow.startSandbox());
}

void TestWizardStepIndicator::init()
{
    QVERIFY(m_translator->install(u"en"_s));
    QVERIFY(m_flow.setUp());
}

void TestWizardStepIndicator::cleanup()
{
    m_flow.tearDown();
}

void TestWizardStepIndicator::cleanupTestCase()
{
    WizardTestSupport::clearWorkspace();
}

std::unique_ptr<OnboardingWizard> TestWizardStepIndicator::makeWizardOnPage3()
{
    auto wizard = std::make_unique<OnboardingWizard>(m_flow.context());
    wizard->resize(1040, 700);
    wizard->show();
    wizard->enterAt(OnboardingWizard::PageId::SystemDefinition);
    return wizard;
}

QList<WizardStepIndicator::State> TestWizardStepIndicator::states(const WizardStepIndicator *indicator)
{
    QList<WizardStepIndicator::State> result;
    for (int index = 0; index < 8; ++index)
        result.append(indicator->stateOf(index));
    return result;
}

void TestWizardStepIndicator::statesAfterWalkingToTheSystemDefinition()
{
    using State = WizardStepIndicator::State;
    auto wizard = makeWizardOnPage3();
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::SystemDefinition);
    WizardStepIndicator *indicator = wizard->stepIndicator();
    QVERIFY(indicator->isVisible());
    QCOMPARE(states(indicator),
        (QList<State>{State::Done, State::Done, State::Current, State::ToDo, State::ToDo, State::ToDo,
            State::ToDo, State::ToDo}));
    // Marks that do not rely on colour: ✓ done, ● current, the bare number still to do.
    QVERIFY(indicator->stepButton(0)->text().startsWith(u"✓ 1"_s));
    QVERIFY(indicator->stepButton(2)->text().startsWith(u"● 3"_s));
    QVERIFY(indicator->stepButton(2)->text().contains(u"System definition"_s));
    QVERIFY(indicator->stepButton(4)->text().startsWith(u"5"_s));
    QVERIFY(indicator->stepButton(2)->isChecked());

    // Back one page: page 3 is to do again only if it is not on the path; here it is simply no longer
    // current.
    wizard->back();
    QCOMPARE(indicator->stateOf(1), State::Current);
    QCOMPARE(indicator->stateOf(0), State::Done);
    QCOMPARE(indicator->stateOf(2), State::ToDo);
}

void TestWizardStepIndicator::clickingADoneStepJumpsThere()
{
    auto wizard = makeWizardOnPage3();
    WizardStepIndicator *indicator = wizard->stepIndicator();
    QToolButton *first = indicator->stepButton(0);
    QVERIFY(first->isEnabled());
    QCOMPARE(first->focusPolicy(), Qt::StrongFocus);
    QTest::mouseClick(first, Qt::LeftButton);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::Profile);
    QCOMPARE(indicator->stateOf(0), WizardStepIndicator::State::Current);

    // By keyboard too: walk on again, then Space on the done step 2.
    wizard->enterAt(OnboardingWizard::PageId::SystemDefinition);
    QToolButton *second = indicator->stepButton(1);
    second->setFocus();
    QTest::keyClick(second, Qt::Key_Space);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::MaskinportenClient);
}

void TestWizardStepIndicator::aStepToDoIsNotClickable()
{
    auto wizard = makeWizardOnPage3();
    WizardStepIndicator *indicator = wizard->stepIndicator();
    QToolButton *fifth = indicator->stepButton(4);
    QVERIFY(!fifth->isEnabled());
    QCOMPARE(fifth->focusPolicy(), Qt::NoFocus);
    QTest::mouseClick(fifth, Qt::LeftButton);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::SystemDefinition);
    // The current step stays current when clicked (and checked: the button does not toggle itself off).
    QToolButton *third = indicator->stepButton(2);
    QTest::mouseClick(third, Qt::LeftButton);
    QCOMPARE(wizard->currentPageId(), OnboardingWizard::PageId::SystemDefinition);
    QVERIFY(third->isChecked());
}

void TestWizardStepIndicator::accessibleNamesAndTextsInBothLanguages()
{
    auto wizard = makeWizardOnPage3();
    WizardStepIndicator *indicator = wizard->stepIndicator();
    QCOMPARE(indicator->stepButton(2)->accessibleName(), u"Step 3 of 8, System definition, current"_s);
    QCOMPARE(
        indicator->stepButton(0)->accessibleName(), u"Step 1 of 8, Organisation and environment, done"_s);
    QCOMPARE(indicator->stepButton(7)->accessibleName(), u"Step 8 of 8, Summary, to do"_s);

    QVERIFY(m_translator->install(u"nb"_s));
    QCoreApplication::processEvents();
    const QString name = OnboardingWizard::pageName(OnboardingWizard::PageId::SystemDefinition);
    QVERIFY2(name != u"System definition"_s, qPrintable(name));
    QVERIFY2(indicator->stepButton(2)->text().contains(name), qPrintable(indicator->stepButton(2)->text()));
    QVERIFY(indicator->stepButton(2)->accessibleName().contains(name));
    QVERIFY(indicator->stepButton(7)->toolTip().contains(
        OnboardingWizard::pageName(OnboardingWizard::PageId::Summary)));

    QVERIFY(m_translator->install(u"en"_s));
    QCoreApplication::processEvents();
    QVERIFY(indicator->stepButton(2)->text().contains(u"System definition"_s));
}

void TestWizardStepIndicator::theBandSitsAboveThePage()
{
    for (const QSize size : {QSize(1040, 700), QSize(760, 500)}) {
        auto wizard = makeWizardOnPage3();
        wizard->resize(size);
        QCoreApplication::processEvents();
        WizardStepIndicator *indicator = wizard->stepIndicator();
        QCOMPARE(indicator->width(), wizard->width());
        QVERIFY(indicator->height() > 0);
        // The page and the wizard's header start below the band.
        QWidget *page = wizard->currentPage();
        const QPoint pageTop = page->mapTo(wizard.get(), QPoint(0, 0));
        QVERIFY2(pageTop.y() >= indicator->geometry().bottom(),
            qPrintable(u"page at %1, band to %2"_s.arg(pageTop.y()).arg(indicator->geometry().bottom())));
        // So do the wizard's header and buttons: nothing of QWizard's own under the band, nothing cut below.
        for (QWidget *child : wizard->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (child != indicator)
                QVERIFY2(child->geometry().top() > indicator->geometry().bottom(),
                    child->metaObject()->className());
        }
        const QAbstractButton *next = wizard->button(QWizard::NextButton);
        QVERIFY(wizard->rect().contains(QRect(next->mapTo(wizard.get(), QPoint(0, 0)), next->size())));
        // Every step button is inside the band.
        for (int index = 0; index < 8; ++index)
            QVERIFY(indicator->rect().contains(indicator->stepButton(index)->geometry()));
        if (size.width() == 760)
            QVERIFY(!indicator->showsAllNames());
        // Emphasised (presenter mode) the band still fits: the current name is shortened, nothing is cut.
        indicator->setEmphasised(true);
        for (int index = 0; index < 8; ++index)
            QVERIFY(indicator->rect().contains(indicator->stepButton(index)->geometry()));
        const QToolButton *current = indicator->stepButton(2);
        QVERIFY(current->width() >= current->sizeHint().width());
        indicator->setEmphasised(false);
    }
}

void TestWizardStepIndicator::emphasisMakesTheBandLarger()
{
    auto wizard = makeWizardOnPage3();
    WizardStepIndicator *indicator = wizard->stepIndicator();
    const int before = indicator->height();
    const qreal pointSize = indicator->stepButton(2)->font().pointSizeF();
    indicator->setEmphasised(true);
    QVERIFY(indicator->stepButton(2)->font().pointSizeF() > pointSize * 1.2);
    QVERIFY(indicator->height() > before);
    QVERIFY(indicator->stepButton(2)->font().bold());
    indicator->setEmphasised(false);
    QCOMPARE(indicator->stepButton(2)->font().pointSizeF(), pointSize);
    QCOMPARE(indicator->height(), before);
}

QTEST_MAIN(TestWizardStepIndicator)
#include "TestWizardStepIndicator.moc"
