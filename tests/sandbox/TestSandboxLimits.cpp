#include "RawHttp.h"
#include "SandboxHarness.h"
#include "sandbox/SandboxListener.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

/// The limits of the sandbox's HTTP port (docs/sandbox.md#limits): connection cap, header and idle time-outs,
/// body and header sizes — each over real connections to the in-process server.
class TestSandboxLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manyIdleConnectionsDoNotStopTheServer();
    void idleConnectionsAboveTheCapMakeRoom();
    void busyConnectionsAtTheCapRefuseNewOnes();
    void tricklingHeadersAreClosedWith408();
    void stalledBodyIsClosedWith408();
    void idleKeepAliveConnectionIsClosed();
    void keepAliveServesTheWizardsClient();
    void oversizedBodyIs413BeforeItIsSent();
    void oversizedBodySentWholeIs413();
    void oversizedChunkedBodyIs413();
    void largestLegitimateBodiesAreServed();
    void oversizedHeadersAre431();
    void pipelinedRequestsAreServed();
    void requestsInSmallPiecesAreServed();
};

namespace {

SandboxLimits quickLimits()
{
    SandboxLimits limits;
    limits.headerTimeoutMs = 500;
    limits.idleTimeoutMs = 500;
    return limits;
}

/// A request for the health endpoint with everything but the final empty line.
QByteArray unfinishedHealthRequest(quint16 port)
{
    return "GET /sandbox/health HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
}

#ifdef Q_OS_LINUX
/// Idle TCP connections held by a child process, so they cost the sandbox's process one descriptor each, as
/// another program's would. The child only makes system calls (it is forked from a threaded process).
class IdleClients
{
public:
    IdleClients(quint16 port, int count)
    {
        int report[2];
        int hold[2];
        if (pipe(report) != 0 || pipe(hold) != 0)
            return;
        m_child = fork();
        if (m_child == 0) {
            close(report[0]);
            close(hold[1]);
            rlimit limit{};
            getrlimit(RLIMIT_NOFILE, &limit);
            limit.rlim_cur = limit.rlim_max; // the child's own budget, not the sandbox's
            setrlimit(RLIMIT_NOFILE, &limit);
            sockaddr_in address{};
            address.sin_family = AF_INET;
            address.sin_port = htons(port);
            address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            int opened = 0;
            for (int i = 0; i < count; ++i) {
                const int fd = socket(AF_INET, SOCK_STREAM, 0);
                if (fd < 0)
                    break;
                // A server that stopped accepting lets the listen backlog fill; do not wait long for it.
                timeval timeout{0, 200000};
                setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
                if (connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
                    ++opened;
                else
                    close(fd);
            }
            (void)!write(report[1], &opened, sizeof opened);
            char byte = 0;
            (void)!read(hold[0], &byte, 1); // until the parent is done
            _exit(0);
        }
        close(report[1]);
        close(hold[0]);
        m_report = report[0];
        m_hold = hold[1];
    }

    ~IdleClients()
    {
        if (m_hold >= 0)
            close(m_hold);
        if (m_report >= 0)
            close(m_report);
        if (m_child > 0)
            waitpid(m_child, nullptr, 0);
    }

    /// How many connections the child opened, once it is done (the event loop runs meanwhile).
    std::optional<int> waitUntilOpened(int timeoutMs)
    {
        if (m_child <= 0)
            return std::nullopt;
        const bool ready = QTest::qWaitFor(
            [this] {
                pollfd descriptor{m_report, POLLIN, 0};
                return poll(&descriptor, 1, 0) == 1;
            },
            timeoutMs);
        int opened = 0;
        if (!ready || read(m_report, &opened, sizeof opened) != sizeof opened)
            return std::nullopt;
        return opened;
    }

private:
    pid_t m_child = -1;
    int m_report = -1;
    int m_hold = -1;
};

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
#endif

} // namespace

void TestSandboxLimits::manyIdleConnectionsDoNotStopTheServer()
{
#ifndef Q_OS_LINUX
    QSKIP("needs fork(), getrusage() and /proc");
#else
    // The sandbox runs inside the wizard's process, whose descriptor limit on a desktop is usually the soft
    // default of 1024. With the old server, 1,100 idle connections used them all up: accept() failed with
    // EMFILE, which Qt retries at once, for ever (a whole core), and nothing was served any more.
    rlimit original{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &original), 0);
    rlimit lowered = original;
    lowered.rlim_cur = std::min<rlim_t>(original.rlim_cur, 1024);
    QCOMPARE(setrlimit(RLIMIT_NOFILE, &lowered), 0);
    const auto restoreLimit = qScopeGuard([&original] { setrlimit(RLIMIT_NOFILE, &original); });

