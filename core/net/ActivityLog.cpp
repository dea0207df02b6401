#include "net/ActivityLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSysInfo>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

const QByteArray Redacted = QByteArrayLiteral("[redacted]");
const QByteArray RedactedJwt = QByteArrayLiteral("[redacted JWT]");
const QByteArray RedactedPrivateKey = QByteArrayLiteral("[redacted private key]");
const QByteArray BearerPlaceholder = QByteArrayLiteral("Bearer $TOKEN");
// Built from pieces so that no source file carries a private-key header line.
const QByteArray PemBegin = QByteArrayLiteral("-----") + QByteArrayLiteral("BEGIN ");
const QByteArray PemEnd = QByteArrayLiteral("-----") + QByteArrayLiteral("END ");
const QByteArray PemDashes = QByteArrayLiteral("-----");
const QByteArray PrivateKeyLabel = QByteArrayLiteral("PRIVATE ") + QByteArrayLiteral("KEY");

/// Query and form parameters whose values are credentials. `token` is not one: it is the page cursor.
bool isSecretParameter(const QByteArray &name)
{
    static const QByteArray names[] = {"access_token", "assertion", "client_assertion", "client_secret",
        "code", "code_verifier", "id_token", "password", "refresh_token"};
    const QByteArray lower = name.toLower();
    return std::find(std::begin(names), std::end(names), lower) != std::end(names);
}

bool isSecretJsonMember(const QString &name)
{
    // Token answers, grants, passwords, and the private members of a JWK (RFC 7518 §6.3.2).
    static const QString names[] = {u"access_token"_s, u"id_token"_s, u"refresh_token"_s, u"assertion"_s,
        u"client_assertion"_s, u"client_secret"_s, u"password"_s, u"passphrase"_s, u"d"_s, u"p"_s, u"q"_s,
        u"dp"_s, u"dq"_s, u"qi"_s, u"oth"_s};
    const QString lower = name.toLower();
    return std::find(std::begin(names), std::end(names), lower) != std::end(names);
}

bool isSecretHeader(const QByteArray &name)
{
    static const QByteArray names[] = {
        "cookie", "set-cookie", "proxy-authorization", "ocp-apim-subscription-key", "x-api-key"};
    const QByteArray lower = name.toLower();
    return std::find(std::begin(names), std::end(names), lower) != std::end(names);
}

bool isBase64UrlChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

qsizetype base64UrlRunEnd(const QByteArray &text, qsizetype from)
{
    while (from < text.size() && isBase64UrlChar(text.at(from)))
        ++from;
    return from;
}

/// End of the JWT (JWS, or JWE with five parts) starting at @p start, or -1 when it is not one.
qsizetype jwtEnd(const QByteArray &text, qsizetype start)
{
    constexpr qsizetype MinHeaderLength = 10; // {"alg":"…"} is at least this long in base64url
    const qsizetype headerEnd = base64UrlRunEnd(text, start);
    if (headerEnd - start < MinHeaderLength || headerEnd >= text.size() || text.at(headerEnd) != '.')
        return -1;
    const qsizetype payloadEnd = base64UrlRunEnd(text, headerEnd + 1);
    if (payloadEnd - headerEnd - 1 < 2 || payloadEnd >= text.size() || text.at(payloadEnd) != '.')
        return -1;
    qsizetype end = base64UrlRunEnd(text, payloadEnd + 1);
    for (int extra = 0;
         extra < 2 && end + 1 < text.size() && text.at(end) == '.' && isBase64UrlChar(text.at(end + 1));
         ++extra)
        end = base64UrlRunEnd(text, end + 1);
    return end;
}

/// Replaces every JWT-looking string (header "eyJ…", three or five base64url parts).
bool redactJwts(QByteArray &text)
{
    bool changed = false;
    qsizetype from = 0;
    while ((from = text.indexOf("eyJ", from)) >= 0) {
        if (from > 0 && isBase64UrlChar(text.at(from - 1))) {
            from += 3;
            continue;
        }
        const qsizetype end = jwtEnd(text, from);
        if (end < 0) {
            from += 3;
            continue;
        }
        text.replace(from, end - from, RedactedJwt);
        from += RedactedJwt.size();
        changed = true;
    }
    return changed;
}

