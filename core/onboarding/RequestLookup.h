#pragma once

#include "altinn/ApiFailure.h"
#include "model/SystemUserRequest.h"
#include "model/SystemUserRequestResponse.h"

#include <functional>
#include <optional>

namespace Altinn {
class ApiOperation;
class RequestClient;
} // namespace Altinn

namespace Onboarding {

/**
 * Finds the request Altinn holds for a system, customer and external reference (the triple) — what a
 * POST whose answer was lost may have made. The one look-up behind SubmitRequestFlow's reconciliation
 * and BulkRequestFlow's journal: one GET …/byexternalref/{systemId}/{orgNo}/{externalRef}.
 */
class RequestLookup
{
public:
    struct Result
    {
        enum class Found {
            Exists, ///< `request` is what Altinn has for the triple
            Absent, ///< 404: Altinn has no request for the triple; sending it cannot make a second one
            Unknown, ///< the look-up failed too (`failure`): a request may exist
        };
        Found found = Found::Unknown;
        std::optional<Altinn::SystemUserRequestResponse> request;
        Altinn::ApiFailure failure; ///< for Unknown
    };

    /// The external reference Altinn files @p request under: its own, or the customer's org number.
    static QString effectiveExternalRef(const Altinn::SystemUserRequest &request);
    /// Looks up the request with @p request's triple and kind; @p done runs once (Kind::Cancelled on cancel).
    static Altinn::ApiOperation *byTriple(Altinn::RequestClient *requests,
        const Altinn::SystemUserRequest &request, std::function<void(const Result &)> done);
};

} // namespace Onboarding
