#pragma once

#include "auth/MaskinportenError.h"
#include "auth/MaskinportenGrant.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Altinn {
class ActivityLog;
class BoundedReply;
} // namespace Altinn

/// An access token from Maskinporten.
struct MaskinportenToken
{
    QByteArray accessToken;
    QString tokenType;
    qint64 expiresIn = 0; ///< seconds, as answered
    QString scope; ///< granted scopes, as answered
    QDateTime expiresAt; ///< local clock
    bool fromCache = false;
};

/**
 * Gets tokens with the JWT-bearer grant (docs/altinn-behaviour.md#token-request-and-response): a form-encoded
 * POST to the token endpoint of the environment, with a transfer timeout and a deadline for the whole
 * request. Answers are typed (token, Maskinporten error, or network failure). Tokens are cached under the
 * full request identity until 30 s before they expire (docs/altinn-behaviour.md#token-caching). The server's
 * `Date` header tells how far this computer's clock is off — the usual cause of "expired" and "issue time is
 * in the future".
 *
 * A passing failure — 408, 429, 5xx (MaskinportenError::Cause::Unavailable), no answer or a time-out — is
 * tried once more, after Retry-After (at most MaxAutomaticRetryWaitMs) or a short wait, always with a newly
 * signed grant: a grant is never sent twice (Maskinporten refuses a reused jti, MP-012), and Qt is kept
 * from resending it on its own.
 */
class MaskinportenTokenClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int RefreshMarginSeconds = 30;
    static constexpr int DefaultTimeoutMs = 30000;
    /// The whole token request, both attempts and the wait between them included.
    static constexpr int DefaultDeadlineMs = 45000;
    /// The wait before the automatic retry when Maskinporten gave no Retry-After.
    static constexpr int DefaultRetryWaitMs = 1000;
    /// A longer Retry-After is not waited for: the error (with the wait) goes to the caller at once.
    static constexpr int MaxAutomaticRetryWaitMs = 10000;
    /// A token answer is a few KiB; a larger one is not read.
    static constexpr qint64 MaxAnswerBytes = 1024 * 1024;
    /// The longest lifetime read from expires_in (a day): the cache is only an optimisation, and the
    /// token's own `exp` is what the APIs check.
    static constexpr qint64 MaxLifetimeSeconds = 24 * 60 * 60;

    struct Result
    {
        std::optional<MaskinportenToken> token;
        std::optional<MaskinportenError> error; ///< Maskinporten answered with an error body
        QString networkError; ///< no usable answer (connection, TLS, time-out, an answer too large, …)
        bool timedOut = false;
        int attempts = 0; ///< token requests sent for this answer: 0 from the cache, 2 after a retry

        bool ok() const { return token.has_value(); }
    };
    using Callback = std::function<void(const Result &)>;

    MaskinportenTokenClient(QNetworkAccessManager *network, QUrl tokenEndpoint, QObject *parent = nullptr);

    /// Transfer timeout of each attempt: the longest silence while waiting for or reading the answer.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// The longest one requestToken() may take, however steadily the server trickles; 0 = none.
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }
    void setRetryWait(int milliseconds) { m_retryWaitMs = milliseconds; }
    QUrl tokenEndpoint() const { return m_tokenEndpoint; }
    /// Records every token request and answer in @p log (grant and token redacted); null = none.
    void setActivityLog(Altinn::ActivityLog *log) { m_activityLog = log; }

    /// A cached token when one is still good for RefreshMarginSeconds, else a new one.
    void requestToken(const GrantRequest &request, const SigningIdentity &identity, Callback done);
    void clearCache() { m_cache.clear(); }

    /// Server time minus local time from the last answer's Date header; nullopt before any answer.
    std::optional<qint64> clockSkewSeconds() const { return m_clockSkewSeconds; }

private:
    struct Run;

    void sendAttempt(const std::shared_ptr<Run> &run);
    void onAnswer(const std::shared_ptr<Run> &run, Altinn::BoundedReply *bounded, const QByteArray &formBody,
        qint64 durationMs);
    /// Sends again after @p waitMs when this was the first attempt and the wait fits the limits.
    bool retryLater(const std::shared_ptr<Run> &run, qint64 waitMs);
    void deliver(const QByteArray &cacheKey, Result result);

    QNetworkAccessManager *m_network;
    QUrl m_tokenEndpoint;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_deadlineMs = DefaultDeadlineMs;
    int m_retryWaitMs = DefaultRetryWaitMs;
    Altinn::ActivityLog *m_activityLog = nullptr;
    QHash<QByteArray, MaskinportenToken> m_cache;
    /// Callers waiting for the token request in flight, by cache key.
    QHash<QByteArray, QList<Callback>> m_waiting;
    std::optional<qint64> m_clockSkewSeconds;
};
