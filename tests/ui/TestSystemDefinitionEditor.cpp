#include "CatalogueTestData.h"
#include "editor/AccessPackagePicker.h"
#include "editor/AccessPackageTreeModel.h"
#include "editor/CatalogueRoles.h"
#include "editor/RightsPicker.h"
#include "editor/SystemDefinitionEditor.h"
#include "editor/ValidationPanel.h"
#include "model/SystemDefinitionJson.h"
#include "shell/ApplicationStyle.h"
#include "validation/ValidationCodes.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

/// The system definition editor as a user drives it: id, texts, pickers, lists, validation, files.
class TestSystemDefinitionEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idPrefixIsFixedToTheVendor();
    void invalidSuffixShowsFindingAndBlocksNext();
    void chosenRightAndPackageAreInTheDefinition();
    void clientRelationshipPackageTurnsVisibilityOff();
    void clickingAFindingFocusesItsField();
    void copyFromBokmalFillsOnlyEmptyFields();
    void newDefinitionGetsTheProfileClientId();
    void listsShowTheirRowMessages();
    void jsonPreviewShowsTheRequestBody();
    void exportThenImportGivesTheSameDefinition();
    void failedImportKeepsContentAndSaysWhy_data();
    void failedImportKeepsContentAndSaysWhy();
    void importFromAnotherVendorUsesOurPrefix();
    void interactiveWidgetsHaveNamesAndATabOrder();
    void screenshot();

private:
    static Altinn::SystemDefinition sample();
    void fillCatalogues(SystemDefinitionEditor &editor) const;
    static void showActive(QWidget &widget);
    static QListWidgetItem *findingItem(SystemDefinitionEditor &editor, const QString &text);
    static QModelIndex viewIndex(QAbstractItemView *view, const QString &key, const QModelIndex &parent = {});

    QList<Altinn::ServiceResource> m_resources;
    Altinn::AccessPackageTree m_packages;
};

namespace {
const QString VendorOrg = u"991825827"_s;
const QString ClientId = u"3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c"_s;
const QString StandardUrn = u"urn:altinn:accesspackage:skatt-naering"_s;
const QString ClientUrn = u"urn:altinn:accesspackage:regnskapsforer-lonn"_s;
const QString Resource = u"ske-krav-og-betalinger"_s;
} // namespace

void TestSystemDefinitionEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_resources = CatalogueTestData::resources();
    m_packages = CatalogueTestData::accessPackages(u"en"_s);
}

Altinn::SystemDefinition TestSystemDefinitionEditor::sample()
{
    Altinn::SystemDefinition system;
    system.id = VendorOrg + u"_smartregnskap"_s;
    system.setVendorOrgNumber(VendorOrg);
    system.name = {
        {u"nb"_s, u"SmartRegnskap"_s}, {u"nn"_s, u"SmartRekneskap"_s}, {u"en"_s, u"SmartAccounting"_s}};
    system.description = {{u"nb"_s, u"Regnskap og lønn for små bedrifter."_s},
        {u"nn"_s, u"Rekneskap og løn for små verksemder."_s},
        {u"en"_s, u"Accounting and payroll for small businesses."_s}};
    system.rights = QList<Altinn::Right>{Altinn::Right::forResource(Resource),
        Altinn::Right::forResource(u"ske-innrapportering-boligselskap"_s)};
    system.accessPackages = QList<Altinn::AccessPackageRef>{{StandardUrn}};
    system.clientIds = {ClientId};
    system.allowedRedirectUrls = {u"https://smartregnskap.example/altinn/callback"_s};
    return system;
}

void TestSystemDefinitionEditor::fillCatalogues(SystemDefinitionEditor &editor) const
{
    editor.setDisplayLanguage(u"en"_s);
    editor.setResources(m_resources);
    editor.setAccessPackages(m_packages);
}

void TestSystemDefinitionEditor::showActive(QWidget &widget)
{
    widget.resize(1100, 800);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&widget));
}

QListWidgetItem *TestSystemDefinitionEditor::findingItem(SystemDefinitionEditor &editor, const QString &text)
{
    QListWidget *list = editor.validationPanel()->list();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(text))
            return list->item(row);
    }
    return nullptr;
}

