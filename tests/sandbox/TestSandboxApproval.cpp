#include "SandboxHarness.h"
#include "sandbox/HtmlPage.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

/// The customer's approval pages (docs/altinn-behaviour.md#approval-url-and-flow): rendering, language,
/// decisions, escaping.
class TestSandboxApproval final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardPageShowsTheRequest();
    void pageLanguage_data();
    void pageLanguage();
    void englishPageUsesEnglishTexts();
    void approveRedirectsToTheRedirectUrlExactly();
    void rejectRedirectsToo();
    void decisionsWithoutRedirectShowAReceipt_data();
    void decisionsWithoutRedirectShowAReceipt();
    void secondDecisionIs409();
    void unknownOrOtherKindIs404();
    void agentRequestPage();
    void changeRequestPage();
    void hostileTextIsEscaped();
    void timedOutRequestShowsAWarning();
    void failedApprovalKeepsTheRequestNew();
    void decisionNeedsThePagesToken();
};

namespace {

const QString SystemId = u"991825827_crm"_s;
const QString Customer = u"310904473"_s;
const QString Facilitator = u"314250052"_s;
const QString Resource = u"ske-krav-og-betalinger"_s;
const QString SecondResource = u"app_ttd_endring-av-navn-v2"_s;
const QString Package = u"urn:altinn:accesspackage:skatt-naering"_s;
const QString ClientPackage = u"urn:altinn:accesspackage:regnskapsforer-med-signeringsrettighet"_s;
const QString Jordbruk = u"urn:altinn:accesspackage:jordbruk"_s;
const QString RedirectUrl = u"https://vendor.example/callback?state=abc%20def&customer=kunde-1"_s;

/// The expected text: the app catalogue's translation when it has one, else the English source (so the
/// tests hold before and after the nb/nn translations are added).
QString expected(const QString &language, const char *source)
{
    QTranslator translator;
    if (translator.load(u":/i18n/systemuser-wizard_"_s + language + u".qm"_s)) {
        const QString translated = translator.translate("ApprovalPageText", source);
        if (!translated.isEmpty())
            return HtmlPage::escape(translated);
    }
    return HtmlPage::escape(QString::fromUtf8(source));
}

void addSystem(SandboxContext &context)
{
    SandboxHarness::seedSystem(context, SystemId, SandboxHarness::VendorOrg,
        QList<Altinn::Right>{
            Altinn::Right::forResource(Resource), Altinn::Right::forResource(SecondResource)},
        QList<Altinn::AccessPackageRef>{{Package}, {ClientPackage}, {Jordbruk}},
        {{u"nb"_s, u"Kunderegister"_s}, {u"nn"_s, u"Kunderegister nynorsk"_s},
            {u"en"_s, u"Customer register"_s}})
        .definition.allowedRedirectUrls = {u"https://vendor.example/callback"_s};
}

SandboxRequestRecord addRequest(SandboxContext &context,
    Altinn::RequestKind kind = Altinn::RequestKind::Standard,
    const std::optional<QString> &redirectUrl = RedirectUrl)
{
    SandboxRequestRecord request;
    request.id = SandboxContext::newGuid();
    request.kind = kind;
    request.systemId = SystemId;
    request.partyOrgNo = kind == Altinn::RequestKind::Agent ? Facilitator : Customer;
    request.externalRef = request.partyOrgNo;
    request.integrationTitle = u"Kunderegister for Bergen"_s;
    if (kind == Altinn::RequestKind::Standard)
        request.rights = {Altinn::Right::forResource(Resource)};
    request.accessPackages = {{kind == Altinn::RequestKind::Agent ? ClientPackage : Package}};
    request.redirectUrl = redirectUrl;
    request.created = context.clock.now();
    context.state.requests.insert(request.id, request);
    addSystem(context);
    return request;
}

QString pagePath(const QString &page, const QString &id)
{
    return u"accessmanagement/ui/systemuser/"_s + page + u"?id="_s + id + u"&DONTCHOOSEREPORTEE=true"_s;
}

QString decisionPath(const QString &page, const QString &decision, const QString &id)
{
    return u"accessmanagement/ui/systemuser/"_s + page + u'/' + decision + u"?id="_s + id;
}

/// GET as a browser: QNetworkAccessManager would send the test machine's language ("en,*" under the C
/// locale), so an explicit Accept-Language always goes along; "*" states no preference.
SandboxHarness::Reply getPage(
    SandboxHarness &sandbox, const QString &path, const QByteArray &acceptLanguage = "*")
{
    return sandbox.send("GET", path, {}, {}, {{"Accept-Language", acceptLanguage}});
}

QString text(const SandboxHarness::Reply &reply)
{
    return QString::fromUtf8(reply.body);
}

/// The anti-forgery token in the forms of the page of @p id, as the browser has it once the page is open;
/// empty when the page has no form.
QString formToken(SandboxHarness &sandbox, const QString &page, const QString &id)
{
    static const QRegularExpression field(u"<input type=\"hidden\" name=\"token\" value=\"([^\"]*)\">"_s);
    return field.match(text(getPage(sandbox, pagePath(page, id)))).captured(1);
}

/// What a browser sends for the page's form: the token, url-encoded. Without @p token, the page is opened
/// first to get one, as a user would.
SandboxHarness::Reply decide(
    SandboxHarness &sandbox, const QString &path, const std::optional<QString> &token = std::nullopt)
{
    QString formTokenValue;
    if (token) {
        formTokenValue = *token;
    } else {
        const QUrl url(path);
        const QStringList segments = url.path().split(u'/');
        formTokenValue = formToken(sandbox, segments.at(segments.size() - 2),
            QUrlQuery(url).queryItemValue(u"id"_s, QUrl::FullyDecoded));
    }
    return sandbox.send("POST", path, "token=" + QUrl::toPercentEncoding(formTokenValue), {},
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Accept-Language", "*"}});
}

QString resourceTitle(SandboxContext &context, const QString &id, const QString &language)
{
    return context.catalogue.resource(id)
        .value_or(QJsonObject())
        .value(u"title"_s)
        .toObject()
        .value(language)
        .toString();
}

QString packageName(SandboxContext &context, const QString &urn, const QString &language)
{
    return context.catalogue.accessPackage(urn, language).value_or(QJsonObject()).value(u"name"_s).toString();
}

} // namespace

void TestSandboxApproval::standardPageShowsTheRequest()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    const auto reply = getPage(sandbox, pagePath(u"request"_s, request.id));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(reply.header("Content-Language"), QByteArray("nb"));
    QVERIFY(reply.header("Content-Security-Policy").contains("default-src 'none'"));
    const QString html = text(reply);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<html lang=\"nb\">"_s));
    QVERIFY(html.contains(u"<meta name=\"viewport\""_s));
    // Self-contained: no scripts, style sheets, images or fonts from anywhere.
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<link"_s));
    QVERIFY(!html.contains(u" src="_s));

    QVERIFY(html.contains(u"Kunderegister"_s));
    QVERIFY(!html.contains(u"Customer register"_s));
    QVERIFY(html.contains(SystemId));
    QVERIFY(html.contains(u"Digitaliseringsdirektoratet"_s));
    QVERIFY(html.contains(u"991\u00a0825\u00a0827"_s));
    QVERIFY(html.contains(u"TILFELDIG SUBTIL APE"_s));
    QVERIFY(html.contains(u"310\u00a0904\u00a0473"_s));
    QVERIFY(html.contains(u"Kunderegister for Bergen"_s));
    const QString title = resourceTitle(sandbox.context(), Resource, u"nb"_s);
    QVERIFY(!title.isEmpty());
    QVERIFY2(html.contains(HtmlPage::escape(title)), qPrintable(title));
    QVERIFY(html.contains(Resource));
    const QString name = packageName(sandbox.context(), Package, u"nb"_s);
    QVERIFY(!name.isEmpty());
    QVERIFY2(html.contains(HtmlPage::escape(name)), qPrintable(name));
    QVERIFY(html.contains(Package));
    QVERIFY(html.contains(request.id));

    QVERIFY(html.contains(expected(u"nb"_s, "Request for a system user")));
    QVERIFY(html.contains(expected(u"nb"_s, "Approve")));
    QVERIFY(html.contains(expected(u"nb"_s, "Reject")));
    QVERIFY(html.contains(expected(u"nb"_s, "Waiting for approval")));
    QVERIFY(
        html.contains(u"<form method=\"post\" action=\"/accessmanagement/ui/systemuser/request/approve?id="_s
            + request.id + u"&amp;lang=nb\">"_s));
    // One form for who acts; Reject and Escalate send it elsewhere.
    QVERIFY(html.contains(u"formaction=\"/accessmanagement/ui/systemuser/request/reject?id="_s + request.id
        + u"&amp;lang=nb\">"_s));
    QVERIFY(html.contains(u"formaction=\"/accessmanagement/ui/systemuser/request/escalate?id="_s + request.id
        + u"&amp;lang=nb\">"_s));
    // The return address is shown (escaped) before the decision.
    QVERIFY(html.contains(HtmlPage::escape(RedirectUrl)));
    QVERIFY(!html.contains(expected(u"nb"_s, "This request has timed out")));
}

