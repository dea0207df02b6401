#include "WizardFlowFixture.h"
#include "editor/CatalogueRoles.h"
#include "editor/ResourceListModel.h"
#include "editor/RightsPicker.h"
#include "editor/SystemDefinitionEditor.h"
#include "editor/ValidationPanel.h"
#include "i18n/Translator.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/SystemDefinitionPage.h"
#include "workspace/DraftStore.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using PageId = OnboardingWizard::PageId;

/// Page 3 as a newcomer meets it in the wizard at the window's opening size (1040×760): problems
/// once fields are touched, readable fields, a rights list whose titles can be read, and check
/// boxes a screen reader can toggle (issue 14).
class TestSystemDefinitionPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void freshPageShowsProblemsOnlyAfterTouch();
    void showWhatIsMissingRevealsEverything();
    void loadedDraftShowsItsProblems();
    void defaultProportionsLeaveRoomForTheTexts();
    void rightsTitleColumnTakesTheSpareWidth_data();
    void rightsTitleColumnTakesTheSpareWidth();
    void screenReaderToggleChecksARight();
    void screenshots();

private:
    SystemDefinitionPage *openPage(const QString &language = u"en"_s, QSize size = {1040, 760});
    SystemDefinitionEditor *editor() const { return m_wizard->systemDefinitionPage()->editor(); }
    static QStringList paths(const QList<Validation::Finding> &findings);

    WizardFlowFixture m_flow;
    std::unique_ptr<Translator> m_translator;
    std::unique_ptr<OnboardingWizard> m_wizard;
};

void TestSystemDefinitionPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestSystemDefinitionPage"_s);
    m_translator = std::make_unique<Translator>(QCoreApplication::instance());
    QVERIFY(m_flow.startSandbox());
}

void TestSystemDefinitionPage::init()
{
    QVERIFY(m_flow.setUp());
}

void TestSystemDefinitionPage::cleanup()
{
    m_wizard.reset();
    m_flow.tearDown();
    QVERIFY(m_translator->install(u"en"_s));
}

SystemDefinitionPage *TestSystemDefinitionPage::openPage(const QString &language, QSize size)
{
    if (!m_translator->install(language))
        return nullptr;
    m_flow.context()->setLanguage(language);
    m_wizard = std::make_unique<OnboardingWizard>(m_flow.context());
    m_wizard->resize(size);
    m_wizard->show();
    m_wizard->activateWindow();
    if (!QTest::qWaitForWindowActive(m_wizard.get()))
        return nullptr;
    m_wizard->openAt(PageId::SystemDefinition);
    // The rights list comes from the sandbox's resource registry.
    ResourceListModel *model = editor()->rightsPicker()->model();
    if (!QTest::qWaitFor([model] { return model->rowCount() > 0; }, 10000))
        return nullptr;
    return m_wizard->systemDefinitionPage();
}

QStringList TestSystemDefinitionPage::paths(const QList<Validation::Finding> &findings)
{
    QStringList result;
    for (const Validation::Finding &finding : findings)
        result.append(finding.path);
    return result;
}

