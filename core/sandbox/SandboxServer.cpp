#include "sandbox/SandboxServer.h"

#include "sandbox/ApprovalPages.h"
#include "sandbox/ChangeRequestApi.h"
#include "sandbox/ControlApi.h"
#include "sandbox/MaskinportenApi.h"
#include "sandbox/MetadataApi.h"
#include "sandbox/RequestApi.h"
#include "sandbox/SystemRegisterApi.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
/// A state file this large (some hundred requests) is no longer rewritten after every change; smaller ones
/// (demos, tests) always are, whatever the machine's speed.
constexpr qint64 LargeStateBytes = 64 * 1024;
/// Saves of a large state are at least this many save durations apart: at most a tenth of the time saving.
constexpr qint64 SaveSpacingFactor = 10;

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
    : QAbstractHttpServer(parent)
{
    SystemRegisterApi::registerRoutes(m_router, m_context);
    RequestApi::registerRoutes(m_router, m_context);
    ChangeRequestApi::registerRoutes(m_router, m_context);
    MetadataApi::registerRoutes(m_router, m_context);
    ApprovalPages::registerRoutes(m_router, m_context);
    ControlApi::registerRoutes(m_router, m_context);
    MaskinportenApi::registerRoutes(m_router, m_context);
    m_context.setStateChangedCallback([this] { saveAfterChange(); });
    m_context.setResetCallback([this] { reset(); });
    m_uptime.start();
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { saveState(); });
}

SandboxServer::~SandboxServer()
{
    if (m_saveTimer.isActive())
        saveState();
}

void SandboxServer::saveAfterChange()
{
    if (m_statePath.isEmpty())
        return;
    // Every save writes the whole state, so with thousands of requests saving after each one would make
    // bulk onboarding quadratic. Small states (demos, tests) are still saved at once.
    const qint64 spacing = m_lastSaveMs * SaveSpacingFactor;
    if (m_lastSaveBytes < LargeStateBytes || !m_sinceSave.isValid() || m_sinceSave.elapsed() >= spacing) {
        m_saveTimer.stop();
        saveState();
    } else if (!m_saveTimer.isActive()) {
        m_saveTimer.start(std::chrono::milliseconds(spacing - m_sinceSave.elapsed()));
    }
}

bool SandboxServer::listen(quint16 port)
{
    // Loopback only: the sandbox must never be reachable from the network.
    const quint16 bound = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return false;
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
    for (const auto &header : headers)
        sandboxRequest.headers.insert(header.first.toLower(), header.second);
    sandboxRequest.body = request.body();

    // The limit comes first, like a gateway in front of the service: a refused request reaches nothing,
    // not even an injected fault.
    if (const int limit = m_context.settings.rateLimitPerSecond;
        limit > 0 && SandboxRateLimit::appliesTo(sandboxRequest.path)) {
        if (const auto retryAfter = m_rateLimit.admit(limit, m_uptime.elapsed())) {
            QHttpServerResponder responder = makeResponder(request, socket);
            respond(responder, sandboxRequest, SandboxRateLimit::tooManyRequests(m_context, *retryAfter),
                timer.elapsed());
            return true;
        }
    }

    const auto fault = m_context.faults.take(sandboxRequest.method, sandboxRequest.path);
    if (!fault) {
        QHttpServerResponder responder = makeResponder(request, socket);
        respond(responder, sandboxRequest, handle(sandboxRequest), timer.elapsed());
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
        respond(*responder, sandboxRequest,
            rule.status != 0 ? SandboxFaults::answer(rule) : handle(sandboxRequest), timer.elapsed());
    };
    if (fault->delayMs > 0)
        QTimer::singleShot(fault->delayMs, socket, answer); // never blocks: other requests go on meanwhile
    else
        answer();
    return true;
}

void SandboxServer::respond(QHttpServerResponder &responder, const SandboxRequest &request,
    const SandboxResponse &response, qint64 elapsedMs)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);

    Q_EMIT requestLogged(u"%1 %2 -> %3 (%4 ms)"_s.arg(QString::fromLatin1(request.method),
        QUrl::fromPercentEncoding(request.path.toLatin1()), QString::number(response.status),
        QString::number(elapsedMs)));
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers everything; this only runs if it ever declines.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

bool SandboxServer::setStateFile(const QString &path, QString *error)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (error)
                *error = parseError.errorString();
            return false;
        }
        const QJsonObject object = document.object();
        auto state = SandboxState::fromJson(object.value(u"state"_s).toObject(), error);
        if (!state)
            return false;
        m_context.state = *state;
        m_context.clock.setOffsetSeconds(
            static_cast<qint64>(object.value(u"clockOffsetSeconds"_s).toDouble()));
        m_context.settings.apply(object.value(u"settings"_s).toObject());
    }
    m_statePath = path;
    return saveState(error);
}

bool SandboxServer::saveState(QString *error) const
{
    if (m_statePath.isEmpty())
        return true;
    QElapsedTimer duration;
    duration.start();
    const QJsonObject object{{u"state"_s, m_context.state.toJson()},
        {u"clockOffsetSeconds"_s, m_context.clock.offsetSeconds()},
        {u"settings"_s, m_context.settings.toJson()}};
    // Written atomically: a crash mid-write leaves the previous file intact.
    QSaveFile file(m_statePath);
    const QByteArray json = QJsonDocument(object).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    m_lastSaveMs = duration.elapsed();
    m_lastSaveBytes = json.size();
    m_sinceSave.start();
    return true;
}

void SandboxServer::reset()
{
    m_context.state = SandboxState();
    m_context.faults.clear();
    m_rateLimit.clear();
    m_context.clock.setOffsetSeconds(0);
    saveState();
}
