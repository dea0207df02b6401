#include "sandbox/SandboxFaults.h"

#include "model/JsonNumber.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int MaxCount = 1000;
constexpr int MaxRetryAfterSeconds = 3600;
constexpr int MaxDelayMs = 120000;

QString relativePath(const QString &path)
{
    QString relative = path;
    while (relative.startsWith(u'/'))
        relative.remove(0, 1);
    return relative;
}

QString rangeError(const QString &name, int min, int max)
{
    return u"%1 must be a whole number from %2 to %3"_s.arg(name, QString::number(min), QString::number(max));
}

} // namespace

bool SandboxFaults::Rule::matches(const QByteArray &requestMethod, const QString &path) const
{
    return (method.isEmpty() || method == requestMethod.toUpper())
        && relativePath(path).startsWith(pathPrefix, Qt::CaseInsensitive);
}

QJsonObject SandboxFaults::Rule::toJson() const
{
    QJsonObject object{{u"id"_s, id}, {u"method"_s, QString::fromLatin1(method)},
        {u"pathPrefix"_s, pathPrefix}, {u"count"_s, count}, {u"delayMs"_s, delayMs},
        {u"dropConnection"_s, dropConnection}, {u"loseAnswer"_s, loseAnswer}};
    if (status != 0)
        object.insert(u"status"_s, status);
    if (retryAfterSeconds)
        object.insert(u"retryAfterSeconds"_s, *retryAfterSeconds);
    return object;
}

std::optional<SandboxFaults::Rule> SandboxFaults::Rule::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Rule rule;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key.compare(u"method", Qt::CaseInsensitive) == 0) {
            if (!value.isString())
                return fail(u"method must be a string such as \"GET\" (or left out for any method)"_s);
            rule.method = value.toString().trimmed().toUpper().toLatin1();
        } else if (key.compare(u"pathPrefix", Qt::CaseInsensitive) == 0) {
            if (!value.isString())
                return fail(
                    u"pathPrefix must be a string such as \"authentication/api/v1/systemregister\""_s);
            rule.pathPrefix = relativePath(value.toString().trimmed());
        } else if (key.compare(u"status", Qt::CaseInsensitive) == 0) {
            const auto status = Altinn::JsonNumber::wholeNumber(value, 200, 599);
            if (!status)
                return fail(rangeError(u"status"_s, 200, 599));
            rule.status = static_cast<int>(*status);
        } else if (key.compare(u"count", Qt::CaseInsensitive) == 0) {
            const auto count = Altinn::JsonNumber::wholeNumber(value, 1, MaxCount);
            if (!count)
                return fail(rangeError(u"count"_s, 1, MaxCount));
            rule.count = static_cast<int>(*count);
        } else if (key.compare(u"retryAfterSeconds", Qt::CaseInsensitive) == 0) {
            const auto seconds = Altinn::JsonNumber::wholeNumber(value, 0, MaxRetryAfterSeconds);
            if (!seconds)
                return fail(rangeError(u"retryAfterSeconds"_s, 0, MaxRetryAfterSeconds));
            rule.retryAfterSeconds = static_cast<int>(*seconds);
        } else if (key.compare(u"delayMs", Qt::CaseInsensitive) == 0) {
            const auto delay = Altinn::JsonNumber::wholeNumber(value, 0, MaxDelayMs);
            if (!delay)
                return fail(rangeError(u"delayMs"_s, 0, MaxDelayMs));
            rule.delayMs = static_cast<int>(*delay);
        } else if (key.compare(u"dropConnection", Qt::CaseInsensitive) == 0) {
            if (!value.isBool())
                return fail(u"dropConnection must be true or false"_s);
            rule.dropConnection = value.toBool();
        } else if (key.compare(u"loseAnswer", Qt::CaseInsensitive) == 0) {
            if (!value.isBool())
                return fail(u"loseAnswer must be true or false"_s);
            rule.loseAnswer = value.toBool();
        } else {
            return fail(
                u"unknown member \"%1\" (known: method, pathPrefix, status, count, retryAfterSeconds, "
                "delayMs, dropConnection, loseAnswer)"_s.arg(key));
        }
    }
    if (rule.status == 0 && rule.delayMs == 0 && !rule.dropConnection && !rule.loseAnswer)
        return fail(
            u"a fault needs a status, a delayMs, dropConnection or loseAnswer, e.g. {\"status\": 503}"_s);
    if (rule.status != 0 && (rule.dropConnection || rule.loseAnswer))
        return fail(u"status excludes dropConnection and loseAnswer: a dropped connection has no status"_s);
    if (rule.dropConnection && rule.loseAnswer)
        return fail(u"dropConnection (nothing done) and loseAnswer (done, answer lost) exclude each other"_s);
    return rule;
}

int SandboxFaults::add(Rule rule)
{
    rule.id = m_nextId++;
    m_rules.append(rule);
    return rule.id;
}

QJsonArray SandboxFaults::toJson() const
{
    QJsonArray array;
    for (const Rule &rule : m_rules)
        array.append(rule.toJson());
    return array;
}

std::optional<SandboxFaults::Rule> SandboxFaults::take(const QByteArray &method, const QString &path)
{
    if (relativePath(path).startsWith(u"sandbox/", Qt::CaseInsensitive))
        return std::nullopt;
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!it->matches(method, path))
            continue;
        const Rule rule = *it;
        if (--it->count <= 0)
            m_rules.erase(it);
        return rule;
    }
    return std::nullopt;
}

SandboxResponse SandboxFaults::answer(const Rule &rule)
{
    SandboxResponse response =
        SandboxResponse::json(rule.status, QJsonObject{{u"error"_s, u"injected fault"_s}});
    if (rule.retryAfterSeconds)
        response.withHeader("Retry-After", QByteArray::number(*rule.retryAfterSeconds));
    return response;
}
