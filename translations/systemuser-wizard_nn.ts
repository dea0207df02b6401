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
</TS>