void TestSandboxApproval::pageLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("systemName");

    QTest::newRow("no preference") << QString() << QByteArray("*") << u"nb"_s << u"Kunderegister"_s;
    QTest::newRow("?lang=en") << u"en"_s << QByteArray("*") << u"en"_s << u"Customer register"_s;
    QTest::newRow("?lang=nn") << u"nn"_s << QByteArray("en") << u"nn"_s << u"Kunderegister nynorsk"_s;
    QTest::newRow("?lang wins over the header")
        << u"nb"_s << QByteArray("en") << u"nb"_s << u"Kunderegister"_s;
    QTest::newRow("unsupported ?lang falls back to the header")
        << u"de"_s << QByteArray("en-GB,en;q=0.9") << u"en"_s << u"Customer register"_s;
    QTest::newRow("Accept-Language en")
        << QString() << QByteArray("en-GB,en;q=0.9") << u"en"_s << u"Customer register"_s;
    QTest::newRow("Accept-Language no means Bokmål")
        << QString() << QByteArray("no, en;q=0.5") << u"nb"_s << u"Kunderegister"_s;
    QTest::newRow("Accept-Language by quality")
        << QString() << QByteArray("en;q=0.3, nn-NO;q=0.8") << u"nn"_s << u"Kunderegister nynorsk"_s;
    QTest::newRow("first supported language")
        << QString() << QByteArray("de-DE, sv;q=0.9, en;q=0.5") << u"en"_s << u"Customer register"_s;
    QTest::newRow("nothing supported") << QString() << QByteArray("de, fr") << u"nb"_s << u"Kunderegister"_s;
}

