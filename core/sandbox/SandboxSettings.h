#pragma once

#include "model/ProblemDetails.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * Switches for the quirks of docs/sandbox.md#settings-and-quirks and the problem-body shape. Defaults:
 * behaviour the real service shows by design is on; plain bugs of the real service are off (turn them on to
 * rehearse against them). See docs/sandbox.md.
 */
struct SandboxSettings
{
    /// docs/altinn-behaviour.md#pagination: the request list skips one item at each page boundary. Real
    /// service: yes. Default off.
    bool requestListSkipsItemAtPageBoundary = false;
    /// docs/altinn-behaviour.md#delete-a-system: DELETE of a system without client ids (or already deleted)
    /// answers 400. Default off.
    bool deleteSystemWithoutClientIdsFails = false;
    /// docs/altinn-behaviour.md#system-model: a name/description without nb, nn or en answers 500 with the
    /// database error as text. Default off: the sandbox answers a clearer 400 validation problem instead.
    bool missingLanguageGives500 = false;
    /// docs/altinn-behaviour.md#creating-a-request, step 4: a repeated (system, org, externalRef) returns 200
    /// with the existing request. Default on. Off: step 4 is skipped, so step 5 answers AUTH-00006/7/8/9 for
    /// the triple's standard request instead.
    bool repeatedRequestReturnsExisting = true;
    /// docs/altinn-behaviour.md#deleting-a-request: DELETE of a request has no ownership check. Default on.
    bool requestDeleteSkipsOwnershipCheck = true;
    /// docs/altinn-behaviour.md#creating-a-request, step 4: an announced change of the service — a POST whose
    /// triple has a Rejected request creates a new request (201) instead of returning the rejected one; the
    /// rejected one is soft-deleted, as if the vendor had deleted it first. Default off (today's service).
    bool requestAfterRejectionCreatesNew = false;
    /// docs/altinn-behaviour.md#change-requests: change-request byexternalref leaves both package lists
    /// empty. Default off.
    bool changeRequestByExternalRefDropsPackages = false;
    /// docs/altinn-behaviour.md#pagination: change-request list ignores the page token, so "next" repeats the
    /// first page. Default off.
    bool changeRequestListIgnoresToken = false;

    /// docs/altinn-behaviour.md#grant-timing-and-clock-skew: the docs allow exp − iat ≤ 120 s; the server was
    /// seen to allow 180. Default 120.
    int maxGrantLifetimeSeconds = 120;
    /// docs/altinn-behaviour.md#token-claims: a real TT02 system user token echoed externalRef, the docs say
    /// it is not. Default on.
    bool systemUserTokenEchoesExternalRef = true;

    /// docs/sandbox.md#post-sandboxclockadvancedaysn: which clock the sandbox Maskinporten judges grant times
    /// (iat, exp, the used-jti memory) by, and sends as its Date. Real (default): the vendor's computer and
    /// Maskinporten share real time, so time travel does not spoil the clients' grants. Sandbox: the
    /// travelled clock, so after time travel this computer's clock looks off by the jump (to rehearse clock
    /// skew).
    enum class MaskinportenClock { Real, Sandbox };
    MaskinportenClock maskinportenClock = MaskinportenClock::Real;

    Altinn::ProblemDetails::Shape problemShape = Altinn::ProblemDetails::Shape::V5;
    int pageSize = 50; ///< list endpoints (docs/altinn-behaviour.md#pagination), 1 to MaxPageSize
    static constexpr int MaxPageSize = 1500;

    /// docs/sandbox.md#synthetic-organisations: this many made-up organisations join the register
    /// (SyntheticOrganisations), for rehearsing bulk onboarding. 0 (default) to
    /// SyntheticOrganisations::MaxCount.
    int syntheticOrganisations = 0;
    /// docs/sandbox.md#rate-limit: the Altinn APIs answer 429 above this many requests per second (all
    /// callers together). 0 (default) = no limit; at most MaxRateLimitPerSecond.
    int rateLimitPerSecond = 0;
    static constexpr int MaxRateLimitPerSecond = 10000;

    QJsonObject toJson() const;
    /// Applies the members present in @p object (others keep their value); false + message on a bad value.
    bool apply(const QJsonObject &object, QString *error = nullptr);
    /// Names of the quirk switches, as in the JSON.
    static QStringList quirkNames();
};
