#include "sandbox/SandboxServer.h"

#include "model/JsonNumber.h"
#include "sandbox/AppApi.h"
#include "sandbox/ApprovalPages.h"
#include "sandbox/AuthorizedPartiesApi.h"
#include "sandbox/BrowserGuard.h"
#include "sandbox/CatalogueControlApi.h"
#include "sandbox/ChangeRequestApi.h"
#include "sandbox/ControlApi.h"
#include "sandbox/IdPortenApi.h"
#include "sandbox/MaskinportenApi.h"
#include "sandbox/MetadataApi.h"
#include "sandbox/RequestApi.h"
#include "sandbox/SandboxListener.h"
#include "sandbox/SystemRegisterApi.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QMutexLocker>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <memory>
#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcSandboxState, "sandbox.state")

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}
} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : SandboxServer(RsaKey(), parent)
{ }

SandboxServer::SandboxServer(RsaKey signingKey, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(std::move(signingKey))
{
    SystemRegisterApi::registerRoutes(m_router, m_context);
    RequestApi::registerRoutes(m_router, m_context);
    ChangeRequestApi::registerRoutes(m_router, m_context);
    MetadataApi::registerRoutes(m_router, m_context);
    ApprovalPages::registerRoutes(m_router, m_context);
    ControlApi::registerRoutes(m_router, m_context);
    CatalogueControlApi::registerRoutes(m_router, m_context);
    MaskinportenApi::registerRoutes(m_router, m_context);
    IdPortenApi::registerRoutes(m_router, m_context);
    AuthorizedPartiesApi::registerRoutes(m_router, m_context);
    AppApi::registerRoutes(m_router, m_context);
    m_context.setStateChangedCallback([this] { saveAfterChange(); });
    m_context.setResetCallback([this] { reset(); });
    m_uptime.start();
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { startSave(); });
    // One writer: saves land in the order they were taken, so the newest state is the file.
    m_writer.setMaxThreadCount(1);
}

SandboxServer::~SandboxServer()
{
    flushState();
}

bool SandboxServer::listen(quint16 port)
{
    // Loopback only: the sandbox must never be reachable from the network. The listener keeps the
    // connections within SandboxLimits (docs/sandbox.md#limits).
    auto *listener = new SandboxListener(this);
    if (!listener->listen(QHostAddress::LocalHost, port)) {
        delete listener;
        return false;
    }
    bind(listener);
    m_listener = listener;
    const quint16 bound = listener->serverPort();
    m_port = bound;
    m_context.setBaseUrl(QUrl(u"http://127.0.0.1:%1/"_s.arg(bound)));
    return true;
}

