#include "sandbox/IdPortenPages.h"

#include "sandbox/HtmlPage.h"
#include "sandbox/IdPortenClients.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

using Stage = IdPortenSessions::Pending::Stage;

const QString LoginPath = u"/idporten/login"_s;
const QString ConsentPath = u"/idporten/consent"_s;

using Texts = PageTexts;

QString formPage(Stage stage)
{
    return stage == Stage::Login ? u"idporten-login"_s : u"idporten-consent"_s;
}

/// "991825827" → "991 825 827", as Norwegian organisation numbers are usually written.
QString formatOrgNo(const QString &orgNo)
{
    if (orgNo.size() != 9)
        return orgNo;
    return orgNo.left(3) + u'\u00a0' + orgNo.mid(3, 3) + u'\u00a0' + orgNo.mid(6);
}

HtmlPage newPage(const QString &title, const Texts &t)
{
    HtmlPage page(
        t.language(), t(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 – ID-porten sandbox")).arg(title));
    page.setHeader(u"<a class=\"skip\" href=\"#main\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Skip to content"))
        + u"</a>\n<header class=\"topbar\"><span class=\"brand\">ID-porten<span class=\"badge\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Sandbox")) + u"</span></span></header>"_s);
    page.setFooter(t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
        "Sandbox: a local imitation of ID-porten. Nobody really logs in: the persons are made up, and the "
        "tokens are valid at this sandbox only.")));
    return page;
}

QString hiddenField(const QString &name, const QString &value)
{
    return u"<input type=\"hidden\" name=\""_s + name + u"\" value=\""_s + HtmlPage::escape(value) + u"\">"_s;
}

const char *roleName(const QString &code)
{
    if (code == u"DAGL")
        return QT_TRANSLATE_NOOP("ApprovalPageText", "General manager");
    if (code == u"LEDE")
        return QT_TRANSLATE_NOOP("ApprovalPageText", "Chair of the board");
    if (code == u"REGN")
        return QT_TRANSLATE_NOOP("ApprovalPageText", "Accountant");
    return QT_TRANSLATE_NOOP("ApprovalPageText", "Role");
}

/// "General manager (DAGL) at 310 904 473", or "No roles".
QString rolesHtml(const IdPortenPersons::Person &person, const Texts &t)
{
    if (person.roles.isEmpty())
        return t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "No roles in the register"));
    QStringList roles;
    for (const IdPortenPersons::Role &role : person.roles) {
        const QString name = t(roleName(role.code)) + u" ("_s + role.code + u')';
        roles.append(HtmlPage::escape(role.orgNo.isEmpty()
                ? t(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 at every organisation")).arg(name)
                : t(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 at %2")).arg(name, formatOrgNo(role.orgNo))));
    }
    return roles.join(u"; "_s);
}

/// What a scope lets the app do, in plain words.
QString scopeHtml(const QString &scope, const Texts &t)
{
    QString text;
    if (scope == u"openid") {
        text =
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Know who you are: your national identity number."));
    } else if (scope == u"profile") {
        text =
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Your basic profile: the language you used here."));
    } else if (scope == u"altinn:instances.read") {
        text = t.html(QT_TRANSLATE_NOOP(
            "ApprovalPageText", "Read forms and messages in Altinn that you have access to."));
    } else if (scope == u"altinn:instances.write") {
        text = t.html(QT_TRANSLATE_NOOP(
            "ApprovalPageText", "Fill in, change and submit forms in Altinn on your behalf."));
    } else if (const auto app = IdPortenClients::appScope(scope)) {
        text =
            t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Use the Altinn service %1 of %2 on your behalf."))
                .arg(u"<strong>"_s + HtmlPage::escape(app->second) + u"</strong>"_s,
                    HtmlPage::escape(app->first));
    } else {
        text = t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Use an API on your behalf."));
    }
    return u"<li><span class=\"name\">"_s + text + u"</span><code>"_s + HtmlPage::escape(scope)
        + u"</code></li>"_s;
}

} // namespace

QString IdPortenPages::localeFor(const QString &uiLocales)
{
    const QStringList tags = uiLocales.split(u' ', Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        const QString primary = tag.section(u'-', 0, 0).toLower();
        if (primary == u"nb" || primary == u"nn" || primary == u"en" || primary == u"se")
            return primary;
    }
    return u"nb"_s;
}

QString IdPortenPages::languageFor(const QString &locale)
{
    return locale == u"nn" || locale == u"en" ? locale : u"nb"_s;
}

SandboxResponse IdPortenPages::login(
    const IdPortenSessions::Pending &pending, const SandboxIdPortenClient &client) const
{
    const Texts t(m_catalogue, pending.request.language);
    const QString heading = t(QT_TRANSLATE_NOOP("ApprovalPageText", "Choose who you are"));
    HtmlPage page = newPage(heading, t);
    page.append(u"<p class=\"eyebrow\">"_s
        + HtmlPage::escape(t(QT_TRANSLATE_NOOP("ApprovalPageText", "Log in to %1")).arg(client.clientName))
        + u"</p>\n<h1>"_s + HtmlPage::escape(heading) + u"</h1>\n<p class=\"lead\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText",
            "In ID-porten you would log in with MinID, BankID or another electronic ID. In the sandbox you "
            "choose one of the made-up persons below."))
        + u"</p>\n"_s);
    QString form = u"<form method=\"post\" action=\""_s + LoginPath + u"\">"_s
        + hiddenField(PendingField, pending.id)
        + hiddenField(TokenField, m_tokens.issue(formPage(Stage::Login), pending.id)) + u"\n"_s;
    const QList<IdPortenPersons::Person> persons = IdPortenPersons::all();
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const IdPortenPersons::Person &person = persons.at(i);
        const QString detailsId = u"person-%1"_s.arg(i + 1);
        form += u"<section class=\"card\" aria-labelledby=\""_s + detailsId + u"-name\"><h2 id=\""_s
            + detailsId + u"-name\">"_s + HtmlPage::escape(person.name)
            + u"</h2>\n<dl class=\"facts\" id=\""_s + detailsId + u"\">\n<dt>"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "National identity number")) + u"</dt><dd><code>"_s
            + HtmlPage::escape(person.pid) + u"</code></dd>\n<dt>"_s
            + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Roles")) + u"</dt><dd>"_s + rolesHtml(person, t)
            + u"</dd>\n<dt>"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "About"))
            + u"</dt><dd lang=\"en\">"_s + HtmlPage::escape(person.description)
            + u"</dd>\n</dl>\n<div class=\"actions\"><button "_s
            + u"type=\"submit\" class=\"primary\" name=\""_s + PersonField + u"\" value=\""_s
            + HtmlPage::escape(person.pid) + u"\" aria-describedby=\""_s + detailsId + u"\">"_s
            + HtmlPage::escape(t(QT_TRANSLATE_NOOP("ApprovalPageText", "Log in as %1")).arg(person.name))
            + u"</button></div>\n</section>\n"_s;
    }
    form += u"<div class=\"actions\"><button type=\"submit\" class=\"secondary\" name=\""_s + CancelField
        + u"\" value=\"1\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Cancel"))
        + u"</button></div>\n</form>\n"_s;
    page.append(form);
    return HtmlPage::response(200, page, t.language());
}