QModelIndex TestSystemDefinitionEditor::viewIndex(
    QAbstractItemView *view, const QString &key, const QModelIndex &parent)
{
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(CatalogueRoles::Key).toString() == key)
            return index;
        const QModelIndex below = viewIndex(view, key, index);
        if (below.isValid())
            return below;
    }
    return {};
}

void TestSystemDefinitionEditor::idPrefixIsFixedToTheVendor()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    auto *prefix = editor.findChild<QLabel *>(u"systemIdPrefixLabel"_s);
    auto *suffix = editor.findChild<QLineEdit *>(u"systemIdSuffixEdit"_s);
    QCOMPARE(prefix->text(), VendorOrg + u'_');
    QVERIFY(suffix->text().isEmpty());

    QSignalSpy changed(&editor, &SystemDefinitionEditor::changed);
    QTest::keyClicks(suffix, u"smartregnskap"_s);
    QCOMPARE(editor.definition().id, VendorOrg + u"_smartregnskap"_s);
    QCOMPARE(editor.definition().vendorId, u"0192:"_s + VendorOrg);
    QVERIFY(changed.count() > 0);

    // A definition of the same vendor shows only its suffix.
    editor.setDefinition(sample());
    QCOMPARE(suffix->text(), u"smartregnskap"_s);
    QCOMPARE(editor.definition(), sample());
}

void TestSystemDefinitionEditor::invalidSuffixShowsFindingAndBlocksNext()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    fillCatalogues(editor);
    editor.setDefinition(sample());
    QVERIFY(editor.isValid());

    QSignalSpy validity(&editor, &SystemDefinitionEditor::validityChanged);
    auto *suffix = editor.findChild<QLineEdit *>(u"systemIdSuffixEdit"_s);
    suffix->clear();
    QTest::keyClicks(suffix, u"smart/regnskap"_s);
    QVERIFY(!editor.isValid()); // at once, before the panel refreshes
    QVERIFY(
        Validation::Findings::codes(editor.findings()).contains(Validation::Codes::SystemIdChars.toString()));

    // The panel and the inline message follow shortly after typing stops.
    QTRY_VERIFY(findingItem(editor, u"System id"_s));
    auto *message = editor.findChild<QLabel *>(u"systemIdMessageLabel"_s);
    QVERIFY(!message->isHidden());
    QVERIFY(message->text().contains(u"\"/\""_s));
    QTRY_COMPARE(validity.count(), 1);
    QCOMPARE(validity.at(0).at(0).toBool(), false);

    QTest::keyClick(suffix, Qt::Key_End);
    for (int i = 0; i < 9; ++i)
        QTest::keyClick(suffix, Qt::Key_Backspace);
    QTest::keyClicks(suffix, u"-regnskap"_s);
    QCOMPARE(editor.definition().id, VendorOrg + u"_smart-regnskap"_s);
    QVERIFY(editor.isValid());
    QTRY_VERIFY(message->isHidden());
    QTRY_COMPARE(validity.count(), 2);
    QVERIFY(!findingItem(editor, u"System id"_s));
}

