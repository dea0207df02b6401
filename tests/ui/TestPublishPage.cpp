#include "WizardFlowFixture.h"
#include "altinn/SystemRegisterClient.h"
#include "common/OperationStatus.h"
#include "model/SystemDefinitionDiff.h"
#include "wizard/DefinitionDiffModel.h"
#include "wizard/OnboardingWizard.h"
#include "wizard/PublishPage.h"
#include "workspace/DraftStore.h"

#include <QApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QWizard>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using Altinn::DefinitionChange;
using Altinn::SystemDefinition;
using Mode = PublishPage::Mode;
using PageId = OnboardingWizard::PageId;

/// Page 4 against the in-process sandbox: diff, register, update, server errors on their fields, failures.
class TestPublishPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newSystemListsEverythingAndIsRegistered();
    void changedNameIsTheOnlyChangeAndUpdateKeepsTheRest();
    void serverValidationErrorLeadsToItsField_data();
    void serverValidationErrorLeadsToItsField();
    void networkFailureKeepsTheDraftAndOffersRetry();
    void slowCheckCanBeCancelledAndRepeated();
    void droppedSandboxIsNoInternetProblem();
    void withoutDraftPointsBackToTheSystemPage();
    void deletedSystemCannotBePublished();
    void screenshots();

private:
    /// Saves @p draft as the profile's draft (unless null) and opens the page from a stand-in page 3.
    PublishPage *openPage(const std::optional<SystemDefinition> &draft);
    /// The system as Altinn has it now, read with a separate call.
    void readRegistered(const QString &systemId, std::optional<SystemDefinition> &registered);
    void grab(const QString &name);
    QPushButton *button(const QString &name) const { return m_page->findChild<QPushButton *>(name); }
    OperationStatus *status() const { return m_page->findChild<OperationStatus *>(); }
    QString labelText(const QString &name) const { return m_page->findChild<QLabel *>(name)->text(); }

    WizardFlowFixture m_flow;
    std::unique_ptr<QWizard> m_wizard;
    PublishPage *m_page = nullptr;
};

void TestPublishPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestPublishPage"_s);
    QVERIFY(m_flow.startSandbox());
}

void TestPublishPage::init()
{
    QVERIFY(m_flow.setUp());
}

void TestPublishPage::cleanup()
{
    m_wizard.reset();
    m_page = nullptr;
    m_flow.tearDown();
}

PublishPage *TestPublishPage::openPage(const std::optional<SystemDefinition> &draft)
{
    if (draft)
        m_flow.context()->drafts()->saveSystemDefinition(
            m_flow.context()->profile().id, draft->toRequestJson());
    m_wizard = std::make_unique<QWizard>();
    m_wizard->resize(1100, 800);
    // A stand-in for page 3, so "Fix on the system page" has somewhere to go back to.
    auto *systemPage = new QWizardPage;
    systemPage->setTitle(u"Your system"_s);
    m_wizard->setPage(static_cast<int>(PageId::SystemDefinition), systemPage);
    m_page = new PublishPage(m_flow.context(), m_flow.state());
    m_wizard->setPage(static_cast<int>(PageId::Publish), m_page);
    m_wizard->setStartId(static_cast<int>(PageId::SystemDefinition));
    m_wizard->show();
    m_wizard->next();
    return m_page;
}

void TestPublishPage::readRegistered(const QString &systemId, std::optional<SystemDefinition> &registered)
{
    std::optional<Altinn::ApiResult<SystemDefinition>> result;
    m_flow.session()->systemRegister()->get(systemId, [&result](const auto &answer) { result = answer; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->failure.detail));
    registered = result->value;
}

