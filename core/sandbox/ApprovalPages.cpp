#include "sandbox/ApprovalPages.h"

#include "sandbox/ApprovalPageText.h"
#include "sandbox/FormTokens.h"
#include "sandbox/HtmlPage.h"
#include "sandbox/Router.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxDecisions.h"
#include "sandbox/TestPersons.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

// Every page text is an English source string marked QT_TRANSLATE_NOOP("ApprovalPageText", …) — spelled out,
// since lupdate does not expand macros — and translated per request by ApprovalPageText.

namespace {

using RequestType = SandboxDecisions::RequestType;

/// The name of the forms' anti-forgery token field.
const QString FormTokenField = u"token"_s;
/// The name of the forms' field for who acts (TestPersons).
const QString PersonField = u"person"_s;

using Texts = PageTexts;

/// What a page shows of a standard, agent or change request.
struct RequestView
{
    RequestType type = RequestType::Standard;
    QString id;
    QString systemId;
    QString partyOrgNo;
    QString externalRef;
    QString integrationTitle; ///< change requests: the system user's
    QString systemUserId; ///< change requests only
    QList<Altinn::Right> rights; ///< change requests: required rights
    QList<Altinn::AccessPackageRef> packages; ///< change requests: required packages
    QList<Altinn::Right> unwantedRights;
    QList<Altinn::AccessPackageRef> unwantedPackages;
    Altinn::RequestStatus status = Altinn::RequestStatus::New;
    std::optional<QString> redirectUrl;
    QDateTime created;
    bool escalated = false; ///< standard and agent requests: sent on to the organisation's access managers
};

QString pageName(RequestType type)
{
    switch (type) {
    case RequestType::Agent:
        return u"agentrequest"_s;
    case RequestType::Change:
        return u"changerequest"_s;
    case RequestType::Standard:
        break;
    }
    return u"request"_s;
}

/// Request ids are lowercase GUIDs; anything that is not a GUID finds nothing.
QString normalizedId(const QString &raw)
{
    const QUuid uuid = QUuid::fromString(raw.trimmed());
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

std::optional<RequestView> findRequest(const SandboxContext &context, RequestType type, const QString &id)
{
    if (id.isEmpty())
        return std::nullopt;
    RequestView view;
    view.type = type;
    view.id = id;
    if (type == RequestType::Change) {
        const auto it = context.state.changeRequests.constFind(id);
        if (it == context.state.changeRequests.cend() || it->isDeleted)
            return std::nullopt;
        view.systemId = it->systemId;
        view.partyOrgNo = it->partyOrgNo;
        view.externalRef = it->externalRef;
        view.systemUserId = it->systemUserId;
        view.integrationTitle = context.state.systemUsers.value(it->systemUserId).integrationTitle;
        view.rights = it->change.requiredRights;
        view.unwantedRights = it->change.unwantedRights;
        view.packages = it->change.requiredAccessPackages;
        view.unwantedPackages = it->change.unwantedAccessPackages;
        view.status = it->status;
        view.redirectUrl = it->change.redirectUrl;
        view.created = it->created;
        return view;
    }
    const auto it = context.state.requests.constFind(id);
    const Altinn::RequestKind kind =
        type == RequestType::Agent ? Altinn::RequestKind::Agent : Altinn::RequestKind::Standard;
    // Each page shows its own kind only, like the portal's separate request and agentrequest pages.
    if (it == context.state.requests.cend() || it->isDeleted || it->kind != kind)
        return std::nullopt;
    view.systemId = it->systemId;
    view.partyOrgNo = it->partyOrgNo;
    view.externalRef = it->externalRef;
    view.integrationTitle = it->integrationTitle;
    view.rights = it->rights;
    view.packages = it->accessPackages;
    view.status = it->status;
    view.redirectUrl = it->redirectUrl;
    view.created = it->created;
    view.escalated = it->escalated;
    return view;
}

// ---- Formatting ------------------------------------------------------------------------------

/// A language map's entry for @p language, falling back to nb, then en, then any.
QString localized(const QJsonObject &texts, const QString &language)
{
    for (const QString &key : {language, u"nb"_s, u"en"_s}) {
        const QString value = texts.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
        if (!it.value().toString().isEmpty())
            return it.value().toString();
    }
    return {};
}

QString localized(const Altinn::LocalizedText &texts, const QString &language)
{
    for (const QString &key : {language, u"nb"_s, u"en"_s}) {
        const QString value = texts.value(key);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

/// "991825827" → "991 825 827", as Norwegian organisation numbers are usually written.
QString formatOrgNo(const QString &orgNo)
{
    if (orgNo.size() != 9)
        return orgNo;
    return orgNo.left(3) + u'\u00a0' + orgNo.mid(3, 3) + u'\u00a0' + orgNo.mid(6);
}

QString formatCreated(const QDateTime &created, const QString &language)
{
    if (!created.isValid())
        return {};
    const QDateTime utc = created.toUTC();
    if (language == u"en")
        return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(utc, u"d MMMM yyyy, HH:mm 'UTC'"_s);
    const QLocale locale(
        language == u"nn" ? QLocale::NorwegianNynorsk : QLocale::NorwegianBokmal, QLocale::Norway);
    return locale.toString(utc, u"d. MMMM yyyy 'kl.' HH:mm 'UTC'"_s);
}

const char *statusText(Altinn::RequestStatus status)
{
    switch (status) {
    case Altinn::RequestStatus::New:
        return QT_TRANSLATE_NOOP("ApprovalPageText", "Waiting for approval");
    case Altinn::RequestStatus::Accepted:
        return QT_TRANSLATE_NOOP("ApprovalPageText", "Approved");
    case Altinn::RequestStatus::Rejected:
        return QT_TRANSLATE_NOOP("ApprovalPageText", "Rejected");
    case Altinn::RequestStatus::Denied:
        return QT_TRANSLATE_NOOP("ApprovalPageText", "Denied");
    case Altinn::RequestStatus::Timedout:
        return QT_TRANSLATE_NOOP("ApprovalPageText", "Timed out");
    case Altinn::RequestStatus::NoChangeNeeded:
        return QT_TRANSLATE_NOOP("ApprovalPageText", "No change needed");
    case Altinn::RequestStatus::Unknown:
        break;
    }
    return QT_TRANSLATE_NOOP("ApprovalPageText", "Unknown");
}

/// The CSS class of the status pill.
QString statusClass(Altinn::RequestStatus status)
{
    switch (status) {
    case Altinn::RequestStatus::New:
        return u"new"_s;
    case Altinn::RequestStatus::Accepted:
        return u"accepted"_s;
    default:
        return u"rejected"_s;
    }
}

/// The organisation's name from the register, escaped; a marked placeholder when it is not there.
QString organisationHtml(const SandboxContext &context, const QString &orgNo, const Texts &t)
{
    const auto name = context.organisationName(orgNo);
    return name ? HtmlPage::escape(*name)
                : u"<span class=\"muted\">"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Unknown organisation")) + u"</span>"_s;
}

QString systemName(const SandboxContext &context, const QString &systemId, const QString &language)
{
    const auto it = context.state.systems.constFind(systemId);
    if (it == context.state.systems.cend())
        return systemId;
    const QString name = localized(it->definition.name, language);
    return name.isEmpty() ? systemId : name;
}

QString vendorOrgNo(const SandboxContext &context, const QString &systemId)
{
    const auto it = context.state.systems.constFind(systemId);
    if (it == context.state.systems.cend())
        return systemId.section(u'_', 0, 0); // system ids start with the vendor's org number
    return it->vendorOrgNumber();
}

/// The name the system user gets: the request's integrationTitle, else the system's nb name
/// (docs/altinn-behaviour.md#status-lifecycle).
QString effectiveIntegrationTitle(const SandboxContext &context, const RequestView &view)
{
    if (!view.integrationTitle.isEmpty())
        return view.integrationTitle;
    const auto it = context.state.systems.constFind(view.systemId);
    return it == context.state.systems.cend() ? QString() : it->definition.name.value(u"nb"_s);
}

QString rightItemHtml(const SandboxContext &context, const Altinn::Right &right, const Texts &t)
{
    const QString resourceId = right.resourceId();
    QString name;
    if (const auto resource = context.catalogue.resource(resourceId))
        name = localized(resource->value(u"title"_s).toObject(), t.language());
    QString html = u"<li><span class=\"name\">"_s
        + (name.isEmpty() ? t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Unknown resource"))
                          : HtmlPage::escape(name))
        + u"</span><span class=\"ids\">"_s;
    // Usually one pair (urn:altinn:resource = identifier); show every pair of a multi-pair right.
    QStringList codes;
    for (const Altinn::AttributePair &pair : right.resource) {
        const QString label = pair.id == QStringView(Altinn::ResourceAttributeId)
            ? pair.value
            : QString(pair.id + u" = "_s + pair.value);
        codes.append(u"<code>"_s + HtmlPage::escape(label) + u"</code>"_s);
    }
    html += codes.join(u' ');
    if (right.action)
        html += u" <span class=\"kind\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Action:"))
            + u" "_s + HtmlPage::escape(*right.action) + u"</span>"_s;
    return html + u"</span></li>"_s;
}

QString packageItemHtml(
    const SandboxContext &context, const Altinn::AccessPackageRef &package, const Texts &t)
{
    QString name;
    if (const auto dto = context.catalogue.accessPackage(package.urn, t.language()))
        name = dto->value(u"name"_s).toString();
    return u"<li><span class=\"name\">"_s
        + (name.isEmpty() ? t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Unknown access package"))
                          : HtmlPage::escape(name))
        + u"</span><code>"_s + HtmlPage::escape(package.urn) + u"</code></li>"_s;
}

QString rightsListHtml(const SandboxContext &context, const char *heading, const QList<Altinn::Right> &rights,
    const Texts &t, bool showWhenEmpty)
{
    if (rights.isEmpty() && !showWhenEmpty)
        return {};
    QString html = u"<h3 class=\"eyebrow\">"_s + t.html(heading) + u"</h3>\n"_s;
    if (rights.isEmpty())
        return html + u"<p class=\"empty\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "None"))
            + u"</p>\n"_s;
    html += u"<ul class=\"items\">"_s;
    for (const Altinn::Right &right : rights)
        html += rightItemHtml(context, right, t);
    return html + u"</ul>\n"_s;
}

QString packagesListHtml(const SandboxContext &context, const char *heading,
    const QList<Altinn::AccessPackageRef> &packages, const Texts &t, bool showWhenEmpty)
{
    if (packages.isEmpty() && !showWhenEmpty)
        return {};
    QString html = u"<h3 class=\"eyebrow\">"_s + t.html(heading) + u"</h3>\n"_s;
    if (packages.isEmpty())
        return html + u"<p class=\"empty\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "None"))
            + u"</p>\n"_s;
    html += u"<ul class=\"items\">"_s;
    for (const Altinn::AccessPackageRef &package : packages)
        html += packageItemHtml(context, package, t);
    return html + u"</ul>\n"_s;
}

QString pageUrl(RequestType type, const QString &id, const QString &language)
{
    return ApprovalPages::pagePath(pageName(type)) + u"?id="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"&DONTCHOOSEREPORTEE=true&lang="_s + language;
}

QString decisionUrl(RequestType type, const QString &id, const QString &decision, const QString &language)
{
    return ApprovalPages::pagePath(pageName(type)) + u'/' + decision + u"?id="_s
        + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u"&lang="_s + language;
}

QString headerHtml(RequestType type, const QString &id, const Texts &t)
{
    const QList<std::pair<QString, QString>> languages{
        {u"nb"_s, u"Bokmål"_s}, {u"nn"_s, u"Nynorsk"_s}, {u"en"_s, u"English"_s}};
    QString links;
    for (const auto &[code, name] : languages) {
        links += u"<li><a href=\""_s + HtmlPage::escape(pageUrl(type, id, code)) + u"\" hreflang=\""_s + code
            + u"\" lang=\""_s + code + u'"' + (code == t.language() ? u" aria-current=\"true\""_s : QString())
            + u'>' + name + u"</a></li>"_s;
    }
    return u"<a class=\"skip\" href=\"#main\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Skip to content"))
        + u"</a>\n<header class=\"topbar\"><span class=\"brand\">Altinn<span class=\"badge\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Sandbox")) + u"</span></span>\n<nav aria-label=\""_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Language")) + u"\"><ul class=\"languages\">"_s + links
        + u"</ul></nav></header>"_s;
}

