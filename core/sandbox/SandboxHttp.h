#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

/// One HTTP request as the sandbox's endpoints see it (independent of QtHttpServer).
struct SandboxRequest
{
    QByteArray method; ///< "GET", "POST", …
    QString path; ///< as sent (percent-encoded); the router decodes each segment into pathParameters
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    QHash<QString, QString> pathParameters; ///< filled by the router: {systemId} → value (decoded)

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    /// Query parameter, names compared case-insensitively like ASP.NET; empty when absent.
    QString queryValue(const QString &name) const;
    bool hasQueryValue(const QString &name) const;
    QString parameter(const QString &name) const { return pathParameters.value(name); }
};

/// One HTTP answer.
struct SandboxResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    SandboxResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SandboxResponse empty(int status);
    /// application/json; charset=utf-8 (compact).
    static SandboxResponse json(int status, const QJsonValue &value);
    /// application/problem+json; charset=utf-8.
    static SandboxResponse problemJson(int status, const QJsonObject &problem);
    /// text/plain; charset=utf-8 — what ASP.NET writes for NotFound("text") and friends.
    static SandboxResponse text(int status, const QString &text);
    static SandboxResponse html(int status, const QString &html);
    static SandboxResponse redirect(const QString &location, int status = 302);
};
