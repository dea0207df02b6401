#include "customers/CustomersModel.h"
#include "customers/CustomersView.h"
#include "workspace/CustomerLedger.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

/**
 * A vendor with 10,000 customers (docs/customer-ledger.md): saving and loading the ledger, filtering
 * the customers view, and the view staying responsive while a bulk send records 1,000 outcomes.
 * Each figure is printed with a reference measured in the same run (plain JSON parsing or encoding,
 * a plain loop doing the same comparisons), so a slower machine shows in both. The targets are
 * checked with twice their value, so a busy CI machine does not fail them.
 */
class BenchCustomerLedger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void save();
    void load();
    void filter();
    void bulkSendKeepsTheViewResponsive();

private:
    QString writtenLedger();

    QTemporaryDir m_directory;
    QList<CustomerRecord> m_records;
};

namespace {

constexpr int CustomerCount = 10000;
constexpr int BulkSendCount = 1000;
constexpr double LoadTargetMs = 300;
constexpr double FilterTargetMs = 50;
constexpr double UiBlockTargetMs = 50;
// Checked with twice the target: the target is what a person's machine does, the margin is for CI.
constexpr double Margin = 2;

const CustomerLedger::Scope BenchScope{u"bench"_s, u"sandbox"_s, u"991825827_bench"_s};
// The view measures waiting from the clock, so the records are dated from it too.
const QDateTime Now = QDateTime::currentDateTimeUtc();

/// Typical records: every field a sent request fills, a note on every third, all eight states.
QList<CustomerRecord> makeRecords()
{
    const QList<CustomerState> states = CustomerStates::all();
    QList<CustomerRecord> records;
    records.reserve(CustomerCount);
    for (int i = 0; i < CustomerCount; ++i) {
        CustomerRecord record;
        record.orgNo = QString::number(310000000 + i * 7);
        record.name = u"Kunde nummer %1 AS"_s.arg(i);
        record.externalRef = u"kunde-%1"_s.arg(i);
        record.kind = i % 5 == 0 ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
        record.state = states.at(i % states.size());
        if (record.state != CustomerState::NotAsked) {
            record.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.requestStatus = u"New"_s;
            record.confirmUrl = u"https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/request?id="_s
                + record.requestId + u"&DONTCHOOSEREPORTEE=true"_s;
            // Spread over the 200 days before Now: some wait a day, some half a year.
            record.requestCreated = Now.addSecs(-qint64(i) * 1728);
        }
        if (record.state == CustomerState::Approved || record.state == CustomerState::ChangePending)
            record.systemUserId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.stateSince = (record.requestCreated.isValid() ? record.requestCreated : Now).addSecs(-3600);
        if (i % 3 == 0)
            record.note = u"Ring regnskapsføreren før fredag"_s;
        record.contactEmail = u"post@kunde%1.example"_s.arg(i);
        record.language = u"nb"_s;
        records.append(record);
    }
    return records;
}

/// The median of @p runs timings of @p work, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void report(const char *what, double ms, const char *reference, double referenceMs)
{
    qInfo("%-46s %8.3f ms   %-36s %8.3f ms   ratio %6.2f", what, ms, reference, referenceMs,
        referenceMs > 0 ? ms / referenceMs : 0.0);
}

} // namespace

void BenchCustomerLedger::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_directory.isValid());
    m_records = makeRecords();
}

QString BenchCustomerLedger::writtenLedger()
{
    const QString path = m_directory.filePath(u"ledger.json"_s);
    if (!QFile::exists(path)) {
        CustomerLedger ledger(BenchScope, path);
        ledger.upsertAll(m_records);
        ledger.flush();
    }
    return path;
}

void BenchCustomerLedger::save()
{
    const QString path = m_directory.filePath(u"save.json"_s);
    CustomerLedger ledger(BenchScope, path);
    QVERIFY(ledger.upsertAll(m_records));
    // The first save encodes every customer; later ones only those that changed.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(ledger.flush());
    const double firstMs = double(timer.nsecsElapsed()) / 1e6;
    // What the UI thread pays for a change of one customer in a full ledger (the save is deferred).
    int note = 0;
    const double changeMs = medianMs(21, [&] {
        ++note;
        ledger.setNote(m_records.at(note).key(), u"note %1"_s.arg(note));
    });
    // A save after a change: encoding one customer, writing 10,000 (on the writer; flush() waits).
    const double flushMs = medianMs(5, [&] {
        ledger.setNote(m_records.first().key(), u"note %1"_s.arg(++note));
        QVERIFY(ledger.flush());
    });
    // Reference: encoding the same document, already built, without writing it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QVERIFY(document.isObject());
    const double encodeMs =
        medianMs(5, [&] { QVERIFY(!document.toJson(QJsonDocument::Indented).isEmpty()); });
    qInfo("ledger file: %lld bytes for %d customers", QFileInfo(path).size(), CustomerCount);
    report("one change (UI thread, save deferred)", changeMs, "QJsonDocument::toJson of the file", encodeMs);
    report("first save: encode all + write (writer)", firstMs, "QJsonDocument::toJson of the file", encodeMs);
    report("save after a change (writer)", flushMs, "QJsonDocument::toJson of the file", encodeMs);
    QVERIFY2(changeMs < 5, "a change must not pay for the save");
}