QString footerHtml(const Texts &t)
{
    return t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
        "Sandbox: a local imitation of Altinn's approval page. Nothing is sent to Altinn "
        "and nobody needs to log in; a decision here changes the sandbox only."));
}

HtmlPage newPage(RequestType type, const QString &id, const QString &title, const Texts &t)
{
    HtmlPage page(t.language(), t(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 – Altinn sandbox")).arg(title));
    page.setHeader(headerHtml(type, id, t));
    page.setFooter(footerHtml(t));
    return page;
}

/// A coloured notice; @p titleHtml may be empty.
QString banner(const QString &kind, const QString &titleHtml, const QString &textHtml)
{
    const QString title =
        titleHtml.isEmpty() ? QString() : u"<strong class=\"banner-title\">"_s + titleHtml + u"</strong>"_s;
    return u"<div class=\"banner "_s + kind + u"\" role=\"status\"><p>"_s + title + textHtml
        + u"</p></div>\n"_s;
}

// ---- Who approves (docs/sandbox.md#who-approves) ---------------------------------------------

/// The readable name of a blocked resource or package, escaped.
QString blockedItemHtml(const SandboxContext &context, const Altinn::DelegationReason &reason, const Texts &t)
{
    QString name;
    if (reason.type == Altinn::DelegationReason::Type::Resource) {
        if (const auto resource = context.catalogue.resource(reason.id))
            name = localized(resource->value(u"title"_s).toObject(), t.language());
    } else if (const auto dto = context.catalogue.accessPackage(reason.id, t.language())) {
        name = dto->value(u"name"_s).toString();
    }
    return name.isEmpty() ? u"<code>"_s + HtmlPage::escape(reason.id) + u"</code>"_s : HtmlPage::escape(name);
}

/// Why one item could not be delegated, in plain words (Access management's reason codes).
const char *reasonText(const QString &code)
{
    if (code == u"MissingRoleAccess")
        return QT_TRANSLATE_NOOP("ApprovalPageText",
            "no role in the Central Coordinating Register or in Altinn gives the person this right");
    if (code == u"MissingDelegationAccess")
        return QT_TRANSLATE_NOOP("ApprovalPageText", "the right has not been delegated to the person");
    if (code == u"MissingSrrRightAccess")
        return QT_TRANSLATE_NOOP(
            "ApprovalPageText", "the service requires an explicit right that the organisation does not have");
    if (code == u"InsufficientAuthenticationLevel")
        return QT_TRANSLATE_NOOP("ApprovalPageText", "the service requires a higher security level at login");
    if (code == u"AccessListValidationFail")
        return QT_TRANSLATE_NOOP("ApprovalPageText", "the organisation is not on the service's access list");
    if (code == u"MissingPackageAccess")
        return QT_TRANSLATE_NOOP("ApprovalPageText", "the person does not hold this access package");
    if (code == u"ResourceNotDelegable")
        return QT_TRANSLATE_NOOP("ApprovalPageText", "it cannot be delegated by anyone");
    if (code == u"ResourceIsMaskinPortenSchema")
        return QT_TRANSLATE_NOOP(
            "ApprovalPageText", "it is a Maskinporten schema, which cannot be delegated to a system user");
    return QT_TRANSLATE_NOOP("ApprovalPageText", "the delegation check failed for an unknown reason");
}

/// "Name: reason; reason" items of every blocked resource and package.
QString blockedListHtml(
    const SandboxContext &context, const QList<Altinn::DelegationReason> &reasons, const Texts &t)
{
    QString html = u"<ul class=\"items\">"_s;
    for (const Altinn::DelegationReason &reason : reasons) {
        QStringList why;
        for (const QString &code : reason.codes)
            why.append(t.html(reasonText(code)));
        html += u"<li><span class=\"name\">"_s + blockedItemHtml(context, reason, t)
            + u"</span><span class=\"kind\">"_s + why.join(u"; "_s) + u"</span></li>"_s;
    }
    return html + u"</ul>\n"_s;
}

/// The person's role, as the page names it.
QString roleHtml(const TestPersons::Person &person, const Texts &t)
{
    switch (person.kind) {
    case TestPersons::Kind::AccessManager:
        break;
    case TestPersons::Kind::GeneralManager:
        return t.html(QT_TRANSLATE_NOOP(
            "ApprovalPageText", "General manager (daglig leder), without the access manager role"));
    case TestPersons::Kind::AccessManagerLackingFirstRequested:
        return t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "Access manager (Tilgangsstyrer) who, in the sandbox, lacks the first right or access package "
            "a request asks for"));
    }
    return t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Access manager (Tilgangsstyrer)"));
}