void TestSandboxApproval::pageLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QString, language);
    QFETCH(QString, systemName);
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    QString path = pagePath(u"request"_s, request.id);
    if (!lang.isEmpty())
        path += u"&lang="_s + lang;
    const auto reply = getPage(sandbox, path, acceptLanguage);
    QCOMPARE(reply.status, 200);
    QCOMPARE(QString::fromLatin1(reply.header("Content-Language")), language);
    const QString html = text(reply);
    QVERIFY(html.contains(u"<html lang=\""_s + language + u"\">"_s));
    QVERIFY2(html.contains(u"<h1>"_s + systemName + u"</h1>"_s), qPrintable(systemName));
    QVERIFY(html.contains(u"/approve?id="_s + request.id + u"&amp;lang="_s + language));
    QVERIFY(html.contains(expected(language, "Approve")));
    QVERIFY(html.contains(HtmlPage::escape(resourceTitle(sandbox.context(), Resource, language))));
}

void TestSandboxApproval::englishPageUsesEnglishTexts()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    const QString html = text(getPage(sandbox, pagePath(u"request"_s, request.id) + u"&lang=en"_s));
    for (const QString &needle : {u">Approve</button>"_s, u">Reject</button>"_s,
             u"Request for a system user"_s, u"About the request"_s, u"Single rights"_s, u"Access packages"_s,
             u"Org. no. 991\u00a0825\u00a0827"_s, u"Claims and payments"_s})
        QVERIFY2(html.contains(needle), qPrintable(needle));
    // The language switch keeps the request and marks the current language.
    QVERIFY(html.contains(u"hreflang=\"nb\""_s));
    QVERIFY(html.contains(u"lang=en\" hreflang=\"en\" lang=\"en\" aria-current=\"true\">English</a>"_s));
}

