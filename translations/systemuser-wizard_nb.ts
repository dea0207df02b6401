<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>HomePage</name>
    <message>
        <source>What do you want to do?</source>
        <translation>Hva vil du gjøre?</translation>
    </message>
    <message>
        <source>Register your system in Altinn, ask customers for a system user, follow their approval and prove that it works. Start on the built-in sandbox: nothing you do there reaches Altinn.</source>
        <translation>Registrer systemet ditt i Altinn, be kunder om en systembruker, følg med på godkjenningen og vis at det virker. Start i den innebygde sandkassen: ingenting du gjør der, når Altinn.</translation>
    </message>
    <message>
        <source>Set up or edit my system</source>
        <translation>Sett opp eller endre systemet mitt</translation>
    </message>
    <message>
        <source>Your organisation, your Maskinporten client and key, and the system definition Altinn shows to customers.</source>
        <translation>Organisasjonen din, Maskinporten-klienten og nøkkelen din, og systemdefinisjonen Altinn viser til kundene.</translation>
    </message>
    <message>
        <source>Set up system</source>
        <translation>Sett opp system</translation>
    </message>
    <message>
        <source>Onboard a customer</source>
        <translation>Koble på en kunde</translation>
    </message>
    <message>
        <source>Send a system user request to a customer organisation and hand over the approval link.</source>
        <translation>Send en forespørsel om systembruker til en kundeorganisasjon, og gi dem godkjenningslenken.</translation>
    </message>
    <message>
        <source>Onboard customer</source>
        <translation>Koble på kunde</translation>
    </message>
    <message>
        <source>Check a customer&apos;s system user</source>
        <translation>Sjekk systembrukeren til en kunde</translation>
    </message>
    <message>
        <source>See whether a customer has approved, and get a system user token to prove it works.</source>
        <translation>Se om en kunde har godkjent, og hent et systembrukertoken for å vise at det virker.</translation>
    </message>
    <message>
        <source>Check customer</source>
        <translation>Sjekk kunde</translation>
    </message>
    <message>
        <source>Guided demo (sandbox)</source>
        <translation>Veiledet demo (sandkasse)</translation>
    </message>
    <message>
        <source>Walk through the whole flow on the built-in sandbox, with no secrets on screen.</source>
        <translation>Gå gjennom hele flyten i den innebygde sandkassen, uten hemmeligheter på skjermen.</translation>
    </message>
    <message>
        <source>Start demo</source>
        <translation>Start demo</translation>
    </message>
    <message>
        <source>Arrives in a coming version of the wizard.</source>
        <translation>Kommer i en senere versjon av veiviseren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That language could not be loaded; the texts stay as they are.</source>
        <translation>Språket kunne ikke lastes inn; tekstene blir stående som de er.</translation>
    </message>
    <message>
        <source>System User Wizard</source>
        <translation>Systembruker-veiviser</translation>
    </message>
    <message>
        <source>Profile: none yet</source>
        <translation>Profil: ingen ennå</translation>
    </message>
    <message>
        <source>Sandbox (built in, offline)</source>
        <translation>Sandkasse (innebygd, frakoblet)</translation>
    </message>
    <message>
        <source>Everything you do here stays on this computer. Nothing is sent to Altinn or Maskinporten.</source>
        <translation>Alt du gjør her, blir på denne datamaskinen. Ingenting sendes til Altinn eller Maskinporten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The language of the wizard. Your choice is remembered.</source>
        <translation>Språket i veiviseren. Valget ditt blir husket.</translation>
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
        <translation>Skriv inn organisasjonsnummeret (9 sifre).</translation>
    </message>
    <message>
        <source>An organisation number has digits only. Remove letters, spaces and other characters.</source>
        <translation>Et organisasjonsnummer består bare av sifre. Fjern bokstaver, mellomrom og andre tegn.</translation>
    </message>
    <message>
        <source>An organisation number has exactly 9 digits. Check that no digit is missing or extra.</source>
        <translation>Et organisasjonsnummer har nøyaktig 9 sifre. Sjekk at det ikke mangler et siffer, og at det ikke er ett for mye.</translation>
    </message>
    <message>
        <source>This is not a valid organisation number (the check digit does not match). Check for a mistyped digit; you can look the number up in the Central Coordinating Register (Enhetsregisteret).</source>
        <translation>Dette er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke). Se etter et siffer som er skrevet feil, og slå gjerne opp nummeret i Enhetsregisteret.</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>Choose the system the customer should approve.</source>
        <translation>Velg systemet kunden skal godkjenne.</translation>
    </message>
    <message>
        <source>Leave the external reference out instead of sending it empty. An empty reference makes Altinn create a new duplicate request each time; without one, Altinn uses the customer&apos;s organisation number.</source>
        <translation>Utelat den eksterne referansen i stedet for å sende den tom. Med en tom referanse lager Altinn en ny, duplisert forespørsel hver gang; uten referanse bruker Altinn organisasjonsnummeret til kunden som referanse.</translation>
    </message>
    <message>
        <source>The external reference can be at most %1 characters long; this one has %2. Shorten it.</source>
        <translation>Den eksterne referansen kan være på høyst %1 tegn; denne har %2. Kort den ned.</translation>
    </message>
    <message>
        <source>The system user would get an empty name. Enter a title, or leave it out to use the system&apos;s name.</source>
        <translation>Systembrukeren ville fått et tomt navn. Skriv inn en tittel, eller utelat tittelen, så brukes navnet på systemet.</translation>
    </message>
    <message>
        <source>Choose at least one right or access package for the customer to approve.</source>
        <translation>Velg minst én rettighet eller tilgangspakke som kunden skal godkjenne.</translation>
    </message>
    <message>
        <source>A request for client relationships carries access packages only. Remove the single rights, or make a standard request instead.</source>
        <translation>En forespørsel for klientforhold kan bare inneholde tilgangspakker. Fjern enkeltrettighetene, eller lag en standardforespørsel i stedet.</translation>
    </message>
    <message>
        <source>Choose at least one access package for client relationships, e.g. an accountant package.</source>
        <translation>Velg minst én tilgangspakke for klientforhold, f.eks. en regnskapsførerpakke.</translation>
    </message>
    <message>
        <source>This change request asks for nothing, so Altinn will answer &quot;no change needed&quot;. Add rights or access packages to require or to remove.</source>
        <translation>Denne endringsforespørselen ber ikke om noe, så Altinn vil svare «ingen endring nødvendig». Legg til rettigheter eller tilgangspakker som skal kreves eller fjernes.</translation>
    </message>
    <message>
        <source>This right is both required and unwanted. Keep it in one list only.</source>
        <translation>Denne rettigheten er både krevd og uønsket. La den stå i bare én av listene.</translation>
    </message>
    <message>
        <source>This access package is both required and unwanted. Keep it in one list only.</source>
        <translation>Denne tilgangspakken er både krevd og uønsket. La den stå i bare én av listene.</translation>
    </message>
    <message>
        <source>This right names no resource. Choose one of the system&apos;s rights.</source>
        <translation>Denne rettigheten viser ikke til noen ressurs. Velg en av rettighetene til systemet.</translation>
    </message>
    <message>
        <source>The system does not offer this right (%1). Choose one of the system&apos;s rights exactly as registered, or add it to the system first.</source>
        <translation>Systemet tilbyr ikke denne rettigheten (%1). Velg en av rettighetene til systemet, nøyaktig slik de er registrert, eller legg rettigheten til i systemet først.</translation>
    </message>
    <message>
        <source>More rights are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</source>
        <translation>Det står flere rettigheter i listen enn systemet har (%1 oppført, systemet har %2). Fjern duplikatene.</translation>
    </message>
    <message>
        <source>The system does not offer the access package %1. Choose one of the system&apos;s packages, or add it to the system first.</source>
        <translation>Systemet tilbyr ikke tilgangspakken %1. Velg en av pakkene til systemet, eller legg pakken til i systemet først.</translation>
    </message>
    <message>
        <source>The access package %1 is meant for client relationships and cannot be given to a standard system user. Remove it, or make a request for client relationships.</source>
        <translation>Tilgangspakken %1 er ment for klientforhold og kan ikke gis til en standard systembruker. Fjern den, eller lag en forespørsel for klientforhold.</translation>
    </message>
    <message>
        <source>The access package %1 cannot be used for client relationships. Remove it, or make a standard request.</source>
        <translation>Tilgangspakken %1 kan ikke brukes for klientforhold. Fjern den, eller lag en standardforespørsel.</translation>
    </message>
    <message>
        <source>More access packages are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</source>
        <translation>Det står flere tilgangspakker i listen enn systemet har (%1 oppført, systemet har %2). Fjern duplikatene.</translation>
    </message>
    <message>
        <source>The system has no allowed redirect URLs. Add this address to the system&apos;s redirect URLs first, or leave the redirect out.</source>
        <translation>Systemet har ingen tillatte omdirigeringsadresser. Legg først denne adressen til i omdirigeringsadressene til systemet, eller utelat omdirigeringen.</translation>
    </message>
    <message>
        <source>The redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</source>
        <translation>Omdirigeringsadressen må være en fullstendig adresse som begynner med https://, f.eks. https://example.com/altinn/callback.</translation>
    </message>
    <message>
        <source>The redirect URL must match one of the system&apos;s allowed redirect URLs (%1) in scheme, host, port and path; only the part after &apos;?&apos; may differ.</source>
        <translation>Omdirigeringsadressen må ha samme protokoll, vertsnavn, port og sti som en av de tillatte omdirigeringsadressene til systemet (%1); bare delen etter &apos;?&apos; kan være forskjellig.</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionValidator</name>
    <message>
        <source>The vendor ID must be &quot;0192:&quot; followed by your organisation number, e.g. 0192:991825827.</source>
        <translation>Leverandør-ID-en må skrives som &quot;0192:&quot; fulgt av organisasjonsnummeret ditt, f.eks. 0192:991825827.</translation>
    </message>
    <message>
        <source>The vendor ID must be &quot;0192:&quot; followed by your 9-digit organisation number, e.g. 0192:991825827. %1</source>
        <translation>Leverandør-ID-en må skrives som &quot;0192:&quot; fulgt av det 9-sifrede organisasjonsnummeret ditt, f.eks. 0192:991825827. %1</translation>
    </message>
    <message>
        <source>The system id cannot contain spaces. Remove them, or use &apos;-&apos; or &apos;_&apos; between words.</source>
        <translation>System-ID-en kan ikke inneholde mellomrom. Fjern dem, eller bruk &apos;-&apos; eller &apos;_&apos; mellom ordene.</translation>
    </message>
    <message>
        <source>The system id must start with your organisation number and an underscore, e.g. %1.</source>
        <translation>System-ID-en må begynne med organisasjonsnummeret ditt og en understrek, f.eks. %1.</translation>
    </message>
    <message>
        <source>The system id must start with your organisation number %1 and an underscore, e.g. %2.</source>
        <translation>System-ID-en må begynne med organisasjonsnummeret ditt, %1, og en understrek, f.eks. %2.</translation>
    </message>
    <message>
        <source>Add a name for your system after the underscore, e.g. %1.</source>
        <translation>Legg til et navn på systemet etter understreken, f.eks. %1.</translation>
    </message>
    <message>
        <source>The system id can be at most %1 characters long; this one has %2. Shorten it.</source>
        <translation>System-ID-en kan være på høyst %1 tegn; denne har %2. Kort den ned.</translation>
    </message>
    <message>
        <source>The system id is used in web addresses: use only the letters A–Z and a–z, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;. Remove %1.</source>
        <translation>System-ID-en brukes i nettadresser: bruk bare bokstavene A–Z og a–z (ikke æ, ø eller å), sifre, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; og &apos;~&apos;. Fjern %1.</translation>
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
        <translation>Skriv inn systemnavnet på %1. Altinn trenger navnet på bokmål, nynorsk og engelsk.</translation>
    </message>
    <message>
        <source>Enter the system description in %1. Altinn needs it in Bokmål, Nynorsk and English.</source>
        <translation>Skriv inn systembeskrivelsen på %1. Altinn trenger beskrivelsen på bokmål, nynorsk og engelsk.</translation>
    </message>
    <message>
        <source>A redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</source>
        <translation>En omdirigeringsadresse (redirect-URL) må være en fullstendig adresse som begynner med https://, f.eks. https://example.com/altinn/callback.</translation>
    </message>
    <message>
        <source>Altinn stores this address as %1. Write it that way so the registered list matches what you send.</source>
        <translation>Altinn lagrer denne adressen som %1. Skriv adressen slik, så den registrerte listen stemmer med det du sender.</translation>
    </message>
    <message>
        <source>This right names no resource. Choose a resource, or remove the right.</source>
        <translation>Denne rettigheten viser ikke til noen ressurs. Velg en ressurs, eller fjern rettigheten.</translation>
    </message>
    <message>
        <source>The attribute id must be exactly &quot;urn:altinn:resource&quot; (it is &quot;%1&quot;). Apps are also given this way, with the value app_&lt;org&gt;_&lt;app&gt;.</source>
        <translation>Attributt-ID-en må være nøyaktig &quot;urn:altinn:resource&quot; (nå står det &quot;%1&quot;). Apper oppgis også på denne måten, med verdien app_&lt;org&gt;_&lt;app&gt;.</translation>
    </message>
    <message>
        <source>The resource id is empty. Choose the resource this right is for.</source>
        <translation>Ressurs-ID-en er tom. Velg ressursen denne rettigheten gjelder.</translation>
    </message>
    <message>
        <source>This right is listed more than once (same action and resource). Remove the duplicate.</source>
        <translation>Denne rettigheten står mer enn én gang (samme handling og ressurs). Fjern duplikatet.</translation>
    </message>
    <message>
        <source>This is not an access package URN. An access package URN looks like urn:altinn:accesspackage:&lt;code&gt;, e.g. urn:altinn:accesspackage:skattnaering.</source>
        <translation>Dette er ikke en URN for en tilgangspakke. En slik URN har formen urn:altinn:accesspackage:&lt;kode&gt;, f.eks. urn:altinn:accesspackage:skattnaering.</translation>
    </message>
    <message>
        <source>An access package URN starts with urn:altinn:accesspackage: followed by the package code, e.g. urn:altinn:accesspackage:skattnaering.</source>
        <translation>En URN for en tilgangspakke begynner med urn:altinn:accesspackage: fulgt av pakkekoden, f.eks. urn:altinn:accesspackage:skattnaering.</translation>
    </message>
    <message>
        <source>Altinn has no access package %1. Choose one from the package list.</source>
        <translation>Tilgangspakken %1 finnes ikke i Altinn. Velg en pakke fra pakkelisten.</translation>
    </message>
    <message>
        <source>The access package %1 cannot be given to any system user. Remove it.</source>
        <translation>Tilgangspakken %1 kan ikke gis til noen systembruker. Fjern den.</translation>
    </message>
    <message>
        <source>This access package is listed more than once. Remove the duplicate.</source>
        <translation>Denne tilgangspakken står mer enn én gang. Fjern duplikatet.</translation>
    </message>
    <message>
        <source>A system with client-relationship packages (%1) cannot be visible in Altinn, because customers cannot pick such packages themselves. Turn visibility off, or remove those packages.</source>
        <translation>Et system med tilgangspakker for klientforhold (%1) kan ikke være synlig i Altinn, fordi kunder ikke kan velge slike pakker selv. Slå av synlighet, eller fjern disse pakkene.</translation>
    </message>
    <message>
        <source>No Maskinporten client id yet. Nobody can get a system user token for this system until you add one.</source>
        <translation>Systemet har ingen klient-ID fra Maskinporten ennå. Ingen kan hente et systembrukertoken for systemet før du legger til en.</translation>
    </message>
    <message>
        <source>A Maskinporten client id looks like 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c. Copy it from Samarbeidsportalen, Digdir&apos;s self-service portal.</source>
        <translation>En klient-ID fra Maskinporten ser slik ut: 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c. Kopier den fra Samarbeidsportalen, selvbetjeningsportalen til Digdir.</translation>
    </message>
    <message>
        <source>This client id is listed more than once. Remove the duplicate.</source>
        <translation>Denne klient-ID-en står mer enn én gang. Fjern duplikatet.</translation>
    </message>
    <message>
        <source>Add at least one right or access package. A system user can only get what the system lists, so without any, customers have nothing to approve.</source>
        <translation>Legg til minst én rettighet eller tilgangspakke. En systembruker kan bare få det som er oppført på systemet, så uten dette har kundene ingenting å godkjenne.</translation>
    </message>
</context>
</TS>
