#include "WizardFlowFixture.h"
#include "bulk/ImportCustomersDialog.h"
#include "bulk/ImportPreviewSection.h"
#include "bulk/ImportRowsModel.h"
#include "bulk/ImportSourceSection.h"
#include "common/OperationStatus.h"
#include "shell/CustomersScreen.h"
#include "wizard/CustomerDesk.h"
#include "workspace/CustomerLedger.h"
#include "workspace/DraftStore.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The import dialog of the customers screen against the in-process sandbox: pasted spreadsheet rows
// become a preview with findings by line, the wanted rights are checked against the registered system
// over HTTP, and the ledger changes only when the person presses Add.
class TestImportCustomersDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pastedRowsShowFindingsAndAddWritesOnlyTheAcceptedRows();
    void nothingIsWrittenWhenTheDialogIsCancelled();
    void wantedRightsAreCheckedAgainstTheSystem();
    void semicolonFileInWindows1252IsRead();
    void typingIsParsedOnlyWhenItPausesAndIsOfferedAgain();

private:
    CustomerLedger *ledger() const { return m_fixture.context()->customers()->ledger(); }
    static QString summaryOf(const ImportCustomersDialog &dialog);
    static QListWidgetItem *findingOnLine(const ImportCustomersDialog &dialog, int line);

    WizardFlowFixture m_fixture;
    Altinn::SystemDefinition m_system;
};

using namespace Qt::Literals::StringLiterals;

namespace {

// Customers of the sandbox's register; 974760674 fails the MOD11 check (974760673 is valid).
const QString Alfa = u"310904473"_s;
const QString Beta = u"310945552"_s;
const QString Gamma = u"310959502"_s;

/// As a spreadsheet puts it on the clipboard: TAB between cells, a header row first.
const QString PastedRows = u"Organisasjonsnummer\tNavn\tEkstern referanse\tE-post\n"
                           "310904473\tAlfa AS\t\talfa@example.no\n"
                           "310945552\tBeta AS\tkunde-b\tbeta@example.no\n"
                           "974760674\tFeil AS\t\t\n"
                           "310945552\tBeta igjen\tkunde-b\t\n"
                           "310959502\tGamma AS\t\t\n"_s;

} // namespace

void TestImportCustomersDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(u"TestImportCustomersDialog"_s);
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_fixture.startSandbox());
}

void TestImportCustomersDialog::init()
{
    QVERIFY(m_fixture.setUp());
    m_system = m_fixture.exampleSystem(u"import"_s);
    QVERIFY(m_fixture.registerSystem(m_system));
    WizardContext *context = m_fixture.context();
    QVERIFY(context->drafts()->saveSystemDefinition(context->profile().id, m_system.toRequestJson()));
    context->setSystemId(m_system.id);
    QVERIFY(ledger());
    QCOMPARE(ledger()->size(), 0);
}

void TestImportCustomersDialog::cleanup()
{
    m_fixture.tearDown();
}

QString TestImportCustomersDialog::summaryOf(const ImportCustomersDialog &dialog)
{
    return dialog.preview()->summaryText();
}

QListWidgetItem *TestImportCustomersDialog::findingOnLine(const ImportCustomersDialog &dialog, int line)
{
    QListWidget *list = dialog.preview()->findingsList();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toInt() == line)
            return list->item(i);
    }
    return nullptr;
}

void TestImportCustomersDialog::pastedRowsShowFindingsAndAddWritesOnlyTheAcceptedRows()
{
    ImportCustomersDialog dialog(m_fixture.context());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Pasted the way a person does it: Ctrl+V in the box.
    QApplication::clipboard()->setText(PastedRows);
    QPlainTextEdit *edit = dialog.source()->pasteEdit();
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(edit->toPlainText(), PastedRows);

    QTRY_VERIFY_WITH_TIMEOUT(dialog.merge().added == 3, 5000);
    // Two errors, each on its line, told by icon and by word.
    QListWidgetItem *invalid = findingOnLine(dialog, 4);
    QVERIFY(invalid);
    QVERIFY(invalid->data(Qt::UserRole + 1).toBool());
    QVERIFY2(invalid->text().startsWith(u"Error: Line 4"_s), qPrintable(invalid->text()));
    QVERIFY(invalid->text().contains(u"974760674"_s));
    QVERIFY(!invalid->icon().isNull());
    QListWidgetItem *duplicate = findingOnLine(dialog, 5);
    QVERIFY(duplicate);
    QVERIFY(duplicate->data(Qt::UserRole + 1).toBool());
    QVERIFY2(duplicate->text().contains(u"line 3"_s), qPrintable(duplicate->text()));
    QCOMPARE(dialog.preview()->findingsList()->count(), 2);
    QCOMPARE(summaryOf(dialog), CustomerListImport::summary(dialog.merge()));
    QVERIFY2(summaryOf(dialog).startsWith(u"3 new"_s), qPrintable(summaryOf(dialog)));

    // The accepted rows, the number as people read it.
    const ImportRowsModel *rows = dialog.preview()->rowsModel();
    QCOMPARE(rows->rowCount(), 3);
    QCOMPARE(rows->index(0, ImportRowsModel::OrgNoColumn).data().toString(), u"310 904 473"_s);
    QCOMPARE(rows->index(1, ImportRowsModel::NameColumn).data().toString(), u"Beta AS"_s);
    QCOMPARE(rows->index(1, ImportRowsModel::ExternalRefColumn).data().toString(), u"kunde-b"_s);
    QCOMPARE(rows->index(0, ImportRowsModel::EmailColumn).data().toString(), u"alfa@example.no"_s);
    QCOMPARE(rows->index(2, ImportRowsModel::LineColumn).data().toInt(), 6);
    QVERIFY(
        dialog.findChild<QLabel *>(u"importFormatLabel"_s)->text().contains(u"tab"_s, Qt::CaseInsensitive));

    // Nothing is written before Add.
    QCOMPARE(ledger()->size(), 0);
    QVERIFY(dialog.addButton()->isEnabled());
    QCOMPARE(dialog.addButton()->text(), u"&Add 3 customer(s)"_s);
    QSignalSpy added(&dialog, &ImportCustomersDialog::customersAdded);
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().at(0).toInt(), 3);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    QCOMPARE(ledger()->size(), 3);
    const auto alfa = ledger()->find(Alfa, {});
    QVERIFY(alfa);
    QCOMPARE(alfa->name, u"Alfa AS"_s);
    QCOMPARE(alfa->contactEmail, u"alfa@example.no"_s);
    QCOMPARE(alfa->state, CustomerState::NotAsked);
    const auto beta = ledger()->find(Beta, u"kunde-b"_s);
    QVERIFY(beta);
    QCOMPARE(beta->name, u"Beta AS"_s); // the duplicate line was left out, not merged in
    QVERIFY(ledger()->find(Gamma, {}));
    QVERIFY(!ledger()->find(u"974760674"_s, {}));
    // On disk too, for the CLI and the next run.
    QVERIFY(ledger()->flush());
    CustomerLedger reread(ledger()->scope());
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), 3);
}

