#include "onboarding/OnboardingAdvice.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Altinn {
namespace {

QString customerName(const OnboardingSummary &summary, const QString &orgNo)
{
    const QString name = summary.organisationNames.value(orgNo);
    return name.isEmpty() ? orgNo : OnboardingAdvice::tr("%1 (%2)").arg(name, orgNo);
}

bool isRejected(RequestStatus status)
{
    return status == RequestStatus::Rejected || status == RequestStatus::Denied;
}

bool isExpired(const SystemUserRequestResponse &request)
{
    return request.status == RequestStatus::Timedout
        || (request.status == RequestStatus::New && request.timedOut);
}

bool isWaiting(const SystemUserRequestResponse &request)
{
    return request.status == RequestStatus::New && !request.timedOut;
}

} // namespace

QStringList OnboardingAdvice::pendingItems(const OnboardingSummary &summary)
{
    QStringList items;
    for (const SystemUserRequestResponse &request : summary.requests) {
        const QString customer = customerName(summary, request.partyOrgNo);
        if (isWaiting(request)) {
            const QString sent = QLocale().toString(request.created.toLocalTime(), QLocale::ShortFormat);
            items.append(request.confirmUrl.isEmpty()
                    ? tr("%1 has not answered the request sent %2 yet.").arg(customer, sent)
                    : tr("%1 has not answered the request sent %2 yet. Approval link: %3")
                          .arg(customer, sent, request.confirmUrl));
        } else if (isExpired(request)) {
            items.append(tr("The request to %1 has expired without an answer.").arg(customer));
        } else if (isRejected(request.status)) {
            items.append(tr("%1 rejected the request.").arg(customer));
        }
    }
    return items;
}

QStringList OnboardingAdvice::nextSteps(const OnboardingSummary &summary, const Facts &facts)
{
    QStringList steps;
    if (!facts.systemPublished) {
        steps.append(tr("Publish the system definition, so customers can be asked for a system user."));
        return steps;
    }
    if (facts.clientIds.isEmpty()) {
        steps.append(tr("Add your Maskinporten client id to the system and publish it again; without it no "
                        "system user token can be issued."));
    }

    QSet<QString> seen;
    for (const SystemUserRequestResponse &request : summary.requests) {
        const QString customer = customerName(summary, request.partyOrgNo);
        if (seen.contains(request.partyOrgNo + request.externalRef))
            continue;
        seen.insert(request.partyOrgNo + request.externalRef);
        if (isWaiting(request)) {
            steps.append(
                tr("Send the approval link to %1. Someone there with the Access manager role (or the "
                   "rights asked for) must approve it.")
                    .arg(customer));
        } else if (isExpired(request)) {
            steps.append(tr("Delete the expired request to %1 and send a new one.").arg(customer));
        } else if (isRejected(request.status)) {
            steps.append(
                tr("Talk to %1 about why the request was rejected; to ask again, delete it and send a "
                   "new one.")
                    .arg(customer));
        }
    }

    const bool hasSystemUser = !summary.systemUsers.isEmpty()
        || std::any_of(
            summary.requests.cbegin(), summary.requests.cend(), [](const SystemUserRequestResponse &request) {
                return request.status == RequestStatus::Accepted;
            });
    if (!summary.tokenTest && hasSystemUser) {
        steps.append(tr("Test authentication for an approved customer, to check that your system gets a "
                        "system user token."));
    } else if (summary.tokenTest && !summary.tokenTest->ok) {
        steps.append(tr("Fix what stopped the authentication test for %1, then test again.")
                         .arg(customerName(summary, summary.tokenTest->customerOrgNo)));
    }
    if (summary.requests.isEmpty() && summary.systemUsers.isEmpty())
        steps.append(tr("Ask your first customer for a system user."));

    switch (facts.environment) {
    case Environment::Kind::Sandbox:
    case Environment::Kind::Custom:
        steps.append(tr("When it all works here, do the same in TT02 (Altinn's test environment): a TT02 "
                        "profile with its own Maskinporten client and key, and the system published there."));
        break;
    case Environment::Kind::Tt02:
        steps.append(tr("Before going live, repeat this in production: a production profile with its own "
                        "Maskinporten client and key, and the production client id in the system."));
        break;
    case Environment::Kind::Production:
        break;
    }
    steps.append(tr("Onboard the next customer: send a new request from the customer request page."));
    return steps;
}

void OnboardingAdvice::fill(OnboardingSummary &summary, const Facts &facts)
{
    summary.pendingItems = pendingItems(summary);
    summary.nextSteps = nextSteps(summary, facts);
}

} // namespace Altinn
