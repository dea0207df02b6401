#include "auth/IdPortenError.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

IdPortenError IdPortenError::fromTokenAnswer(int httpStatus, const QByteArray &body)
{
    IdPortenError result;
    result.httpStatus = httpStatus;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    result.error = object.value(u"error"_s).toString();
    result.description = object.value(u"error_description"_s).toString();
    if (result.error.isEmpty()) {
        result.error = httpStatus >= 500 ? u"server_error"_s : u"invalid_request"_s;
        result.description = QString::fromUtf8(body.left(200)).simplified();
    }
    return result;
}

IdPortenError IdPortenError::fromRedirect(const QString &error, const QString &description)
{
    return IdPortenError{error, description, 0};
}

bool IdPortenError::isTransient() const
{
    return error == u"server_error" || error == u"temporarily_unavailable" || httpStatus >= 500;
}

QString IdPortenError::summary() const
{
    if (error == u"invalid_grant")
        return tr("ID-porten did not accept the login code: it has expired, has been used already, or does "
                  "not belong to this login.");
    if (error == u"invalid_client")
        return tr("ID-porten did not recognise your client: its client id, its key or the signed client "
                  "assertion did not check out.");
    if (error == u"unauthorized_client")
        return tr("Your ID-porten client may not log persons in this way.");
    if (error == u"invalid_scope")
        return tr("Your ID-porten client may not ask for one of the scopes.");
    if (error == u"access_denied")
        return tr("The person cancelled the login or did not give consent.");
    if (isTransient())
        return tr("ID-porten could not handle the login just now.");
    return tr("ID-porten refused the login (%1).").arg(error);
}

QString IdPortenError::remedy(bool sandbox) const
{
    if (error == u"invalid_grant")
        return tr("Log in again. A code can be used only once, within a minute.");
    if (error == u"invalid_client") {
        return sandbox ? tr("Log in again: the client is registered anew in the sandbox.")
                       : tr("Check the profile's ID-porten client id, and that the public key registered for "
                            "the integration in Digdir's self-service is this key (docs/id-porten.md#tt02).");
    }
    if (error == u"unauthorized_client" || error == u"invalid_scope") {
        return sandbox ? tr("Ask only for openid, profile, altinn:instances.read, altinn:instances.write or "
                            "an app's own scope.")
                       : tr("Give the integration the grant type authorization_code and the scopes in "
                            "Digdir's self-service, or ask for fewer scopes (docs/id-porten.md#tt02).");
    }
    if (error == u"access_denied")
        return tr("Log in again when ready.");
    if (isTransient())
        return tr("Wait a moment and log in again.");
    return tr("Log in again. If it happens again, report it with the details below.");
}
