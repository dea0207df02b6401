#pragma once

// Plays the person's browser at the sandbox's ID-porten (docs/sandbox.md#id-porten) for tests: opens the
// authorization URL, logs in as one of IdPortenPersons, answers the consent page and hands back where the
// sandbox sent the browser. Header-only, Qt Network only. Blocking through a nested QEventLoop, so a loopback
// listener in the same thread (the app's redirect receiver) keeps running meanwhile.

#include <QByteArray>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QString>
#include <QTimer>
#include <QUrl>

class ScriptedIdPortenBrowser
{
public:
    struct Result
    {
        QUrl redirect; ///< the Location the sandbox sent the browser to (code or error); empty when none
        int status = 0; ///< HTTP status of the last answer (the followed redirect's when followRedirect)
        QByteArray lastPage; ///< body of the last answer
        QString error; ///< why the flow did not reach a redirect (or the redirect could not be followed)
    };

    /**
     * GETs @p authorizeUrl, posts the login form for the person with @p pid (an empty @p pid presses
     * Cancel), then Allow (or Deny when @p allow is false), and returns the final redirect. When the sandbox
     * answers the authorization URL itself with a redirect (an error for the app), that is the result.
     * With @p followRedirect the redirect is also fetched, so a loopback listener receives it.
     */
    static Result run(QNetworkAccessManager &network, const QUrl &authorizeUrl, const QString &pid,
        bool allow = true, bool followRedirect = false)
    {
        Result result;
        Answer answer = send(network, authorizeUrl, {});
        if (!step(answer, result, followRedirect ? &network : nullptr))
            return result;
        if (answer.status != 200)
            return failed(
                result, answer, QStringLiteral("the authorization URL answered %1").arg(answer.status));

        // The login page: one form, a submit button per person (name="pid") and Cancel (name="cancel").
        const QString loginPage = QString::fromUtf8(answer.body);
        if (!pid.isEmpty()
            && !loginPage.contains(QStringLiteral("name=\"pid\" value=\"%1\"").arg(pid.toHtmlEscaped())))
            return failed(result, answer, QStringLiteral("the login page offers no person %1").arg(pid));
        answer = post(network, authorizeUrl, loginPage,
            pid.isEmpty() ? QStringLiteral("cancel") : QStringLiteral("pid"),
            pid.isEmpty() ? QStringLiteral("1") : pid);
        if (!step(answer, result, followRedirect ? &network : nullptr))
            return result;
        if (answer.status != 200)
            return failed(result, answer, QStringLiteral("the login form answered %1").arg(answer.status));

        // The consent page: Allow / Deny (name="decision").
        answer = post(network, authorizeUrl, QString::fromUtf8(answer.body), QStringLiteral("decision"),
            allow ? QStringLiteral("allow") : QStringLiteral("deny"));
        if (!step(answer, result, followRedirect ? &network : nullptr))
            return result;
        return failed(result, answer, QStringLiteral("the consent form answered %1").arg(answer.status));
    }

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray location;
        QString networkError;
    };

    /// False (with @p result filled in) when @p answer ends the flow: a redirect, or no answer at all.
    static bool step(const Answer &answer, Result &result, QNetworkAccessManager *followWith)
    {
        result.status = answer.status;
        result.lastPage = answer.body;
        if (answer.status == 0) {
            result.error = QStringLiteral("no answer: %1").arg(answer.networkError);
            return false;
        }
        if (answer.status < 300 || answer.status >= 400)
            return true;
        result.redirect = QUrl(QString::fromUtf8(answer.location), QUrl::StrictMode);
        if (!result.redirect.isValid())
            result.error = QStringLiteral("a redirect without a valid Location");
        else if (followWith) {
            const Answer followed = send(*followWith, result.redirect, {});
            result.status = followed.status;
            result.lastPage = followed.body;
            if (followed.status == 0)
                result.error = QStringLiteral("the redirect was not answered: %1").arg(followed.networkError);
        }
        return false;
    }

    static Result failed(Result &result, const Answer &answer, const QString &why)
    {
        result.status = answer.status;
        result.lastPage = answer.body;
        result.error = why;
        return result;
    }

    static QString unescaped(QString text)
    {
        text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        return text;
    }

    /// Submits the page's form with its hidden fields and the button @p name = @p value, as a browser does.
    static Answer post(QNetworkAccessManager &network, const QUrl &pageUrl, const QString &page,
        const QString &name, const QString &value)
    {
        static const QRegularExpression formPattern(
            QStringLiteral("<form method=\"post\" action=\"([^\"]*)\""));
        static const QRegularExpression hiddenPattern(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
        const QRegularExpressionMatch form = formPattern.match(page);
        if (!form.hasMatch())
            return Answer{0, {}, {}, QStringLiteral("the page has no form")};
        QByteArray fields;
        auto hidden = hiddenPattern.globalMatch(page);
        while (hidden.hasNext()) {
            const QRegularExpressionMatch field = hidden.next();
            fields += QUrl::toPercentEncoding(unescaped(field.captured(1))) + '='
                + QUrl::toPercentEncoding(unescaped(field.captured(2))) + '&';
        }
        fields += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        const QUrl action = pageUrl.resolved(QUrl(unescaped(form.captured(1))));
        return send(network, action, fields);
    }

    /// GET (no @p body) or a form POST; redirects are not followed. Gives up after 10 s.
    static Answer send(QNetworkAccessManager &network, const QUrl &url, const QByteArray &body)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(10000);
        request.setRawHeader("Accept", "text/html");
        QNetworkReply *reply = nullptr;
        if (body.isNull()) {
            reply = network.get(request);
        } else {
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = network.post(request, body);
        }
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.location = reply->rawHeader("Location");
        answer.networkError = reply->errorString();
        reply->deleteLater();
        return answer;
    }
};
