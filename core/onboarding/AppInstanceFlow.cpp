#include "onboarding/AppInstanceFlow.h"

#include "altinn/ApiOperation.h"
#include "altinn/AppInstanceClient.h"
#include "session/VendorSession.h"

using namespace Qt::Literals::StringLiterals;
using Kind = Altinn::ApiFailure::Kind;
using Remedy = Altinn::Explanation::Remedy;

namespace Onboarding {

QString AppInstanceFlow::Outcome::resourceId() const
{
    return resourceIdOf(request.org, request.app);
}

QString AppInstanceFlow::resourceIdOf(const QString &org, const QString &app)
{
    return u"app_%1_%2"_s.arg(org.toLower(), app.toLower());
}

std::optional<std::pair<QString, QString>> AppInstanceFlow::appOfResource(const QString &resourceId)
{
    // The owner's code holds no '_' (it is a host name label); the app's name may.
    if (!resourceId.startsWith(u"app_"_s, Qt::CaseInsensitive))
        return std::nullopt;
    const qsizetype split = resourceId.indexOf(u'_', 4);
    if (split <= 4 || split == resourceId.size() - 1)
        return std::nullopt;
    return std::pair{resourceId.mid(4, split - 4).toLower(), resourceId.mid(split + 1).toLower()};
}

bool AppInstanceFlow::isAltinnAppId(const QString &resourceId)
{
    const auto app = appOfResource(resourceId);
    return app && !app->second.startsWith(u"a1-"_s) && !app->second.startsWith(u"a2-"_s);
}

std::pair<QString, QString> AppInstanceFlow::suggestedApp(const QStringList &rightResourceIds)
{
    const QString preferred = u"app_brg_aarsregnskap-vanlig-202406"_s;
    const auto held = std::find_if(rightResourceIds.cbegin(), rightResourceIds.cend(),
        [&preferred](const QString &id) { return id.compare(preferred, Qt::CaseInsensitive) == 0; });
    if (held == rightResourceIds.cend()) {
        for (const QString &id : rightResourceIds) {
            if (isAltinnAppId(id))
                return *appOfResource(id);
        }
    }
    return *appOfResource(preferred);
}

AppInstanceFlow::AppInstanceFlow(VendorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

AppInstanceFlow::~AppInstanceFlow()
{
    m_running = 0; // an answer that still comes is ignored
    if (m_call)
        m_call->cancel();
}

void AppInstanceFlow::start()
{
    if (m_running != 0)
        return;
    const quint64 attempt = m_nextAttempt++;
    m_running = attempt;
    m_createSent = false;
    if (!m_session) {
        Outcome outcome;
        outcome.request = m_request;
        outcome.failure = Altinn::ApiFailure::of(Kind::Rejected, u"no session"_s);
        explainFailure(outcome);
        finish(outcome);
        return;
    }
    if (!m_tokenFlow) {
        m_tokenFlow = new SystemUserTokenTestFlow(m_session, this);
        m_client = new Altinn::AppInstanceClient(m_session->transport(), this);
    }
    disconnect(m_tokenFlow, nullptr, this, nullptr);
    connect(m_tokenFlow, &SystemUserTokenTestFlow::finished, this,
        [this, attempt](const SystemUserTokenTestFlow::Outcome &token) { tokenFinished(attempt, token); });
    SystemUserTokenTestFlow::Request tokenRequest;
    tokenRequest.customerOrgNo = m_request.customerOrgNo;
    tokenRequest.externalRef = m_request.externalRef;
    tokenRequest.scopes = m_request.scopes;
    tokenRequest.systemId = m_request.systemId;
    tokenRequest.diagnose = !m_request.systemId.isEmpty();
    m_tokenFlow->setRequest(tokenRequest);
    m_tokenFlow->start();
}

void AppInstanceFlow::tokenFinished(quint64 attempt, const SystemUserTokenTestFlow::Outcome &token)
{
    if (m_running != attempt)
        return;
    Outcome outcome;
    outcome.request = m_request;
    outcome.token = token;
    outcome.token.token = {}; // the token stays here
    if (!token.isIssued()) {
        outcome.result = Outcome::Result::TokenFailed;
        outcome.failure = token.failure;
        outcome.explanation = token.explanation;
        finish(outcome);
        return;
    }
    m_createSent = true;
    const QPointer<AppInstanceFlow> self(this);
    m_call = m_client->createInstance(m_request.org, m_request.app, m_request.customerOrgNo,
        token.token.accessToken,
        [self, attempt, outcome](const Altinn::ApiResult<Altinn::AppInstance> &result) {
            if (self)
                self->created(attempt, outcome, result);
        });
}

void AppInstanceFlow::created(
    quint64 attempt, Outcome outcome, const Altinn::ApiResult<Altinn::AppInstance> &result)
{
    if (m_running != attempt)
        return;
    if (result.ok()) {
        outcome.result = Outcome::Result::Created;
        outcome.instance = *result.value;
        finish(outcome);
        return;
    }
    outcome.failure = result.failure;
    outcome.result = result.failure.httpStatus() == 403 ? Outcome::Result::Refused : Outcome::Result::Failed;
    if (outcome.result == Outcome::Result::Refused) {
        const QMap<QString, QString> &members = result.failure.error.extensions;
        outcome.reason = members.value(u"reason"_s);
        outcome.missingRight = members.value(u"missingRight"_s);
        outcome.systemUserId = members.value(u"systemUserId"_s);
    }
    explainFailure(outcome);
    finish(outcome);
}

Altinn::Explanation AppInstanceFlow::explainCreateFailure(
    const Altinn::ApiFailure &failure, const QString &org, const QString &app, const QString &owner)
{
    const QString appId = org + u'/' + app;
    Altinn::Explanation explanation =
        Altinn::ErrorExplainer::explain(failure, tr("creating an instance of %1").arg(appId));
    if (!failure.error.detail.isEmpty())
        explanation.serverMessage = failure.error.detail; // the sandbox says what was wrong there
    if (failure.httpStatus() == 404) {
        explanation.summary = tr("There is no app %1 here.").arg(appId);
        explanation.remedy = tr("Check the app owner's code and the app's name (the resource %1).")
                                 .arg(resourceIdOf(org, app));
        explanation.action = Remedy::FixInput;
    } else if (failure.answerLost) {
        explanation.summary = tr("The answer from the app was lost: the instance of %1 for %2 may have been "
                                 "created.")
                                  .arg(appId, owner);
        explanation.remedy =
            tr("Do not simply try again: every try creates another instance. Look in the app "
               "or in the customer's inbox first.");
        explanation.action = Remedy::None;
    }
    return explanation;
}

void AppInstanceFlow::explainFailure(Outcome &outcome) const
{
    const QString appId = outcome.request.org + u'/' + outcome.request.app;
    const QString customer = outcome.request.customerOrgNo;
    Altinn::Explanation &explanation = outcome.explanation;
    explanation = explainCreateFailure(outcome.failure, outcome.request.org, outcome.request.app, customer);
    if (outcome.result == Outcome::Result::Refused) {
        explanation.code = u"HTTP 403"_s;
        if (outcome.reason == u"notSystemUser") {
            explanation.summary = tr("The app refused the token: it is not a system user token.");
            explanation.remedy = tr("Ask Maskinporten for a system user token for %1.").arg(customer);
            explanation.action = Remedy::CheckConnection;
        } else if (outcome.reason == u"systemUserNotFound") {
            explanation.summary =
                tr("The system user %1 no longer exists: it was deleted.").arg(outcome.systemUserId);
            explanation.remedy =
                tr("Send %1 a new request for the system and wait for the approval.").arg(customer);
            explanation.action = Remedy::DeleteAndAskAgain;
        } else if (outcome.reason == u"otherOwner") {
            explanation.summary = tr("The system user does not act for %1.").arg(customer);
            explanation.remedy = tr("Use a system user token for %1 itself.").arg(customer);
            explanation.action = Remedy::None;
        } else {
            // A real app answers a bare 403: the likeliest cause is the same missing right.
            const QString right =
                outcome.missingRight.isEmpty() ? outcome.resourceId() : outcome.missingRight;
            explanation.summary = outcome.missingRight.isEmpty()
                ? tr(
                    "The app refused: the system user of %1 may not create an instance of %2. It most likely "
                    "lacks the right %3.")
                      .arg(customer, appId, right)
                : tr("The system user of %1 may not create an instance of %2: it lacks the right %3.")
                      .arg(customer, appId, right);
            explanation.remedy = tr("Add %1 to the system's rights, publish the system and send %2 a change "
                                    "request; once the customer has approved it, try again.")
                                     .arg(right, customer);
            explanation.action = Remedy::UseChangeRequest;
        }
    }
}

void AppInstanceFlow::cancel()
{
    if (m_running == 0)
        return;
    Outcome outcome;
    outcome.request = m_request;
    outcome.failure = Altinn::ApiFailure::of(Kind::Cancelled);
    // A create that went out may still be carried out by the app.
    outcome.failure.answerLost = m_createSent;
    m_running = 0; // before the steps are stopped: their answers no longer count
    if (m_tokenFlow)
        m_tokenFlow->cancel();
    if (m_call)
        m_call->cancel();
    explainFailure(outcome);
    finish(outcome);
}

void AppInstanceFlow::finish(const Outcome &outcome)
{
    m_running = 0;
    m_call.clear();
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
