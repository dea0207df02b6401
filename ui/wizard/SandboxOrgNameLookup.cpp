#include "wizard/SandboxOrgNameLookup.h"

#include "altinn/ErrorExplainer.h"
#include "altinn/SandboxControlClient.h"
#include "wizard/WizardContext.h"

using Answer = OrgNumberField::NameAnswer;

OrgNumberField::NameLookup SandboxOrgNameLookup::create(
    WizardContext *context, std::function<QString()> notFoundMessage)
{
    return [context, notFoundMessage](
               const QString &orgNumber, QObject *receiver, std::function<void(const Answer &)> answer) {
        if (!context->sandboxBaseUrl().isValid()) {
            context->wantSandbox(); // sandboxStateChanged() follows, and the page asks again
            answer({Answer::Kind::Unavailable, {},
                context->sandboxFailure().isEmpty()
                    ? tr("The name appears when the sandbox has started…")
                    : tr("The sandbox did not start, so the name cannot be looked up. Restart the wizard.")});
            return;
        }
        context->sandboxOrganisations(receiver,
            [orgNumber, notFoundMessage, answer](
                const Altinn::ApiResult<QList<Altinn::Organisation>> &result) {
                if (!result.ok()) {
                    const Altinn::Explanation explanation = Altinn::ErrorExplainer::explain(result.failure);
                    answer({Answer::Kind::Failed, {},
                        tr("The name could not be looked up: %1 %2")
                            .arg(explanation.summary, explanation.remedy)});
                    return;
                }
                for (const Altinn::Organisation &organisation : *result.value) {
                    if (organisation.orgNo == orgNumber) {
                        answer({Answer::Kind::Found, organisation.name, {}});
                        return;
                    }
                }
                answer({Answer::Kind::NotFound, {}, notFoundMessage ? notFoundMessage() : QString()});
            });
    };
}