void TestSystemDefinitionEditor::chosenRightAndPackageAreInTheDefinition()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    fillCatalogues(editor);
    QVERIFY(Validation::Findings::codes(editor.findings()).contains(Validation::Codes::NoRights.toString()));

    QAbstractItemView *rights = editor.rightsPicker()->view();
    QVERIFY(rights->model()->setData(viewIndex(rights, Resource), Qt::Checked, Qt::CheckStateRole));
    QAbstractItemView *packages = editor.accessPackagePicker()->view();
    QVERIFY(packages->model()->setData(viewIndex(packages, StandardUrn), Qt::Checked, Qt::CheckStateRole));

    const Altinn::SystemDefinition system = editor.definition();
    QCOMPARE(system.rights, std::optional(QList<Altinn::Right>{Altinn::Right::forResource(Resource)}));
    QCOMPARE(system.accessPackages, std::optional(QList<Altinn::AccessPackageRef>{{StandardUrn}}));
    QVERIFY(system.isVisible); // a standard package leaves visibility alone
    QVERIFY(!Validation::Findings::codes(editor.findings()).contains(Validation::Codes::NoRights.toString()));
    QCOMPARE(editor.findChild<QTabWidget *>(u"editorTabs"_s)->tabText(1), u"&Rights (1)"_s);

    // Unchecking removes the right again.
    QVERIFY(rights->model()->setData(viewIndex(rights, Resource), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(editor.definition().rights, std::optional(QList<Altinn::Right>{}));
}

void TestSystemDefinitionEditor::clientRelationshipPackageTurnsVisibilityOff()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    fillCatalogues(editor);
    editor.setDefinition(sample());
    auto *visible = editor.findChild<QCheckBox *>(u"visibilityCheckBox"_s);
    auto *forced = editor.findChild<QLabel *>(u"visibilityForcedLabel"_s);
    QVERIFY(visible->isChecked());
    QVERIFY(forced->isHidden());

    QAbstractItemView *packages = editor.accessPackagePicker()->view();
    QVERIFY(packages->model()->setData(viewIndex(packages, ClientUrn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!editor.definition().isVisible);
    QVERIFY(!visible->isChecked());
    QVERIFY(!visible->isEnabled()); // cannot be turned on while the package is chosen
    QVERIFY(!forced->isHidden());
    QVERIFY(forced->text().contains(u"Accountant salary"_s));
    QVERIFY(editor.findChild<QLabel *>(u"visibilityExplanationLabel"_s)
                ->text()
                .contains(u"client-relationship"_s));
    QVERIFY(editor.isValid()); // no VLD-00018

    QVERIFY(packages->model()->setData(viewIndex(packages, ClientUrn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(forced->isHidden());
    QVERIFY(visible->isEnabled());
    QVERIFY(!visible->isChecked()); // turning it back on is the user's choice
}

void TestSystemDefinitionEditor::clickingAFindingFocusesItsField()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    fillCatalogues(editor);
    Altinn::SystemDefinition system = sample();
    system.clientIds = {ClientId, u"not-a-client-id"_s};
    system.name.insert(u"nn"_s, QString());
    system.rights =
        QList<Altinn::Right>{Altinn::Right::forResource(Resource), Altinn::Right::forResource(Resource)};
    system.allowedRedirectUrls = {u"https://smartregnskap.example/"_s, u"http://smartregnskap.example/cb"_s};
    editor.setDefinition(system);
    showActive(editor);
    QListWidget *list = editor.validationPanel()->list();
    auto *tabs = editor.findChild<QTabWidget *>(u"editorTabs"_s);

    const auto click = [list](QListWidgetItem *item) {
        QVERIFY(item);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    };

    click(findingItem(editor, u"Client id 2"_s));
    QTRY_VERIFY(editor.findChild<QLineEdit *>(u"clientIdEdit2"_s)->hasFocus());

    click(findingItem(editor, u"Name (Nynorsk)"_s));
    QTRY_VERIFY(editor.findChild<QLineEdit *>(u"nnNameEdit"_s)->hasFocus());

    click(findingItem(editor, u"Redirect URL 2"_s));
    QTRY_VERIFY(editor.findChild<QLineEdit *>(u"redirectUrlEdit2"_s)->hasFocus());

    // The duplicate right: the rights tab opens with the resource's row current.
    click(findingItem(editor, u"Right 2 (Claims and payments)"_s));
    QTRY_VERIFY(editor.rightsPicker()->view()->hasFocus());
    QCOMPARE(tabs->currentWidget()->objectName(), u"rightsPage"_s);
    QCOMPARE(
        editor.rightsPicker()->view()->currentIndex().siblingAtColumn(0).data(CatalogueRoles::Key).toString(),
        Resource);

    // Keyboard: Enter on a finding does the same.
    list->setFocus();
    list->setCurrentItem(findingItem(editor, u"Client id 2"_s));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(editor.findChild<QLineEdit *>(u"clientIdEdit2"_s)->hasFocus());
    QCOMPARE(tabs->currentWidget()->objectName(), u"generalPage"_s);
}

void TestSystemDefinitionEditor::copyFromBokmalFillsOnlyEmptyFields()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    Altinn::SystemDefinition system = sample();
    system.name = {{u"nb"_s, u"Regnskap"_s}, {u"nn"_s, QString()}, {u"en"_s, u"Accounting"_s}};
    system.description = {{u"nb"_s, u"Beskrivelse"_s}};
    editor.setDefinition(system);

    QSignalSpy changed(&editor, &SystemDefinitionEditor::changed);
    QTest::mouseClick(editor.findChild<QPushButton *>(u"copyFromBokmalButton"_s), Qt::LeftButton);
    const Altinn::SystemDefinition copied = editor.definition();
    QCOMPARE(copied.name.value(u"nn"_s), u"Regnskap"_s);
    QCOMPARE(copied.name.value(u"en"_s), u"Accounting"_s); // not overwritten
    QCOMPARE(copied.description.value(u"nn"_s), u"Beskrivelse"_s);
    QCOMPARE(copied.description.value(u"en"_s), u"Beskrivelse"_s);
    QCOMPARE(editor.findChild<QLineEdit *>(u"nnNameEdit"_s)->text(), u"Regnskap"_s);
    QCOMPARE(editor.findChild<QPlainTextEdit *>(u"enDescriptionEdit"_s)->toPlainText(), u"Beskrivelse"_s);
    QCOMPARE(changed.count(), 1);
}

void TestSystemDefinitionEditor::newDefinitionGetsTheProfileClientId()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    editor.setProfileClientId(ClientId);
    QCOMPARE(editor.definition().clientIds, QStringList{ClientId});
    QCOMPARE(editor.findChild<QLineEdit *>(u"clientIdEdit1"_s)->text(), ClientId);

    editor.setDefinition(Altinn::SystemDefinition{});
    QCOMPARE(editor.definition().clientIds, QStringList{ClientId});

    // An existing system keeps its own (here: none).
    Altinn::SystemDefinition existing = sample();
    existing.clientIds.clear();
    editor.setDefinition(existing);
    QVERIFY(editor.definition().clientIds.isEmpty());
}

void TestSystemDefinitionEditor::listsShowTheirRowMessages()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    editor.setDefinition(sample());
    showActive(editor);

    QTest::mouseClick(editor.findChild<QPushButton *>(u"redirectUrlAddButton"_s), Qt::LeftButton);
    auto *added = editor.findChild<QLineEdit *>(u"redirectUrlEdit2"_s);
    QVERIFY(added);
    QTRY_VERIFY(added->hasFocus());
    QTest::keyClicks(added, u"http://smartregnskap.example/"_s);
    QCOMPARE(editor.definition().allowedRedirectUrls.size(), 2);
    auto *message = editor.findChild<QLabel *>(u"redirectUrlMessageLabel2"_s);
    QTRY_VERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"https://"_s));
    QVERIFY(editor.findChild<QLabel *>(u"redirectUrlMessageLabel1"_s)->isHidden());
    QVERIFY(!editor.isValid());

    QTest::mouseClick(editor.findChild<QPushButton *>(u"redirectUrlRemoveButton2"_s), Qt::LeftButton);
    QCOMPARE(editor.definition().allowedRedirectUrls, sample().allowedRedirectUrls);
    QVERIFY(editor.isValid());

    auto *clientId = editor.findChild<QLineEdit *>(u"clientIdEdit1"_s);
    clientId->selectAll();
    QTest::keyClicks(clientId, u"12345"_s);
    QTRY_VERIFY(
        editor.findChild<QLabel *>(u"clientIdMessageLabel1"_s)->text().contains(u"client id looks like"_s));
}

