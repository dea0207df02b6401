#include "sandbox/BrowserGuard.h"

#include "model/ProblemDetails.h"
#include "sandbox/SandboxContext.h"

#include <QJsonObject>
#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

/// The address the sandbox is bound to (SandboxServer::listen) and the loopback names for it.
constexpr QByteArrayView OwnHostNames[] = {"127.0.0.1", "localhost"};
constexpr QByteArrayView OwnIpv6Name = "::1";

SandboxResponse problem(int status, const QString &detail)
{
    QJsonObject body = Altinn::ProblemDetails::aspNetProblem(status, SandboxContext::newTraceId());
    body.insert(u"detail"_s, detail);
    return SandboxResponse::problemJson(status, body);
}

bool isPort(QByteArrayView text, quint16 port)
{
    if (text.isEmpty() || text.size() > 5
        || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    return text.toUInt() == port;
}

} // namespace

bool BrowserGuard::isOwnHost(const QByteArray &host, quint16 port)
{
    const QByteArrayView text = QByteArrayView(host).trimmed();
    QByteArrayView name = text;
    QByteArrayView rest;
    bool bracketed = false;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return false;
        name = text.sliced(1, close - 1);
        rest = text.sliced(close + 1);
        bracketed = true;
    } else if (const qsizetype colon = text.indexOf(':'); colon >= 0) {
        name = text.first(colon);
        rest = text.sliced(colon);
    }
    if (!rest.isEmpty() && !(rest.startsWith(':') && isPort(rest.sliced(1), port)))
        return false;
    if (bracketed)
        return name.compare(OwnIpv6Name, Qt::CaseInsensitive) == 0;
    return std::any_of(std::begin(OwnHostNames), std::end(OwnHostNames),
        [name](QByteArrayView own) { return name.compare(own, Qt::CaseInsensitive) == 0; });
}

bool BrowserGuard::isControlWrite(const SandboxRequest &request)
{
    if (request.method == "GET" || request.method == "HEAD" || request.method == "OPTIONS")
        return false;
    // The router compares decoded segments case-insensitively, so "/SANDBOX/reset" and "/%73andbox/reset"
    // reach the control API too.
    QStringView path = request.path;
    while (path.startsWith(u'/'))
        path = path.sliced(1);
    const qsizetype slash = path.indexOf(u'/');
    const QStringView first = slash < 0 ? path : path.first(slash);
    return QUrl::fromPercentEncoding(first.toUtf8()).compare(u"sandbox"_s, Qt::CaseInsensitive) == 0;
}

std::optional<SandboxResponse> BrowserGuard::refusal(const SandboxRequest &request, quint16 port)
{
    const QByteArray host = request.header("host");
    if (host.trimmed().isEmpty()) {
        return problem(400,
            u"The request has no Host header. The sandbox answers requests for 127.0.0.1:%1, localhost:%1 "
            u"or [::1]:%1."_s.arg(port));
    }
    if (!isOwnHost(host, port)) {
        return problem(421,
            u"The sandbox answers only requests for 127.0.0.1:%1, localhost:%1 or [::1]:%1, not for \"%2\": "
            u"a web page must not reach it under another name."_s.arg(
                QString::number(port), QString::fromLatin1(host)));
    }
    if (request.method == "OPTIONS") {
        // A CORS preflight: no Access-Control-Allow-* header, so the browser does not send the request.
        return SandboxResponse::empty(204).withHeader("Cache-Control", "no-store");
    }
    if (isControlWrite(request)) {
        const QByteArray contentType = request.header("content-type");
        const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
        if (mediaType != "application/json") {
            return SandboxResponse::json(415,
                QJsonObject{{u"error"_s,
                    u"the control API takes only JSON: send every POST, PUT and DELETE to /sandbox/… with "
                    u"Content-Type: application/json, also without a body (got \"%1\"). Web pages cannot "
                    u"send that type to another site, so they cannot change the sandbox."_s.arg(
                        QString::fromLatin1(contentType))}});
        }
    }
    return std::nullopt;
}
