#include "sandbox/Router.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

QStringList Router::split(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler)
{
    Route route;
    route.method = method;
    route.segments = split(pattern);
    for (const QString &segment : std::as_const(route.segments)) {
        if (!segment.startsWith(u'{'))
            ++route.literalCount;
    }
    route.handler = std::move(handler);
    m_routes.append(std::move(route));
}

SandboxResponse Router::dispatch(SandboxRequest request) const
{
    // The path arrives percent-encoded per segment; split first so an encoded '/' stays inside its segment.
    const QStringList rawSegments = split(request.path);
    const Route *best = nullptr;
    bool pathMatchedOtherMethod = false;
    QHash<QString, QString> bestParameters;
    for (const Route &route : m_routes) {
        if (route.segments.size() != rawSegments.size())
            continue;
        QHash<QString, QString> parameters;
        bool matches = true;
        for (qsizetype i = 0; i < route.segments.size() && matches; ++i) {
            const QString &expected = route.segments.at(i);
            const QString actual = QUrl::fromPercentEncoding(rawSegments.at(i).toUtf8());
            if (expected.startsWith(u'{'))
                parameters.insert(expected.mid(1, expected.size() - 2), actual);
            else
                matches = expected.compare(actual, Qt::CaseInsensitive) == 0;
        }
        if (!matches)
            continue;
        if (route.method != request.method) {
            pathMatchedOtherMethod = true;
            continue;
        }
        if (!best || route.literalCount > best->literalCount) {
            best = &route;
            bestParameters = parameters;
        }
    }
    if (!best)
        return SandboxResponse::empty(pathMatchedOtherMethod ? 405 : 404);
    request.pathParameters = bestParameters;
    return best->handler(request);
}
