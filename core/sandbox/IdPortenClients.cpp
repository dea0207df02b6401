#include "sandbox/IdPortenClients.h"

#include "model/JsonObjectReader.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxClients.h"
#include "sandbox/SandboxContext.h"
#include "validation/OrgNumber.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto Service = u"ID-porten";
const auto ExampleScope = u"altinn:instances.read";
const QSet<QString> ClientMembers{
    u"clientId"_s, u"orgNo"_s, u"clientName"_s, u"redirectUris"_s, u"scopes"_s, u"jwks"_s};
const auto ClientExample = u"{\"orgNo\": \"991825827\", \"clientName\": \"…\", \"redirectUris\": "
                           "[\"http://127.0.0.1/callback\"], \"scopes\": [\"openid\", …], \"jwks\": "
                           "{\"keys\": […]}}"_s;
const QStringList FixedScopes{
    u"openid"_s, u"profile"_s, u"altinn:instances.read"_s, u"altinn:instances.write"_s};
constexpr int MaxRedirectUris = 10;
constexpr int MaxRedirectUriLength = 2000;
constexpr int MaxClientNameLength = 200;

bool isLoopbackHost(const QUrl &url)
{
    return url.host() == u"127.0.0.1" || url.host() == u"::1";
}

/// Why @p uri cannot be registered as a redirect URI, or an empty string when it can: an absolute URI
/// without a fragment (RFC 6749 §3.1.2) — https, http on a loopback address (RFC 8252 §7.3), or a
/// private-use scheme in reverse-domain form such as "no.vendor.app:/callback" (RFC 8252 §7.1).
QString redirectUriProblem(const QString &uri)
{
    if (uri.isEmpty() || uri.size() > MaxRedirectUriLength || !SandboxClients::isPrintable(uri)
        || uri.contains(u' '))
        return u"must be a URI of at most %1 printable ASCII characters"_s.arg(MaxRedirectUriLength);
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return u"must be an absolute URI"_s;
    if (url.hasFragment())
        return u"must not have a fragment (#…): RFC 6749 §3.1.2"_s;
    const QString scheme = url.scheme();
    if (scheme == u"https")
        return url.host().isEmpty() ? u"needs a host"_s : QString();
    if (scheme == u"http") {
        if (isLoopbackHost(url) || url.host() == u"localhost")
            return {};
        return u"http is for loopback addresses only (http://127.0.0.1/… or http://[::1]/…); use https"_s;
    }
    if (!scheme.contains(u'.'))
        return u"a private-use scheme must be a reverse domain name (\"no.vendor.app:/callback\"), RFC 8252 §7.1"_s;
    return {};
}

std::optional<QStringList> redirectUris(const QJsonValue &value, QString *error)
{
    if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > MaxRedirectUris) {
        *error =
            u"redirectUris must be an array of 1 to %1 URIs, e.g. [\"http://127.0.0.1/callback\"]."_s.arg(
                MaxRedirectUris);
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    QStringList uris;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString problem =
            array.at(i).isString() ? redirectUriProblem(array.at(i).toString()) : u"must be a string"_s;
        if (!problem.isEmpty()) {
            *error = u"redirectUris[%1] %2."_s.arg(i).arg(problem);
            return std::nullopt;
        }
        uris.append(array.at(i).toString());
    }
    return uris;
}

std::optional<QStringList> idportenScopes(const QJsonValue &value, QString *error)
{
    const auto scopes = SandboxClients::scopeList(value, ExampleScope, error);
    if (!scopes)
        return std::nullopt;
    for (qsizetype i = 0; i < scopes->size(); ++i) {
        if (!IdPortenClients::isKnownScope(scopes->at(i))) {
            *error = u"scopes[%1]: \"%2\" is no scope of the sandbox's ID-porten; use openid, profile, "
                     "altinn:instances.read, altinn:instances.write or an app scope \"<org>:<app>\"."_s.arg(i)
                         .arg(scopes->at(i));
            return std::nullopt;
        }
    }
    return scopes;
}