void TestSandboxApproval::approveRedirectsToTheRedirectUrlExactly()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    const auto reply = decide(sandbox, decisionPath(u"request"_s, u"approve"_s, request.id));
    QCOMPARE(reply.status, 302);
    QCOMPARE(QString::fromUtf8(reply.header("Location")), RedirectUrl);

    QCOMPARE(sandbox.context().state.requests.value(request.id).status, Altinn::RequestStatus::Accepted);
    QVERIFY(sandbox.context().state.systemUsers.contains(request.id));
    const SandboxSystemUserRecord user = sandbox.context().state.systemUsers.value(request.id);
    QCOMPARE(user.id, request.id);
    QCOMPARE(user.systemId, SystemId);
    QCOMPARE(user.partyOrgNo, Customer);
    QCOMPARE(user.integrationTitle, u"Kunderegister for Bergen"_s);
    QCOMPARE(user.rights, request.rights);
    QCOMPARE(user.kind, Altinn::RequestKind::Standard);

    // The page now shows the outcome and no buttons.
    const QString html = text(getPage(sandbox, pagePath(u"request"_s, request.id)));
    QVERIFY(html.contains(expected(u"nb"_s, "This request has already been handled")));
    QVERIFY(html.contains(expected(u"nb"_s, "Approved")));
    QVERIFY(!html.contains(u"<form"_s));
}

void TestSandboxApproval::rejectRedirectsToo()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    const auto reply = decide(sandbox, decisionPath(u"request"_s, u"reject"_s, request.id) + u"&lang=en"_s);
    QCOMPARE(reply.status, 302);
    QCOMPARE(QString::fromUtf8(reply.header("Location")), RedirectUrl);
    QCOMPARE(sandbox.context().state.requests.value(request.id).status, Altinn::RequestStatus::Rejected);
    QVERIFY(sandbox.context().state.systemUsers.isEmpty());
}

void TestSandboxApproval::decisionsWithoutRedirectShowAReceipt_data()
{
    QTest::addColumn<bool>("approve");
    QTest::addColumn<bool>("emptyRedirect");
    QTest::newRow("approve") << true << false;
    QTest::newRow("reject") << false << false;
    QTest::newRow("approve, redirectUrl \"\"") << true << true;
}

void TestSandboxApproval::decisionsWithoutRedirectShowAReceipt()
{
    QFETCH(bool, approve);
    QFETCH(bool, emptyRedirect);
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context(), Altinn::RequestKind::Standard,
        emptyRedirect ? std::optional<QString>(QString()) : std::nullopt);
    const QString before = text(getPage(sandbox, pagePath(u"request"_s, request.id)));
    QVERIFY(before.contains(
        expected(u"nb"_s, "The request has no return address: you will see a receipt here.")));

    const auto reply =
        decide(sandbox, decisionPath(u"request"_s, approve ? u"approve"_s : u"reject"_s, request.id));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Location").isEmpty());
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    const QString html = text(reply);
    if (approve) {
        QVERIFY(html.contains(expected(u"nb"_s, "The request is approved")));
        QVERIFY(html.contains(u"Kunderegister for Bergen"_s));
        QVERIFY(html.contains(u"TILFELDIG SUBTIL APE"_s));
        QVERIFY(sandbox.context().state.systemUsers.contains(request.id));
    } else {
        QVERIFY(html.contains(expected(u"nb"_s, "The request is rejected")));
        QVERIFY(html.contains(expected(u"nb"_s, "No system user was created.")));
        QVERIFY(sandbox.context().state.systemUsers.isEmpty());
    }
    QVERIFY(html.contains(expected(u"nb"_s, "You can close this window.")));
}