/// Replaces every PEM block whose label mentions a private key (PKCS#1, PKCS#8, encrypted, EC, …).
bool redactPemPrivateKeys(QByteArray &text)
{
    bool changed = false;
    qsizetype from = 0;
    while ((from = text.indexOf(PemBegin, from)) >= 0) {
        const qsizetype labelStart = from + PemBegin.size();
        const qsizetype labelEnd = text.indexOf(PemDashes, labelStart);
        if (labelEnd < 0)
            break;
        const QByteArray label = text.mid(labelStart, labelEnd - labelStart);
        if (!label.contains(PrivateKeyLabel) || label.size() > 40) {
            from = labelStart;
            continue;
        }
        const QByteArray endLine = PemEnd + label + PemDashes;
        const qsizetype endAt = text.indexOf(endLine, labelEnd);
        const qsizetype blockEnd = endAt < 0 ? text.size() : endAt + endLine.size();
        text.replace(from, blockEnd - from, RedactedPrivateKey);
        from += RedactedPrivateKey.size();
        changed = true;
    }
    return changed;
}

/// The rules that apply to any text: JWTs and PEM private keys.
QByteArray redactText(QByteArray text)
{
    redactJwts(text);
    redactPemPrivateKeys(text);
    return text;
}

/// `name=value&…` (query strings and form bodies) with credential values replaced by @p replacement.
QByteArray redactParameters(const QByteArray &encoded, const QByteArray &replacement)
{
    QList<QByteArray> parts = encoded.split('&');
    bool changed = false;
    for (QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            continue;
        QByteArray name = part.left(equals);
        name.replace('+', ' ');
        if (isSecretParameter(QByteArray::fromPercentEncoding(name)) && part.mid(equals + 1) != replacement) {
            part = part.left(equals + 1) + replacement;
            changed = true;
        }
    }
    return changed ? parts.join('&') : encoded;
}

bool redactJsonValue(QJsonValue &value)
{
    bool changed = false;
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isSecretJsonMember(it.key())) {
                if (!(it.value().isString() && it.value().toString().toLatin1() == Redacted)
                    && !it.value().isNull()) {
                    it.value() = QString::fromLatin1(Redacted);
                    changed = true;
                }
                continue;
            }
            QJsonValue member = it.value();
            if (redactJsonValue(member)) {
                it.value() = member;
                changed = true;
            }
        }
        if (changed)
            value = object;
    } else if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it) {
            QJsonValue element = *it;
            if (redactJsonValue(element)) {
                *it = element;
                changed = true;
            }
        }
        if (changed)
            value = array;
    }
    return changed;
}

/// The JSON body with secret members replaced, or nullopt when @p body is not JSON.
std::optional<QByteArray> redactJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    QJsonValue root = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (!redactJsonValue(root))
        return body; // untouched bytes: member order and formatting stay as sent
    const QJsonDocument::JsonFormat format =
        body.contains('\n') ? QJsonDocument::Indented : QJsonDocument::Compact;
    return root.isObject() ? QJsonDocument(root.toObject()).toJson(format)
                           : QJsonDocument(root.toArray()).toJson(format);
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString shellQuote(const QByteArray &text)
{
    QString quoted = QString::fromUtf8(text);
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

bool isJsonContentType(const QByteArray &contentType)
{
    return contentType.toLower().contains("json");
}

QJsonArray headersJson(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QJsonArray array;
    for (const auto &header : headers) {
        array.append(QJsonObject{{u"name"_s, QString::fromLatin1(header.first)},
            {u"value"_s, QString::fromUtf8(redactText(header.second))}});
    }
    return array;
}

QJsonObject entryJson(const ActivityEntry &entry)
{
    return {{u"id"_s, entry.id}, {u"startedAt"_s, entry.startedAt.toString(Qt::ISODateWithMs)},
        {u"environment"_s, entry.environment}, {u"method"_s, QString::fromLatin1(entry.method)},
        {u"url"_s, QString::fromUtf8(redactText(entry.url.toEncoded()))},
        {u"requestHeaders"_s, headersJson(entry.requestHeaders)},
        {u"requestBody"_s, QString::fromUtf8(redactText(entry.requestBody))}, {u"status"_s, entry.status},
        {u"responseHeaders"_s, headersJson(entry.responseHeaders)},
        {u"responseBody"_s, QString::fromUtf8(redactText(entry.responseBody))},
        {u"durationMs"_s, entry.durationMs}, {u"attempt"_s, entry.attempt}, {u"outcome"_s, entry.outcome}};
}

} // namespace