SandboxResponse IdPortenPages::consent(const IdPortenSessions::Pending &pending,
    const SandboxIdPortenClient &client, const IdPortenPersons::Person &person) const
{
    const Texts t(m_catalogue, pending.request.language);
    const QString heading =
        t(QT_TRANSLATE_NOOP("ApprovalPageText", "%1 asks for access")).arg(client.clientName);
    HtmlPage page = newPage(heading, t);
    page.append(u"<p class=\"eyebrow\">"_s
        + HtmlPage::escape(t(QT_TRANSLATE_NOOP("ApprovalPageText", "Logged in as %1")).arg(person.name))
        + u"</p>\n<h1>"_s + HtmlPage::escape(heading) + u"</h1>\n<p class=\"lead\">"_s
        + t.html(QT_TRANSLATE_NOOP(
                     "ApprovalPageText", "%1 (org. no. %2) asks to do the following on your behalf:"))
              .arg(u"<strong>"_s + HtmlPage::escape(client.clientName) + u"</strong>"_s,
                  HtmlPage::escape(formatOrgNo(client.orgNo)))
        + u"</p>\n"_s);
    QString items;
    for (const QString &scope : pending.request.scopes)
        items += scopeHtml(scope, t);
    page.append(u"<section class=\"card\" aria-labelledby=\"scopes-heading\">\n<h2 id=\"scopes-heading\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "What the app gets access to"))
        + u"</h2>\n<ul class=\"items\">"_s + items + u"</ul>\n</section>\n"_s);
    page.append(u"<form method=\"post\" action=\""_s + ConsentPath + u"\">"_s
        + hiddenField(PendingField, pending.id)
        + hiddenField(TokenField, m_tokens.issue(formPage(Stage::Consent), pending.id))
        + u"\n<div class=\"actions\">\n<button type=\"submit\" class=\"primary\" name=\""_s + DecisionField
        + u"\" value=\"allow\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Allow"))
        + u"</button>\n<button type=\"submit\" class=\"secondary\" name=\""_s + DecisionField
        + u"\" value=\"deny\">"_s + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "Deny"))
        + u"</button>\n</div>\n</form>\n"_s);
    page.append(u"<p class=\"note\">"_s
        + t.html(QT_TRANSLATE_NOOP("ApprovalPageText", "After your answer you are sent back to %1"))
              .arg(u"<code>"_s + HtmlPage::escape(pending.request.redirectUri) + u"</code>"_s)
        + u"</p>\n"_s);
    return HtmlPage::response(200, page, t.language());
}

SandboxResponse IdPortenPages::error(
    int status, const QString &language, const char *heading, const char *text, const QString &detail) const
{
    const Texts t(m_catalogue, language);
    HtmlPage page = newPage(t(heading), t);
    page.append(u"<h1>"_s + t.html(heading) + u"</h1>\n<div class=\"banner danger\" role=\"alert\"><p>"_s
        + t.html(text) + u"</p></div>\n"_s);
    if (!detail.isEmpty())
        page.append(u"<p class=\"note\"><code>"_s + HtmlPage::escape(detail) + u"</code></p>\n"_s);
    page.append(u"<p>"_s
        + t.html(QT_TRANSLATE_NOOP(
            "ApprovalPageText", "Nothing was sent back to the app. You can close this window."))
        + u"</p>\n"_s);
    return HtmlPage::response(status, page, t.language());
}

bool IdPortenPages::verifyForm(const QString &token, Stage stage, const QString &pendingId) const
{
    return m_tokens.verify(token, formPage(stage), pendingId);
}
