#include "onboarding/CustomerMessage.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using Altinn::CustomerMessage;

/// The message the vendor sends the customer: in the language chosen for it, with everything the
/// approver needs — who must approve, what is asked for, the link, what happens next.
class TestCustomerMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachLanguageHasItsOwnText();
    void namesTheApproverRoleTheSystemTheRightsAndTheLink();
    void fallsBackToIdsAndOrgNumbersWhenNamesAreUnknown();
    void agentMessageTellsAboutClients();
    void sayWhoMustApproveAndThatItIsAllOrNothing();
    void mentionsTheVendorContactWhenGiven();
    void languageCodes();
    void mailtoUrlEncodesSubjectAndBody();

private:
    static CustomerMessage::Input standardInput();
};

CustomerMessage::Input TestCustomerMessage::standardInput()
{
    CustomerMessage::Input input;
    input.request.kind = Altinn::RequestKind::Standard;
    input.request.systemId = u"991825827_smartregnskap"_s;
    input.request.partyOrgNo = u"310904473"_s;
    input.request.rights = {Altinn::Right::forResource(u"ske-krav-og-betalinger"_s)};
    input.request.accessPackages = {{u"urn:altinn:accesspackage:skattnaering"_s}};
    input.request.confirmUrl =
        u"https://am.ui.tt02.altinn.no/accessmanagement/ui/systemuser/request?id=505f8488-3d48-4c15-8e21-35cb9432f815&DONTCHOOSEREPORTEE=true"_s;
    input.customerName = u"Bergen Bakeri AS"_s;
    input.vendorName = u"SmartRegnskap AS"_s;
    input.vendorOrgNo = u"991825827"_s;
    input.systemName = {
        {u"nb"_s, u"SmartRegnskap"_s}, {u"nn"_s, u"SmartRekneskap"_s}, {u"en"_s, u"SmartAccounting"_s}};
    input.titles.insert(u"ske-krav-og-betalinger"_s,
        {{u"nb"_s, u"Krav og betalinger"_s}, {u"en"_s, u"Claims and payments"_s}});
    input.titles.insert(u"urn:altinn:accesspackage:skattnaering"_s,
        {{u"nb"_s, u"Skatt næring"_s}, {u"nn"_s, u"Skatt næring (nn)"_s}, {u"en"_s, u"Business tax"_s}});
    return input;
}

void TestCustomerMessage::eachLanguageHasItsOwnText()
{
    const auto input = standardInput();
    const auto nb = CustomerMessage::compose(input, CustomerMessage::Language::Bokmal);
    const auto nn = CustomerMessage::compose(input, CustomerMessage::Language::Nynorsk);
    const auto en = CustomerMessage::compose(input, CustomerMessage::Language::English);
    QVERIFY(nb.body != nn.body);
    QVERIFY(nb.body != en.body);
    QVERIFY(nn.body != en.body);
    QVERIFY(nb.subject != en.subject);
    QVERIFY(nb.subject != nn.subject);
    QVERIFY(nb.body.contains(u"systembruker"_s));
    QVERIFY(nn.body.contains(u"systembrukar"_s));
    QVERIFY(en.body.contains(u"system user"_s));
    for (const auto &text : {nb, nn, en}) {
        QVERIFY(!text.subject.isEmpty());
        QVERIFY(!text.subject.contains(u'\n'));
        QVERIFY(!text.body.contains(u'%')); // every placeholder filled (the link has no %)
    }
}

void TestCustomerMessage::namesTheApproverRoleTheSystemTheRightsAndTheLink()
{
    const auto input = standardInput();
    const auto nb = CustomerMessage::compose(input, CustomerMessage::Language::Bokmal);
    QVERIFY(nb.body.contains(input.request.confirmUrl));
    QVERIFY(nb.body.contains(u"310904473"_s));
    QVERIFY(nb.body.contains(u"Bergen Bakeri AS"_s));
    QVERIFY(nb.body.contains(u"Tilgangsstyrer"_s));
    QVERIFY(nb.body.contains(u"Hovedadministrator"_s));
    QVERIFY(nb.body.contains(u"«SmartRegnskap»"_s));
    QVERIFY(nb.subject.contains(u"SmartRegnskap"_s));
    QVERIFY(nb.body.contains(u"- Krav og betalinger"_s));
    QVERIFY(nb.body.contains(u"- Skatt næring"_s));
    QVERIFY(nb.body.contains(u"SmartRegnskap AS får automatisk beskjed"_s));

    const auto nn = CustomerMessage::compose(input, CustomerMessage::Language::Nynorsk);
    QVERIFY(nn.body.contains(u"«SmartRekneskap»"_s)); // the system's nn name
    QVERIFY(nn.body.contains(u"- Skatt næring (nn)"_s));
    QVERIFY(nn.body.contains(u"- Krav og betalinger"_s)); // no nn title: Bokmål
    QVERIFY(nn.body.contains(u"Tilgangsstyrar"_s));
    QVERIFY(nn.body.contains(input.request.confirmUrl));

    const auto en = CustomerMessage::compose(input, CustomerMessage::Language::English);
    QVERIFY(en.body.contains(u"“SmartAccounting”"_s));
    QVERIFY(en.body.contains(u"- Claims and payments"_s));
    QVERIFY(en.body.contains(u"- Business tax"_s));
    QVERIFY(en.body.contains(u"Access manager"_s));
    QVERIFY(en.body.contains(u"organisation number 310904473"_s));
    QVERIFY(en.body.contains(input.request.confirmUrl));
    QVERIFY(en.body.contains(u"is notified automatically"_s));
    QVERIFY(en.body.contains(u"waiting for an answer"_s));
}