ActivityEntry ActivityEntry::fromReply(const QByteArray &method, const QNetworkReply &reply,
    const QByteArray &requestBody, const QByteArray &responseBody)
{
    ActivityEntry entry;
    entry.method = method;
    const QNetworkRequest request = reply.request();
    entry.url = request.url();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        entry.requestHeaders.append({name, request.rawHeader(name)});
    entry.requestBody = requestBody;
    entry.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    entry.responseHeaders = reply.rawHeaderPairs();
    entry.responseBody = responseBody;
    return entry;
}

ActivityLog::ActivityLog(QObject *parent)
    : QObject(parent)
{ }

qint64 ActivityLog::record(ActivityEntry entry)
{
    entry.url = Redaction::url(entry.url);
    const QByteArray requestType = headerValue(entry.requestHeaders, QByteArrayLiteral("Content-Type"));
    for (auto &header : entry.requestHeaders)
        header.second = Redaction::header(header.first, header.second);
    entry.requestBody = Redaction::body(entry.requestBody, requestType);
    const QByteArray responseType = headerValue(entry.responseHeaders, QByteArrayLiteral("Content-Type"));
    for (auto &header : entry.responseHeaders)
        header.second = Redaction::header(header.first, header.second);
    entry.responseBody = Redaction::body(entry.responseBody, responseType);
    entry.outcome = QString::fromUtf8(redactText(entry.outcome.toUtf8()));
    if (!entry.startedAt.isValid())
        entry.startedAt = QDateTime::currentDateTimeUtc().addMSecs(-entry.durationMs);

    entry.id = m_nextId++;
    m_entries.append(entry);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
    Q_EMIT entryAdded(m_entries.constLast());
    return entry.id;
}

const ActivityEntry *ActivityLog::entry(qint64 id) const
{
    // Ids increase, so the entries are sorted by id.
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
        [](const ActivityEntry &entry, qint64 wanted) { return entry.id < wanted; });
    return it != m_entries.cend() && it->id == id ? &*it : nullptr;
}

void ActivityLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

