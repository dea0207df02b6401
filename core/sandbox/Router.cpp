#include "sandbox/Router.h"

#include <QUrl>

#include <algorithm>

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
    // Each segment is decoded once, not once per route compared (every request goes through here).
    QStringList segments = split(request.path);
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    const Route *best = nullptr;
    QList<QByteArray> otherMethods; ///< of the routes that match the path with another method
    QHash<QString, QString> bestParameters;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> parameters;
        bool matches = true;
        for (qsizetype i = 0; i < route.segments.size() && matches; ++i) {
            const QString &expected = route.segments.at(i);
            const QString &actual = segments.at(i);
            if (expected.startsWith(u'{'))
                parameters.insert(expected.mid(1, expected.size() - 2), actual);
            else
                matches = expected.compare(actual, Qt::CaseInsensitive) == 0;
        }
        if (!matches)
            continue;
        if (route.method != request.method) {
            if (!otherMethods.contains(route.method))
                otherMethods.append(route.method);
            continue;
        }
        if (!best || route.literalCount > best->literalCount) {
            best = &route;
            bestParameters = parameters;
        }
    }
    if (!best && otherMethods.isEmpty())
        return SandboxResponse::empty(404);
    if (!best) {
        // ASP.NET's 405 names the path's methods in Allow, sorted (ordinal, ignoring case), ", "-separated.
        std::sort(otherMethods.begin(), otherMethods.end(), [](const QByteArray &a, const QByteArray &b) {
            return qstricmp(a.constData(), b.constData()) < 0;
        });
        return SandboxResponse::empty(405).withHeader("Allow", otherMethods.join(", "));
    }
    request.pathParameters = bestParameters;
    return best->handler(request);
}
