#include "cli/LocalSandbox.h"

#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

LocalSandbox::LocalSandbox(QObject *parent)
    : QObject(parent)
{ }

LocalSandbox::~LocalSandbox() = default;

QUrl LocalSandbox::defaultBaseUrl()
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(DefaultPort));
}

void LocalSandbox::resolve(std::function<void(const QUrl &)> ready)
{
    if (m_server) {
        QMetaObject::invokeMethod(
            this, [this, ready] { ready(m_server->baseUrl()); }, Qt::QueuedConnection);
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(defaultBaseUrl().resolved(QUrl(u"sandbox/health"_s)));
    request.setTransferTimeout(ProbeTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, ready] {
        reply->deleteLater();
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        const bool running = reply->error() == QNetworkReply::NoError && health.value(u"status"_s) == u"ok"_s;
        if (running)
            ready(defaultBaseUrl());
        else
            startInProcess(ready);
    });
}

void LocalSandbox::startInProcess(const std::function<void(const QUrl &)> &ready)
{
    auto server = std::make_unique<SandboxServer>();
    if (!server->listen(0)) {
        ready(QUrl());
        return;
    }
    m_server = std::move(server);
    ready(m_server->baseUrl());
}