/// What the person could do with this request, from the same checks the decision runs.
QString capabilityHtml(
    const SandboxContext &context, const RequestView &view, const TestPersons::Person &person, const Texts &t)
{
    const SandboxDecisions::Decision check = SandboxDecisions::checkApproval(context, view.id, person.id);
    switch (check.outcome) {
    case SandboxDecisions::Outcome::Done:
        return view.type == RequestType::Agent
            ? t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                "Can approve: a request for client relationships needs the access manager role, not the "
                "rights."))
            : t.html(QT_TRANSLATE_NOOP(
                "ApprovalPageText", "Can approve: can delegate everything this request asks for."));
    case SandboxDecisions::Outcome::NotAccessManager:
        return view.type == RequestType::Change
            ? t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Cannot approve or reject this request."))
            : t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                "Cannot approve or reject; can escalate the request to an access manager."));
    case SandboxDecisions::Outcome::DelegationCheckFailed: {
        QStringList items;
        for (const Altinn::DelegationReason &reason : check.reasons)
            items.append(blockedItemHtml(context, reason, t));
        return t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Cannot approve: cannot delegate %1."))
            .arg(items.join(u", "_s));
    }
    default:
        break;
    }
    return {};
}

/// The "Who approves?" radio group: the organisation's persons, the full access manager chosen.
QString personsHtml(const SandboxContext &context, const RequestView &view, const Texts &t)
{
    QString html = u"<fieldset class=\"persons\">\n<legend>"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Who approves?")) + u"</legend>\n<p class=\"note\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "In Altinn you log in with ID-porten and act as yourself. In the sandbox you choose who you are: "
            "only an access manager who can delegate everything asked for can approve, and approval is "
            "all-or-nothing."))
        + u"</p>\n"_s;
    bool first = true;
    for (const TestPersons::Person &person : TestPersons::of(view.partyOrgNo)) {
        const QString inputId = u"approver-"_s + person.id;
        const QString capability = capabilityHtml(context, view, person, t);
        html += u"<div class=\"person\"><input type=\"radio\" name=\""_s + PersonField + u"\" id=\""_s
            + inputId + u"\" value=\""_s + HtmlPage::escape(person.id) + u'"'
            + (first ? u" checked"_s : QString()) + u"><label for=\""_s + inputId
            + u"\"><span class=\"name\">"_s + HtmlPage::escape(person.name)
            + u"</span> <span class=\"role\">"_s + roleHtml(person, t) + u"</span>"_s
            + (capability.isEmpty() ? QString() : u"<span class=\"can\">"_s + capability + u"</span>"_s)
            + u"</label></div>\n"_s;
        first = false;
    }
    return html + u"</fieldset>\n"_s;
}

