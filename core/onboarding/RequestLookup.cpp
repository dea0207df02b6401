#include "onboarding/RequestLookup.h"

#include "altinn/RequestClient.h"

namespace Onboarding {

QString RequestLookup::effectiveExternalRef(const Altinn::SystemUserRequest &request)
{
    // Altinn stores a missing reference as the org number, and finds the request by that.
    const QString externalRef = request.externalRef.value_or(QString());
    return externalRef.isEmpty() ? request.partyOrgNo : externalRef;
}

Altinn::ApiOperation *RequestLookup::byTriple(Altinn::RequestClient *requests,
    const Altinn::SystemUserRequest &request, std::function<void(const Result &)> done)
{
    return requests->byExternalRef(request.systemId, request.partyOrgNo, effectiveExternalRef(request),
        request.kind,
        [done = std::move(done)](const Altinn::ApiResult<Altinn::SystemUserRequestResponse> &answer) {
            Result result;
            if (answer.ok()) {
                result.found = Result::Found::Exists;
                result.request = *answer.value;
            } else if (answer.failure.httpStatus() == 404) {
                result.found = Result::Found::Absent;
            } else {
                result.found = Result::Found::Unknown;
                result.failure = answer.failure;
            }
            done(result);
        });
}

} // namespace Onboarding