void TestSystemDefinitionPage::freshPageShowsProblemsOnlyAfterTouch()
{
    QVERIFY(openPage());
    SystemDefinitionEditor *editor = this->editor();
    QListWidget *list = editor->validationPanel()->list();
    auto *suffix = editor->findChild<QLineEdit *>(u"systemIdSuffixEdit"_s);
    auto *idMessage = editor->findChild<QLabel *>(u"systemIdMessageLabel"_s);
    auto *nbName = editor->findChild<QLineEdit *>(u"nbNameEdit"_s);
    auto *tabs = editor->findChild<QTabWidget *>(u"editorTabs"_s);

    // On arrival: the errors exist (Next stays off), but none is shown.
    QVERIFY(Validation::Findings::hasErrors(editor->findings()));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(editor->shownFindings().isEmpty());
    QVERIFY(list->isHidden());
    QVERIFY(idMessage->isHidden());
    QVERIFY(!nbName->property("invalid").toBool());
    for (int tab = 0; tab < tabs->count(); ++tab)
        QVERIFY(tabs->tabIcon(tab).isNull());
    QVERIFY(editor->findChild<QPushButton *>(u"showAllProblemsButton"_s)->isVisible());

    // Typing alone shows nothing yet; leaving the field shows its problem, and only that.
    suffix->setFocus();
    QTRY_VERIFY(suffix->hasFocus());
    QTest::keyClicks(suffix, u"smart/regnskap"_s);
    QTest::qWait(300);
    QVERIFY(editor->shownFindings().isEmpty());
    nbName->setFocus();
    QTRY_VERIFY(!idMessage->isHidden());
    QVERIFY(idMessage->text().contains(u"\"/\""_s));
    QCOMPARE(paths(editor->shownFindings()), QStringList{u"/id"_s});
    QCOMPARE(list->count(), 1);
    QVERIFY(!nbName->property("invalid").toBool());

    // Next shows every problem and goes to the first; the page stays.
    m_wizard->next();
    QCOMPARE(m_wizard->currentPageId(), PageId::SystemDefinition);
    QCOMPARE(editor->shownFindings().size(), editor->findings().size());
    QVERIFY(list->count() >= 8);
    QVERIFY(nbName->property("invalid").toBool());
    QTRY_VERIFY(suffix->hasFocus());
    QVERIFY(editor->findChild<QPushButton *>(u"showAllProblemsButton"_s)->isHidden());

    // Fixing clears the problem at once (the field was touched).
    suffix->selectAll();
    QTest::keyClicks(suffix, u"smartregnskap"_s);
    QTRY_VERIFY(idMessage->isHidden());
    QVERIFY(!paths(editor->shownFindings()).contains(u"/id"_s));
}

void TestSystemDefinitionPage::showWhatIsMissingRevealsEverything()
{
    QVERIFY(openPage());
    SystemDefinitionEditor *editor = this->editor();
    auto *button = editor->findChild<QPushButton *>(u"showAllProblemsButton"_s);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(editor->shownFindings().size(), editor->findings().size());
    QVERIFY(!editor->validationPanel()->list()->isHidden());
    QVERIFY(button->isHidden());
}

void TestSystemDefinitionPage::loadedDraftShowsItsProblems()
{
    Altinn::SystemDefinition draft = m_flow.exampleSystem();
    draft.name.insert(u"nn"_s, QString());
    m_flow.context()->drafts()->saveSystemDefinition(m_flow.context()->profile().id, draft.toRequestJson());
    QVERIFY(openPage());
    QVERIFY(paths(editor()->shownFindings()).contains(u"/name/nn"_s));
    QCOMPARE(editor()->shownFindings().size(), editor()->findings().size());
    QVERIFY(editor()->findChild<QLineEdit *>(u"nnNameEdit"_s)->property("invalid").toBool());
}

void TestSystemDefinitionPage::defaultProportionsLeaveRoomForTheTexts()
{
    QVERIFY(openPage(u"nb"_s));
    auto *splitter = editor()->findChild<QSplitter *>(u"editorSplitter"_s);
    const QList<int> sizes = splitter->sizes();
    QCOMPARE(sizes.size(), 2);
    const double formShare = double(sizes.at(0)) / (sizes.at(0) + sizes.at(1));
    QVERIFY2(formShare > 0.65 && formShare < 0.75, qPrintable(QString::number(formShare)));
    // A name of about 40 characters and a description line of about 50 fit without scrolling.
    const int average = editor()->fontMetrics().averageCharWidth();
    for (const QString &language : {u"nb"_s, u"nn"_s, u"en"_s}) {
        const QWidget *name = editor()->findChild<QLineEdit *>(language + u"NameEdit"_s);
        const QWidget *description = editor()->findChild<QPlainTextEdit *>(language + u"DescriptionEdit"_s);
        QVERIFY2(name->width() >= 30 * average, qPrintable(QString::number(name->width())));
        QVERIFY2(description->width() >= 45 * average, qPrintable(QString::number(description->width())));
    }
}