void TestSandboxApproval::secondDecisionIs409()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    // The page stays open in the browser: its forms are sent again (back button, a second click).
    const QString token = formToken(sandbox, u"request"_s, request.id);
    QCOMPARE(decide(sandbox, decisionPath(u"request"_s, u"approve"_s, request.id), token).status, 302);
    for (const QString &decision : {u"approve"_s, u"reject"_s}) {
        const auto reply =
            decide(sandbox, decisionPath(u"request"_s, decision, request.id) + u"&lang=en"_s, token);
        QCOMPARE(reply.status, 409);
        QVERIFY(reply.header("Location").isEmpty());
        const QString html = text(reply);
        QVERIFY(html.contains(u"This request has already been handled"_s));
        QVERIFY(html.contains(u"Status: Approved."_s));
        QVERIFY(html.contains(u"<html lang=\"en\">"_s));
    }
    QCOMPARE(sandbox.context().state.requests.value(request.id).status, Altinn::RequestStatus::Accepted);
    QCOMPARE(sandbox.context().state.systemUsers.size(), 1);
}

void TestSandboxApproval::unknownOrOtherKindIs404()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord standard = addRequest(sandbox.context());
    const SandboxRequestRecord agent = addRequest(sandbox.context(), Altinn::RequestKind::Agent);
    const QString unknown = SandboxContext::newGuid();

    for (const QString &path : {pagePath(u"request"_s, unknown), pagePath(u"request"_s, u"not-a-guid"_s),
             u"accessmanagement/ui/systemuser/request?DONTCHOOSEREPORTEE=true"_s,
             pagePath(u"request"_s, agent.id), pagePath(u"agentrequest"_s, standard.id),
             pagePath(u"changerequest"_s, standard.id)}) {
        const auto reply = getPage(sandbox, path + u"&lang=en"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY2(text(reply).contains(u"Request not found"_s), qPrintable(path));
    }
    QCOMPARE(decide(sandbox, decisionPath(u"request"_s, u"approve"_s, unknown)).status, 404);
    QCOMPARE(decide(sandbox, decisionPath(u"request"_s, u"approve"_s, agent.id)).status, 404);
    QCOMPARE(decide(sandbox, decisionPath(u"agentrequest"_s, u"reject"_s, standard.id)).status, 404);
    QCOMPARE(sandbox.context().state.requests.value(agent.id).status, Altinn::RequestStatus::New);
    QCOMPARE(sandbox.context().state.requests.value(standard.id).status, Altinn::RequestStatus::New);

    // Soft-deleted requests are gone for the portal too.
    sandbox.context().state.requests[standard.id].isDeleted = true;
    QCOMPARE(getPage(sandbox, pagePath(u"request"_s, standard.id)).status, 404);
}

void TestSandboxApproval::agentRequestPage()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context(), Altinn::RequestKind::Agent);
    const auto reply = getPage(sandbox, pagePath(u"agentrequest"_s, request.id));
    QCOMPARE(reply.status, 200);
    const QString html = text(reply);
    QVERIFY(html.contains(expected(u"nb"_s, "Request for a system user for client relationships")));
    QVERIFY(html.contains(expected(u"nb"_s, "Access packages for client relationships")));
    QVERIFY(html.contains(u"TILBAKEHOLDEN USYMMETRISK TIGER AS"_s));
    const QString name = packageName(sandbox.context(), ClientPackage, u"nb"_s);
    QVERIFY(!name.isEmpty());
    QVERIFY(html.contains(HtmlPage::escape(name)));
    QVERIFY(
        html.contains(u"action=\"/accessmanagement/ui/systemuser/agentrequest/approve?id="_s + request.id));

    QCOMPARE(decide(sandbox, decisionPath(u"agentrequest"_s, u"approve"_s, request.id)).status, 302);
    QCOMPARE(sandbox.context().state.systemUsers.value(request.id).kind, Altinn::RequestKind::Agent);
    QCOMPARE(sandbox.context().state.requests.value(request.id).status, Altinn::RequestStatus::Accepted);
}

