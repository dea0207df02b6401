#include "sandbox/ApprovalPages.h"

#include "sandbox/ApprovalPageHtml.h"
#include "sandbox/ApprovalPageText.h"
#include "sandbox/ApprovalPageView.h"
#include "sandbox/FormTokens.h"
#include "sandbox/HtmlPage.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxDecisions.h"
#include "sandbox/TestPersons.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

// Every page text is an English source string marked QT_TRANSLATE_NOOP("ApprovalPageText", …) — spelled out,
// since lupdate does not expand macros — and translated per request by ApprovalPageText.

namespace {

// Qualified, not imported: in a unity batch an imported name would meet the same name of a later file.
namespace Html = ApprovalPageHtml;
namespace View = ApprovalPageView;

// ---- Pages -----------------------------------------------------------------------------------

SandboxResponse requestPage(const SandboxContext &context, const View::RequestView &view,
    const FormTokens &tokens, const Html::Texts &t)
{
    const QString system = Html::systemName(context, view.systemId, t.language());
    HtmlPage page = Html::newPage(view.type, view.id, system, t);
    const auto strong = [](const QString &html) -> QString {
        return u"<strong>"_s + html + u"</strong>"_s;
    };
    const QString vendorHtml =
        strong(Html::organisationHtml(context, Html::vendorOrgNo(context, view.systemId), t));
    const QString customerHtml = strong(Html::organisationHtml(context, view.partyOrgNo, t));
    const QString systemHtml = strong(HtmlPage::escape(system));

    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(view.type, t) + u" <span class=\"pill "_s
        + Html::statusClass(view.status) + u"\">"_s + t.html(Html::statusText(view.status))
        + u"</span></p>\n<h1>"_s + HtmlPage::escape(system) + u"</h1>\n"_s);
    QString lead;
    switch (view.type) {
    case View::RequestType::Standard:
        lead = t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "%1 asks %2 to approve a system user, so that the system %3 can act on behalf "
            "of %2 with the rights below."));
        break;
    case View::RequestType::Agent:
        lead = t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "%1 asks %2 to approve a system user for client relationships. After approval, "
            "%2 can let the system %3 work for its clients with the access packages below."));
        break;
    case View::RequestType::Change:
        lead = t.html(QT_TRANSLATE_NOOP(
            "ApprovalPageText", "%1 asks %2 to change what the system user for the system %3 may do."));
        break;
    }
    page.append(u"<p class=\"lead\">"_s + lead.arg(vendorHtml, customerHtml, systemHtml) + u"</p>\n"_s);

    if (view.status != Altinn::RequestStatus::New) {
        page.append(Html::banner(view.status == Altinn::RequestStatus::Accepted ? u"success"_s : u"danger"_s,
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "This request has already been handled")),
            HtmlPage::escape(t(QT_TRANSLATE_NOOP("ApprovalPageText", "Status: %1."))
                                 .arg(t(Html::statusText(view.status))))));
    }
    if (context.isTimedOut(view.created)) {
        page.append(Html::banner(u"warning"_s,
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "This request has timed out")),
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                "It was created more than 180 days ago, so the API reports timedOut: true. The "
                "sandbox still lets you decide."))));
    }

    if (view.escalated && view.status == Altinn::RequestStatus::New) {
        page.append(Html::banner(u"info"_s,
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The request has been escalated")),
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                       "Someone without the access manager role sent it on: it waits for an access "
                       "manager of %1."))
                .arg(Html::organisationHtml(context, view.partyOrgNo, t))));
    }

    // What is asked for first, then who and when, then the decision.
    page.append(Html::rightsCardHtml(context, view, t));
    page.append(u"<section class=\"card\" aria-labelledby=\"about-heading\">\n<h2 id=\"about-heading\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "About the request")) + u"</h2>\n"_s
        + Html::factsHtml(context, view, t) + u"</section>\n"_s);

    if (view.status == Altinn::RequestStatus::New) {
        // One form: who acts, and the page's anti-forgery token (docs/sandbox.md#browser-protections), sent
        // to approve, reject or escalate by the button pressed.
        const QString token = u"<input type=\"hidden\" name=\""_s + Html::FormTokenField + u"\" value=\""_s
            + HtmlPage::escape(tokens.issue(View::pageName(view.type), view.id)) + u"\">"_s;
        page.append(u"<form method=\"post\" action=\""_s
            + HtmlPage::escape(Html::decisionUrl(view.type, view.id, u"approve"_s, t.language())) + u"\">"_s
            + token + u"\n"_s + Html::personsHtml(context, view, t) + u"<div class=\"actions\">\n"_s
            + u"<button type=\"submit\" class=\"primary\">"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Approve")) + u"</button>\n"_s
            + u"<button type=\"submit\" class=\"secondary\" formaction=\""_s
            + HtmlPage::escape(Html::decisionUrl(view.type, view.id, u"reject"_s, t.language())) + u"\">"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Reject")) + u"</button>\n"_s);
        // Escalation exists for standard and agent requests, once.
        if (view.type != View::RequestType::Change && !view.escalated) {
            page.append(u"<button type=\"submit\" class=\"tertiary\" formaction=\""_s
                + HtmlPage::escape(Html::decisionUrl(view.type, view.id, u"escalate"_s, t.language()))
                + u"\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Escalate to an access manager"))
                + u"</button>\n"_s);
        }
        page.append(u"</div>\n</form>\n"_s);
        if (view.redirectUrl && !view.redirectUrl->isEmpty()) {
            page.append(u"<p class=\"note\">"_s
                + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "After your decision you are sent back to %1"))
                      .arg(u"<code>"_s + HtmlPage::escape(*view.redirectUrl) + u"</code>"_s)
                + u"</p>\n"_s);
        } else {
            page.append(u"<p class=\"note\">"_s
                + t.html(QT_TRANSLATE_NOOP(
                    "ApprovalPageText", "The request has no return address: you will see a receipt here."))
                + u"</p>\n"_s);
        }
    }
    return HtmlPage::response(200, page, t.language());
}