void BenchCustomerLedger::load()
{
    const QString path = writtenLedger();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const double parseMs = medianMs(5, [&] { QVERIFY(QJsonDocument::fromJson(bytes).isObject()); });

    CustomerLedger ledger(BenchScope, path);
    QList<double> times;
    QBENCHMARK
    {
        QElapsedTimer timer;
        timer.start();
        QVERIFY(ledger.load());
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    QCOMPARE(ledger.size(), CustomerCount);
    std::sort(times.begin(), times.end());
    const double loadMs = times.at(times.size() / 2);
    report("load 10,000 customers", loadMs, "QJsonDocument::fromJson of the file", parseMs);
    QVERIFY2(loadMs < LoadTargetMs * Margin, qPrintable(u"load took %1 ms"_s.arg(loadMs)));
}

void BenchCustomerLedger::filter()
{
    CustomerLedger ledger(BenchScope, writtenLedger());
    QVERIFY(ledger.load());
    const QList<CustomerRecord> records = ledger.customers();
    const QString word = u"kunde 12"_s;
    const QStringList words = word.toCaseFolded().split(u' ');
    const QDateTime limit = QDateTime::currentDateTimeUtc().addDays(-30);
    // The plain loop gets what the model keeps per row: the folded text.
    QHash<QString, QString> folded;
    for (const CustomerRecord &record : records)
        folded.insert(record.key(),
            QString(record.orgNo + u' ' + record.name + u' ' + record.externalRef + u' ' + record.note)
                .toCaseFolded());
    const auto textMatches = [&words, &folded](const CustomerRecord &record) {
        const QString &text = folded[record.key()];
        return std::all_of(
            words.cbegin(), words.cend(), [&text](const QString &w) { return text.contains(w); });
    };
    const auto waits = [&limit](const CustomerRecord &record) {
        const QDateTime since = CustomerLedger::waitingSince(record);
        return since.isValid() && since < limit;
    };

    // The view as the person uses it: its controls, then whatever the change queued (the repaint too).
    CustomersView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSource(&ledger, nullptr, nullptr);
    QCoreApplication::processEvents();
    auto *table = view.findChild<QTableView *>(u"customersTable"_s);
    auto *text = view.findChild<QLineEdit *>(u"customerFilter"_s);
    auto *state = view.findChild<QComboBox *>(u"customerStatusFilter"_s);
    auto *waiting = view.findChild<QCheckBox *>(u"customerWaitingFilter"_s);
    auto *days = view.findChild<QSpinBox *>(u"customerWaitingDays"_s);
    QVERIFY(table && text && state && waiting && days);
    days->setValue(30);

    struct Case
    {
        const char *name;
        std::function<void()> apply;
        std::function<bool(const CustomerRecord &)> plain;
    };
    const int waitingIndex = state->findData(int(CustomerState::Waiting));
    const QList<Case> cases{
        {"state: waiting", [&] { state->setCurrentIndex(waitingIndex); },
            [](const CustomerRecord &r) {
                return r.state == CustomerState::Waiting;
            }},
        {"text: \"kunde 12\"", [&] { text->setText(word); }, textMatches},
        {"waiting more than 30 days", [&] { waiting->setChecked(true); }, waits},
        {"all three",
            [&] {
                state->setCurrentIndex(waitingIndex);
                text->setText(word);
                waiting->setChecked(true);
            },
            [&](const CustomerRecord &r) {
                return r.state == CustomerState::Waiting && textMatches(r) && waits(r);
            }},
    };
    const auto clear = [&] {
        state->setCurrentIndex(0);
        text->clear();
        waiting->setChecked(false);
    };
    const auto timed = [](const std::function<void()> &work) {
        QElapsedTimer timer;
        timer.start();
        work();
        QCoreApplication::processEvents();
        return double(timer.nsecsElapsed()) / 1e6;
    };
    for (const Case &filterCase : cases) {
        int expected = 0;
        const double plainMs = medianMs(
            5, [&] { expected = int(std::count_if(records.cbegin(), records.cend(), filterCase.plain)); });
        QList<double> on;
        QList<double> off;
        for (int run = 0; run < 5; ++run) {
            on.append(timed(filterCase.apply));
            QCOMPARE(table->model()->rowCount(), expected);
            // Clearing brings every row back, sorted into place.
            off.append(timed(clear));
            QCOMPARE(table->model()->rowCount(), CustomerCount);
        }
        std::sort(on.begin(), on.end());
        std::sort(off.begin(), off.end());
        report(qPrintable(u"view filter on: "_s + QLatin1StringView(filterCase.name)), on.at(2),
            "plain loop, same comparisons", plainMs);
        report(qPrintable(u"view filter off: "_s + QLatin1StringView(filterCase.name)), off.at(2),
            "plain loop, same comparisons", plainMs);
        QVERIFY2(on.constLast() < FilterTargetMs * Margin, filterCase.name);
        QVERIFY2(off.constLast() < FilterTargetMs * Margin, filterCase.name);
    }
    const double sortMs =
        timed([&] { table->sortByColumn(CustomersModel::SinceColumn, Qt::DescendingOrder); });
    qInfo("sort the view by another column: %.2f ms", sortMs);
    QVERIFY2(sortMs < FilterTargetMs * Margin, "sort");
}

void BenchCustomerLedger::bulkSendKeepsTheViewResponsive()
{
    CustomerLedger ledger(BenchScope, writtenLedger());
    QVERIFY(ledger.load());
    // Saves as often as the bulk send allows, so their cost on the UI thread is in the figures.
    ledger.setSaveDelays(20ms, 100ms);
    CustomersView view;
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    view.setSource(&ledger, nullptr, nullptr);
    QCoreApplication::processEvents();
    const double showMs = double(timer.nsecsElapsed()) / 1e6;
    // The person watches the customers not asked yet, with a word in the filter: every outcome takes
    // a row out of the table and changes the counts.
    auto *state = view.findChild<QComboBox *>(u"customerStatusFilter"_s);
    auto *filter = view.findChild<QLineEdit *>(u"customerFilter"_s);
    QVERIFY(state && filter);
    state->setCurrentIndex(state->findData(int(CustomerState::NotAsked)));
    filter->setText(u"kunde"_s);
    QCoreApplication::processEvents();
    const int shownBefore = view.findChild<QTableView *>(u"customersTable"_s)->model()->rowCount();

    // Outcomes as the bulk sender records them: one upsert each, and every 100 a batch of 10.
    QList<CustomerRecord> outcomes;
    for (const CustomerRecord &record : ledger.customers()) {
        if (record.state != CustomerState::NotAsked)
            continue;
        CustomerRecord asked = record;
        asked.state = CustomerState::Waiting;
        asked.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        asked.requestStatus = u"New"_s;
        asked.confirmUrl =
            u"https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/request?id="_s + asked.requestId;
        asked.requestCreated = QDateTime::currentDateTimeUtc();
        outcomes.append(asked);
        if (outcomes.size() == BulkSendCount)
            break;
    }
    QCOMPARE(outcomes.size(), BulkSendCount);
    const int savesBefore = ledger.saveCount();
    QList<double> blocks;
    for (int i = 0; i < outcomes.size();) {
        timer.start();
        if (i % 100 == 99 && i + 10 <= outcomes.size()) {
            ledger.upsertAll(outcomes.mid(i, 10));
            i += 10;
        } else {
            ledger.upsert(outcomes.at(i++));
        }
        // Everything the change queued: the row, the counts, the repaint, a save's hand-over.
        QCoreApplication::processEvents();
        blocks.append(double(timer.nsecsElapsed()) / 1e6);
    }
    QVERIFY(ledger.flush());
    std::sort(blocks.begin(), blocks.end());
    const double medianBlock = blocks.at(blocks.size() / 2);
    const double worstBlock = blocks.constLast();
    qInfo("show 10,000 customers in the view: %.2f ms", showMs);
    qInfo("bulk send of %d into 10,000: UI thread per outcome median %.2f ms, worst %.2f ms, %d saves",
        BulkSendCount, medianBlock, worstBlock, ledger.saveCount() - savesBefore);
    QCOMPARE(ledger.counts().value(CustomerState::NotAsked), CustomerCount / 8 - BulkSendCount);
    QCOMPARE(
        view.findChild<QTableView *>(u"customersTable"_s)->model()->rowCount(), shownBefore - BulkSendCount);
    QVERIFY2(worstBlock < UiBlockTargetMs * Margin, qPrintable(u"worst %1 ms"_s.arg(worstBlock)));
}

QTEST_MAIN(BenchCustomerLedger)
#include "BenchCustomerLedger.moc"
