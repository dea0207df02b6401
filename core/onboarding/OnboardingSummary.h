#pragma once

#include "altinn/TokenClaimsExplainer.h"
#include "model/SystemUser.h"
#include "model/SystemUserRequestResponse.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Altinn {

/// What the Summary page shows and OnboardingReport writes: plain data, gathered by the wizard.
struct OnboardingSummary
{
    /// The outcome of "Test authentication".
    struct TokenTest
    {
        bool ok = false;
        QDateTime testedAt;
        QString customerOrgNo;
        QString externalRef;
        QList<ClaimRow> claims; ///< TokenClaimsExplainer::rows of the token (never the token itself)
        QString failure; ///< what went wrong, when not ok (an Explanation's text)
    };

    QString vendorOrgNo;
    QString vendorName;
    QString environmentName; ///< Environment::displayName()
    QString systemId;
    QString systemName;
    QStringList registeredRights; ///< readable names (titles, else resource ids)
    QStringList registeredPackages; ///< readable names (titles, else URNs)
    QList<SystemUserRequestResponse> requests;
    QList<SystemUser> systemUsers;
    QHash<QString, QString> organisationNames; ///< org number → name, for requests and system users
    std::optional<TokenTest> tokenTest;
    QStringList pendingItems;
    QStringList nextSteps;
    QDateTime generatedAt; ///< when empty, the time the report is built
};

} // namespace Altinn