    SandboxHarness sandbox;
    QVERIFY(sandbox.isListening());
    IdleClients clients(sandbox.server().port(), 1100);
    const auto opened = clients.waitUntilOpened(120000);
    QVERIFY(opened);
    QTest::qWait(500);

    const double cpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(2000);
    const double cpuShare = (processCpuSeconds() - cpuBefore) / (double(wall.elapsed()) / 1000.0);
    const qsizetype descriptors =
        QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::System).size();

    QElapsedTimer answer;
    answer.start();
    const auto health = sandbox.get(u"sandbox/health"_s);
    const qint64 answerMs = answer.elapsed();
    qInfo("%d idle connections opened; the sandbox holds %d (cap %d), the process %lld descriptors of %llu; "
          "CPU %.0f %% while idle; health answered %d in %lld ms",
        *opened, sandbox.server().listener() ? sandbox.server().listener()->openConnections() : -1,
        sandbox.server().listener() ? sandbox.server().listener()->connectionCap() : -1,
        static_cast<long long>(descriptors), static_cast<unsigned long long>(lowered.rlim_cur),
        cpuShare * 100, health.status, static_cast<long long>(answerMs));
    QVERIFY2(*opened > 1000, "the child could not open its connections");
    QCOMPARE(health.status, 200);
    QVERIFY2(answerMs < 3000, qPrintable(QString::number(answerMs)));
    QVERIFY2(cpuShare < 0.5, qPrintable(QString::number(cpuShare)));
    QVERIFY(descriptors < qsizetype(lowered.rlim_cur) / 2 + 64);
#endif
}

void TestSandboxLimits::idleConnectionsAboveTheCapMakeRoom()
{
    SandboxHarness sandbox;
    SandboxLimits limits;
    limits.maxConnections = 8;
    sandbox.server().listener()->setLimits(limits);

    std::vector<std::unique_ptr<RawHttp>> idle;
    for (int i = 0; i < 20; ++i) {
        idle.push_back(std::make_unique<RawHttp>(sandbox.server().port()));
        QVERIFY(idle.back()->waitConnected());
        QTest::qWait(5); // distinct ages: the longest-idle one goes first
    }
    SandboxListener *listener = sandbox.server().listener();
    QTRY_COMPARE(listener->acceptedConnections(), qint64(20));
    QTRY_VERIFY(listener->openConnections() <= 8);
    QCOMPARE(listener->refusedConnections(), qint64(0));
    // The oldest were closed to make room, the newest are still there.
    QVERIFY(idle.front()->waitClosed(2000));
    QCOMPARE(idle.back()->socket().state(), QAbstractSocket::ConnectedState);

    // A client with a request is served at once.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(sandbox.get(u"sandbox/health"_s).status, 200);
    QVERIFY(timer.elapsed() < 2000);
}

