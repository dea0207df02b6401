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
 *   POST <page path>/approve?id=…  and  <page path>/reject?id=…   (the page's two forms)
 *
 * A decision counts only with the anti-forgery token of the page's forms (FormTokens; else a 400 page). It
 * answers 302 to the stored redirectUrl exactly as given, or a receipt page (200) when there is none; a
 * second decision answers a "already handled" page with 409; an unknown id a page with 404.
 * The language comes from ?lang=, else Accept-Language, else nb. See docs/sandbox.md.
 */
class ApprovalPages
{
public:
    static void registerRoutes(Router &router, SandboxContext &context);

    /// "/accessmanagement/ui/systemuser/" + @p page ("request", "agentrequest", "changerequest").
    static QString pagePath(const QString &page);
};
