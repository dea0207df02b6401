#pragma once

#include "altinn/ApiFailure.h"

namespace Onboarding {

/**
 * After a create (POST) failed: may the server have carried it out anyway? Then the flows look up what
 * it may have made (a system by id, a request by its triple, a sandbox client by id) before they say
 * anything or send again, and tell the user what Altinn has — never a bare "check your connection".
 */
class LostAnswer
{
public:
    /**
     * True when @p failure leaves it open whether the POST was carried out: it went out and no complete
     * answer came back (ApiFailure::answerLost: connection closed, time-out), a success whose body cannot
     * be read, or a 5xx — except a 503 with Retry-After, which says the call was not carried out
     * (docs/bulk-onboarding.md). A request that never left (connection refused, no token), a 4xx or a
     * refusal is an answer. Cancelled counts only when the transport says the write was under way.
     */
    static bool possible(const Altinn::ApiFailure &failure);
};

} // namespace Onboarding