void TestSystemDefinitionPage::rightsTitleColumnTakesTheSpareWidth_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("nb") << u"nb"_s;
    QTest::newRow("nn") << u"nn"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestSystemDefinitionPage::rightsTitleColumnTakesTheSpareWidth()
{
    QFETCH(QString, language);
    QVERIFY(openPage(language));
    auto *tabs = editor()->findChild<QTabWidget *>(u"editorTabs"_s);
    tabs->setCurrentIndex(1);
    QTreeView *view = editor()->rightsPicker()->view();
    QTRY_VERIFY(view->isVisible());
    QTest::qWait(50);
    const QHeaderView *header = view->header();
    const int viewport = view->viewport()->width();
    const int title = header->sectionSize(ResourceListModel::TitleColumn);
    const QString widths = u"viewport %1, title %2, owner %3, type %4, identifier %5"_s.arg(viewport)
                               .arg(title)
                               .arg(header->sectionSize(ResourceListModel::OwnerColumn))
                               .arg(header->sectionSize(ResourceListModel::TypeColumn))
                               .arg(header->sectionSize(ResourceListModel::IdentifierColumn));
    qInfo("%s: %s", qPrintable(language), qPrintable(widths));
    QVERIFY2(title >= 0.4 * viewport, qPrintable(widths));
    for (int column = ResourceListModel::OwnerColumn; column < ResourceListModel::ColumnCount; ++column)
        QVERIFY2(title > header->sectionSize(column), qPrintable(widths));
    // Every column stays within the view: nothing to scroll sideways for.
    QVERIFY2(header->length() <= viewport + 1, qPrintable(widths));
}

void TestSystemDefinitionPage::screenReaderToggleChecksARight()
{
    QVERIFY(openPage());
    auto *tabs = editor()->findChild<QTabWidget *>(u"editorTabs"_s);
    tabs->setCurrentIndex(1);
    QTreeView *view = editor()->rightsPicker()->view();
    QTRY_VERIFY(view->isVisible());
    const QAbstractItemModel *model = view->model();
    int row = 0;
    while (row < model->rowCount()
        && model->index(row, 0).data(CatalogueRoles::Key).toString() != WizardFlowFixture::Resource)
        ++row;
    QVERIFY(row < model->rowCount());

    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(view);
    QVERIFY(tree && tree->tableInterface());
    QAccessibleInterface *cell = tree->tableInterface()->cellAt(row, ResourceListModel::TitleColumn);
    QVERIFY(cell);
    QVERIFY(cell->state().checkable);
    QVERIFY(!cell->state().checked);
    QAccessibleActionInterface *actions = cell->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::toggleAction()));

    actions->doAction(QAccessibleActionInterface::toggleAction());
    // Qt's item view cell (QAccessibleTableCell) toggles the cell's *selection*, not its check box;
    // still to be fixed (issue 14, brief H4 point 4).
    QEXPECT_FAIL("", "The Toggle action selects the row instead of checking the right", Abort);
    QCOMPARE(editor()->rightsPicker()->selectedIdentifiers(), QStringList{WizardFlowFixture::Resource});
    QVERIFY(tree->tableInterface()->cellAt(row, ResourceListModel::TitleColumn)->state().checked);
    QCOMPARE(editor()->definition().rights.value_or(QList<Altinn::Right>{}).size(), 1);

    tree->tableInterface()
        ->cellAt(row, ResourceListModel::TitleColumn)
        ->actionInterface()
        ->doAction(QAccessibleActionInterface::toggleAction());
    QVERIFY(editor()->rightsPicker()->selectedIdentifiers().isEmpty());
}

void TestSystemDefinitionPage::screenshots()
{
    const QString directory = qEnvironmentVariable("PAGE3_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set PAGE3_SCREENSHOT_DIR to write screenshots of page 3.");
    QDir().mkpath(directory);
    for (const QSize size : {QSize(1040, 760), QSize(760, 560)}) {
        QVERIFY(openPage(u"nb"_s, size));
        const QString suffix = u"%1x%2"_s.arg(size.width()).arg(size.height());
        QTest::qWait(100);
        QVERIFY(m_wizard->grab().save(QDir(directory).filePath(u"page3-nb-general-"_s + suffix + u".png"_s)));
        editor()->findChild<QTabWidget *>(u"editorTabs"_s)->setCurrentIndex(1);
        QTest::qWait(100);
        QVERIFY(m_wizard->grab().save(QDir(directory).filePath(u"page3-nb-rights-"_s + suffix + u".png"_s)));
        m_wizard.reset();
    }
}

QTEST_MAIN(TestSystemDefinitionPage)
#include "TestSystemDefinitionPage.moc"