void TestPublishPage::grab(const QString &name)
{
    const QString directory = qEnvironmentVariable("PAGES_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QTest::qWait(50);
    QVERIFY(m_wizard->grab().save(QDir(directory).filePath(u"wizard-"_s + name + u"-en.png"_s)));
}

void TestPublishPage::newSystemListsEverythingAndIsRegistered()
{
    const SystemDefinition draft = m_flow.exampleSystem();
    PublishPage *page = openPage(draft);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::NewSystem, 10000);
    QVERIFY(!page->isComplete());

    // Everything the draft holds is listed, and all of it as an addition.
    const DefinitionDiffModel *model = page->diffModel();
    QSet<QString> fields;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(DefinitionDiffModel::KindRole).toInt(),
            static_cast<int>(DefinitionChange::Kind::Added));
        QCOMPARE(model->index(row, DefinitionDiffModel::ChangeColumn).data().toString(), u"Added"_s);
        QVERIFY(!model->index(row, DefinitionDiffModel::ChangeColumn).data(Qt::DecorationRole).isNull());
        fields.insert(model->index(row, 0).data(DefinitionDiffModel::FieldRole).toString());
    }
    QCOMPARE(fields,
        (QSet<QString>{u"id"_s, u"vendor"_s, u"name"_s, u"description"_s, u"rights"_s, u"accessPackages"_s,
            u"clientId"_s, u"allowedRedirectUrls"_s, u"isVisible"_s}));
    QCOMPARE(model->rowCount(), 2 + 3 + 3 + 1 + 1 + 1 + 1 + 1);
    QVERIFY(page->findChild<QTableView *>(u"diffTable"_s)->isVisible());
    QCOMPARE(button(u"publishButton"_s)->text(), u"&Register system"_s);

    QTest::mouseClick(button(u"publishButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::UpToDate, 10000);
    QCOMPARE(status()->state(), OperationStatus::State::Succeeded);
    QCOMPARE(labelText(u"publishHeadline"_s), u"“%1” is registered in Sandbox (built in)."_s.arg(draft.id));
    QVERIFY(page->isComplete());
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled()
        || m_wizard->button(QWizard::NextButton)->isEnabled());

    // The receipt shows what Altinn has, and the run remembers it for the pages after.
    QVERIFY(page->findChild<QGroupBox *>(u"receiptBox"_s)->isVisible());
    QCOMPARE(labelText(u"receiptSystemId"_s), draft.id);
    QVERIFY(labelText(u"receiptClientIds"_s).contains(draft.clientIds.first()));
    QVERIFY(labelText(u"receiptRights"_s).contains(WizardFlowFixture::Resource));
    QVERIFY(labelText(u"receiptPackages"_s).contains(u"1 access package"_s));
    QVERIFY(m_flow.state()->publishedSystem().has_value());
    QCOMPARE(m_flow.state()->publishedSystem()->id, draft.id);

    std::optional<SystemDefinition> registered;
    readRegistered(draft.id, registered);
    QVERIFY(registered);
    QVERIFY(Altinn::SystemDefinitionDiff::compare(*registered, draft).isEmpty());

    // Coming back: nothing to do.
    m_wizard->back();
    m_wizard->next();
    QTRY_COMPARE_WITH_TIMEOUT(status()->state(), OperationStatus::State::Idle, 10000);
    QCOMPARE(page->mode(), Mode::UpToDate);
    QVERIFY(labelText(u"publishHeadline"_s).startsWith(u"No changes"_s));
    QVERIFY(!button(u"publishButton"_s)->isVisible());
}

