#pragma once

#include "model/ProblemDetails.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * Switches for the quirks of altinn-api.md §11 and the problem-body shape. Defaults: behaviour the
 * real service shows by design is on; plain bugs of the real service are off (turn them on to
 * rehearse against them). See docs/sandbox.md.
 */
struct SandboxSettings
{
    /// §5.7: the request list skips one item at each page boundary. Real service: yes. Default off.
    bool requestListSkipsItemAtPageBoundary = false;
    /// §4.2: DELETE of a system without client ids (or already deleted) answers 400. Default off.
    bool deleteSystemWithoutClientIdsFails = false;
    /// §4.1: a name/description without nb, nn or en answers 500 with the database error as text.
    /// Default off: the sandbox answers a clearer 400 validation problem instead.
    bool missingLanguageGives500 = false;
    /// §5.3 step 4: a repeated (system, org, externalRef) returns 200 with the existing request. Default on.
    /// Off: step 4 is skipped, so step 5 answers AUTH-00006/7/8/9 for the triple's standard request instead.
    bool repeatedRequestReturnsExisting = true;
    /// §5.8: DELETE of a request has no ownership check. Default on.
    bool requestDeleteSkipsOwnershipCheck = true;
    /// §8: change-request byexternalref leaves both package lists empty. Default off.
    bool changeRequestByExternalRefDropsPackages = false;
    /// §8: change-request list ignores the page token, so "next" repeats the first page. Default off.
    bool changeRequestListIgnoresToken = false;

    /// maskinporten.md §3: the docs allow exp − iat ≤ 120 s; the server was seen to allow 180. Default 120.
    int maxGrantLifetimeSeconds = 120;
    /// maskinporten.md §4: a real TT02 system user token echoed externalRef, the docs say it is not. Default
    /// on.
    bool systemUserTokenEchoesExternalRef = true;

    Altinn::ProblemDetails::Shape problemShape = Altinn::ProblemDetails::Shape::V5;
    int pageSize = 50; ///< list endpoints (§5.7, §6)

    QJsonObject toJson() const;
    /// Applies the members present in @p object (others keep their value); false + message on a bad value.
    bool apply(const QJsonObject &object, QString *error = nullptr);
    /// Names of the quirk switches, as in the JSON.
    static QStringList quirkNames();
};
