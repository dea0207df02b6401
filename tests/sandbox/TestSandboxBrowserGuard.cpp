#include "RawHttp.h"
#include "SandboxHarness.h"
#include "sandbox/BrowserGuard.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

/// What a web page in the user's browser could send (docs/sandbox.md#browser-protections): a foreign Host
/// (DNS rebinding), control-API writes without JSON (cross-site forms and simple requests) and CORS
/// preflights — over real connections, with the Host and Content-Type a browser would send.
class TestSandboxBrowserGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostHeader_data();
    void hostHeader();
    void controlWritesNeedJson_data();
    void controlWritesNeedJson();
    void jsonControlWritesStillWork();
    void preflightGetsNoCorsHeaders();
    void approvalPagesAndApiKeepWorking();
};

namespace {

const QString SystemId = u"991825827_crm"_s;

/// A waiting standard request (and its system), straight into the state.
QString addRequest(SandboxContext &context)
{
    SandboxHarness::seedSystem(context, SystemId, SandboxHarness::VendorOrg,
        QList<Altinn::Right>{Altinn::Right::forResource(u"ske-krav-og-betalinger"_s)});
    SandboxRequestRecord request;
    request.id = SandboxContext::newGuid();
    request.kind = Altinn::RequestKind::Standard;
    request.systemId = SystemId;
    request.partyOrgNo = u"310904473"_s;
    request.externalRef = request.partyOrgNo;
    request.rights = {Altinn::Right::forResource(u"ske-krav-og-betalinger"_s)};
    request.created = context.clock.now();
    context.state.requests.insert(request.id, request);
    return request.id;
}

/// One request on a fresh connection: @p head is everything before the empty line but the request line.
std::optional<RawHttp::Answer> exchange(
    quint16 port, const QByteArray &requestLine, const QByteArray &head, const QByteArray &body = {})
{
    RawHttp client(port);
    if (!client.waitConnected())
        return std::nullopt;
    QByteArray bytes = requestLine + " HTTP/1.1\r\n" + head;
    if (!body.isEmpty())
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    client.send(bytes + "\r\n" + body);
    return client.readAnswer();
}

QByteArray hostLine(quint16 port)
{
    return "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
}

} // namespace

void TestSandboxBrowserGuard::hostHeader_data()
{
    QTest::addColumn<QByteArray>("hostHeaders"); // "{port}" is replaced by the sandbox's port
    QTest::addColumn<int>("status");

    QTest::newRow("127.0.0.1 with the port") << QByteArray("Host: 127.0.0.1:{port}\r\n") << 200;
    QTest::newRow("127.0.0.1") << QByteArray("Host: 127.0.0.1\r\n") << 200;
    QTest::newRow("localhost with the port") << QByteArray("Host: localhost:{port}\r\n") << 200;
    QTest::newRow("LOCALHOST") << QByteArray("Host: LOCALHOST\r\n") << 200;
    QTest::newRow("[::1] with the port") << QByteArray("Host: [::1]:{port}\r\n") << 200;
    QTest::newRow("[::1]") << QByteArray("Host: [::1]\r\n") << 200;
    QTest::newRow("DNS rebinding") << QByteArray("Host: evil.example:{port}\r\n") << 421;
    QTest::newRow("foreign name without port") << QByteArray("Host: evil.example\r\n") << 421;
    QTest::newRow("name that resolves to 127.0.0.1")
        << QByteArray("Host: 127.0.0.1.nip.io:{port}\r\n") << 421;
    QTest::newRow("localhost with a dot") << QByteArray("Host: localhost.:{port}\r\n") << 421;
    QTest::newRow("another port") << QByteArray("Host: 127.0.0.1:1\r\n") << 421;
    QTest::newRow("empty port") << QByteArray("Host: 127.0.0.1:\r\n") << 421;
    QTest::newRow("two ports") << QByteArray("Host: 127.0.0.1:{port}:{port}\r\n") << 421;
    QTest::newRow("another IPv6 address") << QByteArray("Host: [::2]:{port}\r\n") << 421;
    QTest::newRow("another loopback address") << QByteArray("Host: 127.0.0.2:{port}\r\n") << 421;
    QTest::newRow("user info") << QByteArray("Host: evil@127.0.0.1:{port}\r\n") << 421;
    QTest::newRow("two Host headers")
        << QByteArray("Host: 127.0.0.1:{port}\r\nHost: evil.example\r\n") << 421;
    QTest::newRow("no Host") << QByteArray() << 400;
    QTest::newRow("empty Host") << QByteArray("Host: \r\n") << 400;
}

