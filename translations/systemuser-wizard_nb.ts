<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
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
        <source>Sandbox: a local imitation of Altinn's approval page. Nothing is sent to Altinn and nobody needs to log in; a decision here changes the sandbox only.</source>
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
        <source>Check a customer's system user</source>
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
    <name>KeyImporter</name>
    <message>
        <source>The file is empty. Choose the file that holds your private key.</source>
        <translation>Filen er tom. Velg filen som inneholder den private nøkkelen din.</translation>
    </message>
    <message>
        <source>This is not a private key the wizard can read. Use a PEM file (text that starts with "-----BEGIN"), a JWK file with the private part, or a business certificate (.p12/.pfx).</source>
        <translation>Dette er ikke en privat nøkkel som veiviseren kan lese. Bruk en PEM-fil (tekst som starter med "-----BEGIN"), en JWK-fil med den private delen, eller et virksomhetssertifikat (.p12/.pfx).</translation>
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
        <source>This computer's clock is ahead of Maskinporten's.</source>
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
        <source>Set this computer's clock to synchronise automatically with internet time, then try again.</source>
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
        <source>Read Maskinporten's message below, and try again. If it keeps failing, send the activity log to support.</source>
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
        <source>Maskinporten's answer did not contain a token.</source>
        <translation>Svaret fra Maskinporten inneholdt ikke noe token.</translation>
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
        <source>Leave the external reference out instead of sending it empty. An empty reference makes Altinn create a new duplicate request each time; without one, Altinn uses the customer's organisation number.</source>
        <translation>Utelat den eksterne referansen i stedet for å sende den tom. Med en tom referanse lager Altinn en ny, duplisert forespørsel hver gang; uten referanse bruker Altinn organisasjonsnummeret til kunden som referanse.</translation>
    </message>
    <message>
        <source>The external reference can be at most %1 characters long; this one has %2. Shorten it.</source>
        <translation>Den eksterne referansen kan være på høyst %1 tegn; denne har %2. Kort den ned.</translation>
    </message>
    <message>
        <source>The system user would get an empty name. Enter a title, or leave it out to use the system's name.</source>
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
        <source>This change request asks for nothing, so Altinn will answer "no change needed". Add rights or access packages to require or to remove.</source>
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
        <source>This right names no resource. Choose one of the system's rights.</source>
        <translation>Denne rettigheten viser ikke til noen ressurs. Velg en av rettighetene til systemet.</translation>
    </message>
    <message>
        <source>The system does not offer this right (%1). Choose one of the system's rights exactly as registered, or add it to the system first.</source>
        <translation>Systemet tilbyr ikke denne rettigheten (%1). Velg en av rettighetene til systemet, nøyaktig slik de er registrert, eller legg rettigheten til i systemet først.</translation>
    </message>
    <message>
        <source>More rights are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</source>
        <translation>Det står flere rettigheter i listen enn systemet har (%1 oppført, systemet har %2). Fjern duplikatene.</translation>
    </message>
    <message>
        <source>The system does not offer the access package %1. Choose one of the system's packages, or add it to the system first.</source>
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
        <source>The system has no allowed redirect URLs. Add this address to the system's redirect URLs first, or leave the redirect out.</source>
        <translation>Systemet har ingen tillatte omdirigeringsadresser. Legg først denne adressen til i omdirigeringsadressene til systemet, eller utelat omdirigeringen.</translation>
    </message>
    <message>
        <source>The redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</source>
        <translation>Omdirigeringsadressen må være en fullstendig adresse som begynner med https://, f.eks. https://example.com/altinn/callback.</translation>
    </message>
    <message>
        <source>The redirect URL must match one of the system's allowed redirect URLs (%1) in scheme, host, port and path; only the part after '?' may differ.</source>
        <translation>Omdirigeringsadressen må ha samme protokoll, vertsnavn, port og sti som en av de tillatte omdirigeringsadressene til systemet (%1); bare delen etter '?' kan være forskjellig.</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Port %1 brukes av et annet program.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The key is not in the keychain. Generate or import it again.</source>
        <translation>Nøkkelen finnes ikke i nøkkelringen. Lag eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the key cannot be saved safely. You can keep it for this run only, or install and start a keychain service (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Det finnes ingen nøkkelring på denne datamaskinen, så nøkkelen kan ikke lagres trygt. Du kan beholde nøkkelen bare så lenge veiviseren kjører denne gangen, eller installere og starte en nøkkelringtjeneste (for eksempel GNOME Keyring eller KWallet) og prøve igjen.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. If it asks to be unlocked, answer the prompt, then try again.</source>
        <translation>Nøkkelringen svarte ikke i tide. Hvis den ber om å bli låst opp, svar på spørsmålet og prøv igjen.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, restart the keychain service.</source>
        <translation>Nøkkelringen meldte om en feil. Prøv igjen; hvis det fortsatt ikke virker, start nøkkelringtjenesten på nytt.</translation>
    </message>
    <message>
        <source>The keychain is locked or does not give access. Unlock it (you may be asked for your login password) and try again.</source>
        <translation>Nøkkelringen er låst eller gir ikke tilgang. Lås den opp (du kan bli bedt om passordet du logger inn med) og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionValidator</name>
    <message>
        <source>The vendor ID must be "0192:" followed by your organisation number, e.g. 0192:991825827.</source>
        <translation>Leverandør-ID-en må skrives som "0192:" fulgt av organisasjonsnummeret ditt, f.eks. 0192:991825827.</translation>
    </message>
    <message>
        <source>The vendor ID must be "0192:" followed by your 9-digit organisation number, e.g. 0192:991825827. %1</source>
        <translation>Leverandør-ID-en må skrives som "0192:" fulgt av det 9-sifrede organisasjonsnummeret ditt, f.eks. 0192:991825827. %1</translation>
    </message>
    <message>
        <source>The system id cannot contain spaces. Remove them, or use '-' or '_' between words.</source>
        <translation>System-ID-en kan ikke inneholde mellomrom. Fjern dem, eller bruk '-' eller '_' mellom ordene.</translation>
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
        <source>The system id is used in web addresses: use only the letters A–Z and a–z, digits, '-', '_', '.' and '~'. Remove %1.</source>
        <translation>System-ID-en brukes i nettadresser: bruk bare bokstavene A–Z og a–z (ikke æ, ø eller å), sifre, '-', '_', '.' og '~'. Fjern %1.</translation>
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
        <source>The attribute id must be exactly "urn:altinn:resource" (it is "%1"). Apps are also given this way, with the value app_&lt;org&gt;_&lt;app&gt;.</source>
        <translation>Attributt-ID-en må være nøyaktig "urn:altinn:resource" (nå står det "%1"). Apper oppgis også på denne måten, med verdien app_&lt;org&gt;_&lt;app&gt;.</translation>
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
        <source>A Maskinporten client id looks like 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c. Copy it from Samarbeidsportalen, Digdir's self-service portal.</source>
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
