<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>HomePage</name>
    <message>
        <source>What do you want to do?</source>
        <translation>Kva vil du gjere?</translation>
    </message>
    <message>
        <source>Register your system in Altinn, ask customers for a system user, follow their approval and prove that it works. Start on the built-in sandbox: nothing you do there reaches Altinn.</source>
        <translation>Registrer systemet ditt i Altinn, be kundar om ein systembrukar, følg med på godkjenninga og vis at det verkar. Start i den innebygde sandkassa: ingenting du gjer der, når Altinn.</translation>
    </message>
    <message>
        <source>Set up or edit my system</source>
        <translation>Set opp eller endre systemet mitt</translation>
    </message>
    <message>
        <source>Your organisation, your Maskinporten client and key, and the system definition Altinn shows to customers.</source>
        <translation>Organisasjonen din, Maskinporten-klienten og nøkkelen din, og systemdefinisjonen Altinn viser til kundane.</translation>
    </message>
    <message>
        <source>Set up system</source>
        <translation>Set opp system</translation>
    </message>
    <message>
        <source>Onboard a customer</source>
        <translation>Kople på ein kunde</translation>
    </message>
    <message>
        <source>Send a system user request to a customer organisation and hand over the approval link.</source>
        <translation>Send ein førespurnad om systembrukar til ein kundeorganisasjon, og gi dei godkjenningslenkja.</translation>
    </message>
    <message>
        <source>Onboard customer</source>
        <translation>Kople på kunde</translation>
    </message>
    <message>
        <source>Check a customer&apos;s system user</source>
        <translation>Sjekk systembrukaren til ein kunde</translation>
    </message>
    <message>
        <source>See whether a customer has approved, and get a system user token to prove it works.</source>
        <translation>Sjå om ein kunde har godkjent, og hent eit systembrukartoken for å vise at det verkar.</translation>
    </message>
    <message>
        <source>Check customer</source>
        <translation>Sjekk kunde</translation>
    </message>
    <message>
        <source>Guided demo (sandbox)</source>
        <translation>Rettleidd demo (sandkasse)</translation>
    </message>
    <message>
        <source>Walk through the whole flow on the built-in sandbox, with no secrets on screen.</source>
        <translation>Gå gjennom heile flyten i den innebygde sandkassa, utan løyndomar på skjermen.</translation>
    </message>
    <message>
        <source>Start demo</source>
        <translation>Start demo</translation>
    </message>
    <message>
        <source>Arrives in a coming version of the wizard.</source>
        <translation>Kjem i ein seinare versjon av vegvisaren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That language could not be loaded; the texts stay as they are.</source>
        <translation>Språket kunne ikkje lastast inn; tekstane blir ståande som dei er.</translation>
    </message>
    <message>
        <source>System User Wizard</source>
        <translation>Systembrukar-vegvisar</translation>
    </message>
    <message>
        <source>Profile: none yet</source>
        <translation>Profil: ingen enno</translation>
    </message>
    <message>
        <source>Sandbox (built in, offline)</source>
        <translation>Sandkasse (innebygd, fråkopla)</translation>
    </message>
    <message>
        <source>Everything you do here stays on this computer. Nothing is sent to Altinn or Maskinporten.</source>
        <translation>Alt du gjer her, blir på denne datamaskina. Ingenting blir sendt til Altinn eller Maskinporten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The language of the wizard. Your choice is remembered.</source>
        <translation>Språket i vegvisaren. Valet ditt blir hugsa.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>OrgNumber</name>
    <message>
        <source>Enter the organisation number (9 digits).</source>
        <translation>Skriv inn organisasjonsnummeret (9 siffer).</translation>
    </message>
    <message>
        <source>An organisation number has digits only. Remove letters, spaces and other characters.</source>
        <translation>Eit organisasjonsnummer består berre av siffer. Fjern bokstavar, mellomrom og andre teikn.</translation>
    </message>
    <message>
        <source>An organisation number has exactly 9 digits. Check that no digit is missing or extra.</source>
        <translation>Eit organisasjonsnummer har nøyaktig 9 siffer. Sjekk at det ikkje manglar eit siffer, og at det ikkje er eitt for mykje.</translation>
    </message>
    <message>
        <source>This is not a valid organisation number (the check digit does not match). Check for a mistyped digit; you can look the number up in the Central Coordinating Register (Enhetsregisteret).</source>
        <translation>Dette er ikkje eit gyldig organisasjonsnummer (kontrollsifferet stemmer ikkje). Sjå etter eit siffer som er skrive feil, og slå gjerne opp nummeret i Einingsregisteret.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>Choose the system the customer should approve.</source>
        <translation>Vel systemet kunden skal godkjenne.</translation>
    </message>
    <message>
        <source>Leave the external reference out instead of sending it empty. An empty reference makes Altinn create a new duplicate request each time; without one, Altinn uses the customer&apos;s organisation number.</source>
        <translation>Utelat den eksterne referansen heller enn å sende ein tom referanse. Med ein tom referanse lagar Altinn ein ny, duplisert førespurnad kvar gong; utan referanse brukar Altinn organisasjonsnummeret til kunden som referanse.</translation>
    </message>
    <message>
        <source>The external reference can be at most %1 characters long; this one has %2. Shorten it.</source>
        <translation>Den eksterne referansen kan vere på høgst %1 teikn; denne har %2. Kort ned referansen.</translation>
    </message>
    <message>
        <source>The system user would get an empty name. Enter a title, or leave it out to use the system&apos;s name.</source>
        <translation>Systembrukaren ville fått eit tomt namn. Skriv inn ein tittel, eller utelat tittelen, så blir namnet på systemet brukt.</translation>
    </message>
    <message>
        <source>Choose at least one right or access package for the customer to approve.</source>
        <translation>Vel minst éi rettigheit eller éin tilgangspakke som kunden skal godkjenne.</translation>
    </message>
    <message>
        <source>A request for client relationships carries access packages only. Remove the single rights, or make a standard request instead.</source>
        <translation>Ein førespurnad for klientforhold kan berre innehalde tilgangspakkar. Fjern enkeltrettigheitene, eller lag ein standardførespurnad i staden.</translation>
    </message>
    <message>
        <source>Choose at least one access package for client relationships, e.g. an accountant package.</source>
        <translation>Vel minst éin tilgangspakke for klientforhold, t.d. ein rekneskapsførarpakke.</translation>
    </message>
    <message>
        <source>This change request asks for nothing, so Altinn will answer &quot;no change needed&quot;. Add rights or access packages to require or to remove.</source>
        <translation>Denne endringsførespurnaden ber ikkje om noko, så Altinn vil svare «inga endring trengst». Legg til rettigheiter eller tilgangspakkar som skal krevjast eller fjernast.</translation>
    </message>
    <message>
        <source>This right is both required and unwanted. Keep it in one list only.</source>
        <translation>Denne rettigheita er både kravd og uønskt. Behald rettigheita i berre éi av listene.</translation>
    </message>
    <message>
        <source>This access package is both required and unwanted. Keep it in one list only.</source>
        <translation>Denne tilgangspakken er både kravd og uønskt. Behald pakken i berre éi av listene.</translation>
    </message>
    <message>
        <source>This right names no resource. Choose one of the system&apos;s rights.</source>
        <translation>Denne rettigheita viser ikkje til nokon ressurs. Vel ei av rettigheitene til systemet.</translation>
    </message>
    <message>
        <source>The system does not offer this right (%1). Choose one of the system&apos;s rights exactly as registered, or add it to the system first.</source>
        <translation>Systemet tilbyr ikkje denne rettigheita (%1). Vel ei av rettigheitene til systemet, nøyaktig slik dei er registrerte, eller legg rettigheita til i systemet først.</translation>
    </message>
    <message>
        <source>More rights are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</source>
        <translation>Det står fleire rettigheiter i lista enn systemet har (%1 oppførte, systemet har %2). Fjern duplikata.</translation>
    </message>
    <message>
        <source>The system does not offer the access package %1. Choose one of the system&apos;s packages, or add it to the system first.</source>
        <translation>Systemet tilbyr ikkje tilgangspakken %1. Vel ein av pakkane til systemet, eller legg pakken til i systemet først.</translation>
    </message>
    <message>
        <source>The access package %1 is meant for client relationships and cannot be given to a standard system user. Remove it, or make a request for client relationships.</source>
        <translation>Tilgangspakken %1 er meint for klientforhold og kan ikkje givast til ein standard systembrukar. Fjern pakken, eller lag ein førespurnad for klientforhold.</translation>
    </message>
    <message>
        <source>The access package %1 cannot be used for client relationships. Remove it, or make a standard request.</source>
        <translation>Tilgangspakken %1 kan ikkje brukast for klientforhold. Fjern pakken, eller lag ein standardførespurnad.</translation>
    </message>
    <message>
        <source>More access packages are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</source>
        <translation>Det står fleire tilgangspakkar i lista enn systemet har (%1 oppførte, systemet har %2). Fjern duplikata.</translation>
    </message>
    <message>
        <source>The system has no allowed redirect URLs. Add this address to the system&apos;s redirect URLs first, or leave the redirect out.</source>
        <translation>Systemet har ingen tillatne omdirigeringsadresser. Legg først denne adressa til i omdirigeringsadressene til systemet, eller utelat omdirigeringa.</translation>
    </message>
    <message>
        <source>The redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</source>
        <translation>Omdirigeringsadressa må vere ei fullstendig adresse som byrjar med https://, t.d. https://example.com/altinn/callback.</translation>
    </message>
    <message>
        <source>The redirect URL must match one of the system&apos;s allowed redirect URLs (%1) in scheme, host, port and path; only the part after &apos;?&apos; may differ.</source>
        <translation>Omdirigeringsadressa må ha same protokoll, vertsnamn, port og sti som ei av dei tillatne omdirigeringsadressene til systemet (%1); berre delen etter &apos;?&apos; kan vere ulik.</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionValidator</name>
    <message>
        <source>The vendor ID must be &quot;0192:&quot; followed by your organisation number, e.g. 0192:991825827.</source>
        <translation>Leverandør-ID-en må skrivast som &quot;0192:&quot; følgd av organisasjonsnummeret ditt, t.d. 0192:991825827.</translation>
    </message>
    <message>
        <source>The vendor ID must be &quot;0192:&quot; followed by your 9-digit organisation number, e.g. 0192:991825827. %1</source>
        <translation>Leverandør-ID-en må skrivast som &quot;0192:&quot; følgd av det 9-sifra organisasjonsnummeret ditt, t.d. 0192:991825827. %1</translation>
    </message>
    <message>
        <source>The system id cannot contain spaces. Remove them, or use &apos;-&apos; or &apos;_&apos; between words.</source>
        <translation>System-ID-en kan ikkje innehalde mellomrom. Fjern dei, eller bruk &apos;-&apos; eller &apos;_&apos; mellom orda.</translation>
    </message>
    <message>
        <source>The system id must start with your organisation number and an underscore, e.g. %1.</source>
        <translation>System-ID-en må byrje med organisasjonsnummeret ditt og ein understrek, t.d. %1.</translation>
    </message>
    <message>
        <source>The system id must start with your organisation number %1 and an underscore, e.g. %2.</source>
        <translation>System-ID-en må byrje med organisasjonsnummeret ditt, %1, og ein understrek, t.d. %2.</translation>
    </message>
    <message>
        <source>Add a name for your system after the underscore, e.g. %1.</source>
        <translation>Legg til eit namn på systemet etter understreken, t.d. %1.</translation>
    </message>
    <message>
        <source>The system id can be at most %1 characters long; this one has %2. Shorten it.</source>
        <translation>System-ID-en kan vere på høgst %1 teikn; denne har %2. Kort ned ID-en.</translation>
    </message>
    <message>
        <source>The system id is used in web addresses: use only the letters A–Z and a–z, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;. Remove %1.</source>
        <translation>System-ID-en blir brukt i nettadresser: bruk berre bokstavane A–Z og a–z (ikkje æ, ø eller å), siffer, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; og &apos;~&apos;. Fjern %1.</translation>
    </message>
    <message>
        <source>Norwegian Bokmål (nb)</source>
        <translation>norsk bokmål (nb)</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk (nn)</source>
        <translation>norsk nynorsk (nn)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>engelsk (en)</translation>
    </message>
    <message>
        <source>Enter the system name in %1. Altinn needs it in Bokmål, Nynorsk and English.</source>
        <translation>Skriv inn systemnamnet på %1. Altinn treng namnet på bokmål, nynorsk og engelsk.</translation>
    </message>
    <message>
        <source>Enter the system description in %1. Altinn needs it in Bokmål, Nynorsk and English.</source>
        <translation>Skriv inn systemskildringa på %1. Altinn treng skildringa på bokmål, nynorsk og engelsk.</translation>
    </message>
    <message>
        <source>A redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</source>
        <translation>Ei omdirigeringsadresse (redirect-URL) må vere ei fullstendig adresse som byrjar med https://, t.d. https://example.com/altinn/callback.</translation>
    </message>
    <message>
        <source>Altinn stores this address as %1. Write it that way so the registered list matches what you send.</source>
        <translation>Altinn lagrar denne adressa som %1. Skriv adressa slik, så den registrerte lista stemmer med det du sender.</translation>
    </message>
    <message>
        <source>This right names no resource. Choose a resource, or remove the right.</source>
        <translation>Denne rettigheita viser ikkje til nokon ressurs. Vel ein ressurs, eller fjern rettigheita.</translation>
    </message>
    <message>
        <source>The attribute id must be exactly &quot;urn:altinn:resource&quot; (it is &quot;%1&quot;). Apps are also given this way, with the value app_&lt;org&gt;_&lt;app&gt;.</source>
        <translation>Attributt-ID-en må vere nøyaktig &quot;urn:altinn:resource&quot; (no står det &quot;%1&quot;). Appar blir òg førte opp på same måten, med verdien app_&lt;org&gt;_&lt;app&gt;.</translation>
    </message>
    <message>
        <source>The resource id is empty. Choose the resource this right is for.</source>
        <translation>Ressurs-ID-en er tom. Vel ressursen denne rettigheita gjeld.</translation>
    </message>
    <message>
        <source>This right is listed more than once (same action and resource). Remove the duplicate.</source>
        <translation>Denne rettigheita står meir enn éin gong (same handling og ressurs). Fjern duplikatet.</translation>
    </message>
    <message>
        <source>This is not an access package URN. An access package URN looks like urn:altinn:accesspackage:&lt;code&gt;, e.g. urn:altinn:accesspackage:skattnaering.</source>
        <translation>Dette er ikkje ein URN for ein tilgangspakke. Ein slik URN har forma urn:altinn:accesspackage:&lt;kode&gt;, t.d. urn:altinn:accesspackage:skattnaering.</translation>
    </message>
    <message>
        <source>An access package URN starts with urn:altinn:accesspackage: followed by the package code, e.g. urn:altinn:accesspackage:skattnaering.</source>
        <translation>Ein URN for ein tilgangspakke byrjar med urn:altinn:accesspackage: følgd av pakkekoden, t.d. urn:altinn:accesspackage:skattnaering.</translation>
    </message>
    <message>
        <source>Altinn has no access package %1. Choose one from the package list.</source>
        <translation>Tilgangspakken %1 finst ikkje i Altinn. Vel ein pakke frå pakkelista.</translation>
    </message>
    <message>
        <source>The access package %1 cannot be given to any system user. Remove it.</source>
        <translation>Tilgangspakken %1 kan ikkje givast til nokon systembrukar. Fjern pakken.</translation>
    </message>
    <message>
        <source>This access package is listed more than once. Remove the duplicate.</source>
        <translation>Denne tilgangspakken står meir enn éin gong. Fjern duplikatet.</translation>
    </message>
    <message>
        <source>A system with client-relationship packages (%1) cannot be visible in Altinn, because customers cannot pick such packages themselves. Turn visibility off, or remove those packages.</source>
        <translation>Eit system med tilgangspakkar for klientforhold (%1) kan ikkje vere synleg i Altinn, fordi kundar ikkje kan velje slike pakkar sjølve. Slå av synlegheit, eller fjern desse pakkane.</translation>
    </message>
    <message>
        <source>No Maskinporten client id yet. Nobody can get a system user token for this system until you add one.</source>
        <translation>Systemet har ingen klient-ID frå Maskinporten enno. Ingen kan hente eit systembrukartoken for systemet før du legg til ein.</translation>
    </message>
    <message>
        <source>A Maskinporten client id looks like 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c. Copy it from Samarbeidsportalen, Digdir&apos;s self-service portal.</source>
        <translation>Ein klient-ID frå Maskinporten ser slik ut: 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c. Kopier ID-en frå Samarbeidsportalen, sjølvbetjeningsportalen til Digdir.</translation>
    </message>
    <message>
        <source>This client id is listed more than once. Remove the duplicate.</source>
        <translation>Denne klient-ID-en står meir enn éin gong. Fjern duplikatet.</translation>
    </message>
    <message>
        <source>Add at least one right or access package. A system user can only get what the system lists, so without any, customers have nothing to approve.</source>
        <translation>Legg til minst éi rettigheit eller éin tilgangspakke. Ein systembrukar kan berre få det som er ført opp på systemet, så utan dette har kundane ingenting å godkjenne.</translation>
    </message>
</context>
</TS>
