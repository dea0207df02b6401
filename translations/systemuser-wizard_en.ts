<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AltinnTokenExchange</name>
    <message>
        <source>Altinn did not answer in time. Try again.</source>
        <translation>Altinn did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>Altinn did not accept the Maskinporten token. Get a new token and try again.</source>
        <translation>Altinn did not accept the Maskinporten token. Get a new token and try again.</translation>
    </message>
    <message>
        <source>Altinn could not exchange the token (HTTP %1).</source>
        <translation>Altinn could not exchange the token (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>ApprovalPageText</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>No change needed</source>
        <translation>No change needed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Unknown organisation</source>
        <translation>Unknown organisation</translation>
    </message>
    <message>
        <source>Unknown resource</source>
        <translation>Unknown resource</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Unknown access package</source>
        <translation>Unknown access package</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Skip to content</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sandbox: a local imitation of Altinn's approval page. Nothing is sent to Altinn and nobody needs to log in; a decision here changes the sandbox only.</source>
        <translation>Sandbox: a local imitation of Altinn's approval page. Nothing is sent to Altinn and nobody needs to log in; a decision here changes the sandbox only.</translation>
    </message>
    <message>
        <source>%1 – Altinn sandbox</source>
        <translation>%1 – Altinn sandbox</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org. no. %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Organisation giving access</source>
        <translation>Organisation giving access</translation>
    </message>
    <message>
        <source>Name of the system user</source>
        <translation>Name of the system user</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>System user</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <source>What the system gets access to</source>
        <translation>What the system gets access to</translation>
    </message>
    <message>
        <source>Single rights</source>
        <translation>Single rights</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Access packages</translation>
    </message>
    <message>
        <source>Access packages for client relationships</source>
        <translation>Access packages for client relationships</translation>
    </message>
    <message>
        <source>Requested changes</source>
        <translation>Requested changes</translation>
    </message>
    <message>
        <source>Rights to add</source>
        <translation>Rights to add</translation>
    </message>
    <message>
        <source>Rights to remove</source>
        <translation>Rights to remove</translation>
    </message>
    <message>
        <source>Access packages to add</source>
        <translation>Access packages to add</translation>
    </message>
    <message>
        <source>Access packages to remove</source>
        <translation>Access packages to remove</translation>
    </message>
    <message>
        <source>Request for a system user for client relationships</source>
        <translation>Request for a system user for client relationships</translation>
    </message>
    <message>
        <source>Request to change a system user</source>
        <translation>Request to change a system user</translation>
    </message>
    <message>
        <source>Request for a system user</source>
        <translation>Request for a system user</translation>
    </message>
    <message>
        <source>%1 asks %2 to approve a system user, so that the system %3 can act on behalf of %2 with the rights below.</source>
        <translation>%1 asks %2 to approve a system user, so that the system %3 can act on behalf of %2 with the rights below.</translation>
    </message>
    <message>
        <source>%1 asks %2 to approve a system user for client relationships. After approval, %2 can let the system %3 work for its clients with the access packages below.</source>
        <translation>%1 asks %2 to approve a system user for client relationships. After approval, %2 can let the system %3 work for its clients with the access packages below.</translation>
    </message>
    <message>
        <source>%1 asks %2 to change what the system user for the system %3 may do.</source>
        <translation>%1 asks %2 to change what the system user for the system %3 may do.</translation>
    </message>
    <message>
        <source>This request has already been handled</source>
        <translation>This request has already been handled</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>This request has timed out</source>
        <translation>This request has timed out</translation>
    </message>
    <message>
        <source>It was created more than 180 days ago, so the API reports timedOut: true. The sandbox still lets you decide.</source>
        <translation>It was created more than 180 days ago, so the API reports timedOut: true. The sandbox still lets you decide.</translation>
    </message>
    <message>
        <source>About the request</source>
        <translation>About the request</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>After your decision you are sent back to %1</source>
        <translation>After your decision you are sent back to %1</translation>
    </message>
    <message>
        <source>The request has no return address: you will see a receipt here.</source>
        <translation>The request has no return address: you will see a receipt here.</translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation>Request not found</translation>
    </message>
    <message>
        <source>The sandbox has no such request with the id %1. It may have been deleted, or the link may be incomplete.</source>
        <translation>The sandbox has no such request with the id %1. It may have been deleted, or the link may be incomplete.</translation>
    </message>
    <message>
        <source>A request can be approved or rejected only once. Nothing was changed.</source>
        <translation>A request can be approved or rejected only once. Nothing was changed.</translation>
    </message>
    <message>
        <source>Show the request</source>
        <translation>Show the request</translation>
    </message>
    <message>
        <source>The decision could not be carried out</source>
        <translation>The decision could not be carried out</translation>
    </message>
    <message>
        <source>The request is still waiting for approval.</source>
        <translation>The request is still waiting for approval.</translation>
    </message>
    <message>
        <source>The request is approved</source>
        <translation>The request is approved</translation>
    </message>
    <message>
        <source>The request is rejected</source>
        <translation>The request is rejected</translation>
    </message>
    <message>
        <source>The changes now apply to the system user.</source>
        <translation>The changes now apply to the system user.</translation>
    </message>
    <message>
        <source>The system user is unchanged.</source>
        <translation>The system user is unchanged.</translation>
    </message>
    <message>
        <source>The system user %1 now exists for %2.</source>
        <translation>The system user %1 now exists for %2.</translation>
    </message>
    <message>
        <source>No system user was created.</source>
        <translation>No system user was created.</translation>
    </message>
    <message>
        <source>You can close this window.</source>
        <translation>You can close this window.</translation>
    </message>
    <message>
        <source>A system user already exists for this system, organisation and external reference. Delete it before you approve this request.</source>
        <translation>A system user already exists for this system, organisation and external reference. Delete it before you approve this request.</translation>
    </message>
    <message>
        <source>The system user this change request is for no longer exists.</source>
        <translation>The system user this change request is for no longer exists.</translation>
    </message>
</context>
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
    <name>KeyImporter</name>
    <message>
        <source>The file is empty. Choose the file that holds your private key.</source>
        <translation>The file is empty. Choose the file that holds your private key.</translation>
    </message>
    <message>
        <source>This is not a private key the wizard can read. Use a PEM file (text that starts with "-----BEGIN"), a JWK file with the private part, or a business certificate (.p12/.pfx).</source>
        <translation>This is not a private key the wizard can read. Use a PEM file (text that starts with "-----BEGIN"), a JWK file with the private part, or a business certificate (.p12/.pfx).</translation>
    </message>
    <message>
        <source>This key is protected by a password. Enter the password and try again.</source>
        <translation>This key is protected by a password. Enter the password and try again.</translation>
    </message>
    <message>
        <source>The password is not correct for this key. Check it and try again.</source>
        <translation>The password is not correct for this key. Check it and try again.</translation>
    </message>
    <message>
        <source>This is not an RSA key. Maskinporten only accepts RSA keys (RS256); generate an RSA key instead.</source>
        <translation>This is not an RSA key. Maskinporten only accepts RSA keys (RS256); generate an RSA key instead.</translation>
    </message>
    <message>
        <source>This RSA key is shorter than 2048 bits, which Maskinporten does not accept. Generate a new key of 2048 bits or more.</source>
        <translation>This RSA key is shorter than 2048 bits, which Maskinporten does not accept. Generate a new key of 2048 bits or more.</translation>
    </message>
    <message>
        <source>This file holds only the public key. To sign requests the wizard needs the private key: choose the file you kept when the key was made.</source>
        <translation>This file holds only the public key. To sign requests the wizard needs the private key: choose the file you kept when the key was made.</translation>
    </message>
    <message>
        <source>This JWK is incomplete or damaged. A private RSA JWK needs kty, n, e, d, p, q, dp, dq and qi.</source>
        <translation>This JWK is incomplete or damaged. A private RSA JWK needs kty, n, e, d, p, q, dp, dq and qi.</translation>
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
    <message>
        <source>The sandbox answers at %1.</source>
        <translation>The sandbox answers at %1.</translation>
    </message>
    <message>
        <source>Sandbox: starting…</source>
        <translation>Sandbox: starting…</translation>
    </message>
    <message>
        <source>Sandbox not available</source>
        <translation>Sandbox not available</translation>
    </message>
    <message>
        <source>The built-in sandbox did not start: %1 Restart the wizard; if it happens again, another program may be using the port.</source>
        <translation>The built-in sandbox did not start: %1 Restart the wizard; if it happens again, another program may be using the port.</translation>
    </message>
</context>
<context>
    <name>MaskinportenError</name>
    <message>
        <source>Maskinporten could not read the request.</source>
        <translation>Maskinporten could not read the request.</translation>
    </message>
    <message>
        <source>Maskinporten does not know this client id in this environment.</source>
        <translation>Maskinporten does not know this client id in this environment.</translation>
    </message>
    <message>
        <source>The request was addressed to the wrong Maskinporten (audience).</source>
        <translation>The request was addressed to the wrong Maskinporten (audience).</translation>
    </message>
    <message>
        <source>The business certificate is not valid here.</source>
        <translation>The business certificate is not valid here.</translation>
    </message>
    <message>
        <source>The key registered on the client has expired (keys last one year).</source>
        <translation>The key registered on the client has expired (keys last one year).</translation>
    </message>
    <message>
        <source>The certificate in the request could not be read.</source>
        <translation>The certificate in the request could not be read.</translation>
    </message>
    <message>
        <source>The signature does not match the registered key.</source>
        <translation>The signature does not match the registered key.</translation>
    </message>
    <message>
        <source>The key id (kid) is not registered on this client.</source>
        <translation>The key id (kid) is not registered on this client.</translation>
    </message>
    <message>
        <source>This client uses registered keys, so the request must name one (kid).</source>
        <translation>This client uses registered keys, so the request must name one (kid).</translation>
    </message>
    <message>
        <source>The same request was sent twice.</source>
        <translation>The same request was sent twice.</translation>
    </message>
    <message>
        <source>The request had expired when it arrived.</source>
        <translation>The request had expired when it arrived.</translation>
    </message>
    <message>
        <source>This computer's clock is ahead of Maskinporten's.</source>
        <translation>This computer's clock is ahead of Maskinporten's.</translation>
    </message>
    <message>
        <source>The request was valid for too long.</source>
        <translation>The request was valid for too long.</translation>
    </message>
    <message>
        <source>A scope asked for is not added to the client.</source>
        <translation>A scope asked for is not added to the client.</translation>
    </message>
    <message>
        <source>A scope asked for cannot be used with Maskinporten.</source>
        <translation>A scope asked for cannot be used with Maskinporten.</translation>
    </message>
    <message>
        <source>Your organisation has not been given access to a scope asked for.</source>
        <translation>Your organisation has not been given access to a scope asked for.</translation>
    </message>
    <message>
        <source>The customer has not delegated the scope to your organisation.</source>
        <translation>The customer has not delegated the scope to your organisation.</translation>
    </message>
    <message>
        <source>The system user part of the request is not in the form Maskinporten expects.</source>
        <translation>The system user part of the request is not in the form Maskinporten expects.</translation>
    </message>
    <message>
        <source>Maskinporten found no system user for this customer, system and client.</source>
        <translation>Maskinporten found no system user for this customer, system and client.</translation>
    </message>
    <message>
        <source>Maskinporten refused the request (%1).</source>
        <translation>Maskinporten refused the request (%1).</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, copy the request from the activity log and send it to support.</source>
        <translation>Try again. If it keeps failing, copy the request from the activity log and send it to support.</translation>
    </message>
    <message>
        <source>Check the client id in the profile, and that the environment matches where the client was made (a test client only works against test).</source>
        <translation>Check the client id in the profile, and that the environment matches where the client was made (a test client only works against test).</translation>
    </message>
    <message>
        <source>Choose the right environment in the profile; the wizard then uses the exact issuer address.</source>
        <translation>Choose the right environment in the profile; the wizard then uses the exact issuer address.</translation>
    </message>
    <message>
        <source>Use a test certificate against test and a production certificate against production, and check that it has not expired.</source>
        <translation>Use a test certificate against test and a production certificate against production, and check that it has not expired.</translation>
    </message>
    <message>
        <source>Upload the public key again in the self-service portal (that renews it), or generate a new key and register it.</source>
        <translation>Upload the public key again in the self-service portal (that renews it), or generate a new key and register it.</translation>
    </message>
    <message>
        <source>Use the business certificate of the organisation that owns the client.</source>
        <translation>Use the business certificate of the organisation that owns the client.</translation>
    </message>
    <message>
        <source>Import the certificate again from its .p12 file.</source>
        <translation>Import the certificate again from its .p12 file.</translation>
    </message>
    <message>
        <source>The key in the keychain is not the one registered under this kid. Register its public key, or pick the matching kid.</source>
        <translation>The key in the keychain is not the one registered under this kid. Register its public key, or pick the matching kid.</translation>
    </message>
    <message>
        <source>Register the public key on the client in the self-service portal, or correct the kid; changes can take up to two minutes to reach Maskinporten.</source>
        <translation>Register the public key on the client in the self-service portal, or correct the kid; changes can take up to two minutes to reach Maskinporten.</translation>
    </message>
    <message>
        <source>Sign with the registered key instead of the certificate.</source>
        <translation>Sign with the registered key instead of the certificate.</translation>
    </message>
    <message>
        <source>Try again; every request gets a new id.</source>
        <translation>Try again; every request gets a new id.</translation>
    </message>
    <message>
        <source>Set this computer's clock to synchronise automatically with internet time, then try again.</source>
        <translation>Set this computer's clock to synchronise automatically with internet time, then try again.</translation>
    </message>
    <message>
        <source>Add the scope to the client in the self-service portal, or remove it from the request.</source>
        <translation>Add the scope to the client in the self-service portal, or remove it from the request.</translation>
    </message>
    <message>
        <source>Use a scope meant for machine-to-machine access, or a client of the Maskinporten type.</source>
        <translation>Use a scope meant for machine-to-machine access, or a client of the Maskinporten type.</translation>
    </message>
    <message>
        <source>Ask the API owner to give your organisation access to the scope.</source>
        <translation>Ask the API owner to give your organisation access to the scope.</translation>
    </message>
    <message>
        <source>Ask the customer to delegate the scope to your organisation in Altinn.</source>
        <translation>Ask the customer to delegate the scope to your organisation in Altinn.</translation>
    </message>
    <message>
        <source>Update the wizard; if it keeps failing, send the activity log to support.</source>
        <translation>Update the wizard; if it keeps failing, send the activity log to support.</translation>
    </message>
    <message>
        <source>Check that the customer has approved the request, that the client id is listed on the system, and that the external reference matches the one used in the request.</source>
        <translation>Check that the customer has approved the request, that the client id is listed on the system, and that the external reference matches the one used in the request.</translation>
    </message>
    <message>
        <source>Read Maskinporten's message below, and try again. If it keeps failing, send the activity log to support.</source>
        <translation>Read Maskinporten's message below, and try again. If it keeps failing, send the activity log to support.</translation>
    </message>
    <message>
        <source>The business certificate belongs to another organisation than the one that owns the client.</source>
        <translation>The business certificate belongs to another organisation than the one that owns the client.</translation>
    </message>
    <message>
        <source>Try again; the wizard makes each request valid for at most two minutes.</source>
        <translation>Try again; the wizard makes each request valid for at most two minutes.</translation>
    </message>
</context>
<context>
    <name>MaskinportenTokenClient</name>
    <message>
        <source>The key could not sign the request.</source>
        <translation>The key could not sign the request.</translation>
    </message>
    <message>
        <source>Maskinporten did not answer in time.</source>
        <translation>Maskinporten did not answer in time.</translation>
    </message>
    <message>
        <source>Maskinporten's answer did not contain a token.</source>
        <translation>Maskinporten's answer did not contain a token.</translation>
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
    <name>SandboxHost</name>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Port %1 is in use by another program.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The key is not in the keychain. Generate or import it again.</source>
        <translation>The key is not in the keychain. Generate or import it again.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so the key cannot be saved safely. You can keep it for this run only, or install and start a keychain service (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>No keychain is available on this computer, so the key cannot be saved safely. You can keep it for this run only, or install and start a keychain service (for example GNOME Keyring or KWallet) and try again.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time. If it asks to be unlocked, answer the prompt, then try again.</source>
        <translation>The keychain did not answer in time. If it asks to be unlocked, answer the prompt, then try again.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, restart the keychain service.</source>
        <translation>The keychain reported an error. Try again; if it keeps failing, restart the keychain service.</translation>
    </message>
    <message>
        <source>The keychain is locked or does not give access. Unlock it (you may be asked for your login password) and try again.</source>
        <translation>The keychain is locked or does not give access. Unlock it (you may be asked for your login password) and try again.</translation>
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