SandboxResponse notFoundPage(View::RequestType type, const QString &rawId, const Html::Texts &t)
{
    HtmlPage page =
        Html::newPage(type, rawId, t(QT_TRANSLATE_NOOP("ApprovalPageText", "Request not found")), t);
    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(type, t) + u"</p>\n<h1>"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Request not found"))
        + u"</h1>\n<div class=\"card\"><p>"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                     "The sandbox has no such request with the id %1. It may have been deleted, or the "
                     "link may be incomplete."))
              .arg(u"<code>"_s + HtmlPage::escape(rawId.isEmpty() ? u"–"_s : rawId) + u"</code>"_s)
        + u"</p></div>\n"_s);
    return HtmlPage::response(404, page, t.language());
}

SandboxResponse alreadyHandledPage(const View::RequestView &view, const Html::Texts &t)
{
    HtmlPage page = Html::newPage(view.type, view.id,
        t(QT_TRANSLATE_NOOP("ApprovalPageText", "This request has already been handled")), t);
    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "This request has already been handled"))
        + u"</h1>\n"_s);
    page.append(Html::banner(view.status == Altinn::RequestStatus::Accepted ? u"success"_s : u"danger"_s,
        HtmlPage::escape(
            t(QT_TRANSLATE_NOOP("ApprovalPageText", "Status: %1.")).arg(t(Html::statusText(view.status)))),
        t.html(QT_TRANSLATE_NOOP(
            "ApprovalPageText", "A request can be approved or rejected only once. Nothing was changed."))));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(Html::pageUrl(view.type, view.id, t.language()))
        + u"\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(409, page, t.language());
}

/// The decision could not be carried out (the status stays New); @p status is the API's for the same case.
SandboxResponse failedPage(
    const View::RequestView &view, const QString &reasonHtml, int status, const Html::Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "The decision could not be carried out"));
    HtmlPage page = Html::newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(Html::banner(u"danger"_s, reasonHtml,
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The request is still waiting for approval."))));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(Html::pageUrl(view.type, view.id, t.language()))
        + u"\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(status, page, t.language());
}

SandboxResponse receiptPage(
    const SandboxContext &context, const View::RequestView &view, bool approved, const Html::Texts &t)
{
    const QString heading = approved ? t(QT_TRANSLATE_NOOP("ApprovalPageText", "The request is approved"))
                                     : t(QT_TRANSLATE_NOOP("ApprovalPageText", "The request is rejected"));
    HtmlPage page = Html::newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    QString text;
    if (view.type == View::RequestType::Change) {
        text = approved
            ? t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The changes now apply to the system user."))
            : t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The system user is unchanged."));
    } else if (approved) {
        text = t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The system user %1 now exists for %2."))
                   .arg(u"<strong>"_s + HtmlPage::escape(Html::effectiveIntegrationTitle(context, view))
                           + u"</strong>"_s,
                       Html::organisationHtml(context, view.partyOrgNo, t));
    } else {
        text = t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "No system user was created."));
    }
    page.append(Html::banner(approved ? u"success"_s : u"danger"_s, QString(), text));
    page.append(u"<p>"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "You can close this window."))
        + u" <a href=\""_s + HtmlPage::escape(Html::pageUrl(view.type, view.id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(200, page, t.language());
}

/// A decision that did not come with the page's own token: another web page, or a page from before a
/// restart. Nothing is changed.
SandboxResponse forgedDecisionPage(View::RequestType type, const QString &id, const Html::Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "The decision was not carried out"));
    HtmlPage page = Html::newPage(type, id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(Html::banner(u"danger"_s,
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The decision did not come from this approval page")),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "A decision counts only when it is sent with the approval page's own security token. It was "
            "missing or wrong: the decision may have come from another web page, or the sandbox was "
            "restarted after the page was opened. Nothing was changed."))));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(Html::pageUrl(type, id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(400, page, t.language());
}

/// The token of a posted form (application/x-www-form-urlencoded, as the page's forms send it).
QString formToken(const SandboxRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.body))
        .queryItemValue(Html::FormTokenField, QUrl::FullyDecoded);
}

