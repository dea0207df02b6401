<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About System User Wizard</source>
        <translation>Om Systembruker-veiviser</translation>
    </message>
    <message>
        <source>System User Wizard</source>
        <translation>Systembruker-veiviser</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>Register your system in Altinn&apos;s system register, send system user requests to your customers, follow their approval and test a Maskinporten system user token. The command-line tool systemuser-cli and the sandbox systemuser-sandbox come with it.</source>
        <translation>Registrer systemet ditt i systemregisteret til Altinn, send forespørsler om systembruker til kundene dine, følg med på godkjenningen og test et systembrukertoken fra Maskinporten. Kommandolinjeverktøyet systemuser-cli og sandkassen systemuser-sandbox følger med.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence:</source>
        <translation>Fri programvare under MIT-lisensen:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisens</translation>
    </message>
    <message>
        <source>Open the &amp;documentation</source>
        <translation>Åpne &amp;dokumentasjonen</translation>
    </message>
    <message>
        <source>The documentation is not installed on this computer.</source>
        <translation>Dokumentasjonen er ikke installert på denne datamaskinen.</translation>
    </message>
    <message>
        <source>The guides in %1.</source>
        <translation>Veiledningene i %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>AccessPackagePicker</name>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Search access packages by name or code</source>
        <translation>Søk etter tilgangspakker på navn eller kode</translation>
    </message>
    <message>
        <source>Access packages by area</source>
        <translation>Tilgangspakker etter område</translation>
    </message>
    <message>
        <source>No access package matches the search. Try another word.</source>
        <translation>Ingen tilgangspakker passer med søket. Prøv et annet ord.</translation>
    </message>
    <message>
        <source>Access package picker</source>
        <translation>Velg tilgangspakker</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the access packages…</source>
        <translation>Henter tilgangspakkene…</translation>
    </message>
    <message>
        <source>Offline: showing the access packages as saved on %1.</source>
        <translation>Frakoblet: Viser tilgangspakkene slik de ble lagret den %1.</translation>
    </message>
    <message>
        <source>The access packages could not be loaded: %1 Your chosen packages are kept.</source>
        <translation>Tilgangspakkene kunne ikke hentes: %1 Pakkene du har valgt, blir beholdt.</translation>
    </message>
</context>
<context>
    <name>AccessPackageTreeModel</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Client relationship</source>
        <translation>Klientforhold</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Ikke tillatt</translation>
    </message>
    <message>
        <source>Standard: a customer can give this package to a standard system user for your system.</source>
        <translation>Standard: En kunde kan gi denne pakken til en standard systembruker for systemet ditt.</translation>
    </message>
    <message>
        <source>Client relationship: only for agent system users that act for a customer&apos;s clients (e.g. an accounting firm). A system with such a package cannot be visible in Altinn.</source>
        <translation>Klientforhold: Bare for klientsystembrukere som handler for klientene til en kunde (f.eks. et regnskapsførerfirma). Et system med en slik pakke kan ikke være synlig i Altinn.</translation>
    </message>
    <message>
        <source>Altinn does not allow this package in a system: it can be given neither to a standard nor to an agent system user.</source>
        <translation>Altinn tillater ikke denne pakken i et system: Den kan verken gis til en standard systembruker eller til en klientsystembruker.</translation>
    </message>
    <message>
        <source>This package is not in Altinn&apos;s catalogue, so Altinn will reject the system. Remove it.</source>
        <translation>Denne pakken finnes ikke i katalogen til Altinn, så Altinn vil avvise systemet. Fjern den.</translation>
    </message>
    <message>
        <source>Access package</source>
        <translation>Tilgangspakke</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Chosen, but not in the catalogue</source>
        <translation>Valgt, men ikke i katalogen</translation>
    </message>
</context>
<context>
    <name>ActivityFormatting</name>
    <message>
        <source>… (cut: %1 bytes in all)</source>
        <translation>… (avkortet: %1 byte totalt)</translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation>(%1 byte binærdata)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ikke noe svar</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>Retry: attempt %1</source>
        <translation>Nytt forsøk: forsøk %1</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Første forsøk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Forsøk</translation>
    </message>
</context>
<context>
    <name>ActivityLogView</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (forsøk %2)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Startet: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headere</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Innhold</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n kall</numerusform>
            <numerusform>%n kall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>%1 av %n kall</numerusform>
            <numerusform>%1 av %n kall</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied a curl command. It reads the access token from the shell variable $TOKEN: set it first, for example with export TOKEN=&apos;…&apos; (the token itself is never copied).</source>
        <translation>Kopierte en curl-kommando. Den leser tilgangstokenet fra shell-variabelen $TOKEN: sett den først, for eksempel med export TOKEN=&apos;…&apos; (selve tokenet blir aldri kopiert).</translation>
    </message>
    <message>
        <source>Copied a curl command.</source>
        <translation>Kopierte en curl-kommando.</translation>
    </message>
    <message>
        <source>Export support bundle</source>
        <translation>Eksporter støttepakke</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Saved the support bundle to %1. Tokens and keys are not in it.</source>
        <translation>Lagret støttepakken i %1. Tokener og nøkler er ikke med.</translation>
    </message>
    <message>
        <source>Could not save the support bundle to %1: %2</source>
        <translation>Kunne ikke lagre støttepakken i %1: %2</translation>
    </message>
    <message>
        <source>Saving the support bundle…</source>
        <translation>Lagrer støttepakken…</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitetslogg</translation>
    </message>
    <message>
        <source>Filter by method, URL or status</source>
        <translation>Filtrer på metode, URL eller status</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Filtrer kall</translation>
    </message>
    <message>
        <source>Shows only calls whose method, URL or status contains this text (%1)</source>
        <translation>Viser bare kall der metode, URL eller status inneholder denne teksten (%1)</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Antall kall</translation>
    </message>
    <message>
        <source>HTTP calls</source>
        <translation>HTTP-kall</translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation>Valgt kall</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Forespørsel</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Request of the selected call</source>
        <translation>Forespørselen i det valgte kallet</translation>
    </message>
    <message>
        <source>Response of the selected call</source>
        <translation>Svaret i det valgte kallet</translation>
    </message>
    <message>
        <source>Select a call to see its request.</source>
        <translation>Velg et kall for å se forespørselen.</translation>
    </message>
    <message>
        <source>Select a call to see its response.</source>
        <translation>Velg et kall for å se svaret.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Kopier som curl</translation>
    </message>
    <message>
        <source>Copies a command that repeats the selected call; the token is left out as $TOKEN (%1)</source>
        <translation>Kopierer en kommando som gjentar det valgte kallet; tokenet er byttet ut med $TOKEN (%1)</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>Eksporter støttepakke…</translation>
    </message>
    <message>
        <source>Saves every call in this log as one JSON file for support — tokens and keys are left out</source>
        <translation>Lagrer alle kallene i denne loggen som én JSON-fil for brukerstøtten — tokener og nøkler er utelatt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tøm</translation>
    </message>
    <message>
        <source>Clear the activity log</source>
        <translation>Tøm aktivitetsloggen</translation>
    </message>
</context>
<context>
    <name>Altinn::ApiProbe</name>
    <message>
        <source>Type the address of the API, e.g. https://api.example.no/resource.</source>
        <translation>Skriv inn adressen til API-et, f.eks. https://api.example.no/resource.</translation>
    </message>
    <message>
        <source>This is not a complete address. Type it with https://, e.g. https://api.example.no/resource.</source>
        <translation>Dette er ikke en fullstendig adresse. Skriv den med https://, f.eks. https://api.example.no/resource.</translation>
    </message>
    <message>
        <source>Only web addresses (https://) can be called, not &quot;%1:&quot;.</source>
        <translation>Bare nettadresser (https://) kan kalles, ikke &quot;%1:&quot;.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>Adressen har ikke noe servernavn.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address: the token is what authenticates.</source>
        <translation>Fjern brukernavnet og passordet fra adressen: Det er tokenet som autentiserer.</translation>
    </message>
    <message>
        <source>The token would travel unencrypted. Use https:// (plain http:// is only allowed to this computer).</source>
        <translation>Tokenet ville blitt sendt ukryptert. Bruk https:// (vanlig http:// er bare tillatt mot denne datamaskinen).</translation>
    </message>
    <message>
        <source>The method %1 is not offered here.</source>
        <translation>Metoden %1 kan ikke brukes her.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Kallet ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>Altinn::ApiTransport</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>Kallet ble avbrutt.</translation>
    </message>
    <message>
        <source>There is no token source for this call.</source>
        <translation>Det finnes ingen tokenkilde for dette kallet.</translation>
    </message>
    <message>
        <source>No vendor token could be obtained.</source>
        <translation>Kunne ikke hente noe leverandørtoken.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Ikke noe svar innen %1 sekunder.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB, so it was not read.</source>
        <translation>Svaret er større enn %1 MiB, så det ble ikke lest.</translation>
    </message>
    <message>
        <source>The connection closed before the answer came. The request was not sent again: the server may already have carried it out.</source>
        <translation>Tilkoblingen ble lukket før svaret kom. Forespørselen ble ikke sendt på nytt: Serveren kan allerede ha utført den.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds, the time allowed for the whole call.</source>
        <translation>Ikke noe fullstendig svar innen %1 sekunder, som er tiden hele kallet kan ta.</translation>
    </message>
</context>
<context>
    <name>Altinn::AppInstanceClient</name>
    <message>
        <source>&quot;%1&quot; is not an app owner&apos;s code (letters, digits and &apos;-&apos;).</source>
        <translation>&quot;%1&quot; er ikke en kode for en appeier (bare bokstaver, sifre og &apos;-&apos;).</translation>
    </message>
</context>
<context>
    <name>Altinn::ErrorExplainer</name>
    <message>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
</context>
<context>
    <name>Altinn::IdPortenClient</name>
    <message>
        <source>The ID-porten client&apos;s key could not sign the request.</source>
        <translation>Nøkkelen til ID-porten-klienten kunne ikke signere forespørselen.</translation>
    </message>
</context>
<context>
    <name>AltinnTokenExchange</name>
    <message>
        <source>Altinn did not answer in time. Try again.</source>
        <translation>Altinn svarte ikke i tide. Prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn did not accept the Maskinporten token. Get a new token and try again.</source>
        <translation>Altinn godtok ikke tokenet fra Maskinporten. Hent et nytt token og prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn could not exchange the token (HTTP %1).</source>
        <translation>Altinn kunne ikke veksle tokenet (HTTP %1).</translation>
    </message>
    <message>
        <source>Altinn&apos;s answer was larger than %1 KiB, so it was not read.</source>
        <translation>Svaret fra Altinn var større enn %1 KiB, så det ble ikke lest.</translation>
    </message>
    <message>
        <source>Altinn did not accept the ID-porten token: it has expired or is not from this environment&apos;s ID-porten. Log in again.</source>
        <translation>Altinn godtok ikke tokenet fra ID-porten: Det har utløpt eller er ikke fra ID-porten i dette miljøet. Logg inn på nytt.</translation>
    </message>
</context>
<context>
    <name>ApiCallPanel</name>
    <message>
        <source>Call an API with the &amp;token (optional)</source>
        <translation>Ka&amp;ll et API med tokenet (valgfritt)</translation>
    </message>
    <message>
        <source>Call an API with the token</source>
        <translation>Kall et API med tokenet</translation>
    </message>
    <message>
        <source>Sends one request with the system user token in the &quot;Authorization: Bearer&quot; header, to check that the API accepts it. Type the API&apos;s address. The call is shown in the activity log, with the token hidden.</source>
        <translation>Sender én forespørsel med systembrukertokenet i headeren &quot;Authorization: Bearer&quot; for å sjekke at API-et godtar det. Skriv inn adressen til API-et. Kallet vises i aktivitetsloggen, med tokenet skjult.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-metode</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Address of the API</source>
        <translation>Adressen til API-et</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <source>Send the API call</source>
        <translation>Send API-kallet</translation>
    </message>
    <message>
        <source>Req&amp;uest body:</source>
        <translation>&amp;Innhold i forespørselen:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Innhold i forespørselen</translation>
    </message>
    <message>
        <source>JSON or text</source>
        <translation>JSON eller tekst</translation>
    </message>
    <message>
        <source>Headers of the answer:</source>
        <translation>Headere i svaret:</translation>
    </message>
    <message>
        <source>Headers of the answer</source>
        <translation>Headere i svaret</translation>
    </message>
    <message>
        <source>Body of the answer:</source>
        <translation>Innhold i svaret:</translation>
    </message>
    <message>
        <source>Body of the answer</source>
        <translation>Innhold i svaret</translation>
    </message>
    <message>
        <source>Get a system user token above first (a new one when the last has expired).</source>
        <translation>Hent et systembrukertoken ovenfor først (et nytt hvis det forrige har utløpt).</translation>
    </message>
    <message>
        <source>send %1 to %2</source>
        <translation>sende %1 til %2</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>The token has expired. Get a new one above first.</source>
        <translation>Tokenet har utløpt. Hent et nytt ovenfor først.</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Kaller %1…</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Kallet ble avbrutt.</translation>
    </message>
    <message>
        <source>calling the API</source>
        <translation>kallet til API-et</translation>
    </message>
    <message>
        <source>The API accepted the call.</source>
        <translation>API-et godtok kallet.</translation>
    </message>
    <message>
        <source>The API answered with a redirect to %1. It was not followed, so the token went nowhere else.</source>
        <translation>API-et svarte med en omdirigering til %1. Den ble ikke fulgt, så tokenet ble ikke sendt noe annet sted.</translation>
    </message>
    <message>
        <source>The API refused the token. Check that it has the scope the API asks for, and that the customer gave the system user the rights the API needs.</source>
        <translation>API-et avviste tokenet. Sjekk at tokenet har scopet API-et krever, og at kunden har gitt systembrukeren rettighetene API-et trenger.</translation>
    </message>
    <message>
        <source>The API answered with an error; see below.</source>
        <translation>API-et svarte med en feil; se nedenfor.</translation>
    </message>
    <message>
        <source>HTTP %1 — answered in %2</source>
        <translation>HTTP %1 — svarte på %2</translation>
    </message>
</context>
<context>
    <name>AppCommands</name>
    <message>
        <source>The app owner&apos;s code, e.g. brg.</source>
        <translation>Koden til appeieren, f.eks. brg.</translation>
    </message>
    <message>
        <source>The app&apos;s name, e.g. aarsregnskap-vanlig-202406.</source>
        <translation>Navnet på appen, f.eks. aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>The external reference of the system user (default: the customer&apos;s org number).</source>
        <translation>Den eksterne referansen til systembrukeren (standard: organisasjonsnummeret til kunden).</translation>
    </message>
    <message>
        <source>Say which app and which customer: --org ORG --app APP --owner ORGNO.</source>
        <translation>Oppgi hvilken app og hvilken kunde: --org ORG --app APP --owner ORGNO.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>Say which scope the system user token is for: --scope SCOPE (or give the profile default scopes: %1).</source>
        <translation>Oppgi hvilket scope systembrukertokenet gjelder: --scope SCOPE (eller gi profilen standard-scopes: %1).</translation>
    </message>
    <message>
        <source>Created instance %1 of %2/%3 for %4.</source>
        <translation>Opprettet instansen %1 av %2/%3 for %4.</translation>
    </message>
    <message>
        <source>getting a system user token</source>
        <translation>hentingen av et systembrukertoken</translation>
    </message>
    <message>
        <source>With the CLI: add %1 to the system&apos;s rights (%2), then %3</source>
        <translation>Med CLI-en: legg til %1 i rettighetene til systemet (%2), og kjør deretter %3</translation>
    </message>
    <message>
        <source>The system id, used to find out why when Maskinporten finds no system user (MP-303).</source>
        <translation>System-ID-en, som brukes til å finne ut hvorfor når Maskinporten ikke finner noen systembruker (MP-303).</translation>
    </message>
    <message>
        <source>Call an Altinn app as a customer&apos;s system user or as a person</source>
        <translation>Kall en Altinn-app som systembrukeren til en kunde eller som en person</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number: the instance is created for it, by its system user (or the person acting for it).</source>
        <translation>Organisasjonsnummeret til kunden: Instansen opprettes for kunden, av systembrukeren til kunden (eller av personen som handler på vegne av kunden).</translation>
    </message>
    <message>
        <source>A scope for the system user token (default: the profile&apos;s scopes); with --as person one for ID-porten (default: altinn:instances.read and altinn:instances.write).</source>
        <translation>Et scope for systembrukertokenet (standard: scopene til profilen); med --as person et scope for ID-porten (standard: altinn:instances.read og altinn:instances.write).</translation>
    </message>
    <message>
        <source>systemuser (default): the customer&apos;s system user acts; person: a person logs in with ID-porten first and acts for the organisation.</source>
        <translation>systemuser (standard): systembrukeren til kunden handler; person: en person logger først inn med ID-porten og handler på vegne av organisasjonen.</translation>
    </message>
    <message>
        <source>Create an instance of an Altinn app for a customer with the customer&apos;s system user token, as your system will (the app checks that the system user holds the app&apos;s right app_ORG_APP), or with --as person as a person logged in with ID-porten (the app checks the person&apos;s role at the organisation).</source>
        <translation>Opprett en instans av en Altinn-app for en kunde med systembrukertokenet til kunden, slik systemet ditt vil gjøre (appen sjekker at systembrukeren har rettigheten app_ORG_APP til appen), eller med --as person som en person som er logget inn med ID-porten (appen sjekker hvilken rolle personen har i organisasjonen).</translation>
    </message>
    <message>
        <source>--as takes systemuser or person, not &quot;%1&quot;.</source>
        <translation>--as må være systemuser eller person, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--person and --no-browser belong to a person&apos;s login: add --as person.</source>
        <translation>--person og --no-browser hører til innlogging som person: Legg til --as person.</translation>
    </message>
    <message>
        <source>--external-ref and --system belong to a system user: leave out --as person.</source>
        <translation>--external-ref og --system hører til en systembruker: Utelat --as person.</translation>
    </message>
    <message>
        <source>Created instance %1 of %2/%3 for %4 as the person who logged in.</source>
        <translation>Opprettet instansen %1 av %2/%3 for %4 som den innloggede personen.</translation>
    </message>
</context>
<context>
    <name>AppInstanceSection</name>
    <message>
        <source>Call an app as the system user (sandbox)</source>
        <translation>Kall en app som systembrukeren (sandkasse)</translation>
    </message>
    <message>
        <source>Your system&apos;s last step: with the system user token it creates an instance of an Altinn app for the customer. Every app of the sandbox catalogue is simulated here; the app checks that the customer&apos;s system user holds the app&apos;s right, as a real app does.</source>
        <translation>Det siste steget for systemet ditt: Med systembrukertokenet oppretter det en instans av en Altinn-app for kunden. Alle appene i katalogen til sandkassen simuleres her; appen sjekker at systembrukeren til kunden har rettigheten til appen, slik en ekte app gjør.</translation>
    </message>
    <message>
        <source>Create an instance of %1 for this customer</source>
        <translation>Opprett en instans av %1 for denne kunden</translation>
    </message>
    <message>
        <source>Create an instance of the app %1 for the chosen customer</source>
        <translation>Opprett en instans av appen %1 for den valgte kunden</translation>
    </message>
    <message>
        <source>Ask the customer for the right…</source>
        <translation>Be kunden om rettigheten…</translation>
    </message>
    <message>
        <source>Go to the customer request page to ask the customer for the right</source>
        <translation>Gå til siden Forespørsel til kunde for å be kunden om rettigheten</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassen har ikke startet ennå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose or create a profile on the first page.</source>
        <translation>Velg eller opprett en profil på den første siden.</translation>
    </message>
    <message>
        <source>Choose a customer above first.</source>
        <translation>Velg en kunde ovenfor først.</translation>
    </message>
    <message>
        <source>Enter at least one scope above: Maskinporten gives no token without one.</source>
        <translation>Skriv inn minst ett scope ovenfor: Maskinporten gir ikke noe token uten.</translation>
    </message>
    <message>
        <source>Creating an instance of %1 for %2 as its system user…</source>
        <translation>Oppretter en instans av %1 for %2 som systembrukeren til kunden…</translation>
    </message>
    <message>
        <source>The app accepted the system user: instance %1 of %2 was created for %3.</source>
        <translation>Appen godtok systembrukeren: Instansen %1 av %2 ble opprettet for %3.</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instans: %1</translation>
    </message>
    <message>
        <source>Address (read it with the system user token): %1</source>
        <translation>Adresse (les den med systembrukertokenet): %1</translation>
    </message>
    <message>
        <source>Stopped waiting for the app.</source>
        <translation>Sluttet å vente på appen.</translation>
    </message>
</context>
<context>
    <name>ApprovalLinkSection</name>
    <message>
        <source>Approval link</source>
        <translation>Godkjenningslenke</translation>
    </message>
    <message>
        <source>Send this link to someone at the customer who has the Access manager (Tilgangsstyrer) or Main administrator role in Altinn. They log in with ID-porten and approve the request.</source>
        <translation>Send denne lenken til noen hos kunden som har rollen Tilgangsstyrer eller Hovedadministrator i Altinn. De logger inn med ID-porten og godkjenner forespørselen.</translation>
    </message>
    <message>
        <source>Open the approval link in the browser</source>
        <translation>Åpne godkjenningslenken i nettleseren</translation>
    </message>
    <message>
        <source>Copy the approval link</source>
        <translation>Kopier godkjenningslenken</translation>
    </message>
    <message>
        <source>QR code of the approval link</source>
        <translation>QR-kode for godkjenningslenken</translation>
    </message>
    <message>
        <source>Copy QR image</source>
        <translation>Kopier QR-bilde</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>Kopier QR-koden som bilde</translation>
    </message>
    <message>
        <source>Save QR image…</source>
        <translation>Lagre QR-bilde…</translation>
    </message>
    <message>
        <source>Save the QR code as an image file</source>
        <translation>Lagre QR-koden som bildefil</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Endringsforespørsel</translation>
    </message>
    <message>
        <source>Approval link of the change request</source>
        <translation>Godkjenningslenken til endringsforespørselen</translation>
    </message>
    <message>
        <source>Open the change request in the browser</source>
        <translation>Åpne endringsforespørselen i nettleseren</translation>
    </message>
    <message>
        <source>Copy the change request link</source>
        <translation>Kopier lenken til endringsforespørselen</translation>
    </message>
    <message>
        <source>A change request asks this customer&apos;s system user for more rights (status: %1). The customer approves it with this link:</source>
        <translation>En endringsforespørsel ber om flere rettigheter for systembrukeren til denne kunden (status: %1). Kunden godkjenner den med denne lenken:</translation>
    </message>
    <message>
        <source>approval-link-%1.png</source>
        <translation>godkjenningslenke-%1.png</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Lagre QR-koden</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1: %2</source>
        <translation>QR-koden kunne ikke lagres i %1: %2</translation>
    </message>
    <message>
        <source>Saved the QR code to %1.</source>
        <translation>Lagret QR-koden i %1.</translation>
    </message>
    <message>
        <source>The customer rejected this request, so its approval link no longer leads to an approval: do not send it again. Use “Delete and ask again” above to send a new request; the customer gets a new link.</source>
        <translation>Kunden avviste denne forespørselen, så godkjenningslenken fører ikke lenger til en godkjenning: ikke send den på nytt. Bruk «Slett og spør på nytt» ovenfor for å sende en ny forespørsel; kunden får en ny lenke.</translation>
    </message>
    <message>
        <source>In the sandbox, the setting “requestAfterRejectionCreatesNew” (Altinn&apos;s announced change) lets a new request replace the rejected one without deleting it first.</source>
        <translation>I sandkassen gjør innstillingen «requestAfterRejectionCreatesNew» (en endring Altinn har varslet) at en ny forespørsel erstatter den avviste uten at den må slettes først.</translation>
    </message>
    <message>
        <source>This request has expired, so its approval link no longer works. Use “Delete and ask again” above to send a new request; the customer gets a new link.</source>
        <translation>Denne forespørselen har utløpt, så godkjenningslenken virker ikke lenger. Bruk «Slett og spør på nytt» ovenfor for å sende en ny forespørsel; kunden får en ny lenke.</translation>
    </message>
    <message>
        <source>This request no longer exists, so its approval link no longer works. Send a new request with “Ask again” above; the customer gets a new link.</source>
        <translation>Denne forespørselen finnes ikke lenger, så godkjenningslenken virker ikke lenger. Send en ny forespørsel med «Spør på nytt» ovenfor; kunden får en ny lenke.</translation>
    </message>
</context>
<context>
    <name>ApprovalNotifier</name>
    <message numerus="yes">
        <source>%1 customer(s) approved</source>
        <translation>
            <numerusform>%1 kunde har godkjent</numerusform>
            <numerusform>%1 kunder har godkjent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) rejected</source>
        <translation>
            <numerusform>%1 kunde har avvist</numerusform>
            <numerusform>%1 kunder har avvist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 siden kl. %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>System User Wizard</source>
        <translation>Systembruker-veiviser</translation>
    </message>
    <message>
        <source>Customers answered</source>
        <translation>Kunder har svart</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <source>Hand the approval link to the customer</source>
        <translation>Gi godkjenningslenken til kunden</translation>
    </message>
    <message>
        <source>Someone at the customer approves the request in Altinn. Send them the link or the message below; this page shows when they have decided.</source>
        <translation>Noen hos kunden godkjenner forespørselen i Altinn. Send dem lenken eller meldingen nedenfor; denne siden viser når de har bestemt seg.</translation>
    </message>
    <message>
        <source>There is no request to follow yet. Send one on the previous page, or pick one in the customers view.</source>
        <translation>Det finnes ingen forespørsel å følge med på ennå. Send en på forrige side, eller velg en i kundeoversikten.</translation>
    </message>
    <message>
        <source>System user request: %1</source>
        <translation>Forespørsel om systembruker: %1</translation>
    </message>
    <message>
        <source>delete the request to organisation %1</source>
        <translation>slette forespørselen til organisasjonen %1</translation>
    </message>
    <message>
        <source>deleting the request</source>
        <translation>slettingen av forespørselen</translation>
    </message>
</context>
<context>
    <name>ApprovalPageText</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Venter på godkjenning</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>Ingen endring nødvendig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>Unknown organisation</source>
        <translation>Ukjent organisasjon</translation>
    </message>
    <message>
        <source>Unknown resource</source>
        <translation>Ukjent ressurs</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <source>Unknown access package</source>
        <translation>Ukjent tilgangspakke</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Gå til hovedinnholdet</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Sandbox: a local imitation of Altinn&apos;s approval page. Nothing is sent to Altinn and nobody needs to log in; a decision here changes the sandbox only.</source>
        <translation>Sandkasse: en lokal etterligning av godkjenningssiden i Altinn. Ingenting sendes til Altinn, og ingen trenger å logge inn; en avgjørelse her endrer bare sandkassen.</translation>
    </message>
    <message>
        <source>%1 – Altinn sandbox</source>
        <translation>%1 – Altinn-sandkasse</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org.nr. %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Organisation giving access</source>
        <translation>Organisasjonen som gir tilgang</translation>
    </message>
    <message>
        <source>Name of the system user</source>
        <translation>Navn på systembrukeren</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>Systembruker</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Forespørsels-ID</translation>
    </message>
    <message>
        <source>What the system gets access to</source>
        <translation>Dette får systemet tilgang til</translation>
    </message>
    <message>
        <source>Single rights</source>
        <translation>Enkeltrettigheter</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakker</translation>
    </message>
    <message>
        <source>Access packages for client relationships</source>
        <translation>Tilgangspakker for klientforhold</translation>
    </message>
    <message>
        <source>Requested changes</source>
        <translation>Ønskede endringer</translation>
    </message>
    <message>
        <source>Rights to add</source>
        <translation>Rettigheter som skal legges til</translation>
    </message>
    <message>
        <source>Rights to remove</source>
        <translation>Rettigheter som skal fjernes</translation>
    </message>
    <message>
        <source>Access packages to add</source>
        <translation>Tilgangspakker som skal legges til</translation>
    </message>
    <message>
        <source>Access packages to remove</source>
        <translation>Tilgangspakker som skal fjernes</translation>
    </message>
    <message>
        <source>Request for a system user for client relationships</source>
        <translation>Forespørsel om systembruker for klientforhold</translation>
    </message>
    <message>
        <source>Request to change a system user</source>
        <translation>Forespørsel om endring av systembruker</translation>
    </message>
    <message>
        <source>Request for a system user</source>
        <translation>Forespørsel om systembruker</translation>
    </message>
    <message>
        <source>%1 asks %2 to approve a system user, so that the system %3 can act on behalf of %2 with the rights below.</source>
        <translation>%1 ber %2 om å godkjenne en systembruker, slik at systemet %3 kan handle på vegne av %2 med tilgangene nedenfor.</translation>
    </message>
    <message>
        <source>%1 asks %2 to approve a system user for client relationships. After approval, %2 can let the system %3 work for its clients with the access packages below.</source>
        <translation>%1 ber %2 om å godkjenne en systembruker for klientforhold. Etter godkjenningen kan %2 la systemet %3 arbeide for klientene sine med tilgangspakkene nedenfor.</translation>
    </message>
    <message>
        <source>%1 asks %2 to change what the system user for the system %3 may do.</source>
        <translation>%1 ber %2 om å endre hva systembrukeren for systemet %3 har lov til å gjøre.</translation>
    </message>
    <message>
        <source>This request has already been handled</source>
        <translation>Denne forespørselen er allerede behandlet</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>This request has timed out</source>
        <translation>Denne forespørselen har utløpt</translation>
    </message>
    <message>
        <source>It was created more than 180 days ago, so the API reports timedOut: true. The sandbox still lets you decide.</source>
        <translation>Det er mer enn 180 dager siden forespørselen ble opprettet, så API-et svarer timedOut: true. I sandkassen kan du likevel ta en avgjørelse.</translation>
    </message>
    <message>
        <source>About the request</source>
        <translation>Om forespørselen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <source>After your decision you are sent back to %1</source>
        <translation>Etter avgjørelsen din blir du sendt tilbake til %1</translation>
    </message>
    <message>
        <source>The request has no return address: you will see a receipt here.</source>
        <translation>Forespørselen har ingen returadresse: du får en kvittering her.</translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation>Fant ikke forespørselen</translation>
    </message>
    <message>
        <source>The sandbox has no such request with the id %1. It may have been deleted, or the link may be incomplete.</source>
        <translation>Sandkassen har ingen forespørsel med ID-en %1. Forespørselen kan være slettet, eller lenken kan være ufullstendig.</translation>
    </message>
    <message>
        <source>A request can be approved or rejected only once. Nothing was changed.</source>
        <translation>En forespørsel kan bare godkjennes eller avvises én gang. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Show the request</source>
        <translation>Vis forespørselen</translation>
    </message>
    <message>
        <source>The decision could not be carried out</source>
        <translation>Avgjørelsen kunne ikke gjennomføres</translation>
    </message>
    <message>
        <source>The request is still waiting for approval.</source>
        <translation>Forespørselen venter fortsatt på godkjenning.</translation>
    </message>
    <message>
        <source>The request is approved</source>
        <translation>Forespørselen er godkjent</translation>
    </message>
    <message>
        <source>The request is rejected</source>
        <translation>Forespørselen er avvist</translation>
    </message>
    <message>
        <source>The changes now apply to the system user.</source>
        <translation>Endringene gjelder nå for systembrukeren.</translation>
    </message>
    <message>
        <source>The system user is unchanged.</source>
        <translation>Systembrukeren er uendret.</translation>
    </message>
    <message>
        <source>The system user %1 now exists for %2.</source>
        <translation>Systembrukeren %1 er nå opprettet for %2.</translation>
    </message>
    <message>
        <source>No system user was created.</source>
        <translation>Ingen systembruker ble opprettet.</translation>
    </message>
    <message>
        <source>You can close this window.</source>
        <translation>Du kan lukke dette vinduet.</translation>
    </message>
    <message>
        <source>A system user already exists for this system, organisation and external reference. Delete it before you approve this request.</source>
        <translation>Det finnes allerede en systembruker for dette systemet, denne organisasjonen og denne eksterne referansen. Slett den før du godkjenner denne forespørselen.</translation>
    </message>
    <message>
        <source>The system user this change request is for no longer exists.</source>
        <translation>Systembrukeren som denne endringsforespørselen gjelder, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The decision was not carried out</source>
        <translation>Avgjørelsen ble ikke gjennomført</translation>
    </message>
    <message>
        <source>The decision did not come from this approval page</source>
        <translation>Avgjørelsen kom ikke fra denne godkjenningssiden</translation>
    </message>
    <message>
        <source>A decision counts only when it is sent with the approval page&apos;s own security token. It was missing or wrong: the decision may have come from another web page, or the sandbox was restarted after the page was opened. Nothing was changed.</source>
        <translation>En avgjørelse gjelder bare når den sendes med godkjenningssidens eget sikkerhetstoken. Det manglet eller var feil: Avgjørelsen kan ha kommet fra en annen nettside, eller sandkassen ble startet på nytt etter at siden ble åpnet. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>no role in the Central Coordinating Register or in Altinn gives the person this right</source>
        <translation>ingen rolle i Enhetsregisteret eller i Altinn gir personen denne rettigheten</translation>
    </message>
    <message>
        <source>the right has not been delegated to the person</source>
        <translation>rettigheten er ikke delegert til personen</translation>
    </message>
    <message>
        <source>the service requires an explicit right that the organisation does not have</source>
        <translation>tjenesten krever en eksplisitt rettighet som organisasjonen ikke har</translation>
    </message>
    <message>
        <source>the service requires a higher security level at login</source>
        <translation>tjenesten krever et høyere sikkerhetsnivå ved innlogging</translation>
    </message>
    <message>
        <source>the organisation is not on the service&apos;s access list</source>
        <translation>organisasjonen står ikke på tilgangslisten til tjenesten</translation>
    </message>
    <message>
        <source>the person does not hold this access package</source>
        <translation>personen har ikke denne tilgangspakken</translation>
    </message>
    <message>
        <source>it cannot be delegated by anyone</source>
        <translation>den kan ikke delegeres av noen</translation>
    </message>
    <message>
        <source>it is a Maskinporten schema, which cannot be delegated to a system user</source>
        <translation>den er et Maskinporten-skjema, som ikke kan delegeres til en systembruker</translation>
    </message>
    <message>
        <source>the delegation check failed for an unknown reason</source>
        <translation>delegeringskontrollen mislyktes av ukjent årsak</translation>
    </message>
    <message>
        <source>General manager (daglig leder), without the access manager role</source>
        <translation>Daglig leder, uten rollen Tilgangsstyrer</translation>
    </message>
    <message>
        <source>Access manager (Tilgangsstyrer) who, in the sandbox, lacks the first right or access package a request asks for</source>
        <translation>Tilgangsstyrer som i sandkassen mangler den første rettigheten eller tilgangspakken en forespørsel ber om</translation>
    </message>
    <message>
        <source>Access manager (Tilgangsstyrer)</source>
        <translation>Tilgangsstyrer</translation>
    </message>
    <message>
        <source>Can approve: a request for client relationships needs the access manager role, not the rights.</source>
        <translation>Kan godkjenne: En forespørsel for klientforhold krever rollen Tilgangsstyrer, ikke rettighetene.</translation>
    </message>
    <message>
        <source>Can approve: can delegate everything this request asks for.</source>
        <translation>Kan godkjenne: kan delegere alt denne forespørselen ber om.</translation>
    </message>
    <message>
        <source>Cannot approve or reject this request.</source>
        <translation>Kan ikke godkjenne eller avvise denne forespørselen.</translation>
    </message>
    <message>
        <source>Cannot approve or reject; can escalate the request to an access manager.</source>
        <translation>Kan ikke godkjenne eller avvise, men kan sende forespørselen videre til en tilgangsstyrer.</translation>
    </message>
    <message>
        <source>Cannot approve: cannot delegate %1.</source>
        <translation>Kan ikke godkjenne: kan ikke delegere %1.</translation>
    </message>
    <message>
        <source>Who approves?</source>
        <translation>Hvem godkjenner?</translation>
    </message>
    <message>
        <source>In Altinn you log in with ID-porten and act as yourself. In the sandbox you choose who you are: only an access manager who can delegate everything asked for can approve, and approval is all-or-nothing.</source>
        <translation>I Altinn logger du inn med ID-porten og opptrer som deg selv. I sandkassen velger du hvem du er: Bare en tilgangsstyrer som kan delegere alt det bes om, kan godkjenne, og godkjenningen gjelder alt eller ingenting.</translation>
    </message>
    <message>
        <source>The request has been escalated</source>
        <translation>Forespørselen er sendt videre</translation>
    </message>
    <message>
        <source>Someone without the access manager role sent it on: it waits for an access manager of %1.</source>
        <translation>Noen uten rollen Tilgangsstyrer sendte den videre: Den venter på en tilgangsstyrer hos %1.</translation>
    </message>
    <message>
        <source>Escalate to an access manager</source>
        <translation>Send videre til en tilgangsstyrer</translation>
    </message>
    <message>
        <source>Altinn&apos;s answer: %1 (HTTP %2)</source>
        <translation>Svaret fra Altinn: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>You cannot decide on this request</source>
        <translation>Du kan ikke ta stilling til denne forespørselen</translation>
    </message>
    <message>
        <source>%1 does not have the access manager role for %2</source>
        <translation>%1 har ikke rollen Tilgangsstyrer for %2</translation>
    </message>
    <message>
        <source>Only an access manager (Tilgangsstyrer) of the organisation can approve or reject a request for a system user. Nothing was changed: the request is still waiting for approval.</source>
        <translation>Bare en tilgangsstyrer i organisasjonen kan godkjenne eller avvise en forespørsel om systembruker. Ingenting ble endret: Forespørselen venter fortsatt på godkjenning.</translation>
    </message>
    <message>
        <source>Send the request to an access manager</source>
        <translation>Send forespørselen til en tilgangsstyrer</translation>
    </message>
    <message>
        <source>When you escalate the request, the organisation&apos;s access managers find it in Altinn and can approve it. The vendor sees that it has been escalated.</source>
        <translation>Når du sender forespørselen videre, finner tilgangsstyrerne i organisasjonen den i Altinn og kan godkjenne den. Leverandøren ser at den er sendt videre.</translation>
    </message>
    <message>
        <source>A request to change a system user cannot be escalated: ask an access manager of the organisation to open the link.</source>
        <translation>En forespørsel om å endre en systembruker kan ikke sendes videre: Be en tilgangsstyrer i organisasjonen om å åpne lenken.</translation>
    </message>
    <message>
        <source>Choose another person</source>
        <translation>Velg en annen person</translation>
    </message>
    <message>
        <source>The request could not be approved</source>
        <translation>Forespørselen kunne ikke godkjennes</translation>
    </message>
    <message>
        <source>%1 cannot delegate everything the request asks for</source>
        <translation>%1 kan ikke delegere alt forespørselen ber om</translation>
    </message>
    <message>
        <source>Approval is all-or-nothing: as one part could not be delegated, nothing was approved. The request is still waiting for approval.</source>
        <translation>Godkjenningen gjelder alt eller ingenting: Siden én del ikke kunne delegeres, ble ingenting godkjent. Forespørselen venter fortsatt på godkjenning.</translation>
    </message>
    <message>
        <source>What stopped the approval</source>
        <translation>Dette stoppet godkjenningen</translation>
    </message>
    <message>
        <source>No one can approve this request, because a part of it cannot be delegated. Ask the vendor to send a new request without it.</source>
        <translation>Ingen kan godkjenne denne forespørselen, fordi en del av den ikke kan delegeres. Be leverandøren om å sende en ny forespørsel uten denne delen.</translation>
    </message>
    <message>
        <source>Ask an access manager who can delegate all of it to approve the request – in the sandbox, %1.</source>
        <translation>Be en tilgangsstyrer som kan delegere alt, om å godkjenne forespørselen – i sandkassen %1.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hva du kan gjøre</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Ukjent person</translation>
    </message>
    <message>
        <source>The organisation has no test person %1. Choose one of the persons on the request page. Nothing was changed.</source>
        <translation>Organisasjonen har ingen testperson %1. Velg en av personene på forespørselssiden. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The request was sent to an access manager</source>
        <translation>Forespørselen er sendt til en tilgangsstyrer</translation>
    </message>
    <message>
        <source>The access managers of %1 can now find the request in Altinn and approve it. It is still waiting for approval; the vendor sees that it has been escalated.</source>
        <translation>Tilgangsstyrerne hos %1 kan nå finne forespørselen i Altinn og godkjenne den. Den venter fortsatt på godkjenning; leverandøren ser at den er sendt videre.</translation>
    </message>
    <message>
        <source>Return to the vendor</source>
        <translation>Tilbake til leverandøren</translation>
    </message>
    <message>
        <source>Unknown app</source>
        <translation>Ukjent app</translation>
    </message>
    <message>
        <source>The login link names no app (client_id) registered at the sandbox&apos;s ID-porten. Register the app&apos;s client with POST /sandbox/idporten/clients, or check the link.</source>
        <translation>Innloggingslenken viser ikke til noen app (client_id) som er registrert i ID-porten i sandkassen. Registrer klienten til appen med POST /sandbox/idporten/clients, eller sjekk lenken.</translation>
    </message>
    <message>
        <source>Wrong return address</source>
        <translation>Feil returadresse</translation>
    </message>
    <message>
        <source>The app asked to be sent back to an address (redirect_uri) that is not registered for it, so the sandbox does not send you there.</source>
        <translation>Appen ba om at du sendes tilbake til en adresse (redirect_uri) som ikke er registrert for appen, så sandkassen sender deg ikke dit.</translation>
    </message>
    <message>
        <source>The login has expired</source>
        <translation>Innloggingen har utløpt</translation>
    </message>
    <message>
        <source>This login is no longer valid: it is more than 10 minutes old, it is finished, or the sandbox was restarted. Start the login again from the app.</source>
        <translation>Denne innloggingen er ikke lenger gyldig: Den er over 10 minutter gammel, den er fullført, eller sandkassen ble startet på nytt. Start innloggingen på nytt fra appen.</translation>
    </message>
    <message>
        <source>Nothing was done</source>
        <translation>Ingenting ble gjort</translation>
    </message>
    <message>
        <source>The form did not come from this login: its security token was missing or wrong. Start the login again from the app.</source>
        <translation>Skjemaet kom ikke fra denne innloggingen: Sikkerhetstokenet manglet eller var feil. Start innloggingen på nytt fra appen.</translation>
    </message>
    <message>
        <source>This page was already used</source>
        <translation>Denne siden er allerede brukt</translation>
    </message>
    <message>
        <source>The login has moved on since this page was shown. Go on in the newest page, or start the login again from the app.</source>
        <translation>Innloggingen har gått videre siden denne siden ble vist. Fortsett på den nyeste siden, eller start innloggingen på nytt fra appen.</translation>
    </message>
    <message>
        <source>The app is no longer registered at the sandbox&apos;s ID-porten.</source>
        <translation>Appen er ikke lenger registrert i ID-porten i sandkassen.</translation>
    </message>
    <message>
        <source>Choose one of the persons on the login page.</source>
        <translation>Velg en av personene på innloggingssiden.</translation>
    </message>
    <message>
        <source>Choose Allow or Deny on the consent page.</source>
        <translation>Velg Tillat eller Avslå på samtykkesiden.</translation>
    </message>
    <message>
        <source>%1 – ID-porten sandbox</source>
        <translation>%1 – ID-porten-sandkasse</translation>
    </message>
    <message>
        <source>Sandbox: a local imitation of ID-porten. Nobody really logs in: the persons are made up, and the tokens are valid at this sandbox only.</source>
        <translation>Sandkasse: en lokal etterligning av ID-porten. Ingen logger inn på ekte: Personene er oppdiktet, og tokenene gjelder bare i denne sandkassen.</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>Daglig leder</translation>
    </message>
    <message>
        <source>Chair of the board</source>
        <translation>Styreleder</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Regnskapsfører</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>No roles in the register</source>
        <translation>Ingen roller i registeret</translation>
    </message>
    <message>
        <source>%1 at every organisation</source>
        <translation>%1 i alle organisasjoner</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Know who you are: your national identity number.</source>
        <translation>Vite hvem du er: fødselsnummeret ditt.</translation>
    </message>
    <message>
        <source>Your basic profile: the language you used here.</source>
        <translation>Den grunnleggende profilen din: språket du brukte her.</translation>
    </message>
    <message>
        <source>Read forms and messages in Altinn that you have access to.</source>
        <translation>Lese skjemaer og meldinger i Altinn som du har tilgang til.</translation>
    </message>
    <message>
        <source>Fill in, change and submit forms in Altinn on your behalf.</source>
        <translation>Fylle ut, endre og sende inn skjemaer i Altinn på dine vegne.</translation>
    </message>
    <message>
        <source>Use the Altinn service %1 of %2 on your behalf.</source>
        <translation>Bruke Altinn-tjenesten %1 fra %2 på dine vegne.</translation>
    </message>
    <message>
        <source>Use an API on your behalf.</source>
        <translation>Bruke et API på dine vegne.</translation>
    </message>
    <message>
        <source>Choose who you are</source>
        <translation>Velg hvem du er</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Logg inn på %1</translation>
    </message>
    <message>
        <source>In ID-porten you would log in with MinID, BankID or another electronic ID. In the sandbox you choose one of the made-up persons below.</source>
        <translation>I ID-porten ville du logget inn med MinID, BankID eller en annen elektronisk ID. I sandkassen velger du en av de oppdiktede personene nedenfor.</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>Logg inn som %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>%1 asks for access</source>
        <translation>%1 ber om tilgang</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logget inn som %1</translation>
    </message>
    <message>
        <source>%1 (org. no. %2) asks to do the following on your behalf:</source>
        <translation>%1 (org.nr. %2) ber om å få gjøre følgende på dine vegne:</translation>
    </message>
    <message>
        <source>What the app gets access to</source>
        <translation>Dette får appen tilgang til</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Tillat</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>After your answer you are sent back to %1</source>
        <translation>Etter svaret ditt blir du sendt tilbake til %1</translation>
    </message>
    <message>
        <source>Nothing was sent back to the app. You can close this window.</source>
        <translation>Ingenting ble sendt tilbake til appen. Du kan lukke dette vinduet.</translation>
    </message>
</context>
<context>
    <name>ApprovalStatusSection</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Sjekk nå</translation>
    </message>
    <message>
        <source>Check the status now</source>
        <translation>Sjekk statusen nå</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>organisasjon %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer: %1 · %2 request</source>
        <translation>Kunde: %1 · Forespørselstype: %2</translation>
    </message>
    <message>
        <source>external reference %1</source>
        <translation>ekstern referanse %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The request no longer exists: it was deleted, or the customer deleted the system user it created. Ask the customer again.</source>
        <translation>Forespørselen finnes ikke lenger: Den ble slettet, eller kunden slettet systembrukeren den opprettet. Spør kunden på nytt.</translation>
    </message>
    <message>
        <source>Waiting for the customer. This page checks the status by itself while it is open.</source>
        <translation>Venter på kunden. Denne siden sjekker statusen selv så lenge den er åpen.</translation>
    </message>
    <message>
        <source>The person who opened the link has passed it on to the customer&apos;s access managers.</source>
        <translation>Personen som åpnet lenken, har sendt den videre til tilgangsstyrerne hos kunden.</translation>
    </message>
    <message>
        <source>The customer approved the request: the system user exists. Go on to check that your system can get a token for it.</source>
        <translation>Kunden godkjente forespørselen: Systembrukeren finnes. Gå videre for å sjekke at systemet ditt kan få et token for den.</translation>
    </message>
    <message>
        <source>The customer rejected the request. Altinn keeps the rejected request, so sending the same request again would only return it. Delete it and ask again — talk to the customer first if you do not know why.</source>
        <translation>Kunden avviste forespørselen. Altinn tar vare på den avviste forespørselen, så hvis du sender den samme forespørselen på nytt, får du bare den tilbake. Slett den og spør på nytt — snakk med kunden først hvis du ikke vet hvorfor.</translation>
    </message>
    <message>
        <source>The request has expired. Delete it and send a new one.</source>
        <translation>Forespørselen har utløpt. Slett den og send en ny.</translation>
    </message>
    <message>
        <source>Altinn reports a status this wizard does not know: “%1”.</source>
        <translation>Altinn melder en status som denne veiviseren ikke kjenner: «%1».</translation>
    </message>
    <message>
        <source>This request is older than 180 days. The customer may no longer be able to approve it: send a new request.</source>
        <translation>Denne forespørselen er eldre enn 180 dager. Det er ikke sikkert at kunden kan godkjenne den lenger: Send en ny forespørsel.</translation>
    </message>
    <message>
        <source>&amp;Ask again</source>
        <translation>Sp&amp;ør på nytt</translation>
    </message>
    <message>
        <source>&amp;Delete and ask again</source>
        <translation>Slett og sp&amp;ør på nytt</translation>
    </message>
    <message>
        <source>Sent %1 (%2).</source>
        <translation>Sendt %1 (%2).</translation>
    </message>
    <message>
        <source>The customer approved the request. Go on with Next to test the system user.</source>
        <translation>Kunden godkjente forespørselen. Gå videre med Neste for å teste systembrukeren.</translation>
    </message>
    <message>
        <source>The customer rejected the request.</source>
        <translation>Kunden avviste forespørselen.</translation>
    </message>
    <message>
        <source>The request&apos;s status is now: %1.</source>
        <translation>Statusen til forespørselen er nå: %1.</translation>
    </message>
    <message>
        <source>The request was deleted.</source>
        <translation>Forespørselen ble slettet.</translation>
    </message>
    <message>
        <source>Altinn cannot be reached right now: %1 The status shown is the last one known; the page keeps checking.</source>
        <translation>Altinn kan ikke nås akkurat nå: %1 Statusen som vises, er den siste kjente; siden fortsetter å sjekke.</translation>
    </message>
    <message>
        <source>The status could not be checked:</source>
        <translation>Statusen kunne ikke sjekkes:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Deleting the request…</source>
        <translation>Sletter forespørselen…</translation>
    </message>
    <message>
        <source>Altinn asked to be left alone until %1: the page checks the status again then, also if you press Check now. The status shown is the last one known.</source>
        <translation>Altinn ba om å bli latt i fred til %1: siden sjekker statusen igjen da, også om du trykker Sjekk nå. Statusen som vises, er den siste kjente.</translation>
    </message>
</context>
<context>
    <name>BulkCompareSection</name>
    <message>
        <source>Comparing the list with Altinn and reading the system…</source>
        <translation>Sammenligner listen med Altinn og henter systemet…</translation>
    </message>
    <message>
        <source>Compared with Altinn.</source>
        <translation>Sammenlignet med Altinn.</translation>
    </message>
    <message>
        <source>1. Compare with Altinn</source>
        <translation>1. Sammenlign med Altinn</translation>
    </message>
    <message>
        <source>Before anything is sent, every customer in the list is compared with Altinn, so customers who have a request or a system user already are not asked again.</source>
        <translation>Før noe blir sendt, blir hver kunde i listen sammenlignet med Altinn, slik at kunder som allerede har en forespørsel eller en systembruker, ikke blir spurt på nytt.</translation>
    </message>
    <message>
        <source>Send to &amp;how many at the same time:</source>
        <translation>Send til &amp;hvor mange samtidig:</translation>
    </message>
    <message>
        <source>How many customers are asked at the same time</source>
        <translation>Hvor mange kunder som blir spurt samtidig</translation>
    </message>
    <message>
        <source>Altinn limits how fast one vendor may send; 4 is a safe choice. When Altinn asks us to wait, every sender waits.</source>
        <translation>Altinn begrenser hvor raskt én leverandør kan sende; 4 er et trygt valg. Når Altinn ber oss vente, venter alle samtidige sendinger.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Listen er tom.</translation>
    </message>
    <message>
        <source>Every customer has been asked already; nothing to send.</source>
        <translation>Alle kundene er allerede spurt; det er ingenting å sende.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) need a request.</source>
        <translation>
            <numerusform>%1 kunde trenger en forespørsel.</numerusform>
            <numerusform>%1 kunder trenger en forespørsel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them may have been asked by a run that was interrupted. They are looked up at Altinn first and asked only when Altinn has nothing: no customer is asked twice.</source>
        <translation>
            <numerusform>%1 av dem kan ha blitt spurt i en kjøring som ble avbrutt. Kunden slås opp i Altinn først og blir bare spurt hvis Altinn ikke har noe: Ingen kunde blir spurt to ganger.</numerusform>
            <numerusform>%1 av dem kan ha blitt spurt i en kjøring som ble avbrutt. De slås opp i Altinn først og blir bare spurt hvis Altinn ikke har noe: Ingen kunde blir spurt to ganger.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is PRODUCTION: the requests go to real customers, who are asked to approve them. You are asked to confirm before anything is sent.</source>
        <translation>Dette er PRODUKSJON: Forespørslene går til ekte kunder, som blir bedt om å godkjenne dem. Du blir bedt om å bekrefte før noe sendes.</translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 request(s) in production…</source>
        <translation>
            <numerusform>Se&amp;nd %1 forespørsel i produksjon…</numerusform>
            <numerusform>Se&amp;nd %1 forespørsler i produksjon…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 request(s)</source>
        <translation>
            <numerusform>Se&amp;nd %1 forespørsel</numerusform>
            <numerusform>Se&amp;nd %1 forespørsler</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the comparison with Altinn.</source>
        <translation>Vent til sammenligningen med Altinn er ferdig.</translation>
    </message>
    <message>
        <source>Nobody needs a request.</source>
        <translation>Ingen trenger en forespørsel.</translation>
    </message>
    <message>
        <source>Sends a system user request to each customer who needs one.</source>
        <translation>Sender en forespørsel om systembruker til hver kunde som trenger en.</translation>
    </message>
</context>
<context>
    <name>BulkOutcomeModel</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hva som skjedde</translation>
    </message>
</context>
<context>
    <name>BulkProgressSection</name>
    <message>
        <source>2. Sending</source>
        <translation>2. Sending</translation>
    </message>
    <message>
        <source>Customers done</source>
        <translation>Ferdigbehandlede kunder</translation>
    </message>
    <message>
        <source>&amp;Cancel sending…</source>
        <translation>&amp;Avbryt sendingen…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Avbryt sendingen</translation>
    </message>
    <message>
        <source>Stops sending. Requests already sent stay sent.</source>
        <translation>Stopper sendingen. Forespørsler som allerede er sendt, blir ikke trukket tilbake.</translation>
    </message>
    <message>
        <source>&amp;What happened to each customer</source>
        <translation>Hva som skjedde med hver &amp;kunde</translation>
    </message>
    <message>
        <source>&amp;Only problems</source>
        <translation>&amp;Bare problemer</translation>
    </message>
    <message>
        <source>Show only customers with problems</source>
        <translation>Vis bare kunder med problemer</translation>
    </message>
    <message>
        <source>Customers for whom sending failed, or who need you to act</source>
        <translation>Kunder der sendingen mislyktes, eller der du må gjøre noe</translation>
    </message>
    <message>
        <source>The outcome of each customer</source>
        <translation>Resultatet for hver kunde</translation>
    </message>
    <message>
        <source>Altinn asked us to wait %1 before sending more. Sending goes on by itself.</source>
        <translation>Altinn ba oss vente %1 før vi sender flere. Sendingen fortsetter av seg selv.</translation>
    </message>
    <message numerus="yes">
        <source>Pausing: %1 customer(s) being asked finish first; no new ones start.</source>
        <translation>
            <numerusform>Setter på pause: %1 kunde som blir spurt nå, blir ferdig først; ingen nye startes.</numerusform>
            <numerusform>Setter på pause: %1 kunder som blir spurt nå, blir ferdige først; ingen nye startes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>Satt på pause. Trykk på Fortsett for å sende videre.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Fortsett sendingen</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Sett sendingen på pause</translation>
    </message>
    <message>
        <source>Starts asking the customers that are left.</source>
        <translation>Begynner å spørre de gjenstående kundene.</translation>
    </message>
    <message>
        <source>Lets the customers being asked finish, and starts no new ones.</source>
        <translation>Lar kundene som blir spurt nå, bli ferdige, og starter ingen nye.</translation>
    </message>
</context>
<context>
    <name>BulkSendDialog</name>
    <message>
        <source>The profile or its connection changed, so sending stopped.</source>
        <translation>Profilen eller tilkoblingen til profilen ble endret, så sendingen stoppet.</translation>
    </message>
    <message>
        <source>Another customer list was opened, so sending stopped.</source>
        <translation>En annen kundeliste ble åpnet, så sendingen stoppet.</translation>
    </message>
    <message>
        <source>The profile changed. Close this window and open Send requests again.</source>
        <translation>Profilen ble endret. Lukk dette vinduet, og åpne Send forespørsler på nytt.</translation>
    </message>
    <message>
        <source>There is no connection or no customer list: finish the Maskinporten page and choose the system first.</source>
        <translation>Det finnes ingen tilkobling eller ingen kundeliste: Gjør ferdig Maskinporten-siden og velg systemet først.</translation>
    </message>
    <message>
        <source>The customers could not be compared with Altinn: %1 %2</source>
        <translation>Kundene kunne ikke sammenlignes med Altinn: %1 %2</translation>
    </message>
    <message>
        <source>The comparison was cancelled. Nothing is sent before the list has been compared with Altinn.</source>
        <translation>Sammenligningen ble avbrutt. Ingenting sendes før listen er sammenlignet med Altinn.</translation>
    </message>
    <message>
        <source>reading the system from Altinn</source>
        <translation>hentingen av systemet fra Altinn</translation>
    </message>
    <message>
        <source>The system could not be read: %1 %2</source>
        <translation>Systemet kunne ikke hentes: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>send a system user request to %1 customer(s)</source>
        <translation>
            <numerusform>sende en forespørsel om systembruker til %1 kunde</numerusform>
            <numerusform>sende forespørsler om systembruker til %1 kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>Vil du stoppe sendingen?</translation>
    </message>
    <message>
        <source>Requests already sent stay sent.</source>
        <translation>Forespørsler som allerede er sendt, blir ikke trukket tilbake.</translation>
    </message>
    <message>
        <source>Customers not asked yet can be asked in a later run. Those being asked right now are looked up at Altinn first then, so nobody is asked twice.</source>
        <translation>Kunder som ikke er spurt ennå, kan spørres i en senere kjøring. Kundene som blir spurt akkurat nå, slås da opp i Altinn først, så ingen blir spurt to ganger.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Stopp sendingen</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Fortsett å sende</translation>
    </message>
    <message>
        <source>Requests are being sent</source>
        <translation>Forespørsler blir sendt</translation>
    </message>
    <message>
        <source>Do you want to pause or to cancel sending before the window closes?</source>
        <translation>Vil du sette sendingen på pause eller avbryte den før vinduet lukkes?</translation>
    </message>
    <message>
        <source>Paused, sending goes on when you open Send requests again and press Resume. Cancelled, requests already sent stay sent.</source>
        <translation>Setter du den på pause, fortsetter sendingen når du åpner Send forespørsler igjen og trykker på Fortsett. Avbryter du, blir forespørsler som allerede er sendt, ikke trukket tilbake.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation>&amp;Pause og lukk</translation>
    </message>
    <message>
        <source>&amp;Cancel sending and close</source>
        <translation>&amp;Avbryt sendingen og lukk</translation>
    </message>
    <message>
        <source>Send requests</source>
        <translation>Send forespørsler</translation>
    </message>
    <message>
        <source>A system user request for %1 to every customer in the list who needs one, in %2.</source>
        <translation>En forespørsel om systembruker for %1 til hver kunde i listen som trenger en, i %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>BulkSummarySection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>3. Done</source>
        <translation>3. Ferdig</translation>
    </message>
    <message>
        <source>E&amp;xport approval links…</source>
        <translation>&amp;Eksporter godkjenningslenker…</translation>
    </message>
    <message>
        <source>Export approval links</source>
        <translation>Eksporter godkjenningslenker</translation>
    </message>
    <message>
        <source>A mail-merge file, one e-mail per customer or a printable sheet with QR codes</source>
        <translation>En flettefil, én e-post per kunde eller et utskriftsark med QR-koder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>3. Stopped</source>
        <translation>3. Stoppet</translation>
    </message>
    <message numerus="yes">
        <source>Sending was stopped after %1 of %2 customer(s).</source>
        <translation>
            <numerusform>Sendingen ble stoppet etter %1 av %2 kunde.</numerusform>
            <numerusform>Sendingen ble stoppet etter %1 av %2 kunder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) done in %2.</source>
        <translation>
            <numerusform>%1 kunde er behandlet på %2.</numerusform>
            <numerusform>%1 kunder er behandlet på %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests already sent stay sent. Customers who may have been asked when sending stopped are looked up at Altinn first next time, so nobody is asked twice.</source>
        <translation>Forespørsler som allerede er sendt, blir ikke trukket tilbake. Kunder som kan ha blitt spurt da sendingen stoppet, slås opp i Altinn først neste gang, så ingen blir spurt to ganger.</translation>
    </message>
    <message numerus="yes">
        <source>Altinn asked us to slow down %1 time(s); we waited as asked.</source>
        <translation>
            <numerusform>Altinn ba oss senke tempoet %1 gang; vi ventet slik Altinn ba om.</numerusform>
            <numerusform>Altinn ba oss senke tempoet %1 ganger; vi ventet slik Altinn ba om.</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval links are in the customer list. Hand them over to the customers: each must be approved by someone who manages access at the customer.</source>
        <translation>Godkjenningslenkene ligger i kundelisten. Gi dem videre til kundene: Hver forespørsel må godkjennes av noen som styrer tilganger hos kunden.</translation>
    </message>
    <message>
        <source>Send requests again later to retry the customers that failed; the others are not asked again.</source>
        <translation>Send forespørsler på nytt senere for å prøve igjen for kundene det mislyktes for; de andre blir ikke spurt en gang til.</translation>
    </message>
</context>
<context>
    <name>BulkText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 of %2 — about %3 left</source>
        <translation>%1 av %2 — omtrent %3 igjen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Forespørsel sendt</translation>
    </message>
    <message>
        <source>Was waiting already</source>
        <translation>Ventet allerede</translation>
    </message>
    <message>
        <source>Found after the interruption</source>
        <translation>Funnet etter avbruddet</translation>
    </message>
    <message>
        <source>Has the system user already</source>
        <translation>Har allerede systembrukeren</translation>
    </message>
    <message>
        <source>Must be asked again</source>
        <translation>Må spørres på nytt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
</context>
<context>
    <name>CampaignPreviewSection</name>
    <message>
        <source>Could not be read: %1</source>
        <translation>Kunne ikke hentes: %1</translation>
    </message>
    <message>
        <source>Cannot be changed: %1</source>
        <translation>Kan ikke endres: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Hva som endres</translation>
    </message>
    <message>
        <source>Why not, and what to do</source>
        <translation>Hvorfor ikke, og hva du kan gjøre</translation>
    </message>
    <message>
        <source>Customers whose system user changes, and how</source>
        <translation>Kunder der systembrukeren endres, og hvordan</translation>
    </message>
    <message>
        <source>Customers who cannot be changed, and why</source>
        <translation>Kunder som ikke kan endres, og hvorfor</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Ingenting er planlagt ennå.</translation>
    </message>
    <message>
        <source>&amp;Will change</source>
        <translation>&amp;Blir endret</translation>
    </message>
    <message>
        <source>Cannot be &amp;changed</source>
        <translation>Kan ikke &amp;endres</translation>
    </message>
    <message numerus="yes">
        <source>%1 will change</source>
        <translation>
            <numerusform>%1 blir endret</numerusform>
            <numerusform>%1 blir endret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 need nothing</source>
        <translation>
            <numerusform>%1 trenger ingen endring</numerusform>
            <numerusform>%1 trenger ingen endring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be changed</source>
        <translation>
            <numerusform>%1 kan ikke endres</numerusform>
            <numerusform>%1 kan ikke endres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be read</source>
        <translation>
            <numerusform>%1 kunne ikke hentes</numerusform>
            <numerusform>%1 kunne ikke hentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) without a live system user are not part of the campaign.</source>
        <translation>
            <numerusform>%1 kunde uten systembruker i bruk er ikke med i kampanjen.</numerusform>
            <numerusform>%1 kunder uten systembruker i bruk er ikke med i kampanjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Will change (%1)</source>
        <translation>&amp;Blir endret (%1)</translation>
    </message>
    <message>
        <source>Cannot be &amp;changed (%1)</source>
        <translation>Kan ikke &amp;endres (%1)</translation>
    </message>
</context>
<context>
    <name>CampaignSendSection</name>
    <message>
        <source>Send to &amp;how many at the same time:</source>
        <translation>Send til &amp;hvor mange samtidig:</translation>
    </message>
    <message>
        <source>How many change requests are sent at the same time</source>
        <translation>Hvor mange endringsforespørsler som sendes samtidig</translation>
    </message>
    <message>
        <source>This is PRODUCTION: real customers are asked to approve the changes. You are asked to confirm first.</source>
        <translation>Dette er PRODUKSJON: Ekte kunder blir bedt om å godkjenne endringene. Du blir bedt om å bekrefte først.</translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 change request(s) in production…</source>
        <translation>
            <numerusform>Se&amp;nd %1 endringsforespørsel i produksjon…</numerusform>
            <numerusform>Se&amp;nd %1 endringsforespørsler i produksjon…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 change request(s)</source>
        <translation>
            <numerusform>Se&amp;nd %1 endringsforespørsel</numerusform>
            <numerusform>Se&amp;nd %1 endringsforespørsler</numerusform>
        </translation>
    </message>
    <message>
        <source>Each customer gets a change request to approve; the system user keeps working meanwhile.</source>
        <translation>Hver kunde får en endringsforespørsel å godkjenne; systembrukeren virker som før i mellomtiden.</translation>
    </message>
    <message>
        <source>No system user needs a change.</source>
        <translation>Ingen systembruker trenger en endring.</translation>
    </message>
</context>
<context>
    <name>CatalogueNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Show selected &amp;only</source>
        <translation>Vis bare &amp;valgte</translation>
    </message>
    <message>
        <source>Show selected only</source>
        <translation>Vis bare valgte</translation>
    </message>
</context>
<context>
    <name>ChangeCampaignDialog</name>
    <message>
        <source>The system could not be read from Altinn: %1 %2</source>
        <translation>Systemet kunne ikke hentes fra Altinn: %1 %2</translation>
    </message>
    <message>
        <source>The profile or its connection changed, so the campaign stopped.</source>
        <translation>Profilen eller tilkoblingen til profilen ble endret, så kampanjen stoppet.</translation>
    </message>
    <message>
        <source>Another customer list was opened, so the campaign stopped.</source>
        <translation>En annen kundeliste ble åpnet, så kampanjen stoppet.</translation>
    </message>
    <message>
        <source>There is no connection or no customer list: finish the Maskinporten page and choose the system first.</source>
        <translation>Det finnes ingen tilkobling eller ingen kundeliste: Gjør ferdig Maskinporten-siden og velg systemet først.</translation>
    </message>
    <message>
        <source>Reading the system and what each system user holds now…</source>
        <translation>Henter systemet og det hver systembruker har nå…</translation>
    </message>
    <message>
        <source>Planning was cancelled. Nothing was sent.</source>
        <translation>Planleggingen ble avbrutt. Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>The change requests could not be read, so standard system users could not be planned: %1 %2</source>
        <translation>Endringsforespørslene kunne ikke hentes, så standard systembrukere kunne ikke planlegges: %1 %2</translation>
    </message>
    <message>
        <source>Planned. Nothing has been sent yet.</source>
        <translation>Planlagt. Ingenting er sendt ennå.</translation>
    </message>
    <message numerus="yes">
        <source>send a change request to %1 customer(s)</source>
        <translation>
            <numerusform>sende en endringsforespørsel til %1 kunde</numerusform>
            <numerusform>sende endringsforespørsler til %1 kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>Change request sent</source>
        <translation>Endringsforespørsel sendt</translation>
    </message>
    <message>
        <source>Was sent already</source>
        <translation>Var allerede sendt</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Ingenting å endre</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Sending was stopped. Change requests already sent stay sent.</source>
        <translation>Sendingen ble stoppet. Endringsforespørsler som allerede er sendt, blir ikke trukket tilbake.</translation>
    </message>
    <message numerus="yes">
        <source>%1 change request(s) sent</source>
        <translation>
            <numerusform>%1 endringsforespørsel sendt</numerusform>
            <numerusform>%1 endringsforespørsler sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 sent before</source>
        <translation>
            <numerusform>, %1 sendt tidligere</numerusform>
            <numerusform>, %1 sendt tidligere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 failed (see why in the table; plan again to retry them)</source>
        <translation>
            <numerusform>, %1 mislyktes (se hvorfor i tabellen; planlegg på nytt for å prøve den igjen)</numerusform>
            <numerusform>, %1 mislyktes (se hvorfor i tabellen; planlegg på nytt for å prøve dem igjen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>Vil du stoppe sendingen?</translation>
    </message>
    <message>
        <source>Change requests already sent stay sent.</source>
        <translation>Endringsforespørsler som allerede er sendt, blir ikke trukket tilbake.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Stopp sendingen</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Fortsett å sende</translation>
    </message>
    <message>
        <source>Change requests are being sent</source>
        <translation>Endringsforespørsler blir sendt</translation>
    </message>
    <message>
        <source>Do you want to pause or to cancel sending before the window closes?</source>
        <translation>Vil du sette sendingen på pause eller avbryte den før vinduet lukkes?</translation>
    </message>
    <message>
        <source>Paused, sending goes on when you open Change campaign again and press Resume. Cancelled, change requests already sent stay sent.</source>
        <translation>Setter du den på pause, fortsetter sendingen når du åpner Endringskampanje igjen og trykker på Fortsett. Avbryter du, blir endringsforespørsler som allerede er sendt, ikke trukket tilbake.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation>&amp;Pause og lukk</translation>
    </message>
    <message>
        <source>&amp;Cancel sending and close</source>
        <translation>&amp;Avbryt sendingen og lukk</translation>
    </message>
    <message>
        <source>Change campaign</source>
        <translation>Endringskampanje</translation>
    </message>
    <message>
        <source>When %1 gained or lost rights or access packages, each customer&apos;s system user keeps what it was approved with until the customer approves a change request. First see what would change for whom; nothing is sent before you press Send.</source>
        <translation>Når %1 har fått eller mistet rettigheter eller tilgangspakker, beholder systembrukeren til hver kunde det den ble godkjent med, til kunden godkjenner en endringsforespørsel. Se først hva som ville blitt endret for hvem; ingenting sendes før du trykker på Send.</translation>
    </message>
    <message>
        <source>System users read</source>
        <translation>Systembrukere hentet</translation>
    </message>
    <message>
        <source>Sending change requests</source>
        <translation>Sender endringsforespørsler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>Add: %1</source>
        <translation>Legg til: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Fjern: %1</translation>
    </message>
</context>
<context>
    <name>ChangeRequestCommands</name>
    <message>
        <source>Change requests: more or fewer rights for an existing system user</source>
        <translation>Endringsforespørsler: flere eller færre rettigheter for en eksisterende systembruker</translation>
    </message>
    <message>
        <source>Ask the customer to change what a system user may do.</source>
        <translation>Be kunden om å endre hva en systembruker har lov til å gjøre.</translation>
    </message>
    <message>
        <source>The system user&apos;s id.</source>
        <translation>ID-en til systembrukeren.</translation>
    </message>
    <message>
        <source>A right the system user must get.</source>
        <translation>En rettighet systembrukeren skal få.</translation>
    </message>
    <message>
        <source>An access package the system user must get.</source>
        <translation>En tilgangspakke systembrukeren skal få.</translation>
    </message>
    <message>
        <source>A right to take away.</source>
        <translation>En rettighet som skal fjernes.</translation>
    </message>
    <message>
        <source>An access package to take away.</source>
        <translation>En tilgangspakke som skal fjernes.</translation>
    </message>
    <message>
        <source>Where the customer&apos;s browser goes after deciding.</source>
        <translation>Hvor nettleseren til kunden går etter avgjørelsen.</translation>
    </message>
    <message>
        <source>Show a change request and its status.</source>
        <translation>Vis en endringsforespørsel med status.</translation>
    </message>
    <message>
        <source>The change request id.</source>
        <translation>ID-en til endringsforespørselen.</translation>
    </message>
    <message>
        <source>Say which system user: --system-user ID.</source>
        <translation>Oppgi hvilken systembruker: --system-user ID.</translation>
    </message>
    <message>
        <source>Say what to change: --require-right, --require-package, --remove-right or --remove-package.</source>
        <translation>Oppgi hva som skal endres: --require-right, --require-package, --remove-right eller --remove-package.</translation>
    </message>
    <message>
        <source>creating the change request</source>
        <translation>opprettingen av endringsforespørselen</translation>
    </message>
    <message>
        <source>The system user already has exactly that; nothing to ask.</source>
        <translation>Systembrukeren har allerede akkurat dette; ingenting å be om.</translation>
    </message>
    <message>
        <source>Change request %1 created; it waits for the customer.</source>
        <translation>Endringsforespørselen %1 er opprettet og venter på kunden.</translation>
    </message>
    <message>
        <source>The customer approves at: %1</source>
        <translation>Kunden godkjenner her: %1</translation>
    </message>
    <message>
        <source>fetching the change request</source>
        <translation>hentingen av endringsforespørselen</translation>
    </message>
</context>
<context>
    <name>ChangeRequestSection</name>
    <message>
        <source>Reading what the system user has now…</source>
        <translation>Henter det systembrukeren har nå…</translation>
    </message>
    <message>
        <source>has it now</source>
        <translation>har den nå</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikke ennå</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No change yet: check what the system user should have, uncheck what it should lose.</source>
        <translation>Ingen endring ennå: Kryss av for det systembrukeren skal ha, og fjern krysset for det den skal miste.</translation>
    </message>
    <message>
        <source>The change request will ask the customer to approve:</source>
        <translation>Endringsforespørselen ber kunden om å godkjenne dette:</translation>
    </message>
    <message>
        <source>What the system user should have</source>
        <translation>Hva systembrukeren skal ha</translation>
    </message>
    <message>
        <source>The customer&apos;s system user keeps what it has until the customer approves the change request. Only rights and access packages your system offers can be asked for.</source>
        <translation>Systembrukeren til kunden beholder det den har, til kunden godkjenner endringsforespørselen. Du kan bare be om rettigheter og tilgangspakker som systemet ditt tilbyr.</translation>
    </message>
    <message>
        <source>Rights and access packages</source>
        <translation>Rettigheter og tilgangspakker</translation>
    </message>
    <message>
        <source>What the system user of %1 (external reference %2) should have</source>
        <translation>Hva systembrukeren til %1 (ekstern referanse %2) skal ha</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Set up Altinn system users from scripts: vendor profiles and keys, Maskinporten tokens, the system register, requests to customers and their system users. The same core as the wizard.</source>
        <translation>Sett opp systembrukere i Altinn fra skript: leverandørprofiler og nøkler, Maskinporten-tokener, systemregisteret, forespørsler til kunder og systembrukerne deres. Samme kjerne som veiviseren.</translation>
    </message>
    <message>
        <source>Output: the result is JSON on standard output; messages for you go to standard error. When a command fails, standard output stays empty.
Exit codes: 0 done; 1 refused by Altinn, Maskinporten or the keychain, or invalid input; 2 wrong command line (also a write to production without --yes).</source>
        <translation>Utdata: resultatet er JSON på standard utdata (stdout); meldinger til deg går til standard feil (stderr). Når en kommando feiler, er standard utdata tom.
Avslutningskoder: 0 fullført; 1 avvist av Altinn, Maskinporten eller nøkkelringen, eller ugyldige inndata; 2 feil i kommandolinjen (også skriving til produksjon uten --yes).</translation>
    </message>
    <message>
        <source>The profile to use (default: the current one).</source>
        <translation>Profilen som skal brukes (standard: den gjeldende).</translation>
    </message>
    <message>
        <source>sandbox, tt02, prod, or the URL of a running systemuser-sandbox (default: the profile&apos;s).</source>
        <translation>sandbox, tt02, prod eller URL-en til en systemuser-sandbox som kjører (standard: miljøet i profilen).</translation>
    </message>
    <message>
        <source>Language of messages: nb, nn or en.</source>
        <translation>Språk for meldinger: nb, nn eller en.</translation>
    </message>
    <message>
        <source>Confirm a write (create, update, delete) in production.</source>
        <translation>Bekreft en endring (opprette, oppdatere, slette) i produksjon.</translation>
    </message>
    <message>
        <source>Show every HTTP call on standard error.</source>
        <translation>Vis hvert HTTP-kall på standard feil (stderr).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nb, nn or en.</source>
        <translation>Ukjent språk &quot;%1&quot;: bruk nb, nn eller en.</translation>
    </message>
    <message>
        <source>Print shell completion for bash or zsh, e.g. source &lt;(systemuser-cli completion bash).</source>
        <translation>Skriv ut autofullføring for skallet bash eller zsh, f.eks. source &lt;(systemuser-cli completion bash).</translation>
    </message>
    <message>
        <source>bash or zsh.</source>
        <translation>bash eller zsh.</translation>
    </message>
    <message>
        <source>Unknown shell &quot;%1&quot;: use bash or zsh.</source>
        <translation>Ukjent skall &quot;%1&quot;: bruk bash eller zsh.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Fix or move the file away; the profiles are plain JSON.</source>
        <translation>Rett opp filen eller flytt den bort; profilene er vanlig JSON.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Det finnes ingen profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Create one: %1</source>
        <translation>Opprett en: %1</translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation>Profiler: %1</translation>
    </message>
    <message>
        <source>There is no profile yet.</source>
        <translation>Det finnes ingen profil ennå.</translation>
    </message>
    <message>
        <source>No profile is chosen.</source>
        <translation>Ingen profil er valgt.</translation>
    </message>
    <message>
        <source>Pick one with --profile NAME, or make it the default: %1</source>
        <translation>Velg en med --profile NAME, eller gjør den til standardprofil: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is for %2; its key and client do not work in %3.</source>
        <translation>Profilen &quot;%1&quot; gjelder %2; nøkkelen og klienten til profilen virker ikke i %3.</translation>
    </message>
    <message>
        <source>Leave out --env, or create a profile for that environment: %1</source>
        <translation>Utelat --env, eller opprett en profil for det miljøet: %1</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use sandbox, tt02, prod or the URL of a running systemuser-sandbox.</source>
        <translation>Ukjent miljø &quot;%1&quot;: bruk sandbox, tt02, prod eller URL-en til en systemuser-sandbox som kjører.</translation>
    </message>
    <message>
        <source>Could not start the built-in sandbox.</source>
        <translation>Kunne ikke starte den innebygde sandkassen.</translation>
    </message>
    <message>
        <source>Start one yourself with systemuser-sandbox and pass its address with --env URL.</source>
        <translation>Start en selv med systemuser-sandbox, og oppgi adressen med --env URL.</translation>
    </message>
    <message>
        <source>No sandbox is running on %1, so one was started inside this command. What it stores ends with the command.
For work in several steps, start systemuser-sandbox in another terminal.</source>
        <translation>Ingen sandkasse kjører på %1, så det ble startet en inne i denne kommandoen. Det den lagrer, forsvinner når kommandoen er ferdig.
For arbeid i flere steg, start systemuser-sandbox i en annen terminal.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no key yet.</source>
        <translation>Profilen &quot;%1&quot; har ingen nøkkel ennå.</translation>
    </message>
    <message>
        <source>Make one: %1</source>
        <translation>Lag en: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no Maskinporten client id yet.</source>
        <translation>Profilen &quot;%1&quot; har ingen klient-ID fra Maskinporten ennå.</translation>
    </message>
    <message>
        <source>Register the client in the sandbox: %1</source>
        <translation>Registrer klienten i sandkassen: %1</translation>
    </message>
    <message>
        <source>Add the client id from the self-service portal: %1</source>
        <translation>Legg til klient-ID-en fra selvbetjeningsportalen: %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid.</source>
        <comment>the organisation number&apos;s role, then the number</comment>
        <translation>%1 (%2) er ikke gyldig.</translation>
    </message>
    <message>
        <source>This changes data in PRODUCTION. Add --yes to confirm that you mean it.</source>
        <translation>Dette endrer data i PRODUKSJON. Legg til --yes for å bekrefte at du mener det.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>With the CLI: find the system user (%1), then ask for more: %2</source>
        <translation>Med CLI-en: finn systembrukeren (%1), og be deretter om mer: %2</translation>
    </message>
    <message>
        <source>With the CLI: %1, then create the request again.</source>
        <translation>Med CLI-en: %1, og opprett deretter forespørselen på nytt.</translation>
    </message>
    <message>
        <source>With the CLI: %1</source>
        <translation>Med CLI-en: %1</translation>
    </message>
    <message>
        <source>With the CLI: change the definition file, then %1</source>
        <translation>Med CLI-en: endre definisjonsfilen, og kjør deretter %1</translation>
    </message>
    <message>
        <source>In the sandbox, register the client and key (again): %1</source>
        <translation>I sandkassen: registrer klienten og nøkkelen (på nytt): %1</translation>
    </message>
    <message>
        <source>Compare the profile (%1) with the client in the self-service portal; its public key: %2</source>
        <translation>Sammenlign profilen (%1) med klienten i selvbetjeningsportalen; den offentlige nøkkelen til profilen: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option --%1</source>
        <translation>ukjent valg --%1</translation>
    </message>
    <message>
        <source>unknown option --%1 (options go after the command, e.g. &quot;%2 … --%1&quot;)</source>
        <translation>ukjent valg --%1 (valg skal stå etter kommandoen, f.eks. &quot;%2 … --%1&quot;)</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 tar ingen verdi</translation>
    </message>
    <message>
        <source>--%1 needs a value: --%1 %2</source>
        <translation>--%1 trenger en verdi: --%1 %2</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>ukjent valg %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>ukjent kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no command &quot;%2&quot;</source>
        <translation>&quot;%1&quot; har ingen kommando &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>ingen kommando oppgitt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command</source>
        <translation>&quot;%1&quot; trenger en kommando</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing %2</source>
        <translation>&quot;%1&quot; mangler %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the argument &quot;%2&quot;</source>
        <translation>&quot;%1&quot; tar ikke argumentet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[valg]</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see what it takes.</source>
        <translation>Kjør &quot;%1 --help&quot; for å se hva kommandoen tar imot.</translation>
    </message>
    <message>
        <source>%1 [global options]</source>
        <translation>%1 [globale valg]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale valg:</translation>
    </message>
    <message>
        <source>Show help for the command given before it.</source>
        <translation>Vis hjelp for kommandoen som står foran.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Bruk: %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumenter:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valg:</translation>
    </message>
    <message>
        <source>%1 (may be repeated)</source>
        <translation>%1 (kan gjentas)</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND …</source>
        <translation>Bruk: %1 COMMAND …</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND …</source>
        <translation>Bruk: %1 %2 COMMAND …</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the commands of a group or the options of a command.</source>
        <translation>Kjør &quot;%1 COMMAND --help&quot; for å se kommandoene i en gruppe eller valgene for en kommando.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s arguments and options.</source>
        <translation>Kjør &quot;%1 COMMAND --help&quot; for å se argumentene og valgene for en kommando.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>getting a token for %1</source>
        <translation>hentingen av et token for %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ahead of Maskinporten</source>
        <translation>
            <numerusform>%n sekund foran Maskinporten</numerusform>
            <numerusform>%n sekunder foran Maskinporten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) behind Maskinporten</source>
        <translation>
            <numerusform>%n sekund etter Maskinporten</numerusform>
            <numerusform>%n sekunder etter Maskinporten</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1. Maskinporten refuses grants when the clock is more than 10 seconds off. Turn on automatic time (NTP) in the system settings and try again.</source>
        <translation>Klokken på denne datamaskinen går %1. Maskinporten avviser tokenforespørsler når klokken går mer enn 10 sekunder feil. Slå på automatisk tid (NTP) i systeminnstillingene og prøv igjen.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1. Maskinporten allows at most 10 seconds; turn on automatic time (NTP) in the system settings before it drifts further.</source>
        <translation>Klokken på denne datamaskinen går %1. Maskinporten tillater høyst 10 sekunder; slå på automatisk tid (NTP) i systeminnstillingene før avviket blir større.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheckPanel</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassen har ikke startet ennå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Create the profile on the previous page first.</source>
        <translation>Opprett profilen på forrige side først.</translation>
    </message>
    <message>
        <source>There is no key yet. Generate or import one above first.</source>
        <translation>Det finnes ingen nøkkel ennå. Lag eller importer en ovenfor først.</translation>
    </message>
    <message>
        <source>There is no client yet. Register the client in the sandbox above first.</source>
        <translation>Det finnes ingen klient ennå. Registrer klienten i sandkassen ovenfor først.</translation>
    </message>
    <message>
        <source>Enter the client id from the self-service portal above first.</source>
        <translation>Skriv inn klient-ID-en fra selvbetjeningsportalen ovenfor først.</translation>
    </message>
    <message>
        <source>Asking Maskinporten for a token for each scope…</source>
        <translation>Ber Maskinporten om et token for hvert scope…</translation>
    </message>
    <message>
        <source>✓ %1 — works</source>
        <translation>✓ %1 — virker</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Sjekken ble avbrutt.</translation>
    </message>
    <message>
        <source>Connected. Maskinporten gives this client a token for every scope the wizard needs.</source>
        <translation>Tilkoblet. Maskinporten gir denne klienten et token for hvert scope veiviseren trenger.</translation>
    </message>
    <message>
        <source>Some scopes do not work yet. What to do is written under each one.</source>
        <translation>Noen scopes virker ikke ennå. Hva du skal gjøre, står under hvert av dem.</translation>
    </message>
    <message>
        <source>Gets a token from Maskinporten for each scope the wizard uses, to prove that the client, the key and this computer&apos;s clock are right.</source>
        <translation>Henter et token fra Maskinporten for hvert scope veiviseren bruker, for å bekrefte at klienten, nøkkelen og klokken på denne datamaskinen er riktige.</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>Sj&amp;ekk tilkoblingen</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Sjekk tilkoblingen</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>That language could not be loaded; the texts stay as they are.</source>
        <translation>Språket kunne ikke lastes inn; tekstene blir stående som de er.</translation>
    </message>
    <message>
        <source>Profile: none yet</source>
        <translation>Profil: ingen ennå</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Organisation number %1</source>
        <translation>Organisasjonsnummer %1</translation>
    </message>
    <message>
        <source>%1, organisation number %2</source>
        <translation>%1, organisasjonsnummer %2</translation>
    </message>
    <message>
        <source>← &amp;Start screen</source>
        <translation>← St&amp;artsiden</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Tilbake til startsiden</translation>
    </message>
    <message>
        <source>Leave the wizard. What you entered is kept, and you can continue later.</source>
        <translation>Gå ut av veiviseren. Det du har fylt inn, blir tatt vare på, og du kan fortsette senere.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of the wizard. Your choice is remembered.</source>
        <translation>Språket i veiviseren. Valget ditt blir husket.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitetslogg</translation>
    </message>
    <message>
        <source>Show the activity log</source>
        <translation>Vis aktivitetsloggen</translation>
    </message>
    <message>
        <source>Every call to Altinn and Maskinporten, with tokens and keys removed (Ctrl+Shift+L).</source>
        <translation>Alle kall til Altinn og Maskinporten, med tokener og nøkler fjernet (Ctrl+Shift+L).</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open approval link</source>
        <translation>Åpne godkjenningslenke</translation>
    </message>
    <message>
        <source>Open the customer&apos;s approval page in the web browser (Enter or %1)</source>
        <translation>Åpne godkjenningssiden til kunden i nettleseren (Enter eller %1)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopier lenke</translation>
    </message>
    <message>
        <source>Copy the approval link to send it to the customer (%1)</source>
        <translation>Kopier godkjenningslenken for å sende den til kunden (%1)</translation>
    </message>
    <message>
        <source>Delete request…</source>
        <translation>Slett forespørsel…</translation>
    </message>
    <message>
        <source>Delete the selected request (%1)</source>
        <translation>Slett den valgte forespørselen (%1)</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Rediger notat…</translation>
    </message>
    <message>
        <source>Write your own note about this customer (%1)</source>
        <translation>Skriv ditt eget notat om denne kunden (%1)</translation>
    </message>
    <message>
        <source>Change request…</source>
        <translation>Endringsforespørsel…</translation>
    </message>
    <message>
        <source>Ask the customer to approve more or fewer rights for this system user</source>
        <translation>Be kunden om å godkjenne flere eller færre rettigheter for denne systembrukeren</translation>
    </message>
    <message>
        <source>Test token…</source>
        <translation>Test token…</translation>
    </message>
    <message>
        <source>Get a system user token for this customer and show what it contains</source>
        <translation>Hent et systembrukertoken for denne kunden, og vis hva det inneholder</translation>
    </message>
    <message>
        <source>Could not open a web browser. Use Copy link and paste it into one.</source>
        <translation>Kunne ikke åpne en nettleser. Bruk Kopier lenke og lim den inn i en nettleser.</translation>
    </message>
    <message>
        <source>Copied the approval link for %1.</source>
        <translation>Kopierte godkjenningslenken for %1.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Slett forespørsel</translation>
    </message>
    <message>
        <source>Delete the request to %1?</source>
        <translation>Vil du slette forespørselen til %1?</translation>
    </message>
    <message>
        <source>The customer&apos;s system user stays: deleting the request does not remove it.</source>
        <translation>Systembrukeren til kunden blir værende: Å slette forespørselen fjerner den ikke.</translation>
    </message>
    <message>
        <source>The approval link stops working. You can send a new request afterwards.</source>
        <translation>Godkjenningslenken slutter å virke. Du kan sende en ny forespørsel etterpå.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ask Altinn what this customer&apos;s system user really holds and compare it with the system (%1)</source>
        <translation>Spør Altinn hva systembrukeren til denne kunden faktisk har, og sammenlign med systemet (%1)</translation>
    </message>
    <message>
        <source>What does the system user hold?…</source>
        <translation>Hva har systembrukeren?…</translation>
    </message>
</context>
<context>
    <name>CustomerBulkCommands</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>The system id.</source>
        <translation>System-ID-en.</translation>
    </message>
    <message>
        <source>Add the customers of a CSV file to the ledger (nothing is sent). Columns: organisation number (required), name, external reference, e-mail, kind, rights, packages, language.</source>
        <translation>Legg til kundene fra en CSV-fil i kundelisten (ingenting sendes). Kolonner: organisasjonsnummer (påkrevd), navn, ekstern referanse, e-post, type, rettigheter, tilgangspakker, språk.</translation>
    </message>
    <message>
        <source>The CSV file, as a spreadsheet saves it (; , or TAB separated).</source>
        <translation>CSV-filen, slik et regneark lagrer den (skilt med ; , eller TAB).</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Sjekk filen og si hva som ville blitt endret; ingenting skrives.</translation>
    </message>
    <message>
        <source>Compare the ledger with Altinn, then send a system user request to every customer who needs one. Resumable: run it again after an interruption. One JSON line per customer.</source>
        <translation>Sammenlign kundelisten med Altinn, og send deretter en forespørsel om systembruker til hver kunde som trenger en. Kan gjenopptas: Kjør kommandoen på nytt etter et avbrudd. Én JSON-linje per kunde.</translation>
    </message>
    <message>
        <source>Customers asked at the same time, 1–%1 (default %2).</source>
        <translation>Kunder som blir spurt samtidig, 1–%1 (standard %2).</translation>
    </message>
    <message>
        <source>Do not compare with Altinn first (the ledger is up to date).</source>
        <translation>Ikke sammenlign med Altinn først (kundelisten er oppdatert).</translation>
    </message>
    <message>
        <source>How many customers are in each state, and each customer (no call to Altinn).</source>
        <translation>Hvor mange kunder som har hver status, og hver enkelt kunde (uten å kontakte Altinn).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (standard) eller csv.</translation>
    </message>
    <message>
        <source>Only customers waiting for more than N days.</source>
        <translation>Bare kunder som har ventet i mer enn N dager.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) need attention:</source>
        <translation>
            <numerusform>%n linje må sjekkes:</numerusform>
            <numerusform>%n linjer må sjekkes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked, nothing written: %1.</source>
        <translation>Sjekket, ingenting skrevet: %1.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importert: %1.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Neste steg: %1</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency må være et tall fra 1 til %1.</translation>
    </message>
    <message>
        <source>comparing the customers with Altinn</source>
        <translation>sammenligningen av kundene med Altinn</translation>
    </message>
    <message>
        <source>Compared with Altinn:</source>
        <translation>Sammenlignet med Altinn:</translation>
    </message>
    <message>
        <source>Every customer has been asked already; nothing to send.</source>
        <translation>Alle kundene er allerede spurt; det er ingenting å sende.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) of an interrupted run are looked up at Altinn first.</source>
        <translation>
            <numerusform>%n kunde fra en avbrutt kjøring slås opp i Altinn først.</numerusform>
            <numerusform>%n kunder fra en avbrutt kjøring slås opp i Altinn først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking %n customer(s), %1 at a time…</source>
        <translation>
            <numerusform>Spør %n kunde, %1 om gangen…</numerusform>
            <numerusform>Spør %n kunder, %1 om gangen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 ferdig</translation>
    </message>
    <message>
        <source>; Altinn asked us to wait %1</source>
        <translation>; Altinn ba oss vente %1</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>; omtrent %1 igjen</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in %1 s (%2 per second), %3 calls to Altinn and Maskinporten.</source>
        <translation>
            <numerusform>%n kunde på %1 s (%2 per sekund), %3 kall til Altinn og Maskinporten.</numerusform>
            <numerusform>%n kunder på %1 s (%2 per sekund), %3 kall til Altinn og Maskinporten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sendt: %1</translation>
    </message>
    <message>
        <source>Found after an interruption: %1</source>
        <translation>Funnet etter et avbrudd: %1</translation>
    </message>
    <message>
        <source>Waiting already: %1</source>
        <translation>Ventet allerede: %1</translation>
    </message>
    <message>
        <source>Have the system user already: %1</source>
        <translation>Har allerede systembrukeren: %1</translation>
    </message>
    <message>
        <source>Must be asked again from their page: %1</source>
        <translation>Må spørres på nytt fra kundesiden: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislyktes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Altinn asked us to slow down %n time(s); we waited as asked.</source>
        <translation>
            <numerusform>Altinn ba oss senke tempoet %n gang; vi ventet slik Altinn ba om.</numerusform>
            <numerusform>Altinn ba oss senke tempoet %n ganger; vi ventet slik Altinn ba om.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some customers were not asked.</source>
        <translation>Noen kunder ble ikke spurt.</translation>
    </message>
    <message>
        <source>Run the same command again to retry them; customers already asked are not asked twice.</source>
        <translation>Kjør den samme kommandoen på nytt for å prøve igjen; kunder som allerede er spurt, blir ikke spurt to ganger.</translation>
    </message>
    <message>
        <source>Next: send the approval links, e.g. %1</source>
        <translation>Neste steg: send godkjenningslenkene, f.eks. %1</translation>
    </message>
    <message>
        <source>--waiting-days must be a whole number of days, 0 or more.</source>
        <translation>--waiting-days må være et helt antall dager, 0 eller mer.</translation>
    </message>
    <message>
        <source>Compared with Altinn %1.</source>
        <translation>Sist sammenlignet med Altinn %1.</translation>
    </message>
    <message>
        <source>Never compared with Altinn. To bring the list up to date, run: %1</source>
        <translation>Aldri sammenlignet med Altinn. Kjør denne kommandoen for å oppdatere listen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting for more than %1 days.</source>
        <translation>
            <numerusform>%n kunde har ventet i mer enn %1 dager.</numerusform>
            <numerusform>%n kunder har ventet i mer enn %1 dager.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading system %1</source>
        <translation>hentingen av systemet %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Ingen kunder ennå.</translation>
    </message>
</context>
<context>
    <name>CustomerCells</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Forespørsels-ID: %1</translation>
    </message>
    <message>
        <source>System user id: %1</source>
        <translation>Systembruker-ID: %1</translation>
    </message>
    <message>
        <source>Change request id: %1</source>
        <translation>Endringsforespørsels-ID: %1</translation>
    </message>
    <message>
        <source>Approval link: %1</source>
        <translation>Godkjenningslenke: %1</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>The customers of a system and where each one stands</source>
        <translation>Kundene for et system og hvor langt hver av dem har kommet</translation>
    </message>
    <message>
        <source>The system id.</source>
        <translation>System-ID-en.</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (standard) eller csv.</translation>
    </message>
    <message>
        <source>Only customers in this state: %1.</source>
        <translation>Bare kunder med denne statusen: %1.</translation>
    </message>
    <message>
        <source>List the customers in the ledger (no call to Altinn).</source>
        <translation>Vis kundene i kundelisten (uten å kontakte Altinn).</translation>
    </message>
    <message>
        <source>Read every request, agent request, system user and change request of the system from Altinn, update the ledger and list it.</source>
        <translation>Hent alle forespørsler, forespørsler om klientsystembruker, systembrukere og endringsforespørsler for systemet fra Altinn, oppdater kundelisten og vis den.</translation>
    </message>
    <message>
        <source>Show one customer: its state and the next thing to do.</source>
        <translation>Vis én kunde: statusen og hva som er neste steg.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number.</source>
        <translation>Organisasjonsnummeret til kunden.</translation>
    </message>
    <message>
        <source>Only the system user with this external reference.</source>
        <translation>Bare systembrukeren med denne eksterne referansen.</translation>
    </message>
    <message>
        <source>Say which system: --system ID.</source>
        <translation>Oppgi hvilket system: --system ID.</translation>
    </message>
    <message>
        <source>--format must be json or csv.</source>
        <translation>--format må være json eller csv.</translation>
    </message>
    <message>
        <source>--state must be one of: %1.</source>
        <translation>--state må være én av disse: %1.</translation>
    </message>
    <message>
        <source>Never compared with Altinn. To bring the list up to date, run: %1</source>
        <translation>Aldri sammenlignet med Altinn. Kjør denne kommandoen for å oppdatere listen: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>Customer %1 is not in the ledger of %2.</source>
        <translation>Kunden %1 finnes ikke i kundelisten for %2.</translation>
    </message>
    <message>
        <source>Run %1 to read it from Altinn, or send a request first.</source>
        <translation>Kjør %1 for å hente kunden fra Altinn, eller send en forespørsel først.</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Next: %4.</source>
        <translation>%1 (%2): %3. Neste steg: %4.</translation>
    </message>
    <message>
        <source>reading the customers</source>
        <translation>hentingen av kundene</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) compared with Altinn; %1 changed.</source>
        <translation>
            <numerusform>%n kunde er sammenlignet med Altinn; %1 er endret.</numerusform>
            <numerusform>%n kunder er sammenlignet med Altinn; %1 er endret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerHandOffCommands</name>
    <message>
        <source>The system id.</source>
        <translation>System-ID-en.</translation>
    </message>
    <message>
        <source>Customers asked at the same time, 1–%1 (default %2).</source>
        <translation>Kunder som blir spurt samtidig, 1–%1 (standard %2).</translation>
    </message>
    <message>
        <source>Write the approval link and the ready-to-send message of every waiting customer: a CSV for mail merge, one e-mail draft (.eml) per customer, or a PDF with a QR code per customer.</source>
        <translation>Skriv godkjenningslenken og den ferdige meldingen for hver kunde som venter: en CSV-fil for fletting, ett e-postutkast (.eml) per kunde eller en PDF med én QR-kode per kunde.</translation>
    </message>
    <message>
        <source>csv, eml or pdf.</source>
        <translation>csv, eml eller pdf.</translation>
    </message>
    <message>
        <source>The file to write (csv, pdf) or the folder for the e-mails (eml).</source>
        <translation>Filen som skal skrives (csv, pdf), eller mappen for e-postene (eml).</translation>
    </message>
    <message>
        <source>Only customers waiting for more than N days, as reminders.</source>
        <translation>Bare kunder som har ventet i mer enn N dager, som påminnelser.</translation>
    </message>
    <message>
        <source>Where your customers can ask questions (e-mail or phone).</source>
        <translation>Hvor kundene dine kan stille spørsmål (e-post eller telefon).</translation>
    </message>
    <message>
        <source>After the system gained or lost rights or access packages: work out for every customer what its system user lacks or has extra, and send the change requests. One JSON line per customer.</source>
        <translation>Etter at systemet har fått eller mistet rettigheter eller tilgangspakker: Finn ut for hver kunde hva systembrukeren mangler eller har for mye, og send endringsforespørslene. Én JSON-linje per kunde.</translation>
    </message>
    <message>
        <source>Only show the plan; send nothing.</source>
        <translation>Vis bare planen; ingenting sendes.</translation>
    </message>
    <message>
        <source>Say which format: --format csv, eml or pdf.</source>
        <translation>Oppgi hvilket format: --format csv, eml eller pdf.</translation>
    </message>
    <message>
        <source>Say where to write: --out PATH.</source>
        <translation>Oppgi hvor det skal skrives: --out PATH.</translation>
    </message>
    <message>
        <source>--waiting-days must be a whole number of days, 0 or more.</source>
        <translation>--waiting-days må være et helt antall dager, 0 eller mer.</translation>
    </message>
    <message>
        <source>No customer has an approval link to hand over.</source>
        <translation>Ingen kunder har en godkjenningslenke som kan gis videre.</translation>
    </message>
    <message>
        <source>Send requests first: %1</source>
        <translation>Send forespørsler først: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1.</source>
        <translation>
            <numerusform>%n kunde er skrevet til %1.</numerusform>
            <numerusform>%n kunder er skrevet til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>comparing the customers with Altinn</source>
        <translation>sammenligningen av kundene med Altinn</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency må være et tall fra 1 til %1.</translation>
    </message>
    <message>
        <source>Will change: %1</source>
        <translation>Blir endret: %1</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Ingenting å endre: %1</translation>
    </message>
    <message>
        <source>Cannot be changed with a change request: %1</source>
        <translation>Kan ikke endres med en endringsforespørsel: %1</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Kunne ikke hentes: %1</translation>
    </message>
    <message>
        <source>No change request to send.</source>
        <translation>Ingen endringsforespørsler å sende.</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) sent or found; %1 failed.</source>
        <translation>
            <numerusform>%n endringsforespørsel sendt eller funnet; %1 mislyktes.</numerusform>
            <numerusform>%n endringsforespørsler sendt eller funnet; %1 mislyktes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some change requests were not sent.</source>
        <translation>Noen endringsforespørsler ble ikke sendt.</translation>
    </message>
    <message>
        <source>Run the same command again: change requests already sent are not sent twice.</source>
        <translation>Kjør den samme kommandoen på nytt: Endringsforespørsler som allerede er sendt, blir ikke sendt to ganger.</translation>
    </message>
    <message>
        <source>Next: hand the change links over, e.g. %1</source>
        <translation>Neste steg: gi endringslenkene videre, f.eks. %1</translation>
    </message>
    <message>
        <source>Working out what each customer&apos;s system user lacks or has extra…</source>
        <translation>Finner ut hva systembrukeren til hver kunde mangler eller har for mye…</translation>
    </message>
</context>
<context>
    <name>CustomerHoldingsCommands</name>
    <message>
        <source>Ask Altinn what one customer&apos;s system user really holds and compare it with the system (one system user token, one exchange and one call per customer).</source>
        <translation>Spør Altinn hva systembrukeren til én kunde faktisk har, og sammenlign med systemet (ett systembrukertoken, én veksling og ett kall per kunde).</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number.</source>
        <translation>Organisasjonsnummeret til kunden.</translation>
    </message>
    <message>
        <source>The system user&apos;s external reference (default: the organisation number).</source>
        <translation>Den eksterne referansen til systembrukeren (standard: organisasjonsnummeret).</translation>
    </message>
    <message>
        <source>Say which customer: --org ORGNO.</source>
        <translation>Oppgi hvilken kunde: --org ORGNO.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>To ask the customer for what is missing: %1</source>
        <translation>For å be kunden om det som mangler: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) made for this check.</source>
        <translation>
            <numerusform>%n kall ble gjort for denne sjekken.</numerusform>
            <numerusform>%n kall ble gjort for denne sjekken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system id (default: the system named in the system user token).</source>
        <translation>System-ID-en (standard: systemet som står i systembrukertokenet).</translation>
    </message>
</context>
<context>
    <name>CustomerLedger</name>
    <message>
        <source>Cannot read the customer list in %1: %2</source>
        <translation>Kan ikke lese kundelisten i %1: %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of this program</source>
        <translation>filen er lagret av en nyere versjon av dette programmet</translation>
    </message>
    <message>
        <source>Cannot save the customer list to %1: %2</source>
        <translation>Kan ikke lagre kundelisten i %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>mappen kan ikke opprettes</translation>
    </message>
</context>
<context>
    <name>CustomerListImport</name>
    <message>
        <source>Line %1: the organisation number is missing. Fill it in, or delete the line, and import again.</source>
        <translation>Linje %1: Organisasjonsnummeret mangler. Fyll det inn, eller slett linjen, og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid organisation number (the spreadsheet shows it as a rounded number). Format the column as text, write the number in full and import again.</source>
        <translation>Linje %1: %2 er ikke et gyldig organisasjonsnummer (regnearket viser det som et avrundet tall). Formater kolonnen som tekst, skriv hele nummeret og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid organisation number (it may have digits, spaces and dots only). Correct it in the spreadsheet and import again.</source>
        <translation>Linje %1: %2 er ikke et gyldig organisasjonsnummer (det kan bare inneholde sifre, mellomrom og punktum). Rett det i regnearket og importer på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %2 is not a valid organisation number (it has %n digit(s), not 9). Correct it in the spreadsheet and import again.</source>
        <translation>
            <numerusform>Linje %1: %2 er ikke et gyldig organisasjonsnummer (det har %n siffer, ikke 9). Rett det i regnearket og importer på nytt.</numerusform>
            <numerusform>Linje %1: %2 er ikke et gyldig organisasjonsnummer (det har %n sifre, ikke 9). Rett det i regnearket og importer på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid organisation number (the check digit does not match). Correct it in the spreadsheet and import again.</source>
        <translation>Linje %1: %2 er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke). Rett det i regnearket og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quotation mark that is never closed, so the rest of the list was read as one cell. Add the closing quotation mark and import again.</source>
        <translation>Linje %1: En celle begynner med et anførselstegn som aldri blir avsluttet, så resten av listen ble lest som én celle. Legg til det avsluttende anførselstegnet og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells, but the list has %3 columns. A cell probably holds the separator (%4) without quotation marks around it: correct the line and import again.</source>
        <translation>Linje %1 har %2 celler, men listen har %3 kolonner. En celle inneholder sannsynligvis skilletegnet (%4) uten anførselstegn rundt: Rett linjen og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: an agent request carries access packages only, so the rights on this line (%2) are left out.</source>
        <translation>Linje %1: En forespørsel om klientsystembruker kan bare inneholde tilgangspakker, så rettighetene på denne linjen (%2) er utelatt.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; does not look like an e-mail address, so it is left out. Correct it in the spreadsheet and import again to keep it.</source>
        <translation>Linje %1: &quot;%2&quot; ser ikke ut som en e-postadresse, så den er utelatt. Rett den i regnearket og importer på nytt for å ta den med.</translation>
    </message>
    <message>
        <source>Line %1: the type &quot;%2&quot; is not understood. Write standard, or agent (klient) for a client of an accounting or auditing firm, or leave the cell empty for standard, and import again.</source>
        <translation>Linje %1: Typen &quot;%2&quot; blir ikke forstått. Skriv standard, eller klient (agent) for en klient av et regnskaps- eller revisjonsfirma, eller la cellen stå tom for standard, og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: the language &quot;%2&quot; is not understood, so messages to this customer will be in Norwegian bokmål. Write nb, nn or en to choose another.</source>
        <translation>Linje %1: Språket &quot;%2&quot; blir ikke forstått, så meldinger til denne kunden blir på bokmål. Skriv nb, nn eller en for å velge et annet språk.</translation>
    </message>
    <message>
        <source>Line %1: %2 is already on line %3. Line %3 is kept and this line is left out; give each line its own external reference to ask more than once for the same organisation.</source>
        <translation>Linje %1: %2 står allerede på linje %3. Linje %3 beholdes, og denne linjen er utelatt; gi hver linje sin egen eksterne referanse for å spørre den samme organisasjonen mer enn én gang.</translation>
    </message>
    <message>
        <source>Line %1: %2 with external reference %3 is already on line %4. Line %4 is kept and this line is left out.</source>
        <translation>Linje %1: %2 med ekstern referanse %3 står allerede på linje %4. Linje %4 beholdes, og denne linjen er utelatt.</translation>
    </message>
    <message>
        <source>The list is empty. Choose a file with one customer per line, or copy the rows in the spreadsheet and paste them.</source>
        <translation>Listen er tom. Velg en fil med én kunde per linje, eller kopier radene i regnearket og lim dem inn.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; and &quot;%3&quot; both name the column %4; only &quot;%2&quot; is read.</source>
        <translation>Linje %1: Både &quot;%2&quot; og &quot;%3&quot; er navn på kolonnen %4; bare &quot;%2&quot; blir lest.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n column(s) not understood and ignored: %2. Columns understood: %3.</source>
        <translation>
            <numerusform>Linje %1: %n kolonne ble ikke forstått og er ignorert: %2. Kolonner som forstås: %3.</numerusform>
            <numerusform>Linje %1: %n kolonner ble ikke forstått og er ignorert: %2. Kolonner som forstås: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list has no column with organisation numbers. Name that column in the first line (%1), or leave out the column names and put the organisation numbers first. Columns understood: %2.</source>
        <translation>Listen har ingen kolonne med organisasjonsnumre. Gi kolonnen navn i den første linjen (%1), eller utelat kolonnenavnene og sett organisasjonsnumrene først. Kolonner som forstås: %2.</translation>
    </message>
    <message>
        <source>Line %1 names the columns, but there are no customers below it. Add one customer per line and import again.</source>
        <translation>Linje %1 gir navn til kolonnene, men det er ingen kunder under den. Legg til én kunde per linje og importer på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the system does not offer %n right(s): %2. Remove them from the line, or add them to the system first, and import again.</source>
        <translation>
            <numerusform>Linje %1: Systemet tilbyr ikke %n rettighet: %2. Fjern den fra linjen, eller legg den til i systemet først, og importer på nytt.</numerusform>
            <numerusform>Linje %1: Systemet tilbyr ikke %n rettigheter: %2. Fjern dem fra linjen, eller legg dem til i systemet først, og importer på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the system does not offer %n access package(s): %2. Remove them from the line, or add them to the system first, and import again.</source>
        <translation>
            <numerusform>Linje %1: Systemet tilbyr ikke %n tilgangspakke: %2. Fjern den fra linjen, eller legg den til i systemet først, og importer på nytt.</numerusform>
            <numerusform>Linje %1: Systemet tilbyr ikke %n tilgangspakker: %2. Fjern dem fra linjen, eller legg dem til i systemet først, og importer på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>new customers, customers already in the list, rows with errors</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list</source>
        <translation>
            <numerusform>%n finnes allerede i listen</numerusform>
            <numerusform>%n finnes allerede i listen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n med feil</numerusform>
            <numerusform>%n med feil</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheter</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakker</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 med byte-rekkefølgemerke (BOM)</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>innlimt tekst</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>none (one column)</source>
        <translation>ingen (én kolonne)</translation>
    </message>
    <message>
        <source>Line %1: %2 Correct it in the spreadsheet and import again.</source>
        <translation>Linje %1: %2 Rett feilen i regnearket, og importer på nytt.</translation>
    </message>
</context>
<context>
    <name>CustomerMessageSection</name>
    <message>
        <source>Message for the customer</source>
        <translation>Melding til kunden</translation>
    </message>
    <message>
        <source>A ready-made message in the customer&apos;s language: who must approve, what is asked for and what happens next. You can edit it before sending.</source>
        <translation>En ferdig melding på språket til kunden: hvem som må godkjenne, hva det bes om, og hva som skjer videre. Du kan endre meldingen før du sender den.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Språket i meldingen</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>Subject of the message</source>
        <translation>Emnet for meldingen</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message>
        <source>Co&amp;py message</source>
        <translation>Kop&amp;ier meldingen</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Kopier meldingen</translation>
    </message>
    <message>
        <source>Open in e-ma&amp;il</source>
        <translation>Åpne i e-&amp;post</translation>
    </message>
    <message>
        <source>Open the message in the e-mail program</source>
        <translation>Åpne meldingen i e-postprogrammet</translation>
    </message>
</context>
<context>
    <name>CustomerRequestPage</name>
    <message>
        <source>Ask the customer for access</source>
        <translation>Be kunden om tilgang</translation>
    </message>
    <message>
        <source>Send a system user request to a customer. Altinn makes an approval link for the customer; nothing changes at the customer until someone there approves it.</source>
        <translation>Send en forespørsel om systembruker til en kunde. Altinn lager en godkjenningslenke til kunden; ingenting endres hos kunden før noen der godkjenner forespørselen.</translation>
    </message>
    <message>
        <source>The earlier request to %1 was deleted. Check what to ask for, then send the request again.</source>
        <translation>Den forrige forespørselen til %1 ble slettet. Sjekk hva du ber om, og send forespørselen på nytt.</translation>
    </message>
    <message>
        <source>There is no connection to Altinn yet (the sandbox may still be starting).</source>
        <translation>Det er ingen tilkobling til Altinn ennå (sandkassen holder kanskje fortsatt på å starte).</translation>
    </message>
    <message>
        <source>send a system user request for “%1” to organisation %2</source>
        <translation>sende en forespørsel om systembruker for «%1» til organisasjonen %2</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Sender forespørselen…</translation>
    </message>
    <message>
        <source>delete the earlier request to organisation %1 and send a new one</source>
        <translation>slette den forrige forespørselen til organisasjonen %1 og sende en ny</translation>
    </message>
    <message>
        <source>Deleting the earlier request…</source>
        <translation>Sletter den forrige forespørselen…</translation>
    </message>
    <message>
        <source>Sending the change request…</source>
        <translation>Sender endringsforespørselen…</translation>
    </message>
    <message>
        <source>The customer&apos;s system user could not be found. Send the request again to look for it once more.</source>
        <translation>Systembrukeren til kunden ble ikke funnet. Send forespørselen på nytt for å lete etter den én gang til.</translation>
    </message>
    <message>
        <source>send a change request to organisation %1</source>
        <translation>sende en endringsforespørsel til organisasjonen %1</translation>
    </message>
    <message>
        <source>Ask the customer for a change</source>
        <translation>Be kunden om en endring</translation>
    </message>
    <message>
        <source>The customer approves the change in Altinn; until then the system user keeps what it has.</source>
        <translation>Kunden godkjenner endringen i Altinn; fram til da beholder systembrukeren det den har.</translation>
    </message>
</context>
<context>
    <name>CustomerStateFilter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) — %1</source>
        <translation>
            <numerusform>%n kunde — %1</numerusform>
            <numerusform>%n kunder — %1</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All customers (%1)</source>
        <translation>Alle kunder (%1)</translation>
    </message>
    <message>
        <source>Show customers in state</source>
        <translation>Vis kunder med status</translation>
    </message>
</context>
<context>
    <name>CustomerStates</name>
    <message>
        <source>Not asked yet</source>
        <translation>Ikke spurt ennå</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Venter på kunden</translation>
    </message>
    <message>
        <source>Waiting too long (over 180 days)</source>
        <translation>Har ventet for lenge (over 180 dager)</translation>
    </message>
    <message>
        <source>Approved: system user is live</source>
        <translation>Godkjent: Systembrukeren er i bruk</translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation>Avvist av kunden</translation>
    </message>
    <message>
        <source>System user deleted by the customer</source>
        <translation>Systembruker slettet av kunden</translation>
    </message>
    <message>
        <source>Change waiting for the customer</source>
        <translation>Endring venter på kunden</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Sendingen mislyktes</translation>
    </message>
    <message>
        <source>Send a request</source>
        <translation>Send en forespørsel</translation>
    </message>
    <message>
        <source>Send the approval link to the customer</source>
        <translation>Send godkjenningslenken til kunden</translation>
    </message>
    <message>
        <source>Ask again with a new request</source>
        <translation>Spør på nytt med en ny forespørsel</translation>
    </message>
    <message>
        <source>Test a system user token</source>
        <translation>Test et systembrukertoken</translation>
    </message>
    <message>
        <source>Send the change link to the customer</source>
        <translation>Send lenken til endringsforespørselen til kunden</translation>
    </message>
</context>
<context>
    <name>CustomersHeading</name>
    <message>
        <source>System id: %1</source>
        <translation>System-ID: %1</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Status endret</translation>
    </message>
    <message>
        <source>Request created</source>
        <translation>Forespørsel opprettet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>CustomersRefresher</name>
    <message>
        <source>Comparing the customers with Altinn…</source>
        <translation>Sammenligner kundene med Altinn…</translation>
    </message>
    <message>
        <source>Deleting the request to %1…</source>
        <translation>Sletter forespørselen til %1…</translation>
    </message>
    <message>
        <source>Deleted the request to %1.</source>
        <translation>Slettet forespørselen til %1.</translation>
    </message>
    <message>
        <source>deleting the request</source>
        <translation>slettingen av forespørselen</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>There is no system for this profile yet. Set up your system first; then its customers, their requests and system users show here.</source>
        <translation>Denne profilen har ikke noe system ennå. Sett opp systemet ditt først; da vises kundene, forespørslene deres og systembrukerne her.</translation>
    </message>
    <message>
        <source>The connection to %1 is not ready: finish the Maskinporten client and key of this profile first.</source>
        <translation>Tilkoblingen til %1 er ikke klar: Gjør ferdig Maskinporten-klienten og nøkkelen for denne profilen først.</translation>
    </message>
    <message>
        <source>&amp;Set up my system</source>
        <translation>&amp;Sett opp systemet mitt</translation>
    </message>
    <message>
        <source>Set up my system</source>
        <translation>Sett opp systemet mitt</translation>
    </message>
    <message>
        <source>Every customer of %1 in %2, and where each one stands.</source>
        <translation>Alle kundene for %1 i %2, og hvor langt hver av dem har kommet.</translation>
    </message>
    <message>
        <source>Set up your system first: customers are asked for a system user of a system.</source>
        <translation>Sett opp systemet ditt først: Kundene blir bedt om en systembruker for et system.</translation>
    </message>
    <message>
        <source>Finish the Maskinporten client and key of this profile first: there is no connection to Altinn yet.</source>
        <translation>Gjør ferdig Maskinporten-klienten og nøkkelen for denne profilen først: Det er ingen tilkobling til Altinn ennå.</translation>
    </message>
    <message>
        <source>The customer list of this system could not be opened.</source>
        <translation>Kundelisten for dette systemet kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>Add customers from a CSV file or from rows pasted from a spreadsheet. Nothing is sent yet.</source>
        <translation>Legg til kunder fra en CSV-fil eller fra rader du limer inn fra et regneark. Ingenting sendes ennå.</translation>
    </message>
    <message>
        <source>Compare the list with Altinn, then send a request to every customer who needs one.</source>
        <translation>Sammenlign listen med Altinn, og send deretter en forespørsel til hver kunde som trenger en.</translation>
    </message>
    <message>
        <source>Save the approval links of waiting customers: a mail-merge file, one e-mail per customer or a printable sheet with QR codes.</source>
        <translation>Lagre godkjenningslenkene til kunder som venter: en flettefil, én e-post per kunde eller et utskriftsark med QR-koder.</translation>
    </message>
    <message>
        <source>After the system gained or lost rights: ask every customer with a system user to approve the change.</source>
        <translation>Etter at systemet har fått eller mistet rettigheter: Be hver kunde med systembruker om å godkjenne endringen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) added to the list</source>
        <translation>
            <numerusform>%1 kunde lagt til i listen</numerusform>
            <numerusform>%1 kunder lagt til i listen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 filled in</source>
        <translation>
            <numerusform>, %1 oppdatert</numerusform>
            <numerusform>, %1 oppdatert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet: Send requests asks them.</source>
        <translation>Ingenting er sendt ennå: Bruk Send forespørsler for å spørre dem.</translation>
    </message>
    <message>
        <source>Many customers at once</source>
        <translation>Mange kunder samtidig</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer kunder…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer kunder</translation>
    </message>
    <message>
        <source>Send re&amp;quests…</source>
        <translation>Send &amp;forespørsler…</translation>
    </message>
    <message>
        <source>Send requests</source>
        <translation>Send forespørsler</translation>
    </message>
    <message>
        <source>E&amp;xport links…</source>
        <translation>Eksporter &amp;lenker…</translation>
    </message>
    <message>
        <source>Export approval links</source>
        <translation>Eksporter godkjenningslenker</translation>
    </message>
    <message>
        <source>C&amp;hange campaign…</source>
        <translation>En&amp;dringskampanje…</translation>
    </message>
    <message>
        <source>Change campaign</source>
        <translation>Endringskampanje</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Customers of %1</source>
        <translation>Kundene til %1</translation>
    </message>
    <message>
        <source>Choose a system to see its customers.</source>
        <translation>Velg et system for å se kundene.</translation>
    </message>
    <message>
        <source>Nothing could be loaded. See the message above.</source>
        <translation>Ingenting kunne hentes. Se meldingen ovenfor.</translation>
    </message>
    <message>
        <source>No customers match the filter.</source>
        <translation>Ingen kunder passer med filteret.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Filtrer kunder</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Last compared with Altinn: %1</source>
        <translation>Sist sammenlignet med Altinn: %1</translation>
    </message>
    <message>
        <source>Not compared with Altinn yet</source>
        <translation>Ikke sammenlignet med Altinn ennå</translation>
    </message>
    <message>
        <source>Comparing with Altinn…</source>
        <translation>Sammenligner med Altinn…</translation>
    </message>
    <message>
        <source>No customers yet for this system — onboard a customer to send the first request.</source>
        <translation>Ingen kunder ennå for dette systemet — koble på en kunde for å sende den første forespørselen.</translation>
    </message>
    <message>
        <source>Filter by organisation number, name, reference or note</source>
        <translation>Filtrer etter organisasjonsnummer, navn, referanse eller notat</translation>
    </message>
    <message>
        <source>Customers and their states</source>
        <translation>Kundene og statusen deres</translation>
    </message>
    <message>
        <source>Compare every customer with Altinn (%1)</source>
        <translation>Sammenlign alle kundene med Altinn (%1)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln shown)</source>
        <translation>
            <numerusform>(%Ln vises)</numerusform>
            <numerusform>(%Ln vises)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting more than</source>
        <translation>Har ventet mer enn</translation>
    </message>
    <message>
        <source>Show only customers who have had a request to approve for longer than this</source>
        <translation>Vis bare kunder som har hatt en forespørsel til godkjenning lenger enn dette</translation>
    </message>
    <message>
        <source>Show only customers waiting more than a number of days</source>
        <translation>Vis bare kunder som har ventet mer enn et visst antall dager</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Dager med venting</translation>
    </message>
</context>
<context>
    <name>DefinitionDiffModel</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System-ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheter</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakker</translation>
    </message>
    <message>
        <source>Maskinporten client ids</source>
        <translation>Klient-ID-er i Maskinporten</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Omdirigeringsadresser</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Synlig i Altinn</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Norwegian Bokmål (nb)</source>
        <translation>Norsk bokmål (nb)</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk (nn)</source>
        <translation>Norsk nynorsk (nn)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Engelsk (en)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Inkludert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Item or language</source>
        <translation>Element eller språk</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Registered now</source>
        <translation>Registrert nå</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Utkastet ditt</translation>
    </message>
</context>
<context>
    <name>DefinitionFile</name>
    <message>
        <source>Could not open %1: %2. Nothing was changed.</source>
        <translation>Kunne ikke åpne %1: %2. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 is too large to be a system definition. Nothing was changed.</source>
        <translation>%1 er for stor til å være en systemdefinisjon. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 ble ikke importert: %2 Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or file name.</source>
        <translation>Kunne ikke lagre %1: %2. Velg en annen mappe eller et annet filnavn.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importerte %1.</translation>
    </message>
    <message>
        <source>Imported %1. It was made for organisation %2; the id and vendor now use your organisation %3.</source>
        <translation>Importerte %1. Definisjonen ble laget for organisasjonen %2; ID-en og leverandøren bruker nå organisasjonen din, %3.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Lagret som %1.</translation>
    </message>
    <message numerus="yes">
        <source>It still has %n error(s); fix them before the system is registered.</source>
        <translation>
            <numerusform>Definisjonen har fortsatt %n feil; rett den før systemet registreres.</numerusform>
            <numerusform>Definisjonen har fortsatt %n feil; rett dem før systemet registreres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoActionRunner</name>
    <message>
        <source>This step took too long. Look at the page for what happened, then try again.</source>
        <translation>Dette steget tok for lang tid. Se på siden hva som skjedde, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>DemoConductor</name>
    <message>
        <source>Reset the demo?</source>
        <translation>Tilbakestille demoen?</translation>
    </message>
    <message>
        <source>The built-in sandbox can only be cleared as a whole: every system, request, system user and Maskinporten client in it is removed, not only the demo&apos;s. The demo profile is removed too. Your other profiles stay.</source>
        <translation>Den innebygde sandkassen kan bare tømmes i sin helhet: alle systemer, forespørsler, systembrukere og Maskinporten-klienter i den blir fjernet, ikke bare de fra demoen. Demoprofilen blir også fjernet. De andre profilene dine blir værende.</translation>
    </message>
    <message>
        <source>Clear the sandbox</source>
        <translation>Tøm sandkassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>DemoNarrationPanel</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Steg %1 av %2: %3</translation>
    </message>
    <message>
        <source>Press Next step to do this step, or Play to let the demo run.</source>
        <translation>Trykk på Neste steg for å utføre dette steget, eller på Spill av for å la demoen gå av seg selv.</translation>
    </message>
    <message>
        <source>Working on it: watch the page below.</source>
        <translation>Steget utføres: følg med på siden nedenfor.</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Ferdig. %1</translation>
    </message>
    <message>
        <source>This step failed: %1</source>
        <translation>Dette steget mislyktes: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spill av</translation>
    </message>
    <message>
        <source>Pause the demo</source>
        <translation>Sett demoen på pause</translation>
    </message>
    <message>
        <source>Play the demo</source>
        <translation>Spill av demoen</translation>
    </message>
    <message>
        <source>Guided demo</source>
        <translation>Veiledet demo</translation>
    </message>
    <message>
        <source>What happens now</source>
        <translation>Hva som skjer nå</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>What Altinn or Maskinporten does</source>
        <translation>Hva Altinn eller Maskinporten gjør</translation>
    </message>
    <message>
        <source>What the customer sees</source>
        <translation>Hva kunden ser</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Show the previous step again</source>
        <translation>Vis det forrige steget igjen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Do the next step on its page, then show the result</source>
        <translation>Utfør neste steg på siden det hører til, og vis deretter resultatet</translation>
    </message>
    <message>
        <source>Stop demo</source>
        <translation>Stopp demo</translation>
    </message>
    <message>
        <source>Hide the demo controls; the wizard stays where it is</source>
        <translation>Skjul demokontrollene; veiviseren blir stående der den er</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Tilbakestill demo</translation>
    </message>
    <message>
        <source>Clear the demo&apos;s profile and the built-in sandbox, and start again</source>
        <translation>Fjern demoprofilen, tøm den innebygde sandkassen og start på nytt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Try this step again</source>
        <translation>Prøv dette steget igjen</translation>
    </message>
</context>
<context>
    <name>DemoReset</name>
    <message>
        <source>The built-in sandbox is not running, so it cannot be cleared.</source>
        <translation>Den innebygde sandkassen kjører ikke, så den kan ikke tømmes.</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>Guided demo</source>
        <translation>Veiledet demo</translation>
    </message>
    <message>
        <source>Organisation and environment</source>
        <translation>Organisasjon og miljø</translation>
    </message>
    <message>
        <source>We say who we are: the demo vendor, organisation number %1, in the built-in sandbox.</source>
        <translation>Vi forteller hvem vi er: demoleverandøren med organisasjonsnummer %1, i den innebygde sandkassen.</translation>
    </message>
    <message>
        <source>A profile ties one organisation to one environment. Keys, clients and systems belong to it.</source>
        <translation>En profil knytter én organisasjon til ett miljø. Nøkler, klienter og systemer hører til profilen.</translation>
    </message>
    <message>
        <source>Nothing is sent yet. The sandbox names the organisation from its copy of the register.</source>
        <translation>Ingenting er sendt ennå. Sandkassen henter navnet på organisasjonen fra sin kopi av Enhetsregisteret.</translation>
    </message>
    <message>
        <source>Nothing yet. The customer first hears from us in step 5.</source>
        <translation>Ingenting ennå. Kunden hører fra oss først i steg 5.</translation>
    </message>
    <message>
        <source>Maskinporten client and key</source>
        <translation>Maskinporten-klient og nøkkel</translation>
    </message>
    <message>
        <source>The wizard makes a key pair and registers the public key as a Maskinporten client.</source>
        <translation>Veiviseren lager et nøkkelpar og registrerer en Maskinporten-klient med den offentlige nøkkelen.</translation>
    </message>
    <message>
        <source>Maskinporten must know our system before it gives it tokens. The key proves that a call comes from us.</source>
        <translation>Maskinporten må kjenne systemet vårt før systemet kan få tokener. Nøkkelen beviser at et kall kommer fra oss.</translation>
    </message>
    <message>
        <source>Maskinporten stores the client with its public key and scopes. The private key never leaves this computer; in the demo it is kept in memory for this run only.</source>
        <translation>Maskinporten lagrer klienten med den offentlige nøkkelen og scopene. Den private nøkkelen forlater aldri denne datamaskinen; i demoen ligger den bare i minnet, og bare for denne økten.</translation>
    </message>
    <message>
        <source>Nothing. This is between the vendor and Maskinporten.</source>
        <translation>Ingenting. Dette skjer mellom leverandøren og Maskinporten.</translation>
    </message>
    <message>
        <source>System definition</source>
        <translation>Systemdefinisjon</translation>
    </message>
    <message>
        <source>We describe the system: its name and description in Bokmål, Nynorsk and English, the right it needs and where customers return after approving.</source>
        <translation>Vi beskriver systemet: navn og beskrivelse på bokmål, nynorsk og engelsk, rettigheten det trenger, og hvor kundene kommer tilbake etter at de har godkjent.</translation>
    </message>
    <message>
        <source>The customer sees exactly these texts and rights when asked to approve.</source>
        <translation>Kunden får se nøyaktig disse tekstene og rettighetene når forespørselen skal godkjennes.</translation>
    </message>
    <message>
        <source>Nothing is sent yet. The wizard checks the definition against Altinn&apos;s rules as it is filled in.</source>
        <translation>Ingenting er sendt ennå. Veiviseren sjekker definisjonen mot reglene i Altinn underveis mens den fylles ut.</translation>
    </message>
    <message>
        <source>Later, the name and description shown here, in their own language.</source>
        <translation>Senere ser kunden navnet og beskrivelsen herfra, på sitt eget språk.</translation>
    </message>
    <message>
        <source>Publish to the system register</source>
        <translation>Publiser i systemregisteret</translation>
    </message>
    <message>
        <source>The system is registered in Altinn&apos;s system register.</source>
        <translation>Systemet registreres i systemregisteret i Altinn.</translation>
    </message>
    <message>
        <source>Altinn accepts requests only for systems it knows, and only from the vendor that owns them.</source>
        <translation>Altinn godtar bare forespørsler for systemer det kjenner, og bare fra leverandøren som eier dem.</translation>
    </message>
    <message>
        <source>The wizard gets a token from Maskinporten and sends the definition. Altinn checks it, stores it, and the receipt is read back.</source>
        <translation>Veiviseren henter et token fra Maskinporten og sender definisjonen. Altinn sjekker og lagrer den, og kvitteringen leses tilbake.</translation>
    </message>
    <message>
        <source>Nothing yet. The system can now be requested.</source>
        <translation>Ingenting ennå. Nå kan kunder bli bedt om en systembruker for systemet.</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>Forespørsel til kunde</translation>
    </message>
    <message>
        <source>We ask the customer, organisation %1, for a system user with the system&apos;s right.</source>
        <translation>Vi ber kunden, organisasjon %1, om en systembruker med rettigheten til systemet.</translation>
    </message>
    <message>
        <source>A system user lets our system act for the customer, but only once the customer says yes.</source>
        <translation>Med en systembruker kan systemet vårt handle på vegne av kunden, men først når kunden har sagt ja.</translation>
    </message>
    <message>
        <source>Altinn stores the request as waiting and answers with an approval link for the customer.</source>
        <translation>Altinn lagrer forespørselen som ventende og svarer med en godkjenningslenke til kunden.</translation>
    </message>
    <message>
        <source>Nothing until we pass on the link. Then a page in Altinn that names our system and what it may do.</source>
        <translation>Ingenting før vi sender lenken videre. Da får kunden en side i Altinn som viser systemet vårt og hva det får gjøre.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>The link and QR code go to the customer. In the sandbox the customer&apos;s access manager approves at once.</source>
        <translation>Lenken og QR-koden går til kunden. I sandkassen godkjenner tilgangsstyreren hos kunden med en gang.</translation>
    </message>
    <message>
        <source>Only a person with the right role at the customer may give a system user rights.</source>
        <translation>Bare en person med riktig rolle hos kunden kan gi en systembruker rettigheter.</translation>
    </message>
    <message>
        <source>Altinn checks that the approver may give the right, creates the system user and marks the request approved. The wizard sees the new status.</source>
        <translation>Altinn sjekker at den som godkjenner, kan gi rettigheten, oppretter systembrukeren og merker forespørselen som godkjent. Veiviseren ser den nye statusen.</translation>
    </message>
    <message>
        <source>They log in to Altinn, read what the system may do and press Approve.</source>
        <translation>Kunden logger inn i Altinn, leser hva systemet får gjøre, og trykker på Godkjenn.</translation>
    </message>
    <message>
        <source>System user token</source>
        <translation>Systembrukertoken</translation>
    </message>
    <message>
        <source>Our system asks Maskinporten for a token for the customer, as it will every day.</source>
        <translation>Systemet vårt ber Maskinporten om et token for kunden, slik det kommer til å gjøre hver dag.</translation>
    </message>
    <message>
        <source>This proves that the system user works before the system goes live.</source>
        <translation>Dette viser at systembrukeren virker før systemet tas i bruk.</translation>
    </message>
    <message>
        <source>Maskinporten checks our key, asks Altinn whether the customer has a system user for our system, and issues a token naming the customer. This page can also create an instance of the annual accounts app with it.</source>
        <translation>Maskinporten sjekker nøkkelen vår, spør Altinn om kunden har en systembruker for systemet vårt, og utsteder et token som viser hvilken kunde det gjelder. Med tokenet kan denne siden også opprette en instans av årsregnskapsappen.</translation>
    </message>
    <message>
        <source>Nothing new: the system now works for them, within the rights they approved.</source>
        <translation>Ingenting nytt: systemet jobber nå for kunden, innenfor rettighetene kunden godkjente.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>The summary lists what was done: the system, the customer&apos;s approval and the token test.</source>
        <translation>Oppsummeringen viser hva som ble gjort: systemet, godkjenningen fra kunden og tokentesten.</translation>
    </message>
    <message>
        <source>The vendor keeps a record and sees what is left to do for the next customer.</source>
        <translation>Leverandøren har en oversikt og ser hva som gjenstår for neste kunde.</translation>
    </message>
    <message>
        <source>The wizard reads the statuses of the request and the system user back from Altinn.</source>
        <translation>Veiviseren henter statusen til forespørselen og systembrukeren fra Altinn.</translation>
    </message>
    <message>
        <source>In Altinn they see the system user and can remove it at any time.</source>
        <translation>I Altinn ser kunden systembrukeren og kan fjerne den når som helst.</translation>
    </message>
</context>
<context>
    <name>DemoSteps</name>
    <message>
        <source>The demo vendor is filled in. Next saves the profile.</source>
        <translation>Demoleverandøren er fylt inn. Neste lagrer profilen.</translation>
    </message>
    <message>
        <source>Key %1 made for this run and Maskinporten client %2 registered.</source>
        <translation>Nøkkelen %1 er laget for denne økten, og Maskinporten-klienten %2 er registrert.</translation>
    </message>
    <message>
        <source>The system %1 is described, with no problems found.</source>
        <translation>Systemet %1 er beskrevet, og ingen problemer ble funnet.</translation>
    </message>
    <message>
        <source>The system is registered in Altinn; the receipt shows what Altinn stored.</source>
        <translation>Systemet er registrert i Altinn; kvitteringen viser hva Altinn lagret.</translation>
    </message>
    <message>
        <source>The request is sent and waits for the customer; the approval link is ready.</source>
        <translation>Forespørselen er sendt og venter på kunden; godkjenningslenken er klar.</translation>
    </message>
    <message>
        <source>The customer approved: they now have a system user for the demo system.</source>
        <translation>Kunden har godkjent og har nå en systembruker for demosystemet.</translation>
    </message>
    <message>
        <source>Maskinporten issued a system user token for customer %1.</source>
        <translation>Maskinporten utstedte et systembrukertoken for kunden %1.</translation>
    </message>
    <message>
        <source>The demo is complete. Reset demo clears it for the next audience.</source>
        <translation>Demoen er ferdig. Tilbakestill demo gjør alt klart for neste publikum.</translation>
    </message>
</context>
<context>
    <name>DetailsPart</name>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Vis detaljene</translation>
    </message>
    <message>
        <source>The code, the trace id and the server&apos;s own answer, for support.</source>
        <translation>Koden, sporings-ID-en og svaret fra serveren, til brukerstøtten.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Your draft could not be saved in %1 (%2). Check that the disk is not full and that you may write there; your input stays on screen.</source>
        <translation>Utkastet ditt kunne ikke lagres i %1 (%2). Sjekk at disken ikke er full, og at du har lov til å skrive der; det du har fylt inn, blir stående på skjermen.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>mappen kan ikke opprettes</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Sandbox (built in)</source>
        <translation>Sandkasse (innebygd)</translation>
    </message>
    <message>
        <source>TT02 (test)</source>
        <translation>TT02 (test)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Egendefinert (%1)</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUKSJON</translation>
    </message>
    <message>
        <source>Altinn&apos;s production environment: changes affect real customers and are confirmed before they are sent.</source>
        <translation>Produksjonsmiljøet i Altinn: Endringer påvirker ekte kunder og må bekreftes før de sendes.</translation>
    </message>
    <message>
        <source>TT02 (test)</source>
        <translation>TT02 (test)</translation>
    </message>
    <message>
        <source>Altinn&apos;s test environment, with synthetic organisations.</source>
        <translation>Testmiljøet i Altinn, med syntetiske organisasjoner.</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Egendefinert: %1</translation>
    </message>
    <message>
        <source>A server you chose: %1</source>
        <translation>En server du har valgt: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox imitates Altinn and Maskinporten on this computer. Everything you do here stays on this computer: nothing is sent to Altinn or Maskinporten, and no real customer sees it.</source>
        <translation>Den innebygde sandkassen etterligner Altinn og Maskinporten på denne datamaskinen. Alt du gjør her, blir på denne datamaskinen: ingenting sendes til Altinn eller Maskinporten, og ingen ekte kunder ser det.</translation>
    </message>
    <message>
        <source>Sandbox — stays on this computer</source>
        <translation>Sandkasse — blir på maskinen</translation>
    </message>
    <message>
        <source>The sandbox answers at %1.</source>
        <translation>Sandkassen svarer på %1.</translation>
    </message>
    <message>
        <source>Sandbox: starting…</source>
        <translation>Sandkasse: starter…</translation>
    </message>
    <message>
        <source>Sandbox not available</source>
        <translation>Sandkassen er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1 Restart the wizard; if it happens again, another program may be using the port.</source>
        <translation>Den innebygde sandkassen startet ikke: %1 Start veiviseren på nytt; hvis det skjer igjen, bruker kanskje et annet program porten.</translation>
    </message>
    <message>
        <source>It starts when a task first needs it.</source>
        <translation>Den starter når en oppgave først trenger den.</translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>Altinn could not finish giving the rights to the system user.</source>
        <translation>Altinn klarte ikke å fullføre tildelingen av rettighetene til systembrukeren.</translation>
    </message>
    <message>
        <source>Altinn had an internal error.</source>
        <translation>Det oppstod en intern feil i Altinn.</translation>
    </message>
    <message>
        <source>The request was approved on behalf of another organisation than the one it was sent to.</source>
        <translation>Forespørselen ble godkjent på vegne av en annen organisasjon enn organisasjonen den ble sendt til.</translation>
    </message>
    <message>
        <source>The customer must approve while acting on behalf of the organisation the request was sent to.</source>
        <translation>Kunden må godkjenne på vegne av organisasjonen som forespørselen ble sendt til.</translation>
    </message>
    <message>
        <source>Delete the earlier request, then send a new one. Talk to the customer first if you do not know why.</source>
        <translation>Slett den forrige forespørselen, og send en ny. Snakk med kunden først hvis du ikke vet hvorfor.</translation>
    </message>
    <message>
        <source>The vendor ID is not written the way Altinn expects.</source>
        <translation>Leverandør-ID-en er ikke skrevet slik Altinn forventer.</translation>
    </message>
    <message>
        <source>Write the vendor ID as &quot;0192:&quot; followed by your 9-digit organisation number.</source>
        <translation>Skriv leverandør-ID-en som &quot;0192:&quot; fulgt av det 9-sifrede organisasjonsnummeret ditt.</translation>
    </message>
    <message>
        <source>The system id does not start with your organisation number and an underscore.</source>
        <translation>System-ID-en begynner ikke med organisasjonsnummeret ditt og en understrek.</translation>
    </message>
    <message>
        <source>Change the system id to your organisation number, an underscore and a name, e.g. 991825827_myproduct.</source>
        <translation>Endre system-ID-en til organisasjonsnummeret ditt, en understrek og et navn, f.eks. 991825827_myproduct.</translation>
    </message>
    <message>
        <source>A system with this id is already registered.</source>
        <translation>Et system med denne ID-en er allerede registrert.</translation>
    </message>
    <message>
        <source>Choose another system id, or open the registered system and update it instead.</source>
        <translation>Velg en annen system-ID, eller åpne det registrerte systemet og oppdater det i stedet.</translation>
    </message>
    <message>
        <source>One or more rights name a service Altinn does not know.</source>
        <translation>En eller flere rettigheter viser til en tjeneste som Altinn ikke kjenner.</translation>
    </message>
    <message>
        <source>Remove those rights, or choose the services again from the service list of this environment.</source>
        <translation>Fjern disse rettighetene, eller velg tjenestene på nytt fra tjenestelisten i dette miljøet.</translation>
    </message>
    <message>
        <source>A Maskinporten client id is already used by another system.</source>
        <translation>En klient-ID fra Maskinporten brukes allerede av et annet system.</translation>
    </message>
    <message>
        <source>A Maskinporten client can belong to one system only. Create a new client for this system, or remove the client id from the other system first.</source>
        <translation>En Maskinporten-klient kan bare høre til ett system. Opprett en ny klient for dette systemet, eller fjern klient-ID-en fra det andre systemet først.</translation>
    </message>
    <message>
        <source>A redirect URL is not a valid address.</source>
        <translation>En omdirigeringsadresse er ikke en gyldig adresse.</translation>
    </message>
    <message>
        <source>Write each redirect URL as a full address starting with https://.</source>
        <translation>Skriv hver omdirigeringsadresse som en fullstendig adresse som begynner med https://.</translation>
    </message>
    <message>
        <source>The same right is listed more than once.</source>
        <translation>Den samme rettigheten står mer enn én gang.</translation>
    </message>
    <message>
        <source>Remove the duplicate rights.</source>
        <translation>Fjern de dupliserte rettighetene.</translation>
    </message>
    <message>
        <source>The same access package is listed more than once.</source>
        <translation>Den samme tilgangspakken står mer enn én gang.</translation>
    </message>
    <message>
        <source>Remove the duplicate access packages.</source>
        <translation>Fjern de dupliserte tilgangspakkene.</translation>
    </message>
    <message>
        <source>One or more access packages do not exist or cannot be given to any system user.</source>
        <translation>En eller flere tilgangspakker finnes ikke eller kan ikke gis til noen systembruker.</translation>
    </message>
    <message>
        <source>Remove those packages, or choose them again from the package list.</source>
        <translation>Fjern disse pakkene, eller velg dem på nytt fra pakkelisten.</translation>
    </message>
    <message>
        <source>A right is written in the wrong form.</source>
        <translation>En rettighet er skrevet på feil form.</translation>
    </message>
    <message>
        <source>Choose the service again from the service list (the attribute must be urn:altinn:resource).</source>
        <translation>Velg tjenesten på nytt fra tjenestelisten (attributtet må være urn:altinn:resource).</translation>
    </message>
    <message>
        <source>The same Maskinporten client id is listed more than once.</source>
        <translation>Den samme klient-ID-en fra Maskinporten står mer enn én gang.</translation>
    </message>
    <message>
        <source>Remove the duplicate client id.</source>
        <translation>Fjern den dupliserte klient-ID-en.</translation>
    </message>
    <message>
        <source>The system id cannot be changed once the system is registered.</source>
        <translation>System-ID-en kan ikke endres etter at systemet er registrert.</translation>
    </message>
    <message>
        <source>Keep the original system id, or register a new system with the new id.</source>
        <translation>Behold den opprinnelige system-ID-en, eller registrer et nytt system med den nye ID-en.</translation>
    </message>
    <message>
        <source>The system id contains spaces.</source>
        <translation>System-ID-en inneholder mellomrom.</translation>
    </message>
    <message>
        <source>Remove the spaces, or use &apos;-&apos; or &apos;_&apos; between words.</source>
        <translation>Fjern mellomrommene, eller bruk &apos;-&apos; eller &apos;_&apos; mellom ordene.</translation>
    </message>
    <message>
        <source>The agent system user was not given or was not found.</source>
        <translation>Klientsystembrukeren ble ikke oppgitt eller ble ikke funnet.</translation>
    </message>
    <message>
        <source>Choose an existing agent system user, then try again.</source>
        <translation>Velg en eksisterende klientsystembruker, og prøv igjen.</translation>
    </message>
    <message>
        <source>This system user is a standard system user, so it cannot have clients.</source>
        <translation>Denne systembrukeren er en standard systembruker, så den kan ikke ha klienter.</translation>
    </message>
    <message>
        <source>Use an agent system user for client relationships.</source>
        <translation>Bruk en klientsystembruker for klientforhold.</translation>
    </message>
    <message>
        <source>The client was not given or is not valid.</source>
        <translation>Klienten ble ikke oppgitt eller er ikke gyldig.</translation>
    </message>
    <message>
        <source>Choose the client again, then try again.</source>
        <translation>Velg klienten på nytt, og prøv igjen.</translation>
    </message>
    <message>
        <source>One or more rights name a kind of service that cannot be given to a system user.</source>
        <translation>En eller flere rettigheter viser til en type tjeneste som ikke kan gis til en systembruker.</translation>
    </message>
    <message>
        <source>Remove those rights. Maskinporten schemes, Altinn 2 services and consent resources cannot be used.</source>
        <translation>Fjern disse rettighetene. Maskinporten-skjemaer, Altinn 2-tjenester og samtykkeressurser kan ikke brukes.</translation>
    </message>
    <message>
        <source>A system shown to customers in Altinn cannot include client-relationship packages (such as the accountant or auditor packages).</source>
        <translation>Et system som vises for kunder i Altinn, kan ikke inneholde tilgangspakker for klientforhold (som regnskapsfører- eller revisorpakkene).</translation>
    </message>
    <message>
        <source>Remove those packages, or make the system hidden in Altinn&apos;s list of systems.</source>
        <translation>Fjern disse pakkene, eller skjul systemet i systemlisten i Altinn.</translation>
    </message>
    <message>
        <source>Altinn does not know the customer&apos;s organisation number.</source>
        <translation>Altinn kjenner ikke organisasjonsnummeret til kunden.</translation>
    </message>
    <message>
        <source>Check the organisation number with the customer. It must be registered in the Central Coordinating Register for Legal Entities (Enhetsregisteret).</source>
        <translation>Sjekk organisasjonsnummeret med kunden. Det må være registrert i Enhetsregisteret.</translation>
    </message>
    <message>
        <source>One or more of the rights asked for are not part of the system, or cannot be given.</source>
        <translation>En eller flere av rettighetene det bes om, er ikke en del av systemet eller kan ikke gis.</translation>
    </message>
    <message>
        <source>Ask only for rights the system definition includes, or add them to the system first.</source>
        <translation>Be bare om rettigheter som systemdefinisjonen inneholder, eller legg dem til i systemet først.</translation>
    </message>
    <message>
        <source>This customer already has a system user for this system.</source>
        <translation>Denne kunden har allerede en systembruker for dette systemet.</translation>
    </message>
    <message>
        <source>Use a change request to add rights to the existing system user.</source>
        <translation>Bruk en endringsforespørsel for å legge til rettigheter på den eksisterende systembrukeren.</translation>
    </message>
    <message>
        <source>The customer has already accepted a request for this system with this external reference.</source>
        <translation>Kunden har allerede godkjent en forespørsel for dette systemet med denne eksterne referansen.</translation>
    </message>
    <message>
        <source>The system user exists. Use a change request to add rights to it.</source>
        <translation>Systembrukeren finnes. Bruk en endringsforespørsel for å legge til rettigheter på den.</translation>
    </message>
    <message>
        <source>A request for this system, customer and external reference is still waiting for the customer.</source>
        <translation>En forespørsel for dette systemet, denne kunden og denne eksterne referansen venter fortsatt på kunden.</translation>
    </message>
    <message>
        <source>Send the customer the link of the waiting request again, or delete it to ask again with other rights.</source>
        <translation>Send kunden lenken til den ventende forespørselen på nytt, eller slett forespørselen for å be om andre rettigheter.</translation>
    </message>
    <message>
        <source>The customer turned down an earlier request for this system with this external reference.</source>
        <translation>Kunden har avslått en tidligere forespørsel for dette systemet med denne eksterne referansen.</translation>
    </message>
    <message>
        <source>The customer rejected an earlier request for this system with this external reference.</source>
        <translation>Kunden har avvist en tidligere forespørsel for dette systemet med denne eksterne referansen.</translation>
    </message>
    <message>
        <source>Altinn has no request with this id.</source>
        <translation>Altinn har ingen forespørsel med denne ID-en.</translation>
    </message>
    <message>
        <source>It may have been deleted, or it belongs to another environment. Check the id, or create a new request.</source>
        <translation>Forespørselen kan være slettet eller høre til et annet miljø. Sjekk ID-en, eller opprett en ny forespørsel.</translation>
    </message>
    <message>
        <source>Altinn has no system with this id that belongs to your organisation.</source>
        <translation>Altinn har ikke noe system med denne ID-en som hører til organisasjonen din.</translation>
    </message>
    <message>
        <source>Check the system id. If it is right, register the system in this environment first.</source>
        <translation>Sjekk system-ID-en. Hvis den er riktig, må du først registrere systemet i dette miljøet.</translation>
    </message>
    <message>
        <source>Altinn could not store the request.</source>
        <translation>Altinn klarte ikke å lagre forespørselen.</translation>
    </message>
    <message>
        <source>The request has already been answered.</source>
        <translation>Forespørselen er allerede besvart.</translation>
    </message>
    <message>
        <source>Open the request again to see its status.</source>
        <translation>Åpne forespørselen på nytt for å se statusen.</translation>
    </message>
    <message>
        <source>Altinn has no system user with this id.</source>
        <translation>Altinn har ingen systembruker med denne ID-en.</translation>
    </message>
    <message>
        <source>The customer may have deleted it. Check the id, or send a new request to the customer.</source>
        <translation>Kunden kan ha slettet systembrukeren. Sjekk ID-en, eller send en ny forespørsel til kunden.</translation>
    </message>
    <message>
        <source>The redirect URL is not one of the addresses the system allows.</source>
        <translation>Omdirigeringsadresse-en er ikke en av adressene systemet tillater.</translation>
    </message>
    <message>
        <source>Add the address to the system&apos;s redirect URLs, or use one of the addresses already there.</source>
        <translation>Legg til adressen i omdirigeringsadressene til systemet, eller bruk en av adressene som allerede står der.</translation>
    </message>
    <message>
        <source>Altinn could not read your organisation number from the token.</source>
        <translation>Altinn klarte ikke å lese organisasjonsnummeret ditt fra tokenet.</translation>
    </message>
    <message>
        <source>Check the connection on the Maskinporten page: the client must belong to your organisation.</source>
        <translation>Sjekk tilkoblingen på Maskinporten-siden: klienten må høre til organisasjonen din.</translation>
    </message>
    <message>
        <source>The request has a redirect URL, but the system allows none.</source>
        <translation>Forespørselen har en omdirigeringsadresse, men systemet tillater ingen.</translation>
    </message>
    <message>
        <source>Add the address to the system&apos;s redirect URLs, or send the request without a redirect URL.</source>
        <translation>Legg til adressen i omdirigeringsadressene til systemet, eller send forespørselen uten omdirigeringsadresse.</translation>
    </message>
    <message>
        <source>A request for an agent system user needs access packages.</source>
        <translation>En forespørsel om klientsystembruker må ha tilgangspakker.</translation>
    </message>
    <message>
        <source>Choose at least one client-relationship package, such as an accountant package.</source>
        <translation>Velg minst én tilgangspakke for klientforhold, for eksempel en regnskapsførerpakke.</translation>
    </message>
    <message>
        <source>The request asks for no rights and no access packages.</source>
        <translation>Forespørselen ber ikke om noen rettigheter eller tilgangspakker.</translation>
    </message>
    <message>
        <source>Choose at least one right or access package.</source>
        <translation>Velg minst én rettighet eller tilgangspakke.</translation>
    </message>
    <message>
        <source>This change request has already been sent and handled.</source>
        <translation>Denne endringsforespørselen er allerede sendt og behandlet.</translation>
    </message>
    <message>
        <source>Send it again as a new change request; a new correlation id is made for it.</source>
        <translation>Send den på nytt som en ny endringsforespørsel; det lages en ny korrelasjons-ID for den.</translation>
    </message>
    <message>
        <source>One or more access packages are not part of the system.</source>
        <translation>En eller flere tilgangspakker er ikke en del av systemet.</translation>
    </message>
    <message>
        <source>Add the packages to the system definition first, or ask only for the system&apos;s own packages.</source>
        <translation>Legg pakkene til i systemdefinisjonen først, eller be bare om systemets egne pakker.</translation>
    </message>
    <message>
        <source>One or more access packages cannot be given to a standard system user: they are meant for client relationships.</source>
        <translation>En eller flere tilgangspakker kan ikke gis til en standard systembruker: de er ment for klientforhold.</translation>
    </message>
    <message>
        <source>Remove those packages from the system and the request, or ask for them with an agent request.</source>
        <translation>Fjern disse pakkene fra systemet og forespørselen, eller be om dem i en forespørsel om klientsystembruker.</translation>
    </message>
    <message>
        <source>One or more access packages cannot be given to an agent system user: they are not meant for client relationships.</source>
        <translation>En eller flere tilgangspakker kan ikke gis til en klientsystembruker: de er ikke ment for klientforhold.</translation>
    </message>
    <message>
        <source>Ask only for client-relationship packages in an agent request, and ask for the others with a standard request.</source>
        <translation>Be bare om pakker for klientforhold i en forespørsel om klientsystembruker, og be om de andre i en standardforespørsel.</translation>
    </message>
    <message>
        <source>Altinn could not create the system user.</source>
        <translation>Altinn klarte ikke å opprette systembrukeren.</translation>
    </message>
    <message>
        <source>Altinn could not handle the request.</source>
        <translation>Altinn klarte ikke å behandle forespørselen.</translation>
    </message>
    <message>
        <source>The system has no name in Norwegian Bokmål.</source>
        <translation>Systemet har ikke noe navn på bokmål.</translation>
    </message>
    <message>
        <source>Add a Bokmål (nb) name to the system and update it.</source>
        <translation>Legg til et navn på bokmål (nb) for systemet, og oppdater det.</translation>
    </message>
    <message>
        <source>Altinn could not take the rights back.</source>
        <translation>Altinn klarte ikke å trekke tilbake rettighetene.</translation>
    </message>
    <message>
        <source>The system user belongs to another system or another organisation.</source>
        <translation>Systembrukeren hører til et annet system eller en annen organisasjon.</translation>
    </message>
    <message>
        <source>Check that you picked the right system user and the right organisation.</source>
        <translation>Sjekk at du valgte riktig systembruker og riktig organisasjon.</translation>
    </message>
    <message>
        <source>This is not a request for an agent system user.</source>
        <translation>Dette er ikke en forespørsel om klientsystembruker.</translation>
    </message>
    <message>
        <source>Open it as a standard request instead.</source>
        <translation>Åpne den som en standardforespørsel i stedet.</translation>
    </message>
    <message>
        <source>An access package could not be matched to a role in Altinn.</source>
        <translation>En tilgangspakke kunne ikke knyttes til en rolle i Altinn.</translation>
    </message>
    <message>
        <source>The customer was not given.</source>
        <translation>Kunden ble ikke oppgitt.</translation>
    </message>
    <message>
        <source>Choose the customer, then try again.</source>
        <translation>Velg kunden, og prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn has no agent request with this id.</source>
        <translation>Altinn har ingen forespørsel om klientsystembruker med denne ID-en.</translation>
    </message>
    <message>
        <source>It may have been deleted, or it is a standard request. Check the id, or create a new request.</source>
        <translation>Forespørselen kan være slettet, eller den er en standardforespørsel. Sjekk ID-en, eller opprett en ny forespørsel.</translation>
    </message>
    <message>
        <source>Altinn has no system with this id, or it belongs to another vendor.</source>
        <translation>Altinn har ikke noe system med denne ID-en, eller systemet hører til en annen leverandør.</translation>
    </message>
    <message>
        <source>Check the system id and the vendor ID. If they are right, register the system in this environment first.</source>
        <translation>Sjekk system-ID-en og leverandør-ID-en. Hvis de er riktige, må du først registrere systemet i dette miljøet.</translation>
    </message>
    <message>
        <source>The system has been deleted, so it cannot be changed.</source>
        <translation>Systemet er slettet, så det kan ikke endres.</translation>
    </message>
    <message>
        <source>Register the system again under a new system id.</source>
        <translation>Registrer systemet på nytt med en ny system-ID.</translation>
    </message>
    <message>
        <source>Altinn could not update the system.</source>
        <translation>Altinn klarte ikke å oppdatere systemet.</translation>
    </message>
    <message>
        <source>The change request was sent without a valid correlation id.</source>
        <translation>Endringsforespørselen ble sendt uten en gyldig korrelasjons-ID.</translation>
    </message>
    <message>
        <source>This is a fault in the program, not in your input. Send the activity log to support.</source>
        <translation>Dette er en feil i programmet, ikke i det du har skrevet inn. Send aktivitetsloggen til brukerstøtten.</translation>
    </message>
    <message>
        <source>The change request&apos;s correlation id was the same as the system user id.</source>
        <translation>Korrelasjons-ID-en til endringsforespørselen var den samme som ID-en til systembrukeren.</translation>
    </message>
    <message>
        <source>The system&apos;s name or description is missing in Bokmål, Nynorsk or English.</source>
        <translation>Navnet eller beskrivelsen av systemet mangler på bokmål, nynorsk eller engelsk.</translation>
    </message>
    <message>
        <source>Enter the name and description in all three languages.</source>
        <translation>Skriv inn navn og beskrivelse på alle tre språkene.</translation>
    </message>
    <message>
        <source>Vendor ID</source>
        <translation>Leverandør-ID</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheter</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakker</translation>
    </message>
    <message>
        <source>Maskinporten client id</source>
        <translation>Klient-ID i Maskinporten</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Omdirigeringsadresser</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Synlig i Altinn</translation>
    </message>
    <message>
        <source>Customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Omdirigeringsadresse</translation>
    </message>
    <message>
        <source>System user name</source>
        <translation>Navn på systembrukeren</translation>
    </message>
    <message>
        <source>Agent system user</source>
        <translation>Klientsystembruker</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Forespørsel</translation>
    </message>
    <message>
        <source>Message from the server: %1</source>
        <translation>Melding fra serveren: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>Sporings-ID: %1</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>venter på kunden</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godkjent</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvist</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <source>no change needed</source>
        <translation>ingen endring nødvendig</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>An earlier request for this system, customer and external reference was returned (status: %1); no new request was made.</source>
        <translation>En tidligere forespørsel for dette systemet, denne kunden og denne eksterne referansen ble returnert (status: %1); det ble ikke laget noen ny forespørsel.</translation>
    </message>
    <message>
        <source>To ask again with other rights, delete the earlier request and send a new one.</source>
        <translation>For å be om andre rettigheter må du slette den tidligere forespørselen og sende en ny.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Concerns: %1</source>
        <translation>Gjelder: %1</translation>
    </message>
    <message>
        <source>Packages not in the system: %1</source>
        <translation>Pakker som ikke er i systemet: %1</translation>
    </message>
    <message>
        <source>Packages that cannot be given: %1</source>
        <translation>Pakker som ikke kan gis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Altinn found %n problem(s) in what was sent.</source>
        <translation>
            <numerusform>Altinn fant %n problem i det som ble sendt.</numerusform>
            <numerusform>Altinn fant %n problemer i det som ble sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Altinn found problems in what was sent.</source>
        <translation>Altinn fant problemer i det som ble sendt.</translation>
    </message>
    <message>
        <source>Correct the fields listed below, then try again.</source>
        <translation>Rett opp feltene nedenfor, og prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn refused the access token: it has expired or comes from another environment.</source>
        <translation>Altinn avviste tilgangstokenet: det er utløpt eller kommer fra et annet miljø.</translation>
    </message>
    <message>
        <source>Check the connection on the Maskinporten page. The Maskinporten client must be registered in the same environment (test or production) as the one you are working in.</source>
        <translation>Sjekk tilkoblingen på Maskinporten-siden. Maskinporten-klienten må være registrert i samme miljø (test eller produksjon) som det du arbeider i.</translation>
    </message>
    <message>
        <source>The access token lacks the permission (scope) for this call, or the item belongs to another organisation.</source>
        <translation>Tilgangstokenet mangler tillatelsen (scope) for dette kallet, eller elementet hører til en annen organisasjon.</translation>
    </message>
    <message>
        <source>Check on the Maskinporten page that your client has the scopes %1. If one is missing, ask Digdir to grant it to your organisation, then add it to the client.</source>
        <translation>Sjekk på Maskinporten-siden at klienten din har scopene %1. Hvis et scope mangler, be Digdir om å gi det til organisasjonen din, og legg det deretter til på klienten.</translation>
    </message>
    <message>
        <source>Altinn did not find what was asked for.</source>
        <translation>Altinn fant ikke det som ble etterspurt.</translation>
    </message>
    <message>
        <source>Check the id, and that you are working in the right environment (test or production). It may have been deleted.</source>
        <translation>Sjekk ID-en, og at du arbeider i riktig miljø (test eller produksjon). Det kan være slettet.</translation>
    </message>
    <message>
        <source>Altinn is receiving too many requests right now.</source>
        <translation>Altinn mottar for mange forespørsler akkurat nå.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Vent et minutt, og prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn had a problem on its side (HTTP %1).</source>
        <translation>Altinn hadde et problem på sin side (HTTP %1).</translation>
    </message>
    <message>
        <source>Altinn refused the request: %1</source>
        <translation>Altinn avviste forespørselen: %1</translation>
    </message>
    <message>
        <source>Altinn refused the request (HTTP %1).</source>
        <translation>Altinn avviste forespørselen (HTTP %1).</translation>
    </message>
    <message>
        <source>Could not get an access token from Maskinporten.</source>
        <translation>Kunne ikke hente et tilgangstoken fra Maskinporten.</translation>
    </message>
    <message>
        <source>Check the key and the client on the Maskinporten page, then try again.</source>
        <translation>Sjekk nøkkelen og klienten på Maskinporten-siden, og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Fikk ikke kontakt med serveren.</translation>
    </message>
    <message>
        <source>Check your internet connection and any proxy settings, then try again.</source>
        <translation>Sjekk internettilkoblingen og eventuelle proxy-innstillinger, og prøv igjen.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>Den sikre tilkoblingen til serveren kunne ikke bekreftes.</translation>
    </message>
    <message>
        <source>Check that your computer&apos;s clock is right. A proxy or antivirus program that inspects HTTPS traffic can also cause this; ask your IT department.</source>
        <translation>Sjekk at klokken på datamaskinen din går riktig. Et proxy- eller antivirusprogram som inspiserer HTTPS-trafikk, kan også føre til dette; spør IT-avdelingen din.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarte ikke i tide.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Operasjonen ble avbrutt.</translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation>Start operasjonen på nytt når du er klar.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Svaret fra serveren kunne ikke leses.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, send the activity log to support.</source>
        <translation>Prøv igjen. Hvis det fortsetter å skje, send aktivitetsloggen til brukerstøtten.</translation>
    </message>
    <message>
        <source>The request was stopped before it was sent.</source>
        <translation>Forespørselen ble stoppet før den ble sendt.</translation>
    </message>
    <message>
        <source>Check what you entered, then try again.</source>
        <translation>Sjekk det du skrev inn, og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not finish %1. %2</source>
        <comment>operation, then what went wrong</comment>
        <translation>Kunne ikke fullføre %1. %2</translation>
    </message>
    <message>
        <source>The person at the customer who tried to approve cannot give one or more of the rights asked for, so nothing was approved: approval is all-or-nothing. The request is still waiting.</source>
        <translation>Personen hos kunden som prøvde å godkjenne, kan ikke gi én eller flere av rettighetene det bes om, så ingenting ble godkjent: Godkjenningen gjelder alt eller ingenting. Forespørselen venter fortsatt.</translation>
    </message>
    <message>
        <source>The request must be approved by a person with the Access manager role (Tilgangsstyrer) for the organisation who can also give every right asked for. Tell the customer which rights blocked (listed below); someone without the role can escalate the request to the organisation&apos;s access managers.</source>
        <translation>Forespørselen må godkjennes av en person som har rollen Tilgangsstyrer for organisasjonen, og som også kan gi alle rettighetene det bes om. Fortell kunden hvilke rettigheter som stoppet godkjenningen (se listen nedenfor); den som mangler rollen, kan sende forespørselen videre til tilgangsstyrerne i organisasjonen.</translation>
    </message>
    <message>
        <source>The person at the customer who tried to approve cannot give one or more of the access packages asked for, so nothing was approved: approval is all-or-nothing. The request is still waiting.</source>
        <translation>Personen hos kunden som prøvde å godkjenne, kan ikke gi én eller flere av tilgangspakkene det bes om, så ingenting ble godkjent: Godkjenningen gjelder alt eller ingenting. Forespørselen venter fortsatt.</translation>
    </message>
    <message>
        <source>A right asked for cannot be given to a system user by anyone, so nobody at the customer can approve the request: approval is all-or-nothing.</source>
        <translation>Ingen kan gi en systembruker en av rettighetene det bes om, så ingen hos kunden kan godkjenne forespørselen: Godkjenningen gjelder alt eller ingenting.</translation>
    </message>
    <message>
        <source>Remove that right (listed below) from the system, delete the request and ask again without it.</source>
        <translation>Fjern denne rettigheten (se nedenfor) fra systemet, slett forespørselen, og be på nytt uten den.</translation>
    </message>
    <message>
        <source>The person at the customer who tried to approve does not have the Access manager role (Tilgangsstyrer) for the organisation, so nothing was approved.</source>
        <translation>Personen hos kunden som prøvde å godkjenne, har ikke rollen Tilgangsstyrer for organisasjonen, så ingenting ble godkjent.</translation>
    </message>
    <message>
        <source>Only a person with the Access manager role who can also give every right asked for can approve. Someone without the role can escalate a request for a new system user to the organisation&apos;s access managers; a change request cannot be escalated.</source>
        <translation>Bare en person som har rollen Tilgangsstyrer, og som også kan gi alle rettighetene det bes om, kan godkjenne. Den som mangler rollen, kan sende en forespørsel om ny systembruker videre til tilgangsstyrerne i organisasjonen; en endringsforespørsel kan ikke sendes videre.</translation>
    </message>
    <message>
        <source>no role of the approver gives this right</source>
        <translation>ingen av rollene til den som godkjenner, gir denne rettigheten</translation>
    </message>
    <message>
        <source>the right was never delegated to the approver</source>
        <translation>rettigheten er aldri delegert til den som godkjenner</translation>
    </message>
    <message>
        <source>the service requires an explicit right the organisation lacks</source>
        <translation>tjenesten krever en eksplisitt rettighet som organisasjonen mangler</translation>
    </message>
    <message>
        <source>the approver logged in with too low a security level</source>
        <translation>den som godkjenner, logget inn med for lavt sikkerhetsnivå</translation>
    </message>
    <message>
        <source>the organisation is not on the service&apos;s access list</source>
        <translation>organisasjonen står ikke på tilgangslisten til tjenesten</translation>
    </message>
    <message>
        <source>the approver does not hold this access package</source>
        <translation>den som godkjenner, har ikke denne tilgangspakken</translation>
    </message>
    <message>
        <source>it cannot be given by anyone</source>
        <translation>den kan ikke gis av noen</translation>
    </message>
    <message>
        <source>it is a Maskinporten schema, which cannot be given to a system user</source>
        <translation>den er et Maskinporten-skjema, som ikke kan gis til en systembruker</translation>
    </message>
    <message>
        <source>the check failed for an unknown reason</source>
        <translation>kontrollen mislyktes av ukjent årsak</translation>
    </message>
    <message>
        <source>Blocked access package %1: %2</source>
        <translation>Tilgangspakken %1 stoppet godkjenningen: %2</translation>
    </message>
    <message>
        <source>Blocked right %1: %2</source>
        <translation>Rettigheten %1 stoppet godkjenningen: %2</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact Altinn support and tell them what you did and when.</source>
        <translation>Prøv igjen senere. Hvis det fortsetter å skje, kontakt brukerstøtten i Altinn og fortell hva du gjorde, og når.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact Altinn support and give them this trace id: %1</source>
        <translation>Prøv igjen senere. Hvis det fortsetter å skje, kontakt brukerstøtten i Altinn og oppgi denne sporings-ID-en: %1</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, contact Altinn support and tell them what you did and when.</source>
        <translation>Prøv igjen om litt. Hvis det fortsetter å skje, kontakt brukerstøtten i Altinn og fortell hva du gjorde, og når.</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, contact Altinn support and give them this trace id: %1</source>
        <translation>Prøv igjen om litt. Hvis det fortsetter å skje, kontakt brukerstøtten i Altinn og oppgi denne sporings-ID-en: %1</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps happening, contact Altinn support and tell them what you did and when.</source>
        <translation>Vent litt og prøv igjen. Hvis det fortsetter å skje, kontakt brukerstøtten i Altinn og fortell hva du gjorde, og når.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps happening, contact Altinn support and give them this trace id: %1</source>
        <translation>Vent litt og prøv igjen. Hvis det fortsetter å skje, kontakt brukerstøtten i Altinn og oppgi denne sporings-ID-en: %1</translation>
    </message>
    <message>
        <source>If the message does not tell you what to change, contact support and give them the code %1.</source>
        <translation>Hvis meldingen ikke sier hva du skal endre, kontakt brukerstøtten og oppgi koden %1.</translation>
    </message>
    <message>
        <source>If the message does not tell you what to change, contact support and give them the code %1 and this trace id: %2</source>
        <translation>Hvis meldingen ikke sier hva du skal endre, kontakt brukerstøtten og oppgi koden %1 og denne sporings-ID-en: %2</translation>
    </message>
    <message>
        <source>Check what you entered. If the problem persists, contact support and tell them what you did and when.</source>
        <translation>Sjekk det du har skrevet inn. Hvis problemet vedvarer, kontakt brukerstøtten og fortell hva du gjorde, og når.</translation>
    </message>
    <message>
        <source>Check what you entered. If the problem persists, contact support and give them this trace id: %1</source>
        <translation>Sjekk det du har skrevet inn. Hvis problemet vedvarer, kontakt brukerstøtten og oppgi denne sporings-ID-en: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped answering.</source>
        <translation>Den innebygde sandkassen sluttet å svare.</translation>
    </message>
    <message>
        <source>It runs on this computer, so the network is not the cause. Restart the app to start the sandbox again; the activity log shows the last calls it answered.</source>
        <translation>Den kjører på denne datamaskinen, så nettverket er ikke årsaken. Start appen på nytt for å starte sandkassen igjen; aktivitetsloggen viser de siste kallene den svarte på.</translation>
    </message>
    <message>
        <source>The sandbox server on this computer stopped answering.</source>
        <translation>Sandkasseserveren på denne datamaskinen sluttet å svare.</translation>
    </message>
    <message>
        <source>It runs on this computer, so the network is not the cause. Check that systemuser-sandbox is still running and start it again if not; the activity log shows the last calls it answered.</source>
        <translation>Den kjører på denne datamaskinen, så nettverket er ikke årsaken. Sjekk at systemuser-sandbox fortsatt kjører, og start den på nytt hvis ikke; aktivitetsloggen viser de siste kallene den svarte på.</translation>
    </message>
</context>
<context>
    <name>ExportChoiceSection</name>
    <message>
        <source>Which customers</source>
        <translation>Hvilke kunder</translation>
    </message>
    <message>
        <source>&amp;All waiting for approval (%1)</source>
        <translation>&amp;Alle som venter på godkjenning (%1)</translation>
    </message>
    <message>
        <source>A &amp;reminder to those waiting more than (%1):</source>
        <translation>En &amp;påminnelse til dem som har ventet mer enn (%1):</translation>
    </message>
    <message>
        <source>A reminder to those waiting more than the number of days given</source>
        <translation>En påminnelse til dem som har ventet mer enn det oppgitte antallet dager</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Days waiting before a reminder</source>
        <translation>Dager med venting før en påminnelse</translation>
    </message>
    <message>
        <source>The customers the list &amp;shows now (%1)</source>
        <translation>Kundene som listen &amp;viser nå (%1)</translation>
    </message>
    <message>
        <source>As the filter of the customer list has them; those without a link are left out and named.</source>
        <translation>Slik filteret i kundelisten viser dem; de som ikke har lenke, blir utelatt og nevnt.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A &amp;CSV file for a mail merge (one row per customer, with subject and message)</source>
        <translation>En &amp;CSV-fil for fletting (én rad per kunde, med emne og melding)</translation>
    </message>
    <message>
        <source>CSV file for a mail merge</source>
        <translation>CSV-fil for fletting</translation>
    </message>
    <message>
        <source>One &amp;e-mail draft per customer (.eml files in a folder; open them in your mail program)</source>
        <translation>Ett &amp;e-postutkast per kunde (.eml-filer i en mappe; åpne dem i e-postprogrammet ditt)</translation>
    </message>
    <message>
        <source>One e-mail draft per customer</source>
        <translation>Ett e-postutkast per kunde</translation>
    </message>
    <message>
        <source>A &amp;PDF to print, one page per customer with a QR code of the link</source>
        <translation>En P&amp;DF til utskrift, én side per kunde med en QR-kode for lenken</translation>
    </message>
    <message>
        <source>PDF with QR codes</source>
        <translation>PDF med QR-koder</translation>
    </message>
    <message>
        <source>C&amp;ontact for questions (optional):</source>
        <translation>&amp;Kontakt for spørsmål (valgfritt):</translation>
    </message>
    <message>
        <source>Contact for the customers&apos; questions</source>
        <translation>Kontakt for spørsmål fra kundene</translation>
    </message>
    <message>
        <source>E-mail or phone, shown in every message</source>
        <translation>E-post eller telefon, vises i hver melding</translation>
    </message>
</context>
<context>
    <name>ExportLinksDialog</name>
    <message>
        <source>The system could not be read from Altinn, and the messages name it: %1 %2</source>
        <translation>Systemet kunne ikke hentes fra Altinn, og meldingene trenger navnet på det: %1 %2</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Skriver side %1 av %2…</translation>
    </message>
    <message>
        <source>There is no connection to Altinn: finish the Maskinporten page first.</source>
        <translation>Det er ingen tilkobling til Altinn: Gjør ferdig Maskinporten-siden først.</translation>
    </message>
    <message>
        <source>Reading the system and the names of its rights…</source>
        <translation>Henter systemet og navnene på rettighetene…</translation>
    </message>
    <message>
        <source>Cancelled. The messages need the system&apos;s names.</source>
        <translation>Avbrutt. Meldingene trenger navnene fra systemet.</translation>
    </message>
    <message numerus="yes">
        <source>Choose where to sa&amp;ve %1 customer(s)…</source>
        <translation>
            <numerusform>Velg hvor du vil &amp;lagre %1 kunde…</numerusform>
            <numerusform>Velg hvor du vil &amp;lagre %1 kunder…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the system to be read from Altinn.</source>
        <translation>Venter på at systemet skal hentes fra Altinn.</translation>
    </message>
    <message>
        <source>No customer is chosen.</source>
        <translation>Ingen kunder er valgt.</translation>
    </message>
    <message>
        <source>Choose the file (or the folder for e-mail drafts) to save to.</source>
        <translation>Velg filen (eller mappen for e-postutkast) du vil lagre i.</translation>
    </message>
    <message>
        <source>Save the mail-merge file</source>
        <translation>Lagre flettefilen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>approval-links</source>
        <translation>godkjenningslenker</translation>
    </message>
    <message>
        <source>Choose a folder for the e-mail drafts</source>
        <translation>Velg en mappe for e-postutkastene</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Lagre PDF-en</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>None of the chosen customers has an approval link to hand over, so nothing was saved. See why below.</source>
        <translation>Ingen av de valgte kundene har en godkjenningslenke som kan gis videre, så ingenting ble lagret. Se hvorfor nedenfor.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrer…</translation>
    </message>
    <message>
        <source>Cancelled: the PDF was not saved.</source>
        <translation>Avbrutt: PDF-en ble ikke lagret.</translation>
    </message>
    <message>
        <source>Export approval links</source>
        <translation>Eksporter godkjenningslenker</translation>
    </message>
    <message>
        <source>Each customer gets a ready-to-send message in their own language with the approval link: who at the customer must approve, and how. Customers without a request waiting have no link and are left out.</source>
        <translation>Hver kunde får en ferdig melding på sitt eget språk med godkjenningslenken: hvem hos kunden som må godkjenne, og hvordan. Kunder uten en ventende forespørsel har ingen lenke og blir utelatt.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Åpne &amp;mappen</translation>
    </message>
    <message>
        <source>Open the folder the files were saved in</source>
        <translation>Åpne mappen filene ble lagret i</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>ExportResultSection</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the messages of %1 customer(s) to %2.</source>
        <translation>
            <numerusform>Lagret meldingen til %1 kunde i %2.</numerusform>
            <numerusform>Lagret meldingene til %1 kunder i %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 e-mail draft(s) in %2. Open them in your mail program and send them.</source>
        <translation>
            <numerusform>Lagret %1 e-postutkast i %2. Åpne det i e-postprogrammet ditt og send det.</numerusform>
            <numerusform>Lagret %1 e-postutkast i %2. Åpne dem i e-postprogrammet ditt og send dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them have no recipient yet: the list has no e-mail address for them.</source>
        <translation>
            <numerusform>%1 av dem har ingen mottaker ennå: Listen har ingen e-postadresse for denne kunden.</numerusform>
            <numerusform>%1 av dem har ingen mottaker ennå: Listen har ingen e-postadresse for dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a PDF with %1 page(s), one per customer, to %2.</source>
        <translation>
            <numerusform>Lagret en PDF med %1 side, én per kunde, i %2.</numerusform>
            <numerusform>Lagret en PDF med %1 sider, én per kunde, i %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers left out, and why</source>
        <translation>Kunder som er utelatt, og hvorfor</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Without a link (%1): left out</source>
        <translation>
            <numerusform>&amp;Uten lenke (%1): utelatt</numerusform>
            <numerusform>&amp;Uten lenke (%1): utelatt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOffExport</name>
    <message>
        <source>No request has been sent to this customer yet. Send one first; its approval link comes with it.</source>
        <translation>Ingen forespørsel er sendt til denne kunden ennå. Send en først; godkjenningslenken følger med den.</translation>
    </message>
    <message>
        <source>A change request waits, but its approval link is not known here yet. Refresh the customer list, then export again.</source>
        <translation>En endringsforespørsel venter, men godkjenningslenken er ikke kjent her ennå. Oppdater kundelisten, og eksporter deretter på nytt.</translation>
    </message>
    <message>
        <source>A request waits, but its approval link is not known here yet. Refresh the customer list, then export again.</source>
        <translation>En forespørsel venter, men godkjenningslenken er ikke kjent her ennå. Oppdater kundelisten, og eksporter deretter på nytt.</translation>
    </message>
    <message>
        <source>Nothing waits for this customer&apos;s approval (%1). Next step: %2.</source>
        <translation>Ingenting venter på godkjenning fra denne kunden (%1). Neste steg: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no approval link to hand over and are left out.</source>
        <translation>
            <numerusform>%n kunde har ingen godkjenningslenke å gi videre og er utelatt.</numerusform>
            <numerusform>%n kunder har ingen godkjenningslenke å gi videre og er utelatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approval link</source>
        <translation>Godkjenningslenke</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>HandOffFiles</name>
    <message>
        <source>No customer has an approval link to hand over, so there is nothing to export.</source>
        <translation>Ingen kunder har en godkjenningslenke som kan gis videre, så det er ingenting å eksportere.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose a folder you may write to.</source>
        <translation>Mappen %1 kunne ikke opprettes. Velg en mappe du har lov til å skrive i.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be replaced. Choose another file name.</source>
        <translation>%1 er ikke en fil som kan erstattes. Velg et annet filnavn.</translation>
    </message>
    <message>
        <source>%1 could not be saved: the disk is full. Free some space or choose another place, then export again.</source>
        <translation>%1 kunne ikke lagres: Disken er full. Frigjør plass eller velg et annet sted, og eksporter deretter på nytt.</translation>
    </message>
    <message>
        <source>%1 could not be saved: you may not write in the folder %2 (%3). Choose another folder, for example one in your home folder.</source>
        <translation>%1 kunne ikke lagres: Du har ikke lov til å skrive i mappen %2 (%3). Velg en annen mappe, for eksempel en i hjemmemappen din.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check that the disk is not full and that you may write in %3, then export again.</source>
        <translation>%1 kunne ikke lagres (%2). Sjekk at disken ikke er full, og at du har lov til å skrive i %3, og eksporter deretter på nytt.</translation>
    </message>
    <message>
        <source>%1 The e-mails before it (%2 of %3) are saved.</source>
        <translation>%1 E-postene før den (%2 av %3) er lagret.</translation>
    </message>
    <message>
        <source>A PDF can only be made by the graphical program, not here.</source>
        <translation>En PDF kan bare lages i det grafiske programmet, ikke her.</translation>
    </message>
    <message>
        <source>The PDF could not be started in %1. Choose another file name or folder.</source>
        <translation>PDF-en kunne ikke opprettes i %1. Velg et annet filnavn eller en annen mappe.</translation>
    </message>
</context>
<context>
    <name>HandOffPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 av %2</translation>
    </message>
    <message>
        <source>Approval links for %1</source>
        <translation>Godkjenningslenker for %1</translation>
    </message>
</context>
<context>
    <name>HoldingsDialog</name>
    <message>
        <source>Asking Altinn what the system user of %1 holds…</source>
        <translation>Spør Altinn hva systembrukeren til %1 har…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Sjekken ble avbrutt.</translation>
    </message>
    <message numerus="yes">
        <source>This check made %n call(s) to Maskinporten and Altinn.</source>
        <translation>
            <numerusform>Denne sjekken gjorde %n kall til Maskinporten og Altinn.</numerusform>
            <numerusform>Denne sjekken gjorde %n kall til Maskinporten og Altinn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Missing: the system asks for it</source>
        <translation>Mangler: Systemet ber om den</translation>
    </message>
    <message>
        <source>Extra: the system no longer asks for it</source>
        <translation>Ekstra: Systemet ber ikke lenger om den</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Rights (resources)</source>
        <translation>Rettigheter (ressurser)</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakker</translation>
    </message>
    <message numerus="yes">
        <source>Parties Altinn lists for the system user (%n)</source>
        <translation>
            <numerusform>Aktører som Altinn oppgir for systembrukeren (%n)</numerusform>
            <numerusform>Aktører som Altinn oppgir for systembrukeren (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Another party</source>
        <translation>En annen aktør</translation>
    </message>
    <message>
        <source>Deleted in the register</source>
        <translation>Slettet i registeret</translation>
    </message>
    <message>
        <source>None: the system user holds nothing</source>
        <translation>Ingen: Systembrukeren har ingenting</translation>
    </message>
    <message>
        <source>What the system user holds</source>
        <translation>Hva systembrukeren har</translation>
    </message>
    <message>
        <source>What the system user of %1 holds</source>
        <translation>Hva systembrukeren til %1 har</translation>
    </message>
    <message>
        <source>Altinn&apos;s own list of what the system user may do (its authorized parties), compared with what the system asks for. Each check gets a system user token, exchanges it for an Altinn token and asks Altinn once.</source>
        <translation>Altinns egen liste over hva systembrukeren har lov til å gjøre (aktørene den er autorisert for), sammenlignet med det systemet ber om. Hver sjekk henter et systembrukertoken, veksler det til et Altinn-token og spør Altinn én gang.</translation>
    </message>
    <message>
        <source>Right, package or party</source>
        <translation>Rettighet, pakke eller aktør</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rights, access packages and parties of the system user</source>
        <translation>Rettigheter, tilgangspakker og aktører for systembrukeren</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultatet av sjekken</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Sjekk &amp;igjen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sjekk igjen</translation>
    </message>
    <message>
        <source>Send a &amp;change request…</source>
        <translation>Send en &amp;endringsforespørsel…</translation>
    </message>
    <message>
        <source>Send a change request for what is missing</source>
        <translation>Send en endringsforespørsel for det som mangler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
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
        <source>Start demo</source>
        <translation>Start demo</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Fortsett der du slapp</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsett</translation>
    </message>
    <message>
        <source>A narrated walk through the whole flow on the built-in sandbox, from your organisation to a customer&apos;s system user token. Step by step, or press Play. Nothing leaves this computer.</source>
        <translation>En gjennomgang med forklaringer av hele flyten i den innebygde sandkassen, fra organisasjonen din til systembrukertokenet for en kunde. Steg for steg, eller trykk på Spill av. Ingenting forlater denne datamaskinen.</translation>
    </message>
    <message>
        <source>About System User Wizard</source>
        <translation>Om Systembruker-veiviser</translation>
    </message>
    <message>
        <source>Log in as a person (ID-porten)</source>
        <translation>Logg inn som person (ID-porten)</translation>
    </message>
    <message>
        <source>The other way to an Altinn app: a person logs in and your system acts for them. Try it beside a system user, and see which way fits your system.</source>
        <translation>Den andre måten å bruke en Altinn-app på: En person logger inn, og systemet ditt handler på vegne av personen. Prøv det side om side med en systembruker, og se hvilken måte som passer best for systemet ditt.</translation>
    </message>
    <message>
        <source>Try the person path</source>
        <translation>Prøv innlogging som person</translation>
    </message>
</context>
<context>
    <name>IdPortenCommands</name>
    <message>
        <source>Log a person in with ID-porten and act on their behalf</source>
        <translation>Logg inn en person med ID-porten og handle på vegne av personen</translation>
    </message>
    <message>
        <source>Log a person in with ID-porten (authorization code with PKCE, through a browser and a listener on 127.0.0.1) and print the claims of the ID token and the access token. On the sandbox the profile&apos;s ID-porten client is registered on first use.</source>
        <translation>Logg inn en person med ID-porten (autorisasjonskode med PKCE, via en nettleser og en lytter på 127.0.0.1) og skriv ut claimene i ID-tokenet og tilgangstokenet. I sandkassen registreres ID-porten-klienten til profilen første gang den brukes.</translation>
    </message>
    <message>
        <source>Log a person in as idporten login does, then exchange the access token for an Altinn token and print its claims.</source>
        <translation>Logg inn en person slik idporten login gjør, veksle deretter tilgangstokenet inn i et Altinn-token og skriv ut claimene i det.</translation>
    </message>
    <message>
        <source>Logged in as the person with national identity number %1.</source>
        <translation>Logget inn som personen med fødselsnummer %1.</translation>
    </message>
    <message>
        <source>The ID token (who logged in):</source>
        <translation>ID-tokenet (hvem som logget inn):</translation>
    </message>
    <message>
        <source>The access token (what your system may do):</source>
        <translation>Tilgangstokenet (hva systemet ditt har lov til å gjøre):</translation>
    </message>
    <message>
        <source>Logged in as the person with national identity number %1, with the scopes %2.</source>
        <translation>Logget inn som personen med fødselsnummer %1, med scopene %2.</translation>
    </message>
    <message>
        <source>The Altinn token:</source>
        <translation>Altinn-tokenet:</translation>
    </message>
    <message>
        <source>Altinn exchanged the ID-porten token: Altinn&apos;s APIs and apps take the new token for the person.</source>
        <translation>Altinn vekslet tokenet fra ID-porten: API-ene og appene i Altinn godtar det nye tokenet for personen.</translation>
    </message>
</context>
<context>
    <name>IdPortenError</name>
    <message>
        <source>ID-porten did not accept the login code: it has expired, has been used already, or does not belong to this login.</source>
        <translation>ID-porten godtok ikke innloggingskoden: Den har utløpt, er allerede brukt, eller hører ikke til denne innloggingen.</translation>
    </message>
    <message>
        <source>ID-porten did not recognise your client: its client id, its key or the signed client assertion did not check out.</source>
        <translation>ID-porten kjente ikke igjen klienten din: Klient-ID-en, nøkkelen eller den signerte klientpåstanden (client assertion) stemte ikke.</translation>
    </message>
    <message>
        <source>Your ID-porten client may not log persons in this way.</source>
        <translation>ID-porten-klienten din har ikke lov til å logge inn personer på denne måten.</translation>
    </message>
    <message>
        <source>Your ID-porten client may not ask for one of the scopes.</source>
        <translation>ID-porten-klienten din har ikke lov til å be om ett av scopene.</translation>
    </message>
    <message>
        <source>The person cancelled the login or did not give consent.</source>
        <translation>Personen avbrøt innloggingen eller ga ikke samtykke.</translation>
    </message>
    <message>
        <source>ID-porten could not handle the login just now.</source>
        <translation>ID-porten kunne ikke behandle innloggingen akkurat nå.</translation>
    </message>
    <message>
        <source>ID-porten refused the login (%1).</source>
        <translation>ID-porten avviste innloggingen (%1).</translation>
    </message>
    <message>
        <source>Log in again. A code can be used only once, within a minute.</source>
        <translation>Logg inn på nytt. En kode kan bare brukes én gang, innen ett minutt.</translation>
    </message>
    <message>
        <source>Log in again: the client is registered anew in the sandbox.</source>
        <translation>Logg inn på nytt: Klienten blir registrert på nytt i sandkassen.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s ID-porten client id, and that the public key registered for the integration in Digdir&apos;s self-service is this key (docs/id-porten.md#tt02).</source>
        <translation>Sjekk klient-ID-en for ID-porten i profilen, og at den offentlige nøkkelen som er registrert for integrasjonen i selvbetjeningsportalen til Digdir, er denne nøkkelen (docs/id-porten.md#tt02).</translation>
    </message>
    <message>
        <source>Ask only for openid, profile, altinn:instances.read, altinn:instances.write or an app&apos;s own scope.</source>
        <translation>Be bare om openid, profile, altinn:instances.read, altinn:instances.write eller et eget scope for en app.</translation>
    </message>
    <message>
        <source>Give the integration the grant type authorization_code and the scopes in Digdir&apos;s self-service, or ask for fewer scopes (docs/id-porten.md#tt02).</source>
        <translation>Gi integrasjonen grant-typen authorization_code og scopene i selvbetjeningsportalen til Digdir, eller be om færre scopes (docs/id-porten.md#tt02).</translation>
    </message>
    <message>
        <source>Log in again when ready.</source>
        <translation>Logg inn på nytt når du er klar.</translation>
    </message>
    <message>
        <source>Wait a moment and log in again.</source>
        <translation>Vent litt og logg inn på nytt.</translation>
    </message>
    <message>
        <source>Log in again. If it happens again, report it with the details below.</source>
        <translation>Logg inn på nytt. Hvis det skjer igjen, meld fra om det med detaljene nedenfor.</translation>
    </message>
</context>
<context>
    <name>IdTokenValidator</name>
    <message>
        <source>ID-porten&apos;s ID token could not be read.</source>
        <translation>ID-tokenet fra ID-porten kunne ikke leses.</translation>
    </message>
    <message>
        <source>The ID token&apos;s signature does not check out against ID-porten&apos;s published keys: the login cannot be trusted.</source>
        <translation>Signaturen på ID-tokenet stemmer ikke med de publiserte nøklene til ID-porten: Innloggingen kan ikke stoles på.</translation>
    </message>
    <message>
        <source>The ID token was issued by another server than the ID-porten of this environment.</source>
        <translation>ID-tokenet ble utstedt av en annen server enn ID-porten i dette miljøet.</translation>
    </message>
    <message>
        <source>The ID token was issued to another client than yours.</source>
        <translation>ID-tokenet ble utstedt til en annen klient enn din.</translation>
    </message>
    <message>
        <source>The ID token does not belong to this login (its nonce differs): it may be replayed.</source>
        <translation>ID-tokenet hører ikke til denne innloggingen (nonce-verdien er en annen): Det kan være et gjenbrukt token (replay).</translation>
    </message>
    <message>
        <source>The ID token is not valid at this computer&apos;s time. Check that the clock is right.</source>
        <translation>ID-tokenet er ikke gyldig etter klokken på denne datamaskinen. Sjekk at klokken er riktig.</translation>
    </message>
</context>
<context>
    <name>ImportCustomersDialog</name>
    <message>
        <source>Some rows choose rights or access packages, and they can only be checked against the system with a working connection. Finish the Maskinporten page first, or remove those columns.</source>
        <translation>Noen rader velger rettigheter eller tilgangspakker, og de kan bare sjekkes mot systemet når tilkoblingen virker. Gjør ferdig Maskinporten-siden først, eller fjern disse kolonnene.</translation>
    </message>
    <message>
        <source>Checking the chosen rights and access packages against %1…</source>
        <translation>Sjekker de valgte rettighetene og tilgangspakkene mot %1…</translation>
    </message>
    <message>
        <source>The check was cancelled. Rows that choose rights or access packages cannot be added without it.</source>
        <translation>Sjekken ble avbrutt. Rader som velger rettigheter eller tilgangspakker, kan ikke legges til uten den.</translation>
    </message>
    <message>
        <source>reading the system from Altinn</source>
        <translation>hentingen av systemet fra Altinn</translation>
    </message>
    <message>
        <source>The chosen rights could not be checked: %1 %2</source>
        <translation>De valgte rettighetene kunne ikke sjekkes: %1 %2</translation>
    </message>
    <message>
        <source>The chosen rights and access packages were checked against %1.</source>
        <translation>De valgte rettighetene og tilgangspakkene ble sjekket mot %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %1 customer(s)</source>
        <translation>
            <numerusform>&amp;Legg til %1 kunde</numerusform>
            <numerusform>&amp;Legg til %1 kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Update %1 customer(s)</source>
        <translation>
            <numerusform>&amp;Oppdater %1 kunde</numerusform>
            <numerusform>&amp;Oppdater %1 kunder</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1, update %2</source>
        <translation>&amp;Legg til %1, oppdater %2</translation>
    </message>
    <message>
        <source>There is no customer list for this system: set up the system first.</source>
        <translation>Det finnes ingen kundeliste for dette systemet: Sett opp systemet først.</translation>
    </message>
    <message>
        <source>Waiting for the check of the chosen rights against the system.</source>
        <translation>Venter på at de valgte rettighetene skal sjekkes mot systemet.</translation>
    </message>
    <message>
        <source>The list adds nothing new.</source>
        <translation>Listen inneholder ingenting nytt.</translation>
    </message>
    <message>
        <source>Adds the customers to the list. Nothing is sent to Altinn yet.</source>
        <translation>Legger kundene til i listen. Ingenting sendes til Altinn ennå.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer kunder</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet, or copy the rows in the spreadsheet and paste them below. Only the organisation number is needed; name, external reference, e-mail, kind (standard or agent), rights, access packages and language are read when the list has them. Nothing is added until you press the Add button, and nothing is sent to Altinn.</source>
        <translation>Velg en CSV-fil som er lagret fra et regneark, eller kopier radene i regnearket og lim dem inn nedenfor. Bare organisasjonsnummeret er nødvendig; navn, ekstern referanse, e-post, type (standard eller klient), rettigheter, tilgangspakker og språk blir lest hvis listen har dem. Ingenting legges til før du trykker på Legg til-knappen, og ingenting sendes til Altinn.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>Lukk uten å legge til</translation>
    </message>
</context>
<context>
    <name>ImportPreviewSection</name>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>… and %1 more. Correct the list in the spreadsheet and import it again.</source>
        <translation>… og %1 til. Rett listen i regnearket og importer den på nytt.</translation>
    </message>
    <message>
        <source>Customers read from the list</source>
        <translation>Kunder lest fra listen</translation>
    </message>
    <message>
        <source>Problems found in the list, with their lines</source>
        <translation>Problemer funnet i listen, med linjenumre</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Ingenting er lest ennå.</translation>
    </message>
    <message>
        <source>&amp;Customers in the list</source>
        <translation>&amp;Kunder i listen</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Fu&amp;nn</translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation>Skilletegn: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Tegnkoding: %1</translation>
    </message>
    <message>
        <source>the first line names the columns</source>
        <translation>den første linjen gir navn til kolonnene</translation>
    </message>
    <message>
        <source>no header line: the columns are read in the usual order</source>
        <translation>ingen overskriftslinje: Kolonnene leses i vanlig rekkefølge</translation>
    </message>
    <message>
        <source>&amp;Customers in the list (%1)</source>
        <translation>&amp;Kunder i listen (%1)</translation>
    </message>
    <message>
        <source>Fin&amp;dings: none</source>
        <translation>Fu&amp;nn: ingen</translation>
    </message>
    <message>
        <source>Fin&amp;dings: %1, %2</source>
        <translation>Fu&amp;nn: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation>
            <numerusform>%1 feil</numerusform>
            <numerusform>%1 feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 warning(s)</source>
        <translation>
            <numerusform>%1 advarsel</numerusform>
            <numerusform>%1 advarsler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Bokmål (not given)</source>
        <translation>Bokmål (ikke oppgitt)</translation>
    </message>
    <message>
        <source>The organisation number</source>
        <translation>Organisasjonsnummeret</translation>
    </message>
    <message>
        <source>Agent (client relationship)</source>
        <translation>Klientforhold (klientsystembruker)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>All the system offers</source>
        <translation>Alt systemet tilbyr</translation>
    </message>
    <message>
        <source>Everything the system offers</source>
        <translation>Alt som systemet tilbyr</translation>
    </message>
    <message>
        <source>Already in the list</source>
        <translation>Finnes allerede i listen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Rights and packages</source>
        <translation>Rettigheter og tilgangspakker</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>I listen</translation>
    </message>
</context>
<context>
    <name>ImportSourceSection</name>
    <message>
        <source>Choose a customer list</source>
        <translation>Velg en kundeliste</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Kundelister (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a customer list. Choose the CSV file saved from the spreadsheet.</source>
        <translation>%1 er for stor til å være en kundeliste. Velg CSV-filen som er lagret fra regnearket.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2. Check that the file exists and that you may read it, then choose it again.</source>
        <translation>%1 kunne ikke åpnes: %2. Sjekk at filen finnes, og at du har lov til å lese den, og velg den deretter på nytt.</translation>
    </message>
    <message>
        <source>No file chosen. You can also paste rows below.</source>
        <translation>Ingen fil er valgt. Du kan også lime inn rader nedenfor.</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Lest fra %1</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Velg &amp;fil…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Velg en CSV-fil</translation>
    </message>
    <message>
        <source>A CSV file as Excel, LibreOffice or Google Sheets save it</source>
        <translation>En CSV-fil slik Excel, LibreOffice eller Google Sheets lagrer den</translation>
    </message>
    <message>
        <source>Or &amp;paste rows copied from a spreadsheet (the first row may name the columns):</source>
        <translation>Eller lim &amp;inn rader kopiert fra et regneark (den første raden kan gi navn til kolonnene):</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Innlimte rader</translation>
    </message>
    <message>
        <source>Organisation number	Name	External reference	E-mail</source>
        <translation>Organisasjonsnummer	Navn	Ekstern referanse	E-post</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>The profile&apos;s RSA key: generate, import, export the public part</source>
        <translation>RSA-nøkkelen til profilen: lag, importer, eksporter den offentlige delen</translation>
    </message>
    <message>
        <source>The key id (default: &lt;org&gt;-&lt;environment&gt;-&lt;date&gt;).</source>
        <translation>Nøkkel-ID-en (standard: &lt;org&gt;-&lt;environment&gt;-&lt;date&gt;).</translation>
    </message>
    <message>
        <source>Replace the profile&apos;s key (register the new public key afterwards).</source>
        <translation>Erstatt nøkkelen til profilen (registrer den nye offentlige nøkkelen etterpå).</translation>
    </message>
    <message>
        <source>Generate a key pair; the private key goes straight into the keychain.</source>
        <translation>Lag et nøkkelpar; den private nøkkelen går rett inn i nøkkelringen.</translation>
    </message>
    <message>
        <source>Key size: 2048 (default), 3072 or 4096.</source>
        <translation>Nøkkelstørrelse: 2048 (standard), 3072 eller 4096.</translation>
    </message>
    <message>
        <source>Import a private key (PEM, encrypted PEM, private JWK or PKCS#12) into the keychain.</source>
        <translation>Importer en privat nøkkel (PEM, kryptert PEM, privat JWK eller PKCS#12) til nøkkelringen.</translation>
    </message>
    <message>
        <source>The key file.</source>
        <translation>Nøkkelfilen.</translation>
    </message>
    <message>
        <source>Read the passphrase from the environment variable VAR (never from the command line).</source>
        <translation>Les passfrasen fra miljøvariabelen VAR (aldri fra kommandolinjen).</translation>
    </message>
    <message>
        <source>Print the public key, to register it with Maskinporten.</source>
        <translation>Skriv ut den offentlige nøkkelen, for å registrere den i Maskinporten.</translation>
    </message>
    <message>
        <source>jwk (default), jwks or pem.</source>
        <translation>jwk (standard), jwks eller pem.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; already has the key &quot;%2&quot;. Add --replace to make a new one; then register the new public key again.</source>
        <translation>Profilen &quot;%1&quot; har allerede nøkkelen &quot;%2&quot;. Legg til --replace for å lage en ny; registrer deretter den nye offentlige nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>--bits must be 2048, 3072 or 4096.</source>
        <translation>--bits må være 2048, 3072 eller 4096.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Miljøvariabelen %1 er ikke satt.</translation>
    </message>
    <message>
        <source>Put the passphrase in an environment variable and name it: --passphrase-env VAR</source>
        <translation>Legg passfrasen i en miljøvariabel, og oppgi navnet på den: --passphrase-env VAR</translation>
    </message>
    <message>
        <source>Cannot use the key in %1: %2</source>
        <translation>Kan ikke bruke nøkkelen i %1: %2</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain.</source>
        <translation>Nøkkelen kunne ikke lagres i nøkkelringen.</translation>
    </message>
    <message>
        <source>The key could not be generated.</source>
        <translation>Nøkkelen kunne ikke lages.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in the keychain (entry %2); the private key is never shown.
RSA %3 bits, thumbprint %4.</source>
        <translation>Nøkkelen &quot;%1&quot; ligger i nøkkelringen (oppføring %2); den private nøkkelen vises aldri.
RSA %3 bit, fingeravtrykk %4.</translation>
    </message>
    <message>
        <source>Next: register the client and public key in the sandbox: %1</source>
        <translation>Neste steg: registrer klienten og den offentlige nøkkelen i sandkassen: %1</translation>
    </message>
    <message>
        <source>Next: add the public key to your Maskinporten client at %1
  %2</source>
        <translation>Neste steg: legg til den offentlige nøkkelen på Maskinporten-klienten din på %1
  %2</translation>
    </message>
    <message>
        <source>--format must be jwk, jwks or pem.</source>
        <translation>--format må være jwk, jwks eller pem.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no key yet.</source>
        <translation>Profilen &quot;%1&quot; har ingen nøkkel ennå.</translation>
    </message>
    <message>
        <source>Make one: %1</source>
        <translation>Lag en: %1</translation>
    </message>
    <message>
        <source>The key could not be read from the keychain.</source>
        <translation>Nøkkelen kunne ikke leses fra nøkkelringen.</translation>
    </message>
</context>
<context>
    <name>KeyImporter</name>
    <message>
        <source>The file is empty. Choose the file that holds your private key.</source>
        <translation>Filen er tom. Velg filen som inneholder den private nøkkelen din.</translation>
    </message>
    <message>
        <source>This is not a private key the wizard can read. Use a PEM file (text that starts with &quot;-----BEGIN&quot;), a JWK file with the private part, or a business certificate (.p12/.pfx).</source>
        <translation>Dette er ikke en privat nøkkel som veiviseren kan lese. Bruk en PEM-fil (tekst som starter med &quot;-----BEGIN&quot;), en JWK-fil med den private delen, eller et virksomhetssertifikat (.p12/.pfx).</translation>
    </message>
    <message>
        <source>This key is protected by a password. Enter the password and try again.</source>
        <translation>Denne nøkkelen er beskyttet med passord. Skriv inn passordet og prøv igjen.</translation>
    </message>
    <message>
        <source>The password is not correct for this key. Check it and try again.</source>
        <translation>Passordet passer ikke til denne nøkkelen. Sjekk passordet og prøv igjen.</translation>
    </message>
    <message>
        <source>This is not an RSA key. Maskinporten only accepts RSA keys (RS256); generate an RSA key instead.</source>
        <translation>Dette er ikke en RSA-nøkkel. Maskinporten godtar bare RSA-nøkler (RS256); lag en RSA-nøkkel i stedet.</translation>
    </message>
    <message>
        <source>This RSA key is shorter than 2048 bits, which Maskinporten does not accept. Generate a new key of 2048 bits or more.</source>
        <translation>Denne RSA-nøkkelen er kortere enn 2048 bit, og det godtar ikke Maskinporten. Lag en ny nøkkel på minst 2048 bit.</translation>
    </message>
    <message>
        <source>This file holds only the public key. To sign requests the wizard needs the private key: choose the file you kept when the key was made.</source>
        <translation>Denne filen inneholder bare den offentlige nøkkelen. For å signere forespørsler trenger veiviseren den private nøkkelen: velg filen du tok vare på da nøkkelen ble laget.</translation>
    </message>
    <message>
        <source>This JWK is incomplete or damaged. A private RSA JWK needs kty, n, e, d, p, q, dp, dq and qi.</source>
        <translation>Denne JWK-en er ufullstendig eller skadet. En privat RSA-JWK må ha kty, n, e, d, p, q, dp, dq og qi.</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Åpne i nett&amp;leseren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Åpne i nettleseren</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>&amp;Kopier lenke</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopier lenke</translation>
    </message>
</context>
<context>
    <name>LocalizedTextsEditor</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;vn:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Bokmål (nb)</source>
        <translation>Bokmål (nb)</translation>
    </message>
    <message>
        <source>Nynorsk (nn)</source>
        <translation>Nynorsk (nn)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Engelsk (en)</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Navn på %1</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Beskrivelse på %1</translation>
    </message>
    <message>
        <source>The name customers see in Altinn</source>
        <translation>Navnet kundene ser i Altinn</translation>
    </message>
    <message>
        <source>What the system does, in a sentence or two</source>
        <translation>Hva systemet gjør, i én eller to setninger</translation>
    </message>
    <message>
        <source>Cop&amp;y from Bokmål</source>
        <translation>K&amp;opier fra bokmål</translation>
    </message>
    <message>
        <source>Copy from Bokmål</source>
        <translation>Kopier fra bokmål</translation>
    </message>
    <message>
        <source>Fills the empty Nynorsk and English fields with the Bokmål text, as a starting point to translate.</source>
        <translation>Fyller de tomme feltene for nynorsk og engelsk med bokmålsteksten, som et utgangspunkt for oversettelse.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Request too large</source>
        <translation>Forespørselen er for stor</translation>
    </message>
    <message>
        <source>This address only takes the redirect from ID-porten.</source>
        <translation>Denne adressen tar bare imot omdirigeringen fra ID-porten.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ugyldig forespørsel</translation>
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation>Dette er ikke en HTTP-forespørsel.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Ikke tillatt</translation>
    </message>
    <message>
        <source>You are logged in</source>
        <translation>Du er logget inn</translation>
    </message>
    <message>
        <source>You are logged in. You can close this tab and go back to System User Wizard.</source>
        <translation>Du er logget inn. Du kan lukke denne fanen og gå tilbake til Systembruker-veiviser.</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Innloggingen ble avbrutt</translation>
    </message>
    <message>
        <source>The login was cancelled at ID-porten. You can close this tab and go back to System User Wizard.</source>
        <translation>Innloggingen ble avbrutt i ID-porten. Du kan lukke denne fanen og gå tilbake til Systembruker-veiviser.</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Innloggingen mislyktes</translation>
    </message>
    <message>
        <source>ID-porten could not log you in (%1). Close this tab and go back to System User Wizard to see what to do.</source>
        <translation>ID-porten kunne ikke logge deg inn (%1). Lukk denne fanen og gå tilbake til Systembruker-veiviser for å se hva du kan gjøre.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>System User Wizard</source>
        <translation>Systembruker-veiviser</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>You were creating a new profile.</source>
        <translation>Du holdt på å opprette en ny profil.</translation>
    </message>
    <message>
        <source>“%1” for the profile %2.</source>
        <translation>«%1» for profilen %2.</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitetslogg</translation>
    </message>
</context>
<context>
    <name>MaskinportenClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>&amp;Klient-ID:</translation>
    </message>
    <message>
        <source>Maskinporten client id</source>
        <translation>Klient-ID i Maskinporten</translation>
    </message>
    <message>
        <source>Leave it empty: registering in the sandbox below creates the client.</source>
        <translation>La feltet stå tomt: Når du registrerer i sandkassen nedenfor, blir klienten opprettet.</translation>
    </message>
    <message>
        <source>Copy the client id from the self-service portal, where you created the client for this organisation.</source>
        <translation>Kopier klient-ID-en fra selvbetjeningsportalen, der du opprettet klienten for denne organisasjonen.</translation>
    </message>
    <message>
        <source>%1 of 36 characters.</source>
        <translation>%1 av 36 tegn.</translation>
    </message>
    <message>
        <source>A client id is a UUID: 36 characters like 1b2c3d4e-0000-4a5b-8c9d-0123456789ab. Copy it from the self-service portal.</source>
        <translation>En klient-ID er en UUID: 36 tegn, som 1b2c3d4e-0000-4a5b-8c9d-0123456789ab. Kopier den fra selvbetjeningsportalen.</translation>
    </message>
    <message>
        <source>The client id could not be saved: %1</source>
        <translation>Klient-ID-en kunne ikke lagres: %1</translation>
    </message>
</context>
<context>
    <name>MaskinportenError</name>
    <message>
        <source>Maskinporten could not read the request.</source>
        <translation>Maskinporten kunne ikke lese forespørselen.</translation>
    </message>
    <message>
        <source>Maskinporten does not know this client id in this environment.</source>
        <translation>Maskinporten kjenner ikke denne klient-ID-en i dette miljøet.</translation>
    </message>
    <message>
        <source>The request was addressed to the wrong Maskinporten (audience).</source>
        <translation>Forespørselen var adressert til feil Maskinporten-miljø (audience).</translation>
    </message>
    <message>
        <source>The business certificate is not valid here.</source>
        <translation>Virksomhetssertifikatet er ikke gyldig her.</translation>
    </message>
    <message>
        <source>The key registered on the client has expired (keys last one year).</source>
        <translation>Nøkkelen som er registrert på klienten, har utløpt (nøkler varer i ett år).</translation>
    </message>
    <message>
        <source>The certificate in the request could not be read.</source>
        <translation>Sertifikatet i forespørselen kunne ikke leses.</translation>
    </message>
    <message>
        <source>The signature does not match the registered key.</source>
        <translation>Signaturen stemmer ikke med den registrerte nøkkelen.</translation>
    </message>
    <message>
        <source>The key id (kid) is not registered on this client.</source>
        <translation>Nøkkel-ID-en (kid) er ikke registrert på denne klienten.</translation>
    </message>
    <message>
        <source>This client uses registered keys, so the request must name one (kid).</source>
        <translation>Denne klienten bruker registrerte nøkler, så forespørselen må oppgi hvilken nøkkel som brukes (kid).</translation>
    </message>
    <message>
        <source>The same request was sent twice.</source>
        <translation>Den samme forespørselen ble sendt to ganger.</translation>
    </message>
    <message>
        <source>The request had expired when it arrived.</source>
        <translation>Forespørselen var ikke lenger gyldig da den kom fram.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is ahead of Maskinporten&apos;s.</source>
        <translation>Klokken på denne datamaskinen går foran klokken til Maskinporten.</translation>
    </message>
    <message>
        <source>The request was valid for too long.</source>
        <translation>Forespørselen hadde for lang gyldighetstid.</translation>
    </message>
    <message>
        <source>A scope asked for is not added to the client.</source>
        <translation>Forespørselen ber om et scope som ikke er lagt til på klienten.</translation>
    </message>
    <message>
        <source>A scope asked for cannot be used with Maskinporten.</source>
        <translation>Forespørselen ber om et scope som ikke kan brukes med Maskinporten.</translation>
    </message>
    <message>
        <source>Your organisation has not been given access to a scope asked for.</source>
        <translation>Organisasjonen din har ikke fått tilgang til et scope som forespørselen ber om.</translation>
    </message>
    <message>
        <source>The customer has not delegated the scope to your organisation.</source>
        <translation>Kunden har ikke delegert tilgangen (scope) til organisasjonen din.</translation>
    </message>
    <message>
        <source>The system user part of the request is not in the form Maskinporten expects.</source>
        <translation>Systembrukerdelen av forespørselen har ikke det formatet Maskinporten krever.</translation>
    </message>
    <message>
        <source>Maskinporten found no system user for this customer, system and client.</source>
        <translation>Maskinporten fant ingen systembruker for denne kunden, dette systemet og denne klienten.</translation>
    </message>
    <message>
        <source>Maskinporten refused the request (%1).</source>
        <translation>Maskinporten avviste forespørselen (%1).</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, copy the request from the activity log and send it to support.</source>
        <translation>Prøv igjen. Hvis det fortsatt ikke virker, kopier forespørselen fra aktivitetsloggen og send den til brukerstøtten.</translation>
    </message>
    <message>
        <source>Check the client id in the profile, and that the environment matches where the client was made (a test client only works against test).</source>
        <translation>Sjekk klient-ID-en i profilen, og at miljøet stemmer med der klienten ble opprettet (en testklient virker bare mot test).</translation>
    </message>
    <message>
        <source>Choose the right environment in the profile; the wizard then uses the exact issuer address.</source>
        <translation>Velg riktig miljø i profilen; da bruker veiviseren nøyaktig riktig issuer-adresse.</translation>
    </message>
    <message>
        <source>Use a test certificate against test and a production certificate against production, and check that it has not expired.</source>
        <translation>Bruk et testsertifikat mot test og et produksjonssertifikat mot produksjon, og sjekk at sertifikatet ikke har utløpt.</translation>
    </message>
    <message>
        <source>Upload the public key again in the self-service portal (that renews it), or generate a new key and register it.</source>
        <translation>Last opp den offentlige nøkkelen på nytt i selvbetjeningsportalen (da blir den fornyet), eller lag en ny nøkkel og registrer den.</translation>
    </message>
    <message>
        <source>Use the business certificate of the organisation that owns the client.</source>
        <translation>Bruk virksomhetssertifikatet til organisasjonen som eier klienten.</translation>
    </message>
    <message>
        <source>Import the certificate again from its .p12 file.</source>
        <translation>Importer sertifikatet på nytt fra .p12-filen.</translation>
    </message>
    <message>
        <source>The key in the keychain is not the one registered under this kid. Register its public key, or pick the matching kid.</source>
        <translation>Nøkkelen i nøkkelringen er ikke den som er registrert med denne kid-en. Registrer den tilhørende offentlige nøkkelen, eller velg kid-en som passer.</translation>
    </message>
    <message>
        <source>Register the public key on the client in the self-service portal, or correct the kid; changes can take up to two minutes to reach Maskinporten.</source>
        <translation>Registrer den offentlige nøkkelen på klienten i selvbetjeningsportalen, eller rett opp kid-en; det kan ta opptil to minutter før endringer når fram til Maskinporten.</translation>
    </message>
    <message>
        <source>Sign with the registered key instead of the certificate.</source>
        <translation>Signer med den registrerte nøkkelen i stedet for sertifikatet.</translation>
    </message>
    <message>
        <source>Try again; every request gets a new id.</source>
        <translation>Prøv igjen; hver forespørsel får en ny ID.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock to synchronise automatically with internet time, then try again.</source>
        <translation>Still inn klokken på denne datamaskinen slik at den synkroniseres automatisk med internettid, og prøv igjen.</translation>
    </message>
    <message>
        <source>Add the scope to the client in the self-service portal, or remove it from the request.</source>
        <translation>Legg til scopet på klienten i selvbetjeningsportalen, eller fjern det fra forespørselen.</translation>
    </message>
    <message>
        <source>Use a scope meant for machine-to-machine access, or a client of the Maskinporten type.</source>
        <translation>Bruk et scope som er beregnet på maskin-til-maskin-tilgang, eller en klient av typen Maskinporten.</translation>
    </message>
    <message>
        <source>Ask the API owner to give your organisation access to the scope.</source>
        <translation>Be eieren av API-et om å gi organisasjonen din tilgang til scopet.</translation>
    </message>
    <message>
        <source>Ask the customer to delegate the scope to your organisation in Altinn.</source>
        <translation>Be kunden om å delegere scopet til organisasjonen din i Altinn.</translation>
    </message>
    <message>
        <source>Update the wizard; if it keeps failing, send the activity log to support.</source>
        <translation>Oppdater veiviseren; hvis det fortsatt ikke virker, send aktivitetsloggen til brukerstøtten.</translation>
    </message>
    <message>
        <source>Check that the customer has approved the request, that the client id is listed on the system, and that the external reference matches the one used in the request.</source>
        <translation>Sjekk at kunden har godkjent forespørselen, at klient-ID-en er oppført på systemet, og at den eksterne referansen er den samme som ble brukt i forespørselen.</translation>
    </message>
    <message>
        <source>Read Maskinporten&apos;s message below, and try again. If it keeps failing, send the activity log to support.</source>
        <translation>Les meldingen fra Maskinporten nedenfor, og prøv igjen. Hvis det fortsatt ikke virker, send aktivitetsloggen til brukerstøtten.</translation>
    </message>
    <message>
        <source>The business certificate belongs to another organisation than the one that owns the client.</source>
        <translation>Virksomhetssertifikatet tilhører en annen organisasjon enn den som eier klienten.</translation>
    </message>
    <message>
        <source>Try again; the wizard makes each request valid for at most two minutes.</source>
        <translation>Prøv igjen; veiviseren gjør hver forespørsel gyldig i høyst to minutter.</translation>
    </message>
    <message>
        <source>Maskinporten is not answering properly right now (HTTP %1). This is on their side.</source>
        <translation>Maskinporten svarer ikke som det skal akkurat nå (HTTP %1). Feilen ligger hos dem.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s); Maskinporten asked to wait that long.</source>
        <translation>
            <numerusform>Prøv igjen om %n sekund; Maskinporten ba oss vente så lenge.</numerusform>
            <numerusform>Prøv igjen om %n sekunder; Maskinporten ba oss vente så lenge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s); Maskinporten asked to wait that long.</source>
        <translation>
            <numerusform>Prøv igjen om %n minutt; Maskinporten ba oss vente så lenge.</numerusform>
            <numerusform>Prøv igjen om %n minutter; Maskinporten ba oss vente så lenge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Prøv igjen om noen minutter.</translation>
    </message>
</context>
<context>
    <name>MaskinportenExportPanel</name>
    <message>
        <source>Register the public key</source>
        <translation>Registrer den offentlige nøkkelen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>JWK (public key as JSON)</source>
        <translation>JWK (offentlig nøkkel som JSON)</translation>
    </message>
    <message>
        <source>JWKS (key set, for the portal&apos;s API)</source>
        <translation>JWKS (nøkkelsett, for API-et til portalen)</translation>
    </message>
    <message>
        <source>PEM (public key)</source>
        <translation>PEM (offentlig nøkkel)</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Eksportformat</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Lagre…</translation>
    </message>
    <message>
        <source>Save the public key to a file</source>
        <translation>Lagre den offentlige nøkkelen i en fil</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <source>Copy the public key</source>
        <translation>Kopier den offentlige nøkkelen</translation>
    </message>
    <message>
        <source>Open the self-service &amp;portal</source>
        <translation>Åpne selvbetjenings&amp;portalen</translation>
    </message>
    <message>
        <source>Open the self-service portal in the browser</source>
        <translation>Åpne selvbetjeningsportalen i nettleseren</translation>
    </message>
    <message>
        <source>In the sandbox one click registers a Maskinporten client with this key and the scopes the wizard needs. You can still export the public key to see what you would send.</source>
        <translation>I sandkassen registrerer ett klikk en Maskinporten-klient med denne nøkkelen og de scopene veiviseren trenger. Du kan likevel eksportere den offentlige nøkkelen for å se hva du ville sendt.</translation>
    </message>
    <message>
        <source>This server is on your computer: if it is a systemuser-sandbox, Register creates the client. Otherwise register the public key with the server yourself.</source>
        <translation>Denne serveren kjører på datamaskinen din: Hvis det er en systemuser-sandbox, oppretter Registrer klienten. Ellers må du registrere den offentlige nøkkelen på serveren selv.</translation>
    </message>
    <message>
        <source>In the self-service portal for %1: open your Maskinporten client (or create one for organisation %2), choose to add a key and paste the JWK (or upload the PEM). The client needs the scopes %3. Then copy the client id into the field above.</source>
        <translation>I selvbetjeningsportalen for %1: Åpne Maskinporten-klienten din (eller opprett en for organisasjonen %2), velg å legge til en nøkkel, og lim inn JWK-en (eller last opp PEM-filen). Klienten trenger scopene %3. Kopier deretter klient-ID-en inn i feltet ovenfor.</translation>
    </message>
    <message>
        <source>The public key is copied. Paste it in the self-service portal.</source>
        <translation>Den offentlige nøkkelen er kopiert. Lim den inn i selvbetjeningsportalen.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Lagre den offentlige nøkkelen</translation>
    </message>
    <message>
        <source>The public key could not be saved to %1: %2</source>
        <translation>Den offentlige nøkkelen kunne ikke lagres i %1: %2</translation>
    </message>
    <message>
        <source>Saved the public key to %1. It holds no secret.</source>
        <translation>Lagret den offentlige nøkkelen i %1. Den inneholder ingen hemmeligheter.</translation>
    </message>
    <message>
        <source>No browser could be opened. Go to %1 yourself.</source>
        <translation>Ingen nettleser kunne åpnes. Gå til %1 selv.</translation>
    </message>
</context>
<context>
    <name>MaskinportenKeyDetails</name>
    <message>
        <source>&amp;Key id (kid):</source>
        <translation>Nøkkel-I&amp;D (kid):</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Nøkkel-ID</translation>
    </message>
    <message>
        <source>The name Maskinporten knows the key by. Change it before you register the key; press Enter to apply.</source>
        <translation>Navnet Maskinporten kjenner nøkkelen under. Endre det før du registrerer nøkkelen; trykk Enter for å ta i bruk endringen.</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritme:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Størrelse:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtrykk:</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>Lagret i:</translation>
    </message>
    <message>
        <source>The key&apos;s RFC 7638 thumbprint. It is the same wherever the public key is registered, so you can compare it with the portal.</source>
        <translation>Fingeravtrykket til nøkkelen etter RFC 7638. Det er det samme uansett hvor den offentlige nøkkelen er registrert, så du kan sammenligne det med portalen.</translation>
    </message>
    <message>
        <source>No key yet. Generate one here (recommended), or import the key you already registered.</source>
        <translation>Ingen nøkkel ennå. Lag en her (anbefalt), eller importer nøkkelen du allerede har registrert.</translation>
    </message>
    <message>
        <source>This profile&apos;s key was kept for one run only and is gone now. Generate or import a key again.</source>
        <translation>Nøkkelen til denne profilen ble bare beholdt i én økt og er borte nå. Lag eller importer en nøkkel på nytt.</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bit</translation>
    </message>
    <message>
        <source>Keychain entry: %1</source>
        <translation>Oppføring i nøkkelringen: %1</translation>
    </message>
    <message>
        <source>This run only (in memory; gone when you quit)</source>
        <translation>Bare denne økten (i minnet; borte når du avslutter)</translation>
    </message>
    <message>
        <source>With the business certificate&apos;s chain (x5c).</source>
        <translation>Med sertifikatkjeden til virksomhetssertifikatet (x5c).</translation>
    </message>
</context>
<context>
    <name>MaskinportenKeyPanel</name>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>Key si&amp;ze:</source>
        <translation>Nøkkel&amp;størrelse:</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bit</translation>
    </message>
    <message>
        <source>Key size in bits</source>
        <translation>Nøkkelstørrelse i bit</translation>
    </message>
    <message>
        <source>2048 bits is what Maskinporten asks for at least; larger keys are slower to make and to use.</source>
        <translation>Maskinporten krever minst 2048 bit; større nøkler tar lengre tid å lage og å bruke.</translation>
    </message>
    <message>
        <source>Kee&amp;p for this run only</source>
        <translation>&amp;Behold bare i denne økten</translation>
    </message>
    <message>
        <source>Keep the key for this run only</source>
        <translation>Behold nøkkelen bare i denne økten</translation>
    </message>
    <message>
        <source>The key stays in memory and is gone when you quit. For demos, or when this computer has no keychain.</source>
        <translation>Nøkkelen ligger i minnet og forsvinner når du avslutter. For demoer, eller når denne datamaskinen ikke har noen nøkkelring.</translation>
    </message>
    <message>
        <source>&amp;Import key file…</source>
        <translation>&amp;Importer nøkkelfil…</translation>
    </message>
    <message>
        <source>Import key file</source>
        <translation>Importer nøkkelfil</translation>
    </message>
    <message>
        <source>You can also drop a key file here: PEM, JWK or a business certificate (.p12, .pfx).</source>
        <translation>Du kan også slippe en nøkkelfil her: PEM, JWK eller et virksomhetssertifikat (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Keep it for this run only</source>
        <translation>Behold den bare i denne økten</translation>
    </message>
    <message>
        <source>&amp;Generate a new key…</source>
        <translation>La&amp;g en ny nøkkel…</translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation>La&amp;g nøkkel</translation>
    </message>
    <message>
        <source>Generate a new key</source>
        <translation>Lag en ny nøkkel</translation>
    </message>
    <message>
        <source>Generate key</source>
        <translation>Lag nøkkel</translation>
    </message>
    <message>
        <source>Replace the key?</source>
        <translation>Vil du erstatte nøkkelen?</translation>
    </message>
    <message>
        <source>This profile has a key already (%1). A new key replaces it here; Maskinporten keeps accepting the old one until you remove it in the portal, and the new one works once you register it.</source>
        <translation>Denne profilen har allerede en nøkkel (%1). En ny nøkkel erstatter den her; Maskinporten godtar den gamle helt til du fjerner den i portalen, og den nye virker når du har registrert den.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Erstatt nøkkelen</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Behold den nåværende nøkkelen</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Importer en privat nøkkel</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.key *.json *.jwk *.p12 *.pfx);;All files (*)</source>
        <translation>Nøkler og sertifikater (*.pem *.key *.json *.jwk *.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a key. Choose the file that holds your private key.</source>
        <translation>%1 er for stor til å være en nøkkel. Velg filen som inneholder den private nøkkelen din.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kan ikke leses: %2. Sjekk at filen finnes, og at du har lov til å lese den.</translation>
    </message>
    <message>
        <source>Password for the key</source>
        <translation>Passord for nøkkelen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Generating a %1-bit key… this takes a few seconds.</source>
        <translation>Lager en nøkkel på %1 bit… dette tar noen sekunder.</translation>
    </message>
    <message>
        <source>Cancelled. No key was made.</source>
        <translation>Avbrutt. Ingen nøkkel ble laget.</translation>
    </message>
    <message>
        <source>Saving the private key in the keychain…</source>
        <translation>Lagrer den private nøkkelen i nøkkelringen…</translation>
    </message>
    <message>
        <source>Keeping the private key in memory for this run…</source>
        <translation>Beholder den private nøkkelen i minnet for denne økten…</translation>
    </message>
    <message>
        <source>Cancelled. The profile keeps its previous key.</source>
        <translation>Avbrutt. Profilen beholder den forrige nøkkelen.</translation>
    </message>
    <message>
        <source>The key is ready. Its private part is in the keychain; register the public key below.</source>
        <translation>Nøkkelen er klar. Den private delen ligger i nøkkelringen; registrer den offentlige nøkkelen nedenfor.</translation>
    </message>
    <message>
        <source>The key is ready for this run. Register the public key below.</source>
        <translation>Nøkkelen er klar for denne økten. Registrer den offentlige nøkkelen nedenfor.</translation>
    </message>
</context>
<context>
    <name>MaskinportenPage</name>
    <message>
        <source>Maskinporten client and key</source>
        <translation>Maskinporten-klient og nøkkel</translation>
    </message>
    <message>
        <source>Your system proves who it is to Maskinporten with a key pair. The private key stays in this computer&apos;s keychain; Maskinporten gets the public key.</source>
        <translation>Systemet ditt beviser hvem det er overfor Maskinporten med et nøkkelpar. Den private nøkkelen blir i nøkkelringen på denne datamaskinen; Maskinporten får den offentlige nøkkelen.</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Sjekk tilkoblingen</translation>
    </message>
</context>
<context>
    <name>MaskinportenTokenClient</name>
    <message>
        <source>The key could not sign the request.</source>
        <translation>Nøkkelen kunne ikke signere forespørselen.</translation>
    </message>
    <message>
        <source>Maskinporten did not answer in time.</source>
        <translation>Maskinporten svarte ikke i tide.</translation>
    </message>
    <message>
        <source>Maskinporten&apos;s answer did not contain a token.</source>
        <translation>Svaret fra Maskinporten inneholdt ikke noe token.</translation>
    </message>
    <message>
        <source>Maskinporten&apos;s answer was larger than %1 KiB, so it was not read.</source>
        <translation>Svaret fra Maskinporten var større enn %1 KiB, så det ble ikke lest.</translation>
    </message>
    <message>
        <source>The connection to Maskinporten closed before the answer came.</source>
        <translation>Tilkoblingen til Maskinporten ble lukket før svaret kom.</translation>
    </message>
</context>
<context>
    <name>MetadataCommands</name>
    <message>
        <source>Search the resource registry (rights)</source>
        <translation>Søk i ressursregisteret (rettigheter)</translation>
    </message>
    <message>
        <source>Search the access packages</source>
        <translation>Søk i tilgangspakkene</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>Ord du vil søke etter.</translation>
    </message>
    <message>
        <source>Find resources by title; their identifiers go into a system&apos;s rights.</source>
        <translation>Finn ressurser etter tittel; identifikatorene deres brukes i rettighetene til et system.</translation>
    </message>
    <message>
        <source>Find access packages by name or description.</source>
        <translation>Finn tilgangspakker etter navn eller beskrivelse.</translation>
    </message>
    <message>
        <source>The server could not be reached; this is the saved copy from %1.</source>
        <translation>Fikk ikke kontakt med serveren; dette er den lagrede kopien fra %1.</translation>
    </message>
    <message>
        <source>searching the resource registry</source>
        <translation>søket i ressursregisteret</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) found.</source>
        <translation>
            <numerusform>%n ressurs funnet.</numerusform>
            <numerusform>%n ressurser funnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>searching the access packages</source>
        <translation>søket i tilgangspakkene</translation>
    </message>
    <message numerus="yes">
        <source>%n access package(s) found.</source>
        <translation>
            <numerusform>%n tilgangspakke funnet.</numerusform>
            <numerusform>%n tilgangspakker funnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetadataStatusBanner</name>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Prøv å hente på nytt</translation>
    </message>
</context>
<context>
    <name>NextStepsSection</name>
    <message>
        <source>Next steps</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Neste steg: %1</translation>
    </message>
</context>
<context>
    <name>Onboarding::AppInstanceFlow</name>
    <message>
        <source>creating an instance of %1</source>
        <translation>opprettingen av en instans av %1</translation>
    </message>
    <message>
        <source>The app refused the token: it is not a system user token.</source>
        <translation>Appen avviste tokenet: Det er ikke et systembrukertoken.</translation>
    </message>
    <message>
        <source>Ask Maskinporten for a system user token for %1.</source>
        <translation>Be Maskinporten om et systembrukertoken for %1.</translation>
    </message>
    <message>
        <source>The system user %1 no longer exists: it was deleted.</source>
        <translation>Systembrukeren %1 finnes ikke lenger: Den er slettet.</translation>
    </message>
    <message>
        <source>Send %1 a new request for the system and wait for the approval.</source>
        <translation>Send %1 en ny forespørsel for systemet, og vent på godkjenningen.</translation>
    </message>
    <message>
        <source>The system user does not act for %1.</source>
        <translation>Systembrukeren handler ikke på vegne av %1.</translation>
    </message>
    <message>
        <source>Use a system user token for %1 itself.</source>
        <translation>Bruk et systembrukertoken som gjelder %1 selv.</translation>
    </message>
    <message>
        <source>The app refused: the system user of %1 may not create an instance of %2. It most likely lacks the right %3.</source>
        <translation>Appen avviste kallet: Systembrukeren til %1 har ikke lov til å opprette en instans av %2. Mest sannsynlig mangler den rettigheten %3.</translation>
    </message>
    <message>
        <source>The system user of %1 may not create an instance of %2: it lacks the right %3.</source>
        <translation>Systembrukeren til %1 har ikke lov til å opprette en instans av %2: Den mangler rettigheten %3.</translation>
    </message>
    <message>
        <source>Add %1 to the system&apos;s rights, publish the system and send %2 a change request; once the customer has approved it, try again.</source>
        <translation>Legg til %1 i rettighetene til systemet, publiser systemet, og send %2 en endringsforespørsel; prøv igjen når kunden har godkjent den.</translation>
    </message>
    <message>
        <source>There is no app %1 here.</source>
        <translation>Det finnes ingen app %1 her.</translation>
    </message>
    <message>
        <source>Check the app owner&apos;s code and the app&apos;s name (the resource %1).</source>
        <translation>Sjekk koden til appeieren og navnet på appen (ressursen %1).</translation>
    </message>
    <message>
        <source>The answer from the app was lost: the instance of %1 for %2 may have been created.</source>
        <translation>Svaret fra appen gikk tapt: Instansen av %1 for %2 kan være opprettet.</translation>
    </message>
    <message>
        <source>Do not simply try again: every try creates another instance. Look in the app or in the customer&apos;s inbox first.</source>
        <translation>Ikke bare prøv igjen: Hvert forsøk oppretter en ny instans. Se først i appen eller i innboksen til kunden.</translation>
    </message>
</context>
<context>
    <name>Onboarding::BulkChangeRequestFlow</name>
    <message>
        <source>Change request sent. Waiting for the customer.</source>
        <translation>Endringsforespørsel sendt. Venter på kunden.</translation>
    </message>
    <message>
        <source>This change request was sent before; it is waiting for the customer.</source>
        <translation>Denne endringsforespørselen ble sendt tidligere; den venter på kunden.</translation>
    </message>
    <message>
        <source>The system user has what was asked for already; nothing was sent.</source>
        <translation>Systembrukeren har allerede det det ble bedt om; ingenting ble sendt.</translation>
    </message>
</context>
<context>
    <name>Onboarding::BulkRequestFlow</name>
    <message>
        <source>Sent before the interruption; found at Altinn, nothing sent again.</source>
        <translation>Sendt før avbruddet; funnet i Altinn, ingenting ble sendt på nytt.</translation>
    </message>
    <message>
        <source>Could not check whether the interrupted run reached Altinn; nothing was sent. Run the send again later.</source>
        <translation>Kunne ikke sjekke om den avbrutte kjøringen nådde Altinn; ingenting ble sendt. Kjør sendingen på nytt senere.</translation>
    </message>
    <message>
        <source>Stopped before asking more customers: %1</source>
        <translation>Stoppet før flere kunder ble spurt: %1</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because its journal could not be written.</source>
        <translation>Ikke sendt: Kjøringen stoppet fordi journalen for kjøringen ikke kunne skrives.</translation>
    </message>
    <message>
        <source>Request sent (its answer was lost; found at Altinn afterwards). Waiting for the customer.</source>
        <translation>Forespørsel sendt (svaret gikk tapt; funnet i Altinn etterpå). Venter på kunden.</translation>
    </message>
    <message>
        <source>Request sent. Waiting for the customer.</source>
        <translation>Forespørsel sendt. Venter på kunden.</translation>
    </message>
    <message>
        <source>A request was waiting already; nothing new was sent. Send the customer its link.</source>
        <translation>En forespørsel ventet allerede; ingenting nytt ble sendt. Send kunden lenken.</translation>
    </message>
    <message>
        <source>An earlier request was rejected or timed out. Open the customer to delete it and ask again.</source>
        <translation>En tidligere forespørsel ble avvist eller utløp. Åpne kunden for å slette den og spørre på nytt.</translation>
    </message>
    <message>
        <source>The customer has this system user already; nothing was sent.</source>
        <translation>Kunden har allerede denne systembrukeren; ingenting ble sendt.</translation>
    </message>
    <message>
        <source>The customer list could not be saved; the journal is kept, so the next run looks these customers up first.</source>
        <translation>Kundelisten kunne ikke lagres. Journalen beholdes, så neste kjøring slår opp disse kundene først.</translation>
    </message>
</context>
<context>
    <name>Onboarding::ChangeCampaign</name>
    <message>
        <source>reading the change requests</source>
        <translation>hentingen av endringsforespørslene</translation>
    </message>
    <message>
        <source>reading the change request of %1</source>
        <translation>hentingen av endringsforespørselen til %1</translation>
    </message>
    <message>
        <source>reading what the system user of %1 holds</source>
        <translation>hentingen av det systembrukeren til %1 har</translation>
    </message>
    <message>
        <source>This is a system user for client relationships (agent): Altinn&apos;s change requests are for standard system users only.</source>
        <translation>Dette er en systembruker for klientforhold (klientsystembruker): Endringsforespørsler i Altinn gjelder bare standard systembrukere.</translation>
    </message>
    <message>
        <source>The customer must approve a new agent request instead: the customer deletes the system user in Altinn (Systemtilganger), then you send a new agent request with what it should have.</source>
        <translation>Kunden må godkjenne en ny forespørsel om klientsystembruker i stedet: Kunden sletter systembrukeren i Altinn (Systemtilganger), og så sender du en ny forespørsel om klientsystembruker med det den skal ha.</translation>
    </message>
    <message>
        <source>A change request for this system user already waits for the customer.</source>
        <translation>En endringsforespørsel for denne systembrukeren venter allerede på kunden.</translation>
    </message>
    <message>
        <source>Wait until the customer has decided, then plan again.</source>
        <translation>Vent til kunden har bestemt seg, og planlegg deretter på nytt.</translation>
    </message>
    <message>
        <source>Wait until the customer has decided, or hand over its link again: %1. Then plan again.</source>
        <translation>Vent til kunden har bestemt seg, eller gi kunden lenken på nytt: %1. Planlegg deretter på nytt.</translation>
    </message>
    <message>
        <source>What this system user holds is unknown: the request it was created from is gone.</source>
        <translation>Det er ukjent hva denne systembrukeren har: Forespørselen den ble opprettet fra, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Ask again instead: the customer deletes the system user in Altinn (Systemtilganger), then you send a new request with what it should have.</source>
        <translation>Spør på nytt i stedet: Kunden sletter systembrukeren i Altinn (Systemtilganger), og så sender du en ny forespørsel med det den skal ha.</translation>
    </message>
    <message>
        <source>The system no longer offers anything this customer wanted, so there is nothing left to ask for.</source>
        <translation>Systemet tilbyr ikke lenger noe av det denne kunden ønsket, så det er ingenting igjen å be om.</translation>
    </message>
    <message>
        <source>Agree with the customer what the system user should have and update what the customer wants, or let the customer delete the system user in Altinn.</source>
        <translation>Avtal med kunden hva systembrukeren skal ha, og oppdater det kunden ønsker, eller la kunden slette systembrukeren i Altinn.</translation>
    </message>
    <message>
        <source>Each change request must be approved in Altinn by someone who holds the access manager role for the customer and may delegate every right and access package it adds. A change request cannot be passed on (escalated) to someone else, so tell each customer who has to approve it.</source>
        <translation>Hver endringsforespørsel må godkjennes i Altinn av noen som har rollen Tilgangsstyrer hos kunden og kan delegere alle rettighetene og tilgangspakkene den legger til. En endringsforespørsel kan ikke sendes videre (eskaleres) til noen andre, så fortell hver kunde hvem som må godkjenne den.</translation>
    </message>
</context>
<context>
    <name>Onboarding::IdPortenClientSetup</name>
    <message>
        <source>There is no profile to log in with.</source>
        <translation>Det finnes ingen profil å logge inn med.</translation>
    </message>
    <message>
        <source>No key could be made for the ID-porten client.</source>
        <translation>Det kunne ikke lages noen nøkkel for ID-porten-klienten.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names no ID-porten client for %2.</source>
        <translation>Profilen &quot;%1&quot; oppgir ingen ID-porten-klient for %2.</translation>
    </message>
    <message>
        <source>A new key was made for the ID-porten client %1: ID-porten does not know it yet.</source>
        <translation>Det ble laget en ny nøkkel for ID-porten-klienten %1: ID-porten kjenner den ikke ennå.</translation>
    </message>
    <message>
        <source>Register an ID-porten integration in Digdir&apos;s self-service with the redirect URI %1 and private_key_jwt, upload the public key in the details below, and put its client id in the profile (%2).</source>
        <translation>Registrer en ID-porten-integrasjon i selvbetjeningsportalen til Digdir med omdirigeringsadressen (redirect URI) %1 og private_key_jwt, last opp den offentlige nøkkelen fra detaljene nedenfor, og legg inn klient-ID-en til integrasjonen i profilen (%2).</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no organisation number. Add it first.</source>
        <translation>Profilen &quot;%1&quot; har ikke noe organisasjonsnummer. Legg det til først.</translation>
    </message>
    <message>
        <source>registering the ID-porten client in the sandbox</source>
        <translation>registreringen av ID-porten-klienten i sandkassen</translation>
    </message>
    <message>
        <source>%1 (System User Wizard)</source>
        <translation>%1 (Systembruker-veiviser)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten client %1 belongs to organisation %2, not to %3.</source>
        <translation>ID-porten-klienten %1 i sandkassen tilhører organisasjonen %2, ikke %3.</translation>
    </message>
    <message>
        <source>Reset the sandbox, or use a profile of organisation %1.</source>
        <translation>Tilbakestill sandkassen, eller bruk en profil for organisasjonen %1.</translation>
    </message>
    <message>
        <source>updating the sandbox&apos;s ID-porten client</source>
        <translation>oppdateringen av ID-porten-klienten i sandkassen</translation>
    </message>
</context>
<context>
    <name>Onboarding::IdPortenLoginFlow</name>
    <message>
        <source>Nobody logged in at ID-porten in time.</source>
        <translation>Ingen logget inn i ID-porten i tide.</translation>
    </message>
    <message>
        <source>Log in again when ready, and finish the login in the browser within a few minutes.</source>
        <translation>Logg inn på nytt når du er klar, og fullfør innloggingen i nettleseren innen noen få minutter.</translation>
    </message>
    <message>
        <source>There is no profile to log in with.</source>
        <translation>Det finnes ingen profil å logge inn med.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Velg en profil først.</translation>
    </message>
    <message>
        <source>reading ID-porten&apos;s discovery document</source>
        <translation>hentingen av discovery-dokumentet til ID-porten</translation>
    </message>
    <message>
        <source>No port could be opened on 127.0.0.1 for ID-porten&apos;s answer.</source>
        <translation>Det kunne ikke åpnes noen port på 127.0.0.1 for svaret fra ID-porten.</translation>
    </message>
    <message>
        <source>Check that no firewall or security software blocks local connections, then log in again.</source>
        <translation>Sjekk at ingen brannmur eller sikkerhetsprogramvare blokkerer lokale tilkoblinger, og logg deretter inn på nytt.</translation>
    </message>
    <message>
        <source>The answer that came back from the browser does not belong to this login (its state differs), so it was not used.</source>
        <translation>Svaret som kom tilbake fra nettleseren, hører ikke til denne innloggingen (state-verdien er en annen), så det ble ikke brukt.</translation>
    </message>
    <message>
        <source>Log in again, and finish the login in the newest ID-porten tab only.</source>
        <translation>Logg inn på nytt, og fullfør innloggingen bare i den nyeste ID-porten-fanen.</translation>
    </message>
    <message>
        <source>The answer came from another login service (%1) than this environment&apos;s ID-porten.</source>
        <translation>Svaret kom fra en annen innloggingstjeneste (%1) enn ID-porten i dette miljøet.</translation>
    </message>
    <message>
        <source>Log in again.</source>
        <translation>Logg inn på nytt.</translation>
    </message>
    <message>
        <source>ID-porten&apos;s answer held no login code.</source>
        <translation>Svaret fra ID-porten inneholdt ingen innloggingskode.</translation>
    </message>
    <message>
        <source>getting the tokens from ID-porten</source>
        <translation>hentingen av tokenene fra ID-porten</translation>
    </message>
    <message>
        <source>reading ID-porten&apos;s keys</source>
        <translation>hentingen av nøklene til ID-porten</translation>
    </message>
    <message>
        <source>Log in again. If it happens again, report it with the details below.</source>
        <translation>Logg inn på nytt. Hvis det skjer igjen, meld fra om det med detaljene nedenfor.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Innloggingen ble avbrutt.</translation>
    </message>
    <message>
        <source>Log in again when ready.</source>
        <translation>Logg inn på nytt når du er klar.</translation>
    </message>
</context>
<context>
    <name>Onboarding::KeyEnrolmentFlow</name>
    <message>
        <source>A key id has letters, digits, dots, colons, hyphens and underscores only (at most 100).</source>
        <translation>En nøkkel-ID kan bare inneholde bokstaver, sifre, punktum, kolon, bindestreker og understreker (høyst 100 tegn).</translation>
    </message>
    <message>
        <source>The key could not be generated. Try again; if it keeps failing, import a key instead.</source>
        <translation>Nøkkelen kunne ikke lages. Prøv igjen; hvis det fortsatt ikke virker, importer en nøkkel i stedet.</translation>
    </message>
    <message>
        <source>The key is stored, but the profile could not be saved: %1</source>
        <translation>Nøkkelen er lagret, men profilen kunne ikke lagres: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved, so it keeps its previous key: %1</source>
        <translation>Profilen kunne ikke lagres, så den beholder den forrige nøkkelen: %1</translation>
    </message>
</context>
<context>
    <name>Onboarding::LedgerSync</name>
    <message>
        <source>reading the agent requests</source>
        <translation>hentingen av forespørslene om klientsystembruker</translation>
    </message>
    <message>
        <source>reading the requests</source>
        <translation>hentingen av forespørslene</translation>
    </message>
    <message>
        <source>reading the system users</source>
        <translation>hentingen av systembrukerne</translation>
    </message>
    <message>
        <source>reading the change requests</source>
        <translation>hentingen av endringsforespørslene</translation>
    </message>
</context>
<context>
    <name>Onboarding::PersonAppInstanceFlow</name>
    <message>
        <source>The app refused: the person&apos;s token lacks the scope altinn:instances.write.</source>
        <translation>Appen avviste kallet: Tokenet til personen mangler scopet altinn:instances.write.</translation>
    </message>
    <message>
        <source>Log in again and ask for the scope altinn:instances.write (and make sure your ID-porten client has it).</source>
        <translation>Logg inn på nytt og be om scopet altinn:instances.write (og sørg for at ID-porten-klienten din har det).</translation>
    </message>
    <message>
        <source>The app refused: the person may not act for %1 here.</source>
        <translation>Appen avviste kallet: Personen har ikke lov til å handle på vegne av %1 her.</translation>
    </message>
    <message>
        <source>Create the instance for an organisation the person acts for.</source>
        <translation>Opprett instansen for en organisasjon som personen handler på vegne av.</translation>
    </message>
    <message>
        <source>The app does not know the person who logged in.</source>
        <translation>Appen kjenner ikke personen som logget inn.</translation>
    </message>
    <message>
        <source>Log in as another person.</source>
        <translation>Logg inn som en annen person.</translation>
    </message>
    <message>
        <source>The person who logged in holds no role at %1 that lets them create an instance of %2.</source>
        <translation>Personen som logget inn, har ingen rolle hos %1 som gir lov til å opprette en instans av %2.</translation>
    </message>
    <message>
        <source>Log in as a person with a role at %1 that the app accepts (such as general manager), or have the organisation give this person such a role.</source>
        <translation>Logg inn som en person med en rolle hos %1 som appen godtar (for eksempel daglig leder), eller be organisasjonen gi denne personen en slik rolle.</translation>
    </message>
    <message>
        <source>There is no profile to act with.</source>
        <translation>Det finnes ingen profil å handle med.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Velg en profil først.</translation>
    </message>
</context>
<context>
    <name>Onboarding::PersonTokenExchange</name>
    <message>
        <source>There is no profile to act with.</source>
        <translation>Det finnes ingen profil å handle med.</translation>
    </message>
    <message>
        <source>No person is logged in.</source>
        <translation>Ingen person er logget inn.</translation>
    </message>
    <message>
        <source>Log in with ID-porten first.</source>
        <translation>Logg inn med ID-porten først.</translation>
    </message>
    <message>
        <source>exchanging the ID-porten token at Altinn</source>
        <translation>vekslingen av ID-porten-tokenet i Altinn</translation>
    </message>
    <message>
        <source>Log in with ID-porten again, then try again.</source>
        <translation>Logg inn med ID-porten på nytt, og prøv deretter igjen.</translation>
    </message>
</context>
<context>
    <name>Onboarding::PublishSystemFlow</name>
    <message>
        <source>checking what is registered</source>
        <translation>sjekken av hva som er registrert</translation>
    </message>
    <message>
        <source>registering the system</source>
        <translation>registreringen av systemet</translation>
    </message>
    <message>
        <source>updating the system</source>
        <translation>oppdateringen av systemet</translation>
    </message>
    <message>
        <source>reading the system back (it was probably saved; select Try again to check)</source>
        <translation>hentingen av systemet etter lagringen (det ble sannsynligvis lagret; velg Prøv igjen for å sjekke)</translation>
    </message>
    <message>
        <source>checking whether the system was registered</source>
        <translation>sjekken av om systemet ble registrert</translation>
    </message>
    <message>
        <source>The system id %1 is registered already, by another vendor: nothing was registered now.</source>
        <translation>System-ID-en %1 er allerede registrert, av en annen leverandør: Ingenting ble registrert nå.</translation>
    </message>
    <message>
        <source>Choose another system id.</source>
        <translation>Velg en annen system-ID.</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and the system %1 is not registered: nothing was created.</source>
        <translation>Altinn svarte med en serverfeil, og systemet %1 er ikke registrert: Ingenting ble opprettet.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and the system %1 is not registered: nothing was created.</source>
        <translation>Svaret fra Altinn gikk tapt, og systemet %1 er ikke registrert: Ingenting ble opprettet.</translation>
    </message>
    <message>
        <source>Register it again.</source>
        <translation>Registrer det på nytt.</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and could not be asked afterwards whether the system %1 was registered anyway: it may have been.</source>
        <translation>Altinn svarte med en serverfeil, og det var ikke mulig å spørre Altinn etterpå om systemet %1 likevel ble registrert: Det kan ha blitt det.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and Altinn could not be asked afterwards whether the system %1 was registered: it may have been.</source>
        <translation>Svaret fra Altinn gikk tapt, og det var ikke mulig å spørre Altinn etterpå om systemet %1 ble registrert: Det kan ha blitt det.</translation>
    </message>
    <message>
        <source>Check again before registering it again. Registering it again is safe: a system that is there is found and reported, never registered twice.</source>
        <translation>Sjekk på nytt før du registrerer det igjen. Det er trygt å registrere det igjen: Et system som allerede finnes, blir funnet og rapportert, aldri registrert to ganger.</translation>
    </message>
    <message>
        <source>The system id %1 is registered already in your organisation&apos;s name, but with other client ids (%2): someone else set it up, so it was left as it is.</source>
        <translation>System-ID-en %1 er allerede registrert i navnet til organisasjonen din, men med andre klient-ID-er (%2): Noen andre har satt det opp, så det ble latt være som det er.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Choose another system id, or agree with whoever registered it before you update it.</source>
        <translation>Velg en annen system-ID, eller avtal med den som registrerte systemet, før du oppdaterer det.</translation>
    </message>
    <message>
        <source>updating the system (it was registered already, but not as in the definition)</source>
        <translation>oppdateringen av systemet (det var allerede registrert, men ikke slik som i definisjonen)</translation>
    </message>
</context>
<context>
    <name>Onboarding::SandboxCatalogueFlow</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassen har ikke startet ennå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Only the sandbox has a catalogue of its own; %1 has Altinn&apos;s catalogue.</source>
        <translation>Bare sandkassen har en egen katalog; %1 har katalogen til Altinn.</translation>
    </message>
    <message>
        <source>The environment changed underneath. Try again.</source>
        <translation>Miljøet ble endret underveis. Prøv igjen.</translation>
    </message>
    <message>
        <source>Nothing was sent: the file has problems the sandbox would refuse.</source>
        <translation>Ingenting ble sendt: Filen har problemer som sandkassen ville avvist.</translation>
    </message>
    <message>
        <source>Nothing was sent: there is nothing to add.</source>
        <translation>Ingenting ble sendt: Det er ingenting å legge til.</translation>
    </message>
    <message>
        <source>The language of the export must be nb, nn or en (got &quot;%1&quot;).</source>
        <translation>Språket i eksporten må være nb, nn eller en (fikk &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The catalogue changed, but the saved copy of it could not be downloaded again: %1 Use Retry in the rights list to load it.</source>
        <translation>Katalogen ble endret, men den lagrede kopien av den kunne ikke lastes ned på nytt: %1 Bruk Prøv igjen i rettighetslisten for å hente den.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>The sandbox did not take it: %1</source>
        <translation>Sandkassen tok ikke imot det: %1</translation>
    </message>
    <message>
        <source>%1 of %2 parts were added before that; sending the file again is safe.</source>
        <translation>%1 av %2 deler ble lagt til før det; det er trygt å sende filen på nytt.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SandboxCatalogueImport</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at byte %2). Save the API&apos;s answer as it came, e.g. with curl -o.</source>
        <translation>Filen er ikke JSON (%1 ved byte %2). Lagre svaret fra API-et slik det kom, f.eks. med curl -o.</translation>
    </message>
    <message>
        <source>The file holds an empty list: there is nothing to add.</source>
        <translation>Filen inneholder en tom liste: Det er ingenting å legge til.</translation>
    </message>
    <message>
        <source>This is an access package search answer. Add the whole export instead (accessmanagement/api/v1/meta/info/accesspackages/export).</source>
        <translation>Dette er et svar fra et søk etter tilgangspakker. Legg til hele eksporten i stedet (accessmanagement/api/v1/meta/info/accesspackages/export).</translation>
    </message>
    <message>
        <source>This is not a format the sandbox can add: expected a resource list or resource (with &quot;identifier&quot;), an access package export (area groups with &quot;areas&quot;), or organisations (&quot;orgNo&quot; and &quot;name&quot;).</source>
        <translation>Dette er ikke et format sandkassen kan legge til: Forventet en ressursliste eller en ressurs (med &quot;identifier&quot;), en eksport av tilgangspakker (områdegrupper med &quot;areas&quot;) eller organisasjoner (&quot;orgNo&quot; og &quot;name&quot;).</translation>
    </message>
    <message>
        <source>Expected a resource (an object); found something else.</source>
        <translation>Forventet en ressurs (et objekt); fant noe annet.</translation>
    </message>
    <message>
        <source>The identifier must be 4 to 200 letters, digits, &quot;_&quot; or &quot;-&quot; (found &quot;%1&quot;).</source>
        <translation>Identifikatoren må bestå av 4 til 200 bokstaver, sifre, &quot;_&quot; eller &quot;-&quot; (fant &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path of the registry, not a resource id.</source>
        <translation>&quot;%1&quot; er en sti i registeret, ikke en ressurs-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the file twice (also at %2).</source>
        <translation>&quot;%1&quot; står to ganger i filen (også ved %2).</translation>
    </message>
    <message>
        <source>Unknown resource type &quot;%1&quot;; the registry&apos;s types are %2.</source>
        <translation>Ukjent ressurstype &quot;%1&quot;; typene i registeret er %2.</translation>
    </message>
    <message>
        <source>Ids starting with &quot;app_&quot; belong to apps: the type must be AltinnApp (or MigratedApp), not %1.</source>
        <translation>ID-er som begynner med &quot;app_&quot;, hører til apper: Typen må være AltinnApp (eller MigratedApp), ikke %1.</translation>
    </message>
    <message>
        <source>An app (%1) has an id of the form app_&lt;owner code&gt;_&lt;app name&gt;.</source>
        <translation>En app (%1) har en ID på formen app_&lt;eierkode&gt;_&lt;appnavn&gt;.</translation>
    </message>
    <message>
        <source>Expected texts per language, e.g. {&quot;nb&quot;: &quot;…&quot;, &quot;nn&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</source>
        <translation>Forventet tekster per språk, f.eks. {&quot;nb&quot;: &quot;…&quot;, &quot;nn&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Forventet true eller false.</translation>
    </message>
    <message>
        <source>Expected the owner: {&quot;orgcode&quot;, &quot;organization&quot;, &quot;name&quot;}.</source>
        <translation>Forventet eieren: {&quot;orgcode&quot;, &quot;organization&quot;, &quot;name&quot;}.</translation>
    </message>
    <message>
        <source>Expected the owner&apos;s organisation number, nine digits (found &quot;%1&quot;).</source>
        <translation>Forventet organisasjonsnummeret til eieren, ni sifre (fant &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>%1 is a %2: the system register does not take it as a right (AUTH.VLD-00017).</source>
        <translation>%1 er av typen %2: Systemregisteret godtar den ikke som rettighet (AUTH.VLD-00017).</translation>
    </message>
    <message>
        <source>%1 is not delegable: a system may list it, but customers cannot approve it.</source>
        <translation>%1 kan ikke delegeres: Et system kan ta den med, men kunder kan ikke godkjenne den.</translation>
    </message>
    <message>
        <source>This resource alone is larger than the sandbox takes in one request.</source>
        <translation>Denne ressursen alene er større enn det sandkassen tar imot i ett kall.</translation>
    </message>
    <message>
        <source>Expected an area group with its &quot;areas&quot;, as the export lists them.</source>
        <translation>Forventet en områdegruppe med &quot;areas&quot;, slik eksporten lister dem.</translation>
    </message>
    <message>
        <source>Expected &quot;Organisasjon&quot; or &quot;Person&quot; (found &quot;%1&quot;).</source>
        <translation>Forventet &quot;Organisasjon&quot; eller &quot;Person&quot; (fant &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Every area needs its URN, e.g. &quot;accesspackage:area:skatt_avgift_regnskap_og_toll&quot;.</source>
        <translation>Hvert område må ha URN-en sin, f.eks. &quot;accesspackage:area:skatt_avgift_regnskap_og_toll&quot;.</translation>
    </message>
    <message>
        <source>Expected urn:altinn:accesspackage:&lt;code&gt; (found &quot;%1&quot;).</source>
        <translation>Forventet urn:altinn:accesspackage:&lt;kode&gt; (fant &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Expected true or false, as the export has it.</source>
        <translation>Forventet true eller false, slik eksporten har det.</translation>
    </message>
    <message>
        <source>%1 is neither delegable nor assignable: the system register refuses it (AUTH.VLD-00008).</source>
        <translation>%1 kan verken delegeres eller tildeles: Systemregisteret avviser den (AUTH.VLD-00008).</translation>
    </message>
    <message>
        <source>This area alone is larger than the sandbox takes in one request.</source>
        <translation>Dette området alene er større enn det sandkassen tar imot i ett kall.</translation>
    </message>
    <message>
        <source>The export holds no areas and no packages.</source>
        <translation>Eksporten inneholder ingen områder og ingen pakker.</translation>
    </message>
    <message>
        <source>%1 is in the block of the sandbox&apos;s synthetic organisations (350000000 to 360999971); choose another number.</source>
        <translation>%1 er i nummerserien til de syntetiske organisasjonene i sandkassen (350000000 til 360999971); velg et annet nummer.</translation>
    </message>
    <message>
        <source>Every organisation needs a name.</source>
        <translation>Alle organisasjoner må ha et navn.</translation>
    </message>
    <message>
        <source>%1 is in the file twice (also at %2).</source>
        <translation>%1 står to ganger i filen (også ved %2).</translation>
    </message>
    <message numerus="yes">
        <source>a resource list with %n resource(s)</source>
        <translation>
            <numerusform>en ressursliste med %n ressurs</numerusform>
            <numerusform>en ressursliste med %n ressurser</numerusform>
        </translation>
    </message>
    <message>
        <source>one resource</source>
        <translation>én ressurs</translation>
    </message>
    <message numerus="yes">
        <source>an access package export with %n package(s)</source>
        <translation>
            <numerusform>en eksport av tilgangspakker med %n pakke</numerusform>
            <numerusform>en eksport av tilgangspakker med %n pakker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n area(s)</source>
        <translation>
            <numerusform>i %n område</numerusform>
            <numerusform>i %n områder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisasjon</numerusform>
            <numerusform>%n organisasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing the sandbox can add</source>
        <translation>ingenting sandkassen kan legge til</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, so it is not a catalogue export.</source>
        <translation>%1 er større enn %2 MiB, så det er ikke en katalogeksport.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SandboxClientRegistrationFlow</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassen har ikke startet ennå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>The profile changed while the client was being registered. Try again.</source>
        <translation>Profilen ble endret mens klienten ble registrert. Prøv igjen.</translation>
    </message>
    <message>
        <source>Only the sandbox registers clients from here. In %1, register the client and the public key in the self-service portal.</source>
        <translation>Bare sandkassen registrerer klienter herfra. I %1 registrerer du klienten og den offentlige nøkkelen i selvbetjeningsportalen.</translation>
    </message>
    <message>
        <source>Registration cancelled.</source>
        <translation>Registreringen ble avbrutt.</translation>
    </message>
    <message>
        <source>registering the client in the sandbox</source>
        <translation>registreringen av klienten i sandkassen</translation>
    </message>
    <message>
        <source>The sandbox&apos;s answer was lost, and it has no client %1: nothing was registered. Try again.</source>
        <translation>Svaret fra sandkassen gikk tapt, og den har ingen klient %1: Ingenting ble registrert. Prøv igjen.</translation>
    </message>
    <message>
        <source>The sandbox did not answer, and could not be asked afterwards whether it registered the client %1: it may be registered. Run the registration again: it finds that client instead of making a second one.</source>
        <translation>Sandkassen svarte ikke, og det var ikke mulig å spørre den etterpå om den registrerte klienten %1: Klienten kan være registrert. Kjør registreringen på nytt: Den finner den klienten i stedet for å lage en til.</translation>
    </message>
    <message>
        <source>reading the sandbox&apos;s client %1</source>
        <translation>hentingen av klienten %1 fra sandkassen</translation>
    </message>
    <message>
        <source>The sandbox has a client %1 already, and it belongs to organisation %2, not to %3: it is not yours to change. Correct the profile&apos;s client id (or leave it empty to register a client of your own) or its organisation number.</source>
        <translation>Sandkassen har allerede en klient %1, og den tilhører organisasjonen %2, ikke %3: Det er ikke din klient å endre. Rett klient-ID-en i profilen (eller la den stå tom for å registrere en egen klient) eller organisasjonsnummeret i profilen.</translation>
    </message>
    <message>
        <source>giving the sandbox&apos;s client your key</source>
        <translation>registreringen av nøkkelen din på klienten i sandkassen</translation>
    </message>
    <message>
        <source>giving the sandbox&apos;s client its scopes</source>
        <translation>tildelingen av scopene til klienten i sandkassen</translation>
    </message>
    <message>
        <source>The client %1 is registered, but the profile could not be saved: %2. Registering again finds this client instead of making another.</source>
        <translation>Klienten %1 er registrert, men profilen kunne ikke lagres: %2. Hvis du registrerer på nytt, blir denne klienten funnet i stedet for at det lages en ny.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SubmitChangeRequestFlow</name>
    <message>
        <source>agent system user</source>
        <translation>klientsystembruker</translation>
    </message>
    <message>
        <source>A system user for client relationships cannot be changed.</source>
        <translation>En systembruker for klientforhold kan ikke endres.</translation>
    </message>
    <message>
        <source>The customer deletes it in Altinn (Systemtilganger); then send a new agent request with what it should have.</source>
        <translation>Kunden sletter den i Altinn (Systemtilganger), og så sender du en ny forespørsel om klientsystembruker med det den skal ha.</translation>
    </message>
    <message>
        <source>sending the change request</source>
        <translation>sendingen av endringsforespørselen</translation>
    </message>
</context>
<context>
    <name>Onboarding::SubmitRequestFlow</name>
    <message>
        <source>sending the request</source>
        <translation>sendingen av forespørselen</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and Altinn has no such request: nothing was created.</source>
        <translation>Svaret fra Altinn gikk tapt, og Altinn har ingen slik forespørsel: Ingenting ble opprettet.</translation>
    </message>
    <message>
        <source>Send the request again.</source>
        <translation>Send forespørselen på nytt.</translation>
    </message>
    <message>
        <source>finding the earlier request</source>
        <translation>søket etter den forrige forespørselen</translation>
    </message>
    <message>
        <source>deleting the earlier request</source>
        <translation>slettingen av den forrige forespørselen</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and has no such request: nothing was created.</source>
        <translation>Altinn svarte med en serverfeil og har ingen slik forespørsel: Ingenting ble opprettet.</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and could not be asked afterwards whether it made the request anyway: the request may exist.</source>
        <translation>Altinn svarte med en serverfeil, og det var ikke mulig å spørre Altinn etterpå om forespørselen likevel ble opprettet: Forespørselen kan finnes.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and Altinn could not be asked afterwards whether it got the request: the request may exist.</source>
        <translation>Svaret fra Altinn gikk tapt, og det var ikke mulig å spørre Altinn etterpå om forespørselen kom fram: Forespørselen kan finnes.</translation>
    </message>
    <message>
        <source>Check again before sending it again: the next attempt looks the request up first and sends it only when Altinn has none.</source>
        <translation>Sjekk på nytt før du sender den igjen: Neste forsøk slår først opp forespørselen og sender den bare hvis Altinn ikke har noen.</translation>
    </message>
    <message>
        <source>checking for the earlier request</source>
        <translation>sjekken av om den forrige forespørselen finnes</translation>
    </message>
    <message>
        <source>It is still not known whether Altinn got the earlier request: Altinn could not be asked. Nothing was sent, so that no second request is made; the request may exist.</source>
        <translation>Det er fortsatt ukjent om Altinn fikk den forrige forespørselen: Det var ikke mulig å spørre Altinn. Ingenting ble sendt, slik at det ikke blir laget en forespørsel til; forespørselen kan finnes.</translation>
    </message>
    <message>
        <source>Check again in a moment.</source>
        <translation>Sjekk på nytt om litt.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemNamesLoader</name>
    <message>
        <source>reading the system from Altinn</source>
        <translation>hentingen av systemet fra Altinn</translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemUserHoldingsCheck</name>
    <message>
        <source>checking what the system user holds</source>
        <translation>sjekken av hva systembrukeren har</translation>
    </message>
    <message>
        <source>reading the system definition</source>
        <translation>hentingen av systemdefinisjonen</translation>
    </message>
    <message>
        <source>This check asks for a system user token with the scope %1: add it to the Maskinporten client (in the sandbox, register the client again).</source>
        <translation>Denne sjekken ber om et systembrukertoken med scopet %1: Legg det til på Maskinporten-klienten (i sandkassen: registrer klienten på nytt).</translation>
    </message>
    <message>
        <source>Maskinporten found no system user of this system for the customer: it may have been deleted. Refresh the customer list.</source>
        <translation>Maskinporten fant ingen systembruker for dette systemet hos kunden: Den kan være slettet. Oppdater kundelisten.</translation>
    </message>
    <message>
        <source>finding the system of the system user</source>
        <translation>søket etter systemet til systembrukeren</translation>
    </message>
    <message>
        <source>asking Altinn what the system user may do</source>
        <translation>oppslaget i Altinn av hva systembrukeren har lov til å gjøre</translation>
    </message>
    <message>
        <source>An agent system user holds its rights per client, through client delegations, so this check does not compare them with the system.</source>
        <translation>En klientsystembruker har rettighetene sine per klient, gjennom klientdelegeringer, så denne sjekken sammenligner dem ikke med systemet.</translation>
    </message>
    <message>
        <source>Altinn lists no party %1 for the system user: it holds nothing for the customer.</source>
        <translation>Altinn oppgir ingen aktør %1 for systembrukeren: Den har ingenting for kunden.</translation>
    </message>
    <message>
        <source>Lacks the right %1, which the system asks for.</source>
        <translation>Mangler rettigheten %1, som systemet ber om.</translation>
    </message>
    <message>
        <source>Lacks the access package %1, which the system asks for.</source>
        <translation>Mangler tilgangspakken %1, som systemet ber om.</translation>
    </message>
    <message>
        <source>Holds the right %1, which the system no longer asks for.</source>
        <translation>Har rettigheten %1, som systemet ikke lenger ber om.</translation>
    </message>
    <message>
        <source>Holds the access package %1, which the system no longer asks for.</source>
        <translation>Har tilgangspakken %1, som systemet ikke lenger ber om.</translation>
    </message>
    <message>
        <source>The system user holds everything the system asks for, and nothing more.</source>
        <translation>Systembrukeren har alt systemet ber om, og ikke noe mer.</translation>
    </message>
    <message numerus="yes">
        <source>The system user lacks %n of the rights and packages the system asks for — send a change request.</source>
        <translation>
            <numerusform>Systembrukeren mangler %n av rettighetene og pakkene systemet ber om — send en endringsforespørsel.</numerusform>
            <numerusform>Systembrukeren mangler %n av rettighetene og pakkene systemet ber om — send en endringsforespørsel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system user holds everything the system asks for, and %n right(s) or package(s) the system no longer asks for.</source>
        <translation>
            <numerusform>Systembrukeren har alt systemet ber om, og %n rettighet eller pakke som systemet ikke lenger ber om.</numerusform>
            <numerusform>Systembrukeren har alt systemet ber om, og %n rettigheter eller pakker som systemet ikke lenger ber om.</numerusform>
        </translation>
    </message>
    <message>
        <source>Altinn wants the scope %1 in the token; check that the Maskinporten client has it.</source>
        <translation>Altinn krever scopet %1 i tokenet; sjekk at Maskinporten-klienten har det.</translation>
    </message>
    <message numerus="yes">
        <source>It also holds %n right(s) or package(s) the system no longer asks for.</source>
        <translation>
            <numerusform>Den har også %n rettighet eller pakke som systemet ikke lenger ber om.</numerusform>
            <numerusform>Den har også %n rettigheter eller pakker som systemet ikke lenger ber om.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemUserTokenFetch</name>
    <message>
        <source>getting the system user token</source>
        <translation>hentingen av systembrukertokenet</translation>
    </message>
    <message>
        <source>exchanging the system user token for an Altinn token</source>
        <translation>vekslingen av systembrukertokenet til et Altinn-token</translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemUserTokenTestFlow</name>
    <message>
        <source>getting the system user token</source>
        <translation>hentingen av systembrukertokenet</translation>
    </message>
    <message>
        <source>Maskinporten did not say what time it has, so how far this computer&apos;s clock is off is not known. Turn on automatic time (NTP) in the system settings and try again.</source>
        <translation>Maskinporten oppga ikke hva klokken er, så det er ukjent hvor mye klokken på denne datamaskinen går feil. Slå på automatisk tid (NTP) i systeminnstillingene og prøv igjen.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is within %n second(s) of Maskinporten&apos;s, so the clock is not the cause. Try again.</source>
        <translation>
            <numerusform>Klokken på denne datamaskinen går høyst %n sekund feil sammenlignet med Maskinporten, så klokken er ikke årsaken. Prøv igjen.</numerusform>
            <numerusform>Klokken på denne datamaskinen går høyst %n sekunder feil sammenlignet med Maskinporten, så klokken er ikke årsaken. Prøv igjen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnboardingAdvice</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has not answered the request sent %2 yet.</source>
        <translation>%1 har ennå ikke svart på forespørselen som ble sendt %2.</translation>
    </message>
    <message>
        <source>%1 has not answered the request sent %2 yet. Approval link: %3</source>
        <translation>%1 har ennå ikke svart på forespørselen som ble sendt %2. Godkjenningslenke: %3</translation>
    </message>
    <message>
        <source>The request to %1 has expired without an answer.</source>
        <translation>Forespørselen til %1 har utløpt uten svar.</translation>
    </message>
    <message>
        <source>%1 rejected the request.</source>
        <translation>%1 avviste forespørselen.</translation>
    </message>
    <message>
        <source>Publish the system definition, so customers can be asked for a system user.</source>
        <translation>Publiser systemdefinisjonen, slik at kunder kan bli bedt om en systembruker.</translation>
    </message>
    <message>
        <source>Add your Maskinporten client id to the system and publish it again; without it no system user token can be issued.</source>
        <translation>Legg til klient-ID-en din fra Maskinporten i systemet, og publiser det på nytt; uten den kan det ikke utstedes noe systembrukertoken.</translation>
    </message>
    <message>
        <source>Send the approval link to %1. Someone there with the Access manager role (or the rights asked for) must approve it.</source>
        <translation>Send godkjenningslenken til %1. Noen der med rollen Tilgangsstyrer (eller rettighetene det bes om) må godkjenne forespørselen.</translation>
    </message>
    <message>
        <source>Delete the expired request to %1 and send a new one.</source>
        <translation>Slett den utløpte forespørselen til %1 og send en ny.</translation>
    </message>
    <message>
        <source>Talk to %1 about why the request was rejected; to ask again, delete it and send a new one.</source>
        <translation>Snakk med %1 om hvorfor forespørselen ble avvist; for å spørre på nytt må du slette den og sende en ny.</translation>
    </message>
    <message>
        <source>Test authentication for an approved customer, to check that your system gets a system user token.</source>
        <translation>Test autentiseringen for en kunde som har godkjent, for å sjekke at systemet ditt får et systembrukertoken.</translation>
    </message>
    <message>
        <source>Fix what stopped the authentication test for %1, then test again.</source>
        <translation>Rett opp det som stoppet autentiseringstesten for %1, og test deretter på nytt.</translation>
    </message>
    <message>
        <source>Ask your first customer for a system user.</source>
        <translation>Be den første kunden din om en systembruker.</translation>
    </message>
    <message>
        <source>When it all works here, do the same in TT02 (Altinn&apos;s test environment): a TT02 profile with its own Maskinporten client and key, and the system published there.</source>
        <translation>Når alt virker her, gjør du det samme i TT02 (testmiljøet i Altinn): en TT02-profil med egen Maskinporten-klient og nøkkel, og systemet publisert der.</translation>
    </message>
    <message>
        <source>Before going live, repeat this in production: a production profile with its own Maskinporten client and key, and the production client id in the system.</source>
        <translation>Før systemet tas i bruk, gjentar du dette i produksjon: en produksjonsprofil med egen Maskinporten-klient og nøkkel, og klient-ID-en for produksjon i systemet.</translation>
    </message>
    <message>
        <source>Onboard the next customer: send a new request from the customer request page.</source>
        <translation>Koble på neste kunde: Send en ny forespørsel fra siden Forespørsel til kunde.</translation>
    </message>
</context>
<context>
    <name>OnboardingReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Onboarding report</source>
        <translation>Påkoblingsrapport</translation>
    </message>
    <message>
        <source>Created %1 in %2.</source>
        <translation>Laget %1 i %2.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System-ID</translation>
    </message>
    <message>
        <source>Rights (%1)</source>
        <translation>Rettigheter (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Access packages (%1)</source>
        <translation>Tilgangspakker (%1)</translation>
    </message>
    <message>
        <source>Customer requests</source>
        <translation>Forespørsler til kunder</translation>
    </message>
    <message>
        <source>No requests were sent.</source>
        <translation>Ingen forespørsler ble sendt.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>Approval link</source>
        <translation>Godkjenningslenke</translation>
    </message>
    <message>
        <source>System users</source>
        <translation>Systembrukere</translation>
    </message>
    <message>
        <source>No system users yet.</source>
        <translation>Ingen systembrukere ennå.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Authentication test</source>
        <translation>Autentiseringstest</translation>
    </message>
    <message>
        <source>Succeeded: a system user token was issued for %1 at %2.</source>
        <translation>Vellykket: Et systembrukertoken ble utstedt for %1 den %2.</translation>
    </message>
    <message>
        <source>Failed for %1 at %2: %3</source>
        <translation>Mislyktes for %1 den %2: %3</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Ikke testet.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Utestående</translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation>Ingenting er utestående.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Nothing more to do.</source>
        <translation>Ingenting mer å gjøre.</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Organisation and environment</source>
        <translation>Organisasjon og miljø</translation>
    </message>
    <message>
        <source>Maskinporten client and key</source>
        <translation>Maskinporten-klient og nøkkel</translation>
    </message>
    <message>
        <source>System definition</source>
        <translation>Systemdefinisjon</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publisering</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>Forespørsel til kunde</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>Test authentication</source>
        <translation>Test av autentisering</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Neste &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fullfør</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fullfør</translation>
    </message>
    <message>
        <source>Back to the start screen. What you entered is kept.</source>
        <translation>Tilbake til startskjermen. Det du har skrevet inn, blir tatt vare på.</translation>
    </message>
</context>
<context>
    <name>OperationStatus</name>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
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
    <name>OrgNumberField</name>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>9 digits, e.g. 991 825 827</source>
        <translation>9 sifre, f.eks. 991 825 827</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Looking up the name…</source>
        <translation>Slår opp navnet…</translation>
    </message>
</context>
<context>
    <name>PathComparisonDialog</name>
    <message>
        <source>Which way fits your system?</source>
        <translation>Hvilken måte passer best for systemet ditt?</translation>
    </message>
    <message>
        <source>An end-user system can talk to an Altinn app in two ways. Pick the one that matches how your system is used; many systems need both.</source>
        <translation>Et sluttbrukersystem kan kommunisere med en Altinn-app på to måter. Velg den som passer med hvordan systemet ditt brukes; mange systemer trenger begge.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Lukk sammenligningen</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Hvem er til stede</translation>
    </message>
    <message>
        <source>A person is present and logs in when the system acts.</source>
        <translation>En person er til stede og logger inn når systemet handler.</translation>
    </message>
    <message>
        <source>Nobody. The system runs unattended, for example at night or in batches.</source>
        <translation>Ingen. Systemet kjører uten tilsyn, for eksempel om natten eller som batchkjøringer.</translation>
    </message>
    <message>
        <source>Who logs in</source>
        <translation>Hvem logger inn</translation>
    </message>
    <message>
        <source>The person, at ID-porten, each time their session has ended.</source>
        <translation>Personen, i ID-porten, hver gang sesjonen har utløpt.</translation>
    </message>
    <message>
        <source>Nobody logs in. Your system signs a request to Maskinporten with its own key.</source>
        <translation>Ingen logger inn. Systemet ditt signerer en forespørsel til Maskinporten med sin egen nøkkel.</translation>
    </message>
    <message>
        <source>Who approves</source>
        <translation>Hvem godkjenner</translation>
    </message>
    <message>
        <source>The person, by logging in. Altinn checks their roles at the organisation every time.</source>
        <translation>Personen, ved å logge inn. Altinn sjekker rollene personen har i organisasjonen, hver gang.</translation>
    </message>
    <message>
        <source>The customer&apos;s access manager, once, by approving your system user request in Altinn.</source>
        <translation>Tilgangsstyreren hos kunden, én gang, ved å godkjenne forespørselen din om systembruker i Altinn.</translation>
    </message>
    <message>
        <source>What the token says</source>
        <translation>Hva tokenet sier</translation>
    </message>
    <message>
        <source>Who the person is (pid: the national identity number) and the scopes. Altinn exchanges it for an Altinn token.</source>
        <translation>Hvem personen er (pid: fødselsnummeret) og scopene. Altinn veksler det inn i et Altinn-token.</translation>
    </message>
    <message>
        <source>Which system user acts (its id and the customer&apos;s organisation number) and the scopes.</source>
        <translation>Hvilken systembruker som handler (ID-en til systembrukeren og organisasjonsnummeret til kunden) og scopene.</translation>
    </message>
    <message>
        <source>Scopes and rights</source>
        <translation>Scopes og rettigheter</translation>
    </message>
    <message>
        <source>The scopes altinn:instances.read and altinn:instances.write. An app owner may define its own scope as well, to limit which clients may use the app. What the person may do follows their roles.</source>
        <translation>Scopene altinn:instances.read og altinn:instances.write. En appeier kan også definere et eget scope for å begrense hvilke klienter som kan bruke appen. Hva personen har lov til å gjøre, følger av rollene til personen.</translation>
    </message>
    <message>
        <source>The rights the customer gave the system user on the app&apos;s resource (app_{org}_{app}), as your system definition asks for them.</source>
        <translation>Rettighetene kunden ga systembrukeren til ressursen for appen (app_{org}_{app}), slik systemdefinisjonen din ber om dem.</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Levetid</translation>
    </message>
    <message>
        <source>As long as the ID-porten session. Then the person logs in again.</source>
        <translation>Like lenge som sesjonen i ID-porten. Deretter logger personen inn på nytt.</translation>
    </message>
    <message>
        <source>Long-lived: the system user works until the customer deletes it. Each token lasts a few minutes and is fetched again.</source>
        <translation>Langvarig: Systembrukeren virker til kunden sletter den. Hvert token varer noen få minutter og hentes på nytt.</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Velg den når</translation>
    </message>
    <message>
        <source>A person uses your system and is there when it sends, for example to submit the annual accounts.</source>
        <translation>En person bruker systemet ditt og er til stede når det sender, for eksempel for å sende inn årsregnskapet.</translation>
    </message>
    <message>
        <source>Your system works on its own for many customers, for example sending data on a schedule.</source>
        <translation>Systemet ditt arbeider på egen hånd for mange kunder, for eksempel med å sende data etter en fast plan.</translation>
    </message>
    <message>
        <source>As a person (ID-porten)</source>
        <translation>Som person (ID-porten)</translation>
    </message>
    <message>
        <source>As a system user (Maskinporten)</source>
        <translation>Som systembruker (Maskinporten)</translation>
    </message>
    <message>
        <source>Comparison of the two ways</source>
        <translation>Sammenligning av de to måtene</translation>
    </message>
    <message>
        <source>One row per question; the first column is a person with ID-porten, the second a system user with Maskinporten.</source>
        <translation>Én rad per spørsmål; den første kolonnen er en person med ID-porten, den andre en systembruker med Maskinporten.</translation>
    </message>
</context>
<context>
    <name>PathSideBySideSection</name>
    <message>
        <source>Side by side</source>
        <translation>Side om side</translation>
    </message>
    <message>
        <source>Now the same app, for the same organisation, as your system&apos;s system user for that customer — the way a system that runs unattended does it.</source>
        <translation>Nå den samme appen, for den samme organisasjonen, som systembrukeren til systemet ditt for denne kunden — slik et system som kjører uten tilsyn, gjør det.</translation>
    </message>
    <message>
        <source>&amp;The same with a system user</source>
        <translation>&amp;Det samme med en systembruker</translation>
    </message>
    <message>
        <source>Create the same instance with the customer&apos;s system user</source>
        <translation>Opprett den samme instansen med systembrukeren til kunden</translation>
    </message>
    <message>
        <source>As a person (ID-porten)</source>
        <translation>Som person (ID-porten)</translation>
    </message>
    <message>
        <source>As a system user (Maskinporten)</source>
        <translation>Som systembruker (Maskinporten)</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Hvem som handlet</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Who approved</source>
        <translation>Hvem som godkjente</translation>
    </message>
    <message>
        <source>Instance created</source>
        <translation>Opprettet instans</translation>
    </message>
    <message>
        <source>The system user&apos;s instance is offered on the sandbox only: here it would create a real one.</source>
        <translation>Instansen med systembrukeren tilbys bare i sandkassen: Her ville den opprettet en ekte instans.</translation>
    </message>
    <message>
        <source>Not yet: log in above.</source>
        <translation>Ikke ennå: Logg inn ovenfor.</translation>
    </message>
    <message>
        <source>The person with national identity number %1</source>
        <translation>Personen med fødselsnummer %1</translation>
    </message>
    <message>
        <source>ID-porten access token (the person&apos;s pid), exchanged for an Altinn token</source>
        <translation>Tilgangstoken fra ID-porten (pid for personen), vekslet inn i et Altinn-token</translation>
    </message>
    <message>
        <source>Nobody beforehand: the person logged in, and the app checked their role at the organisation.</source>
        <translation>Ingen på forhånd: Personen logget inn, og appen sjekket hvilken rolle personen har i organisasjonen.</translation>
    </message>
    <message>
        <source>Not yet: create an instance as this person above.</source>
        <translation>Ikke ennå: Opprett en instans som denne personen ovenfor.</translation>
    </message>
    <message>
        <source>Not yet: use the button above.</source>
        <translation>Ikke ennå: Bruk knappen ovenfor.</translation>
    </message>
    <message>
        <source>No system user acted: Maskinporten gave no system user token for %1.</source>
        <translation>Ingen systembruker handlet: Maskinporten ga ikke noe systembrukertoken for %1.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Nobody yet: the customer&apos;s access manager approves a system user request once.</source>
        <translation>Ingen ennå: Tilgangsstyreren hos kunden godkjenner en forespørsel om systembruker én gang.</translation>
    </message>
    <message>
        <source>The system user %1 of the system %2, for %3</source>
        <translation>Systembrukeren %1 til systemet %2, for %3</translation>
    </message>
    <message>
        <source>Maskinporten system user token (the system user and the customer&apos;s organisation number)</source>
        <translation>Systembrukertoken fra Maskinporten (systembrukeren og organisasjonsnummeret til kunden)</translation>
    </message>
    <message>
        <source>The customer&apos;s access manager, once, when approving your system user request</source>
        <translation>Tilgangsstyreren hos kunden, én gang, ved godkjenningen av forespørselen din om systembruker</translation>
    </message>
    <message>
        <source>Created: instance %1.</source>
        <translation>Opprettet: instans %1.</translation>
    </message>
    <message>
        <source>Choose or create a profile first: the system user belongs to your system.</source>
        <translation>Velg eller opprett en profil først: Systembrukeren hører til systemet ditt.</translation>
    </message>
    <message>
        <source>Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406.</source>
        <translation>Skriv inn appen ovenfor som eier/navn, for eksempel brg/aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>Enter the organisation to act for above.</source>
        <translation>Skriv inn organisasjonen det skal handles på vegne av, ovenfor.</translation>
    </message>
    <message>
        <source>Creating an instance of %1/%2 for %3 as its system user…</source>
        <translation>Oppretter en instans av %1/%2 for %3 som systembrukeren til kunden…</translation>
    </message>
    <message>
        <source>Stopped waiting for the app.</source>
        <translation>Sluttet å vente på appen.</translation>
    </message>
    <message>
        <source>The app accepted the system user too. Compare the two columns below.</source>
        <translation>Appen godtok også systembrukeren. Sammenlign de to kolonnene nedenfor.</translation>
    </message>
</context>
<context>
    <name>PersonClaimsTable</name>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Hva det betyr</translation>
    </message>
    <message>
        <source>Claims of the person&apos;s token</source>
        <translation>Claimene i tokenet til personen</translation>
    </message>
</context>
<context>
    <name>PersonInstanceSection</name>
    <message>
        <source>Act as the person</source>
        <translation>Handle som personen</translation>
    </message>
    <message>
        <source>Altinn exchanges the person&apos;s ID-porten token for an Altinn token, and the app checks that the person may act for the organisation: a role there, such as general manager.</source>
        <translation>Altinn veksler ID-porten-tokenet til personen inn i et Altinn-token, og appen sjekker at personen har lov til å handle på vegne av organisasjonen: en rolle der, for eksempel daglig leder.</translation>
    </message>
    <message>
        <source>&amp;Create an instance as this person</source>
        <translation>Opp&amp;rett en instans som denne personen</translation>
    </message>
    <message>
        <source>Create an instance of the app as the person who logged in</source>
        <translation>Opprett en instans av appen som den innloggede personen</translation>
    </message>
    <message>
        <source>Creating an instance is offered on the sandbox only: here it would create a real one.</source>
        <translation>Å opprette en instans tilbys bare i sandkassen: Her ville det blitt opprettet en ekte instans.</translation>
    </message>
    <message>
        <source>Log in above first.</source>
        <translation>Logg inn ovenfor først.</translation>
    </message>
    <message>
        <source>Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406.</source>
        <translation>Skriv inn appen ovenfor som eier/navn, for eksempel brg/aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>Enter the organisation the person acts for above.</source>
        <translation>Skriv inn organisasjonen personen handler på vegne av, ovenfor.</translation>
    </message>
    <message>
        <source>Creating an instance of %1/%2 for %3 as the person…</source>
        <translation>Oppretter en instans av %1/%2 for %3 som personen…</translation>
    </message>
    <message>
        <source>Created: instance %1.</source>
        <translation>Opprettet: instans %1.</translation>
    </message>
    <message>
        <source>This person holds no role at %1 that lets them act here.</source>
        <translation>Denne personen har ingen rolle hos %1 som gir lov til å handle her.</translation>
    </message>
    <message>
        <source>In the sandbox, log in as Kari Prøvesen (general manager of %1) or Sigrid Sandkassen.</source>
        <translation>I sandkassen logger du inn som Kari Prøvesen (daglig leder i %1) eller Sigrid Sandkassen.</translation>
    </message>
    <message>
        <source>The person&apos;s token lacks the scope altinn:instances.write. Log in again: the login asks for it.</source>
        <translation>Tokenet til personen mangler scopet altinn:instances.write. Logg inn på nytt: Innloggingen ber om det.</translation>
    </message>
    <message>
        <source>The app accepted the person: an instance of %1/%2 was created.</source>
        <translation>Appen godtok personen: En instans av %1/%2 ble opprettet.</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instans: %1</translation>
    </message>
    <message>
        <source>Owner: organisation %1 (party %2)</source>
        <translation>Eier: organisasjon %1 (aktør %2)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Opprettet: %1</translation>
    </message>
    <message>
        <source>Created: %1 by user %2</source>
        <translation>Opprettet: %1 av bruker %2</translation>
    </message>
    <message>
        <source>Stopped waiting for the app.</source>
        <translation>Sluttet å vente på appen.</translation>
    </message>
</context>
<context>
    <name>PersonIntroSection</name>
    <message>
        <source>Log in as a person (ID-porten)</source>
        <translation>Logg inn som person (ID-porten)</translation>
    </message>
    <message>
        <source>When a person uses your system, they can log in at ID-porten and your system acts for an organisation with their token — no system user needed. Try it here, and compare it with the system user your system uses when nobody is there.</source>
        <translation>Når en person bruker systemet ditt, kan personen logge inn i ID-porten, og systemet ditt handler på vegne av en organisasjon med tokenet til personen — uten at det trengs noen systembruker. Prøv det her, og sammenlign det med systembrukeren som systemet ditt bruker når ingen er til stede.</translation>
    </message>
    <message>
        <source>&amp;Which way fits your system?</source>
        <translation>&amp;Hvilken måte passer best for systemet ditt?</translation>
    </message>
    <message>
        <source>Which way fits your system? Opens a comparison.</source>
        <translation>Hvilken måte passer best for systemet ditt? Åpner en sammenligning.</translation>
    </message>
</context>
<context>
    <name>PersonLogin</name>
    <message>
        <source>A scope to ask ID-porten for besides openid (default: altinn:instances.read and altinn:instances.write).</source>
        <translation>Et scope å be ID-porten om i tillegg til openid (standard: altinn:instances.read og altinn:instances.write).</translation>
    </message>
    <message>
        <source>Sandbox only: log in as this test person (national identity number) without a browser, e.g. 24908099411.</source>
        <translation>Bare sandkasse: logg inn som denne testpersonen (fødselsnummer) uten nettleser, f.eks. 24908099411.</translation>
    </message>
    <message>
        <source>Do not open a browser; only print the address to open.</source>
        <translation>Ikke åpne en nettleser; skriv bare ut adressen som skal åpnes.</translation>
    </message>
    <message>
        <source>--person works with the sandbox only. In %1 a real (or TestID) person logs in in the browser.</source>
        <translation>--person virker bare med sandkassen. I %1 logger en ekte person (eller en TestID-person) inn i nettleseren.</translation>
    </message>
    <message>
        <source>The CLI logs in without a browser only at a sandbox on this computer.</source>
        <translation>CLI-en logger bare inn uten nettleser mot en sandkasse på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Log in in the browser that opens. If none does, open this address:</source>
        <translation>Logg inn i nettleseren som åpnes. Hvis ingen åpnes, åpner du denne adressen:</translation>
    </message>
    <message>
        <source>Open this address in a browser and log in:</source>
        <translation>Åpne denne adressen i en nettleser og logg inn:</translation>
    </message>
    <message>
        <source>Waiting for the login (at most five minutes) …</source>
        <translation>Venter på innloggingen (høyst fem minutter) …</translation>
    </message>
</context>
<context>
    <name>PersonLoginSection</name>
    <message>
        <source>This number is not in the sandbox&apos;s register: no test person holds a role there.</source>
        <translation>Dette nummeret finnes ikke i registeret til sandkassen: Ingen testperson har en rolle der.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>The person logs in at ID-porten in the browser and comes back here. Your system then acts for the organisation with the person&apos;s token.</source>
        <translation>Personen logger inn i ID-porten i nettleseren og kommer tilbake hit. Deretter handler systemet ditt på vegne av organisasjonen med tokenet til personen.</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>A&amp;pp:</translation>
    </message>
    <message>
        <source>App, as owner/name</source>
        <translation>App, som eier/navn</translation>
    </message>
    <message>
        <source>The Altinn app to call: the app owner&apos;s code, a slash and the app&apos;s name.</source>
        <translation>Altinn-appen som skal kalles: koden til appeieren, en skråstrek og navnet på appen.</translation>
    </message>
    <message>
        <source>&amp;Organisation to act for:</source>
        <translation>&amp;Organisasjon det handles på vegne av:</translation>
    </message>
    <message>
        <source>Organisation to act for</source>
        <translation>Organisasjon det handles på vegne av</translation>
    </message>
    <message>
        <source>The organisation the person acts for: the instance&apos;s owner.</source>
        <translation>Organisasjonen personen handler på vegne av: eieren av instansen.</translation>
    </message>
    <message>
        <source>Log &amp;in with ID-porten…</source>
        <translation>Logg &amp;inn med ID-porten…</translation>
    </message>
    <message>
        <source>Log in with ID-porten in the browser</source>
        <translation>Logg inn med ID-porten i nettleseren</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>&amp;Kopier lenke</translation>
    </message>
    <message>
        <source>Copy the login link</source>
        <translation>Kopier innloggingslenken</translation>
    </message>
    <message>
        <source>When no browser opened: paste the link into a browser on this computer.</source>
        <translation>Hvis ingen nettleser ble åpnet: Lim inn lenken i en nettleser på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Logged in: the person with national identity number %1. The token carries no name.</source>
        <translation>Logget inn: personen med fødselsnummer %1. Tokenet inneholder ikke noe navn.</translation>
    </message>
    <message>
        <source>The connection is not ready yet: wait for the sandbox to start, or finish the Maskinporten client and key of this profile.</source>
        <translation>Tilkoblingen er ikke klar ennå: Vent til sandkassen har startet, eller gjør ferdig Maskinporten-klienten og nøkkelen for denne profilen.</translation>
    </message>
    <message>
        <source>Choose or create a profile first (Set up or edit my system): the login uses your profile&apos;s ID-porten client.</source>
        <translation>Velg eller opprett en profil først (Sett opp eller endre systemet mitt): Innloggingen bruker ID-porten-klienten til profilen din.</translation>
    </message>
    <message>
        <source>Enter the app as owner/name, for example brg/aarsregnskap-vanlig-202406.</source>
        <translation>Skriv inn appen som eier/navn, for eksempel brg/aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>Enter the organisation the person acts for.</source>
        <translation>Skriv inn organisasjonen personen handler på vegne av.</translation>
    </message>
    <message>
        <source>Getting this profile&apos;s ID-porten client ready…</source>
        <translation>Gjør klar ID-porten-klienten til denne profilen…</translation>
    </message>
    <message>
        <source>Waiting for you to log in in the browser…</source>
        <translation>Venter på at du logger inn i nettleseren…</translation>
    </message>
    <message>
        <source>Fetching the tokens and checking the ID token…</source>
        <translation>Henter tokenene og sjekker ID-tokenet…</translation>
    </message>
    <message>
        <source>Logged in at ID-porten.</source>
        <translation>Logget inn i ID-porten.</translation>
    </message>
    <message>
        <source>Login cancelled. Nobody is logged in.</source>
        <translation>Innloggingen ble avbrutt. Ingen er logget inn.</translation>
    </message>
    <message>
        <source>You cancelled at ID-porten. Log in again when ready.</source>
        <translation>Du avbrøt i ID-porten. Logg inn på nytt når du er klar.</translation>
    </message>
    <message>
        <source>Nobody logged in within the time allowed. Log in again, and finish in the browser that opens.</source>
        <translation>Ingen logget inn innen fristen. Logg inn på nytt, og fullfør i nettleseren som åpnes.</translation>
    </message>
    <message>
        <source>Link copied. Open it in a browser on this computer: the login comes back to this app.</source>
        <translation>Lenken er kopiert. Åpne den i en nettleser på denne datamaskinen: Innloggingen kommer tilbake til dette programmet.</translation>
    </message>
    <message>
        <source>Choose or create a profile first (Set up or edit my system), or run the guided demo from the start screen: it makes a demo vendor with a system user in about a minute. The login uses your profile&apos;s ID-porten client.</source>
        <translation>Velg eller opprett en profil først (Sett opp eller endre systemet mitt), eller kjør den veiledede demoen fra startsiden: Den lager en demoleverandør med en systembruker på omtrent et minutt. Innloggingen bruker ID-porten-klienten til profilen din.</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Presenter</source>
        <translation>Presentasjon</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <source>Larger text for an audience, with client ids, keys, tokens and trace ids masked. PageDown or Space goes on, PageUp goes back (Ctrl+Shift+P).</source>
        <translation>Større tekst for et publikum, med klient-ID-er, nøkler, tokener og sporings-ID-er skjult. PageDown eller mellomromstasten går videre, PageUp går tilbake (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Text at %1 %</source>
        <translation>Tekststørrelse %1 %</translation>
    </message>
</context>
<context>
    <name>ProductionBand</name>
    <message>
        <source>PRODUCTION — changes affect real customers</source>
        <translation>PRODUKSJON — endringer påvirker ekte kunder</translation>
    </message>
    <message>
        <source>This profile works in Altinn&apos;s production environment. Every change is asked for confirmation before it is sent.</source>
        <translation>Denne profilen arbeider i produksjonsmiljøet til Altinn. Du blir bedt om å bekrefte hver endring før den sendes.</translation>
    </message>
</context>
<context>
    <name>ProductionGuard</name>
    <message>
        <source>Change production?</source>
        <translation>Endre produksjon?</translation>
    </message>
    <message>
        <source>You are about to %1 in PRODUCTION.</source>
        <translation>Du er i ferd med å %1 i PRODUKSJON.</translation>
    </message>
    <message>
        <source>This changes what real customers see and use. Go ahead only if you have checked it in TT02.</source>
        <translation>Dette endrer hva ekte kunder ser og bruker. Gå bare videre hvis du har sjekket det i TT02.</translation>
    </message>
    <message>
        <source>Yes, change production</source>
        <translation>Ja, endre produksjon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>Vendor profiles: organisation, environment, Maskinporten client</source>
        <translation>Leverandørprofiler: organisasjon, miljø, Maskinporten-klient</translation>
    </message>
    <message>
        <source>The vendor&apos;s organisation number (9 digits).</source>
        <translation>Organisasjonsnummeret til leverandøren (9 sifre).</translation>
    </message>
    <message>
        <source>The Maskinporten client id. In the sandbox, &quot;sandbox register-client&quot; makes one.</source>
        <translation>Klient-ID-en i Maskinporten. I sandkassen lager &quot;sandbox register-client&quot; en.</translation>
    </message>
    <message>
        <source>Extra scopes for system user tokens (e.g. skatteetaten:demo), separated by commas.</source>
        <translation>Ekstra scopes for systembrukertokener (f.eks. skatteetaten:demo), skilt med komma.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Navnet på profilen.</translation>
    </message>
    <message>
        <source>The profile&apos;s name (default: the current profile).</source>
        <translation>Navnet på profilen (standard: den gjeldende profilen).</translation>
    </message>
    <message>
        <source>Create a profile and make it the current one (the environment comes from --env; default sandbox).</source>
        <translation>Opprett en profil og gjør den til den gjeldende (miljøet kommer fra --env; standard er sandbox).</translation>
    </message>
    <message>
        <source>List the profiles.</source>
        <translation>List opp profilene.</translation>
    </message>
    <message>
        <source>Show a profile.</source>
        <translation>Vis en profil.</translation>
    </message>
    <message>
        <source>Make a profile the current one.</source>
        <translation>Gjør en profil til den gjeldende.</translation>
    </message>
    <message>
        <source>Change a profile&apos;s organisation, client id or scopes.</source>
        <translation>Endre organisasjonen, klient-ID-en eller scopene til en profil.</translation>
    </message>
    <message>
        <source>Delete a profile and its key in the keychain.</source>
        <translation>Slett en profil og nøkkelen til profilen i nøkkelringen.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Det finnes ingen profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See the profiles with: %1</source>
        <translation>Se profilene med: %1</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profilen må ha et navn.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Det finnes allerede en profil med navnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See it with &quot;%1&quot;, or choose another name.</source>
        <translation>Se den med &quot;%1&quot;, eller velg et annet navn.</translation>
    </message>
    <message>
        <source>Say which organisation the profile is for: --org ORGNO.</source>
        <translation>Oppgi hvilken organisasjon profilen gjelder: --org ORGNO.</translation>
    </message>
    <message>
        <source>The vendor&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til leverandøren</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use sandbox, tt02, prod or the URL of a running systemuser-sandbox.</source>
        <translation>Ukjent miljø &quot;%1&quot;: Bruk sandbox, tt02, prod eller URL-en til en systemuser-sandbox som kjører.</translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; for %2 in %3; it is now the current profile.</source>
        <translation>Opprettet profilen &quot;%1&quot; for %2 i %3; den er nå den gjeldende profilen.</translation>
    </message>
    <message>
        <source>Next: make its key with &quot;%1&quot;.</source>
        <translation>Neste steg: Lag nøkkelen til profilen med &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No profiles yet. Create one: %1</source>
        <translation>Ingen profiler ennå. Opprett en: %1</translation>
    </message>
    <message>
        <source>Now using profile &quot;%1&quot;.</source>
        <translation>Bruker nå profilen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Updated profile &quot;%1&quot;.</source>
        <translation>Oppdaterte profilen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>Slettet profilen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>Nøkkelen kunne ikke fjernes fra nøkkelringen: %1</translation>
    </message>
    <message>
        <source>TT02 and production: the client id of your ID-porten integration at Digdir (docs/id-porten.md#tt02). In the sandbox the ID-porten client is registered by itself.</source>
        <translation>TT02 og produksjon: klient-ID-en til ID-porten-integrasjonen din hos Digdir (docs/id-porten.md#tt02). I sandkassen registreres ID-porten-klienten automatisk.</translation>
    </message>
    <message>
        <source>Say what to change: --org, --client-id, --idporten-client-id or --scopes.</source>
        <translation>Oppgi hva som skal endres: --org, --client-id, --idporten-client-id eller --scopes.</translation>
    </message>
</context>
<context>
    <name>ProfileEnvironmentSection</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Miljø:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Se&amp;rveradresse:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Miljø</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>TT02 — Altinn&apos;s test environment</source>
        <translation>TT02 — testmiljøet til Altinn</translation>
    </message>
    <message>
        <source>Production — real customers</source>
        <translation>Produksjon — ekte kunder</translation>
    </message>
    <message>
        <source>Custom server…</source>
        <translation>Egendefinert server…</translation>
    </message>
    <message>
        <source>Runs inside this app. Nothing is sent to Altinn or Maskinporten; good for learning and demos.</source>
        <translation>Kjører inne i denne appen. Ingenting sendes til Altinn eller Maskinporten; fint for opplæring og demonstrasjoner.</translation>
    </message>
    <message>
        <source>Altinn&apos;s test environment with synthetic organisations. You need a Maskinporten client from the test self-service portal.</source>
        <translation>Testmiljøet til Altinn, med syntetiske organisasjoner. Du trenger en Maskinporten-klient fra selvbetjeningsportalen for test.</translation>
    </message>
    <message>
        <source>The real Altinn: changes affect real customers. Every change is confirmed before it is sent.</source>
        <translation>Det ekte Altinn: endringer påvirker ekte kunder. Hver endring må bekreftes før den sendes.</translation>
    </message>
    <message>
        <source>A systemuser-sandbox or another server that answers Altinn&apos;s and Maskinporten&apos;s paths.</source>
        <translation>En systemuser-sandbox eller en annen server som svarer på de samme stiene som Altinn og Maskinporten.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address with http:// or https://, for example http://127.0.0.1:5210/.</source>
        <translation>Skriv inn adressen til serveren med http:// eller https://, for eksempel http://127.0.0.1:5210/.</translation>
    </message>
    <message>
        <source>Sandbox — built in, nothing leaves this computer</source>
        <translation>Sandkasse — innebygd, ingenting forlater denne datamaskinen</translation>
    </message>
</context>
<context>
    <name>ProfileNameSection</name>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profi&amp;lnavn:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnavn</translation>
    </message>
    <message>
        <source>Only for you, to tell profiles apart.</source>
        <translation>Bare for deg, slik at du kan skille profilene fra hverandre.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
    <message>
        <source>TT02</source>
        <translation>TT02</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Egendefinert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>profile name: organisation (environment)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give the profile a name, for example the organisation and the environment.</source>
        <translation>Gi profilen et navn, for eksempel organisasjonen og miljøet.</translation>
    </message>
    <message>
        <source>Another profile has this name already. Choose a different name.</source>
        <translation>En annen profil har allerede dette navnet. Velg et annet navn.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your organisation and environment</source>
        <translation>Organisasjonen og miljøet ditt</translation>
    </message>
    <message>
        <source>Who you are and where you work. Start in the built-in sandbox: nothing you do there reaches Altinn.</source>
        <translation>Hvem du er, og hvor du arbeider. Start i den innebygde sandkassen: ingenting du gjør der, når Altinn.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Keep one profile per organisation and environment. Choosing another profile switches the whole wizard to it.</source>
        <translation>Ha én profil per organisasjon og miljø. Hvis du velger en annen profil, bytter hele veiviseren til den.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Ny profil…</translation>
    </message>
    <message>
        <source>A key and a Maskinporten client belong to one organisation in one environment. When you go on, this profile forgets its key id and client id, and you set up new ones on the next page.</source>
        <translation>En nøkkel og en Maskinporten-klient hører til én organisasjon i ett miljø. Når du går videre, glemmer denne profilen nøkkel-ID-en og klient-ID-en sine, og du setter opp nye på neste side.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Profilen kunne ikke lagres: %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read the profiles in %1: %2</source>
        <translation>Kan ikke lese profilene i %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the profiles to %1: %2</source>
        <translation>Kan ikke lagre profilene i %1: %2</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>det finnes ingen profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file is not a profile list</source>
        <translation>filen er ikke en profilliste</translation>
    </message>
</context>
<context>
    <name>ProfileVendorSection</name>
    <message>
        <source>This number is not in the sandbox&apos;s register. You can still use it, but customers and approvals work only with organisations the sandbox knows — for example %1 (Digitaliseringsdirektoratet) as the vendor.</source>
        <translation>Dette nummeret finnes ikke i registeret til sandkassen. Du kan likevel bruke det, men kunder og godkjenninger virker bare med organisasjoner som sandkassen kjenner — for eksempel %1 (Digitaliseringsdirektoratet) som leverandør.</translation>
    </message>
    <message>
        <source>The name cannot be looked up from here in this environment. Check the number at brreg.no if you are unsure.</source>
        <translation>Navnet kan ikke slås opp herfra i dette miljøet. Sjekk nummeret på brreg.no hvis du er usikker.</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Your organisation&apos;s number in the Central Coordinating Register (Enhetsregisteret): the vendor of the system.</source>
        <translation>Nummeret til organisasjonen din i Enhetsregisteret: leverandøren av systemet.</translation>
    </message>
</context>
<context>
    <name>PublishDiffSection</name>
    <message>
        <source>Differences between the registered system and your draft</source>
        <translation>Forskjeller mellom det registrerte systemet og utkastet ditt</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Sjekk &amp;igjen</translation>
    </message>
    <message>
        <source>Check again what is registered</source>
        <translation>Sjekk på nytt hva som er registrert</translation>
    </message>
    <message>
        <source>&amp;Edit the system</source>
        <translation>&amp;Rediger systemet</translation>
    </message>
    <message>
        <source>Go back to the system page</source>
        <translation>Gå tilbake til systemsiden</translation>
    </message>
    <message>
        <source>&amp;Register system</source>
        <translation>Re&amp;gistrer systemet</translation>
    </message>
    <message>
        <source>&amp;Update system</source>
        <translation>&amp;Oppdater systemet</translation>
    </message>
    <message>
        <source>Register the system in %1</source>
        <translation>Registrer systemet i %1</translation>
    </message>
    <message>
        <source>Update the registered system in %1</source>
        <translation>Oppdater det registrerte systemet i %1</translation>
    </message>
    <message>
        <source>There is nothing to publish yet.</source>
        <translation>Det er ingenting å publisere ennå.</translation>
    </message>
    <message>
        <source>Describe your system on the system page first. It is kept as a draft while you work, and published from here.</source>
        <translation>Beskriv systemet ditt på systemsiden først. Det blir lagret som utkast mens du arbeider, og publiseres herfra.</translation>
    </message>
    <message>
        <source>Checking what is registered in %1…</source>
        <translation>Sjekker hva som er registrert i %1…</translation>
    </message>
    <message>
        <source>Your draft “%1” is compared with the registered system.</source>
        <translation>Utkastet ditt, «%1», blir sammenlignet med det registrerte systemet.</translation>
    </message>
    <message>
        <source>Could not check what is registered in %1.</source>
        <translation>Kunne ikke sjekke hva som er registrert i %1.</translation>
    </message>
    <message>
        <source>Your draft is kept. The message below says what went wrong and what to do.</source>
        <translation>Utkastet ditt er tatt vare på. Meldingen nedenfor forteller hva som gikk galt, og hva du skal gjøre.</translation>
    </message>
    <message>
        <source>“%1” is not registered in %2 yet.</source>
        <translation>«%1» er ikke registrert i %2 ennå.</translation>
    </message>
    <message>
        <source>Registering it creates everything listed below.</source>
        <translation>Når du registrerer systemet, blir alt som står nedenfor, opprettet.</translation>
    </message>
    <message numerus="yes">
        <source>Your draft differs from the registered system in %n place(s).</source>
        <translation>
            <numerusform>Utkastet ditt skiller seg fra det registrerte systemet på %n punkt.</numerusform>
            <numerusform>Utkastet ditt skiller seg fra det registrerte systemet på %n punkter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating replaces the registered values with those of your draft, as listed below. The registered system is read first, so nothing else is lost.</source>
        <translation>Oppdateringen erstatter de registrerte verdiene med verdiene fra utkastet ditt, slik det står nedenfor. Det registrerte systemet hentes først, så ingenting annet går tapt.</translation>
    </message>
    <message>
        <source>“%1” is registered in %2.</source>
        <translation>«%1» er registrert i %2.</translation>
    </message>
    <message>
        <source>Altinn has accepted your draft; below is what it has registered now. Continue to ask a customer for a system user.</source>
        <translation>Altinn har godtatt utkastet ditt; nedenfor ser du hva som er registrert nå. Gå videre for å be en kunde om en systembruker.</translation>
    </message>
    <message>
        <source>No changes — the registered system already matches your draft.</source>
        <translation>Ingen endringer — det registrerte systemet stemmer allerede med utkastet ditt.</translation>
    </message>
    <message>
        <source>Nothing needs publishing. Continue to ask a customer for a system user.</source>
        <translation>Ingenting trenger å publiseres. Gå videre for å be en kunde om en systembruker.</translation>
    </message>
    <message>
        <source>The system id “%1” belongs to a deleted system.</source>
        <translation>System-ID-en «%1» tilhører et slettet system.</translation>
    </message>
    <message>
        <source>Altinn keeps the id of a deleted system, so it cannot be registered or updated again. Choose a new system id on the system page.</source>
        <translation>Altinn tar vare på ID-en til et slettet system, så systemet kan ikke registreres eller oppdateres på nytt. Velg en ny system-ID på systemsiden.</translation>
    </message>
</context>
<context>
    <name>PublishFindingsSection</name>
    <message>
        <source>The system definition</source>
        <translation>Systemdefinisjonen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, rad %2</translation>
    </message>
    <message>
        <source>Altinn did not accept these values</source>
        <translation>Altinn godtok ikke disse verdiene</translation>
    </message>
    <message>
        <source>Nothing was changed in Altinn. Correct each value on the system page, then come back and try again.</source>
        <translation>Ingenting ble endret i Altinn. Rett opp hver verdi på systemsiden, og kom så tilbake og prøv igjen.</translation>
    </message>
    <message>
        <source>Fix on the system page</source>
        <translation>Rett opp på systemsiden</translation>
    </message>
    <message>
        <source>Fix %1 on the system page</source>
        <translation>Rett opp %1 på systemsiden</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Publish</source>
        <translation>Publisering</translation>
    </message>
    <message>
        <source>Compare your draft with what is registered in Altinn, then register or update the system.</source>
        <translation>Sammenlign utkastet ditt med det som er registrert i Altinn, og registrer eller oppdater deretter systemet.</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassen har ikke startet ennå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Reading the system back from Altinn…</source>
        <translation>Henter systemet tilbake fra Altinn…</translation>
    </message>
    <message>
        <source>Checking what is registered in %1…</source>
        <translation>Sjekker hva som er registrert i %1…</translation>
    </message>
    <message>
        <source>Done at %1: this is what Altinn has registered now.</source>
        <translation>Ferdig kl. %1: Dette er det Altinn har registrert nå.</translation>
    </message>
    <message>
        <source>Stopped reading the system back. Select Check again to see what is registered.</source>
        <translation>Stoppet hentingen av systemet. Velg Sjekk igjen for å se hva som er registrert.</translation>
    </message>
    <message>
        <source>Stopped checking. Select Check again to see what is registered.</source>
        <translation>Stoppet sjekken. Velg Sjekk igjen for å se hva som er registrert.</translation>
    </message>
    <message>
        <source>register the system “%1”</source>
        <translation>registrere systemet «%1»</translation>
    </message>
    <message>
        <source>update the system “%1”</source>
        <translation>oppdatere systemet «%1»</translation>
    </message>
    <message>
        <source>Nothing was changed in Altinn.</source>
        <translation>Ingenting ble endret i Altinn.</translation>
    </message>
    <message>
        <source>Registering “%1” in %2…</source>
        <translation>Registrerer «%1» i %2…</translation>
    </message>
    <message>
        <source>Updating “%1” in %2…</source>
        <translation>Oppdaterer «%1» i %2…</translation>
    </message>
    <message>
        <source>Stopped waiting for Altinn. The change may or may not have been made: select Check again to see what is registered.</source>
        <translation>Sluttet å vente på Altinn. Det er usikkert om endringen ble gjort: Velg Sjekk igjen for å se hva som er registrert.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost; the system was read back afterwards: it was registered.</source>
        <translation>Svaret fra Altinn gikk tapt; systemet ble hentet tilbake etterpå: Det ble registrert.</translation>
    </message>
    <message>
        <source>The system was registered already, as yours; nothing was registered twice.</source>
        <translation>Systemet var allerede registrert, som ditt; ingenting ble registrert to ganger.</translation>
    </message>
    <message>
        <source>It differed from your draft, so it was updated.</source>
        <translation>Det var forskjellig fra utkastet ditt, så det ble oppdatert.</translation>
    </message>
</context>
<context>
    <name>PublishReceiptSection</name>
    <message>
        <source>Registered in Altinn</source>
        <translation>Registrert i Altinn</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System-ID</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheter</translation>
    </message>
    <message numerus="yes">
        <source>%n right(s)</source>
        <translation>
            <numerusform>%n rettighet</numerusform>
            <numerusform>%n rettigheter</numerusform>
        </translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakker</translation>
    </message>
    <message numerus="yes">
        <source>%n access package(s)</source>
        <translation>
            <numerusform>%n tilgangspakke</numerusform>
            <numerusform>%n tilgangspakker</numerusform>
        </translation>
    </message>
    <message>
        <source>Maskinporten client ids</source>
        <translation>Klient-ID-er i Maskinporten</translation>
    </message>
    <message>
        <source>None — no system user token can be issued until one is added.</source>
        <translation>Ingen — det kan ikke utstedes noe systembrukertoken før en klient-ID er lagt til.</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Omdirigeringsadresser</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Synlig i Altinn</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
</context>
<context>
    <name>PublishRemedyButton</name>
    <message>
        <source>Check the &amp;connection</source>
        <translation>Sjekk til&amp;koblingen</translation>
    </message>
    <message>
        <source>Go to the Maskinporten page to check the connection</source>
        <translation>Gå til Maskinporten-siden for å sjekke tilkoblingen</translation>
    </message>
    <message>
        <source>&amp;Fix on the system page</source>
        <translation>Rett opp på &amp;systemsiden</translation>
    </message>
    <message>
        <source>Go back to the system page to fix the definition</source>
        <translation>Gå tilbake til systemsiden for å rette opp definisjonen</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>This text is too long for a QR code. Copy the link instead.</source>
        <translation>Denne teksten er for lang for en QR-kode. Kopier lenken i stedet.</translation>
    </message>
    <message>
        <source>Could not make a QR code for this text. Copy the link instead.</source>
        <translation>Kunne ikke lage en QR-kode for denne teksten. Kopier lenken i stedet.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-kode</translation>
    </message>
    <message>
        <source>Scan with a phone camera to open: %1</source>
        <translation>Skann med mobilkameraet for å åpne: %1</translation>
    </message>
</context>
<context>
    <name>RelativeTimeText</name>
    <message>
        <source>at an unknown time</source>
        <translation>på et ukjent tidspunkt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>akkurat nå</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>for %n minutt siden</numerusform>
            <numerusform>for %n minutter siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>for %n time siden</numerusform>
            <numerusform>for %n timer siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestChecklist</name>
    <message>
        <source>What to ask for</source>
        <translation>Hva du ber om</translation>
    </message>
    <message>
        <source>&amp;Rights (services):</source>
        <translation>&amp;Rettigheter (tjenester):</translation>
    </message>
    <message>
        <source>Rights to ask for</source>
        <translation>Rettigheter du ber om</translation>
    </message>
    <message>
        <source>Access &amp;packages:</source>
        <translation>Tilgangs&amp;pakker:</translation>
    </message>
    <message>
        <source>Access packages to ask for</source>
        <translation>Tilgangspakker du ber om</translation>
    </message>
    <message>
        <source>Everything the system includes is ticked. Untick what this customer should not be asked for; only the system&apos;s own rights and packages can be asked for.</source>
        <translation>Alt systemet inneholder, er krysset av. Fjern krysset for det du ikke vil be denne kunden om; du kan bare be om rettighetene og pakkene som systemet selv har.</translation>
    </message>
    <message>
        <source>The system&apos;s rights appear here once it is loaded.</source>
        <translation>Rettighetene til systemet vises her når systemet er hentet.</translation>
    </message>
    <message>
        <source>Agent requests cannot carry single rights, only access packages.</source>
        <translation>Forespørsler om klientsystembruker kan ikke inneholde enkeltrettigheter, bare tilgangspakker.</translation>
    </message>
    <message>
        <source>The system has no single rights.</source>
        <translation>Systemet har ingen enkeltrettigheter.</translation>
    </message>
    <message>
        <source>The system&apos;s access packages appear here once it is loaded.</source>
        <translation>Tilgangspakkene til systemet vises her når systemet er hentet.</translation>
    </message>
    <message>
        <source>Loading the package catalogue to find the client-relationship packages…</source>
        <translation>Henter pakkekatalogen for å finne pakkene for klientforhold…</translation>
    </message>
    <message>
        <source>The system has no client-relationship packages (such as the accountant or auditor packages), so it cannot be used for agent requests. Add them to the system first.</source>
        <translation>Systemet har ingen tilgangspakker for klientforhold (som regnskapsfører- eller revisorpakkene), så det kan ikke brukes til forespørsler om klientsystembruker. Legg slike pakker til i systemet først.</translation>
    </message>
    <message>
        <source>Only client-relationship packages are shown.</source>
        <translation>Bare pakker for klientforhold vises.</translation>
    </message>
    <message numerus="yes">
        <source>%n client-relationship package(s) are left out: they can only be asked for in an agent request.</source>
        <translation>
            <numerusform>%n pakke for klientforhold er utelatt: Du kan bare be om den i en forespørsel om klientsystembruker.</numerusform>
            <numerusform>%n pakker for klientforhold er utelatt: Du kan bare be om dem i en forespørsel om klientsystembruker.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system has no access packages.</source>
        <translation>Systemet har ingen tilgangspakker.</translation>
    </message>
    <message>
        <source>The access package catalogue could not be loaded, so package names are shown by their ids and Altinn decides which packages fit this kind of request.</source>
        <translation>Katalogen over tilgangspakker kunne ikke hentes, så pakkene vises med ID-ene sine, og Altinn avgjør hvilke pakker som passer til denne typen forespørsel.</translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message>
        <source>System user requests to customers</source>
        <translation>Forespørsler om systembruker til kunder</translation>
    </message>
    <message>
        <source>An agent request (client relationships: access packages only).</source>
        <translation>En forespørsel om klientsystembruker (klientforhold: bare tilgangspakker).</translation>
    </message>
    <message>
        <source>The system id.</source>
        <translation>System-ID-en.</translation>
    </message>
    <message>
        <source>The request id.</source>
        <translation>Forespørsels-ID-en.</translation>
    </message>
    <message>
        <source>Ask a customer for a system user. Without --right/--package, everything the system has is asked for.</source>
        <translation>Be en kunde om en systembruker. Uten --right/--package bes det om alt systemet har.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number.</source>
        <translation>Organisasjonsnummeret til kunden.</translation>
    </message>
    <message>
        <source>Your reference for this system user (default: the customer&apos;s org number).</source>
        <translation>Referansen din for denne systembrukeren (standard: organisasjonsnummeret til kunden).</translation>
    </message>
    <message>
        <source>A resource id from the system&apos;s rights.</source>
        <translation>En ressurs-ID fra rettighetene til systemet.</translation>
    </message>
    <message>
        <source>An access package (URN or its last part) from the system&apos;s.</source>
        <translation>En tilgangspakke (URN eller siste del av den) fra pakkene til systemet.</translation>
    </message>
    <message>
        <source>Where the customer&apos;s browser goes after deciding.</source>
        <translation>Hvor nettleseren til kunden går etter avgjørelsen.</translation>
    </message>
    <message>
        <source>Show a request and its status.</source>
        <translation>Vis en forespørsel med status.</translation>
    </message>
    <message>
        <source>Find a request by system, customer and external reference.</source>
        <translation>Finn en forespørsel etter system, kunde og ekstern referanse.</translation>
    </message>
    <message>
        <source>The external reference.</source>
        <translation>Den eksterne referansen.</translation>
    </message>
    <message>
        <source>List every request of a system (all pages).</source>
        <translation>List opp alle forespørslene for et system (alle sider).</translation>
    </message>
    <message>
        <source>Delete a request.</source>
        <translation>Slett en forespørsel.</translation>
    </message>
    <message>
        <source>Say which system and which customer: --system ID --org ORGNO.</source>
        <translation>Oppgi hvilket system og hvilken kunde: --system ID --org ORGNO.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>Agent requests carry access packages only: use --package, not --right.</source>
        <translation>Forespørsler om klientsystembruker inneholder bare tilgangspakker: bruk --package, ikke --right.</translation>
    </message>
    <message>
        <source>fetching the system</source>
        <translation>hentingen av systemet</translation>
    </message>
    <message numerus="yes">
        <source>The request has %n problem(s); nothing was sent:</source>
        <translation>
            <numerusform>Forespørselen har %n problem; ingenting ble sendt:</numerusform>
            <numerusform>Forespørselen har %n problemer; ingenting ble sendt:</numerusform>
        </translation>
    </message>
    <message>
        <source>creating the request</source>
        <translation>opprettingen av forespørselen</translation>
    </message>
    <message>
        <source>This customer already had a request for this system and external reference; that one (%1, status %2) was returned instead of a new one.</source>
        <translation>Denne kunden hadde allerede en forespørsel for dette systemet og denne eksterne referansen; den forespørselen (%1, status %2) ble returnert i stedet for en ny.</translation>
    </message>
    <message>
        <source>Request %1 created; it waits for the customer.</source>
        <translation>Forespørselen %1 er opprettet og venter på kunden.</translation>
    </message>
    <message>
        <source>The customer approves at: %1</source>
        <translation>Kunden godkjenner her: %1</translation>
    </message>
    <message>
        <source>In the sandbox you can approve it yourself: %1</source>
        <translation>I sandkassen kan du godkjenne forespørselen selv: %1</translation>
    </message>
    <message>
        <source>fetching the request</source>
        <translation>hentingen av forespørselen</translation>
    </message>
    <message>
        <source>The request has timed out: ask the customer again with a new one.</source>
        <translation>Forespørselen har utløpt: be kunden på nytt med en ny forespørsel.</translation>
    </message>
    <message>
        <source>finding the request</source>
        <translation>søket etter forespørselen</translation>
    </message>
    <message>
        <source>Say which system: --system ID.</source>
        <translation>Oppgi hvilket system: --system ID.</translation>
    </message>
    <message>
        <source>listing the requests</source>
        <translation>hentingen av forespørslene</translation>
    </message>
    <message>
        <source>deleting the request</source>
        <translation>slettingen av forespørselen</translation>
    </message>
    <message>
        <source>Deleted request %1.</source>
        <translation>Forespørselen %1 er slettet.</translation>
    </message>
    <message>
        <source>The customer&apos;s system user: %1</source>
        <translation>Systembrukeren til kunden: %1</translation>
    </message>
    <message>
        <source>The answer to the request was lost; Altinn&apos;s request for this customer and external reference was looked up instead.</source>
        <translation>Svaret på forespørselen gikk tapt, så forespørselen Altinn har for denne kunden og den eksterne referansen, ble slått opp i stedet.</translation>
    </message>
    <message>
        <source>Look it up with: %1</source>
        <translation>Slå den opp med: %1</translation>
    </message>
</context>
<context>
    <name>RequestFormSection</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>S&amp;tandard</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <source>Standard request</source>
        <translation>Standardforespørsel</translation>
    </message>
    <message>
        <source>&amp;Agent (client relationships)</source>
        <translation>&amp;Klientforhold (klientsystembruker)</translation>
    </message>
    <message>
        <source>Agent request for client relationships</source>
        <translation>Forespørsel om klientsystembruker for klientforhold</translation>
    </message>
    <message>
        <source>Standard: the customer gives your system rights to act for the customer itself. Agent: for accountants, auditors and other client relationships — the customer is a firm that works for its own clients, and adds those clients after approving. Agent requests carry only client-relationship access packages.</source>
        <translation>Standard: Kunden gir systemet ditt rettigheter til å handle for kunden selv. Klientforhold: For regnskapsførere, revisorer og andre klientforhold — kunden er et firma som arbeider for sine egne klienter, og legger til disse klientene etter godkjenningen. Forespørsler om klientsystembruker kan bare inneholde tilgangspakker for klientforhold.</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>&amp;External reference (optional):</source>
        <translation>&amp;Ekstern referanse (valgfritt):</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>e.g. your customer number</source>
        <translation>f.eks. kundenummeret ditt</translation>
    </message>
    <message>
        <source>Your own key for this customer. Only needed when the same customer should have several system users for this system (one per department or client database). Leave it blank to use the organisation number. If you set it, your integration must send the same value when it asks Maskinporten for a token.</source>
        <translation>Din egen identifikator for denne kunden. Trengs bare når samme kunde skal ha flere systembrukere for dette systemet (én per avdeling eller klientdatabase). La feltet stå tomt for å bruke organisasjonsnummeret. Hvis du fyller det ut, må integrasjonen din sende samme verdi når den ber Maskinporten om et token.</translation>
    </message>
    <message>
        <source>Re&amp;direct URL:</source>
        <translation>O&amp;mdirigeringsadresse:</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Omdirigeringsadresse</translation>
    </message>
    <message>
        <source>Where the customer&apos;s browser goes after deciding. Only the system&apos;s allowed addresses can be used; choose “(none)” to leave the customer in Altinn.</source>
        <translation>Hvor nettleseren til kunden går etter avgjørelsen. Bare de tillatte adressene til systemet kan brukes; velg «(ingen)» for å la kunden bli i Altinn.</translation>
    </message>
    <message>
        <source>T&amp;itle (optional):</source>
        <translation>T&amp;ittel (valgfritt):</translation>
    </message>
    <message>
        <source>Integration title</source>
        <translation>Tittel på integrasjonen</translation>
    </message>
    <message>
        <source>The system user&apos;s name as the customer sees it in Altinn. Leave it blank to use the system&apos;s name.</source>
        <translation>Navnet på systembrukeren slik kunden ser det i Altinn. La feltet stå tomt for å bruke navnet på systemet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>The name cannot be looked up from here in this environment. Check the number at brreg.no if you are unsure.</source>
        <translation>Navnet kan ikke slås opp herfra i dette miljøet. Sjekk nummeret på brreg.no hvis du er usikker.</translation>
    </message>
    <message>
        <source>Not in the sandbox&apos;s register: Altinn will answer that it does not know this customer.</source>
        <translation>Finnes ikke i registeret til sandkassen: Altinn vil svare at kunden er ukjent.</translation>
    </message>
</context>
<context>
    <name>RequestJournal</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Kunne ikke fjerne %1.</translation>
    </message>
</context>
<context>
    <name>RequestOutcomeView</name>
    <message>
        <source>Send re&amp;quest</source>
        <translation>Send &amp;forespørsel</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send forespørsel</translation>
    </message>
    <message>
        <source>Follow the existing request</source>
        <translation>Følg den eksisterende forespørselen</translation>
    </message>
    <message>
        <source>Delete it and ask again</source>
        <translation>Slett forespørselen og send en ny</translation>
    </message>
    <message>
        <source>Ask for more rights with a change request</source>
        <translation>Be om flere rettigheter med en endringsforespørsel</translation>
    </message>
    <message>
        <source>Check the organisation number</source>
        <translation>Sjekk organisasjonsnummeret</translation>
    </message>
    <message>
        <source>Go to the system definition</source>
        <translation>Gå til systemdefinisjonen</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Sjekk tilkoblingen</translation>
    </message>
    <message>
        <source>Approval link of the change request — send it to the customer:</source>
        <translation>Godkjenningslenken til endringsforespørselen — send den til kunden:</translation>
    </message>
    <message>
        <source>Approval link of the change request</source>
        <translation>Godkjenningslenken til endringsforespørselen</translation>
    </message>
    <message>
        <source>Open the change request in the browser</source>
        <translation>Åpne endringsforespørselen i nettleseren</translation>
    </message>
    <message>
        <source>Copy the change request link</source>
        <translation>Kopier lenken til endringsforespørselen</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost; what Altinn has was looked up instead.</source>
        <translation>Svaret fra Altinn gikk tapt, så det Altinn har registrert, ble slått opp i stedet.</translation>
    </message>
    <message>
        <source>The request was created. Hand the approval link to the customer on the next page.</source>
        <translation>Forespørselen ble opprettet. Gi godkjenningslenken til kunden på neste side.</translation>
    </message>
    <message>
        <source>The earlier request: %1, created %2.</source>
        <translation>Den forrige forespørselen: %1, opprettet %2.</translation>
    </message>
    <message>
        <source>The customer cannot approve it any more. Delete it and send the request again — talk to the customer first if you do not know why it was rejected.</source>
        <translation>Kunden kan ikke lenger godkjenne den. Slett den og send forespørselen på nytt — snakk med kunden først hvis du ikke vet hvorfor den ble avvist.</translation>
    </message>
    <message>
        <source>Follow the earlier request to hand its link to the customer again, or delete it and ask again with what you chose now.</source>
        <translation>Følg den forrige forespørselen for å gi kunden lenken på nytt, eller slett den og send en ny med det du har valgt nå.</translation>
    </message>
    <message>
        <source>The customer&apos;s system user already has everything asked for. There is nothing for the customer to approve.</source>
        <translation>Systembrukeren til kunden har allerede alt det bes om. Det er ingenting for kunden å godkjenne.</translation>
    </message>
    <message>
        <source>Change request sent (status: %1). The customer approves it in Altinn like the first request: send them this link.</source>
        <translation>Endringsforespørselen er sendt (status: %1). Kunden godkjenner den i Altinn på samme måte som den første forespørselen: Send kunden denne lenken.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <source>A system user for client relationships cannot be changed: the customer deletes it in Altinn (Systemtilganger), then you ask again.</source>
        <translation>En systembruker for klientforhold kan ikke endres: Kunden sletter den i Altinn (Systemtilganger), og så sender du en ny forespørsel.</translation>
    </message>
    <message>
        <source>Send &amp;change request</source>
        <translation>Send &amp;endringsforespørsel</translation>
    </message>
    <message>
        <source>Send change request</source>
        <translation>Send endringsforespørsel</translation>
    </message>
</context>
<context>
    <name>RequestStatusText</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Venter på godkjenning</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Utløpt</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>Ingen endring nødvendig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <source>%1 (older than 180 days)</source>
        <translation>%1 (eldre enn 180 dager)</translation>
    </message>
    <message>
        <source>Client relationships (agent)</source>
        <translation>Klientforhold (klientsystembruker)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>RequestSystemSection</name>
    <message>
        <source>System and kind of request</source>
        <translation>System og type forespørsel</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>There is no connection to Altinn yet (the sandbox may still be starting).</source>
        <translation>Det er ingen tilkobling til Altinn ennå (sandkassen holder kanskje fortsatt på å starte).</translation>
    </message>
    <message>
        <source>Fetching your registered systems…</source>
        <translation>Henter de registrerte systemene dine…</translation>
    </message>
    <message>
        <source>fetching your systems</source>
        <translation>hentingen av systemene dine</translation>
    </message>
    <message>
        <source>Your organisation has no system in this environment yet. Register one first.</source>
        <translation>Organisasjonen din har ikke noe system i dette miljøet ennå. Registrer et system først.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fetching the system “%1”…</source>
        <translation>Henter systemet «%1»…</translation>
    </message>
    <message>
        <source>fetching the system</source>
        <translation>hentingen av systemet</translation>
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
    <message>
        <source>The title can be at most %1 characters long; this one has %2. Shorten it, or leave it out to use the system&apos;s name.</source>
        <translation>Tittelen kan være på høyst %1 tegn; denne har %2. Forkort den, eller utelat den for å bruke navnet på systemet.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>mellomrom</translation>
    </message>
    <message>
        <source>The external reference may hold only letters (a–z, æ, ø, å), digits, “_” and “-”: Maskinporten refuses other characters when the system user token is asked for, so this customer&apos;s system user could never be used. Replace %1, e.g. with “-”.</source>
        <translation>Den eksterne referansen kan bare inneholde bokstaver (a–z, æ, ø, å), sifre, “_” og “-”: Maskinporten avviser andre tegn når det bes om et systembrukertoken, så systembrukeren til denne kunden ville aldri kunne brukes. Erstatt %1, f.eks. med “-”.</translation>
    </message>
</context>
<context>
    <name>ResourceListModel</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>System resource</source>
        <translation>Systemressurs</translation>
    </message>
    <message>
        <source>Maskinporten scope</source>
        <translation>Maskinporten-scope</translation>
    </message>
    <message>
        <source>Altinn 2 service</source>
        <translation>Altinn 2-tjeneste</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Access resource</source>
        <translation>Tilgangsressurs</translation>
    </message>
    <message>
        <source>Broker service</source>
        <translation>Formidlingstjeneste</translation>
    </message>
    <message>
        <source>Correspondence service</source>
        <translation>Meldingstjeneste</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Migrated app</source>
        <translation>Migrert app</translation>
    </message>
    <message>
        <source>The system register does not accept resources of type &quot;%1&quot; as rights. Remove it.</source>
        <translation>Systemregisteret godtar ikke ressurser av typen &quot;%1&quot; som rettigheter. Fjern ressursen.</translation>
    </message>
    <message>
        <source>Not delegable: its owner does not let this resource be given to others, so no system user can get it.</source>
        <translation>Kan ikke delegeres: Eieren lar ikke denne ressursen gis videre til andre, så ingen systembruker kan få den.</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Ikke i registeret</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Ikke godtatt</translation>
    </message>
    <message>
        <source>Not delegable</source>
        <translation>Kan ikke delegeres</translation>
    </message>
    <message>
        <source>This identifier is not in the resource registry, so Altinn will reject the system. Remove it, or check the spelling.</source>
        <translation>Denne identifikatoren finnes ikke i ressursregisteret, så Altinn vil avvise systemet. Fjern den, eller sjekk stavemåten.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressurs</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifikator</translation>
    </message>
</context>
<context>
    <name>RightsPicker</name>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Search resources by title, owner or identifier</source>
        <translation>Søk etter ressurser på tittel, eier eller identifikator</translation>
    </message>
    <message>
        <source>Resources from the resource registry</source>
        <translation>Ressurser fra ressursregisteret</translation>
    </message>
    <message>
        <source>No resource matches the search. Try another word, or part of the identifier.</source>
        <translation>Ingen ressurser passer til søket. Prøv et annet ord, eller en del av identifikatoren.</translation>
    </message>
    <message>
        <source>Rights picker</source>
        <translation>Rettighetsvelger</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the resource registry…</source>
        <translation>Henter ressursregisteret…</translation>
    </message>
    <message>
        <source>Offline: showing the resource registry as saved on %1. Resources added since then are missing.</source>
        <translation>Frakoblet: viser ressursregisteret slik det ble lagret %1. Ressurser som er lagt til siden da, mangler.</translation>
    </message>
    <message>
        <source>The resource registry could not be loaded: %1 Your chosen rights are kept.</source>
        <translation>Ressursregisteret kunne ikke hentes: %1 Rettighetene du har valgt, blir beholdt.</translation>
    </message>
</context>
<context>
    <name>SandboxApprovalPanel</name>
    <message>
        <source>Sandbox: act as the customer</source>
        <translation>Sandkasse: opptre som kunden</translation>
    </message>
    <message>
        <source>Act as the customer</source>
        <translation>Opptre som kunden</translation>
    </message>
    <message>
        <source>Open the approval page as the customer</source>
        <translation>Åpne godkjenningssiden som kunden</translation>
    </message>
    <message>
        <source>Appro&amp;ve now (sandbox)</source>
        <translation>Go&amp;dkjenn nå (sandkasse)</translation>
    </message>
    <message>
        <source>Approving as the customer…</source>
        <translation>Godkjenner som kunden…</translation>
    </message>
    <message>
        <source>approving in the sandbox</source>
        <translation>godkjenningen i sandkassen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Approved as the customer.</source>
        <translation>Godkjent som kunden.</translation>
    </message>
    <message>
        <source>In the sandbox you can play the customer: open the simulator&apos;s approval page in the browser, or approve at once without a browser as one of the customer&apos;s test persons.</source>
        <translation>I sandkassen kan du opptre som kunden: Åpne godkjenningssiden i simulatoren i nettleseren, eller godkjenn med en gang uten nettleser som en av testpersonene hos kunden.</translation>
    </message>
    <message>
        <source>Approve the request now as the chosen person at the customer, in the sandbox</source>
        <translation>Godkjenn forespørselen nå som den valgte personen hos kunden, i sandkassen</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>Send &amp;videre</translation>
    </message>
    <message>
        <source>Escalate the request to the customer&apos;s access managers, as the chosen person</source>
        <translation>Send forespørselen videre til tilgangsstyrerne hos kunden, som den valgte personen</translation>
    </message>
    <message>
        <source>A person without the access manager role cannot approve, but can send the request on to the organisation&apos;s access managers.</source>
        <translation>En person uten rollen Tilgangsstyrer kan ikke godkjenne, men kan sende forespørselen videre til tilgangsstyrerne i organisasjonen.</translation>
    </message>
    <message>
        <source>Approving as %1…</source>
        <translation>Godkjenner som %1…</translation>
    </message>
    <message>
        <source>Approved as %1.</source>
        <translation>Godkjent som %1.</translation>
    </message>
    <message>
        <source>Escalating as %1…</source>
        <translation>Sender videre som %1…</translation>
    </message>
    <message>
        <source>escalating in the sandbox</source>
        <translation>videresendingen i sandkassen</translation>
    </message>
    <message>
        <source>Escalated: the request now waits for an access manager of the customer, who can approve it.</source>
        <translation>Sendt videre: Forespørselen venter nå på en tilgangsstyrer hos kunden, som kan godkjenne den.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowser</name>
    <message>
        <source>The sandbox sent the browser off this computer (%1): only a local sandbox can be logged into without a browser.</source>
        <translation>Sandkassen sendte nettleseren bort fra denne datamaskinen (%1): Innlogging uten nettleser virker bare mot en lokal sandkasse.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten did not answer: %1</source>
        <translation>ID-porten i sandkassen svarte ikke: %1</translation>
    </message>
    <message>
        <source>The login&apos;s listener answered HTTP %1.</source>
        <translation>Lytteren for innloggingen svarte HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten answered HTTP %1.</source>
        <translation>ID-porten i sandkassen svarte HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten has no test person with the national identity number %1.</source>
        <translation>ID-porten i sandkassen har ingen testperson med fødselsnummeret %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten showed a page that was not expected after the login.</source>
        <translation>ID-porten i sandkassen viste en uventet side etter innloggingen.</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueAction</name>
    <message>
        <source>Missing a resource or access package your service uses? Add it to the sandbox as TT02 has it.</source>
        <translation>Mangler en ressurs eller tilgangspakke som tjenesten din bruker? Legg den til i sandkassen slik TT02 har den.</translation>
    </message>
    <message>
        <source>Add to the sandbox&apos;s catalogu&amp;e…</source>
        <translation>&amp;Legg til i katalogen til sandkassen…</translation>
    </message>
    <message>
        <source>Add resources, access packages or test organisations to the sandbox</source>
        <translation>Legg til ressurser, tilgangspakker eller testorganisasjoner i sandkassen</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueDialog</name>
    <message>
        <source>Adding to the sandbox&apos;s catalogue: part %1 of %2…</source>
        <translation>Legger til i katalogen til sandkassen: del %1 av %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>Loading the catalogue again for the rights lists…</source>
        <translation>Henter katalogen på nytt for rettighetslistene…</translation>
    </message>
    <message>
        <source>Adding to the sandbox&apos;s catalogue…</source>
        <translation>Legger til i katalogen til sandkassen…</translation>
    </message>
    <message>
        <source>Cancelled. What the sandbox took already stays; adding it again is safe.</source>
        <translation>Avbrutt. Det sandkassen allerede har tatt imot, blir værende; det er trygt å legge det til på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n erstattet</numerusform>
            <numerusform>%n erstattet</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the sandbox&apos;s register (%1). Requests can be sent to it now.</source>
        <translation>Lagt til i registeret til sandkassen (%1). Nå kan du sende forespørsler til den.</translation>
    </message>
    <message>
        <source>Added to the sandbox&apos;s catalogue (%1). The rights lists show it now.</source>
        <translation>Lagt til i katalogen til sandkassen (%1). Rettighetslistene viser det nå.</translation>
    </message>
    <message>
        <source>Add to the sandbox&apos;s catalogue</source>
        <translation>Legg til i katalogen til sandkassen</translation>
    </message>
    <message>
        <source>The sandbox knows a selection of Altinn&apos;s resources, access packages and test organisations. Add the ones your service uses, as TT02 has them; they stay until the sandbox is reset. This changes the sandbox only, never TT02 or production.</source>
        <translation>Sandkassen kjenner et utvalg av ressursene, tilgangspakkene og testorganisasjonene i Altinn. Legg til dem som tjenesten din bruker, slik TT02 har dem; de blir værende til sandkassen tilbakestilles. Dette endrer bare sandkassen, aldri TT02 eller produksjon.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Lukk dialogboksen</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueFileSection</name>
    <message>
        <source>Choose a catalogue file</source>
        <translation>Velg en katalogfil</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leser %1…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisk (%1)</translation>
    </message>
    <message>
        <source>%1 holds %2.</source>
        <translation>%1 inneholder %2.</translation>
    </message>
    <message>
        <source>%1 cannot be added.</source>
        <translation>%1 kan ikke legges til.</translation>
    </message>
    <message>
        <source>%1 holds %2, but has errors the sandbox would refuse; fix them and choose it again.</source>
        <translation>%1 inneholder %2, men har feil som sandkassen ville avvist; rett dem og velg filen på nytt.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil er valgt.</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer en fil</translation>
    </message>
    <message>
        <source>Save what TT02&apos;s public metadata APIs answer for your service and add it here: the resource list (resourceregistry/api/v1/resource/resourcelist) or one resource, the access package export (accessmanagement/api/v1/meta/info/accesspackages/export), or organisations ({&quot;orgNo&quot;, &quot;name&quot;}). Entries the sandbox has are replaced.</source>
        <translation>Lagre det de offentlige metadata-API-ene i TT02 svarer for tjenesten din, og legg det til her: ressurslisten (resourceregistry/api/v1/resource/resourcelist) eller én ressurs, eksporten av tilgangspakker (accessmanagement/api/v1/meta/info/accesspackages/export) eller organisasjoner ({&quot;orgNo&quot;, &quot;name&quot;}). Oppføringer som sandkassen allerede har, blir erstattet.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Velg fil…</translation>
    </message>
    <message>
        <source>The export&apos;s &amp;language:</source>
        <translation>&amp;Språket i eksporten:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>&amp;Add the file</source>
        <translation>Legg til &amp;filen</translation>
    </message>
    <message>
        <source>Add the file to the sandbox&apos;s catalogue</source>
        <translation>Legg til filen i katalogen til sandkassen</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemer som ble funnet i filen</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueOrganisationSection</name>
    <message>
        <source>Add a test organisation</source>
        <translation>Legg til en testorganisasjon</translation>
    </message>
    <message>
        <source>Organisation &amp;number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Nine digits, e.g. one of TT02&apos;s test organisations</source>
        <translation>Ni sifre, f.eks. en av testorganisasjonene i TT02</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Add or&amp;ganisation</source>
        <translation>Legg til or&amp;ganisasjon</translation>
    </message>
    <message>
        <source>Add the organisation to the sandbox&apos;s register</source>
        <translation>Legg til organisasjonen i registeret til sandkassen</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueResourceSection</name>
    <message>
        <source>Add one resource</source>
        <translation>Legg til én ressurs</translation>
    </message>
    <message>
        <source>Resource &amp;id:</source>
        <translation>Ressurs-&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. app_brg_aarsregnskap-vanlig-202406</source>
        <translation>f.eks. app_brg_aarsregnskap-vanlig-202406</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Shown to customers, in every language</source>
        <translation>Vises for kunder, på alle språk</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Automatic (AltinnApp for app_… ids)</source>
        <translation>Automatisk (AltinnApp for app_…-ID-er)</translation>
    </message>
    <message>
        <source>&amp;Owner code:</source>
        <translation>&amp;Eierkode:</translation>
    </message>
    <message>
        <source>e.g. skd or brg (optional)</source>
        <translation>f.eks. skd eller brg (valgfritt)</translation>
    </message>
    <message>
        <source>Add &amp;resource</source>
        <translation>Legg til &amp;ressurs</translation>
    </message>
    <message>
        <source>Add the resource to the sandbox&apos;s catalogue</source>
        <translation>Legg til ressursen i katalogen til sandkassen</translation>
    </message>
</context>
<context>
    <name>SandboxCommands</name>
    <message>
        <source>Sandbox only: register the Maskinporten client, act as the customer</source>
        <translation>Bare sandkasse: registrer Maskinporten-klienten, opptre som kunden</translation>
    </message>
    <message>
        <source>The request or change request id.</source>
        <translation>ID-en til forespørselen eller endringsforespørselen.</translation>
    </message>
    <message>
        <source>Approve a request as the customer would on the approval page.</source>
        <translation>Godkjenn en forespørsel slik kunden ville gjort på godkjenningssiden.</translation>
    </message>
    <message>
        <source>Reject a request as the customer would on the approval page.</source>
        <translation>Avvis en forespørsel slik kunden ville gjort på godkjenningssiden.</translation>
    </message>
    <message>
        <source>List the sandbox register&apos;s organisations (customers to try).</source>
        <translation>List opp organisasjonene i registeret til sandkassen (kunder du kan prøve med).</translation>
    </message>
    <message>
        <source>This works only in the sandbox (--env sandbox or the URL of a systemuser-sandbox), not in %1.</source>
        <translation>Dette virker bare i sandkassen (--env sandbox eller URL-en til en systemuser-sandbox), ikke i %1.</translation>
    </message>
    <message>
        <source>In %1, register the client and public key at %2 (see &quot;%3&quot;).</source>
        <translation>I %1 registrerer du klienten og den offentlige nøkkelen på %2 (se &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>registering the client</source>
        <translation>registreringen av klienten</translation>
    </message>
    <message>
        <source>Registered client %1 with key &quot;%2&quot; in the sandbox at %3.</source>
        <translation>Klienten %1 er registrert med nøkkelen &quot;%2&quot; i sandkassen på %3.</translation>
    </message>
    <message>
        <source>Next: check it with &quot;%1&quot;, then register your system: %2</source>
        <translation>Neste steg: sjekk klienten med &quot;%1&quot;, og registrer deretter systemet ditt: %2</translation>
    </message>
    <message>
        <source>approving the request</source>
        <translation>godkjenningen av forespørselen</translation>
    </message>
    <message>
        <source>rejecting the request</source>
        <translation>avvisningen av forespørselen</translation>
    </message>
    <message>
        <source>Request %1 approved, as the customer would.</source>
        <translation>Forespørselen %1 er godkjent, slik kunden ville gjort det.</translation>
    </message>
    <message>
        <source>Request %1 rejected, as the customer would.</source>
        <translation>Forespørselen %1 er avvist, slik kunden ville gjort det.</translation>
    </message>
    <message>
        <source>listing the organisations</source>
        <translation>hentingen av organisasjonene</translation>
    </message>
    <message>
        <source>Register the profile&apos;s Maskinporten client and public key in the sandbox (when the profile has no client id, one derived from the key: running it again finds that client).</source>
        <translation>Registrer Maskinporten-klienten og den offentlige nøkkelen til profilen i sandkassen (når profilen ikke har noen klient-ID, brukes en som er avledet av nøkkelen: Kjører du kommandoen på nytt, finner den den klienten).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s answer was lost; the client was read back afterwards: it is registered.</source>
        <translation>Svaret fra sandkassen gikk tapt; klienten ble hentet tilbake etterpå: Den er registrert.</translation>
    </message>
    <message>
        <source>Client %1 was registered already with key &quot;%2&quot; in the sandbox at %3; nothing was changed.</source>
        <translation>Klienten %1 var allerede registrert med nøkkelen &quot;%2&quot; i sandkassen på %3; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Add a file to the sandbox&apos;s own catalogue: a resource list or one resource, an access package export (as Altinn&apos;s metadata APIs answer them, e.g. saved from TT02), or organisations ({&quot;orgNo&quot;, &quot;name&quot;}). Entries the catalogue has are replaced.</source>
        <translation>Legg til en fil i sandkassens egen katalog: en ressursliste eller én ressurs, en eksport av tilgangspakker (slik metadata-API-ene i Altinn svarer, f.eks. lagret fra TT02) eller organisasjoner ({&quot;orgNo&quot;, &quot;name&quot;}). Oppføringer som katalogen allerede har, blir erstattet.</translation>
    </message>
    <message>
        <source>The JSON file.</source>
        <translation>JSON-filen.</translation>
    </message>
    <message>
        <source>The language an access package export was fetched in: nb, nn or en (default: told from the file, else nb).</source>
        <translation>Språket en eksport av tilgangspakker ble hentet på: nb, nn eller en (standard: utledet fra filen, ellers nb).</translation>
    </message>
    <message>
        <source>Add one resource to the sandbox&apos;s catalogue, so that systems can list it as a right.</source>
        <translation>Legg til én ressurs i katalogen til sandkassen, slik at systemer kan ta den med som rettighet.</translation>
    </message>
    <message>
        <source>The resource id, e.g. app_brg_aarsregnskap-vanlig-202406 (required).</source>
        <translation>Ressurs-ID-en, f.eks. app_brg_aarsregnskap-vanlig-202406 (påkrevd).</translation>
    </message>
    <message>
        <source>Its title, used in every language (required).</source>
        <translation>Tittelen, brukt på alle språk (påkrevd).</translation>
    </message>
    <message>
        <source>Its resource type, e.g. GenericAccessResource (default: AltinnApp for app_… ids, else Default).</source>
        <translation>Ressurstypen, f.eks. GenericAccessResource (standard: AltinnApp for app_…-ID-er, ellers Default).</translation>
    </message>
    <message>
        <source>The owner&apos;s code, e.g. skd or brg (default: from an app&apos;s id); the sandbox fills in the owner&apos;s number and name when it knows the code.</source>
        <translation>Koden til eieren, f.eks. skd eller brg (standard: fra ID-en til en app); sandkassen fyller inn nummeret og navnet til eieren når den kjenner koden.</translation>
    </message>
    <message>
        <source>Add a test organisation to the sandbox&apos;s register, so that requests can be sent to it.</source>
        <translation>Legg til en testorganisasjon i registeret til sandkassen, slik at forespørsler kan sendes til den.</translation>
    </message>
    <message>
        <source>Its organisation number (required).</source>
        <translation>Organisasjonsnummeret (påkrevd).</translation>
    </message>
    <message>
        <source>Its name (required).</source>
        <translation>Navnet (påkrevd).</translation>
    </message>
    <message>
        <source>Show what was added to the sandbox&apos;s catalogue.</source>
        <translation>Vis hva som er lagt til i katalogen til sandkassen.</translation>
    </message>
    <message>
        <source>--language must be nb, nn or en (got &quot;%1&quot;).</source>
        <translation>--language må være nb, nn eller en (fikk &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Nothing was sent: the file has problems the sandbox would refuse.</source>
        <translation>Ingenting ble sendt: Filen har problemer som sandkassen ville avvist.</translation>
    </message>
    <message>
        <source>Save the API&apos;s answer as it came (e.g. curl -o FILE …/resource/resourcelist) and try again.</source>
        <translation>Lagre svaret fra API-et slik det kom (f.eks. curl -o FILE …/resource/resourcelist), og prøv igjen.</translation>
    </message>
    <message>
        <source>The file holds %1.</source>
        <translation>Filen inneholder %1.</translation>
    </message>
    <message>
        <source>Give the resource&apos;s --id and --title.</source>
        <translation>Oppgi --id og --title for ressursen.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s --org and --name.</source>
        <translation>Oppgi --org og --name for organisasjonen.</translation>
    </message>
    <message>
        <source>The organisation number</source>
        <translation>Organisasjonsnummeret</translation>
    </message>
    <message>
        <source>The sandbox&apos;s catalogue has %1 new and %2 replaced entries.</source>
        <translation>Katalogen til sandkassen har %1 nye og %2 erstattede oppføringer.</translation>
    </message>
    <message>
        <source>Next: list them as rights in your system and register it: %1</source>
        <translation>Neste steg: ta dem med som rettigheter i systemet ditt, og registrer det: %1</translation>
    </message>
    <message>
        <source>Remove everything added to the sandbox&apos;s catalogue; the built-in catalogue stays.</source>
        <translation>Fjern alt som er lagt til i katalogen til sandkassen; den innebygde katalogen blir værende.</translation>
    </message>
    <message>
        <source>Added to the built-in catalogue: %1 resource(s), %2 access package(s) in %3 area(s), %4 organisation(s).</source>
        <translation>Lagt til i den innebygde katalogen: %1 ressurs(er), %2 tilgangspakke(r) i %3 område(r), %4 organisasjon(er).</translation>
    </message>
    <message>
        <source>Removed what was added to the sandbox&apos;s catalogue; the built-in catalogue is as it was.</source>
        <translation>Fjernet det som var lagt til i katalogen til sandkassen; den innebygde katalogen er som før.</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Port %1 brukes av et annet program.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s state file %1 cannot be used (%2). Repair it or move it away to start with an empty sandbox.</source>
        <translation>Tilstandsfilen %1 for sandkassen kan ikke brukes (%2). Reparer den, eller flytt den bort for å starte med en tom sandkasse.</translation>
    </message>
</context>
<context>
    <name>SandboxOrgNameLookup</name>
    <message>
        <source>The name appears when the sandbox has started…</source>
        <translation>Navnet vises når sandkassen har startet…</translation>
    </message>
    <message>
        <source>The sandbox did not start, so the name cannot be looked up. Restart the wizard.</source>
        <translation>Sandkassen startet ikke, så navnet kan ikke slås opp. Start veiviseren på nytt.</translation>
    </message>
    <message>
        <source>The name could not be looked up: %1 %2</source>
        <translation>Navnet kunne ikke slås opp: %1 %2</translation>
    </message>
</context>
<context>
    <name>SandboxPersonChooser</name>
    <message>
        <source>Approve &amp;as:</source>
        <translation>&amp;Godkjenn som:</translation>
    </message>
    <message>
        <source>Who approves at the customer</source>
        <translation>Hvem som godkjenner hos kunden</translation>
    </message>
    <message>
        <source>The sandbox&apos;s test persons of the customer organisation. Only an access manager who can give every right asked for can approve; someone without the role can escalate.</source>
        <translation>Testpersonene i sandkassen for kundeorganisasjonen. Bare en tilgangsstyrer som kan gi alle rettighetene det bes om, kan godkjenne; den som mangler rollen, kan sende forespørselen videre.</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s persons…</source>
        <translation>Henter personene til kunden…</translation>
    </message>
    <message>
        <source>%1 – general manager, not an access manager (can only escalate)</source>
        <translation>%1 – daglig leder, ikke tilgangsstyrer (kan bare sende videre)</translation>
    </message>
    <message>
        <source>%1 – access manager who lacks the first right asked for</source>
        <translation>%1 – tilgangsstyrer som mangler den første rettigheten det bes om</translation>
    </message>
    <message>
        <source>%1 – access manager who can give every right</source>
        <translation>%1 – tilgangsstyrer som kan gi alle rettighetene</translation>
    </message>
    <message>
        <source>The persons could not be loaded: %1 Approving now acts as the organisation&apos;s access manager, who can approve everything.</source>
        <translation>Personene kunne ikke lastes inn: %1 Godkjenning nå skjer som tilgangsstyreren til organisasjonen, som kan godkjenne alt.</translation>
    </message>
</context>
<context>
    <name>SandboxRegistrationPanel</name>
    <message>
        <source>Another profile was chosen meanwhile.</source>
        <translation>En annen profil ble valgt i mellomtiden.</translation>
    </message>
    <message>
        <source>Register the client in the sandbox</source>
        <translation>Registrer klienten i sandkassen</translation>
    </message>
    <message>
        <source>&amp;Register in the sandbox</source>
        <translation>&amp;Registrer i sandkassen</translation>
    </message>
    <message>
        <source>&amp;Register the key again in the sandbox</source>
        <translation>&amp;Registrer nøkkelen på nytt i sandkassen</translation>
    </message>
    <message>
        <source>Registering the client in the sandbox…</source>
        <translation>Registrerer klienten i sandkassen…</translation>
    </message>
    <message>
        <source>Registration cancelled.</source>
        <translation>Registreringen ble avbrutt.</translation>
    </message>
    <message>
        <source>Registered client %1 with key %2. Check the connection below.</source>
        <translation>Registrerte klienten %1 med nøkkelen %2. Sjekk tilkoblingen nedenfor.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s answer was lost; the client was read back afterwards.</source>
        <translation>Svaret fra sandkassen gikk tapt; klienten ble hentet tilbake etterpå.</translation>
    </message>
    <message>
        <source>Client %1 was registered already with key %2; nothing was changed. Check the connection below.</source>
        <translation>Klienten %1 var allerede registrert med nøkkelen %2; ingenting ble endret. Sjekk tilkoblingen nedenfor.</translation>
    </message>
</context>
<context>
    <name>ScreenMasking</name>
    <message>
        <source>Masked in presenter mode.</source>
        <translation>Skjult i presentasjonsmodus.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer in time. If it asks to be unlocked, answer the prompt, then try again.</source>
        <translation>Nøkkelringen svarte ikke i tide. Hvis den ber om å bli låst opp, svar på spørsmålet og prøv igjen.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, restart the keychain service.</source>
        <translation>Nøkkelringen meldte om en feil. Prøv igjen; hvis det fortsatt ikke virker, start nøkkelringtjenesten på nytt.</translation>
    </message>
    <message>
        <source>The key is not in the keychain. If you kept a backup of it, import it again; otherwise generate a new key and register its public key again, in place of the old one.</source>
        <translation>Nøkkelen ligger ikke i nøkkelringen. Hvis du har en sikkerhetskopi av den, importerer du den på nytt; ellers lager du en ny nøkkel og registrerer den offentlige nøkkelen på nytt, i stedet for den gamle.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer, so the key cannot be kept safely. Start one, or install one — GNOME Keyring (the gnome-keyring package), KWallet, or KeePassXC with its Secret Service integration turned on — then try again.</source>
        <translation>Ingen nøkkelringtjeneste kjører på denne datamaskinen, så nøkkelen kan ikke oppbevares trygt. Start en, eller installer en — GNOME Keyring (pakken gnome-keyring), KWallet eller KeePassXC med Secret Service-integrasjonen slått på — og prøv igjen.</translation>
    </message>
    <message>
        <source>There is no desktop session (no D-Bus session bus), so no keychain can be reached. Run this in a desktop session; in a terminal or over SSH, start one first, for example with &quot;dbus-run-session -- bash&quot;, and unlock a keyring in it with &quot;gnome-keyring-daemon --unlock&quot;.</source>
        <translation>Det finnes ingen skrivebordsøkt (ingen D-Bus-øktbuss), så ingen nøkkelring kan nås. Kjør dette i en skrivebordsøkt; i en terminal eller over SSH starter du først en økt, for eksempel med &quot;dbus-run-session -- bash&quot;, og låser opp en nøkkelring i den med &quot;gnome-keyring-daemon --unlock&quot;.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (in your keyring or password manager, or by logging out and in again), then try again. Keys already in it are safe: there is no need to generate or import them again.</source>
        <translation>Nøkkelringen er låst. Lås den opp (i nøkkelringprogrammet eller passordbehandleren din, eller ved å logge ut og inn igjen), og prøv igjen. Nøkler som allerede ligger i den, er trygge: Du trenger ikke å lage eller importere dem på nytt.</translation>
    </message>
    <message>
        <source>The keychain refused access. Allow this program to use the keychain when it asks (or in the keychain&apos;s settings), then try again.</source>
        <translation>Nøkkelringen nektet tilgang. Gi dette programmet lov til å bruke nøkkelringen når den spør (eller i innstillingene for nøkkelringen), og prøv igjen.</translation>
    </message>
    <message>
        <source>The key&apos;s entry in the keychain is damaged or incomplete. Import the key again from its backup, or generate a new key and register its public key again.</source>
        <translation>Oppføringen for nøkkelen i nøkkelringen er skadet eller ufullstendig. Importer nøkkelen på nytt fra sikkerhetskopien, eller lag en ny nøkkel og registrer den offentlige nøkkelen på nytt.</translation>
    </message>
</context>
<context>
    <name>ServerFieldMapping</name>
    <message>
        <source>Altinn refused this value.</source>
        <translation>Altinn avviste denne verdien.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StringListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>What was done, what is still pending, and what to do next.</source>
        <translation>Hva som er gjort, hva som gjenstår, og hva du bør gjøre videre.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Ask Altinn again for the current statuses</source>
        <translation>Spør Altinn på nytt om gjeldende statuser</translation>
    </message>
    <message>
        <source>&amp;Onboard another customer</source>
        <translation>&amp;Koble på en ny kunde</translation>
    </message>
    <message>
        <source>Ask the next customer for a system user</source>
        <translation>Be neste kunde om en systembruker</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassen har ikke startet ennå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Asking Altinn for the current statuses…</source>
        <translation>Spør Altinn om gjeldende statuser…</translation>
    </message>
    <message>
        <source>Stopped. The summary shows what was known before.</source>
        <translation>Stoppet. Oppsummeringen viser det som var kjent fra før.</translation>
    </message>
    <message>
        <source>reading the registered system</source>
        <translation>hentingen av det registrerte systemet</translation>
    </message>
    <message>
        <source>listing the system users</source>
        <translation>hentingen av systembrukerne</translation>
    </message>
    <message>
        <source>checking the request to %1</source>
        <translation>kontrollen av forespørselen til %1</translation>
    </message>
    <message>
        <source>Up to date as of %1.</source>
        <translation>Oppdatert kl. %1.</translation>
    </message>
    <message>
        <source>Some of the summary could not be brought up to date:</source>
        <translation>Deler av oppsummeringen kunne ikke oppdateres:</translation>
    </message>
</context>
<context>
    <name>SummaryReportSection</name>
    <message>
        <source>Onboarding summary</source>
        <translation>Oppsummering av påkoblingen</translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation>&amp;Lagre rapport…</translation>
    </message>
    <message>
        <source>Save the report as HTML or PDF</source>
        <translation>Lagre rapporten som HTML eller PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Rapporten kunne ikke lagres i %1: %2</translation>
    </message>
    <message>
        <source>Onboarding report</source>
        <translation>Påkoblingsrapport</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Nettside (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Lagre rapport</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Lagret rapporten i %1.</translation>
    </message>
</context>
<context>
    <name>SystemCommands</name>
    <message>
        <source>Your systems in Altinn&apos;s system register</source>
        <translation>Systemene dine i systemregisteret i Altinn</translation>
    </message>
    <message>
        <source>The system id (&lt;vendor org number&gt;_&lt;name&gt;).</source>
        <translation>System-ID-en (&lt;vendor org number&gt;_&lt;name&gt;).</translation>
    </message>
    <message>
        <source>A system definition: the JSON body Altinn&apos;s system register takes.</source>
        <translation>En systemdefinisjon: JSON-innholdet som systemregisteret i Altinn tar imot.</translation>
    </message>
    <message>
        <source>List the vendor&apos;s systems.</source>
        <translation>List opp systemene til leverandøren.</translation>
    </message>
    <message>
        <source>Show a registered system.</source>
        <translation>Vis et registrert system.</translation>
    </message>
    <message>
        <source>Register a new system from FILE (checked before it is sent).</source>
        <translation>Registrer et nytt system fra FILE (sjekkes før det sendes).</translation>
    </message>
    <message>
        <source>Update a system from FILE: only the members FILE has replace the registered ones (get, merge, put).</source>
        <translation>Oppdater et system fra FILE: Bare feltene som finnes i FILE, erstatter de registrerte (get, merge, put).</translation>
    </message>
    <message>
        <source>Compare FILE with the registered system, field by field.</source>
        <translation>Sammenlign FILE med det registrerte systemet, felt for felt.</translation>
    </message>
    <message>
        <source>Delete a system from the register.</source>
        <translation>Slett et system fra registeret.</translation>
    </message>
    <message>
        <source>Show a system&apos;s change log.</source>
        <translation>Vis endringsloggen til et system.</translation>
    </message>
    <message>
        <source>listing the systems</source>
        <translation>hentingen av systemlisten</translation>
    </message>
    <message>
        <source>fetching the system</source>
        <translation>hentingen av systemet</translation>
    </message>
    <message>
        <source>%1 is not a system definition: %2</source>
        <translation>%1 er ikke en systemdefinisjon: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was sent:</source>
        <translation>
            <numerusform>%1 har %n problem; ingenting ble sendt:</numerusform>
            <numerusform>%1 har %n problemer; ingenting ble sendt:</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile&apos;s client id %1 is not in &quot;clientId&quot;: system user tokens for this system will fail (MP-303) until it is.</source>
        <translation>Klient-ID-en %1 fra profilen står ikke i &quot;clientId&quot;: Systembrukertokener for dette systemet vil feile (MP-303) til den gjør det.</translation>
    </message>
    <message>
        <source>registering the system</source>
        <translation>registreringen av systemet</translation>
    </message>
    <message>
        <source>Registered system %1.</source>
        <translation>Registrerte systemet %1.</translation>
    </message>
    <message>
        <source>Next: ask a customer for a system user: %1</source>
        <translation>Neste steg: Be en kunde om en systembruker: %1</translation>
    </message>
    <message>
        <source>%1 has nothing to update (name, description, rights, accessPackages, clientId, allowedRedirectUrls or isVisible).</source>
        <translation>%1 har ingenting å oppdatere (name, description, rights, accessPackages, clientId, allowedRedirectUrls eller isVisible).</translation>
    </message>
    <message>
        <source>updating the system</source>
        <translation>oppdateringen av systemet</translation>
    </message>
    <message>
        <source>Updated system %1 (%2); everything else was kept as registered.</source>
        <translation>Oppdaterte systemet %1 (%2); alt annet ble beholdt slik det er registrert.</translation>
    </message>
    <message>
        <source>%1 is not registered yet; everything in the file is new.</source>
        <translation>%1 er ikke registrert ennå; alt i filen er nytt.</translation>
    </message>
    <message>
        <source>%1 is registered exactly as in the file.</source>
        <translation>%1 er registrert nøyaktig som i filen.</translation>
    </message>
    <message>
        <source>deleting the system</source>
        <translation>slettingen av systemet</translation>
    </message>
    <message>
        <source>Deleted system %1.</source>
        <translation>Slettet systemet %1.</translation>
    </message>
    <message>
        <source>fetching the change log</source>
        <translation>hentingen av endringsloggen</translation>
    </message>
    <message>
        <source>The system id %1 belongs to a deleted system; a deleted system keeps its id for ever. Give the definition another id.</source>
        <translation>System-ID-en %1 tilhører et slettet system; et slettet system beholder ID-en sin for alltid. Gi definisjonen en annen ID.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost; the system was read back afterwards: it was registered.</source>
        <translation>Svaret fra Altinn gikk tapt; systemet ble hentet tilbake etterpå: Det ble registrert.</translation>
    </message>
    <message>
        <source>%1 was registered already, as yours (by an earlier run, or one whose answer was lost); nothing was registered twice.</source>
        <translation>%1 var allerede registrert, som ditt (av en tidligere kjøring, eller av en der svaret gikk tapt); ingenting ble registrert to ganger.</translation>
    </message>
    <message numerus="yes">
        <source>It differed from the file, so it was updated: %n change(s).</source>
        <translation>
            <numerusform>Det var forskjellig fra filen, så det ble oppdatert: %n endring.</numerusform>
            <numerusform>Det var forskjellig fra filen, så det ble oppdatert: %n endringer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SystemDefinitionDiff</name>
    <message>
        <source>system id</source>
        <translation>system-ID</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>leverandør</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>rettigheter</translation>
    </message>
    <message>
        <source>access packages</source>
        <translation>tilgangspakker</translation>
    </message>
    <message>
        <source>client ids</source>
        <translation>klient-ID-er</translation>
    </message>
    <message>
        <source>redirect URLs</source>
        <translation>omdirigeringsadresser</translation>
    </message>
    <message>
        <source>visible in the Altinn portal</source>
        <translation>synlig i Altinn-portalen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1: %2 → %3</translation>
    </message>
    <message>
        <source>+ %1 (%2): &quot;%3&quot; (added)</source>
        <translation>+ %1 (%2): &quot;%3&quot; (lagt til)</translation>
    </message>
    <message>
        <source>+ %1: %2 (added)</source>
        <translation>+ %1: %2 (lagt til)</translation>
    </message>
    <message>
        <source>- %1 (%2): &quot;%3&quot; (removed)</source>
        <translation>- %1 (%2): &quot;%3&quot; (fjernet)</translation>
    </message>
    <message>
        <source>- %1: %2 (removed)</source>
        <translation>- %1: %2 (fjernet)</translation>
    </message>
    <message>
        <source>~ %1 (%2): &quot;%3&quot; → &quot;%4&quot;</source>
        <translation>~ %1 (%2): &quot;%3&quot; → &quot;%4&quot;</translation>
    </message>
    <message>
        <source>~ %1: %2 changed from %3 to %4</source>
        <translation>~ %1: %2 endret fra %3 til %4</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionEditor</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System &amp;id:</source>
        <translation>System-&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. smartregnskap</source>
        <translation>f.eks. smartregnskap</translation>
    </message>
    <message>
        <source>Letters A–Z and a–z, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;. The id is part of web addresses and cannot be changed once the system is registered.</source>
        <translation>Bokstavene A–Z og a–z, sifre, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; og &apos;~&apos;. ID-en er en del av nettadresser og kan ikke endres etter at systemet er registrert.</translation>
    </message>
    <message>
        <source>Name and description</source>
        <translation>Navn og beskrivelse</translation>
    </message>
    <message>
        <source>Maskinporten &amp;client ids</source>
        <translation>Maskinporten-klient-I&amp;D-er</translation>
    </message>
    <message>
        <source>The Maskinporten clients that may get system user tokens for this system. Your profile&apos;s client is filled in for a new system.</source>
        <translation>Maskinporten-klientene som kan få systembrukertokener for dette systemet. For et nytt system fylles klienten fra profilen din inn.</translation>
    </message>
    <message>
        <source>Add client id</source>
        <translation>Legg til klient-ID</translation>
    </message>
    <message>
        <source>e.g. 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c</source>
        <translation>f.eks. 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c</translation>
    </message>
    <message>
        <source>Client id %1</source>
        <translation>Klient-ID %1</translation>
    </message>
    <message>
        <source>Remove client id %1</source>
        <translation>Fjern klient-ID %1</translation>
    </message>
    <message>
        <source>No client id yet: nobody can get a token for this system until you add one.</source>
        <translation>Ingen klient-ID ennå: Ingen kan få et token for dette systemet før du legger til en.</translation>
    </message>
    <message>
        <source>Redirect &amp;URLs</source>
        <translation>Videresendings-&amp;URL-er</translation>
    </message>
    <message>
        <source>Optional. Where Altinn may send the customer after they approve a request. Only https:// addresses are accepted.</source>
        <translation>Valgfritt. Hvor Altinn kan sende kunden etter at kunden har godkjent en forespørsel. Bare https://-adresser godtas.</translation>
    </message>
    <message>
        <source>Add redirect URL</source>
        <translation>Legg til omdirigeringsadresse</translation>
    </message>
    <message>
        <source>https://example.com/altinn/callback</source>
        <translation>https://example.com/altinn/callback</translation>
    </message>
    <message>
        <source>Redirect URL %1</source>
        <translation>Omdirigeringsadresse %1</translation>
    </message>
    <message>
        <source>Remove redirect URL %1</source>
        <translation>Fjern omdirigeringsadresse %1</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Synlighet</translation>
    </message>
    <message>
        <source>&amp;Visible in Altinn</source>
        <translation>&amp;Synlig i Altinn</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Synlig i Altinn</translation>
    </message>
    <message>
        <source>Rights are services in Altinn&apos;s resource registry that your system needs to act on for a customer. Only resource types the system register accepts are listed; tick the ones you need.</source>
        <translation>Rettigheter er tjenester i ressursregisteret i Altinn som systemet ditt trenger for å handle for en kunde. Bare ressurstyper som systemregisteret godtar, vises; kryss av for dem du trenger.</translation>
    </message>
    <message>
        <source>Access packages bundle many services by area. &quot;Standard&quot; packages can be given to a standard system user; &quot;Client relationship&quot; packages are for accounting firms and others acting for their clients.</source>
        <translation>Tilgangspakker samler mange tjenester innenfor et område. «Standard»-pakker kan gis til en standard systembruker; «Klientforhold»-pakker er for regnskapsførere og andre som handler for klientene sine.</translation>
    </message>
    <message>
        <source>&amp;JSON preview (the exact request body)</source>
        <translation>&amp;JSON-forhåndsvisning (den nøyaktige forespørselsteksten)</translation>
    </message>
    <message>
        <source>JSON preview</source>
        <translation>JSON-forhåndsvisning</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Import from a JSON file</source>
        <translation>Importer fra en JSON-fil</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Export to a JSON file</source>
        <translation>Eksporter til en JSON-fil</translation>
    </message>
    <message>
        <source>System definition sections</source>
        <translation>Deler av systemdefinisjonen</translation>
    </message>
    <message>
        <source>When on, customers can find the system in Altinn and create a system user for it themselves. When off, a system user is only created from a request you send.</source>
        <translation>Når dette er på, kan kunder finne systemet i Altinn og selv opprette en systembruker for det. Når det er av, blir en systembruker bare opprettet fra en forespørsel du sender.</translation>
    </message>
    <message>
        <source>Off, because the system has client-relationship packages (%1). Customers cannot pick those themselves, so Altinn only accepts such a system when it is hidden; customers get it through a request from you.</source>
        <translation>Av, fordi systemet har klientforholdspakker (%1). Kunder kan ikke velge slike pakker selv, så Altinn godtar bare et slikt system når det er skjult; kundene får det gjennom en forespørsel fra deg.</translation>
    </message>
    <message>
        <source>Turn this off: the system has client-relationship packages (%1), and Altinn only accepts such a system when it is hidden.</source>
        <translation>Slå av dette: Systemet har klientforholdspakker (%1), og Altinn godtar bare et slikt system når det er skjult.</translation>
    </message>
    <message>
        <source>%1 is for client relationships, so the system cannot be visible in Altinn. Turn visibility off on the General tab, or remove the package.</source>
        <translation>%1 er for klientforhold, så systemet kan ikke være synlig i Altinn. Slå av synlighet i fanen Generelt, eller fjern pakken.</translation>
    </message>
    <message>
        <source>Visibility is off: %1 is for client relationships, and Altinn only accepts such a system when customers cannot pick it themselves. They get it through a request from you.</source>
        <translation>Synlighet er av: %1 er for klientforhold, og Altinn godtar bare et slikt system når kundene ikke kan velge det selv. De får det gjennom en forespørsel fra deg.</translation>
    </message>
    <message>
        <source>Something here needs fixing; see Problems.</source>
        <translation>Noe her må rettes; se Problemer.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <source>&amp;Rights (%1)</source>
        <translation>&amp;Rettigheter (%1)</translation>
    </message>
    <message>
        <source>Access p&amp;ackages (%1)</source>
        <translation>Tilgangspakk&amp;er (%1)</translation>
    </message>
    <message>
        <source>(org. no.)_</source>
        <translation>(org.nr.)_</translation>
    </message>
    <message>
        <source>Every system id starts with your organisation number and an underscore.</source>
        <translation>Alle system-ID-er begynner med organisasjonsnummeret ditt og en understrek.</translation>
    </message>
    <message>
        <source>System id after %1</source>
        <translation>System-ID etter %1</translation>
    </message>
    <message>
        <source>Right %1 (%2)</source>
        <translation>Rettighet %1 (%2)</translation>
    </message>
    <message>
        <source>Access package %1 (%2)</source>
        <translation>Tilgangspakke %1 (%2)</translation>
    </message>
    <message>
        <source>Import system definition</source>
        <translation>Importer systemdefinisjon</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export system definition</source>
        <translation>Eksporter systemdefinisjon</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionJson</name>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>an object ({ … })</source>
        <translation>et objekt ({ … })</translation>
    </message>
    <message>
        <source>a list ([ … ])</source>
        <translation>en liste ([ … ])</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2). Choose a .json file exported from this wizard or in Altinn&apos;s system register format.</source>
        <translation>Filen er ikke gyldig JSON (%1 ved tegn %2). Velg en .json-fil som er eksportert fra denne veiviseren eller er i formatet til systemregisteret i Altinn.</translation>
    </message>
    <message>
        <source>The file holds JSON, but not a system definition: it must be one object ({ &quot;id&quot;: …, &quot;name&quot;: … }), not a list or a single value.</source>
        <translation>Filen inneholder JSON, men ikke en systemdefinisjon: Den må være ett objekt ({ &quot;id&quot;: …, &quot;name&quot;: … }), ikke en liste eller en enkelt verdi.</translation>
    </message>
    <message>
        <source>The file holds a JSON object, but not a system definition: it has none of the members &quot;id&quot;, &quot;name&quot;, &quot;description&quot;, &quot;rights&quot; or &quot;accessPackages&quot;.</source>
        <translation>Filen inneholder et JSON-objekt, men ikke en systemdefinisjon: Den har ingen av feltene &quot;id&quot;, &quot;name&quot;, &quot;description&quot;, &quot;rights&quot; eller &quot;accessPackages&quot;.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be %2. Correct the file and import it again.</source>
        <translation>Feltet &quot;%1&quot; må være %2. Rett filen og importer den på nytt.</translation>
    </message>
    <message>
        <source>Every entry in &quot;%1&quot; must be %2. Correct the file and import it again.</source>
        <translation>Alle oppføringer i &quot;%1&quot; må være %2. Rett filen og importer den på nytt.</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionPage</name>
    <message>
        <source>Your system</source>
        <translation>Systemet ditt</translation>
    </message>
    <message>
        <source>What customers see when they approve, and what your system may do for them. Problems are listed as you go; nothing is sent yet.</source>
        <translation>Det kundene ser når de godkjenner, og hva systemet ditt kan gjøre for dem. Problemer vises fortløpende; ingenting er sendt ennå.</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Try again in a moment.</source>
        <translation>Sandkassen har ikke startet ennå. Prøv igjen om litt.</translation>
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
<context>
    <name>SystemUserCommands</name>
    <message>
        <source>System users your customers have approved</source>
        <translation>Systembrukere som kundene dine har godkjent</translation>
    </message>
    <message>
        <source>The system id.</source>
        <translation>System-ID-en.</translation>
    </message>
    <message>
        <source>List the system users of a system (all pages).</source>
        <translation>List opp systembrukerne for et system (alle sider).</translation>
    </message>
    <message>
        <source>Find the system user of one customer.</source>
        <translation>Finn systembrukeren til én kunde.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number.</source>
        <translation>Organisasjonsnummeret til kunden.</translation>
    </message>
    <message>
        <source>The external reference (default: the customer&apos;s org number).</source>
        <translation>Den eksterne referansen (standard: organisasjonsnummeret til kunden).</translation>
    </message>
    <message>
        <source>Say which system: --system ID.</source>
        <translation>Oppgi hvilket system: --system ID.</translation>
    </message>
    <message>
        <source>listing the system users</source>
        <translation>hentingen av systembrukerne</translation>
    </message>
    <message>
        <source>Say which system and which customer: --system ID --org ORGNO.</source>
        <translation>Oppgi hvilket system og hvilken kunde: --system ID --org ORGNO.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>finding the system user</source>
        <translation>søket etter systembrukeren</translation>
    </message>
    <message>
        <source>System user %1 exists for customer %2.</source>
        <translation>Systembrukeren %1 finnes for kunden %2.</translation>
    </message>
</context>
<context>
    <name>SystemUserTokenDiagnosis</name>
    <message>
        <source>Check the connection and run the check again.</source>
        <translation>Sjekk tilkoblingen og kjør sjekken på nytt.</translation>
    </message>
    <message>
        <source>The customer organisation number &quot;%1&quot; in the token request is not a valid organisation number.</source>
        <translation>Organisasjonsnummeret til kunden, &quot;%1&quot;, i token-forespørselen er ikke et gyldig organisasjonsnummer.</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s organisation number and ask for the token again.</source>
        <translation>Rett opp organisasjonsnummeret til kunden og be om tokenet på nytt.</translation>
    </message>
    <message>
        <source>The system %1 has been deleted from the system register, so none of its system users can get tokens.</source>
        <translation>Systemet %1 er slettet fra systemregisteret, så ingen av systembrukerne til systemet kan få tokener.</translation>
    </message>
    <message>
        <source>Publish the system again and ask the customer to approve a new request.</source>
        <translation>Publiser systemet på nytt, og be kunden om å godkjenne en ny forespørsel.</translation>
    </message>
    <message>
        <source>The system %1 belongs to vendor %2, but this profile is for %3. Maskinporten only finds the system user when the client belongs to the system&apos;s vendor.</source>
        <translation>Systemet %1 tilhører leverandøren %2, men denne profilen er for %3. Maskinporten finner bare systembrukeren når klienten tilhører leverandøren av systemet.</translation>
    </message>
    <message>
        <source>Use a profile and Maskinporten client of organisation %1.</source>
        <translation>Bruk en profil og en Maskinporten-klient som tilhører organisasjonen %1.</translation>
    </message>
    <message>
        <source>Your Maskinporten client %1 is not among the client ids of the system %2, so Maskinporten cannot connect the token to the system.</source>
        <translation>Maskinporten-klienten din, %1, er ikke blant klient-ID-ene til systemet %2, så Maskinporten kan ikke knytte tokenet til systemet.</translation>
    </message>
    <message>
        <source>Add the client id to the system definition, publish it, and ask for the token again.</source>
        <translation>Legg klient-ID-en til i systemdefinisjonen, publiser den, og be om tokenet på nytt.</translation>
    </message>
    <message>
        <source>The system %1 is not registered in this environment.</source>
        <translation>Systemet %1 er ikke registrert i dette miljøet.</translation>
    </message>
    <message>
        <source>Publish the system definition first, or check that you are working in the right environment.</source>
        <translation>Publiser systemdefinisjonen først, eller sjekk at du arbeider i riktig miljø.</translation>
    </message>
    <message>
        <source>Could not read the system definition: %1</source>
        <translation>Kunne ikke lese systemdefinisjonen: %1</translation>
    </message>
    <message>
        <source>Could not read the system users of the system: %1</source>
        <translation>Kunne ikke lese systembrukerne til systemet: %1</translation>
    </message>
    <message>
        <source>%1 has a system user for this system with external reference %2, but the token request sent none, so Maskinporten looked for &quot;%1&quot; (the organisation number).</source>
        <translation>%1 har en systembruker for dette systemet med den eksterne referansen %2, men token-forespørselen sendte ingen, så Maskinporten lette etter &quot;%1&quot; (organisasjonsnummeret).</translation>
    </message>
    <message>
        <source>%1 has a system user for this system with external reference %2, but the token request used &quot;%3&quot;.</source>
        <translation>%1 har en systembruker for dette systemet med den eksterne referansen %2, men token-forespørselen brukte &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Send one of %1 as externalRef in the token request.</source>
        <translation>Send en av %1 som externalRef i token-forespørselen.</translation>
    </message>
    <message>
        <source>Leave externalRef out of the token request (it then defaults to the organisation number).</source>
        <translation>Utelat externalRef fra token-forespørselen (da brukes organisasjonsnummeret som standard).</translation>
    </message>
    <message>
        <source>Send externalRef &quot;%1&quot; in the token request.</source>
        <translation>Send externalRef &quot;%1&quot; i token-forespørselen.</translation>
    </message>
    <message>
        <source>The external reference &quot;%1&quot; belongs to the system user of organisation %2, not %3.</source>
        <translation>Den eksterne referansen &quot;%1&quot; tilhører systembrukeren til organisasjonen %2, ikke %3.</translation>
    </message>
    <message>
        <source>Ask for the token with organisation number %1 as the customer.</source>
        <translation>Be om tokenet med organisasjonsnummeret %1 som kunde.</translation>
    </message>
    <message>
        <source>Could not read the requests of the system: %1</source>
        <translation>Kunne ikke lese forespørslene til systemet: %1</translation>
    </message>
    <message>
        <source>%1 approved the request of %2, but its system user no longer exists; it was probably deleted in Altinn.</source>
        <translation>%1 godkjente forespørselen fra %2, men systembrukeren finnes ikke lenger; den ble sannsynligvis slettet i Altinn.</translation>
    </message>
    <message>
        <source>Delete the old request and send a new one.</source>
        <translation>Slett den gamle forespørselen og send en ny.</translation>
    </message>
    <message>
        <source>%1 rejected the request of %2, so there is no system user.</source>
        <translation>%1 avviste forespørselen fra %2, så det finnes ingen systembruker.</translation>
    </message>
    <message>
        <source>Agree with the customer, then delete the rejected request and send a new one.</source>
        <translation>Avklar med kunden, og slett deretter den avviste forespørselen og send en ny.</translation>
    </message>
    <message>
        <source>%1 has not approved the request of %2 yet; the system user is created on approval.</source>
        <translation>%1 har ikke godkjent forespørselen fra %2 ennå; systembrukeren blir opprettet ved godkjenning.</translation>
    </message>
    <message>
        <source>Send the approval link to the customer again, or wait for the approval.</source>
        <translation>Send godkjenningslenken til kunden på nytt, eller vent på godkjenningen.</translation>
    </message>
    <message>
        <source>%1 has no system user for this system, and no request has been sent to it.</source>
        <translation>%1 har ingen systembruker for dette systemet, og ingen forespørsel er sendt til organisasjonen.</translation>
    </message>
    <message>
        <source>Send a system user request to %1 and wait until it is approved.</source>
        <translation>Send en forespørsel om systembruker til %1, og vent til den er godkjent.</translation>
    </message>
    <message>
        <source>The system has system users for client relationships owned by %1. If %2 is a client of one of these firms, the token must name the firm&apos;s organisation number, not the client&apos;s.</source>
        <translation>Systemet har systembrukere for klientforhold som eies av %1. Hvis %2 er klient hos et av disse firmaene, må tokenet oppgi organisasjonsnummeret til firmaet, ikke til klienten.</translation>
    </message>
    <message>
        <source>Ask for the token with the firm&apos;s organisation number as the customer, and check that the firm has added %1 as a client.</source>
        <translation>Be om tokenet med organisasjonsnummeret til firmaet som kunde, og sjekk at firmaet har lagt til %1 som klient.</translation>
    </message>
    <message>
        <source>Everything checked matches: the system lists your client id, and %1 has a system user with external reference &quot;%2&quot;.</source>
        <translation>Alt som ble sjekket, stemmer: Systemet har klient-ID-en din, og %1 har en systembruker med den eksterne referansen &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The cause is probably elsewhere: the token was asked for in another environment than the one checked here, or Maskinporten still remembers an earlier answer. Try again in a minute.</source>
        <translation>Årsaken ligger sannsynligvis et annet sted: Tokenet ble bedt om i et annet miljø enn det som er sjekket her, eller Maskinporten husker fortsatt et tidligere svar. Prøv igjen om et minutt.</translation>
    </message>
</context>
<context>
    <name>TestAuthenticationPage</name>
    <message>
        <source>Test authentication</source>
        <translation>Test autentiseringen</translation>
    </message>
    <message>
        <source>Get a system user token for a customer, as your system will in production, and see what is in it.</source>
        <translation>Hent et systembrukertoken for en kunde, slik systemet ditt vil gjøre i produksjon, og se hva det inneholder.</translation>
    </message>
    <message>
        <source>Maskinporten gives your client a system user token when the customer has approved a system user for your system. The token says which customer and which system user it acts for; the APIs you call read that from it.</source>
        <translation>Maskinporten gir klienten din et systembrukertoken når kunden har godkjent en systembruker for systemet ditt. Tokenet viser hvilken kunde og hvilken systembruker det handler for; API-ene du kaller, leser dette fra tokenet.</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassen har ikke startet ennå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose or create a profile on the first page.</source>
        <translation>Velg eller opprett en profil på den første siden.</translation>
    </message>
    <message>
        <source>Choose a customer, or type the organisation number of one.</source>
        <translation>Velg en kunde, eller skriv inn organisasjonsnummeret til en kunde.</translation>
    </message>
    <message>
        <source>Enter at least one scope: Maskinporten gives no token without one.</source>
        <translation>Skriv inn minst ett scope: Maskinporten gir ikke noe token uten.</translation>
    </message>
    <message>
        <source>Asking Maskinporten for a system user token for %1…</source>
        <translation>Ber Maskinporten om et systembrukertoken for %1…</translation>
    </message>
    <message>
        <source>Stopped waiting for Maskinporten&apos;s answer.</source>
        <translation>Sluttet å vente på svar fra Maskinporten.</translation>
    </message>
    <message>
        <source>Maskinporten issued a system user token for %1: the system user works.</source>
        <translation>Maskinporten utstedte et systembrukertoken for %1: Systembrukeren virker.</translation>
    </message>
</context>
<context>
    <name>TokenClaimsExplainer</name>
    <message>
        <source>Who issued the token: Maskinporten of the chosen environment. An API accepts only its own environment&apos;s tokens.</source>
        <translation>Hvem som utstedte tokenet: Maskinporten i det valgte miljøet. Et API godtar bare tokener fra sitt eget miljø.</translation>
    </message>
    <message>
        <source>Your Maskinporten client. It must be listed among the client ids of your system in the system register.</source>
        <translation>Maskinporten-klienten din. Den må være oppført blant klient-ID-ene til systemet ditt i systemregisteret.</translation>
    </message>
    <message>
        <source>How your client proved who it is: private_key_jwt means a registered key, virksomhetssertifikat a business certificate.</source>
        <translation>Hvordan klienten din beviste hvem den er: private_key_jwt betyr at den brukte en registrert nøkkel, virksomhetssertifikat at den brukte et virksomhetssertifikat.</translation>
    </message>
    <message>
        <source>What the token may be used for. The API you call checks that its scope is here.</source>
        <translation>Hva tokenet kan brukes til. API-et du kaller, sjekker at scopet sitt står her.</translation>
    </message>
    <message>
        <source>The only API the token is meant for (the resource asked for in the grant).</source>
        <translation>Det eneste API-et tokenet er ment for (ressursen det ble bedt om i forespørselen om token).</translation>
    </message>
    <message>
        <source>Your organisation, the vendor that owns the Maskinporten client — not the customer.</source>
        <translation>Organisasjonen din, leverandøren som eier Maskinporten-klienten — ikke kunden.</translation>
    </message>
    <message>
        <source>The supplier acting for the consumer through a delegation in Altinn.</source>
        <translation>Leverandøren som handler for konsumenten gjennom en delegering i Altinn.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>No system user in this token: it is a plain vendor token and cannot act for a customer.</source>
        <translation>Ingen systembruker i dette tokenet: det er et vanlig leverandørtoken og kan ikke handle for en kunde.</translation>
    </message>
    <message>
        <source>The customer&apos;s system user the token acts as; the same id as the approved request.</source>
        <translation>Systembrukeren til kunden som tokenet opptrer som; samme ID som i den godkjente forespørselen.</translation>
    </message>
    <message>
        <source>The customer that owns the system user; APIs act on its behalf and with its rights.</source>
        <translation>Kunden som eier systembrukeren; API-ene handler på vegne av kunden og med rettighetene til kunden.</translation>
    </message>
    <message>
        <source>Your system in the system register that the system user was created for.</source>
        <translation>Systemet ditt i systemregisteret som systembrukeren ble opprettet for.</translation>
    </message>
    <message>
        <source>Your own reference for this customer, as given when the request was sent.</source>
        <translation>Din egen referanse for denne kunden, slik den ble oppgitt da forespørselen ble sendt.</translation>
    </message>
    <message>
        <source>When the token was issued.</source>
        <translation>Når tokenet ble utstedt.</translation>
    </message>
    <message>
        <source>When the token stops working, usually two minutes after it was issued: get a new one then instead of storing it.</source>
        <translation>Når tokenet slutter å virke, vanligvis to minutter etter at det ble utstedt: hent et nytt da i stedet for å lagre det.</translation>
    </message>
    <message>
        <source>A unique id of this token; give it to Digdir or Altinn support when asking about it.</source>
        <translation>En unik ID for dette tokenet; oppgi ID-en til Digdir eller brukerstøtten i Altinn når du spør om tokenet.</translation>
    </message>
    <message>
        <source>Send the token in the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Send tokenet i headeren &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utløpt</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 igjen</translation>
    </message>
    <message>
        <source>%1 (not a valid time)</source>
        <translation>%1 (ikke et gyldig tidspunkt)</translation>
    </message>
    <message>
        <source>Who issued the token: Altinn, in exchange for the person&apos;s ID-porten token. Altinn&apos;s APIs and apps take this one.</source>
        <translation>Hvem som utstedte tokenet: Altinn, i bytte mot ID-porten-tokenet til personen. API-ene og appene i Altinn godtar dette tokenet.</translation>
    </message>
    <message>
        <source>Who issued the token: ID-porten of the chosen environment, after the person logged in.</source>
        <translation>Hvem som utstedte tokenet: ID-porten i det valgte miljøet, etter at personen logget inn.</translation>
    </message>
    <message>
        <source>The person&apos;s national identity number; only the birth date part is shown. It is personal data: do not log or store it without need.</source>
        <translation>Fødselsnummeret til personen; bare fødselsdatoen vises. Det er en personopplysning: Ikke logg eller lagre det uten at det trengs.</translation>
    </message>
    <message>
        <source>A pseudonym of the person for your client: the same each time they log in with it.</source>
        <translation>Et pseudonym for personen hos klienten din: det samme hver gang personen logger inn med klienten.</translation>
    </message>
    <message>
        <source>The person&apos;s user id in Altinn.</source>
        <translation>Bruker-ID-en til personen i Altinn.</translation>
    </message>
    <message>
        <source>The person&apos;s own party in Altinn — not the organisation they act for, which the app is told separately.</source>
        <translation>Personen selv som aktør i Altinn — ikke organisasjonen personen handler på vegne av; den får appen oppgitt separat.</translation>
    </message>
    <message>
        <source>How strongly the person proved who they are: idporten-loa-substantial or idporten-loa-high. An app may ask for high.</source>
        <translation>Hvor sikkert personen har bevist identiteten sin: idporten-loa-substantial eller idporten-loa-high. En app kan kreve high.</translation>
    </message>
    <message>
        <source>How the person logged in: TestID, BankID, MinID, Buypass, Commfides.</source>
        <translation>Hvordan personen logget inn: TestID, BankID, MinID, Buypass, Commfides.</translation>
    </message>
    <message>
        <source>The login&apos;s security level as Altinn counts it: 3 for substantial, 4 for high.</source>
        <translation>Sikkerhetsnivået for innloggingen slik Altinn regner det: 3 for betydelig (substantial), 4 for høyt (high).</translation>
    </message>
    <message>
        <source>Your ID-porten client, through which the person logged in and gave consent.</source>
        <translation>ID-porten-klienten din, som personen logget inn og ga samtykke gjennom.</translation>
    </message>
    <message>
        <source>What the person consented to: altinn:instances.read and altinn:instances.write let an app read and create instances on the person&apos;s behalf.</source>
        <translation>Hva personen samtykket til: Med altinn:instances.read og altinn:instances.write kan en app lese og opprette instanser på vegne av personen.</translation>
    </message>
    <message>
        <source>Who the token is meant for.</source>
        <translation>Hvem tokenet er ment for.</translation>
    </message>
    <message>
        <source>Your organisation, which owns the ID-porten client.</source>
        <translation>Organisasjonen din, som eier ID-porten-klienten.</translation>
    </message>
    <message>
        <source>When the token stops working; after that the person logs in again.</source>
        <translation>Når tokenet slutter å virke; etter det logger personen inn på nytt.</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <source>Get a token from Maskinporten</source>
        <translation>Hent et token fra Maskinporten</translation>
    </message>
    <message>
        <source>Get a vendor token (default: the Altinn system register and request scopes), or with --systemuser-org a system user token for that customer.</source>
        <translation>Hent et leverandørtoken (standard: scopene for systemregisteret og forespørsler i Altinn), eller med --systemuser-org et systembrukertoken for den kunden.</translation>
    </message>
    <message>
        <source>A scope to ask for (system user tokens: default the profile&apos;s scopes).</source>
        <translation>Et scope det skal bes om (systembrukertokener: standard er scopene i profilen).</translation>
    </message>
    <message>
        <source>The customer: get a system user token for it.</source>
        <translation>Kunden: Hent et systembrukertoken for denne kunden.</translation>
    </message>
    <message>
        <source>The external reference of the system user (default: the customer&apos;s org number).</source>
        <translation>Den eksterne referansen til systembrukeren (standard: organisasjonsnummeret til kunden).</translation>
    </message>
    <message>
        <source>The system the token is for: if Maskinporten finds no system user (MP-303), check why.</source>
        <translation>Systemet tokenet gjelder: Hvis Maskinporten ikke finner noen systembruker (MP-303), sjekk hvorfor.</translation>
    </message>
    <message>
        <source>Print the token&apos;s header and claims instead of the token.</source>
        <translation>Skriv ut headeren og claimene i tokenet i stedet for selve tokenet.</translation>
    </message>
    <message>
        <source>--external-ref belongs to a system user token: add --systemuser-org ORGNO.</source>
        <translation>--external-ref hører til et systembrukertoken: Legg til --systemuser-org ORGNO.</translation>
    </message>
    <message>
        <source>getting a vendor token</source>
        <translation>hentingen av et leverandørtoken</translation>
    </message>
    <message>
        <source>Vendor token for %1, valid for %2 seconds.</source>
        <translation>Leverandørtoken for %1, gyldig i %2 sekunder.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>Say which scope the system user token is for: --scope SCOPE (or give the profile default scopes: %1).</source>
        <translation>Oppgi hvilket scope systembrukertokenet gjelder: --scope SCOPE (eller gi profilen standard-scopes: %1).</translation>
    </message>
    <message>
        <source>getting a system user token</source>
        <translation>hentingen av et systembrukertoken</translation>
    </message>
    <message>
        <source>To find out which of these it is, add the system: --system ID</source>
        <translation>For å finne ut hvilken av disse det er, legg til systemet: --system ID</translation>
    </message>
    <message>
        <source>System user token for customer %1, valid for %2 seconds.</source>
        <translation>Systembrukertoken for kunden %1, gyldig i %2 sekunder.</translation>
    </message>
    <message>
        <source>The token is not a JWT; nothing to decode.</source>
        <translation>Tokenet er ikke en JWT; ingenting å dekode.</translation>
    </message>
    <message>
        <source>Checking the register to find out why …</source>
        <translation>Sjekker registeret for å finne ut hvorfor …</translation>
    </message>
</context>
<context>
    <name>TokenCustomerLoader</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassen har ikke startet ennå. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose or create a profile on the first page.</source>
        <translation>Velg eller opprett en profil på den første siden.</translation>
    </message>
    <message>
        <source>Looking up the customers that have a system user for %1…</source>
        <translation>Slår opp kundene som har en systembruker for %1…</translation>
    </message>
    <message>
        <source>Stopped looking up the customers.</source>
        <translation>Stoppet oppslaget av kundene.</translation>
    </message>
</context>
<context>
    <name>TokenCustomerPicker</name>
    <message>
        <source>Who the token is for</source>
        <translation>Hvem tokenet gjelder</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>The customers that have a system user for your system. You can also type an organisation number.</source>
        <translation>Kundene som har en systembruker for systemet ditt. Du kan også skrive inn et organisasjonsnummer.</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Refresh the list of customers</source>
        <translation>Oppdater kundelisten</translation>
    </message>
    <message>
        <source>E&amp;xternal reference:</source>
        <translation>&amp;Ekstern referanse:</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>The external reference the customer request was sent with. Maskinporten finds the system user by the customer and this reference. Leave it empty if the request had none: then the customer&apos;s organisation number is used, as Altinn does.</source>
        <translation>Den eksterne referansen som forespørselen til kunden ble sendt med. Maskinporten finner systembrukeren ut fra kunden og denne referansen. La feltet stå tomt hvis forespørselen ikke hadde noen: Da brukes organisasjonsnummeret til kunden, slik Altinn gjør.</translation>
    </message>
    <message>
        <source>[agent]</source>
        <translation>[klientforhold]</translation>
    </message>
    <message>
        <source>There is no system yet. Create and publish the system definition first.</source>
        <translation>Det finnes ikke noe system ennå. Lag og publiser systemdefinisjonen først.</translation>
    </message>
    <message>
        <source>Go to the system definition</source>
        <translation>Gå til systemdefinisjonen</translation>
    </message>
    <message>
        <source>No customer has a system user for %1 yet. Send a customer request and let the customer approve it first — or type an organisation number to see what Maskinporten says.</source>
        <translation>Ingen kunder har en systembruker for %1 ennå. Send en forespørsel til en kunde, og la kunden godkjenne den først — eller skriv inn et organisasjonsnummer for å se hva Maskinporten svarer.</translation>
    </message>
    <message>
        <source>Ask a customer…</source>
        <translation>Be en kunde om tilgang…</translation>
    </message>
</context>
<context>
    <name>TokenDiagnosisPanel</name>
    <message>
        <source>Why Maskinporten found no system user</source>
        <translation>Hvorfor Maskinporten ikke fant noen systembruker</translation>
    </message>
    <message>
        <source>Checking the system register and the customer requests to find the cause…</source>
        <translation>Sjekker systemregisteret og forespørslene til kundene for å finne årsaken…</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Sjekken ble stoppet.</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>Mest sannsynlig: %1</translation>
    </message>
    <message>
        <source>Add the client id to the system…</source>
        <translation>Legg klient-ID-en til i systemet…</translation>
    </message>
    <message>
        <source>Go to the system definition</source>
        <translation>Gå til systemdefinisjonen</translation>
    </message>
    <message>
        <source>Ask the customer…</source>
        <translation>Spør kunden…</translation>
    </message>
    <message>
        <source>Go to the customer request</source>
        <translation>Gå til forespørselen til kunden</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Bruk «%1»</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sjekk igjen</translation>
    </message>
</context>
<context>
    <name>TokenRequestSection</name>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>The scopes of the API you will call with the token, separated by spaces (for example one from Skatteetaten). Each must be added to your Maskinporten client. %1 is one your client already has: enough to prove that the system user works.</source>
        <translation>Scopene til API-et du skal kalle med tokenet, skilt med mellomrom (for eksempel et fra Skatteetaten). Hvert av dem må være lagt til på Maskinporten-klienten din. %1 har klienten din allerede: Det er nok til å vise at systembrukeren virker.</translation>
    </message>
    <message>
        <source>&amp;Get system user token</source>
        <translation>&amp;Hent systembrukertoken</translation>
    </message>
    <message>
        <source>Get system user token</source>
        <translation>Hent systembrukertoken</translation>
    </message>
    <message>
        <source>Check the Maskinporten client…</source>
        <translation>Sjekk Maskinporten-klienten…</translation>
    </message>
    <message>
        <source>Go to the system definition</source>
        <translation>Gå til systemdefinisjonen</translation>
    </message>
</context>
<context>
    <name>TokenViewSection</name>
    <message>
        <source>The token</source>
        <translation>Tokenet</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Hva det betyr</translation>
    </message>
    <message>
        <source>Claims of the system user token</source>
        <translation>Claimene i systembrukertokenet</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>Ko&amp;pier token</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Kopier tokenet til utklippstavlen</translation>
    </message>
    <message>
        <source>The token is not shown: it is a secret that lets anyone act as this system user until it expires.</source>
        <translation>Tokenet vises ikke: Det er en hemmelighet som lar hvem som helst opptre som denne systembrukeren til det utløper.</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>Tokenet utløper: %1</translation>
    </message>
    <message>
        <source>Expired — get a new token.</source>
        <translation>Utløpt — hent et nytt token.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The token is a secret: anyone who has it can act as this system user for %n more second(s). Paste it only where you need it — never into chats, tickets or files.</source>
        <translation>
            <numerusform>Kopiert. Tokenet er en hemmelighet: Alle som har det, kan opptre som denne systembrukeren i %n sekund til. Lim det bare inn der du trenger det — aldri i chatter, supportsaker eller filer.</numerusform>
            <numerusform>Kopiert. Tokenet er en hemmelighet: Alle som har det, kan opptre som denne systembrukeren i %n sekunder til. Lim det bare inn der du trenger det — aldri i chatter, supportsaker eller filer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Right %1</source>
        <translation>Rettighet %1</translation>
    </message>
    <message>
        <source>Access package %1</source>
        <translation>Tilgangspakke %1</translation>
    </message>
    <message>
        <source>Client id %1</source>
        <translation>Klient-ID %1</translation>
    </message>
    <message>
        <source>Redirect URL %1</source>
        <translation>Omdirigeringsadresse %1</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation>Navn (%1)</translation>
    </message>
    <message>
        <source>Description (%1)</source>
        <translation>Beskrivelse (%1)</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System-ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Client ids</source>
        <translation>Klient-ID-er</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Synlighet</translation>
    </message>
    <message>
        <source>Rights and access packages</source>
        <translation>Rettigheter og tilgangspakker</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemer</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemer som ble funnet</translation>
    </message>
    <message>
        <source>Click a problem, or press Enter on it, to go to the field.</source>
        <translation>Klikk på et problem, eller trykk Enter på det, for å gå til feltet.</translation>
    </message>
    <message>
        <source>No problems found. The definition is ready to be registered.</source>
        <translation>Ingen problemer funnet. Definisjonen er klar til å registreres.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s). You can continue, but read them first.</source>
        <translation>
            <numerusform>%n advarsel. Du kan fortsette, men les den først.</numerusform>
            <numerusform>%n advarsler. Du kan fortsette, men les dem først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before you can continue.</source>
        <translation>
            <numerusform>%n feil må rettes før du kan fortsette.</numerusform>
            <numerusform>%n feil må rettes før du kan fortsette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n warning(s).</source>
        <translation>
            <numerusform>I tillegg %n advarsel.</numerusform>
            <numerusform>I tillegg %n advarsler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show &amp;what is missing</source>
        <translation>Vis &amp;hva som mangler</translation>
    </message>
    <message>
        <source>Show what is missing</source>
        <translation>Vis hva som mangler</translation>
    </message>
    <message numerus="yes">
        <source>Problems are listed here once you have filled in a field. %n field(s) still need something before you can continue.</source>
        <translation>
            <numerusform>Problemer vises her når du har fylt ut et felt. %n felt mangler fortsatt noe før du kan fortsette.</numerusform>
            <numerusform>Problemer vises her når du har fylt ut et felt. %n felt mangler fortsatt noe før du kan fortsette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); read them first.</source>
        <translation>
            <numerusform>%n advarsel; les den først.</numerusform>
            <numerusform>%n advarsler; les dem først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in fields not filled in yet.</source>
        <translation>
            <numerusform>%n feil til i et felt som ikke er fylt ut ennå.</numerusform>
            <numerusform>%n feil til i felt som ikke er fylt ut ennå.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VendorSession</name>
    <message>
        <source>The profile &quot;%1&quot; has no key yet. Generate or import one first.</source>
        <translation>Profilen &quot;%1&quot; har ingen nøkkel ennå. Lag eller importer en først.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no Maskinporten client id yet.</source>
        <translation>Profilen &quot;%1&quot; har ingen klient-ID fra Maskinporten ennå.</translation>
    </message>
</context>
<context>
    <name>WizardContext</name>
    <message>
        <source>Your profiles could not be read (%1). The wizard starts without them; the file is left as it is.</source>
        <translation>Profilene dine kunne ikke leses (%1). Veiviseren starter uten dem; filen blir stående som den er.</translation>
    </message>
    <message>
        <source>The profile no longer exists. Choose another one or make a new one.</source>
        <translation>Profilen finnes ikke lenger. Velg en annen, eller lag en ny.</translation>
    </message>
</context>
<context>
    <name>WizardSection</name>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Leser nøkkelen fra nøkkelringen…</translation>
    </message>
</context>
<context>
    <name>WizardStepIndicator</name>
    <message>
        <source>done</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>Step %1: %2 (done). Click to go back to it.</source>
        <translation>Steg %1: %2 (fullført). Klikk for å gå tilbake til det.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>gjeldende</translation>
    </message>
    <message>
        <source>Step %1: %2 (you are here).</source>
        <translation>Steg %1: %2 (du er her).</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>gjenstår</translation>
    </message>
    <message>
        <source>Step %1: %2 (not reached yet).</source>
        <translation>Steg %1: %2 (ikke nådd ennå).</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3, %4</source>
        <translation>Steg %1 av %2, %3, %4</translation>
    </message>
</context>
</TS>
