#include "WizardFlowFixture.h"
#include "common/OperationStatus.h"
#include "editor/ResourceListModel.h"
#include "editor/RightsPicker.h"
#include "wizard/SandboxCatalogueAction.h"
#include "wizard/SandboxCatalogueDialog.h"
#include "wizard/SandboxCatalogueFileSection.h"
#include "wizard/SandboxCatalogueOrganisationSection.h"
#include "wizard/SandboxCatalogueResourceSection.h"
#include "wizard/SystemDefinitionPage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The wizard's "Add to the sandbox's catalogue" (docs/sandbox.md#your-own-catalogue), offscreen against
/// the in-process sandbox: shown on page 3 in the sandbox only, each section adds over HTTP, and the rights
/// picker shows what was added.
class TestSandboxCatalogueDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void offeredOnPageThreeInTheSandboxOnly();
    void importedFileReachesTheRightsPicker();
    void fileWithProblemsIsNotSent();
    void oneResourceByIdAndTitle();
    void mistakesAreShownUnderTheFields();
    void testOrganisation();
    void keyboardAndScreenReaders();

private:
    /// GET @p path of the sandbox; the status.
    int status(const QString &path);
    SandboxCatalogueDialog *openDialog(SystemDefinitionPage &page);

    WizardFlowFixture m_fixture;
    QTemporaryDir m_directory;
    QNetworkAccessManager m_network;
};

namespace {

const QString OwnResource = u"ske-innrapportering-sandkasse-ui"_s;

QByteArray resourceList(const QString &identifier)
{
    const QJsonObject resource{{u"identifier"_s, identifier}, {u"resourceType"_s, u"GenericAccessResource"_s},
        {u"title"_s,
            QJsonObject{{u"nb"_s, u"Sandkasse fra fil"_s}, {u"nn"_s, u"Sandkasse frå fil"_s},
                {u"en"_s, u"Sandbox from a file"_s}}},
        {u"hasCompetentAuthority"_s, QJsonObject{{u"orgcode"_s, u"skd"_s}}}};
    return QJsonDocument(QJsonArray{resource}).toJson();
}

} // namespace

void TestSandboxCatalogueDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
    QVERIFY(m_fixture.startSandbox());
}

void TestSandboxCatalogueDialog::init()
{
    QVERIFY(m_fixture.setUp());
}

void TestSandboxCatalogueDialog::cleanup()
{
    m_fixture.tearDown(); // a reset: the sandbox's additions go too
}

int TestSandboxCatalogueDialog::status(const QString &path)
{
    QNetworkRequest request(QUrl(m_fixture.baseUrl().toString() + path));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int code = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return code;
}

SandboxCatalogueDialog *TestSandboxCatalogueDialog::openDialog(SystemDefinitionPage &page)
{
    auto *action = page.findChild<SandboxCatalogueAction *>();
    if (!action)
        return nullptr;
    action->openButton()->click();
    return action->dialog();
}

void TestSandboxCatalogueDialog::offeredOnPageThreeInTheSandboxOnly()
{
    SystemDefinitionPage page(m_fixture.context());
    auto *action = page.findChild<SandboxCatalogueAction *>();
    QVERIFY(action);
    QVERIFY(!action->isHidden());

    // The same page in TT02: no button, and opening does nothing.
    Profile tt02 = m_fixture.context()->profile();
    tt02.id = u"tt02-test"_s;
    tt02.name = u"TT02 test"_s;
    tt02.environment = u"tt02"_s;
    QVERIFY(m_fixture.context()->saveProfile(tt02));
    QVERIFY(action->isHidden());
    action->openDialog();
    QVERIFY(!action->dialog());
}

