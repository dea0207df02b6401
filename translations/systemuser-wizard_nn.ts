<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
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
        <source>Sandbox: a local imitation of Altinn's approval page. Nothing is sent to Altinn and nobody needs to log in; a decision here changes the sandbox only.</source>
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
        <translation>Enkeltrettigheiter</translation>
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
        <translation>Rettigheiter som skal leggjast til</translation>
    </message>
    <message>
        <source>Rights to remove</source>
        <translation>Rettigheiter som skal fjernast</translation>
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
        <source>Check a customer's system user</source>
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
    <name>KeyImporter</name>
    <message>
        <source>The file is empty. Choose the file that holds your private key.</source>
        <translation>Fila er tom. Vel fila som inneheld den private nøkkelen din.</translation>
    </message>
    <message>
        <source>This is not a private key the wizard can read. Use a PEM file (text that starts with "-----BEGIN"), a JWK file with the private part, or a business certificate (.p12/.pfx).</source>
        <translation>Dette er ikkje ein privat nøkkel som vegvisaren kan lese. Bruk ei PEM-fil (tekst som byrjar med "-----BEGIN"), ei JWK-fil med den private delen, eller eit verksemdssertifikat (.p12/.pfx).</translation>
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
        <source>This computer's clock is ahead of Maskinporten's.</source>
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
        <source>Set this computer's clock to synchronise automatically with internet time, then try again.</source>
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
        <source>Read Maskinporten's message below, and try again. If it keeps failing, send the activity log to support.</source>
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
        <source>Maskinporten's answer did not contain a token.</source>
        <translation>Svaret frå Maskinporten inneheldt ikkje noko token.</translation>
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
        <source>Leave the external reference out instead of sending it empty. An empty reference makes Altinn create a new duplicate request each time; without one, Altinn uses the customer's organisation number.</source>
        <translation>Utelat den eksterne referansen heller enn å sende ein tom referanse. Med ein tom referanse lagar Altinn ein ny, duplisert førespurnad kvar gong; utan referanse brukar Altinn organisasjonsnummeret til kunden som referanse.</translation>
    </message>
    <message>
        <source>The external reference can be at most %1 characters long; this one has %2. Shorten it.</source>
        <translation>Den eksterne referansen kan vere på høgst %1 teikn; denne har %2. Kort ned referansen.</translation>
    </message>
    <message>
        <source>The system user would get an empty name. Enter a title, or leave it out to use the system's name.</source>
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
        <source>This change request asks for nothing, so Altinn will answer "no change needed". Add rights or access packages to require or to remove.</source>
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
        <source>This right names no resource. Choose one of the system's rights.</source>
        <translation>Denne rettigheita viser ikkje til nokon ressurs. Vel ei av rettigheitene til systemet.</translation>
    </message>
    <message>
        <source>The system does not offer this right (%1). Choose one of the system's rights exactly as registered, or add it to the system first.</source>
        <translation>Systemet tilbyr ikkje denne rettigheita (%1). Vel ei av rettigheitene til systemet, nøyaktig slik dei er registrerte, eller legg rettigheita til i systemet først.</translation>
    </message>
    <message>
        <source>More rights are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</source>
        <translation>Det står fleire rettigheiter i lista enn systemet har (%1 oppførte, systemet har %2). Fjern duplikata.</translation>
    </message>
    <message>
        <source>The system does not offer the access package %1. Choose one of the system's packages, or add it to the system first.</source>
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
        <source>The system has no allowed redirect URLs. Add this address to the system's redirect URLs first, or leave the redirect out.</source>
        <translation>Systemet har ingen tillatne omdirigeringsadresser. Legg først denne adressa til i omdirigeringsadressene til systemet, eller utelat omdirigeringa.</translation>
    </message>
    <message>
        <source>The redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</source>
        <translation>Omdirigeringsadressa må vere ei fullstendig adresse som byrjar med https://, t.d. https://example.com/altinn/callback.</translation>
    </message>
    <message>
        <source>The redirect URL must match one of the system's allowed redirect URLs (%1) in scheme, host, port and path; only the part after '?' may differ.</source>
        <translation>Omdirigeringsadressa må ha same protokoll, vertsnamn, port og sti som ei av dei tillatne omdirigeringsadressene til systemet (%1); berre delen etter '?' kan vere ulik.</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Port %1 blir brukt av eit anna program.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The key is not in the keychain. Generate or import it again.</source>
        <translation>Nøkkelen finst ikkje i nøkkelringen. Lag eller importer nøkkelen på nytt.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the key cannot be saved safely. You can keep it for this run only, or install and start a keychain service (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Det finst ingen nøkkelring på denne datamaskina, så nøkkelen kan ikkje lagrast trygt. Du kan behalde nøkkelen berre så lenge vegvisaren køyrer denne gongen, eller installere og starte ei nøkkelringteneste (til dømes GNOME Keyring eller KWallet) og prøve igjen.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. If it asks to be unlocked, answer the prompt, then try again.</source>
        <translation>Nøkkelringen svarte ikkje i tide. Om nøkkelringen ber om å bli låst opp, svar på spørsmålet og prøv igjen.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, restart the keychain service.</source>
        <translation>Nøkkelringen melde om ein feil. Prøv igjen; om det framleis ikkje verkar, start nøkkelringtenesta på nytt.</translation>
    </message>
    <message>
        <source>The keychain is locked or does not give access. Unlock it (you may be asked for your login password) and try again.</source>
        <translation>Nøkkelringen er låst eller gir ikkje tilgang. Lås han opp (du kan bli beden om passordet du loggar inn med) og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionValidator</name>
    <message>
        <source>The vendor ID must be "0192:" followed by your organisation number, e.g. 0192:991825827.</source>
        <translation>Leverandør-ID-en må skrivast som "0192:" følgd av organisasjonsnummeret ditt, t.d. 0192:991825827.</translation>
    </message>
    <message>
        <source>The vendor ID must be "0192:" followed by your 9-digit organisation number, e.g. 0192:991825827. %1</source>
        <translation>Leverandør-ID-en må skrivast som "0192:" følgd av det 9-sifra organisasjonsnummeret ditt, t.d. 0192:991825827. %1</translation>
    </message>
    <message>
        <source>The system id cannot contain spaces. Remove them, or use '-' or '_' between words.</source>
        <translation>System-ID-en kan ikkje innehalde mellomrom. Fjern dei, eller bruk '-' eller '_' mellom orda.</translation>
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
        <source>The system id is used in web addresses: use only the letters A–Z and a–z, digits, '-', '_', '.' and '~'. Remove %1.</source>
        <translation>System-ID-en blir brukt i nettadresser: bruk berre bokstavane A–Z og a–z (ikkje æ, ø eller å), siffer, '-', '_', '.' og '~'. Fjern %1.</translation>
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
        <source>The attribute id must be exactly "urn:altinn:resource" (it is "%1"). Apps are also given this way, with the value app_&lt;org&gt;_&lt;app&gt;.</source>
        <translation>Attributt-ID-en må vere nøyaktig "urn:altinn:resource" (no står det "%1"). Appar blir òg førte opp på same måten, med verdien app_&lt;org&gt;_&lt;app&gt;.</translation>
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
        <source>A Maskinporten client id looks like 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c. Copy it from Samarbeidsportalen, Digdir's self-service portal.</source>
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