SandboxResponse SandboxServer::handle(const SandboxRequest &request) const
{
    return m_router.dispatch(request);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();

    SandboxRequest sandboxRequest;
    sandboxRequest.method = methodName(request.method());
    sandboxRequest.path = request.url().path(QUrl::FullyEncoded);
    sandboxRequest.query = QUrlQuery(request.url());
    const auto headers = request.headers();
    for (const auto &header : headers) {
        const QByteArray name = header.first.toLower();
        // Two Host headers name no single host: both are kept, so that the guard refuses them.
        if (name == "host" && sandboxRequest.headers.contains(name))
            sandboxRequest.headers[name] += ", " + header.second;
        else
            sandboxRequest.headers.insert(name, header.second);
    }
    sandboxRequest.body = request.body();

    // What a web page in the user's browser could send is refused before anything else
    // (docs/sandbox.md#browser-protections).
    if (const auto refused = BrowserGuard::refusal(sandboxRequest, m_port)) {
        QHttpServerResponder responder = makeResponder(request, socket);
        respond(responder, socket, sandboxRequest, *refused, timer.elapsed());
        return true;
    }

    // The limit comes first, like a gateway in front of the service: a refused request reaches nothing,
    // not even an injected fault.
    if (const int limit = m_context.settings.rateLimitPerSecond;
        limit > 0 && SandboxRateLimit::appliesTo(sandboxRequest.path)) {
        if (const auto retryAfter = m_rateLimit.admit(limit, m_uptime.elapsed())) {
            QHttpServerResponder responder = makeResponder(request, socket);
            respond(responder, socket, sandboxRequest,
                SandboxRateLimit::tooManyRequests(m_context, *retryAfter), timer.elapsed());
            return true;
        }
    }

    const auto fault = m_context.faults.take(sandboxRequest.method, sandboxRequest.path);
    if (!fault) {
        QHttpServerResponder responder = makeResponder(request, socket);
        respond(responder, socket, sandboxRequest, handle(sandboxRequest), timer.elapsed());
        return true;
    }
    // The responder may outlive this call: it only writes to the socket, and a timer with the socket as
    // context never fires after the client has gone.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const auto answer = [this, responder, socket, sandboxRequest, rule = *fault, timer] {
        if (rule.dropConnection) {
            socket->abort();
            Q_EMIT requestLogged(
                u"%1 %2 -> dropped (injected fault, %3 ms)"_s.arg(QString::fromLatin1(sandboxRequest.method),
                    sandboxRequest.path, QString::number(timer.elapsed())));
            return;
        }
        if (rule.loseAnswer) {
            const SandboxResponse lost = handle(sandboxRequest); // the work is done; only the answer is lost
            socket->abort();
            Q_EMIT requestLogged(u"%1 %2 -> %3, answer dropped (injected fault, %4 ms)"_s.arg(
                QString::fromLatin1(sandboxRequest.method), sandboxRequest.path, QString::number(lost.status),
                QString::number(timer.elapsed())));
            return;
        }
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        respond(*responder, socket, sandboxRequest,
            rule.status != 0 ? SandboxFaults::answer(rule) : handle(sandboxRequest), timer.elapsed());
    };
    if (fault->delayMs > 0)
        QTimer::singleShot(fault->delayMs, socket, answer); // never blocks: other requests go on meanwhile
    else
        answer();
    return true;
}

namespace {
/// @p text as a log line may show it: bytes outside printable ASCII (CR and LF above all, which would end
/// the line and start a forged one) are percent-encoded, so one request is always one line.
QString loggable(QByteArrayView text)
{
    QByteArray line;
    line.reserve(text.size());
    for (const char byte : text) {
        const auto code = static_cast<unsigned char>(byte);
        if (code >= 0x20 && code < 0x7F)
            line.append(byte);
        else
            line.append('%').append(QByteArray::number(code, 16).rightJustified(2, '0').toUpper());
    }
    return QString::fromLatin1(line);
}
} // namespace

void SandboxServer::respond(QHttpServerResponder &responder, QTcpSocket *socket,
    const SandboxRequest &request, const SandboxResponse &response, qint64 elapsedMs)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    // The headers and the body in one write: the responder writes each name, separator and value on its
    // own, and every write is a trip through the socket's buffers (docs/sandbox.md#scale).
    QByteArray rest;
    rest.reserve(response.body.size() + 64 * (response.headers.size() + 1));
    for (const auto &header : response.headers)
        rest.append(header.first).append(": ").append(header.second).append("\r\n");
    rest.append("Content-Length: ").append(QByteArray::number(response.body.size())).append("\r\n\r\n");
    rest.append(response.body);
    // Copied into the socket's buffer behind the status line, not queued as a chunk of its own: each chunk
    // is a send of its own, one more system call and event-loop round per answer (and, were Nagle's algorithm
    // on, a wait for the client's delayed ACK).
    socket->write(rest.constData(), rest.size());

    // The line costs more than some answers: only build it for a listener (--log, the wizard's log).
    static const QMetaMethod logged = QMetaMethod::fromSignal(&SandboxServer::requestLogged);
    if (!isSignalConnected(logged))
        return;
    // The path as sent, still percent-encoded: decoded, "%0D%0A" in it would forge a log line.
    Q_EMIT requestLogged(u"%1 %2 -> %3 (%4 ms)"_s.arg(loggable(request.method),
        loggable(request.path.toUtf8()), QString::number(response.status), QString::number(elapsedMs)));
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only runs if it ever declines.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