Html::Texts textsFor(const SandboxRequest &request, const ApprovalPageText &catalogue)
{
    return Html::Texts(catalogue,
        ApprovalPageText::chooseLanguage(request.queryValue(u"lang"_s), request.header("accept-language")));
}

SandboxResponse showPage(const SandboxRequest &request, const SandboxContext &context,
    const ApprovalPageText &catalogue, const FormTokens &tokens, View::RequestType type)
{
    const Html::Texts t = textsFor(request, catalogue);
    const QString rawId = request.queryValue(u"id"_s);
    const auto view = View::findRequest(context, type, View::normalizedId(rawId));
    if (!view)
        return notFoundPage(type, rawId, t);
    return requestPage(context, *view, tokens, t);
}

/// The person of a posted form; the full access manager when the form names none (a page of an older
/// sandbox, or a form built by hand).
QString formPerson(const SandboxRequest &request)
{
    const QString person = QUrlQuery(QString::fromUtf8(request.body))
                               .queryItemValue(Html::PersonField, QUrl::FullyDecoded)
                               .trimmed();
    return person.isEmpty() ? TestPersons::defaultApproverId() : person;
}

/// A hidden form field with @p value.
QString hiddenField(const QString &name, const QString &value)
{
    return u"<input type=\"hidden\" name=\""_s + name + u"\" value=\""_s + HtmlPage::escape(value) + u"\">"_s;
}

/// The answer Altinn gave, as a line for the curious: "Altinn's answer: AUTH-00066 (HTTP 403)".
QString answerLineHtml(
    const SandboxContext &context, const SandboxDecisions::Decision &decision, const Html::Texts &t)
{
    const SandboxResponse problem = SandboxDecisions::problemFor(context, decision);
    const QString code = QJsonDocument::fromJson(problem.body).object().value(u"code"_s).toString();
    return u"<p class=\"note\">"_s
        + HtmlPage::escape(t(QT_TRANSLATE_NOOP("ApprovalPageText", "Altinn's answer: %1 (HTTP %2)"))
                               .arg(code, QString::number(problem.status)))
        + u"</p>\n"_s;
}

/// The person has no access-manager role: nothing was decided; standard and agent requests can be escalated
/// from here.
SandboxResponse notAccessManagerPage(const SandboxContext &context, const View::RequestView &view,
    const TestPersons::Person &person, const SandboxDecisions::Decision &decision, const FormTokens &tokens,
    const Html::Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "You cannot decide on this request"));
    HtmlPage page = Html::newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(Html::banner(u"danger"_s,
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 does not have the access manager role for %2"))
            .arg(HtmlPage::escape(person.name), Html::organisationHtml(context, view.partyOrgNo, t)),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "Only an access manager (Tilgangsstyrer) of the organisation can approve or reject a request for "
            "a "
            "system user. Nothing was changed: the request is still waiting for approval."))));
    if (view.type != View::RequestType::Change && view.status == Altinn::RequestStatus::New
        && !view.escalated) {
        page.append(u"<section class=\"card\"><h2>"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Send the request to an access manager"))
            + u"</h2>\n<p>"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                "When you escalate the request, the organisation's access managers find it in Altinn and can "
                "approve it. The vendor sees that it has been escalated."))
            + u"</p>\n<form method=\"post\" action=\""_s
            + HtmlPage::escape(Html::decisionUrl(view.type, view.id, u"escalate"_s, t.language())) + u"\">"_s
            + hiddenField(Html::FormTokenField, tokens.issue(View::pageName(view.type), view.id))
            + hiddenField(Html::PersonField, person.id) + u"<div class=\"actions\"><button type=\"submit\" "
            + u"class=\"primary\">"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Escalate to an access manager"))
            + u"</button></div></form>\n</section>\n"_s);
    } else if (view.type == View::RequestType::Change) {
        page.append(u"<p>"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                "A request to change a system user cannot be escalated: ask an access manager of the "
                "organisation to open the link."))
            + u"</p>\n"_s);
    }
    page.append(answerLineHtml(context, decision, t));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(Html::pageUrl(view.type, view.id, t.language()))
        + u"\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Choose another person"))
        + u"</a></p>\n"_s);
    return HtmlPage::response(SandboxDecisions::statusFor(decision), page, t.language());
}

