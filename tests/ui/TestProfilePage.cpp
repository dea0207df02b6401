#include "WizardTestSupport.h"
#include "altinn/SandboxControlClient.h"
#include "common/OrgNumberField.h"
#include "net/ActivityLog.h"
#include "sandbox/SandboxHost.h"
#include "validation/OrgNumber.h"
#include "wizard/ProfilePage.h"
#include "wizard/WizardContext.h"
#include "workspace/DraftStore.h"
#include "workspace/ProfileStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Validation::OrgNumber;

/// Page 1: organisation number checked as typed, the register's name in the sandbox, profiles saved.
class TestProfilePage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void wrongCheckDigitIsExplainedWhileTyping();
    void tooShortNumberIsExplainedOnlyWhenLeavingTheField();
    void sandboxShowsTheRegisterNameAndSuggestsAProfileName();
    void otherEnvironmentsSayTheNameCannotBeLookedUp();
    void organisationsAskedForAtOnceAreOneRequest();
    void nextSavesTheProfileAndMakesItCurrent();
    void duplicateNameIsRefused();
    void choosingAnotherProfileSwitchesTheWizard();
    void changingEnvironmentForgetsKeyAndClient();
    void newProfileFormIsKeptAsDraft();
    void customEnvironmentNeedsAServerAddress();
    void everyInputHasAnAccessibleNameAndLabel();
    void fieldsOfEverySectionLineUp();
    void closingThePageWhileANameIsEditedReachesNoHalfDestroyedPage();
    void numberFieldDestroyedWhileEditedRunsNoHandler();

private:
    static QLineEdit *orgNumberEdit(ProfilePage &page)
    {
        return page.findChild<QLineEdit *>(u"orgNumberEdit"_s);
    }
    static QLabel *label(ProfilePage &page, const QString &name) { return page.findChild<QLabel *>(name); }
    static void chooseEnvironment(ProfilePage &page, const QString &id);
    static Profile savedProfile(const QString &name, const QString &environment, const QString &orgNumber);

    SandboxHost m_sandbox;
};

void TestProfilePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestProfilePage"_s);
    QVERIFY(WizardTestSupport::startSandbox(m_sandbox));
}

void TestProfilePage::cleanupTestCase()
{
    // Profiles live in one file shared by every program of the suite: leave none behind.
    WizardTestSupport::clearWorkspace();
}

void TestProfilePage::init()
{
    WizardTestSupport::clearWorkspace();
}

void TestProfilePage::chooseEnvironment(ProfilePage &page, const QString &id)
{
    auto *combo = page.findChild<QComboBox *>(u"environmentComboBox"_s);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(id));
}

Profile TestProfilePage::savedProfile(
    const QString &name, const QString &environment, const QString &orgNumber)
{
    Profile profile;
    profile.id = Profile::makeId(name, {});
    profile.name = name;
    profile.environment = environment;
    profile.vendorOrgNumber = orgNumber;
    return profile;
}

void TestProfilePage::wrongCheckDigitIsExplainedWhileTyping()
{
    WizardContext context;
    ProfilePage page(&context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QLineEdit *edit = orgNumberEdit(page);
    edit->setFocus();
    QTest::keyClicks(edit, u"991825828"_s);
    QLabel *message = label(page, u"orgNumberMessage"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), OrgNumber::message(OrgNumber::Problem::BadCheckDigit));
    QVERIFY(!page.isComplete());

    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, u"7"_s);
    QVERIFY(!message->isVisible());
    QVERIFY(page.isComplete());
}

void TestProfilePage::tooShortNumberIsExplainedOnlyWhenLeavingTheField()
{
    WizardContext context;
    ProfilePage page(&context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QLineEdit *edit = orgNumberEdit(page);
    edit->setFocus();
    QTest::keyClicks(edit, u"99182"_s);
    QLabel *message = label(page, u"orgNumberMessage"_s);
    QVERIFY(!message->isVisible()); // still typing
    QTest::keyClick(edit, Qt::Key_Tab);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), OrgNumber::message(OrgNumber::Problem::WrongLength));
    // Letters cannot even be typed; spaces as people write numbers are fine.
    edit->clear();
    QTest::keyClicks(edit, u"991 825 827x"_s);
    QCOMPARE(edit->text(), u"991 825 827"_s);
    QVERIFY(page.isComplete());
}

