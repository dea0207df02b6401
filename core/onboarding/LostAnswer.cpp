#include "onboarding/LostAnswer.h"

namespace Onboarding {

bool LostAnswer::possible(const Altinn::ApiFailure &failure)
{
    using Kind = Altinn::ApiFailure::Kind;
    switch (failure.kind) {
    case Kind::Network:
    case Kind::TimedOut:
    case Kind::Cancelled:
        // The transport tells a write that went out unanswered from one that never left (refused, no token).
        return failure.answerLost;
    case Kind::InvalidResponse:
        // An answer too large to read, or a success whose body cannot be read: carried out either way.
        return true;
    case Kind::Http: {
        const int status = failure.httpStatus();
        if (status == 503 && !failure.retryAfter.isEmpty())
            return false;
        return status >= 500;
    }
    case Kind::None:
    case Kind::Tls:
    case Kind::Token:
    case Kind::Rejected:
        break;
    }
    return false;
}

} // namespace Onboarding
