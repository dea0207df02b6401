#include "onboarding/PersonAppInstanceFlow.h"

#include "altinn/ApiOperation.h"
#include "altinn/AppInstanceClient.h"
#include "onboarding/AppInstanceFlow.h"
#include "onboarding/PersonTokenExchange.h"
#include "session/VendorSession.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using Kind = Altinn::ApiFailure::Kind;
using Remedy = Altinn::Explanation::Remedy;
using Outcome = Onboarding::PersonAppInstanceFlow::Outcome;

namespace Onboarding {

struct PersonAppInstanceFlow::Private
{
    QPointer<VendorSession> session;
    Request request;
    PersonTokenExchange *exchange = nullptr;
    Altinn::AppInstanceClient *client = nullptr;
    QPointer<Altinn::ApiOperation> call;
    bool createSent = false;
    quint64 running = 0; ///< the attempt whose answers count; 0 = none
    quint64 nextAttempt = 1;
};

namespace {

/// The request as the outcome keeps it: without the token.
PersonAppInstanceFlow::Request withoutToken(PersonAppInstanceFlow::Request request)
{
    request.idportenAccessToken.clear();
    return request;
}

/// What the app's 403 means for a person (docs/sandbox.md#the-simulated-altinn-app), translated.
void explainRefusal(Outcome &outcome)
{
    const QString appId = outcome.request.org + u'/' + outcome.request.app;
    const QString owner = outcome.request.ownerOrgNo;
    Altinn::Explanation &explanation = outcome.explanation;
    explanation.code = u"HTTP 403"_s;
    explanation.action = Remedy::None;
    if (outcome.reason == u"missingScope") {
        explanation.summary = PersonAppInstanceFlow::tr(
            "The app refused: the person's token lacks the scope altinn:instances.write.");
        explanation.remedy =
            PersonAppInstanceFlow::tr("Log in again and ask for the scope altinn:instances.write (and make "
                                      "sure your ID-porten client has "
                                      "it).");
    } else if (outcome.reason == u"otherOwner") {
        explanation.summary =
            PersonAppInstanceFlow::tr("The app refused: the person may not act for %1 here.").arg(owner);
        explanation.remedy =
            PersonAppInstanceFlow::tr("Create the instance for an organisation the person acts for.");
    } else if (outcome.reason == u"unknownPerson") {
        explanation.summary = PersonAppInstanceFlow::tr("The app does not know the person who logged in.");
        explanation.remedy = PersonAppInstanceFlow::tr("Log in as another person.");
    } else {
        // noRole, and a real app's bare 403: the person holds no role at the organisation that lets them act.
        explanation.summary =
            PersonAppInstanceFlow::tr("The person who logged in holds no role at %1 that lets them create an "
                                      "instance of %2.")
                .arg(owner, appId);
        explanation.remedy = PersonAppInstanceFlow::tr(
            "Log in as a person with a role at %1 that the app accepts (such as general manager), or have "
            "the organisation give this person such a role.")
                                 .arg(owner);
    }
}

} // namespace

PersonAppInstanceFlow::PersonAppInstanceFlow(VendorSession *session, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->session = session;
}

PersonAppInstanceFlow::~PersonAppInstanceFlow()
{
    d->running = 0; // an answer that still comes is ignored
    if (d->call)
        d->call->cancel();
}

void PersonAppInstanceFlow::setRequest(const Request &request)
{
    d->request = request;
}

bool PersonAppInstanceFlow::isBusy() const
{
    return d->running != 0;
}

void PersonAppInstanceFlow::start()
{
    if (d->running != 0)
        return;
    const quint64 attempt = d->nextAttempt++;
    d->running = attempt;
    d->createSent = false;
    Outcome outcome;
    outcome.request = withoutToken(d->request);
    if (!d->session) {
        outcome.failure = Altinn::ApiFailure::of(Kind::Rejected, u"no session"_s);
        outcome.explanation.summary = tr("There is no profile to act with.");
        outcome.explanation.remedy = tr("Choose a profile first.");
        QTimer::singleShot(0, this, [this, attempt, outcome] { finish(attempt, outcome); });
        return;
    }
    if (!d->exchange) {
        d->exchange = new PersonTokenExchange(d->session, this);
        d->client = new Altinn::AppInstanceClient(d->session->transport(), this);
    }
    d->exchange->start(d->request.idportenAccessToken,
        [this, attempt, outcome](const PersonTokenExchange::Outcome &exchanged) {
            if (d->running != attempt)
                return;
            Outcome next = outcome;
            next.altinnTokenClaims = exchanged.claims;
            if (!exchanged.ok()) {
                next.result = Outcome::Result::ExchangeFailed;
                next.failure = exchanged.failure;
                next.explanation = exchanged.explanation;
                finish(attempt, next);
                return;
            }
            create(attempt, next, exchanged.altinnToken);
        });
}

void PersonAppInstanceFlow::create(quint64 attempt, const Outcome &outcome, const QByteArray &altinnToken)
{
    d->createSent = true;
    const QPointer<PersonAppInstanceFlow> self(this);
    d->call = d->client->createInstance(d->request.org, d->request.app, d->request.ownerOrgNo, altinnToken,
        [self, attempt, outcome](const Altinn::ApiResult<Altinn::AppInstance> &result) {
            if (self)
                self->created(attempt, outcome, result);
        });
}

void PersonAppInstanceFlow::created(
    quint64 attempt, Outcome outcome, const Altinn::ApiResult<Altinn::AppInstance> &result)
{
    if (d->running != attempt)
        return;
    if (result.ok()) {
        outcome.result = Outcome::Result::Created;
        outcome.instance = *result.value;
        finish(attempt, outcome);
        return;
    }
    outcome.failure = result.failure;
    outcome.explanation = AppInstanceFlow::explainCreateFailure(
        result.failure, outcome.request.org, outcome.request.app, outcome.request.ownerOrgNo);
    if (result.failure.httpStatus() == 403) {
        outcome.result = Outcome::Result::Refused;
        outcome.reason = result.failure.error.extensions.value(u"reason"_s);
        explainRefusal(outcome);
    } else {
        outcome.result = Outcome::Result::Failed;
    }
    finish(attempt, outcome);
}

void PersonAppInstanceFlow::cancel()
{
    if (d->running == 0)
        return;
    Outcome outcome;
    outcome.request = withoutToken(d->request);
    outcome.failure = Altinn::ApiFailure::of(Kind::Cancelled);
    // A create that went out may still be carried out by the app.
    outcome.failure.answerLost = d->createSent;
    outcome.explanation = AppInstanceFlow::explainCreateFailure(
        outcome.failure, outcome.request.org, outcome.request.app, outcome.request.ownerOrgNo);
    d->running = 0; // before the steps are stopped: their answers no longer count
    if (d->exchange)
        d->exchange->cancel();
    if (d->call)
        d->call->cancel();
    d->call.clear();
    Q_EMIT finished(outcome);
}

void PersonAppInstanceFlow::finish(quint64 attempt, const Outcome &outcome)
{
    if (d->running != attempt)
        return;
    d->running = 0;
    d->call.clear();
    Q_EMIT finished(outcome);
}

} // namespace Onboarding