void TestSystemDefinitionEditor::jsonPreviewShowsTheRequestBody()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    editor.setDefinition(sample());
    auto *preview = editor.findChild<QPlainTextEdit *>(u"jsonPreviewEdit"_s);
    QVERIFY(preview->isReadOnly());
    QCOMPARE(
        preview->toPlainText(), QString::fromUtf8(Altinn::SystemDefinitionJson::toRequestBody(sample())));
    QVERIFY(preview->font().fixedPitch() || preview->font().styleHint() == QFont::Monospace
        || QFontInfo(preview->font()).fixedPitch());

    QTest::keyClicks(editor.findChild<QLineEdit *>(u"systemIdSuffixEdit"_s), u"-pro"_s);
    // Debounced: it follows shortly after typing stops.
    QTRY_VERIFY(preview->toPlainText().contains(u"\"991825827_smartregnskap-pro\""_s));
    QCOMPARE(preview->toPlainText(),
        QString::fromUtf8(Altinn::SystemDefinitionJson::toRequestBody(editor.definition())));
}

void TestSystemDefinitionEditor::exportThenImportGivesTheSameDefinition()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"smartregnskap.json"_s);

    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    fillCatalogues(editor);
    Altinn::SystemDefinition system = sample();
    system.accessPackages = QList<Altinn::AccessPackageRef>{{StandardUrn}, {ClientUrn}};
    system.isVisible = false;
    system.rights->first().action = u"read"_s; // kept as is, though the picker shows only the resource
    editor.setDefinition(system);
    const Altinn::SystemDefinition before = editor.definition();
    QCOMPARE(before, system);

    QVERIFY(editor.exportToFile(path));
    QVERIFY(editor.findChild<QLabel *>(u"fileMessageLabel"_s)->text().contains(u"smartregnskap.json"_s));

    editor.setDefinition(Altinn::SystemDefinition{});
    QVERIFY(editor.definition() != before);
    QSignalSpy changed(&editor, &SystemDefinitionEditor::changed);
    QVERIFY(editor.importFromFile(path));
    QCOMPARE(editor.definition(), before);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(editor.findChild<QLineEdit *>(u"systemIdSuffixEdit"_s)->text(), u"smartregnskap"_s);
    QCOMPARE(editor.accessPackagePicker()->selectedUrns(), (QStringList{StandardUrn, ClientUrn}));

    // The file is the exact request body.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), Altinn::SystemDefinitionJson::toRequestBody(before));
}