/// A new client from the POST body: every member checked before anything is stored.
std::optional<SandboxIdPortenClient> newClient(const QJsonObject &body, qint64 now, QString *error)
{
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (!ClientMembers.contains(it.key())) {
            *error =
                u"Unknown member \"%1\" (known: clientId, orgNo, clientName, redirectUris, scopes, jwks)."_s
                    .arg(it.key());
            return std::nullopt;
        }
    }
    SandboxIdPortenClient client;
    const auto clientId = SandboxClients::clientId(body.value(u"clientId"_s), error);
    if (!clientId)
        return std::nullopt;
    client.clientId = clientId->isEmpty() ? SandboxContext::newGuid() : *clientId;
    client.orgNo = body.value(u"orgNo"_s).toString();
    if (!Validation::OrgNumber::isValid(client.orgNo)) {
        *error = u"orgNo must be a valid 9-digit organisation number."_s;
        return std::nullopt;
    }
    const QJsonValue name = body.value(u"clientName"_s);
    if (!name.isUndefined() && !name.isNull()) {
        const QString text = name.toString().trimmed();
        const bool valid = name.isString() && !text.isEmpty() && text.size() <= MaxClientNameLength
            && std::none_of(
                text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
        if (!valid) {
            *error =
                u"clientName must be a text of 1 to %1 characters: the name the consent page shows."_s.arg(
                    MaxClientNameLength);
            return std::nullopt;
        }
        client.clientName = text;
    }
    if (client.clientName.isEmpty())
        client.clientName = client.clientId;
    const auto uris = redirectUris(body.value(u"redirectUris"_s), error);
    if (!uris)
        return std::nullopt;
    client.redirectUris = *uris;
    // Without scopes the client may log a person in and nothing more.
    client.scopes = QStringList{u"openid"_s};
    if (body.contains(u"scopes"_s)) {
        const auto scopes = idportenScopes(body.value(u"scopes"_s), error);
        if (!scopes)
            return std::nullopt;
        client.scopes = *scopes;
    }
    if (body.contains(u"jwks"_s)) {
        const auto keys = SandboxClients::registryKeys(body.value(u"jwks"_s), now, Service, error);
        if (!keys)
            return std::nullopt;
        client.keys = *keys;
    }
    return client;
}

QJsonObject clientJson(const SandboxIdPortenClient &client)
{
    return {{u"clientId"_s, client.clientId}, {u"orgNo"_s, client.orgNo},
        {u"clientName"_s, client.clientName},
        {u"redirectUris"_s, QJsonArray::fromStringList(client.redirectUris)},
        {u"scopes"_s, QJsonArray::fromStringList(client.scopes)},
        {u"jwks"_s, QJsonObject{{u"keys"_s, client.keys}}},
        {u"created"_s, Altinn::formatDateTime(client.created)}};
}

SandboxIdPortenClient *findMutable(SandboxState &state, const QString &clientId)
{
    const auto it = state.idportenClients.find(clientId.toLower());
    return it == state.idportenClients.end() ? nullptr : &*it;
}

} // namespace

const SandboxIdPortenClient *IdPortenClients::find(const SandboxState &state, const QString &clientId)
{
    const auto it = state.idportenClients.constFind(clientId.toLower());
    return it == state.idportenClients.constEnd() ? nullptr : &*it;
}

bool IdPortenClients::acceptsRedirectUri(const SandboxIdPortenClient &client, const QString &redirectUri)
{
    if (client.redirectUris.contains(redirectUri))
        return true;
    const QUrl asked(redirectUri, QUrl::StrictMode);
    if (!asked.isValid() || asked.scheme() != u"http" || !isLoopbackHost(asked) || asked.hasFragment()
        || !asked.userInfo().isEmpty())
        return false;
    // RFC 8252 §7.3: a native app listens on a loopback port the system gives it at run time, so a
    // registered loopback URI (http://127.0.0.1/… or http://[::1]/…) matches with any port. Everything else
    // — scheme, address, path, query — must be the same.
    for (const QString &registered : client.redirectUris) {
        const QUrl url(registered, QUrl::StrictMode);
        if (url.scheme() == u"http" && isLoopbackHost(url) && url.host() == asked.host()
            && url.userInfo().isEmpty() && url.path(QUrl::FullyEncoded) == asked.path(QUrl::FullyEncoded)
            && url.query(QUrl::FullyEncoded) == asked.query(QUrl::FullyEncoded))
            return true;
    }
    return false;
}