namespace {
/// The clock offset a state file may hold: ±10,000 years, beyond any time travel and well inside what
/// QDateTime can add.
constexpr qint64 MaxClockOffsetSeconds = 10000LL * 366 * 24 * 60 * 60;

/// What a state file holds.
struct StateFileContents
{
    SandboxState state;
    qint64 clockOffsetSeconds = 0;
    SandboxSettings settings;
};

/**
 * Reads a state file, {"state": {…}, "clockOffsetSeconds": N, "settings": {…}} (the shape of GET
 * /sandbox/state, whose `now` is ignored), checking it throughout; the settings apply on top of
 * @p settings. A problem names the member ("state.requests[2].status") and what was expected there.
 */
std::variant<StateFileContents, QString> readStateFile(
    const QByteArray &json, const SandboxSettings &settings)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return u"not valid JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset);
    if (!document.isObject())
        return u"expected a JSON object {\"state\": …, \"clockOffsetSeconds\": …, \"settings\": …} as the "
               u"sandbox saves it (found an array)"_s;
    const QJsonObject object = document.object();

    StateFileContents contents;
    const QJsonValue state = object.value(u"state"_s);
    if (!state.isObject())
        return u"state: expected an object holding the sandbox's systems, requests and so on"_s;
    QString problem;
    auto loaded = SandboxState::fromJson(state.toObject(), &problem);
    if (!loaded)
        return u"state."_s + problem;
    contents.state = std::move(*loaded);

    const QJsonValue offset = object.value(u"clockOffsetSeconds"_s);
    if (!offset.isUndefined() && !offset.isNull()) {
        const auto seconds =
            Altinn::JsonNumber::wholeNumber(offset, -MaxClockOffsetSeconds, MaxClockOffsetSeconds);
        if (!seconds)
            return u"clockOffsetSeconds: expected a whole number of seconds from -%1 to %1"_s.arg(
                MaxClockOffsetSeconds);
        contents.clockOffsetSeconds = *seconds;
    }

    contents.settings = settings;
    const QJsonValue saved = object.value(u"settings"_s);
    if (!saved.isUndefined() && !saved.isNull()) {
        if (!saved.isObject())
            return u"settings: expected an object of settings as GET /sandbox/settings shows them"_s;
        if (!contents.settings.apply(saved.toObject(), &problem))
            return u"settings: "_s + problem;
    }
    return contents;
}
} // namespace

bool SandboxServer::setStateFile(const QString &path, QString *error)
{
    // A save under way (to a previous file) finishes first.
    waitForWriter();
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return false;
        }
        // All or nothing: a file the sandbox cannot read throughout is refused, so it is never saved over
        // with what little of it was understood.
        auto contents = readStateFile(file.readAll(), m_context.settings);
        if (const auto *problem = std::get_if<QString>(&contents)) {
            if (error)
                *error = *problem;
            return false;
        }
        auto &loaded = std::get<StateFileContents>(contents);
        m_context.state = std::move(loaded.state);
        m_context.clock.setOffsetSeconds(loaded.clockOffsetSeconds);
        m_context.settings = loaded.settings;
    }
    m_statePath = path;
    return saveState(error);
}

SandboxServer::StateSnapshot SandboxServer::snapshot() const
{
    // Copies share the containers' data until the next write, so this is cheap; the copy's index starts
    // empty (SandboxStateIndex), since saving does not look anything up.
    return {m_context.state, m_context.clock.offsetSeconds(), m_context.settings, m_statePath, m_changes};
}