// ---- Pages -----------------------------------------------------------------------------------

QString factsHtml(const SandboxContext &context, const RequestView &view, const Texts &t)
{
    const QString vendor = vendorOrgNo(context, view.systemId);
    const auto fact = [](const QString &labelHtml, const QString &valueHtml) -> QString {
        return u"<dt>"_s + labelHtml + u"</dt><dd>"_s + valueHtml + u"</dd>\n"_s;
    };
    const auto orgLine = [&t](const QString &orgNo) -> QString {
        return u"<br><span class=\"muted\">"_s
            + HtmlPage::escape(
                t(QT_TRANSLATE_NOOP("ApprovalPageText", "Org. no. %1")).arg(formatOrgNo(orgNo)))
            + u"</span>"_s;
    };
    QString html = u"<dl class=\"facts\">\n"_s;
    html += fact(t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "System")),
        HtmlPage::escape(systemName(context, view.systemId, t.language())) + u"<br><code>"_s
            + HtmlPage::escape(view.systemId) + u"</code>"_s);
    html += fact(t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Vendor")),
        organisationHtml(context, vendor, t) + orgLine(vendor));
    html += fact(t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Organisation giving access")),
        organisationHtml(context, view.partyOrgNo, t) + orgLine(view.partyOrgNo));
    const QString title = effectiveIntegrationTitle(context, view);
    if (!title.isEmpty())
        html += fact(t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Name of the system user")),
            HtmlPage::escape(title));
    if (!view.externalRef.isEmpty() && view.externalRef != view.partyOrgNo)
        html += fact(t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "External reference")),
            HtmlPage::escape(view.externalRef));
    if (view.type == RequestType::Change)
        html += fact(t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "System user")),
            u"<code>"_s + HtmlPage::escape(view.systemUserId) + u"</code>"_s);
    if (view.created.isValid())
        html += fact(t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Created")),
            HtmlPage::escape(formatCreated(view.created, t.language())));
    html += fact(t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Request id")),
        u"<code>"_s + HtmlPage::escape(view.id) + u"</code>"_s);
    return html + u"</dl>\n"_s;
}