bool IdPortenClients::isKnownScope(const QString &scope)
{
    return FixedScopes.contains(scope) || appScope(scope).has_value();
}

std::optional<std::pair<QString, QString>> IdPortenClients::appScope(const QString &scope)
{
    // Altinn app owners are short lowercase codes ("ttd", "brg"); apps are lowercase names with dashes.
    static const QRegularExpression pattern(u"^([a-z0-9]{2,20}):([a-z0-9][a-z0-9-]{0,99})$"_s);
    const QRegularExpressionMatch match = pattern.match(scope);
    if (!match.hasMatch() || match.captured(1) == u"altinn")
        return std::nullopt;
    return std::pair{match.captured(1), match.captured(2)};
}

void IdPortenClients::registerRoutes(Router &router, SandboxContext &context)
{
    router.add("POST", u"/sandbox/idporten/clients"_s, [&context](const SandboxRequest &request) {
        QString error;
        const auto body = SandboxClients::objectBody(request, ClientExample, &error);
        auto client = body ? newClient(*body, context.clock.now().toSecsSinceEpoch(), &error) : std::nullopt;
        if (!client)
            return SandboxClients::controlError(400, error);
        // Checked after the body: a re-run that posts the same id gets 409 and can compare with GET.
        if (context.state.idportenClients.contains(client->clientId.toLower()))
            return SandboxClients::controlError(409, u"A client with this id already exists."_s);
        client->created = context.clock.now();
        context.state.idportenClients.insert(client->clientId.toLower(), *client);
        context.stateChanged();
        return SandboxResponse::json(201, QJsonObject{{u"clientId"_s, client->clientId}})
            .withHeader("Location",
                context.baseUrl().toString().toUtf8() + "sandbox/idporten/clients/"
                    + QUrl::toPercentEncoding(client->clientId));
    });
    router.add("GET", u"/sandbox/idporten/clients/{clientId}"_s, [&context](const SandboxRequest &request) {
        const SandboxIdPortenClient *client = find(context.state, request.parameter(u"clientId"_s));
        if (!client)
            return SandboxClients::controlError(404, u"No client with this id."_s);
        return SandboxResponse::json(200, clientJson(*client));
    });
    router.add(
        "PUT", u"/sandbox/idporten/clients/{clientId}/jwks"_s, [&context](const SandboxRequest &request) {
            SandboxIdPortenClient *client = findMutable(context.state, request.parameter(u"clientId"_s));
            if (!client)
                return SandboxClients::controlError(404, u"No client with this id."_s);
            QString error;
            // Replace-all, like the self-service API; re-posting a key renews its one-year expiry.
            const auto jwks = SandboxClients::objectBody(request, u"{\"keys\": [public RSA JWKs]}"_s, &error);
            const auto keys = jwks
                ? SandboxClients::registryKeys(*jwks, context.clock.now().toSecsSinceEpoch(), Service, &error)
                : std::nullopt;
            if (!keys)
                return SandboxClients::controlError(400, error);
            client->keys = *keys;
            context.stateChanged();
            return SandboxResponse::json(200, clientJson(*client));
        });
    router.add(
        "PUT", u"/sandbox/idporten/clients/{clientId}/scopes"_s, [&context](const SandboxRequest &request) {
            SandboxIdPortenClient *client = findMutable(context.state, request.parameter(u"clientId"_s));
            if (!client)
                return SandboxClients::controlError(404, u"No client with this id."_s);
            QString error;
            const auto body = SandboxClients::objectBody(request, u"{\"scopes\": [\"openid\", …]}"_s, &error);
            const auto scopes = body ? idportenScopes(body->value(u"scopes"_s), &error) : std::nullopt;
            if (!scopes)
                return SandboxClients::controlError(400, error);
            client->scopes = *scopes;
            context.stateChanged();
            return SandboxResponse::json(200, clientJson(*client));
        });
}
