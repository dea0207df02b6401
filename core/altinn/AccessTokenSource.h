#pragma once

#include "altinn/ApiFailure.h"

#include <QByteArray>
#include <QStringList>

#include <functional>

namespace Altinn {

/// Gives ApiTransport a bearer token for a set of scopes (the vendor's Maskinporten token). The
/// implementation caches and refreshes; `invalidate` is called after a 401 so the next call gets a new one.
class AccessTokenSource
{
public:
    struct Outcome
    {
        QByteArray token; ///< empty on failure
        ApiFailure failure; ///< Kind::Token, Network, TimedOut, … when there is no token
    };
    using Callback = std::function<void(const Outcome &)>;

    virtual ~AccessTokenSource() = default;
    virtual void accessToken(const QStringList &scopes, Callback done) = 0;
    virtual void invalidate(const QStringList &scopes) = 0;
};

} // namespace Altinn
