#pragma once

// Starts the sandbox in-process on a free loopback port and talks to it over real HTTP, the way the
// clients do. Shared by the sandbox conformance tests.

#include "sandbox/SandboxAuth.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxState.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

class SandboxHarness
{
public:
    /// The vendor that owns the test systems (a valid MOD11 number) and a second, unrelated vendor.
    static inline const QString VendorOrg = QStringLiteral("991825827");
    static inline const QString OtherVendorOrg = QStringLiteral("310547891");

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;

        QByteArray header(const QByteArray &name) const
        {
            for (const auto &pair : headers) {
                if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                    return pair.second;
            }
            return {};
        }
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
        /// `code` of an Altinn problem body.
        QString code() const { return object().value(QStringLiteral("code")).toString(); }
    };

    SandboxHarness()
        : m_server(std::make_unique<SandboxServer>(sharedSigningKey()))
    {
        m_listening = m_server->listen(0);
    }

    bool isListening() const { return m_listening; }
    SandboxServer &server() { return *m_server; }
    SandboxContext &context() { return m_server->context(); }
    QUrl baseUrl() const { return m_server->baseUrl(); }

    /// One signing key for every sandbox of the test process: a 2048-bit key takes about 0.2 s to make (more
    /// under the sanitizers), and most test functions start a sandbox of their own. Each server still has its
    /// own key id.
    static RsaKey sharedSigningKey()
    {
        static const RsaKey key = RsaKey::generate(2048);
        return key;
    }

    static QStringList allVendorScopes()
    {
        return {SandboxScopes::SystemRegisterWrite, SandboxScopes::RequestWrite, SandboxScopes::RequestRead};
    }

    /// A signed vendor token from the sandbox's own key (as the sandbox Maskinporten will issue).
    QByteArray vendorToken(const QString &orgNo = VendorOrg, const QStringList &scopes = allVendorScopes())
    {
        return context().tokens.mintVendorToken(orgNo, scopes, context().clock.now());
    }

    /// Puts a registered system straight into the state (for tests of what comes after registration):
    /// names and descriptions in nb/nn/en, the given rights and packages. Returns the stored record,
    /// so a test can adjust it (client ids, visibility, …).
    static SandboxSystem &seedSystem(SandboxContext &context, const QString &id, const QString &vendor,
        std::optional<QList<Altinn::Right>> rights = QList<Altinn::Right>{},
        std::optional<QList<Altinn::AccessPackageRef>> packages = QList<Altinn::AccessPackageRef>{},
        const Altinn::LocalizedText &names = {{QStringLiteral("nb"), QStringLiteral("Kunderegister")},
            {QStringLiteral("nn"), QStringLiteral("Kunderegister")},
            {QStringLiteral("en"), QStringLiteral("CRM")}})
    {
        SandboxSystem system;
        system.internalId = SandboxContext::newGuid();
        system.definition.id = id;
        system.definition.setVendorOrgNumber(vendor);
        system.definition.name = names;
        system.definition.description = names;
        system.definition.rights = std::move(rights);
        system.definition.accessPackages = std::move(packages);
        system.created = context.clock.now();
        return *context.state.systems.insert(id, system);
    }

    /// Sends one request; @p pathAndQuery is relative to the base URL ("authentication/api/v1/…").
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
        const QByteArray &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + pathAndQuery, QUrl::StrictMode));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(10000);
        // The control API takes every write as JSON, also without a body
        // (docs/sandbox.md#browser-protections).
        const bool controlWrite = pathAndQuery.startsWith(QStringLiteral("sandbox/")) && method != "GET";
        if (!body.isEmpty() || controlWrite)
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        for (const auto &header : headers)
            request.setRawHeader(header.first, header.second);

        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    Reply get(const QString &path, const QByteArray &token = {}) { return send("GET", path, {}, token); }
    Reply del(const QString &path, const QByteArray &token = {}) { return send("DELETE", path, {}, token); }
    Reply post(const QString &path, const QJsonValue &body, const QByteArray &token = {})
    {
        return send("POST", path, toBytes(body), token);
    }
    Reply put(const QString &path, const QJsonValue &body, const QByteArray &token = {})
    {
        return send("PUT", path, toBytes(body), token);
    }

    static QByteArray toBytes(const QJsonValue &value)
    {
        if (value.isObject())
            return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        if (value.isArray())
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return {};
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    bool m_listening = false;
};
