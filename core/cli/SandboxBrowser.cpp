#include "cli/SandboxBrowser.h"

#include "altinn/Environment.h"

#include <QHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

QString unescaped(QString text)
{
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text;
}

/// The attributes of one tag, `name="value"` pairs, unescaped.
QHash<QString, QString> attributes(const QString &tag)
{
    static const QRegularExpression pattern(u"([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*\"([^\"]*)\""_s);
    QHash<QString, QString> result;
    auto match = pattern.globalMatch(tag);
    while (match.hasNext()) {
        const QRegularExpressionMatch attribute = match.next();
        result.insert(attribute.captured(1).toLower(), unescaped(attribute.captured(2)));
    }
    return result;
}

QByteArray field(const QString &name, const QString &value)
{
    return QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
}

bool isLoopback(const QUrl &url)
{
    return url.host() == u"localhost" || QHostAddress(url.host()).isLoopback();
}

} // namespace

SandboxBrowser::SandboxBrowser(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

bool SandboxBrowser::mayLogIn(const Altinn::Environment &environment, const QUrl &authorizeUrl)
{
    return environment.isLocal() && authorizeUrl.scheme() == u"http" && isLoopback(authorizeUrl);
}

std::pair<QUrl, QByteArray> SandboxBrowser::submission(
    const QUrl &pageUrl, const QString &page, const QString &name, const QString &value)
{
    static const QRegularExpression formPattern(u"<form\\b([^>]*)>(.*?)</form>"_s,
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inputPattern(
        u"<input\\b[^>]*>"_s, QRegularExpression::CaseInsensitiveOption);
    auto forms = formPattern.globalMatch(page);
    while (forms.hasNext()) {
        const QRegularExpressionMatch form = forms.next();
        const QHash<QString, QString> formAttributes = attributes(form.captured(1));
        if (formAttributes.value(u"method"_s).compare(u"post"_s, Qt::CaseInsensitive) != 0)
            continue;
        // The form that has the button (a person's login, Allow/Deny).
        const QString body = form.captured(2);
        const QString button = u"name=\"%1\" value=\"%2\""_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
        if (!body.contains(button))
            continue;
        QByteArrayList fields;
        auto inputs = inputPattern.globalMatch(body);
        while (inputs.hasNext()) {
            const QHash<QString, QString> input = attributes(inputs.next().captured(0));
            if (input.value(u"type"_s).compare(u"hidden"_s, Qt::CaseInsensitive) == 0
                && input.contains(u"name"_s))
                fields.append(field(input.value(u"name"_s), input.value(u"value"_s)));
        }
        fields.append(field(name, value));
        return {pageUrl.resolved(QUrl(formAttributes.value(u"action"_s))), fields.join('&')};
    }
    return {};
}

void SandboxBrowser::logIn(
    const QUrl &authorizeUrl, const QString &pid, bool allow, std::function<void(const QString &)> done)
{
    m_pid = pid;
    m_allow = allow;
    m_done = std::move(done);
    send(Stage::Authorize, authorizeUrl, {});
}

void SandboxBrowser::send(Stage stage, const QUrl &url, const QByteArray &form)
{
    if (!isLoopback(url)) {
        finish(tr("The sandbox sent the browser off this computer (%1): only a local sandbox can be logged "
                  "into without a browser.")
                   .arg(url.host()));
        return;
    }
    QNetworkRequest request(url);
    // Each redirect is looked at: the last one goes to the login's listener, not to a page.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(PageTimeoutMs);
    request.setRawHeader("Accept", "text/html");
    QNetworkReply *reply = nullptr;
    if (stage == Stage::Login || stage == Stage::Consent) {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(request, form);
    } else {
        reply = m_network->get(request);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, stage, reply] {
        reply->deleteLater();
        answered(stage, reply);
    });
}

void SandboxBrowser::answered(Stage stage, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        finish(tr("The sandbox's ID-porten did not answer: %1").arg(reply->errorString()));
        return;
    }
    if (stage == Stage::Redirect) {
        finish(status == 200 ? QString() : tr("The login's listener answered HTTP %1.").arg(status));
        return;
    }
    if (status >= 300 && status < 400) {
        const QUrl location = reply->url().resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
        send(Stage::Redirect, location, {});
        return;
    }
    const QString page = QString::fromUtf8(reply->read(MaxPageBytes));
    if (status != 200) {
        finish(tr("The sandbox's ID-porten answered HTTP %1.").arg(status));
        return;
    }
    if (stage == Stage::Authorize) {
        const auto [action, form] = submission(reply->url(), page, u"pid"_s, m_pid);
        if (action.isEmpty()) {
            finish(tr("The sandbox's ID-porten has no test person with the national identity number %1.")
                       .arg(m_pid));
            return;
        }
        send(Stage::Login, action, form);
        return;
    }
    const auto [action, form] =
        submission(reply->url(), page, u"decision"_s, m_allow ? u"allow"_s : u"deny"_s);
    if (stage != Stage::Login || action.isEmpty()) {
        finish(tr("The sandbox's ID-porten showed a page that was not expected after the login."));
        return;
    }
    send(Stage::Consent, action, form);
}

void SandboxBrowser::finish(const QString &error)
{
    const auto done = std::exchange(m_done, nullptr);
    if (done)
        done(error);
}
