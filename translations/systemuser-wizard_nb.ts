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
</TS>