QString rightsCardHtml(const SandboxContext &context, const RequestView &view, const Texts &t)
{
    QString html =
        u"<section class=\"card\" aria-labelledby=\"rights-heading\">\n<h2 id=\"rights-heading\">"_s;
    switch (view.type) {
    case RequestType::Standard:
        html +=
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "What the system gets access to")) + u"</h2>\n"_s;
        html += rightsListHtml(context, QT_TRANSLATE_NOOP("ApprovalPageText", "Single rights"), view.rights,
            t, view.packages.isEmpty());
        html += packagesListHtml(context, QT_TRANSLATE_NOOP("ApprovalPageText", "Access packages"),
            view.packages, t, view.rights.isEmpty());
        break;
    case RequestType::Agent:
        html += t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Access packages for client relationships"))
            + u"</h2>\n"_s;
        html += packagesListHtml(
            context, QT_TRANSLATE_NOOP("ApprovalPageText", "Access packages"), view.packages, t, true);
        break;
    case RequestType::Change:
        html += t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Requested changes")) + u"</h2>\n"_s;
        html += rightsListHtml(
            context, QT_TRANSLATE_NOOP("ApprovalPageText", "Rights to add"), view.rights, t, false);
        html += rightsListHtml(context, QT_TRANSLATE_NOOP("ApprovalPageText", "Rights to remove"),
            view.unwantedRights, t, false);
        html += packagesListHtml(context, QT_TRANSLATE_NOOP("ApprovalPageText", "Access packages to add"),
            view.packages, t, false);
        html += packagesListHtml(context, QT_TRANSLATE_NOOP("ApprovalPageText", "Access packages to remove"),
            view.unwantedPackages, t, false);
        break;
    }
    return html + u"</section>\n"_s;
}

QString eyebrowText(RequestType type, const Texts &t)
{
    switch (type) {
    case RequestType::Agent:
        return t.html(
            QT_TRANSLATE_NOOP("ApprovalPageText", "Request for a system user for client relationships"));
    case RequestType::Change:
        return t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Request to change a system user"));
    case RequestType::Standard:
        break;
    }
    return t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Request for a system user"));
}