void TestProfilePage::sandboxShowsTheRegisterNameAndSuggestsAProfileName()
{
    WizardContext context;
    context.setSandboxBaseUrl(m_sandbox.baseUrl());
    ProfilePage page(&context);
    page.show();
    QTest::keyClicks(orgNumberEdit(page), u"991825827"_s);
    QLabel *name = label(page, u"orgNameLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(name->text().contains(u"Digitaliseringsdirektoratet"_s), 10000);
    QVERIFY(name->isVisible());
    auto *profileName = page.findChild<QLineEdit *>(u"profileNameEdit"_s);
    QCOMPARE(profileName->text(), u"Digitaliseringsdirektoratet (Sandbox)"_s);

    // A valid number the register does not know says so, and how to go on.
    QLineEdit *edit = orgNumberEdit(page);
    edit->clear();
    QTest::keyClicks(edit, u"123456785"_s);
    QTRY_VERIFY_WITH_TIMEOUT(name->text().contains(u"not in the sandbox"_s), 10000);
    QCOMPARE(profileName->text(), u"123456785 (Sandbox)"_s);
}

void TestProfilePage::otherEnvironmentsSayTheNameCannotBeLookedUp()
{
    WizardContext context;
    context.setSandboxBaseUrl(m_sandbox.baseUrl());
    ProfilePage page(&context);
    page.show();
    chooseEnvironment(page, u"tt02"_s);
    QTest::keyClicks(orgNumberEdit(page), u"991825827"_s);
    QVERIFY(label(page, u"orgNameLabel"_s)->text().contains(u"cannot be looked up"_s));
    QCOMPARE(page.findChild<QLineEdit *>(u"profileNameEdit"_s)->text(), u"991825827 (TT02)"_s);
}

/// Three pages asking for the sandbox's organisations before the first answer: one request answers all three.
void TestProfilePage::organisationsAskedForAtOnceAreOneRequest()
{
    WizardContext context;
    context.setSandboxBaseUrl(m_sandbox.baseUrl());
    QObject gone;
    int answered = 0;
    const auto ask = [&context, &answered](QObject *receiver) {
        context.sandboxOrganisations(receiver, [&answered](const auto &result) {
            QVERIFY(result.ok());
            QVERIFY(!result.value->isEmpty());
            ++answered;
        });
    };
    auto *leaving = new QObject;
    ask(&gone);
    ask(leaving);
    ask(&gone);
    delete leaving; // a receiver that is gone by the answer is not called
    QTRY_COMPARE(answered, 2);
    const auto organisationCalls = [&context] {
        int calls = 0;
        for (const Altinn::ActivityEntry &entry : context.activityLog()->entries()) {
            if (entry.url.path().endsWith(u"/sandbox/organisations"_s))
                ++calls;
        }
        return calls;
    };
    QCOMPARE(organisationCalls(), 1);
    ask(&gone); // answered from the cache
    QTRY_COMPARE(answered, 3);
    QCOMPARE(organisationCalls(), 1);
}

void TestProfilePage::nextSavesTheProfileAndMakesItCurrent()
{
    WizardContext context;
    context.setSandboxBaseUrl(m_sandbox.baseUrl());
    ProfilePage page(&context);
    page.show();
    QTest::keyClicks(orgNumberEdit(page), u"991825827"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        label(page, u"orgNameLabel"_s)->text().contains(u"Digitaliseringsdirektoratet"_s), 10000);
    QVERIFY(page.isComplete());
    QVERIFY(page.validatePage());

    QVERIFY(context.hasProfile());
    QCOMPARE(context.profile().vendorName, u"Digitaliseringsdirektoratet"_s);
    QVERIFY(context.session());
    ProfileStore store;
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 1);
    const Profile saved = store.profiles().first();
    QCOMPARE(saved.name, u"Digitaliseringsdirektoratet (Sandbox)"_s);
    QCOMPARE(saved.environment, u"sandbox"_s);
    QCOMPARE(saved.vendorOrgNumber, u"991825827"_s);
    QCOMPARE(store.currentId(), saved.id);
    QVERIFY(!context.drafts()->newProfileForm()); // the draft is done with
    // The new profile is now offered in the chooser.
    auto *chooser = page.findChild<QComboBox *>(u"profileComboBox"_s);
    QCOMPARE(chooser->currentData().toString(), saved.id);
}

