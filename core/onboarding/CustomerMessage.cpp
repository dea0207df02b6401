#include "onboarding/CustomerMessage.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Altinn {
namespace {

/// The texts of one language. %-placeholders are filled with QString::arg, in the order given.
struct Phrases
{
    const char16_t *subject; ///< %1 system
    const char16_t *customerWithName; ///< %1 name, %2 org number
    const char16_t *customerWithoutName; ///< %1 org number
    const char16_t *someVendor; ///< when the vendor has neither name nor org number
    const char16_t *greeting;
    const char16_t *introStandard; ///< %1 vendor, %2 customer, %3 system
    const char16_t *introAgent; ///< %1 vendor, %2 customer, %3 system
    const char16_t *whoHeading;
    const char16_t *whoStandard; ///< %1 customer, %2 what is asked for (names)
    const char16_t *whoAgent; ///< %1 customer
    const char16_t *askedForHeading;
    const char16_t *howHeading;
    const char16_t *stepOpen; ///< %1 link
    const char16_t *stepLogIn;
    const char16_t *stepApprove;
    const char16_t *nextHeading;
    const char16_t *nextNotified; ///< %1 vendor
    const char16_t *nextClients; ///< agent only
    const char16_t *nextLinkValid;
    const char16_t *nextManage;
    const char16_t *questionsWithContact; ///< %1 vendor, %2 contact
    const char16_t *questions; ///< %1 vendor
    const char16_t *closing;
};

// The customer's language is chosen per message, independent of the UI language, so these texts
// cannot go through tr() (which follows the installed translator); the role names are Altinn's own.
constexpr Phrases Bokmal{
    u"Forespørsel om systemtilgang i Altinn: %1",
    u"%1 (org.nr. %2)",
    u"org.nr. %1",
    u"Leverandøren",
    u"Hei,",
    u"%1 ber om at %2 gir systemet «%3» tilgang i Altinn gjennom en systembruker. Da kan systemet "
    u"gjøre oppgaver for virksomheten uten at noen må logge inn hver gang.",
    u"%1 ber om at %2 gir systemet «%3» tilgang i Altinn gjennom en systembruker for klientforhold. "
    u"Da kan systemet arbeide for klientene som virksomheten legger til.",
    u"Hvem må godkjenne?",
    u"Forespørselen må godkjennes i Altinn av en person som har rollen Tilgangsstyrer eller "
    u"Hovedadministrator for %1. Personen må også selv ha tilgangene det bes om, og kunne gi dem videre: %2. "
    u"Godkjenningen gjelder alt eller ingenting: kan personen ikke gi én av dem, blir ingenting godkjent. "
    u"Den som åpner lenken uten rollen, kan sende forespørselen videre til en tilgangsstyrer i virksomheten.",
    u"Forespørselen må godkjennes i Altinn av en person som har rollen Tilgangsstyrer eller "
    u"Hovedadministrator for %1. Personen trenger ikke selv ha tilgangspakkene. Den som åpner lenken uten "
    u"denne rollen, kan sende forespørselen videre til en tilgangsstyrer i virksomheten.",
    u"Dette bes det om:",
    u"Slik godkjenner du:",
    u"1. Åpne lenken: %1",
    u"2. Logg inn med ID-porten (for eksempel BankID eller MinID).",
    u"3. Se gjennom forespørselen og velg Godkjenn.",
    u"Hva skjer etterpå?",
    u"%1 får automatisk beskjed når forespørselen er godkjent eller avvist. Du trenger ikke å gjøre "
    u"noe mer.",
    u"Etter godkjenningen legger dere til klientene systemet skal arbeide for, i Altinn under "
    u"Systemtilganger. Det krever rollen Klientadministrator.",
    u"Lenken kan brukes så lenge forespørselen venter på svar.",
    u"Dere kan når som helst se eller slette systembrukeren i Altinn under Systemtilganger.",
    u"Har du spørsmål? Kontakt %1 på %2.",
    u"Har du spørsmål? Kontakt %1.",
    u"Med vennlig hilsen",
};

constexpr Phrases Nynorsk{
    u"Førespurnad om systemtilgang i Altinn: %1",
    u"%1 (org.nr. %2)",
    u"org.nr. %1",
    u"Leverandøren",
    u"Hei,",
    u"%1 ber om at %2 gir systemet «%3» tilgang i Altinn gjennom ein systembrukar. Då kan systemet "
    u"gjere oppgåver for verksemda utan at nokon må logge inn kvar gong.",
    u"%1 ber om at %2 gir systemet «%3» tilgang i Altinn gjennom ein systembrukar for klientforhold. "
    u"Då kan systemet arbeide for klientane som verksemda legg til.",
    u"Kven må godkjenne?",
    u"Førespurnaden må godkjennast i Altinn av ein person som har rolla Tilgangsstyrar eller "
    u"Hovudadministrator for %1. Personen må òg sjølv ha tilgangane det blir bede om, og kunne gi dei "
    u"vidare: %2. Godkjenninga gjeld alt eller ingenting: kan personen ikkje gi éin av dei, blir ingenting "
    u"godkjent. Den som opnar lenkja utan rolla, kan sende førespurnaden vidare til ein tilgangsstyrar i "
    u"verksemda.",
    u"Førespurnaden må godkjennast i Altinn av ein person som har rolla Tilgangsstyrar eller "
    u"Hovudadministrator for %1. Personen treng ikkje sjølv ha tilgangspakkane. Den som opnar lenkja utan "
    u"denne rolla, kan sende førespurnaden vidare til ein tilgangsstyrar i verksemda.",
    u"Dette blir det bede om:",
    u"Slik godkjenner du:",
    u"1. Opne lenkja: %1",
    u"2. Logg inn med ID-porten (til dømes BankID eller MinID).",
    u"3. Sjå gjennom førespurnaden og vel Godkjenn.",
    u"Kva skjer etterpå?",
    u"%1 får automatisk melding når førespurnaden er godkjend eller avvist. Du treng ikkje gjere "
    u"noko meir.",
    u"Etter godkjenninga legg de til klientane systemet skal arbeide for, i Altinn under "
    u"Systemtilgangar. Det krev rolla Klientadministrator.",
    u"Lenkja kan brukast så lenge førespurnaden ventar på svar.",
    u"De kan når som helst sjå eller slette systembrukaren i Altinn under Systemtilgangar.",
    u"Har du spørsmål? Kontakt %1 på %2.",
    u"Har du spørsmål? Kontakt %1.",
    u"Med venleg helsing",
};

constexpr Phrases English{
    u"Request for system access in Altinn: %1",
    u"%1 (organisation number %2)",
    u"organisation number %1",
    u"Your supplier",
    u"Hello,",
    u"%1 asks %2 to give the system “%3” access in Altinn through a system user. The system can then "
    u"do its tasks for your organisation without anyone having to log in each time.",
    u"%1 asks %2 to give the system “%3” access in Altinn through a system user for client "
    u"relationships. The system can then work for the clients your firm adds to it.",
    u"Who must approve?",
    u"The request must be approved in Altinn by a person who has the Access manager (Tilgangsstyrer) "
    u"or Main administrator (Hovedadministrator) role for %1. That person must also hold the access that "
    u"is asked for, and be able to pass it on: %2. Approval is all-or-nothing: if the person cannot pass "
    u"on one of them, nothing is approved. Someone without the role who opens the link can pass the "
    u"request on (escalate) to an access manager in the organisation.",
    u"The request must be approved in Altinn by a person who has the Access manager (Tilgangsstyrer) "
    u"or Main administrator (Hovedadministrator) role for %1. The person need not hold the access "
    u"packages. Someone without this role who opens the link can pass the request on (escalate) to an "
    u"access manager in the organisation.",
    u"What is asked for:",
    u"How to approve:",
    u"1. Open the link: %1",
    u"2. Log in with ID-porten (for example BankID or MinID).",
    u"3. Review the request and choose Approve.",
    u"What happens next?",
    u"%1 is notified automatically when the request is approved or rejected. You need to do nothing "
    u"more.",
    u"After approval, add the clients the system is to work for in Altinn under System access. This "
    u"needs the Client administrator (Klientadministrator) role.",
    u"The link can be used for as long as the request is waiting for an answer.",
    u"You can see or delete the system user in Altinn under System access at any time.",
    u"Questions? Contact %1 at %2.",
    u"Questions? Contact %1.",
    u"Kind regards",
};

const Phrases &phrases(CustomerMessage::Language language)
{
    switch (language) {
    case CustomerMessage::Language::Bokmal:
        return Bokmal;
    case CustomerMessage::Language::Nynorsk:
        return Nynorsk;
    case CustomerMessage::Language::English:
        return English;
    }
    return Bokmal;
}

QString text(const char16_t *phrase)
{
    return QString::fromUtf16(phrase);
}

/// @p texts in @p language, then Bokmål, then English, then any; empty when there is none.
QString pick(const LocalizedText &texts, const QString &language)
{
    for (const QString &code : {language, u"nb"_s, u"en"_s}) {
        const QString value = texts.value(code).trimmed();
        if (!value.isEmpty())
            return value;
    }
    for (const QString &value : texts) {
        if (!value.trimmed().isEmpty())
            return value.trimmed();
    }
    return {};
}

/// Each right and package asked for: its title in @p language when known, else its id or URN.
QStringList askedForNames(const CustomerMessage::Input &input, const QString &language)
{
    QStringList items;
    const auto add = [&](const QString &key) {
        if (key.isEmpty())
            return;
        const QString title = pick(input.titles.value(key), language);
        items.append(title.isEmpty() ? key : title);
    };
    for (const Right &right : input.request.rights)
        add(right.resourceId().isEmpty() ? right.identityKey() : right.resourceId());
    for (const AccessPackageRef &package : input.request.accessPackages)
        add(package.urn);
    return items;
}

} // namespace