/// The person could not delegate everything asked for: nothing was approved (all-or-nothing).
SandboxResponse delegationFailedPage(const SandboxContext &context, const View::RequestView &view,
    const TestPersons::Person &person, const SandboxDecisions::Decision &decision, const Html::Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "The request could not be approved"));
    HtmlPage page = Html::newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(Html::banner(u"danger"_s,
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 cannot delegate everything the request asks for"))
            .arg(HtmlPage::escape(person.name)),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "Approval is all-or-nothing: as one part could not be delegated, nothing was approved. The "
            "request is still waiting for approval."))));
    page.append(u"<section class=\"card\" aria-labelledby=\"blocked-heading\"><h2 id=\"blocked-heading\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "What stopped the approval")) + u"</h2>\n"_s
        + Html::blockedListHtml(context, decision.reasons, t) + u"</section>\n"_s);

    const bool nobodyCan = std::any_of(decision.reasons.cbegin(), decision.reasons.cend(),
        [](const Altinn::DelegationReason &reason) { return reason.blocksEveryone(); });
    QString advice;
    if (nobodyCan) {
        advice = t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "No one can approve this request, because a part of it cannot be delegated. Ask the vendor to "
            "send a new request without it."));
    } else {
        const TestPersons::Person approver = TestPersons::of(view.partyOrgNo).constFirst();
        advice =
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                       "Ask an access manager who can delegate all of it to approve the request – in the "
                       "sandbox, %1."))
                .arg(u"<strong>"_s + HtmlPage::escape(approver.name) + u"</strong>"_s);
    }
    page.append(u"<section class=\"card\"><h2>"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "What to do")) + u"</h2>\n<p>"_s + advice
        + u"</p>\n</section>\n"_s);
    page.append(answerLineHtml(context, decision, t));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(Html::pageUrl(view.type, view.id, t.language()))
        + u"\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Choose another person"))
        + u"</a></p>\n"_s);
    return HtmlPage::response(SandboxDecisions::statusFor(decision), page, t.language());
}

/// The form named a person the organisation does not have.
SandboxResponse unknownPersonPage(
    const View::RequestView &view, const QString &personId, const Html::Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "Unknown person"));
    HtmlPage page = Html::newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(Html::banner(u"danger"_s, QString(),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                   "The organisation has no test person %1. Choose one of the persons on the request page. "
                   "Nothing "
                   "was changed."))
            .arg(u"<code>"_s + HtmlPage::escape(personId) + u"</code>"_s)));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(Html::pageUrl(view.type, view.id, t.language()))
        + u"\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(400, page, t.language());
}