void TestSystemDefinitionEditor::failedImportKeepsContentAndSaysWhy_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not JSON") << QByteArray("id: 991825827_x") << u"not valid JSON"_s;
    QTest::newRow("a list") << QByteArray("[{\"id\": \"991825827_x\"}]") << u"not a list"_s;
    QTest::newRow("other object") << QByteArray("{\"hello\": \"world\"}") << u"not a system definition"_s;
    QTest::newRow("wrong type") << QByteArray("{\"id\": \"991825827_x\", \"clientId\": \"abc\"}")
                                << u"\"clientId\" must be a list"_s;
    QTest::newRow("wrong element") << QByteArray("{\"id\": \"991825827_x\", \"rights\": [\"ske-krav\"]}")
                                   << u"Every entry in \"rights\""_s;
    QTest::newRow("missing file") << QByteArray() << u"Could not open"_s;
}

void TestSystemDefinitionEditor::failedImportKeepsContentAndSaysWhy()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir directory;
    const QString path = directory.filePath(u"broken.json"_s);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    editor.setDefinition(sample());
    const QString previewBefore = editor.findChild<QPlainTextEdit *>(u"jsonPreviewEdit"_s)->toPlainText();
    QSignalSpy changed(&editor, &SystemDefinitionEditor::changed);

    QVERIFY(!editor.importFromFile(path));
    QCOMPARE(editor.definition(), sample());
    QCOMPARE(editor.findChild<QLineEdit *>(u"systemIdSuffixEdit"_s)->text(), u"smartregnskap"_s);
    QCOMPARE(editor.findChild<QPlainTextEdit *>(u"jsonPreviewEdit"_s)->toPlainText(), previewBefore);
    QCOMPARE(changed.count(), 0);
    auto *message = editor.findChild<QLabel *>(u"fileMessageLabel"_s);
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(expected), qPrintable(message->text()));
    QVERIFY(message->text().contains(u"Nothing was changed"_s));
    QCOMPARE(message->property("severity").toString(), u"error"_s);
}