SandboxResponse requestPage(
    const SandboxContext &context, const RequestView &view, const FormTokens &tokens, const Texts &t)
{
    const QString system = systemName(context, view.systemId, t.language());
    HtmlPage page = newPage(view.type, view.id, system, t);
    const auto strong = [](const QString &html) -> QString {
        return u"<strong>"_s + html + u"</strong>"_s;
    };
    const QString vendorHtml = strong(organisationHtml(context, vendorOrgNo(context, view.systemId), t));
    const QString customerHtml = strong(organisationHtml(context, view.partyOrgNo, t));
    const QString systemHtml = strong(HtmlPage::escape(system));

    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(view.type, t) + u" <span class=\"pill "_s
        + statusClass(view.status) + u"\">"_s + t.html(statusText(view.status)) + u"</span></p>\n<h1>"_s
        + HtmlPage::escape(system) + u"</h1>\n"_s);
    QString lead;
    switch (view.type) {
    case RequestType::Standard:
        lead = t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "%1 asks %2 to approve a system user, so that the system %3 can act on behalf "
            "of %2 with the rights below."));
        break;
    case RequestType::Agent:
        lead = t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "%1 asks %2 to approve a system user for client relationships. After approval, "
            "%2 can let the system %3 work for its clients with the access packages below."));
        break;
    case RequestType::Change:
        lead = t.html(QT_TRANSLATE_NOOP(
            "ApprovalPageText", "%1 asks %2 to change what the system user for the system %3 may do."));
        break;
    }
    page.append(u"<p class=\"lead\">"_s + lead.arg(vendorHtml, customerHtml, systemHtml) + u"</p>\n"_s);

    if (view.status != Altinn::RequestStatus::New) {
        page.append(banner(view.status == Altinn::RequestStatus::Accepted ? u"success"_s : u"danger"_s,
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "This request has already been handled")),
            HtmlPage::escape(
                t(QT_TRANSLATE_NOOP("ApprovalPageText", "Status: %1.")).arg(t(statusText(view.status))))));
    }
    if (context.isTimedOut(view.created)) {
        page.append(
            banner(u"warning"_s, t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "This request has timed out")),
                t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                    "It was created more than 180 days ago, so the API reports timedOut: true. The "
                    "sandbox still lets you decide."))));
    }

    if (view.escalated && view.status == Altinn::RequestStatus::New) {
        page.append(
            banner(u"info"_s, t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The request has been escalated")),
                t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                           "Someone without the access manager role sent it on: it waits for an access "
                           "manager of %1."))
                    .arg(organisationHtml(context, view.partyOrgNo, t))));
    }

    // What is asked for first, then who and when, then the decision.
    page.append(rightsCardHtml(context, view, t));
    page.append(u"<section class=\"card\" aria-labelledby=\"about-heading\">\n<h2 id=\"about-heading\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "About the request")) + u"</h2>\n"_s
        + factsHtml(context, view, t) + u"</section>\n"_s);

    if (view.status == Altinn::RequestStatus::New) {
        // One form: who acts, and the page's anti-forgery token (docs/sandbox.md#browser-protections), sent
        // to approve, reject or escalate by the button pressed.
        const QString token = u"<input type=\"hidden\" name=\""_s + FormTokenField + u"\" value=\""_s
            + HtmlPage::escape(tokens.issue(pageName(view.type), view.id)) + u"\">"_s;
        page.append(u"<form method=\"post\" action=\""_s
            + HtmlPage::escape(decisionUrl(view.type, view.id, u"approve"_s, t.language())) + u"\">"_s + token
            + u"\n"_s + personsHtml(context, view, t) + u"<div class=\"actions\">\n"_s
            + u"<button type=\"submit\" class=\"primary\">"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Approve")) + u"</button>\n"_s
            + u"<button type=\"submit\" class=\"secondary\" formaction=\""_s
            + HtmlPage::escape(decisionUrl(view.type, view.id, u"reject"_s, t.language())) + u"\">"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Reject")) + u"</button>\n"_s);
        // Escalation exists for standard and agent requests, once.
        if (view.type != RequestType::Change && !view.escalated) {
            page.append(u"<button type=\"submit\" class=\"tertiary\" formaction=\""_s
                + HtmlPage::escape(decisionUrl(view.type, view.id, u"escalate"_s, t.language())) + u"\">"_s
                + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Escalate to an access manager"))
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

SandboxResponse notFoundPage(RequestType type, const QString &rawId, const Texts &t)
{
    HtmlPage page = newPage(type, rawId, t(QT_TRANSLATE_NOOP("ApprovalPageText", "Request not found")), t);
    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(type, t) + u"</p>\n<h1>"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Request not found"))
        + u"</h1>\n<div class=\"card\"><p>"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                     "The sandbox has no such request with the id %1. It may have been deleted, or the "
                     "link may be incomplete."))
              .arg(u"<code>"_s + HtmlPage::escape(rawId.isEmpty() ? u"–"_s : rawId) + u"</code>"_s)
        + u"</p></div>\n"_s);
    return HtmlPage::response(404, page, t.language());
}

SandboxResponse alreadyHandledPage(const RequestView &view, const Texts &t)
{
    HtmlPage page = newPage(view.type, view.id,
        t(QT_TRANSLATE_NOOP("ApprovalPageText", "This request has already been handled")), t);
    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "This request has already been handled"))
        + u"</h1>\n"_s);
    page.append(banner(view.status == Altinn::RequestStatus::Accepted ? u"success"_s : u"danger"_s,
        HtmlPage::escape(
            t(QT_TRANSLATE_NOOP("ApprovalPageText", "Status: %1.")).arg(t(statusText(view.status)))),
        t.html(QT_TRANSLATE_NOOP(
            "ApprovalPageText", "A request can be approved or rejected only once. Nothing was changed."))));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(pageUrl(view.type, view.id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(409, page, t.language());
}

/// The decision could not be carried out (the status stays New); @p status is the API's for the same case.
SandboxResponse failedPage(const RequestView &view, const QString &reasonHtml, int status, const Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "The decision could not be carried out"));
    HtmlPage page = newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(banner(u"danger"_s, reasonHtml,
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The request is still waiting for approval."))));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(pageUrl(view.type, view.id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(status, page, t.language());
}

SandboxResponse receiptPage(
    const SandboxContext &context, const RequestView &view, bool approved, const Texts &t)
{
    const QString heading = approved ? t(QT_TRANSLATE_NOOP("ApprovalPageText", "The request is approved"))
                                     : t(QT_TRANSLATE_NOOP("ApprovalPageText", "The request is rejected"));
    HtmlPage page = newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    QString text;
    if (view.type == RequestType::Change) {
        text = approved
            ? t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The changes now apply to the system user."))
            : t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The system user is unchanged."));
    } else if (approved) {
        text = t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The system user %1 now exists for %2."))
                   .arg(u"<strong>"_s + HtmlPage::escape(effectiveIntegrationTitle(context, view))
                           + u"</strong>"_s,
                       organisationHtml(context, view.partyOrgNo, t));
    } else {
        text = t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "No system user was created."));
    }
    page.append(banner(approved ? u"success"_s : u"danger"_s, QString(), text));
    page.append(u"<p>"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "You can close this window."))
        + u" <a href=\""_s + HtmlPage::escape(pageUrl(view.type, view.id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(200, page, t.language());
}

/// A decision that did not come with the page's own token: another web page, or a page from before a
/// restart. Nothing is changed.
SandboxResponse forgedDecisionPage(RequestType type, const QString &id, const Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "The decision was not carried out"));
    HtmlPage page = newPage(type, id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(banner(u"danger"_s,
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "The decision did not come from this approval page")),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "A decision counts only when it is sent with the approval page's own security token. It was "
            "missing or wrong: the decision may have come from another web page, or the sandbox was "
            "restarted after the page was opened. Nothing was changed."))));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(pageUrl(type, id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(400, page, t.language());
}

/// The token of a posted form (application/x-www-form-urlencoded, as the page's forms send it).
QString formToken(const SandboxRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(FormTokenField, QUrl::FullyDecoded);
}

Texts textsFor(const SandboxRequest &request, const ApprovalPageText &catalogue)
{
    return Texts(catalogue,
        ApprovalPageText::chooseLanguage(request.queryValue(u"lang"_s), request.header("accept-language")));
}

SandboxResponse showPage(const SandboxRequest &request, const SandboxContext &context,
    const ApprovalPageText &catalogue, const FormTokens &tokens, RequestType type)
{
    const Texts t = textsFor(request, catalogue);
    const QString rawId = request.queryValue(u"id"_s);
    const auto view = findRequest(context, type, normalizedId(rawId));
    if (!view)
        return notFoundPage(type, rawId, t);
    return requestPage(context, *view, tokens, t);
}

/// The person of a posted form; the full access manager when the form names none (a page of an older
/// sandbox, or a form built by hand).
QString formPerson(const SandboxRequest &request)
{
    const QString person =
        QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(PersonField, QUrl::FullyDecoded).trimmed();
    return person.isEmpty() ? TestPersons::defaultApproverId() : person;
}

/// A hidden form field with @p value.
QString hiddenField(const QString &name, const QString &value)
{
    return u"<input type=\"hidden\" name=\""_s + name + u"\" value=\""_s + HtmlPage::escape(value) + u"\">"_s;
}

/// The answer Altinn gave, as a line for the curious: "Altinn's answer: AUTH-00066 (HTTP 403)".
QString answerLineHtml(
    const SandboxContext &context, const SandboxDecisions::Decision &decision, const Texts &t)
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
SandboxResponse notAccessManagerPage(const SandboxContext &context, const RequestView &view,
    const TestPersons::Person &person, const SandboxDecisions::Decision &decision, const FormTokens &tokens,
    const Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "You cannot decide on this request"));
    HtmlPage page = newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(banner(u"danger"_s,
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 does not have the access manager role for %2"))
            .arg(HtmlPage::escape(person.name), organisationHtml(context, view.partyOrgNo, t)),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "Only an access manager (Tilgangsstyrer) of the organisation can approve or reject a request for "
            "a "
            "system user. Nothing was changed: the request is still waiting for approval."))));
    if (view.type != RequestType::Change && view.status == Altinn::RequestStatus::New && !view.escalated) {
        page.append(u"<section class=\"card\"><h2>"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Send the request to an access manager"))
            + u"</h2>\n<p>"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                "When you escalate the request, the organisation's access managers find it in Altinn and can "
                "approve it. The vendor sees that it has been escalated."))
            + u"</p>\n<form method=\"post\" action=\""_s
            + HtmlPage::escape(decisionUrl(view.type, view.id, u"escalate"_s, t.language())) + u"\">"_s
            + hiddenField(FormTokenField, tokens.issue(pageName(view.type), view.id))
            + hiddenField(PersonField, person.id) + u"<div class=\"actions\"><button type=\"submit\" "
            + u"class=\"primary\">"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Escalate to an access manager"))
            + u"</button></div></form>\n</section>\n"_s);
    } else if (view.type == RequestType::Change) {
        page.append(u"<p>"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                "A request to change a system user cannot be escalated: ask an access manager of the "
                "organisation to open the link."))
            + u"</p>\n"_s);
    }
    page.append(answerLineHtml(context, decision, t));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(pageUrl(view.type, view.id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Choose another person")) + u"</a></p>\n"_s);
    return HtmlPage::response(SandboxDecisions::statusFor(decision), page, t.language());
}

/// The person could not delegate everything asked for: nothing was approved (all-or-nothing).
SandboxResponse delegationFailedPage(const SandboxContext &context, const RequestView &view,
    const TestPersons::Person &person, const SandboxDecisions::Decision &decision, const Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "The request could not be approved"));
    HtmlPage page = newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(banner(u"danger"_s,
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 cannot delegate everything the request asks for"))
            .arg(HtmlPage::escape(person.name)),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "Approval is all-or-nothing: as one part could not be delegated, nothing was approved. The "
            "request is still waiting for approval."))));
    page.append(u"<section class=\"card\" aria-labelledby=\"blocked-heading\"><h2 id=\"blocked-heading\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "What stopped the approval")) + u"</h2>\n"_s
        + blockedListHtml(context, decision.reasons, t) + u"</section>\n"_s);

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
    page.append(u"<p><a href=\""_s + HtmlPage::escape(pageUrl(view.type, view.id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Choose another person")) + u"</a></p>\n"_s);
    return HtmlPage::response(SandboxDecisions::statusFor(decision), page, t.language());
}

/// The form named a person the organisation does not have.
SandboxResponse unknownPersonPage(const RequestView &view, const QString &personId, const Texts &t)
{
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "Unknown person"));
    HtmlPage page = newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(banner(u"danger"_s, QString(),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                   "The organisation has no test person %1. Choose one of the persons on the request page. "
                   "Nothing "
                   "was changed."))
            .arg(u"<code>"_s + HtmlPage::escape(personId) + u"</code>"_s)));
    page.append(u"<p><a href=\""_s + HtmlPage::escape(pageUrl(view.type, view.id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s);
    return HtmlPage::response(400, page, t.language());
}

/// Receipt of an escalation: the request waits for an access manager; the way back to the vendor is offered
/// as a link, as the portal's "close" button does.
SandboxResponse escalatedPage(const SandboxContext &context, const RequestView &view, const Texts &t)
{
    const QString heading =
        t(QT_TRANSLATE_NOOP("ApprovalPageText", "The request was sent to an access manager"));
    HtmlPage page = newPage(view.type, view.id, heading, t);
    page.append(u"<p class=\"eyebrow\">"_s + eyebrowText(view.type, t) + u"</p>\n<h1>"_s
        + HtmlPage::escape(heading) + u"</h1>\n"_s);
    page.append(banner(u"success"_s, QString(),
        t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
                   "The access managers of %1 can now find the request in Altinn and approve it. It is still "
                   "waiting "
                   "for approval; the vendor sees that it has been escalated."))
            .arg(organisationHtml(context, view.partyOrgNo, t))));
    QString links = u"<p>"_s;
    if (view.redirectUrl && !view.redirectUrl->isEmpty()) {
        links += u"<a href=\""_s + HtmlPage::escape(*view.redirectUrl) + u"\">"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Return to the vendor")) + u"</a> · "_s;
    }
    links += u"<a href=\""_s + HtmlPage::escape(pageUrl(view.type, view.id, t.language())) + u"\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Show the request")) + u"</a></p>\n"_s;
    page.append(links);
    return HtmlPage::response(200, page, t.language());
}