void TestImportCustomersDialog::nothingIsWrittenWhenTheDialogIsCancelled()
{
    ImportCustomersDialog dialog(m_fixture.context());
    dialog.show();
    dialog.setPastedText(PastedRows);
    QCOMPARE(dialog.merge().added, 3);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(ledger()->size(), 0);
}

void TestImportCustomersDialog::wantedRightsAreCheckedAgainstTheSystem()
{
    ImportCustomersDialog dialog(m_fixture.context());
    dialog.show();
    dialog.setPastedText(u"orgnr\tnavn\trettigheter\n"
                         "310904473\tAlfa AS\t"_s
        + WizardFlowFixture::Resource
        + u"\n"
          "310945552\tBeta AS\tfinnes-ikke\n"_s);
    // One GET of the system; Add waits for it.
    QVERIFY(dialog.isCheckingSystem());
    QVERIFY(!dialog.addButton()->isEnabled());
    auto *status = dialog.findChild<OperationStatus *>(u"importStatus"_s);
    QCOMPARE(status->state(), OperationStatus::State::Busy);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCheckingSystem(), 15000);
    QCOMPARE(status->state(), OperationStatus::State::Succeeded);

    QListWidgetItem *notOffered = findingOnLine(dialog, 3);
    QVERIFY(notOffered);
    QVERIFY2(notOffered->text().contains(u"finnes-ikke"_s), qPrintable(notOffered->text()));
    QCOMPARE(dialog.merge().added, 1);
    QVERIFY(dialog.addButton()->isEnabled());
    dialog.addCustomers();
    QCOMPARE(ledger()->size(), 1);
    QCOMPARE(ledger()->find(Alfa, {})->wantedRights, QStringList{WizardFlowFixture::Resource});
}

void TestImportCustomersDialog::semicolonFileInWindows1252IsRead()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"kunder.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // "Bø" in Windows-1252, as Excel's "CSV (semikolondelt)" saves it on Norwegian Windows.
    file.write("Org.nr.;Navn\r\n310904473;B\xf8 Regnskap AS\r\n");
    file.close();

    ImportCustomersDialog dialog(m_fixture.context());
    dialog.source()->readFile(path);
    QCOMPARE(dialog.merge().added, 1);
    QCOMPARE(dialog.preview()->rowsModel()->index(0, ImportRowsModel::NameColumn).data().toString(),
        u"Bø Regnskap AS"_s);
    const QString format = dialog.findChild<QLabel *>(u"importFormatLabel"_s)->text();
    QVERIFY2(format.contains(CustomerListImport::separatorName(u';')), qPrintable(format));
    QVERIFY2(format.contains(CustomerListImport::encodingName(CustomerListImport::Encoding::Windows1252)),
        qPrintable(format));
    QVERIFY(dialog.findChild<QLabel *>(u"importFileLabel"_s)->text().contains(u"kunder.csv"_s));
}

void TestImportCustomersDialog::typingIsParsedOnlyWhenItPausesAndIsOfferedAgain()
{
    CustomersScreen screen(m_fixture.context());
    screen.refresh();
    QVERIFY(screen.importButton()->isEnabled());
    screen.openImport();
    QPointer<ImportCustomersDialog> dialog = screen.importDialog();
    QVERIFY(dialog);
    QPlainTextEdit *edit = dialog->source()->pasteEdit();
    QTest::keyClicks(edit, Alfa);
    // Still typing: nothing parsed on the key presses themselves.
    QVERIFY(!dialog->preview()->rowsModel()->rowCount());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->merge().added, 1, 3000);

    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(ledger()->size(), 0);
    screen.openImport();
    QVERIFY(screen.importDialog());
    QCOMPARE(screen.importDialog()->pastedText(), Alfa);
    QCOMPARE(screen.importDialog()->merge().added, 1);
    // Added rows are done with: the next import starts empty.
    screen.importDialog()->addCustomers();
    QTRY_VERIFY(!screen.importDialog());
    screen.openImport();
    QVERIFY(screen.importDialog()->pastedText().isEmpty());
    screen.importDialog()->reject();
}

QTEST_MAIN(TestImportCustomersDialog)
#include "TestImportCustomersDialog.moc"