void TestSystemDefinitionEditor::importFromAnotherVendorUsesOurPrefix()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"other.json"_s);
    Altinn::SystemDefinition other = sample();
    other.id = u"314159265_ledger"_s;
    other.setVendorOrgNumber(u"314159265"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Altinn::SystemDefinitionJson::toRequestBody(other));
    file.close();

    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    QVERIFY(editor.importFromFile(path));
    QCOMPARE(editor.definition().id, VendorOrg + u"_ledger"_s);
    QCOMPARE(editor.definition().vendorId, u"0192:"_s + VendorOrg);
    QVERIFY(editor.findChild<QLabel *>(u"fileMessageLabel"_s)->text().contains(u"314159265"_s));
}

void TestSystemDefinitionEditor::interactiveWidgetsHaveNamesAndATabOrder()
{
    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    fillCatalogues(editor);
    Altinn::SystemDefinition system = sample();
    system.clientIds.append(u"bad"_s); // so the findings list is shown
    editor.setDefinition(system);
    showActive(editor);
    auto *tabs = editor.findChild<QTabWidget *>(u"editorTabs"_s);

    const auto checkNames = [&editor] {
        const QList<QWidget *> widgets = editor.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            // Qt's own parts of composite widgets (tab bar, scroll bars) are named by Qt.
            if (widget->objectName().startsWith(u"qt_"_s) || qobject_cast<QTabBar *>(widget)
                || qobject_cast<QTabBar *>(widget->parentWidget()))
                continue;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    };
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        checkNames();
    }
    tabs->setCurrentIndex(0);

    // Tab goes through the form in reading order.
    const QStringList order = {u"systemIdSuffixEdit"_s, u"nbNameEdit"_s, u"nnNameEdit"_s, u"enNameEdit"_s,
        u"nbDescriptionEdit"_s, u"nnDescriptionEdit"_s, u"enDescriptionEdit"_s, u"copyFromBokmalButton"_s,
        u"clientIdEdit1"_s, u"clientIdRemoveButton1"_s, u"clientIdEdit2"_s, u"clientIdRemoveButton2"_s,
        u"clientIdAddButton"_s, u"redirectUrlEdit1"_s, u"redirectUrlRemoveButton1"_s,
        u"redirectUrlAddButton"_s, u"visibilityCheckBox"_s, u"findingsList"_s, u"jsonPreviewEdit"_s,
        u"importButton"_s, u"exportButton"_s};
    editor.findChild<QWidget *>(order.first())->setFocus();
    for (qsizetype i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), order.at(i));
    }

    // Mnemonics reach the labelled fields and tabs.
    QTest::keyClick(&editor, Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"systemIdSuffixEdit"_s);
    QTest::keyClick(&editor, Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentIndex(), 1);
}

void TestSystemDefinitionEditor::screenshot()
{
    const QString directory = qEnvironmentVariable("EDITOR_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("Set EDITOR_SCREENSHOT_DIR to write screenshots of the editor.");
    installApplicationStyle(*qobject_cast<QApplication *>(QCoreApplication::instance()));

    SystemDefinitionEditor editor;
    editor.setVendorOrgNumber(VendorOrg);
    fillCatalogues(editor);
    Altinn::SystemDefinition system = sample();
    system.accessPackages = QList<Altinn::AccessPackageRef>{{StandardUrn}, {ClientUrn}};
    system.isVisible = false;
    system.allowedRedirectUrls.append(u"http://localhost:8080/callback"_s);
    editor.setDefinition(system);
    showActive(editor);
    QDir().mkpath(directory);

    auto *tabs = editor.findChild<QTabWidget *>(u"editorTabs"_s);
    const QStringList names = {u"editor-en.png"_s, u"editor-en-rights.png"_s, u"editor-en-packages.png"_s};
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        if (tab == 2)
            editor.accessPackagePicker()->focusPackage(ClientUrn);
        QTest::qWait(50);
        QVERIFY(editor.grab().save(QDir(directory).filePath(names.at(tab))));
    }
}

QTEST_MAIN(TestSystemDefinitionEditor)
#include "TestSystemDefinitionEditor.moc"
