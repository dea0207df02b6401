#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Altinn {

/**
 * Where the vendor works (docs/altinn-behaviour.md#environments-and-hosts): the built-in sandbox, TT02,
 * production, or custom base URLs (e.g. a systemuser-sandbox on another machine). Every URL a client builds
 * starts from here.
 */
class Environment
{
    Q_DECLARE_TR_FUNCTIONS(Environment)

public:
    enum class Kind { Sandbox, Tt02, Production, Custom };

    Environment() = default;

    /// The sandbox on @p baseUrl: Altinn, Maskinporten and the approval pages all on one loopback port.
    static Environment sandbox(const QUrl &baseUrl);
    static Environment tt02();
    static Environment production();
    /// A systemuser-sandbox or other server answering the Altinn and Maskinporten paths on @p baseUrl.
    static Environment custom(const QUrl &baseUrl);
    /// "sandbox", "tt02", "prod" or a URL (custom); nullopt-like invalid Environment when unknown.
    static Environment fromId(const QString &id, const QUrl &sandboxBaseUrl = {});

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_platform.isValid(); }
    /// "sandbox", "tt02", "prod" or "custom" — used in keychain entry names and cache folders.
    QString id() const;
    /// Translated name for the user ("Sandbox (built in)", "TT02 (test)", "Production", "Custom").
    QString displayName() const;
    bool isProduction() const { return m_kind == Kind::Production; }
    /// True for the built-in sandbox and for custom servers on loopback (no TLS there).
    bool isLocal() const;

    /// "https://platform.tt02.altinn.no/" — always with a trailing slash.
    QUrl platformBaseUrl() const { return m_platform; }
    /// Maskinporten issuer, exactly as `aud` must be ("https://test.maskinporten.no/").
    QUrl maskinportenIssuer() const { return m_issuer; }
    QUrl maskinportenTokenEndpoint() const;
    /// Where a vendor registers a Maskinporten client and key (Samarbeidsportalen); empty for local ones.
    QUrl selfServicePortalUrl() const;

    /// {platform}authentication/api/v1/ + @p path (no leading slash).
    QUrl authenticationUrl(const QString &path) const;
    /// {platform}resourceregistry/api/v1/resource/ + @p path.
    QUrl resourceRegistryUrl(const QString &path) const;
    /// {platform}accessmanagement/api/v1/meta/info/accesspackages/ + @p path.
    QUrl accessPackagesUrl(const QString &path) const;
    /// {platform}sandbox/ + @p path — the sandbox control API (local environments only).
    QUrl sandboxControlUrl(const QString &path) const;
    /**
     * An Altinn app's API (docs/sandbox.md#the-simulated-altinn-app): every app has a host of its own in
     * TT02 and production, `https://{org}.apps.tt02.altinn.no/{org}/{app}/` + @p path (production
     * `{org}.apps.altinn.no`); the sandbox and custom servers serve the app paths on their base URL,
     * `{base}{org}/{app}/` + @p path. @p org and @p app are percent-encoded, @p path is taken as is
     * ("instances/create"). Invalid when @p org is not a valid host label.
     */
    QUrl appUrl(const QString &org, const QString &app, const QString &path) const;

    friend bool operator==(const Environment &, const Environment &) = default;

private:
    Environment(Kind kind, QUrl platform, QUrl issuer);

    Kind m_kind = Kind::Sandbox;
    QUrl m_platform;
    QUrl m_issuer;
};

} // namespace Altinn
