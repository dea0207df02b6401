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

#include <memory>

using namespace Qt::Literals::StringLiterals;

/// The stand-alone systemuser-sandbox as scripts use it: a child process, its first output line, HTTP.
class TestSandboxApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcesItsUrlFirstAndStartsFast();
    void logsOneLinePerRequest();
    void quirksOptionSetsSettings();
    void stateFileIsLoadedAndSaved();
    void takenPortExitsWithOne();
    void badOptionsExitWithTwo_data();
    void badOptionsExitWithTwo();
};

namespace {

const QString Executable = QStringLiteral(SANDBOX_EXECUTABLE);

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
};

Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    // Every write is JSON; the control API refuses others, also without a body (docs/sandbox.md).
    if (!body.isEmpty() || method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    delete reply;
    return result;
}

/// A running systemuser-sandbox; terminated (and reaped) when it goes out of scope.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &arguments)
    {
        m_process.setProgram(Executable);
        m_process.setArguments(arguments);
        m_process.start();
    }
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    QProcess &process() { return m_process; }

    /// The next complete line of standard output (without the newline); empty on timeout.
    QString readLine(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < timeoutMs) {
            if (!m_process.waitForReadyRead(static_cast<int>(timeoutMs - timer.elapsed())))
                break;
        }
        if (!m_process.canReadLine())
            return {};
        QByteArray line = m_process.readLine();
        line.chop(1);
        return QString::fromUtf8(line);
    }

    /// Reads the announcement line and remembers the URL; false when it is not exactly as documented.
    bool waitUntilListening()
    {
        m_firstLine = readLine();
        static const QRegularExpression pattern(u"^listening on (http://127\\.0\\.0\\.1:(\\d+)/)$"_s);
        const auto match = pattern.match(m_firstLine);
        if (!match.hasMatch())
            return false;
        m_baseUrl = QUrl(match.captured(1));
        return true;
    }

    QString firstLine() const { return m_firstLine; }
    QUrl url(const QString &path) const { return m_baseUrl.resolved(QUrl(path)); }
    int port() const { return m_baseUrl.port(); }

private:
    QProcess m_process;
    QString m_firstLine;
    QUrl m_baseUrl;
};

} // namespace

void TestSandboxApp::announcesItsUrlFirstAndStartsFast()
{
    QElapsedTimer timer;
    timer.start();
    SandboxProcess sandbox({u"--port"_s, u"0"_s});
    QVERIFY2(sandbox.waitUntilListening(), qPrintable(u"first line: \""_s + sandbox.firstLine() + u'"'));
    const qint64 startup = timer.elapsed();
    QVERIFY2(startup < 1000, qPrintable(u"start-up took %1 ms"_s.arg(startup)));
    QVERIFY(sandbox.port() > 0);

    const Reply health = send("GET", sandbox.url(u"sandbox/health"_s));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.object().value(u"status"_s).toString(), u"ok"_s);
    QVERIFY(!health.object().value(u"version"_s).toString().isEmpty());
    QCOMPARE(health.object().value(u"version"_s).toString() == u"unknown"_s, false);

    // Without --log nothing else is printed.
    QVERIFY(sandbox.readLine(200).isEmpty());
    sandbox.process().terminate();
    QVERIFY(sandbox.process().waitForFinished(5000));
}

void TestSandboxApp::logsOneLinePerRequest()
{
    SandboxProcess sandbox({u"--port"_s, u"0"_s, u"--log"_s});
    QVERIFY(sandbox.waitUntilListening());
    QCOMPARE(send("GET", sandbox.url(u"sandbox/health"_s)).status, 200);
    QCOMPARE(send("GET", sandbox.url(u"no/such/path"_s)).status, 404);

    static const QRegularExpression line(u"^(GET|POST) (\\S+) -> (\\d{3}) \\(\\d+ ms\\)$"_s);
    const QString first = sandbox.readLine();
    const QString second = sandbox.readLine();
    QVERIFY2(line.match(first).hasMatch(), qPrintable(first));
    QVERIFY2(line.match(second).hasMatch(), qPrintable(second));
    QCOMPARE(line.match(first).captured(2), u"/sandbox/health"_s);
    QCOMPARE(line.match(first).captured(3), u"200"_s);
    QCOMPARE(line.match(second).captured(2), u"/no/such/path"_s);
    QCOMPARE(line.match(second).captured(3), u"404"_s);
}

