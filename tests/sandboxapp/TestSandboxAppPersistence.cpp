#include "SanitizerBudget.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

/// What systemuser-sandbox --state keeps when it is stopped (docs/sandbox.md#scale): saves run off the
/// request path, so an acknowledged change must still reach the file — at once on SIGTERM, and within about
/// a second when the process is killed outright.
class TestSandboxAppPersistence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedAfterASecondAndAHalfKeepsTheChange();
    void terminatedRightAfterAChangeKeepsIt();

private:
    QTemporaryDir m_directory;
    QByteArray m_largeState;
};

namespace {

const QString Executable = QStringLiteral(SANDBOX_EXECUTABLE);
constexpr qint64 Day = 24 * 60 * 60;
/// Enough requests that a save takes a noticeable while (some 2 MB of JSON, a tenth of a second).
constexpr int StoredRequests = 2000;

/// systemuser-sandbox --port 0 --state @p path; false unless it announces its URL.
bool start(QProcess &process, const QString &path, QUrl *baseUrl)
{
    process.start(Executable, {u"--port"_s, u"0"_s, u"--state"_s, path});
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && process.state() != QProcess::NotRunning
        && timer.elapsed() < SanitizerBudget::milliseconds(30000))
        process.waitForReadyRead(100);
    static const QRegularExpression pattern(u"^listening on (http://127\\.0\\.0\\.1:\\d+/)$"_s);
    const auto match = pattern.match(QString::fromUtf8(process.readLine()).trimmed());
    *baseUrl = QUrl(match.captured(1));
    if (!match.hasMatch())
        qWarning() << "did not start:" << process.state() << process.readAllStandardError();
    return match.hasMatch();
}

int post(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.post(request, QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

QJsonObject load(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

} // namespace

void TestSandboxAppPersistence::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QJsonArray requests;
    for (int i = 0; i < StoredRequests; ++i) {
        requests.append(QJsonObject{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"kind"_s, u"standard"_s}, {u"systemId"_s, u"991825827_demo"_s},
            {u"partyOrgNo"_s, u"310904473"_s}, {u"externalRef"_s, u"kunde-%1"_s.arg(i)},
            {u"status"_s, u"New"_s}, {u"created"_s, u"2026-01-05T10:00:00.000Z"_s}});
    }
    m_largeState = QJsonDocument(
        QJsonObject{{u"state"_s, QJsonObject{{u"format"_s, 1}, {u"requests"_s, requests}}},
            {u"clockOffsetSeconds"_s,
                0}}).toJson();
}

void TestSandboxAppPersistence::killedAfterASecondAndAHalfKeepsTheChange()
{
    const QString path = m_directory.filePath(u"killed.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_largeState);
    file.close();

    QProcess sandbox;
    QUrl base;
    QVERIFY(start(sandbox, path, &base));
    QCOMPARE(post(base.resolved(QUrl(u"sandbox/clock/advance?days=2"_s))), 200);
    QTest::qWait(1500);
    sandbox.kill(); // SIGKILL: no chance to write anything more
    QVERIFY(sandbox.waitForFinished(5000));
    QCOMPARE(sandbox.exitStatus(), QProcess::CrashExit);

    const QJsonObject saved = load(path);
    QCOMPARE(saved.value(u"clockOffsetSeconds"_s).toInteger(), 2 * Day);
    QCOMPARE(saved.value(u"state"_s).toObject().value(u"requests"_s).toArray().size(), StoredRequests);
}

void TestSandboxAppPersistence::terminatedRightAfterAChangeKeepsIt()
{
    const QString path = m_directory.filePath(u"terminated.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_largeState);
    file.close();

    QProcess sandbox;
    QUrl base;
    QVERIFY(start(sandbox, path, &base));
    // Two changes in a row: the second arrives while the first may be being written.
    QCOMPARE(post(base.resolved(QUrl(u"sandbox/clock/advance?days=2"_s))), 200);
    QCOMPARE(post(base.resolved(QUrl(u"sandbox/clock/advance?days=3"_s))), 200);
    sandbox.terminate(); // SIGTERM at once: the sandbox writes what is not saved yet, then exits
    QVERIFY(sandbox.waitForFinished(SanitizerBudget::milliseconds(10000)));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 0);

    const QJsonObject saved = load(path);
    QCOMPARE(saved.value(u"clockOffsetSeconds"_s).toInteger(), 5 * Day);
    QCOMPARE(saved.value(u"state"_s).toObject().value(u"requests"_s).toArray().size(), StoredRequests);
}

QTEST_GUILESS_MAIN(TestSandboxAppPersistence)
#include "TestSandboxAppPersistence.moc"