QString SandboxServer::writeStateFile(const StateSnapshot &snapshot)
{
    const QJsonObject object{{u"state"_s, snapshot.state.toJson()},
        {u"clockOffsetSeconds"_s, snapshot.clockOffsetSeconds}, {u"settings"_s, snapshot.settings.toJson()}};
    // Written atomically: a crash mid-write leaves the previous file intact.
    QSaveFile file(snapshot.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson()) < 0 || !file.commit())
        return file.errorString();
    return {};
}

bool SandboxServer::saveState(QString *error)
{
    if (m_statePath.isEmpty())
        return true;
    waitForWriter();
    m_saveTimer.stop();
    m_unsavedSince.invalidate();
    const StateSnapshot now = snapshot();
    const QString failure = writeStateFile(now);
    if (!failure.isEmpty()) {
        qCWarning(lcSandboxState) << "state not saved:" << failure;
        if (error)
            *error = failure;
        return false;
    }
    m_savedChanges = now.changes;
    return true;
}

bool SandboxServer::flushState(QString *error)
{
    if (m_statePath.isEmpty())
        return true;
    waitForWriter();
    return hasUnsavedChanges() ? saveState(error) : true;
}

void SandboxServer::saveAfterChange()
{
    if (m_statePath.isEmpty())
        return;
    // Nothing is written here: with thousands of requests, writing the whole state after each change would
    // make bulk onboarding quadratic. The change is counted and a save follows within SaveDelay; the jti of
    // every token grant (state.usedGrantIds) costs no more than that either.
    ++m_changes;
    if (!m_unsavedSince.isValid())
        m_unsavedSince.start();
    scheduleSave();
}

void SandboxServer::scheduleSave()
{
    if (m_writing || m_saveTimer.isActive() || !hasUnsavedChanges())
        return; // the save under way schedules the next one when it is done
    const auto waited = std::chrono::milliseconds(m_unsavedSince.isValid() ? m_unsavedSince.elapsed() : 0);
    m_saveTimer.start(std::max(std::chrono::milliseconds(0), m_saveDelay - waited));
}

void SandboxServer::startSave()
{
    if (m_writing || m_statePath.isEmpty() || !hasUnsavedChanges())
        return;
    m_saveTimer.stop();
    m_unsavedSince.invalidate();
    m_writing = true;
    auto taken = std::make_shared<StateSnapshot>(snapshot());
    m_writer.start([this, taken]() mutable {
        SaveOutcome outcome{taken->changes, writeStateFile(*taken)};
        // Let go of the shared containers before the server takes the outcome in, so that its next write
        // to them need not copy them.
        taken.reset();
        {
            QMutexLocker lock(&m_outcomeMutex);
            m_outcome = std::move(outcome);
        }
        // The destructor waits for this thread, so the server is still there to post to.
        QMetaObject::invokeMethod(
            this, [this] { collectSaveOutcome(); }, Qt::QueuedConnection);
    });
}

void SandboxServer::collectSaveOutcome()
{
    std::optional<SaveOutcome> outcome;
    {
        QMutexLocker lock(&m_outcomeMutex);
        outcome.swap(m_outcome);
    }
    if (!outcome)
        return; // waitForWriter() took it in already
    m_writing = false;
    if (outcome->failure.isEmpty()) {
        m_savedChanges = std::max(m_savedChanges, outcome->changes);
        scheduleSave(); // changes made while it was written
    } else {
        // Not retried by itself (a full disk is not hammered): the next change, or stopping, tries again.
        qCWarning(lcSandboxState) << "state not saved:" << outcome->failure;
    }
}

void SandboxServer::waitForWriter()
{
    m_writer.waitForDone();
    collectSaveOutcome();
}

void SandboxServer::reset()
{
    m_context.state = SandboxState();
    m_context.faults.clear();
    m_rateLimit.clear();
    m_context.clock.setOffsetSeconds(0);
    saveState();
}