void ActivityLog::setCapacity(int capacity)
{
    m_capacity = std::max(capacity, 1);
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

QString ActivityLog::curlCommand(const ActivityEntry &entry)
{
    QStringList parts;
    if (entry.method == "HEAD")
        parts << u"curl -sS -I "_s + shellQuote(entry.url.toEncoded());
    else
        parts << u"curl -sS -X "_s + QString::fromLatin1(entry.method) + u' '
                + shellQuote(entry.url.toEncoded());
    for (const auto &[name, value] : entry.requestHeaders) {
        const QByteArray lower = name.toLower();
        // curl computes these itself; a redacted cookie or key would only be refused.
        if (lower == "content-length" || lower == "host" || lower == "connection"
            || lower == "accept-encoding" || value == Redacted)
            continue;
        if (lower == "authorization" && value == BearerPlaceholder)
            parts << u"-H \"Authorization: Bearer $TOKEN\""_s; // double quotes: the shell expands $TOKEN
        else
            parts << u"-H "_s + shellQuote(name + ": " + value);
    }
    if (!entry.requestBody.isEmpty()) {
        const QByteArray contentType = headerValue(entry.requestHeaders, QByteArrayLiteral("Content-Type"));
        const bool endsHereDoc = entry.requestBody.split('\n').contains(QByteArrayLiteral("EOF"));
        if (isJsonContentType(contentType) && !endsHereDoc) {
            // A here-document keeps long JSON readable; the extra final newline is JSON whitespace.
            QString body = QString::fromUtf8(entry.requestBody);
            if (!body.endsWith(u'\n'))
                body += u'\n';
            parts << u"--data-binary @- <<'EOF'\n"_s + body + u"EOF"_s;
        } else {
            parts << u"--data-binary "_s + shellQuote(entry.requestBody);
        }
    }
    return parts.join(u" \\\n  "_s);
}

QByteArray ActivityLog::supportBundle(const QString &appVersion) const
{
    QJsonArray entries;
    for (const ActivityEntry &entry : m_entries)
        entries.append(entryJson(entry));
    const QJsonObject bundle{{u"app"_s, QCoreApplication::applicationName()}, {u"version"_s, appVersion},
        {u"os"_s, QSysInfo::prettyProductName()}, {u"qt"_s, QString::fromLatin1(qVersion())},
        {u"createdAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"entries"_s, entries}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

namespace Redaction {

QByteArray header(const QByteArray &name, const QByteArray &value)
{
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
        if (value.isEmpty())
            return value;
        return value.trimmed().toLower().startsWith("bearer ") ? BearerPlaceholder : Redacted;
    }
    if (isSecretHeader(name))
        return value.isEmpty() ? value : Redacted;
    if (name.compare("Location", Qt::CaseInsensitive) == 0) // an OAuth redirect may carry ?code=
        return redactText(url(QUrl::fromEncoded(value)).toEncoded());
    return redactText(value);
}

QUrl url(const QUrl &url)
{
    QUrl redacted = url;
    if (url.hasQuery()) {
        const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
        redacted.setQuery(QString::fromLatin1(redactParameters(query, QByteArrayLiteral("%5Bredacted%5D"))),
            QUrl::StrictMode);
    }
    const QByteArray encoded = redacted.toEncoded();
    const QByteArray scanned = redactText(encoded);
    return scanned == encoded ? redacted : QUrl::fromEncoded(scanned);
}

QByteArray body(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return body;
    const QByteArray type = contentType.toLower();
    QByteArray result = body;
    const QByteArray trimmed = body.trimmed();
    const bool looksLikeJson = trimmed.startsWith('{') || trimmed.startsWith('[');
    if (isJsonContentType(type) || (type.isEmpty() && looksLikeJson)) {
        if (const auto json = redactJson(body))
            result = *json;
    } else if (type.contains("application/x-www-form-urlencoded")) {
        result = redactParameters(body, Redacted);
    }
    return redactText(result);
}

bool containsSecret(const QByteArray &text)
{
    QByteArray scanned = text;
    if (redactJwts(scanned) || redactPemPrivateKeys(scanned))
        return true;
    static const QRegularExpression patterns[] = {
        QRegularExpression(
            u"Bearer\\s+(?!\\$TOKEN)[A-Za-z0-9._~+/-]{8,}"_s, QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"\"(access_token|id_token|refresh_token|assertion|client_assertion|client_secret|"
                           "password|passphrase|d|p|q|dp|dq|qi)\"\\s*:\\s*\"(?!\\[redacted\\])"_s,
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(u"(^|[&?\\s'\"])(access_token|assertion|client_assertion|client_secret|password|"
                           "refresh_token|id_token)=(?!\\[redacted\\]|%5Bredacted%5D)[^&\\s'\"]+"_s,
            QRegularExpression::CaseInsensitiveOption)};
    const QString string = QString::fromUtf8(text);
    return std::any_of(std::begin(patterns), std::end(patterns),
        [&string](const QRegularExpression &pattern) { return pattern.match(string).hasMatch(); });
}

} // namespace Redaction

} // namespace Altinn
