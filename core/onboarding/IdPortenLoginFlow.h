#pragma once

#include "altinn/ErrorExplainer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>

class VendorSession;

namespace Onboarding {

/**
 * A person logs in at ID-porten from a native app (RFC 8252; docs/id-porten.md): the system browser opens
 * the authorization URL (authorization code with PKCE S256, state and nonce), ID-porten redirects to a
 * loopback listener on 127.0.0.1 with a random port, and the code is exchanged for tokens with
 * private_key_jwt client authentication. The ID token is checked (signature from the JWKS, iss, aud, nonce,
 * exp) before the outcome says LoggedIn.
 *
 * On the built-in sandbox the flow first makes sure the profile has an ID-porten client there (a key in
 * the keychain, or in memory for a "this run only" profile, registered through the control API); in TT02
 * the profile must name a client registered at Digdir. Shared by the wizard's "Log in as a person" and
 * `systemuser-cli idporten login`. Tokens never leave memory.
 */
class IdPortenLoginFlow : public QObject
{
    Q_OBJECT

public:
    enum class Step {
        PreparingClient, ///< reading the key, registering the sandbox client, reading discovery
        WaitingForBrowser, ///< the browser shows ID-porten; waiting for the redirect
        FetchingTokens, ///< exchanging the code at the token endpoint and checking the ID token
    };
    Q_ENUM(Step)

    struct Request
    {
        /// Scopes besides "openid" (always asked for).
        QStringList scopes{QStringLiteral("altinn:instances.read"), QStringLiteral("altinn:instances.write")};
        QString uiLocale; ///< "nb", "nn" or "en": ID-porten's ui_locales; empty = the session's language
        std::chrono::milliseconds timeout{
            std::chrono::minutes(5)}; ///< from opening the browser to the redirect
    };

    struct Outcome
    {
        enum class Result {
            LoggedIn, ///< accessToken and the claims are set
            Cancelled, ///< cancel() was called
            TimedOut, ///< no redirect came within Request::timeout
            Denied, ///< the person cancelled at ID-porten or refused consent (error=access_denied)
            Failed, ///< anything else; `explanation` says what and what to do
        };

        Result result = Result::Failed;
        QByteArray accessToken; ///< ID-porten's access token; in memory only
        QJsonObject accessTokenClaims;
        QJsonObject idTokenClaims; ///< checked: signature, iss, aud, nonce, exp
        QStringList grantedScopes;
        Altinn::Explanation explanation; ///< for every result but LoggedIn, translated

        bool isLoggedIn() const { return result == Result::LoggedIn; }
    };

    /// Opens @p url in the person's browser; false when it could not.
    using BrowserOpener = std::function<bool(const QUrl &url)>;

    explicit IdPortenLoginFlow(VendorSession *session, QObject *parent = nullptr);
    ~IdPortenLoginFlow() override;

    void setRequest(const Request &request);
    Request request() const;
    /// The wizard passes QDesktopServices::openUrl, the CLI the same plus printing the URL; tests a scripted
    /// browser.
    void setBrowserOpener(BrowserOpener opener);

    /// `finished` follows exactly once. Ignored while busy.
    void start();
    /// Stops the listener and any call; `finished` follows at once with Cancelled.
    void cancel();
    bool isBusy() const;
    /// The authorization URL the browser was sent to (for "copy the link" when no browser opens); empty
    /// before WaitingForBrowser.
    QUrl authorizationUrl() const;

Q_SIGNALS:
    void stepChanged(Onboarding::IdPortenLoginFlow::Step step);
    void finished(const Onboarding::IdPortenLoginFlow::Outcome &outcome);

private:
    struct Private;

    void openBrowser(quint64 run);
    void redirected(quint64 run, const QUrlQuery &query);
    void fetchTokens(quint64 run, const QString &code);
    void checkIdToken(quint64 run, const QJsonObject &jwks);
    void fail(quint64 run, const Altinn::ApiFailure &failure, const QString &operation,
        bool fromTokenEndpoint = false);
    void finish(quint64 run, Outcome outcome);

    std::unique_ptr<Private> d;
};

} // namespace Onboarding

Q_DECLARE_METATYPE(Onboarding::IdPortenLoginFlow::Outcome)
