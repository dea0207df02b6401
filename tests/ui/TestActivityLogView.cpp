#include "SandboxVendorSession.h"
#include "activity/ActivityLogModel.h"
#include "activity/ActivityLogView.h"
#include "altinn/AltinnScopes.h"
#include "altinn/SystemRegisterClient.h"
#include "net/ActivityLog.h"
#include "shell/ApplicationStyle.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// The activity log dock: calls appear live, filter, details, copy as curl and the support bundle.
class TestActivityLogView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callsAppearLiveAsInsertedRows();
    void followsTheLogCapacity();
    void filterMatchesMethodUrlAndStatus();
    void detailsShowPrettyJsonAndNoToken();
    void copyAsCurlLeavesTheTokenOut();
    void exportWritesABundleWithoutSecrets();
    void exportThroughTheFileDialog();
    void clearEmptiesTheTable();
    void realCallsThroughTheSessionAreShown();

private:
    static Altinn::ActivityEntry exampleEntry(const QByteArray &method, const QString &path, int status);
    static void select(ActivityLogView &view, int row);
    static void saveScreenshot(QWidget &widget, const QString &name);
};

namespace {

// A token-shaped string (header.payload.signature): what the log must never let through.
const QByteArray Jwt =
    "eyJhbGciOiJSUzI1NiIsImtpZCI6InRlc3QifQ.eyJzY29wZSI6ImFsdGlubjp0ZXN0In0.c2lnbmF0dXJlLXBhcnQ";

} // namespace

void TestActivityLogView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Screenshots show the view as the app does, with its style sheet.
    if (!qEnvironmentVariableIsEmpty("VIEWS_SCREENSHOT_DIR"))
        installApplicationStyle(*qApp);
}

Altinn::ActivityEntry TestActivityLogView::exampleEntry(
    const QByteArray &method, const QString &path, int status)
{
    Altinn::ActivityEntry entry;
    entry.method = method;
    entry.url = QUrl(u"https://platform.tt02.altinn.no/"_s + path);
    entry.environment = u"tt02"_s;
    entry.requestHeaders = {{"Authorization", "Bearer " + Jwt}, {"Accept", "application/json"}};
    if (method == "POST") {
        entry.requestHeaders.append(QPair<QByteArray, QByteArray>("Content-Type", "application/json"));
        entry.requestBody = R"({"systemId":"991825827_demo","partyOrgNo":"310904473"})";
    }
    entry.status = status;
    entry.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}};
    entry.responseBody = status >= 400 ? QByteArray(R"({"code":"AUTH-00011","detail":"Not found"})")
                                       : QByteArray(R"({"id":"5f1c","access_token":")") + Jwt + "\"}";
    entry.durationMs = 85;
    return entry;
}

void TestActivityLogView::select(ActivityLogView &view, int row)
{
    auto *table = view.findChild<QTableView *>(u"activityTable"_s);
    table->setFocus();
    table->selectRow(row);
}

void TestActivityLogView::saveScreenshot(QWidget &widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("VIEWS_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    QVERIFY(widget.grab().save(QDir(directory).filePath(name)));
}

void TestActivityLogView::callsAppearLiveAsInsertedRows()
{
    Altinn::ActivityLog log;
    log.record(exampleEntry("GET", u"authentication/api/v1/systemregister/vendor"_s, 200));
    ActivityLogView view;
    view.setActivityLog(&log);
    auto *table = view.findChild<QTableView *>(u"activityTable"_s);
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 1);

    auto *model =
        qobject_cast<ActivityLogModel *>(qobject_cast<QAbstractProxyModel *>(table->model())->sourceModel());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    log.record(exampleEntry("POST", u"authentication/api/v1/systemuser/request/vendor"_s, 201));
    log.record(exampleEntry("GET", u"authentication/api/v1/systemuser/request/vendor/x"_s, 404));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(table->model()->rowCount(), 3);

    const QModelIndex url = table->model()->index(1, ActivityLogModel::UrlColumn);
    QCOMPARE(url.data().toString(), u"/authentication/api/v1/systemuser/request/vendor"_s);
    QVERIFY(url.data(Qt::ToolTipRole).toString().contains(u"platform.tt02.altinn.no"_s));
    // Status: a number and words, not colour alone.
    QCOMPARE(table->model()->index(2, ActivityLogModel::StatusColumn).data().toString(), u"404 Not Found"_s);
    QCOMPARE(table->model()->index(1, ActivityLogModel::MethodColumn).data().toString(), u"POST"_s);
    // "%n call(s)": the English catalogue gives the plural form; without it the (s) stays.
    QVERIFY(view.findChild<QLabel *>(u"activityCount"_s)->text().startsWith(u"3 call"_s));

    Altinn::ActivityEntry timedOut = exampleEntry("GET", u"authentication/api/v1/systemregister/vendor"_s, 0);
    timedOut.outcome = u"timed out"_s;
    timedOut.attempt = 3;
    log.record(timedOut);
    QCOMPARE(table->model()->index(3, ActivityLogModel::StatusColumn).data().toString(), u"timed out"_s);
    QCOMPARE(table->model()->index(3, ActivityLogModel::AttemptColumn).data().toInt(), 3);

    view.resize(900, 520);
    view.show();
    select(view, 2);
    saveScreenshot(view, u"activity-log-view.png"_s);
}