void TestPublishPage::changedNameIsTheOnlyChangeAndUpdateKeepsTheRest()
{
    const SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    SystemDefinition draft = system;
    draft.name.insert(u"en"_s, u"Flow test, renamed"_s);

    PublishPage *page = openPage(draft);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::Changes, 10000);
    const QList<DefinitionChange> expected{
        {u"name"_s, u"en"_s, DefinitionChange::Kind::Changed, u"Flow test"_s, u"Flow test, renamed"_s}};
    QCOMPARE(page->changes(), expected);
    const DefinitionDiffModel *model = page->diffModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, DefinitionDiffModel::FieldColumn).data().toString(), u"Name"_s);
    QCOMPARE(model->index(0, DefinitionDiffModel::ItemColumn).data().toString(), u"English (en)"_s);
    QCOMPARE(model->index(0, DefinitionDiffModel::ChangeColumn).data().toString(), u"Changed"_s);
    QCOMPARE(model->index(0, DefinitionDiffModel::BeforeColumn).data().toString(), u"Flow test"_s);
    QCOMPARE(model->index(0, DefinitionDiffModel::AfterColumn).data().toString(), u"Flow test, renamed"_s);
    QCOMPARE(button(u"publishButton"_s)->text(), u"&Update system"_s);
    QVERIFY(!page->isComplete());

    QTest::mouseClick(button(u"publishButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::UpToDate, 10000);
    QVERIFY(page->isComplete());

    std::optional<SystemDefinition> registered;
    readRegistered(system.id, registered);
    QVERIFY(registered);
    QCOMPARE(registered->name.value(u"en"_s), u"Flow test, renamed"_s);
    QCOMPARE(registered->name.value(u"nb"_s), system.name.value(u"nb"_s));
    QCOMPARE(registered->rights, system.rights);
    QCOMPARE(registered->accessPackages, system.accessPackages);
    QCOMPARE(registered->clientIds, system.clientIds);
    QCOMPARE(m_flow.state()->publishedSystem()->name.value(u"en"_s), u"Flow test, renamed"_s);
}

void TestPublishPage::serverValidationErrorLeadsToItsField_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("systemId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::newRow("resource the sandbox does not know")
        << u"finnes-ikke-i-sandkassen"_s << QString() << u"AUTH.VLD-00003"_s
        << u"/rights/1/resource/0/value"_s;
    QTest::newRow("system id of another vendor")
        << QString() << u"310547891_flowtest"_s << u"AUTH.VLD-00001"_s << u"/id"_s;
}

void TestPublishPage::serverValidationErrorLeadsToItsField()
{
    QFETCH(QString, resource);
    QFETCH(QString, systemId);
    QFETCH(QString, code);
    QFETCH(QString, path);
    SystemDefinition draft = m_flow.exampleSystem();
    if (!resource.isEmpty())
        draft.rights->append(Altinn::Right::forResource(resource));
    if (!systemId.isEmpty())
        draft.id = systemId;

    PublishPage *page = openPage(draft);
    std::optional<Validation::Finding> fixed;
    connect(page, &PublishPage::fixRequested, this,
        [&fixed](const Validation::Finding &finding) { fixed = finding; });
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::NewSystem, 10000);
    QTest::mouseClick(button(u"publishButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status()->state(), OperationStatus::State::Failed, 10000);

    // Nothing changed: still a new system, the draft as it was, the error on its field.
    QCOMPARE(page->mode(), Mode::NewSystem);
    QVERIFY(!page->isComplete());
    QCOMPARE(
        *m_flow.context()->drafts()->systemDefinition(m_flow.context()->profile().id), draft.toRequestJson());
    const QList<Validation::Finding> findings = page->serverFindings();
    qsizetype index = -1;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (findings.at(i).path == path && findings.at(i).code == code)
            index = i;
    }
    QVERIFY2(index >= 0, qPrintable(Validation::Findings::codes(findings).join(u", "_s)));
    QVERIFY(page->findChild<QGroupBox *>(u"serverFindingsBox"_s)->isVisible());
    QWidget *row = page->findChild<QWidget *>(u"serverFinding_%1"_s.arg(index));
    QVERIFY(row);
    QVERIFY(row->findChild<QLabel *>()->text().contains(code));
    QVERIFY(status()->text().contains(Altinn::ErrorExplainer::explainCode(code).summary));
    // Sending the same draft again cannot help: the way out is the field, not "Try again".
    QVERIFY(!status()->findChild<QPushButton *>(u"retryButton"_s)->isVisible());
    grab(u"publish-error"_s);

    auto *fix = row->findChild<QPushButton *>(u"fixButton"_s);
    QVERIFY(!fix->accessibleName().isEmpty());
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(fixed);
    QCOMPARE(fixed->path, path);
    QCOMPARE(fixed->code, code);
    QCOMPARE(m_wizard->currentId(), static_cast<int>(PageId::SystemDefinition));
}

void TestPublishPage::networkFailureKeepsTheDraftAndOffersRetry()
{
    const SystemDefinition draft = m_flow.exampleSystem();
    PublishPage *page = openPage(draft);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::NewSystem, 10000);

    // Every POST to the register loses its connection (Qt resends a dropped request by itself).
    QCOMPARE(m_flow
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"POST"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemregister/vendor"_s},
                         {u"dropConnection"_s, true}, {u"count"_s, 20}})
                 .status,
        201);
    QTest::mouseClick(button(u"publishButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status()->state(), OperationStatus::State::Failed, 20000);
    // The flow reads the system back before it says anything: nothing was registered.
    QVERIFY2(status()->text().contains(u"nothing was created"_s), qPrintable(status()->text()));
    QCOMPARE(page->mode(), Mode::NewSystem);
    QCOMPARE(page->changes().size(), page->diffModel()->rowCount());
    QCOMPARE(
        *m_flow.context()->drafts()->systemDefinition(m_flow.context()->profile().id), draft.toRequestJson());
    auto *retry = status()->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isVisible());

    // The network is back: Try again registers it.
    QNetworkAccessManager network;
    QNetworkRequest clearFaults(QUrl(m_flow.baseUrl().toString() + u"sandbox/faults"_s));
    clearFaults.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *cleared = network.sendCustomRequest(clearFaults, "DELETE");
    QTRY_VERIFY_WITH_TIMEOUT(cleared->isFinished(), 10000);
    cleared->deleteLater();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::UpToDate, 10000);
    QVERIFY(page->isComplete());
}

