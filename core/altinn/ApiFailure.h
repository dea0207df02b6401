#pragma once

#include "altinn/Environment.h"
#include "auth/MaskinportenError.h"
#include "model/ApiError.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Altinn {

/// Why a call did not give the caller what it asked for — one type for every client.
struct ApiFailure
{
    enum class Kind {
        None,
        Http, ///< the server answered with a non-success status; `error` holds the parsed body
        Network, ///< no answer: connection refused, DNS, reset, … (`detail` says which)
        Tls, ///< certificate or TLS handshake failed (fatal for real environments)
        TimedOut, ///< no complete answer within the timeout (after any retries)
        Cancelled, ///< the caller cancelled
        Token, ///< no vendor token: Maskinporten refused (`tokenError`) or the key could not be read
        InvalidResponse, ///< a success status with a body we cannot read
        Rejected, ///< refused before sending (e.g. production write not confirmed, bad input)
    };

    Kind kind = Kind::None;
    ApiError error; ///< for Kind::Http
    std::optional<MaskinportenError> tokenError; ///< for Kind::Token when Maskinporten answered
    QString detail; ///< technical detail (network error text, key problem, parse error); never secrets
    int attempts = 0; ///< how many times the request was sent
    /// Kind::Http: the Retry-After header as sent (seconds or an HTTP date), empty when there was none.
    /// A 429 or 503 means the call was not carried out, so even a POST may go again after this wait.
    QByteArray retryAfter;
    /**
     * The server may have carried the call out: a write (POST, PUT, PATCH, DELETE) went out, or may have,
     * and no complete answer came back. Set with Kind::Network (connection closed or reset after sending,
     * unexpected network error), Kind::TimedOut (transfer timeout or deadline), Kind::InvalidResponse (an
     * answer too large to read) and Kind::Cancelled (cancelled while the request was under way). Never set
     * for GET and HEAD, nor when the request certainly did not leave: connection refused, host not found,
     * TLS failure, no token, refused before sending, cancelled before sending. Callers look up what the
     * write would have made instead of repeating it; Qt never sends a write twice on its own
     * (docs/altinn-behaviour.md#desktop-practices).
     */
    bool answerLost = false;

    /// Who was called. A dropped connection to a sandbox on this computer is no internet problem, so it
    /// is explained differently (ErrorExplainer).
    enum class Server {
        Remote, ///< Altinn or Maskinporten over the network (TT02, production, a custom server elsewhere)
        BuiltInSandbox, ///< the sandbox the wizard or the command line runs itself
        LocalSandbox, ///< a server on this computer the user started (a custom loopback URL)
    };
    Server server = Server::Remote;

    static Server serverOf(const Environment &environment)
    {
        if (environment.kind() == Environment::Kind::Sandbox)
            return Server::BuiltInSandbox;
        return environment.isLocal() ? Server::LocalSandbox : Server::Remote;
    }

    bool isFailure() const { return kind != Kind::None; }
    int httpStatus() const { return kind == Kind::Http ? error.httpStatus : 0; }

    static ApiFailure http(const ApiError &error)
    {
        ApiFailure failure;
        failure.kind = Kind::Http;
        failure.error = error;
        return failure;
    }
    static ApiFailure of(Kind kind, const QString &detail = {})
    {
        ApiFailure failure;
        failure.kind = kind;
        failure.detail = detail;
        return failure;
    }
};

/// A value or a failure; the callback of every client call receives one.
template <typename T> struct ApiResult
{
    std::optional<T> value;
    ApiFailure failure;
    int httpStatus = 0; ///< of the (last) answer; 0 when there was none

    bool ok() const { return value.has_value(); }

    static ApiResult success(T v, int status)
    {
        ApiResult result;
        result.value = std::move(v);
        result.httpStatus = status;
        return result;
    }
    static ApiResult failed(ApiFailure f)
    {
        ApiResult result;
        result.httpStatus = f.httpStatus();
        result.failure = std::move(f);
        return result;
    }
};

/// For calls without a value (DELETE and the like).
struct Done
{ };

} // namespace Altinn
