#include "net/ActivityFormatting.h"

#include "net/ActivityLog.h"

#include <QJsonDocument>
#include <QLocale>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

/// The reason phrases of the statuses Altinn, Maskinporten and the sandbox answer with (RFC 9110).
QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 202:
        return u"Accepted"_s;
    case 204:
        return u"No Content"_s;
    case 301:
        return u"Moved Permanently"_s;
    case 302:
        return u"Found"_s;
    case 304:
        return u"Not Modified"_s;
    case 307:
        return u"Temporary Redirect"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 409:
        return u"Conflict"_s;
    case 412:
        return u"Precondition Failed"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 422:
        return u"Unprocessable Content"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return {};
    }
}

bool looksLikeJson(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    return trimmed.startsWith('{') || trimmed.startsWith('[');
}

/// `name=value&…` one decoded parameter a line.
QString formLines(const QByteArray &body)
{
    QStringList lines;
    const QList<QByteArray> parts = body.split('&');
    for (QByteArray part : parts) {
        part.replace('+', ' ');
        lines.append(QString::fromUtf8(QByteArray::fromPercentEncoding(part)));
    }
    return lines.join(u'\n');
}

} // namespace

QString ActivityFormatting::prettyBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return {};
    const QByteArray shown = body.left(MaxShownBodyBytes);
    const QString cut = shown.size() < body.size()
        ? u'\n' + tr("… (cut: %1 bytes in all)").arg(QLocale().toString(body.size()))
        : QString();
    const QByteArray type = contentType.toLower();

    if (shown.size() == body.size() && (type.contains("json") || (type.isEmpty() && looksLikeJson(body)))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError)
            return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
    }
    if (type.contains("application/x-www-form-urlencoded"))
        return formLines(shown) + cut;

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(shown);
    if (decoder.hasError() || text.contains(QChar::Null))
        return tr("(%1 bytes of binary data)").arg(QLocale().toString(body.size()));
    return text + cut;
}

QString ActivityFormatting::headersText(const Headers &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value));
    return lines.join(u'\n');
}

QByteArray ActivityFormatting::headerValue(const Headers &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString ActivityFormatting::pathAndQuery(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
}

QString ActivityFormatting::statusText(const ActivityEntry &entry)
{
    if (entry.status == 0)
        return entry.outcome.isEmpty() ? tr("no answer") : entry.outcome;
    const QString phrase = reasonPhrase(entry.status);
    return phrase.isEmpty() ? QString::number(entry.status) : QString::number(entry.status) + u' ' + phrase;
}

ActivityFormatting::Outcome ActivityFormatting::outcome(const ActivityEntry &entry)
{
    if (entry.status <= 0)
        return Outcome::NoAnswer;
    if (entry.status < 300)
        return Outcome::Success;
    if (entry.status < 400)
        return Outcome::Redirect;
    if (entry.status < 500)
        return Outcome::ClientError;
    return Outcome::ServerError;
}

QString ActivityFormatting::duration(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    return tr("%1 s").arg(QLocale().toString(static_cast<double>(milliseconds) / 1000.0, 'f', 1));
}

} // namespace Altinn