void TestSandboxApp::quirksOptionSetsSettings()
{
    {
        SandboxProcess sandbox({u"--port"_s, u"0"_s, u"--quirks"_s, u"all,problem-v4"_s});
        QVERIFY(sandbox.waitUntilListening());
        const QJsonObject settings = send("GET", sandbox.url(u"sandbox/settings"_s)).object();
        QCOMPARE(settings.value(u"problemShape"_s).toString(), u"v4"_s);
        int quirks = 0;
        for (auto it = settings.constBegin(); it != settings.constEnd(); ++it) {
            if (it.value().isBool()) {
                QVERIFY2(it.value().toBool(), qPrintable(it.key()));
                ++quirks;
            }
        }
        // The seven quirks of docs/sandbox.md#settings-and-quirks, and any later ones.
        QVERIFY2(quirks >= 7, qPrintable(QString::number(quirks)));
    }
    {
        SandboxProcess sandbox({u"--port"_s, u"0"_s, u"--quirks"_s,
            u"changeRequestListIgnoresToken, no-repeatedRequestReturnsExisting"_s});
        QVERIFY(sandbox.waitUntilListening());
        const QJsonObject settings = send("GET", sandbox.url(u"sandbox/settings"_s)).object();
        QCOMPARE(settings.value(u"changeRequestListIgnoresToken"_s).toBool(), true);
        QCOMPARE(settings.value(u"repeatedRequestReturnsExisting"_s).toBool(), false);
        QCOMPARE(settings.value(u"requestDeleteSkipsOwnershipCheck"_s).toBool(), true); // default kept
        QCOMPARE(settings.value(u"problemShape"_s).toString(), u"v5"_s);
    }
}

void TestSandboxApp::stateFileIsLoadedAndSaved()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"state.json"_s);
    const QString requestId = u"3f0c5e8a-1b2d-4c6e-8f90-123456789abc"_s;
    const QJsonObject request{{u"id"_s, requestId}, {u"kind"_s, u"standard"_s},
        {u"systemId"_s, u"991825827_demo"_s}, {u"partyOrgNo"_s, u"310904473"_s},
        {u"externalRef"_s, u"310904473"_s}, {u"status"_s, u"New"_s},
        {u"created"_s, u"2026-01-05T10:00:00.000Z"_s}};
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(
        QJsonObject{{u"state"_s, QJsonObject{{u"format"_s, 1}, {u"requests"_s, QJsonArray{request}}}},
            {u"clockOffsetSeconds"_s, 0}, {u"settings"_s, QJsonObject{}}})
                   .toJson());
    file.close();

    {
        SandboxProcess sandbox({u"--port"_s, u"0"_s, u"--state"_s, path});
        QVERIFY(sandbox.waitUntilListening());
        const QJsonObject state = send("GET", sandbox.url(u"sandbox/state"_s)).object();
        const QJsonArray requests = state.value(u"state"_s).toObject().value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().toObject().value(u"id"_s).toString(), requestId);
        QCOMPARE(send("POST", sandbox.url(u"sandbox/clock/advance?days=2"_s)).status, 200);
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(saved.value(u"clockOffsetSeconds"_s).toInteger(), qint64(2) * 24 * 3600);
    QCOMPARE(saved.value(u"state"_s).toObject().value(u"requests"_s).toArray().size(), 1);
}

void TestSandboxApp::takenPortExitsWithOne()
{
    SandboxProcess first({u"--port"_s, u"0"_s});
    QVERIFY(first.waitUntilListening());

    QProcess second;
    second.start(Executable, {u"--port"_s, QString::number(first.port())});
    QVERIFY(second.waitForFinished(5000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(second.readAllStandardOutput().isEmpty()); // no "listening on" line
    const QString error = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(error.contains(QString::number(first.port())), qPrintable(error));
}

void TestSandboxApp::badOptionsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown quirk") << QStringList{u"--port"_s, u"0"_s, u"--quirks"_s, u"noSuchQuirk"_s}
                                   << u"unknown quirk \"noSuchQuirk\""_s;
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"abc"_s} << u"--port"_s;
    QTest::newRow("port too large") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
}

void TestSandboxApp::badOptionsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QProcess process;
    process.start(Executable, arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxApp)
#include "TestSandboxApp.moc"