void TestSandboxBrowserGuard::hostHeader()
{
    QFETCH(QByteArray, hostHeaders);
    QFETCH(int, status);
    SandboxHarness sandbox;
    addRequest(sandbox.context());
    const quint16 port = sandbox.server().port();

    // GET /sandbox/state is what a rebinding page would read; the approval page and an Altinn API the same.
    for (const QByteArray &path :
        {QByteArray("/sandbox/state"), QByteArray("/accessmanagement/ui/systemuser/request?id=x"),
            QByteArray("/authentication/api/v1/systemregister/vendor")}) {
        const auto answer = exchange(
            port, "GET " + path, QByteArray(hostHeaders).replace("{port}", QByteArray::number(port)));
        QVERIFY(answer);
        if (status == 200) {
            QVERIFY2(answer->status != 421 && answer->status != 400, path.constData());
            continue;
        }
        QCOMPARE(answer->status, status);
        QCOMPARE(answer->header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
        QCOMPARE(answer->object().value(u"status"_s).toInt(), status);
        QVERIFY(!answer->object().value(u"detail"_s).toString().isEmpty());
        QVERIFY(!answer->object().contains(u"state"_s)); // nothing of the sandbox's state
    }
}

void TestSandboxBrowserGuard::controlWritesNeedJson_data()
{
    QTest::addColumn<QByteArray>("requestLine"); // "{id}" is the waiting request
    QTest::addColumn<QByteArray>("contentType"); // empty: no Content-Type header
    QTest::addColumn<QByteArray>("body");

    // What a cross-site <form> or fetch() without a preflight can send.
    QTest::newRow("reset, form") << QByteArray("POST /sandbox/reset")
                                 << QByteArray("application/x-www-form-urlencoded") << QByteArray("a=b");
    QTest::newRow("reset, text/plain")
        << QByteArray("POST /sandbox/reset") << QByteArray("text/plain") << QByteArray("{}");
    QTest::newRow("reset, multipart") << QByteArray("POST /sandbox/reset")
                                      << QByteArray("multipart/form-data; boundary=x") << QByteArray("--x--");
    QTest::newRow("reset, no type, no body")
        << QByteArray("POST /sandbox/reset") << QByteArray() << QByteArray();
    QTest::newRow("approve, form") << QByteArray("POST /sandbox/requests/{id}/approve")
                                   << QByteArray("application/x-www-form-urlencoded") << QByteArray();
    QTest::newRow("reject, text/plain")
        << QByteArray("POST /sandbox/requests/{id}/reject") << QByteArray("text/plain") << QByteArray("{}");
    QTest::newRow("fault, text/plain") << QByteArray("POST /sandbox/faults") << QByteArray("text/plain")
                                       << QByteArray("{\"status\": 503, \"count\": 1000}");
    QTest::newRow("settings, text/plain") << QByteArray("PUT /sandbox/settings") << QByteArray("text/plain")
                                          << QByteArray("{\"problemShape\": \"v4\"}");
    QTest::newRow("clock, no type") << QByteArray("POST /sandbox/clock/advance?days=200") << QByteArray()
                                    << QByteArray();
    QTest::newRow("faults, DELETE without type")
        << QByteArray("DELETE /sandbox/faults") << QByteArray() << QByteArray();
    QTest::newRow("upper-case path") << QByteArray("POST /SANDBOX/reset") << QByteArray("text/plain")
                                     << QByteArray();
    QTest::newRow("percent-encoded path")
        << QByteArray("POST /%73andbox/reset") << QByteArray("text/plain") << QByteArray();
    QTest::newRow("double slash") << QByteArray("POST /sandbox//reset") << QByteArray("text/plain")
                                  << QByteArray();
    QTest::newRow("Maskinporten client")
        << QByteArray("POST /sandbox/maskinporten/clients") << QByteArray("text/plain")
        << QByteArray("{\"orgNo\": \"991825827\", \"scopes\": []}");
}

void TestSandboxBrowserGuard::controlWritesNeedJson()
{
    QFETCH(QByteArray, requestLine);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    SandboxHarness sandbox;
    const QString id = addRequest(sandbox.context());
    const quint16 port = sandbox.server().port();
    // Everything /sandbox/state shows but the current time.
    const auto snapshot = [&sandbox] {
        QJsonObject state = sandbox.get(u"sandbox/state"_s).object();
        state.remove(u"now"_s);
        return state;
    };
    const QJsonObject stateBefore = snapshot();

    QByteArray head = hostLine(port);
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    const auto answer = exchange(port, QByteArray(requestLine).replace("{id}", id.toLatin1()), head, body);
    QVERIFY(answer);
    QCOMPARE(answer->status, 415);
    QVERIFY(answer->object().value(u"error"_s).toString().contains(u"Content-Type: application/json"_s));

    // Nothing changed: state, clock, settings, faults.
    QCOMPARE(snapshot(), stateBefore);
    QCOMPARE(sandbox.context().state.requests.value(id).status, Altinn::RequestStatus::New);
    QCOMPARE(sandbox.get(u"sandbox/faults"_s).body, QByteArray("[]"));
}

void TestSandboxBrowserGuard::jsonControlWritesStillWork()
{
    SandboxHarness sandbox;
    const QString id = addRequest(sandbox.context());
    const quint16 port = sandbox.server().port();

    // With a charset, and without a body (curl -X POST -H 'Content-Type: application/json' …).
    auto answer = exchange(port, "POST /sandbox/requests/" + id.toLatin1() + "/approve",
        hostLine(port) + "Content-Type: application/json; charset=utf-8\r\n");
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(sandbox.context().state.requests.value(id).status, Altinn::RequestStatus::Accepted);

    answer = exchange(port, "DELETE /sandbox/faults", hostLine(port) + "Content-Type: Application/JSON\r\n");
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    answer = exchange(port, "POST /sandbox/reset", hostLine(port) + "Content-Type: application/json\r\n");
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QVERIFY(sandbox.context().state.requests.isEmpty());

    // Reads need no type.
    answer = exchange(port, "GET /sandbox/settings", hostLine(port));
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
}

void TestSandboxBrowserGuard::preflightGetsNoCorsHeaders()
{
    SandboxHarness sandbox;
    const QString id = addRequest(sandbox.context());
    const quint16 port = sandbox.server().port();

    for (const char *path : {"/sandbox/reset", "/sandbox/state", "/sandbox/settings",
             "/accessmanagement/ui/systemuser/request/approve?id=x",
             "/authentication/api/v1/systemregister/vendor"}) {
        const auto answer = exchange(port, QByteArray("OPTIONS ") + path,
            hostLine(port)
                + "Origin: https://evil.example\r\nAccess-Control-Request-Method: POST\r\n"
                  "Access-Control-Request-Headers: content-type\r\n");
        QVERIFY(answer);
        QCOMPARE(answer->status, 204);
        QVERIFY2(!answer->head.toLower().contains("access-control-"), answer->head.constData());
    }
    // A read with an Origin gets no CORS header either, so the page cannot see the answer.
    const auto read =
        exchange(port, "GET /sandbox/state", hostLine(port) + "Origin: https://evil.example\r\n");
    QVERIFY(read);
    QCOMPARE(read->status, 200);
    QVERIFY(!read->head.toLower().contains("access-control-"));
    QCOMPARE(sandbox.context().state.requests.value(id).status, Altinn::RequestStatus::New);
}

void TestSandboxBrowserGuard::approvalPagesAndApiKeepWorking()
{
    SandboxHarness sandbox;
    const QString id = addRequest(sandbox.context());
    const quint16 port = sandbox.server().port();

    // The page a browser opens from the confirmUrl (as the sandbox builds it, on 127.0.0.1 and its port).
    const QUrl confirmUrl(sandbox.context().requestConfirmUrl(Altinn::RequestKind::Standard, id));
    QCOMPARE(confirmUrl.port(), int(port));
    const auto page =
        exchange(port, "GET " + confirmUrl.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority),
            "Host: " + confirmUrl.authority().toLatin1() + "\r\nAccept: text/html\r\n");
    QVERIFY(page);
    QCOMPARE(page->status, 200);
    // A browser opening http://localhost:<port>/… is served too.
    const auto viaLocalhost =
        exchange(port, "GET " + confirmUrl.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority),
            "Host: localhost:" + QByteArray::number(port) + "\r\n");
    QVERIFY(viaLocalhost);
    QCOMPARE(viaLocalhost->status, 200);

    // The vendor API through QNetworkAccessManager, as the wizard and the CLI call it.
    QCOMPARE(
        sandbox.get(u"authentication/api/v1/systemuser/request/vendor/"_s + id, sandbox.vendorToken()).status,
        200);
    QVERIFY(BrowserGuard::isOwnHost("127.0.0.1:" + QByteArray::number(port), port));
}

QTEST_GUILESS_MAIN(TestSandboxBrowserGuard)
#include "TestSandboxBrowserGuard.moc"