void TestCustomerMessage::fallsBackToIdsAndOrgNumbersWhenNamesAreUnknown()
{
    auto input = standardInput();
    input.titles.clear();
    input.systemName.clear();
    input.customerName.clear();
    input.vendorName.clear();
    const auto en = CustomerMessage::compose(input, CustomerMessage::Language::English);
    QVERIFY(en.body.contains(u"- ske-krav-og-betalinger"_s));
    QVERIFY(en.body.contains(u"- urn:altinn:accesspackage:skattnaering"_s));
    QVERIFY(en.body.contains(u"“991825827_smartregnskap”"_s));
    QVERIFY(en.subject.contains(u"991825827_smartregnskap"_s));
    QVERIFY(en.body.contains(u"991825827 asks organisation number 310904473"_s));
}

void TestCustomerMessage::agentMessageTellsAboutClients()
{
    auto input = standardInput();
    input.request.kind = Altinn::RequestKind::Agent;
    input.request.rights.clear();
    const auto standard = CustomerMessage::compose(standardInput(), CustomerMessage::Language::Bokmal);
    const auto agent = CustomerMessage::compose(input, CustomerMessage::Language::Bokmal);
    QVERIFY(agent.body.contains(u"klientforhold"_s));
    QVERIFY(agent.body.contains(u"Klientadministrator"_s));
    QVERIFY(!standard.body.contains(u"Klientadministrator"_s));
    QVERIFY(!agent.body.contains(u"Krav og betalinger"_s));
    // An agent approver need not hold the rights; a standard one must.
    QVERIFY(standard.body.contains(u"selv ha tilgangene"_s));
    QVERIFY(!agent.body.contains(u"selv ha tilgangene"_s));
}

void TestCustomerMessage::sayWhoMustApproveAndThatItIsAllOrNothing()
{
    // docs/altinn-behaviour.md#approval-url-and-flow: an access manager who can pass on every right asked
    // for approves, all or nothing; someone without the role can escalate.
    const auto input = standardInput();
    const auto nb = CustomerMessage::compose(input, CustomerMessage::Language::Bokmal);
    QVERIFY(nb.body.contains(u"kunne gi dem videre: Krav og betalinger, Skatt næring."_s));
    QVERIFY(nb.body.contains(u"alt eller ingenting"_s));
    QVERIFY(nb.body.contains(u"sende forespørselen videre til en tilgangsstyrer"_s));
    // What is asked for comes first, so the approver knows what they must be able to give.
    QVERIFY(nb.body.indexOf(u"Dette bes det om:"_s) < nb.body.indexOf(u"Hvem må godkjenne?"_s));

    const auto nn = CustomerMessage::compose(input, CustomerMessage::Language::Nynorsk);
    QVERIFY(nn.body.contains(u"kunne gi dei vidare: Krav og betalinger, Skatt næring (nn)."_s));
    QVERIFY(nn.body.contains(u"alt eller ingenting"_s));

    const auto en = CustomerMessage::compose(input, CustomerMessage::Language::English);
    QVERIFY(en.body.contains(u"be able to pass it on: Claims and payments, Business tax."_s));
    QVERIFY(en.body.contains(u"all-or-nothing"_s));
    QVERIFY(en.body.contains(u"(escalate)"_s));

    // An agent request: the role, not the rights, and nothing about all-or-nothing.
    auto agentInput = input;
    agentInput.request.kind = Altinn::RequestKind::Agent;
    agentInput.request.rights.clear();
    const auto agent = CustomerMessage::compose(agentInput, CustomerMessage::Language::English);
    QVERIFY(agent.body.contains(u"need not hold the access packages"_s));
    QVERIFY(!agent.body.contains(u"all-or-nothing"_s));
    QVERIFY(agent.body.contains(u"(escalate)"_s));
}

void TestCustomerMessage::mentionsTheVendorContactWhenGiven()
{
    auto input = standardInput();
    QVERIFY(
        !CustomerMessage::compose(input, CustomerMessage::Language::English).body.contains(u"support@"_s));
    input.vendorContact = u"support@smartregnskap.example"_s;
    const auto en = CustomerMessage::compose(input, CustomerMessage::Language::English);
    QVERIFY(en.body.contains(u"Questions? Contact SmartRegnskap AS at support@smartregnskap.example."_s));
}

void TestCustomerMessage::languageCodes()
{
    QCOMPARE(CustomerMessage::languageCode(CustomerMessage::Language::Nynorsk), u"nn"_s);
    QCOMPARE(CustomerMessage::languageFromCode(u"nn_NO"), CustomerMessage::Language::Nynorsk);
    QCOMPARE(CustomerMessage::languageFromCode(u"en-GB"), CustomerMessage::Language::English);
    QCOMPARE(CustomerMessage::languageFromCode(u"nb"), CustomerMessage::Language::Bokmal);
    QCOMPARE(CustomerMessage::languageFromCode(u"de"), CustomerMessage::Language::Bokmal);
}

void TestCustomerMessage::mailtoUrlEncodesSubjectAndBody()
{
    const auto text = CustomerMessage::compose(standardInput(), CustomerMessage::Language::Bokmal);
    const QUrl url = CustomerMessage::mailtoUrl(u"post@bakeri.example"_s, text.subject, text.body);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"mailto"_s);
    QCOMPARE(url.path(), u"post@bakeri.example"_s);
    const QByteArray encoded = url.toEncoded();
    QVERIFY(encoded.contains("%0D%0A"));
    QVERIFY(!encoded.contains(' '));
    QVERIFY(!encoded.contains('+'));
    // The link's own & and = are encoded, so the body survives as one parameter.
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), text.subject);
    QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
    QCOMPARE(body.replace(u"\r\n"_s, u"\n"_s), text.body);
}

QTEST_GUILESS_MAIN(TestCustomerMessage)
#include "TestCustomerMessage.moc"
