#pragma once

#include "model/DelegationReason.h"
#include "model/RequestStatus.h"
#include "sandbox/ApprovalPageText.h"
#include "sandbox/ApprovalPageView.h"
#include "sandbox/HtmlPage.h"

#include <QList>
#include <QString>

class SandboxContext;

/// The parts of the approval pages (ApprovalPages) in the page's language: formatting, "Who approves?" and
/// what the request is about.
namespace ApprovalPageHtml {

using Texts = PageTexts;

/// The name of the forms' anti-forgery token field.
inline const QString FormTokenField = QStringLiteral("token");
/// The name of the forms' field for who acts (TestPersons).
inline const QString PersonField = QStringLiteral("person");

// ---- Formatting ----

/// The status as an English source text (QT_TRANSLATE_NOOP("ApprovalPageText", …)), for Texts to translate.
const char *statusText(Altinn::RequestStatus status);
/// The CSS class of the status pill.
QString statusClass(Altinn::RequestStatus status);
/// The organisation's name from the register, escaped; a marked placeholder when it is not there.
QString organisationHtml(const SandboxContext &context, const QString &orgNo, const Texts &t);
/// The system's name in @p language (else nb, else en); its id when the register has no name.
QString systemName(const SandboxContext &context, const QString &systemId, const QString &language);
/// The organisation number of the system's vendor.
QString vendorOrgNo(const SandboxContext &context, const QString &systemId);
/// The name the system user gets: the request's integrationTitle, else the system's nb name
/// (docs/altinn-behaviour.md#status-lifecycle).
QString effectiveIntegrationTitle(const SandboxContext &context, const ApprovalPageView::RequestView &view);
/// The address of the page of request @p id in @p language.
QString pageUrl(ApprovalPageView::RequestType type, const QString &id, const QString &language);
/// Where the page's forms post @p decision ("approve", "reject", "escalate").
QString decisionUrl(
    ApprovalPageView::RequestType type, const QString &id, const QString &decision, const QString &language);
/// A page titled "@p title – Altinn sandbox", with the language links and the sandbox footer.
HtmlPage newPage(ApprovalPageView::RequestType type, const QString &id, const QString &title, const Texts &t);
/// A coloured notice; @p titleHtml may be empty.
QString banner(const QString &kind, const QString &titleHtml, const QString &textHtml);

// ---- Who approves (docs/sandbox.md#who-approves) ----

/// "Name: reason; reason" items of every blocked resource and package.
QString blockedListHtml(
    const SandboxContext &context, const QList<Altinn::DelegationReason> &reasons, const Texts &t);
/// The "Who approves?" radio group: the organisation's persons, the full access manager chosen.
QString personsHtml(const SandboxContext &context, const ApprovalPageView::RequestView &view, const Texts &t);

// ---- What the request is about ----

/// The "About the request" facts: system, vendor, organisation, system user name, reference, created, id.
QString factsHtml(const SandboxContext &context, const ApprovalPageView::RequestView &view, const Texts &t);
/// The card of what the request asks for (or, for a change request, what it changes).
QString rightsCardHtml(
    const SandboxContext &context, const ApprovalPageView::RequestView &view, const Texts &t);
/// The line above a page's heading: which kind of request it is.
QString eyebrowText(ApprovalPageView::RequestType type, const Texts &t);

} // namespace ApprovalPageHtml