void TestSandboxLimits::busyConnectionsAtTheCapRefuseNewOnes()
{
    SandboxHarness sandbox;
    SandboxLimits limits;
    limits.maxConnections = 4;
    limits.headerTimeoutMs = 1500;
    sandbox.server().listener()->setLimits(limits);
    const quint16 port = sandbox.server().port();

    std::vector<std::unique_ptr<RawHttp>> busy;
    for (int i = 0; i < 4; ++i) {
        busy.push_back(std::make_unique<RawHttp>(port));
        QVERIFY(busy.back()->waitConnected());
        busy.back()->send(unfinishedHealthRequest(port)); // a request in progress: not idle
    }
    QTRY_COMPARE(sandbox.server().listener()->acceptedConnections(), qint64(4));
    QTest::qWait(50);

    RawHttp refused(port);
    const auto answer = refused.readAnswer(3000);
    QVERIFY(answer);
    QCOMPARE(answer->status, 503);
    QCOMPARE(answer->header("Retry-After"), QByteArray("1"));
    QCOMPARE(answer->header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
    QCOMPARE(answer->object().value(u"status"_s).toInt(), 503);
    QVERIFY(refused.waitClosed(3000));
    QCOMPARE(sandbox.server().listener()->refusedConnections(), qint64(1));

    // Once the slow requests have timed out there is room again.
    for (const auto &connection : busy) {
        const auto timedOut = connection->readAnswer(5000);
        QVERIFY(timedOut);
        QCOMPARE(timedOut->status, 408);
    }
    QCOMPARE(sandbox.get(u"sandbox/health"_s).status, 200);
}

void TestSandboxLimits::tricklingHeadersAreClosedWith408()
{
    SandboxHarness sandbox;
    sandbox.server().listener()->setLimits(quickLimits());
    const quint16 port = sandbox.server().port();

    RawHttp slow(port);
    QVERIFY(slow.waitConnected());
    QElapsedTimer elapsed;
    elapsed.start();
    slow.send(unfinishedHealthRequest(port));
    // One more header line every 100 ms: the connection is never silent, the headers never end.
    QTimer trickle;
    QObject::connect(&trickle, &QTimer::timeout, &trickle, [&slow] { slow.send("X-Slow: a\r\n"); });
    trickle.start(100);

    const auto answer = slow.readAnswer(5000);
    trickle.stop();
    QVERIFY2(answer, "the trickling connection was never answered");
    QCOMPARE(answer->status, 408);
    QVERIFY2(
        elapsed.elapsed() >= 400 && elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(answer->header("Connection"), QByteArray("close"));
    QCOMPARE(answer->object().value(u"title"_s).toString(), u"Request Timeout"_s);
    QVERIFY(answer->object().value(u"detail"_s).toString().contains(u"0.5 s"_s));
    QVERIFY(slow.waitClosed(3000));

    // The server is unharmed.
    QCOMPARE(sandbox.get(u"sandbox/health"_s).status, 200);
}

void TestSandboxLimits::stalledBodyIsClosedWith408()
{
    SandboxHarness sandbox;
    sandbox.server().listener()->setLimits(quickLimits());
    const quint16 port = sandbox.server().port();

    RawHttp stalled(port);
    QVERIFY(stalled.waitConnected());
    stalled.send("PUT /sandbox/settings HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"pageSize\"");
    const auto answer = stalled.readAnswer(5000);
    QVERIFY(answer);
    QCOMPARE(answer->status, 408);
    QVERIFY(stalled.waitClosed(3000));
    QCOMPARE(sandbox.context().settings.pageSize, SandboxSettings().pageSize);
}

void TestSandboxLimits::idleKeepAliveConnectionIsClosed()
{
    SandboxHarness sandbox;
    sandbox.server().listener()->setLimits(quickLimits());
    const quint16 port = sandbox.server().port();

    RawHttp client(port);
    QVERIFY(client.waitConnected());
    client.send(RawHttp::request("GET", "/sandbox/health", port));
    const auto answer = client.readAnswer();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    // Kept alive for the next request…
    client.send(RawHttp::request("GET", "/sandbox/health", port));
    QVERIFY(client.readAnswer());
    QElapsedTimer idle;
    idle.start();
    // …and closed (without an answer) once idle for the time-out.
    QVERIFY(client.waitClosed(3000));
    QVERIFY2(idle.elapsed() >= 400, qPrintable(QString::number(idle.elapsed())));

    // A connection that never sends anything is closed too.
    RawHttp silent(port);
    QVERIFY(silent.waitConnected());
    QVERIFY(silent.waitClosed(3000));
    QTRY_COMPARE(sandbox.server().listener()->openConnections(), 0);
}

void TestSandboxLimits::keepAliveServesTheWizardsClient()
{
    SandboxHarness sandbox;
    SandboxLimits limits;
    limits.idleTimeoutMs = 800;
    sandbox.server().listener()->setLimits(limits);
    SandboxListener *listener = sandbox.server().listener();

    // QNetworkAccessManager, as the wizard uses it: one connection for a series of requests, bodies too.
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(sandbox.get(u"sandbox/health"_s).status, 200);
        QCOMPARE(sandbox.put(u"sandbox/settings"_s, QJsonObject{{u"pageSize"_s, 10 + i}}).status, 200);
    }
    QCOMPARE(listener->acceptedConnections(), qint64(1));

    // After the idle time-out the server has closed it; the client notices and connects again.
    QTest::qWait(1500);
    QCOMPARE(listener->openConnections(), 0);
    QCOMPARE(sandbox.get(u"sandbox/health"_s).status, 200);
    QCOMPARE(sandbox.put(u"sandbox/settings"_s, QJsonObject{{u"pageSize"_s, 7}}).status, 200);
    QCOMPARE(listener->acceptedConnections(), qint64(2));
}

void TestSandboxLimits::oversizedBodyIs413BeforeItIsSent()
{
    SandboxHarness sandbox;
    const quint16 port = sandbox.server().port();
    RawHttp client(port);
    QVERIFY(client.waitConnected());
    // Only the headers: the answer must not wait for (or buffer) the 2 MiB announced.
    client.send("PUT /sandbox/settings HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nContent-Type: application/json\r\nContent-Length: 2097152\r\n\r\n");
    const auto answer = client.readAnswer(3000);
    QVERIFY2(answer, "no answer before the body");
    QCOMPARE(answer->status, 413);
    QCOMPARE(answer->header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
    QCOMPARE(answer->object().value(u"title"_s).toString(), u"Content Too Large"_s);
    QVERIFY(answer->object().value(u"detail"_s).toString().contains(u"2097152"_s));
    QVERIFY(client.waitClosed(5000));
}

void TestSandboxLimits::oversizedBodySentWholeIs413()
{
    SandboxHarness sandbox;
    const quint16 port = sandbox.server().port();
    RawHttp client(port);
    QVERIFY(client.waitConnected());
    QByteArray body = "{\"pageSize\": 3" + QByteArray(2 * 1024 * 1024, ' ') + "}";
    client.send(RawHttp::request("PUT", "/sandbox/settings", port, {"Content-Type: application/json"}, body));
    const auto answer = client.readAnswer(5000);
    QVERIFY(answer);
    QCOMPARE(answer->status, 413);
    QVERIFY(client.waitClosed(5000));
    QCOMPARE(sandbox.context().settings.pageSize, SandboxSettings().pageSize);
    QCOMPARE(sandbox.get(u"sandbox/health"_s).status, 200);
}

void TestSandboxLimits::oversizedChunkedBodyIs413()
{
    SandboxHarness sandbox;
    const quint16 port = sandbox.server().port();
    RawHttp client(port);
    QVERIFY(client.waitConnected());
    client.send("PUT /sandbox/settings HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
    std::optional<RawHttp::Answer> answer;
    for (int i = 0; i < 40 && !answer; ++i) { // up to 2.5 MiB, a chunk at a time
        client.send(chunk);
        answer = client.readAnswer(20);
    }
    if (!answer)
        answer = client.readAnswer(3000);
    QVERIFY(answer);
    QCOMPARE(answer->status, 413);
    QVERIFY(client.waitClosed(5000));
}

void TestSandboxLimits::largestLegitimateBodiesAreServed()
{
    SandboxHarness sandbox;
    const qint64 limit = SandboxLimits().maxBodyBytes;

    // Just below the limit (padding is allowed JSON whitespace), on the wizard's client.
    const QByteArray padded = "{\"pageSize\": 9" + QByteArray(limit - 64, ' ') + "}";
    QVERIFY(padded.size() <= limit);
    auto reply = sandbox.send("PUT", u"sandbox/settings"_s, padded);
    QCOMPARE(reply.status, 200);
    QCOMPARE(sandbox.context().settings.pageSize, 9);

    // The largest body a vendor sends: a system with every right and access package of the catalogue.
    Altinn::SystemDefinition system;
    system.id = SandboxHarness::VendorOrg + u"_alt_i_ett"_s;
    system.setVendorOrgNumber(SandboxHarness::VendorOrg);
    for (const QString &language : {u"nb"_s, u"nn"_s, u"en"_s}) {
        system.name.insert(language, u"Alt i ett"_s);
        system.description.insert(language, QString(1000, u'd'));
    }
    QList<Altinn::Right> rights;
    for (const QJsonValue &resource : sandbox.context().catalogue.resources())
        rights.append(Altinn::Right::forResource(resource.toObject().value(u"identifier"_s).toString()));
    system.rights = rights;
    QList<Altinn::AccessPackageRef> packages;
    const QByteArray tree = QJsonDocument(sandbox.context().catalogue.accessPackageExport(u"nb"_s)).toJson();
    static const QRegularExpression urn(u"\"(urn:altinn:accesspackage:[^\"]+)\""_s);
    QSet<QString> seen;
    for (const auto &match : urn.globalMatch(QString::fromUtf8(tree))) {
        if (!seen.contains(match.captured(1))) {
            seen.insert(match.captured(1));
            packages.append({match.captured(1)});
        }
    }
    system.accessPackages = packages;
    for (int i = 0; i < 20; ++i)
        system.allowedRedirectUrls.append(u"https://vendor.example/callback/"_s + QString::number(i));
    const QByteArray body = QJsonDocument(system.toRequestJson()).toJson(QJsonDocument::Compact);
    qInfo("a system with %lld rights and %lld access packages: %lld bytes (limit %lld)",
        static_cast<long long>(rights.size()), static_cast<long long>(packages.size()),
        static_cast<long long>(body.size()), static_cast<long long>(limit));
    QVERIFY(body.size() * 10 < limit);
    reply =
        sandbox.send("POST", u"authentication/api/v1/systemregister/vendor"_s, body, sandbox.vendorToken());
    // Read whole and judged by the service (some of the catalogue's rights are not delegable).
    QVERIFY2(reply.status == 201 || reply.code() == u"STD-00000"_s, reply.body.left(200).constData());
}

void TestSandboxLimits::oversizedHeadersAre431()
{
    SandboxHarness sandbox;
    const quint16 port = sandbox.server().port();
    RawHttp client(port);
    QVERIFY(client.waitConnected());
    client.send(unfinishedHealthRequest(port) + "X-Big: " + QByteArray(40 * 1024, 'a'));
    const auto answer = client.readAnswer(3000);
    QVERIFY2(answer, "no answer to 40 KiB of headers");
    QCOMPARE(answer->status, 431);
    QCOMPARE(answer->object().value(u"title"_s).toString(), u"Request Header Fields Too Large"_s);
    QVERIFY(client.waitClosed(5000));

    // A request with a sandbox token and ordinary headers is far from the limit.
    QCOMPARE(sandbox.get(u"sandbox/health"_s, sandbox.vendorToken()).status, 200);
}

void TestSandboxLimits::pipelinedRequestsAreServed()
{
    SandboxHarness sandbox;
    sandbox.server().listener()->setLimits(quickLimits());
    const quint16 port = sandbox.server().port();
    RawHttp client(port);
    QVERIFY(client.waitConnected());
    // Three requests in one write (one with a body): the limits follow each of them.
    client.send(RawHttp::request("GET", "/sandbox/health", port)
        + RawHttp::request(
            "PUT", "/sandbox/settings", port, {"Content-Type: application/json"}, "{\"pageSize\": 4}")
        + RawHttp::request("GET", "/sandbox/settings", port));
    for (const int expected : {200, 200, 200}) {
        const auto answer = client.readAnswer();
        QVERIFY(answer);
        QCOMPARE(answer->status, expected);
    }
    QCOMPARE(sandbox.context().settings.pageSize, 4);
    // Then the connection is idle like any other, and still usable before its time-out.
    client.send(RawHttp::request("GET", "/sandbox/health", port));
    const auto later = client.readAnswer();
    QVERIFY(later);
    QCOMPARE(later->status, 200);
}

void TestSandboxLimits::requestsInSmallPiecesAreServed()
{
    SandboxHarness sandbox;
    const quint16 port = sandbox.server().port();
    RawHttp client(port);
    QVERIFY(client.waitConnected());
    // A byte at a time (the end of the headers split between CR and LF), then with bare LF line ends, then
    // a body that arrives in pieces: each is followed to its end, and the connection serves the next.
    const QByteArray crlf = RawHttp::request("GET", "/sandbox/health", port, {"Accept: */*"});
    for (const char byte : crlf) {
        client.send(QByteArray(1, byte));
        QTest::qWait(1);
    }
    auto answer = client.readAnswer();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);

    client.send("GET /sandbox/health HTTP/1.1\nHost: localhost:" + QByteArray::number(port) + "\n\n");
    answer = client.readAnswer();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);

    const QByteArray put = RawHttp::request(
        "PUT", "/sandbox/settings", port, {"Content-Type: application/json"}, "{\"pageSize\": 6}");
    for (qsizetype offset = 0; offset < put.size(); offset += 7) {
        client.send(put.mid(offset, 7));
        QTest::qWait(1);
    }
    answer = client.readAnswer();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(sandbox.context().settings.pageSize, 6);
}

QTEST_GUILESS_MAIN(TestSandboxLimits)
#include "TestSandboxLimits.moc"
