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
<context>
    <name>OrgNumber</name>
    <message>
        <source>Enter the organisation number (9 digits).</source>
        <translation>Enter the organisation number (9 digits).</translation>
    </message>
    <message>
        <source>An organisation number has digits only. Remove letters, spaces and other characters.</source>
        <translation>An organisation number has digits only. Remove letters, spaces and other characters.</translation>
    </message>
    <message>
        <source>An organisation number has exactly 9 digits. Check that no digit is missing or extra.</source>
        <translation>An organisation number has exactly 9 digits. Check that no digit is missing or extra.</translation>
    </message>
    <message>
        <source>This is not a valid organisation number (the check digit does not match). Check for a mistyped digit; you can look the number up in the Central Coordinating Register (Enhetsregisteret).</source>
        <translation>This is not a valid organisation number (the check digit does not match). Check for a mistyped digit; you can look the number up in the Central Coordinating Register (Enhetsregisteret).</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>Choose the system the customer should approve.</source>
        <translation>Choose the system the customer should approve.</translation>
    </message>
    <message>
        <source>Leave the external reference out instead of sending it empty. An empty reference makes Altinn create a new duplicate request each time; without one, Altinn uses the customer's organisation number.</source>
        <translation>Leave the external reference out instead of sending it empty. An empty reference makes Altinn create a new duplicate request each time; without one, Altinn uses the customer's organisation number.</translation>
    </message>
    <message>
        <source>The external reference can be at most %1 characters long; this one has %2. Shorten it.</source>
        <translation>The external reference can be at most %1 characters long; this one has %2. Shorten it.</translation>
    </message>
    <message>
        <source>The system user would get an empty name. Enter a title, or leave it out to use the system's name.</source>
        <translation>The system user would get an empty name. Enter a title, or leave it out to use the system's name.</translation>
    </message>
    <message>
        <source>Choose at least one right or access package for the customer to approve.</source>
        <translation>Choose at least one right or access package for the customer to approve.</translation>
    </message>
    <message>
        <source>A request for client relationships carries access packages only. Remove the single rights, or make a standard request instead.</source>
        <translation>A request for client relationships carries access packages only. Remove the single rights, or make a standard request instead.</translation>
    </message>
    <message>
        <source>Choose at least one access package for client relationships, e.g. an accountant package.</source>
        <translation>Choose at least one access package for client relationships, e.g. an accountant package.</translation>
    </message>
    <message>
        <source>This change request asks for nothing, so Altinn will answer "no change needed". Add rights or access packages to require or to remove.</source>
        <translation>This change request asks for nothing, so Altinn will answer "no change needed". Add rights or access packages to require or to remove.</translation>
    </message>
    <message>
        <source>This right is both required and unwanted. Keep it in one list only.</source>
        <translation>This right is both required and unwanted. Keep it in one list only.</translation>
    </message>
    <message>
        <source>This access package is both required and unwanted. Keep it in one list only.</source>
        <translation>This access package is both required and unwanted. Keep it in one list only.</translation>
    </message>
    <message>
        <source>This right names no resource. Choose one of the system's rights.</source>
        <translation>This right names no resource. Choose one of the system's rights.</translation>
    </message>
    <message>
        <source>The system does not offer this right (%1). Choose one of the system's rights exactly as registered, or add it to the system first.</source>
        <translation>The system does not offer this right (%1). Choose one of the system's rights exactly as registered, or add it to the system first.</translation>
    </message>
    <message>
        <source>More rights are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</source>
        <translation>More rights are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</translation>
    </message>
    <message>
        <source>The system does not offer the access package %1. Choose one of the system's packages, or add it to the system first.</source>
        <translation>The system does not offer the access package %1. Choose one of the system's packages, or add it to the system first.</translation>
    </message>
    <message>
        <source>The access package %1 is meant for client relationships and cannot be given to a standard system user. Remove it, or make a request for client relationships.</source>
        <translation>The access package %1 is meant for client relationships and cannot be given to a standard system user. Remove it, or make a request for client relationships.</translation>
    </message>
    <message>
        <source>The access package %1 cannot be used for client relationships. Remove it, or make a standard request.</source>
        <translation>The access package %1 cannot be used for client relationships. Remove it, or make a standard request.</translation>
    </message>
    <message>
        <source>More access packages are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</source>
        <translation>More access packages are listed than the system has (%1 listed; the system has %2). Remove the duplicates.</translation>
    </message>
    <message>
        <source>The system has no allowed redirect URLs. Add this address to the system's redirect URLs first, or leave the redirect out.</source>
        <translation>The system has no allowed redirect URLs. Add this address to the system's redirect URLs first, or leave the redirect out.</translation>
    </message>
    <message>
        <source>The redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</source>
        <translation>The redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</translation>
    </message>
    <message>
        <source>The redirect URL must match one of the system's allowed redirect URLs (%1) in scheme, host, port and path; only the part after '?' may differ.</source>
        <translation>The redirect URL must match one of the system's allowed redirect URLs (%1) in scheme, host, port and path; only the part after '?' may differ.</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionValidator</name>
    <message>
        <source>The vendor ID must be "0192:" followed by your organisation number, e.g. 0192:991825827.</source>
        <translation>The vendor ID must be "0192:" followed by your organisation number, e.g. 0192:991825827.</translation>
    </message>
    <message>
        <source>The vendor ID must be "0192:" followed by your 9-digit organisation number, e.g. 0192:991825827. %1</source>
        <translation>The vendor ID must be "0192:" followed by your 9-digit organisation number, e.g. 0192:991825827. %1</translation>
    </message>
    <message>
        <source>The system id cannot contain spaces. Remove them, or use '-' or '_' between words.</source>
        <translation>The system id cannot contain spaces. Remove them, or use '-' or '_' between words.</translation>
    </message>
    <message>
        <source>The system id must start with your organisation number and an underscore, e.g. %1.</source>
        <translation>The system id must start with your organisation number and an underscore, e.g. %1.</translation>
    </message>
    <message>
        <source>The system id must start with your organisation number %1 and an underscore, e.g. %2.</source>
        <translation>The system id must start with your organisation number %1 and an underscore, e.g. %2.</translation>
    </message>
    <message>
        <source>Add a name for your system after the underscore, e.g. %1.</source>
        <translation>Add a name for your system after the underscore, e.g. %1.</translation>
    </message>
    <message>
        <source>The system id can be at most %1 characters long; this one has %2. Shorten it.</source>
        <translation>The system id can be at most %1 characters long; this one has %2. Shorten it.</translation>
    </message>
    <message>
        <source>The system id is used in web addresses: use only the letters A–Z and a–z, digits, '-', '_', '.' and '~'. Remove %1.</source>
        <translation>The system id is used in web addresses: use only the letters A–Z and a–z, digits, '-', '_', '.' and '~'. Remove %1.</translation>
    </message>
    <message>
        <source>Norwegian Bokmål (nb)</source>
        <translation>Norwegian Bokmål (nb)</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk (nn)</source>
        <translation>Norwegian Nynorsk (nn)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>English (en)</translation>
    </message>
    <message>
        <source>Enter the system name in %1. Altinn needs it in Bokmål, Nynorsk and English.</source>
        <translation>Enter the system name in %1. Altinn needs it in Bokmål, Nynorsk and English.</translation>
    </message>
    <message>
        <source>Enter the system description in %1. Altinn needs it in Bokmål, Nynorsk and English.</source>
        <translation>Enter the system description in %1. Altinn needs it in Bokmål, Nynorsk and English.</translation>
    </message>
    <message>
        <source>A redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</source>
        <translation>A redirect URL must be a full address starting with https://, e.g. https://example.com/altinn/callback.</translation>
    </message>
    <message>
        <source>Altinn stores this address as %1. Write it that way so the registered list matches what you send.</source>
        <translation>Altinn stores this address as %1. Write it that way so the registered list matches what you send.</translation>
    </message>
    <message>
        <source>This right names no resource. Choose a resource, or remove the right.</source>
        <translation>This right names no resource. Choose a resource, or remove the right.</translation>
    </message>
    <message>
        <source>The attribute id must be exactly "urn:altinn:resource" (it is "%1"). Apps are also given this way, with the value app_&lt;org&gt;_&lt;app&gt;.</source>
        <translation>The attribute id must be exactly "urn:altinn:resource" (it is "%1"). Apps are also given this way, with the value app_&lt;org&gt;_&lt;app&gt;.</translation>
    </message>
    <message>
        <source>The resource id is empty. Choose the resource this right is for.</source>
        <translation>The resource id is empty. Choose the resource this right is for.</translation>
    </message>
    <message>
        <source>This right is listed more than once (same action and resource). Remove the duplicate.</source>
        <translation>This right is listed more than once (same action and resource). Remove the duplicate.</translation>
    </message>
    <message>
        <source>This is not an access package URN. An access package URN looks like urn:altinn:accesspackage:&lt;code&gt;, e.g. urn:altinn:accesspackage:skattnaering.</source>
        <translation>This is not an access package URN. An access package URN looks like urn:altinn:accesspackage:&lt;code&gt;, e.g. urn:altinn:accesspackage:skattnaering.</translation>
    </message>
    <message>
        <source>An access package URN starts with urn:altinn:accesspackage: followed by the package code, e.g. urn:altinn:accesspackage:skattnaering.</source>
        <translation>An access package URN starts with urn:altinn:accesspackage: followed by the package code, e.g. urn:altinn:accesspackage:skattnaering.</translation>
    </message>
    <message>
        <source>Altinn has no access package %1. Choose one from the package list.</source>
        <translation>Altinn has no access package %1. Choose one from the package list.</translation>
    </message>
    <message>
        <source>The access package %1 cannot be given to any system user. Remove it.</source>
        <translation>The access package %1 cannot be given to any system user. Remove it.</translation>
    </message>
    <message>
        <source>This access package is listed more than once. Remove the duplicate.</source>
        <translation>This access package is listed more than once. Remove the duplicate.</translation>
    </message>
    <message>
        <source>A system with client-relationship packages (%1) cannot be visible in Altinn, because customers cannot pick such packages themselves. Turn visibility off, or remove those packages.</source>
        <translation>A system with client-relationship packages (%1) cannot be visible in Altinn, because customers cannot pick such packages themselves. Turn visibility off, or remove those packages.</translation>
    </message>
    <message>
        <source>No Maskinporten client id yet. Nobody can get a system user token for this system until you add one.</source>
        <translation>No Maskinporten client id yet. Nobody can get a system user token for this system until you add one.</translation>
    </message>
    <message>
        <source>A Maskinporten client id looks like 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c. Copy it from Samarbeidsportalen, Digdir's self-service portal.</source>
        <translation>A Maskinporten client id looks like 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c. Copy it from Samarbeidsportalen, Digdir's self-service portal.</translation>
    </message>
    <message>
        <source>This client id is listed more than once. Remove the duplicate.</source>
        <translation>This client id is listed more than once. Remove the duplicate.</translation>
    </message>
    <message>
        <source>Add at least one right or access package. A system user can only get what the system lists, so without any, customers have nothing to approve.</source>
        <translation>Add at least one right or access package. A system user can only get what the system lists, so without any, customers have nothing to approve.</translation>
    </message>
</context>
</TS>
