#pragma once

#include <QString>

class Router;
class SandboxContext;

/**
 * The customer's approval pages (docs/altinn-behaviour.md#approval-url-and-flow) at Altinn's paths, as HTML
 * in nb, nn or en:
 *
 *   GET  /accessmanagement/ui/systemuser/request?id=…        standard request
 *   GET  /accessmanagement/ui/systemuser/agentrequest?id=…   agent request
 *   GET  /accessmanagement/ui/systemuser/changerequest?id=…  change request
 *   POST <page path>/approve?id=…  and  <page path>/reject?id=…   (the page's form)
 *   POST <page path>/escalate?id=…   (standard and agent requests)
 *
 * The form asks who acts ("Who approves?": the organisation's TestPersons, `person=`; the access manager
 * when missing). A decision counts only with the anti-forgery token of the page's forms (FormTokens; else a
 * 400 page). It answers 302 to the stored redirectUrl exactly as given, or a receipt page (200) when there is
 * none; a second decision answers a "already handled" page with 409; an unknown id a page with 404; a person
 * without the access-manager role a 403 page offering escalation; a failed delegation check a 403/400 page
 * listing what blocked (all-or-nothing). Other query parameters (the portal's `skiplogout`) change nothing.
 * The language comes from ?lang=, else Accept-Language, else nb. See docs/sandbox.md.
 */
class ApprovalPages
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);

    /// "/accessmanagement/ui/systemuser/" + @p page ("request", "agentrequest", "changerequest").
    static QString pagePath(const QString &page);
};