void TestProfilePage::duplicateNameIsRefused()
{
    WizardContext context;
    QVERIFY(context.saveProfile(savedProfile(u"Acme"_s, u"tt02"_s, u"991825827"_s)));
    context.clearProfile();
    ProfilePage page(&context);
    page.show();
    page.initializePage();
    auto *chooser = page.findChild<QComboBox *>(u"profileComboBox"_s);
    chooser->setCurrentIndex(chooser->findData(QString())); // New profile…
    QTest::keyClicks(orgNumberEdit(page), u"310547891"_s);
    auto *name = page.findChild<QLineEdit *>(u"profileNameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"acme"_s);
    QVERIFY(!page.isComplete());
    QVERIFY(label(page, u"profileNameMessage"_s)->isVisible());
    QTest::keyClicks(name, u" 2"_s);
    QVERIFY(page.isComplete());
}

void TestProfilePage::choosingAnotherProfileSwitchesTheWizard()
{
    WizardContext context;
    const Profile first = savedProfile(u"First"_s, u"tt02"_s, u"991825827"_s);
    const Profile second = savedProfile(u"Second"_s, u"prod"_s, u"310547891"_s);
    QVERIFY(context.saveProfile(first));
    QVERIFY(context.saveProfile(second));
    QVERIFY(context.selectProfile(first.id));
    ProfilePage page(&context);
    page.show();
    QCOMPARE(orgNumberEdit(page)->text(), first.vendorOrgNumber);

    QSignalSpy sessions(&context, &WizardContext::sessionChanged);
    auto *chooser = page.findChild<QComboBox *>(u"profileComboBox"_s);
    chooser->setCurrentIndex(chooser->findData(second.id));
    QCOMPARE(context.profile().id, second.id);
    QVERIFY(context.isProduction());
    QCOMPARE(sessions.count(), 1);
    QCOMPARE(orgNumberEdit(page)->text(), second.vendorOrgNumber);
    QCOMPARE(page.findChild<QComboBox *>(u"environmentComboBox"_s)->currentData().toString(), u"prod"_s);
    ProfileStore reread;
    QVERIFY(reread.load());
    QCOMPARE(reread.currentId(), second.id);
}

void TestProfilePage::changingEnvironmentForgetsKeyAndClient()
{
    WizardContext context;
    Profile profile = savedProfile(u"Acme"_s, u"tt02"_s, u"991825827"_s);
    profile.clientId = u"1b2c3d4e-0000-4a5b-8c9d-0123456789ab"_s;
    profile.kid = u"acme-key"_s;
    profile.keyBits = 2048;
    profile.keyThumbprint = u"abc"_s;
    QVERIFY(context.saveProfile(profile));
    ProfilePage page(&context);
    page.show();
    QLabel *note = label(page, u"keyResetNote"_s);
    QVERIFY(!note->isVisible());
    chooseEnvironment(page, u"prod"_s);
    QVERIFY(note->isVisible());
    QVERIFY(page.validatePage());
    QCOMPARE(context.profile().environment, u"prod"_s);
    QVERIFY(context.profile().clientId.isEmpty());
    QVERIFY(!context.profile().hasKey());
}

void TestProfilePage::newProfileFormIsKeptAsDraft()
{
    {
        WizardContext context;
        ProfilePage page(&context);
        page.show();
        chooseEnvironment(page, u"tt02"_s);
        QTest::keyClicks(orgNumberEdit(page), u"310547891"_s);
        context.drafts()->flush();
        QVERIFY(context.drafts()->newProfileForm());
    }
    WizardContext reopened;
    ProfilePage page(&reopened);
    QCOMPARE(orgNumberEdit(page)->text(), u"310547891"_s);
    QCOMPARE(page.findChild<QComboBox *>(u"environmentComboBox"_s)->currentData().toString(), u"tt02"_s);
    const auto resume = reopened.drafts()->resumePoint();
    QVERIFY(resume);
    QVERIFY(resume->profileId.isEmpty());
}

void TestProfilePage::customEnvironmentNeedsAServerAddress()
{
    WizardContext context;
    ProfilePage page(&context);
    page.show();
    chooseEnvironment(page, u"custom"_s);
    auto *url = page.findChild<QLineEdit *>(u"customUrlEdit"_s);
    QVERIFY(url->isVisible());
    QTest::keyClicks(orgNumberEdit(page), u"991825827"_s);
    QVERIFY(!page.isComplete());
    QTest::keyClicks(url, u"ftp://nowhere"_s);
    QVERIFY(label(page, u"customUrlMessage"_s)->isVisible());
    QVERIFY(!page.isComplete());
    url->clear();
    QTest::keyClicks(url, u"http://127.0.0.1:5210/"_s);
    QVERIFY(page.isComplete());
    QVERIFY(page.validatePage());
    QCOMPARE(context.profile().customBaseUrl, QUrl(u"http://127.0.0.1:5210/"_s));
    QVERIFY(context.environment().isLocal());
}

void TestProfilePage::everyInputHasAnAccessibleNameAndLabel()
{
    WizardContext context;
    ProfilePage page(&context);
    const QList<QWidget *> inputs = {page.findChild<QComboBox *>(u"profileComboBox"_s),
        page.findChild<QComboBox *>(u"environmentComboBox"_s),
        page.findChild<QLineEdit *>(u"customUrlEdit"_s), orgNumberEdit(page),
        page.findChild<QLineEdit *>(u"profileNameEdit"_s)};
    const QList<QLabel *> labels = page.findChildren<QLabel *>();
    for (QWidget *input : inputs) {
        QVERIFY(input);
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        const bool hasBuddy = std::any_of(
            labels.cbegin(), labels.cend(), [input](const QLabel *label) { return label->buddy() == input; });
        QVERIFY2(hasBuddy, qPrintable(input->objectName()));
    }
}

void TestProfilePage::fieldsOfEverySectionLineUp()
{
    WizardContext context;
    ProfilePage page(&context);
    page.resize(900, 700);
    page.show();
    chooseEnvironment(page, u"custom"_s);
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The sections are widgets of their own; their fields still start in one column.
    const QList<QWidget *> fields{page.findChild<QComboBox *>(u"profileComboBox"_s),
        page.findChild<QComboBox *>(u"environmentComboBox"_s),
        page.findChild<QLineEdit *>(u"customUrlEdit"_s), orgNumberEdit(page),
        page.findChild<QLineEdit *>(u"profileNameEdit"_s)};
    const auto lefts = [&page, &fields] {
        QList<int> x;
        for (const QWidget *field : fields)
            x.append(field->mapTo(&page, QPoint(0, 0)).x());
        return x;
    };
    const auto columns = [&lefts] {
        const QList<int> x = lefts();
        return QSet<int>(x.cbegin(), x.cend()).size();
    };
    QTRY_COMPARE(columns(), 1);
    // Past the widest label ("Organisation number:"), not on top of it.
    QVERIFY(lefts().first() > page.findChild<QLineEdit *>(u"customUrlEdit"_s)
                                  ->fontMetrics()
                                  .horizontalAdvance(u"Organisation number:"_s));
}

void TestProfilePage::closingThePageWhileANameIsEditedReachesNoHalfDestroyedPage()
{
    WizardContext context;
    auto *page = new ProfilePage(&context);
    page->show();
    QVERIFY(QTest::qWaitForWindowActive(page));
    // A name typed and cleared again: finishing that edit brings the suggestion back and tells the page.
    auto *name = page->findChild<QLineEdit *>(u"profileNameEdit"_s);
    name->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QTest::keyClicks(name, u"Mine"_s);
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(QApplication::focusWidget(), name);

    // ~QWidget hides the window, the field loses focus and reports editingFinished: by then ProfilePage's
    // own destructor has run, so nothing may reach the page any more.
    bool destroying = false;
    int signalsWhileDestroyed = 0;
    connect(page, &QWizardPage::completeChanged, this, [&] {
        if (destroying)
            ++signalsWhileDestroyed;
    });
    destroying = true;
    delete page;
    QCOMPARE(signalsWhileDestroyed, 0);
}

void TestProfilePage::numberFieldDestroyedWhileEditedRunsNoHandler()
{
    // The vendor's number field on its own in a window, deleted while its number is being typed.
    QWidget window;
    auto *field = new OrgNumberField(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QLineEdit *edit = field->lineEdit();
    edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    QTest::keyClicks(edit, u"99182"_s); // too short: said only once editing is finished
    auto *message = window.findChild<QLabel *>(u"orgNumberMessage"_s);
    QVERIFY(message->text().isEmpty());

    // The edit is the field's focus proxy: ~QWidget of the field takes its focus after ~OrgNumberField
    // has run, and the edit reports editingFinished. The field's handler must not run on what is left.
    QString messageWhenFinished = u"(not emitted)"_s;
    connect(edit, &QLineEdit::editingFinished, message, [&] { messageWhenFinished = message->text(); });
    delete field;
    QCOMPARE(messageWhenFinished, QString());
}

QTEST_MAIN(TestProfilePage)
#include "TestProfilePage.moc"
