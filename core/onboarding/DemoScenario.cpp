#include "onboarding/DemoScenario.h"

#include "model/Right.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace Onboarding {

QString DemoScenario::profileId()
{
    return u"guided-demo"_s;
}

QString DemoScenario::vendorOrgNumber()
{
    return u"991825827"_s;
}

QString DemoScenario::customerOrgNumber()
{
    return u"310904473"_s;
}

QString DemoScenario::systemId()
{
    return vendorOrgNumber() + u"_demo_regnskap"_s;
}

QString DemoScenario::appResourceId()
{
    return u"app_brg_aarsregnskap-vanlig-202406"_s;
}

QString DemoScenario::redirectUrl()
{
    return u"https://regnskap.example.com/altinn/ferdig"_s;
}

Profile DemoScenario::profile()
{
    Profile profile;
    profile.id = profileId();
    profile.name = tr("Guided demo");
    profile.environment = u"sandbox"_s;
    profile.vendorOrgNumber = vendorOrgNumber();
    profile.keyPersistent = false;
    return profile;
}

Altinn::SystemDefinition DemoScenario::system(const QString &clientId)
{
    Altinn::SystemDefinition system;
    system.id = systemId();
    system.setVendorOrgNumber(vendorOrgNumber());
    // The system's own texts, in the three languages Altinn shows them in (not UI strings).
    system.name = {
        {u"nb"_s, u"Demo Regnskap"_s}, {u"nn"_s, u"Demo Rekneskap"_s}, {u"en"_s, u"Demo Accounting"_s}};
    system.description = {
        {u"nb"_s, u"Regnskapssystemet sender årsregnskapet til Brønnøysundregistrene for kunden."_s},
        {u"nn"_s, u"Rekneskapssystemet sender årsrekneskapen til Brønnøysundregistera for kunden."_s},
        {u"en"_s,
            u"The accounting system files the annual accounts with the Brønnøysund Register Centre for the customer."_s}};
    system.rights = QList{Altinn::Right::forResource(appResourceId())};
    if (!clientId.isEmpty())
        system.clientIds = {clientId};
    system.allowedRedirectUrls = {redirectUrl()};
    return system;
}

QString DemoScenario::newExternalRef()
{
    return u"demo-"_s + QString::number(QDateTime::currentMSecsSinceEpoch(), 36)
        + QString::number(QRandomGenerator::global()->bounded(36 * 36), 36);
}

DemoScenario::Step DemoScenario::step(int number)
{
    switch (number) {
    case 1:
        return {tr("Organisation and environment"),
            tr("We say who we are: the demo vendor, organisation number %1, in the built-in sandbox.")
                .arg(vendorOrgNumber()),
            tr("A profile ties one organisation to one environment. Keys, clients and systems belong to it."),
            tr("Nothing is sent yet. The sandbox names the organisation from its copy of the register."),
            tr("Nothing yet. The customer first hears from us in step 5.")};
    case 2:
        return {tr("Maskinporten client and key"),
            tr("The wizard makes a key pair and registers the public key as a Maskinporten client."),
            tr("Maskinporten must know our system before it gives it tokens. The key proves that a call "
               "comes from us."),
            tr("Maskinporten stores the client with its public key and scopes. The private key never leaves "
               "this computer; in the demo it is kept in memory for this run only."),
            tr("Nothing. This is between the vendor and Maskinporten.")};
    case 3:
        return {tr("System definition"),
            tr("We describe the system: its name and description in Bokmål, Nynorsk and English, the right "
               "it needs and where customers return after approving."),
            tr("The customer sees exactly these texts and rights when asked to approve."),
            tr("Nothing is sent yet. The wizard checks the definition against Altinn's rules as it is "
               "filled in."),
            tr("Later, the name and description shown here, in their own language.")};
    case 4:
        return {tr("Publish to the system register"),
            tr("The system is registered in Altinn's system register."),
            tr("Altinn accepts requests only for systems it knows, and only from the vendor that owns them."),
            tr("The wizard gets a token from Maskinporten and sends the definition. Altinn checks it, stores "
               "it, and the receipt is read back."),
            tr("Nothing yet. The system can now be requested.")};
    case 5:
        return {tr("Customer request"),
            tr("We ask the customer, organisation %1, for a system user with the system's right.")
                .arg(customerOrgNumber()),
            tr("A system user lets our system act for the customer, but only once the customer says yes."),
            tr("Altinn stores the request as waiting and answers with an approval link for the customer."),
            tr("Nothing until we pass on the link. Then a page in Altinn that names our system and what it "
               "may do.")};
    case 6:
        return {tr("Approval"),
            tr("The link and QR code go to the customer. In the sandbox the customer's access manager "
               "approves at once."),
            tr("Only a person with the right role at the customer may give a system user rights."),
            tr("Altinn checks that the approver may give the right, creates the system user and marks the "
               "request approved. The wizard sees the new status."),
            tr("They log in to Altinn, read what the system may do and press Approve.")};
    case 7:
        return {tr("System user token"),
            tr("Our system asks Maskinporten for a token for the customer, as it will every day."),
            tr("This proves that the system user works before the system goes live."),
            tr("Maskinporten checks our key, asks Altinn whether the customer has a system user for our "
               "system, and issues a token naming the customer. This page can also create an instance of "
               "the annual accounts app with it."),
            tr("Nothing new: the system now works for them, within the rights they approved.")};
    case 8:
        return {tr("Summary"),
            tr("The summary lists what was done: the system, the customer's approval and the token test."),
            tr("The vendor keeps a record and sees what is left to do for the next customer."),
            tr("The wizard reads the statuses of the request and the system user back from Altinn."),
            tr("In Altinn they see the system user and can remove it at any time.")};
    default:
        return {};
    }
}

} // namespace Onboarding