CustomerMessage::Text CustomerMessage::compose(const Input &input, Language language)
{
    const Phrases &p = phrases(language);
    const QString code = languageCode(language);
    const SystemUserRequestResponse &request = input.request;
    const bool agent = request.kind == RequestKind::Agent;

    const QString customerName = input.customerName.trimmed();
    const QString customer = customerName.isEmpty()
        ? text(p.customerWithoutName).arg(request.partyOrgNo)
        : text(p.customerWithName).arg(customerName, request.partyOrgNo);
    QString vendor = input.vendorName.trimmed();
    if (vendor.isEmpty())
        vendor = input.vendorOrgNo.isEmpty() ? text(p.someVendor) : input.vendorOrgNo;
    QString system = pick(input.systemName, code);
    if (system.isEmpty())
        system = request.systemId;

    // What is asked for comes before who must approve: a standard approver must be able to pass on every one
    // of them, and approval is all-or-nothing (docs/altinn-behaviour.md#approval-url-and-flow).
    const QStringList names = askedForNames(input, code);
    QStringList lines{text(p.greeting), QString(),
        text(agent ? p.introAgent : p.introStandard).arg(vendor, customer, system)};
    if (!names.isEmpty()) {
        lines << QString() << text(p.askedForHeading);
        for (const QString &name : names)
            lines << u"- "_s + name;
    }
    lines << QString() << text(p.whoHeading)
          << (agent ? text(p.whoAgent).arg(customer)
                    : text(p.whoStandard).arg(customer, names.join(u", "_s)));
    lines << QString() << text(p.howHeading) << text(p.stepOpen).arg(request.confirmUrl) << text(p.stepLogIn)
          << text(p.stepApprove) << QString() << text(p.nextHeading) << text(p.nextNotified).arg(vendor);
    if (agent)
        lines << text(p.nextClients);
    lines << text(p.nextLinkValid) << text(p.nextManage) << QString();
    const QString contact = input.vendorContact.trimmed();
    lines << (contact.isEmpty() ? text(p.questions).arg(vendor)
                                : text(p.questionsWithContact).arg(vendor, contact));
    lines << QString() << text(p.closing) << vendor;

    return {text(p.subject).arg(system), lines.join(u'\n')};
}