void TestPublishPage::slowCheckCanBeCancelledAndRepeated()
{
    QCOMPARE(m_flow
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"GET"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemregister/vendor"_s},
                         {u"delayMs"_s, 3000}})
                 .status,
        201);
    PublishPage *page = openPage(m_flow.exampleSystem());
    QCOMPARE(page->mode(), Mode::Loading);
    QTRY_VERIFY_WITH_TIMEOUT(page->isBusy(), 10000);
    auto *cancel = status()->findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status()->state(), OperationStatus::State::Information, 5000);
    QCOMPARE(page->mode(), Mode::LoadFailed);
    QVERIFY(!page->isComplete());

    QTest::mouseClick(button(u"reloadButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::NewSystem, 10000);
}

void TestPublishPage::droppedSandboxIsNoInternetProblem()
{
    // The built-in sandbox closes every connection: that is no internet problem, and the page says so.
    QCOMPARE(m_flow
                 .post(u"sandbox/faults"_s,
                     QJsonObject{{u"method"_s, u"GET"_s},
                         {u"pathPrefix"_s, u"authentication/api/v1/systemregister/vendor"_s},
                         {u"dropConnection"_s, true}, {u"count"_s, 20}})
                 .status,
        201);
    PublishPage *page = openPage(m_flow.exampleSystem());
    QTRY_COMPARE_WITH_TIMEOUT(status()->state(), OperationStatus::State::Failed, 20000);
    QCOMPARE(page->mode(), Mode::LoadFailed);
    const QString text = status()->text();
    QVERIFY2(!text.contains(u"internet"_s, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(u"built-in sandbox stopped answering"_s), qPrintable(text));
    QVERIFY2(text.contains(u"activity log"_s), qPrintable(text));
    // Qt's own words for the failure are a detail, not the message.
    QVERIFY(!status()->details().isEmpty());
    QVERIFY(!text.contains(status()->details()));
}

void TestPublishPage::withoutDraftPointsBackToTheSystemPage()
{
    PublishPage *page = openPage(std::nullopt);
    QCOMPARE(page->mode(), Mode::NoDraft);
    QVERIFY(!page->isComplete());
    QVERIFY(!button(u"publishButton"_s)->isVisible());
    QPushButton *back = button(u"backToSystemButton"_s);
    QVERIFY(back->isVisible());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), static_cast<int>(PageId::SystemDefinition));
}

void TestPublishPage::deletedSystemCannotBePublished()
{
    const SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    std::optional<Altinn::ApiResult<Altinn::UpdateResult>> removed;
    m_flow.session()->systemRegister()->remove(
        system.id, [&removed](const auto &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value() && removed->ok(), 10000);

    PublishPage *page = openPage(system);
    std::optional<Validation::Finding> fixed;
    connect(page, &PublishPage::fixRequested, this,
        [&fixed](const Validation::Finding &finding) { fixed = finding; });
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::Deleted, 10000);
    QVERIFY(!page->isComplete());
    QVERIFY(!button(u"publishButton"_s)->isVisible());
    QTest::mouseClick(button(u"backToSystemButton"_s), Qt::LeftButton);
    QVERIFY(fixed);
    QCOMPARE(fixed->path, u"/id"_s);
}

void TestPublishPage::screenshots()
{
    if (qEnvironmentVariableIsEmpty("PAGES_SCREENSHOT_DIR"))
        QSKIP("Set PAGES_SCREENSHOT_DIR to save screenshots of the Publish page.");
    const SystemDefinition system = m_flow.exampleSystem();
    QVERIFY(m_flow.registerSystem(system));
    SystemDefinition draft = system;
    draft.name.insert(u"en"_s, u"Flow test Pro"_s);
    draft.description.insert(u"nb"_s, u"Regnskap og lønn for små bedrifter, med automatisk MVA-melding."_s);
    draft.accessPackages = QList<Altinn::AccessPackageRef>{};
    draft.allowedRedirectUrls.append(u"https://vendor.example/altinn/done"_s);
    PublishPage *page = openPage(draft);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::Changes, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(status()->state(), OperationStatus::State::Idle, 10000);
    grab(u"publish"_s);
    QTest::mouseClick(button(u"publishButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->mode(), Mode::UpToDate, 10000);
    grab(u"publish-receipt"_s);
}

QTEST_MAIN(TestPublishPage)
#include "TestPublishPage.moc"
