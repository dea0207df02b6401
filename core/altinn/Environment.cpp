#include "altinn/Environment.h"

#include <QHostAddress>

#include <algorithm>

namespace Altinn {
namespace {

QUrl withTrailingSlash(QUrl url)
{
    QString path = url.path();
    if (!path.endsWith(u'/'))
        url.setPath(path + u'/');
    return url;
}

QUrl resolve(const QUrl &base, const QString &prefix, const QString &path)
{
    return QUrl(base.toString(QUrl::FullyEncoded) + prefix + path, QUrl::TolerantMode);
}

} // namespace

Environment::Environment(Kind kind, QUrl platform, QUrl issuer)
    : m_kind(kind)
    , m_platform(withTrailingSlash(std::move(platform)))
    , m_issuer(withTrailingSlash(std::move(issuer)))
{ }

Environment Environment::sandbox(const QUrl &baseUrl)
{
    return Environment(Kind::Sandbox, baseUrl, baseUrl);
}

Environment Environment::tt02()
{
    return Environment(Kind::Tt02, QUrl(QStringLiteral("https://platform.tt02.altinn.no/")),
        QUrl(QStringLiteral("https://test.maskinporten.no/")));
}

Environment Environment::production()
{
    return Environment(Kind::Production, QUrl(QStringLiteral("https://platform.altinn.no/")),
        QUrl(QStringLiteral("https://maskinporten.no/")));
}

Environment Environment::custom(const QUrl &baseUrl)
{
    return Environment(Kind::Custom, baseUrl, baseUrl);
}

Environment Environment::fromId(const QString &id, const QUrl &sandboxBaseUrl)
{
    const QString lower = id.trimmed().toLower();
    if (lower == u"sandbox")
        return sandboxBaseUrl.isValid() ? sandbox(sandboxBaseUrl) : Environment();
    if (lower == u"tt02" || lower == u"test")
        return tt02();
    if (lower == u"prod" || lower == u"production")
        return production();
    const QUrl url(id.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty())
        return custom(url);
    return {};
}

QString Environment::id() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Tt02:
        return QStringLiteral("tt02");
    case Kind::Production:
        return QStringLiteral("prod");
    case Kind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

QString Environment::displayName() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return tr("Sandbox (built in)");
    case Kind::Tt02:
        return tr("TT02 (test)");
    case Kind::Production:
        return tr("Production");
    case Kind::Custom:
        break;
    }
    return tr("Custom (%1)").arg(m_platform.host());
}

bool Environment::isLocal() const
{
    if (m_kind == Kind::Sandbox)
        return true;
    if (m_kind != Kind::Custom)
        return false;
    const QString host = m_platform.host();
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

QUrl Environment::maskinportenTokenEndpoint() const
{
    return resolve(m_issuer, QString(), QStringLiteral("token"));
}

QUrl Environment::selfServicePortalUrl() const
{
    switch (m_kind) {
    case Kind::Tt02:
        return QUrl(QStringLiteral("https://sjolvbetjening.test.samarbeid.digdir.no/"));
    case Kind::Production:
        return QUrl(QStringLiteral("https://sjolvbetjening.samarbeid.digdir.no/"));
    case Kind::Sandbox:
    case Kind::Custom:
        break;
    }
    return {};
}

QUrl Environment::authenticationUrl(const QString &path) const
{
    return resolve(m_platform, QStringLiteral("authentication/api/v1/"), path);
}

QUrl Environment::resourceRegistryUrl(const QString &path) const
{
    return resolve(m_platform, QStringLiteral("resourceregistry/api/v1/resource/"), path);
}

QUrl Environment::accessPackagesUrl(const QString &path) const
{
    return resolve(m_platform, QStringLiteral("accessmanagement/api/v1/meta/info/accesspackages/"), path);
}

QUrl Environment::sandboxControlUrl(const QString &path) const
{
    return resolve(m_platform, QStringLiteral("sandbox/"), path);
}

QUrl Environment::appUrl(const QString &org, const QString &app, const QString &path) const
{
    const QString appPath = QString::fromLatin1(QUrl::toPercentEncoding(org)) + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(app)) + u'/' + path;
    QString appsHost;
    switch (m_kind) {
    case Kind::Tt02:
        appsHost = QStringLiteral(".apps.tt02.altinn.no");
        break;
    case Kind::Production:
        appsHost = QStringLiteral(".apps.altinn.no");
        break;
    case Kind::Sandbox:
    case Kind::Custom:
        // One port serves everything locally, the app paths included.
        return resolve(m_platform, QString(), appPath);
    }
    // The app owner's code is the first label of the host: only letters, digits and '-' make a label.
    const bool isLabel =
        !org.isEmpty() && org.size() <= 63 && std::all_of(org.cbegin(), org.cend(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || c == u'-';
        });
    if (!isLabel)
        return {};
    return QUrl(QStringLiteral("https://") + org.toLower() + appsHost + u'/' + appPath, QUrl::StrictMode);
}

} // namespace Altinn