/// Receipt of an escalation: the request waits for an access manager; the way back to the vendor is offered
/// as a link, as the portal's "close" button does.
SandboxResponse escalatedPage(
    const SandboxContext &context, const View::RequestView &view, const Html::Texts &t)
{
    const QString heading =
        t(QT_TRANSLATE_NOOP("ApprovalPageText", "The request was sent to an access manager"));
    HtmlPage page = Html::newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + Html::eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(Html::banner(u"success"_s, QString(),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                   "The access managers of %1 can now find the request in Altinn and approve it. It is still "
                   "waiting "
                   "for approval; the vendor sees that it has been escalated."))
            .arg(Html::organisationHtml(context, view.partyOrgNo, t))));
    QString links = u"<p>"_s;
    if (view.redirectUrl && !view.redirectUrl->isEmpty()) {
        links += u"<a href=\""_s + HtmlPage::escape(*view.redirectUrl) + u"\">"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Return to the vendor")) + u"</a> · "_s;
    }
    links += u"<a href=\""_s + HtmlPage::escape(Html::pageUrl(view.type, view.id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s;
    page.append(links);
    return HtmlPage::response(200, page, t.language());
}

using SandboxDecisions::Action;

SandboxResponse decide(const SandboxRequest &request, SandboxContext &context,
    const ApprovalPageText &catalogue, const FormTokens &tokens, View::RequestType type, Action action)
{
    const Html::Texts t = textsFor(request, catalogue);
    const QString rawId = request.queryValue(u"id"_s);
    const QString id = View::normalizedId(rawId);
    // The page's own kind only: an agent request id posted to …/request/approve is not found. Any other query
    // parameter (the portal's skiplogout, say) changes nothing here.
    const auto before = View::findRequest(context, type, id);
    if (!before)
        return notFoundPage(type, rawId, t);
    // Only the page's own form decides: a cross-site form post has no valid token.
    if (!tokens.verify(formToken(request), View::pageName(type), id))
        return forgedDecisionPage(type, id, t);
    const QString personId = formPerson(request);
    const auto person = TestPersons::find(before->partyOrgNo, personId);
    if (!person)
        return unknownPersonPage(*before, personId, t);

    const SandboxDecisions::Decision decision = SandboxDecisions::act(context, id, action, person->id);
    const auto view = View::findRequest(context, type, id);
    if (!view)
        return notFoundPage(type, rawId, t);
    switch (decision.outcome) {
    case SandboxDecisions::Outcome::Done:
        break;
    case SandboxDecisions::Outcome::NotFound:
    case SandboxDecisions::Outcome::NotEscalatable: // no escalate route on the change request page
        return notFoundPage(type, rawId, t);
    case SandboxDecisions::Outcome::UnknownPerson:
        return unknownPersonPage(*view, personId, t);
    case SandboxDecisions::Outcome::AlreadyDecided:
        return alreadyHandledPage(*view, t);
    case SandboxDecisions::Outcome::NotAccessManager:
        return notAccessManagerPage(context, *view, *person, decision, tokens, t);
    case SandboxDecisions::Outcome::DelegationCheckFailed:
        return delegationFailedPage(context, *view, *person, decision, t);
    case SandboxDecisions::Outcome::SystemUserExists:
        return failedPage(*view,
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                "A system user already exists for this system, organisation and external reference. Delete "
                "it before you approve this request.")),
            SandboxDecisions::statusFor(decision), t);
    case SandboxDecisions::Outcome::SystemUserNotFound:
        return failedPage(*view,
            t.html(QT_TRANSLATE_NOOP(
                "ApprovalPageText", "The system user this change request is for no longer exists.")),
            SandboxDecisions::statusFor(decision), t);
    }
    if (action == Action::Escalate)
        return escalatedPage(context, *view, t);
    // docs/altinn-behaviour.md#approval-url-and-flow, step 5: the portal sends the browser to the stored
    // redirectUrl exactly as given, after reject too (docs/altinn-behaviour.md#redirect-after-reject: very
    // likely); without one the user stays on a receipt.
    if (view->redirectUrl && !view->redirectUrl->isEmpty())
        return SandboxResponse::redirect(*view->redirectUrl, 302).withHeader("Cache-Control", "no-store");
    return receiptPage(context, *view, action == Action::Approve, t);
}

} // namespace

QString ApprovalPages::pagePath(const QString &page)
{
    return u"/accessmanagement/ui/systemuser/"_s + page;
}

void ApprovalPages::registerRoutes(Router &router, SandboxContext &context)
{
    // One catalogue set and one token key for all pages, shared by the handlers (and freed with the router).
    const auto catalogue = std::make_shared<const ApprovalPageText>();
    const auto tokens = std::make_shared<const FormTokens>();
    for (const View::RequestType type :
        {View::RequestType::Standard, View::RequestType::Agent, View::RequestType::Change}) {
        const QString path = pagePath(View::pageName(type));
        router.add("GET", path, [&context, catalogue, tokens, type](const SandboxRequest &request) {
            return showPage(request, context, *catalogue, *tokens, type);
        });
        router.add(
            "POST", path + u"/approve"_s, [&context, catalogue, tokens, type](const SandboxRequest &request) {
                return decide(request, context, *catalogue, *tokens, type, Action::Approve);
            });
        router.add(
            "POST", path + u"/reject"_s, [&context, catalogue, tokens, type](const SandboxRequest &request) {
                return decide(request, context, *catalogue, *tokens, type, Action::Reject);
            });
        // Escalation to an access manager exists for standard and agent requests, not for change requests.
        if (type != View::RequestType::Change) {
            router.add("POST", path + u"/escalate"_s,
                [&context, catalogue, tokens, type](const SandboxRequest &request) {
                    return decide(request, context, *catalogue, *tokens, type, Action::Escalate);
                });
        }
    }
}