void TestActivityLogView::followsTheLogCapacity()
{
    Altinn::ActivityLog log;
    log.setCapacity(3);
    ActivityLogModel model;
    model.setActivityLog(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 5; ++i)
        log.record(exampleEntry("GET", u"resource/"_s + QString::number(i), 200));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data(ActivityLogModel::EntryIdRole).toLongLong(), 3);
    QCOMPARE(model.index(2, ActivityLogModel::UrlColumn).data().toString(), u"/resource/4"_s);
}

void TestActivityLogView::filterMatchesMethodUrlAndStatus()
{
    Altinn::ActivityLog log;
    log.record(exampleEntry("GET", u"authentication/api/v1/systemregister/vendor"_s, 200));
    log.record(exampleEntry("POST", u"authentication/api/v1/systemuser/request/vendor"_s, 201));
    log.record(exampleEntry("DELETE", u"authentication/api/v1/systemuser/request/vendor/abc"_s, 404));
    ActivityLogView view;
    view.setActivityLog(&log);
    auto *filter = view.findChild<QLineEdit *>(u"activityFilter"_s);
    auto *table = view.findChild<QTableView *>(u"activityTable"_s);
    QVERIFY(filter);

    QTest::keyClicks(filter, u"post"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ActivityLogModel::MethodColumn).data().toString(), u"POST"_s);
    filter->clear();
    QTest::keyClicks(filter, u"not found"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ActivityLogModel::MethodColumn).data().toString(), u"DELETE"_s);
    filter->clear();
    QTest::keyClicks(filter, u"systemuser/request"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QVERIFY(view.findChild<QLabel *>(u"activityCount"_s)->text().startsWith(u"2 of 3 call"_s));
    // A call arriving while filtered shows only when it matches.
    log.record(exampleEntry("GET", u"resourceregistry/api/v1/resource/x"_s, 200));
    QCOMPARE(table->model()->rowCount(), 2);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 4);
}

void TestActivityLogView::detailsShowPrettyJsonAndNoToken()
{
    Altinn::ActivityLog log;
    log.record(exampleEntry("POST", u"authentication/api/v1/systemuser/request/vendor"_s, 201));
    ActivityLogView view;
    view.setActivityLog(&log);
    select(view, 0);

    const QString request = view.findChild<QPlainTextEdit *>(u"requestDetails"_s)->toPlainText();
    QVERIFY2(request.contains(u"Authorization: Bearer $TOKEN"_s), qPrintable(request));
    QVERIFY2(request.contains(u"    \"partyOrgNo\": \"310904473\""_s), qPrintable(request)); // indented JSON
    const QString response = view.findChild<QPlainTextEdit *>(u"responseDetails"_s)->toPlainText();
    QVERIFY2(response.startsWith(u"201 Created"_s), qPrintable(response));
    QVERIFY(response.contains(u"\"access_token\": \"[redacted]\""_s));
    QVERIFY(!request.contains(QString::fromLatin1(Jwt)) && !response.contains(QString::fromLatin1(Jwt)));

    // As a narrow dock, on the response tab.
    view.resize(480, 560);
    view.findChild<QTabWidget *>(u"activityDetails"_s)->setCurrentIndex(1);
    saveScreenshot(view, u"activity-log-response.png"_s);
}

void TestActivityLogView::copyAsCurlLeavesTheTokenOut()
{
    Altinn::ActivityLog log;
    log.record(exampleEntry("POST", u"authentication/api/v1/systemuser/request/vendor"_s, 201));
    ActivityLogView view;
    view.setActivityLog(&log);
    auto *copy = view.findChild<QPushButton *>(u"copyCurlButton"_s);
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled()); // nothing selected yet
    QApplication::clipboard()->clear();

    view.show();
    QVERIFY(QTest::qWaitForWindowActive(&view)); // shortcuts work in the active window only
    select(view, 0);
    QVERIFY(copy->isEnabled());
    // The keyboard way: Ctrl+Shift+C anywhere in the view.
    QTest::keyClick(
        view.findChild<QTableView *>(u"activityTable"_s), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);

    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.startsWith(u"curl "_s), qPrintable(command));
    QVERIFY(command.contains(u"$TOKEN"_s));
    QVERIFY(command.contains(
        u"https://platform.tt02.altinn.no/authentication/api/v1/systemuser/request/vendor"_s));
    QVERIFY(!command.contains(QString::fromLatin1(Jwt)));
    QVERIFY(!Altinn::Redaction::containsSecret(command.toUtf8()));
    auto *message = view.findChild<QLabel *>(u"activityMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"$TOKEN"_s)); // says the variable must be set
}