using SandboxDecisions::Action;

SandboxResponse decide(const SandboxRequest &request, SandboxContext &context,
    const ApprovalPageText &catalogue, const FormTokens &tokens, RequestType type, Action action)
{
    const Texts t = textsFor(request, catalogue);
    const QString rawId = request.queryValue(u"id"_s);
    const QString id = normalizedId(rawId);
    // The page's own kind only: an agent request id posted to …/request/approve is not found. Any other query
    // parameter (the portal's skiplogout, say) changes nothing here.
    const auto before = findRequest(context, type, id);
    if (!before)
        return notFoundPage(type, rawId, t);
    // Only the page's own form decides: a cross-site form post has no valid token.
    if (!tokens.verify(formToken(request), pageName(type), id))
        return forgedDecisionPage(type, id, t);
    const QString personId = formPerson(request);
    const auto person = TestPersons::find(before->partyOrgNo, personId);
    if (!person)
        return unknownPersonPage(*before, personId, t);

    const SandboxDecisions::Decision decision = SandboxDecisions::act(context, id, action, person->id);
    const auto view = findRequest(context, type, id);
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
    for (const RequestType type : {RequestType::Standard, RequestType::Agent, RequestType::Change}) {
        const QString path = pagePath(pageName(type));
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
        if (type != RequestType::Change) {
            router.add("POST", path + u"/escalate"_s,
                [&context, catalogue, tokens, type](const SandboxRequest &request) {
                    return decide(request, context, *catalogue, *tokens, type, Action::Escalate);
                });
        }
    }
}
