#include "auth/RsaKey.h"
#include "net/ActivityLog.h"
#include "onboarding/OnboardingReport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Altinn::OnboardingReport;
using Altinn::OnboardingSummary;

/// The Summary page's saved report: complete, escaped, self-contained and free of secrets.
class TestOnboardingReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containsWhatWasDone();
    void escapesEverything();
    void isSelfContained();
    void neverContainsSecrets();
    void usesOnlyTagsQTextDocumentReads();
    void fileNameIsSafe();

private:
    static OnboardingSummary summary();
};

OnboardingSummary TestOnboardingReport::summary()
{
    OnboardingSummary summary;
    summary.vendorOrgNo = u"991825827"_s;
    summary.vendorName = u"SmartRegnskap AS"_s;
    summary.environmentName = u"Sandbox (built in)"_s;
    summary.systemId = u"991825827_smartregnskap"_s;
    summary.systemName = u"SmartRegnskap"_s;
    summary.registeredRights = {u"Krav og betalinger"_s};
    summary.registeredPackages = {u"Skatt næring"_s, u"Jordbruk"_s};
    Altinn::SystemUserRequestResponse approved;
    approved.id = u"505f8488-3d48-4c15-8e21-35cb9432f815"_s;
    approved.partyOrgNo = u"310904473"_s;
    approved.externalRef = u"kunde-4711"_s;
    approved.status = Altinn::RequestStatus::Accepted;
    approved.created = QDateTime(QDate(2026, 3, 2), QTime(9, 14), Qt::UTC);
    approved.confirmUrl =
        u"http://127.0.0.1:8080/accessmanagement/ui/systemuser/request?id=505f&DONTCHOOSEREPORTEE=true"_s;
    Altinn::SystemUserRequestResponse pending = approved;
    pending.id = u"6a0e"_s;
    pending.kind = Altinn::RequestKind::Agent;
    pending.partyOrgNo = u"314250052"_s;
    pending.status = Altinn::RequestStatus::New;
    summary.requests = {approved, pending};
    Altinn::SystemUser user;
    user.id = approved.id;
    user.reporteeOrgNo = u"310904473"_s;
    user.externalRef = u"kunde-4711"_s;
    user.userType = u"standard"_s;
    user.integrationTitle = u"SmartRegnskap"_s;
    summary.systemUsers = {user};
    summary.organisationNames = {
        {u"310904473"_s, u"Bergen Bakeri AS"_s}, {u"314250052"_s, u"Tall & Tekst Regnskap AS"_s}};
    OnboardingSummary::TokenTest test;
    test.ok = true;
    test.testedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    test.customerOrgNo = u"310904473"_s;
    test.claims = {{u"authorization_details.systemuser_org"_s, u"310904473"_s, u"The customer."_s},
        {u"authorization_details.system_id"_s, u"991825827_smartregnskap"_s, u"Your system."_s}};
    summary.tokenTest = test;
    summary.pendingItems = {u"Tall & Tekst Regnskap AS has not approved yet."_s};
    summary.nextSteps = {u"Add clients to the agent system user."_s};
    summary.generatedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    return summary;
}

void TestOnboardingReport::containsWhatWasDone()
{
    const QString html = OnboardingReport::html(summary());
    for (const QString &expected :
        {u"991825827_smartregnskap"_s, u"SmartRegnskap AS"_s, u"Sandbox (built in)"_s,
            u"Krav og betalinger"_s, u"Skatt næring"_s, u"Jordbruk"_s, u"Bergen Bakeri AS"_s, u"310904473"_s,
            u"kunde-4711"_s, u"505f8488-3d48-4c15-8e21-35cb9432f815"_s, u"has not approved yet."_s,
            u"Add clients to the agent system user."_s, u"Your system."_s}) {
        QVERIFY2(html.contains(expected), qPrintable(expected));
    }
    // The approval link is a working link (its & escaped inside the attribute).
    QVERIFY(html.contains(
        u"<a href=\"http://127.0.0.1:8080/accessmanagement/ui/systemuser/request?id=505f&amp;DONTCHOOSEREPORTEE=true\">"_s));
    QVERIFY(html.contains(u"(2)"_s)); // the number of packages
}

void TestOnboardingReport::escapesEverything()
{
    OnboardingSummary data = summary();
    data.systemName = u"<script>alert(1)</script>"_s;
    data.pendingItems = {u"a < b & \"c\""_s};
    const QString html = OnboardingReport::html(data);
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    QVERIFY(html.contains(u"a &lt; b &amp; &quot;c&quot;"_s));
    QVERIFY(html.contains(u"Tall &amp; Tekst Regnskap AS"_s));
}

void TestOnboardingReport::isSelfContained()
{
    const QString html = OnboardingReport::html(summary());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<style>"_s));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<link"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"src="_s));
    QVERIFY(!html.contains(u"url("_s));
}

void TestOnboardingReport::neverContainsSecrets()
{
    // A token pasted by mistake into free text (a failure text, a claim value) must not reach the file.
    OnboardingSummary data = summary();
    const QString jwt = u"eyJhbGciOiJSUzI1NiJ9.eyJzY29wZSI6ImEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ"_s;
    data.tokenTest->ok = false;
    data.tokenTest->failure = u"Bearer "_s + jwt;
    data.tokenTest->claims.append({u"jti"_s, jwt, u"?"_s});
    // A real key, made now, pasted by mistake into a next step.
    const QByteArray pem = RsaKey::generate(2048).privatePkcs8Pem();
    const QString keyBody = QString::fromLatin1(pem.split('\n').value(1));
    data.nextSteps.append(QString::fromLatin1(pem));
    const QString html = OnboardingReport::html(data);
    QVERIFY(!Altinn::Redaction::containsSecret(html.toUtf8()));
    QVERIFY(!html.contains(u"eyJhbGciOiJSUzI1NiJ9"_s));
    QVERIFY(!html.contains(keyBody));
    QVERIFY(!Altinn::Redaction::containsSecret(OnboardingReport::html(summary()).toUtf8()));
}

void TestOnboardingReport::usesOnlyTagsQTextDocumentReads()
{
    // The ui prints the same HTML to PDF through QTextDocument, which reads only a subset of HTML.
    const QSet<QString> supported{u"html"_s, u"head"_s, u"meta"_s, u"title"_s, u"style"_s, u"body"_s, u"h1"_s,
        u"h2"_s, u"h3"_s, u"p"_s, u"ul"_s, u"li"_s, u"table"_s, u"tr"_s, u"th"_s, u"td"_s, u"a"_s};
    static const QRegularExpression tag(u"<\\/?([a-zA-Z0-9]+)"_s);
    const QString html = OnboardingReport::html(summary());
    auto it = tag.globalMatch(html);
    int tags = 0;
    while (it.hasNext()) {
        const QString name = it.next().captured(1).toLower();
        QVERIFY2(supported.contains(name), qPrintable(name));
        ++tags;
    }
    QVERIFY(tags > 20);
}

void TestOnboardingReport::fileNameIsSafe()
{
    OnboardingSummary data = summary();
    QCOMPARE(OnboardingReport::suggestedFileName(data, u"html"_s),
        u"onboarding-991825827_smartregnskap-2026-03-02.html"_s);
    data.systemId = u"a/b:c"_s;
    QVERIFY(!OnboardingReport::suggestedFileName(data, u"pdf"_s).contains(u'/'));
}

QTEST_GUILESS_MAIN(TestOnboardingReport)
#include "TestOnboardingReport.moc"
