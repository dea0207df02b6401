#pragma once

#include "sandbox/SandboxHttp.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/**
 * Matches requests to handlers like ASP.NET routing does: path segments compared case-insensitively,
 * `{name}` segments capture one decoded segment, a route with more literal segments wins over one with
 * parameters. A path that matches with other methods only answers 405 with those methods in `Allow` (as
 * ASP.NET does); no match answers 404 (empty body).
 */
class Router
{
public:
    using Handler = std::function<SandboxResponse(const SandboxRequest &)>;

    /// @p pattern like "/authentication/api/v1/systemregister/vendor/{systemId}".
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    SandboxResponse dispatch(SandboxRequest request) const;

private:
    struct Route
    {
        QByteArray method;
        QStringList segments;
        int literalCount = 0;
        Handler handler;
    };
    static QStringList split(const QString &path);

    QList<Route> m_routes;
};
