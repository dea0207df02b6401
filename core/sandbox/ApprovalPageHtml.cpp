#include "sandbox/ApprovalPageHtml.h"

#include "sandbox/ApprovalPages.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxDecisions.h"
#include "sandbox/TestPersons.h"

#include <QJsonObject>
#include <QLocale>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

// Every page text is an English source string marked QT_TRANSLATE_NOOP("ApprovalPageText", …) — spelled out,
// since lupdate does not expand macros — and translated per request by ApprovalPageText.

namespace ApprovalPageHtml {

using ApprovalPageView::pageName;
using ApprovalPageView::RequestType;
using ApprovalPageView::RequestView;

// ---- Formatting ------------------------------------------------------------------------------

namespace {

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

/// A list under @p heading, each item written by @p itemHtml; "None" when it is empty but shown anyway.
template <typename Item, typename ItemHtml>
QString itemsListHtml(
    const char *heading, const QList<Item> &items, const Texts &t, bool showWhenEmpty, ItemHtml itemHtml)
{
    if (items.isEmpty() && !showWhenEmpty)
        return {};
    QString html = u"<h3 class=\"eyebrow\">"_s + t.html(heading) + u"</h3>\n"_s;
    if (items.isEmpty())
        return html + u"<p class=\"empty\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "None"))
            + u"</p>\n"_s;
    html += u"<ul class=\"items\">"_s;
    for (const Item &item : items)
        html += itemHtml(item);
    return html + u"</ul>\n"_s;
}

QString rightsListHtml(const SandboxContext &context, const char *heading, const QList<Altinn::Right> &rights,
    const Texts &t, bool showWhenEmpty)
{
    return itemsListHtml(heading, rights, t, showWhenEmpty,
        [&](const Altinn::Right &right) { return rightItemHtml(context, right, t); });
}

QString packagesListHtml(const SandboxContext &context, const char *heading,
    const QList<Altinn::AccessPackageRef> &packages, const Texts &t, bool showWhenEmpty)
{
    return itemsListHtml(heading, packages, t, showWhenEmpty,
        [&](const Altinn::AccessPackageRef &package) { return packageItemHtml(context, package, t); });
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

} // namespace

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

QString effectiveIntegrationTitle(const SandboxContext &context, const RequestView &view)
{
    if (!view.integrationTitle.isEmpty())
        return view.integrationTitle;
    const auto it = context.state.systems.constFind(view.systemId);
    return it == context.state.systems.cend() ? QString() : it->definition.name.value(u"nb"_s);
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

HtmlPage newPage(RequestType type, const QString &id, const QString &title, const Texts &t)
{
    HtmlPage page(t.language(), t(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 – Altinn sandbox")).arg(title));
    page.setHeader(headerHtml(type, id, t));
    page.setFooter(footerHtml(t));
    return page;
}

QString banner(const QString &kind, const QString &titleHtml, const QString &textHtml)
{
    const QString title =
        titleHtml.isEmpty() ? QString() : u"<strong class=\"banner-title\">"_s + titleHtml + u"</strong>"_s;
    return u"<div class=\"banner "_s + kind + u"\" role=\"status\"><p>"_s + title + textHtml
        + u"</p></div>\n"_s;
}

// ---- Who approves (docs/sandbox.md#who-approves) ---------------------------------------------

namespace {

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

} // namespace

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

// ---- What the request is about ---------------------------------------------------------------

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

} // namespace ApprovalPageHtml