QString CustomerMessage::languageCode(Language language)
{
    switch (language) {
    case Language::Bokmal:
        return u"nb"_s;
    case Language::Nynorsk:
        return u"nn"_s;
    case Language::English:
        return u"en"_s;
    }
    return u"nb"_s;
}

CustomerMessage::Language CustomerMessage::languageFromCode(QStringView code)
{
    // "nb_NO", "nn-NO": only the language part counts.
    qsizetype end = 0;
    while (end < code.size() && code.at(end) != u'_' && code.at(end) != u'-')
        ++end;
    const QString language = code.first(end).toString().toLower();
    if (language == u"nn" || language == u"nno")
        return Language::Nynorsk;
    if (language == u"en" || language == u"eng")
        return Language::English;
    return Language::Bokmal;
}

QUrl CustomerMessage::mailtoUrl(const QString &to, const QString &subject, const QString &body)
{
    // RFC 6068: spaces as %20 (not '+'), line breaks as %0D%0A; '@' may stay in the address.
    QString crlfBody = body;
    crlfBody.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    const QByteArray encoded = "mailto:" + QUrl::toPercentEncoding(to.trimmed(), "@")
        + "?subject=" + QUrl::toPercentEncoding(subject) + "&body=" + QUrl::toPercentEncoding(crlfBody);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace Altinn