void TestSandboxApproval::changeRequestPage()
{
    SandboxHarness sandbox;
    addSystem(sandbox.context());
    SandboxSystemUserRecord user;
    user.id = SandboxContext::newGuid();
    user.systemId = SystemId;
    user.partyOrgNo = Customer;
    user.externalRef = Customer;
    user.integrationTitle = u"Kunderegister i drift"_s;
    user.supplierOrgNo = SandboxHarness::VendorOrg;
    user.rights = {Altinn::Right::forResource(Resource)};
    user.accessPackages = {{Package}};
    user.created = sandbox.context().clock.now();
    sandbox.context().state.systemUsers.insert(user.id, user);

    SandboxChangeRequestRecord change;
    change.id = SandboxContext::newGuid();
    change.systemUserId = user.id;
    change.systemId = SystemId;
    change.partyOrgNo = Customer;
    change.externalRef = Customer;
    change.change.requiredRights = {Altinn::Right::forResource(SecondResource)};
    change.change.unwantedRights = {Altinn::Right::forResource(Resource)};
    change.change.requiredAccessPackages = {{Jordbruk}};
    change.change.redirectUrl = RedirectUrl;
    change.created = sandbox.context().clock.now();
    sandbox.context().state.changeRequests.insert(change.id, change);

    const auto reply = getPage(sandbox, pagePath(u"changerequest"_s, change.id) + u"&lang=en"_s);
    QCOMPARE(reply.status, 200);
    const QString html = text(reply);
    for (const QString &needle : {u"Request to change a system user"_s, u"Rights to add"_s,
             u"Rights to remove"_s, u"Access packages to add"_s, u"Change of name"_s,
             u"Claims and payments"_s, u"Kunderegister i drift"_s, user.id})
        QVERIFY2(html.contains(needle), qPrintable(needle));
    QVERIFY(!html.contains(u"Access packages to remove"_s)); // empty lists are left out
    QVERIFY(html.contains(HtmlPage::escape(packageName(sandbox.context(), Jordbruk, u"en"_s))));

    const QString token = formToken(sandbox, u"changerequest"_s, change.id);
    const auto decided = decide(sandbox, decisionPath(u"changerequest"_s, u"approve"_s, change.id), token);
    QCOMPARE(decided.status, 302);
    QCOMPARE(QString::fromUtf8(decided.header("Location")), RedirectUrl);
    QCOMPARE(sandbox.context().state.changeRequests.value(change.id).status, Altinn::RequestStatus::Accepted);
    QCOMPARE(sandbox.context().state.systemUsers.value(user.id).rights,
        QList<Altinn::Right>{Altinn::Right::forResource(SecondResource)});
    QCOMPARE(decide(sandbox, decisionPath(u"changerequest"_s, u"reject"_s, change.id), token).status, 409);
}

void TestSandboxApproval::hostileTextIsEscaped()
{
    SandboxHarness sandbox;
    SandboxRequestRecord request = addRequest(sandbox.context(), Altinn::RequestKind::Standard,
        u"https://vendor.example/callback?x=\"><script>alert(2)</script>"_s);
    request.integrationTitle = u"<script>alert(\"x\")</script> & 'q' <b>bold</b>"_s;
    request.externalRef = u"<img src=x onerror=alert(3)>"_s;
    sandbox.context().state.requests.insert(request.id, request);
    sandbox.context().state.systems[SystemId].definition.name[u"nb"_s] = u"Evil <i>system</i>"_s;

    const QString html = text(getPage(sandbox, pagePath(u"request"_s, request.id)));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<b>bold"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<i>system"_s));
    QVERIFY(html.contains(
        u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;b&gt;bold&lt;/b&gt;"_s));
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(3)&gt;"_s));
    QVERIFY(html.contains(u"Evil &lt;i&gt;system&lt;/i&gt;"_s));

    // Reflected input is escaped too.
    const auto notFound =
        getPage(sandbox, u"accessmanagement/ui/systemuser/request?id=%3Cscript%3Ex%3C%2Fscript%3E"_s);
    QCOMPARE(notFound.status, 404);
    QVERIFY(!text(notFound).contains(u"<script"_s));
    QVERIFY(text(notFound).contains(u"&lt;script&gt;x&lt;/script&gt;"_s));

    // And the redirect still goes exactly where the vendor said.
    const auto reply = decide(sandbox, decisionPath(u"request"_s, u"approve"_s, request.id));
    QCOMPARE(reply.status, 302);
    QCOMPARE(QString::fromUtf8(reply.header("Location")), *request.redirectUrl);
}

void TestSandboxApproval::timedOutRequestShowsAWarning()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    sandbox.context().clock.advanceDays(181);
    const QString html = text(getPage(sandbox, pagePath(u"request"_s, request.id)));
    QVERIFY(html.contains(expected(u"nb"_s, "This request has timed out")));
    // The service does not refuse it, so neither does the sandbox.
    QVERIFY(html.contains(u"<form"_s));
    QCOMPARE(decide(sandbox, decisionPath(u"request"_s, u"approve"_s, request.id)).status, 302);
}