void TestSandboxCatalogueDialog::importedFileReachesTheRightsPicker()
{
    SystemDefinitionPage page(m_fixture.context());
    page.initializePage();
    ResourceListModel *model = page.editor()->rightsPicker()->model();
    QTRY_VERIFY_WITH_TIMEOUT(
        model->rowOf(u"ske-krav-og-betalinger"_s) >= 0, 15000); // the catalogue is loaded
    QCOMPARE(model->rowOf(OwnResource), -1);

    SandboxCatalogueDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    QSignalSpy changed(dialog, &SandboxCatalogueDialog::catalogueChanged);
    const QString path = m_directory.filePath(u"resourcelist.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(resourceList(OwnResource));
    file.close();

    SandboxCatalogueFileSection *section = dialog->fileSection();
    QSignalSpy read(section, &SandboxCatalogueFileSection::fileRead);
    section->readFile(path);
    QVERIFY(read.wait(10000)); // read on a worker thread
    QVERIFY2(section->summaryLabel()->text().contains(u"resource list with 1 resource"_s),
        qPrintable(section->summaryLabel()->text()));
    QVERIFY(section->languageCombo()->isHidden()); // a language only matters for an export
    QVERIFY(section->sendButton()->isEnabled());
    section->sendButton()->click();
    QVERIFY(dialog->isSending());
    QVERIFY(!section->sendButton()->isEnabled()); // one thing at a time
    QTRY_COMPARE_WITH_TIMEOUT(dialog->status()->state(), OperationStatus::State::Succeeded, 15000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toBool(), true); // the cache was downloaded again
    QCOMPARE(status(u"resourceregistry/api/v1/resource/"_s + OwnResource), 200);

    // The page loads its catalogues again, and the picker offers the new resource.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(OwnResource) >= 0, 15000);
    dialog->close();
}

void TestSandboxCatalogueDialog::fileWithProblemsIsNotSent()
{
    SystemDefinitionPage page(m_fixture.context());
    SandboxCatalogueDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    const QString path = m_directory.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[{\"identifier\": \"ok-resource\"}, {\"identifier\": \"a b\"}]");
    file.close();
    QSignalSpy read(dialog->fileSection(), &SandboxCatalogueFileSection::fileRead);
    dialog->fileSection()->readFile(path);
    QVERIFY(read.wait(10000));
    QVERIFY(!dialog->fileSection()->sendButton()->isEnabled());
    QVERIFY(!dialog->fileSection()->findingsList()->isHidden());
    QCOMPARE(dialog->fileSection()->findingsList()->count(), 1);
    QVERIFY(dialog->fileSection()->findingsList()->item(0)->text().startsWith(u"Error: [1].identifier"_s));
    QVERIFY(dialog->fileSection()->summaryLabel()->text().contains(u"errors"_s));
    dialog->close();
}

void TestSandboxCatalogueDialog::oneResourceByIdAndTitle()
{
    SystemDefinitionPage page(m_fixture.context());
    SandboxCatalogueDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    SandboxCatalogueResourceSection *section = dialog->resourceSection();
    QVERIFY(!section->addButton()->isEnabled()); // id and title first
    QTest::keyClicks(section->idEdit(), u"app_brg_aarsregnskap-vanlig-202507"_s);
    QTest::keyClicks(section->titleEdit(), u"Årsregnskap 2025"_s);
    QVERIFY(section->addButton()->isEnabled());
    QSignalSpy changed(dialog, &SandboxCatalogueDialog::catalogueChanged);
    section->addButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->status()->state(), OperationStatus::State::Succeeded, 15000);
    QCOMPARE(changed.size(), 1);
    QVERIFY(section->idEdit()->text().isEmpty()); // ready for the next one
    QCOMPARE(status(u"resourceregistry/api/v1/resource/app_brg_aarsregnskap-vanlig-202507"_s), 200);
    dialog->close();
}

void TestSandboxCatalogueDialog::mistakesAreShownUnderTheFields()
{
    SystemDefinitionPage page(m_fixture.context());
    SandboxCatalogueDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    SandboxCatalogueResourceSection *resource = dialog->resourceSection();
    resource->idEdit()->setText(u"app_skd_x"_s);
    resource->titleEdit()->setText(u"X"_s);
    resource->typeCombo()->setCurrentIndex(resource->typeCombo()->findData(u"GenericAccessResource"_s));
    resource->addButton()->click();
    QVERIFY(!resource->messageLabel()->isHidden());
    QVERIFY2(resource->messageLabel()->text().contains(u"AltinnApp"_s),
        qPrintable(resource->messageLabel()->text()));
    QVERIFY(!dialog->isSending());
    QCOMPARE(dialog->status()->state(), OperationStatus::State::Idle);

    SandboxCatalogueOrganisationSection *organisation = dialog->organisationSection();
    organisation->orgNoEdit()->setText(u"314000006"_s);
    organisation->nameEdit()->setText(u"X"_s);
    organisation->addButton()->click();
    QVERIFY(!organisation->messageLabel()->isHidden());
    QVERIFY(!dialog->isSending());
    organisation->orgNoEdit()->setText(u"314000005"_s); // editing clears the message
    QVERIFY(organisation->messageLabel()->isHidden());
    dialog->close();
}

void TestSandboxCatalogueDialog::testOrganisation()
{
    SystemDefinitionPage page(m_fixture.context());
    SandboxCatalogueDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    QSignalSpy organisations(dialog, &SandboxCatalogueDialog::organisationsChanged);
    QSignalSpy changed(dialog, &SandboxCatalogueDialog::catalogueChanged);
    SandboxCatalogueOrganisationSection *section = dialog->organisationSection();
    QTest::keyClicks(section->orgNoEdit(), u"314 000 005"_s);
    QTest::keyClicks(section->nameEdit(), u"PRØVENDE LITEN BEVER AS"_s);
    QTest::keyClick(section->nameEdit(), Qt::Key_Return); // Enter in a field adds, as the button does
    QTRY_COMPARE_WITH_TIMEOUT(dialog->status()->state(), OperationStatus::State::Succeeded, 15000);
    QCOMPARE(organisations.size(), 1);
    QCOMPARE(changed.size(), 0); // the pickers have nothing new
    QVERIFY(section->orgNoEdit()->text().isEmpty());
    // A request to it is no longer AUTH-00000: the register has it.
    QVERIFY(m_fixture.registerSystem(m_fixture.exampleSystem()));
    QVERIFY(!m_fixture.createRequest(m_fixture.exampleSystem().id, u"314000005"_s).isEmpty());
    dialog->close();
}

void TestSandboxCatalogueDialog::keyboardAndScreenReaders()
{
    SystemDefinitionPage page(m_fixture.context());
    SandboxCatalogueDialog *dialog = openDialog(page);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal); // the page stays visible, nothing blocks
    // Every field has a label with a mnemonic that leads to it; every button has a name for screen readers.
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy())
            QVERIFY2(label->text().contains(u'&'), qPrintable(label->objectName() + u' ' + label->text()));
    }
    QStringList mnemonics;
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->objectName().startsWith(u"addCatalogue"_s)
            || button->objectName().endsWith(u"CatalogueFileButton"_s))
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        const qsizetype at = button->text().indexOf(u'&');
        if (at >= 0 && at + 1 < button->text().size())
            mnemonics.append(button->text().mid(at + 1, 1).toLower());
    }
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        const qsizetype at = label->text().indexOf(u'&');
        if (label->buddy() && at >= 0)
            mnemonics.append(label->text().mid(at + 1, 1).toLower());
    }
    QStringList unique = mnemonics;
    unique.removeDuplicates();
    QCOMPARE(unique.size(), mnemonics.size()); // no mnemonic used twice
    // Tab goes through each section's fields, then to its Add button.
    const auto nextFocus = [](QWidget *from) {
        QWidget *next = from->nextInFocusChain();
        while (next != from && !(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        return next;
    };
    const auto child = [dialog](const QString &name) {
        return dialog->findChild<QWidget *>(name);
    };
    QCOMPARE(nextFocus(child(u"catalogueResourceIdEdit"_s)), child(u"catalogueResourceTitleEdit"_s));
    QCOMPARE(nextFocus(child(u"catalogueResourceOwnerEdit"_s)), child(u"addCatalogueResourceButton"_s));
    QCOMPARE(nextFocus(child(u"catalogueOrgNoEdit"_s)), child(u"catalogueOrgNameEdit"_s));
    QCOMPARE(nextFocus(child(u"catalogueOrgNameEdit"_s)), child(u"addCatalogueOrganisationButton"_s));
    dialog->close();
}

QTEST_MAIN(TestSandboxCatalogueDialog)
#include "TestSandboxCatalogueDialog.moc"
