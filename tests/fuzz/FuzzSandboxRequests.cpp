// libFuzzer target: the sandbox's request handling (SandboxServer::handle: routing, binding, auth, every
// endpoint) without sockets. The input holds one or more requests, separated by a line "%%", each
// written like HTTP: "METHOD /path?query", header lines, an empty line, the body. In header values
// {vendor-token}, {other-vendor-token} and {admin-token} become valid tokens of the sandbox's own
// Maskinporten, so the fuzzer gets past the 401 into the endpoints; {last-id} anywhere becomes the "id" of
// the last answer, so a sequence can create a request and then approve it. Each input starts on a fresh
// sandbox.

#include "FuzzInput.h"
#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxSettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

/// Synthetic organisations are made on demand; a million of them per input would only measure that.
constexpr int MaxSyntheticOrganisations = 1000;
/// Tokens live 120 s on the sandbox clock: mint again well before.
constexpr qint64 TokenReuseMs = 30'000;

// Made once and never destroyed: libFuzzer ends with exit(), when Qt's own globals may already be gone
// (destroying the application then crashes in ~QCoreApplication). Still reachable, so not a leak.
QCoreApplication *application = nullptr;
SandboxServer *server = nullptr;

struct Tokens
{
    qint64 clockOffset = -1;
    QElapsedTimer age;
    QByteArray vendor;
    QByteArray otherVendor;
    QByteArray admin;
};

const Tokens &currentTokens()
{
    static Tokens tokens;
    SandboxContext &context = server->context();
    if (tokens.clockOffset == context.clock.offsetSeconds() && tokens.age.isValid()
        && tokens.age.elapsed() < TokenReuseMs)
        return tokens;
    const QStringList vendorScopes = {
        SandboxScopes::SystemRegisterWrite, SandboxScopes::RequestWrite, SandboxScopes::RequestRead};
    const QDateTime now = context.clock.now();
    tokens.vendor = context.tokens.mintVendorToken(u"991825827"_s, vendorScopes, now);
    tokens.otherVendor = context.tokens.mintVendorToken(u"310547891"_s, vendorScopes, now);
    tokens.admin = context.tokens.mintVendorToken(u"991825827"_s, {SandboxScopes::SystemRegisterAdmin}, now);
    tokens.clockOffset = context.clock.offsetSeconds();
    tokens.age.start();
    return tokens;
}

QByteArray withTokens(QByteArray value)
{
    if (!value.contains('{'))
        return value;
    const Tokens &tokens = currentTokens();
    return value.replace("{vendor-token}", tokens.vendor)
        .replace("{other-vendor-token}", tokens.otherVendor)
        .replace("{admin-token}", tokens.admin);
}

SandboxRequest requestFrom(const QByteArray &text)
{
    const FuzzInput::HttpLike message = FuzzInput::HttpLike::read(text);
    SandboxRequest request;
    const qsizetype space = message.firstLine.indexOf(' ');
    request.method = space < 0 ? message.firstLine : message.firstLine.left(space);
    const QByteArray target = space < 0 ? QByteArray("/") : message.firstLine.mid(space + 1).trimmed();
    const qsizetype question = target.indexOf('?');
    // As SandboxServer::handleRequest fills it: the path percent-encoded, the query parsed.
    request.path = QString::fromLatin1(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1)));
    for (const auto &[name, value] : message.headers)
        request.headers.insert(name, withTokens(value));
    request.body = message.body;
    return request;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInput::silenceQtMessages();
    application = new QCoreApplication(*argc, *argv);
    server = new SandboxServer(application);
    server->context().setBaseUrl(QUrl(u"http://127.0.0.1:5210/"_s));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    server->reset();
    server->context().settings = SandboxSettings();

    // FUZZ_SANDBOX_TRACE=1: each request and the start of its answer on stderr, for writing seeds.
    static const bool trace = qEnvironmentVariableIsSet("FUZZ_SANDBOX_TRACE");
    const QByteArray input = FuzzInput::bytes(data, size);
    QByteArray lastId;
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf("\n%%\n", start);
        if (end < 0)
            end = input.size();
        const QByteArray text = input.mid(start, end - start).replace("{last-id}", lastId);
        const SandboxRequest request = requestFrom(text);
        const SandboxResponse response = server->handle(request);
        if (trace) {
            std::fprintf(stderr, "%s %s -> %d %s\n", request.method.constData(), qPrintable(request.path),
                response.status, response.body.left(600).constData());
        }
        // Every answer is an HTTP status a client can read.
        FUZZ_CHECK(response.status >= 100 && response.status <= 599);
        const QJsonValue id = QJsonDocument::fromJson(response.body).object().value(u"id"_s);
        if (id.isString())
            lastId = id.toString().toUtf8();
        if (server->context().settings.syntheticOrganisations > MaxSyntheticOrganisations)
            server->context().settings.syntheticOrganisations = MaxSyntheticOrganisations;
        start = end + 4;
    }
    return 0;
}