void TestSandboxApproval::failedApprovalKeepsTheRequestNew()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    // A live system user for the same triple (possible after the "" externalRef quirk,
    // docs/altinn-behaviour.md#creating-a-request).
    SandboxSystemUserRecord user;
    user.id = SandboxContext::newGuid();
    user.systemId = SystemId;
    user.partyOrgNo = Customer;
    user.externalRef = request.externalRef;
    user.supplierOrgNo = SandboxHarness::VendorOrg;
    sandbox.context().state.systemUsers.insert(user.id, user);

    const auto reply = decide(sandbox, decisionPath(u"request"_s, u"approve"_s, request.id) + u"&lang=en"_s);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(text(reply).contains(u"The decision could not be carried out"_s));
    QCOMPARE(sandbox.context().state.requests.value(request.id).status, Altinn::RequestStatus::New);
}

void TestSandboxApproval::decisionNeedsThePagesToken()
{
    SandboxHarness sandbox;
    const SandboxRequestRecord request = addRequest(sandbox.context());
    const SandboxRequestRecord other = addRequest(sandbox.context(), Altinn::RequestKind::Standard);

    // The page's one form carries the page's token, and every view of the page gets a fresh one.
    const QString html = text(getPage(sandbox, pagePath(u"request"_s, request.id)));
    QCOMPARE(html.count(u"<input type=\"hidden\" name=\"token\" value=\""_s), 1);
    const QString token = formToken(sandbox, u"request"_s, request.id);
    QVERIFY(token.size() >= 40);
    QVERIFY(!html.contains(token)); // another view, another token
    const QString approve = decisionPath(u"request"_s, u"approve"_s, request.id) + u"&lang=en"_s;

    // What another web page can make the browser send: the form without a token, or with a wrong one.
    SandboxHarness restarted; // a token of another run, e.g. a page opened before the sandbox restarted
    const SandboxRequestRecord elsewhere = addRequest(restarted.context());
    QString tampered = token;
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
    for (const QString &wrong : {QString(), u"x"_s, tampered, formToken(sandbox, u"request"_s, other.id),
             formToken(restarted, u"request"_s, elsewhere.id)}) {
        const auto reply = decide(sandbox, approve, wrong);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
        QVERIFY(text(reply).contains(u"The decision did not come from this approval page"_s));
        QCOMPARE(sandbox.context().state.requests.value(request.id).status, Altinn::RequestStatus::New);
    }
    // A decision posted as JSON (no form at all) is refused the same way.
    const auto json = sandbox.send("POST", approve, "{}", {}, {{"Accept-Language", "*"}});
    QCOMPARE(json.status, 400);
    QVERIFY(sandbox.context().state.systemUsers.isEmpty());

    // The page's own token decides.
    QCOMPARE(decide(sandbox, approve, token).status, 302);
    QCOMPARE(sandbox.context().state.requests.value(request.id).status, Altinn::RequestStatus::Accepted);
    QCOMPARE(sandbox.context().state.requests.value(other.id).status, Altinn::RequestStatus::New);
}

QTEST_GUILESS_MAIN(TestSandboxApproval)
#include "TestSandboxApproval.moc"