void TestActivityLogView::exportWritesABundleWithoutSecrets()
{
    Altinn::ActivityLog log;
    log.record(exampleEntry("GET", u"authentication/api/v1/systemregister/vendor"_s, 200));
    log.record(exampleEntry("POST", u"authentication/api/v1/systemuser/request/vendor"_s, 201));
    ActivityLogView view;
    view.setActivityLog(&log);
    QTemporaryDir directory;
    const QString path = directory.filePath(ActivityLogView::suggestedBundleFileName());
    QVERIFY(path.endsWith(QDate::currentDate().toString(u"yyyy-MM-dd"_s) + path.right(10)));

    QSignalSpy exported(&view, &ActivityLogView::supportBundleExported);
    view.exportSupportBundle(path);
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(0).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bundle = file.readAll();
    QVERIFY(!bundle.contains(Jwt));
    QVERIFY(!Altinn::Redaction::containsSecret(bundle));
    const QJsonArray entries = QJsonDocument::fromJson(bundle).object().value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 2);

    // A place that cannot be written: the user is told, nothing is claimed.
    exported.clear();
    view.exportSupportBundle(directory.filePath(u"missing-folder/bundle.json"_s));
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(0).toBool(), false);
    QVERIFY(view.findChild<QLabel *>(u"activityMessage"_s)->text().contains(u"Could not save"_s));
}

void TestActivityLogView::exportThroughTheFileDialog()
{
    Altinn::ActivityLog log;
    log.record(exampleEntry("GET", u"authentication/api/v1/systemregister/vendor"_s, 200));
    ActivityLogView view;
    view.setActivityLog(&log);
    view.show();
    QTemporaryDir directory;
    const QString path = directory.filePath(u"bundle.json"_s);

    QSignalSpy exported(&view, &ActivityLogView::supportBundleExported);
    auto *button = view.findChild<QPushButton *>(u"exportBundleButton"_s);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    auto *dialog = view.findChild<QFileDialog *>(u"supportBundleDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->selectedFiles().value(0).endsWith(u".json"_s));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected; QDialog::accept is not
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.first().at(1).toString(), path);
    QVERIFY(QFile::exists(path));
}

void TestActivityLogView::clearEmptiesTheTable()
{
    Altinn::ActivityLog log;
    log.record(exampleEntry("GET", u"authentication/api/v1/systemregister/vendor"_s, 200));
    ActivityLogView view;
    view.setActivityLog(&log);
    auto *clear = view.findChild<QPushButton *>(u"clearActivityButton"_s);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(log.entries().size(), 0);
    QCOMPARE(view.findChild<QTableView *>(u"activityTable"_s)->model()->rowCount(), 0);
    QVERIFY(!clear->isEnabled());
    log.record(exampleEntry("GET", u"authentication/api/v1/systemregister/vendor"_s, 200));
    QCOMPARE(view.findChild<QTableView *>(u"activityTable"_s)->model()->rowCount(), 1);
}

void TestActivityLogView::realCallsThroughTheSessionAreShown()
{
    SandboxVendorSession vendor;
    QVERIFY(vendor.isReady());
    ActivityLogView view;
    view.setActivityLog(&vendor.activityLog());
    auto *table = view.findChild<QTableView *>(u"activityTable"_s);

    // The vendor token is what must not leak: fetch it the way the transport does.
    std::optional<Altinn::ApiResult<MaskinportenToken>> token;
    vendor.session()->vendorToken(SandboxHarness::allVendorScopes(),
        [&token](const Altinn::ApiResult<MaskinportenToken> &result) { token = result; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 15000);
    QVERIFY(token->ok());
    const QByteArray accessToken = token->value->accessToken;
    QVERIFY(!accessToken.isEmpty());

    bool listed = false;
    vendor.session()->systemRegister()->list(
        [&listed](const Altinn::ApiResult<QList<Altinn::SystemListItem>> &) { listed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 15000);

    // The token request to Maskinporten and the system register call, each as a row.
    QVERIFY(table->model()->rowCount() >= 2);
    bool sawToken = false;
    bool sawRegister = false;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString url = table->model()->index(row, ActivityLogModel::UrlColumn).data().toString();
        sawToken = sawToken || url.startsWith(u"/token"_s);
        sawRegister = sawRegister || url.contains(u"systemregister/vendor"_s);
    }
    QVERIFY(sawToken);
    QVERIFY(sawRegister);

    for (int row = 0; row < table->model()->rowCount(); ++row) {
        select(view, row);
        view.copySelectedAsCurl();
        QVERIFY(!QApplication::clipboard()->text().toUtf8().contains(accessToken));
        QVERIFY(!view.findChild<QPlainTextEdit *>(u"responseDetails"_s)
                     ->toPlainText()
                     .toUtf8()
                     .contains(accessToken));
    }
    QTemporaryDir directory;
    QSignalSpy exported(&view, &ActivityLogView::supportBundleExported);
    view.exportSupportBundle(directory.filePath(u"bundle.json"_s));
    QVERIFY(exported.wait(10000));
    QFile file(directory.filePath(u"bundle.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bundle = file.readAll();
    QVERIFY(!bundle.contains(accessToken));
    QVERIFY(!Altinn::Redaction::containsSecret(bundle));
}

QTEST_MAIN(TestActivityLogView)
#include "TestActivityLogView.moc"
