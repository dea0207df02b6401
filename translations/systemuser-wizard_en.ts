<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>HomePage</name>
    <message>
        <source>What do you want to do?</source>
        <translation>What do you want to do?</translation>
    </message>
    <message>
        <source>Register your system in Altinn, ask customers for a system user, follow their approval and prove that it works. Start on the built-in sandbox: nothing you do there reaches Altinn.</source>
        <translation>Register your system in Altinn, ask customers for a system user, follow their approval and prove that it works. Start on the built-in sandbox: nothing you do there reaches Altinn.</translation>
    </message>
    <message>
        <source>Set up or edit my system</source>
        <translation>Set up or edit my system</translation>
    </message>
    <message>
        <source>Your organisation, your Maskinporten client and key, and the system definition Altinn shows to customers.</source>
        <translation>Your organisation, your Maskinporten client and key, and the system definition Altinn shows to customers.</translation>
    </message>
    <message>
        <source>Set up system</source>
        <translation>Set up system</translation>
    </message>
    <message>
        <source>Onboard a customer</source>
        <translation>Onboard a customer</translation>
    </message>
    <message>
        <source>Send a system user request to a customer organisation and hand over the approval link.</source>
        <translation>Send a system user request to a customer organisation and hand over the approval link.</translation>
    </message>
    <message>
        <source>Onboard customer</source>
        <translation>Onboard customer</translation>
    </message>
    <message>
        <source>Check a customer's system user</source>
        <translation>Check a customer's system user</translation>
    </message>
    <message>
        <source>See whether a customer has approved, and get a system user token to prove it works.</source>
        <translation>See whether a customer has approved, and get a system user token to prove it works.</translation>
    </message>
    <message>
        <source>Check customer</source>
        <translation>Check customer</translation>
    </message>
    <message>
        <source>Guided demo (sandbox)</source>
        <translation>Guided demo (sandbox)</translation>
    </message>
    <message>
        <source>Walk through the whole flow on the built-in sandbox, with no secrets on screen.</source>
        <translation>Walk through the whole flow on the built-in sandbox, with no secrets on screen.</translation>
    </message>
    <message>
        <source>Start demo</source>
        <translation>Start demo</translation>
    </message>
    <message>
        <source>Arrives in a coming version of the wizard.</source>
        <translation>Arrives in a coming version of the wizard.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That language could not be loaded; the texts stay as they are.</source>
        <translation>That language could not be loaded; the texts stay as they are.</translation>
    </message>
    <message>
        <source>System User Wizard</source>
        <translation>System User Wizard</translation>
    </message>
    <message>
        <source>Profile: none yet</source>
        <translation>Profile: none yet</translation>
    </message>
    <message>
        <source>Sandbox (built in, offline)</source>
        <translation>Sandbox (built in, offline)</translation>
    </message>
    <message>
        <source>Everything you do here stays on this computer. Nothing is sent to Altinn or Maskinporten.</source>
        <translation>Everything you do here stays on this computer. Nothing is sent to Altinn or Maskinporten.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>The language of the wizard. Your choice is remembered.</source>
        <translation>The language of the wizard. Your choice is remembered.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
</context>
</TS>
