<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About System User Wizard</source>
        <translation>Om Systembrukar-vegvisar</translation>
    </message>
    <message>
        <source>System User Wizard</source>
        <translation>Systembrukar-vegvisar</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>Register your system in Altinn&apos;s system register, send system user requests to your customers, follow their approval and test a Maskinporten system user token. The command-line tool systemuser-cli and the sandbox systemuser-sandbox come with it.</source>
        <translation>Registrer systemet ditt i systemregisteret til Altinn, send førespurnader om systembrukar til kundane dine, følg med på godkjenninga og test eit systembrukartoken frå Maskinporten. Kommandolinjeverktøyet systemuser-cli og sandkassa systemuser-sandbox følgjer med.</translation>
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
        <translation>Opna &amp;dokumentasjonen</translation>
    </message>
    <message>
        <source>The documentation is not installed on this computer.</source>
        <translation>Dokumentasjonen er ikkje installert på denne datamaskina.</translation>
    </message>
    <message>
        <source>The guides in %1.</source>
        <translation>Rettleiingane i %1.</translation>
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
        <translation>Søk etter tilgangspakkar på namn eller kode</translation>
    </message>
    <message>
        <source>Access packages by area</source>
        <translation>Tilgangspakkar etter område</translation>
    </message>
    <message>
        <source>No access package matches the search. Try another word.</source>
        <translation>Ingen tilgangspakkar passar med søket. Prøv eit anna ord.</translation>
    </message>
    <message>
        <source>Access package picker</source>
        <translation>Vel tilgangspakkar</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n vald</numerusform>
            <numerusform>%n valde</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the access packages…</source>
        <translation>Hentar tilgangspakkane…</translation>
    </message>
    <message>
        <source>Offline: showing the access packages as saved on %1.</source>
        <translation>Fråkopla: Viser tilgangspakkane slik dei vart lagra den %1.</translation>
    </message>
    <message>
        <source>The access packages could not be loaded: %1 Your chosen packages are kept.</source>
        <translation>Tilgangspakkane kunne ikkje hentast: %1 Pakkane du har valt, blir behaldne.</translation>
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
        <translation>Ikkje tillate</translation>
    </message>
    <message>
        <source>Standard: a customer can give this package to a standard system user for your system.</source>
        <translation>Standard: Ein kunde kan gi denne pakken til ein standard systembrukar for systemet ditt.</translation>
    </message>
    <message>
        <source>Client relationship: only for agent system users that act for a customer&apos;s clients (e.g. an accounting firm). A system with such a package cannot be visible in Altinn.</source>
        <translation>Klientforhold: Berre for klientsystembrukarar som handlar for klientane til ein kunde (t.d. eit rekneskapsførarfirma). Eit system med ein slik pakke kan ikkje vere synleg i Altinn.</translation>
    </message>
    <message>
        <source>Altinn does not allow this package in a system: it can be given neither to a standard nor to an agent system user.</source>
        <translation>Altinn tillèt ikkje denne pakken i eit system: Han kan verken givast til ein standard systembrukar eller til ein klientsystembrukar.</translation>
    </message>
    <message>
        <source>This package is not in Altinn&apos;s catalogue, so Altinn will reject the system. Remove it.</source>
        <translation>Denne pakken finst ikkje i katalogen til Altinn, så Altinn vil avvise systemet. Fjern han.</translation>
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
        <translation>Vald, men ikkje i katalogen</translation>
    </message>
</context>
<context>
    <name>ActivityFormatting</name>
    <message>
        <source>… (cut: %1 bytes in all)</source>
        <translation>… (korta ned: %1 byte totalt)</translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation>(%1 byte binærdata)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ikkje noko svar</translation>
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
        <translation>Varigheit</translation>
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
        <translation>Starta: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headerar</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Innhald</translation>
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
        <translation>Kopierte ein curl-kommando. Han les tilgangstokenet frå shell-variabelen $TOKEN: set han først, til dømes med export TOKEN=&apos;…&apos; (sjølve tokenet blir aldri kopiert).</translation>
    </message>
    <message>
        <source>Copied a curl command.</source>
        <translation>Kopierte ein curl-kommando.</translation>
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
        <translation>Lagra støttepakken i %1. Token og nøklar er ikkje med.</translation>
    </message>
    <message>
        <source>Could not save the support bundle to %1: %2</source>
        <translation>Kunne ikkje lagre støttepakken i %1: %2</translation>
    </message>
    <message>
        <source>Saving the support bundle…</source>
        <translation>Lagrar støttepakken…</translation>
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
        <translation>Viser berre kall der metode, URL eller status inneheld denne teksten (%1)</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Talet på kall</translation>
    </message>
    <message>
        <source>HTTP calls</source>
        <translation>HTTP-kall</translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation>Valt kall</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Førespurnad</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Request of the selected call</source>
        <translation>Førespurnaden i det valde kallet</translation>
    </message>
    <message>
        <source>Response of the selected call</source>
        <translation>Svaret i det valde kallet</translation>
    </message>
    <message>
        <source>Select a call to see its request.</source>
        <translation>Vel eit kall for å sjå førespurnaden.</translation>
    </message>
    <message>
        <source>Select a call to see its response.</source>
        <translation>Vel eit kall for å sjå svaret.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Kopier som curl</translation>
    </message>
    <message>
        <source>Copies a command that repeats the selected call; the token is left out as $TOKEN (%1)</source>
        <translation>Kopierer ein kommando som gjentek det valde kallet; tokenet er bytt ut med $TOKEN (%1)</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>Eksporter støttepakke…</translation>
    </message>
    <message>
        <source>Saves every call in this log as one JSON file for support — tokens and keys are left out</source>
        <translation>Lagrar alle kalla i denne loggen som éi JSON-fil for brukarstøtta — token og nøklar er utelatne</translation>
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
        <translation>Skriv inn adressa til API-et, t.d. https://api.example.no/resource.</translation>
    </message>
    <message>
        <source>This is not a complete address. Type it with https://, e.g. https://api.example.no/resource.</source>
        <translation>Dette er ikkje ei fullstendig adresse. Skriv henne med https://, t.d. https://api.example.no/resource.</translation>
    </message>
    <message>
        <source>Only web addresses (https://) can be called, not &quot;%1:&quot;.</source>
        <translation>Berre nettadresser (https://) kan kallast, ikkje &quot;%1:&quot;.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>Adressa har ikkje noko servernamn.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address: the token is what authenticates.</source>
        <translation>Fjern brukarnamnet og passordet frå adressa: Det er tokenet som autentiserer.</translation>
    </message>
    <message>
        <source>The token would travel unencrypted. Use https:// (plain http:// is only allowed to this computer).</source>
        <translation>Tokenet ville blitt sendt ukryptert. Bruk https:// (vanleg http:// er berre tillate mot denne datamaskina).</translation>
    </message>
    <message>
        <source>The method %1 is not offered here.</source>
        <translation>Metoden %1 kan ikkje brukast her.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Kallet vart avbrote.</translation>
    </message>
</context>
<context>
    <name>Altinn::ApiTransport</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>Kallet vart avbrote.</translation>
    </message>
    <message>
        <source>There is no token source for this call.</source>
        <translation>Det finst inga tokenkjelde for dette kallet.</translation>
    </message>
    <message>
        <source>No vendor token could be obtained.</source>
        <translation>Kunne ikkje hente noko leverandørtoken.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Ikkje noko svar innan %1 sekund.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB, so it was not read.</source>
        <translation>Svaret er større enn %1 MiB, så det vart ikkje lese.</translation>
    </message>
    <message>
        <source>The connection closed before the answer came. The request was not sent again: the server may already have carried it out.</source>
        <translation>Tilkoplinga vart lukka før svaret kom. Førespurnaden vart ikkje send på nytt: Det kan hende serveren allereie har utført han.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds, the time allowed for the whole call.</source>
        <translation>Ikkje noko fullstendig svar innan %1 sekund, som er tida heile kallet får.</translation>
    </message>
</context>
<context>
    <name>Altinn::AppInstanceClient</name>
    <message>
        <source>&quot;%1&quot; is not an app owner&apos;s code (letters, digits and &apos;-&apos;).</source>
        <translation>&quot;%1&quot; er ikkje ein gyldig kode for ein appeigar (bokstavar, siffer og &apos;-&apos;).</translation>
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
        <translation>Nøkkelen til ID-porten-klienten kunne ikkje signere førespurnaden.</translation>
    </message>
</context>
<context>
    <name>AltinnTokenExchange</name>
    <message>
        <source>Altinn did not answer in time. Try again.</source>
        <translation>Altinn svarte ikkje i tide. Prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn did not accept the Maskinporten token. Get a new token and try again.</source>
        <translation>Altinn godtok ikkje tokenet frå Maskinporten. Hent eit nytt token og prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn could not exchange the token (HTTP %1).</source>
        <translation>Altinn kunne ikkje veksle tokenet (HTTP %1).</translation>
    </message>
    <message>
        <source>Altinn&apos;s answer was larger than %1 KiB, so it was not read.</source>
        <translation>Svaret frå Altinn var større enn %1 KiB, så det vart ikkje lese.</translation>
    </message>
    <message>
        <source>Altinn did not accept the ID-porten token: it has expired or is not from this environment&apos;s ID-porten. Log in again.</source>
        <translation>Altinn godtok ikkje ID-porten-tokenet: Det har gått ut, eller det er ikkje frå ID-porten i dette miljøet. Logg inn på nytt.</translation>
    </message>
</context>
<context>
    <name>ApiCallPanel</name>
    <message>
        <source>Call an API with the &amp;token (optional)</source>
        <translation>Ka&amp;ll eit API med tokenet (valfritt)</translation>
    </message>
    <message>
        <source>Call an API with the token</source>
        <translation>Kall eit API med tokenet</translation>
    </message>
    <message>
        <source>Sends one request with the system user token in the &quot;Authorization: Bearer&quot; header, to check that the API accepts it. Type the API&apos;s address. The call is shown in the activity log, with the token hidden.</source>
        <translation>Sender éin førespurnad med systembrukartokenet i headeren &quot;Authorization: Bearer&quot; for å sjekke at API-et godtek det. Skriv inn adressa til API-et. Kallet blir vist i aktivitetsloggen, med tokenet skjult.</translation>
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
        <translation>Adressa til API-et</translation>
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
        <translation>&amp;Innhald i førespurnaden:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Innhald i førespurnaden</translation>
    </message>
    <message>
        <source>JSON or text</source>
        <translation>JSON eller tekst</translation>
    </message>
    <message>
        <source>Headers of the answer:</source>
        <translation>Headerar i svaret:</translation>
    </message>
    <message>
        <source>Headers of the answer</source>
        <translation>Headerar i svaret</translation>
    </message>
    <message>
        <source>Body of the answer:</source>
        <translation>Innhald i svaret:</translation>
    </message>
    <message>
        <source>Body of the answer</source>
        <translation>Innhald i svaret</translation>
    </message>
    <message>
        <source>Get a system user token above first (a new one when the last has expired).</source>
        <translation>Hent eit systembrukartoken ovanfor først (eit nytt om det førre har gått ut).</translation>
    </message>
    <message>
        <source>send %1 to %2</source>
        <translation>sende %1 til %2</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ingenting vart sendt.</translation>
    </message>
    <message>
        <source>The token has expired. Get a new one above first.</source>
        <translation>Tokenet har gått ut. Hent eit nytt ovanfor først.</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Kallar %1…</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Kallet vart avbrote.</translation>
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
        <translation>API-et svarte med ei omdirigering til %1. Ho vart ikkje følgd, så tokenet vart ikkje sendt nokon annan stad.</translation>
    </message>
    <message>
        <source>The API refused the token. Check that it has the scope the API asks for, and that the customer gave the system user the rights the API needs.</source>
        <translation>API-et avviste tokenet. Sjekk at tokenet har scopet API-et krev, og at kunden har gitt systembrukaren dei rettane API-et treng.</translation>
    </message>
    <message>
        <source>The API answered with an error; see below.</source>
        <translation>API-et svarte med ein feil; sjå nedanfor.</translation>
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
        <translation>Koden til appeigaren, t.d. brg.</translation>
    </message>
    <message>
        <source>The app&apos;s name, e.g. aarsregnskap-vanlig-202406.</source>
        <translation>Namnet på appen, t.d. aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>The external reference of the system user (default: the customer&apos;s org number).</source>
        <translation>Den eksterne referansen til systembrukaren (standard: organisasjonsnummeret til kunden).</translation>
    </message>
    <message>
        <source>Say which app and which customer: --org ORG --app APP --owner ORGNO.</source>
        <translation>Oppgi kva app og kva kunde: --org ORG --app APP --owner ORGNO.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>Say which scope the system user token is for: --scope SCOPE (or give the profile default scopes: %1).</source>
        <translation>Oppgi kva scope systembrukartokenet gjeld: --scope SCOPE (eller gi profilen standardscope: %1).</translation>
    </message>
    <message>
        <source>Created instance %1 of %2/%3 for %4.</source>
        <translation>Oppretta instansen %1 av %2/%3 for %4.</translation>
    </message>
    <message>
        <source>getting a system user token</source>
        <translation>hentinga av eit systembrukartoken</translation>
    </message>
    <message>
        <source>With the CLI: add %1 to the system&apos;s rights (%2), then %3</source>
        <translation>Med CLI-en: legg %1 til i rettane til systemet (%2), og køyr deretter %3</translation>
    </message>
    <message>
        <source>The system id, used to find out why when Maskinporten finds no system user (MP-303).</source>
        <translation>System-ID-en, som blir brukt til å finne ut kvifor når Maskinporten ikkje finn nokon systembrukar (MP-303).</translation>
    </message>
    <message>
        <source>Call an Altinn app as a customer&apos;s system user or as a person</source>
        <translation>Kall ein Altinn-app som systembrukaren til ein kunde eller som ein person</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number: the instance is created for it, by its system user (or the person acting for it).</source>
        <translation>Organisasjonsnummeret til kunden: Instansen blir oppretta for kunden, av systembrukaren til kunden (eller personen som handlar for kunden).</translation>
    </message>
    <message>
        <source>A scope for the system user token (default: the profile&apos;s scopes); with --as person one for ID-porten (default: altinn:instances.read and altinn:instances.write).</source>
        <translation>Eit scope for systembrukartokenet (standard: scopa i profilen); med --as person eit scope for ID-porten (standard: altinn:instances.read og altinn:instances.write).</translation>
    </message>
    <message>
        <source>systemuser (default): the customer&apos;s system user acts; person: a person logs in with ID-porten first and acts for the organisation.</source>
        <translation>systemuser (standard): systembrukaren til kunden handlar; person: ein person loggar først inn med ID-porten og handlar for organisasjonen.</translation>
    </message>
    <message>
        <source>Create an instance of an Altinn app for a customer with the customer&apos;s system user token, as your system will (the app checks that the system user holds the app&apos;s right app_ORG_APP), or with --as person as a person logged in with ID-porten (the app checks the person&apos;s role at the organisation).</source>
        <translation>Opprett ein instans av ein Altinn-app for ein kunde med systembrukartokenet til kunden, slik systemet ditt kjem til å gjere (appen sjekkar at systembrukaren har retten app_ORG_APP til appen), eller med --as person som ein person som er logga inn med ID-porten (appen sjekkar rolla personen har i organisasjonen).</translation>
    </message>
    <message>
        <source>--as takes systemuser or person, not &quot;%1&quot;.</source>
        <translation>--as tek systemuser eller person, ikkje &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--person and --no-browser belong to a person&apos;s login: add --as person.</source>
        <translation>--person og --no-browser høyrer til innlogginga for ein person: Legg til --as person.</translation>
    </message>
    <message>
        <source>--external-ref and --system belong to a system user: leave out --as person.</source>
        <translation>--external-ref og --system høyrer til ein systembrukar: Ta bort --as person.</translation>
    </message>
    <message>
        <source>Created instance %1 of %2/%3 for %4 as the person who logged in.</source>
        <translation>Oppretta instansen %1 av %2/%3 for %4 som personen som logga inn.</translation>
    </message>
</context>
<context>
    <name>AppInstanceSection</name>
    <message>
        <source>Call an app as the system user (sandbox)</source>
        <translation>Kall ein app som systembrukaren (sandkasse)</translation>
    </message>
    <message>
        <source>Your system&apos;s last step: with the system user token it creates an instance of an Altinn app for the customer. Every app of the sandbox catalogue is simulated here; the app checks that the customer&apos;s system user holds the app&apos;s right, as a real app does.</source>
        <translation>Det siste steget til systemet ditt: Med systembrukartokenet opprettar det ein instans av ein Altinn-app for kunden. Alle appane i katalogen til sandkassa blir simulerte her; appen sjekkar at systembrukaren til kunden har retten til appen, slik ein ekte app gjer.</translation>
    </message>
    <message>
        <source>Create an instance of %1 for this customer</source>
        <translation>Opprett ein instans av %1 for denne kunden</translation>
    </message>
    <message>
        <source>Create an instance of the app %1 for the chosen customer</source>
        <translation>Opprett ein instans av appen %1 for den valde kunden</translation>
    </message>
    <message>
        <source>Ask the customer for the right…</source>
        <translation>Be kunden om retten…</translation>
    </message>
    <message>
        <source>Go to the customer request page to ask the customer for the right</source>
        <translation>Gå til sida Førespurnad til kunde for å be kunden om retten</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassa har ikkje starta enno. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose or create a profile on the first page.</source>
        <translation>Vel eller opprett ein profil på den første sida.</translation>
    </message>
    <message>
        <source>Choose a customer above first.</source>
        <translation>Vel ein kunde ovanfor først.</translation>
    </message>
    <message>
        <source>Enter at least one scope above: Maskinporten gives no token without one.</source>
        <translation>Skriv inn minst eitt scope ovanfor: Utan scope gir ikkje Maskinporten noko token.</translation>
    </message>
    <message>
        <source>Creating an instance of %1 for %2 as its system user…</source>
        <translation>Opprettar ein instans av %1 for %2 med systembrukaren til kunden…</translation>
    </message>
    <message>
        <source>The app accepted the system user: instance %1 of %2 was created for %3.</source>
        <translation>Appen godtok systembrukaren: Instansen %1 av %2 vart oppretta for %3.</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instans: %1</translation>
    </message>
    <message>
        <source>Address (read it with the system user token): %1</source>
        <translation>Adresse (hent instansen her med systembrukartokenet): %1</translation>
    </message>
    <message>
        <source>Stopped waiting for the app.</source>
        <translation>Slutta å vente på appen.</translation>
    </message>
</context>
<context>
    <name>ApprovalLinkSection</name>
    <message>
        <source>Approval link</source>
        <translation>Godkjenningslenkje</translation>
    </message>
    <message>
        <source>Send this link to someone at the customer who has the Access manager (Tilgangsstyrer) or Main administrator role in Altinn. They log in with ID-porten and approve the request.</source>
        <translation>Send denne lenkja til nokon hos kunden som har rolla Tilgangsstyrar eller Hovudadministrator i Altinn. Dei loggar inn med ID-porten og godkjenner førespurnaden.</translation>
    </message>
    <message>
        <source>Open the approval link in the browser</source>
        <translation>Opne godkjenningslenkja i nettlesaren</translation>
    </message>
    <message>
        <source>Copy the approval link</source>
        <translation>Kopier godkjenningslenkja</translation>
    </message>
    <message>
        <source>QR code of the approval link</source>
        <translation>QR-kode for godkjenningslenkja</translation>
    </message>
    <message>
        <source>Copy QR image</source>
        <translation>Kopier QR-bilete</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>Kopier QR-koden som bilete</translation>
    </message>
    <message>
        <source>Save QR image…</source>
        <translation>Lagre QR-bilete…</translation>
    </message>
    <message>
        <source>Save the QR code as an image file</source>
        <translation>Lagre QR-koden som biletfil</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Endringsførespurnad</translation>
    </message>
    <message>
        <source>Approval link of the change request</source>
        <translation>Godkjenningslenkja til endringsførespurnaden</translation>
    </message>
    <message>
        <source>Open the change request in the browser</source>
        <translation>Opne endringsførespurnaden i nettlesaren</translation>
    </message>
    <message>
        <source>Copy the change request link</source>
        <translation>Kopier lenkja til endringsførespurnaden</translation>
    </message>
    <message>
        <source>A change request asks this customer&apos;s system user for more rights (status: %1). The customer approves it with this link:</source>
        <translation>Ein endringsførespurnad ber om fleire rettar for systembrukaren til denne kunden (status: %1). Kunden godkjenner han med denne lenkja:</translation>
    </message>
    <message>
        <source>approval-link-%1.png</source>
        <translation>godkjenningslenkje-%1.png</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Lagre QR-koden</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilete (*.png)</translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1: %2</source>
        <translation>QR-koden kunne ikkje lagrast i %1: %2</translation>
    </message>
    <message>
        <source>Saved the QR code to %1.</source>
        <translation>Lagra QR-koden i %1.</translation>
    </message>
    <message>
        <source>The customer rejected this request, so its approval link no longer leads to an approval: do not send it again. Use “Delete and ask again” above to send a new request; the customer gets a new link.</source>
        <translation>Kunden avviste denne førespurnaden, så godkjenningslenkja fører ikkje lenger til nokon godkjenning: Ikkje send henne på nytt. Bruk «Slett og spør på nytt» ovanfor for å sende ein ny førespurnad; kunden får ei ny lenkje.</translation>
    </message>
    <message>
        <source>In the sandbox, the setting “requestAfterRejectionCreatesNew” (Altinn&apos;s announced change) lets a new request replace the rejected one without deleting it first.</source>
        <translation>I sandkassa gjer innstillinga «requestAfterRejectionCreatesNew» (endringa Altinn har varsla) at ein ny førespurnad kan erstatte den avviste utan at han må slettast først.</translation>
    </message>
    <message>
        <source>This request has expired, so its approval link no longer works. Use “Delete and ask again” above to send a new request; the customer gets a new link.</source>
        <translation>Denne førespurnaden har gått ut, så godkjenningslenkja verkar ikkje lenger. Bruk «Slett og spør på nytt» ovanfor for å sende ein ny førespurnad; kunden får ei ny lenkje.</translation>
    </message>
    <message>
        <source>This request no longer exists, so its approval link no longer works. Send a new request with “Ask again” above; the customer gets a new link.</source>
        <translation>Denne førespurnaden finst ikkje lenger, så godkjenningslenkja verkar ikkje. Send ein ny førespurnad med «Spør på nytt» ovanfor; kunden får ei ny lenkje.</translation>
    </message>
</context>
<context>
    <name>ApprovalNotifier</name>
    <message numerus="yes">
        <source>%1 customer(s) approved</source>
        <translation>
            <numerusform>%1 kunde har godkjent</numerusform>
            <numerusform>%1 kundar har godkjent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) rejected</source>
        <translation>
            <numerusform>%1 kunde har avvist</numerusform>
            <numerusform>%1 kundar har avvist</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sidan %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>System User Wizard</source>
        <translation>Systembrukar-vegvisar</translation>
    </message>
    <message>
        <source>Customers answered</source>
        <translation>Kundar har svart</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <source>Hand the approval link to the customer</source>
        <translation>Gi godkjenningslenkja til kunden</translation>
    </message>
    <message>
        <source>Someone at the customer approves the request in Altinn. Send them the link or the message below; this page shows when they have decided.</source>
        <translation>Nokon hos kunden godkjenner førespurnaden i Altinn. Send dei lenkja eller meldinga nedanfor; denne sida viser når dei har bestemt seg.</translation>
    </message>
    <message>
        <source>There is no request to follow yet. Send one on the previous page, or pick one in the customers view.</source>
        <translation>Det finst ingen førespurnad å følgje med på enno. Send ein på førre side, eller vel ein i kundeoversikta.</translation>
    </message>
    <message>
        <source>System user request: %1</source>
        <translation>Førespurnad om systembrukar: %1</translation>
    </message>
    <message>
        <source>delete the request to organisation %1</source>
        <translation>slette førespurnaden til organisasjonen %1</translation>
    </message>
    <message>
        <source>deleting the request</source>
        <translation>slettinga av førespurnaden</translation>
    </message>
</context>
<context>
    <name>ApprovalPageText</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Ventar på godkjenning</translation>
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
        <translation>Fristen er ute</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>Inga endring trengst</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <source>Unknown organisation</source>
        <translation>Ukjend organisasjon</translation>
    </message>
    <message>
        <source>Unknown resource</source>
        <translation>Ukjend ressurs</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <source>Unknown access package</source>
        <translation>Ukjend tilgangspakke</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Gå til hovudinnhaldet</translation>
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
        <translation>Sandkasse: ei lokal etterlikning av godkjenningssida i Altinn. Ingenting blir sendt til Altinn, og ingen treng å logge inn; ei avgjerd her endrar berre sandkassa.</translation>
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
        <translation>Namn på systembrukaren</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>Systembrukar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Førespurnads-ID</translation>
    </message>
    <message>
        <source>What the system gets access to</source>
        <translation>Dette får systemet tilgang til</translation>
    </message>
    <message>
        <source>Single rights</source>
        <translation>Enkeltrettar</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakkar</translation>
    </message>
    <message>
        <source>Access packages for client relationships</source>
        <translation>Tilgangspakkar for klientforhold</translation>
    </message>
    <message>
        <source>Requested changes</source>
        <translation>Ønskte endringar</translation>
    </message>
    <message>
        <source>Rights to add</source>
        <translation>Rettar som skal leggjast til</translation>
    </message>
    <message>
        <source>Rights to remove</source>
        <translation>Rettar som skal fjernast</translation>
    </message>
    <message>
        <source>Access packages to add</source>
        <translation>Tilgangspakkar som skal leggjast til</translation>
    </message>
    <message>
        <source>Access packages to remove</source>
        <translation>Tilgangspakkar som skal fjernast</translation>
    </message>
    <message>
        <source>Request for a system user for client relationships</source>
        <translation>Førespurnad om systembrukar for klientforhold</translation>
    </message>
    <message>
        <source>Request to change a system user</source>
        <translation>Førespurnad om endring av systembrukar</translation>
    </message>
    <message>
        <source>Request for a system user</source>
        <translation>Førespurnad om systembrukar</translation>
    </message>
    <message>
        <source>%1 asks %2 to approve a system user, so that the system %3 can act on behalf of %2 with the rights below.</source>
        <translation>%1 ber %2 om å godkjenne ein systembrukar, slik at systemet %3 kan handle på vegner av %2 med tilgangane nedanfor.</translation>
    </message>
    <message>
        <source>%1 asks %2 to approve a system user for client relationships. After approval, %2 can let the system %3 work for its clients with the access packages below.</source>
        <translation>%1 ber %2 om å godkjenne ein systembrukar for klientforhold. Etter godkjenninga kan %2 la systemet %3 arbeide for klientane sine med tilgangspakkane nedanfor.</translation>
    </message>
    <message>
        <source>%1 asks %2 to change what the system user for the system %3 may do.</source>
        <translation>%1 ber %2 om å endre kva systembrukaren for systemet %3 har lov til å gjere.</translation>
    </message>
    <message>
        <source>This request has already been handled</source>
        <translation>Denne førespurnaden er allereie behandla</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>This request has timed out</source>
        <translation>Fristen for denne førespurnaden er ute</translation>
    </message>
    <message>
        <source>It was created more than 180 days ago, so the API reports timedOut: true. The sandbox still lets you decide.</source>
        <translation>Det er meir enn 180 dagar sidan førespurnaden vart oppretta, så API-et svarar timedOut: true. I sandkassa kan du likevel ta ei avgjerd.</translation>
    </message>
    <message>
        <source>About the request</source>
        <translation>Om førespurnaden</translation>
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
        <translation>Etter avgjerda di blir du sendt tilbake til %1</translation>
    </message>
    <message>
        <source>The request has no return address: you will see a receipt here.</source>
        <translation>Førespurnaden har inga returadresse: du får ei kvittering her.</translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation>Fann ikkje førespurnaden</translation>
    </message>
    <message>
        <source>The sandbox has no such request with the id %1. It may have been deleted, or the link may be incomplete.</source>
        <translation>Sandkassa har ingen førespurnad med ID-en %1. Førespurnaden kan vere sletta, eller lenkja kan vere ufullstendig.</translation>
    </message>
    <message>
        <source>A request can be approved or rejected only once. Nothing was changed.</source>
        <translation>Ein førespurnad kan berre godkjennast eller avvisast éin gong. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>Show the request</source>
        <translation>Vis førespurnaden</translation>
    </message>
    <message>
        <source>The decision could not be carried out</source>
        <translation>Avgjerda kunne ikkje gjennomførast</translation>
    </message>
    <message>
        <source>The request is still waiting for approval.</source>
        <translation>Førespurnaden ventar framleis på godkjenning.</translation>
    </message>
    <message>
        <source>The request is approved</source>
        <translation>Førespurnaden er godkjent</translation>
    </message>
    <message>
        <source>The request is rejected</source>
        <translation>Førespurnaden er avvist</translation>
    </message>
    <message>
        <source>The changes now apply to the system user.</source>
        <translation>Endringane gjeld no for systembrukaren.</translation>
    </message>
    <message>
        <source>The system user is unchanged.</source>
        <translation>Systembrukaren er uendra.</translation>
    </message>
    <message>
        <source>The system user %1 now exists for %2.</source>
        <translation>Systembrukaren %1 er no oppretta for %2.</translation>
    </message>
    <message>
        <source>No system user was created.</source>
        <translation>Det vart ikkje oppretta nokon systembrukar.</translation>
    </message>
    <message>
        <source>You can close this window.</source>
        <translation>Du kan lukke dette vindauget.</translation>
    </message>
    <message>
        <source>A system user already exists for this system, organisation and external reference. Delete it before you approve this request.</source>
        <translation>Det finst allereie ein systembrukar for dette systemet, denne organisasjonen og denne eksterne referansen. Slett systembrukaren før du godkjenner denne førespurnaden.</translation>
    </message>
    <message>
        <source>The system user this change request is for no longer exists.</source>
        <translation>Systembrukaren som denne endringsførespurnaden gjeld, finst ikkje lenger.</translation>
    </message>
    <message>
        <source>The decision was not carried out</source>
        <translation>Avgjerda vart ikkje gjennomført</translation>
    </message>
    <message>
        <source>The decision did not come from this approval page</source>
        <translation>Avgjerda kom ikkje frå denne godkjenningssida</translation>
    </message>
    <message>
        <source>A decision counts only when it is sent with the approval page&apos;s own security token. It was missing or wrong: the decision may have come from another web page, or the sandbox was restarted after the page was opened. Nothing was changed.</source>
        <translation>Ei avgjerd gjeld berre når ho blir send med det eigne sikkerheitstokenet til godkjenningssida. Det mangla eller var feil: Avgjerda kan ha kome frå ei anna nettside, eller sandkassa vart starta på nytt etter at sida vart opna. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>no role in the Central Coordinating Register or in Altinn gives the person this right</source>
        <translation>ingen rolle i Einingsregisteret eller i Altinn gir personen denne retten</translation>
    </message>
    <message>
        <source>the right has not been delegated to the person</source>
        <translation>retten er ikkje delegert til personen</translation>
    </message>
    <message>
        <source>the service requires an explicit right that the organisation does not have</source>
        <translation>tenesta krev ein uttrykkeleg tildelt rett som organisasjonen ikkje har</translation>
    </message>
    <message>
        <source>the service requires a higher security level at login</source>
        <translation>tenesta krev eit høgare tryggleiksnivå ved innlogging</translation>
    </message>
    <message>
        <source>the organisation is not on the service&apos;s access list</source>
        <translation>organisasjonen står ikkje på tilgangslista til tenesta</translation>
    </message>
    <message>
        <source>the person does not hold this access package</source>
        <translation>personen har ikkje denne tilgangspakken</translation>
    </message>
    <message>
        <source>it cannot be delegated by anyone</source>
        <translation>han kan ikkje delegerast av nokon</translation>
    </message>
    <message>
        <source>it is a Maskinporten schema, which cannot be delegated to a system user</source>
        <translation>han er eit Maskinporten-skjema, som ikkje kan delegerast til ein systembrukar</translation>
    </message>
    <message>
        <source>the delegation check failed for an unknown reason</source>
        <translation>delegeringskontrollen feila av ukjend grunn</translation>
    </message>
    <message>
        <source>General manager (daglig leder), without the access manager role</source>
        <translation>Dagleg leiar, utan rolla Tilgangsstyrar</translation>
    </message>
    <message>
        <source>Access manager (Tilgangsstyrer) who, in the sandbox, lacks the first right or access package a request asks for</source>
        <translation>Tilgangsstyrar som i sandkassa manglar den første retten eller tilgangspakken ein førespurnad ber om</translation>
    </message>
    <message>
        <source>Access manager (Tilgangsstyrer)</source>
        <translation>Tilgangsstyrar</translation>
    </message>
    <message>
        <source>Can approve: a request for client relationships needs the access manager role, not the rights.</source>
        <translation>Kan godkjenne: Ein førespurnad om klientforhold krev rolla Tilgangsstyrar, ikkje sjølve rettane.</translation>
    </message>
    <message>
        <source>Can approve: can delegate everything this request asks for.</source>
        <translation>Kan godkjenne: kan delegere alt denne førespurnaden ber om.</translation>
    </message>
    <message>
        <source>Cannot approve or reject this request.</source>
        <translation>Kan ikkje godkjenne eller avvise denne førespurnaden.</translation>
    </message>
    <message>
        <source>Cannot approve or reject; can escalate the request to an access manager.</source>
        <translation>Kan ikkje godkjenne eller avvise, men kan sende førespurnaden vidare til ein tilgangsstyrar.</translation>
    </message>
    <message>
        <source>Cannot approve: cannot delegate %1.</source>
        <translation>Kan ikkje godkjenne: kan ikkje delegere %1.</translation>
    </message>
    <message>
        <source>Who approves?</source>
        <translation>Kven godkjenner?</translation>
    </message>
    <message>
        <source>In Altinn you log in with ID-porten and act as yourself. In the sandbox you choose who you are: only an access manager who can delegate everything asked for can approve, and approval is all-or-nothing.</source>
        <translation>I Altinn loggar du inn med ID-porten og opptrer som deg sjølv. I sandkassa vel du kven du er: Berre ein tilgangsstyrar som kan delegere alt det blir bede om, kan godkjenne, og godkjenninga gjeld alt eller ingenting.</translation>
    </message>
    <message>
        <source>The request has been escalated</source>
        <translation>Førespurnaden er sendt vidare</translation>
    </message>
    <message>
        <source>Someone without the access manager role sent it on: it waits for an access manager of %1.</source>
        <translation>Nokon utan rolla Tilgangsstyrar har sendt han vidare: Han ventar på ein tilgangsstyrar i %1.</translation>
    </message>
    <message>
        <source>Escalate to an access manager</source>
        <translation>Send vidare til ein tilgangsstyrar</translation>
    </message>
    <message>
        <source>Altinn&apos;s answer: %1 (HTTP %2)</source>
        <translation>Svaret frå Altinn: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>You cannot decide on this request</source>
        <translation>Du kan ikkje ta stilling til denne førespurnaden</translation>
    </message>
    <message>
        <source>%1 does not have the access manager role for %2</source>
        <translation>%1 har ikkje rolla Tilgangsstyrar for %2</translation>
    </message>
    <message>
        <source>Only an access manager (Tilgangsstyrer) of the organisation can approve or reject a request for a system user. Nothing was changed: the request is still waiting for approval.</source>
        <translation>Berre ein tilgangsstyrar i organisasjonen kan godkjenne eller avvise ein førespurnad om systembrukar. Ingenting vart endra: Førespurnaden ventar framleis på godkjenning.</translation>
    </message>
    <message>
        <source>Send the request to an access manager</source>
        <translation>Send førespurnaden til ein tilgangsstyrar</translation>
    </message>
    <message>
        <source>When you escalate the request, the organisation&apos;s access managers find it in Altinn and can approve it. The vendor sees that it has been escalated.</source>
        <translation>Når du sender førespurnaden vidare, finn tilgangsstyrarane i organisasjonen han i Altinn og kan godkjenne han. Leverandøren ser at han er sendt vidare.</translation>
    </message>
    <message>
        <source>A request to change a system user cannot be escalated: ask an access manager of the organisation to open the link.</source>
        <translation>Ein førespurnad om å endre ein systembrukar kan ikkje sendast vidare: Be ein tilgangsstyrar i organisasjonen om å opne lenkja.</translation>
    </message>
    <message>
        <source>Choose another person</source>
        <translation>Vel ein annan person</translation>
    </message>
    <message>
        <source>The request could not be approved</source>
        <translation>Førespurnaden kunne ikkje godkjennast</translation>
    </message>
    <message>
        <source>%1 cannot delegate everything the request asks for</source>
        <translation>%1 kan ikkje delegere alt førespurnaden ber om</translation>
    </message>
    <message>
        <source>Approval is all-or-nothing: as one part could not be delegated, nothing was approved. The request is still waiting for approval.</source>
        <translation>Godkjenninga gjeld alt eller ingenting: Sidan éin del ikkje kunne delegerast, vart ingenting godkjent. Førespurnaden ventar framleis på godkjenning.</translation>
    </message>
    <message>
        <source>What stopped the approval</source>
        <translation>Dette stoppa godkjenninga</translation>
    </message>
    <message>
        <source>No one can approve this request, because a part of it cannot be delegated. Ask the vendor to send a new request without it.</source>
        <translation>Ingen kan godkjenne denne førespurnaden, fordi ein del av han ikkje kan delegerast. Be leverandøren sende ein ny førespurnad utan denne delen.</translation>
    </message>
    <message>
        <source>Ask an access manager who can delegate all of it to approve the request – in the sandbox, %1.</source>
        <translation>Be ein tilgangsstyrar som kan delegere alt, om å godkjenne førespurnaden – i sandkassa %1.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Kva du kan gjere</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Ukjend person</translation>
    </message>
    <message>
        <source>The organisation has no test person %1. Choose one of the persons on the request page. Nothing was changed.</source>
        <translation>Organisasjonen har ingen testperson %1. Vel ein av personane på førespurnadssida. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The request was sent to an access manager</source>
        <translation>Førespurnaden er sendt til ein tilgangsstyrar</translation>
    </message>
    <message>
        <source>The access managers of %1 can now find the request in Altinn and approve it. It is still waiting for approval; the vendor sees that it has been escalated.</source>
        <translation>Tilgangsstyrarane i %1 kan no finne førespurnaden i Altinn og godkjenne han. Han ventar framleis på godkjenning; leverandøren ser at han er sendt vidare.</translation>
    </message>
    <message>
        <source>Return to the vendor</source>
        <translation>Tilbake til leverandøren</translation>
    </message>
    <message>
        <source>Unknown app</source>
        <translation>Ukjend app</translation>
    </message>
    <message>
        <source>The login link names no app (client_id) registered at the sandbox&apos;s ID-porten. Register the app&apos;s client with POST /sandbox/idporten/clients, or check the link.</source>
        <translation>Innloggingslenkja viser ikkje til nokon app (client_id) som er registrert i ID-porten i sandkassa. Registrer klienten til appen med POST /sandbox/idporten/clients, eller sjekk lenkja.</translation>
    </message>
    <message>
        <source>Wrong return address</source>
        <translation>Feil returadresse</translation>
    </message>
    <message>
        <source>The app asked to be sent back to an address (redirect_uri) that is not registered for it, so the sandbox does not send you there.</source>
        <translation>Appen bad om at du skulle sendast tilbake til ei adresse (redirect_uri) som ikkje er registrert for appen, så sandkassa sender deg ikkje dit.</translation>
    </message>
    <message>
        <source>The login has expired</source>
        <translation>Innlogginga har gått ut</translation>
    </message>
    <message>
        <source>This login is no longer valid: it is more than 10 minutes old, it is finished, or the sandbox was restarted. Start the login again from the app.</source>
        <translation>Denne innlogginga gjeld ikkje lenger: Ho er meir enn 10 minutt gammal, ho er fullført, eller sandkassa vart starta på nytt. Start innlogginga på nytt frå appen.</translation>
    </message>
    <message>
        <source>Nothing was done</source>
        <translation>Ingenting vart gjort</translation>
    </message>
    <message>
        <source>The form did not come from this login: its security token was missing or wrong. Start the login again from the app.</source>
        <translation>Skjemaet kom ikkje frå denne innlogginga: Sikkerheitstokenet mangla eller var feil. Start innlogginga på nytt frå appen.</translation>
    </message>
    <message>
        <source>This page was already used</source>
        <translation>Denne sida er allereie brukt</translation>
    </message>
    <message>
        <source>The login has moved on since this page was shown. Go on in the newest page, or start the login again from the app.</source>
        <translation>Innlogginga har kome vidare sidan denne sida vart vist. Hald fram på den nyaste sida, eller start innlogginga på nytt frå appen.</translation>
    </message>
    <message>
        <source>The app is no longer registered at the sandbox&apos;s ID-porten.</source>
        <translation>Appen er ikkje lenger registrert i ID-porten i sandkassa.</translation>
    </message>
    <message>
        <source>Choose one of the persons on the login page.</source>
        <translation>Vel ein av personane på innloggingssida.</translation>
    </message>
    <message>
        <source>Choose Allow or Deny on the consent page.</source>
        <translation>Vel Tillat eller Avslå på samtykkesida.</translation>
    </message>
    <message>
        <source>%1 – ID-porten sandbox</source>
        <translation>%1 – ID-porten-sandkasse</translation>
    </message>
    <message>
        <source>Sandbox: a local imitation of ID-porten. Nobody really logs in: the persons are made up, and the tokens are valid at this sandbox only.</source>
        <translation>Sandkasse: ei lokal etterlikning av ID-porten. Ingen loggar inn på ordentleg: Personane er oppdikta, og tokena gjeld berre i denne sandkassa.</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>Dagleg leiar</translation>
    </message>
    <message>
        <source>Chair of the board</source>
        <translation>Styreleiar</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Rekneskapsførar</translation>
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
        <translation>%1 i alle organisasjonar</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Know who you are: your national identity number.</source>
        <translation>Vite kven du er: fødselsnummeret ditt.</translation>
    </message>
    <message>
        <source>Your basic profile: the language you used here.</source>
        <translation>Den grunnleggjande profilen din: språket du brukte her.</translation>
    </message>
    <message>
        <source>Read forms and messages in Altinn that you have access to.</source>
        <translation>Lese skjema og meldingar i Altinn som du har tilgang til.</translation>
    </message>
    <message>
        <source>Fill in, change and submit forms in Altinn on your behalf.</source>
        <translation>Fylle ut, endre og sende inn skjema i Altinn på vegner av deg.</translation>
    </message>
    <message>
        <source>Use the Altinn service %1 of %2 on your behalf.</source>
        <translation>Bruke Altinn-tenesta %1 frå %2 på vegner av deg.</translation>
    </message>
    <message>
        <source>Use an API on your behalf.</source>
        <translation>Bruke eit API på vegner av deg.</translation>
    </message>
    <message>
        <source>Choose who you are</source>
        <translation>Vel kven du er</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Logg inn på %1</translation>
    </message>
    <message>
        <source>In ID-porten you would log in with MinID, BankID or another electronic ID. In the sandbox you choose one of the made-up persons below.</source>
        <translation>I ID-porten ville du logga inn med MinID, BankID eller ein annan elektronisk ID. I sandkassa vel du ein av dei oppdikta personane nedanfor.</translation>
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
        <translation>Logga inn som %1</translation>
    </message>
    <message>
        <source>%1 (org. no. %2) asks to do the following on your behalf:</source>
        <translation>%1 (org.nr. %2) ber om å få gjere dette på vegner av deg:</translation>
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
        <translation>Ingenting vart sendt tilbake til appen. Du kan lukke dette vindauget.</translation>
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
        <translation>&amp;Sjekk no</translation>
    </message>
    <message>
        <source>Check the status now</source>
        <translation>Sjekk statusen no</translation>
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
        <translation>Kunde: %1 · Førespurnadstype: %2</translation>
    </message>
    <message>
        <source>external reference %1</source>
        <translation>ekstern referanse %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Sletta</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The request no longer exists: it was deleted, or the customer deleted the system user it created. Ask the customer again.</source>
        <translation>Førespurnaden finst ikkje lenger: Han vart sletta, eller kunden sletta systembrukaren han oppretta. Spør kunden på nytt.</translation>
    </message>
    <message>
        <source>Waiting for the customer. This page checks the status by itself while it is open.</source>
        <translation>Ventar på kunden. Denne sida sjekkar statusen sjølv så lenge ho er open.</translation>
    </message>
    <message>
        <source>The person who opened the link has passed it on to the customer&apos;s access managers.</source>
        <translation>Personen som opna lenkja, har sendt henne vidare til tilgangsstyrarane hos kunden.</translation>
    </message>
    <message>
        <source>The customer approved the request: the system user exists. Go on to check that your system can get a token for it.</source>
        <translation>Kunden godkjende førespurnaden: Systembrukaren finst. Gå vidare for å sjekke at systemet ditt kan få eit token for han.</translation>
    </message>
    <message>
        <source>The customer rejected the request. Altinn keeps the rejected request, so sending the same request again would only return it. Delete it and ask again — talk to the customer first if you do not know why.</source>
        <translation>Kunden avviste førespurnaden. Altinn tek vare på den avviste førespurnaden, så om du sender den same førespurnaden på nytt, får du berre han tilbake. Slett han og spør på nytt — snakk med kunden først om du ikkje veit kvifor.</translation>
    </message>
    <message>
        <source>The request has expired. Delete it and send a new one.</source>
        <translation>Førespurnaden har gått ut. Slett han og send ein ny.</translation>
    </message>
    <message>
        <source>Altinn reports a status this wizard does not know: “%1”.</source>
        <translation>Altinn melder ein status som denne vegvisaren ikkje kjenner: «%1».</translation>
    </message>
    <message>
        <source>This request is older than 180 days. The customer may no longer be able to approve it: send a new request.</source>
        <translation>Denne førespurnaden er eldre enn 180 dagar. Det er ikkje sikkert at kunden kan godkjenne han lenger: Send ein ny førespurnad.</translation>
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
        <translation>Kunden godkjende førespurnaden. Gå vidare med Neste for å teste systembrukaren.</translation>
    </message>
    <message>
        <source>The customer rejected the request.</source>
        <translation>Kunden avviste førespurnaden.</translation>
    </message>
    <message>
        <source>The request&apos;s status is now: %1.</source>
        <translation>Statusen til førespurnaden er no: %1.</translation>
    </message>
    <message>
        <source>The request was deleted.</source>
        <translation>Førespurnaden vart sletta.</translation>
    </message>
    <message>
        <source>Altinn cannot be reached right now: %1 The status shown is the last one known; the page keeps checking.</source>
        <translation>Altinn kan ikkje nåast akkurat no: %1 Statusen som blir vist, er den siste kjende; sida held fram med å sjekke.</translation>
    </message>
    <message>
        <source>The status could not be checked:</source>
        <translation>Statusen kunne ikkje sjekkast:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Deleting the request…</source>
        <translation>Slettar førespurnaden…</translation>
    </message>
    <message>
        <source>Altinn asked to be left alone until %1: the page checks the status again then, also if you press Check now. The status shown is the last one known.</source>
        <translation>Altinn bad om å bli late i fred til %1: sida sjekkar statusen igjen då, også om du trykkjer Sjekk no. Statusen som blir vist, er den siste kjende.</translation>
    </message>
</context>
<context>
    <name>BulkCompareSection</name>
    <message>
        <source>Comparing the list with Altinn and reading the system…</source>
        <translation>Samanliknar lista med Altinn og hentar systemet…</translation>
    </message>
    <message>
        <source>Compared with Altinn.</source>
        <translation>Samanlikna med Altinn.</translation>
    </message>
    <message>
        <source>1. Compare with Altinn</source>
        <translation>1. Samanlikn med Altinn</translation>
    </message>
    <message>
        <source>Before anything is sent, every customer in the list is compared with Altinn, so customers who have a request or a system user already are not asked again.</source>
        <translation>Før noko blir sendt, blir kvar kunde i lista samanlikna med Altinn, slik at kundar som alt har ein førespurnad eller ein systembrukar, ikkje blir spurde på nytt.</translation>
    </message>
    <message>
        <source>Send to &amp;how many at the same time:</source>
        <translation>Send til kor &amp;mange om gongen:</translation>
    </message>
    <message>
        <source>How many customers are asked at the same time</source>
        <translation>Kor mange kundar som blir spurde om gongen</translation>
    </message>
    <message>
        <source>Altinn limits how fast one vendor may send; 4 is a safe choice. When Altinn asks us to wait, every sender waits.</source>
        <translation>Altinn avgrensar kor raskt ein leverandør kan sende; 4 er eit trygt val. Når Altinn ber oss om å vente, ventar alle sendingane.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>Lista er tom.</translation>
    </message>
    <message>
        <source>Every customer has been asked already; nothing to send.</source>
        <translation>Alle kundane er allereie spurde; ingenting å sende.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) need a request.</source>
        <translation>
            <numerusform>%1 kunde treng ein førespurnad.</numerusform>
            <numerusform>%1 kundar treng ein førespurnad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them may have been asked by a run that was interrupted. They are looked up at Altinn first and asked only when Altinn has nothing: no customer is asked twice.</source>
        <translation>
            <numerusform>%1 av dei kan ha blitt spurd i ei sending som vart avbroten. Altinn blir sjekka først, og kunden blir berre spurd om Altinn ikkje har noko: Ingen kunde blir spurd to gonger.</numerusform>
            <numerusform>%1 av dei kan ha blitt spurde i ei sending som vart avbroten. Altinn blir sjekka først, og dei blir berre spurde om Altinn ikkje har noko: Ingen kunde blir spurd to gonger.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is PRODUCTION: the requests go to real customers, who are asked to approve them. You are asked to confirm before anything is sent.</source>
        <translation>Dette er PRODUKSJON: Førespurnadene går til ekte kundar, som blir bedne om å godkjenne dei. Du må stadfeste før noko blir sendt.</translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 request(s) in production…</source>
        <translation>
            <numerusform>Se&amp;nd %1 førespurnad i produksjon…</numerusform>
            <numerusform>Se&amp;nd %1 førespurnader i produksjon…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 request(s)</source>
        <translation>
            <numerusform>Se&amp;nd %1 førespurnad</numerusform>
            <numerusform>Se&amp;nd %1 førespurnader</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the comparison with Altinn.</source>
        <translation>Vent til samanlikninga med Altinn er ferdig.</translation>
    </message>
    <message>
        <source>Nobody needs a request.</source>
        <translation>Ingen treng ein førespurnad.</translation>
    </message>
    <message>
        <source>Sends a system user request to each customer who needs one.</source>
        <translation>Sender ein førespurnad om systembrukar til kvar kunde som treng det.</translation>
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
        <translation>Kva som skjedde</translation>
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
        <translation>Kundar ferdige</translation>
    </message>
    <message>
        <source>&amp;Cancel sending…</source>
        <translation>&amp;Avbryt sendinga…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Avbryt sendinga</translation>
    </message>
    <message>
        <source>Stops sending. Requests already sent stay sent.</source>
        <translation>Stoppar sendinga. Førespurnader som alt er sende, blir ståande.</translation>
    </message>
    <message>
        <source>&amp;What happened to each customer</source>
        <translation>&amp;Kva som skjedde med kvar kunde</translation>
    </message>
    <message>
        <source>&amp;Only problems</source>
        <translation>&amp;Berre problem</translation>
    </message>
    <message>
        <source>Show only customers with problems</source>
        <translation>Vis berre kundar med problem</translation>
    </message>
    <message>
        <source>Customers for whom sending failed, or who need you to act</source>
        <translation>Kundar der sendinga ikkje gjekk, eller der du må gjere noko</translation>
    </message>
    <message>
        <source>The outcome of each customer</source>
        <translation>Resultatet for kvar kunde</translation>
    </message>
    <message>
        <source>Altinn asked us to wait %1 before sending more. Sending goes on by itself.</source>
        <translation>Altinn bad oss vente %1 før vi sender fleire. Sendinga held fram av seg sjølv.</translation>
    </message>
    <message numerus="yes">
        <source>Pausing: %1 customer(s) being asked finish first; no new ones start.</source>
        <translation>
            <numerusform>Pausar: %1 kunde som blir spurd no, blir ferdig først; ingen nye blir starta.</numerusform>
            <numerusform>Pausar: %1 kundar som blir spurde no, blir ferdige først; ingen nye blir starta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>Pausa. Trykk på Hald fram når du vil sende vidare.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Hald fram</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Hald fram med sendinga</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Set sendinga på pause</translation>
    </message>
    <message>
        <source>Starts asking the customers that are left.</source>
        <translation>Byrjar å spørje dei kundane som står att.</translation>
    </message>
    <message>
        <source>Lets the customers being asked finish, and starts no new ones.</source>
        <translation>Lèt kundane som blir spurde no, bli ferdige, og startar ingen nye.</translation>
    </message>
</context>
<context>
    <name>BulkSendDialog</name>
    <message>
        <source>The profile or its connection changed, so sending stopped.</source>
        <translation>Profilen eller tilkoplinga til profilen vart endra, så sendinga stoppa.</translation>
    </message>
    <message>
        <source>Another customer list was opened, so sending stopped.</source>
        <translation>Ei anna kundeliste vart opna, så sendinga stoppa.</translation>
    </message>
    <message>
        <source>The profile changed. Close this window and open Send requests again.</source>
        <translation>Profilen vart endra. Lukk dette vindauget og opne Send førespurnader på nytt.</translation>
    </message>
    <message>
        <source>There is no connection or no customer list: finish the Maskinporten page and choose the system first.</source>
        <translation>Det finst inga tilkopling eller inga kundeliste: Gjer ferdig Maskinporten-sida og vel systemet først.</translation>
    </message>
    <message>
        <source>The customers could not be compared with Altinn: %1 %2</source>
        <translation>Kundane kunne ikkje samanliknast med Altinn: %1 %2</translation>
    </message>
    <message>
        <source>The comparison was cancelled. Nothing is sent before the list has been compared with Altinn.</source>
        <translation>Samanlikninga vart avbroten. Ingenting blir sendt før lista er samanlikna med Altinn.</translation>
    </message>
    <message>
        <source>reading the system from Altinn</source>
        <translation>hentinga av systemet frå Altinn</translation>
    </message>
    <message>
        <source>The system could not be read: %1 %2</source>
        <translation>Systemet kunne ikkje hentast: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>send a system user request to %1 customer(s)</source>
        <translation>
            <numerusform>sende ein førespurnad om systembrukar til %1 kunde</numerusform>
            <numerusform>sende ein førespurnad om systembrukar til %1 kundar</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>Stoppe sendinga?</translation>
    </message>
    <message>
        <source>Requests already sent stay sent.</source>
        <translation>Førespurnader som alt er sende, blir ståande.</translation>
    </message>
    <message>
        <source>Customers not asked yet can be asked in a later run. Those being asked right now are looked up at Altinn first then, so nobody is asked twice.</source>
        <translation>Kundar som ikkje er spurde enno, kan spørjast i ei seinare sending. For dei som blir spurde akkurat no, blir Altinn sjekka først neste gong, så ingen blir spurd to gonger.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Stopp sendinga</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Hald fram med sendinga</translation>
    </message>
    <message>
        <source>Requests are being sent</source>
        <translation>Førespurnader blir sende</translation>
    </message>
    <message>
        <source>Do you want to pause or to cancel sending before the window closes?</source>
        <translation>Vil du setje sendinga på pause eller avbryte henne før vindauget blir lukka?</translation>
    </message>
    <message>
        <source>Paused, sending goes on when you open Send requests again and press Resume. Cancelled, requests already sent stay sent.</source>
        <translation>Set du sendinga på pause, held ho fram når du opnar Send førespurnader igjen og trykkjer på Hald fram. Avbryt du, blir førespurnader som alt er sende, ståande.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation>&amp;Pause og lukk</translation>
    </message>
    <message>
        <source>&amp;Cancel sending and close</source>
        <translation>&amp;Avbryt sendinga og lukk</translation>
    </message>
    <message>
        <source>Send requests</source>
        <translation>Send førespurnader</translation>
    </message>
    <message>
        <source>A system user request for %1 to every customer in the list who needs one, in %2.</source>
        <translation>Ein førespurnad om systembrukar for %1 til kvar kunde i lista som treng det, i %2.</translation>
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
        <translation>&amp;Eksporter godkjenningslenkjer…</translation>
    </message>
    <message>
        <source>Export approval links</source>
        <translation>Eksporter godkjenningslenkjer</translation>
    </message>
    <message>
        <source>A mail-merge file, one e-mail per customer or a printable sheet with QR codes</source>
        <translation>Ei fil for brevfletting, éin e-post per kunde eller eit ark med QR-kodar for utskrift</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>3. Stopped</source>
        <translation>3. Stoppa</translation>
    </message>
    <message numerus="yes">
        <source>Sending was stopped after %1 of %2 customer(s).</source>
        <translation>
            <numerusform>Sendinga vart stoppa etter %1 av %2 kunde.</numerusform>
            <numerusform>Sendinga vart stoppa etter %1 av %2 kundar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) done in %2.</source>
        <translation>
            <numerusform>%1 kunde ferdig på %2.</numerusform>
            <numerusform>%1 kundar ferdige på %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests already sent stay sent. Customers who may have been asked when sending stopped are looked up at Altinn first next time, so nobody is asked twice.</source>
        <translation>Førespurnader som alt er sende, blir ståande. For kundar som kan ha blitt spurde då sendinga stoppa, blir Altinn sjekka først neste gong, så ingen blir spurd to gonger.</translation>
    </message>
    <message numerus="yes">
        <source>Altinn asked us to slow down %1 time(s); we waited as asked.</source>
        <translation>
            <numerusform>Altinn bad oss om å sende saktare %1 gong; vi venta så lenge Altinn bad om.</numerusform>
            <numerusform>Altinn bad oss om å sende saktare %1 gonger; vi venta så lenge Altinn bad om.</numerusform>
        </translation>
    </message>
    <message>
        <source>The approval links are in the customer list. Hand them over to the customers: each must be approved by someone who manages access at the customer.</source>
        <translation>Godkjenningslenkjene ligg i kundelista. Gi dei til kundane: Kvar førespurnad må godkjennast av nokon som styrer tilgangar hos kunden.</translation>
    </message>
    <message>
        <source>Send requests again later to retry the customers that failed; the others are not asked again.</source>
        <translation>Bruk Send førespurnader igjen seinare for å prøve på nytt for kundane som ikkje fekk førespurnaden; dei andre blir ikkje spurde igjen.</translation>
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
        <translation>%1 av %2 — om lag %3 att</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Førespurnaden er sendt</translation>
    </message>
    <message>
        <source>Was waiting already</source>
        <translation>Venta allereie</translation>
    </message>
    <message>
        <source>Found after the interruption</source>
        <translation>Funnen etter avbrotet</translation>
    </message>
    <message>
        <source>Has the system user already</source>
        <translation>Har allereie systembrukaren</translation>
    </message>
    <message>
        <source>Must be asked again</source>
        <translation>Må spørjast på nytt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukka</translation>
    </message>
</context>
<context>
    <name>CampaignPreviewSection</name>
    <message>
        <source>Could not be read: %1</source>
        <translation>Kunne ikkje hentast: %1</translation>
    </message>
    <message>
        <source>Cannot be changed: %1</source>
        <translation>Kan ikkje endrast: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Kva som blir endra</translation>
    </message>
    <message>
        <source>Why not, and what to do</source>
        <translation>Kvifor ikkje, og kva du kan gjere</translation>
    </message>
    <message>
        <source>Customers whose system user changes, and how</source>
        <translation>Kundar der systembrukaren blir endra, og korleis</translation>
    </message>
    <message>
        <source>Customers who cannot be changed, and why</source>
        <translation>Kundar som ikkje kan endrast, og kvifor</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Ingenting er planlagt enno.</translation>
    </message>
    <message>
        <source>&amp;Will change</source>
        <translation>Blir en&amp;dra</translation>
    </message>
    <message>
        <source>Cannot be &amp;changed</source>
        <translation>Kan ikkje &amp;endrast</translation>
    </message>
    <message numerus="yes">
        <source>%1 will change</source>
        <translation>
            <numerusform>%1 blir endra</numerusform>
            <numerusform>%1 blir endra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 need nothing</source>
        <translation>
            <numerusform>%1 treng ingenting</numerusform>
            <numerusform>%1 treng ingenting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be changed</source>
        <translation>
            <numerusform>%1 kan ikkje endrast</numerusform>
            <numerusform>%1 kan ikkje endrast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be read</source>
        <translation>
            <numerusform>%1 kunne ikkje hentast</numerusform>
            <numerusform>%1 kunne ikkje hentast</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) without a live system user are not part of the campaign.</source>
        <translation>
            <numerusform>%1 kunde utan systembrukar i bruk er ikkje med i kampanjen.</numerusform>
            <numerusform>%1 kundar utan systembrukar i bruk er ikkje med i kampanjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Will change (%1)</source>
        <translation>Blir en&amp;dra (%1)</translation>
    </message>
    <message>
        <source>Cannot be &amp;changed (%1)</source>
        <translation>Kan ikkje &amp;endrast (%1)</translation>
    </message>
</context>
<context>
    <name>CampaignSendSection</name>
    <message>
        <source>Send to &amp;how many at the same time:</source>
        <translation>Send til kor &amp;mange om gongen:</translation>
    </message>
    <message>
        <source>How many change requests are sent at the same time</source>
        <translation>Kor mange endringsførespurnader som blir sende om gongen</translation>
    </message>
    <message>
        <source>This is PRODUCTION: real customers are asked to approve the changes. You are asked to confirm first.</source>
        <translation>Dette er PRODUKSJON: Ekte kundar blir bedne om å godkjenne endringane. Du må stadfeste først.</translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 change request(s) in production…</source>
        <translation>
            <numerusform>Se&amp;nd %1 endringsførespurnad i produksjon…</numerusform>
            <numerusform>Se&amp;nd %1 endringsførespurnader i produksjon…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 change request(s)</source>
        <translation>
            <numerusform>Se&amp;nd %1 endringsførespurnad</numerusform>
            <numerusform>Se&amp;nd %1 endringsførespurnader</numerusform>
        </translation>
    </message>
    <message>
        <source>Each customer gets a change request to approve; the system user keeps working meanwhile.</source>
        <translation>Kvar kunde får ein endringsførespurnad å godkjenne; systembrukaren verkar som før i mellomtida.</translation>
    </message>
    <message>
        <source>No system user needs a change.</source>
        <translation>Ingen systembrukar treng endring.</translation>
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
        <translation>Vis berre &amp;valde</translation>
    </message>
    <message>
        <source>Show selected only</source>
        <translation>Vis berre valde</translation>
    </message>
</context>
<context>
    <name>ChangeCampaignDialog</name>
    <message>
        <source>The system could not be read from Altinn: %1 %2</source>
        <translation>Systemet kunne ikkje hentast frå Altinn: %1 %2</translation>
    </message>
    <message>
        <source>The profile or its connection changed, so the campaign stopped.</source>
        <translation>Profilen eller tilkoplinga til profilen vart endra, så kampanjen stoppa.</translation>
    </message>
    <message>
        <source>Another customer list was opened, so the campaign stopped.</source>
        <translation>Ei anna kundeliste vart opna, så kampanjen stoppa.</translation>
    </message>
    <message>
        <source>There is no connection or no customer list: finish the Maskinporten page and choose the system first.</source>
        <translation>Det finst inga tilkopling eller inga kundeliste: Gjer ferdig Maskinporten-sida og vel systemet først.</translation>
    </message>
    <message>
        <source>Reading the system and what each system user holds now…</source>
        <translation>Hentar systemet og kva kvar systembrukar har no…</translation>
    </message>
    <message>
        <source>Planning was cancelled. Nothing was sent.</source>
        <translation>Planlegginga vart avbroten. Ingenting vart sendt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>The change requests could not be read, so standard system users could not be planned: %1 %2</source>
        <translation>Endringsførespurnadene kunne ikkje hentast, så standard systembrukarar kunne ikkje planleggjast: %1 %2</translation>
    </message>
    <message>
        <source>Planned. Nothing has been sent yet.</source>
        <translation>Planlagt. Ingenting er sendt enno.</translation>
    </message>
    <message numerus="yes">
        <source>send a change request to %1 customer(s)</source>
        <translation>
            <numerusform>sende ein endringsførespurnad til %1 kunde</numerusform>
            <numerusform>sende ein endringsførespurnad til %1 kundar</numerusform>
        </translation>
    </message>
    <message>
        <source>Change request sent</source>
        <translation>Endringsførespurnaden er sendt</translation>
    </message>
    <message>
        <source>Was sent already</source>
        <translation>Var allereie sendt</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Ingenting å endre</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukka</translation>
    </message>
    <message>
        <source>Sending was stopped. Change requests already sent stay sent.</source>
        <translation>Sendinga vart stoppa. Endringsførespurnader som alt er sende, blir ståande.</translation>
    </message>
    <message numerus="yes">
        <source>%1 change request(s) sent</source>
        <translation>
            <numerusform>%1 endringsførespurnad sendt</numerusform>
            <numerusform>%1 endringsførespurnader sende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 sent before</source>
        <translation>
            <numerusform>, %1 sendt tidlegare</numerusform>
            <numerusform>, %1 sende tidlegare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 failed (see why in the table; plan again to retry them)</source>
        <translation>
            <numerusform>, %1 mislukka (sjå kvifor i tabellen; planlegg på nytt for å prøve igjen)</numerusform>
            <numerusform>, %1 mislukka (sjå kvifor i tabellen; planlegg på nytt for å prøve dei igjen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>Stoppe sendinga?</translation>
    </message>
    <message>
        <source>Change requests already sent stay sent.</source>
        <translation>Endringsførespurnader som alt er sende, blir ståande.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Stopp sendinga</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Hald fram med sendinga</translation>
    </message>
    <message>
        <source>Change requests are being sent</source>
        <translation>Endringsførespurnader blir sende</translation>
    </message>
    <message>
        <source>Do you want to pause or to cancel sending before the window closes?</source>
        <translation>Vil du setje sendinga på pause eller avbryte henne før vindauget blir lukka?</translation>
    </message>
    <message>
        <source>Paused, sending goes on when you open Change campaign again and press Resume. Cancelled, change requests already sent stay sent.</source>
        <translation>Set du sendinga på pause, held ho fram når du opnar Endringskampanje igjen og trykkjer på Hald fram. Avbryt du, blir endringsførespurnader som alt er sende, ståande.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation>&amp;Pause og lukk</translation>
    </message>
    <message>
        <source>&amp;Cancel sending and close</source>
        <translation>&amp;Avbryt sendinga og lukk</translation>
    </message>
    <message>
        <source>Change campaign</source>
        <translation>Endringskampanje</translation>
    </message>
    <message>
        <source>When %1 gained or lost rights or access packages, each customer&apos;s system user keeps what it was approved with until the customer approves a change request. First see what would change for whom; nothing is sent before you press Send.</source>
        <translation>Når %1 har fått eller mista rettar eller tilgangspakkar, beheld systembrukaren til kvar kunde det han vart godkjent med, til kunden godkjenner ein endringsførespurnad. Sjå først kva som vil bli endra for kven; ingenting blir sendt før du trykkjer på Send.</translation>
    </message>
    <message>
        <source>System users read</source>
        <translation>Systembrukarar henta</translation>
    </message>
    <message>
        <source>Sending change requests</source>
        <translation>Sender endringsførespurnader</translation>
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
        <translation>Endringsførespurnader: fleire eller færre rettar for ein eksisterande systembrukar</translation>
    </message>
    <message>
        <source>Ask the customer to change what a system user may do.</source>
        <translation>Be kunden om å endre kva ein systembrukar har lov til å gjere.</translation>
    </message>
    <message>
        <source>The system user&apos;s id.</source>
        <translation>ID-en til systembrukaren.</translation>
    </message>
    <message>
        <source>A right the system user must get.</source>
        <translation>Ein rett systembrukaren skal få.</translation>
    </message>
    <message>
        <source>An access package the system user must get.</source>
        <translation>Ein tilgangspakke systembrukaren skal få.</translation>
    </message>
    <message>
        <source>A right to take away.</source>
        <translation>Ein rett som skal fjernast.</translation>
    </message>
    <message>
        <source>An access package to take away.</source>
        <translation>Ein tilgangspakke som skal fjernast.</translation>
    </message>
    <message>
        <source>Where the customer&apos;s browser goes after deciding.</source>
        <translation>Kvar nettlesaren til kunden går etter avgjerda.</translation>
    </message>
    <message>
        <source>Show a change request and its status.</source>
        <translation>Vis ein endringsførespurnad med status.</translation>
    </message>
    <message>
        <source>The change request id.</source>
        <translation>ID-en til endringsførespurnaden.</translation>
    </message>
    <message>
        <source>Say which system user: --system-user ID.</source>
        <translation>Oppgi kva systembrukar: --system-user ID.</translation>
    </message>
    <message>
        <source>Say what to change: --require-right, --require-package, --remove-right or --remove-package.</source>
        <translation>Oppgi kva som skal endrast: --require-right, --require-package, --remove-right eller --remove-package.</translation>
    </message>
    <message>
        <source>creating the change request</source>
        <translation>opprettinga av endringsførespurnaden</translation>
    </message>
    <message>
        <source>The system user already has exactly that; nothing to ask.</source>
        <translation>Systembrukaren har allereie akkurat dette; ingenting å be om.</translation>
    </message>
    <message>
        <source>Change request %1 created; it waits for the customer.</source>
        <translation>Endringsførespurnaden %1 er oppretta og ventar på kunden.</translation>
    </message>
    <message>
        <source>The customer approves at: %1</source>
        <translation>Kunden godkjenner her: %1</translation>
    </message>
    <message>
        <source>fetching the change request</source>
        <translation>hentinga av endringsførespurnaden</translation>
    </message>
</context>
<context>
    <name>ChangeRequestSection</name>
    <message>
        <source>Reading what the system user has now…</source>
        <translation>Hentar det systembrukaren har no…</translation>
    </message>
    <message>
        <source>has it now</source>
        <translation>har han no</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ikkje enno</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No change yet: check what the system user should have, uncheck what it should lose.</source>
        <translation>Inga endring enno: Kryss av for det systembrukaren skal ha, og fjern krysset for det han skal miste.</translation>
    </message>
    <message>
        <source>The change request will ask the customer to approve:</source>
        <translation>Endringsførespurnaden ber kunden om å godkjenne dette:</translation>
    </message>
    <message>
        <source>What the system user should have</source>
        <translation>Kva systembrukaren skal ha</translation>
    </message>
    <message>
        <source>The customer&apos;s system user keeps what it has until the customer approves the change request. Only rights and access packages your system offers can be asked for.</source>
        <translation>Systembrukaren til kunden beheld det han har, til kunden godkjenner endringsførespurnaden. Du kan berre be om rettar og tilgangspakkar som systemet ditt tilbyr.</translation>
    </message>
    <message>
        <source>Rights and access packages</source>
        <translation>Rettar og tilgangspakkar</translation>
    </message>
    <message>
        <source>What the system user of %1 (external reference %2) should have</source>
        <translation>Kva systembrukaren til %1 (ekstern referanse %2) skal ha</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Set up Altinn system users from scripts: vendor profiles and keys, Maskinporten tokens, the system register, requests to customers and their system users. The same core as the wizard.</source>
        <translation>Set opp systembrukarar i Altinn frå skript: leverandørprofilar og nøklar, Maskinporten-token, systemregisteret, førespurnader til kundar og systembrukarane deira. Same kjerne som vegvisaren.</translation>
    </message>
    <message>
        <source>Output: the result is JSON on standard output; messages for you go to standard error. When a command fails, standard output stays empty.
Exit codes: 0 done; 1 refused by Altinn, Maskinporten or the keychain, or invalid input; 2 wrong command line (also a write to production without --yes).</source>
        <translation>Utdata: resultatet er JSON på standard utdata (stdout); meldingar til deg går til standard feil (stderr). Når ein kommando feilar, er standard utdata tom.
Avslutningskodar: 0 fullført; 1 avvist av Altinn, Maskinporten eller nøkkelringen, eller ugyldige inndata; 2 feil i kommandolinja (òg skriving til produksjon utan --yes).</translation>
    </message>
    <message>
        <source>The profile to use (default: the current one).</source>
        <translation>Profilen som skal brukast (standard: den gjeldande).</translation>
    </message>
    <message>
        <source>sandbox, tt02, prod, or the URL of a running systemuser-sandbox (default: the profile&apos;s).</source>
        <translation>sandbox, tt02, prod eller URL-en til ein systemuser-sandbox som køyrer (standard: miljøet i profilen).</translation>
    </message>
    <message>
        <source>Language of messages: nb, nn or en.</source>
        <translation>Språk for meldingar: nb, nn eller en.</translation>
    </message>
    <message>
        <source>Confirm a write (create, update, delete) in production.</source>
        <translation>Stadfest ei endring (opprette, oppdatere, slette) i produksjon.</translation>
    </message>
    <message>
        <source>Show every HTTP call on standard error.</source>
        <translation>Vis kvart HTTP-kall på standard feil (stderr).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nb, nn or en.</source>
        <translation>Ukjend språk &quot;%1&quot;: bruk nb, nn eller en.</translation>
    </message>
    <message>
        <source>Print shell completion for bash or zsh, e.g. source &lt;(systemuser-cli completion bash).</source>
        <translation>Skriv ut autofullføring i shellet for bash eller zsh, t.d. source &lt;(systemuser-cli completion bash).</translation>
    </message>
    <message>
        <source>bash or zsh.</source>
        <translation>bash eller zsh.</translation>
    </message>
    <message>
        <source>Unknown shell &quot;%1&quot;: use bash or zsh.</source>
        <translation>Ukjent shell &quot;%1&quot;: bruk bash eller zsh.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Fix or move the file away; the profiles are plain JSON.</source>
        <translation>Rett opp fila eller flytt ho bort; profilane er vanleg JSON.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Det finst ingen profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Create one: %1</source>
        <translation>Opprett ein: %1</translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation>Profilar: %1</translation>
    </message>
    <message>
        <source>There is no profile yet.</source>
        <translation>Det finst ingen profil enno.</translation>
    </message>
    <message>
        <source>No profile is chosen.</source>
        <translation>Ingen profil er vald.</translation>
    </message>
    <message>
        <source>Pick one with --profile NAME, or make it the default: %1</source>
        <translation>Vel ein med --profile NAME, eller gjer han til standardprofil: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is for %2; its key and client do not work in %3.</source>
        <translation>Profilen &quot;%1&quot; gjeld %2; nøkkelen og klienten til profilen verkar ikkje i %3.</translation>
    </message>
    <message>
        <source>Leave out --env, or create a profile for that environment: %1</source>
        <translation>Utelat --env, eller opprett ein profil for det miljøet: %1</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use sandbox, tt02, prod or the URL of a running systemuser-sandbox.</source>
        <translation>Ukjend miljø &quot;%1&quot;: bruk sandbox, tt02, prod eller URL-en til ein systemuser-sandbox som køyrer.</translation>
    </message>
    <message>
        <source>Could not start the built-in sandbox.</source>
        <translation>Kunne ikkje starte den innebygde sandkassa.</translation>
    </message>
    <message>
        <source>Start one yourself with systemuser-sandbox and pass its address with --env URL.</source>
        <translation>Start ei sjølv med systemuser-sandbox, og oppgi adressa med --env URL.</translation>
    </message>
    <message>
        <source>No sandbox is running on %1, so one was started inside this command. What it stores ends with the command.
For work in several steps, start systemuser-sandbox in another terminal.</source>
        <translation>Inga sandkasse køyrer på %1, så det vart starta ei inne i denne kommandoen. Det ho lagrar, forsvinn når kommandoen er ferdig.
For arbeid i fleire steg, start systemuser-sandbox i ein annan terminal.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no key yet.</source>
        <translation>Profilen &quot;%1&quot; har ingen nøkkel enno.</translation>
    </message>
    <message>
        <source>Make one: %1</source>
        <translation>Lag ein: %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no Maskinporten client id yet.</source>
        <translation>Profilen &quot;%1&quot; har ingen klient-ID frå Maskinporten enno.</translation>
    </message>
    <message>
        <source>Register the client in the sandbox: %1</source>
        <translation>Registrer klienten i sandkassa: %1</translation>
    </message>
    <message>
        <source>Add the client id from the self-service portal: %1</source>
        <translation>Legg til klient-ID-en frå sjølvbetjeningsportalen: %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid.</source>
        <comment>the organisation number&apos;s role, then the number</comment>
        <translation>%1 (%2) er ikkje gyldig.</translation>
    </message>
    <message>
        <source>This changes data in PRODUCTION. Add --yes to confirm that you mean it.</source>
        <translation>Dette endrar data i PRODUKSJON. Legg til --yes for å stadfeste at du meiner det.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>With the CLI: find the system user (%1), then ask for more: %2</source>
        <translation>Med CLI-en: finn systembrukaren (%1), og be deretter om meir: %2</translation>
    </message>
    <message>
        <source>With the CLI: %1, then create the request again.</source>
        <translation>Med CLI-en: %1, og opprett deretter førespurnaden på nytt.</translation>
    </message>
    <message>
        <source>With the CLI: %1</source>
        <translation>Med CLI-en: %1</translation>
    </message>
    <message>
        <source>With the CLI: change the definition file, then %1</source>
        <translation>Med CLI-en: endre definisjonsfila, og køyr deretter %1</translation>
    </message>
    <message>
        <source>In the sandbox, register the client and key (again): %1</source>
        <translation>I sandkassa: registrer klienten og nøkkelen (på nytt): %1</translation>
    </message>
    <message>
        <source>Compare the profile (%1) with the client in the self-service portal; its public key: %2</source>
        <translation>Samanlikn profilen (%1) med klienten i sjølvbetjeningsportalen; den offentlege nøkkelen til profilen: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option --%1</source>
        <translation>ukjend val --%1</translation>
    </message>
    <message>
        <source>unknown option --%1 (options go after the command, e.g. &quot;%2 … --%1&quot;)</source>
        <translation>ukjend val --%1 (val skal stå etter kommandoen, t.d. &quot;%2 … --%1&quot;)</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 tek ingen verdi</translation>
    </message>
    <message>
        <source>--%1 needs a value: --%1 %2</source>
        <translation>--%1 treng ein verdi: --%1 %2</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>ukjend val %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>ukjend kommando &quot;%1&quot;</translation>
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
        <translation>&quot;%1&quot; treng ein kommando</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing %2</source>
        <translation>&quot;%1&quot; manglar %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take the argument &quot;%2&quot;</source>
        <translation>&quot;%1&quot; tek ikkje argumentet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[val]</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; to see what it takes.</source>
        <translation>Køyr &quot;%1 --help&quot; for å sjå kva kommandoen tek imot.</translation>
    </message>
    <message>
        <source>%1 [global options]</source>
        <translation>%1 [globale val]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale val:</translation>
    </message>
    <message>
        <source>Show help for the command given before it.</source>
        <translation>Vis hjelp for kommandoen som står framfor.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Bruk: %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Val:</translation>
    </message>
    <message>
        <source>%1 (may be repeated)</source>
        <translation>%1 (kan gjentakast)</translation>
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
        <translation>Kommandoar:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the commands of a group or the options of a command.</source>
        <translation>Køyr &quot;%1 COMMAND --help&quot; for å sjå kommandoane i ei gruppe eller vala for ein kommando.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for a command&apos;s arguments and options.</source>
        <translation>Køyr &quot;%1 COMMAND --help&quot; for å sjå argumenta og vala for ein kommando.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>getting a token for %1</source>
        <translation>hentinga av eit token for %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ahead of Maskinporten</source>
        <translation>
            <numerusform>%n sekund føre Maskinporten</numerusform>
            <numerusform>%n sekund føre Maskinporten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) behind Maskinporten</source>
        <translation>
            <numerusform>%n sekund etter Maskinporten</numerusform>
            <numerusform>%n sekund etter Maskinporten</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1. Maskinporten refuses grants when the clock is more than 10 seconds off. Turn on automatic time (NTP) in the system settings and try again.</source>
        <translation>Klokka på denne datamaskina går %1. Maskinporten avviser tokenførespurnader når klokka går meir enn 10 sekund feil. Slå på automatisk tid (NTP) i systeminnstillingane og prøv igjen.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1. Maskinporten allows at most 10 seconds; turn on automatic time (NTP) in the system settings before it drifts further.</source>
        <translation>Klokka på denne datamaskina går %1. Maskinporten tillèt høgst 10 sekund; slå på automatisk tid (NTP) i systeminnstillingane før avviket blir større.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheckPanel</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassa har ikkje starta enno. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Create the profile on the previous page first.</source>
        <translation>Opprett profilen på førre side først.</translation>
    </message>
    <message>
        <source>There is no key yet. Generate or import one above first.</source>
        <translation>Det finst ingen nøkkel enno. Lag eller importer ein ovanfor først.</translation>
    </message>
    <message>
        <source>There is no client yet. Register the client in the sandbox above first.</source>
        <translation>Det finst ingen klient enno. Registrer klienten i sandkassa ovanfor først.</translation>
    </message>
    <message>
        <source>Enter the client id from the self-service portal above first.</source>
        <translation>Skriv inn klient-ID-en frå sjølvbetjeningsportalen ovanfor først.</translation>
    </message>
    <message>
        <source>Asking Maskinporten for a token for each scope…</source>
        <translation>Ber Maskinporten om eit token for kvart scope…</translation>
    </message>
    <message>
        <source>✓ %1 — works</source>
        <translation>✓ %1 — verkar</translation>
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
        <translation>Sjekken vart avbroten.</translation>
    </message>
    <message>
        <source>Connected. Maskinporten gives this client a token for every scope the wizard needs.</source>
        <translation>Tilkopla. Maskinporten gir denne klienten eit token for kvart scope vegvisaren treng.</translation>
    </message>
    <message>
        <source>Some scopes do not work yet. What to do is written under each one.</source>
        <translation>Nokre scope verkar ikkje enno. Kva du skal gjere, står under kvart av dei.</translation>
    </message>
    <message>
        <source>Gets a token from Maskinporten for each scope the wizard uses, to prove that the client, the key and this computer&apos;s clock are right.</source>
        <translation>Hentar eit token frå Maskinporten for kvart scope vegvisaren brukar, for å stadfeste at klienten, nøkkelen og klokka på denne datamaskina er rette.</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>Sj&amp;ekk tilkoplinga</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Sjekk tilkoplinga</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>That language could not be loaded; the texts stay as they are.</source>
        <translation>Språket kunne ikkje lastast inn; tekstane blir ståande som dei er.</translation>
    </message>
    <message>
        <source>Profile: none yet</source>
        <translation>Profil: ingen enno</translation>
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
        <translation>← St&amp;artsida</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Tilbake til startsida</translation>
    </message>
    <message>
        <source>Leave the wizard. What you entered is kept, and you can continue later.</source>
        <translation>Gå ut av vegvisaren. Det du har fylt inn, blir teke vare på, og du kan halde fram seinare.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of the wizard. Your choice is remembered.</source>
        <translation>Språket i vegvisaren. Valet ditt blir hugsa.</translation>
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
        <translation>Alle kall til Altinn og Maskinporten, med token og nøklar fjerna (Ctrl+Shift+L).</translation>
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
        <translation>Opne godkjenningslenkje</translation>
    </message>
    <message>
        <source>Open the customer&apos;s approval page in the web browser (Enter or %1)</source>
        <translation>Opne godkjenningssida til kunden i nettlesaren (Enter eller %1)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopier lenkje</translation>
    </message>
    <message>
        <source>Copy the approval link to send it to the customer (%1)</source>
        <translation>Kopier godkjenningslenkja for å sende henne til kunden (%1)</translation>
    </message>
    <message>
        <source>Delete request…</source>
        <translation>Slett førespurnad…</translation>
    </message>
    <message>
        <source>Delete the selected request (%1)</source>
        <translation>Slett den valde førespurnaden (%1)</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Rediger notat…</translation>
    </message>
    <message>
        <source>Write your own note about this customer (%1)</source>
        <translation>Skriv ditt eige notat om denne kunden (%1)</translation>
    </message>
    <message>
        <source>Change request…</source>
        <translation>Endringsførespurnad…</translation>
    </message>
    <message>
        <source>Ask the customer to approve more or fewer rights for this system user</source>
        <translation>Be kunden om å godkjenne fleire eller færre rettar for denne systembrukaren</translation>
    </message>
    <message>
        <source>Test token…</source>
        <translation>Test token…</translation>
    </message>
    <message>
        <source>Get a system user token for this customer and show what it contains</source>
        <translation>Hent eit systembrukartoken for denne kunden, og vis kva det inneheld</translation>
    </message>
    <message>
        <source>Could not open a web browser. Use Copy link and paste it into one.</source>
        <translation>Kunne ikkje opne ein nettlesar. Bruk Kopier lenkje og lim henne inn i ein nettlesar.</translation>
    </message>
    <message>
        <source>Copied the approval link for %1.</source>
        <translation>Kopierte godkjenningslenkja for %1.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Slett førespurnad</translation>
    </message>
    <message>
        <source>Delete the request to %1?</source>
        <translation>Vil du slette førespurnaden til %1?</translation>
    </message>
    <message>
        <source>The customer&apos;s system user stays: deleting the request does not remove it.</source>
        <translation>Systembrukaren til kunden blir verande: Å slette førespurnaden fjernar han ikkje.</translation>
    </message>
    <message>
        <source>The approval link stops working. You can send a new request afterwards.</source>
        <translation>Godkjenningslenkja sluttar å verke. Du kan sende ein ny førespurnad etterpå.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ask Altinn what this customer&apos;s system user really holds and compare it with the system (%1)</source>
        <translation>Spør Altinn kva systembrukaren til denne kunden faktisk har, og samanlikn med systemet (%1)</translation>
    </message>
    <message>
        <source>What does the system user hold?…</source>
        <translation>Kva har systembrukaren?…</translation>
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
        <translation>Legg kundane i ei CSV-fil til i kundelista (ingenting blir sendt). Kolonnar: organisasjonsnummer (må vere med), namn, ekstern referanse, e-post, type, rettar, pakkar, språk.</translation>
    </message>
    <message>
        <source>The CSV file, as a spreadsheet saves it (; , or TAB separated).</source>
        <translation>CSV-fila, slik eit rekneark lagrar henne (skild med ; , eller TAB).</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Sjekk fila og vis kva som ville blitt endra; skriv ingenting.</translation>
    </message>
    <message>
        <source>Compare the ledger with Altinn, then send a system user request to every customer who needs one. Resumable: run it again after an interruption. One JSON line per customer.</source>
        <translation>Samanlikn kundelista med Altinn, og send deretter ein førespurnad om systembrukar til kvar kunde som treng det. Kan haldast fram: Køyr kommandoen på nytt etter eit avbrot. Éi JSON-linje per kunde.</translation>
    </message>
    <message>
        <source>Customers asked at the same time, 1–%1 (default %2).</source>
        <translation>Kundar som blir spurde om gongen, 1–%1 (standard %2).</translation>
    </message>
    <message>
        <source>Do not compare with Altinn first (the ledger is up to date).</source>
        <translation>Ikkje samanlikn med Altinn først (kundelista er oppdatert).</translation>
    </message>
    <message>
        <source>How many customers are in each state, and each customer (no call to Altinn).</source>
        <translation>Kor mange kundar det er med kvar status, og kvar kunde (utan å kontakte Altinn).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (standard) eller csv.</translation>
    </message>
    <message>
        <source>Only customers waiting for more than N days.</source>
        <translation>Berre kundar som har venta i meir enn N dagar.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) need attention:</source>
        <translation>
            <numerusform>%n linje må sjåast på:</numerusform>
            <numerusform>%n linjer må sjåast på:</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked, nothing written: %1.</source>
        <translation>Sjekka, ingenting skrive: %1.</translation>
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
        <translation>--concurrency må vere eit tal frå 1 til %1.</translation>
    </message>
    <message>
        <source>comparing the customers with Altinn</source>
        <translation>samanlikninga av kundane med Altinn</translation>
    </message>
    <message>
        <source>Compared with Altinn:</source>
        <translation>Samanlikna med Altinn:</translation>
    </message>
    <message>
        <source>Every customer has been asked already; nothing to send.</source>
        <translation>Alle kundane er allereie spurde; ingenting å sende.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) of an interrupted run are looked up at Altinn first.</source>
        <translation>
            <numerusform>%n kunde frå ei avbroten køyring blir sjekka hos Altinn først.</numerusform>
            <numerusform>%n kundar frå ei avbroten køyring blir sjekka hos Altinn først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking %n customer(s), %1 at a time…</source>
        <translation>
            <numerusform>Spør %n kunde, %1 om gongen…</numerusform>
            <numerusform>Spør %n kundar, %1 om gongen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 ferdige</translation>
    </message>
    <message>
        <source>; Altinn asked us to wait %1</source>
        <translation>; Altinn bad oss vente %1</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>; om lag %1 att</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in %1 s (%2 per second), %3 calls to Altinn and Maskinporten.</source>
        <translation>
            <numerusform>%n kunde på %1 s (%2 per sekund), %3 kall til Altinn og Maskinporten.</numerusform>
            <numerusform>%n kundar på %1 s (%2 per sekund), %3 kall til Altinn og Maskinporten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sendt: %1</translation>
    </message>
    <message>
        <source>Found after an interruption: %1</source>
        <translation>Funne etter eit avbrot: %1</translation>
    </message>
    <message>
        <source>Waiting already: %1</source>
        <translation>Venta allereie: %1</translation>
    </message>
    <message>
        <source>Have the system user already: %1</source>
        <translation>Har allereie systembrukaren: %1</translation>
    </message>
    <message>
        <source>Must be asked again from their page: %1</source>
        <translation>Må spørjast på nytt frå kundesida: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Mislukka: %1</translation>
    </message>
    <message numerus="yes">
        <source>Altinn asked us to slow down %n time(s); we waited as asked.</source>
        <translation>
            <numerusform>Altinn bad oss om å sende saktare %n gong; vi venta så lenge Altinn bad om.</numerusform>
            <numerusform>Altinn bad oss om å sende saktare %n gonger; vi venta så lenge Altinn bad om.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some customers were not asked.</source>
        <translation>Nokre kundar vart ikkje spurde.</translation>
    </message>
    <message>
        <source>Run the same command again to retry them; customers already asked are not asked twice.</source>
        <translation>Køyr den same kommandoen på nytt for å prøve dei igjen; kundar som alt er spurde, blir ikkje spurde to gonger.</translation>
    </message>
    <message>
        <source>Next: send the approval links, e.g. %1</source>
        <translation>Neste steg: Send godkjenningslenkjene, t.d. %1</translation>
    </message>
    <message>
        <source>--waiting-days must be a whole number of days, 0 or more.</source>
        <translation>--waiting-days må vere eit heilt tal dagar, 0 eller meir.</translation>
    </message>
    <message>
        <source>Compared with Altinn %1.</source>
        <translation>Samanlikna med Altinn %1.</translation>
    </message>
    <message>
        <source>Never compared with Altinn. To bring the list up to date, run: %1</source>
        <translation>Aldri samanlikna med Altinn. Køyr denne kommandoen for å oppdatere lista: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting for more than %1 days.</source>
        <translation>
            <numerusform>%n kunde har venta i meir enn %1 dagar.</numerusform>
            <numerusform>%n kundar har venta i meir enn %1 dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>reading system %1</source>
        <translation>hentinga av systemet %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Ingen kundar enno.</translation>
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
        <translation>Førespurnads-ID: %1</translation>
    </message>
    <message>
        <source>System user id: %1</source>
        <translation>Systembrukar-ID: %1</translation>
    </message>
    <message>
        <source>Change request id: %1</source>
        <translation>Endringsførespurnads-ID: %1</translation>
    </message>
    <message>
        <source>Approval link: %1</source>
        <translation>Godkjenningslenkje: %1</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>The customers of a system and where each one stands</source>
        <translation>Kundane for eit system og kor langt kvar av dei har kome</translation>
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
        <translation>Berre kundar med denne statusen: %1.</translation>
    </message>
    <message>
        <source>List the customers in the ledger (no call to Altinn).</source>
        <translation>Vis kundane i kundelista (utan å kontakte Altinn).</translation>
    </message>
    <message>
        <source>Read every request, agent request, system user and change request of the system from Altinn, update the ledger and list it.</source>
        <translation>Hent alle førespurnader, førespurnader om klientsystembrukar, systembrukarar og endringsførespurnader for systemet frå Altinn, oppdater kundelista og vis henne.</translation>
    </message>
    <message>
        <source>Show one customer: its state and the next thing to do.</source>
        <translation>Vis éin kunde: statusen og kva som er neste steg.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number.</source>
        <translation>Organisasjonsnummeret til kunden.</translation>
    </message>
    <message>
        <source>Only the system user with this external reference.</source>
        <translation>Berre systembrukaren med denne eksterne referansen.</translation>
    </message>
    <message>
        <source>Say which system: --system ID.</source>
        <translation>Oppgi kva system: --system ID.</translation>
    </message>
    <message>
        <source>--format must be json or csv.</source>
        <translation>--format må vere json eller csv.</translation>
    </message>
    <message>
        <source>--state must be one of: %1.</source>
        <translation>--state må vere ein av desse: %1.</translation>
    </message>
    <message>
        <source>Never compared with Altinn. To bring the list up to date, run: %1</source>
        <translation>Aldri samanlikna med Altinn. Køyr denne kommandoen for å oppdatere lista: %1</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>Customer %1 is not in the ledger of %2.</source>
        <translation>Kunden %1 finst ikkje i kundelista for %2.</translation>
    </message>
    <message>
        <source>Run %1 to read it from Altinn, or send a request first.</source>
        <translation>Køyr %1 for å hente kunden frå Altinn, eller send ein førespurnad først.</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Next: %4.</source>
        <translation>%1 (%2): %3. Neste steg: %4.</translation>
    </message>
    <message>
        <source>reading the customers</source>
        <translation>hentinga av kundane</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) compared with Altinn; %1 changed.</source>
        <translation>
            <numerusform>%n kunde er samanlikna med Altinn; %1 er endra.</numerusform>
            <numerusform>%n kundar er samanlikna med Altinn; %1 er endra.</numerusform>
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
        <translation>Kundar som blir spurde om gongen, 1–%1 (standard %2).</translation>
    </message>
    <message>
        <source>Write the approval link and the ready-to-send message of every waiting customer: a CSV for mail merge, one e-mail draft (.eml) per customer, or a PDF with a QR code per customer.</source>
        <translation>Lagre godkjenningslenkja og den ferdige meldinga for kvar kunde som ventar: ei CSV-fil for brevfletting, eitt e-postutkast (.eml) per kunde eller ei PDF-fil med éin QR-kode per kunde.</translation>
    </message>
    <message>
        <source>csv, eml or pdf.</source>
        <translation>csv, eml eller pdf.</translation>
    </message>
    <message>
        <source>The file to write (csv, pdf) or the folder for the e-mails (eml).</source>
        <translation>Fila som skal skrivast (csv, pdf), eller mappa for e-postane (eml).</translation>
    </message>
    <message>
        <source>Only customers waiting for more than N days, as reminders.</source>
        <translation>Berre kundar som har venta i meir enn N dagar, som påminning.</translation>
    </message>
    <message>
        <source>Where your customers can ask questions (e-mail or phone).</source>
        <translation>Kvar kundane dine kan stille spørsmål (e-post eller telefon).</translation>
    </message>
    <message>
        <source>After the system gained or lost rights or access packages: work out for every customer what its system user lacks or has extra, and send the change requests. One JSON line per customer.</source>
        <translation>Etter at systemet har fått eller mista rettar eller tilgangspakkar: Finn ut for kvar kunde kva systembrukaren manglar eller har for mykje, og send endringsførespurnadene. Éi JSON-linje per kunde.</translation>
    </message>
    <message>
        <source>Only show the plan; send nothing.</source>
        <translation>Vis berre planen; send ingenting.</translation>
    </message>
    <message>
        <source>Say which format: --format csv, eml or pdf.</source>
        <translation>Oppgi kva format: --format csv, eml eller pdf.</translation>
    </message>
    <message>
        <source>Say where to write: --out PATH.</source>
        <translation>Oppgi kvar det skal skrivast: --out PATH.</translation>
    </message>
    <message>
        <source>--waiting-days must be a whole number of days, 0 or more.</source>
        <translation>--waiting-days må vere eit heilt tal dagar, 0 eller meir.</translation>
    </message>
    <message>
        <source>No customer has an approval link to hand over.</source>
        <translation>Ingen kundar har ei godkjenningslenkje å gi vidare.</translation>
    </message>
    <message>
        <source>Send requests first: %1</source>
        <translation>Send førespurnader først: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1.</source>
        <translation>
            <numerusform>%n kunde skriven til %1.</numerusform>
            <numerusform>%n kundar skrivne til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>comparing the customers with Altinn</source>
        <translation>samanlikninga av kundane med Altinn</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency må vere eit tal frå 1 til %1.</translation>
    </message>
    <message>
        <source>Will change: %1</source>
        <translation>Blir endra: %1</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Ingenting å endre: %1</translation>
    </message>
    <message>
        <source>Cannot be changed with a change request: %1</source>
        <translation>Kan ikkje endrast med ein endringsførespurnad: %1</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Kunne ikkje hentast: %1</translation>
    </message>
    <message>
        <source>No change request to send.</source>
        <translation>Ingen endringsførespurnad å sende.</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) sent or found; %1 failed.</source>
        <translation>
            <numerusform>%n endringsførespurnad sendt eller funnen; %1 mislukka.</numerusform>
            <numerusform>%n endringsførespurnader sende eller funne; %1 mislukka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some change requests were not sent.</source>
        <translation>Nokre endringsførespurnader vart ikkje sende.</translation>
    </message>
    <message>
        <source>Run the same command again: change requests already sent are not sent twice.</source>
        <translation>Køyr den same kommandoen på nytt: Endringsførespurnader som alt er sende, blir ikkje sende to gonger.</translation>
    </message>
    <message>
        <source>Next: hand the change links over, e.g. %1</source>
        <translation>Neste steg: Gi lenkjene til endringsførespurnadene til kundane, t.d. %1</translation>
    </message>
    <message>
        <source>Working out what each customer&apos;s system user lacks or has extra…</source>
        <translation>Finn ut kva systembrukaren til kvar kunde manglar eller har for mykje…</translation>
    </message>
</context>
<context>
    <name>CustomerHoldingsCommands</name>
    <message>
        <source>Ask Altinn what one customer&apos;s system user really holds and compare it with the system (one system user token, one exchange and one call per customer).</source>
        <translation>Spør Altinn kva systembrukaren til éin kunde faktisk har, og samanlikn med systemet (eitt systembrukartoken, éi veksling og eitt kall per kunde).</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number.</source>
        <translation>Organisasjonsnummeret til kunden.</translation>
    </message>
    <message>
        <source>The system user&apos;s external reference (default: the organisation number).</source>
        <translation>Den eksterne referansen til systembrukaren (standard: organisasjonsnummeret).</translation>
    </message>
    <message>
        <source>Say which customer: --org ORGNO.</source>
        <translation>Oppgi kva kunde: --org ORGNO.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>To ask the customer for what is missing: %1</source>
        <translation>Slik ber du kunden om det som manglar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) made for this check.</source>
        <translation>
            <numerusform>Denne sjekken gjorde %n kall.</numerusform>
            <numerusform>Denne sjekken gjorde %n kall.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system id (default: the system named in the system user token).</source>
        <translation>System-ID-en (standard: systemet som står i systembrukartokenet).</translation>
    </message>
</context>
<context>
    <name>CustomerLedger</name>
    <message>
        <source>Cannot read the customer list in %1: %2</source>
        <translation>Kan ikkje lese kundelista i %1: %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of this program</source>
        <translation>fila er lagra av ein nyare versjon av dette programmet</translation>
    </message>
    <message>
        <source>Cannot save the customer list to %1: %2</source>
        <translation>Kan ikkje lagre kundelista i %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>mappa kan ikkje opprettast</translation>
    </message>
</context>
<context>
    <name>CustomerListImport</name>
    <message>
        <source>Line %1: the organisation number is missing. Fill it in, or delete the line, and import again.</source>
        <translation>Linje %1: Organisasjonsnummeret manglar. Fyll det inn, eller slett linja, og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid organisation number (the spreadsheet shows it as a rounded number). Format the column as text, write the number in full and import again.</source>
        <translation>Linje %1: %2 er ikkje eit gyldig organisasjonsnummer (reknearket viser det som eit avrunda tal). Formater kolonnen som tekst, skriv heile nummeret og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid organisation number (it may have digits, spaces and dots only). Correct it in the spreadsheet and import again.</source>
        <translation>Linje %1: %2 er ikkje eit gyldig organisasjonsnummer (det kan berre innehalde siffer, mellomrom og punktum). Rett det i reknearket og importer på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %2 is not a valid organisation number (it has %n digit(s), not 9). Correct it in the spreadsheet and import again.</source>
        <translation>
            <numerusform>Linje %1: %2 er ikkje eit gyldig organisasjonsnummer (det har %n siffer, ikkje 9). Rett det i reknearket og importer på nytt.</numerusform>
            <numerusform>Linje %1: %2 er ikkje eit gyldig organisasjonsnummer (det har %n siffer, ikkje 9). Rett det i reknearket og importer på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid organisation number (the check digit does not match). Correct it in the spreadsheet and import again.</source>
        <translation>Linje %1: %2 er ikkje eit gyldig organisasjonsnummer (kontrollsifferet stemmer ikkje). Rett det i reknearket og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quotation mark that is never closed, so the rest of the list was read as one cell. Add the closing quotation mark and import again.</source>
        <translation>Linje %1: Ei celle byrjar med eit hermeteikn som aldri blir avslutta, så resten av lista vart lesen som éi celle. Legg til det avsluttande hermeteiknet og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells, but the list has %3 columns. A cell probably holds the separator (%4) without quotation marks around it: correct the line and import again.</source>
        <translation>Linje %1 har %2 celler, men lista har %3 kolonnar. Truleg inneheld ei celle skiljeteiknet (%4) utan hermeteikn rundt: Rett linja og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: an agent request carries access packages only, so the rights on this line (%2) are left out.</source>
        <translation>Linje %1: Ein førespurnad om klientsystembrukar kan berre innehalde tilgangspakkar, så rettane på denne linja (%2) blir utelatne.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; does not look like an e-mail address, so it is left out. Correct it in the spreadsheet and import again to keep it.</source>
        <translation>Linje %1: &quot;%2&quot; ser ikkje ut som ei e-postadresse, så ho blir utelaten. Rett henne i reknearket og importer på nytt for å ta henne med.</translation>
    </message>
    <message>
        <source>Line %1: the type &quot;%2&quot; is not understood. Write standard, or agent (klient) for a client of an accounting or auditing firm, or leave the cell empty for standard, and import again.</source>
        <translation>Linje %1: Typen &quot;%2&quot; er ikkje forstått. Skriv standard, eller agent (klient) for ein klient av eit rekneskaps- eller revisjonsfirma, eller la cella stå tom for standard, og importer på nytt.</translation>
    </message>
    <message>
        <source>Line %1: the language &quot;%2&quot; is not understood, so messages to this customer will be in Norwegian bokmål. Write nb, nn or en to choose another.</source>
        <translation>Linje %1: Språket &quot;%2&quot; er ikkje forstått, så meldingar til denne kunden blir på bokmål. Skriv nb, nn eller en for å velje eit anna språk.</translation>
    </message>
    <message>
        <source>Line %1: %2 is already on line %3. Line %3 is kept and this line is left out; give each line its own external reference to ask more than once for the same organisation.</source>
        <translation>Linje %1: %2 står allereie på linje %3. Linje %3 blir behalden, og denne linja blir utelaten; gi kvar linje sin eigen eksterne referanse for å spørje same organisasjon meir enn éin gong.</translation>
    </message>
    <message>
        <source>Line %1: %2 with external reference %3 is already on line %4. Line %4 is kept and this line is left out.</source>
        <translation>Linje %1: %2 med ekstern referanse %3 står allereie på linje %4. Linje %4 blir behalden, og denne linja blir utelaten.</translation>
    </message>
    <message>
        <source>The list is empty. Choose a file with one customer per line, or copy the rows in the spreadsheet and paste them.</source>
        <translation>Lista er tom. Vel ei fil med éin kunde per linje, eller kopier radene i reknearket og lim dei inn.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; and &quot;%3&quot; both name the column %4; only &quot;%2&quot; is read.</source>
        <translation>Linje %1: &quot;%2&quot; og &quot;%3&quot; er begge namn på kolonnen %4; berre &quot;%2&quot; blir lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n column(s) not understood and ignored: %2. Columns understood: %3.</source>
        <translation>
            <numerusform>Linje %1: %n ukjend kolonne blir ignorert: %2. Kjende kolonnar: %3.</numerusform>
            <numerusform>Linje %1: %n ukjende kolonnar blir ignorerte: %2. Kjende kolonnar: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list has no column with organisation numbers. Name that column in the first line (%1), or leave out the column names and put the organisation numbers first. Columns understood: %2.</source>
        <translation>Lista har ingen kolonne med organisasjonsnummer. Gi kolonnen namn i første linja (%1), eller utelat kolonnenamna og set organisasjonsnummera først. Kjende kolonnar: %2.</translation>
    </message>
    <message>
        <source>Line %1 names the columns, but there are no customers below it. Add one customer per line and import again.</source>
        <translation>Linje %1 gir namn til kolonnane, men det er ingen kundar under henne. Legg til éin kunde per linje og importer på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the system does not offer %n right(s): %2. Remove them from the line, or add them to the system first, and import again.</source>
        <translation>
            <numerusform>Linje %1: Systemet tilbyr ikkje %n rett: %2. Fjern han frå linja, eller legg han til i systemet først, og importer på nytt.</numerusform>
            <numerusform>Linje %1: Systemet tilbyr ikkje %n rettar: %2. Fjern dei frå linja, eller legg dei til i systemet først, og importer på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the system does not offer %n access package(s): %2. Remove them from the line, or add them to the system first, and import again.</source>
        <translation>
            <numerusform>Linje %1: Systemet tilbyr ikkje %n tilgangspakke: %2. Fjern han frå linja, eller legg han til i systemet først, og importer på nytt.</numerusform>
            <numerusform>Linje %1: Systemet tilbyr ikkje %n tilgangspakkar: %2. Fjern dei frå linja, eller legg dei til i systemet først, og importer på nytt.</numerusform>
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
            <numerusform>%n allereie i lista</numerusform>
            <numerusform>%n allereie i lista</numerusform>
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
        <translation>Namn</translation>
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
        <translation>Rettar</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakkar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 med BOM (byte order mark)</translation>
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
        <translation>ingen (éin kolonne)</translation>
    </message>
    <message>
        <source>Line %1: %2 Correct it in the spreadsheet and import again.</source>
        <translation>Linje %1: %2 Rett dette i reknearket og importer på nytt.</translation>
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
        <translation>Ei ferdig melding på språket til kunden: kven som må godkjenne, kva det blir bede om, og kva som skjer vidare. Du kan endre meldinga før du sender henne.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Språket i meldinga</translation>
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
        <translation>Emnet for meldinga</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message>
        <source>Co&amp;py message</source>
        <translation>Kop&amp;ier meldinga</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Kopier meldinga</translation>
    </message>
    <message>
        <source>Open in e-ma&amp;il</source>
        <translation>Opne i e-&amp;post</translation>
    </message>
    <message>
        <source>Open the message in the e-mail program</source>
        <translation>Opne meldinga i e-postprogrammet</translation>
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
        <translation>Send ein førespurnad om systembrukar til ein kunde. Altinn lagar ei godkjenningslenkje til kunden; ingenting blir endra hos kunden før nokon der godkjenner førespurnaden.</translation>
    </message>
    <message>
        <source>The earlier request to %1 was deleted. Check what to ask for, then send the request again.</source>
        <translation>Den førre førespurnaden til %1 vart sletta. Sjekk kva du ber om, og send førespurnaden på nytt.</translation>
    </message>
    <message>
        <source>There is no connection to Altinn yet (the sandbox may still be starting).</source>
        <translation>Det er inga tilkopling til Altinn enno (sandkassa held kanskje framleis på å starte).</translation>
    </message>
    <message>
        <source>send a system user request for “%1” to organisation %2</source>
        <translation>sende ein førespurnad om systembrukar for «%1» til organisasjonen %2</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Sender førespurnaden…</translation>
    </message>
    <message>
        <source>delete the earlier request to organisation %1 and send a new one</source>
        <translation>slette den førre førespurnaden til organisasjonen %1 og sende ein ny</translation>
    </message>
    <message>
        <source>Deleting the earlier request…</source>
        <translation>Slettar den førre førespurnaden…</translation>
    </message>
    <message>
        <source>Sending the change request…</source>
        <translation>Sender endringsførespurnaden…</translation>
    </message>
    <message>
        <source>The customer&apos;s system user could not be found. Send the request again to look for it once more.</source>
        <translation>Systembrukaren til kunden vart ikkje funnen. Send førespurnaden på nytt for å leite etter han éin gong til.</translation>
    </message>
    <message>
        <source>send a change request to organisation %1</source>
        <translation>sende ein endringsførespurnad til organisasjonen %1</translation>
    </message>
    <message>
        <source>Ask the customer for a change</source>
        <translation>Be kunden om ei endring</translation>
    </message>
    <message>
        <source>The customer approves the change in Altinn; until then the system user keeps what it has.</source>
        <translation>Kunden godkjenner endringa i Altinn; fram til då held systembrukaren på det han har.</translation>
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
            <numerusform>%n kundar — %1</numerusform>
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
        <translation>Alle kundar (%1)</translation>
    </message>
    <message>
        <source>Show customers in state</source>
        <translation>Vis kundar med status</translation>
    </message>
</context>
<context>
    <name>CustomerStates</name>
    <message>
        <source>Not asked yet</source>
        <translation>Ikkje spurt enno</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Ventar på kunden</translation>
    </message>
    <message>
        <source>Waiting too long (over 180 days)</source>
        <translation>Har venta for lenge (over 180 dagar)</translation>
    </message>
    <message>
        <source>Approved: system user is live</source>
        <translation>Godkjent: Systembrukaren er i bruk</translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation>Avvist av kunden</translation>
    </message>
    <message>
        <source>System user deleted by the customer</source>
        <translation>Systembrukar sletta av kunden</translation>
    </message>
    <message>
        <source>Change waiting for the customer</source>
        <translation>Endring ventar på kunden</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Sendinga gjekk ikkje</translation>
    </message>
    <message>
        <source>Send a request</source>
        <translation>Send ein førespurnad</translation>
    </message>
    <message>
        <source>Send the approval link to the customer</source>
        <translation>Send godkjenningslenkja til kunden</translation>
    </message>
    <message>
        <source>Ask again with a new request</source>
        <translation>Spør på nytt med ein ny førespurnad</translation>
    </message>
    <message>
        <source>Test a system user token</source>
        <translation>Test eit systembrukartoken</translation>
    </message>
    <message>
        <source>Send the change link to the customer</source>
        <translation>Send lenkja til endringsførespurnaden til kunden</translation>
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
        <translation>Status endra</translation>
    </message>
    <message>
        <source>Request created</source>
        <translation>Førespurnad oppretta</translation>
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
        <translation>Samanliknar kundane med Altinn…</translation>
    </message>
    <message>
        <source>Deleting the request to %1…</source>
        <translation>Slettar førespurnaden til %1…</translation>
    </message>
    <message>
        <source>Deleted the request to %1.</source>
        <translation>Sletta førespurnaden til %1.</translation>
    </message>
    <message>
        <source>deleting the request</source>
        <translation>slettinga av førespurnaden</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Customers</source>
        <translation>Kundar</translation>
    </message>
    <message>
        <source>There is no system for this profile yet. Set up your system first; then its customers, their requests and system users show here.</source>
        <translation>Denne profilen har ikkje noko system enno. Set opp systemet ditt først; då blir kundane, førespurnadene deira og systembrukarane viste her.</translation>
    </message>
    <message>
        <source>The connection to %1 is not ready: finish the Maskinporten client and key of this profile first.</source>
        <translation>Tilkoplinga til %1 er ikkje klar: Gjer ferdig Maskinporten-klienten og nøkkelen for denne profilen først.</translation>
    </message>
    <message>
        <source>&amp;Set up my system</source>
        <translation>&amp;Set opp systemet mitt</translation>
    </message>
    <message>
        <source>Set up my system</source>
        <translation>Set opp systemet mitt</translation>
    </message>
    <message>
        <source>Every customer of %1 in %2, and where each one stands.</source>
        <translation>Alle kundane for %1 i %2, og kor langt kvar av dei har kome.</translation>
    </message>
    <message>
        <source>Set up your system first: customers are asked for a system user of a system.</source>
        <translation>Set opp systemet ditt først: Kundane blir bedne om ein systembrukar for eit system.</translation>
    </message>
    <message>
        <source>Finish the Maskinporten client and key of this profile first: there is no connection to Altinn yet.</source>
        <translation>Gjer ferdig Maskinporten-klienten og nøkkelen for denne profilen først: Det finst inga tilkopling til Altinn enno.</translation>
    </message>
    <message>
        <source>The customer list of this system could not be opened.</source>
        <translation>Kundelista for dette systemet kunne ikkje opnast.</translation>
    </message>
    <message>
        <source>Add customers from a CSV file or from rows pasted from a spreadsheet. Nothing is sent yet.</source>
        <translation>Legg til kundar frå ei CSV-fil eller frå rader som er limte inn frå eit rekneark. Ingenting blir sendt enno.</translation>
    </message>
    <message>
        <source>Compare the list with Altinn, then send a request to every customer who needs one.</source>
        <translation>Samanlikn lista med Altinn, og send deretter ein førespurnad til kvar kunde som treng det.</translation>
    </message>
    <message>
        <source>Save the approval links of waiting customers: a mail-merge file, one e-mail per customer or a printable sheet with QR codes.</source>
        <translation>Lagre godkjenningslenkjene til kundar som ventar: ei fil for brevfletting, éin e-post per kunde eller eit ark med QR-kodar for utskrift.</translation>
    </message>
    <message>
        <source>After the system gained or lost rights: ask every customer with a system user to approve the change.</source>
        <translation>Etter at systemet har fått eller mista rettar: Be kvar kunde som har ein systembrukar, om å godkjenne endringa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) added to the list</source>
        <translation>
            <numerusform>%1 kunde lagd til i lista</numerusform>
            <numerusform>%1 kundar lagde til i lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 filled in</source>
        <translation>
            <numerusform>, %1 utfylt</numerusform>
            <numerusform>, %1 utfylte</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been sent yet: Send requests asks them.</source>
        <translation>Ingenting er sendt enno: Kundane blir spurde når du vel Send førespurnader.</translation>
    </message>
    <message>
        <source>Many customers at once</source>
        <translation>Mange kundar samtidig</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer kundar…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer kundar</translation>
    </message>
    <message>
        <source>Send re&amp;quests…</source>
        <translation>Send &amp;førespurnader…</translation>
    </message>
    <message>
        <source>Send requests</source>
        <translation>Send førespurnader</translation>
    </message>
    <message>
        <source>E&amp;xport links…</source>
        <translation>E&amp;ksporter lenkjer…</translation>
    </message>
    <message>
        <source>Export approval links</source>
        <translation>Eksporter godkjenningslenkjer</translation>
    </message>
    <message>
        <source>C&amp;hange campaign…</source>
        <translation>&amp;Endringskampanje…</translation>
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
        <translation>Kundane til %1</translation>
    </message>
    <message>
        <source>Choose a system to see its customers.</source>
        <translation>Vel eit system for å sjå kundane.</translation>
    </message>
    <message>
        <source>Nothing could be loaded. See the message above.</source>
        <translation>Ingenting kunne hentast. Sjå meldinga ovanfor.</translation>
    </message>
    <message>
        <source>No customers match the filter.</source>
        <translation>Ingen kundar passar med filteret.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kundar</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Filtrer kundar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>Last compared with Altinn: %1</source>
        <translation>Sist samanlikna med Altinn: %1</translation>
    </message>
    <message>
        <source>Not compared with Altinn yet</source>
        <translation>Ikkje samanlikna med Altinn enno</translation>
    </message>
    <message>
        <source>Comparing with Altinn…</source>
        <translation>Samanliknar med Altinn…</translation>
    </message>
    <message>
        <source>No customers yet for this system — onboard a customer to send the first request.</source>
        <translation>Ingen kundar enno for dette systemet — kople på ein kunde for å sende den første førespurnaden.</translation>
    </message>
    <message>
        <source>Filter by organisation number, name, reference or note</source>
        <translation>Filtrer etter organisasjonsnummer, namn, referanse eller notat</translation>
    </message>
    <message>
        <source>Customers and their states</source>
        <translation>Kundane og statusen deira</translation>
    </message>
    <message>
        <source>Compare every customer with Altinn (%1)</source>
        <translation>Samanlikn alle kundane med Altinn (%1)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln shown)</source>
        <translation>
            <numerusform>(%Ln vist)</numerusform>
            <numerusform>(%Ln viste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting more than</source>
        <translation>Har venta meir enn</translation>
    </message>
    <message>
        <source>Show only customers who have had a request to approve for longer than this</source>
        <translation>Vis berre kundar som har hatt ein førespurnad å godkjenne i lengre tid enn dette</translation>
    </message>
    <message>
        <source>Show only customers waiting more than a number of days</source>
        <translation>Vis berre kundar som har venta meir enn eit visst tal dagar</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Dagar med venting</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettar</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakkar</translation>
    </message>
    <message>
        <source>Maskinporten client ids</source>
        <translation>Klient-ID-ar i Maskinporten</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Omdirigeringsadresser</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Synleg i Altinn</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endra</translation>
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
        <translation>Registrert no</translation>
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
        <translation>Kunne ikkje opne %1: %2. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>%1 is too large to be a system definition. Nothing was changed.</source>
        <translation>%1 er for stor til å vere ein systemdefinisjon. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 vart ikkje importert: %2 Ingenting vart endra.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or file name.</source>
        <translation>Kunne ikkje lagre %1: %2. Vel ei anna mappe eller eit anna filnamn.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importerte %1.</translation>
    </message>
    <message>
        <source>Imported %1. It was made for organisation %2; the id and vendor now use your organisation %3.</source>
        <translation>Importerte %1. Definisjonen vart laga for organisasjonen %2; ID-en og leverandøren brukar no organisasjonen din, %3.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Lagra som %1.</translation>
    </message>
    <message numerus="yes">
        <source>It still has %n error(s); fix them before the system is registered.</source>
        <translation>
            <numerusform>Definisjonen har framleis %n feil; rett han før systemet blir registrert.</numerusform>
            <numerusform>Definisjonen har framleis %n feil; rett dei før systemet blir registrert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoActionRunner</name>
    <message>
        <source>This step took too long. Look at the page for what happened, then try again.</source>
        <translation>Dette steget tok for lang tid. Sjå på sida kva som skjedde, og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>DemoConductor</name>
    <message>
        <source>Reset the demo?</source>
        <translation>Nullstille demoen?</translation>
    </message>
    <message>
        <source>The built-in sandbox can only be cleared as a whole: every system, request, system user and Maskinporten client in it is removed, not only the demo&apos;s. The demo profile is removed too. Your other profiles stay.</source>
        <translation>Den innebygde sandkassa kan berre tømast heilt: Alle system, førespurnader, systembrukarar og Maskinporten-klientar i sandkassa blir fjerna, ikkje berre dei frå demoen. Demoprofilen blir òg fjerna. Dei andre profilane dine blir verande.</translation>
    </message>
    <message>
        <source>Clear the sandbox</source>
        <translation>Tøm sandkassa</translation>
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
        <translation>Trykk på «Neste steg» for å gjere dette steget, eller på «Spel av» for å la demoen gå av seg sjølv.</translation>
    </message>
    <message>
        <source>Working on it: watch the page below.</source>
        <translation>Arbeider med det: Følg med på sida nedanfor.</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Ferdig. %1</translation>
    </message>
    <message>
        <source>This step failed: %1</source>
        <translation>Dette steget feila: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Spel av</translation>
    </message>
    <message>
        <source>Pause the demo</source>
        <translation>Set demoen på pause</translation>
    </message>
    <message>
        <source>Play the demo</source>
        <translation>Spel av demoen</translation>
    </message>
    <message>
        <source>Guided demo</source>
        <translation>Rettleidd demo</translation>
    </message>
    <message>
        <source>What happens now</source>
        <translation>Kva som skjer no</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>What Altinn or Maskinporten does</source>
        <translation>Kva Altinn eller Maskinporten gjer</translation>
    </message>
    <message>
        <source>What the customer sees</source>
        <translation>Kva kunden ser</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Show the previous step again</source>
        <translation>Vis det førre steget igjen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Do the next step on its page, then show the result</source>
        <translation>Gjer neste steg på sida det høyrer til, og vis deretter resultatet</translation>
    </message>
    <message>
        <source>Stop demo</source>
        <translation>Stopp demo</translation>
    </message>
    <message>
        <source>Hide the demo controls; the wizard stays where it is</source>
        <translation>Skjul demokontrollane; vegvisaren blir verande der han er</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Nullstill demo</translation>
    </message>
    <message>
        <source>Clear the demo&apos;s profile and the built-in sandbox, and start again</source>
        <translation>Tøm profilen til demoen og den innebygde sandkassa, og start på nytt</translation>
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
        <translation>Den innebygde sandkassa køyrer ikkje, så ho kan ikkje tømast.</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>Guided demo</source>
        <translation>Rettleidd demo</translation>
    </message>
    <message>
        <source>Organisation and environment</source>
        <translation>Organisasjon og miljø</translation>
    </message>
    <message>
        <source>We say who we are: the demo vendor, organisation number %1, in the built-in sandbox.</source>
        <translation>Vi fortel kven vi er: demoleverandøren, organisasjonsnummer %1, i den innebygde sandkassa.</translation>
    </message>
    <message>
        <source>A profile ties one organisation to one environment. Keys, clients and systems belong to it.</source>
        <translation>Ein profil knyter éin organisasjon til eitt miljø. Nøklar, klientar og system høyrer til profilen.</translation>
    </message>
    <message>
        <source>Nothing is sent yet. The sandbox names the organisation from its copy of the register.</source>
        <translation>Ingenting blir sendt enno. Sandkassa hentar namnet på organisasjonen frå sin eigen kopi av registeret.</translation>
    </message>
    <message>
        <source>Nothing yet. The customer first hears from us in step 5.</source>
        <translation>Ingenting enno. Kunden høyrer frå oss først i steg 5.</translation>
    </message>
    <message>
        <source>Maskinporten client and key</source>
        <translation>Maskinporten-klient og nøkkel</translation>
    </message>
    <message>
        <source>The wizard makes a key pair and registers the public key as a Maskinporten client.</source>
        <translation>Vegvisaren lagar eit nøkkelpar og registrerer den offentlege nøkkelen som ein Maskinporten-klient.</translation>
    </message>
    <message>
        <source>Maskinporten must know our system before it gives it tokens. The key proves that a call comes from us.</source>
        <translation>Maskinporten må kjenne systemet vårt før systemet kan få token. Nøkkelen provar at eit kall kjem frå oss.</translation>
    </message>
    <message>
        <source>Maskinporten stores the client with its public key and scopes. The private key never leaves this computer; in the demo it is kept in memory for this run only.</source>
        <translation>Maskinporten lagrar klienten med den offentlege nøkkelen og scopa. Den private nøkkelen går aldri ut av denne datamaskina; i demoen ligg han berre i minnet, og berre for denne køyringa.</translation>
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
        <translation>Vi skildrar systemet: namn og skildring på bokmål, nynorsk og engelsk, retten systemet treng, og kvar kundane kjem tilbake etter at dei har godkjent.</translation>
    </message>
    <message>
        <source>The customer sees exactly these texts and rights when asked to approve.</source>
        <translation>Når kunden skal godkjenne, ser han nøyaktig desse tekstane og rettane.</translation>
    </message>
    <message>
        <source>Nothing is sent yet. The wizard checks the definition against Altinn&apos;s rules as it is filled in.</source>
        <translation>Ingenting blir sendt enno. Vegvisaren sjekkar definisjonen mot reglane til Altinn undervegs, medan felta blir fylte inn.</translation>
    </message>
    <message>
        <source>Later, the name and description shown here, in their own language.</source>
        <translation>Seinare ser kunden namnet og skildringa som står her, på sitt eige språk.</translation>
    </message>
    <message>
        <source>Publish to the system register</source>
        <translation>Publiser i systemregisteret</translation>
    </message>
    <message>
        <source>The system is registered in Altinn&apos;s system register.</source>
        <translation>Systemet blir registrert i systemregisteret til Altinn.</translation>
    </message>
    <message>
        <source>Altinn accepts requests only for systems it knows, and only from the vendor that owns them.</source>
        <translation>Altinn godtek berre førespurnader om system som Altinn kjenner, og berre frå leverandøren som eig systemet.</translation>
    </message>
    <message>
        <source>The wizard gets a token from Maskinporten and sends the definition. Altinn checks it, stores it, and the receipt is read back.</source>
        <translation>Vegvisaren hentar eit token frå Maskinporten og sender definisjonen. Altinn sjekkar og lagrar han, og vegvisaren les kvitteringa.</translation>
    </message>
    <message>
        <source>Nothing yet. The system can now be requested.</source>
        <translation>Ingenting enno. No kan kundane bli bedne om ein systembrukar for systemet.</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>Førespurnad til kunde</translation>
    </message>
    <message>
        <source>We ask the customer, organisation %1, for a system user with the system&apos;s right.</source>
        <translation>Vi ber kunden, organisasjon %1, om ein systembrukar med retten til systemet.</translation>
    </message>
    <message>
        <source>A system user lets our system act for the customer, but only once the customer says yes.</source>
        <translation>Ein systembrukar lèt systemet vårt handle på vegner av kunden, men berre når kunden har sagt ja.</translation>
    </message>
    <message>
        <source>Altinn stores the request as waiting and answers with an approval link for the customer.</source>
        <translation>Altinn lagrar førespurnaden som ventande og svarar med ei godkjenningslenkje til kunden.</translation>
    </message>
    <message>
        <source>Nothing until we pass on the link. Then a page in Altinn that names our system and what it may do.</source>
        <translation>Ingenting før vi sender lenkja vidare. Då får kunden opp ei side i Altinn som viser systemet vårt og kva det får lov til å gjere.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>The link and QR code go to the customer. In the sandbox the customer&apos;s access manager approves at once.</source>
        <translation>Lenkja og QR-koden går til kunden. I sandkassa godkjenner tilgangsstyraren hos kunden med ein gong.</translation>
    </message>
    <message>
        <source>Only a person with the right role at the customer may give a system user rights.</source>
        <translation>Berre ein person med rett rolle hos kunden kan gi ein systembrukar rettar.</translation>
    </message>
    <message>
        <source>Altinn checks that the approver may give the right, creates the system user and marks the request approved. The wizard sees the new status.</source>
        <translation>Altinn sjekkar at den som godkjenner, har lov til å gi retten. Så opprettar Altinn systembrukaren og merkjer førespurnaden som godkjent. Vegvisaren ser den nye statusen.</translation>
    </message>
    <message>
        <source>They log in to Altinn, read what the system may do and press Approve.</source>
        <translation>Dei loggar inn i Altinn, les kva systemet får lov til å gjere, og trykkjer på «Godkjenn».</translation>
    </message>
    <message>
        <source>System user token</source>
        <translation>Systembrukartoken</translation>
    </message>
    <message>
        <source>Our system asks Maskinporten for a token for the customer, as it will every day.</source>
        <translation>Systemet vårt ber Maskinporten om eit token for kunden, slik det kjem til å gjere kvar dag.</translation>
    </message>
    <message>
        <source>This proves that the system user works before the system goes live.</source>
        <translation>Dette viser at systembrukaren verkar før systemet blir teke i bruk.</translation>
    </message>
    <message>
        <source>Maskinporten checks our key, asks Altinn whether the customer has a system user for our system, and issues a token naming the customer. This page can also create an instance of the annual accounts app with it.</source>
        <translation>Maskinporten sjekkar nøkkelen vår, spør Altinn om kunden har ein systembrukar for systemet vårt, og utferdar eit token som gjeld kunden. Med tokenet kan denne sida òg opprette ein instans av årsrekneskapsappen.</translation>
    </message>
    <message>
        <source>Nothing new: the system now works for them, within the rights they approved.</source>
        <translation>Ingenting nytt: Systemet arbeider no for dei, innanfor rettane dei godkjende.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>The summary lists what was done: the system, the customer&apos;s approval and the token test.</source>
        <translation>Oppsummeringa viser kva som vart gjort: systemet, godkjenninga frå kunden og tokentesten.</translation>
    </message>
    <message>
        <source>The vendor keeps a record and sees what is left to do for the next customer.</source>
        <translation>Leverandøren tek vare på oversikta og ser kva som står att å gjere for neste kunde.</translation>
    </message>
    <message>
        <source>The wizard reads the statuses of the request and the system user back from Altinn.</source>
        <translation>Vegvisaren hentar statusen til førespurnaden og systembrukaren frå Altinn.</translation>
    </message>
    <message>
        <source>In Altinn they see the system user and can remove it at any time.</source>
        <translation>I Altinn ser dei systembrukaren og kan fjerne han når som helst.</translation>
    </message>
</context>
<context>
    <name>DemoSteps</name>
    <message>
        <source>The demo vendor is filled in. Next saves the profile.</source>
        <translation>Demoleverandøren er fylt inn. «Neste» lagrar profilen.</translation>
    </message>
    <message>
        <source>Key %1 made for this run and Maskinporten client %2 registered.</source>
        <translation>Nøkkelen %1 er laga for denne køyringa, og Maskinporten-klienten %2 er registrert.</translation>
    </message>
    <message>
        <source>The system %1 is described, with no problems found.</source>
        <translation>Systemet %1 er skildra, og ingen problem vart funne.</translation>
    </message>
    <message>
        <source>The system is registered in Altinn; the receipt shows what Altinn stored.</source>
        <translation>Systemet er registrert i Altinn; kvitteringa viser kva Altinn lagra.</translation>
    </message>
    <message>
        <source>The request is sent and waits for the customer; the approval link is ready.</source>
        <translation>Førespurnaden er sendt og ventar på kunden; godkjenningslenkja er klar.</translation>
    </message>
    <message>
        <source>The customer approved: they now have a system user for the demo system.</source>
        <translation>Kunden godkjende: No har kunden ein systembrukar for demosystemet.</translation>
    </message>
    <message>
        <source>Maskinporten issued a system user token for customer %1.</source>
        <translation>Maskinporten utferda eit systembrukartoken for kunden %1.</translation>
    </message>
    <message>
        <source>The demo is complete. Reset demo clears it for the next audience.</source>
        <translation>Demoen er ferdig. «Nullstill demo» gjer alt klart for neste publikum.</translation>
    </message>
</context>
<context>
    <name>DetailsPart</name>
    <message>
        <source>Details</source>
        <translation>Detaljar</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Vis detaljane</translation>
    </message>
    <message>
        <source>The code, the trace id and the server&apos;s own answer, for support.</source>
        <translation>Koden, sporings-ID-en og svaret frå serveren, for brukarstøtta.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Your draft could not be saved in %1 (%2). Check that the disk is not full and that you may write there; your input stays on screen.</source>
        <translation>Utkastet ditt kunne ikkje lagrast i %1 (%2). Sjekk at disken ikkje er full, og at du har lov til å skrive der; det du har fylt inn, blir ståande på skjermen.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>mappa kan ikkje opprettast</translation>
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
        <translation>Eigendefinert (%1)</translation>
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
        <translation>Produksjonsmiljøet i Altinn: Endringar påverkar verkelege kundar og må stadfestast før dei blir sende.</translation>
    </message>
    <message>
        <source>TT02 (test)</source>
        <translation>TT02 (test)</translation>
    </message>
    <message>
        <source>Altinn&apos;s test environment, with synthetic organisations.</source>
        <translation>Testmiljøet i Altinn, med syntetiske organisasjonar.</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Eigendefinert: %1</translation>
    </message>
    <message>
        <source>A server you chose: %1</source>
        <translation>Ein server du har valt: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox imitates Altinn and Maskinporten on this computer. Everything you do here stays on this computer: nothing is sent to Altinn or Maskinporten, and no real customer sees it.</source>
        <translation>Den innebygde sandkassa etterliknar Altinn og Maskinporten på denne datamaskina. Alt du gjer her, blir verande på denne datamaskina: Ingenting blir sendt til Altinn eller Maskinporten, og ingen ekte kundar ser det.</translation>
    </message>
    <message>
        <source>Sandbox — stays on this computer</source>
        <translation>Sandkasse — blir på maskina</translation>
    </message>
    <message>
        <source>The sandbox answers at %1.</source>
        <translation>Sandkassa svarar på %1.</translation>
    </message>
    <message>
        <source>Sandbox: starting…</source>
        <translation>Sandkasse: startar…</translation>
    </message>
    <message>
        <source>Sandbox not available</source>
        <translation>Sandkassa er ikkje tilgjengeleg</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1 Restart the wizard; if it happens again, another program may be using the port.</source>
        <translation>Den innebygde sandkassa starta ikkje: %1 Start vegvisaren på nytt; om det skjer igjen, brukar kanskje eit anna program porten.</translation>
    </message>
    <message>
        <source>It starts when a task first needs it.</source>
        <translation>Ho startar når ei oppgåve først treng henne.</translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>Altinn could not finish giving the rights to the system user.</source>
        <translation>Altinn klarte ikkje å fullføre tildelinga av rettane til systembrukaren.</translation>
    </message>
    <message>
        <source>Altinn had an internal error.</source>
        <translation>Det oppstod ein intern feil i Altinn.</translation>
    </message>
    <message>
        <source>The request was approved on behalf of another organisation than the one it was sent to.</source>
        <translation>Førespurnaden vart godkjent på vegner av ein annan organisasjon enn organisasjonen han vart sendt til.</translation>
    </message>
    <message>
        <source>The customer must approve while acting on behalf of the organisation the request was sent to.</source>
        <translation>Kunden må godkjenne på vegner av organisasjonen som førespurnaden vart sendt til.</translation>
    </message>
    <message>
        <source>Delete the earlier request, then send a new one. Talk to the customer first if you do not know why.</source>
        <translation>Slett den førre førespurnaden, og send ein ny. Snakk med kunden først om du ikkje veit kvifor.</translation>
    </message>
    <message>
        <source>The vendor ID is not written the way Altinn expects.</source>
        <translation>Leverandør-ID-en er ikkje skriven slik Altinn ventar.</translation>
    </message>
    <message>
        <source>Write the vendor ID as &quot;0192:&quot; followed by your 9-digit organisation number.</source>
        <translation>Skriv leverandør-ID-en som &quot;0192:&quot; følgd av det 9-sifra organisasjonsnummeret ditt.</translation>
    </message>
    <message>
        <source>The system id does not start with your organisation number and an underscore.</source>
        <translation>System-ID-en byrjar ikkje med organisasjonsnummeret ditt og ein understrek.</translation>
    </message>
    <message>
        <source>Change the system id to your organisation number, an underscore and a name, e.g. 991825827_myproduct.</source>
        <translation>Endre system-ID-en til organisasjonsnummeret ditt, ein understrek og eit namn, t.d. 991825827_myproduct.</translation>
    </message>
    <message>
        <source>A system with this id is already registered.</source>
        <translation>Eit system med denne ID-en er allereie registrert.</translation>
    </message>
    <message>
        <source>Choose another system id, or open the registered system and update it instead.</source>
        <translation>Vel ein annan system-ID, eller opne det registrerte systemet og oppdater det i staden.</translation>
    </message>
    <message>
        <source>One or more rights name a service Altinn does not know.</source>
        <translation>Ein eller fleire rettar viser til ei teneste som Altinn ikkje kjenner.</translation>
    </message>
    <message>
        <source>Remove those rights, or choose the services again from the service list of this environment.</source>
        <translation>Fjern desse rettane, eller vel tenestene på nytt frå tenestelista i dette miljøet.</translation>
    </message>
    <message>
        <source>A Maskinporten client id is already used by another system.</source>
        <translation>Ein klient-ID frå Maskinporten blir allereie brukt av eit anna system.</translation>
    </message>
    <message>
        <source>A Maskinporten client can belong to one system only. Create a new client for this system, or remove the client id from the other system first.</source>
        <translation>Ein Maskinporten-klient kan berre høyre til eitt system. Opprett ein ny klient for dette systemet, eller fjern klient-ID-en frå det andre systemet først.</translation>
    </message>
    <message>
        <source>A redirect URL is not a valid address.</source>
        <translation>Ein omdirigeringsadresse er ikkje ei gyldig adresse.</translation>
    </message>
    <message>
        <source>Write each redirect URL as a full address starting with https://.</source>
        <translation>Skriv kvar omdirigeringsadresse som ei fullstendig adresse som byrjar med https://.</translation>
    </message>
    <message>
        <source>The same right is listed more than once.</source>
        <translation>Den same retten står meir enn éin gong.</translation>
    </message>
    <message>
        <source>Remove the duplicate rights.</source>
        <translation>Fjern dei dupliserte rettane.</translation>
    </message>
    <message>
        <source>The same access package is listed more than once.</source>
        <translation>Den same tilgangspakken står meir enn éin gong.</translation>
    </message>
    <message>
        <source>Remove the duplicate access packages.</source>
        <translation>Fjern dei dupliserte tilgangspakkane.</translation>
    </message>
    <message>
        <source>One or more access packages do not exist or cannot be given to any system user.</source>
        <translation>Ein eller fleire tilgangspakkar finst ikkje eller kan ikkje givast til nokon systembrukar.</translation>
    </message>
    <message>
        <source>Remove those packages, or choose them again from the package list.</source>
        <translation>Fjern desse pakkane, eller vel dei på nytt frå pakkelista.</translation>
    </message>
    <message>
        <source>A right is written in the wrong form.</source>
        <translation>Ein rett er skriven på feil form.</translation>
    </message>
    <message>
        <source>Choose the service again from the service list (the attribute must be urn:altinn:resource).</source>
        <translation>Vel tenesta på nytt frå tenestelista (attributtet må vere urn:altinn:resource).</translation>
    </message>
    <message>
        <source>The same Maskinporten client id is listed more than once.</source>
        <translation>Den same klient-ID-en frå Maskinporten står meir enn éin gong.</translation>
    </message>
    <message>
        <source>Remove the duplicate client id.</source>
        <translation>Fjern den dupliserte klient-ID-en.</translation>
    </message>
    <message>
        <source>The system id cannot be changed once the system is registered.</source>
        <translation>System-ID-en kan ikkje endrast etter at systemet er registrert.</translation>
    </message>
    <message>
        <source>Keep the original system id, or register a new system with the new id.</source>
        <translation>Behald den opphavlege system-ID-en, eller registrer eit nytt system med den nye ID-en.</translation>
    </message>
    <message>
        <source>The system id contains spaces.</source>
        <translation>System-ID-en inneheld mellomrom.</translation>
    </message>
    <message>
        <source>Remove the spaces, or use &apos;-&apos; or &apos;_&apos; between words.</source>
        <translation>Fjern mellomromma, eller bruk &apos;-&apos; eller &apos;_&apos; mellom orda.</translation>
    </message>
    <message>
        <source>The agent system user was not given or was not found.</source>
        <translation>Klientsystembrukaren vart ikkje oppgitt eller vart ikkje funnen.</translation>
    </message>
    <message>
        <source>Choose an existing agent system user, then try again.</source>
        <translation>Vel ein eksisterande klientsystembrukar, og prøv igjen.</translation>
    </message>
    <message>
        <source>This system user is a standard system user, so it cannot have clients.</source>
        <translation>Denne systembrukaren er ein standard systembrukar, så han kan ikkje ha klientar.</translation>
    </message>
    <message>
        <source>Use an agent system user for client relationships.</source>
        <translation>Bruk ein klientsystembrukar for klientforhold.</translation>
    </message>
    <message>
        <source>The client was not given or is not valid.</source>
        <translation>Klienten vart ikkje oppgitt eller er ikkje gyldig.</translation>
    </message>
    <message>
        <source>Choose the client again, then try again.</source>
        <translation>Vel klienten på nytt, og prøv igjen.</translation>
    </message>
    <message>
        <source>One or more rights name a kind of service that cannot be given to a system user.</source>
        <translation>Ein eller fleire rettar viser til ein type teneste som ikkje kan givast til ein systembrukar.</translation>
    </message>
    <message>
        <source>Remove those rights. Maskinporten schemes, Altinn 2 services and consent resources cannot be used.</source>
        <translation>Fjern desse rettane. Maskinporten-skjema, Altinn 2-tenester og samtykkeressursar kan ikkje brukast.</translation>
    </message>
    <message>
        <source>A system shown to customers in Altinn cannot include client-relationship packages (such as the accountant or auditor packages).</source>
        <translation>Eit system som blir vist for kundar i Altinn, kan ikkje innehalde tilgangspakkar for klientforhold (som rekneskapsførar- eller revisorpakkane).</translation>
    </message>
    <message>
        <source>Remove those packages, or make the system hidden in Altinn&apos;s list of systems.</source>
        <translation>Fjern desse pakkane, eller skjul systemet i systemlista i Altinn.</translation>
    </message>
    <message>
        <source>Altinn does not know the customer&apos;s organisation number.</source>
        <translation>Altinn kjenner ikkje organisasjonsnummeret til kunden.</translation>
    </message>
    <message>
        <source>Check the organisation number with the customer. It must be registered in the Central Coordinating Register for Legal Entities (Enhetsregisteret).</source>
        <translation>Sjekk organisasjonsnummeret med kunden. Det må vere registrert i Einingsregisteret.</translation>
    </message>
    <message>
        <source>One or more of the rights asked for are not part of the system, or cannot be given.</source>
        <translation>Ein eller fleire av rettane det blir bede om, er ikkje ein del av systemet eller kan ikkje givast.</translation>
    </message>
    <message>
        <source>Ask only for rights the system definition includes, or add them to the system first.</source>
        <translation>Be berre om rettar som systemdefinisjonen inneheld, eller legg dei til i systemet først.</translation>
    </message>
    <message>
        <source>This customer already has a system user for this system.</source>
        <translation>Denne kunden har allereie ein systembrukar for dette systemet.</translation>
    </message>
    <message>
        <source>Use a change request to add rights to the existing system user.</source>
        <translation>Bruk ein endringsførespurnad for å leggje til rettar på den eksisterande systembrukaren.</translation>
    </message>
    <message>
        <source>The customer has already accepted a request for this system with this external reference.</source>
        <translation>Kunden har allereie godkjent ein førespurnad for dette systemet med denne eksterne referansen.</translation>
    </message>
    <message>
        <source>The system user exists. Use a change request to add rights to it.</source>
        <translation>Systembrukaren finst. Bruk ein endringsførespurnad for å leggje til rettar på han.</translation>
    </message>
    <message>
        <source>A request for this system, customer and external reference is still waiting for the customer.</source>
        <translation>Ein førespurnad for dette systemet, denne kunden og denne eksterne referansen ventar framleis på kunden.</translation>
    </message>
    <message>
        <source>Send the customer the link of the waiting request again, or delete it to ask again with other rights.</source>
        <translation>Send kunden lenkja til den ventande førespurnaden på nytt, eller slett førespurnaden for å be om andre rettar.</translation>
    </message>
    <message>
        <source>The customer turned down an earlier request for this system with this external reference.</source>
        <translation>Kunden har avslått ein tidlegare førespurnad for dette systemet med denne eksterne referansen.</translation>
    </message>
    <message>
        <source>The customer rejected an earlier request for this system with this external reference.</source>
        <translation>Kunden har avvist ein tidlegare førespurnad for dette systemet med denne eksterne referansen.</translation>
    </message>
    <message>
        <source>Altinn has no request with this id.</source>
        <translation>Altinn har ingen førespurnad med denne ID-en.</translation>
    </message>
    <message>
        <source>It may have been deleted, or it belongs to another environment. Check the id, or create a new request.</source>
        <translation>Førespurnaden kan vere sletta eller høyre til eit anna miljø. Sjekk ID-en, eller opprett ein ny førespurnad.</translation>
    </message>
    <message>
        <source>Altinn has no system with this id that belongs to your organisation.</source>
        <translation>Altinn har ikkje noko system med denne ID-en som høyrer til organisasjonen din.</translation>
    </message>
    <message>
        <source>Check the system id. If it is right, register the system in this environment first.</source>
        <translation>Sjekk system-ID-en. Om ID-en er rett, må du først registrere systemet i dette miljøet.</translation>
    </message>
    <message>
        <source>Altinn could not store the request.</source>
        <translation>Altinn klarte ikkje å lagre førespurnaden.</translation>
    </message>
    <message>
        <source>The request has already been answered.</source>
        <translation>Førespurnaden er allereie svart på.</translation>
    </message>
    <message>
        <source>Open the request again to see its status.</source>
        <translation>Opne førespurnaden på nytt for å sjå statusen.</translation>
    </message>
    <message>
        <source>Altinn has no system user with this id.</source>
        <translation>Altinn har ingen systembrukar med denne ID-en.</translation>
    </message>
    <message>
        <source>The customer may have deleted it. Check the id, or send a new request to the customer.</source>
        <translation>Kunden kan ha sletta systembrukaren. Sjekk ID-en, eller send ein ny førespurnad til kunden.</translation>
    </message>
    <message>
        <source>The redirect URL is not one of the addresses the system allows.</source>
        <translation>Omdirigeringsadresse-en er ikkje ei av adressene systemet tillèt.</translation>
    </message>
    <message>
        <source>Add the address to the system&apos;s redirect URLs, or use one of the addresses already there.</source>
        <translation>Legg til adressa i omdirigeringsadressene til systemet, eller bruk ei av adressene som allereie står der.</translation>
    </message>
    <message>
        <source>Altinn could not read your organisation number from the token.</source>
        <translation>Altinn klarte ikkje å lese organisasjonsnummeret ditt frå tokenet.</translation>
    </message>
    <message>
        <source>Check the connection on the Maskinporten page: the client must belong to your organisation.</source>
        <translation>Sjekk tilkoplinga på Maskinporten-sida: klienten må høyre til organisasjonen din.</translation>
    </message>
    <message>
        <source>The request has a redirect URL, but the system allows none.</source>
        <translation>Førespurnaden har ein omdirigeringsadresse, men systemet tillèt ingen.</translation>
    </message>
    <message>
        <source>Add the address to the system&apos;s redirect URLs, or send the request without a redirect URL.</source>
        <translation>Legg til adressa i omdirigeringsadressene til systemet, eller send førespurnaden utan omdirigeringsadresse.</translation>
    </message>
    <message>
        <source>A request for an agent system user needs access packages.</source>
        <translation>Ein førespurnad om klientsystembrukar må ha tilgangspakkar.</translation>
    </message>
    <message>
        <source>Choose at least one client-relationship package, such as an accountant package.</source>
        <translation>Vel minst éin tilgangspakke for klientforhold, til dømes ein rekneskapsførarpakke.</translation>
    </message>
    <message>
        <source>The request asks for no rights and no access packages.</source>
        <translation>Førespurnaden ber ikkje om nokon rettar eller tilgangspakkar.</translation>
    </message>
    <message>
        <source>Choose at least one right or access package.</source>
        <translation>Vel minst éin rett eller tilgangspakke.</translation>
    </message>
    <message>
        <source>This change request has already been sent and handled.</source>
        <translation>Denne endringsførespurnaden er allereie sendt og behandla.</translation>
    </message>
    <message>
        <source>Send it again as a new change request; a new correlation id is made for it.</source>
        <translation>Send han på nytt som ein ny endringsførespurnad; det blir laga ein ny korrelasjons-ID for han.</translation>
    </message>
    <message>
        <source>One or more access packages are not part of the system.</source>
        <translation>Ein eller fleire tilgangspakkar er ikkje ein del av systemet.</translation>
    </message>
    <message>
        <source>Add the packages to the system definition first, or ask only for the system&apos;s own packages.</source>
        <translation>Legg pakkane til i systemdefinisjonen først, eller be berre om dei eigne pakkane til systemet.</translation>
    </message>
    <message>
        <source>One or more access packages cannot be given to a standard system user: they are meant for client relationships.</source>
        <translation>Ein eller fleire tilgangspakkar kan ikkje givast til ein standard systembrukar: dei er meinte for klientforhold.</translation>
    </message>
    <message>
        <source>Remove those packages from the system and the request, or ask for them with an agent request.</source>
        <translation>Fjern desse pakkane frå systemet og førespurnaden, eller be om dei i ein førespurnad om klientsystembrukar.</translation>
    </message>
    <message>
        <source>One or more access packages cannot be given to an agent system user: they are not meant for client relationships.</source>
        <translation>Ein eller fleire tilgangspakkar kan ikkje givast til ein klientsystembrukar: dei er ikkje meinte for klientforhold.</translation>
    </message>
    <message>
        <source>Ask only for client-relationship packages in an agent request, and ask for the others with a standard request.</source>
        <translation>Be berre om pakkar for klientforhold i ein førespurnad om klientsystembrukar, og be om dei andre i ein standardførespurnad.</translation>
    </message>
    <message>
        <source>Altinn could not create the system user.</source>
        <translation>Altinn klarte ikkje å opprette systembrukaren.</translation>
    </message>
    <message>
        <source>Altinn could not handle the request.</source>
        <translation>Altinn klarte ikkje å behandle førespurnaden.</translation>
    </message>
    <message>
        <source>The system has no name in Norwegian Bokmål.</source>
        <translation>Systemet har ikkje noko namn på bokmål.</translation>
    </message>
    <message>
        <source>Add a Bokmål (nb) name to the system and update it.</source>
        <translation>Legg til eit namn på bokmål (nb) for systemet, og oppdater det.</translation>
    </message>
    <message>
        <source>Altinn could not take the rights back.</source>
        <translation>Altinn klarte ikkje å trekkje tilbake rettane.</translation>
    </message>
    <message>
        <source>The system user belongs to another system or another organisation.</source>
        <translation>Systembrukaren høyrer til eit anna system eller ein annan organisasjon.</translation>
    </message>
    <message>
        <source>Check that you picked the right system user and the right organisation.</source>
        <translation>Sjekk at du valde rett systembrukar og rett organisasjon.</translation>
    </message>
    <message>
        <source>This is not a request for an agent system user.</source>
        <translation>Dette er ikkje ein førespurnad om klientsystembrukar.</translation>
    </message>
    <message>
        <source>Open it as a standard request instead.</source>
        <translation>Opne førespurnaden som ein standardførespurnad i staden.</translation>
    </message>
    <message>
        <source>An access package could not be matched to a role in Altinn.</source>
        <translation>Ein tilgangspakke kunne ikkje knytast til ei rolle i Altinn.</translation>
    </message>
    <message>
        <source>The customer was not given.</source>
        <translation>Kunden vart ikkje oppgitt.</translation>
    </message>
    <message>
        <source>Choose the customer, then try again.</source>
        <translation>Vel kunden, og prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn has no agent request with this id.</source>
        <translation>Altinn har ingen førespurnad om klientsystembrukar med denne ID-en.</translation>
    </message>
    <message>
        <source>It may have been deleted, or it is a standard request. Check the id, or create a new request.</source>
        <translation>Førespurnaden kan vere sletta, eller han er ein standardførespurnad. Sjekk ID-en, eller opprett ein ny førespurnad.</translation>
    </message>
    <message>
        <source>Altinn has no system with this id, or it belongs to another vendor.</source>
        <translation>Altinn har ikkje noko system med denne ID-en, eller systemet høyrer til ein annan leverandør.</translation>
    </message>
    <message>
        <source>Check the system id and the vendor ID. If they are right, register the system in this environment first.</source>
        <translation>Sjekk system-ID-en og leverandør-ID-en. Om dei er rette, må du først registrere systemet i dette miljøet.</translation>
    </message>
    <message>
        <source>The system has been deleted, so it cannot be changed.</source>
        <translation>Systemet er sletta, så det kan ikkje endrast.</translation>
    </message>
    <message>
        <source>Register the system again under a new system id.</source>
        <translation>Registrer systemet på nytt med ein ny system-ID.</translation>
    </message>
    <message>
        <source>Altinn could not update the system.</source>
        <translation>Altinn klarte ikkje å oppdatere systemet.</translation>
    </message>
    <message>
        <source>The change request was sent without a valid correlation id.</source>
        <translation>Endringsførespurnaden vart sendt utan ein gyldig korrelasjons-ID.</translation>
    </message>
    <message>
        <source>This is a fault in the program, not in your input. Send the activity log to support.</source>
        <translation>Dette er ein feil i programmet, ikkje i det du har skrive inn. Send aktivitetsloggen til brukarstøtta.</translation>
    </message>
    <message>
        <source>The change request&apos;s correlation id was the same as the system user id.</source>
        <translation>Korrelasjons-ID-en til endringsførespurnaden var den same som ID-en til systembrukaren.</translation>
    </message>
    <message>
        <source>The system&apos;s name or description is missing in Bokmål, Nynorsk or English.</source>
        <translation>Namnet eller skildringa av systemet manglar på bokmål, nynorsk eller engelsk.</translation>
    </message>
    <message>
        <source>Enter the name and description in all three languages.</source>
        <translation>Skriv inn namn og skildring på alle tre språka.</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettar</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakkar</translation>
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
        <translation>Synleg i Altinn</translation>
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
        <translation>Namn på systembrukaren</translation>
    </message>
    <message>
        <source>Agent system user</source>
        <translation>Klientsystembrukar</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Førespurnad</translation>
    </message>
    <message>
        <source>Message from the server: %1</source>
        <translation>Melding frå serveren: %1</translation>
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
        <translation>ventar på kunden</translation>
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
        <translation>utgått</translation>
    </message>
    <message>
        <source>no change needed</source>
        <translation>inga endring trengst</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>An earlier request for this system, customer and external reference was returned (status: %1); no new request was made.</source>
        <translation>Ein tidlegare førespurnad for dette systemet, denne kunden og denne eksterne referansen vart returnert (status: %1); det vart ikkje laga nokon ny førespurnad.</translation>
    </message>
    <message>
        <source>To ask again with other rights, delete the earlier request and send a new one.</source>
        <translation>For å be om andre rettar må du slette den tidlegare førespurnaden og sende ein ny.</translation>
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
        <translation>Gjeld: %1</translation>
    </message>
    <message>
        <source>Packages not in the system: %1</source>
        <translation>Pakkar som ikkje er i systemet: %1</translation>
    </message>
    <message>
        <source>Packages that cannot be given: %1</source>
        <translation>Pakkar som ikkje kan givast: %1</translation>
    </message>
    <message numerus="yes">
        <source>Altinn found %n problem(s) in what was sent.</source>
        <translation>
            <numerusform>Altinn fann %n problem i det som vart sendt.</numerusform>
            <numerusform>Altinn fann %n problem i det som vart sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Altinn found problems in what was sent.</source>
        <translation>Altinn fann problem i det som vart sendt.</translation>
    </message>
    <message>
        <source>Correct the fields listed below, then try again.</source>
        <translation>Rett opp felta nedanfor, og prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn refused the access token: it has expired or comes from another environment.</source>
        <translation>Altinn avviste tilgangstokenet: det har gått ut eller kjem frå eit anna miljø.</translation>
    </message>
    <message>
        <source>Check the connection on the Maskinporten page. The Maskinporten client must be registered in the same environment (test or production) as the one you are working in.</source>
        <translation>Sjekk tilkoplinga på Maskinporten-sida. Maskinporten-klienten må vere registrert i same miljø (test eller produksjon) som det du arbeider i.</translation>
    </message>
    <message>
        <source>The access token lacks the permission (scope) for this call, or the item belongs to another organisation.</source>
        <translation>Tilgangstokenet manglar løyvet (scope) for dette kallet, eller elementet høyrer til ein annan organisasjon.</translation>
    </message>
    <message>
        <source>Check on the Maskinporten page that your client has the scopes %1. If one is missing, ask Digdir to grant it to your organisation, then add it to the client.</source>
        <translation>Sjekk på Maskinporten-sida at klienten din har scopa %1. Om eit scope manglar, be Digdir om å gi det til organisasjonen din, og legg det deretter til på klienten.</translation>
    </message>
    <message>
        <source>Altinn did not find what was asked for.</source>
        <translation>Altinn fann ikkje det som vart etterspurt.</translation>
    </message>
    <message>
        <source>Check the id, and that you are working in the right environment (test or production). It may have been deleted.</source>
        <translation>Sjekk ID-en, og at du arbeider i rett miljø (test eller produksjon). Det kan vere sletta.</translation>
    </message>
    <message>
        <source>Altinn is receiving too many requests right now.</source>
        <translation>Altinn får for mange førespurnader akkurat no.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Vent eit minutt, og prøv igjen.</translation>
    </message>
    <message>
        <source>Altinn had a problem on its side (HTTP %1).</source>
        <translation>Altinn hadde eit problem på si side (HTTP %1).</translation>
    </message>
    <message>
        <source>Altinn refused the request: %1</source>
        <translation>Altinn avviste førespurnaden: %1</translation>
    </message>
    <message>
        <source>Altinn refused the request (HTTP %1).</source>
        <translation>Altinn avviste førespurnaden (HTTP %1).</translation>
    </message>
    <message>
        <source>Could not get an access token from Maskinporten.</source>
        <translation>Kunne ikkje hente eit tilgangstoken frå Maskinporten.</translation>
    </message>
    <message>
        <source>Check the key and the client on the Maskinporten page, then try again.</source>
        <translation>Sjekk nøkkelen og klienten på Maskinporten-sida, og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Fekk ikkje kontakt med serveren.</translation>
    </message>
    <message>
        <source>Check your internet connection and any proxy settings, then try again.</source>
        <translation>Sjekk internettilkoplinga og eventuelle proxy-innstillingar, og prøv igjen.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>Den sikre tilkoplinga til serveren kunne ikkje stadfestast.</translation>
    </message>
    <message>
        <source>Check that your computer&apos;s clock is right. A proxy or antivirus program that inspects HTTPS traffic can also cause this; ask your IT department.</source>
        <translation>Sjekk at klokka på datamaskina di går rett. Eit proxy- eller antivirusprogram som inspiserer HTTPS-trafikk, kan òg føre til dette; spør IT-avdelinga di.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarte ikkje i tide.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Operasjonen vart avbroten.</translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation>Start operasjonen på nytt når du er klar.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Svaret frå serveren kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, send the activity log to support.</source>
        <translation>Prøv igjen. Om det held fram med å skje, send aktivitetsloggen til brukarstøtta.</translation>
    </message>
    <message>
        <source>The request was stopped before it was sent.</source>
        <translation>Førespurnaden vart stoppa før han vart sendt.</translation>
    </message>
    <message>
        <source>Check what you entered, then try again.</source>
        <translation>Sjekk det du skreiv inn, og prøv igjen.</translation>
    </message>
    <message>
        <source>Could not finish %1. %2</source>
        <comment>operation, then what went wrong</comment>
        <translation>Kunne ikkje fullføre %1. %2</translation>
    </message>
    <message>
        <source>The person at the customer who tried to approve cannot give one or more of the rights asked for, so nothing was approved: approval is all-or-nothing. The request is still waiting.</source>
        <translation>Personen hos kunden som prøvde å godkjenne, kan ikkje gi éin eller fleire av rettane det blir bede om, så ingenting vart godkjent: Godkjenninga gjeld alt eller ingenting. Førespurnaden ventar framleis.</translation>
    </message>
    <message>
        <source>The request must be approved by a person with the Access manager role (Tilgangsstyrer) for the organisation who can also give every right asked for. Tell the customer which rights blocked (listed below); someone without the role can escalate the request to the organisation&apos;s access managers.</source>
        <translation>Førespurnaden må godkjennast av ein person med rolla Tilgangsstyrar for organisasjonen som òg kan gi alle rettane det blir bede om. Fortel kunden kva rettar som stoppa godkjenninga (sjå lista nedanfor); den som manglar rolla, kan sende førespurnaden vidare til tilgangsstyrarane i organisasjonen.</translation>
    </message>
    <message>
        <source>The person at the customer who tried to approve cannot give one or more of the access packages asked for, so nothing was approved: approval is all-or-nothing. The request is still waiting.</source>
        <translation>Personen hos kunden som prøvde å godkjenne, kan ikkje gi éin eller fleire av tilgangspakkane det blir bede om, så ingenting vart godkjent: Godkjenninga gjeld alt eller ingenting. Førespurnaden ventar framleis.</translation>
    </message>
    <message>
        <source>A right asked for cannot be given to a system user by anyone, so nobody at the customer can approve the request: approval is all-or-nothing.</source>
        <translation>Ingen kan gi ein systembrukar ein av rettane det blir bede om, så ingen hos kunden kan godkjenne førespurnaden: Godkjenninga gjeld alt eller ingenting.</translation>
    </message>
    <message>
        <source>Remove that right (listed below) from the system, delete the request and ask again without it.</source>
        <translation>Fjern denne retten (sjå nedanfor) frå systemet, slett førespurnaden og be på nytt utan han.</translation>
    </message>
    <message>
        <source>The person at the customer who tried to approve does not have the Access manager role (Tilgangsstyrer) for the organisation, so nothing was approved.</source>
        <translation>Personen hos kunden som prøvde å godkjenne, har ikkje rolla Tilgangsstyrar for organisasjonen, så ingenting vart godkjent.</translation>
    </message>
    <message>
        <source>Only a person with the Access manager role who can also give every right asked for can approve. Someone without the role can escalate a request for a new system user to the organisation&apos;s access managers; a change request cannot be escalated.</source>
        <translation>Berre ein person med rolla Tilgangsstyrar som òg kan gi alle rettane det blir bede om, kan godkjenne. Den som manglar rolla, kan sende ein førespurnad om ny systembrukar vidare til tilgangsstyrarane i organisasjonen; ein endringsførespurnad kan ikkje sendast vidare.</translation>
    </message>
    <message>
        <source>no role of the approver gives this right</source>
        <translation>ingen rolle hos den som godkjenner, gir denne retten</translation>
    </message>
    <message>
        <source>the right was never delegated to the approver</source>
        <translation>retten er aldri delegert til den som godkjenner</translation>
    </message>
    <message>
        <source>the service requires an explicit right the organisation lacks</source>
        <translation>tenesta krev ein uttrykkeleg tildelt rett som organisasjonen manglar</translation>
    </message>
    <message>
        <source>the approver logged in with too low a security level</source>
        <translation>den som godkjenner, logga inn med for lågt tryggleiksnivå</translation>
    </message>
    <message>
        <source>the organisation is not on the service&apos;s access list</source>
        <translation>organisasjonen står ikkje på tilgangslista til tenesta</translation>
    </message>
    <message>
        <source>the approver does not hold this access package</source>
        <translation>den som godkjenner, har ikkje denne tilgangspakken</translation>
    </message>
    <message>
        <source>it cannot be given by anyone</source>
        <translation>han kan ikkje givast av nokon</translation>
    </message>
    <message>
        <source>it is a Maskinporten schema, which cannot be given to a system user</source>
        <translation>han er eit Maskinporten-skjema, som ikkje kan givast til ein systembrukar</translation>
    </message>
    <message>
        <source>the check failed for an unknown reason</source>
        <translation>kontrollen feila av ukjend grunn</translation>
    </message>
    <message>
        <source>Blocked access package %1: %2</source>
        <translation>Tilgangspakken %1 stoppa godkjenninga: %2</translation>
    </message>
    <message>
        <source>Blocked right %1: %2</source>
        <translation>Retten %1 stoppa godkjenninga: %2</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact Altinn support and tell them what you did and when.</source>
        <translation>Prøv igjen seinare. Om det held fram med å skje, kontakt brukarstøtta i Altinn og fortel kva du gjorde, og når.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact Altinn support and give them this trace id: %1</source>
        <translation>Prøv igjen seinare. Om det held fram med å skje, kontakt brukarstøtta i Altinn og oppgi denne sporings-ID-en: %1</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, contact Altinn support and tell them what you did and when.</source>
        <translation>Prøv igjen om litt. Om det held fram med å skje, kontakt brukarstøtta i Altinn og fortel kva du gjorde, og når.</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, contact Altinn support and give them this trace id: %1</source>
        <translation>Prøv igjen om litt. Om det held fram med å skje, kontakt brukarstøtta i Altinn og oppgi denne sporings-ID-en: %1</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps happening, contact Altinn support and tell them what you did and when.</source>
        <translation>Vent litt, og prøv igjen. Om det held fram med å skje, kontakt brukarstøtta i Altinn og fortel kva du gjorde, og når.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps happening, contact Altinn support and give them this trace id: %1</source>
        <translation>Vent litt, og prøv igjen. Om det held fram med å skje, kontakt brukarstøtta i Altinn og oppgi denne sporings-ID-en: %1</translation>
    </message>
    <message>
        <source>If the message does not tell you what to change, contact support and give them the code %1.</source>
        <translation>Om meldinga ikkje seier kva du skal endre, kontakt brukarstøtta og oppgi koden %1.</translation>
    </message>
    <message>
        <source>If the message does not tell you what to change, contact support and give them the code %1 and this trace id: %2</source>
        <translation>Om meldinga ikkje seier kva du skal endre, kontakt brukarstøtta og oppgi koden %1 og denne sporings-ID-en: %2</translation>
    </message>
    <message>
        <source>Check what you entered. If the problem persists, contact support and tell them what you did and when.</source>
        <translation>Sjekk det du har skrive inn. Om problemet held fram, kontakt brukarstøtta og fortel kva du gjorde, og når.</translation>
    </message>
    <message>
        <source>Check what you entered. If the problem persists, contact support and give them this trace id: %1</source>
        <translation>Sjekk det du har skrive inn. Om problemet held fram, kontakt brukarstøtta og oppgi denne sporings-ID-en: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped answering.</source>
        <translation>Den innebygde sandkassa slutta å svare.</translation>
    </message>
    <message>
        <source>It runs on this computer, so the network is not the cause. Restart the app to start the sandbox again; the activity log shows the last calls it answered.</source>
        <translation>Ho køyrer på denne datamaskina, så nettverket er ikkje årsaka. Start appen på nytt for å starte sandkassa igjen; aktivitetsloggen viser dei siste kalla ho svarte på.</translation>
    </message>
    <message>
        <source>The sandbox server on this computer stopped answering.</source>
        <translation>Sandkasseserveren på denne datamaskina slutta å svare.</translation>
    </message>
    <message>
        <source>It runs on this computer, so the network is not the cause. Check that systemuser-sandbox is still running and start it again if not; the activity log shows the last calls it answered.</source>
        <translation>Han køyrer på denne datamaskina, så nettverket er ikkje årsaka. Sjekk at systemuser-sandbox framleis køyrer, og start han igjen om ikkje; aktivitetsloggen viser dei siste kalla han svarte på.</translation>
    </message>
</context>
<context>
    <name>ExportChoiceSection</name>
    <message>
        <source>Which customers</source>
        <translation>Kva kundar</translation>
    </message>
    <message>
        <source>&amp;All waiting for approval (%1)</source>
        <translation>&amp;Alle som ventar på godkjenning (%1)</translation>
    </message>
    <message>
        <source>A &amp;reminder to those waiting more than (%1):</source>
        <translation>Ei på&amp;minning til dei som har venta meir enn (%1):</translation>
    </message>
    <message>
        <source>A reminder to those waiting more than the number of days given</source>
        <translation>Ei påminning til dei som har venta meir enn det oppgitte talet dagar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Days waiting before a reminder</source>
        <translation>Dagar med venting før ei påminning</translation>
    </message>
    <message>
        <source>The customers the list &amp;shows now (%1)</source>
        <translation>Kundane lista &amp;viser no (%1)</translation>
    </message>
    <message>
        <source>As the filter of the customer list has them; those without a link are left out and named.</source>
        <translation>Slik filteret i kundelista viser dei; kundar utan lenkje blir utelatne og nemnde.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A &amp;CSV file for a mail merge (one row per customer, with subject and message)</source>
        <translation>Ei &amp;CSV-fil for brevfletting (éi rad per kunde, med emne og melding)</translation>
    </message>
    <message>
        <source>CSV file for a mail merge</source>
        <translation>CSV-fil for brevfletting</translation>
    </message>
    <message>
        <source>One &amp;e-mail draft per customer (.eml files in a folder; open them in your mail program)</source>
        <translation>Eitt &amp;e-postutkast per kunde (.eml-filer i ei mappe; opne dei i e-postprogrammet ditt)</translation>
    </message>
    <message>
        <source>One e-mail draft per customer</source>
        <translation>Eitt e-postutkast per kunde</translation>
    </message>
    <message>
        <source>A &amp;PDF to print, one page per customer with a QR code of the link</source>
        <translation>Ei &amp;PDF-fil til utskrift, éi side per kunde med QR-kode for lenkja</translation>
    </message>
    <message>
        <source>PDF with QR codes</source>
        <translation>PDF med QR-kodar</translation>
    </message>
    <message>
        <source>C&amp;ontact for questions (optional):</source>
        <translation>&amp;Kontakt for spørsmål (valfritt):</translation>
    </message>
    <message>
        <source>Contact for the customers&apos; questions</source>
        <translation>Kontakt for spørsmål frå kundane</translation>
    </message>
    <message>
        <source>E-mail or phone, shown in every message</source>
        <translation>E-post eller telefon, blir vist i kvar melding</translation>
    </message>
</context>
<context>
    <name>ExportLinksDialog</name>
    <message>
        <source>The system could not be read from Altinn, and the messages name it: %1 %2</source>
        <translation>Systemet kunne ikkje hentast frå Altinn, og meldingane nemner det: %1 %2</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Skriv side %1 av %2…</translation>
    </message>
    <message>
        <source>There is no connection to Altinn: finish the Maskinporten page first.</source>
        <translation>Det finst inga tilkopling til Altinn: Gjer ferdig Maskinporten-sida først.</translation>
    </message>
    <message>
        <source>Reading the system and the names of its rights…</source>
        <translation>Hentar systemet og namna på rettane…</translation>
    </message>
    <message>
        <source>Cancelled. The messages need the system&apos;s names.</source>
        <translation>Avbrote. Meldingane treng namna på systemet.</translation>
    </message>
    <message numerus="yes">
        <source>Choose where to sa&amp;ve %1 customer(s)…</source>
        <translation>
            <numerusform>Vel kvar du vil &amp;lagre %1 kunde…</numerusform>
            <numerusform>Vel kvar du vil &amp;lagre %1 kundar…</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the system to be read from Altinn.</source>
        <translation>Ventar på at systemet blir henta frå Altinn.</translation>
    </message>
    <message>
        <source>No customer is chosen.</source>
        <translation>Ingen kunde er vald.</translation>
    </message>
    <message>
        <source>Choose the file (or the folder for e-mail drafts) to save to.</source>
        <translation>Vel fila (eller mappa for e-postutkast) du vil lagre i.</translation>
    </message>
    <message>
        <source>Save the mail-merge file</source>
        <translation>Lagre fila for brevfletting</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>approval-links</source>
        <translation>godkjenningslenkjer</translation>
    </message>
    <message>
        <source>Choose a folder for the e-mail drafts</source>
        <translation>Vel ei mappe for e-postutkasta</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Lagre PDF-fila</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>None of the chosen customers has an approval link to hand over, so nothing was saved. See why below.</source>
        <translation>Ingen av dei valde kundane har ei godkjenningslenkje å gi vidare, så ingenting vart lagra. Sjå kvifor nedanfor.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Lagrar…</translation>
    </message>
    <message>
        <source>Cancelled: the PDF was not saved.</source>
        <translation>Avbrote: PDF-fila vart ikkje lagra.</translation>
    </message>
    <message>
        <source>Export approval links</source>
        <translation>Eksporter godkjenningslenkjer</translation>
    </message>
    <message>
        <source>Each customer gets a ready-to-send message in their own language with the approval link: who at the customer must approve, and how. Customers without a request waiting have no link and are left out.</source>
        <translation>Kvar kunde får ei ferdig melding på sitt eige språk med godkjenningslenkja: kven hos kunden som må godkjenne, og korleis. Kundar utan ein ventande førespurnad har inga lenkje og blir utelatne.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Opne mappa</translation>
    </message>
    <message>
        <source>Open the folder the files were saved in</source>
        <translation>Opne mappa som filene vart lagra i</translation>
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
            <numerusform>Lagra meldinga til %1 kunde i %2.</numerusform>
            <numerusform>Lagra meldingane til %1 kundar i %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 e-mail draft(s) in %2. Open them in your mail program and send them.</source>
        <translation>
            <numerusform>Lagra %1 e-postutkast i %2. Opne det i e-postprogrammet ditt og send det.</numerusform>
            <numerusform>Lagra %1 e-postutkast i %2. Opne dei i e-postprogrammet ditt og send dei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of them have no recipient yet: the list has no e-mail address for them.</source>
        <translation>
            <numerusform>%1 av dei har ingen mottakar enno: Lista har inga e-postadresse for kunden.</numerusform>
            <numerusform>%1 av dei har ingen mottakar enno: Lista har inga e-postadresse for dei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved a PDF with %1 page(s), one per customer, to %2.</source>
        <translation>
            <numerusform>Lagra ei PDF-fil med %1 side, éi per kunde, i %2.</numerusform>
            <numerusform>Lagra ei PDF-fil med %1 sider, éi per kunde, i %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers left out, and why</source>
        <translation>Kundar som er utelatne, og kvifor</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Without a link (%1): left out</source>
        <translation>
            <numerusform>&amp;Utan lenkje (%1): utelaten</numerusform>
            <numerusform>&amp;Utan lenkje (%1): utelatne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandOffExport</name>
    <message>
        <source>No request has been sent to this customer yet. Send one first; its approval link comes with it.</source>
        <translation>Ingen førespurnad er sendt til denne kunden enno. Send ein først; godkjenningslenkja følgjer med han.</translation>
    </message>
    <message>
        <source>A change request waits, but its approval link is not known here yet. Refresh the customer list, then export again.</source>
        <translation>Ein endringsførespurnad ventar, men godkjenningslenkja til han er ikkje kjend her enno. Oppdater kundelista, og eksporter deretter på nytt.</translation>
    </message>
    <message>
        <source>A request waits, but its approval link is not known here yet. Refresh the customer list, then export again.</source>
        <translation>Ein førespurnad ventar, men godkjenningslenkja til han er ikkje kjend her enno. Oppdater kundelista, og eksporter deretter på nytt.</translation>
    </message>
    <message>
        <source>Nothing waits for this customer&apos;s approval (%1). Next step: %2.</source>
        <translation>Ingenting ventar på godkjenning frå denne kunden (%1). Neste steg: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no approval link to hand over and are left out.</source>
        <translation>
            <numerusform>%n kunde har inga godkjenningslenkje å gi vidare og blir utelaten.</numerusform>
            <numerusform>%n kundar har inga godkjenningslenkje å gi vidare og blir utelatne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Godkjenningslenkje</translation>
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
        <translation>Ingen kundar har ei godkjenningslenkje å gi vidare, så det er ingenting å eksportere.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose a folder you may write to.</source>
        <translation>Mappa %1 kunne ikkje opprettast. Vel ei mappe du har lov til å skrive i.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be replaced. Choose another file name.</source>
        <translation>%1 er ikkje ei fil som kan erstattast. Vel eit anna filnamn.</translation>
    </message>
    <message>
        <source>%1 could not be saved: the disk is full. Free some space or choose another place, then export again.</source>
        <translation>%1 kunne ikkje lagrast: Disken er full. Frigjer litt plass eller vel ein annan stad, og eksporter deretter på nytt.</translation>
    </message>
    <message>
        <source>%1 could not be saved: you may not write in the folder %2 (%3). Choose another folder, for example one in your home folder.</source>
        <translation>%1 kunne ikkje lagrast: Du har ikkje lov til å skrive i mappa %2 (%3). Vel ei anna mappe, til dømes ei i heimemappa di.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check that the disk is not full and that you may write in %3, then export again.</source>
        <translation>%1 kunne ikkje lagrast (%2). Sjekk at disken ikkje er full, og at du har lov til å skrive i %3, og eksporter deretter på nytt.</translation>
    </message>
    <message>
        <source>%1 The e-mails before it (%2 of %3) are saved.</source>
        <translation>%1 E-postane før denne (%2 av %3) er lagra.</translation>
    </message>
    <message>
        <source>A PDF can only be made by the graphical program, not here.</source>
        <translation>Ei PDF-fil kan berre lagast i det grafiske programmet, ikkje her.</translation>
    </message>
    <message>
        <source>The PDF could not be started in %1. Choose another file name or folder.</source>
        <translation>PDF-fila kunne ikkje opprettast i %1. Vel eit anna filnamn eller ei anna mappe.</translation>
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
        <translation>Godkjenningslenkjer for %1</translation>
    </message>
</context>
<context>
    <name>HoldingsDialog</name>
    <message>
        <source>Asking Altinn what the system user of %1 holds…</source>
        <translation>Spør Altinn kva systembrukaren til %1 har…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Sjekken vart avbroten.</translation>
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
        <translation>Manglar: Systemet ber om han</translation>
    </message>
    <message>
        <source>Extra: the system no longer asks for it</source>
        <translation>Ekstra: Systemet ber ikkje lenger om han</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Rights (resources)</source>
        <translation>Rettar (ressursar)</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakkar</translation>
    </message>
    <message numerus="yes">
        <source>Parties Altinn lists for the system user (%n)</source>
        <translation>
            <numerusform>Aktørar som Altinn viser for systembrukaren (%n)</numerusform>
            <numerusform>Aktørar som Altinn viser for systembrukaren (%n)</numerusform>
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
        <translation>Ein annan aktør</translation>
    </message>
    <message>
        <source>Deleted in the register</source>
        <translation>Sletta i registeret</translation>
    </message>
    <message>
        <source>None: the system user holds nothing</source>
        <translation>Ingen: Systembrukaren har ingenting</translation>
    </message>
    <message>
        <source>What the system user holds</source>
        <translation>Kva systembrukaren har</translation>
    </message>
    <message>
        <source>What the system user of %1 holds</source>
        <translation>Kva systembrukaren til %1 har</translation>
    </message>
    <message>
        <source>Altinn&apos;s own list of what the system user may do (its authorized parties), compared with what the system asks for. Each check gets a system user token, exchanges it for an Altinn token and asks Altinn once.</source>
        <translation>Lista Altinn sjølv har over kva systembrukaren kan gjere (aktørane han er autorisert for), samanlikna med det systemet ber om. Kvar sjekk hentar eit systembrukartoken, vekslar det inn i eit Altinn-token og spør Altinn éin gong.</translation>
    </message>
    <message>
        <source>Right, package or party</source>
        <translation>Rett, pakke eller aktør</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rights, access packages and parties of the system user</source>
        <translation>Rettane, tilgangspakkane og aktørane til systembrukaren</translation>
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
        <translation>Send ein &amp;endringsførespurnad…</translation>
    </message>
    <message>
        <source>Send a change request for what is missing</source>
        <translation>Send ein endringsførespurnad for det som manglar</translation>
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
        <source>Start demo</source>
        <translation>Start demo</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Hald fram der du slapp</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Hald fram</translation>
    </message>
    <message>
        <source>A narrated walk through the whole flow on the built-in sandbox, from your organisation to a customer&apos;s system user token. Step by step, or press Play. Nothing leaves this computer.</source>
        <translation>Ein gjennomgang med forklaringar av heile flyten i den innebygde sandkassa, frå organisasjonen din til systembrukartokenet til ein kunde. Steg for steg, eller trykk på «Spel av». Ingenting går ut av denne datamaskina.</translation>
    </message>
    <message>
        <source>About System User Wizard</source>
        <translation>Om Systembrukar-vegvisar</translation>
    </message>
    <message>
        <source>Log in as a person (ID-porten)</source>
        <translation>Logg inn som person (ID-porten)</translation>
    </message>
    <message>
        <source>The other way to an Altinn app: a person logs in and your system acts for them. Try it beside a system user, and see which way fits your system.</source>
        <translation>Den andre vegen til ein Altinn-app: Ein person loggar inn, og systemet ditt handlar på vegner av personen. Prøv det ved sida av ein systembrukar, og sjå kva veg som passar for systemet ditt.</translation>
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
        <translation>Logg inn ein person med ID-porten og handle på vegner av personen</translation>
    </message>
    <message>
        <source>Log a person in with ID-porten (authorization code with PKCE, through a browser and a listener on 127.0.0.1) and print the claims of the ID token and the access token. On the sandbox the profile&apos;s ID-porten client is registered on first use.</source>
        <translation>Logg inn ein person med ID-porten (autorisasjonskode med PKCE, gjennom ein nettlesar og ein lyttar på 127.0.0.1) og skriv ut claima i ID-tokenet og tilgangstokenet. I sandkassa blir ID-porten-klienten i profilen registrert første gong han blir brukt.</translation>
    </message>
    <message>
        <source>Log a person in as idporten login does, then exchange the access token for an Altinn token and print its claims.</source>
        <translation>Logg inn ein person slik idporten login gjer, veksle deretter tilgangstokenet inn i eit Altinn-token og skriv ut claima i det.</translation>
    </message>
    <message>
        <source>Logged in as the person with national identity number %1.</source>
        <translation>Logga inn som personen med fødselsnummeret %1.</translation>
    </message>
    <message>
        <source>The ID token (who logged in):</source>
        <translation>ID-tokenet (kven som logga inn):</translation>
    </message>
    <message>
        <source>The access token (what your system may do):</source>
        <translation>Tilgangstokenet (kva systemet ditt kan gjere):</translation>
    </message>
    <message>
        <source>Logged in as the person with national identity number %1, with the scopes %2.</source>
        <translation>Logga inn som personen med fødselsnummeret %1, med scopa %2.</translation>
    </message>
    <message>
        <source>The Altinn token:</source>
        <translation>Altinn-tokenet:</translation>
    </message>
    <message>
        <source>Altinn exchanged the ID-porten token: Altinn&apos;s APIs and apps take the new token for the person.</source>
        <translation>Altinn veksla inn ID-porten-tokenet: API-a og appane i Altinn godtek det nye tokenet for personen.</translation>
    </message>
</context>
<context>
    <name>IdPortenError</name>
    <message>
        <source>ID-porten did not accept the login code: it has expired, has been used already, or does not belong to this login.</source>
        <translation>ID-porten godtok ikkje innloggingskoden: Koden har gått ut, er allereie brukt eller høyrer ikkje til denne innlogginga.</translation>
    </message>
    <message>
        <source>ID-porten did not recognise your client: its client id, its key or the signed client assertion did not check out.</source>
        <translation>ID-porten kjende ikkje att klienten din: Klient-ID-en, nøkkelen eller den signerte klientpåstanden (client assertion) stemde ikkje.</translation>
    </message>
    <message>
        <source>Your ID-porten client may not log persons in this way.</source>
        <translation>ID-porten-klienten din har ikkje lov til å logge inn personar på denne måten.</translation>
    </message>
    <message>
        <source>Your ID-porten client may not ask for one of the scopes.</source>
        <translation>ID-porten-klienten din har ikkje lov til å be om eitt av scopa.</translation>
    </message>
    <message>
        <source>The person cancelled the login or did not give consent.</source>
        <translation>Personen avbraut innlogginga eller gav ikkje samtykke.</translation>
    </message>
    <message>
        <source>ID-porten could not handle the login just now.</source>
        <translation>ID-porten kunne ikkje behandle innlogginga akkurat no.</translation>
    </message>
    <message>
        <source>ID-porten refused the login (%1).</source>
        <translation>ID-porten avviste innlogginga (%1).</translation>
    </message>
    <message>
        <source>Log in again. A code can be used only once, within a minute.</source>
        <translation>Logg inn på nytt. Ein kode kan berre brukast éin gong, innan eitt minutt.</translation>
    </message>
    <message>
        <source>Log in again: the client is registered anew in the sandbox.</source>
        <translation>Logg inn på nytt: Klienten blir registrert på nytt i sandkassa.</translation>
    </message>
    <message>
        <source>Check the profile&apos;s ID-porten client id, and that the public key registered for the integration in Digdir&apos;s self-service is this key (docs/id-porten.md#tt02).</source>
        <translation>Sjekk klient-ID-en for ID-porten i profilen, og at den offentlege nøkkelen som er registrert for integrasjonen i sjølvbetjeningsportalen til Digdir, er denne nøkkelen (docs/id-porten.md#tt02).</translation>
    </message>
    <message>
        <source>Ask only for openid, profile, altinn:instances.read, altinn:instances.write or an app&apos;s own scope.</source>
        <translation>Be berre om openid, profile, altinn:instances.read, altinn:instances.write eller det eigne scopet til ein app.</translation>
    </message>
    <message>
        <source>Give the integration the grant type authorization_code and the scopes in Digdir&apos;s self-service, or ask for fewer scopes (docs/id-porten.md#tt02).</source>
        <translation>Gi integrasjonen tildelingstypen (grant type) authorization_code og scopa i sjølvbetjeningsportalen til Digdir, eller be om færre scope (docs/id-porten.md#tt02).</translation>
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
        <translation>Logg inn på nytt. Om det skjer igjen, rapporter det med detaljane nedanfor.</translation>
    </message>
</context>
<context>
    <name>IdTokenValidator</name>
    <message>
        <source>ID-porten&apos;s ID token could not be read.</source>
        <translation>ID-tokenet frå ID-porten kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>The ID token&apos;s signature does not check out against ID-porten&apos;s published keys: the login cannot be trusted.</source>
        <translation>Signaturen på ID-tokenet stemmer ikkje med dei publiserte nøklane til ID-porten: Ein kan ikkje stole på innlogginga.</translation>
    </message>
    <message>
        <source>The ID token was issued by another server than the ID-porten of this environment.</source>
        <translation>ID-tokenet vart utferda av ein annan server enn ID-porten i dette miljøet.</translation>
    </message>
    <message>
        <source>The ID token was issued to another client than yours.</source>
        <translation>ID-tokenet vart utferda til ein annan klient enn din.</translation>
    </message>
    <message>
        <source>The ID token does not belong to this login (its nonce differs): it may be replayed.</source>
        <translation>ID-tokenet høyrer ikkje til denne innlogginga (nonce-verdien er ein annan): Nokon kan ha sendt det på nytt.</translation>
    </message>
    <message>
        <source>The ID token is not valid at this computer&apos;s time. Check that the clock is right.</source>
        <translation>ID-tokenet er ikkje gyldig etter klokka på denne datamaskina. Sjekk at klokka går rett.</translation>
    </message>
</context>
<context>
    <name>ImportCustomersDialog</name>
    <message>
        <source>Some rows choose rights or access packages, and they can only be checked against the system with a working connection. Finish the Maskinporten page first, or remove those columns.</source>
        <translation>Nokre rader vel rettar eller tilgangspakkar, og dei kan berre sjekkast mot systemet når tilkoplinga verkar. Gjer ferdig Maskinporten-sida først, eller fjern desse kolonnane.</translation>
    </message>
    <message>
        <source>Checking the chosen rights and access packages against %1…</source>
        <translation>Sjekkar dei valde rettane og tilgangspakkane mot %1…</translation>
    </message>
    <message>
        <source>The check was cancelled. Rows that choose rights or access packages cannot be added without it.</source>
        <translation>Sjekken vart avbroten. Rader som vel rettar eller tilgangspakkar, kan ikkje leggjast til utan han.</translation>
    </message>
    <message>
        <source>reading the system from Altinn</source>
        <translation>hentinga av systemet frå Altinn</translation>
    </message>
    <message>
        <source>The chosen rights could not be checked: %1 %2</source>
        <translation>Dei valde rettane kunne ikkje sjekkast: %1 %2</translation>
    </message>
    <message>
        <source>The chosen rights and access packages were checked against %1.</source>
        <translation>Dei valde rettane og tilgangspakkane er sjekka mot %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %1 customer(s)</source>
        <translation>
            <numerusform>&amp;Legg til %1 kunde</numerusform>
            <numerusform>&amp;Legg til %1 kundar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Update %1 customer(s)</source>
        <translation>
            <numerusform>&amp;Oppdater %1 kunde</numerusform>
            <numerusform>&amp;Oppdater %1 kundar</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add %1, update %2</source>
        <translation>&amp;Legg til %1, oppdater %2</translation>
    </message>
    <message>
        <source>There is no customer list for this system: set up the system first.</source>
        <translation>Det finst inga kundeliste for dette systemet: Set opp systemet først.</translation>
    </message>
    <message>
        <source>Waiting for the check of the chosen rights against the system.</source>
        <translation>Ventar på at dei valde rettane blir sjekka mot systemet.</translation>
    </message>
    <message>
        <source>The list adds nothing new.</source>
        <translation>Lista inneheld ikkje noko nytt.</translation>
    </message>
    <message>
        <source>Adds the customers to the list. Nothing is sent to Altinn yet.</source>
        <translation>Legg kundane til i lista. Ingenting blir sendt til Altinn enno.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer kundar</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet, or copy the rows in the spreadsheet and paste them below. Only the organisation number is needed; name, external reference, e-mail, kind (standard or agent), rights, access packages and language are read when the list has them. Nothing is added until you press the Add button, and nothing is sent to Altinn.</source>
        <translation>Vel ei CSV-fil som er lagra frå eit rekneark, eller kopier radene i reknearket og lim dei inn nedanfor. Berre organisasjonsnummeret må vere med; namn, ekstern referanse, e-post, type (standard eller agent), rettar, tilgangspakkar og språk blir lesne når lista har dei. Ingenting blir lagt til før du trykkjer på Legg til-knappen, og ingenting blir sendt til Altinn.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>Lukk utan å leggje til</translation>
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
        <translation>Åtvaring: %1</translation>
    </message>
    <message>
        <source>… and %1 more. Correct the list in the spreadsheet and import it again.</source>
        <translation>… og %1 til. Rett lista i reknearket og importer henne på nytt.</translation>
    </message>
    <message>
        <source>Customers read from the list</source>
        <translation>Kundar lesne frå lista</translation>
    </message>
    <message>
        <source>Problems found in the list, with their lines</source>
        <translation>Problem funne i lista, med linjenummer</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Ingenting er lese enno.</translation>
    </message>
    <message>
        <source>&amp;Customers in the list</source>
        <translation>&amp;Kundar i lista</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Fu&amp;nn</translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation>Skiljeteikn: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Teiknkoding: %1</translation>
    </message>
    <message>
        <source>the first line names the columns</source>
        <translation>den første linja gir namn til kolonnane</translation>
    </message>
    <message>
        <source>no header line: the columns are read in the usual order</source>
        <translation>inga overskriftslinje: Kolonnane blir lesne i vanleg rekkjefølgje</translation>
    </message>
    <message>
        <source>&amp;Customers in the list (%1)</source>
        <translation>&amp;Kundar i lista (%1)</translation>
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
            <numerusform>%1 åtvaring</numerusform>
            <numerusform>%1 åtvaringar</numerusform>
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
        <translation>Bokmål (ikkje oppgitt)</translation>
    </message>
    <message>
        <source>The organisation number</source>
        <translation>Organisasjonsnummeret</translation>
    </message>
    <message>
        <source>Agent (client relationship)</source>
        <translation>Klientforhold (klientsystembrukar)</translation>
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
        <translation>Allereie i lista</translation>
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
        <translation>Namn</translation>
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
        <translation>Rettar og pakkar</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>I lista</translation>
    </message>
</context>
<context>
    <name>ImportSourceSection</name>
    <message>
        <source>Choose a customer list</source>
        <translation>Vel ei kundeliste</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Kundelister (*.csv *.txt *.tsv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a customer list. Choose the CSV file saved from the spreadsheet.</source>
        <translation>%1 er for stor til å vere ei kundeliste. Vel CSV-fila som er lagra frå reknearket.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2. Check that the file exists and that you may read it, then choose it again.</source>
        <translation>%1 kunne ikkje opnast: %2. Sjekk at fila finst, og at du har lov til å lese henne, og vel henne deretter på nytt.</translation>
    </message>
    <message>
        <source>No file chosen. You can also paste rows below.</source>
        <translation>Inga fil er vald. Du kan òg lime inn rader nedanfor.</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Lese frå %1</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Vel &amp;fil…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Vel ei CSV-fil</translation>
    </message>
    <message>
        <source>A CSV file as Excel, LibreOffice or Google Sheets save it</source>
        <translation>Ei CSV-fil slik Excel, LibreOffice eller Google Sheets lagrar henne</translation>
    </message>
    <message>
        <source>Or &amp;paste rows copied from a spreadsheet (the first row may name the columns):</source>
        <translation>Eller lim &amp;inn rader som er kopierte frå eit rekneark (den første rada kan gi namn til kolonnane):</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Innlimte rader</translation>
    </message>
    <message>
        <source>Organisation number	Name	External reference	E-mail</source>
        <translation>Organisasjonsnummer	Namn	Ekstern referanse	E-post</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>The profile&apos;s RSA key: generate, import, export the public part</source>
        <translation>RSA-nøkkelen til profilen: lag, importer, eksporter den offentlege delen</translation>
    </message>
    <message>
        <source>The key id (default: &lt;org&gt;-&lt;environment&gt;-&lt;date&gt;).</source>
        <translation>Nøkkel-ID-en (standard: &lt;org&gt;-&lt;environment&gt;-&lt;date&gt;).</translation>
    </message>
    <message>
        <source>Replace the profile&apos;s key (register the new public key afterwards).</source>
        <translation>Byt ut nøkkelen til profilen (registrer den nye offentlege nøkkelen etterpå).</translation>
    </message>
    <message>
        <source>Generate a key pair; the private key goes straight into the keychain.</source>
        <translation>Lag eit nøkkelpar; den private nøkkelen går rett inn i nøkkelringen.</translation>
    </message>
    <message>
        <source>Key size: 2048 (default), 3072 or 4096.</source>
        <translation>Nøkkelstorleik: 2048 (standard), 3072 eller 4096.</translation>
    </message>
    <message>
        <source>Import a private key (PEM, encrypted PEM, private JWK or PKCS#12) into the keychain.</source>
        <translation>Importer ein privat nøkkel (PEM, kryptert PEM, privat JWK eller PKCS#12) til nøkkelringen.</translation>
    </message>
    <message>
        <source>The key file.</source>
        <translation>Nøkkelfila.</translation>
    </message>
    <message>
        <source>Read the passphrase from the environment variable VAR (never from the command line).</source>
        <translation>Les passfrasen frå miljøvariabelen VAR (aldri frå kommandolinja).</translation>
    </message>
    <message>
        <source>Print the public key, to register it with Maskinporten.</source>
        <translation>Skriv ut den offentlege nøkkelen, for å registrere han i Maskinporten.</translation>
    </message>
    <message>
        <source>jwk (default), jwks or pem.</source>
        <translation>jwk (standard), jwks eller pem.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; already has the key &quot;%2&quot;. Add --replace to make a new one; then register the new public key again.</source>
        <translation>Profilen &quot;%1&quot; har allereie nøkkelen &quot;%2&quot;. Legg til --replace for å lage ein ny; registrer deretter den nye offentlege nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>--bits must be 2048, 3072 or 4096.</source>
        <translation>--bits må vere 2048, 3072 eller 4096.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Miljøvariabelen %1 er ikkje sett.</translation>
    </message>
    <message>
        <source>Put the passphrase in an environment variable and name it: --passphrase-env VAR</source>
        <translation>Legg passfrasen i ein miljøvariabel, og oppgi namnet på han: --passphrase-env VAR</translation>
    </message>
    <message>
        <source>Cannot use the key in %1: %2</source>
        <translation>Kan ikkje bruke nøkkelen i %1: %2</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain.</source>
        <translation>Nøkkelen kunne ikkje lagrast i nøkkelringen.</translation>
    </message>
    <message>
        <source>The key could not be generated.</source>
        <translation>Nøkkelen kunne ikkje lagast.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; is in the keychain (entry %2); the private key is never shown.
RSA %3 bits, thumbprint %4.</source>
        <translation>Nøkkelen &quot;%1&quot; ligg i nøkkelringen (oppføring %2); den private nøkkelen blir aldri vist.
RSA %3 bit, fingeravtrykk %4.</translation>
    </message>
    <message>
        <source>Next: register the client and public key in the sandbox: %1</source>
        <translation>Neste steg: registrer klienten og den offentlege nøkkelen i sandkassa: %1</translation>
    </message>
    <message>
        <source>Next: add the public key to your Maskinporten client at %1
  %2</source>
        <translation>Neste steg: legg til den offentlege nøkkelen på Maskinporten-klienten din på %1
  %2</translation>
    </message>
    <message>
        <source>--format must be jwk, jwks or pem.</source>
        <translation>--format må vere jwk, jwks eller pem.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no key yet.</source>
        <translation>Profilen &quot;%1&quot; har ingen nøkkel enno.</translation>
    </message>
    <message>
        <source>Make one: %1</source>
        <translation>Lag ein: %1</translation>
    </message>
    <message>
        <source>The key could not be read from the keychain.</source>
        <translation>Nøkkelen kunne ikkje lesast frå nøkkelringen.</translation>
    </message>
</context>
<context>
    <name>KeyImporter</name>
    <message>
        <source>The file is empty. Choose the file that holds your private key.</source>
        <translation>Fila er tom. Vel fila som inneheld den private nøkkelen din.</translation>
    </message>
    <message>
        <source>This is not a private key the wizard can read. Use a PEM file (text that starts with &quot;-----BEGIN&quot;), a JWK file with the private part, or a business certificate (.p12/.pfx).</source>
        <translation>Dette er ikkje ein privat nøkkel som vegvisaren kan lese. Bruk ei PEM-fil (tekst som byrjar med &quot;-----BEGIN&quot;), ei JWK-fil med den private delen, eller eit verksemdssertifikat (.p12/.pfx).</translation>
    </message>
    <message>
        <source>This key is protected by a password. Enter the password and try again.</source>
        <translation>Denne nøkkelen er verna med passord. Skriv inn passordet og prøv igjen.</translation>
    </message>
    <message>
        <source>The password is not correct for this key. Check it and try again.</source>
        <translation>Passordet passar ikkje til denne nøkkelen. Sjekk passordet og prøv igjen.</translation>
    </message>
    <message>
        <source>This is not an RSA key. Maskinporten only accepts RSA keys (RS256); generate an RSA key instead.</source>
        <translation>Dette er ikkje ein RSA-nøkkel. Maskinporten godtek berre RSA-nøklar (RS256); lag ein RSA-nøkkel i staden.</translation>
    </message>
    <message>
        <source>This RSA key is shorter than 2048 bits, which Maskinporten does not accept. Generate a new key of 2048 bits or more.</source>
        <translation>Denne RSA-nøkkelen er kortare enn 2048 bit, og det godtek ikkje Maskinporten. Lag ein ny nøkkel på minst 2048 bit.</translation>
    </message>
    <message>
        <source>This file holds only the public key. To sign requests the wizard needs the private key: choose the file you kept when the key was made.</source>
        <translation>Denne fila inneheld berre den offentlege nøkkelen. For å signere førespurnader treng vegvisaren den private nøkkelen: vel fila du tok vare på då nøkkelen vart laga.</translation>
    </message>
    <message>
        <source>This JWK is incomplete or damaged. A private RSA JWK needs kty, n, e, d, p, q, dp, dq and qi.</source>
        <translation>Denne JWK-en er ufullstendig eller skadd. Ein privat RSA-JWK må ha kty, n, e, d, p, q, dp, dq og qi.</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Opne i nettlesaren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Opne i nettlesaren</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>&amp;Kopier lenkje</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Kopier lenkje</translation>
    </message>
</context>
<context>
    <name>LocalizedTextsEditor</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Skil&amp;dring:</translation>
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
        <translation>Namn på %1</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Skildring på %1</translation>
    </message>
    <message>
        <source>The name customers see in Altinn</source>
        <translation>Namnet kundane ser i Altinn</translation>
    </message>
    <message>
        <source>What the system does, in a sentence or two</source>
        <translation>Kva systemet gjer, i éi eller to setningar</translation>
    </message>
    <message>
        <source>Cop&amp;y from Bokmål</source>
        <translation>Kopier frå &amp;bokmål</translation>
    </message>
    <message>
        <source>Copy from Bokmål</source>
        <translation>Kopier frå bokmål</translation>
    </message>
    <message>
        <source>Fills the empty Nynorsk and English fields with the Bokmål text, as a starting point to translate.</source>
        <translation>Fyller dei tomme felta for nynorsk og engelsk med bokmålsteksten, som eit utgangspunkt for omsetjing.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Request too large</source>
        <translation>For stor førespurnad</translation>
    </message>
    <message>
        <source>This address only takes the redirect from ID-porten.</source>
        <translation>Denne adressa tek berre imot omdirigeringa frå ID-porten.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ugyldig førespurnad</translation>
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation>Dette er ikkje ein HTTP-førespurnad.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikkje funne</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Ikkje tillate</translation>
    </message>
    <message>
        <source>You are logged in</source>
        <translation>Du er logga inn</translation>
    </message>
    <message>
        <source>You are logged in. You can close this tab and go back to System User Wizard.</source>
        <translation>Du er logga inn. Du kan lukke denne fana og gå tilbake til Systembrukar-vegvisar.</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Innlogginga vart avbroten</translation>
    </message>
    <message>
        <source>The login was cancelled at ID-porten. You can close this tab and go back to System User Wizard.</source>
        <translation>Innlogginga vart avbroten i ID-porten. Du kan lukke denne fana og gå tilbake til Systembrukar-vegvisar.</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Innlogginga feila</translation>
    </message>
    <message>
        <source>ID-porten could not log you in (%1). Close this tab and go back to System User Wizard to see what to do.</source>
        <translation>ID-porten kunne ikkje logge deg inn (%1). Lukk denne fana og gå tilbake til Systembrukar-vegvisar for å sjå kva du kan gjere.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>System User Wizard</source>
        <translation>Systembrukar-vegvisar</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>You were creating a new profile.</source>
        <translation>Du heldt på å opprette ein ny profil.</translation>
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
        <translation>La feltet stå tomt: Når du registrerer i sandkassa nedanfor, blir klienten oppretta.</translation>
    </message>
    <message>
        <source>Copy the client id from the self-service portal, where you created the client for this organisation.</source>
        <translation>Kopier klient-ID-en frå sjølvbetjeningsportalen, der du oppretta klienten for denne organisasjonen.</translation>
    </message>
    <message>
        <source>%1 of 36 characters.</source>
        <translation>%1 av 36 teikn.</translation>
    </message>
    <message>
        <source>A client id is a UUID: 36 characters like 1b2c3d4e-0000-4a5b-8c9d-0123456789ab. Copy it from the self-service portal.</source>
        <translation>Ein klient-ID er ein UUID: 36 teikn, som 1b2c3d4e-0000-4a5b-8c9d-0123456789ab. Kopier han frå sjølvbetjeningsportalen.</translation>
    </message>
    <message>
        <source>The client id could not be saved: %1</source>
        <translation>Klient-ID-en kunne ikkje lagrast: %1</translation>
    </message>
</context>
<context>
    <name>MaskinportenError</name>
    <message>
        <source>Maskinporten could not read the request.</source>
        <translation>Maskinporten kunne ikkje lese førespurnaden.</translation>
    </message>
    <message>
        <source>Maskinporten does not know this client id in this environment.</source>
        <translation>Maskinporten kjenner ikkje denne klient-ID-en i dette miljøet.</translation>
    </message>
    <message>
        <source>The request was addressed to the wrong Maskinporten (audience).</source>
        <translation>Førespurnaden var adressert til feil Maskinporten-miljø (audience).</translation>
    </message>
    <message>
        <source>The business certificate is not valid here.</source>
        <translation>Verksemdssertifikatet er ikkje gyldig her.</translation>
    </message>
    <message>
        <source>The key registered on the client has expired (keys last one year).</source>
        <translation>Nøkkelen som er registrert på klienten, har gått ut (nøklar varer i eitt år).</translation>
    </message>
    <message>
        <source>The certificate in the request could not be read.</source>
        <translation>Sertifikatet i førespurnaden kunne ikkje lesast.</translation>
    </message>
    <message>
        <source>The signature does not match the registered key.</source>
        <translation>Signaturen stemmer ikkje med den registrerte nøkkelen.</translation>
    </message>
    <message>
        <source>The key id (kid) is not registered on this client.</source>
        <translation>Nøkkel-ID-en (kid) er ikkje registrert på denne klienten.</translation>
    </message>
    <message>
        <source>This client uses registered keys, so the request must name one (kid).</source>
        <translation>Denne klienten brukar registrerte nøklar, så førespurnaden må oppgi kva nøkkel som blir brukt (kid).</translation>
    </message>
    <message>
        <source>The same request was sent twice.</source>
        <translation>Den same førespurnaden vart sendt to gonger.</translation>
    </message>
    <message>
        <source>The request had expired when it arrived.</source>
        <translation>Førespurnaden var ikkje lenger gyldig då han kom fram.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is ahead of Maskinporten&apos;s.</source>
        <translation>Klokka på denne datamaskina går føre klokka til Maskinporten.</translation>
    </message>
    <message>
        <source>The request was valid for too long.</source>
        <translation>Førespurnaden hadde for lang gyldigheitstid.</translation>
    </message>
    <message>
        <source>A scope asked for is not added to the client.</source>
        <translation>Førespurnaden ber om eit scope som ikkje er lagt til på klienten.</translation>
    </message>
    <message>
        <source>A scope asked for cannot be used with Maskinporten.</source>
        <translation>Førespurnaden ber om eit scope som ikkje kan brukast med Maskinporten.</translation>
    </message>
    <message>
        <source>Your organisation has not been given access to a scope asked for.</source>
        <translation>Organisasjonen din har ikkje fått tilgang til eit scope som førespurnaden ber om.</translation>
    </message>
    <message>
        <source>The customer has not delegated the scope to your organisation.</source>
        <translation>Kunden har ikkje delegert tilgangen (scope) til organisasjonen din.</translation>
    </message>
    <message>
        <source>The system user part of the request is not in the form Maskinporten expects.</source>
        <translation>Systembrukardelen av førespurnaden har ikkje det formatet Maskinporten krev.</translation>
    </message>
    <message>
        <source>Maskinporten found no system user for this customer, system and client.</source>
        <translation>Maskinporten fann ingen systembrukar for denne kunden, dette systemet og denne klienten.</translation>
    </message>
    <message>
        <source>Maskinporten refused the request (%1).</source>
        <translation>Maskinporten avviste førespurnaden (%1).</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, copy the request from the activity log and send it to support.</source>
        <translation>Prøv igjen. Om det framleis ikkje verkar, kopier førespurnaden frå aktivitetsloggen og send kopien til brukarstøtta.</translation>
    </message>
    <message>
        <source>Check the client id in the profile, and that the environment matches where the client was made (a test client only works against test).</source>
        <translation>Sjekk klient-ID-en i profilen, og at miljøet stemmer med der klienten vart oppretta (ein testklient verkar berre mot test).</translation>
    </message>
    <message>
        <source>Choose the right environment in the profile; the wizard then uses the exact issuer address.</source>
        <translation>Vel rett miljø i profilen; då brukar vegvisaren nøyaktig rett issuer-adresse.</translation>
    </message>
    <message>
        <source>Use a test certificate against test and a production certificate against production, and check that it has not expired.</source>
        <translation>Bruk eit testsertifikat mot test og eit produksjonssertifikat mot produksjon, og sjekk at sertifikatet ikkje har gått ut.</translation>
    </message>
    <message>
        <source>Upload the public key again in the self-service portal (that renews it), or generate a new key and register it.</source>
        <translation>Last opp den offentlege nøkkelen på nytt i sjølvbetjeningsportalen (då blir han fornya), eller lag ein ny nøkkel og registrer han.</translation>
    </message>
    <message>
        <source>Use the business certificate of the organisation that owns the client.</source>
        <translation>Bruk verksemdssertifikatet til organisasjonen som eig klienten.</translation>
    </message>
    <message>
        <source>Import the certificate again from its .p12 file.</source>
        <translation>Importer sertifikatet på nytt frå .p12-fila.</translation>
    </message>
    <message>
        <source>The key in the keychain is not the one registered under this kid. Register its public key, or pick the matching kid.</source>
        <translation>Nøkkelen i nøkkelringen er ikkje den som er registrert med denne kid-en. Registrer den tilhøyrande offentlege nøkkelen, eller vel kid-en som passar.</translation>
    </message>
    <message>
        <source>Register the public key on the client in the self-service portal, or correct the kid; changes can take up to two minutes to reach Maskinporten.</source>
        <translation>Registrer den offentlege nøkkelen på klienten i sjølvbetjeningsportalen, eller rett opp kid-en; det kan ta opptil to minutt før endringar når fram til Maskinporten.</translation>
    </message>
    <message>
        <source>Sign with the registered key instead of the certificate.</source>
        <translation>Signer med den registrerte nøkkelen i staden for sertifikatet.</translation>
    </message>
    <message>
        <source>Try again; every request gets a new id.</source>
        <translation>Prøv igjen; kvar førespurnad får ein ny ID.</translation>
    </message>
    <message>
        <source>Set this computer&apos;s clock to synchronise automatically with internet time, then try again.</source>
        <translation>Still inn klokka på denne datamaskina slik at ho blir synkronisert automatisk med internettid, og prøv igjen.</translation>
    </message>
    <message>
        <source>Add the scope to the client in the self-service portal, or remove it from the request.</source>
        <translation>Legg til scopet på klienten i sjølvbetjeningsportalen, eller fjern det frå førespurnaden.</translation>
    </message>
    <message>
        <source>Use a scope meant for machine-to-machine access, or a client of the Maskinporten type.</source>
        <translation>Bruk eit scope som er meint for maskin-til-maskin-tilgang, eller ein klient av typen Maskinporten.</translation>
    </message>
    <message>
        <source>Ask the API owner to give your organisation access to the scope.</source>
        <translation>Be eigaren av API-et om å gi organisasjonen din tilgang til scopet.</translation>
    </message>
    <message>
        <source>Ask the customer to delegate the scope to your organisation in Altinn.</source>
        <translation>Be kunden om å delegere scopet til organisasjonen din i Altinn.</translation>
    </message>
    <message>
        <source>Update the wizard; if it keeps failing, send the activity log to support.</source>
        <translation>Oppdater vegvisaren; om det framleis ikkje verkar, send aktivitetsloggen til brukarstøtta.</translation>
    </message>
    <message>
        <source>Check that the customer has approved the request, that the client id is listed on the system, and that the external reference matches the one used in the request.</source>
        <translation>Sjekk at kunden har godkjent førespurnaden, at klient-ID-en er ført opp på systemet, og at den eksterne referansen er den same som vart brukt i førespurnaden.</translation>
    </message>
    <message>
        <source>Read Maskinporten&apos;s message below, and try again. If it keeps failing, send the activity log to support.</source>
        <translation>Les meldinga frå Maskinporten nedanfor, og prøv igjen. Om det framleis ikkje verkar, send aktivitetsloggen til brukarstøtta.</translation>
    </message>
    <message>
        <source>The business certificate belongs to another organisation than the one that owns the client.</source>
        <translation>Verksemdssertifikatet høyrer til ein annan organisasjon enn den som eig klienten.</translation>
    </message>
    <message>
        <source>Try again; the wizard makes each request valid for at most two minutes.</source>
        <translation>Prøv igjen; vegvisaren gjer kvar førespurnad gyldig i høgst to minutt.</translation>
    </message>
    <message>
        <source>Maskinporten is not answering properly right now (HTTP %1). This is on their side.</source>
        <translation>Maskinporten svarar ikkje som det skal akkurat no (HTTP %1). Feilen ligg hos dei.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s); Maskinporten asked to wait that long.</source>
        <translation>
            <numerusform>Prøv igjen om %n sekund; Maskinporten bad om å vente så lenge.</numerusform>
            <numerusform>Prøv igjen om %n sekund; Maskinporten bad om å vente så lenge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s); Maskinporten asked to wait that long.</source>
        <translation>
            <numerusform>Prøv igjen om %n minutt; Maskinporten bad om å vente så lenge.</numerusform>
            <numerusform>Prøv igjen om %n minutt; Maskinporten bad om å vente så lenge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Prøv igjen om nokre minutt.</translation>
    </message>
</context>
<context>
    <name>MaskinportenExportPanel</name>
    <message>
        <source>Register the public key</source>
        <translation>Registrer den offentlege nøkkelen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>JWK (public key as JSON)</source>
        <translation>JWK (offentleg nøkkel som JSON)</translation>
    </message>
    <message>
        <source>JWKS (key set, for the portal&apos;s API)</source>
        <translation>JWKS (nøkkelsett, for API-et til portalen)</translation>
    </message>
    <message>
        <source>PEM (public key)</source>
        <translation>PEM (offentleg nøkkel)</translation>
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
        <translation>Lagre den offentlege nøkkelen i ei fil</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opier</translation>
    </message>
    <message>
        <source>Copy the public key</source>
        <translation>Kopier den offentlege nøkkelen</translation>
    </message>
    <message>
        <source>Open the self-service &amp;portal</source>
        <translation>Opne sjølvbetjenings&amp;portalen</translation>
    </message>
    <message>
        <source>Open the self-service portal in the browser</source>
        <translation>Opne sjølvbetjeningsportalen i nettlesaren</translation>
    </message>
    <message>
        <source>In the sandbox one click registers a Maskinporten client with this key and the scopes the wizard needs. You can still export the public key to see what you would send.</source>
        <translation>I sandkassa registrerer eitt klikk ein Maskinporten-klient med denne nøkkelen og dei scopa vegvisaren treng. Du kan likevel eksportere den offentlege nøkkelen for å sjå kva du ville sendt.</translation>
    </message>
    <message>
        <source>This server is on your computer: if it is a systemuser-sandbox, Register creates the client. Otherwise register the public key with the server yourself.</source>
        <translation>Denne serveren køyrer på datamaskina di: Om det er ein systemuser-sandbox, opprettar Registrer klienten. Elles må du registrere den offentlege nøkkelen på serveren sjølv.</translation>
    </message>
    <message>
        <source>In the self-service portal for %1: open your Maskinporten client (or create one for organisation %2), choose to add a key and paste the JWK (or upload the PEM). The client needs the scopes %3. Then copy the client id into the field above.</source>
        <translation>I sjølvbetjeningsportalen for %1: Opne Maskinporten-klienten din (eller opprett ein for organisasjonen %2), vel å leggje til ein nøkkel, og lim inn JWK-en (eller last opp PEM-fila). Klienten treng scopa %3. Kopier deretter klient-ID-en inn i feltet ovanfor.</translation>
    </message>
    <message>
        <source>The public key is copied. Paste it in the self-service portal.</source>
        <translation>Den offentlege nøkkelen er kopiert. Lim han inn i sjølvbetjeningsportalen.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Lagre den offentlege nøkkelen</translation>
    </message>
    <message>
        <source>The public key could not be saved to %1: %2</source>
        <translation>Den offentlege nøkkelen kunne ikkje lagrast i %1: %2</translation>
    </message>
    <message>
        <source>Saved the public key to %1. It holds no secret.</source>
        <translation>Lagra den offentlege nøkkelen i %1. Han inneheld ingen løyndomar.</translation>
    </message>
    <message>
        <source>No browser could be opened. Go to %1 yourself.</source>
        <translation>Ingen nettlesar kunne opnast. Gå til %1 sjølv.</translation>
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
        <translation>Namnet Maskinporten kjenner nøkkelen under. Endre det før du registrerer nøkkelen; trykk Enter for å ta i bruk endringa.</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritme:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Storleik:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingeravtrykk:</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>Lagra i:</translation>
    </message>
    <message>
        <source>The key&apos;s RFC 7638 thumbprint. It is the same wherever the public key is registered, so you can compare it with the portal.</source>
        <translation>Fingeravtrykket til nøkkelen etter RFC 7638. Det er det same uansett kvar den offentlege nøkkelen er registrert, så du kan samanlikne det med portalen.</translation>
    </message>
    <message>
        <source>No key yet. Generate one here (recommended), or import the key you already registered.</source>
        <translation>Ingen nøkkel enno. Lag ein her (tilrådd), eller importer nøkkelen du allereie har registrert.</translation>
    </message>
    <message>
        <source>This profile&apos;s key was kept for one run only and is gone now. Generate or import a key again.</source>
        <translation>Nøkkelen til denne profilen vart berre behalden i éi økt og er borte no. Lag eller importer ein nøkkel på nytt.</translation>
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
        <translation>Berre denne økta (i minnet; borte når du avsluttar)</translation>
    </message>
    <message>
        <source>With the business certificate&apos;s chain (x5c).</source>
        <translation>Med sertifikatkjeda til verksemdssertifikatet (x5c).</translation>
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
        <translation>Nøkkel&amp;storleik:</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bit</translation>
    </message>
    <message>
        <source>Key size in bits</source>
        <translation>Nøkkelstorleik i bit</translation>
    </message>
    <message>
        <source>2048 bits is what Maskinporten asks for at least; larger keys are slower to make and to use.</source>
        <translation>Maskinporten krev minst 2048 bit; større nøklar tek lengre tid å lage og å bruke.</translation>
    </message>
    <message>
        <source>Kee&amp;p for this run only</source>
        <translation>&amp;Behald berre i denne økta</translation>
    </message>
    <message>
        <source>Keep the key for this run only</source>
        <translation>Behald nøkkelen berre i denne økta</translation>
    </message>
    <message>
        <source>The key stays in memory and is gone when you quit. For demos, or when this computer has no keychain.</source>
        <translation>Nøkkelen ligg i minnet og forsvinn når du avsluttar. For demoar, eller når denne datamaskina ikkje har nokon nøkkelring.</translation>
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
        <translation>Du kan òg sleppe ei nøkkelfil her: PEM, JWK eller eit verksemdssertifikat (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Keep it for this run only</source>
        <translation>Behald han berre i denne økta</translation>
    </message>
    <message>
        <source>&amp;Generate a new key…</source>
        <translation>La&amp;g ein ny nøkkel…</translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation>La&amp;g nøkkel</translation>
    </message>
    <message>
        <source>Generate a new key</source>
        <translation>Lag ein ny nøkkel</translation>
    </message>
    <message>
        <source>Generate key</source>
        <translation>Lag nøkkel</translation>
    </message>
    <message>
        <source>Replace the key?</source>
        <translation>Vil du byte ut nøkkelen?</translation>
    </message>
    <message>
        <source>This profile has a key already (%1). A new key replaces it here; Maskinporten keeps accepting the old one until you remove it in the portal, and the new one works once you register it.</source>
        <translation>Denne profilen har allereie ein nøkkel (%1). Ein ny nøkkel erstattar han her; Maskinporten godtek den gamle heilt til du fjernar han i portalen, og den nye verkar når du har registrert han.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Byt ut nøkkelen</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Behald den noverande nøkkelen</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Importer ein privat nøkkel</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.key *.json *.jwk *.p12 *.pfx);;All files (*)</source>
        <translation>Nøklar og sertifikat (*.pem *.key *.json *.jwk *.p12 *.pfx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a key. Choose the file that holds your private key.</source>
        <translation>%1 er for stor til å vere ein nøkkel. Vel fila som inneheld den private nøkkelen din.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kan ikkje lesast: %2. Sjekk at fila finst, og at du har lov til å lese henne.</translation>
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
        <translation>Lagar ein nøkkel på %1 bit… dette tek nokre sekund.</translation>
    </message>
    <message>
        <source>Cancelled. No key was made.</source>
        <translation>Avbrote. Ingen nøkkel vart laga.</translation>
    </message>
    <message>
        <source>Saving the private key in the keychain…</source>
        <translation>Lagrar den private nøkkelen i nøkkelringen…</translation>
    </message>
    <message>
        <source>Keeping the private key in memory for this run…</source>
        <translation>Beheld den private nøkkelen i minnet for denne økta…</translation>
    </message>
    <message>
        <source>Cancelled. The profile keeps its previous key.</source>
        <translation>Avbrote. Profilen beheld den førre nøkkelen.</translation>
    </message>
    <message>
        <source>The key is ready. Its private part is in the keychain; register the public key below.</source>
        <translation>Nøkkelen er klar. Den private delen ligg i nøkkelringen; registrer den offentlege nøkkelen nedanfor.</translation>
    </message>
    <message>
        <source>The key is ready for this run. Register the public key below.</source>
        <translation>Nøkkelen er klar for denne økta. Registrer den offentlege nøkkelen nedanfor.</translation>
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
        <translation>Systemet ditt provar kven det er overfor Maskinporten med eit nøkkelpar. Den private nøkkelen blir verande i nøkkelringen på denne datamaskina; Maskinporten får den offentlege nøkkelen.</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Sjekk tilkoplinga</translation>
    </message>
</context>
<context>
    <name>MaskinportenTokenClient</name>
    <message>
        <source>The key could not sign the request.</source>
        <translation>Nøkkelen kunne ikkje signere førespurnaden.</translation>
    </message>
    <message>
        <source>Maskinporten did not answer in time.</source>
        <translation>Maskinporten svarte ikkje i tide.</translation>
    </message>
    <message>
        <source>Maskinporten&apos;s answer did not contain a token.</source>
        <translation>Svaret frå Maskinporten inneheldt ikkje noko token.</translation>
    </message>
    <message>
        <source>Maskinporten&apos;s answer was larger than %1 KiB, so it was not read.</source>
        <translation>Svaret frå Maskinporten var større enn %1 KiB, så det vart ikkje lese.</translation>
    </message>
    <message>
        <source>The connection to Maskinporten closed before the answer came.</source>
        <translation>Tilkoplinga til Maskinporten vart lukka før svaret kom.</translation>
    </message>
</context>
<context>
    <name>MetadataCommands</name>
    <message>
        <source>Search the resource registry (rights)</source>
        <translation>Søk i ressursregisteret (rettar)</translation>
    </message>
    <message>
        <source>Search the access packages</source>
        <translation>Søk i tilgangspakkane</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>Ord du vil søkje etter.</translation>
    </message>
    <message>
        <source>Find resources by title; their identifiers go into a system&apos;s rights.</source>
        <translation>Finn ressursar etter tittel; identifikatorane deira blir brukte i rettane til eit system.</translation>
    </message>
    <message>
        <source>Find access packages by name or description.</source>
        <translation>Finn tilgangspakkar etter namn eller skildring.</translation>
    </message>
    <message>
        <source>The server could not be reached; this is the saved copy from %1.</source>
        <translation>Fekk ikkje kontakt med serveren; dette er den lagra kopien frå %1.</translation>
    </message>
    <message>
        <source>searching the resource registry</source>
        <translation>søket i ressursregisteret</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) found.</source>
        <translation>
            <numerusform>%n ressurs funnen.</numerusform>
            <numerusform>%n ressursar funne.</numerusform>
        </translation>
    </message>
    <message>
        <source>searching the access packages</source>
        <translation>søket i tilgangspakkane</translation>
    </message>
    <message numerus="yes">
        <source>%n access package(s) found.</source>
        <translation>
            <numerusform>%n tilgangspakke funnen.</numerusform>
            <numerusform>%n tilgangspakkar funne.</numerusform>
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
        <translation>opprettinga av ein instans av %1</translation>
    </message>
    <message>
        <source>The app refused the token: it is not a system user token.</source>
        <translation>Appen avviste tokenet: Det er ikkje eit systembrukartoken.</translation>
    </message>
    <message>
        <source>Ask Maskinporten for a system user token for %1.</source>
        <translation>Be Maskinporten om eit systembrukartoken for %1.</translation>
    </message>
    <message>
        <source>The system user %1 no longer exists: it was deleted.</source>
        <translation>Systembrukaren %1 finst ikkje lenger: Han er sletta.</translation>
    </message>
    <message>
        <source>Send %1 a new request for the system and wait for the approval.</source>
        <translation>Send %1 ein ny førespurnad for systemet, og vent på godkjenninga.</translation>
    </message>
    <message>
        <source>The system user does not act for %1.</source>
        <translation>Systembrukaren handlar ikkje for %1.</translation>
    </message>
    <message>
        <source>Use a system user token for %1 itself.</source>
        <translation>Bruk eit systembrukartoken som høyrer til %1 sjølv.</translation>
    </message>
    <message>
        <source>The app refused: the system user of %1 may not create an instance of %2. It most likely lacks the right %3.</source>
        <translation>Appen sa nei: Systembrukaren til %1 har ikkje lov til å opprette ein instans av %2. Truleg manglar han retten %3.</translation>
    </message>
    <message>
        <source>The system user of %1 may not create an instance of %2: it lacks the right %3.</source>
        <translation>Systembrukaren til %1 har ikkje lov til å opprette ein instans av %2: Han manglar retten %3.</translation>
    </message>
    <message>
        <source>Add %1 to the system&apos;s rights, publish the system and send %2 a change request; once the customer has approved it, try again.</source>
        <translation>Legg %1 til i rettane til systemet, publiser systemet og send %2 ein endringsførespurnad; prøv igjen når kunden har godkjent han.</translation>
    </message>
    <message>
        <source>There is no app %1 here.</source>
        <translation>Det finst ingen app %1 her.</translation>
    </message>
    <message>
        <source>Check the app owner&apos;s code and the app&apos;s name (the resource %1).</source>
        <translation>Sjekk koden til appeigaren og namnet på appen (ressursen %1).</translation>
    </message>
    <message>
        <source>The answer from the app was lost: the instance of %1 for %2 may have been created.</source>
        <translation>Svaret frå appen gjekk tapt: Instansen av %1 for %2 kan vere oppretta.</translation>
    </message>
    <message>
        <source>Do not simply try again: every try creates another instance. Look in the app or in the customer&apos;s inbox first.</source>
        <translation>Ikkje berre prøv igjen: Kvart forsøk opprettar ein ny instans. Sjå først i appen eller i innboksen til kunden.</translation>
    </message>
</context>
<context>
    <name>Onboarding::BulkChangeRequestFlow</name>
    <message>
        <source>Change request sent. Waiting for the customer.</source>
        <translation>Endringsførespurnaden er sendt. Ventar på kunden.</translation>
    </message>
    <message>
        <source>This change request was sent before; it is waiting for the customer.</source>
        <translation>Denne endringsførespurnaden vart sendt tidlegare; han ventar på kunden.</translation>
    </message>
    <message>
        <source>The system user has what was asked for already; nothing was sent.</source>
        <translation>Systembrukaren har allereie det som vart bede om; ingenting vart sendt.</translation>
    </message>
</context>
<context>
    <name>Onboarding::BulkRequestFlow</name>
    <message>
        <source>Sent before the interruption; found at Altinn, nothing sent again.</source>
        <translation>Sendt før avbrotet; funnen hos Altinn, ingenting sendt på nytt.</translation>
    </message>
    <message>
        <source>Could not check whether the interrupted run reached Altinn; nothing was sent. Run the send again later.</source>
        <translation>Kunne ikkje sjekke om den avbrotne sendinga kom fram til Altinn; ingenting vart sendt. Send på nytt seinare.</translation>
    </message>
    <message>
        <source>Stopped before asking more customers: %1</source>
        <translation>Stoppa før fleire kundar vart spurde: %1</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because its journal could not be written.</source>
        <translation>Ikkje sendt: Sendinga stoppa fordi loggen ikkje kunne skrivast.</translation>
    </message>
    <message>
        <source>Request sent (its answer was lost; found at Altinn afterwards). Waiting for the customer.</source>
        <translation>Førespurnaden er sendt (svaret gjekk tapt; han vart funnen hos Altinn etterpå). Ventar på kunden.</translation>
    </message>
    <message>
        <source>Request sent. Waiting for the customer.</source>
        <translation>Førespurnaden er sendt. Ventar på kunden.</translation>
    </message>
    <message>
        <source>A request was waiting already; nothing new was sent. Send the customer its link.</source>
        <translation>Ein førespurnad venta allereie; ingenting nytt vart sendt. Send lenkja til kunden.</translation>
    </message>
    <message>
        <source>An earlier request was rejected or timed out. Open the customer to delete it and ask again.</source>
        <translation>Ein tidlegare førespurnad vart avvist eller gjekk ut på tid. Opne kunden for å slette førespurnaden og spørje på nytt.</translation>
    </message>
    <message>
        <source>The customer has this system user already; nothing was sent.</source>
        <translation>Kunden har allereie denne systembrukaren; ingenting vart sendt.</translation>
    </message>
    <message>
        <source>The customer list could not be saved; the journal is kept, so the next run looks these customers up first.</source>
        <translation>Kundelista kunne ikkje lagrast. Loggen blir teken vare på, så neste køyring slår opp desse kundane først.</translation>
    </message>
</context>
<context>
    <name>Onboarding::ChangeCampaign</name>
    <message>
        <source>reading the change requests</source>
        <translation>hentinga av endringsførespurnadene</translation>
    </message>
    <message>
        <source>reading the change request of %1</source>
        <translation>hentinga av endringsførespurnaden til %1</translation>
    </message>
    <message>
        <source>reading what the system user of %1 holds</source>
        <translation>hentinga av kva systembrukaren til %1 har</translation>
    </message>
    <message>
        <source>This is a system user for client relationships (agent): Altinn&apos;s change requests are for standard system users only.</source>
        <translation>Dette er ein systembrukar for klientforhold (klientsystembrukar): Endringsførespurnader i Altinn gjeld berre standard systembrukarar.</translation>
    </message>
    <message>
        <source>The customer must approve a new agent request instead: the customer deletes the system user in Altinn (Systemtilganger), then you send a new agent request with what it should have.</source>
        <translation>Kunden må godkjenne ein ny førespurnad om klientsystembrukar i staden: Kunden slettar systembrukaren i Altinn (Systemtilganger), og så sender du ein ny førespurnad om klientsystembrukar med det han skal ha.</translation>
    </message>
    <message>
        <source>A change request for this system user already waits for the customer.</source>
        <translation>Ein endringsførespurnad for denne systembrukaren ventar allereie på kunden.</translation>
    </message>
    <message>
        <source>Wait until the customer has decided, then plan again.</source>
        <translation>Vent til kunden har bestemt seg, og planlegg deretter på nytt.</translation>
    </message>
    <message>
        <source>Wait until the customer has decided, or hand over its link again: %1. Then plan again.</source>
        <translation>Vent til kunden har bestemt seg, eller gi lenkja til kunden på nytt: %1. Planlegg deretter på nytt.</translation>
    </message>
    <message>
        <source>What this system user holds is unknown: the request it was created from is gone.</source>
        <translation>Det er ukjent kva denne systembrukaren har: Førespurnaden han vart oppretta frå, finst ikkje lenger.</translation>
    </message>
    <message>
        <source>Ask again instead: the customer deletes the system user in Altinn (Systemtilganger), then you send a new request with what it should have.</source>
        <translation>Spør på nytt i staden: Kunden slettar systembrukaren i Altinn (Systemtilganger), og så sender du ein ny førespurnad med det han skal ha.</translation>
    </message>
    <message>
        <source>The system no longer offers anything this customer wanted, so there is nothing left to ask for.</source>
        <translation>Systemet tilbyr ikkje lenger noko av det denne kunden ville ha, så det er ingenting att å be om.</translation>
    </message>
    <message>
        <source>Agree with the customer what the system user should have and update what the customer wants, or let the customer delete the system user in Altinn.</source>
        <translation>Avtal med kunden kva systembrukaren skal ha, og oppdater kva kunden ønskjer, eller la kunden slette systembrukaren i Altinn.</translation>
    </message>
    <message>
        <source>Each change request must be approved in Altinn by someone who holds the access manager role for the customer and may delegate every right and access package it adds. A change request cannot be passed on (escalated) to someone else, so tell each customer who has to approve it.</source>
        <translation>Kvar endringsførespurnad må godkjennast i Altinn av nokon som har rolla Tilgangsstyrar for kunden og kan delegere kvar rett og tilgangspakke som førespurnaden legg til. Ein endringsførespurnad kan ikkje sendast vidare (eskalerast) til nokon annan, så fortel kvar kunde kven som må godkjenne han.</translation>
    </message>
</context>
<context>
    <name>Onboarding::IdPortenClientSetup</name>
    <message>
        <source>There is no profile to log in with.</source>
        <translation>Det finst ingen profil å logge inn med.</translation>
    </message>
    <message>
        <source>No key could be made for the ID-porten client.</source>
        <translation>Kunne ikkje lage nokon nøkkel for ID-porten-klienten.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names no ID-porten client for %2.</source>
        <translation>Profilen &quot;%1&quot; har ingen ID-porten-klient for %2.</translation>
    </message>
    <message>
        <source>A new key was made for the ID-porten client %1: ID-porten does not know it yet.</source>
        <translation>Det vart laga ein ny nøkkel for ID-porten-klienten %1: ID-porten kjenner han ikkje enno.</translation>
    </message>
    <message>
        <source>Register an ID-porten integration in Digdir&apos;s self-service with the redirect URI %1 and private_key_jwt, upload the public key in the details below, and put its client id in the profile (%2).</source>
        <translation>Registrer ein ID-porten-integrasjon i sjølvbetjeningsportalen til Digdir med omdirigeringsadressa (redirect URI) %1 og private_key_jwt, last opp den offentlege nøkkelen frå detaljane nedanfor, og legg klient-ID-en til integrasjonen inn i profilen (%2).</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no organisation number. Add it first.</source>
        <translation>Profilen &quot;%1&quot; har ikkje noko organisasjonsnummer. Legg det til først.</translation>
    </message>
    <message>
        <source>registering the ID-porten client in the sandbox</source>
        <translation>registreringa av ID-porten-klienten i sandkassa</translation>
    </message>
    <message>
        <source>%1 (System User Wizard)</source>
        <translation>%1 (Systembrukar-vegvisar)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten client %1 belongs to organisation %2, not to %3.</source>
        <translation>ID-porten-klienten %1 i sandkassa høyrer til organisasjonen %2, ikkje til %3.</translation>
    </message>
    <message>
        <source>Reset the sandbox, or use a profile of organisation %1.</source>
        <translation>Nullstill sandkassa, eller bruk ein profil for organisasjonen %1.</translation>
    </message>
    <message>
        <source>updating the sandbox&apos;s ID-porten client</source>
        <translation>oppdateringa av ID-porten-klienten i sandkassa</translation>
    </message>
</context>
<context>
    <name>Onboarding::IdPortenLoginFlow</name>
    <message>
        <source>Nobody logged in at ID-porten in time.</source>
        <translation>Ingen logga inn i ID-porten i tide.</translation>
    </message>
    <message>
        <source>Log in again when ready, and finish the login in the browser within a few minutes.</source>
        <translation>Logg inn på nytt når du er klar, og fullfør innlogginga i nettlesaren innan nokre minutt.</translation>
    </message>
    <message>
        <source>There is no profile to log in with.</source>
        <translation>Det finst ingen profil å logge inn med.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Vel ein profil først.</translation>
    </message>
    <message>
        <source>reading ID-porten&apos;s discovery document</source>
        <translation>hentinga av discovery-dokumentet til ID-porten</translation>
    </message>
    <message>
        <source>No port could be opened on 127.0.0.1 for ID-porten&apos;s answer.</source>
        <translation>Kunne ikkje opne nokon port på 127.0.0.1 for svaret frå ID-porten.</translation>
    </message>
    <message>
        <source>Check that no firewall or security software blocks local connections, then log in again.</source>
        <translation>Sjekk at ingen brannmur eller sikkerheitsprogramvare blokkerer lokale tilkoplingar, og logg så inn på nytt.</translation>
    </message>
    <message>
        <source>The answer that came back from the browser does not belong to this login (its state differs), so it was not used.</source>
        <translation>Svaret som kom tilbake frå nettlesaren, høyrer ikkje til denne innlogginga (state-verdien er ein annan), så det vart ikkje brukt.</translation>
    </message>
    <message>
        <source>Log in again, and finish the login in the newest ID-porten tab only.</source>
        <translation>Logg inn på nytt, og fullfør innlogginga berre i den nyaste ID-porten-fana.</translation>
    </message>
    <message>
        <source>The answer came from another login service (%1) than this environment&apos;s ID-porten.</source>
        <translation>Svaret kom frå ei anna innloggingsteneste (%1) enn ID-porten i dette miljøet.</translation>
    </message>
    <message>
        <source>Log in again.</source>
        <translation>Logg inn på nytt.</translation>
    </message>
    <message>
        <source>ID-porten&apos;s answer held no login code.</source>
        <translation>Svaret frå ID-porten inneheldt ingen innloggingskode.</translation>
    </message>
    <message>
        <source>getting the tokens from ID-porten</source>
        <translation>hentinga av tokena frå ID-porten</translation>
    </message>
    <message>
        <source>reading ID-porten&apos;s keys</source>
        <translation>hentinga av nøklane til ID-porten</translation>
    </message>
    <message>
        <source>Log in again. If it happens again, report it with the details below.</source>
        <translation>Logg inn på nytt. Om det skjer igjen, rapporter det med detaljane nedanfor.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>Innlogginga vart avbroten.</translation>
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
        <translation>Ein nøkkel-ID kan berre innehalde bokstavar, siffer, punktum, kolon, bindestrekar og understrekar (høgst 100 teikn).</translation>
    </message>
    <message>
        <source>The key could not be generated. Try again; if it keeps failing, import a key instead.</source>
        <translation>Nøkkelen kunne ikkje lagast. Prøv igjen; om det framleis ikkje verkar, importer ein nøkkel i staden.</translation>
    </message>
    <message>
        <source>The key is stored, but the profile could not be saved: %1</source>
        <translation>Nøkkelen er lagra, men profilen kunne ikkje lagrast: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved, so it keeps its previous key: %1</source>
        <translation>Profilen kunne ikkje lagrast, så han held på den førre nøkkelen: %1</translation>
    </message>
</context>
<context>
    <name>Onboarding::LedgerSync</name>
    <message>
        <source>reading the agent requests</source>
        <translation>hentinga av førespurnadene om klientsystembrukar</translation>
    </message>
    <message>
        <source>reading the requests</source>
        <translation>hentinga av førespurnadene</translation>
    </message>
    <message>
        <source>reading the system users</source>
        <translation>hentinga av systembrukarane</translation>
    </message>
    <message>
        <source>reading the change requests</source>
        <translation>hentinga av endringsførespurnadene</translation>
    </message>
</context>
<context>
    <name>Onboarding::PersonAppInstanceFlow</name>
    <message>
        <source>The app refused: the person&apos;s token lacks the scope altinn:instances.write.</source>
        <translation>Appen avviste: Tokenet til personen manglar scopet altinn:instances.write.</translation>
    </message>
    <message>
        <source>Log in again and ask for the scope altinn:instances.write (and make sure your ID-porten client has it).</source>
        <translation>Logg inn på nytt og be om scopet altinn:instances.write (og sjå til at ID-porten-klienten din har det).</translation>
    </message>
    <message>
        <source>The app refused: the person may not act for %1 here.</source>
        <translation>Appen avviste: Personen har ikkje lov til å handle for %1 her.</translation>
    </message>
    <message>
        <source>Create the instance for an organisation the person acts for.</source>
        <translation>Opprett instansen for ein organisasjon som personen handlar for.</translation>
    </message>
    <message>
        <source>The app does not know the person who logged in.</source>
        <translation>Appen kjenner ikkje personen som logga inn.</translation>
    </message>
    <message>
        <source>Log in as another person.</source>
        <translation>Logg inn som ein annan person.</translation>
    </message>
    <message>
        <source>The person who logged in holds no role at %1 that lets them create an instance of %2.</source>
        <translation>Personen som logga inn, har inga rolle i %1 som gir lov til å opprette ein instans av %2.</translation>
    </message>
    <message>
        <source>Log in as a person with a role at %1 that the app accepts (such as general manager), or have the organisation give this person such a role.</source>
        <translation>Logg inn som ein person med ei rolle i %1 som appen godtek (til dømes dagleg leiar), eller be organisasjonen gi denne personen ei slik rolle.</translation>
    </message>
    <message>
        <source>There is no profile to act with.</source>
        <translation>Det finst ingen profil å handle med.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Vel ein profil først.</translation>
    </message>
</context>
<context>
    <name>Onboarding::PersonTokenExchange</name>
    <message>
        <source>There is no profile to act with.</source>
        <translation>Det finst ingen profil å handle med.</translation>
    </message>
    <message>
        <source>No person is logged in.</source>
        <translation>Ingen person er logga inn.</translation>
    </message>
    <message>
        <source>Log in with ID-porten first.</source>
        <translation>Logg inn med ID-porten først.</translation>
    </message>
    <message>
        <source>exchanging the ID-porten token at Altinn</source>
        <translation>vekslinga av ID-porten-tokenet i Altinn</translation>
    </message>
    <message>
        <source>Log in with ID-porten again, then try again.</source>
        <translation>Logg inn med ID-porten på nytt, og prøv så igjen.</translation>
    </message>
</context>
<context>
    <name>Onboarding::PublishSystemFlow</name>
    <message>
        <source>checking what is registered</source>
        <translation>sjekken av kva som er registrert</translation>
    </message>
    <message>
        <source>registering the system</source>
        <translation>registreringa av systemet</translation>
    </message>
    <message>
        <source>updating the system</source>
        <translation>oppdateringa av systemet</translation>
    </message>
    <message>
        <source>reading the system back (it was probably saved; select Try again to check)</source>
        <translation>hentinga av systemet etter lagringa (det vart truleg lagra; vel Prøv igjen for å sjekke)</translation>
    </message>
    <message>
        <source>checking whether the system was registered</source>
        <translation>sjekken av om systemet vart registrert</translation>
    </message>
    <message>
        <source>The system id %1 is registered already, by another vendor: nothing was registered now.</source>
        <translation>System-ID-en %1 er allereie registrert, av ein annan leverandør: Ingenting vart registrert no.</translation>
    </message>
    <message>
        <source>Choose another system id.</source>
        <translation>Vel ein annan system-ID.</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and the system %1 is not registered: nothing was created.</source>
        <translation>Altinn svarte med ein serverfeil, og systemet %1 er ikkje registrert: Ingenting vart oppretta.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and the system %1 is not registered: nothing was created.</source>
        <translation>Svaret frå Altinn gjekk tapt, og systemet %1 er ikkje registrert: Ingenting vart oppretta.</translation>
    </message>
    <message>
        <source>Register it again.</source>
        <translation>Registrer det på nytt.</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and could not be asked afterwards whether the system %1 was registered anyway: it may have been.</source>
        <translation>Altinn svarte med ein serverfeil, og det gjekk ikkje å spørje Altinn etterpå om systemet %1 vart registrert likevel: Det kan ha blitt det.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and Altinn could not be asked afterwards whether the system %1 was registered: it may have been.</source>
        <translation>Svaret frå Altinn gjekk tapt, og det gjekk ikkje å spørje Altinn etterpå om systemet %1 vart registrert: Det kan ha blitt det.</translation>
    </message>
    <message>
        <source>Check again before registering it again. Registering it again is safe: a system that is there is found and reported, never registered twice.</source>
        <translation>Sjekk på nytt før du registrerer det igjen. Det er trygt å registrere det på nytt: Eit system som finst, blir funne og rapportert, aldri registrert to gonger.</translation>
    </message>
    <message>
        <source>The system id %1 is registered already in your organisation&apos;s name, but with other client ids (%2): someone else set it up, so it was left as it is.</source>
        <translation>System-ID-en %1 er allereie registrert i namnet til organisasjonen din, men med andre klient-ID-ar (%2): Nokon andre sette det opp, så det vart late vere som det er.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Choose another system id, or agree with whoever registered it before you update it.</source>
        <translation>Vel ein annan system-ID, eller avtal med den som registrerte systemet, før du oppdaterer det.</translation>
    </message>
    <message>
        <source>updating the system (it was registered already, but not as in the definition)</source>
        <translation>oppdateringa av systemet (det var allereie registrert, men ikkje slik som i definisjonen)</translation>
    </message>
</context>
<context>
    <name>Onboarding::SandboxCatalogueFlow</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassa har ikkje starta enno. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Only the sandbox has a catalogue of its own; %1 has Altinn&apos;s catalogue.</source>
        <translation>Berre sandkassa har ein eigen katalog; %1 brukar katalogen til Altinn.</translation>
    </message>
    <message>
        <source>The environment changed underneath. Try again.</source>
        <translation>Miljøet vart endra undervegs. Prøv igjen.</translation>
    </message>
    <message>
        <source>Nothing was sent: the file has problems the sandbox would refuse.</source>
        <translation>Ingenting vart sendt: Fila har problem som sandkassa ville avvise.</translation>
    </message>
    <message>
        <source>Nothing was sent: there is nothing to add.</source>
        <translation>Ingenting vart sendt: Det er ingenting å leggje til.</translation>
    </message>
    <message>
        <source>The language of the export must be nb, nn or en (got &quot;%1&quot;).</source>
        <translation>Språket i eksporten må vere nb, nn eller en (fekk &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The catalogue changed, but the saved copy of it could not be downloaded again: %1 Use Retry in the rights list to load it.</source>
        <translation>Katalogen vart endra, men den lagra kopien av han kunne ikkje lastast ned på nytt: %1 Bruk «Prøv igjen» i rettelista for å hente han.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrote.</translation>
    </message>
    <message>
        <source>The sandbox did not take it: %1</source>
        <translation>Sandkassa tok ikkje imot dette: %1</translation>
    </message>
    <message>
        <source>%1 of %2 parts were added before that; sending the file again is safe.</source>
        <translation>%1 av %2 delar vart lagde til før det; det er trygt å sende fila på nytt.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SandboxCatalogueImport</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at byte %2). Save the API&apos;s answer as it came, e.g. with curl -o.</source>
        <translation>Fila er ikkje JSON (%1 ved byte %2). Lagre svaret frå API-et akkurat slik det kom, t.d. med curl -o.</translation>
    </message>
    <message>
        <source>The file holds an empty list: there is nothing to add.</source>
        <translation>Fila inneheld ei tom liste: Det er ingenting å leggje til.</translation>
    </message>
    <message>
        <source>This is an access package search answer. Add the whole export instead (accessmanagement/api/v1/meta/info/accesspackages/export).</source>
        <translation>Dette er eit søkjesvar for tilgangspakkar. Legg heller til heile eksporten (accessmanagement/api/v1/meta/info/accesspackages/export).</translation>
    </message>
    <message>
        <source>This is not a format the sandbox can add: expected a resource list or resource (with &quot;identifier&quot;), an access package export (area groups with &quot;areas&quot;), or organisations (&quot;orgNo&quot; and &quot;name&quot;).</source>
        <translation>Dette er ikkje eit format sandkassa kan leggje til. Venta ei ressursliste eller ein ressurs (med &quot;identifier&quot;), ein eksport av tilgangspakkar (områdegrupper med &quot;areas&quot;) eller organisasjonar (&quot;orgNo&quot; og &quot;name&quot;).</translation>
    </message>
    <message>
        <source>Expected a resource (an object); found something else.</source>
        <translation>Venta ein ressurs (eit objekt), men fann noko anna.</translation>
    </message>
    <message>
        <source>The identifier must be 4 to 200 letters, digits, &quot;_&quot; or &quot;-&quot; (found &quot;%1&quot;).</source>
        <translation>Identifikatoren må vere 4 til 200 bokstavar, siffer, &quot;_&quot; eller &quot;-&quot; (fann &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a path of the registry, not a resource id.</source>
        <translation>&quot;%1&quot; er ein sti i registeret, ikkje ein ressurs-ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the file twice (also at %2).</source>
        <translation>&quot;%1&quot; står to gonger i fila (òg ved %2).</translation>
    </message>
    <message>
        <source>Unknown resource type &quot;%1&quot;; the registry&apos;s types are %2.</source>
        <translation>Ukjend ressurstype &quot;%1&quot;; typane i registeret er %2.</translation>
    </message>
    <message>
        <source>Ids starting with &quot;app_&quot; belong to apps: the type must be AltinnApp (or MigratedApp), not %1.</source>
        <translation>ID-ar som byrjar med &quot;app_&quot;, høyrer til appar: Typen må vere AltinnApp (eller MigratedApp), ikkje %1.</translation>
    </message>
    <message>
        <source>An app (%1) has an id of the form app_&lt;owner code&gt;_&lt;app name&gt;.</source>
        <translation>Ein app (%1) har ein ID på forma app_&lt;eigarkode&gt;_&lt;appnamn&gt;.</translation>
    </message>
    <message>
        <source>Expected texts per language, e.g. {&quot;nb&quot;: &quot;…&quot;, &quot;nn&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</source>
        <translation>Venta tekstar per språk, t.d. {&quot;nb&quot;: &quot;…&quot;, &quot;nn&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Venta true eller false.</translation>
    </message>
    <message>
        <source>Expected the owner: {&quot;orgcode&quot;, &quot;organization&quot;, &quot;name&quot;}.</source>
        <translation>Venta eigaren: {&quot;orgcode&quot;, &quot;organization&quot;, &quot;name&quot;}.</translation>
    </message>
    <message>
        <source>Expected the owner&apos;s organisation number, nine digits (found &quot;%1&quot;).</source>
        <translation>Venta organisasjonsnummeret til eigaren, ni siffer (fann &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>%1 is a %2: the system register does not take it as a right (AUTH.VLD-00017).</source>
        <translation>%1 er av typen %2: Systemregisteret godtek han ikkje som rett (AUTH.VLD-00017).</translation>
    </message>
    <message>
        <source>%1 is not delegable: a system may list it, but customers cannot approve it.</source>
        <translation>%1 kan ikkje delegerast: Eit system kan ha han med, men kundar kan ikkje godkjenne han.</translation>
    </message>
    <message>
        <source>This resource alone is larger than the sandbox takes in one request.</source>
        <translation>Denne ressursen åleine er større enn det sandkassa tek imot i éin førespurnad.</translation>
    </message>
    <message>
        <source>Expected an area group with its &quot;areas&quot;, as the export lists them.</source>
        <translation>Venta ei områdegruppe med &quot;areas&quot;, slik eksporten listar dei.</translation>
    </message>
    <message>
        <source>Expected &quot;Organisasjon&quot; or &quot;Person&quot; (found &quot;%1&quot;).</source>
        <translation>Venta &quot;Organisasjon&quot; eller &quot;Person&quot; (fann &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Every area needs its URN, e.g. &quot;accesspackage:area:skatt_avgift_regnskap_og_toll&quot;.</source>
        <translation>Kvart område treng ein URN, t.d. &quot;accesspackage:area:skatt_avgift_regnskap_og_toll&quot;.</translation>
    </message>
    <message>
        <source>Expected urn:altinn:accesspackage:&lt;code&gt; (found &quot;%1&quot;).</source>
        <translation>Venta urn:altinn:accesspackage:&lt;kode&gt; (fann &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Expected true or false, as the export has it.</source>
        <translation>Venta true eller false, slik eksporten har det.</translation>
    </message>
    <message>
        <source>%1 is neither delegable nor assignable: the system register refuses it (AUTH.VLD-00008).</source>
        <translation>%1 kan verken delegerast eller tildelast: Systemregisteret avviser han (AUTH.VLD-00008).</translation>
    </message>
    <message>
        <source>This area alone is larger than the sandbox takes in one request.</source>
        <translation>Dette området åleine er større enn det sandkassa tek imot i éin førespurnad.</translation>
    </message>
    <message>
        <source>The export holds no areas and no packages.</source>
        <translation>Eksporten inneheld verken område eller pakkar.</translation>
    </message>
    <message>
        <source>%1 is in the block of the sandbox&apos;s synthetic organisations (350000000 to 360999971); choose another number.</source>
        <translation>%1 ligg i nummerserien til dei syntetiske organisasjonane i sandkassa (350000000 til 360999971); vel eit anna nummer.</translation>
    </message>
    <message>
        <source>Every organisation needs a name.</source>
        <translation>Kvar organisasjon treng eit namn.</translation>
    </message>
    <message>
        <source>%1 is in the file twice (also at %2).</source>
        <translation>%1 står to gonger i fila (òg ved %2).</translation>
    </message>
    <message numerus="yes">
        <source>a resource list with %n resource(s)</source>
        <translation>
            <numerusform>ei ressursliste med %n ressurs</numerusform>
            <numerusform>ei ressursliste med %n ressursar</numerusform>
        </translation>
    </message>
    <message>
        <source>one resource</source>
        <translation>éin ressurs</translation>
    </message>
    <message numerus="yes">
        <source>an access package export with %n package(s)</source>
        <translation>
            <numerusform>ein eksport av tilgangspakkar med %n pakke</numerusform>
            <numerusform>ein eksport av tilgangspakkar med %n pakkar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n area(s)</source>
        <translation>
            <numerusform>i %n område</numerusform>
            <numerusform>i %n område</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisasjon</numerusform>
            <numerusform>%n organisasjonar</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing the sandbox can add</source>
        <translation>ingenting sandkassa kan leggje til</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, so it is not a catalogue export.</source>
        <translation>%1 er større enn %2 MiB, så det er ikkje ein katalogeksport.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SandboxClientRegistrationFlow</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassa har ikkje starta enno. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>The profile changed while the client was being registered. Try again.</source>
        <translation>Profilen vart endra medan klienten vart registrert. Prøv igjen.</translation>
    </message>
    <message>
        <source>Only the sandbox registers clients from here. In %1, register the client and the public key in the self-service portal.</source>
        <translation>Berre sandkassa registrerer klientar herifrå. I %1 registrerer du klienten og den offentlege nøkkelen i sjølvbetjeningsportalen.</translation>
    </message>
    <message>
        <source>Registration cancelled.</source>
        <translation>Registreringa vart avbroten.</translation>
    </message>
    <message>
        <source>registering the client in the sandbox</source>
        <translation>registreringa av klienten i sandkassa</translation>
    </message>
    <message>
        <source>The sandbox&apos;s answer was lost, and it has no client %1: nothing was registered. Try again.</source>
        <translation>Svaret frå sandkassa gjekk tapt, og ho har ingen klient %1: Ingenting vart registrert. Prøv igjen.</translation>
    </message>
    <message>
        <source>The sandbox did not answer, and could not be asked afterwards whether it registered the client %1: it may be registered. Run the registration again: it finds that client instead of making a second one.</source>
        <translation>Sandkassa svarte ikkje, og det gjekk ikkje å spørje henne etterpå om ho registrerte klienten %1: Han kan vere registrert. Køyr registreringa på nytt: Ho finn då den klienten i staden for å lage ein ny.</translation>
    </message>
    <message>
        <source>reading the sandbox&apos;s client %1</source>
        <translation>hentinga av klienten %1 i sandkassa</translation>
    </message>
    <message>
        <source>The sandbox has a client %1 already, and it belongs to organisation %2, not to %3: it is not yours to change. Correct the profile&apos;s client id (or leave it empty to register a client of your own) or its organisation number.</source>
        <translation>Sandkassa har allereie ein klient %1, og han høyrer til organisasjonen %2, ikkje til %3: Det er ikkje din klient å endre. Rett klient-ID-en i profilen (eller la han stå tom for å registrere ein eigen klient) eller organisasjonsnummeret i profilen.</translation>
    </message>
    <message>
        <source>giving the sandbox&apos;s client your key</source>
        <translation>overføringa av nøkkelen din til klienten i sandkassa</translation>
    </message>
    <message>
        <source>giving the sandbox&apos;s client its scopes</source>
        <translation>tildelinga av scopa til klienten i sandkassa</translation>
    </message>
    <message>
        <source>The client %1 is registered, but the profile could not be saved: %2. Registering again finds this client instead of making another.</source>
        <translation>Klienten %1 er registrert, men profilen kunne ikkje lagrast: %2. Ei ny registrering finn denne klienten i staden for å lage ein ny.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SubmitChangeRequestFlow</name>
    <message>
        <source>agent system user</source>
        <translation>klientsystembrukar</translation>
    </message>
    <message>
        <source>A system user for client relationships cannot be changed.</source>
        <translation>Ein systembrukar for klientforhold kan ikkje endrast.</translation>
    </message>
    <message>
        <source>The customer deletes it in Altinn (Systemtilganger); then send a new agent request with what it should have.</source>
        <translation>Kunden slettar han i Altinn (Systemtilganger), og så sender du ein ny førespurnad om klientsystembrukar med det han skal ha.</translation>
    </message>
    <message>
        <source>sending the change request</source>
        <translation>sendinga av endringsførespurnaden</translation>
    </message>
</context>
<context>
    <name>Onboarding::SubmitRequestFlow</name>
    <message>
        <source>sending the request</source>
        <translation>sendinga av førespurnaden</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and Altinn has no such request: nothing was created.</source>
        <translation>Svaret frå Altinn gjekk tapt, og Altinn har ingen slik førespurnad: Ingenting vart oppretta.</translation>
    </message>
    <message>
        <source>Send the request again.</source>
        <translation>Send førespurnaden på nytt.</translation>
    </message>
    <message>
        <source>finding the earlier request</source>
        <translation>søket etter den førre førespurnaden</translation>
    </message>
    <message>
        <source>deleting the earlier request</source>
        <translation>slettinga av den førre førespurnaden</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and has no such request: nothing was created.</source>
        <translation>Altinn svarte med ein serverfeil og har ingen slik førespurnad: Ingenting vart oppretta.</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and could not be asked afterwards whether it made the request anyway: the request may exist.</source>
        <translation>Altinn svarte med ein serverfeil, og det gjekk ikkje å spørje Altinn etterpå om førespurnaden vart oppretta likevel: Førespurnaden kan finnast.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and Altinn could not be asked afterwards whether it got the request: the request may exist.</source>
        <translation>Svaret frå Altinn gjekk tapt, og det gjekk ikkje å spørje Altinn etterpå om førespurnaden kom fram: Førespurnaden kan finnast.</translation>
    </message>
    <message>
        <source>Check again before sending it again: the next attempt looks the request up first and sends it only when Altinn has none.</source>
        <translation>Sjekk på nytt før du sender han igjen: Neste forsøk slår opp førespurnaden først og sender han berre når Altinn ikkje har nokon.</translation>
    </message>
    <message>
        <source>checking for the earlier request</source>
        <translation>leitinga etter den førre førespurnaden</translation>
    </message>
    <message>
        <source>It is still not known whether Altinn got the earlier request: Altinn could not be asked. Nothing was sent, so that no second request is made; the request may exist.</source>
        <translation>Det er framleis ikkje kjent om Altinn fekk den førre førespurnaden: Det gjekk ikkje å spørje Altinn. Ingenting vart sendt, slik at det ikkje blir laga ein førespurnad til; førespurnaden kan finnast.</translation>
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
        <translation>hentinga av systemet frå Altinn</translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemUserHoldingsCheck</name>
    <message>
        <source>checking what the system user holds</source>
        <translation>sjekken av kva systembrukaren har</translation>
    </message>
    <message>
        <source>reading the system definition</source>
        <translation>hentinga av systemdefinisjonen</translation>
    </message>
    <message>
        <source>This check asks for a system user token with the scope %1: add it to the Maskinporten client (in the sandbox, register the client again).</source>
        <translation>Denne sjekken ber om eit systembrukartoken med scopet %1: Legg det til på Maskinporten-klienten (i sandkassa: registrer klienten på nytt).</translation>
    </message>
    <message>
        <source>Maskinporten found no system user of this system for the customer: it may have been deleted. Refresh the customer list.</source>
        <translation>Maskinporten fann ingen systembrukar for dette systemet hos kunden: Han kan vere sletta. Oppdater kundelista.</translation>
    </message>
    <message>
        <source>finding the system of the system user</source>
        <translation>oppslaget av systemet til systembrukaren</translation>
    </message>
    <message>
        <source>asking Altinn what the system user may do</source>
        <translation>oppslaget i Altinn av kva systembrukaren kan gjere</translation>
    </message>
    <message>
        <source>An agent system user holds its rights per client, through client delegations, so this check does not compare them with the system.</source>
        <translation>Ein klientsystembrukar har rettane sine per klient, gjennom klientdelegeringar, så denne sjekken samanliknar dei ikkje med systemet.</translation>
    </message>
    <message>
        <source>Altinn lists no party %1 for the system user: it holds nothing for the customer.</source>
        <translation>Altinn viser ingen aktør %1 for systembrukaren: Han har ingenting for kunden.</translation>
    </message>
    <message>
        <source>Lacks the right %1, which the system asks for.</source>
        <translation>Manglar retten %1, som systemet ber om.</translation>
    </message>
    <message>
        <source>Lacks the access package %1, which the system asks for.</source>
        <translation>Manglar tilgangspakken %1, som systemet ber om.</translation>
    </message>
    <message>
        <source>Holds the right %1, which the system no longer asks for.</source>
        <translation>Har retten %1, som systemet ikkje lenger ber om.</translation>
    </message>
    <message>
        <source>Holds the access package %1, which the system no longer asks for.</source>
        <translation>Har tilgangspakken %1, som systemet ikkje lenger ber om.</translation>
    </message>
    <message>
        <source>The system user holds everything the system asks for, and nothing more.</source>
        <translation>Systembrukaren har alt systemet ber om, og ingenting meir.</translation>
    </message>
    <message numerus="yes">
        <source>The system user lacks %n of the rights and packages the system asks for — send a change request.</source>
        <translation>
            <numerusform>Systembrukaren manglar %n av rettane og pakkane systemet ber om — send ein endringsførespurnad.</numerusform>
            <numerusform>Systembrukaren manglar %n av rettane og pakkane systemet ber om — send ein endringsførespurnad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system user holds everything the system asks for, and %n right(s) or package(s) the system no longer asks for.</source>
        <translation>
            <numerusform>Systembrukaren har alt systemet ber om, og %n rett eller pakke som systemet ikkje lenger ber om.</numerusform>
            <numerusform>Systembrukaren har alt systemet ber om, og %n rettar eller pakkar som systemet ikkje lenger ber om.</numerusform>
        </translation>
    </message>
    <message>
        <source>Altinn wants the scope %1 in the token; check that the Maskinporten client has it.</source>
        <translation>Altinn krev scopet %1 i tokenet; sjekk at Maskinporten-klienten har det.</translation>
    </message>
    <message numerus="yes">
        <source>It also holds %n right(s) or package(s) the system no longer asks for.</source>
        <translation>
            <numerusform>Han har òg %n rett eller pakke som systemet ikkje lenger ber om.</numerusform>
            <numerusform>Han har òg %n rettar eller pakkar som systemet ikkje lenger ber om.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemUserTokenFetch</name>
    <message>
        <source>getting the system user token</source>
        <translation>hentinga av systembrukartokenet</translation>
    </message>
    <message>
        <source>exchanging the system user token for an Altinn token</source>
        <translation>vekslinga av systembrukartokenet til eit Altinn-token</translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemUserTokenTestFlow</name>
    <message>
        <source>getting the system user token</source>
        <translation>hentinga av systembrukartokenet</translation>
    </message>
    <message>
        <source>Maskinporten did not say what time it has, so how far this computer&apos;s clock is off is not known. Turn on automatic time (NTP) in the system settings and try again.</source>
        <translation>Maskinporten oppgav ikkje kva klokka er, så det er ukjent kor mykje klokka på denne datamaskina går feil. Slå på automatisk tid (NTP) i systeminnstillingane og prøv igjen.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is within %n second(s) of Maskinporten&apos;s, so the clock is not the cause. Try again.</source>
        <translation>
            <numerusform>Klokka på denne datamaskina går høgst %n sekund feil samanlikna med Maskinporten, så klokka er ikkje årsaka. Prøv igjen.</numerusform>
            <numerusform>Klokka på denne datamaskina går høgst %n sekund feil samanlikna med Maskinporten, så klokka er ikkje årsaka. Prøv igjen.</numerusform>
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
        <translation>%1 har enno ikkje svart på førespurnaden som vart send %2.</translation>
    </message>
    <message>
        <source>%1 has not answered the request sent %2 yet. Approval link: %3</source>
        <translation>%1 har enno ikkje svart på førespurnaden som vart send %2. Godkjenningslenkje: %3</translation>
    </message>
    <message>
        <source>The request to %1 has expired without an answer.</source>
        <translation>Førespurnaden til %1 har gått ut utan svar.</translation>
    </message>
    <message>
        <source>%1 rejected the request.</source>
        <translation>%1 avviste førespurnaden.</translation>
    </message>
    <message>
        <source>Publish the system definition, so customers can be asked for a system user.</source>
        <translation>Publiser systemdefinisjonen, slik at kundar kan bli bedne om ein systembrukar.</translation>
    </message>
    <message>
        <source>Add your Maskinporten client id to the system and publish it again; without it no system user token can be issued.</source>
        <translation>Legg til klient-ID-en din frå Maskinporten i systemet, og publiser det på nytt; utan han kan det ikkje utferdast noko systembrukartoken.</translation>
    </message>
    <message>
        <source>Send the approval link to %1. Someone there with the Access manager role (or the rights asked for) must approve it.</source>
        <translation>Send godkjenningslenkja til %1. Nokon der med rolla Tilgangsstyrar (eller rettane det blir bede om) må godkjenne førespurnaden.</translation>
    </message>
    <message>
        <source>Delete the expired request to %1 and send a new one.</source>
        <translation>Slett den utgåtte førespurnaden til %1 og send ein ny.</translation>
    </message>
    <message>
        <source>Talk to %1 about why the request was rejected; to ask again, delete it and send a new one.</source>
        <translation>Snakk med %1 om kvifor førespurnaden vart avvist; for å spørje på nytt må du slette han og sende ein ny.</translation>
    </message>
    <message>
        <source>Test authentication for an approved customer, to check that your system gets a system user token.</source>
        <translation>Test autentiseringa for ein kunde som har godkjent, for å sjekke at systemet ditt får eit systembrukartoken.</translation>
    </message>
    <message>
        <source>Fix what stopped the authentication test for %1, then test again.</source>
        <translation>Rett opp det som stoppa autentiseringstesten for %1, og test deretter på nytt.</translation>
    </message>
    <message>
        <source>Ask your first customer for a system user.</source>
        <translation>Be den første kunden din om ein systembrukar.</translation>
    </message>
    <message>
        <source>When it all works here, do the same in TT02 (Altinn&apos;s test environment): a TT02 profile with its own Maskinporten client and key, and the system published there.</source>
        <translation>Når alt verkar her, gjer du det same i TT02 (testmiljøet i Altinn): ein TT02-profil med eigen Maskinporten-klient og nøkkel, og systemet publisert der.</translation>
    </message>
    <message>
        <source>Before going live, repeat this in production: a production profile with its own Maskinporten client and key, and the production client id in the system.</source>
        <translation>Før systemet blir teke i bruk, gjentek du dette i produksjon: ein produksjonsprofil med eigen Maskinporten-klient og nøkkel, og klient-ID-en for produksjon i systemet.</translation>
    </message>
    <message>
        <source>Onboard the next customer: send a new request from the customer request page.</source>
        <translation>Kople på neste kunde: Send ein ny førespurnad frå sida Førespurnad til kunde.</translation>
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
        <translation>Påkoplingsrapport</translation>
    </message>
    <message>
        <source>Created %1 in %2.</source>
        <translation>Laga %1 i %2.</translation>
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
        <translation>Namn</translation>
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
        <translation>Rettar (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Access packages (%1)</source>
        <translation>Tilgangspakkar (%1)</translation>
    </message>
    <message>
        <source>Customer requests</source>
        <translation>Førespurnader til kundar</translation>
    </message>
    <message>
        <source>No requests were sent.</source>
        <translation>Ingen førespurnader vart sende.</translation>
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
        <translation>Godkjenningslenkje</translation>
    </message>
    <message>
        <source>System users</source>
        <translation>Systembrukarar</translation>
    </message>
    <message>
        <source>No system users yet.</source>
        <translation>Ingen systembrukarar enno.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oppretta</translation>
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
        <translation>Vellukka: Eit systembrukartoken vart utferda for %1 den %2.</translation>
    </message>
    <message>
        <source>Failed for %1 at %2: %3</source>
        <translation>Mislukka for %1 den %2: %3</translation>
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
        <translation>Tyding</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Ikkje testa.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Uteståande</translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation>Ingenting er uteståande.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Neste steg</translation>
    </message>
    <message>
        <source>Nothing more to do.</source>
        <translation>Ingenting meir å gjere.</translation>
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
        <translation>Førespurnad til kunde</translation>
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
        <translation>Tilbake til startskjermen. Det du har skrive inn, blir teke vare på.</translation>
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
    <name>OrgNumberField</name>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>9 digits, e.g. 991 825 827</source>
        <translation>9 siffer, t.d. 991 825 827</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Looking up the name…</source>
        <translation>Slår opp namnet…</translation>
    </message>
</context>
<context>
    <name>PathComparisonDialog</name>
    <message>
        <source>Which way fits your system?</source>
        <translation>Kva veg passar for systemet ditt?</translation>
    </message>
    <message>
        <source>An end-user system can talk to an Altinn app in two ways. Pick the one that matches how your system is used; many systems need both.</source>
        <translation>Eit sluttbrukarsystem kan snakke med ein Altinn-app på to måtar. Vel den som passar med korleis systemet ditt blir brukt; mange system treng begge.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Lukk samanlikninga</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Kven er til stades</translation>
    </message>
    <message>
        <source>A person is present and logs in when the system acts.</source>
        <translation>Ein person er til stades og loggar inn når systemet handlar.</translation>
    </message>
    <message>
        <source>Nobody. The system runs unattended, for example at night or in batches.</source>
        <translation>Ingen. Systemet køyrer utan tilsyn, til dømes om natta eller i bolkar.</translation>
    </message>
    <message>
        <source>Who logs in</source>
        <translation>Kven loggar inn</translation>
    </message>
    <message>
        <source>The person, at ID-porten, each time their session has ended.</source>
        <translation>Personen, i ID-porten, kvar gong innloggingsøkta er over.</translation>
    </message>
    <message>
        <source>Nobody logs in. Your system signs a request to Maskinporten with its own key.</source>
        <translation>Ingen loggar inn. Systemet ditt signerer ein førespurnad til Maskinporten med sin eigen nøkkel.</translation>
    </message>
    <message>
        <source>Who approves</source>
        <translation>Kven godkjenner</translation>
    </message>
    <message>
        <source>The person, by logging in. Altinn checks their roles at the organisation every time.</source>
        <translation>Personen, ved å logge inn. Altinn sjekkar rollene til personen i organisasjonen kvar gong.</translation>
    </message>
    <message>
        <source>The customer&apos;s access manager, once, by approving your system user request in Altinn.</source>
        <translation>Tilgangsstyraren hos kunden, éin gong, ved å godkjenne førespurnaden din om systembrukar i Altinn.</translation>
    </message>
    <message>
        <source>What the token says</source>
        <translation>Kva tokenet seier</translation>
    </message>
    <message>
        <source>Who the person is (pid: the national identity number) and the scopes. Altinn exchanges it for an Altinn token.</source>
        <translation>Kven personen er (pid: fødselsnummeret) og scopa. Altinn vekslar det inn i eit Altinn-token.</translation>
    </message>
    <message>
        <source>Which system user acts (its id and the customer&apos;s organisation number) and the scopes.</source>
        <translation>Kva systembrukar som handlar (ID-en og organisasjonsnummeret til kunden) og scopa.</translation>
    </message>
    <message>
        <source>Scopes and rights</source>
        <translation>Scope og rettar</translation>
    </message>
    <message>
        <source>The scopes altinn:instances.read and altinn:instances.write. An app owner may define its own scope as well, to limit which clients may use the app. What the person may do follows their roles.</source>
        <translation>Scopa altinn:instances.read og altinn:instances.write. Ein appeigar kan òg definere sitt eige scope for å avgrense kva klientar som kan bruke appen. Kva personen kan gjere, følgjer av rollene til personen.</translation>
    </message>
    <message>
        <source>The rights the customer gave the system user on the app&apos;s resource (app_{org}_{app}), as your system definition asks for them.</source>
        <translation>Rettane kunden gav systembrukaren på ressursen til appen (app_{org}_{app}), slik systemdefinisjonen din ber om dei.</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Levetid</translation>
    </message>
    <message>
        <source>As long as the ID-porten session. Then the person logs in again.</source>
        <translation>Så lenge økta i ID-porten varer. Deretter loggar personen inn på nytt.</translation>
    </message>
    <message>
        <source>Long-lived: the system user works until the customer deletes it. Each token lasts a few minutes and is fetched again.</source>
        <translation>Langvarig: Systembrukaren verkar til kunden slettar han. Kvart token varer i nokre minutt og blir henta på nytt.</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Vel denne når</translation>
    </message>
    <message>
        <source>A person uses your system and is there when it sends, for example to submit the annual accounts.</source>
        <translation>Ein person brukar systemet ditt og er til stades når det sender, til dømes for å sende inn årsrekneskapen.</translation>
    </message>
    <message>
        <source>Your system works on its own for many customers, for example sending data on a schedule.</source>
        <translation>Systemet ditt arbeider på eiga hand for mange kundar, til dømes ved å sende data etter ein tidsplan.</translation>
    </message>
    <message>
        <source>As a person (ID-porten)</source>
        <translation>Som person (ID-porten)</translation>
    </message>
    <message>
        <source>As a system user (Maskinporten)</source>
        <translation>Som systembrukar (Maskinporten)</translation>
    </message>
    <message>
        <source>Comparison of the two ways</source>
        <translation>Samanlikning av dei to vegane</translation>
    </message>
    <message>
        <source>One row per question; the first column is a person with ID-porten, the second a system user with Maskinporten.</source>
        <translation>Éi rad per spørsmål; den første kolonnen er ein person med ID-porten, den andre ein systembrukar med Maskinporten.</translation>
    </message>
</context>
<context>
    <name>PathSideBySideSection</name>
    <message>
        <source>Side by side</source>
        <translation>Side ved side</translation>
    </message>
    <message>
        <source>Now the same app, for the same organisation, as your system&apos;s system user for that customer — the way a system that runs unattended does it.</source>
        <translation>No den same appen, for den same organisasjonen, med systembrukaren som systemet ditt har hos den kunden — slik eit system som køyrer utan tilsyn, gjer det.</translation>
    </message>
    <message>
        <source>&amp;The same with a system user</source>
        <translation>&amp;Det same med ein systembrukar</translation>
    </message>
    <message>
        <source>Create the same instance with the customer&apos;s system user</source>
        <translation>Opprett den same instansen med systembrukaren til kunden</translation>
    </message>
    <message>
        <source>As a person (ID-porten)</source>
        <translation>Som person (ID-porten)</translation>
    </message>
    <message>
        <source>As a system user (Maskinporten)</source>
        <translation>Som systembrukar (Maskinporten)</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Kven handla</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Who approved</source>
        <translation>Kven godkjende</translation>
    </message>
    <message>
        <source>Instance created</source>
        <translation>Instans oppretta</translation>
    </message>
    <message>
        <source>The system user&apos;s instance is offered on the sandbox only: here it would create a real one.</source>
        <translation>Instansen med systembrukaren blir berre tilbydd i sandkassa: Her ville det blitt oppretta ein ekte instans.</translation>
    </message>
    <message>
        <source>Not yet: log in above.</source>
        <translation>Ikkje enno: Logg inn ovanfor.</translation>
    </message>
    <message>
        <source>The person with national identity number %1</source>
        <translation>Personen med fødselsnummeret %1</translation>
    </message>
    <message>
        <source>ID-porten access token (the person&apos;s pid), exchanged for an Altinn token</source>
        <translation>Tilgangstoken frå ID-porten (pid for personen), veksla inn i eit Altinn-token</translation>
    </message>
    <message>
        <source>Nobody beforehand: the person logged in, and the app checked their role at the organisation.</source>
        <translation>Ingen på førehand: Personen logga inn, og appen sjekka rolla til personen i organisasjonen.</translation>
    </message>
    <message>
        <source>Not yet: create an instance as this person above.</source>
        <translation>Ikkje enno: Opprett ein instans som denne personen ovanfor.</translation>
    </message>
    <message>
        <source>Not yet: use the button above.</source>
        <translation>Ikkje enno: Bruk knappen ovanfor.</translation>
    </message>
    <message>
        <source>No system user acted: Maskinporten gave no system user token for %1.</source>
        <translation>Ingen systembrukar handla: Maskinporten gav ikkje noko systembrukartoken for %1.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Nobody yet: the customer&apos;s access manager approves a system user request once.</source>
        <translation>Ingen enno: Tilgangsstyraren hos kunden godkjenner ein førespurnad om systembrukar éin gong.</translation>
    </message>
    <message>
        <source>The system user %1 of the system %2, for %3</source>
        <translation>Systembrukaren %1 til systemet %2, for %3</translation>
    </message>
    <message>
        <source>Maskinporten system user token (the system user and the customer&apos;s organisation number)</source>
        <translation>Systembrukartoken frå Maskinporten (systembrukaren og organisasjonsnummeret til kunden)</translation>
    </message>
    <message>
        <source>The customer&apos;s access manager, once, when approving your system user request</source>
        <translation>Tilgangsstyraren hos kunden, éin gong, ved godkjenninga av førespurnaden din om systembrukar</translation>
    </message>
    <message>
        <source>Created: instance %1.</source>
        <translation>Oppretta: instansen %1.</translation>
    </message>
    <message>
        <source>Choose or create a profile first: the system user belongs to your system.</source>
        <translation>Vel eller opprett ein profil først: Systembrukaren høyrer til systemet ditt.</translation>
    </message>
    <message>
        <source>Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406.</source>
        <translation>Skriv inn appen ovanfor som eigar/namn, til dømes brg/aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>Enter the organisation to act for above.</source>
        <translation>Skriv inn organisasjonen det skal handlast for, ovanfor.</translation>
    </message>
    <message>
        <source>Creating an instance of %1/%2 for %3 as its system user…</source>
        <translation>Opprettar ein instans av %1/%2 for %3 med systembrukaren til kunden…</translation>
    </message>
    <message>
        <source>Stopped waiting for the app.</source>
        <translation>Slutta å vente på appen.</translation>
    </message>
    <message>
        <source>The app accepted the system user too. Compare the two columns below.</source>
        <translation>Appen godtok systembrukaren òg. Samanlikn dei to kolonnane nedanfor.</translation>
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
        <translation>Kva det betyr</translation>
    </message>
    <message>
        <source>Claims of the person&apos;s token</source>
        <translation>Claima i tokenet til personen</translation>
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
        <translation>Altinn vekslar ID-porten-tokenet til personen inn i eit Altinn-token, og appen sjekkar at personen kan handle for organisasjonen: ei rolle der, til dømes dagleg leiar.</translation>
    </message>
    <message>
        <source>&amp;Create an instance as this person</source>
        <translation>&amp;Opprett ein instans som denne personen</translation>
    </message>
    <message>
        <source>Create an instance of the app as the person who logged in</source>
        <translation>Opprett ein instans av appen som personen som logga inn</translation>
    </message>
    <message>
        <source>Creating an instance is offered on the sandbox only: here it would create a real one.</source>
        <translation>Oppretting av instansar blir berre tilbydd i sandkassa: Her ville det blitt oppretta ein ekte instans.</translation>
    </message>
    <message>
        <source>Log in above first.</source>
        <translation>Logg inn ovanfor først.</translation>
    </message>
    <message>
        <source>Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406.</source>
        <translation>Skriv inn appen ovanfor som eigar/namn, til dømes brg/aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>Enter the organisation the person acts for above.</source>
        <translation>Skriv inn organisasjonen som personen handlar for, ovanfor.</translation>
    </message>
    <message>
        <source>Creating an instance of %1/%2 for %3 as the person…</source>
        <translation>Opprettar ein instans av %1/%2 for %3 som personen…</translation>
    </message>
    <message>
        <source>Created: instance %1.</source>
        <translation>Oppretta: instansen %1.</translation>
    </message>
    <message>
        <source>This person holds no role at %1 that lets them act here.</source>
        <translation>Denne personen har inga rolle i %1 som gir lov til å handle her.</translation>
    </message>
    <message>
        <source>In the sandbox, log in as Kari Prøvesen (general manager of %1) or Sigrid Sandkassen.</source>
        <translation>I sandkassa: Logg inn som Kari Prøvesen (dagleg leiar i %1) eller Sigrid Sandkassen.</translation>
    </message>
    <message>
        <source>The person&apos;s token lacks the scope altinn:instances.write. Log in again: the login asks for it.</source>
        <translation>Tokenet til personen manglar scopet altinn:instances.write. Logg inn på nytt: Innlogginga ber om det.</translation>
    </message>
    <message>
        <source>The app accepted the person: an instance of %1/%2 was created.</source>
        <translation>Appen godtok personen: Ein instans av %1/%2 vart oppretta.</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instans: %1</translation>
    </message>
    <message>
        <source>Owner: organisation %1 (party %2)</source>
        <translation>Eigar: organisasjonen %1 (aktør %2)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Oppretta: %1</translation>
    </message>
    <message>
        <source>Created: %1 by user %2</source>
        <translation>Oppretta: %1 av brukaren %2</translation>
    </message>
    <message>
        <source>Stopped waiting for the app.</source>
        <translation>Slutta å vente på appen.</translation>
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
        <translation>Når ein person brukar systemet ditt, kan personen logge inn i ID-porten, og systemet ditt handlar for ein organisasjon med tokenet til personen — utan nokon systembrukar. Prøv det her, og samanlikn det med systembrukaren som systemet ditt brukar når ingen er til stades.</translation>
    </message>
    <message>
        <source>&amp;Which way fits your system?</source>
        <translation>Kva &amp;veg passar for systemet ditt?</translation>
    </message>
    <message>
        <source>Which way fits your system? Opens a comparison.</source>
        <translation>Kva veg passar for systemet ditt? Opnar ei samanlikning.</translation>
    </message>
</context>
<context>
    <name>PersonLogin</name>
    <message>
        <source>A scope to ask ID-porten for besides openid (default: altinn:instances.read and altinn:instances.write).</source>
        <translation>Eit scope å be ID-porten om i tillegg til openid (standard: altinn:instances.read og altinn:instances.write).</translation>
    </message>
    <message>
        <source>Sandbox only: log in as this test person (national identity number) without a browser, e.g. 24908099411.</source>
        <translation>Berre i sandkassa: Logg inn som denne testpersonen (fødselsnummer) utan nettlesar, t.d. 24908099411.</translation>
    </message>
    <message>
        <source>Do not open a browser; only print the address to open.</source>
        <translation>Ikkje opne nokon nettlesar; skriv berre ut adressa som skal opnast.</translation>
    </message>
    <message>
        <source>--person works with the sandbox only. In %1 a real (or TestID) person logs in in the browser.</source>
        <translation>--person verkar berre med sandkassa. I %1 loggar ein ekte person (eller ein TestID-person) inn i nettlesaren.</translation>
    </message>
    <message>
        <source>The CLI logs in without a browser only at a sandbox on this computer.</source>
        <translation>CLI-en loggar berre inn utan nettlesar mot ei sandkasse på denne datamaskina.</translation>
    </message>
    <message>
        <source>Log in in the browser that opens. If none does, open this address:</source>
        <translation>Logg inn i nettlesaren som blir opna. Om ingen blir opna, opne denne adressa:</translation>
    </message>
    <message>
        <source>Open this address in a browser and log in:</source>
        <translation>Opne denne adressa i ein nettlesar og logg inn:</translation>
    </message>
    <message>
        <source>Waiting for the login (at most five minutes) …</source>
        <translation>Ventar på innlogginga (høgst fem minutt) …</translation>
    </message>
</context>
<context>
    <name>PersonLoginSection</name>
    <message>
        <source>This number is not in the sandbox&apos;s register: no test person holds a role there.</source>
        <translation>Dette nummeret finst ikkje i registeret til sandkassa: Ingen testperson har ei rolle der.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Innlogging</translation>
    </message>
    <message>
        <source>The person logs in at ID-porten in the browser and comes back here. Your system then acts for the organisation with the person&apos;s token.</source>
        <translation>Personen loggar inn i ID-porten i nettlesaren og kjem tilbake hit. Deretter handlar systemet ditt for organisasjonen med tokenet til personen.</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>A&amp;pp:</translation>
    </message>
    <message>
        <source>App, as owner/name</source>
        <translation>App, som eigar/namn</translation>
    </message>
    <message>
        <source>The Altinn app to call: the app owner&apos;s code, a slash and the app&apos;s name.</source>
        <translation>Altinn-appen som skal kallast: koden til appeigaren, ein skråstrek og namnet på appen.</translation>
    </message>
    <message>
        <source>&amp;Organisation to act for:</source>
        <translation>Organisasjon det skal &amp;handlast for:</translation>
    </message>
    <message>
        <source>Organisation to act for</source>
        <translation>Organisasjon det skal handlast for</translation>
    </message>
    <message>
        <source>The organisation the person acts for: the instance&apos;s owner.</source>
        <translation>Organisasjonen personen handlar for: eigaren av instansen.</translation>
    </message>
    <message>
        <source>Log &amp;in with ID-porten…</source>
        <translation>Logg &amp;inn med ID-porten…</translation>
    </message>
    <message>
        <source>Log in with ID-porten in the browser</source>
        <translation>Logg inn med ID-porten i nettlesaren</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>&amp;Kopier lenkje</translation>
    </message>
    <message>
        <source>Copy the login link</source>
        <translation>Kopier innloggingslenkja</translation>
    </message>
    <message>
        <source>When no browser opened: paste the link into a browser on this computer.</source>
        <translation>Når ingen nettlesar vart opna: Lim lenkja inn i ein nettlesar på denne datamaskina.</translation>
    </message>
    <message>
        <source>Logged in: the person with national identity number %1. The token carries no name.</source>
        <translation>Logga inn: personen med fødselsnummeret %1. Tokenet inneheld ikkje noko namn.</translation>
    </message>
    <message>
        <source>The connection is not ready yet: wait for the sandbox to start, or finish the Maskinporten client and key of this profile.</source>
        <translation>Tilkoplinga er ikkje klar enno: Vent til sandkassa har starta, eller gjer ferdig Maskinporten-klienten og nøkkelen til denne profilen.</translation>
    </message>
    <message>
        <source>Choose or create a profile first (Set up or edit my system): the login uses your profile&apos;s ID-porten client.</source>
        <translation>Vel eller opprett ein profil først (Set opp eller endre systemet mitt): Innlogginga brukar ID-porten-klienten i profilen din.</translation>
    </message>
    <message>
        <source>Enter the app as owner/name, for example brg/aarsregnskap-vanlig-202406.</source>
        <translation>Skriv inn appen som eigar/namn, til dømes brg/aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>Enter the organisation the person acts for.</source>
        <translation>Skriv inn organisasjonen som personen handlar for.</translation>
    </message>
    <message>
        <source>Getting this profile&apos;s ID-porten client ready…</source>
        <translation>Førebur ID-porten-klienten til denne profilen…</translation>
    </message>
    <message>
        <source>Waiting for you to log in in the browser…</source>
        <translation>Ventar på at du loggar inn i nettlesaren…</translation>
    </message>
    <message>
        <source>Fetching the tokens and checking the ID token…</source>
        <translation>Hentar tokena og sjekkar ID-tokenet…</translation>
    </message>
    <message>
        <source>Logged in at ID-porten.</source>
        <translation>Logga inn i ID-porten.</translation>
    </message>
    <message>
        <source>Login cancelled. Nobody is logged in.</source>
        <translation>Innlogginga vart avbroten. Ingen er logga inn.</translation>
    </message>
    <message>
        <source>You cancelled at ID-porten. Log in again when ready.</source>
        <translation>Du avbraut i ID-porten. Logg inn på nytt når du er klar.</translation>
    </message>
    <message>
        <source>Nobody logged in within the time allowed. Log in again, and finish in the browser that opens.</source>
        <translation>Ingen logga inn innan fristen. Logg inn på nytt, og fullfør i nettlesaren som blir opna.</translation>
    </message>
    <message>
        <source>Link copied. Open it in a browser on this computer: the login comes back to this app.</source>
        <translation>Lenkja er kopiert. Opne henne i ein nettlesar på denne datamaskina: Innlogginga kjem tilbake til denne appen.</translation>
    </message>
    <message>
        <source>Choose or create a profile first (Set up or edit my system), or run the guided demo from the start screen: it makes a demo vendor with a system user in about a minute. The login uses your profile&apos;s ID-porten client.</source>
        <translation>Vel eller opprett ein profil først (Set opp eller endre systemet mitt), eller køyr den rettleidde demoen frå startsida: Han lagar ein demoleverandør med ein systembrukar på om lag eitt minutt. Innlogginga brukar ID-porten-klienten i profilen din.</translation>
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
        <translation>Større tekst for publikum, med klient-ID-ar, nøklar, token og sporings-ID-ar skjulte. PageDown eller mellomromstasten går vidare, PageUp går tilbake (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Text at %1 %</source>
        <translation>Tekststorleik %1 %</translation>
    </message>
</context>
<context>
    <name>ProductionBand</name>
    <message>
        <source>PRODUCTION — changes affect real customers</source>
        <translation>PRODUKSJON — endringar påverkar ekte kundar</translation>
    </message>
    <message>
        <source>This profile works in Altinn&apos;s production environment. Every change is asked for confirmation before it is sent.</source>
        <translation>Denne profilen arbeider i produksjonsmiljøet til Altinn. Du blir beden om å stadfeste kvar endring før ho blir sendt.</translation>
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
        <translation>Dette endrar kva ekte kundar ser og brukar. Gå berre vidare om du har sjekka det i TT02.</translation>
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
        <translation>Leverandørprofilar: organisasjon, miljø, Maskinporten-klient</translation>
    </message>
    <message>
        <source>The vendor&apos;s organisation number (9 digits).</source>
        <translation>Organisasjonsnummeret til leverandøren (9 siffer).</translation>
    </message>
    <message>
        <source>The Maskinporten client id. In the sandbox, &quot;sandbox register-client&quot; makes one.</source>
        <translation>Klient-ID-en i Maskinporten. I sandkassa lagar &quot;sandbox register-client&quot; ein.</translation>
    </message>
    <message>
        <source>Extra scopes for system user tokens (e.g. skatteetaten:demo), separated by commas.</source>
        <translation>Ekstra scope for systembrukartoken (t.d. skatteetaten:demo), skilde med komma.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Namnet på profilen.</translation>
    </message>
    <message>
        <source>The profile&apos;s name (default: the current profile).</source>
        <translation>Namnet på profilen (standard: den gjeldande profilen).</translation>
    </message>
    <message>
        <source>Create a profile and make it the current one (the environment comes from --env; default sandbox).</source>
        <translation>Opprett ein profil og gjer han til den gjeldande (miljøet kjem frå --env; standard er sandbox).</translation>
    </message>
    <message>
        <source>List the profiles.</source>
        <translation>List opp profilane.</translation>
    </message>
    <message>
        <source>Show a profile.</source>
        <translation>Vis ein profil.</translation>
    </message>
    <message>
        <source>Make a profile the current one.</source>
        <translation>Gjer ein profil til den gjeldande.</translation>
    </message>
    <message>
        <source>Change a profile&apos;s organisation, client id or scopes.</source>
        <translation>Endre organisasjonen, klient-ID-en eller scopa til ein profil.</translation>
    </message>
    <message>
        <source>Delete a profile and its key in the keychain.</source>
        <translation>Slett ein profil og nøkkelen til profilen i nøkkelringen.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;.</source>
        <translation>Det finst ingen profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See the profiles with: %1</source>
        <translation>Sjå profilane med: %1</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profilen må ha eit namn.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>Det finst allereie ein profil med namnet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>See it with &quot;%1&quot;, or choose another name.</source>
        <translation>Sjå han med &quot;%1&quot;, eller vel eit anna namn.</translation>
    </message>
    <message>
        <source>Say which organisation the profile is for: --org ORGNO.</source>
        <translation>Oppgi kva organisasjon profilen gjeld: --org ORGNO.</translation>
    </message>
    <message>
        <source>The vendor&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til leverandøren</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use sandbox, tt02, prod or the URL of a running systemuser-sandbox.</source>
        <translation>Ukjend miljø &quot;%1&quot;: Bruk sandbox, tt02, prod eller URL-en til ein systemuser-sandbox som køyrer.</translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; for %2 in %3; it is now the current profile.</source>
        <translation>Oppretta profilen &quot;%1&quot; for %2 i %3; han er no den gjeldande profilen.</translation>
    </message>
    <message>
        <source>Next: make its key with &quot;%1&quot;.</source>
        <translation>Neste steg: Lag nøkkelen til profilen med &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No profiles yet. Create one: %1</source>
        <translation>Ingen profilar enno. Opprett ein: %1</translation>
    </message>
    <message>
        <source>Now using profile &quot;%1&quot;.</source>
        <translation>Brukar no profilen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Updated profile &quot;%1&quot;.</source>
        <translation>Oppdaterte profilen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deleted profile &quot;%1&quot;.</source>
        <translation>Sletta profilen &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>Nøkkelen kunne ikkje fjernast frå nøkkelringen: %1</translation>
    </message>
    <message>
        <source>TT02 and production: the client id of your ID-porten integration at Digdir (docs/id-porten.md#tt02). In the sandbox the ID-porten client is registered by itself.</source>
        <translation>TT02 og produksjon: klient-ID-en til ID-porten-integrasjonen din hos Digdir (docs/id-porten.md#tt02). I sandkassa blir ID-porten-klienten registrert automatisk.</translation>
    </message>
    <message>
        <source>Say what to change: --org, --client-id, --idporten-client-id or --scopes.</source>
        <translation>Oppgi kva som skal endrast: --org, --client-id, --idporten-client-id eller --scopes.</translation>
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
        <translation>Produksjon — ekte kundar</translation>
    </message>
    <message>
        <source>Custom server…</source>
        <translation>Eigendefinert server…</translation>
    </message>
    <message>
        <source>Runs inside this app. Nothing is sent to Altinn or Maskinporten; good for learning and demos.</source>
        <translation>Køyrer inne i denne appen. Ingenting blir sendt til Altinn eller Maskinporten; fint for opplæring og demonstrasjonar.</translation>
    </message>
    <message>
        <source>Altinn&apos;s test environment with synthetic organisations. You need a Maskinporten client from the test self-service portal.</source>
        <translation>Testmiljøet til Altinn, med syntetiske organisasjonar. Du treng ein Maskinporten-klient frå sjølvbetjeningsportalen for test.</translation>
    </message>
    <message>
        <source>The real Altinn: changes affect real customers. Every change is confirmed before it is sent.</source>
        <translation>Det ekte Altinn: endringar påverkar ekte kundar. Kvar endring må stadfestast før ho blir sendt.</translation>
    </message>
    <message>
        <source>A systemuser-sandbox or another server that answers Altinn&apos;s and Maskinporten&apos;s paths.</source>
        <translation>Ein systemuser-sandbox eller ein annan server som svarar på dei same stiane som Altinn og Maskinporten.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address with http:// or https://, for example http://127.0.0.1:5210/.</source>
        <translation>Skriv inn adressa til serveren med http:// eller https://, til dømes http://127.0.0.1:5210/.</translation>
    </message>
    <message>
        <source>Sandbox — built in, nothing leaves this computer</source>
        <translation>Sandkasse — innebygd, ingenting går ut av denne datamaskina</translation>
    </message>
</context>
<context>
    <name>ProfileNameSection</name>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profi&amp;lnamn:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilnamn</translation>
    </message>
    <message>
        <source>Only for you, to tell profiles apart.</source>
        <translation>Berre for deg, slik at du kan skilje profilane frå kvarandre.</translation>
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
        <translation>Eigendefinert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>profile name: organisation (environment)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give the profile a name, for example the organisation and the environment.</source>
        <translation>Gi profilen eit namn, til dømes organisasjonen og miljøet.</translation>
    </message>
    <message>
        <source>Another profile has this name already. Choose a different name.</source>
        <translation>Ein annan profil har allereie dette namnet. Vel eit anna namn.</translation>
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
        <translation>Kven du er, og kvar du arbeider. Start i den innebygde sandkassa: ingenting du gjer der, når Altinn.</translation>
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
        <translation>Ha éin profil per organisasjon og miljø. Om du vel ein annan profil, byter heile vegvisaren til han.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Ny profil…</translation>
    </message>
    <message>
        <source>A key and a Maskinporten client belong to one organisation in one environment. When you go on, this profile forgets its key id and client id, and you set up new ones on the next page.</source>
        <translation>Ein nøkkel og ein Maskinporten-klient høyrer til éin organisasjon i eitt miljø. Når du går vidare, gløymer denne profilen nøkkel-ID-en og klient-ID-en sine, og du set opp nye på neste side.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Profilen kunne ikkje lagrast: %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read the profiles in %1: %2</source>
        <translation>Kan ikkje lese profilane i %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the profiles to %1: %2</source>
        <translation>Kan ikkje lagre profilane i %1: %2</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;</source>
        <translation>det finst ingen profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file is not a profile list</source>
        <translation>fila er ikkje ei profilliste</translation>
    </message>
</context>
<context>
    <name>ProfileVendorSection</name>
    <message>
        <source>This number is not in the sandbox&apos;s register. You can still use it, but customers and approvals work only with organisations the sandbox knows — for example %1 (Digitaliseringsdirektoratet) as the vendor.</source>
        <translation>Dette nummeret finst ikkje i registeret til sandkassa. Du kan likevel bruke det, men kundar og godkjenningar verkar berre med organisasjonar som sandkassa kjenner — til dømes %1 (Digitaliseringsdirektoratet) som leverandør.</translation>
    </message>
    <message>
        <source>The name cannot be looked up from here in this environment. Check the number at brreg.no if you are unsure.</source>
        <translation>Namnet kan ikkje slåast opp herifrå i dette miljøet. Sjekk nummeret på brreg.no om du er usikker.</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>Your organisation&apos;s number in the Central Coordinating Register (Enhetsregisteret): the vendor of the system.</source>
        <translation>Nummeret til organisasjonen din i Einingsregisteret: leverandøren av systemet.</translation>
    </message>
</context>
<context>
    <name>PublishDiffSection</name>
    <message>
        <source>Differences between the registered system and your draft</source>
        <translation>Skilnader mellom det registrerte systemet og utkastet ditt</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Sjekk &amp;igjen</translation>
    </message>
    <message>
        <source>Check again what is registered</source>
        <translation>Sjekk på nytt kva som er registrert</translation>
    </message>
    <message>
        <source>&amp;Edit the system</source>
        <translation>&amp;Rediger systemet</translation>
    </message>
    <message>
        <source>Go back to the system page</source>
        <translation>Gå tilbake til systemsida</translation>
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
        <translation>Det er ingenting å publisere enno.</translation>
    </message>
    <message>
        <source>Describe your system on the system page first. It is kept as a draft while you work, and published from here.</source>
        <translation>Skildre systemet ditt på systemsida først. Det blir lagra som utkast medan du arbeider, og blir publisert herfrå.</translation>
    </message>
    <message>
        <source>Checking what is registered in %1…</source>
        <translation>Sjekkar kva som er registrert i %1…</translation>
    </message>
    <message>
        <source>Your draft “%1” is compared with the registered system.</source>
        <translation>Utkastet ditt, «%1», blir samanlikna med det registrerte systemet.</translation>
    </message>
    <message>
        <source>Could not check what is registered in %1.</source>
        <translation>Kunne ikkje sjekke kva som er registrert i %1.</translation>
    </message>
    <message>
        <source>Your draft is kept. The message below says what went wrong and what to do.</source>
        <translation>Utkastet ditt er teke vare på. Meldinga nedanfor fortel kva som gjekk gale, og kva du skal gjere.</translation>
    </message>
    <message>
        <source>“%1” is not registered in %2 yet.</source>
        <translation>«%1» er ikkje registrert i %2 enno.</translation>
    </message>
    <message>
        <source>Registering it creates everything listed below.</source>
        <translation>Når du registrerer systemet, blir alt som står nedanfor, oppretta.</translation>
    </message>
    <message numerus="yes">
        <source>Your draft differs from the registered system in %n place(s).</source>
        <translation>
            <numerusform>Utkastet ditt skil seg frå det registrerte systemet på %n punkt.</numerusform>
            <numerusform>Utkastet ditt skil seg frå det registrerte systemet på %n punkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating replaces the registered values with those of your draft, as listed below. The registered system is read first, so nothing else is lost.</source>
        <translation>Oppdateringa erstattar dei registrerte verdiane med verdiane frå utkastet ditt, slik det står nedanfor. Det registrerte systemet blir henta først, så ingenting anna går tapt.</translation>
    </message>
    <message>
        <source>“%1” is registered in %2.</source>
        <translation>«%1» er registrert i %2.</translation>
    </message>
    <message>
        <source>Altinn has accepted your draft; below is what it has registered now. Continue to ask a customer for a system user.</source>
        <translation>Altinn har godteke utkastet ditt; nedanfor ser du kva som er registrert no. Gå vidare for å be ein kunde om ein systembrukar.</translation>
    </message>
    <message>
        <source>No changes — the registered system already matches your draft.</source>
        <translation>Ingen endringar — det registrerte systemet stemmer allereie med utkastet ditt.</translation>
    </message>
    <message>
        <source>Nothing needs publishing. Continue to ask a customer for a system user.</source>
        <translation>Ingenting treng å publiserast. Gå vidare for å be ein kunde om ein systembrukar.</translation>
    </message>
    <message>
        <source>The system id “%1” belongs to a deleted system.</source>
        <translation>System-ID-en «%1» høyrer til eit sletta system.</translation>
    </message>
    <message>
        <source>Altinn keeps the id of a deleted system, so it cannot be registered or updated again. Choose a new system id on the system page.</source>
        <translation>Altinn tek vare på ID-en til eit sletta system, så systemet kan ikkje registrerast eller oppdaterast på nytt. Vel ein ny system-ID på systemsida.</translation>
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
        <translation>Altinn godtok ikkje desse verdiane</translation>
    </message>
    <message>
        <source>Nothing was changed in Altinn. Correct each value on the system page, then come back and try again.</source>
        <translation>Ingenting vart endra i Altinn. Rett opp kvar verdi på systemsida, og kom så tilbake og prøv igjen.</translation>
    </message>
    <message>
        <source>Fix on the system page</source>
        <translation>Rett opp på systemsida</translation>
    </message>
    <message>
        <source>Fix %1 on the system page</source>
        <translation>Rett opp %1 på systemsida</translation>
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
        <translation>Samanlikn utkastet ditt med det som er registrert i Altinn, og registrer eller oppdater deretter systemet.</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassa har ikkje starta enno. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Reading the system back from Altinn…</source>
        <translation>Hentar systemet tilbake frå Altinn…</translation>
    </message>
    <message>
        <source>Checking what is registered in %1…</source>
        <translation>Sjekkar kva som er registrert i %1…</translation>
    </message>
    <message>
        <source>Done at %1: this is what Altinn has registered now.</source>
        <translation>Ferdig kl. %1: Dette er det Altinn har registrert no.</translation>
    </message>
    <message>
        <source>Stopped reading the system back. Select Check again to see what is registered.</source>
        <translation>Stoppa hentinga av systemet. Vel Sjekk igjen for å sjå kva som er registrert.</translation>
    </message>
    <message>
        <source>Stopped checking. Select Check again to see what is registered.</source>
        <translation>Stoppa sjekken. Vel Sjekk igjen for å sjå kva som er registrert.</translation>
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
        <translation>Ingenting vart endra i Altinn.</translation>
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
        <translation>Slutta å vente på Altinn. Det er uvisst om endringa vart gjord: Vel Sjekk igjen for å sjå kva som er registrert.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost; the system was read back afterwards: it was registered.</source>
        <translation>Svaret frå Altinn gjekk tapt; systemet vart henta på nytt etterpå: Det vart registrert.</translation>
    </message>
    <message>
        <source>The system was registered already, as yours; nothing was registered twice.</source>
        <translation>Systemet var allereie registrert, som ditt; ingenting vart registrert to gonger.</translation>
    </message>
    <message>
        <source>It differed from your draft, so it was updated.</source>
        <translation>Det var ulikt utkastet ditt, så det vart oppdatert.</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettar</translation>
    </message>
    <message numerus="yes">
        <source>%n right(s)</source>
        <translation>
            <numerusform>%n rett</numerusform>
            <numerusform>%n rettar</numerusform>
        </translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Tilgangspakkar</translation>
    </message>
    <message numerus="yes">
        <source>%n access package(s)</source>
        <translation>
            <numerusform>%n tilgangspakke</numerusform>
            <numerusform>%n tilgangspakkar</numerusform>
        </translation>
    </message>
    <message>
        <source>Maskinporten client ids</source>
        <translation>Klient-ID-ar i Maskinporten</translation>
    </message>
    <message>
        <source>None — no system user token can be issued until one is added.</source>
        <translation>Ingen — det kan ikkje utferdast noko systembrukartoken før ein klient-ID er lagd til.</translation>
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
        <translation>Synleg i Altinn</translation>
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
        <translation>Sjekk til&amp;koplinga</translation>
    </message>
    <message>
        <source>Go to the Maskinporten page to check the connection</source>
        <translation>Gå til Maskinporten-sida for å sjekke tilkoplinga</translation>
    </message>
    <message>
        <source>&amp;Fix on the system page</source>
        <translation>Rett opp på &amp;systemsida</translation>
    </message>
    <message>
        <source>Go back to the system page to fix the definition</source>
        <translation>Gå tilbake til systemsida for å rette opp definisjonen</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>This text is too long for a QR code. Copy the link instead.</source>
        <translation>Denne teksten er for lang for ein QR-kode. Kopier lenkja i staden.</translation>
    </message>
    <message>
        <source>Could not make a QR code for this text. Copy the link instead.</source>
        <translation>Kunne ikkje lage ein QR-kode for denne teksten. Kopier lenkja i staden.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-kode</translation>
    </message>
    <message>
        <source>Scan with a phone camera to open: %1</source>
        <translation>Skann med mobilkameraet for å opne: %1</translation>
    </message>
</context>
<context>
    <name>RelativeTimeText</name>
    <message>
        <source>at an unknown time</source>
        <translation>på eit ukjent tidspunkt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>akkurat no</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>for %n minutt sidan</numerusform>
            <numerusform>for %n minutt sidan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>for %n time sidan</numerusform>
            <numerusform>for %n timar sidan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>for %n dag sidan</numerusform>
            <numerusform>for %n dagar sidan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestChecklist</name>
    <message>
        <source>What to ask for</source>
        <translation>Kva du ber om</translation>
    </message>
    <message>
        <source>&amp;Rights (services):</source>
        <translation>&amp;Rettar (tenester):</translation>
    </message>
    <message>
        <source>Rights to ask for</source>
        <translation>Rettar du ber om</translation>
    </message>
    <message>
        <source>Access &amp;packages:</source>
        <translation>Tilgangs&amp;pakkar:</translation>
    </message>
    <message>
        <source>Access packages to ask for</source>
        <translation>Tilgangspakkar du ber om</translation>
    </message>
    <message>
        <source>Everything the system includes is ticked. Untick what this customer should not be asked for; only the system&apos;s own rights and packages can be asked for.</source>
        <translation>Alt systemet inneheld, er kryssa av. Fjern krysset for det du ikkje vil be denne kunden om; du kan berre be om rettane og pakkane som systemet sjølv har.</translation>
    </message>
    <message>
        <source>The system&apos;s rights appear here once it is loaded.</source>
        <translation>Rettane til systemet blir viste her når systemet er henta.</translation>
    </message>
    <message>
        <source>Agent requests cannot carry single rights, only access packages.</source>
        <translation>Førespurnader om klientsystembrukar kan ikkje innehalde enkeltrettar, berre tilgangspakkar.</translation>
    </message>
    <message>
        <source>The system has no single rights.</source>
        <translation>Systemet har ingen enkeltrettar.</translation>
    </message>
    <message>
        <source>The system&apos;s access packages appear here once it is loaded.</source>
        <translation>Tilgangspakkane til systemet blir viste her når systemet er henta.</translation>
    </message>
    <message>
        <source>Loading the package catalogue to find the client-relationship packages…</source>
        <translation>Hentar pakkekatalogen for å finne pakkane for klientforhold…</translation>
    </message>
    <message>
        <source>The system has no client-relationship packages (such as the accountant or auditor packages), so it cannot be used for agent requests. Add them to the system first.</source>
        <translation>Systemet har ingen tilgangspakkar for klientforhold (som rekneskapsførar- eller revisorpakkane), så det kan ikkje brukast til førespurnader om klientsystembrukar. Legg slike pakkar til i systemet først.</translation>
    </message>
    <message>
        <source>Only client-relationship packages are shown.</source>
        <translation>Berre pakkar for klientforhold blir viste.</translation>
    </message>
    <message numerus="yes">
        <source>%n client-relationship package(s) are left out: they can only be asked for in an agent request.</source>
        <translation>
            <numerusform>%n pakke for klientforhold er utelaten: Du kan berre be om han i ein førespurnad om klientsystembrukar.</numerusform>
            <numerusform>%n pakkar for klientforhold er utelatne: Du kan berre be om dei i ein førespurnad om klientsystembrukar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system has no access packages.</source>
        <translation>Systemet har ingen tilgangspakkar.</translation>
    </message>
    <message>
        <source>The access package catalogue could not be loaded, so package names are shown by their ids and Altinn decides which packages fit this kind of request.</source>
        <translation>Katalogen over tilgangspakkar kunne ikkje hentast, så pakkane blir viste med ID-ane sine, og Altinn avgjer kva pakkar som passar til denne typen førespurnad.</translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message>
        <source>System user requests to customers</source>
        <translation>Førespurnader om systembrukar til kundar</translation>
    </message>
    <message>
        <source>An agent request (client relationships: access packages only).</source>
        <translation>Ein førespurnad om klientsystembrukar (klientforhold: berre tilgangspakkar).</translation>
    </message>
    <message>
        <source>The system id.</source>
        <translation>System-ID-en.</translation>
    </message>
    <message>
        <source>The request id.</source>
        <translation>Førespurnads-ID-en.</translation>
    </message>
    <message>
        <source>Ask a customer for a system user. Without --right/--package, everything the system has is asked for.</source>
        <translation>Be ein kunde om ein systembrukar. Utan --right/--package blir det bede om alt systemet har.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number.</source>
        <translation>Organisasjonsnummeret til kunden.</translation>
    </message>
    <message>
        <source>Your reference for this system user (default: the customer&apos;s org number).</source>
        <translation>Referansen din for denne systembrukaren (standard: organisasjonsnummeret til kunden).</translation>
    </message>
    <message>
        <source>A resource id from the system&apos;s rights.</source>
        <translation>Ein ressurs-ID frå rettane til systemet.</translation>
    </message>
    <message>
        <source>An access package (URN or its last part) from the system&apos;s.</source>
        <translation>Ein tilgangspakke (URN eller siste delen av han) frå pakkane til systemet.</translation>
    </message>
    <message>
        <source>Where the customer&apos;s browser goes after deciding.</source>
        <translation>Kvar nettlesaren til kunden går etter avgjerda.</translation>
    </message>
    <message>
        <source>Show a request and its status.</source>
        <translation>Vis ein førespurnad med status.</translation>
    </message>
    <message>
        <source>Find a request by system, customer and external reference.</source>
        <translation>Finn ein førespurnad etter system, kunde og ekstern referanse.</translation>
    </message>
    <message>
        <source>The external reference.</source>
        <translation>Den eksterne referansen.</translation>
    </message>
    <message>
        <source>List every request of a system (all pages).</source>
        <translation>List opp alle førespurnadene for eit system (alle sider).</translation>
    </message>
    <message>
        <source>Delete a request.</source>
        <translation>Slett ein førespurnad.</translation>
    </message>
    <message>
        <source>Say which system and which customer: --system ID --org ORGNO.</source>
        <translation>Oppgi kva system og kva kunde: --system ID --org ORGNO.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>Agent requests carry access packages only: use --package, not --right.</source>
        <translation>Førespurnader om klientsystembrukar inneheld berre tilgangspakkar: bruk --package, ikkje --right.</translation>
    </message>
    <message>
        <source>fetching the system</source>
        <translation>hentinga av systemet</translation>
    </message>
    <message numerus="yes">
        <source>The request has %n problem(s); nothing was sent:</source>
        <translation>
            <numerusform>Førespurnaden har %n problem; ingenting vart sendt:</numerusform>
            <numerusform>Førespurnaden har %n problem; ingenting vart sendt:</numerusform>
        </translation>
    </message>
    <message>
        <source>creating the request</source>
        <translation>opprettinga av førespurnaden</translation>
    </message>
    <message>
        <source>This customer already had a request for this system and external reference; that one (%1, status %2) was returned instead of a new one.</source>
        <translation>Denne kunden hadde allereie ein førespurnad for dette systemet og denne eksterne referansen; den førespurnaden (%1, status %2) vart returnert i staden for ein ny.</translation>
    </message>
    <message>
        <source>Request %1 created; it waits for the customer.</source>
        <translation>Førespurnaden %1 er oppretta og ventar på kunden.</translation>
    </message>
    <message>
        <source>The customer approves at: %1</source>
        <translation>Kunden godkjenner her: %1</translation>
    </message>
    <message>
        <source>In the sandbox you can approve it yourself: %1</source>
        <translation>I sandkassa kan du godkjenne førespurnaden sjølv: %1</translation>
    </message>
    <message>
        <source>fetching the request</source>
        <translation>hentinga av førespurnaden</translation>
    </message>
    <message>
        <source>The request has timed out: ask the customer again with a new one.</source>
        <translation>Fristen for førespurnaden er ute: be kunden på nytt med ein ny førespurnad.</translation>
    </message>
    <message>
        <source>finding the request</source>
        <translation>søket etter førespurnaden</translation>
    </message>
    <message>
        <source>Say which system: --system ID.</source>
        <translation>Oppgi kva system: --system ID.</translation>
    </message>
    <message>
        <source>listing the requests</source>
        <translation>hentinga av førespurnadene</translation>
    </message>
    <message>
        <source>deleting the request</source>
        <translation>slettinga av førespurnaden</translation>
    </message>
    <message>
        <source>Deleted request %1.</source>
        <translation>Førespurnaden %1 er sletta.</translation>
    </message>
    <message>
        <source>The customer&apos;s system user: %1</source>
        <translation>Systembrukaren til kunden: %1</translation>
    </message>
    <message>
        <source>The answer to the request was lost; Altinn&apos;s request for this customer and external reference was looked up instead.</source>
        <translation>Svaret på førespurnaden gjekk tapt, så førespurnaden Altinn har for denne kunden og den eksterne referansen, vart slått opp i staden.</translation>
    </message>
    <message>
        <source>Look it up with: %1</source>
        <translation>Slå han opp med: %1</translation>
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
        <translation>Detaljar</translation>
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
        <translation>Standardførespurnad</translation>
    </message>
    <message>
        <source>&amp;Agent (client relationships)</source>
        <translation>&amp;Klientforhold (klientsystembrukar)</translation>
    </message>
    <message>
        <source>Agent request for client relationships</source>
        <translation>Førespurnad om klientsystembrukar for klientforhold</translation>
    </message>
    <message>
        <source>Standard: the customer gives your system rights to act for the customer itself. Agent: for accountants, auditors and other client relationships — the customer is a firm that works for its own clients, and adds those clients after approving. Agent requests carry only client-relationship access packages.</source>
        <translation>Standard: Kunden gir systemet ditt rettar til å handle for kunden sjølv. Klientforhold: For rekneskapsførarar, revisorar og andre klientforhold — kunden er eit firma som arbeider for sine eigne klientar, og legg til desse klientane etter godkjenninga. Førespurnader om klientsystembrukar kan berre innehalde tilgangspakkar for klientforhold.</translation>
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
        <translation>&amp;Ekstern referanse (valfritt):</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Ekstern referanse</translation>
    </message>
    <message>
        <source>e.g. your customer number</source>
        <translation>t.d. kundenummeret ditt</translation>
    </message>
    <message>
        <source>Your own key for this customer. Only needed when the same customer should have several system users for this system (one per department or client database). Leave it blank to use the organisation number. If you set it, your integration must send the same value when it asks Maskinporten for a token.</source>
        <translation>Din eigen identifikator for denne kunden. Trengst berre når same kunde skal ha fleire systembrukarar for dette systemet (éin per avdeling eller klientdatabase). La feltet stå tomt for å bruke organisasjonsnummeret. Om du fyller det ut, må integrasjonen din sende same verdi når han ber Maskinporten om eit token.</translation>
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
        <translation>Kvar nettlesaren til kunden går etter avgjerda. Berre dei tillatne adressene til systemet kan brukast; vel «(ingen)» for å la kunden bli verande i Altinn.</translation>
    </message>
    <message>
        <source>T&amp;itle (optional):</source>
        <translation>T&amp;ittel (valfritt):</translation>
    </message>
    <message>
        <source>Integration title</source>
        <translation>Tittel på integrasjonen</translation>
    </message>
    <message>
        <source>The system user&apos;s name as the customer sees it in Altinn. Leave it blank to use the system&apos;s name.</source>
        <translation>Namnet på systembrukaren slik kunden ser det i Altinn. La feltet stå tomt for å bruke namnet på systemet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>The name cannot be looked up from here in this environment. Check the number at brreg.no if you are unsure.</source>
        <translation>Namnet kan ikkje slåast opp herifrå i dette miljøet. Sjekk nummeret på brreg.no om du er usikker.</translation>
    </message>
    <message>
        <source>Not in the sandbox&apos;s register: Altinn will answer that it does not know this customer.</source>
        <translation>Finst ikkje i registeret til sandkassa: Altinn vil svare at kunden er ukjend.</translation>
    </message>
</context>
<context>
    <name>RequestJournal</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikkje skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Kunne ikkje fjerne %1.</translation>
    </message>
</context>
<context>
    <name>RequestOutcomeView</name>
    <message>
        <source>Send re&amp;quest</source>
        <translation>Send &amp;førespurnad</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send førespurnad</translation>
    </message>
    <message>
        <source>Follow the existing request</source>
        <translation>Følg den eksisterande førespurnaden</translation>
    </message>
    <message>
        <source>Delete it and ask again</source>
        <translation>Slett førespurnaden og send ein ny</translation>
    </message>
    <message>
        <source>Ask for more rights with a change request</source>
        <translation>Be om fleire rettar med ein endringsførespurnad</translation>
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
        <translation>Sjekk tilkoplinga</translation>
    </message>
    <message>
        <source>Approval link of the change request — send it to the customer:</source>
        <translation>Godkjenningslenkja til endringsførespurnaden — send henne til kunden:</translation>
    </message>
    <message>
        <source>Approval link of the change request</source>
        <translation>Godkjenningslenkja til endringsførespurnaden</translation>
    </message>
    <message>
        <source>Open the change request in the browser</source>
        <translation>Opne endringsførespurnaden i nettlesaren</translation>
    </message>
    <message>
        <source>Copy the change request link</source>
        <translation>Kopier lenkja til endringsførespurnaden</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost; what Altinn has was looked up instead.</source>
        <translation>Svaret frå Altinn gjekk tapt, så det Altinn har registrert, vart slått opp i staden.</translation>
    </message>
    <message>
        <source>The request was created. Hand the approval link to the customer on the next page.</source>
        <translation>Førespurnaden vart oppretta. Gi godkjenningslenkja til kunden på neste side.</translation>
    </message>
    <message>
        <source>The earlier request: %1, created %2.</source>
        <translation>Den førre førespurnaden: %1, oppretta %2.</translation>
    </message>
    <message>
        <source>The customer cannot approve it any more. Delete it and send the request again — talk to the customer first if you do not know why it was rejected.</source>
        <translation>Kunden kan ikkje lenger godkjenne han. Slett han og send førespurnaden på nytt — snakk med kunden først om du ikkje veit kvifor han vart avvist.</translation>
    </message>
    <message>
        <source>Follow the earlier request to hand its link to the customer again, or delete it and ask again with what you chose now.</source>
        <translation>Følg den førre førespurnaden for å gi kunden lenkja på nytt, eller slett han og send ein ny med det du har valt no.</translation>
    </message>
    <message>
        <source>The customer&apos;s system user already has everything asked for. There is nothing for the customer to approve.</source>
        <translation>Systembrukaren til kunden har allereie alt det blir bede om. Det er ingenting for kunden å godkjenne.</translation>
    </message>
    <message>
        <source>Change request sent (status: %1). The customer approves it in Altinn like the first request: send them this link.</source>
        <translation>Endringsførespurnaden er sendt (status: %1). Kunden godkjenner han i Altinn på same måte som den første førespurnaden: Send kunden denne lenkja.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <source>A system user for client relationships cannot be changed: the customer deletes it in Altinn (Systemtilganger), then you ask again.</source>
        <translation>Ein systembrukar for klientforhold kan ikkje endrast: Kunden slettar han i Altinn (Systemtilganger), og så sender du ein ny førespurnad.</translation>
    </message>
    <message>
        <source>Send &amp;change request</source>
        <translation>Send &amp;endringsførespurnad</translation>
    </message>
    <message>
        <source>Send change request</source>
        <translation>Send endringsførespurnad</translation>
    </message>
</context>
<context>
    <name>RequestStatusText</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Ventar på godkjenning</translation>
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
        <translation>Utgått</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>Inga endring trengst</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <source>%1 (older than 180 days)</source>
        <translation>%1 (eldre enn 180 dagar)</translation>
    </message>
    <message>
        <source>Client relationships (agent)</source>
        <translation>Klientforhold (klientsystembrukar)</translation>
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
        <translation>System og type førespurnad</translation>
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
        <translation>Det er inga tilkopling til Altinn enno (sandkassa held kanskje framleis på å starte).</translation>
    </message>
    <message>
        <source>Fetching your registered systems…</source>
        <translation>Hentar dei registrerte systema dine…</translation>
    </message>
    <message>
        <source>fetching your systems</source>
        <translation>hentinga av systema dine</translation>
    </message>
    <message>
        <source>Your organisation has no system in this environment yet. Register one first.</source>
        <translation>Organisasjonen din har ikkje noko system i dette miljøet enno. Registrer eit system først.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fetching the system “%1”…</source>
        <translation>Hentar systemet «%1»…</translation>
    </message>
    <message>
        <source>fetching the system</source>
        <translation>hentinga av systemet</translation>
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
        <translation>Vel minst éin rett eller éin tilgangspakke som kunden skal godkjenne.</translation>
    </message>
    <message>
        <source>A request for client relationships carries access packages only. Remove the single rights, or make a standard request instead.</source>
        <translation>Ein førespurnad for klientforhold kan berre innehalde tilgangspakkar. Fjern enkeltrettane, eller lag ein standardførespurnad i staden.</translation>
    </message>
    <message>
        <source>Choose at least one access package for client relationships, e.g. an accountant package.</source>
        <translation>Vel minst éin tilgangspakke for klientforhold, t.d. ein rekneskapsførarpakke.</translation>
    </message>
    <message>
        <source>This change request asks for nothing, so Altinn will answer &quot;no change needed&quot;. Add rights or access packages to require or to remove.</source>
        <translation>Denne endringsførespurnaden ber ikkje om noko, så Altinn vil svare «inga endring trengst». Legg til rettar eller tilgangspakkar som skal krevjast eller fjernast.</translation>
    </message>
    <message>
        <source>This right is both required and unwanted. Keep it in one list only.</source>
        <translation>Denne retten er både kravd og uønskt. Behald retten i berre éi av listene.</translation>
    </message>
    <message>
        <source>This access package is both required and unwanted. Keep it in one list only.</source>
        <translation>Denne tilgangspakken er både kravd og uønskt. Behald pakken i berre éi av listene.</translation>
    </message>
    <message>
        <source>This right names no resource. Choose one of the system&apos;s rights.</source>
        <translation>Denne retten viser ikkje til nokon ressurs. Vel ein av rettane til systemet.</translation>
    </message>
    <message>
        <source>The system does not offer this right (%1). Choose one of the system&apos;s rights exactly as registered, or add it to the system first.</source>
        <translation>Systemet tilbyr ikkje denne retten (%1). Vel ein av rettane til systemet, nøyaktig slik dei er registrerte, eller legg retten til i systemet først.</translation>
    </message>
    <message>
        <source>More rights are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</source>
        <translation>Det står fleire rettar i lista enn systemet har (%1 oppførte, systemet har %2). Fjern duplikata.</translation>
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
    <message>
        <source>The title can be at most %1 characters long; this one has %2. Shorten it, or leave it out to use the system&apos;s name.</source>
        <translation>Tittelen kan vere på høgst %1 teikn; denne har %2. Kort ned tittelen, eller utelat han, så blir namnet på systemet brukt.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>mellomrom</translation>
    </message>
    <message>
        <source>The external reference may hold only letters (a–z, æ, ø, å), digits, “_” and “-”: Maskinporten refuses other characters when the system user token is asked for, so this customer&apos;s system user could never be used. Replace %1, e.g. with “-”.</source>
        <translation>Den eksterne referansen kan berre innehalde bokstavar (a–z, æ, ø, å), siffer, «_» og «-»: Maskinporten avviser andre teikn når det blir bede om systembrukartokenet, så systembrukaren til denne kunden ville aldri kunne brukast. Byt ut %1, t.d. med «-».</translation>
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
        <translation>Altinn 2-teneste</translation>
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
        <translation>Formidlingsteneste</translation>
    </message>
    <message>
        <source>Correspondence service</source>
        <translation>Meldingsteneste</translation>
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
        <translation>Systemregisteret godtek ikkje ressursar av typen &quot;%1&quot; som rettar. Fjern ressursen.</translation>
    </message>
    <message>
        <source>Not delegable: its owner does not let this resource be given to others, so no system user can get it.</source>
        <translation>Kan ikkje delegerast: Eigaren lèt ikkje denne ressursen givast vidare til andre, så ingen systembrukar kan få han.</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Ikkje i registeret</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Ikkje godteken</translation>
    </message>
    <message>
        <source>Not delegable</source>
        <translation>Kan ikkje delegerast</translation>
    </message>
    <message>
        <source>This identifier is not in the resource registry, so Altinn will reject the system. Remove it, or check the spelling.</source>
        <translation>Denne identifikatoren finst ikkje i ressursregisteret, så Altinn vil avvise systemet. Fjern han, eller sjekk stavemåten.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressurs</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigar</translation>
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
        <translation>Søk etter ressursar på tittel, eigar eller identifikator</translation>
    </message>
    <message>
        <source>Resources from the resource registry</source>
        <translation>Ressursar frå ressursregisteret</translation>
    </message>
    <message>
        <source>No resource matches the search. Try another word, or part of the identifier.</source>
        <translation>Ingen ressursar passar til søket. Prøv eit anna ord, eller ein del av identifikatoren.</translation>
    </message>
    <message>
        <source>Rights picker</source>
        <translation>Veljar for rettar</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n vald</numerusform>
            <numerusform>%n valde</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the resource registry…</source>
        <translation>Hentar ressursregisteret…</translation>
    </message>
    <message>
        <source>Offline: showing the resource registry as saved on %1. Resources added since then are missing.</source>
        <translation>Fråkopla: viser ressursregisteret slik det vart lagra %1. Ressursar som er lagde til sidan då, manglar.</translation>
    </message>
    <message>
        <source>The resource registry could not be loaded: %1 Your chosen rights are kept.</source>
        <translation>Ressursregisteret kunne ikkje hentast: %1 Rettane du har valt, blir behaldne.</translation>
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
        <translation>Opne godkjenningssida som kunden</translation>
    </message>
    <message>
        <source>Appro&amp;ve now (sandbox)</source>
        <translation>Go&amp;dkjenn no (sandkasse)</translation>
    </message>
    <message>
        <source>Approving as the customer…</source>
        <translation>Godkjenner som kunden…</translation>
    </message>
    <message>
        <source>approving in the sandbox</source>
        <translation>godkjenninga i sandkassa</translation>
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
        <translation>I sandkassa kan du spele kunden: Opne godkjenningssida til simulatoren i nettlesaren, eller godkjenn med ein gong utan nettlesar som ein av testpersonane til kunden.</translation>
    </message>
    <message>
        <source>Approve the request now as the chosen person at the customer, in the sandbox</source>
        <translation>Godkjenn førespurnaden no som den valde personen hos kunden, i sandkassa</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>Send &amp;vidare</translation>
    </message>
    <message>
        <source>Escalate the request to the customer&apos;s access managers, as the chosen person</source>
        <translation>Send førespurnaden vidare til tilgangsstyrarane hos kunden, som den valde personen</translation>
    </message>
    <message>
        <source>A person without the access manager role cannot approve, but can send the request on to the organisation&apos;s access managers.</source>
        <translation>Ein person utan rolla Tilgangsstyrar kan ikkje godkjenne, men kan sende førespurnaden vidare til tilgangsstyrarane i organisasjonen.</translation>
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
        <translation>Sender vidare som %1…</translation>
    </message>
    <message>
        <source>escalating in the sandbox</source>
        <translation>vidaresendinga i sandkassa</translation>
    </message>
    <message>
        <source>Escalated: the request now waits for an access manager of the customer, who can approve it.</source>
        <translation>Sendt vidare: Førespurnaden ventar no på ein tilgangsstyrar hos kunden, som kan godkjenne han.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowser</name>
    <message>
        <source>The sandbox sent the browser off this computer (%1): only a local sandbox can be logged into without a browser.</source>
        <translation>Sandkassa sende nettlesaren vekk frå denne datamaskina (%1): Berre ei lokal sandkasse kan loggast inn i utan nettlesar.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten did not answer: %1</source>
        <translation>ID-porten i sandkassa svarte ikkje: %1</translation>
    </message>
    <message>
        <source>The login&apos;s listener answered HTTP %1.</source>
        <translation>Lyttaren for innlogginga svarte HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten answered HTTP %1.</source>
        <translation>ID-porten i sandkassa svarte HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten has no test person with the national identity number %1.</source>
        <translation>ID-porten i sandkassa har ingen testperson med fødselsnummeret %1.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s ID-porten showed a page that was not expected after the login.</source>
        <translation>ID-porten i sandkassa viste ei side som ikkje var venta etter innlogginga.</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueAction</name>
    <message>
        <source>Missing a resource or access package your service uses? Add it to the sandbox as TT02 has it.</source>
        <translation>Manglar det ein ressurs eller tilgangspakke som tenesta di brukar? Legg han til i sandkassa slik han er i TT02.</translation>
    </message>
    <message>
        <source>Add to the sandbox&apos;s catalogu&amp;e…</source>
        <translation>&amp;Legg til i katalogen til sandkassa…</translation>
    </message>
    <message>
        <source>Add resources, access packages or test organisations to the sandbox</source>
        <translation>Legg til ressursar, tilgangspakkar eller testorganisasjonar i sandkassa</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueDialog</name>
    <message>
        <source>Adding to the sandbox&apos;s catalogue: part %1 of %2…</source>
        <translation>Legg til i katalogen til sandkassa: del %1 av %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrote.</translation>
    </message>
    <message>
        <source>Loading the catalogue again for the rights lists…</source>
        <translation>Hentar katalogen på nytt for rettelistene…</translation>
    </message>
    <message>
        <source>Adding to the sandbox&apos;s catalogue…</source>
        <translation>Legg til i katalogen til sandkassa…</translation>
    </message>
    <message>
        <source>Cancelled. What the sandbox took already stays; adding it again is safe.</source>
        <translation>Avbrote. Det sandkassa allereie har teke imot, blir verande; det er trygt å leggje det til på nytt.</translation>
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
            <numerusform>%n erstatta</numerusform>
            <numerusform>%n erstatta</numerusform>
        </translation>
    </message>
    <message>
        <source>Added to the sandbox&apos;s register (%1). Requests can be sent to it now.</source>
        <translation>Lagt til i registeret til sandkassa (%1). No kan du sende førespurnader til organisasjonen.</translation>
    </message>
    <message>
        <source>Added to the sandbox&apos;s catalogue (%1). The rights lists show it now.</source>
        <translation>Lagt til i katalogen til sandkassa (%1). Rettelistene viser det no.</translation>
    </message>
    <message>
        <source>Add to the sandbox&apos;s catalogue</source>
        <translation>Legg til i katalogen til sandkassa</translation>
    </message>
    <message>
        <source>The sandbox knows a selection of Altinn&apos;s resources, access packages and test organisations. Add the ones your service uses, as TT02 has them; they stay until the sandbox is reset. This changes the sandbox only, never TT02 or production.</source>
        <translation>Sandkassa kjenner eit utval av ressursane, tilgangspakkane og testorganisasjonane i Altinn. Legg til dei som tenesta di brukar, slik dei er i TT02; dei blir verande til sandkassa blir nullstilt. Dette endrar berre sandkassa, aldri TT02 eller produksjon.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Lukk dialogvindauget</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueFileSection</name>
    <message>
        <source>Choose a catalogue file</source>
        <translation>Vel ei katalogfil</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-filer (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Les %1…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Åtvaring: %1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisk (%1)</translation>
    </message>
    <message>
        <source>%1 holds %2.</source>
        <translation>%1 inneheld %2.</translation>
    </message>
    <message>
        <source>%1 cannot be added.</source>
        <translation>%1 kan ikkje leggjast til.</translation>
    </message>
    <message>
        <source>%1 holds %2, but has errors the sandbox would refuse; fix them and choose it again.</source>
        <translation>%1 inneheld %2, men har feil som sandkassa ville avvise; rett dei og vel fila på nytt.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Inga fil er vald.</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer ei fil</translation>
    </message>
    <message>
        <source>Save what TT02&apos;s public metadata APIs answer for your service and add it here: the resource list (resourceregistry/api/v1/resource/resourcelist) or one resource, the access package export (accessmanagement/api/v1/meta/info/accesspackages/export), or organisations ({&quot;orgNo&quot;, &quot;name&quot;}). Entries the sandbox has are replaced.</source>
        <translation>Lagre det dei offentlege metadata-API-a i TT02 svarar for tenesta di, og legg det til her: ressurslista (resourceregistry/api/v1/resource/resourcelist) eller éin ressurs, eksporten av tilgangspakkar (accessmanagement/api/v1/meta/info/accesspackages/export) eller organisasjonar ({&quot;orgNo&quot;, &quot;name&quot;}). Oppføringar som sandkassa allereie har, blir erstatta.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Vel &amp;fil…</translation>
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
        <translation>&amp;Legg til fila</translation>
    </message>
    <message>
        <source>Add the file to the sandbox&apos;s catalogue</source>
        <translation>Legg til fila i katalogen til sandkassa</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problem som vart funne i fila</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueOrganisationSection</name>
    <message>
        <source>Add a test organisation</source>
        <translation>Legg til ein testorganisasjon</translation>
    </message>
    <message>
        <source>Organisation &amp;number:</source>
        <translation>Organisasjons&amp;nummer:</translation>
    </message>
    <message>
        <source>Nine digits, e.g. one of TT02&apos;s test organisations</source>
        <translation>Ni siffer, t.d. ein av testorganisasjonane i TT02</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>Add or&amp;ganisation</source>
        <translation>Legg til &amp;organisasjon</translation>
    </message>
    <message>
        <source>Add the organisation to the sandbox&apos;s register</source>
        <translation>Legg til organisasjonen i registeret til sandkassa</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueResourceSection</name>
    <message>
        <source>Add one resource</source>
        <translation>Legg til éin ressurs</translation>
    </message>
    <message>
        <source>Resource &amp;id:</source>
        <translation>Ressurs-&amp;ID:</translation>
    </message>
    <message>
        <source>e.g. app_brg_aarsregnskap-vanlig-202406</source>
        <translation>t.d. app_brg_aarsregnskap-vanlig-202406</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Shown to customers, in every language</source>
        <translation>Blir vist til kundane, på alle språk</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Automatic (AltinnApp for app_… ids)</source>
        <translation>Automatisk (AltinnApp for app_…-ID-ar)</translation>
    </message>
    <message>
        <source>&amp;Owner code:</source>
        <translation>&amp;Eigarkode:</translation>
    </message>
    <message>
        <source>e.g. skd or brg (optional)</source>
        <translation>t.d. skd eller brg (valfritt)</translation>
    </message>
    <message>
        <source>Add &amp;resource</source>
        <translation>Legg til &amp;ressurs</translation>
    </message>
    <message>
        <source>Add the resource to the sandbox&apos;s catalogue</source>
        <translation>Legg til ressursen i katalogen til sandkassa</translation>
    </message>
</context>
<context>
    <name>SandboxCommands</name>
    <message>
        <source>Sandbox only: register the Maskinporten client, act as the customer</source>
        <translation>Berre sandkasse: registrer Maskinporten-klienten, opptre som kunden</translation>
    </message>
    <message>
        <source>The request or change request id.</source>
        <translation>ID-en til førespurnaden eller endringsførespurnaden.</translation>
    </message>
    <message>
        <source>Approve a request as the customer would on the approval page.</source>
        <translation>Godkjenn ein førespurnad slik kunden ville gjort på godkjenningssida.</translation>
    </message>
    <message>
        <source>Reject a request as the customer would on the approval page.</source>
        <translation>Avvis ein førespurnad slik kunden ville gjort på godkjenningssida.</translation>
    </message>
    <message>
        <source>List the sandbox register&apos;s organisations (customers to try).</source>
        <translation>List opp organisasjonane i registeret til sandkassa (kundar du kan prøve med).</translation>
    </message>
    <message>
        <source>This works only in the sandbox (--env sandbox or the URL of a systemuser-sandbox), not in %1.</source>
        <translation>Dette verkar berre i sandkassa (--env sandbox eller URL-en til ein systemuser-sandbox), ikkje i %1.</translation>
    </message>
    <message>
        <source>In %1, register the client and public key at %2 (see &quot;%3&quot;).</source>
        <translation>I %1 registrerer du klienten og den offentlege nøkkelen på %2 (sjå &quot;%3&quot;).</translation>
    </message>
    <message>
        <source>registering the client</source>
        <translation>registreringa av klienten</translation>
    </message>
    <message>
        <source>Registered client %1 with key &quot;%2&quot; in the sandbox at %3.</source>
        <translation>Klienten %1 er registrert med nøkkelen &quot;%2&quot; i sandkassa på %3.</translation>
    </message>
    <message>
        <source>Next: check it with &quot;%1&quot;, then register your system: %2</source>
        <translation>Neste steg: sjekk klienten med &quot;%1&quot;, og registrer deretter systemet ditt: %2</translation>
    </message>
    <message>
        <source>approving the request</source>
        <translation>godkjenninga av førespurnaden</translation>
    </message>
    <message>
        <source>rejecting the request</source>
        <translation>avvisinga av førespurnaden</translation>
    </message>
    <message>
        <source>Request %1 approved, as the customer would.</source>
        <translation>Førespurnaden %1 er godkjent, slik kunden ville gjort det.</translation>
    </message>
    <message>
        <source>Request %1 rejected, as the customer would.</source>
        <translation>Førespurnaden %1 er avvist, slik kunden ville gjort det.</translation>
    </message>
    <message>
        <source>listing the organisations</source>
        <translation>hentinga av organisasjonane</translation>
    </message>
    <message>
        <source>Register the profile&apos;s Maskinporten client and public key in the sandbox (when the profile has no client id, one derived from the key: running it again finds that client).</source>
        <translation>Registrer Maskinporten-klienten og den offentlege nøkkelen til profilen i sandkassa (når profilen ikkje har nokon klient-ID, blir det brukt ein som er avleidd frå nøkkelen: Køyrer du kommandoen på nytt, blir den same klienten funnen).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s answer was lost; the client was read back afterwards: it is registered.</source>
        <translation>Svaret frå sandkassa gjekk tapt; klienten vart henta på nytt etterpå: Han er registrert.</translation>
    </message>
    <message>
        <source>Client %1 was registered already with key &quot;%2&quot; in the sandbox at %3; nothing was changed.</source>
        <translation>Klienten %1 var allereie registrert med nøkkelen &quot;%2&quot; i sandkassa på %3; ingenting vart endra.</translation>
    </message>
    <message>
        <source>Add a file to the sandbox&apos;s own catalogue: a resource list or one resource, an access package export (as Altinn&apos;s metadata APIs answer them, e.g. saved from TT02), or organisations ({&quot;orgNo&quot;, &quot;name&quot;}). Entries the catalogue has are replaced.</source>
        <translation>Legg til ei fil i den eigne katalogen til sandkassa: ei ressursliste eller éin ressurs, ein eksport av tilgangspakkar (slik metadata-API-a til Altinn svarar, t.d. lagra frå TT02) eller organisasjonar ({&quot;orgNo&quot;, &quot;name&quot;}). Oppføringar som katalogen allereie har, blir erstatta.</translation>
    </message>
    <message>
        <source>The JSON file.</source>
        <translation>JSON-fila.</translation>
    </message>
    <message>
        <source>The language an access package export was fetched in: nb, nn or en (default: told from the file, else nb).</source>
        <translation>Språket ein eksport av tilgangspakkar vart henta på: nb, nn eller en (standard: utleidd frå fila, elles nb).</translation>
    </message>
    <message>
        <source>Add one resource to the sandbox&apos;s catalogue, so that systems can list it as a right.</source>
        <translation>Legg til éin ressurs i katalogen til sandkassa, slik at system kan føre han opp som rett.</translation>
    </message>
    <message>
        <source>The resource id, e.g. app_brg_aarsregnskap-vanlig-202406 (required).</source>
        <translation>Ressurs-ID-en, t.d. app_brg_aarsregnskap-vanlig-202406 (må vere med).</translation>
    </message>
    <message>
        <source>Its title, used in every language (required).</source>
        <translation>Tittelen, brukt på alle språk (må vere med).</translation>
    </message>
    <message>
        <source>Its resource type, e.g. GenericAccessResource (default: AltinnApp for app_… ids, else Default).</source>
        <translation>Ressurstypen, t.d. GenericAccessResource (standard: AltinnApp for app_…-ID-ar, elles Default).</translation>
    </message>
    <message>
        <source>The owner&apos;s code, e.g. skd or brg (default: from an app&apos;s id); the sandbox fills in the owner&apos;s number and name when it knows the code.</source>
        <translation>Koden til eigaren, t.d. skd eller brg (standard: henta frå ID-en til ein app); sandkassa fyller inn nummeret og namnet til eigaren når ho kjenner koden.</translation>
    </message>
    <message>
        <source>Add a test organisation to the sandbox&apos;s register, so that requests can be sent to it.</source>
        <translation>Legg til ein testorganisasjon i registeret til sandkassa, slik at det kan sendast førespurnader til han.</translation>
    </message>
    <message>
        <source>Its organisation number (required).</source>
        <translation>Organisasjonsnummeret (må vere med).</translation>
    </message>
    <message>
        <source>Its name (required).</source>
        <translation>Namnet (må vere med).</translation>
    </message>
    <message>
        <source>Show what was added to the sandbox&apos;s catalogue.</source>
        <translation>Vis kva som er lagt til i katalogen til sandkassa.</translation>
    </message>
    <message>
        <source>--language must be nb, nn or en (got &quot;%1&quot;).</source>
        <translation>--language må vere nb, nn eller en (fekk &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Nothing was sent: the file has problems the sandbox would refuse.</source>
        <translation>Ingenting vart sendt: Fila har problem som sandkassa ville avvise.</translation>
    </message>
    <message>
        <source>Save the API&apos;s answer as it came (e.g. curl -o FILE …/resource/resourcelist) and try again.</source>
        <translation>Lagre svaret frå API-et akkurat slik det kom (t.d. curl -o FILE …/resource/resourcelist), og prøv igjen.</translation>
    </message>
    <message>
        <source>The file holds %1.</source>
        <translation>Fila inneheld %1.</translation>
    </message>
    <message>
        <source>Give the resource&apos;s --id and --title.</source>
        <translation>Oppgi --id og --title for ressursen.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Ingenting vart sendt.</translation>
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
        <translation>Katalogen til sandkassa har %1 nye og %2 erstatta oppføringar.</translation>
    </message>
    <message>
        <source>Next: list them as rights in your system and register it: %1</source>
        <translation>Neste steg: før dei opp som rettar i systemet ditt, og registrer systemet: %1</translation>
    </message>
    <message>
        <source>Remove everything added to the sandbox&apos;s catalogue; the built-in catalogue stays.</source>
        <translation>Fjern alt som er lagt til i katalogen til sandkassa; den innebygde katalogen blir verande.</translation>
    </message>
    <message>
        <source>Added to the built-in catalogue: %1 resource(s), %2 access package(s) in %3 area(s), %4 organisation(s).</source>
        <translation>Lagt til i den innebygde katalogen: %1 ressurs(ar), %2 tilgangspakke(r) i %3 område, %4 organisasjon(ar).</translation>
    </message>
    <message>
        <source>Removed what was added to the sandbox&apos;s catalogue; the built-in catalogue is as it was.</source>
        <translation>Fjerna det som var lagt til i katalogen til sandkassa; den innebygde katalogen er som før.</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Port %1 blir brukt av eit anna program.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s state file %1 cannot be used (%2). Repair it or move it away to start with an empty sandbox.</source>
        <translation>Tilstandsfila %1 til sandkassa kan ikkje brukast (%2). Reparer henne, eller flytt henne bort for å starte med ei tom sandkasse.</translation>
    </message>
</context>
<context>
    <name>SandboxOrgNameLookup</name>
    <message>
        <source>The name appears when the sandbox has started…</source>
        <translation>Namnet blir vist når sandkassa har starta…</translation>
    </message>
    <message>
        <source>The sandbox did not start, so the name cannot be looked up. Restart the wizard.</source>
        <translation>Sandkassa starta ikkje, så namnet kan ikkje slåast opp. Start vegvisaren på nytt.</translation>
    </message>
    <message>
        <source>The name could not be looked up: %1 %2</source>
        <translation>Namnet kunne ikkje slåast opp: %1 %2</translation>
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
        <translation>Kven som godkjenner hos kunden</translation>
    </message>
    <message>
        <source>The sandbox&apos;s test persons of the customer organisation. Only an access manager who can give every right asked for can approve; someone without the role can escalate.</source>
        <translation>Testpersonane i sandkassa for kundeorganisasjonen. Berre ein tilgangsstyrar som kan gi alle rettane det blir bede om, kan godkjenne; den som manglar rolla, kan sende vidare.</translation>
    </message>
    <message>
        <source>Loading the customer&apos;s persons…</source>
        <translation>Hentar personane til kunden…</translation>
    </message>
    <message>
        <source>%1 – general manager, not an access manager (can only escalate)</source>
        <translation>%1 – dagleg leiar, ikkje tilgangsstyrar (kan berre sende vidare)</translation>
    </message>
    <message>
        <source>%1 – access manager who lacks the first right asked for</source>
        <translation>%1 – tilgangsstyrar som manglar den første retten det blir bede om</translation>
    </message>
    <message>
        <source>%1 – access manager who can give every right</source>
        <translation>%1 – tilgangsstyrar som kan gi alle rettane</translation>
    </message>
    <message>
        <source>The persons could not be loaded: %1 Approving now acts as the organisation&apos;s access manager, who can approve everything.</source>
        <translation>Personane kunne ikkje lastast inn: %1 Godkjenning no skjer som tilgangsstyraren til organisasjonen, som kan godkjenne alt.</translation>
    </message>
</context>
<context>
    <name>SandboxRegistrationPanel</name>
    <message>
        <source>Another profile was chosen meanwhile.</source>
        <translation>Ein annan profil vart vald i mellomtida.</translation>
    </message>
    <message>
        <source>Register the client in the sandbox</source>
        <translation>Registrer klienten i sandkassa</translation>
    </message>
    <message>
        <source>&amp;Register in the sandbox</source>
        <translation>&amp;Registrer i sandkassa</translation>
    </message>
    <message>
        <source>&amp;Register the key again in the sandbox</source>
        <translation>&amp;Registrer nøkkelen på nytt i sandkassa</translation>
    </message>
    <message>
        <source>Registering the client in the sandbox…</source>
        <translation>Registrerer klienten i sandkassa…</translation>
    </message>
    <message>
        <source>Registration cancelled.</source>
        <translation>Registreringa vart avbroten.</translation>
    </message>
    <message>
        <source>Registered client %1 with key %2. Check the connection below.</source>
        <translation>Registrerte klienten %1 med nøkkelen %2. Sjekk tilkoplinga nedanfor.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s answer was lost; the client was read back afterwards.</source>
        <translation>Svaret frå sandkassa gjekk tapt; klienten vart henta på nytt etterpå.</translation>
    </message>
    <message>
        <source>Client %1 was registered already with key %2; nothing was changed. Check the connection below.</source>
        <translation>Klienten %1 var allereie registrert med nøkkelen %2; ingenting vart endra. Sjekk tilkoplinga nedanfor.</translation>
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
        <translation>Nøkkelringen svarte ikkje i tide. Om nøkkelringen ber om å bli låst opp, svar på spørsmålet og prøv igjen.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, restart the keychain service.</source>
        <translation>Nøkkelringen melde om ein feil. Prøv igjen; om det framleis ikkje verkar, start nøkkelringtenesta på nytt.</translation>
    </message>
    <message>
        <source>The key is not in the keychain. If you kept a backup of it, import it again; otherwise generate a new key and register its public key again, in place of the old one.</source>
        <translation>Nøkkelen er ikkje i nøkkelringen. Om du har teke vare på ein reservekopi av han, importer han på nytt; elles lag ein ny nøkkel og registrer den offentlege nøkkelen hans på nytt, i staden for den gamle.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer, so the key cannot be kept safely. Start one, or install one — GNOME Keyring (the gnome-keyring package), KWallet, or KeePassXC with its Secret Service integration turned on — then try again.</source>
        <translation>Ingen nøkkelringteneste køyrer på denne datamaskina, så nøkkelen kan ikkje lagrast trygt. Start ei, eller installer ei — GNOME Keyring (pakken gnome-keyring), KWallet eller KeePassXC med Secret Service-integrasjonen slått på — og prøv igjen.</translation>
    </message>
    <message>
        <source>There is no desktop session (no D-Bus session bus), so no keychain can be reached. Run this in a desktop session; in a terminal or over SSH, start one first, for example with &quot;dbus-run-session -- bash&quot;, and unlock a keyring in it with &quot;gnome-keyring-daemon --unlock&quot;.</source>
        <translation>Det finst ingen skrivebordsøkt (ingen D-Bus-øktbuss), så ingen nøkkelring kan nåast. Køyr dette i ei skrivebordsøkt; i ein terminal eller over SSH må du starte ei først, til dømes med &quot;dbus-run-session -- bash&quot;, og låse opp ein nøkkelring i henne med &quot;gnome-keyring-daemon --unlock&quot;.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (in your keyring or password manager, or by logging out and in again), then try again. Keys already in it are safe: there is no need to generate or import them again.</source>
        <translation>Nøkkelringen er låst. Lås han opp (i nøkkelringen eller passordhandsamaren din, eller ved å logge ut og inn att), og prøv igjen. Nøklar som allereie ligg der, er trygge: Du treng ikkje lage eller importere dei på nytt.</translation>
    </message>
    <message>
        <source>The keychain refused access. Allow this program to use the keychain when it asks (or in the keychain&apos;s settings), then try again.</source>
        <translation>Nøkkelringen nekta tilgang. Gi dette programmet lov til å bruke nøkkelringen når han spør (eller i innstillingane til nøkkelringen), og prøv igjen.</translation>
    </message>
    <message>
        <source>The key&apos;s entry in the keychain is damaged or incomplete. Import the key again from its backup, or generate a new key and register its public key again.</source>
        <translation>Oppføringa til nøkkelen i nøkkelringen er skadd eller ufullstendig. Importer nøkkelen på nytt frå reservekopien, eller lag ein ny nøkkel og registrer den offentlege nøkkelen hans på nytt.</translation>
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
        <translation>Kva som er gjort, kva som står att, og kva du bør gjere vidare.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Ask Altinn again for the current statuses</source>
        <translation>Spør Altinn på nytt om gjeldande statusar</translation>
    </message>
    <message>
        <source>&amp;Onboard another customer</source>
        <translation>&amp;Kople på ein ny kunde</translation>
    </message>
    <message>
        <source>Ask the next customer for a system user</source>
        <translation>Be neste kunde om ein systembrukar</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassa har ikkje starta enno. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Asking Altinn for the current statuses…</source>
        <translation>Spør Altinn om gjeldande statusar…</translation>
    </message>
    <message>
        <source>Stopped. The summary shows what was known before.</source>
        <translation>Stoppa. Oppsummeringa viser det som var kjent frå før.</translation>
    </message>
    <message>
        <source>reading the registered system</source>
        <translation>hentinga av det registrerte systemet</translation>
    </message>
    <message>
        <source>listing the system users</source>
        <translation>hentinga av systembrukarane</translation>
    </message>
    <message>
        <source>checking the request to %1</source>
        <translation>kontrollen av førespurnaden til %1</translation>
    </message>
    <message>
        <source>Up to date as of %1.</source>
        <translation>Oppdatert kl. %1.</translation>
    </message>
    <message>
        <source>Some of the summary could not be brought up to date:</source>
        <translation>Delar av oppsummeringa kunne ikkje oppdaterast:</translation>
    </message>
</context>
<context>
    <name>SummaryReportSection</name>
    <message>
        <source>Onboarding summary</source>
        <translation>Oppsummering av påkoplinga</translation>
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
        <translation>Rapporten kunne ikkje lagrast i %1: %2</translation>
    </message>
    <message>
        <source>Onboarding report</source>
        <translation>Påkoplingsrapport</translation>
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
        <translation>Lagra rapporten i %1.</translation>
    </message>
</context>
<context>
    <name>SystemCommands</name>
    <message>
        <source>Your systems in Altinn&apos;s system register</source>
        <translation>Systema dine i systemregisteret i Altinn</translation>
    </message>
    <message>
        <source>The system id (&lt;vendor org number&gt;_&lt;name&gt;).</source>
        <translation>System-ID-en (&lt;vendor org number&gt;_&lt;name&gt;).</translation>
    </message>
    <message>
        <source>A system definition: the JSON body Altinn&apos;s system register takes.</source>
        <translation>Ein systemdefinisjon: JSON-innhaldet som systemregisteret i Altinn tek imot.</translation>
    </message>
    <message>
        <source>List the vendor&apos;s systems.</source>
        <translation>List opp systema til leverandøren.</translation>
    </message>
    <message>
        <source>Show a registered system.</source>
        <translation>Vis eit registrert system.</translation>
    </message>
    <message>
        <source>Register a new system from FILE (checked before it is sent).</source>
        <translation>Registrer eit nytt system frå FILE (blir sjekka før det blir sendt).</translation>
    </message>
    <message>
        <source>Update a system from FILE: only the members FILE has replace the registered ones (get, merge, put).</source>
        <translation>Oppdater eit system frå FILE: Berre felta som finst i FILE, erstattar dei registrerte (get, merge, put).</translation>
    </message>
    <message>
        <source>Compare FILE with the registered system, field by field.</source>
        <translation>Samanlikn FILE med det registrerte systemet, felt for felt.</translation>
    </message>
    <message>
        <source>Delete a system from the register.</source>
        <translation>Slett eit system frå registeret.</translation>
    </message>
    <message>
        <source>Show a system&apos;s change log.</source>
        <translation>Vis endringsloggen til eit system.</translation>
    </message>
    <message>
        <source>listing the systems</source>
        <translation>hentinga av systemlista</translation>
    </message>
    <message>
        <source>fetching the system</source>
        <translation>hentinga av systemet</translation>
    </message>
    <message>
        <source>%1 is not a system definition: %2</source>
        <translation>%1 er ikkje ein systemdefinisjon: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was sent:</source>
        <translation>
            <numerusform>%1 har %n problem; ingenting vart sendt:</numerusform>
            <numerusform>%1 har %n problem; ingenting vart sendt:</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile&apos;s client id %1 is not in &quot;clientId&quot;: system user tokens for this system will fail (MP-303) until it is.</source>
        <translation>Klient-ID-en %1 frå profilen står ikkje i &quot;clientId&quot;: Systembrukartoken for dette systemet vil feile (MP-303) til han gjer det.</translation>
    </message>
    <message>
        <source>registering the system</source>
        <translation>registreringa av systemet</translation>
    </message>
    <message>
        <source>Registered system %1.</source>
        <translation>Registrerte systemet %1.</translation>
    </message>
    <message>
        <source>Next: ask a customer for a system user: %1</source>
        <translation>Neste steg: Be ein kunde om ein systembrukar: %1</translation>
    </message>
    <message>
        <source>%1 has nothing to update (name, description, rights, accessPackages, clientId, allowedRedirectUrls or isVisible).</source>
        <translation>%1 har ingenting å oppdatere (name, description, rights, accessPackages, clientId, allowedRedirectUrls eller isVisible).</translation>
    </message>
    <message>
        <source>updating the system</source>
        <translation>oppdateringa av systemet</translation>
    </message>
    <message>
        <source>Updated system %1 (%2); everything else was kept as registered.</source>
        <translation>Oppdaterte systemet %1 (%2); alt anna vart behalde slik det er registrert.</translation>
    </message>
    <message>
        <source>%1 is not registered yet; everything in the file is new.</source>
        <translation>%1 er ikkje registrert enno; alt i fila er nytt.</translation>
    </message>
    <message>
        <source>%1 is registered exactly as in the file.</source>
        <translation>%1 er registrert nøyaktig som i fila.</translation>
    </message>
    <message>
        <source>deleting the system</source>
        <translation>slettinga av systemet</translation>
    </message>
    <message>
        <source>Deleted system %1.</source>
        <translation>Sletta systemet %1.</translation>
    </message>
    <message>
        <source>fetching the change log</source>
        <translation>hentinga av endringsloggen</translation>
    </message>
    <message>
        <source>The system id %1 belongs to a deleted system; a deleted system keeps its id for ever. Give the definition another id.</source>
        <translation>System-ID-en %1 høyrer til eit sletta system; eit sletta system held på ID-en sin for alltid. Gi definisjonen ein annan ID.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost; the system was read back afterwards: it was registered.</source>
        <translation>Svaret frå Altinn gjekk tapt; systemet vart henta på nytt etterpå: Det vart registrert.</translation>
    </message>
    <message>
        <source>%1 was registered already, as yours (by an earlier run, or one whose answer was lost); nothing was registered twice.</source>
        <translation>%1 var allereie registrert, som ditt (av ei tidlegare køyring, eller ei der svaret gjekk tapt); ingenting vart registrert to gonger.</translation>
    </message>
    <message numerus="yes">
        <source>It differed from the file, so it was updated: %n change(s).</source>
        <translation>
            <numerusform>Det var ulikt fila, så det vart oppdatert: %n endring.</numerusform>
            <numerusform>Det var ulikt fila, så det vart oppdatert: %n endringar.</numerusform>
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
        <translation>namn</translation>
    </message>
    <message>
        <source>description</source>
        <translation>skildring</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>rettar</translation>
    </message>
    <message>
        <source>access packages</source>
        <translation>tilgangspakkar</translation>
    </message>
    <message>
        <source>client ids</source>
        <translation>klient-ID-ar</translation>
    </message>
    <message>
        <source>redirect URLs</source>
        <translation>omdirigeringsadresser</translation>
    </message>
    <message>
        <source>visible in the Altinn portal</source>
        <translation>synleg i Altinn-portalen</translation>
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
        <translation>- %1 (%2): &quot;%3&quot; (fjerna)</translation>
    </message>
    <message>
        <source>- %1: %2 (removed)</source>
        <translation>- %1: %2 (fjerna)</translation>
    </message>
    <message>
        <source>~ %1 (%2): &quot;%3&quot; → &quot;%4&quot;</source>
        <translation>~ %1 (%2): &quot;%3&quot; → &quot;%4&quot;</translation>
    </message>
    <message>
        <source>~ %1: %2 changed from %3 to %4</source>
        <translation>~ %1: %2 endra frå %3 til %4</translation>
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
        <translation>t.d. smartregnskap</translation>
    </message>
    <message>
        <source>Letters A–Z and a–z, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and &apos;~&apos;. The id is part of web addresses and cannot be changed once the system is registered.</source>
        <translation>Bokstavane A–Z og a–z, siffer, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; og &apos;~&apos;. ID-en er ein del av nettadresser og kan ikkje endrast etter at systemet er registrert.</translation>
    </message>
    <message>
        <source>Name and description</source>
        <translation>Namn og skildring</translation>
    </message>
    <message>
        <source>Maskinporten &amp;client ids</source>
        <translation>Maskinporten-&amp;klient-ID-ar</translation>
    </message>
    <message>
        <source>The Maskinporten clients that may get system user tokens for this system. Your profile&apos;s client is filled in for a new system.</source>
        <translation>Maskinporten-klientane som kan få systembrukartoken for dette systemet. For eit nytt system blir klienten frå profilen din fylt inn.</translation>
    </message>
    <message>
        <source>Add client id</source>
        <translation>Legg til klient-ID</translation>
    </message>
    <message>
        <source>e.g. 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c</source>
        <translation>t.d. 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c</translation>
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
        <translation>Ingen klient-ID enno: Ingen kan få eit token for dette systemet før du legg til ein.</translation>
    </message>
    <message>
        <source>Redirect &amp;URLs</source>
        <translation>Vidaresendings-&amp;URL-ar</translation>
    </message>
    <message>
        <source>Optional. Where Altinn may send the customer after they approve a request. Only https:// addresses are accepted.</source>
        <translation>Valfritt. Kvar Altinn kan sende kunden etter at kunden har godkjent ein førespurnad. Berre https://-adresser blir godtekne.</translation>
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
        <translation>Synlegheit</translation>
    </message>
    <message>
        <source>&amp;Visible in Altinn</source>
        <translation>S&amp;ynleg i Altinn</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Synleg i Altinn</translation>
    </message>
    <message>
        <source>Rights are services in Altinn&apos;s resource registry that your system needs to act on for a customer. Only resource types the system register accepts are listed; tick the ones you need.</source>
        <translation>Rettar er tenester i ressursregisteret i Altinn som systemet ditt treng for å handle for ein kunde. Berre ressurstypar som systemregisteret godtek, blir viste; kryss av for dei du treng.</translation>
    </message>
    <message>
        <source>Access packages bundle many services by area. &quot;Standard&quot; packages can be given to a standard system user; &quot;Client relationship&quot; packages are for accounting firms and others acting for their clients.</source>
        <translation>Tilgangspakkar samlar mange tenester innanfor eit område. «Standard»-pakkar kan givast til ein standard systembrukar; «Klientforhold»-pakkar er for rekneskapsførarar og andre som handlar for klientane sine.</translation>
    </message>
    <message>
        <source>&amp;JSON preview (the exact request body)</source>
        <translation>&amp;JSON-førehandsvising (den nøyaktige førespurnadsteksten)</translation>
    </message>
    <message>
        <source>JSON preview</source>
        <translation>JSON-førehandsvising</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;orter…</translation>
    </message>
    <message>
        <source>Import from a JSON file</source>
        <translation>Importer frå ei JSON-fil</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Export to a JSON file</source>
        <translation>Eksporter til ei JSON-fil</translation>
    </message>
    <message>
        <source>System definition sections</source>
        <translation>Delar av systemdefinisjonen</translation>
    </message>
    <message>
        <source>When on, customers can find the system in Altinn and create a system user for it themselves. When off, a system user is only created from a request you send.</source>
        <translation>Når dette er på, kan kundar finne systemet i Altinn og sjølve opprette ein systembrukar for det. Når det er av, blir ein systembrukar berre oppretta frå ein førespurnad du sender.</translation>
    </message>
    <message>
        <source>Off, because the system has client-relationship packages (%1). Customers cannot pick those themselves, so Altinn only accepts such a system when it is hidden; customers get it through a request from you.</source>
        <translation>Av, fordi systemet har klientforholdspakkar (%1). Kundar kan ikkje velje slike pakkar sjølve, så Altinn godtek berre eit slikt system når det er skjult; kundane får det gjennom ein førespurnad frå deg.</translation>
    </message>
    <message>
        <source>Turn this off: the system has client-relationship packages (%1), and Altinn only accepts such a system when it is hidden.</source>
        <translation>Slå av dette: Systemet har klientforholdspakkar (%1), og Altinn godtek berre eit slikt system når det er skjult.</translation>
    </message>
    <message>
        <source>%1 is for client relationships, so the system cannot be visible in Altinn. Turn visibility off on the General tab, or remove the package.</source>
        <translation>%1 er for klientforhold, så systemet kan ikkje vere synleg i Altinn. Slå av synlegheit i fana Generelt, eller fjern pakken.</translation>
    </message>
    <message>
        <source>Visibility is off: %1 is for client relationships, and Altinn only accepts such a system when customers cannot pick it themselves. They get it through a request from you.</source>
        <translation>Synlegheit er av: %1 er for klientforhold, og Altinn godtek berre eit slikt system når kundane ikkje kan velje det sjølve. Dei får det gjennom ein førespurnad frå deg.</translation>
    </message>
    <message>
        <source>Something here needs fixing; see Problems.</source>
        <translation>Noko her må rettast; sjå Problem.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <source>&amp;Rights (%1)</source>
        <translation>&amp;Rettar (%1)</translation>
    </message>
    <message>
        <source>Access p&amp;ackages (%1)</source>
        <translation>Tilgang&amp;spakkar (%1)</translation>
    </message>
    <message>
        <source>(org. no.)_</source>
        <translation>(org.nr.)_</translation>
    </message>
    <message>
        <source>Every system id starts with your organisation number and an underscore.</source>
        <translation>Alle system-ID-ar byrjar med organisasjonsnummeret ditt og ein understrek.</translation>
    </message>
    <message>
        <source>System id after %1</source>
        <translation>System-ID etter %1</translation>
    </message>
    <message>
        <source>Right %1 (%2)</source>
        <translation>Rett %1 (%2)</translation>
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
        <translation>eit objekt ({ … })</translation>
    </message>
    <message>
        <source>a list ([ … ])</source>
        <translation>ei liste ([ … ])</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2). Choose a .json file exported from this wizard or in Altinn&apos;s system register format.</source>
        <translation>Fila er ikkje gyldig JSON (%1 ved teikn %2). Vel ei .json-fil som er eksportert frå denne vegvisaren eller er i formatet til systemregisteret i Altinn.</translation>
    </message>
    <message>
        <source>The file holds JSON, but not a system definition: it must be one object ({ &quot;id&quot;: …, &quot;name&quot;: … }), not a list or a single value.</source>
        <translation>Fila inneheld JSON, men ikkje ein systemdefinisjon: Ho må vere eitt objekt ({ &quot;id&quot;: …, &quot;name&quot;: … }), ikkje ei liste eller ein enkelt verdi.</translation>
    </message>
    <message>
        <source>The file holds a JSON object, but not a system definition: it has none of the members &quot;id&quot;, &quot;name&quot;, &quot;description&quot;, &quot;rights&quot; or &quot;accessPackages&quot;.</source>
        <translation>Fila inneheld eit JSON-objekt, men ikkje ein systemdefinisjon: Ho har ingen av felta &quot;id&quot;, &quot;name&quot;, &quot;description&quot;, &quot;rights&quot; eller &quot;accessPackages&quot;.</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; must be %2. Correct the file and import it again.</source>
        <translation>Feltet &quot;%1&quot; må vere %2. Rett fila og importer henne på nytt.</translation>
    </message>
    <message>
        <source>Every entry in &quot;%1&quot; must be %2. Correct the file and import it again.</source>
        <translation>Alle oppføringar i &quot;%1&quot; må vere %2. Rett fila og importer henne på nytt.</translation>
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
        <translation>Det kundane ser når dei godkjenner, og kva systemet ditt kan gjere for dei. Problem blir viste fortløpande; ingenting er sendt enno.</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Try again in a moment.</source>
        <translation>Sandkassa har ikkje starta enno. Prøv igjen om litt.</translation>
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
        <translation>Denne retten viser ikkje til nokon ressurs. Vel ein ressurs, eller fjern retten.</translation>
    </message>
    <message>
        <source>The attribute id must be exactly &quot;urn:altinn:resource&quot; (it is &quot;%1&quot;). Apps are also given this way, with the value app_&lt;org&gt;_&lt;app&gt;.</source>
        <translation>Attributt-ID-en må vere nøyaktig &quot;urn:altinn:resource&quot; (no står det &quot;%1&quot;). Appar blir òg førte opp på same måten, med verdien app_&lt;org&gt;_&lt;app&gt;.</translation>
    </message>
    <message>
        <source>The resource id is empty. Choose the resource this right is for.</source>
        <translation>Ressurs-ID-en er tom. Vel ressursen denne retten gjeld.</translation>
    </message>
    <message>
        <source>This right is listed more than once (same action and resource). Remove the duplicate.</source>
        <translation>Denne retten står meir enn éin gong (same handling og ressurs). Fjern duplikatet.</translation>
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
        <translation>Legg til minst éin rett eller éin tilgangspakke. Ein systembrukar kan berre få det som er ført opp på systemet, så utan dette har kundane ingenting å godkjenne.</translation>
    </message>
</context>
<context>
    <name>SystemUserCommands</name>
    <message>
        <source>System users your customers have approved</source>
        <translation>Systembrukarar som kundane dine har godkjent</translation>
    </message>
    <message>
        <source>The system id.</source>
        <translation>System-ID-en.</translation>
    </message>
    <message>
        <source>List the system users of a system (all pages).</source>
        <translation>List opp systembrukarane for eit system (alle sider).</translation>
    </message>
    <message>
        <source>Find the system user of one customer.</source>
        <translation>Finn systembrukaren til éin kunde.</translation>
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
        <translation>Oppgi kva system: --system ID.</translation>
    </message>
    <message>
        <source>listing the system users</source>
        <translation>hentinga av systembrukarane</translation>
    </message>
    <message>
        <source>Say which system and which customer: --system ID --org ORGNO.</source>
        <translation>Oppgi kva system og kva kunde: --system ID --org ORGNO.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>finding the system user</source>
        <translation>søket etter systembrukaren</translation>
    </message>
    <message>
        <source>System user %1 exists for customer %2.</source>
        <translation>Systembrukaren %1 finst for kunden %2.</translation>
    </message>
</context>
<context>
    <name>SystemUserTokenDiagnosis</name>
    <message>
        <source>Check the connection and run the check again.</source>
        <translation>Sjekk tilkoplinga og køyr sjekken på nytt.</translation>
    </message>
    <message>
        <source>The customer organisation number &quot;%1&quot; in the token request is not a valid organisation number.</source>
        <translation>Organisasjonsnummeret til kunden, &quot;%1&quot;, i token-førespurnaden er ikkje eit gyldig organisasjonsnummer.</translation>
    </message>
    <message>
        <source>Correct the customer&apos;s organisation number and ask for the token again.</source>
        <translation>Rett opp organisasjonsnummeret til kunden og be om tokenet på nytt.</translation>
    </message>
    <message>
        <source>The system %1 has been deleted from the system register, so none of its system users can get tokens.</source>
        <translation>Systemet %1 er sletta frå systemregisteret, så ingen av systembrukarane til systemet kan få token.</translation>
    </message>
    <message>
        <source>Publish the system again and ask the customer to approve a new request.</source>
        <translation>Publiser systemet på nytt, og be kunden om å godkjenne ein ny førespurnad.</translation>
    </message>
    <message>
        <source>The system %1 belongs to vendor %2, but this profile is for %3. Maskinporten only finds the system user when the client belongs to the system&apos;s vendor.</source>
        <translation>Systemet %1 høyrer til leverandøren %2, men denne profilen er for %3. Maskinporten finn berre systembrukaren når klienten høyrer til leverandøren av systemet.</translation>
    </message>
    <message>
        <source>Use a profile and Maskinporten client of organisation %1.</source>
        <translation>Bruk ein profil og ein Maskinporten-klient som høyrer til organisasjonen %1.</translation>
    </message>
    <message>
        <source>Your Maskinporten client %1 is not among the client ids of the system %2, so Maskinporten cannot connect the token to the system.</source>
        <translation>Maskinporten-klienten din, %1, er ikkje blant klient-ID-ane til systemet %2, så Maskinporten kan ikkje knyte tokenet til systemet.</translation>
    </message>
    <message>
        <source>Add the client id to the system definition, publish it, and ask for the token again.</source>
        <translation>Legg klient-ID-en til i systemdefinisjonen, publiser han, og be om tokenet på nytt.</translation>
    </message>
    <message>
        <source>The system %1 is not registered in this environment.</source>
        <translation>Systemet %1 er ikkje registrert i dette miljøet.</translation>
    </message>
    <message>
        <source>Publish the system definition first, or check that you are working in the right environment.</source>
        <translation>Publiser systemdefinisjonen først, eller sjekk at du arbeider i rett miljø.</translation>
    </message>
    <message>
        <source>Could not read the system definition: %1</source>
        <translation>Kunne ikkje lese systemdefinisjonen: %1</translation>
    </message>
    <message>
        <source>Could not read the system users of the system: %1</source>
        <translation>Kunne ikkje lese systembrukarane til systemet: %1</translation>
    </message>
    <message>
        <source>%1 has a system user for this system with external reference %2, but the token request sent none, so Maskinporten looked for &quot;%1&quot; (the organisation number).</source>
        <translation>%1 har ein systembrukar for dette systemet med den eksterne referansen %2, men token-førespurnaden sende ingen, så Maskinporten leita etter &quot;%1&quot; (organisasjonsnummeret).</translation>
    </message>
    <message>
        <source>%1 has a system user for this system with external reference %2, but the token request used &quot;%3&quot;.</source>
        <translation>%1 har ein systembrukar for dette systemet med den eksterne referansen %2, men token-førespurnaden brukte &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Send one of %1 as externalRef in the token request.</source>
        <translation>Send ein av %1 som externalRef i token-førespurnaden.</translation>
    </message>
    <message>
        <source>Leave externalRef out of the token request (it then defaults to the organisation number).</source>
        <translation>Utelat externalRef frå token-førespurnaden (då blir organisasjonsnummeret brukt som standard).</translation>
    </message>
    <message>
        <source>Send externalRef &quot;%1&quot; in the token request.</source>
        <translation>Send externalRef &quot;%1&quot; i token-førespurnaden.</translation>
    </message>
    <message>
        <source>The external reference &quot;%1&quot; belongs to the system user of organisation %2, not %3.</source>
        <translation>Den eksterne referansen &quot;%1&quot; høyrer til systembrukaren til organisasjonen %2, ikkje %3.</translation>
    </message>
    <message>
        <source>Ask for the token with organisation number %1 as the customer.</source>
        <translation>Be om tokenet med organisasjonsnummeret %1 som kunde.</translation>
    </message>
    <message>
        <source>Could not read the requests of the system: %1</source>
        <translation>Kunne ikkje lese førespurnadene til systemet: %1</translation>
    </message>
    <message>
        <source>%1 approved the request of %2, but its system user no longer exists; it was probably deleted in Altinn.</source>
        <translation>%1 godkjende førespurnaden frå %2, men systembrukaren finst ikkje lenger; han vart truleg sletta i Altinn.</translation>
    </message>
    <message>
        <source>Delete the old request and send a new one.</source>
        <translation>Slett den gamle førespurnaden og send ein ny.</translation>
    </message>
    <message>
        <source>%1 rejected the request of %2, so there is no system user.</source>
        <translation>%1 avviste førespurnaden frå %2, så det finst ingen systembrukar.</translation>
    </message>
    <message>
        <source>Agree with the customer, then delete the rejected request and send a new one.</source>
        <translation>Avklar med kunden, og slett deretter den avviste førespurnaden og send ein ny.</translation>
    </message>
    <message>
        <source>%1 has not approved the request of %2 yet; the system user is created on approval.</source>
        <translation>%1 har ikkje godkjent førespurnaden frå %2 enno; systembrukaren blir oppretta ved godkjenning.</translation>
    </message>
    <message>
        <source>Send the approval link to the customer again, or wait for the approval.</source>
        <translation>Send godkjenningslenkja til kunden på nytt, eller vent på godkjenninga.</translation>
    </message>
    <message>
        <source>%1 has no system user for this system, and no request has been sent to it.</source>
        <translation>%1 har ingen systembrukar for dette systemet, og ingen førespurnad er send til organisasjonen.</translation>
    </message>
    <message>
        <source>Send a system user request to %1 and wait until it is approved.</source>
        <translation>Send ein førespurnad om systembrukar til %1, og vent til han er godkjend.</translation>
    </message>
    <message>
        <source>The system has system users for client relationships owned by %1. If %2 is a client of one of these firms, the token must name the firm&apos;s organisation number, not the client&apos;s.</source>
        <translation>Systemet har systembrukarar for klientforhold som er eigde av %1. Om %2 er klient hos eitt av desse firmaa, må tokenet oppgi organisasjonsnummeret til firmaet, ikkje til klienten.</translation>
    </message>
    <message>
        <source>Ask for the token with the firm&apos;s organisation number as the customer, and check that the firm has added %1 as a client.</source>
        <translation>Be om tokenet med organisasjonsnummeret til firmaet som kunde, og sjekk at firmaet har lagt til %1 som klient.</translation>
    </message>
    <message>
        <source>Everything checked matches: the system lists your client id, and %1 has a system user with external reference &quot;%2&quot;.</source>
        <translation>Alt som vart sjekka, stemmer: Systemet har klient-ID-en din, og %1 har ein systembrukar med den eksterne referansen &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The cause is probably elsewhere: the token was asked for in another environment than the one checked here, or Maskinporten still remembers an earlier answer. Try again in a minute.</source>
        <translation>Årsaka ligg truleg ein annan stad: Tokenet vart bede om i eit anna miljø enn det som er sjekka her, eller Maskinporten hugsar framleis eit tidlegare svar. Prøv igjen om eitt minutt.</translation>
    </message>
</context>
<context>
    <name>TestAuthenticationPage</name>
    <message>
        <source>Test authentication</source>
        <translation>Test autentiseringa</translation>
    </message>
    <message>
        <source>Get a system user token for a customer, as your system will in production, and see what is in it.</source>
        <translation>Hent eit systembrukartoken for ein kunde, slik systemet ditt vil gjere i produksjon, og sjå kva det inneheld.</translation>
    </message>
    <message>
        <source>Maskinporten gives your client a system user token when the customer has approved a system user for your system. The token says which customer and which system user it acts for; the APIs you call read that from it.</source>
        <translation>Maskinporten gir klienten din eit systembrukartoken når kunden har godkjent ein systembrukar for systemet ditt. Tokenet viser kva kunde og kva systembrukar det handlar for; API-a du kallar, les dette frå tokenet.</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassa har ikkje starta enno. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose or create a profile on the first page.</source>
        <translation>Vel eller opprett ein profil på den første sida.</translation>
    </message>
    <message>
        <source>Choose a customer, or type the organisation number of one.</source>
        <translation>Vel ein kunde, eller skriv inn organisasjonsnummeret til ein kunde.</translation>
    </message>
    <message>
        <source>Enter at least one scope: Maskinporten gives no token without one.</source>
        <translation>Skriv inn minst eitt scope: Maskinporten gir ikkje noko token utan.</translation>
    </message>
    <message>
        <source>Asking Maskinporten for a system user token for %1…</source>
        <translation>Ber Maskinporten om eit systembrukartoken for %1…</translation>
    </message>
    <message>
        <source>Stopped waiting for Maskinporten&apos;s answer.</source>
        <translation>Slutta å vente på svar frå Maskinporten.</translation>
    </message>
    <message>
        <source>Maskinporten issued a system user token for %1: the system user works.</source>
        <translation>Maskinporten utferda eit systembrukartoken for %1: Systembrukaren verkar.</translation>
    </message>
</context>
<context>
    <name>TokenClaimsExplainer</name>
    <message>
        <source>Who issued the token: Maskinporten of the chosen environment. An API accepts only its own environment&apos;s tokens.</source>
        <translation>Kven som utferda tokenet: Maskinporten i det valde miljøet. Eit API godtek berre token frå sitt eige miljø.</translation>
    </message>
    <message>
        <source>Your Maskinporten client. It must be listed among the client ids of your system in the system register.</source>
        <translation>Maskinporten-klienten din. Han må vere ført opp blant klient-ID-ane til systemet ditt i systemregisteret.</translation>
    </message>
    <message>
        <source>How your client proved who it is: private_key_jwt means a registered key, virksomhetssertifikat a business certificate.</source>
        <translation>Korleis klienten din prova kven han er: private_key_jwt betyr at han brukte ein registrert nøkkel, virksomhetssertifikat at han brukte eit verksemdssertifikat.</translation>
    </message>
    <message>
        <source>What the token may be used for. The API you call checks that its scope is here.</source>
        <translation>Kva tokenet kan brukast til. API-et du kallar, sjekkar at scopet sitt står her.</translation>
    </message>
    <message>
        <source>The only API the token is meant for (the resource asked for in the grant).</source>
        <translation>Det einaste API-et tokenet er meint for (ressursen det vart bede om i førespurnaden om token).</translation>
    </message>
    <message>
        <source>Your organisation, the vendor that owns the Maskinporten client — not the customer.</source>
        <translation>Organisasjonen din, leverandøren som eig Maskinporten-klienten — ikkje kunden.</translation>
    </message>
    <message>
        <source>The supplier acting for the consumer through a delegation in Altinn.</source>
        <translation>Leverandøren som handlar for konsumenten gjennom ei delegering i Altinn.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>No system user in this token: it is a plain vendor token and cannot act for a customer.</source>
        <translation>Ingen systembrukar i dette tokenet: det er eit vanleg leverandørtoken og kan ikkje handle for ein kunde.</translation>
    </message>
    <message>
        <source>The customer&apos;s system user the token acts as; the same id as the approved request.</source>
        <translation>Systembrukaren til kunden som tokenet opptrer som; same ID som i den godkjende førespurnaden.</translation>
    </message>
    <message>
        <source>The customer that owns the system user; APIs act on its behalf and with its rights.</source>
        <translation>Kunden som eig systembrukaren; API-a handlar på vegner av kunden og med rettane til kunden.</translation>
    </message>
    <message>
        <source>Your system in the system register that the system user was created for.</source>
        <translation>Systemet ditt i systemregisteret som systembrukaren vart oppretta for.</translation>
    </message>
    <message>
        <source>Your own reference for this customer, as given when the request was sent.</source>
        <translation>Din eigen referanse for denne kunden, slik han vart oppgitt då førespurnaden vart sendt.</translation>
    </message>
    <message>
        <source>When the token was issued.</source>
        <translation>Når tokenet vart utferda.</translation>
    </message>
    <message>
        <source>When the token stops working, usually two minutes after it was issued: get a new one then instead of storing it.</source>
        <translation>Når tokenet sluttar å verke, vanlegvis to minutt etter at det vart utferda: hent eit nytt då i staden for å lagre det.</translation>
    </message>
    <message>
        <source>A unique id of this token; give it to Digdir or Altinn support when asking about it.</source>
        <translation>Ein unik ID for dette tokenet; oppgi ID-en til Digdir eller brukarstøtta i Altinn når du spør om tokenet.</translation>
    </message>
    <message>
        <source>Send the token in the header &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>Send tokenet i headeren &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>utgått</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 igjen</translation>
    </message>
    <message>
        <source>%1 (not a valid time)</source>
        <translation>%1 (ikkje eit gyldig tidspunkt)</translation>
    </message>
    <message>
        <source>Who issued the token: Altinn, in exchange for the person&apos;s ID-porten token. Altinn&apos;s APIs and apps take this one.</source>
        <translation>Kven som utferda tokenet: Altinn, i byte mot ID-porten-tokenet til personen. API-a og appane i Altinn godtek dette tokenet.</translation>
    </message>
    <message>
        <source>Who issued the token: ID-porten of the chosen environment, after the person logged in.</source>
        <translation>Kven som utferda tokenet: ID-porten i det valde miljøet, etter at personen logga inn.</translation>
    </message>
    <message>
        <source>The person&apos;s national identity number; only the birth date part is shown. It is personal data: do not log or store it without need.</source>
        <translation>Fødselsnummeret til personen; berre fødselsdatodelen blir vist. Det er ein personopplysning: Ikkje logg eller lagre det utan behov.</translation>
    </message>
    <message>
        <source>A pseudonym of the person for your client: the same each time they log in with it.</source>
        <translation>Eit pseudonym for personen overfor klienten din: det same kvar gong personen loggar inn med klienten.</translation>
    </message>
    <message>
        <source>The person&apos;s user id in Altinn.</source>
        <translation>Brukar-ID-en til personen i Altinn.</translation>
    </message>
    <message>
        <source>The person&apos;s own party in Altinn — not the organisation they act for, which the app is told separately.</source>
        <translation>Aktøren til personen sjølv i Altinn — ikkje organisasjonen personen handlar for, som appen får oppgitt separat.</translation>
    </message>
    <message>
        <source>How strongly the person proved who they are: idporten-loa-substantial or idporten-loa-high. An app may ask for high.</source>
        <translation>Kor sikkert personen har stadfesta identiteten sin: idporten-loa-substantial eller idporten-loa-high. Ein app kan krevje high.</translation>
    </message>
    <message>
        <source>How the person logged in: TestID, BankID, MinID, Buypass, Commfides.</source>
        <translation>Korleis personen logga inn: TestID, BankID, MinID, Buypass, Commfides.</translation>
    </message>
    <message>
        <source>The login&apos;s security level as Altinn counts it: 3 for substantial, 4 for high.</source>
        <translation>Tryggleiksnivået for innlogginga slik Altinn reknar det: 3 for substantial, 4 for high.</translation>
    </message>
    <message>
        <source>Your ID-porten client, through which the person logged in and gave consent.</source>
        <translation>ID-porten-klienten din, som personen logga inn og gav samtykke gjennom.</translation>
    </message>
    <message>
        <source>What the person consented to: altinn:instances.read and altinn:instances.write let an app read and create instances on the person&apos;s behalf.</source>
        <translation>Kva personen samtykte til: altinn:instances.read og altinn:instances.write lèt ein app lese og opprette instansar på vegner av personen.</translation>
    </message>
    <message>
        <source>Who the token is meant for.</source>
        <translation>Kven tokenet er meint for.</translation>
    </message>
    <message>
        <source>Your organisation, which owns the ID-porten client.</source>
        <translation>Organisasjonen din, som eig ID-porten-klienten.</translation>
    </message>
    <message>
        <source>When the token stops working; after that the person logs in again.</source>
        <translation>Når tokenet sluttar å verke; etter det loggar personen inn på nytt.</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <source>Get a token from Maskinporten</source>
        <translation>Hent eit token frå Maskinporten</translation>
    </message>
    <message>
        <source>Get a vendor token (default: the Altinn system register and request scopes), or with --systemuser-org a system user token for that customer.</source>
        <translation>Hent eit leverandørtoken (standard: scopa for systemregisteret og førespurnader i Altinn), eller med --systemuser-org eit systembrukartoken for den kunden.</translation>
    </message>
    <message>
        <source>A scope to ask for (system user tokens: default the profile&apos;s scopes).</source>
        <translation>Eit scope det skal bedast om (systembrukartoken: standard er scopa i profilen).</translation>
    </message>
    <message>
        <source>The customer: get a system user token for it.</source>
        <translation>Kunden: Hent eit systembrukartoken for denne kunden.</translation>
    </message>
    <message>
        <source>The external reference of the system user (default: the customer&apos;s org number).</source>
        <translation>Den eksterne referansen til systembrukaren (standard: organisasjonsnummeret til kunden).</translation>
    </message>
    <message>
        <source>The system the token is for: if Maskinporten finds no system user (MP-303), check why.</source>
        <translation>Systemet tokenet gjeld: Om Maskinporten ikkje finn nokon systembrukar (MP-303), sjekk kvifor.</translation>
    </message>
    <message>
        <source>Print the token&apos;s header and claims instead of the token.</source>
        <translation>Skriv ut headeren og claima i tokenet i staden for sjølve tokenet.</translation>
    </message>
    <message>
        <source>--external-ref belongs to a system user token: add --systemuser-org ORGNO.</source>
        <translation>--external-ref høyrer til eit systembrukartoken: Legg til --systemuser-org ORGNO.</translation>
    </message>
    <message>
        <source>getting a vendor token</source>
        <translation>hentinga av eit leverandørtoken</translation>
    </message>
    <message>
        <source>Vendor token for %1, valid for %2 seconds.</source>
        <translation>Leverandørtoken for %1, gyldig i %2 sekund.</translation>
    </message>
    <message>
        <source>The customer&apos;s organisation number</source>
        <translation>Organisasjonsnummeret til kunden</translation>
    </message>
    <message>
        <source>Say which scope the system user token is for: --scope SCOPE (or give the profile default scopes: %1).</source>
        <translation>Oppgi kva scope systembrukartokenet gjeld: --scope SCOPE (eller gi profilen standardscope: %1).</translation>
    </message>
    <message>
        <source>getting a system user token</source>
        <translation>hentinga av eit systembrukartoken</translation>
    </message>
    <message>
        <source>To find out which of these it is, add the system: --system ID</source>
        <translation>For å finne ut kva av desse det er, legg til systemet: --system ID</translation>
    </message>
    <message>
        <source>System user token for customer %1, valid for %2 seconds.</source>
        <translation>Systembrukartoken for kunden %1, gyldig i %2 sekund.</translation>
    </message>
    <message>
        <source>The token is not a JWT; nothing to decode.</source>
        <translation>Tokenet er ikkje ein JWT; ingenting å dekode.</translation>
    </message>
    <message>
        <source>Checking the register to find out why …</source>
        <translation>Sjekkar registeret for å finne ut kvifor …</translation>
    </message>
</context>
<context>
    <name>TokenCustomerLoader</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>Sandkassa har ikkje starta enno. Vent litt og prøv igjen.</translation>
    </message>
    <message>
        <source>Choose or create a profile on the first page.</source>
        <translation>Vel eller opprett ein profil på den første sida.</translation>
    </message>
    <message>
        <source>Looking up the customers that have a system user for %1…</source>
        <translation>Slår opp kundane som har ein systembrukar for %1…</translation>
    </message>
    <message>
        <source>Stopped looking up the customers.</source>
        <translation>Stoppa oppslaget av kundane.</translation>
    </message>
</context>
<context>
    <name>TokenCustomerPicker</name>
    <message>
        <source>Who the token is for</source>
        <translation>Kven tokenet gjeld</translation>
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
        <translation>Kundane som har ein systembrukar for systemet ditt. Du kan òg skrive inn eit organisasjonsnummer.</translation>
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
        <translation>Oppdater kundelista</translation>
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
        <translation>Den eksterne referansen som førespurnaden til kunden vart sendt med. Maskinporten finn systembrukaren ut frå kunden og denne referansen. La feltet stå tomt om førespurnaden ikkje hadde nokon: Då blir organisasjonsnummeret til kunden brukt, slik Altinn gjer.</translation>
    </message>
    <message>
        <source>[agent]</source>
        <translation>[klientforhold]</translation>
    </message>
    <message>
        <source>There is no system yet. Create and publish the system definition first.</source>
        <translation>Det finst ikkje noko system enno. Lag og publiser systemdefinisjonen først.</translation>
    </message>
    <message>
        <source>Go to the system definition</source>
        <translation>Gå til systemdefinisjonen</translation>
    </message>
    <message>
        <source>No customer has a system user for %1 yet. Send a customer request and let the customer approve it first — or type an organisation number to see what Maskinporten says.</source>
        <translation>Ingen kundar har ein systembrukar for %1 enno. Send ein førespurnad til ein kunde, og la kunden godkjenne han først — eller skriv inn eit organisasjonsnummer for å sjå kva Maskinporten svarar.</translation>
    </message>
    <message>
        <source>Ask a customer…</source>
        <translation>Be ein kunde om tilgang…</translation>
    </message>
</context>
<context>
    <name>TokenDiagnosisPanel</name>
    <message>
        <source>Why Maskinporten found no system user</source>
        <translation>Kvifor Maskinporten ikkje fann nokon systembrukar</translation>
    </message>
    <message>
        <source>Checking the system register and the customer requests to find the cause…</source>
        <translation>Sjekkar systemregisteret og førespurnadene til kundane for å finne årsaka…</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Sjekken vart stoppa.</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>Mest truleg: %1</translation>
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
        <translation>Gå til førespurnaden til kunden</translation>
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
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The scopes of the API you will call with the token, separated by spaces (for example one from Skatteetaten). Each must be added to your Maskinporten client. %1 is one your client already has: enough to prove that the system user works.</source>
        <translation>Scopa til API-et du skal kalle med tokenet, skilde med mellomrom (til dømes eitt frå Skatteetaten). Kvart av dei må vere lagt til på Maskinporten-klienten din. %1 har klienten din allereie: Det er nok til å vise at systembrukaren verkar.</translation>
    </message>
    <message>
        <source>&amp;Get system user token</source>
        <translation>&amp;Hent systembrukartoken</translation>
    </message>
    <message>
        <source>Get system user token</source>
        <translation>Hent systembrukartoken</translation>
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
        <translation>Kva det betyr</translation>
    </message>
    <message>
        <source>Claims of the system user token</source>
        <translation>Claima i systembrukartokenet</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>Ko&amp;pier token</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Kopier tokenet til utklippstavla</translation>
    </message>
    <message>
        <source>The token is not shown: it is a secret that lets anyone act as this system user until it expires.</source>
        <translation>Tokenet blir ikkje vist: Det er ein løyndom som lèt kven som helst opptre som denne systembrukaren til det går ut.</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>Tokenet går ut: %1</translation>
    </message>
    <message>
        <source>Expired — get a new token.</source>
        <translation>Utgått — hent eit nytt token.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The token is a secret: anyone who has it can act as this system user for %n more second(s). Paste it only where you need it — never into chats, tickets or files.</source>
        <translation>
            <numerusform>Kopiert. Tokenet er ein løyndom: Alle som har det, kan opptre som denne systembrukaren i %n sekund til. Lim det berre inn der du treng det — aldri i chattar, supportsaker eller filer.</numerusform>
            <numerusform>Kopiert. Tokenet er ein løyndom: Alle som har det, kan opptre som denne systembrukaren i %n sekund til. Lim det berre inn der du treng det — aldri i chattar, supportsaker eller filer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Right %1</source>
        <translation>Rett %1</translation>
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
        <translation>Namn (%1)</translation>
    </message>
    <message>
        <source>Description (%1)</source>
        <translation>Skildring (%1)</translation>
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
        <translation>Klient-ID-ar</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Synlegheit</translation>
    </message>
    <message>
        <source>Rights and access packages</source>
        <translation>Rettar og tilgangspakkar</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problem</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problem som vart funne</translation>
    </message>
    <message>
        <source>Click a problem, or press Enter on it, to go to the field.</source>
        <translation>Klikk på eit problem, eller trykk Enter på det, for å gå til feltet.</translation>
    </message>
    <message>
        <source>No problems found. The definition is ready to be registered.</source>
        <translation>Ingen problem funne. Definisjonen er klar til å registrerast.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s). You can continue, but read them first.</source>
        <translation>
            <numerusform>%n åtvaring. Du kan halde fram, men les henne først.</numerusform>
            <numerusform>%n åtvaringar. Du kan halde fram, men les dei først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before you can continue.</source>
        <translation>
            <numerusform>%n feil må rettast før du kan halde fram.</numerusform>
            <numerusform>%n feil må rettast før du kan halde fram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also %n warning(s).</source>
        <translation>
            <numerusform>I tillegg %n åtvaring.</numerusform>
            <numerusform>I tillegg %n åtvaringar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show &amp;what is missing</source>
        <translation>&amp;Vis kva som manglar</translation>
    </message>
    <message>
        <source>Show what is missing</source>
        <translation>Vis kva som manglar</translation>
    </message>
    <message numerus="yes">
        <source>Problems are listed here once you have filled in a field. %n field(s) still need something before you can continue.</source>
        <translation>
            <numerusform>Problema blir viste her når du har fylt inn eit felt. %n felt manglar framleis noko før du kan halde fram.</numerusform>
            <numerusform>Problema blir viste her når du har fylt inn eit felt. %n felt manglar framleis noko før du kan halde fram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); read them first.</source>
        <translation>
            <numerusform>%n åtvaring; les henne først.</numerusform>
            <numerusform>%n åtvaringar; les dei først.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in fields not filled in yet.</source>
        <translation>
            <numerusform>I tillegg %n feil i felt som ikkje er fylte inn enno.</numerusform>
            <numerusform>I tillegg %n feil i felt som ikkje er fylte inn enno.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VendorSession</name>
    <message>
        <source>The profile &quot;%1&quot; has no key yet. Generate or import one first.</source>
        <translation>Profilen &quot;%1&quot; har ingen nøkkel enno. Lag eller importer ein først.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no Maskinporten client id yet.</source>
        <translation>Profilen &quot;%1&quot; har ingen klient-ID frå Maskinporten enno.</translation>
    </message>
</context>
<context>
    <name>WizardContext</name>
    <message>
        <source>Your profiles could not be read (%1). The wizard starts without them; the file is left as it is.</source>
        <translation>Profilane dine kunne ikkje lesast (%1). Vegvisaren startar utan dei; fila blir ståande som ho er.</translation>
    </message>
    <message>
        <source>The profile no longer exists. Choose another one or make a new one.</source>
        <translation>Profilen finst ikkje lenger. Vel ein annan, eller lag ein ny.</translation>
    </message>
</context>
<context>
    <name>WizardSection</name>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Les nøkkelen frå nøkkelringen…</translation>
    </message>
</context>
<context>
    <name>WizardStepIndicator</name>
    <message>
        <source>done</source>
        <translation>ferdig</translation>
    </message>
    <message>
        <source>Step %1: %2 (done). Click to go back to it.</source>
        <translation>Steg %1: %2 (ferdig). Klikk for å gå tilbake til det.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>gjeldande</translation>
    </message>
    <message>
        <source>Step %1: %2 (you are here).</source>
        <translation>Steg %1: %2 (du er her).</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>ikkje gjort enno</translation>
    </message>
    <message>
        <source>Step %1: %2 (not reached yet).</source>
        <translation>Steg %1: %2 (ikkje nådd enno).</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3, %4</source>
        <translation>Steg %1 av %2, %3, %4</translation>
    </message>
</context>
</TS>
