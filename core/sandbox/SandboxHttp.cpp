#include "sandbox/SandboxHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString SandboxRequest::queryValue(const QString &name) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

bool SandboxRequest::hasQueryValue(const QString &name) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    return std::any_of(items.cbegin(), items.cend(),
        [&name](const auto &item) { return item.first.compare(name, Qt::CaseInsensitive) == 0; });
}

SandboxResponse &SandboxResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

SandboxResponse SandboxResponse::empty(int status)
{
    return SandboxResponse{status, {}, {}};
}

SandboxResponse SandboxResponse::json(int status, const QJsonValue &value)
{
    QByteArray body;
    if (value.isObject())
        body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else // a bare JSON string, number or bool: wrap and strip the array brackets
        body = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return SandboxResponse{status, {{"Content-Type", "application/json; charset=utf-8"}}, body};
}

SandboxResponse SandboxResponse::problemJson(int status, const QJsonObject &problem)
{
    return SandboxResponse{status, {{"Content-Type", "application/problem+json; charset=utf-8"}},
        QJsonDocument(problem).toJson(QJsonDocument::Compact)};
}

SandboxResponse SandboxResponse::text(int status, const QString &text)
{
    return SandboxResponse{status, {{"Content-Type", "text/plain; charset=utf-8"}}, text.toUtf8()};
}

SandboxResponse SandboxResponse::html(int status, const QString &html)
{
    return SandboxResponse{status, {{"Content-Type", "text/html; charset=utf-8"}}, html.toUtf8()};
}

SandboxResponse SandboxResponse::redirect(const QString &location, int status)
{
    return SandboxResponse{status, {{"Location", location.toUtf8()}}, {}};
}
