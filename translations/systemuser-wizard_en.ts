<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About System User Wizard</source>
        <translation>About System User Wizard</translation>
    </message>
    <message>
        <source>System User Wizard</source>
        <translation>System User Wizard</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Register your system in Altinn's system register, send system user requests to your customers, follow their approval and test a Maskinporten system user token. The command-line tool systemuser-cli and the sandbox systemuser-sandbox come with it.</source>
        <translation>Register your system in Altinn's system register, send system user requests to your customers, follow their approval and test a Maskinporten system user token. The command-line tool systemuser-cli and the sandbox systemuser-sandbox come with it.</translation>
    </message>
    <message>
        <source>Free software under the MIT licence:</source>
        <translation>Free software under the MIT licence:</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Open the &amp;documentation</source>
        <translation>Open the &amp;documentation</translation>
    </message>
    <message>
        <source>The documentation is not installed on this computer.</source>
        <translation>The documentation is not installed on this computer.</translation>
    </message>
    <message>
        <source>The guides in %1.</source>
        <translation>The guides in %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AccessPackagePicker</name>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Search access packages by name or code</source>
        <translation>Search access packages by name or code</translation>
    </message>
    <message>
        <source>Access packages by area</source>
        <translation>Access packages by area</translation>
    </message>
    <message>
        <source>No access package matches the search. Try another word.</source>
        <translation>No access package matches the search. Try another word.</translation>
    </message>
    <message>
        <source>Access package picker</source>
        <translation>Access package picker</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <source>Loading the access packages…</source>
        <translation>Loading the access packages…</translation>
    </message>
    <message>
        <source>Offline: showing the access packages as saved on %1.</source>
        <translation>Offline: showing the access packages as saved on %1.</translation>
    </message>
    <message>
        <source>The access packages could not be loaded: %1 Your chosen packages are kept.</source>
        <translation>The access packages could not be loaded: %1 Your chosen packages are kept.</translation>
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
        <translation>Client relationship</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Standard: a customer can give this package to a standard system user for your system.</source>
        <translation>Standard: a customer can give this package to a standard system user for your system.</translation>
    </message>
    <message>
        <source>Client relationship: only for agent system users that act for a customer's clients (e.g. an accounting firm). A system with such a package cannot be visible in Altinn.</source>
        <translation>Client relationship: only for agent system users that act for a customer's clients (e.g. an accounting firm). A system with such a package cannot be visible in Altinn.</translation>
    </message>
    <message>
        <source>Altinn does not allow this package in a system: it can be given neither to a standard nor to an agent system user.</source>
        <translation>Altinn does not allow this package in a system: it can be given neither to a standard nor to an agent system user.</translation>
    </message>
    <message>
        <source>This package is not in Altinn's catalogue, so Altinn will reject the system. Remove it.</source>
        <translation>This package is not in Altinn's catalogue, so Altinn will reject the system. Remove it.</translation>
    </message>
    <message>
        <source>Access package</source>
        <translation>Access package</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Chosen, but not in the catalogue</source>
        <translation>Chosen, but not in the catalogue</translation>
    </message>
</context>
<context>
    <name>ActivityFormatting</name>
    <message>
        <source>… (cut: %1 bytes in all)</source>
        <translation>… (cut: %1 bytes in all)</translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation>(%1 bytes of binary data)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
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
        <translation>Retry: attempt %1</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>First attempt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
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
        <translation>Duration</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Attempt</translation>
    </message>
</context>
<context>
    <name>ActivityLogView</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (attempt %2)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Started: %1</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Headers</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation><numerusform>%n call</numerusform><numerusform>%n calls</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation><numerusform>%1 of %n call</numerusform><numerusform>%1 of %n calls</numerusform></translation>
    </message>
    <message>
        <source>Copied a curl command. It reads the access token from the shell variable $TOKEN: set it first, for example with export TOKEN='…' (the token itself is never copied).</source>
        <translation>Copied a curl command. It reads the access token from the shell variable $TOKEN: set it first, for example with export TOKEN='…' (the token itself is never copied).</translation>
    </message>
    <message>
        <source>Copied a curl command.</source>
        <translation>Copied a curl command.</translation>
    </message>
    <message>
        <source>Export support bundle</source>
        <translation>Export support bundle</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Saved the support bundle to %1. Tokens and keys are not in it.</source>
        <translation>Saved the support bundle to %1. Tokens and keys are not in it.</translation>
    </message>
    <message>
        <source>Could not save the support bundle to %1: %2</source>
        <translation>Could not save the support bundle to %1: %2</translation>
    </message>
    <message>
        <source>Saving the support bundle…</source>
        <translation>Saving the support bundle…</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Filter by method, URL or status</source>
        <translation>Filter by method, URL or status</translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Filter calls</translation>
    </message>
    <message>
        <source>Shows only calls whose method, URL or status contains this text (%1)</source>
        <translation>Shows only calls whose method, URL or status contains this text (%1)</translation>
    </message>
    <message>
        <source>Number of calls</source>
        <translation>Number of calls</translation>
    </message>
    <message>
        <source>HTTP calls</source>
        <translation>HTTP calls</translation>
    </message>
    <message>
        <source>Selected call</source>
        <translation>Selected call</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Request of the selected call</source>
        <translation>Request of the selected call</translation>
    </message>
    <message>
        <source>Response of the selected call</source>
        <translation>Response of the selected call</translation>
    </message>
    <message>
        <source>Select a call to see its request.</source>
        <translation>Select a call to see its request.</translation>
    </message>
    <message>
        <source>Select a call to see its response.</source>
        <translation>Select a call to see its response.</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>Copies a command that repeats the selected call; the token is left out as $TOKEN (%1)</source>
        <translation>Copies a command that repeats the selected call; the token is left out as $TOKEN (%1)</translation>
    </message>
    <message>
        <source>Export support bundle…</source>
        <translation>Export support bundle…</translation>
    </message>
    <message>
        <source>Saves every call in this log as one JSON file for support — tokens and keys are left out</source>
        <translation>Saves every call in this log as one JSON file for support — tokens and keys are left out</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the activity log</source>
        <translation>Clear the activity log</translation>
    </message>
</context>
<context>
    <name>Altinn::ApiProbe</name>
    <message>
        <source>Type the address of the API, e.g. https://api.example.no/resource.</source>
        <translation>Type the address of the API, e.g. https://api.example.no/resource.</translation>
    </message>
    <message>
        <source>This is not a complete address. Type it with https://, e.g. https://api.example.no/resource.</source>
        <translation>This is not a complete address. Type it with https://, e.g. https://api.example.no/resource.</translation>
    </message>
    <message>
        <source>Only web addresses (https://) can be called, not "%1:".</source>
        <translation>Only web addresses (https://) can be called, not "%1:".</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>The address has no server name.</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address: the token is what authenticates.</source>
        <translation>Remove the user name and password from the address: the token is what authenticates.</translation>
    </message>
    <message>
        <source>The token would travel unencrypted. Use https:// (plain http:// is only allowed to this computer).</source>
        <translation>The token would travel unencrypted. Use https:// (plain http:// is only allowed to this computer).</translation>
    </message>
    <message>
        <source>The method %1 is not offered here.</source>
        <translation>The method %1 is not offered here.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>The call was cancelled.</translation>
    </message>
</context>
<context>
    <name>Altinn::ApiTransport</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>The call was cancelled.</translation>
    </message>
    <message>
        <source>There is no token source for this call.</source>
        <translation>There is no token source for this call.</translation>
    </message>
    <message>
        <source>No vendor token could be obtained.</source>
        <translation>No vendor token could be obtained.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>No answer within %1 seconds.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MiB, so it was not read.</source>
        <translation>The answer is larger than %1 MiB, so it was not read.</translation>
    </message>
    <message>
        <source>The connection closed before the answer came. The request was not sent again: the server may already have carried it out.</source>
        <translation>The connection closed before the answer came. The request was not sent again: the server may already have carried it out.</translation>
    </message>
    <message>
        <source>No complete answer within %1 seconds, the time allowed for the whole call.</source>
        <translation>No complete answer within %1 seconds, the time allowed for the whole call.</translation>
    </message>
</context>
<context>
    <name>Altinn::AppInstanceClient</name>
    <message>
        <source>"%1" is not an app owner's code (letters, digits and '-').</source>
        <translation>"%1" is not an app owner's code (letters, digits and '-').</translation>
    </message>
</context>
<context>
    <name>Altinn::ErrorExplainer</name>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
</context>
<context>
    <name>Altinn::IdPortenClient</name>
    <message>
        <source>The ID-porten client's key could not sign the request.</source>
        <translation>The ID-porten client's key could not sign the request.</translation>
    </message>
</context>
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
    <message>
        <source>Altinn's answer was larger than %1 KiB, so it was not read.</source>
        <translation>Altinn's answer was larger than %1 KiB, so it was not read.</translation>
    </message>
    <message>
        <source>Altinn did not accept the ID-porten token: it has expired or is not from this environment's ID-porten. Log in again.</source>
        <translation>Altinn did not accept the ID-porten token: it has expired or is not from this environment's ID-porten. Log in again.</translation>
    </message>
</context>
<context>
    <name>ApiCallPanel</name>
    <message>
        <source>Call an API with the &amp;token (optional)</source>
        <translation>Call an API with the &amp;token (optional)</translation>
    </message>
    <message>
        <source>Call an API with the token</source>
        <translation>Call an API with the token</translation>
    </message>
    <message>
        <source>Sends one request with the system user token in the "Authorization: Bearer" header, to check that the API accepts it. Type the API's address. The call is shown in the activity log, with the token hidden.</source>
        <translation>Sends one request with the system user token in the "Authorization: Bearer" header, to check that the API accepts it. Type the API's address. The call is shown in the activity log, with the token hidden.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP method</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Address of the API</source>
        <translation>Address of the API</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <source>Send the API call</source>
        <translation>Send the API call</translation>
    </message>
    <message>
        <source>Req&amp;uest body:</source>
        <translation>Req&amp;uest body:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Request body</translation>
    </message>
    <message>
        <source>JSON or text</source>
        <translation>JSON or text</translation>
    </message>
    <message>
        <source>Headers of the answer:</source>
        <translation>Headers of the answer:</translation>
    </message>
    <message>
        <source>Headers of the answer</source>
        <translation>Headers of the answer</translation>
    </message>
    <message>
        <source>Body of the answer:</source>
        <translation>Body of the answer:</translation>
    </message>
    <message>
        <source>Body of the answer</source>
        <translation>Body of the answer</translation>
    </message>
    <message>
        <source>Get a system user token above first (a new one when the last has expired).</source>
        <translation>Get a system user token above first (a new one when the last has expired).</translation>
    </message>
    <message>
        <source>send %1 to %2</source>
        <translation>send %1 to %2</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>The token has expired. Get a new one above first.</source>
        <translation>The token has expired. Get a new one above first.</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Calling %1…</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>The call was cancelled.</translation>
    </message>
    <message>
        <source>calling the API</source>
        <translation>calling the API</translation>
    </message>
    <message>
        <source>The API accepted the call.</source>
        <translation>The API accepted the call.</translation>
    </message>
    <message>
        <source>The API answered with a redirect to %1. It was not followed, so the token went nowhere else.</source>
        <translation>The API answered with a redirect to %1. It was not followed, so the token went nowhere else.</translation>
    </message>
    <message>
        <source>The API refused the token. Check that it has the scope the API asks for, and that the customer gave the system user the rights the API needs.</source>
        <translation>The API refused the token. Check that it has the scope the API asks for, and that the customer gave the system user the rights the API needs.</translation>
    </message>
    <message>
        <source>The API answered with an error; see below.</source>
        <translation>The API answered with an error; see below.</translation>
    </message>
    <message>
        <source>HTTP %1 — answered in %2</source>
        <translation>HTTP %1 — answered in %2</translation>
    </message>
</context>
<context>
    <name>AppCommands</name>
    <message>
        <source>The app owner's code, e.g. brg.</source>
        <translation>The app owner's code, e.g. brg.</translation>
    </message>
    <message>
        <source>The app's name, e.g. aarsregnskap-vanlig-202406.</source>
        <translation>The app's name, e.g. aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>The external reference of the system user (default: the customer's org number).</source>
        <translation>The external reference of the system user (default: the customer's org number).</translation>
    </message>
    <message>
        <source>Say which app and which customer: --org ORG --app APP --owner ORGNO.</source>
        <translation>Say which app and which customer: --org ORG --app APP --owner ORGNO.</translation>
    </message>
    <message>
        <source>The customer's organisation number</source>
        <translation>The customer's organisation number</translation>
    </message>
    <message>
        <source>Say which scope the system user token is for: --scope SCOPE (or give the profile default scopes: %1).</source>
        <translation>Say which scope the system user token is for: --scope SCOPE (or give the profile default scopes: %1).</translation>
    </message>
    <message>
        <source>Created instance %1 of %2/%3 for %4.</source>
        <translation>Created instance %1 of %2/%3 for %4.</translation>
    </message>
    <message>
        <source>getting a system user token</source>
        <translation>getting a system user token</translation>
    </message>
    <message>
        <source>With the CLI: add %1 to the system's rights (%2), then %3</source>
        <translation>With the CLI: add %1 to the system's rights (%2), then %3</translation>
    </message>
    <message>
        <source>The system id, used to find out why when Maskinporten finds no system user (MP-303).</source>
        <translation>The system id, used to find out why when Maskinporten finds no system user (MP-303).</translation>
    </message>
    <message>
        <source>Call an Altinn app as a customer's system user or as a person</source>
        <translation>Call an Altinn app as a customer's system user or as a person</translation>
    </message>
    <message>
        <source>The customer's organisation number: the instance is created for it, by its system user (or the person acting for it).</source>
        <translation>The customer's organisation number: the instance is created for it, by its system user (or the person acting for it).</translation>
    </message>
    <message>
        <source>A scope for the system user token (default: the profile's scopes); with --as person one for ID-porten (default: altinn:instances.read and altinn:instances.write).</source>
        <translation>A scope for the system user token (default: the profile's scopes); with --as person one for ID-porten (default: altinn:instances.read and altinn:instances.write).</translation>
    </message>
    <message>
        <source>systemuser (default): the customer's system user acts; person: a person logs in with ID-porten first and acts for the organisation.</source>
        <translation>systemuser (default): the customer's system user acts; person: a person logs in with ID-porten first and acts for the organisation.</translation>
    </message>
    <message>
        <source>Create an instance of an Altinn app for a customer with the customer's system user token, as your system will (the app checks that the system user holds the app's right app_ORG_APP), or with --as person as a person logged in with ID-porten (the app checks the person's role at the organisation).</source>
        <translation>Create an instance of an Altinn app for a customer with the customer's system user token, as your system will (the app checks that the system user holds the app's right app_ORG_APP), or with --as person as a person logged in with ID-porten (the app checks the person's role at the organisation).</translation>
    </message>
    <message>
        <source>--as takes systemuser or person, not "%1".</source>
        <translation>--as takes systemuser or person, not "%1".</translation>
    </message>
    <message>
        <source>--person and --no-browser belong to a person's login: add --as person.</source>
        <translation>--person and --no-browser belong to a person's login: add --as person.</translation>
    </message>
    <message>
        <source>--external-ref and --system belong to a system user: leave out --as person.</source>
        <translation>--external-ref and --system belong to a system user: leave out --as person.</translation>
    </message>
    <message>
        <source>Created instance %1 of %2/%3 for %4 as the person who logged in.</source>
        <translation>Created instance %1 of %2/%3 for %4 as the person who logged in.</translation>
    </message>
</context>
<context>
    <name>AppInstanceSection</name>
    <message>
        <source>Call an app as the system user (sandbox)</source>
        <translation>Call an app as the system user (sandbox)</translation>
    </message>
    <message>
        <source>Your system's last step: with the system user token it creates an instance of an Altinn app for the customer. Every app of the sandbox catalogue is simulated here; the app checks that the customer's system user holds the app's right, as a real app does.</source>
        <translation>Your system's last step: with the system user token it creates an instance of an Altinn app for the customer. Every app of the sandbox catalogue is simulated here; the app checks that the customer's system user holds the app's right, as a real app does.</translation>
    </message>
    <message>
        <source>Create an instance of %1 for this customer</source>
        <translation>Create an instance of %1 for this customer</translation>
    </message>
    <message>
        <source>Create an instance of the app %1 for the chosen customer</source>
        <translation>Create an instance of the app %1 for the chosen customer</translation>
    </message>
    <message>
        <source>Ask the customer for the right…</source>
        <translation>Ask the customer for the right…</translation>
    </message>
    <message>
        <source>Go to the customer request page to ask the customer for the right</source>
        <translation>Go to the customer request page to ask the customer for the right</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>The sandbox has not started yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Choose or create a profile on the first page.</source>
        <translation>Choose or create a profile on the first page.</translation>
    </message>
    <message>
        <source>Choose a customer above first.</source>
        <translation>Choose a customer above first.</translation>
    </message>
    <message>
        <source>Enter at least one scope above: Maskinporten gives no token without one.</source>
        <translation>Enter at least one scope above: Maskinporten gives no token without one.</translation>
    </message>
    <message>
        <source>Creating an instance of %1 for %2 as its system user…</source>
        <translation>Creating an instance of %1 for %2 as its system user…</translation>
    </message>
    <message>
        <source>The app accepted the system user: instance %1 of %2 was created for %3.</source>
        <translation>The app accepted the system user: instance %1 of %2 was created for %3.</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instance: %1</translation>
    </message>
    <message>
        <source>Address (read it with the system user token): %1</source>
        <translation>Address (read it with the system user token): %1</translation>
    </message>
    <message>
        <source>Stopped waiting for the app.</source>
        <translation>Stopped waiting for the app.</translation>
    </message>
</context>
<context>
    <name>ApprovalLinkSection</name>
    <message>
        <source>Approval link</source>
        <translation>Approval link</translation>
    </message>
    <message>
        <source>Send this link to someone at the customer who has the Access manager (Tilgangsstyrer) or Main administrator role in Altinn. They log in with ID-porten and approve the request.</source>
        <translation>Send this link to someone at the customer who has the Access manager (Tilgangsstyrer) or Main administrator role in Altinn. They log in with ID-porten and approve the request.</translation>
    </message>
    <message>
        <source>Open the approval link in the browser</source>
        <translation>Open the approval link in the browser</translation>
    </message>
    <message>
        <source>Copy the approval link</source>
        <translation>Copy the approval link</translation>
    </message>
    <message>
        <source>QR code of the approval link</source>
        <translation>QR code of the approval link</translation>
    </message>
    <message>
        <source>Copy QR image</source>
        <translation>Copy QR image</translation>
    </message>
    <message>
        <source>Copy the QR code as an image</source>
        <translation>Copy the QR code as an image</translation>
    </message>
    <message>
        <source>Save QR image…</source>
        <translation>Save QR image…</translation>
    </message>
    <message>
        <source>Save the QR code as an image file</source>
        <translation>Save the QR code as an image file</translation>
    </message>
    <message>
        <source>Change request</source>
        <translation>Change request</translation>
    </message>
    <message>
        <source>Approval link of the change request</source>
        <translation>Approval link of the change request</translation>
    </message>
    <message>
        <source>Open the change request in the browser</source>
        <translation>Open the change request in the browser</translation>
    </message>
    <message>
        <source>Copy the change request link</source>
        <translation>Copy the change request link</translation>
    </message>
    <message>
        <source>A change request asks this customer's system user for more rights (status: %1). The customer approves it with this link:</source>
        <translation>A change request asks this customer's system user for more rights (status: %1). The customer approves it with this link:</translation>
    </message>
    <message>
        <source>approval-link-%1.png</source>
        <translation>approval-link-%1.png</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Save the QR code</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>The QR code could not be saved to %1: %2</source>
        <translation>The QR code could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Saved the QR code to %1.</source>
        <translation>Saved the QR code to %1.</translation>
    </message>
    <message>
        <source>The customer rejected this request, so its approval link no longer leads to an approval: do not send it again. Use “Delete and ask again” above to send a new request; the customer gets a new link.</source>
        <translation>The customer rejected this request, so its approval link no longer leads to an approval: do not send it again. Use “Delete and ask again” above to send a new request; the customer gets a new link.</translation>
    </message>
    <message>
        <source>In the sandbox, the setting “requestAfterRejectionCreatesNew” (Altinn's announced change) lets a new request replace the rejected one without deleting it first.</source>
        <translation>In the sandbox, the setting “requestAfterRejectionCreatesNew” (Altinn's announced change) lets a new request replace the rejected one without deleting it first.</translation>
    </message>
    <message>
        <source>This request has expired, so its approval link no longer works. Use “Delete and ask again” above to send a new request; the customer gets a new link.</source>
        <translation>This request has expired, so its approval link no longer works. Use “Delete and ask again” above to send a new request; the customer gets a new link.</translation>
    </message>
    <message>
        <source>This request no longer exists, so its approval link no longer works. Send a new request with “Ask again” above; the customer gets a new link.</source>
        <translation>This request no longer exists, so its approval link no longer works. Send a new request with “Ask again” above; the customer gets a new link.</translation>
    </message>
</context>
<context>
    <name>ApprovalNotifier</name>
    <message numerus="yes">
        <source>%1 customer(s) approved</source>
        <translation><numerusform>%1 customer approved</numerusform><numerusform>%1 customers approved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) rejected</source>
        <translation><numerusform>%1 customer rejected</numerusform><numerusform>%1 customers rejected</numerusform></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>System User Wizard</source>
        <translation>System User Wizard</translation>
    </message>
    <message>
        <source>Customers answered</source>
        <translation>Customers answered</translation>
    </message>
</context>
<context>
    <name>ApprovalPage</name>
    <message>
        <source>Hand the approval link to the customer</source>
        <translation>Hand the approval link to the customer</translation>
    </message>
    <message>
        <source>Someone at the customer approves the request in Altinn. Send them the link or the message below; this page shows when they have decided.</source>
        <translation>Someone at the customer approves the request in Altinn. Send them the link or the message below; this page shows when they have decided.</translation>
    </message>
    <message>
        <source>There is no request to follow yet. Send one on the previous page, or pick one in the customers view.</source>
        <translation>There is no request to follow yet. Send one on the previous page, or pick one in the customers view.</translation>
    </message>
    <message>
        <source>System user request: %1</source>
        <translation>System user request: %1</translation>
    </message>
    <message>
        <source>delete the request to organisation %1</source>
        <translation>delete the request to organisation %1</translation>
    </message>
    <message>
        <source>deleting the request</source>
        <translation>deleting the request</translation>
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
    <message>
        <source>The decision was not carried out</source>
        <translation>The decision was not carried out</translation>
    </message>
    <message>
        <source>The decision did not come from this approval page</source>
        <translation>The decision did not come from this approval page</translation>
    </message>
    <message>
        <source>A decision counts only when it is sent with the approval page's own security token. It was missing or wrong: the decision may have come from another web page, or the sandbox was restarted after the page was opened. Nothing was changed.</source>
        <translation>A decision counts only when it is sent with the approval page's own security token. It was missing or wrong: the decision may have come from another web page, or the sandbox was restarted after the page was opened. Nothing was changed.</translation>
    </message>
    <message>
        <source>no role in the Central Coordinating Register or in Altinn gives the person this right</source>
        <translation>no role in the Central Coordinating Register or in Altinn gives the person this right</translation>
    </message>
    <message>
        <source>the right has not been delegated to the person</source>
        <translation>the right has not been delegated to the person</translation>
    </message>
    <message>
        <source>the service requires an explicit right that the organisation does not have</source>
        <translation>the service requires an explicit right that the organisation does not have</translation>
    </message>
    <message>
        <source>the service requires a higher security level at login</source>
        <translation>the service requires a higher security level at login</translation>
    </message>
    <message>
        <source>the organisation is not on the service's access list</source>
        <translation>the organisation is not on the service's access list</translation>
    </message>
    <message>
        <source>the person does not hold this access package</source>
        <translation>the person does not hold this access package</translation>
    </message>
    <message>
        <source>it cannot be delegated by anyone</source>
        <translation>it cannot be delegated by anyone</translation>
    </message>
    <message>
        <source>it is a Maskinporten schema, which cannot be delegated to a system user</source>
        <translation>it is a Maskinporten schema, which cannot be delegated to a system user</translation>
    </message>
    <message>
        <source>the delegation check failed for an unknown reason</source>
        <translation>the delegation check failed for an unknown reason</translation>
    </message>
    <message>
        <source>General manager (daglig leder), without the access manager role</source>
        <translation>General manager (daglig leder), without the access manager role</translation>
    </message>
    <message>
        <source>Access manager (Tilgangsstyrer) who, in the sandbox, lacks the first right or access package a request asks for</source>
        <translation>Access manager (Tilgangsstyrer) who, in the sandbox, lacks the first right or access package a request asks for</translation>
    </message>
    <message>
        <source>Access manager (Tilgangsstyrer)</source>
        <translation>Access manager (Tilgangsstyrer)</translation>
    </message>
    <message>
        <source>Can approve: a request for client relationships needs the access manager role, not the rights.</source>
        <translation>Can approve: a request for client relationships needs the access manager role, not the rights.</translation>
    </message>
    <message>
        <source>Can approve: can delegate everything this request asks for.</source>
        <translation>Can approve: can delegate everything this request asks for.</translation>
    </message>
    <message>
        <source>Cannot approve or reject this request.</source>
        <translation>Cannot approve or reject this request.</translation>
    </message>
    <message>
        <source>Cannot approve or reject; can escalate the request to an access manager.</source>
        <translation>Cannot approve or reject; can escalate the request to an access manager.</translation>
    </message>
    <message>
        <source>Cannot approve: cannot delegate %1.</source>
        <translation>Cannot approve: cannot delegate %1.</translation>
    </message>
    <message>
        <source>Who approves?</source>
        <translation>Who approves?</translation>
    </message>
    <message>
        <source>In Altinn you log in with ID-porten and act as yourself. In the sandbox you choose who you are: only an access manager who can delegate everything asked for can approve, and approval is all-or-nothing.</source>
        <translation>In Altinn you log in with ID-porten and act as yourself. In the sandbox you choose who you are: only an access manager who can delegate everything asked for can approve, and approval is all-or-nothing.</translation>
    </message>
    <message>
        <source>The request has been escalated</source>
        <translation>The request has been escalated</translation>
    </message>
    <message>
        <source>Someone without the access manager role sent it on: it waits for an access manager of %1.</source>
        <translation>Someone without the access manager role sent it on: it waits for an access manager of %1.</translation>
    </message>
    <message>
        <source>Escalate to an access manager</source>
        <translation>Escalate to an access manager</translation>
    </message>
    <message>
        <source>Altinn's answer: %1 (HTTP %2)</source>
        <translation>Altinn's answer: %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>You cannot decide on this request</source>
        <translation>You cannot decide on this request</translation>
    </message>
    <message>
        <source>%1 does not have the access manager role for %2</source>
        <translation>%1 does not have the access manager role for %2</translation>
    </message>
    <message>
        <source>Only an access manager (Tilgangsstyrer) of the organisation can approve or reject a request for a system user. Nothing was changed: the request is still waiting for approval.</source>
        <translation>Only an access manager (Tilgangsstyrer) of the organisation can approve or reject a request for a system user. Nothing was changed: the request is still waiting for approval.</translation>
    </message>
    <message>
        <source>Send the request to an access manager</source>
        <translation>Send the request to an access manager</translation>
    </message>
    <message>
        <source>When you escalate the request, the organisation's access managers find it in Altinn and can approve it. The vendor sees that it has been escalated.</source>
        <translation>When you escalate the request, the organisation's access managers find it in Altinn and can approve it. The vendor sees that it has been escalated.</translation>
    </message>
    <message>
        <source>A request to change a system user cannot be escalated: ask an access manager of the organisation to open the link.</source>
        <translation>A request to change a system user cannot be escalated: ask an access manager of the organisation to open the link.</translation>
    </message>
    <message>
        <source>Choose another person</source>
        <translation>Choose another person</translation>
    </message>
    <message>
        <source>The request could not be approved</source>
        <translation>The request could not be approved</translation>
    </message>
    <message>
        <source>%1 cannot delegate everything the request asks for</source>
        <translation>%1 cannot delegate everything the request asks for</translation>
    </message>
    <message>
        <source>Approval is all-or-nothing: as one part could not be delegated, nothing was approved. The request is still waiting for approval.</source>
        <translation>Approval is all-or-nothing: as one part could not be delegated, nothing was approved. The request is still waiting for approval.</translation>
    </message>
    <message>
        <source>What stopped the approval</source>
        <translation>What stopped the approval</translation>
    </message>
    <message>
        <source>No one can approve this request, because a part of it cannot be delegated. Ask the vendor to send a new request without it.</source>
        <translation>No one can approve this request, because a part of it cannot be delegated. Ask the vendor to send a new request without it.</translation>
    </message>
    <message>
        <source>Ask an access manager who can delegate all of it to approve the request – in the sandbox, %1.</source>
        <translation>Ask an access manager who can delegate all of it to approve the request – in the sandbox, %1.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Unknown person</translation>
    </message>
    <message>
        <source>The organisation has no test person %1. Choose one of the persons on the request page. Nothing was changed.</source>
        <translation>The organisation has no test person %1. Choose one of the persons on the request page. Nothing was changed.</translation>
    </message>
    <message>
        <source>The request was sent to an access manager</source>
        <translation>The request was sent to an access manager</translation>
    </message>
    <message>
        <source>The access managers of %1 can now find the request in Altinn and approve it. It is still waiting for approval; the vendor sees that it has been escalated.</source>
        <translation>The access managers of %1 can now find the request in Altinn and approve it. It is still waiting for approval; the vendor sees that it has been escalated.</translation>
    </message>
    <message>
        <source>Return to the vendor</source>
        <translation>Return to the vendor</translation>
    </message>
    <message>
        <source>Unknown app</source>
        <translation>Unknown app</translation>
    </message>
    <message>
        <source>The login link names no app (client_id) registered at the sandbox's ID-porten. Register the app's client with POST /sandbox/idporten/clients, or check the link.</source>
        <translation>The login link names no app (client_id) registered at the sandbox's ID-porten. Register the app's client with POST /sandbox/idporten/clients, or check the link.</translation>
    </message>
    <message>
        <source>Wrong return address</source>
        <translation>Wrong return address</translation>
    </message>
    <message>
        <source>The app asked to be sent back to an address (redirect_uri) that is not registered for it, so the sandbox does not send you there.</source>
        <translation>The app asked to be sent back to an address (redirect_uri) that is not registered for it, so the sandbox does not send you there.</translation>
    </message>
    <message>
        <source>The login has expired</source>
        <translation>The login has expired</translation>
    </message>
    <message>
        <source>This login is no longer valid: it is more than 10 minutes old, it is finished, or the sandbox was restarted. Start the login again from the app.</source>
        <translation>This login is no longer valid: it is more than 10 minutes old, it is finished, or the sandbox was restarted. Start the login again from the app.</translation>
    </message>
    <message>
        <source>Nothing was done</source>
        <translation>Nothing was done</translation>
    </message>
    <message>
        <source>The form did not come from this login: its security token was missing or wrong. Start the login again from the app.</source>
        <translation>The form did not come from this login: its security token was missing or wrong. Start the login again from the app.</translation>
    </message>
    <message>
        <source>This page was already used</source>
        <translation>This page was already used</translation>
    </message>
    <message>
        <source>The login has moved on since this page was shown. Go on in the newest page, or start the login again from the app.</source>
        <translation>The login has moved on since this page was shown. Go on in the newest page, or start the login again from the app.</translation>
    </message>
    <message>
        <source>The app is no longer registered at the sandbox's ID-porten.</source>
        <translation>The app is no longer registered at the sandbox's ID-porten.</translation>
    </message>
    <message>
        <source>Choose one of the persons on the login page.</source>
        <translation>Choose one of the persons on the login page.</translation>
    </message>
    <message>
        <source>Choose Allow or Deny on the consent page.</source>
        <translation>Choose Allow or Deny on the consent page.</translation>
    </message>
    <message>
        <source>%1 – ID-porten sandbox</source>
        <translation>%1 – ID-porten sandbox</translation>
    </message>
    <message>
        <source>Sandbox: a local imitation of ID-porten. Nobody really logs in: the persons are made up, and the tokens are valid at this sandbox only.</source>
        <translation>Sandbox: a local imitation of ID-porten. Nobody really logs in: the persons are made up, and the tokens are valid at this sandbox only.</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>General manager</translation>
    </message>
    <message>
        <source>Chair of the board</source>
        <translation>Chair of the board</translation>
    </message>
    <message>
        <source>Accountant</source>
        <translation>Accountant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>No roles in the register</source>
        <translation>No roles in the register</translation>
    </message>
    <message>
        <source>%1 at every organisation</source>
        <translation>%1 at every organisation</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Know who you are: your national identity number.</source>
        <translation>Know who you are: your national identity number.</translation>
    </message>
    <message>
        <source>Your basic profile: the language you used here.</source>
        <translation>Your basic profile: the language you used here.</translation>
    </message>
    <message>
        <source>Read forms and messages in Altinn that you have access to.</source>
        <translation>Read forms and messages in Altinn that you have access to.</translation>
    </message>
    <message>
        <source>Fill in, change and submit forms in Altinn on your behalf.</source>
        <translation>Fill in, change and submit forms in Altinn on your behalf.</translation>
    </message>
    <message>
        <source>Use the Altinn service %1 of %2 on your behalf.</source>
        <translation>Use the Altinn service %1 of %2 on your behalf.</translation>
    </message>
    <message>
        <source>Use an API on your behalf.</source>
        <translation>Use an API on your behalf.</translation>
    </message>
    <message>
        <source>Choose who you are</source>
        <translation>Choose who you are</translation>
    </message>
    <message>
        <source>Log in to %1</source>
        <translation>Log in to %1</translation>
    </message>
    <message>
        <source>In ID-porten you would log in with MinID, BankID or another electronic ID. In the sandbox you choose one of the made-up persons below.</source>
        <translation>In ID-porten you would log in with MinID, BankID or another electronic ID. In the sandbox you choose one of the made-up persons below.</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>Log in as %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 asks for access</source>
        <translation>%1 asks for access</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <source>%1 (org. no. %2) asks to do the following on your behalf:</source>
        <translation>%1 (org. no. %2) asks to do the following on your behalf:</translation>
    </message>
    <message>
        <source>What the app gets access to</source>
        <translation>What the app gets access to</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <source>After your answer you are sent back to %1</source>
        <translation>After your answer you are sent back to %1</translation>
    </message>
    <message>
        <source>Nothing was sent back to the app. You can close this window.</source>
        <translation>Nothing was sent back to the app. You can close this window.</translation>
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
        <translation>&amp;Check now</translation>
    </message>
    <message>
        <source>Check the status now</source>
        <translation>Check the status now</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>organisation %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customer: %1 · %2 request</source>
        <translation>Customer: %1 · %2 request</translation>
    </message>
    <message>
        <source>external reference %1</source>
        <translation>external reference %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The request no longer exists: it was deleted, or the customer deleted the system user it created. Ask the customer again.</source>
        <translation>The request no longer exists: it was deleted, or the customer deleted the system user it created. Ask the customer again.</translation>
    </message>
    <message>
        <source>Waiting for the customer. This page checks the status by itself while it is open.</source>
        <translation>Waiting for the customer. This page checks the status by itself while it is open.</translation>
    </message>
    <message>
        <source>The person who opened the link has passed it on to the customer's access managers.</source>
        <translation>The person who opened the link has passed it on to the customer's access managers.</translation>
    </message>
    <message>
        <source>The customer approved the request: the system user exists. Go on to check that your system can get a token for it.</source>
        <translation>The customer approved the request: the system user exists. Go on to check that your system can get a token for it.</translation>
    </message>
    <message>
        <source>The customer rejected the request. Altinn keeps the rejected request, so sending the same request again would only return it. Delete it and ask again — talk to the customer first if you do not know why.</source>
        <translation>The customer rejected the request. Altinn keeps the rejected request, so sending the same request again would only return it. Delete it and ask again — talk to the customer first if you do not know why.</translation>
    </message>
    <message>
        <source>The request has expired. Delete it and send a new one.</source>
        <translation>The request has expired. Delete it and send a new one.</translation>
    </message>
    <message>
        <source>Altinn reports a status this wizard does not know: “%1”.</source>
        <translation>Altinn reports a status this wizard does not know: “%1”.</translation>
    </message>
    <message>
        <source>This request is older than 180 days. The customer may no longer be able to approve it: send a new request.</source>
        <translation>This request is older than 180 days. The customer may no longer be able to approve it: send a new request.</translation>
    </message>
    <message>
        <source>&amp;Ask again</source>
        <translation>&amp;Ask again</translation>
    </message>
    <message>
        <source>&amp;Delete and ask again</source>
        <translation>&amp;Delete and ask again</translation>
    </message>
    <message>
        <source>Sent %1 (%2).</source>
        <translation>Sent %1 (%2).</translation>
    </message>
    <message>
        <source>The customer approved the request. Go on with Next to test the system user.</source>
        <translation>The customer approved the request. Go on with Next to test the system user.</translation>
    </message>
    <message>
        <source>The customer rejected the request.</source>
        <translation>The customer rejected the request.</translation>
    </message>
    <message>
        <source>The request's status is now: %1.</source>
        <translation>The request's status is now: %1.</translation>
    </message>
    <message>
        <source>The request was deleted.</source>
        <translation>The request was deleted.</translation>
    </message>
    <message>
        <source>Altinn cannot be reached right now: %1 The status shown is the last one known; the page keeps checking.</source>
        <translation>Altinn cannot be reached right now: %1 The status shown is the last one known; the page keeps checking.</translation>
    </message>
    <message>
        <source>The status could not be checked:</source>
        <translation>The status could not be checked:</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Deleting the request…</source>
        <translation>Deleting the request…</translation>
    </message>
    <message>
        <source>Altinn asked to be left alone until %1: the page checks the status again then, also if you press Check now. The status shown is the last one known.</source>
        <translation>Altinn asked to be left alone until %1: the page checks the status again then, also if you press Check now. The status shown is the last one known.</translation>
    </message>
</context>
<context>
    <name>BulkCompareSection</name>
    <message>
        <source>Comparing the list with Altinn and reading the system…</source>
        <translation>Comparing the list with Altinn and reading the system…</translation>
    </message>
    <message>
        <source>Compared with Altinn.</source>
        <translation>Compared with Altinn.</translation>
    </message>
    <message>
        <source>1. Compare with Altinn</source>
        <translation>1. Compare with Altinn</translation>
    </message>
    <message>
        <source>Before anything is sent, every customer in the list is compared with Altinn, so customers who have a request or a system user already are not asked again.</source>
        <translation>Before anything is sent, every customer in the list is compared with Altinn, so customers who have a request or a system user already are not asked again.</translation>
    </message>
    <message>
        <source>Send to &amp;how many at the same time:</source>
        <translation>Send to &amp;how many at the same time:</translation>
    </message>
    <message>
        <source>How many customers are asked at the same time</source>
        <translation>How many customers are asked at the same time</translation>
    </message>
    <message>
        <source>Altinn limits how fast one vendor may send; 4 is a safe choice. When Altinn asks us to wait, every sender waits.</source>
        <translation>Altinn limits how fast one vendor may send; 4 is a safe choice. When Altinn asks us to wait, every sender waits.</translation>
    </message>
    <message>
        <source>The list is empty.</source>
        <translation>The list is empty.</translation>
    </message>
    <message>
        <source>Every customer has been asked already; nothing to send.</source>
        <translation>Every customer has been asked already; nothing to send.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) need a request.</source>
        <translation><numerusform>%1 customer needs a request.</numerusform><numerusform>%1 customers need a request.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of them may have been asked by a run that was interrupted. They are looked up at Altinn first and asked only when Altinn has nothing: no customer is asked twice.</source>
        <translation><numerusform>%1 of them may have been asked by a run that was interrupted. It is looked up at Altinn first and asked only when Altinn has nothing: no customer is asked twice.</numerusform><numerusform>%1 of them may have been asked by a run that was interrupted. They are looked up at Altinn first and asked only when Altinn has nothing: no customer is asked twice.</numerusform></translation>
    </message>
    <message>
        <source>This is PRODUCTION: the requests go to real customers, who are asked to approve them. You are asked to confirm before anything is sent.</source>
        <translation>This is PRODUCTION: the requests go to real customers, who are asked to approve them. You are asked to confirm before anything is sent.</translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 request(s) in production…</source>
        <translation><numerusform>Se&amp;nd %1 request in production…</numerusform><numerusform>Se&amp;nd %1 requests in production…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 request(s)</source>
        <translation><numerusform>Se&amp;nd %1 request</numerusform><numerusform>Se&amp;nd %1 requests</numerusform></translation>
    </message>
    <message>
        <source>Wait for the comparison with Altinn.</source>
        <translation>Wait for the comparison with Altinn.</translation>
    </message>
    <message>
        <source>Nobody needs a request.</source>
        <translation>Nobody needs a request.</translation>
    </message>
    <message>
        <source>Sends a system user request to each customer who needs one.</source>
        <translation>Sends a system user request to each customer who needs one.</translation>
    </message>
</context>
<context>
    <name>BulkOutcomeModel</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
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
        <translation>Customers done</translation>
    </message>
    <message>
        <source>&amp;Cancel sending…</source>
        <translation>&amp;Cancel sending…</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <source>Stops sending. Requests already sent stay sent.</source>
        <translation>Stops sending. Requests already sent stay sent.</translation>
    </message>
    <message>
        <source>&amp;What happened to each customer</source>
        <translation>&amp;What happened to each customer</translation>
    </message>
    <message>
        <source>&amp;Only problems</source>
        <translation>&amp;Only problems</translation>
    </message>
    <message>
        <source>Show only customers with problems</source>
        <translation>Show only customers with problems</translation>
    </message>
    <message>
        <source>Customers for whom sending failed, or who need you to act</source>
        <translation>Customers for whom sending failed, or who need you to act</translation>
    </message>
    <message>
        <source>The outcome of each customer</source>
        <translation>The outcome of each customer</translation>
    </message>
    <message>
        <source>Altinn asked us to wait %1 before sending more. Sending goes on by itself.</source>
        <translation>Altinn asked us to wait %1 before sending more. Sending goes on by itself.</translation>
    </message>
    <message numerus="yes">
        <source>Pausing: %1 customer(s) being asked finish first; no new ones start.</source>
        <translation><numerusform>Pausing: %1 customer being asked finish first; no new ones start.</numerusform><numerusform>Pausing: %1 customers being asked finish first; no new ones start.</numerusform></translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>Paused. Press Resume to go on.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Resume sending</translation>
    </message>
    <message>
        <source>Pause sending</source>
        <translation>Pause sending</translation>
    </message>
    <message>
        <source>Starts asking the customers that are left.</source>
        <translation>Starts asking the customers that are left.</translation>
    </message>
    <message>
        <source>Lets the customers being asked finish, and starts no new ones.</source>
        <translation>Lets the customers being asked finish, and starts no new ones.</translation>
    </message>
</context>
<context>
    <name>BulkSendDialog</name>
    <message>
        <source>The profile or its connection changed, so sending stopped.</source>
        <translation>The profile or its connection changed, so sending stopped.</translation>
    </message>
    <message>
        <source>Another customer list was opened, so sending stopped.</source>
        <translation>Another customer list was opened, so sending stopped.</translation>
    </message>
    <message>
        <source>The profile changed. Close this window and open Send requests again.</source>
        <translation>The profile changed. Close this window and open Send requests again.</translation>
    </message>
    <message>
        <source>There is no connection or no customer list: finish the Maskinporten page and choose the system first.</source>
        <translation>There is no connection or no customer list: finish the Maskinporten page and choose the system first.</translation>
    </message>
    <message>
        <source>The customers could not be compared with Altinn: %1 %2</source>
        <translation>The customers could not be compared with Altinn: %1 %2</translation>
    </message>
    <message>
        <source>The comparison was cancelled. Nothing is sent before the list has been compared with Altinn.</source>
        <translation>The comparison was cancelled. Nothing is sent before the list has been compared with Altinn.</translation>
    </message>
    <message>
        <source>reading the system from Altinn</source>
        <translation>reading the system from Altinn</translation>
    </message>
    <message>
        <source>The system could not be read: %1 %2</source>
        <translation>The system could not be read: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>send a system user request to %1 customer(s)</source>
        <translation><numerusform>send a system user request to %1 customer</numerusform><numerusform>send a system user request to %1 customers</numerusform></translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>Stop sending?</translation>
    </message>
    <message>
        <source>Requests already sent stay sent.</source>
        <translation>Requests already sent stay sent.</translation>
    </message>
    <message>
        <source>Customers not asked yet can be asked in a later run. Those being asked right now are looked up at Altinn first then, so nobody is asked twice.</source>
        <translation>Customers not asked yet can be asked in a later run. Those being asked right now are looked up at Altinn first then, so nobody is asked twice.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Stop sending</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Keep sending</translation>
    </message>
    <message>
        <source>Requests are being sent</source>
        <translation>Requests are being sent</translation>
    </message>
    <message>
        <source>Do you want to pause or to cancel sending before the window closes?</source>
        <translation>Do you want to pause or to cancel sending before the window closes?</translation>
    </message>
    <message>
        <source>Paused, sending goes on when you open Send requests again and press Resume. Cancelled, requests already sent stay sent.</source>
        <translation>Paused, sending goes on when you open Send requests again and press Resume. Cancelled, requests already sent stay sent.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation>&amp;Pause and close</translation>
    </message>
    <message>
        <source>&amp;Cancel sending and close</source>
        <translation>&amp;Cancel sending and close</translation>
    </message>
    <message>
        <source>Send requests</source>
        <translation>Send requests</translation>
    </message>
    <message>
        <source>A system user request for %1 to every customer in the list who needs one, in %2.</source>
        <translation>A system user request for %1 to every customer in the list who needs one, in %2.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation>3. Done</translation>
    </message>
    <message>
        <source>E&amp;xport approval links…</source>
        <translation>E&amp;xport approval links…</translation>
    </message>
    <message>
        <source>Export approval links</source>
        <translation>Export approval links</translation>
    </message>
    <message>
        <source>A mail-merge file, one e-mail per customer or a printable sheet with QR codes</source>
        <translation>A mail-merge file, one e-mail per customer or a printable sheet with QR codes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>3. Stopped</source>
        <translation>3. Stopped</translation>
    </message>
    <message numerus="yes">
        <source>Sending was stopped after %1 of %2 customer(s).</source>
        <translation><numerusform>Sending was stopped after %1 of %2 customer.</numerusform><numerusform>Sending was stopped after %1 of %2 customers.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) done in %2.</source>
        <translation><numerusform>%1 customer done in %2.</numerusform><numerusform>%1 customers done in %2.</numerusform></translation>
    </message>
    <message>
        <source>Requests already sent stay sent. Customers who may have been asked when sending stopped are looked up at Altinn first next time, so nobody is asked twice.</source>
        <translation>Requests already sent stay sent. Customers who may have been asked when sending stopped are looked up at Altinn first next time, so nobody is asked twice.</translation>
    </message>
    <message numerus="yes">
        <source>Altinn asked us to slow down %1 time(s); we waited as asked.</source>
        <translation><numerusform>Altinn asked us to slow down %1 time; we waited as asked.</numerusform><numerusform>Altinn asked us to slow down %1 times; we waited as asked.</numerusform></translation>
    </message>
    <message>
        <source>The approval links are in the customer list. Hand them over to the customers: each must be approved by someone who manages access at the customer.</source>
        <translation>The approval links are in the customer list. Hand them over to the customers: each must be approved by someone who manages access at the customer.</translation>
    </message>
    <message>
        <source>Send requests again later to retry the customers that failed; the others are not asked again.</source>
        <translation>Send requests again later to retry the customers that failed; the others are not asked again.</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 of %2 — about %3 left</source>
        <translation>%1 of %2 — about %3 left</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Request sent</translation>
    </message>
    <message>
        <source>Was waiting already</source>
        <translation>Was waiting already</translation>
    </message>
    <message>
        <source>Found after the interruption</source>
        <translation>Found after the interruption</translation>
    </message>
    <message>
        <source>Has the system user already</source>
        <translation>Has the system user already</translation>
    </message>
    <message>
        <source>Must be asked again</source>
        <translation>Must be asked again</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>CampaignPreviewSection</name>
    <message>
        <source>Could not be read: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
    <message>
        <source>Cannot be changed: %1</source>
        <translation>Cannot be changed: %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Why not, and what to do</source>
        <translation>Why not, and what to do</translation>
    </message>
    <message>
        <source>Customers whose system user changes, and how</source>
        <translation>Customers whose system user changes, and how</translation>
    </message>
    <message>
        <source>Customers who cannot be changed, and why</source>
        <translation>Customers who cannot be changed, and why</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Nothing planned yet.</translation>
    </message>
    <message>
        <source>&amp;Will change</source>
        <translation>&amp;Will change</translation>
    </message>
    <message>
        <source>Cannot be &amp;changed</source>
        <translation>Cannot be &amp;changed</translation>
    </message>
    <message numerus="yes">
        <source>%1 will change</source>
        <translation><numerusform>%1 will change</numerusform><numerusform>%1 will change</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 need nothing</source>
        <translation><numerusform>%1 needs nothing</numerusform><numerusform>%1 need nothing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be changed</source>
        <translation><numerusform>%1 cannot be changed</numerusform><numerusform>%1 cannot be changed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be read</source>
        <translation><numerusform>%1 could not be read</numerusform><numerusform>%1 could not be read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) without a live system user are not part of the campaign.</source>
        <translation><numerusform>%1 customer without a live system user is not part of the campaign.</numerusform><numerusform>%1 customers without a live system user are not part of the campaign.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Will change (%1)</source>
        <translation>&amp;Will change (%1)</translation>
    </message>
    <message>
        <source>Cannot be &amp;changed (%1)</source>
        <translation>Cannot be &amp;changed (%1)</translation>
    </message>
</context>
<context>
    <name>CampaignSendSection</name>
    <message>
        <source>Send to &amp;how many at the same time:</source>
        <translation>Send to &amp;how many at the same time:</translation>
    </message>
    <message>
        <source>How many change requests are sent at the same time</source>
        <translation>How many change requests are sent at the same time</translation>
    </message>
    <message>
        <source>This is PRODUCTION: real customers are asked to approve the changes. You are asked to confirm first.</source>
        <translation>This is PRODUCTION: real customers are asked to approve the changes. You are asked to confirm first.</translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 change request(s) in production…</source>
        <translation><numerusform>Se&amp;nd %1 change request in production…</numerusform><numerusform>Se&amp;nd %1 change requests in production…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Se&amp;nd %1 change request(s)</source>
        <translation><numerusform>Se&amp;nd %1 change request</numerusform><numerusform>Se&amp;nd %1 change requests</numerusform></translation>
    </message>
    <message>
        <source>Each customer gets a change request to approve; the system user keeps working meanwhile.</source>
        <translation>Each customer gets a change request to approve; the system user keeps working meanwhile.</translation>
    </message>
    <message>
        <source>No system user needs a change.</source>
        <translation>No system user needs a change.</translation>
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
        <translation>Show selected &amp;only</translation>
    </message>
    <message>
        <source>Show selected only</source>
        <translation>Show selected only</translation>
    </message>
</context>
<context>
    <name>ChangeCampaignDialog</name>
    <message>
        <source>The system could not be read from Altinn: %1 %2</source>
        <translation>The system could not be read from Altinn: %1 %2</translation>
    </message>
    <message>
        <source>The profile or its connection changed, so the campaign stopped.</source>
        <translation>The profile or its connection changed, so the campaign stopped.</translation>
    </message>
    <message>
        <source>Another customer list was opened, so the campaign stopped.</source>
        <translation>Another customer list was opened, so the campaign stopped.</translation>
    </message>
    <message>
        <source>There is no connection or no customer list: finish the Maskinporten page and choose the system first.</source>
        <translation>There is no connection or no customer list: finish the Maskinporten page and choose the system first.</translation>
    </message>
    <message>
        <source>Reading the system and what each system user holds now…</source>
        <translation>Reading the system and what each system user holds now…</translation>
    </message>
    <message>
        <source>Planning was cancelled. Nothing was sent.</source>
        <translation>Planning was cancelled. Nothing was sent.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>The change requests could not be read, so standard system users could not be planned: %1 %2</source>
        <translation>The change requests could not be read, so standard system users could not be planned: %1 %2</translation>
    </message>
    <message>
        <source>Planned. Nothing has been sent yet.</source>
        <translation>Planned. Nothing has been sent yet.</translation>
    </message>
    <message numerus="yes">
        <source>send a change request to %1 customer(s)</source>
        <translation><numerusform>send a change request to %1 customer</numerusform><numerusform>send a change request to %1 customers</numerusform></translation>
    </message>
    <message>
        <source>Change request sent</source>
        <translation>Change request sent</translation>
    </message>
    <message>
        <source>Was sent already</source>
        <translation>Was sent already</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nothing to change</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Sending was stopped. Change requests already sent stay sent.</source>
        <translation>Sending was stopped. Change requests already sent stay sent.</translation>
    </message>
    <message numerus="yes">
        <source>%1 change request(s) sent</source>
        <translation><numerusform>%1 change request sent</numerusform><numerusform>%1 change requests sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %1 sent before</source>
        <translation><numerusform>, %1 sent before</numerusform><numerusform>, %1 sent before</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %1 failed (see why in the table; plan again to retry them)</source>
        <translation><numerusform>, %1 failed (see why in the table; plan again to retry them)</numerusform><numerusform>, %1 failed (see why in the table; plan again to retry them)</numerusform></translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>Stop sending?</translation>
    </message>
    <message>
        <source>Change requests already sent stay sent.</source>
        <translation>Change requests already sent stay sent.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Stop sending</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Keep sending</translation>
    </message>
    <message>
        <source>Change requests are being sent</source>
        <translation>Change requests are being sent</translation>
    </message>
    <message>
        <source>Do you want to pause or to cancel sending before the window closes?</source>
        <translation>Do you want to pause or to cancel sending before the window closes?</translation>
    </message>
    <message>
        <source>Paused, sending goes on when you open Change campaign again and press Resume. Cancelled, change requests already sent stay sent.</source>
        <translation>Paused, sending goes on when you open Change campaign again and press Resume. Cancelled, change requests already sent stay sent.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation>&amp;Pause and close</translation>
    </message>
    <message>
        <source>&amp;Cancel sending and close</source>
        <translation>&amp;Cancel sending and close</translation>
    </message>
    <message>
        <source>Change campaign</source>
        <translation>Change campaign</translation>
    </message>
    <message>
        <source>When %1 gained or lost rights or access packages, each customer's system user keeps what it was approved with until the customer approves a change request. First see what would change for whom; nothing is sent before you press Send.</source>
        <translation>When %1 gained or lost rights or access packages, each customer's system user keeps what it was approved with until the customer approves a change request. First see what would change for whom; nothing is sent before you press Send.</translation>
    </message>
    <message>
        <source>System users read</source>
        <translation>System users read</translation>
    </message>
    <message>
        <source>Sending change requests</source>
        <translation>Sending change requests</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>Add: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Remove: %1</translation>
    </message>
</context>
<context>
    <name>ChangeRequestCommands</name>
    <message>
        <source>Change requests: more or fewer rights for an existing system user</source>
        <translation>Change requests: more or fewer rights for an existing system user</translation>
    </message>
    <message>
        <source>Ask the customer to change what a system user may do.</source>
        <translation>Ask the customer to change what a system user may do.</translation>
    </message>
    <message>
        <source>The system user's id.</source>
        <translation>The system user's id.</translation>
    </message>
    <message>
        <source>A right the system user must get.</source>
        <translation>A right the system user must get.</translation>
    </message>
    <message>
        <source>An access package the system user must get.</source>
        <translation>An access package the system user must get.</translation>
    </message>
    <message>
        <source>A right to take away.</source>
        <translation>A right to take away.</translation>
    </message>
    <message>
        <source>An access package to take away.</source>
        <translation>An access package to take away.</translation>
    </message>
    <message>
        <source>Where the customer's browser goes after deciding.</source>
        <translation>Where the customer's browser goes after deciding.</translation>
    </message>
    <message>
        <source>Show a change request and its status.</source>
        <translation>Show a change request and its status.</translation>
    </message>
    <message>
        <source>The change request id.</source>
        <translation>The change request id.</translation>
    </message>
    <message>
        <source>Say which system user: --system-user ID.</source>
        <translation>Say which system user: --system-user ID.</translation>
    </message>
    <message>
        <source>Say what to change: --require-right, --require-package, --remove-right or --remove-package.</source>
        <translation>Say what to change: --require-right, --require-package, --remove-right or --remove-package.</translation>
    </message>
    <message>
        <source>creating the change request</source>
        <translation>creating the change request</translation>
    </message>
    <message>
        <source>The system user already has exactly that; nothing to ask.</source>
        <translation>The system user already has exactly that; nothing to ask.</translation>
    </message>
    <message>
        <source>Change request %1 created; it waits for the customer.</source>
        <translation>Change request %1 created; it waits for the customer.</translation>
    </message>
    <message>
        <source>The customer approves at: %1</source>
        <translation>The customer approves at: %1</translation>
    </message>
    <message>
        <source>fetching the change request</source>
        <translation>fetching the change request</translation>
    </message>
</context>
<context>
    <name>ChangeRequestSection</name>
    <message>
        <source>Reading what the system user has now…</source>
        <translation>Reading what the system user has now…</translation>
    </message>
    <message>
        <source>has it now</source>
        <translation>has it now</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No change yet: check what the system user should have, uncheck what it should lose.</source>
        <translation>No change yet: check what the system user should have, uncheck what it should lose.</translation>
    </message>
    <message>
        <source>The change request will ask the customer to approve:</source>
        <translation>The change request will ask the customer to approve:</translation>
    </message>
    <message>
        <source>What the system user should have</source>
        <translation>What the system user should have</translation>
    </message>
    <message>
        <source>The customer's system user keeps what it has until the customer approves the change request. Only rights and access packages your system offers can be asked for.</source>
        <translation>The customer's system user keeps what it has until the customer approves the change request. Only rights and access packages your system offers can be asked for.</translation>
    </message>
    <message>
        <source>Rights and access packages</source>
        <translation>Rights and access packages</translation>
    </message>
    <message>
        <source>What the system user of %1 (external reference %2) should have</source>
        <translation>What the system user of %1 (external reference %2) should have</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Set up Altinn system users from scripts: vendor profiles and keys, Maskinporten tokens, the system register, requests to customers and their system users. The same core as the wizard.</source>
        <translation>Set up Altinn system users from scripts: vendor profiles and keys, Maskinporten tokens, the system register, requests to customers and their system users. The same core as the wizard.</translation>
    </message>
    <message>
        <source>Output: the result is JSON on standard output; messages for you go to standard error. When a command fails, standard output stays empty.
Exit codes: 0 done; 1 refused by Altinn, Maskinporten or the keychain, or invalid input; 2 wrong command line (also a write to production without --yes).</source>
        <translation>Output: the result is JSON on standard output; messages for you go to standard error. When a command fails, standard output stays empty.
Exit codes: 0 done; 1 refused by Altinn, Maskinporten or the keychain, or invalid input; 2 wrong command line (also a write to production without --yes).</translation>
    </message>
    <message>
        <source>The profile to use (default: the current one).</source>
        <translation>The profile to use (default: the current one).</translation>
    </message>
    <message>
        <source>sandbox, tt02, prod, or the URL of a running systemuser-sandbox (default: the profile's).</source>
        <translation>sandbox, tt02, prod, or the URL of a running systemuser-sandbox (default: the profile's).</translation>
    </message>
    <message>
        <source>Language of messages: nb, nn or en.</source>
        <translation>Language of messages: nb, nn or en.</translation>
    </message>
    <message>
        <source>Confirm a write (create, update, delete) in production.</source>
        <translation>Confirm a write (create, update, delete) in production.</translation>
    </message>
    <message>
        <source>Show every HTTP call on standard error.</source>
        <translation>Show every HTTP call on standard error.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use nb, nn or en.</source>
        <translation>Unknown language "%1": use nb, nn or en.</translation>
    </message>
    <message>
        <source>Print shell completion for bash or zsh, e.g. source &lt;(systemuser-cli completion bash).</source>
        <translation>Print shell completion for bash or zsh, e.g. source &lt;(systemuser-cli completion bash).</translation>
    </message>
    <message>
        <source>bash or zsh.</source>
        <translation>bash or zsh.</translation>
    </message>
    <message>
        <source>Unknown shell "%1": use bash or zsh.</source>
        <translation>Unknown shell "%1": use bash or zsh.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Fix or move the file away; the profiles are plain JSON.</source>
        <translation>Fix or move the file away; the profiles are plain JSON.</translation>
    </message>
    <message>
        <source>There is no profile "%1".</source>
        <translation>There is no profile "%1".</translation>
    </message>
    <message>
        <source>Create one: %1</source>
        <translation>Create one: %1</translation>
    </message>
    <message>
        <source>Profiles: %1</source>
        <translation>Profiles: %1</translation>
    </message>
    <message>
        <source>There is no profile yet.</source>
        <translation>There is no profile yet.</translation>
    </message>
    <message>
        <source>No profile is chosen.</source>
        <translation>No profile is chosen.</translation>
    </message>
    <message>
        <source>Pick one with --profile NAME, or make it the default: %1</source>
        <translation>Pick one with --profile NAME, or make it the default: %1</translation>
    </message>
    <message>
        <source>Profile "%1" is for %2; its key and client do not work in %3.</source>
        <translation>Profile "%1" is for %2; its key and client do not work in %3.</translation>
    </message>
    <message>
        <source>Leave out --env, or create a profile for that environment: %1</source>
        <translation>Leave out --env, or create a profile for that environment: %1</translation>
    </message>
    <message>
        <source>Unknown environment "%1": use sandbox, tt02, prod or the URL of a running systemuser-sandbox.</source>
        <translation>Unknown environment "%1": use sandbox, tt02, prod or the URL of a running systemuser-sandbox.</translation>
    </message>
    <message>
        <source>Could not start the built-in sandbox.</source>
        <translation>Could not start the built-in sandbox.</translation>
    </message>
    <message>
        <source>Start one yourself with systemuser-sandbox and pass its address with --env URL.</source>
        <translation>Start one yourself with systemuser-sandbox and pass its address with --env URL.</translation>
    </message>
    <message>
        <source>No sandbox is running on %1, so one was started inside this command. What it stores ends with the command.
For work in several steps, start systemuser-sandbox in another terminal.</source>
        <translation>No sandbox is running on %1, so one was started inside this command. What it stores ends with the command.
For work in several steps, start systemuser-sandbox in another terminal.</translation>
    </message>
    <message>
        <source>Profile "%1" has no key yet.</source>
        <translation>Profile "%1" has no key yet.</translation>
    </message>
    <message>
        <source>Make one: %1</source>
        <translation>Make one: %1</translation>
    </message>
    <message>
        <source>Profile "%1" has no Maskinporten client id yet.</source>
        <translation>Profile "%1" has no Maskinporten client id yet.</translation>
    </message>
    <message>
        <source>Register the client in the sandbox: %1</source>
        <translation>Register the client in the sandbox: %1</translation>
    </message>
    <message>
        <source>Add the client id from the self-service portal: %1</source>
        <translation>Add the client id from the self-service portal: %1</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid.</source>
        <comment>the organisation number's role, then the number</comment>
        <translation>%1 (%2) is not valid.</translation>
    </message>
    <message>
        <source>This changes data in PRODUCTION. Add --yes to confirm that you mean it.</source>
        <translation>This changes data in PRODUCTION. Add --yes to confirm that you mean it.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>With the CLI: find the system user (%1), then ask for more: %2</source>
        <translation>With the CLI: find the system user (%1), then ask for more: %2</translation>
    </message>
    <message>
        <source>With the CLI: %1, then create the request again.</source>
        <translation>With the CLI: %1, then create the request again.</translation>
    </message>
    <message>
        <source>With the CLI: %1</source>
        <translation>With the CLI: %1</translation>
    </message>
    <message>
        <source>With the CLI: change the definition file, then %1</source>
        <translation>With the CLI: change the definition file, then %1</translation>
    </message>
    <message>
        <source>In the sandbox, register the client and key (again): %1</source>
        <translation>In the sandbox, register the client and key (again): %1</translation>
    </message>
    <message>
        <source>Compare the profile (%1) with the client in the self-service portal; its public key: %2</source>
        <translation>Compare the profile (%1) with the client in the self-service portal; its public key: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option --%1</source>
        <translation>unknown option --%1</translation>
    </message>
    <message>
        <source>unknown option --%1 (options go after the command, e.g. "%2 … --%1")</source>
        <translation>unknown option --%1 (options go after the command, e.g. "%2 … --%1")</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 takes no value</translation>
    </message>
    <message>
        <source>--%1 needs a value: --%1 %2</source>
        <translation>--%1 needs a value: --%1 %2</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unknown command "%1"</translation>
    </message>
    <message>
        <source>"%1" has no command "%2"</source>
        <translation>"%1" has no command "%2"</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>"%1" needs a command</source>
        <translation>"%1" needs a command</translation>
    </message>
    <message>
        <source>"%1" is missing %2</source>
        <translation>"%1" is missing %2</translation>
    </message>
    <message>
        <source>"%1" does not take the argument "%2"</source>
        <translation>"%1" does not take the argument "%2"</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Run "%1 --help" to see what it takes.</source>
        <translation>Run "%1 --help" to see what it takes.</translation>
    </message>
    <message>
        <source>%1 [global options]</source>
        <translation>%1 [global options]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>Show help for the command given before it.</source>
        <translation>Show help for the command given before it.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Usage: %1 %2</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>%1 (may be repeated)</source>
        <translation>%1 (may be repeated)</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND …</source>
        <translation>Usage: %1 COMMAND …</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND …</source>
        <translation>Usage: %1 %2 COMMAND …</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run "%1 COMMAND --help" for the commands of a group or the options of a command.</source>
        <translation>Run "%1 COMMAND --help" for the commands of a group or the options of a command.</translation>
    </message>
    <message>
        <source>Run "%1 COMMAND --help" for a command's arguments and options.</source>
        <translation>Run "%1 COMMAND --help" for a command's arguments and options.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>getting a token for %1</source>
        <translation>getting a token for %1</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ahead of Maskinporten</source>
        <translation><numerusform>%n second ahead of Maskinporten</numerusform><numerusform>%n seconds ahead of Maskinporten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) behind Maskinporten</source>
        <translation><numerusform>%n second behind Maskinporten</numerusform><numerusform>%n seconds behind Maskinporten</numerusform></translation>
    </message>
    <message>
        <source>This computer's clock is %1. Maskinporten refuses grants when the clock is more than 10 seconds off. Turn on automatic time (NTP) in the system settings and try again.</source>
        <translation>This computer's clock is %1. Maskinporten refuses grants when the clock is more than 10 seconds off. Turn on automatic time (NTP) in the system settings and try again.</translation>
    </message>
    <message>
        <source>This computer's clock is %1. Maskinporten allows at most 10 seconds; turn on automatic time (NTP) in the system settings before it drifts further.</source>
        <translation>This computer's clock is %1. Maskinporten allows at most 10 seconds; turn on automatic time (NTP) in the system settings before it drifts further.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheckPanel</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>The sandbox has not started yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Create the profile on the previous page first.</source>
        <translation>Create the profile on the previous page first.</translation>
    </message>
    <message>
        <source>There is no key yet. Generate or import one above first.</source>
        <translation>There is no key yet. Generate or import one above first.</translation>
    </message>
    <message>
        <source>There is no client yet. Register the client in the sandbox above first.</source>
        <translation>There is no client yet. Register the client in the sandbox above first.</translation>
    </message>
    <message>
        <source>Enter the client id from the self-service portal above first.</source>
        <translation>Enter the client id from the self-service portal above first.</translation>
    </message>
    <message>
        <source>Asking Maskinporten for a token for each scope…</source>
        <translation>Asking Maskinporten for a token for each scope…</translation>
    </message>
    <message>
        <source>✓ %1 — works</source>
        <translation>✓ %1 — works</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>Connected. Maskinporten gives this client a token for every scope the wizard needs.</source>
        <translation>Connected. Maskinporten gives this client a token for every scope the wizard needs.</translation>
    </message>
    <message>
        <source>Some scopes do not work yet. What to do is written under each one.</source>
        <translation>Some scopes do not work yet. What to do is written under each one.</translation>
    </message>
    <message>
        <source>Gets a token from Maskinporten for each scope the wizard uses, to prove that the client, the key and this computer's clock are right.</source>
        <translation>Gets a token from Maskinporten for each scope the wizard uses, to prove that the client, the key and this computer's clock are right.</translation>
    </message>
    <message>
        <source>Check &amp;connection</source>
        <translation>Check &amp;connection</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Check connection</translation>
    </message>
</context>
<context>
    <name>ContextBar</name>
    <message>
        <source>That language could not be loaded; the texts stay as they are.</source>
        <translation>That language could not be loaded; the texts stay as they are.</translation>
    </message>
    <message>
        <source>Profile: none yet</source>
        <translation>Profile: none yet</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Organisation number %1</source>
        <translation>Organisation number %1</translation>
    </message>
    <message>
        <source>%1, organisation number %2</source>
        <translation>%1, organisation number %2</translation>
    </message>
    <message>
        <source>← &amp;Start screen</source>
        <translation>← &amp;Start screen</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Back to the start screen</translation>
    </message>
    <message>
        <source>Leave the wizard. What you entered is kept, and you can continue later.</source>
        <translation>Leave the wizard. What you entered is kept, and you can continue later.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the wizard. Your choice is remembered.</source>
        <translation>The language of the wizard. Your choice is remembered.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>Show the activity log</source>
        <translation>Show the activity log</translation>
    </message>
    <message>
        <source>Every call to Altinn and Maskinporten, with tokens and keys removed (Ctrl+Shift+L).</source>
        <translation>Every call to Altinn and Maskinporten, with tokens and keys removed (Ctrl+Shift+L).</translation>
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
        <translation>Open approval link</translation>
    </message>
    <message>
        <source>Open the customer's approval page in the web browser (Enter or %1)</source>
        <translation>Open the customer's approval page in the web browser (Enter or %1)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Copy the approval link to send it to the customer (%1)</source>
        <translation>Copy the approval link to send it to the customer (%1)</translation>
    </message>
    <message>
        <source>Delete request…</source>
        <translation>Delete request…</translation>
    </message>
    <message>
        <source>Delete the selected request (%1)</source>
        <translation>Delete the selected request (%1)</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <source>Write your own note about this customer (%1)</source>
        <translation>Write your own note about this customer (%1)</translation>
    </message>
    <message>
        <source>Change request…</source>
        <translation>Change request…</translation>
    </message>
    <message>
        <source>Ask the customer to approve more or fewer rights for this system user</source>
        <translation>Ask the customer to approve more or fewer rights for this system user</translation>
    </message>
    <message>
        <source>Test token…</source>
        <translation>Test token…</translation>
    </message>
    <message>
        <source>Get a system user token for this customer and show what it contains</source>
        <translation>Get a system user token for this customer and show what it contains</translation>
    </message>
    <message>
        <source>Could not open a web browser. Use Copy link and paste it into one.</source>
        <translation>Could not open a web browser. Use Copy link and paste it into one.</translation>
    </message>
    <message>
        <source>Copied the approval link for %1.</source>
        <translation>Copied the approval link for %1.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Delete request</translation>
    </message>
    <message>
        <source>Delete the request to %1?</source>
        <translation>Delete the request to %1?</translation>
    </message>
    <message>
        <source>The customer's system user stays: deleting the request does not remove it.</source>
        <translation>The customer's system user stays: deleting the request does not remove it.</translation>
    </message>
    <message>
        <source>The approval link stops working. You can send a new request afterwards.</source>
        <translation>The approval link stops working. You can send a new request afterwards.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ask Altinn what this customer's system user really holds and compare it with the system (%1)</source>
        <translation>Ask Altinn what this customer's system user really holds and compare it with the system (%1)</translation>
    </message>
    <message>
        <source>What does the system user hold?…</source>
        <translation>What does the system user hold?…</translation>
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
        <translation>The system id.</translation>
    </message>
    <message>
        <source>Add the customers of a CSV file to the ledger (nothing is sent). Columns: organisation number (required), name, external reference, e-mail, kind, rights, packages, language.</source>
        <translation>Add the customers of a CSV file to the ledger (nothing is sent). Columns: organisation number (required), name, external reference, e-mail, kind, rights, packages, language.</translation>
    </message>
    <message>
        <source>The CSV file, as a spreadsheet saves it (; , or TAB separated).</source>
        <translation>The CSV file, as a spreadsheet saves it (; , or TAB separated).</translation>
    </message>
    <message>
        <source>Check the file and say what would change; write nothing.</source>
        <translation>Check the file and say what would change; write nothing.</translation>
    </message>
    <message>
        <source>Compare the ledger with Altinn, then send a system user request to every customer who needs one. Resumable: run it again after an interruption. One JSON line per customer.</source>
        <translation>Compare the ledger with Altinn, then send a system user request to every customer who needs one. Resumable: run it again after an interruption. One JSON line per customer.</translation>
    </message>
    <message>
        <source>Customers asked at the same time, 1–%1 (default %2).</source>
        <translation>Customers asked at the same time, 1–%1 (default %2).</translation>
    </message>
    <message>
        <source>Do not compare with Altinn first (the ledger is up to date).</source>
        <translation>Do not compare with Altinn first (the ledger is up to date).</translation>
    </message>
    <message>
        <source>How many customers are in each state, and each customer (no call to Altinn).</source>
        <translation>How many customers are in each state, and each customer (no call to Altinn).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (default) or csv.</translation>
    </message>
    <message>
        <source>Only customers waiting for more than N days.</source>
        <translation>Only customers waiting for more than N days.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) need attention:</source>
        <translation><numerusform>%n line needs attention:</numerusform><numerusform>%n lines need attention:</numerusform></translation>
    </message>
    <message>
        <source>Checked, nothing written: %1.</source>
        <translation>Checked, nothing written: %1.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency must be a number from 1 to %1.</translation>
    </message>
    <message>
        <source>comparing the customers with Altinn</source>
        <translation>comparing the customers with Altinn</translation>
    </message>
    <message>
        <source>Compared with Altinn:</source>
        <translation>Compared with Altinn:</translation>
    </message>
    <message>
        <source>Every customer has been asked already; nothing to send.</source>
        <translation>Every customer has been asked already; nothing to send.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) of an interrupted run are looked up at Altinn first.</source>
        <translation><numerusform>%n customer of an interrupted run is looked up at Altinn first.</numerusform><numerusform>%n customers of an interrupted run are looked up at Altinn first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Asking %n customer(s), %1 at a time…</source>
        <translation><numerusform>Asking %n customer, %1 at a time…</numerusform><numerusform>Asking %n customers, %1 at a time…</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>; Altinn asked us to wait %1</source>
        <translation>; Altinn asked us to wait %1</translation>
    </message>
    <message>
        <source>; about %1 left</source>
        <translation>; about %1 left</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in %1 s (%2 per second), %3 calls to Altinn and Maskinporten.</source>
        <translation><numerusform>%n customer in %1 s (%2 per second), %3 calls to Altinn and Maskinporten.</numerusform><numerusform>%n customers in %1 s (%2 per second), %3 calls to Altinn and Maskinporten.</numerusform></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>Found after an interruption: %1</source>
        <translation>Found after an interruption: %1</translation>
    </message>
    <message>
        <source>Waiting already: %1</source>
        <translation>Waiting already: %1</translation>
    </message>
    <message>
        <source>Have the system user already: %1</source>
        <translation>Have the system user already: %1</translation>
    </message>
    <message>
        <source>Must be asked again from their page: %1</source>
        <translation>Must be asked again from their page: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Altinn asked us to slow down %n time(s); we waited as asked.</source>
        <translation><numerusform>Altinn asked us to slow down %n time; we waited as asked.</numerusform><numerusform>Altinn asked us to slow down %n times; we waited as asked.</numerusform></translation>
    </message>
    <message>
        <source>Some customers were not asked.</source>
        <translation>Some customers were not asked.</translation>
    </message>
    <message>
        <source>Run the same command again to retry them; customers already asked are not asked twice.</source>
        <translation>Run the same command again to retry them; customers already asked are not asked twice.</translation>
    </message>
    <message>
        <source>Next: send the approval links, e.g. %1</source>
        <translation>Next: send the approval links, e.g. %1</translation>
    </message>
    <message>
        <source>--waiting-days must be a whole number of days, 0 or more.</source>
        <translation>--waiting-days must be a whole number of days, 0 or more.</translation>
    </message>
    <message>
        <source>Compared with Altinn %1.</source>
        <translation>Compared with Altinn %1.</translation>
    </message>
    <message>
        <source>Never compared with Altinn. To bring the list up to date, run: %1</source>
        <translation>Never compared with Altinn. To bring the list up to date, run: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting for more than %1 days.</source>
        <translation><numerusform>%n customer waiting for more than %1 days.</numerusform><numerusform>%n customers waiting for more than %1 days.</numerusform></translation>
    </message>
    <message>
        <source>reading system %1</source>
        <translation>reading system %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>No customers yet.</translation>
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
        <translation>Request id: %1</translation>
    </message>
    <message>
        <source>System user id: %1</source>
        <translation>System user id: %1</translation>
    </message>
    <message>
        <source>Change request id: %1</source>
        <translation>Change request id: %1</translation>
    </message>
    <message>
        <source>Approval link: %1</source>
        <translation>Approval link: %1</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>The customers of a system and where each one stands</source>
        <translation>The customers of a system and where each one stands</translation>
    </message>
    <message>
        <source>The system id.</source>
        <translation>The system id.</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (default) or csv.</translation>
    </message>
    <message>
        <source>Only customers in this state: %1.</source>
        <translation>Only customers in this state: %1.</translation>
    </message>
    <message>
        <source>List the customers in the ledger (no call to Altinn).</source>
        <translation>List the customers in the ledger (no call to Altinn).</translation>
    </message>
    <message>
        <source>Read every request, agent request, system user and change request of the system from Altinn, update the ledger and list it.</source>
        <translation>Read every request, agent request, system user and change request of the system from Altinn, update the ledger and list it.</translation>
    </message>
    <message>
        <source>Show one customer: its state and the next thing to do.</source>
        <translation>Show one customer: its state and the next thing to do.</translation>
    </message>
    <message>
        <source>The customer's organisation number.</source>
        <translation>The customer's organisation number.</translation>
    </message>
    <message>
        <source>Only the system user with this external reference.</source>
        <translation>Only the system user with this external reference.</translation>
    </message>
    <message>
        <source>Say which system: --system ID.</source>
        <translation>Say which system: --system ID.</translation>
    </message>
    <message>
        <source>--format must be json or csv.</source>
        <translation>--format must be json or csv.</translation>
    </message>
    <message>
        <source>--state must be one of: %1.</source>
        <translation>--state must be one of: %1.</translation>
    </message>
    <message>
        <source>Never compared with Altinn. To bring the list up to date, run: %1</source>
        <translation>Never compared with Altinn. To bring the list up to date, run: %1</translation>
    </message>
    <message>
        <source>The customer's organisation number</source>
        <translation>The customer's organisation number</translation>
    </message>
    <message>
        <source>Customer %1 is not in the ledger of %2.</source>
        <translation>Customer %1 is not in the ledger of %2.</translation>
    </message>
    <message>
        <source>Run %1 to read it from Altinn, or send a request first.</source>
        <translation>Run %1 to read it from Altinn, or send a request first.</translation>
    </message>
    <message>
        <source>%1 (%2): %3. Next: %4.</source>
        <translation>%1 (%2): %3. Next: %4.</translation>
    </message>
    <message>
        <source>reading the customers</source>
        <translation>reading the customers</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) compared with Altinn; %1 changed.</source>
        <translation><numerusform>%n customer compared with Altinn; %1 changed.</numerusform><numerusform>%n customers compared with Altinn; %1 changed.</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerHandOffCommands</name>
    <message>
        <source>The system id.</source>
        <translation>The system id.</translation>
    </message>
    <message>
        <source>Customers asked at the same time, 1–%1 (default %2).</source>
        <translation>Customers asked at the same time, 1–%1 (default %2).</translation>
    </message>
    <message>
        <source>Write the approval link and the ready-to-send message of every waiting customer: a CSV for mail merge, one e-mail draft (.eml) per customer, or a PDF with a QR code per customer.</source>
        <translation>Write the approval link and the ready-to-send message of every waiting customer: a CSV for mail merge, one e-mail draft (.eml) per customer, or a PDF with a QR code per customer.</translation>
    </message>
    <message>
        <source>csv, eml or pdf.</source>
        <translation>csv, eml or pdf.</translation>
    </message>
    <message>
        <source>The file to write (csv, pdf) or the folder for the e-mails (eml).</source>
        <translation>The file to write (csv, pdf) or the folder for the e-mails (eml).</translation>
    </message>
    <message>
        <source>Only customers waiting for more than N days, as reminders.</source>
        <translation>Only customers waiting for more than N days, as reminders.</translation>
    </message>
    <message>
        <source>Where your customers can ask questions (e-mail or phone).</source>
        <translation>Where your customers can ask questions (e-mail or phone).</translation>
    </message>
    <message>
        <source>After the system gained or lost rights or access packages: work out for every customer what its system user lacks or has extra, and send the change requests. One JSON line per customer.</source>
        <translation>After the system gained or lost rights or access packages: work out for every customer what its system user lacks or has extra, and send the change requests. One JSON line per customer.</translation>
    </message>
    <message>
        <source>Only show the plan; send nothing.</source>
        <translation>Only show the plan; send nothing.</translation>
    </message>
    <message>
        <source>Say which format: --format csv, eml or pdf.</source>
        <translation>Say which format: --format csv, eml or pdf.</translation>
    </message>
    <message>
        <source>Say where to write: --out PATH.</source>
        <translation>Say where to write: --out PATH.</translation>
    </message>
    <message>
        <source>--waiting-days must be a whole number of days, 0 or more.</source>
        <translation>--waiting-days must be a whole number of days, 0 or more.</translation>
    </message>
    <message>
        <source>No customer has an approval link to hand over.</source>
        <translation>No customer has an approval link to hand over.</translation>
    </message>
    <message>
        <source>Send requests first: %1</source>
        <translation>Send requests first: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written to %1.</source>
        <translation><numerusform>%n customer written to %1.</numerusform><numerusform>%n customers written to %1.</numerusform></translation>
    </message>
    <message>
        <source>comparing the customers with Altinn</source>
        <translation>comparing the customers with Altinn</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to %1.</source>
        <translation>--concurrency must be a number from 1 to %1.</translation>
    </message>
    <message>
        <source>Will change: %1</source>
        <translation>Will change: %1</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <translation>Nothing to change: %1</translation>
    </message>
    <message>
        <source>Cannot be changed with a change request: %1</source>
        <translation>Cannot be changed with a change request: %1</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Could not be read: %1</translation>
    </message>
    <message>
        <source>No change request to send.</source>
        <translation>No change request to send.</translation>
    </message>
    <message numerus="yes">
        <source>%n change request(s) sent or found; %1 failed.</source>
        <translation><numerusform>%n change request sent or found; %1 failed.</numerusform><numerusform>%n change requests sent or found; %1 failed.</numerusform></translation>
    </message>
    <message>
        <source>Some change requests were not sent.</source>
        <translation>Some change requests were not sent.</translation>
    </message>
    <message>
        <source>Run the same command again: change requests already sent are not sent twice.</source>
        <translation>Run the same command again: change requests already sent are not sent twice.</translation>
    </message>
    <message>
        <source>Next: hand the change links over, e.g. %1</source>
        <translation>Next: hand the change links over, e.g. %1</translation>
    </message>
    <message>
        <source>Working out what each customer's system user lacks or has extra…</source>
        <translation>Working out what each customer's system user lacks or has extra…</translation>
    </message>
</context>
<context>
    <name>CustomerHoldingsCommands</name>
    <message>
        <source>Ask Altinn what one customer's system user really holds and compare it with the system (one system user token, one exchange and one call per customer).</source>
        <translation>Ask Altinn what one customer's system user really holds and compare it with the system (one system user token, one exchange and one call per customer).</translation>
    </message>
    <message>
        <source>The customer's organisation number.</source>
        <translation>The customer's organisation number.</translation>
    </message>
    <message>
        <source>The system user's external reference (default: the organisation number).</source>
        <translation>The system user's external reference (default: the organisation number).</translation>
    </message>
    <message>
        <source>Say which customer: --org ORGNO.</source>
        <translation>Say which customer: --org ORGNO.</translation>
    </message>
    <message>
        <source>The customer's organisation number</source>
        <translation>The customer's organisation number</translation>
    </message>
    <message>
        <source>To ask the customer for what is missing: %1</source>
        <translation>To ask the customer for what is missing: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) made for this check.</source>
        <translation><numerusform>%n call made for this check.</numerusform><numerusform>%n calls made for this check.</numerusform></translation>
    </message>
    <message>
        <source>The system id (default: the system named in the system user token).</source>
        <translation>The system id (default: the system named in the system user token).</translation>
    </message>
</context>
<context>
    <name>CustomerLedger</name>
    <message>
        <source>Cannot read the customer list in %1: %2</source>
        <translation>Cannot read the customer list in %1: %2</translation>
    </message>
    <message>
        <source>it was written by a newer version of this program</source>
        <translation>it was written by a newer version of this program</translation>
    </message>
    <message>
        <source>Cannot save the customer list to %1: %2</source>
        <translation>Cannot save the customer list to %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
</context>
<context>
    <name>CustomerListImport</name>
    <message>
        <source>Line %1: the organisation number is missing. Fill it in, or delete the line, and import again.</source>
        <translation>Line %1: the organisation number is missing. Fill it in, or delete the line, and import again.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid organisation number (the spreadsheet shows it as a rounded number). Format the column as text, write the number in full and import again.</source>
        <translation>Line %1: %2 is not a valid organisation number (the spreadsheet shows it as a rounded number). Format the column as text, write the number in full and import again.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid organisation number (it may have digits, spaces and dots only). Correct it in the spreadsheet and import again.</source>
        <translation>Line %1: %2 is not a valid organisation number (it may have digits, spaces and dots only). Correct it in the spreadsheet and import again.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %2 is not a valid organisation number (it has %n digit(s), not 9). Correct it in the spreadsheet and import again.</source>
        <translation><numerusform>Line %1: %2 is not a valid organisation number (it has %n digit, not 9). Correct it in the spreadsheet and import again.</numerusform><numerusform>Line %1: %2 is not a valid organisation number (it has %n digits, not 9). Correct it in the spreadsheet and import again.</numerusform></translation>
    </message>
    <message>
        <source>Line %1: %2 is not a valid organisation number (the check digit does not match). Correct it in the spreadsheet and import again.</source>
        <translation>Line %1: %2 is not a valid organisation number (the check digit does not match). Correct it in the spreadsheet and import again.</translation>
    </message>
    <message>
        <source>Line %1: a cell starts with a quotation mark that is never closed, so the rest of the list was read as one cell. Add the closing quotation mark and import again.</source>
        <translation>Line %1: a cell starts with a quotation mark that is never closed, so the rest of the list was read as one cell. Add the closing quotation mark and import again.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells, but the list has %3 columns. A cell probably holds the separator (%4) without quotation marks around it: correct the line and import again.</source>
        <translation>Line %1 has %2 cells, but the list has %3 columns. A cell probably holds the separator (%4) without quotation marks around it: correct the line and import again.</translation>
    </message>
    <message>
        <source>Line %1: an agent request carries access packages only, so the rights on this line (%2) are left out.</source>
        <translation>Line %1: an agent request carries access packages only, so the rights on this line (%2) are left out.</translation>
    </message>
    <message>
        <source>Line %1: "%2" does not look like an e-mail address, so it is left out. Correct it in the spreadsheet and import again to keep it.</source>
        <translation>Line %1: "%2" does not look like an e-mail address, so it is left out. Correct it in the spreadsheet and import again to keep it.</translation>
    </message>
    <message>
        <source>Line %1: the type "%2" is not understood. Write standard, or agent (klient) for a client of an accounting or auditing firm, or leave the cell empty for standard, and import again.</source>
        <translation>Line %1: the type "%2" is not understood. Write standard, or agent (klient) for a client of an accounting or auditing firm, or leave the cell empty for standard, and import again.</translation>
    </message>
    <message>
        <source>Line %1: the language "%2" is not understood, so messages to this customer will be in Norwegian bokmål. Write nb, nn or en to choose another.</source>
        <translation>Line %1: the language "%2" is not understood, so messages to this customer will be in Norwegian bokmål. Write nb, nn or en to choose another.</translation>
    </message>
    <message>
        <source>Line %1: %2 is already on line %3. Line %3 is kept and this line is left out; give each line its own external reference to ask more than once for the same organisation.</source>
        <translation>Line %1: %2 is already on line %3. Line %3 is kept and this line is left out; give each line its own external reference to ask more than once for the same organisation.</translation>
    </message>
    <message>
        <source>Line %1: %2 with external reference %3 is already on line %4. Line %4 is kept and this line is left out.</source>
        <translation>Line %1: %2 with external reference %3 is already on line %4. Line %4 is kept and this line is left out.</translation>
    </message>
    <message>
        <source>The list is empty. Choose a file with one customer per line, or copy the rows in the spreadsheet and paste them.</source>
        <translation>The list is empty. Choose a file with one customer per line, or copy the rows in the spreadsheet and paste them.</translation>
    </message>
    <message>
        <source>Line %1: "%2" and "%3" both name the column %4; only "%2" is read.</source>
        <translation>Line %1: "%2" and "%3" both name the column %4; only "%2" is read.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: %n column(s) not understood and ignored: %2. Columns understood: %3.</source>
        <translation><numerusform>Line %1: %n column not understood and ignored: %2. Columns understood: %3.</numerusform><numerusform>Line %1: %n columns not understood and ignored: %2. Columns understood: %3.</numerusform></translation>
    </message>
    <message>
        <source>The list has no column with organisation numbers. Name that column in the first line (%1), or leave out the column names and put the organisation numbers first. Columns understood: %2.</source>
        <translation>The list has no column with organisation numbers. Name that column in the first line (%1), or leave out the column names and put the organisation numbers first. Columns understood: %2.</translation>
    </message>
    <message>
        <source>Line %1 names the columns, but there are no customers below it. Add one customer per line and import again.</source>
        <translation>Line %1 names the columns, but there are no customers below it. Add one customer per line and import again.</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the system does not offer %n right(s): %2. Remove them from the line, or add them to the system first, and import again.</source>
        <translation><numerusform>Line %1: the system does not offer %n right: %2. Remove them from the line, or add them to the system first, and import again.</numerusform><numerusform>Line %1: the system does not offer %n rights: %2. Remove them from the line, or add them to the system first, and import again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Line %1: the system does not offer %n access package(s): %2. Remove them from the line, or add them to the system first, and import again.</source>
        <translation><numerusform>Line %1: the system does not offer %n access package: %2. Remove them from the line, or add them to the system first, and import again.</numerusform><numerusform>Line %1: the system does not offer %n access packages: %2. Remove them from the line, or add them to the system first, and import again.</numerusform></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>new customers, customers already in the list, rows with errors</comment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already in the list</source>
        <translation><numerusform>%n already in the list</numerusform><numerusform>%n already in the list</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation><numerusform>%n with errors</numerusform><numerusform>%n with errors</numerusform></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Access packages</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 with byte order mark</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>pasted text</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>none (one column)</source>
        <translation>none (one column)</translation>
    </message>
    <message>
        <source>Line %1: %2 Correct it in the spreadsheet and import again.</source>
        <translation>Line %1: %2 Correct it in the spreadsheet and import again.</translation>
    </message>
</context>
<context>
    <name>CustomerMessageSection</name>
    <message>
        <source>Message for the customer</source>
        <translation>Message for the customer</translation>
    </message>
    <message>
        <source>A ready-made message in the customer's language: who must approve, what is asked for and what happens next. You can edit it before sending.</source>
        <translation>A ready-made message in the customer's language: who must approve, what is asked for and what happens next. You can edit it before sending.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Language of the message</source>
        <translation>Language of the message</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norwegian Bokmål</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norwegian Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubject:</translation>
    </message>
    <message>
        <source>Subject of the message</source>
        <translation>Subject of the message</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message:</translation>
    </message>
    <message>
        <source>Co&amp;py message</source>
        <translation>Co&amp;py message</translation>
    </message>
    <message>
        <source>Copy the message</source>
        <translation>Copy the message</translation>
    </message>
    <message>
        <source>Open in e-ma&amp;il</source>
        <translation>Open in e-ma&amp;il</translation>
    </message>
    <message>
        <source>Open the message in the e-mail program</source>
        <translation>Open the message in the e-mail program</translation>
    </message>
</context>
<context>
    <name>CustomerRequestPage</name>
    <message>
        <source>Ask the customer for access</source>
        <translation>Ask the customer for access</translation>
    </message>
    <message>
        <source>Send a system user request to a customer. Altinn makes an approval link for the customer; nothing changes at the customer until someone there approves it.</source>
        <translation>Send a system user request to a customer. Altinn makes an approval link for the customer; nothing changes at the customer until someone there approves it.</translation>
    </message>
    <message>
        <source>The earlier request to %1 was deleted. Check what to ask for, then send the request again.</source>
        <translation>The earlier request to %1 was deleted. Check what to ask for, then send the request again.</translation>
    </message>
    <message>
        <source>There is no connection to Altinn yet (the sandbox may still be starting).</source>
        <translation>There is no connection to Altinn yet (the sandbox may still be starting).</translation>
    </message>
    <message>
        <source>send a system user request for “%1” to organisation %2</source>
        <translation>send a system user request for “%1” to organisation %2</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Sending the request…</translation>
    </message>
    <message>
        <source>delete the earlier request to organisation %1 and send a new one</source>
        <translation>delete the earlier request to organisation %1 and send a new one</translation>
    </message>
    <message>
        <source>Deleting the earlier request…</source>
        <translation>Deleting the earlier request…</translation>
    </message>
    <message>
        <source>Sending the change request…</source>
        <translation>Sending the change request…</translation>
    </message>
    <message>
        <source>The customer's system user could not be found. Send the request again to look for it once more.</source>
        <translation>The customer's system user could not be found. Send the request again to look for it once more.</translation>
    </message>
    <message>
        <source>send a change request to organisation %1</source>
        <translation>send a change request to organisation %1</translation>
    </message>
    <message>
        <source>Ask the customer for a change</source>
        <translation>Ask the customer for a change</translation>
    </message>
    <message>
        <source>The customer approves the change in Altinn; until then the system user keeps what it has.</source>
        <translation>The customer approves the change in Altinn; until then the system user keeps what it has.</translation>
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
        <translation><numerusform>%n customer — %1</numerusform><numerusform>%n customers — %1</numerusform></translation>
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
        <translation>All customers (%1)</translation>
    </message>
    <message>
        <source>Show customers in state</source>
        <translation>Show customers in state</translation>
    </message>
</context>
<context>
    <name>CustomerStates</name>
    <message>
        <source>Not asked yet</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>Waiting for the customer</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <source>Waiting too long (over 180 days)</source>
        <translation>Waiting too long (over 180 days)</translation>
    </message>
    <message>
        <source>Approved: system user is live</source>
        <translation>Approved: system user is live</translation>
    </message>
    <message>
        <source>Rejected by the customer</source>
        <translation>Rejected by the customer</translation>
    </message>
    <message>
        <source>System user deleted by the customer</source>
        <translation>System user deleted by the customer</translation>
    </message>
    <message>
        <source>Change waiting for the customer</source>
        <translation>Change waiting for the customer</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Sending failed</translation>
    </message>
    <message>
        <source>Send a request</source>
        <translation>Send a request</translation>
    </message>
    <message>
        <source>Send the approval link to the customer</source>
        <translation>Send the approval link to the customer</translation>
    </message>
    <message>
        <source>Ask again with a new request</source>
        <translation>Ask again with a new request</translation>
    </message>
    <message>
        <source>Test a system user token</source>
        <translation>Test a system user token</translation>
    </message>
    <message>
        <source>Send the change link to the customer</source>
        <translation>Send the change link to the customer</translation>
    </message>
</context>
<context>
    <name>CustomersHeading</name>
    <message>
        <source>System id: %1</source>
        <translation>System id: %1</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Request created</source>
        <translation>Request created</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CustomersRefresher</name>
    <message>
        <source>Comparing the customers with Altinn…</source>
        <translation>Comparing the customers with Altinn…</translation>
    </message>
    <message>
        <source>Deleting the request to %1…</source>
        <translation>Deleting the request to %1…</translation>
    </message>
    <message>
        <source>Deleted the request to %1.</source>
        <translation>Deleted the request to %1.</translation>
    </message>
    <message>
        <source>deleting the request</source>
        <translation>deleting the request</translation>
    </message>
</context>
<context>
    <name>CustomersScreen</name>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>There is no system for this profile yet. Set up your system first; then its customers, their requests and system users show here.</source>
        <translation>There is no system for this profile yet. Set up your system first; then its customers, their requests and system users show here.</translation>
    </message>
    <message>
        <source>The connection to %1 is not ready: finish the Maskinporten client and key of this profile first.</source>
        <translation>The connection to %1 is not ready: finish the Maskinporten client and key of this profile first.</translation>
    </message>
    <message>
        <source>&amp;Set up my system</source>
        <translation>&amp;Set up my system</translation>
    </message>
    <message>
        <source>Set up my system</source>
        <translation>Set up my system</translation>
    </message>
    <message>
        <source>Every customer of %1 in %2, and where each one stands.</source>
        <translation>Every customer of %1 in %2, and where each one stands.</translation>
    </message>
    <message>
        <source>Set up your system first: customers are asked for a system user of a system.</source>
        <translation>Set up your system first: customers are asked for a system user of a system.</translation>
    </message>
    <message>
        <source>Finish the Maskinporten client and key of this profile first: there is no connection to Altinn yet.</source>
        <translation>Finish the Maskinporten client and key of this profile first: there is no connection to Altinn yet.</translation>
    </message>
    <message>
        <source>The customer list of this system could not be opened.</source>
        <translation>The customer list of this system could not be opened.</translation>
    </message>
    <message>
        <source>Add customers from a CSV file or from rows pasted from a spreadsheet. Nothing is sent yet.</source>
        <translation>Add customers from a CSV file or from rows pasted from a spreadsheet. Nothing is sent yet.</translation>
    </message>
    <message>
        <source>Compare the list with Altinn, then send a request to every customer who needs one.</source>
        <translation>Compare the list with Altinn, then send a request to every customer who needs one.</translation>
    </message>
    <message>
        <source>Save the approval links of waiting customers: a mail-merge file, one e-mail per customer or a printable sheet with QR codes.</source>
        <translation>Save the approval links of waiting customers: a mail-merge file, one e-mail per customer or a printable sheet with QR codes.</translation>
    </message>
    <message>
        <source>After the system gained or lost rights: ask every customer with a system user to approve the change.</source>
        <translation>After the system gained or lost rights: ask every customer with a system user to approve the change.</translation>
    </message>
    <message numerus="yes">
        <source>%1 customer(s) added to the list</source>
        <translation><numerusform>%1 customer added to the list</numerusform><numerusform>%1 customers added to the list</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %1 filled in</source>
        <translation><numerusform>, %1 filled in</numerusform><numerusform>, %1 filled in</numerusform></translation>
    </message>
    <message>
        <source>Nothing has been sent yet: Send requests asks them.</source>
        <translation>Nothing has been sent yet: Send requests asks them.</translation>
    </message>
    <message>
        <source>Many customers at once</source>
        <translation>Many customers at once</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>Send re&amp;quests…</source>
        <translation>Send re&amp;quests…</translation>
    </message>
    <message>
        <source>Send requests</source>
        <translation>Send requests</translation>
    </message>
    <message>
        <source>E&amp;xport links…</source>
        <translation>E&amp;xport links…</translation>
    </message>
    <message>
        <source>Export approval links</source>
        <translation>Export approval links</translation>
    </message>
    <message>
        <source>C&amp;hange campaign…</source>
        <translation>C&amp;hange campaign…</translation>
    </message>
    <message>
        <source>Change campaign</source>
        <translation>Change campaign</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Customers of %1</source>
        <translation>Customers of %1</translation>
    </message>
    <message>
        <source>Choose a system to see its customers.</source>
        <translation>Choose a system to see its customers.</translation>
    </message>
    <message>
        <source>Nothing could be loaded. See the message above.</source>
        <translation>Nothing could be loaded. See the message above.</translation>
    </message>
    <message>
        <source>No customers match the filter.</source>
        <translation>No customers match the filter.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Filter customers</source>
        <translation>Filter customers</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Last compared with Altinn: %1</source>
        <translation>Last compared with Altinn: %1</translation>
    </message>
    <message>
        <source>Not compared with Altinn yet</source>
        <translation>Not compared with Altinn yet</translation>
    </message>
    <message>
        <source>Comparing with Altinn…</source>
        <translation>Comparing with Altinn…</translation>
    </message>
    <message>
        <source>No customers yet for this system — onboard a customer to send the first request.</source>
        <translation>No customers yet for this system — onboard a customer to send the first request.</translation>
    </message>
    <message>
        <source>Filter by organisation number, name, reference or note</source>
        <translation>Filter by organisation number, name, reference or note</translation>
    </message>
    <message>
        <source>Customers and their states</source>
        <translation>Customers and their states</translation>
    </message>
    <message>
        <source>Compare every customer with Altinn (%1)</source>
        <translation>Compare every customer with Altinn (%1)</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation><numerusform> day</numerusform><numerusform> days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%Ln shown)</source>
        <translation><numerusform>(%Ln shown)</numerusform><numerusform>(%Ln shown)</numerusform></translation>
    </message>
    <message>
        <source>Waiting more than</source>
        <translation>Waiting more than</translation>
    </message>
    <message>
        <source>Show only customers who have had a request to approve for longer than this</source>
        <translation>Show only customers who have had a request to approve for longer than this</translation>
    </message>
    <message>
        <source>Show only customers waiting more than a number of days</source>
        <translation>Show only customers waiting more than a number of days</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
</context>
<context>
    <name>DefinitionDiffModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System id</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Access packages</translation>
    </message>
    <message>
        <source>Maskinporten client ids</source>
        <translation>Maskinporten client ids</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Redirect URLs</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Visible in Altinn</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
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
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Included</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Item or language</source>
        <translation>Item or language</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Registered now</source>
        <translation>Registered now</translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation>Your draft</translation>
    </message>
</context>
<context>
    <name>DefinitionFile</name>
    <message>
        <source>Could not open %1: %2. Nothing was changed.</source>
        <translation>Could not open %1: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 is too large to be a system definition. Nothing was changed.</source>
        <translation>%1 is too large to be a system definition. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 was not imported: %2 Nothing was changed.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Choose another folder or file name.</source>
        <translation>Could not save %1: %2. Choose another folder or file name.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <source>Imported %1. It was made for organisation %2; the id and vendor now use your organisation %3.</source>
        <translation>Imported %1. It was made for organisation %2; the id and vendor now use your organisation %3.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message numerus="yes">
        <source>It still has %n error(s); fix them before the system is registered.</source>
        <translation><numerusform>It still has %n error; fix them before the system is registered.</numerusform><numerusform>It still has %n errors; fix them before the system is registered.</numerusform></translation>
    </message>
</context>
<context>
    <name>DemoActionRunner</name>
    <message>
        <source>This step took too long. Look at the page for what happened, then try again.</source>
        <translation>This step took too long. Look at the page for what happened, then try again.</translation>
    </message>
</context>
<context>
    <name>DemoConductor</name>
    <message>
        <source>Reset the demo?</source>
        <translation>Reset the demo?</translation>
    </message>
    <message>
        <source>The built-in sandbox can only be cleared as a whole: every system, request, system user and Maskinporten client in it is removed, not only the demo's. The demo profile is removed too. Your other profiles stay.</source>
        <translation>The built-in sandbox can only be cleared as a whole: every system, request, system user and Maskinporten client in it is removed, not only the demo's. The demo profile is removed too. Your other profiles stay.</translation>
    </message>
    <message>
        <source>Clear the sandbox</source>
        <translation>Clear the sandbox</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DemoNarrationPanel</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Press Next step to do this step, or Play to let the demo run.</source>
        <translation>Press Next step to do this step, or Play to let the demo run.</translation>
    </message>
    <message>
        <source>Working on it: watch the page below.</source>
        <translation>Working on it: watch the page below.</translation>
    </message>
    <message>
        <source>Done. %1</source>
        <translation>Done. %1</translation>
    </message>
    <message>
        <source>This step failed: %1</source>
        <translation>This step failed: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause the demo</source>
        <translation>Pause the demo</translation>
    </message>
    <message>
        <source>Play the demo</source>
        <translation>Play the demo</translation>
    </message>
    <message>
        <source>Guided demo</source>
        <translation>Guided demo</translation>
    </message>
    <message>
        <source>What happens now</source>
        <translation>What happens now</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>What Altinn or Maskinporten does</source>
        <translation>What Altinn or Maskinporten does</translation>
    </message>
    <message>
        <source>What the customer sees</source>
        <translation>What the customer sees</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Show the previous step again</source>
        <translation>Show the previous step again</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Do the next step on its page, then show the result</source>
        <translation>Do the next step on its page, then show the result</translation>
    </message>
    <message>
        <source>Stop demo</source>
        <translation>Stop demo</translation>
    </message>
    <message>
        <source>Hide the demo controls; the wizard stays where it is</source>
        <translation>Hide the demo controls; the wizard stays where it is</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Reset demo</translation>
    </message>
    <message>
        <source>Clear the demo's profile and the built-in sandbox, and start again</source>
        <translation>Clear the demo's profile and the built-in sandbox, and start again</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Try this step again</source>
        <translation>Try this step again</translation>
    </message>
</context>
<context>
    <name>DemoReset</name>
    <message>
        <source>The built-in sandbox is not running, so it cannot be cleared.</source>
        <translation>The built-in sandbox is not running, so it cannot be cleared.</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>Guided demo</source>
        <translation>Guided demo</translation>
    </message>
    <message>
        <source>Organisation and environment</source>
        <translation>Organisation and environment</translation>
    </message>
    <message>
        <source>We say who we are: the demo vendor, organisation number %1, in the built-in sandbox.</source>
        <translation>We say who we are: the demo vendor, organisation number %1, in the built-in sandbox.</translation>
    </message>
    <message>
        <source>A profile ties one organisation to one environment. Keys, clients and systems belong to it.</source>
        <translation>A profile ties one organisation to one environment. Keys, clients and systems belong to it.</translation>
    </message>
    <message>
        <source>Nothing is sent yet. The sandbox names the organisation from its copy of the register.</source>
        <translation>Nothing is sent yet. The sandbox names the organisation from its copy of the register.</translation>
    </message>
    <message>
        <source>Nothing yet. The customer first hears from us in step 5.</source>
        <translation>Nothing yet. The customer first hears from us in step 5.</translation>
    </message>
    <message>
        <source>Maskinporten client and key</source>
        <translation>Maskinporten client and key</translation>
    </message>
    <message>
        <source>The wizard makes a key pair and registers the public key as a Maskinporten client.</source>
        <translation>The wizard makes a key pair and registers the public key as a Maskinporten client.</translation>
    </message>
    <message>
        <source>Maskinporten must know our system before it gives it tokens. The key proves that a call comes from us.</source>
        <translation>Maskinporten must know our system before it gives it tokens. The key proves that a call comes from us.</translation>
    </message>
    <message>
        <source>Maskinporten stores the client with its public key and scopes. The private key never leaves this computer; in the demo it is kept in memory for this run only.</source>
        <translation>Maskinporten stores the client with its public key and scopes. The private key never leaves this computer; in the demo it is kept in memory for this run only.</translation>
    </message>
    <message>
        <source>Nothing. This is between the vendor and Maskinporten.</source>
        <translation>Nothing. This is between the vendor and Maskinporten.</translation>
    </message>
    <message>
        <source>System definition</source>
        <translation>System definition</translation>
    </message>
    <message>
        <source>We describe the system: its name and description in Bokmål, Nynorsk and English, the right it needs and where customers return after approving.</source>
        <translation>We describe the system: its name and description in Bokmål, Nynorsk and English, the right it needs and where customers return after approving.</translation>
    </message>
    <message>
        <source>The customer sees exactly these texts and rights when asked to approve.</source>
        <translation>The customer sees exactly these texts and rights when asked to approve.</translation>
    </message>
    <message>
        <source>Nothing is sent yet. The wizard checks the definition against Altinn's rules as it is filled in.</source>
        <translation>Nothing is sent yet. The wizard checks the definition against Altinn's rules as it is filled in.</translation>
    </message>
    <message>
        <source>Later, the name and description shown here, in their own language.</source>
        <translation>Later, the name and description shown here, in their own language.</translation>
    </message>
    <message>
        <source>Publish to the system register</source>
        <translation>Publish to the system register</translation>
    </message>
    <message>
        <source>The system is registered in Altinn's system register.</source>
        <translation>The system is registered in Altinn's system register.</translation>
    </message>
    <message>
        <source>Altinn accepts requests only for systems it knows, and only from the vendor that owns them.</source>
        <translation>Altinn accepts requests only for systems it knows, and only from the vendor that owns them.</translation>
    </message>
    <message>
        <source>The wizard gets a token from Maskinporten and sends the definition. Altinn checks it, stores it, and the receipt is read back.</source>
        <translation>The wizard gets a token from Maskinporten and sends the definition. Altinn checks it, stores it, and the receipt is read back.</translation>
    </message>
    <message>
        <source>Nothing yet. The system can now be requested.</source>
        <translation>Nothing yet. The system can now be requested.</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>Customer request</translation>
    </message>
    <message>
        <source>We ask the customer, organisation %1, for a system user with the system's right.</source>
        <translation>We ask the customer, organisation %1, for a system user with the system's right.</translation>
    </message>
    <message>
        <source>A system user lets our system act for the customer, but only once the customer says yes.</source>
        <translation>A system user lets our system act for the customer, but only once the customer says yes.</translation>
    </message>
    <message>
        <source>Altinn stores the request as waiting and answers with an approval link for the customer.</source>
        <translation>Altinn stores the request as waiting and answers with an approval link for the customer.</translation>
    </message>
    <message>
        <source>Nothing until we pass on the link. Then a page in Altinn that names our system and what it may do.</source>
        <translation>Nothing until we pass on the link. Then a page in Altinn that names our system and what it may do.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>The link and QR code go to the customer. In the sandbox the customer's access manager approves at once.</source>
        <translation>The link and QR code go to the customer. In the sandbox the customer's access manager approves at once.</translation>
    </message>
    <message>
        <source>Only a person with the right role at the customer may give a system user rights.</source>
        <translation>Only a person with the right role at the customer may give a system user rights.</translation>
    </message>
    <message>
        <source>Altinn checks that the approver may give the right, creates the system user and marks the request approved. The wizard sees the new status.</source>
        <translation>Altinn checks that the approver may give the right, creates the system user and marks the request approved. The wizard sees the new status.</translation>
    </message>
    <message>
        <source>They log in to Altinn, read what the system may do and press Approve.</source>
        <translation>They log in to Altinn, read what the system may do and press Approve.</translation>
    </message>
    <message>
        <source>System user token</source>
        <translation>System user token</translation>
    </message>
    <message>
        <source>Our system asks Maskinporten for a token for the customer, as it will every day.</source>
        <translation>Our system asks Maskinporten for a token for the customer, as it will every day.</translation>
    </message>
    <message>
        <source>This proves that the system user works before the system goes live.</source>
        <translation>This proves that the system user works before the system goes live.</translation>
    </message>
    <message>
        <source>Maskinporten checks our key, asks Altinn whether the customer has a system user for our system, and issues a token naming the customer. This page can also create an instance of the annual accounts app with it.</source>
        <translation>Maskinporten checks our key, asks Altinn whether the customer has a system user for our system, and issues a token naming the customer. This page can also create an instance of the annual accounts app with it.</translation>
    </message>
    <message>
        <source>Nothing new: the system now works for them, within the rights they approved.</source>
        <translation>Nothing new: the system now works for them, within the rights they approved.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>The summary lists what was done: the system, the customer's approval and the token test.</source>
        <translation>The summary lists what was done: the system, the customer's approval and the token test.</translation>
    </message>
    <message>
        <source>The vendor keeps a record and sees what is left to do for the next customer.</source>
        <translation>The vendor keeps a record and sees what is left to do for the next customer.</translation>
    </message>
    <message>
        <source>The wizard reads the statuses of the request and the system user back from Altinn.</source>
        <translation>The wizard reads the statuses of the request and the system user back from Altinn.</translation>
    </message>
    <message>
        <source>In Altinn they see the system user and can remove it at any time.</source>
        <translation>In Altinn they see the system user and can remove it at any time.</translation>
    </message>
</context>
<context>
    <name>DemoSteps</name>
    <message>
        <source>The demo vendor is filled in. Next saves the profile.</source>
        <translation>The demo vendor is filled in. Next saves the profile.</translation>
    </message>
    <message>
        <source>Key %1 made for this run and Maskinporten client %2 registered.</source>
        <translation>Key %1 made for this run and Maskinporten client %2 registered.</translation>
    </message>
    <message>
        <source>The system %1 is described, with no problems found.</source>
        <translation>The system %1 is described, with no problems found.</translation>
    </message>
    <message>
        <source>The system is registered in Altinn; the receipt shows what Altinn stored.</source>
        <translation>The system is registered in Altinn; the receipt shows what Altinn stored.</translation>
    </message>
    <message>
        <source>The request is sent and waits for the customer; the approval link is ready.</source>
        <translation>The request is sent and waits for the customer; the approval link is ready.</translation>
    </message>
    <message>
        <source>The customer approved: they now have a system user for the demo system.</source>
        <translation>The customer approved: they now have a system user for the demo system.</translation>
    </message>
    <message>
        <source>Maskinporten issued a system user token for customer %1.</source>
        <translation>Maskinporten issued a system user token for customer %1.</translation>
    </message>
    <message>
        <source>The demo is complete. Reset demo clears it for the next audience.</source>
        <translation>The demo is complete. Reset demo clears it for the next audience.</translation>
    </message>
</context>
<context>
    <name>DetailsPart</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Show the details</translation>
    </message>
    <message>
        <source>The code, the trace id and the server's own answer, for support.</source>
        <translation>The code, the trace id and the server's own answer, for support.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Your draft could not be saved in %1 (%2). Check that the disk is not full and that you may write there; your input stays on screen.</source>
        <translation>Your draft could not be saved in %1 (%2). Check that the disk is not full and that you may write there; your input stays on screen.</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>the folder cannot be created</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>Sandbox (built in)</source>
        <translation>Sandbox (built in)</translation>
    </message>
    <message>
        <source>TT02 (test)</source>
        <translation>TT02 (test)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Custom (%1)</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>Altinn's production environment: changes affect real customers and are confirmed before they are sent.</source>
        <translation>Altinn's production environment: changes affect real customers and are confirmed before they are sent.</translation>
    </message>
    <message>
        <source>TT02 (test)</source>
        <translation>TT02 (test)</translation>
    </message>
    <message>
        <source>Altinn's test environment, with synthetic organisations.</source>
        <translation>Altinn's test environment, with synthetic organisations.</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Custom: %1</translation>
    </message>
    <message>
        <source>A server you chose: %1</source>
        <translation>A server you chose: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox imitates Altinn and Maskinporten on this computer. Everything you do here stays on this computer: nothing is sent to Altinn or Maskinporten, and no real customer sees it.</source>
        <translation>The built-in sandbox imitates Altinn and Maskinporten on this computer. Everything you do here stays on this computer: nothing is sent to Altinn or Maskinporten, and no real customer sees it.</translation>
    </message>
    <message>
        <source>Sandbox — stays on this computer</source>
        <translation>Sandbox — stays on this computer</translation>
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
    <message>
        <source>It starts when a task first needs it.</source>
        <translation>It starts when a task first needs it.</translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>Altinn could not finish giving the rights to the system user.</source>
        <translation>Altinn could not finish giving the rights to the system user.</translation>
    </message>
    <message>
        <source>Altinn had an internal error.</source>
        <translation>Altinn had an internal error.</translation>
    </message>
    <message>
        <source>The request was approved on behalf of another organisation than the one it was sent to.</source>
        <translation>The request was approved on behalf of another organisation than the one it was sent to.</translation>
    </message>
    <message>
        <source>The customer must approve while acting on behalf of the organisation the request was sent to.</source>
        <translation>The customer must approve while acting on behalf of the organisation the request was sent to.</translation>
    </message>
    <message>
        <source>Delete the earlier request, then send a new one. Talk to the customer first if you do not know why.</source>
        <translation>Delete the earlier request, then send a new one. Talk to the customer first if you do not know why.</translation>
    </message>
    <message>
        <source>The vendor ID is not written the way Altinn expects.</source>
        <translation>The vendor ID is not written the way Altinn expects.</translation>
    </message>
    <message>
        <source>Write the vendor ID as "0192:" followed by your 9-digit organisation number.</source>
        <translation>Write the vendor ID as "0192:" followed by your 9-digit organisation number.</translation>
    </message>
    <message>
        <source>The system id does not start with your organisation number and an underscore.</source>
        <translation>The system id does not start with your organisation number and an underscore.</translation>
    </message>
    <message>
        <source>Change the system id to your organisation number, an underscore and a name, e.g. 991825827_myproduct.</source>
        <translation>Change the system id to your organisation number, an underscore and a name, e.g. 991825827_myproduct.</translation>
    </message>
    <message>
        <source>A system with this id is already registered.</source>
        <translation>A system with this id is already registered.</translation>
    </message>
    <message>
        <source>Choose another system id, or open the registered system and update it instead.</source>
        <translation>Choose another system id, or open the registered system and update it instead.</translation>
    </message>
    <message>
        <source>One or more rights name a service Altinn does not know.</source>
        <translation>One or more rights name a service Altinn does not know.</translation>
    </message>
    <message>
        <source>Remove those rights, or choose the services again from the service list of this environment.</source>
        <translation>Remove those rights, or choose the services again from the service list of this environment.</translation>
    </message>
    <message>
        <source>A Maskinporten client id is already used by another system.</source>
        <translation>A Maskinporten client id is already used by another system.</translation>
    </message>
    <message>
        <source>A Maskinporten client can belong to one system only. Create a new client for this system, or remove the client id from the other system first.</source>
        <translation>A Maskinporten client can belong to one system only. Create a new client for this system, or remove the client id from the other system first.</translation>
    </message>
    <message>
        <source>A redirect URL is not a valid address.</source>
        <translation>A redirect URL is not a valid address.</translation>
    </message>
    <message>
        <source>Write each redirect URL as a full address starting with https://.</source>
        <translation>Write each redirect URL as a full address starting with https://.</translation>
    </message>
    <message>
        <source>The same right is listed more than once.</source>
        <translation>The same right is listed more than once.</translation>
    </message>
    <message>
        <source>Remove the duplicate rights.</source>
        <translation>Remove the duplicate rights.</translation>
    </message>
    <message>
        <source>The same access package is listed more than once.</source>
        <translation>The same access package is listed more than once.</translation>
    </message>
    <message>
        <source>Remove the duplicate access packages.</source>
        <translation>Remove the duplicate access packages.</translation>
    </message>
    <message>
        <source>One or more access packages do not exist or cannot be given to any system user.</source>
        <translation>One or more access packages do not exist or cannot be given to any system user.</translation>
    </message>
    <message>
        <source>Remove those packages, or choose them again from the package list.</source>
        <translation>Remove those packages, or choose them again from the package list.</translation>
    </message>
    <message>
        <source>A right is written in the wrong form.</source>
        <translation>A right is written in the wrong form.</translation>
    </message>
    <message>
        <source>Choose the service again from the service list (the attribute must be urn:altinn:resource).</source>
        <translation>Choose the service again from the service list (the attribute must be urn:altinn:resource).</translation>
    </message>
    <message>
        <source>The same Maskinporten client id is listed more than once.</source>
        <translation>The same Maskinporten client id is listed more than once.</translation>
    </message>
    <message>
        <source>Remove the duplicate client id.</source>
        <translation>Remove the duplicate client id.</translation>
    </message>
    <message>
        <source>The system id cannot be changed once the system is registered.</source>
        <translation>The system id cannot be changed once the system is registered.</translation>
    </message>
    <message>
        <source>Keep the original system id, or register a new system with the new id.</source>
        <translation>Keep the original system id, or register a new system with the new id.</translation>
    </message>
    <message>
        <source>The system id contains spaces.</source>
        <translation>The system id contains spaces.</translation>
    </message>
    <message>
        <source>Remove the spaces, or use '-' or '_' between words.</source>
        <translation>Remove the spaces, or use '-' or '_' between words.</translation>
    </message>
    <message>
        <source>The agent system user was not given or was not found.</source>
        <translation>The agent system user was not given or was not found.</translation>
    </message>
    <message>
        <source>Choose an existing agent system user, then try again.</source>
        <translation>Choose an existing agent system user, then try again.</translation>
    </message>
    <message>
        <source>This system user is a standard system user, so it cannot have clients.</source>
        <translation>This system user is a standard system user, so it cannot have clients.</translation>
    </message>
    <message>
        <source>Use an agent system user for client relationships.</source>
        <translation>Use an agent system user for client relationships.</translation>
    </message>
    <message>
        <source>The client was not given or is not valid.</source>
        <translation>The client was not given or is not valid.</translation>
    </message>
    <message>
        <source>Choose the client again, then try again.</source>
        <translation>Choose the client again, then try again.</translation>
    </message>
    <message>
        <source>One or more rights name a kind of service that cannot be given to a system user.</source>
        <translation>One or more rights name a kind of service that cannot be given to a system user.</translation>
    </message>
    <message>
        <source>Remove those rights. Maskinporten schemes, Altinn 2 services and consent resources cannot be used.</source>
        <translation>Remove those rights. Maskinporten schemes, Altinn 2 services and consent resources cannot be used.</translation>
    </message>
    <message>
        <source>A system shown to customers in Altinn cannot include client-relationship packages (such as the accountant or auditor packages).</source>
        <translation>A system shown to customers in Altinn cannot include client-relationship packages (such as the accountant or auditor packages).</translation>
    </message>
    <message>
        <source>Remove those packages, or make the system hidden in Altinn's list of systems.</source>
        <translation>Remove those packages, or make the system hidden in Altinn's list of systems.</translation>
    </message>
    <message>
        <source>Altinn does not know the customer's organisation number.</source>
        <translation>Altinn does not know the customer's organisation number.</translation>
    </message>
    <message>
        <source>Check the organisation number with the customer. It must be registered in the Central Coordinating Register for Legal Entities (Enhetsregisteret).</source>
        <translation>Check the organisation number with the customer. It must be registered in the Central Coordinating Register for Legal Entities (Enhetsregisteret).</translation>
    </message>
    <message>
        <source>One or more of the rights asked for are not part of the system, or cannot be given.</source>
        <translation>One or more of the rights asked for are not part of the system, or cannot be given.</translation>
    </message>
    <message>
        <source>Ask only for rights the system definition includes, or add them to the system first.</source>
        <translation>Ask only for rights the system definition includes, or add them to the system first.</translation>
    </message>
    <message>
        <source>This customer already has a system user for this system.</source>
        <translation>This customer already has a system user for this system.</translation>
    </message>
    <message>
        <source>Use a change request to add rights to the existing system user.</source>
        <translation>Use a change request to add rights to the existing system user.</translation>
    </message>
    <message>
        <source>The customer has already accepted a request for this system with this external reference.</source>
        <translation>The customer has already accepted a request for this system with this external reference.</translation>
    </message>
    <message>
        <source>The system user exists. Use a change request to add rights to it.</source>
        <translation>The system user exists. Use a change request to add rights to it.</translation>
    </message>
    <message>
        <source>A request for this system, customer and external reference is still waiting for the customer.</source>
        <translation>A request for this system, customer and external reference is still waiting for the customer.</translation>
    </message>
    <message>
        <source>Send the customer the link of the waiting request again, or delete it to ask again with other rights.</source>
        <translation>Send the customer the link of the waiting request again, or delete it to ask again with other rights.</translation>
    </message>
    <message>
        <source>The customer turned down an earlier request for this system with this external reference.</source>
        <translation>The customer turned down an earlier request for this system with this external reference.</translation>
    </message>
    <message>
        <source>The customer rejected an earlier request for this system with this external reference.</source>
        <translation>The customer rejected an earlier request for this system with this external reference.</translation>
    </message>
    <message>
        <source>Altinn has no request with this id.</source>
        <translation>Altinn has no request with this id.</translation>
    </message>
    <message>
        <source>It may have been deleted, or it belongs to another environment. Check the id, or create a new request.</source>
        <translation>It may have been deleted, or it belongs to another environment. Check the id, or create a new request.</translation>
    </message>
    <message>
        <source>Altinn has no system with this id that belongs to your organisation.</source>
        <translation>Altinn has no system with this id that belongs to your organisation.</translation>
    </message>
    <message>
        <source>Check the system id. If it is right, register the system in this environment first.</source>
        <translation>Check the system id. If it is right, register the system in this environment first.</translation>
    </message>
    <message>
        <source>Altinn could not store the request.</source>
        <translation>Altinn could not store the request.</translation>
    </message>
    <message>
        <source>The request has already been answered.</source>
        <translation>The request has already been answered.</translation>
    </message>
    <message>
        <source>Open the request again to see its status.</source>
        <translation>Open the request again to see its status.</translation>
    </message>
    <message>
        <source>Altinn has no system user with this id.</source>
        <translation>Altinn has no system user with this id.</translation>
    </message>
    <message>
        <source>The customer may have deleted it. Check the id, or send a new request to the customer.</source>
        <translation>The customer may have deleted it. Check the id, or send a new request to the customer.</translation>
    </message>
    <message>
        <source>The redirect URL is not one of the addresses the system allows.</source>
        <translation>The redirect URL is not one of the addresses the system allows.</translation>
    </message>
    <message>
        <source>Add the address to the system's redirect URLs, or use one of the addresses already there.</source>
        <translation>Add the address to the system's redirect URLs, or use one of the addresses already there.</translation>
    </message>
    <message>
        <source>Altinn could not read your organisation number from the token.</source>
        <translation>Altinn could not read your organisation number from the token.</translation>
    </message>
    <message>
        <source>Check the connection on the Maskinporten page: the client must belong to your organisation.</source>
        <translation>Check the connection on the Maskinporten page: the client must belong to your organisation.</translation>
    </message>
    <message>
        <source>The request has a redirect URL, but the system allows none.</source>
        <translation>The request has a redirect URL, but the system allows none.</translation>
    </message>
    <message>
        <source>Add the address to the system's redirect URLs, or send the request without a redirect URL.</source>
        <translation>Add the address to the system's redirect URLs, or send the request without a redirect URL.</translation>
    </message>
    <message>
        <source>A request for an agent system user needs access packages.</source>
        <translation>A request for an agent system user needs access packages.</translation>
    </message>
    <message>
        <source>Choose at least one client-relationship package, such as an accountant package.</source>
        <translation>Choose at least one client-relationship package, such as an accountant package.</translation>
    </message>
    <message>
        <source>The request asks for no rights and no access packages.</source>
        <translation>The request asks for no rights and no access packages.</translation>
    </message>
    <message>
        <source>Choose at least one right or access package.</source>
        <translation>Choose at least one right or access package.</translation>
    </message>
    <message>
        <source>This change request has already been sent and handled.</source>
        <translation>This change request has already been sent and handled.</translation>
    </message>
    <message>
        <source>Send it again as a new change request; a new correlation id is made for it.</source>
        <translation>Send it again as a new change request; a new correlation id is made for it.</translation>
    </message>
    <message>
        <source>One or more access packages are not part of the system.</source>
        <translation>One or more access packages are not part of the system.</translation>
    </message>
    <message>
        <source>Add the packages to the system definition first, or ask only for the system's own packages.</source>
        <translation>Add the packages to the system definition first, or ask only for the system's own packages.</translation>
    </message>
    <message>
        <source>One or more access packages cannot be given to a standard system user: they are meant for client relationships.</source>
        <translation>One or more access packages cannot be given to a standard system user: they are meant for client relationships.</translation>
    </message>
    <message>
        <source>Remove those packages from the system and the request, or ask for them with an agent request.</source>
        <translation>Remove those packages from the system and the request, or ask for them with an agent request.</translation>
    </message>
    <message>
        <source>One or more access packages cannot be given to an agent system user: they are not meant for client relationships.</source>
        <translation>One or more access packages cannot be given to an agent system user: they are not meant for client relationships.</translation>
    </message>
    <message>
        <source>Ask only for client-relationship packages in an agent request, and ask for the others with a standard request.</source>
        <translation>Ask only for client-relationship packages in an agent request, and ask for the others with a standard request.</translation>
    </message>
    <message>
        <source>Altinn could not create the system user.</source>
        <translation>Altinn could not create the system user.</translation>
    </message>
    <message>
        <source>Altinn could not handle the request.</source>
        <translation>Altinn could not handle the request.</translation>
    </message>
    <message>
        <source>The system has no name in Norwegian Bokmål.</source>
        <translation>The system has no name in Norwegian Bokmål.</translation>
    </message>
    <message>
        <source>Add a Bokmål (nb) name to the system and update it.</source>
        <translation>Add a Bokmål (nb) name to the system and update it.</translation>
    </message>
    <message>
        <source>Altinn could not take the rights back.</source>
        <translation>Altinn could not take the rights back.</translation>
    </message>
    <message>
        <source>The system user belongs to another system or another organisation.</source>
        <translation>The system user belongs to another system or another organisation.</translation>
    </message>
    <message>
        <source>Check that you picked the right system user and the right organisation.</source>
        <translation>Check that you picked the right system user and the right organisation.</translation>
    </message>
    <message>
        <source>This is not a request for an agent system user.</source>
        <translation>This is not a request for an agent system user.</translation>
    </message>
    <message>
        <source>Open it as a standard request instead.</source>
        <translation>Open it as a standard request instead.</translation>
    </message>
    <message>
        <source>An access package could not be matched to a role in Altinn.</source>
        <translation>An access package could not be matched to a role in Altinn.</translation>
    </message>
    <message>
        <source>The customer was not given.</source>
        <translation>The customer was not given.</translation>
    </message>
    <message>
        <source>Choose the customer, then try again.</source>
        <translation>Choose the customer, then try again.</translation>
    </message>
    <message>
        <source>Altinn has no agent request with this id.</source>
        <translation>Altinn has no agent request with this id.</translation>
    </message>
    <message>
        <source>It may have been deleted, or it is a standard request. Check the id, or create a new request.</source>
        <translation>It may have been deleted, or it is a standard request. Check the id, or create a new request.</translation>
    </message>
    <message>
        <source>Altinn has no system with this id, or it belongs to another vendor.</source>
        <translation>Altinn has no system with this id, or it belongs to another vendor.</translation>
    </message>
    <message>
        <source>Check the system id and the vendor ID. If they are right, register the system in this environment first.</source>
        <translation>Check the system id and the vendor ID. If they are right, register the system in this environment first.</translation>
    </message>
    <message>
        <source>The system has been deleted, so it cannot be changed.</source>
        <translation>The system has been deleted, so it cannot be changed.</translation>
    </message>
    <message>
        <source>Register the system again under a new system id.</source>
        <translation>Register the system again under a new system id.</translation>
    </message>
    <message>
        <source>Altinn could not update the system.</source>
        <translation>Altinn could not update the system.</translation>
    </message>
    <message>
        <source>The change request was sent without a valid correlation id.</source>
        <translation>The change request was sent without a valid correlation id.</translation>
    </message>
    <message>
        <source>This is a fault in the program, not in your input. Send the activity log to support.</source>
        <translation>This is a fault in the program, not in your input. Send the activity log to support.</translation>
    </message>
    <message>
        <source>The change request's correlation id was the same as the system user id.</source>
        <translation>The change request's correlation id was the same as the system user id.</translation>
    </message>
    <message>
        <source>The system's name or description is missing in Bokmål, Nynorsk or English.</source>
        <translation>The system's name or description is missing in Bokmål, Nynorsk or English.</translation>
    </message>
    <message>
        <source>Enter the name and description in all three languages.</source>
        <translation>Enter the name and description in all three languages.</translation>
    </message>
    <message>
        <source>Vendor ID</source>
        <translation>Vendor ID</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Access packages</translation>
    </message>
    <message>
        <source>Maskinporten client id</source>
        <translation>Maskinporten client id</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Redirect URLs</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Visible in Altinn</translation>
    </message>
    <message>
        <source>Customer's organisation number</source>
        <translation>Customer's organisation number</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Redirect URL</translation>
    </message>
    <message>
        <source>System user name</source>
        <translation>System user name</translation>
    </message>
    <message>
        <source>Agent system user</source>
        <translation>Agent system user</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Message from the server: %1</source>
        <translation>Message from the server: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Trace id: %1</source>
        <translation>Trace id: %1</translation>
    </message>
    <message>
        <source>waiting for the customer</source>
        <translation>waiting for the customer</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>no change needed</source>
        <translation>no change needed</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>An earlier request for this system, customer and external reference was returned (status: %1); no new request was made.</source>
        <translation>An earlier request for this system, customer and external reference was returned (status: %1); no new request was made.</translation>
    </message>
    <message>
        <source>To ask again with other rights, delete the earlier request and send a new one.</source>
        <translation>To ask again with other rights, delete the earlier request and send a new one.</translation>
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
        <translation>Concerns: %1</translation>
    </message>
    <message>
        <source>Packages not in the system: %1</source>
        <translation>Packages not in the system: %1</translation>
    </message>
    <message>
        <source>Packages that cannot be given: %1</source>
        <translation>Packages that cannot be given: %1</translation>
    </message>
    <message numerus="yes">
        <source>Altinn found %n problem(s) in what was sent.</source>
        <translation><numerusform>Altinn found %n problem in what was sent.</numerusform><numerusform>Altinn found %n problems in what was sent.</numerusform></translation>
    </message>
    <message>
        <source>Altinn found problems in what was sent.</source>
        <translation>Altinn found problems in what was sent.</translation>
    </message>
    <message>
        <source>Correct the fields listed below, then try again.</source>
        <translation>Correct the fields listed below, then try again.</translation>
    </message>
    <message>
        <source>Altinn refused the access token: it has expired or comes from another environment.</source>
        <translation>Altinn refused the access token: it has expired or comes from another environment.</translation>
    </message>
    <message>
        <source>Check the connection on the Maskinporten page. The Maskinporten client must be registered in the same environment (test or production) as the one you are working in.</source>
        <translation>Check the connection on the Maskinporten page. The Maskinporten client must be registered in the same environment (test or production) as the one you are working in.</translation>
    </message>
    <message>
        <source>The access token lacks the permission (scope) for this call, or the item belongs to another organisation.</source>
        <translation>The access token lacks the permission (scope) for this call, or the item belongs to another organisation.</translation>
    </message>
    <message>
        <source>Check on the Maskinporten page that your client has the scopes %1. If one is missing, ask Digdir to grant it to your organisation, then add it to the client.</source>
        <translation>Check on the Maskinporten page that your client has the scopes %1. If one is missing, ask Digdir to grant it to your organisation, then add it to the client.</translation>
    </message>
    <message>
        <source>Altinn did not find what was asked for.</source>
        <translation>Altinn did not find what was asked for.</translation>
    </message>
    <message>
        <source>Check the id, and that you are working in the right environment (test or production). It may have been deleted.</source>
        <translation>Check the id, and that you are working in the right environment (test or production). It may have been deleted.</translation>
    </message>
    <message>
        <source>Altinn is receiving too many requests right now.</source>
        <translation>Altinn is receiving too many requests right now.</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Wait a minute, then try again.</translation>
    </message>
    <message>
        <source>Altinn had a problem on its side (HTTP %1).</source>
        <translation>Altinn had a problem on its side (HTTP %1).</translation>
    </message>
    <message>
        <source>Altinn refused the request: %1</source>
        <translation>Altinn refused the request: %1</translation>
    </message>
    <message>
        <source>Altinn refused the request (HTTP %1).</source>
        <translation>Altinn refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>Could not get an access token from Maskinporten.</source>
        <translation>Could not get an access token from Maskinporten.</translation>
    </message>
    <message>
        <source>Check the key and the client on the Maskinporten page, then try again.</source>
        <translation>Check the key and the client on the Maskinporten page, then try again.</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Could not reach the server.</translation>
    </message>
    <message>
        <source>Check your internet connection and any proxy settings, then try again.</source>
        <translation>Check your internet connection and any proxy settings, then try again.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>The secure connection to the server could not be verified.</translation>
    </message>
    <message>
        <source>Check that your computer's clock is right. A proxy or antivirus program that inspects HTTPS traffic can also cause this; ask your IT department.</source>
        <translation>Check that your computer's clock is right. A proxy or antivirus program that inspects HTTPS traffic can also cause this; ask your IT department.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Try again in a moment.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation>Start it again when you are ready.</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>The server's answer could not be read.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, send the activity log to support.</source>
        <translation>Try again. If it keeps happening, send the activity log to support.</translation>
    </message>
    <message>
        <source>The request was stopped before it was sent.</source>
        <translation>The request was stopped before it was sent.</translation>
    </message>
    <message>
        <source>Check what you entered, then try again.</source>
        <translation>Check what you entered, then try again.</translation>
    </message>
    <message>
        <source>Could not finish %1. %2</source>
        <comment>operation, then what went wrong</comment>
        <translation>Could not finish %1. %2</translation>
    </message>
    <message>
        <source>The person at the customer who tried to approve cannot give one or more of the rights asked for, so nothing was approved: approval is all-or-nothing. The request is still waiting.</source>
        <translation>The person at the customer who tried to approve cannot give one or more of the rights asked for, so nothing was approved: approval is all-or-nothing. The request is still waiting.</translation>
    </message>
    <message>
        <source>The request must be approved by a person with the Access manager role (Tilgangsstyrer) for the organisation who can also give every right asked for. Tell the customer which rights blocked (listed below); someone without the role can escalate the request to the organisation's access managers.</source>
        <translation>The request must be approved by a person with the Access manager role (Tilgangsstyrer) for the organisation who can also give every right asked for. Tell the customer which rights blocked (listed below); someone without the role can escalate the request to the organisation's access managers.</translation>
    </message>
    <message>
        <source>The person at the customer who tried to approve cannot give one or more of the access packages asked for, so nothing was approved: approval is all-or-nothing. The request is still waiting.</source>
        <translation>The person at the customer who tried to approve cannot give one or more of the access packages asked for, so nothing was approved: approval is all-or-nothing. The request is still waiting.</translation>
    </message>
    <message>
        <source>A right asked for cannot be given to a system user by anyone, so nobody at the customer can approve the request: approval is all-or-nothing.</source>
        <translation>A right asked for cannot be given to a system user by anyone, so nobody at the customer can approve the request: approval is all-or-nothing.</translation>
    </message>
    <message>
        <source>Remove that right (listed below) from the system, delete the request and ask again without it.</source>
        <translation>Remove that right (listed below) from the system, delete the request and ask again without it.</translation>
    </message>
    <message>
        <source>The person at the customer who tried to approve does not have the Access manager role (Tilgangsstyrer) for the organisation, so nothing was approved.</source>
        <translation>The person at the customer who tried to approve does not have the Access manager role (Tilgangsstyrer) for the organisation, so nothing was approved.</translation>
    </message>
    <message>
        <source>Only a person with the Access manager role who can also give every right asked for can approve. Someone without the role can escalate a request for a new system user to the organisation's access managers; a change request cannot be escalated.</source>
        <translation>Only a person with the Access manager role who can also give every right asked for can approve. Someone without the role can escalate a request for a new system user to the organisation's access managers; a change request cannot be escalated.</translation>
    </message>
    <message>
        <source>no role of the approver gives this right</source>
        <translation>no role of the approver gives this right</translation>
    </message>
    <message>
        <source>the right was never delegated to the approver</source>
        <translation>the right was never delegated to the approver</translation>
    </message>
    <message>
        <source>the service requires an explicit right the organisation lacks</source>
        <translation>the service requires an explicit right the organisation lacks</translation>
    </message>
    <message>
        <source>the approver logged in with too low a security level</source>
        <translation>the approver logged in with too low a security level</translation>
    </message>
    <message>
        <source>the organisation is not on the service's access list</source>
        <translation>the organisation is not on the service's access list</translation>
    </message>
    <message>
        <source>the approver does not hold this access package</source>
        <translation>the approver does not hold this access package</translation>
    </message>
    <message>
        <source>it cannot be given by anyone</source>
        <translation>it cannot be given by anyone</translation>
    </message>
    <message>
        <source>it is a Maskinporten schema, which cannot be given to a system user</source>
        <translation>it is a Maskinporten schema, which cannot be given to a system user</translation>
    </message>
    <message>
        <source>the check failed for an unknown reason</source>
        <translation>the check failed for an unknown reason</translation>
    </message>
    <message>
        <source>Blocked access package %1: %2</source>
        <translation>Blocked access package %1: %2</translation>
    </message>
    <message>
        <source>Blocked right %1: %2</source>
        <translation>Blocked right %1: %2</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact Altinn support and tell them what you did and when.</source>
        <translation>Try again later. If it keeps happening, contact Altinn support and tell them what you did and when.</translation>
    </message>
    <message>
        <source>Try again later. If it keeps happening, contact Altinn support and give them this trace id: %1</source>
        <translation>Try again later. If it keeps happening, contact Altinn support and give them this trace id: %1</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, contact Altinn support and tell them what you did and when.</source>
        <translation>Try again in a moment. If it keeps happening, contact Altinn support and tell them what you did and when.</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, contact Altinn support and give them this trace id: %1</source>
        <translation>Try again in a moment. If it keeps happening, contact Altinn support and give them this trace id: %1</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps happening, contact Altinn support and tell them what you did and when.</source>
        <translation>Wait a moment and try again. If it keeps happening, contact Altinn support and tell them what you did and when.</translation>
    </message>
    <message>
        <source>Wait a moment and try again. If it keeps happening, contact Altinn support and give them this trace id: %1</source>
        <translation>Wait a moment and try again. If it keeps happening, contact Altinn support and give them this trace id: %1</translation>
    </message>
    <message>
        <source>If the message does not tell you what to change, contact support and give them the code %1.</source>
        <translation>If the message does not tell you what to change, contact support and give them the code %1.</translation>
    </message>
    <message>
        <source>If the message does not tell you what to change, contact support and give them the code %1 and this trace id: %2</source>
        <translation>If the message does not tell you what to change, contact support and give them the code %1 and this trace id: %2</translation>
    </message>
    <message>
        <source>Check what you entered. If the problem persists, contact support and tell them what you did and when.</source>
        <translation>Check what you entered. If the problem persists, contact support and tell them what you did and when.</translation>
    </message>
    <message>
        <source>Check what you entered. If the problem persists, contact support and give them this trace id: %1</source>
        <translation>Check what you entered. If the problem persists, contact support and give them this trace id: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox stopped answering.</source>
        <translation>The built-in sandbox stopped answering.</translation>
    </message>
    <message>
        <source>It runs on this computer, so the network is not the cause. Restart the app to start the sandbox again; the activity log shows the last calls it answered.</source>
        <translation>It runs on this computer, so the network is not the cause. Restart the app to start the sandbox again; the activity log shows the last calls it answered.</translation>
    </message>
    <message>
        <source>The sandbox server on this computer stopped answering.</source>
        <translation>The sandbox server on this computer stopped answering.</translation>
    </message>
    <message>
        <source>It runs on this computer, so the network is not the cause. Check that systemuser-sandbox is still running and start it again if not; the activity log shows the last calls it answered.</source>
        <translation>It runs on this computer, so the network is not the cause. Check that systemuser-sandbox is still running and start it again if not; the activity log shows the last calls it answered.</translation>
    </message>
</context>
<context>
    <name>ExportChoiceSection</name>
    <message>
        <source>Which customers</source>
        <translation>Which customers</translation>
    </message>
    <message>
        <source>&amp;All waiting for approval (%1)</source>
        <translation>&amp;All waiting for approval (%1)</translation>
    </message>
    <message>
        <source>A &amp;reminder to those waiting more than (%1):</source>
        <translation>A &amp;reminder to those waiting more than (%1):</translation>
    </message>
    <message>
        <source>A reminder to those waiting more than the number of days given</source>
        <translation>A reminder to those waiting more than the number of days given</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days waiting before a reminder</source>
        <translation>Days waiting before a reminder</translation>
    </message>
    <message>
        <source>The customers the list &amp;shows now (%1)</source>
        <translation>The customers the list &amp;shows now (%1)</translation>
    </message>
    <message>
        <source>As the filter of the customer list has them; those without a link are left out and named.</source>
        <translation>As the filter of the customer list has them; those without a link are left out and named.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A &amp;CSV file for a mail merge (one row per customer, with subject and message)</source>
        <translation>A &amp;CSV file for a mail merge (one row per customer, with subject and message)</translation>
    </message>
    <message>
        <source>CSV file for a mail merge</source>
        <translation>CSV file for a mail merge</translation>
    </message>
    <message>
        <source>One &amp;e-mail draft per customer (.eml files in a folder; open them in your mail program)</source>
        <translation>One &amp;e-mail draft per customer (.eml files in a folder; open them in your mail program)</translation>
    </message>
    <message>
        <source>One e-mail draft per customer</source>
        <translation>One e-mail draft per customer</translation>
    </message>
    <message>
        <source>A &amp;PDF to print, one page per customer with a QR code of the link</source>
        <translation>A &amp;PDF to print, one page per customer with a QR code of the link</translation>
    </message>
    <message>
        <source>PDF with QR codes</source>
        <translation>PDF with QR codes</translation>
    </message>
    <message>
        <source>C&amp;ontact for questions (optional):</source>
        <translation>C&amp;ontact for questions (optional):</translation>
    </message>
    <message>
        <source>Contact for the customers' questions</source>
        <translation>Contact for the customers' questions</translation>
    </message>
    <message>
        <source>E-mail or phone, shown in every message</source>
        <translation>E-mail or phone, shown in every message</translation>
    </message>
</context>
<context>
    <name>ExportLinksDialog</name>
    <message>
        <source>The system could not be read from Altinn, and the messages name it: %1 %2</source>
        <translation>The system could not be read from Altinn, and the messages name it: %1 %2</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Writing page %1 of %2…</translation>
    </message>
    <message>
        <source>There is no connection to Altinn: finish the Maskinporten page first.</source>
        <translation>There is no connection to Altinn: finish the Maskinporten page first.</translation>
    </message>
    <message>
        <source>Reading the system and the names of its rights…</source>
        <translation>Reading the system and the names of its rights…</translation>
    </message>
    <message>
        <source>Cancelled. The messages need the system's names.</source>
        <translation>Cancelled. The messages need the system's names.</translation>
    </message>
    <message numerus="yes">
        <source>Choose where to sa&amp;ve %1 customer(s)…</source>
        <translation><numerusform>Choose where to sa&amp;ve %1 customer…</numerusform><numerusform>Choose where to sa&amp;ve %1 customers…</numerusform></translation>
    </message>
    <message>
        <source>Waiting for the system to be read from Altinn.</source>
        <translation>Waiting for the system to be read from Altinn.</translation>
    </message>
    <message>
        <source>No customer is chosen.</source>
        <translation>No customer is chosen.</translation>
    </message>
    <message>
        <source>Choose the file (or the folder for e-mail drafts) to save to.</source>
        <translation>Choose the file (or the folder for e-mail drafts) to save to.</translation>
    </message>
    <message>
        <source>Save the mail-merge file</source>
        <translation>Save the mail-merge file</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>approval-links</source>
        <translation>approval-links</translation>
    </message>
    <message>
        <source>Choose a folder for the e-mail drafts</source>
        <translation>Choose a folder for the e-mail drafts</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>None of the chosen customers has an approval link to hand over, so nothing was saved. See why below.</source>
        <translation>None of the chosen customers has an approval link to hand over, so nothing was saved. See why below.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Cancelled: the PDF was not saved.</source>
        <translation>Cancelled: the PDF was not saved.</translation>
    </message>
    <message>
        <source>Export approval links</source>
        <translation>Export approval links</translation>
    </message>
    <message>
        <source>Each customer gets a ready-to-send message in their own language with the approval link: who at the customer must approve, and how. Customers without a request waiting have no link and are left out.</source>
        <translation>Each customer gets a ready-to-send message in their own language with the approval link: who at the customer must approve, and how. Customers without a request waiting have no link and are left out.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Open the folder the files were saved in</source>
        <translation>Open the folder the files were saved in</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <translation><numerusform>Saved the messages of %1 customer to %2.</numerusform><numerusform>Saved the messages of %1 customers to %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 e-mail draft(s) in %2. Open them in your mail program and send them.</source>
        <translation><numerusform>Saved %1 e-mail draft in %2. Open them in your mail program and send them.</numerusform><numerusform>Saved %1 e-mail drafts in %2. Open them in your mail program and send them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of them have no recipient yet: the list has no e-mail address for them.</source>
        <translation><numerusform>%1 of them has no recipient yet: the list has no e-mail address for it.</numerusform><numerusform>%1 of them have no recipient yet: the list has no e-mail address for them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Saved a PDF with %1 page(s), one per customer, to %2.</source>
        <translation><numerusform>Saved a PDF with %1 page, one per customer, to %2.</numerusform><numerusform>Saved a PDF with %1 pages, one per customer, to %2.</numerusform></translation>
    </message>
    <message>
        <source>Customers left out, and why</source>
        <translation>Customers left out, and why</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Without a link (%1): left out</source>
        <translation><numerusform>&amp;Without a link (%1): left out</numerusform><numerusform>&amp;Without a link (%1): left out</numerusform></translation>
    </message>
</context>
<context>
    <name>HandOffExport</name>
    <message>
        <source>No request has been sent to this customer yet. Send one first; its approval link comes with it.</source>
        <translation>No request has been sent to this customer yet. Send one first; its approval link comes with it.</translation>
    </message>
    <message>
        <source>A change request waits, but its approval link is not known here yet. Refresh the customer list, then export again.</source>
        <translation>A change request waits, but its approval link is not known here yet. Refresh the customer list, then export again.</translation>
    </message>
    <message>
        <source>A request waits, but its approval link is not known here yet. Refresh the customer list, then export again.</source>
        <translation>A request waits, but its approval link is not known here yet. Refresh the customer list, then export again.</translation>
    </message>
    <message>
        <source>Nothing waits for this customer's approval (%1). Next step: %2.</source>
        <translation>Nothing waits for this customer's approval (%1). Next step: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no approval link to hand over and are left out.</source>
        <translation><numerusform>%n customer has no approval link to hand over and is left out.</numerusform><numerusform>%n customers have no approval link to hand over and are left out.</numerusform></translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Approval link</source>
        <translation>Approval link</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>HandOffFiles</name>
    <message>
        <source>No customer has an approval link to hand over, so there is nothing to export.</source>
        <translation>No customer has an approval link to hand over, so there is nothing to export.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created. Choose a folder you may write to.</source>
        <translation>The folder %1 could not be created. Choose a folder you may write to.</translation>
    </message>
    <message>
        <source>%1 is not a file that can be replaced. Choose another file name.</source>
        <translation>%1 is not a file that can be replaced. Choose another file name.</translation>
    </message>
    <message>
        <source>%1 could not be saved: the disk is full. Free some space or choose another place, then export again.</source>
        <translation>%1 could not be saved: the disk is full. Free some space or choose another place, then export again.</translation>
    </message>
    <message>
        <source>%1 could not be saved: you may not write in the folder %2 (%3). Choose another folder, for example one in your home folder.</source>
        <translation>%1 could not be saved: you may not write in the folder %2 (%3). Choose another folder, for example one in your home folder.</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check that the disk is not full and that you may write in %3, then export again.</source>
        <translation>%1 could not be saved (%2). Check that the disk is not full and that you may write in %3, then export again.</translation>
    </message>
    <message>
        <source>%1 The e-mails before it (%2 of %3) are saved.</source>
        <translation>%1 The e-mails before it (%2 of %3) are saved.</translation>
    </message>
    <message>
        <source>A PDF can only be made by the graphical program, not here.</source>
        <translation>A PDF can only be made by the graphical program, not here.</translation>
    </message>
    <message>
        <source>The PDF could not be started in %1. Choose another file name or folder.</source>
        <translation>The PDF could not be started in %1. Choose another file name or folder.</translation>
    </message>
</context>
<context>
    <name>HandOffPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Approval links for %1</source>
        <translation>Approval links for %1</translation>
    </message>
</context>
<context>
    <name>HoldingsDialog</name>
    <message>
        <source>Asking Altinn what the system user of %1 holds…</source>
        <translation>Asking Altinn what the system user of %1 holds…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>The check was cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>This check made %n call(s) to Maskinporten and Altinn.</source>
        <translation><numerusform>This check made %n call to Maskinporten and Altinn.</numerusform><numerusform>This check made %n calls to Maskinporten and Altinn.</numerusform></translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Missing: the system asks for it</source>
        <translation>Missing: the system asks for it</translation>
    </message>
    <message>
        <source>Extra: the system no longer asks for it</source>
        <translation>Extra: the system no longer asks for it</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Rights (resources)</source>
        <translation>Rights (resources)</translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Access packages</translation>
    </message>
    <message numerus="yes">
        <source>Parties Altinn lists for the system user (%n)</source>
        <translation><numerusform>Parties Altinn lists for the system user (%n)</numerusform><numerusform>Parties Altinn lists for the system user (%n)</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <source>Another party</source>
        <translation>Another party</translation>
    </message>
    <message>
        <source>Deleted in the register</source>
        <translation>Deleted in the register</translation>
    </message>
    <message>
        <source>None: the system user holds nothing</source>
        <translation>None: the system user holds nothing</translation>
    </message>
    <message>
        <source>What the system user holds</source>
        <translation>What the system user holds</translation>
    </message>
    <message>
        <source>What the system user of %1 holds</source>
        <translation>What the system user of %1 holds</translation>
    </message>
    <message>
        <source>Altinn's own list of what the system user may do (its authorized parties), compared with what the system asks for. Each check gets a system user token, exchanges it for an Altinn token and asks Altinn once.</source>
        <translation>Altinn's own list of what the system user may do (its authorized parties), compared with what the system asks for. Each check gets a system user token, exchanges it for an Altinn token and asks Altinn once.</translation>
    </message>
    <message>
        <source>Right, package or party</source>
        <translation>Right, package or party</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rights, access packages and parties of the system user</source>
        <translation>Rights, access packages and parties of the system user</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Send a &amp;change request…</source>
        <translation>Send a &amp;change request…</translation>
    </message>
    <message>
        <source>Send a change request for what is missing</source>
        <translation>Send a change request for what is missing</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <source>Start demo</source>
        <translation>Start demo</translation>
    </message>
    <message>
        <source>Continue where you left off</source>
        <translation>Continue where you left off</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>A narrated walk through the whole flow on the built-in sandbox, from your organisation to a customer's system user token. Step by step, or press Play. Nothing leaves this computer.</source>
        <translation>A narrated walk through the whole flow on the built-in sandbox, from your organisation to a customer's system user token. Step by step, or press Play. Nothing leaves this computer.</translation>
    </message>
    <message>
        <source>About System User Wizard</source>
        <translation>About System User Wizard</translation>
    </message>
    <message>
        <source>Log in as a person (ID-porten)</source>
        <translation>Log in as a person (ID-porten)</translation>
    </message>
    <message>
        <source>The other way to an Altinn app: a person logs in and your system acts for them. Try it beside a system user, and see which way fits your system.</source>
        <translation>The other way to an Altinn app: a person logs in and your system acts for them. Try it beside a system user, and see which way fits your system.</translation>
    </message>
    <message>
        <source>Try the person path</source>
        <translation>Try the person path</translation>
    </message>
</context>
<context>
    <name>IdPortenCommands</name>
    <message>
        <source>Log a person in with ID-porten and act on their behalf</source>
        <translation>Log a person in with ID-porten and act on their behalf</translation>
    </message>
    <message>
        <source>Log a person in with ID-porten (authorization code with PKCE, through a browser and a listener on 127.0.0.1) and print the claims of the ID token and the access token. On the sandbox the profile's ID-porten client is registered on first use.</source>
        <translation>Log a person in with ID-porten (authorization code with PKCE, through a browser and a listener on 127.0.0.1) and print the claims of the ID token and the access token. On the sandbox the profile's ID-porten client is registered on first use.</translation>
    </message>
    <message>
        <source>Log a person in as idporten login does, then exchange the access token for an Altinn token and print its claims.</source>
        <translation>Log a person in as idporten login does, then exchange the access token for an Altinn token and print its claims.</translation>
    </message>
    <message>
        <source>Logged in as the person with national identity number %1.</source>
        <translation>Logged in as the person with national identity number %1.</translation>
    </message>
    <message>
        <source>The ID token (who logged in):</source>
        <translation>The ID token (who logged in):</translation>
    </message>
    <message>
        <source>The access token (what your system may do):</source>
        <translation>The access token (what your system may do):</translation>
    </message>
    <message>
        <source>Logged in as the person with national identity number %1, with the scopes %2.</source>
        <translation>Logged in as the person with national identity number %1, with the scopes %2.</translation>
    </message>
    <message>
        <source>The Altinn token:</source>
        <translation>The Altinn token:</translation>
    </message>
    <message>
        <source>Altinn exchanged the ID-porten token: Altinn's APIs and apps take the new token for the person.</source>
        <translation>Altinn exchanged the ID-porten token: Altinn's APIs and apps take the new token for the person.</translation>
    </message>
</context>
<context>
    <name>IdPortenError</name>
    <message>
        <source>ID-porten did not accept the login code: it has expired, has been used already, or does not belong to this login.</source>
        <translation>ID-porten did not accept the login code: it has expired, has been used already, or does not belong to this login.</translation>
    </message>
    <message>
        <source>ID-porten did not recognise your client: its client id, its key or the signed client assertion did not check out.</source>
        <translation>ID-porten did not recognise your client: its client id, its key or the signed client assertion did not check out.</translation>
    </message>
    <message>
        <source>Your ID-porten client may not log persons in this way.</source>
        <translation>Your ID-porten client may not log persons in this way.</translation>
    </message>
    <message>
        <source>Your ID-porten client may not ask for one of the scopes.</source>
        <translation>Your ID-porten client may not ask for one of the scopes.</translation>
    </message>
    <message>
        <source>The person cancelled the login or did not give consent.</source>
        <translation>The person cancelled the login or did not give consent.</translation>
    </message>
    <message>
        <source>ID-porten could not handle the login just now.</source>
        <translation>ID-porten could not handle the login just now.</translation>
    </message>
    <message>
        <source>ID-porten refused the login (%1).</source>
        <translation>ID-porten refused the login (%1).</translation>
    </message>
    <message>
        <source>Log in again. A code can be used only once, within a minute.</source>
        <translation>Log in again. A code can be used only once, within a minute.</translation>
    </message>
    <message>
        <source>Log in again: the client is registered anew in the sandbox.</source>
        <translation>Log in again: the client is registered anew in the sandbox.</translation>
    </message>
    <message>
        <source>Check the profile's ID-porten client id, and that the public key registered for the integration in Digdir's self-service is this key (docs/id-porten.md#tt02).</source>
        <translation>Check the profile's ID-porten client id, and that the public key registered for the integration in Digdir's self-service is this key (docs/id-porten.md#tt02).</translation>
    </message>
    <message>
        <source>Ask only for openid, profile, altinn:instances.read, altinn:instances.write or an app's own scope.</source>
        <translation>Ask only for openid, profile, altinn:instances.read, altinn:instances.write or an app's own scope.</translation>
    </message>
    <message>
        <source>Give the integration the grant type authorization_code and the scopes in Digdir's self-service, or ask for fewer scopes (docs/id-porten.md#tt02).</source>
        <translation>Give the integration the grant type authorization_code and the scopes in Digdir's self-service, or ask for fewer scopes (docs/id-porten.md#tt02).</translation>
    </message>
    <message>
        <source>Log in again when ready.</source>
        <translation>Log in again when ready.</translation>
    </message>
    <message>
        <source>Wait a moment and log in again.</source>
        <translation>Wait a moment and log in again.</translation>
    </message>
    <message>
        <source>Log in again. If it happens again, report it with the details below.</source>
        <translation>Log in again. If it happens again, report it with the details below.</translation>
    </message>
</context>
<context>
    <name>IdTokenValidator</name>
    <message>
        <source>ID-porten's ID token could not be read.</source>
        <translation>ID-porten's ID token could not be read.</translation>
    </message>
    <message>
        <source>The ID token's signature does not check out against ID-porten's published keys: the login cannot be trusted.</source>
        <translation>The ID token's signature does not check out against ID-porten's published keys: the login cannot be trusted.</translation>
    </message>
    <message>
        <source>The ID token was issued by another server than the ID-porten of this environment.</source>
        <translation>The ID token was issued by another server than the ID-porten of this environment.</translation>
    </message>
    <message>
        <source>The ID token was issued to another client than yours.</source>
        <translation>The ID token was issued to another client than yours.</translation>
    </message>
    <message>
        <source>The ID token does not belong to this login (its nonce differs): it may be replayed.</source>
        <translation>The ID token does not belong to this login (its nonce differs): it may be replayed.</translation>
    </message>
    <message>
        <source>The ID token is not valid at this computer's time. Check that the clock is right.</source>
        <translation>The ID token is not valid at this computer's time. Check that the clock is right.</translation>
    </message>
</context>
<context>
    <name>ImportCustomersDialog</name>
    <message>
        <source>Some rows choose rights or access packages, and they can only be checked against the system with a working connection. Finish the Maskinporten page first, or remove those columns.</source>
        <translation>Some rows choose rights or access packages, and they can only be checked against the system with a working connection. Finish the Maskinporten page first, or remove those columns.</translation>
    </message>
    <message>
        <source>Checking the chosen rights and access packages against %1…</source>
        <translation>Checking the chosen rights and access packages against %1…</translation>
    </message>
    <message>
        <source>The check was cancelled. Rows that choose rights or access packages cannot be added without it.</source>
        <translation>The check was cancelled. Rows that choose rights or access packages cannot be added without it.</translation>
    </message>
    <message>
        <source>reading the system from Altinn</source>
        <translation>reading the system from Altinn</translation>
    </message>
    <message>
        <source>The chosen rights could not be checked: %1 %2</source>
        <translation>The chosen rights could not be checked: %1 %2</translation>
    </message>
    <message>
        <source>The chosen rights and access packages were checked against %1.</source>
        <translation>The chosen rights and access packages were checked against %1.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %1 customer(s)</source>
        <translation><numerusform>&amp;Add %1 customer</numerusform><numerusform>&amp;Add %1 customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Update %1 customer(s)</source>
        <translation><numerusform>&amp;Update %1 customer</numerusform><numerusform>&amp;Update %1 customers</numerusform></translation>
    </message>
    <message>
        <source>&amp;Add %1, update %2</source>
        <translation>&amp;Add %1, update %2</translation>
    </message>
    <message>
        <source>There is no customer list for this system: set up the system first.</source>
        <translation>There is no customer list for this system: set up the system first.</translation>
    </message>
    <message>
        <source>Waiting for the check of the chosen rights against the system.</source>
        <translation>Waiting for the check of the chosen rights against the system.</translation>
    </message>
    <message>
        <source>The list adds nothing new.</source>
        <translation>The list adds nothing new.</translation>
    </message>
    <message>
        <source>Adds the customers to the list. Nothing is sent to Altinn yet.</source>
        <translation>Adds the customers to the list. Nothing is sent to Altinn yet.</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet, or copy the rows in the spreadsheet and paste them below. Only the organisation number is needed; name, external reference, e-mail, kind (standard or agent), rights, access packages and language are read when the list has them. Nothing is added until you press the Add button, and nothing is sent to Altinn.</source>
        <translation>Choose a CSV file saved from a spreadsheet, or copy the rows in the spreadsheet and paste them below. Only the organisation number is needed; name, external reference, e-mail, kind (standard or agent), rights, access packages and language are read when the list has them. Nothing is added until you press the Add button, and nothing is sent to Altinn.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close without adding</source>
        <translation>Close without adding</translation>
    </message>
</context>
<context>
    <name>ImportPreviewSection</name>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>… and %1 more. Correct the list in the spreadsheet and import it again.</source>
        <translation>… and %1 more. Correct the list in the spreadsheet and import it again.</translation>
    </message>
    <message>
        <source>Customers read from the list</source>
        <translation>Customers read from the list</translation>
    </message>
    <message>
        <source>Problems found in the list, with their lines</source>
        <translation>Problems found in the list, with their lines</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Nothing read yet.</translation>
    </message>
    <message>
        <source>&amp;Customers in the list</source>
        <translation>&amp;Customers in the list</translation>
    </message>
    <message>
        <source>Fin&amp;dings</source>
        <translation>Fin&amp;dings</translation>
    </message>
    <message>
        <source>Separator: %1</source>
        <translation>Separator: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>the first line names the columns</source>
        <translation>the first line names the columns</translation>
    </message>
    <message>
        <source>no header line: the columns are read in the usual order</source>
        <translation>no header line: the columns are read in the usual order</translation>
    </message>
    <message>
        <source>&amp;Customers in the list (%1)</source>
        <translation>&amp;Customers in the list (%1)</translation>
    </message>
    <message>
        <source>Fin&amp;dings: none</source>
        <translation>Fin&amp;dings: none</translation>
    </message>
    <message>
        <source>Fin&amp;dings: %1, %2</source>
        <translation>Fin&amp;dings: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s)</source>
        <translation><numerusform>%1 error</numerusform><numerusform>%1 errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 warning(s)</source>
        <translation><numerusform>%1 warning</numerusform><numerusform>%1 warnings</numerusform></translation>
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
        <translation>English</translation>
    </message>
    <message>
        <source>Bokmål (not given)</source>
        <translation>Bokmål (not given)</translation>
    </message>
    <message>
        <source>The organisation number</source>
        <translation>The organisation number</translation>
    </message>
    <message>
        <source>Agent (client relationship)</source>
        <translation>Agent (client relationship)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>All the system offers</source>
        <translation>All the system offers</translation>
    </message>
    <message>
        <source>Everything the system offers</source>
        <translation>Everything the system offers</translation>
    </message>
    <message>
        <source>Already in the list</source>
        <translation>Already in the list</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Rights and packages</source>
        <translation>Rights and packages</translation>
    </message>
    <message>
        <source>In the list</source>
        <translation>In the list</translation>
    </message>
</context>
<context>
    <name>ImportSourceSection</name>
    <message>
        <source>Choose a customer list</source>
        <translation>Choose a customer list</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Customer lists (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a customer list. Choose the CSV file saved from the spreadsheet.</source>
        <translation>%1 is too large to be a customer list. Choose the CSV file saved from the spreadsheet.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2. Check that the file exists and that you may read it, then choose it again.</source>
        <translation>%1 could not be opened: %2. Check that the file exists and that you may read it, then choose it again.</translation>
    </message>
    <message>
        <source>No file chosen. You can also paste rows below.</source>
        <translation>No file chosen. You can also paste rows below.</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Read from %1</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>The list</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>A CSV file as Excel, LibreOffice or Google Sheets save it</source>
        <translation>A CSV file as Excel, LibreOffice or Google Sheets save it</translation>
    </message>
    <message>
        <source>Or &amp;paste rows copied from a spreadsheet (the first row may name the columns):</source>
        <translation>Or &amp;paste rows copied from a spreadsheet (the first row may name the columns):</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Pasted rows</translation>
    </message>
    <message>
        <source>Organisation number	Name	External reference	E-mail</source>
        <translation>Organisation number	Name	External reference	E-mail</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>The profile's RSA key: generate, import, export the public part</source>
        <translation>The profile's RSA key: generate, import, export the public part</translation>
    </message>
    <message>
        <source>The key id (default: &lt;org&gt;-&lt;environment&gt;-&lt;date&gt;).</source>
        <translation>The key id (default: &lt;org&gt;-&lt;environment&gt;-&lt;date&gt;).</translation>
    </message>
    <message>
        <source>Replace the profile's key (register the new public key afterwards).</source>
        <translation>Replace the profile's key (register the new public key afterwards).</translation>
    </message>
    <message>
        <source>Generate a key pair; the private key goes straight into the keychain.</source>
        <translation>Generate a key pair; the private key goes straight into the keychain.</translation>
    </message>
    <message>
        <source>Key size: 2048 (default), 3072 or 4096.</source>
        <translation>Key size: 2048 (default), 3072 or 4096.</translation>
    </message>
    <message>
        <source>Import a private key (PEM, encrypted PEM, private JWK or PKCS#12) into the keychain.</source>
        <translation>Import a private key (PEM, encrypted PEM, private JWK or PKCS#12) into the keychain.</translation>
    </message>
    <message>
        <source>The key file.</source>
        <translation>The key file.</translation>
    </message>
    <message>
        <source>Read the passphrase from the environment variable VAR (never from the command line).</source>
        <translation>Read the passphrase from the environment variable VAR (never from the command line).</translation>
    </message>
    <message>
        <source>Print the public key, to register it with Maskinporten.</source>
        <translation>Print the public key, to register it with Maskinporten.</translation>
    </message>
    <message>
        <source>jwk (default), jwks or pem.</source>
        <translation>jwk (default), jwks or pem.</translation>
    </message>
    <message>
        <source>Profile "%1" already has the key "%2". Add --replace to make a new one; then register the new public key again.</source>
        <translation>Profile "%1" already has the key "%2". Add --replace to make a new one; then register the new public key again.</translation>
    </message>
    <message>
        <source>--bits must be 2048, 3072 or 4096.</source>
        <translation>--bits must be 2048, 3072 or 4096.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>The environment variable %1 is not set.</translation>
    </message>
    <message>
        <source>Put the passphrase in an environment variable and name it: --passphrase-env VAR</source>
        <translation>Put the passphrase in an environment variable and name it: --passphrase-env VAR</translation>
    </message>
    <message>
        <source>Cannot use the key in %1: %2</source>
        <translation>Cannot use the key in %1: %2</translation>
    </message>
    <message>
        <source>The key could not be saved in the keychain.</source>
        <translation>The key could not be saved in the keychain.</translation>
    </message>
    <message>
        <source>The key could not be generated.</source>
        <translation>The key could not be generated.</translation>
    </message>
    <message>
        <source>Key "%1" is in the keychain (entry %2); the private key is never shown.
RSA %3 bits, thumbprint %4.</source>
        <translation>Key "%1" is in the keychain (entry %2); the private key is never shown.
RSA %3 bits, thumbprint %4.</translation>
    </message>
    <message>
        <source>Next: register the client and public key in the sandbox: %1</source>
        <translation>Next: register the client and public key in the sandbox: %1</translation>
    </message>
    <message>
        <source>Next: add the public key to your Maskinporten client at %1
  %2</source>
        <translation>Next: add the public key to your Maskinporten client at %1
  %2</translation>
    </message>
    <message>
        <source>--format must be jwk, jwks or pem.</source>
        <translation>--format must be jwk, jwks or pem.</translation>
    </message>
    <message>
        <source>Profile "%1" has no key yet.</source>
        <translation>Profile "%1" has no key yet.</translation>
    </message>
    <message>
        <source>Make one: %1</source>
        <translation>Make one: %1</translation>
    </message>
    <message>
        <source>The key could not be read from the keychain.</source>
        <translation>The key could not be read from the keychain.</translation>
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
    <name>LinkField</name>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Open in browser</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Open in browser</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;y link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
</context>
<context>
    <name>LocalizedTextsEditor</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
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
        <translation>English (en)</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Name in %1</translation>
    </message>
    <message>
        <source>Description in %1</source>
        <translation>Description in %1</translation>
    </message>
    <message>
        <source>The name customers see in Altinn</source>
        <translation>The name customers see in Altinn</translation>
    </message>
    <message>
        <source>What the system does, in a sentence or two</source>
        <translation>What the system does, in a sentence or two</translation>
    </message>
    <message>
        <source>Cop&amp;y from Bokmål</source>
        <translation>Cop&amp;y from Bokmål</translation>
    </message>
    <message>
        <source>Copy from Bokmål</source>
        <translation>Copy from Bokmål</translation>
    </message>
    <message>
        <source>Fills the empty Nynorsk and English fields with the Bokmål text, as a starting point to translate.</source>
        <translation>Fills the empty Nynorsk and English fields with the Bokmål text, as a starting point to translate.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Request too large</source>
        <translation>Request too large</translation>
    </message>
    <message>
        <source>This address only takes the redirect from ID-porten.</source>
        <translation>This address only takes the redirect from ID-porten.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Bad request</translation>
    </message>
    <message>
        <source>This is not an HTTP request.</source>
        <translation>This is not an HTTP request.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>You are logged in</source>
        <translation>You are logged in</translation>
    </message>
    <message>
        <source>You are logged in. You can close this tab and go back to System User Wizard.</source>
        <translation>You are logged in. You can close this tab and go back to System User Wizard.</translation>
    </message>
    <message>
        <source>Login cancelled</source>
        <translation>Login cancelled</translation>
    </message>
    <message>
        <source>The login was cancelled at ID-porten. You can close this tab and go back to System User Wizard.</source>
        <translation>The login was cancelled at ID-porten. You can close this tab and go back to System User Wizard.</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Login failed</translation>
    </message>
    <message>
        <source>ID-porten could not log you in (%1). Close this tab and go back to System User Wizard to see what to do.</source>
        <translation>ID-porten could not log you in (%1). Close this tab and go back to System User Wizard to see what to do.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>System User Wizard</source>
        <translation>System User Wizard</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>You were creating a new profile.</source>
        <translation>You were creating a new profile.</translation>
    </message>
    <message>
        <source>“%1” for the profile %2.</source>
        <translation>“%1” for the profile %2.</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Activity log</translation>
    </message>
</context>
<context>
    <name>MaskinportenClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>Client i&amp;d:</translation>
    </message>
    <message>
        <source>Maskinporten client id</source>
        <translation>Maskinporten client id</translation>
    </message>
    <message>
        <source>Leave it empty: registering in the sandbox below creates the client.</source>
        <translation>Leave it empty: registering in the sandbox below creates the client.</translation>
    </message>
    <message>
        <source>Copy the client id from the self-service portal, where you created the client for this organisation.</source>
        <translation>Copy the client id from the self-service portal, where you created the client for this organisation.</translation>
    </message>
    <message>
        <source>%1 of 36 characters.</source>
        <translation>%1 of 36 characters.</translation>
    </message>
    <message>
        <source>A client id is a UUID: 36 characters like 1b2c3d4e-0000-4a5b-8c9d-0123456789ab. Copy it from the self-service portal.</source>
        <translation>A client id is a UUID: 36 characters like 1b2c3d4e-0000-4a5b-8c9d-0123456789ab. Copy it from the self-service portal.</translation>
    </message>
    <message>
        <source>The client id could not be saved: %1</source>
        <translation>The client id could not be saved: %1</translation>
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
    <message>
        <source>Maskinporten is not answering properly right now (HTTP %1). This is on their side.</source>
        <translation>Maskinporten is not answering properly right now (HTTP %1). This is on their side.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s); Maskinporten asked to wait that long.</source>
        <translation><numerusform>Try again in %n second; Maskinporten asked to wait that long.</numerusform><numerusform>Try again in %n seconds; Maskinporten asked to wait that long.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n minute(s); Maskinporten asked to wait that long.</source>
        <translation><numerusform>Try again in %n minute; Maskinporten asked to wait that long.</numerusform><numerusform>Try again in %n minutes; Maskinporten asked to wait that long.</numerusform></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Try again in a few minutes.</translation>
    </message>
</context>
<context>
    <name>MaskinportenExportPanel</name>
    <message>
        <source>Register the public key</source>
        <translation>Register the public key</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>JWK (public key as JSON)</source>
        <translation>JWK (public key as JSON)</translation>
    </message>
    <message>
        <source>JWKS (key set, for the portal's API)</source>
        <translation>JWKS (key set, for the portal's API)</translation>
    </message>
    <message>
        <source>PEM (public key)</source>
        <translation>PEM (public key)</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Export format</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sa&amp;ve…</translation>
    </message>
    <message>
        <source>Save the public key to a file</source>
        <translation>Save the public key to a file</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>Copy the public key</source>
        <translation>Copy the public key</translation>
    </message>
    <message>
        <source>Open the self-service &amp;portal</source>
        <translation>Open the self-service &amp;portal</translation>
    </message>
    <message>
        <source>Open the self-service portal in the browser</source>
        <translation>Open the self-service portal in the browser</translation>
    </message>
    <message>
        <source>In the sandbox one click registers a Maskinporten client with this key and the scopes the wizard needs. You can still export the public key to see what you would send.</source>
        <translation>In the sandbox one click registers a Maskinporten client with this key and the scopes the wizard needs. You can still export the public key to see what you would send.</translation>
    </message>
    <message>
        <source>This server is on your computer: if it is a systemuser-sandbox, Register creates the client. Otherwise register the public key with the server yourself.</source>
        <translation>This server is on your computer: if it is a systemuser-sandbox, Register creates the client. Otherwise register the public key with the server yourself.</translation>
    </message>
    <message>
        <source>In the self-service portal for %1: open your Maskinporten client (or create one for organisation %2), choose to add a key and paste the JWK (or upload the PEM). The client needs the scopes %3. Then copy the client id into the field above.</source>
        <translation>In the self-service portal for %1: open your Maskinporten client (or create one for organisation %2), choose to add a key and paste the JWK (or upload the PEM). The client needs the scopes %3. Then copy the client id into the field above.</translation>
    </message>
    <message>
        <source>The public key is copied. Paste it in the self-service portal.</source>
        <translation>The public key is copied. Paste it in the self-service portal.</translation>
    </message>
    <message>
        <source>Save the public key</source>
        <translation>Save the public key</translation>
    </message>
    <message>
        <source>The public key could not be saved to %1: %2</source>
        <translation>The public key could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Saved the public key to %1. It holds no secret.</source>
        <translation>Saved the public key to %1. It holds no secret.</translation>
    </message>
    <message>
        <source>No browser could be opened. Go to %1 yourself.</source>
        <translation>No browser could be opened. Go to %1 yourself.</translation>
    </message>
</context>
<context>
    <name>MaskinportenKeyDetails</name>
    <message>
        <source>&amp;Key id (kid):</source>
        <translation>&amp;Key id (kid):</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>The name Maskinporten knows the key by. Change it before you register the key; press Enter to apply.</source>
        <translation>The name Maskinporten knows the key by. Change it before you register the key; press Enter to apply.</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithm:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>Stored in:</translation>
    </message>
    <message>
        <source>The key's RFC 7638 thumbprint. It is the same wherever the public key is registered, so you can compare it with the portal.</source>
        <translation>The key's RFC 7638 thumbprint. It is the same wherever the public key is registered, so you can compare it with the portal.</translation>
    </message>
    <message>
        <source>No key yet. Generate one here (recommended), or import the key you already registered.</source>
        <translation>No key yet. Generate one here (recommended), or import the key you already registered.</translation>
    </message>
    <message>
        <source>This profile's key was kept for one run only and is gone now. Generate or import a key again.</source>
        <translation>This profile's key was kept for one run only and is gone now. Generate or import a key again.</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Keychain entry: %1</source>
        <translation>Keychain entry: %1</translation>
    </message>
    <message>
        <source>This run only (in memory; gone when you quit)</source>
        <translation>This run only (in memory; gone when you quit)</translation>
    </message>
    <message>
        <source>With the business certificate's chain (x5c).</source>
        <translation>With the business certificate's chain (x5c).</translation>
    </message>
</context>
<context>
    <name>MaskinportenKeyPanel</name>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Key si&amp;ze:</source>
        <translation>Key si&amp;ze:</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Key size in bits</source>
        <translation>Key size in bits</translation>
    </message>
    <message>
        <source>2048 bits is what Maskinporten asks for at least; larger keys are slower to make and to use.</source>
        <translation>2048 bits is what Maskinporten asks for at least; larger keys are slower to make and to use.</translation>
    </message>
    <message>
        <source>Kee&amp;p for this run only</source>
        <translation>Kee&amp;p for this run only</translation>
    </message>
    <message>
        <source>Keep the key for this run only</source>
        <translation>Keep the key for this run only</translation>
    </message>
    <message>
        <source>The key stays in memory and is gone when you quit. For demos, or when this computer has no keychain.</source>
        <translation>The key stays in memory and is gone when you quit. For demos, or when this computer has no keychain.</translation>
    </message>
    <message>
        <source>&amp;Import key file…</source>
        <translation>&amp;Import key file…</translation>
    </message>
    <message>
        <source>Import key file</source>
        <translation>Import key file</translation>
    </message>
    <message>
        <source>You can also drop a key file here: PEM, JWK or a business certificate (.p12, .pfx).</source>
        <translation>You can also drop a key file here: PEM, JWK or a business certificate (.p12, .pfx).</translation>
    </message>
    <message>
        <source>Keep it for this run only</source>
        <translation>Keep it for this run only</translation>
    </message>
    <message>
        <source>&amp;Generate a new key…</source>
        <translation>&amp;Generate a new key…</translation>
    </message>
    <message>
        <source>&amp;Generate key</source>
        <translation>&amp;Generate key</translation>
    </message>
    <message>
        <source>Generate a new key</source>
        <translation>Generate a new key</translation>
    </message>
    <message>
        <source>Generate key</source>
        <translation>Generate key</translation>
    </message>
    <message>
        <source>Replace the key?</source>
        <translation>Replace the key?</translation>
    </message>
    <message>
        <source>This profile has a key already (%1). A new key replaces it here; Maskinporten keeps accepting the old one until you remove it in the portal, and the new one works once you register it.</source>
        <translation>This profile has a key already (%1). A new key replaces it here; Maskinporten keeps accepting the old one until you remove it in the portal, and the new one works once you register it.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Replace the key</translation>
    </message>
    <message>
        <source>Keep the current key</source>
        <translation>Keep the current key</translation>
    </message>
    <message>
        <source>Import a private key</source>
        <translation>Import a private key</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.key *.json *.jwk *.p12 *.pfx);;All files (*)</source>
        <translation>Keys and certificates (*.pem *.key *.json *.jwk *.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>%1 is too large to be a key. Choose the file that holds your private key.</source>
        <translation>%1 is too large to be a key. Choose the file that holds your private key.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 cannot be read: %2. Check that the file exists and that you may read it.</translation>
    </message>
    <message>
        <source>Password for the key</source>
        <translation>Password for the key</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Generating a %1-bit key… this takes a few seconds.</source>
        <translation>Generating a %1-bit key… this takes a few seconds.</translation>
    </message>
    <message>
        <source>Cancelled. No key was made.</source>
        <translation>Cancelled. No key was made.</translation>
    </message>
    <message>
        <source>Saving the private key in the keychain…</source>
        <translation>Saving the private key in the keychain…</translation>
    </message>
    <message>
        <source>Keeping the private key in memory for this run…</source>
        <translation>Keeping the private key in memory for this run…</translation>
    </message>
    <message>
        <source>Cancelled. The profile keeps its previous key.</source>
        <translation>Cancelled. The profile keeps its previous key.</translation>
    </message>
    <message>
        <source>The key is ready. Its private part is in the keychain; register the public key below.</source>
        <translation>The key is ready. Its private part is in the keychain; register the public key below.</translation>
    </message>
    <message>
        <source>The key is ready for this run. Register the public key below.</source>
        <translation>The key is ready for this run. Register the public key below.</translation>
    </message>
</context>
<context>
    <name>MaskinportenPage</name>
    <message>
        <source>Maskinporten client and key</source>
        <translation>Maskinporten client and key</translation>
    </message>
    <message>
        <source>Your system proves who it is to Maskinporten with a key pair. The private key stays in this computer's keychain; Maskinporten gets the public key.</source>
        <translation>Your system proves who it is to Maskinporten with a key pair. The private key stays in this computer's keychain; Maskinporten gets the public key.</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Check the connection</translation>
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
    <message>
        <source>Maskinporten's answer was larger than %1 KiB, so it was not read.</source>
        <translation>Maskinporten's answer was larger than %1 KiB, so it was not read.</translation>
    </message>
    <message>
        <source>The connection to Maskinporten closed before the answer came.</source>
        <translation>The connection to Maskinporten closed before the answer came.</translation>
    </message>
</context>
<context>
    <name>MetadataCommands</name>
    <message>
        <source>Search the resource registry (rights)</source>
        <translation>Search the resource registry (rights)</translation>
    </message>
    <message>
        <source>Search the access packages</source>
        <translation>Search the access packages</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>Words to look for.</translation>
    </message>
    <message>
        <source>Find resources by title; their identifiers go into a system's rights.</source>
        <translation>Find resources by title; their identifiers go into a system's rights.</translation>
    </message>
    <message>
        <source>Find access packages by name or description.</source>
        <translation>Find access packages by name or description.</translation>
    </message>
    <message>
        <source>The server could not be reached; this is the saved copy from %1.</source>
        <translation>The server could not be reached; this is the saved copy from %1.</translation>
    </message>
    <message>
        <source>searching the resource registry</source>
        <translation>searching the resource registry</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) found.</source>
        <translation><numerusform>%n resource found.</numerusform><numerusform>%n resources found.</numerusform></translation>
    </message>
    <message>
        <source>searching the access packages</source>
        <translation>searching the access packages</translation>
    </message>
    <message numerus="yes">
        <source>%n access package(s) found.</source>
        <translation><numerusform>%n access package found.</numerusform><numerusform>%n access packages found.</numerusform></translation>
    </message>
</context>
<context>
    <name>MetadataStatusBanner</name>
    <message>
        <source>Re&amp;try</source>
        <translation>Re&amp;try</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Retry loading</translation>
    </message>
</context>
<context>
    <name>NextStepsSection</name>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Next steps: %1</source>
        <translation>Next steps: %1</translation>
    </message>
</context>
<context>
    <name>Onboarding::AppInstanceFlow</name>
    <message>
        <source>creating an instance of %1</source>
        <translation>creating an instance of %1</translation>
    </message>
    <message>
        <source>The app refused the token: it is not a system user token.</source>
        <translation>The app refused the token: it is not a system user token.</translation>
    </message>
    <message>
        <source>Ask Maskinporten for a system user token for %1.</source>
        <translation>Ask Maskinporten for a system user token for %1.</translation>
    </message>
    <message>
        <source>The system user %1 no longer exists: it was deleted.</source>
        <translation>The system user %1 no longer exists: it was deleted.</translation>
    </message>
    <message>
        <source>Send %1 a new request for the system and wait for the approval.</source>
        <translation>Send %1 a new request for the system and wait for the approval.</translation>
    </message>
    <message>
        <source>The system user does not act for %1.</source>
        <translation>The system user does not act for %1.</translation>
    </message>
    <message>
        <source>Use a system user token for %1 itself.</source>
        <translation>Use a system user token for %1 itself.</translation>
    </message>
    <message>
        <source>The app refused: the system user of %1 may not create an instance of %2. It most likely lacks the right %3.</source>
        <translation>The app refused: the system user of %1 may not create an instance of %2. It most likely lacks the right %3.</translation>
    </message>
    <message>
        <source>The system user of %1 may not create an instance of %2: it lacks the right %3.</source>
        <translation>The system user of %1 may not create an instance of %2: it lacks the right %3.</translation>
    </message>
    <message>
        <source>Add %1 to the system's rights, publish the system and send %2 a change request; once the customer has approved it, try again.</source>
        <translation>Add %1 to the system's rights, publish the system and send %2 a change request; once the customer has approved it, try again.</translation>
    </message>
    <message>
        <source>There is no app %1 here.</source>
        <translation>There is no app %1 here.</translation>
    </message>
    <message>
        <source>Check the app owner's code and the app's name (the resource %1).</source>
        <translation>Check the app owner's code and the app's name (the resource %1).</translation>
    </message>
    <message>
        <source>The answer from the app was lost: the instance of %1 for %2 may have been created.</source>
        <translation>The answer from the app was lost: the instance of %1 for %2 may have been created.</translation>
    </message>
    <message>
        <source>Do not simply try again: every try creates another instance. Look in the app or in the customer's inbox first.</source>
        <translation>Do not simply try again: every try creates another instance. Look in the app or in the customer's inbox first.</translation>
    </message>
</context>
<context>
    <name>Onboarding::BulkChangeRequestFlow</name>
    <message>
        <source>Change request sent. Waiting for the customer.</source>
        <translation>Change request sent. Waiting for the customer.</translation>
    </message>
    <message>
        <source>This change request was sent before; it is waiting for the customer.</source>
        <translation>This change request was sent before; it is waiting for the customer.</translation>
    </message>
    <message>
        <source>The system user has what was asked for already; nothing was sent.</source>
        <translation>The system user has what was asked for already; nothing was sent.</translation>
    </message>
</context>
<context>
    <name>Onboarding::BulkRequestFlow</name>
    <message>
        <source>Sent before the interruption; found at Altinn, nothing sent again.</source>
        <translation>Sent before the interruption; found at Altinn, nothing sent again.</translation>
    </message>
    <message>
        <source>Could not check whether the interrupted run reached Altinn; nothing was sent. Run the send again later.</source>
        <translation>Could not check whether the interrupted run reached Altinn; nothing was sent. Run the send again later.</translation>
    </message>
    <message>
        <source>Stopped before asking more customers: %1</source>
        <translation>Stopped before asking more customers: %1</translation>
    </message>
    <message>
        <source>Not sent: the run stopped because its journal could not be written.</source>
        <translation>Not sent: the run stopped because its journal could not be written.</translation>
    </message>
    <message>
        <source>Request sent (its answer was lost; found at Altinn afterwards). Waiting for the customer.</source>
        <translation>Request sent (its answer was lost; found at Altinn afterwards). Waiting for the customer.</translation>
    </message>
    <message>
        <source>Request sent. Waiting for the customer.</source>
        <translation>Request sent. Waiting for the customer.</translation>
    </message>
    <message>
        <source>A request was waiting already; nothing new was sent. Send the customer its link.</source>
        <translation>A request was waiting already; nothing new was sent. Send the customer its link.</translation>
    </message>
    <message>
        <source>An earlier request was rejected or timed out. Open the customer to delete it and ask again.</source>
        <translation>An earlier request was rejected or timed out. Open the customer to delete it and ask again.</translation>
    </message>
    <message>
        <source>The customer has this system user already; nothing was sent.</source>
        <translation>The customer has this system user already; nothing was sent.</translation>
    </message>
    <message>
        <source>The customer list could not be saved; the journal is kept, so the next run looks these customers up first.</source>
        <translation>The customer list could not be saved; the journal is kept, so the next run looks these customers up first.</translation>
    </message>
</context>
<context>
    <name>Onboarding::ChangeCampaign</name>
    <message>
        <source>reading the change requests</source>
        <translation>reading the change requests</translation>
    </message>
    <message>
        <source>reading the change request of %1</source>
        <translation>reading the change request of %1</translation>
    </message>
    <message>
        <source>reading what the system user of %1 holds</source>
        <translation>reading what the system user of %1 holds</translation>
    </message>
    <message>
        <source>This is a system user for client relationships (agent): Altinn's change requests are for standard system users only.</source>
        <translation>This is a system user for client relationships (agent): Altinn's change requests are for standard system users only.</translation>
    </message>
    <message>
        <source>The customer must approve a new agent request instead: the customer deletes the system user in Altinn (Systemtilganger), then you send a new agent request with what it should have.</source>
        <translation>The customer must approve a new agent request instead: the customer deletes the system user in Altinn (Systemtilganger), then you send a new agent request with what it should have.</translation>
    </message>
    <message>
        <source>A change request for this system user already waits for the customer.</source>
        <translation>A change request for this system user already waits for the customer.</translation>
    </message>
    <message>
        <source>Wait until the customer has decided, then plan again.</source>
        <translation>Wait until the customer has decided, then plan again.</translation>
    </message>
    <message>
        <source>Wait until the customer has decided, or hand over its link again: %1. Then plan again.</source>
        <translation>Wait until the customer has decided, or hand over its link again: %1. Then plan again.</translation>
    </message>
    <message>
        <source>What this system user holds is unknown: the request it was created from is gone.</source>
        <translation>What this system user holds is unknown: the request it was created from is gone.</translation>
    </message>
    <message>
        <source>Ask again instead: the customer deletes the system user in Altinn (Systemtilganger), then you send a new request with what it should have.</source>
        <translation>Ask again instead: the customer deletes the system user in Altinn (Systemtilganger), then you send a new request with what it should have.</translation>
    </message>
    <message>
        <source>The system no longer offers anything this customer wanted, so there is nothing left to ask for.</source>
        <translation>The system no longer offers anything this customer wanted, so there is nothing left to ask for.</translation>
    </message>
    <message>
        <source>Agree with the customer what the system user should have and update what the customer wants, or let the customer delete the system user in Altinn.</source>
        <translation>Agree with the customer what the system user should have and update what the customer wants, or let the customer delete the system user in Altinn.</translation>
    </message>
    <message>
        <source>Each change request must be approved in Altinn by someone who holds the access manager role for the customer and may delegate every right and access package it adds. A change request cannot be passed on (escalated) to someone else, so tell each customer who has to approve it.</source>
        <translation>Each change request must be approved in Altinn by someone who holds the access manager role for the customer and may delegate every right and access package it adds. A change request cannot be passed on (escalated) to someone else, so tell each customer who has to approve it.</translation>
    </message>
</context>
<context>
    <name>Onboarding::IdPortenClientSetup</name>
    <message>
        <source>There is no profile to log in with.</source>
        <translation>There is no profile to log in with.</translation>
    </message>
    <message>
        <source>No key could be made for the ID-porten client.</source>
        <translation>No key could be made for the ID-porten client.</translation>
    </message>
    <message>
        <source>The profile "%1" names no ID-porten client for %2.</source>
        <translation>The profile "%1" names no ID-porten client for %2.</translation>
    </message>
    <message>
        <source>A new key was made for the ID-porten client %1: ID-porten does not know it yet.</source>
        <translation>A new key was made for the ID-porten client %1: ID-porten does not know it yet.</translation>
    </message>
    <message>
        <source>Register an ID-porten integration in Digdir's self-service with the redirect URI %1 and private_key_jwt, upload the public key in the details below, and put its client id in the profile (%2).</source>
        <translation>Register an ID-porten integration in Digdir's self-service with the redirect URI %1 and private_key_jwt, upload the public key in the details below, and put its client id in the profile (%2).</translation>
    </message>
    <message>
        <source>The profile "%1" has no organisation number. Add it first.</source>
        <translation>The profile "%1" has no organisation number. Add it first.</translation>
    </message>
    <message>
        <source>registering the ID-porten client in the sandbox</source>
        <translation>registering the ID-porten client in the sandbox</translation>
    </message>
    <message>
        <source>%1 (System User Wizard)</source>
        <translation>%1 (System User Wizard)</translation>
    </message>
    <message>
        <source>The sandbox's ID-porten client %1 belongs to organisation %2, not to %3.</source>
        <translation>The sandbox's ID-porten client %1 belongs to organisation %2, not to %3.</translation>
    </message>
    <message>
        <source>Reset the sandbox, or use a profile of organisation %1.</source>
        <translation>Reset the sandbox, or use a profile of organisation %1.</translation>
    </message>
    <message>
        <source>updating the sandbox's ID-porten client</source>
        <translation>updating the sandbox's ID-porten client</translation>
    </message>
</context>
<context>
    <name>Onboarding::IdPortenLoginFlow</name>
    <message>
        <source>Nobody logged in at ID-porten in time.</source>
        <translation>Nobody logged in at ID-porten in time.</translation>
    </message>
    <message>
        <source>Log in again when ready, and finish the login in the browser within a few minutes.</source>
        <translation>Log in again when ready, and finish the login in the browser within a few minutes.</translation>
    </message>
    <message>
        <source>There is no profile to log in with.</source>
        <translation>There is no profile to log in with.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Choose a profile first.</translation>
    </message>
    <message>
        <source>reading ID-porten's discovery document</source>
        <translation>reading ID-porten's discovery document</translation>
    </message>
    <message>
        <source>No port could be opened on 127.0.0.1 for ID-porten's answer.</source>
        <translation>No port could be opened on 127.0.0.1 for ID-porten's answer.</translation>
    </message>
    <message>
        <source>Check that no firewall or security software blocks local connections, then log in again.</source>
        <translation>Check that no firewall or security software blocks local connections, then log in again.</translation>
    </message>
    <message>
        <source>The answer that came back from the browser does not belong to this login (its state differs), so it was not used.</source>
        <translation>The answer that came back from the browser does not belong to this login (its state differs), so it was not used.</translation>
    </message>
    <message>
        <source>Log in again, and finish the login in the newest ID-porten tab only.</source>
        <translation>Log in again, and finish the login in the newest ID-porten tab only.</translation>
    </message>
    <message>
        <source>The answer came from another login service (%1) than this environment's ID-porten.</source>
        <translation>The answer came from another login service (%1) than this environment's ID-porten.</translation>
    </message>
    <message>
        <source>Log in again.</source>
        <translation>Log in again.</translation>
    </message>
    <message>
        <source>ID-porten's answer held no login code.</source>
        <translation>ID-porten's answer held no login code.</translation>
    </message>
    <message>
        <source>getting the tokens from ID-porten</source>
        <translation>getting the tokens from ID-porten</translation>
    </message>
    <message>
        <source>reading ID-porten's keys</source>
        <translation>reading ID-porten's keys</translation>
    </message>
    <message>
        <source>Log in again. If it happens again, report it with the details below.</source>
        <translation>Log in again. If it happens again, report it with the details below.</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>The login was cancelled.</translation>
    </message>
    <message>
        <source>Log in again when ready.</source>
        <translation>Log in again when ready.</translation>
    </message>
</context>
<context>
    <name>Onboarding::KeyEnrolmentFlow</name>
    <message>
        <source>A key id has letters, digits, dots, colons, hyphens and underscores only (at most 100).</source>
        <translation>A key id has letters, digits, dots, colons, hyphens and underscores only (at most 100).</translation>
    </message>
    <message>
        <source>The key could not be generated. Try again; if it keeps failing, import a key instead.</source>
        <translation>The key could not be generated. Try again; if it keeps failing, import a key instead.</translation>
    </message>
    <message>
        <source>The key is stored, but the profile could not be saved: %1</source>
        <translation>The key is stored, but the profile could not be saved: %1</translation>
    </message>
    <message>
        <source>The profile could not be saved, so it keeps its previous key: %1</source>
        <translation>The profile could not be saved, so it keeps its previous key: %1</translation>
    </message>
</context>
<context>
    <name>Onboarding::LedgerSync</name>
    <message>
        <source>reading the agent requests</source>
        <translation>reading the agent requests</translation>
    </message>
    <message>
        <source>reading the requests</source>
        <translation>reading the requests</translation>
    </message>
    <message>
        <source>reading the system users</source>
        <translation>reading the system users</translation>
    </message>
    <message>
        <source>reading the change requests</source>
        <translation>reading the change requests</translation>
    </message>
</context>
<context>
    <name>Onboarding::PersonAppInstanceFlow</name>
    <message>
        <source>The app refused: the person's token lacks the scope altinn:instances.write.</source>
        <translation>The app refused: the person's token lacks the scope altinn:instances.write.</translation>
    </message>
    <message>
        <source>Log in again and ask for the scope altinn:instances.write (and make sure your ID-porten client has it).</source>
        <translation>Log in again and ask for the scope altinn:instances.write (and make sure your ID-porten client has it).</translation>
    </message>
    <message>
        <source>The app refused: the person may not act for %1 here.</source>
        <translation>The app refused: the person may not act for %1 here.</translation>
    </message>
    <message>
        <source>Create the instance for an organisation the person acts for.</source>
        <translation>Create the instance for an organisation the person acts for.</translation>
    </message>
    <message>
        <source>The app does not know the person who logged in.</source>
        <translation>The app does not know the person who logged in.</translation>
    </message>
    <message>
        <source>Log in as another person.</source>
        <translation>Log in as another person.</translation>
    </message>
    <message>
        <source>The person who logged in holds no role at %1 that lets them create an instance of %2.</source>
        <translation>The person who logged in holds no role at %1 that lets them create an instance of %2.</translation>
    </message>
    <message>
        <source>Log in as a person with a role at %1 that the app accepts (such as general manager), or have the organisation give this person such a role.</source>
        <translation>Log in as a person with a role at %1 that the app accepts (such as general manager), or have the organisation give this person such a role.</translation>
    </message>
    <message>
        <source>There is no profile to act with.</source>
        <translation>There is no profile to act with.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Choose a profile first.</translation>
    </message>
</context>
<context>
    <name>Onboarding::PersonTokenExchange</name>
    <message>
        <source>There is no profile to act with.</source>
        <translation>There is no profile to act with.</translation>
    </message>
    <message>
        <source>No person is logged in.</source>
        <translation>No person is logged in.</translation>
    </message>
    <message>
        <source>Log in with ID-porten first.</source>
        <translation>Log in with ID-porten first.</translation>
    </message>
    <message>
        <source>exchanging the ID-porten token at Altinn</source>
        <translation>exchanging the ID-porten token at Altinn</translation>
    </message>
    <message>
        <source>Log in with ID-porten again, then try again.</source>
        <translation>Log in with ID-porten again, then try again.</translation>
    </message>
</context>
<context>
    <name>Onboarding::PublishSystemFlow</name>
    <message>
        <source>checking what is registered</source>
        <translation>checking what is registered</translation>
    </message>
    <message>
        <source>registering the system</source>
        <translation>registering the system</translation>
    </message>
    <message>
        <source>updating the system</source>
        <translation>updating the system</translation>
    </message>
    <message>
        <source>reading the system back (it was probably saved; select Try again to check)</source>
        <translation>reading the system back (it was probably saved; select Try again to check)</translation>
    </message>
    <message>
        <source>checking whether the system was registered</source>
        <translation>checking whether the system was registered</translation>
    </message>
    <message>
        <source>The system id %1 is registered already, by another vendor: nothing was registered now.</source>
        <translation>The system id %1 is registered already, by another vendor: nothing was registered now.</translation>
    </message>
    <message>
        <source>Choose another system id.</source>
        <translation>Choose another system id.</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and the system %1 is not registered: nothing was created.</source>
        <translation>Altinn answered with a server error, and the system %1 is not registered: nothing was created.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and the system %1 is not registered: nothing was created.</source>
        <translation>The answer from Altinn was lost, and the system %1 is not registered: nothing was created.</translation>
    </message>
    <message>
        <source>Register it again.</source>
        <translation>Register it again.</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and could not be asked afterwards whether the system %1 was registered anyway: it may have been.</source>
        <translation>Altinn answered with a server error, and could not be asked afterwards whether the system %1 was registered anyway: it may have been.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and Altinn could not be asked afterwards whether the system %1 was registered: it may have been.</source>
        <translation>The answer from Altinn was lost, and Altinn could not be asked afterwards whether the system %1 was registered: it may have been.</translation>
    </message>
    <message>
        <source>Check again before registering it again. Registering it again is safe: a system that is there is found and reported, never registered twice.</source>
        <translation>Check again before registering it again. Registering it again is safe: a system that is there is found and reported, never registered twice.</translation>
    </message>
    <message>
        <source>The system id %1 is registered already in your organisation's name, but with other client ids (%2): someone else set it up, so it was left as it is.</source>
        <translation>The system id %1 is registered already in your organisation's name, but with other client ids (%2): someone else set it up, so it was left as it is.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Choose another system id, or agree with whoever registered it before you update it.</source>
        <translation>Choose another system id, or agree with whoever registered it before you update it.</translation>
    </message>
    <message>
        <source>updating the system (it was registered already, but not as in the definition)</source>
        <translation>updating the system (it was registered already, but not as in the definition)</translation>
    </message>
</context>
<context>
    <name>Onboarding::SandboxCatalogueFlow</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>The sandbox has not started yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Only the sandbox has a catalogue of its own; %1 has Altinn's catalogue.</source>
        <translation>Only the sandbox has a catalogue of its own; %1 has Altinn's catalogue.</translation>
    </message>
    <message>
        <source>The environment changed underneath. Try again.</source>
        <translation>The environment changed underneath. Try again.</translation>
    </message>
    <message>
        <source>Nothing was sent: the file has problems the sandbox would refuse.</source>
        <translation>Nothing was sent: the file has problems the sandbox would refuse.</translation>
    </message>
    <message>
        <source>Nothing was sent: there is nothing to add.</source>
        <translation>Nothing was sent: there is nothing to add.</translation>
    </message>
    <message>
        <source>The language of the export must be nb, nn or en (got "%1").</source>
        <translation>The language of the export must be nb, nn or en (got "%1").</translation>
    </message>
    <message>
        <source>The catalogue changed, but the saved copy of it could not be downloaded again: %1 Use Retry in the rights list to load it.</source>
        <translation>The catalogue changed, but the saved copy of it could not be downloaded again: %1 Use Retry in the rights list to load it.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The sandbox did not take it: %1</source>
        <translation>The sandbox did not take it: %1</translation>
    </message>
    <message>
        <source>%1 of %2 parts were added before that; sending the file again is safe.</source>
        <translation>%1 of %2 parts were added before that; sending the file again is safe.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SandboxCatalogueImport</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at byte %2). Save the API's answer as it came, e.g. with curl -o.</source>
        <translation>The file is not JSON (%1 at byte %2). Save the API's answer as it came, e.g. with curl -o.</translation>
    </message>
    <message>
        <source>The file holds an empty list: there is nothing to add.</source>
        <translation>The file holds an empty list: there is nothing to add.</translation>
    </message>
    <message>
        <source>This is an access package search answer. Add the whole export instead (accessmanagement/api/v1/meta/info/accesspackages/export).</source>
        <translation>This is an access package search answer. Add the whole export instead (accessmanagement/api/v1/meta/info/accesspackages/export).</translation>
    </message>
    <message>
        <source>This is not a format the sandbox can add: expected a resource list or resource (with "identifier"), an access package export (area groups with "areas"), or organisations ("orgNo" and "name").</source>
        <translation>This is not a format the sandbox can add: expected a resource list or resource (with "identifier"), an access package export (area groups with "areas"), or organisations ("orgNo" and "name").</translation>
    </message>
    <message>
        <source>Expected a resource (an object); found something else.</source>
        <translation>Expected a resource (an object); found something else.</translation>
    </message>
    <message>
        <source>The identifier must be 4 to 200 letters, digits, "_" or "-" (found "%1").</source>
        <translation>The identifier must be 4 to 200 letters, digits, "_" or "-" (found "%1").</translation>
    </message>
    <message>
        <source>"%1" is a path of the registry, not a resource id.</source>
        <translation>"%1" is a path of the registry, not a resource id.</translation>
    </message>
    <message>
        <source>"%1" is in the file twice (also at %2).</source>
        <translation>"%1" is in the file twice (also at %2).</translation>
    </message>
    <message>
        <source>Unknown resource type "%1"; the registry's types are %2.</source>
        <translation>Unknown resource type "%1"; the registry's types are %2.</translation>
    </message>
    <message>
        <source>Ids starting with "app_" belong to apps: the type must be AltinnApp (or MigratedApp), not %1.</source>
        <translation>Ids starting with "app_" belong to apps: the type must be AltinnApp (or MigratedApp), not %1.</translation>
    </message>
    <message>
        <source>An app (%1) has an id of the form app_&lt;owner code&gt;_&lt;app name&gt;.</source>
        <translation>An app (%1) has an id of the form app_&lt;owner code&gt;_&lt;app name&gt;.</translation>
    </message>
    <message>
        <source>Expected texts per language, e.g. {"nb": "…", "nn": "…", "en": "…"}.</source>
        <translation>Expected texts per language, e.g. {"nb": "…", "nn": "…", "en": "…"}.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Expected true or false.</translation>
    </message>
    <message>
        <source>Expected the owner: {"orgcode", "organization", "name"}.</source>
        <translation>Expected the owner: {"orgcode", "organization", "name"}.</translation>
    </message>
    <message>
        <source>Expected the owner's organisation number, nine digits (found "%1").</source>
        <translation>Expected the owner's organisation number, nine digits (found "%1").</translation>
    </message>
    <message>
        <source>%1 is a %2: the system register does not take it as a right (AUTH.VLD-00017).</source>
        <translation>%1 is a %2: the system register does not take it as a right (AUTH.VLD-00017).</translation>
    </message>
    <message>
        <source>%1 is not delegable: a system may list it, but customers cannot approve it.</source>
        <translation>%1 is not delegable: a system may list it, but customers cannot approve it.</translation>
    </message>
    <message>
        <source>This resource alone is larger than the sandbox takes in one request.</source>
        <translation>This resource alone is larger than the sandbox takes in one request.</translation>
    </message>
    <message>
        <source>Expected an area group with its "areas", as the export lists them.</source>
        <translation>Expected an area group with its "areas", as the export lists them.</translation>
    </message>
    <message>
        <source>Expected "Organisasjon" or "Person" (found "%1").</source>
        <translation>Expected "Organisasjon" or "Person" (found "%1").</translation>
    </message>
    <message>
        <source>Every area needs its URN, e.g. "accesspackage:area:skatt_avgift_regnskap_og_toll".</source>
        <translation>Every area needs its URN, e.g. "accesspackage:area:skatt_avgift_regnskap_og_toll".</translation>
    </message>
    <message>
        <source>Expected urn:altinn:accesspackage:&lt;code&gt; (found "%1").</source>
        <translation>Expected urn:altinn:accesspackage:&lt;code&gt; (found "%1").</translation>
    </message>
    <message>
        <source>Expected true or false, as the export has it.</source>
        <translation>Expected true or false, as the export has it.</translation>
    </message>
    <message>
        <source>%1 is neither delegable nor assignable: the system register refuses it (AUTH.VLD-00008).</source>
        <translation>%1 is neither delegable nor assignable: the system register refuses it (AUTH.VLD-00008).</translation>
    </message>
    <message>
        <source>This area alone is larger than the sandbox takes in one request.</source>
        <translation>This area alone is larger than the sandbox takes in one request.</translation>
    </message>
    <message>
        <source>The export holds no areas and no packages.</source>
        <translation>The export holds no areas and no packages.</translation>
    </message>
    <message>
        <source>%1 is in the block of the sandbox's synthetic organisations (350000000 to 360999971); choose another number.</source>
        <translation>%1 is in the block of the sandbox's synthetic organisations (350000000 to 360999971); choose another number.</translation>
    </message>
    <message>
        <source>Every organisation needs a name.</source>
        <translation>Every organisation needs a name.</translation>
    </message>
    <message>
        <source>%1 is in the file twice (also at %2).</source>
        <translation>%1 is in the file twice (also at %2).</translation>
    </message>
    <message numerus="yes">
        <source>a resource list with %n resource(s)</source>
        <translation><numerusform>a resource list with %n resource</numerusform><numerusform>a resource list with %n resources</numerusform></translation>
    </message>
    <message>
        <source>one resource</source>
        <translation>one resource</translation>
    </message>
    <message numerus="yes">
        <source>an access package export with %n package(s)</source>
        <translation><numerusform>an access package export with %n package</numerusform><numerusform>an access package export with %n packages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n area(s)</source>
        <translation><numerusform>in %n area</numerusform><numerusform>in %n areas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation><numerusform>%n organisation</numerusform><numerusform>%n organisations</numerusform></translation>
    </message>
    <message>
        <source>nothing the sandbox can add</source>
        <translation>nothing the sandbox can add</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, so it is not a catalogue export.</source>
        <translation>%1 is larger than %2 MiB, so it is not a catalogue export.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SandboxClientRegistrationFlow</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>The sandbox has not started yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The profile changed while the client was being registered. Try again.</source>
        <translation>The profile changed while the client was being registered. Try again.</translation>
    </message>
    <message>
        <source>Only the sandbox registers clients from here. In %1, register the client and the public key in the self-service portal.</source>
        <translation>Only the sandbox registers clients from here. In %1, register the client and the public key in the self-service portal.</translation>
    </message>
    <message>
        <source>Registration cancelled.</source>
        <translation>Registration cancelled.</translation>
    </message>
    <message>
        <source>registering the client in the sandbox</source>
        <translation>registering the client in the sandbox</translation>
    </message>
    <message>
        <source>The sandbox's answer was lost, and it has no client %1: nothing was registered. Try again.</source>
        <translation>The sandbox's answer was lost, and it has no client %1: nothing was registered. Try again.</translation>
    </message>
    <message>
        <source>The sandbox did not answer, and could not be asked afterwards whether it registered the client %1: it may be registered. Run the registration again: it finds that client instead of making a second one.</source>
        <translation>The sandbox did not answer, and could not be asked afterwards whether it registered the client %1: it may be registered. Run the registration again: it finds that client instead of making a second one.</translation>
    </message>
    <message>
        <source>reading the sandbox's client %1</source>
        <translation>reading the sandbox's client %1</translation>
    </message>
    <message>
        <source>The sandbox has a client %1 already, and it belongs to organisation %2, not to %3: it is not yours to change. Correct the profile's client id (or leave it empty to register a client of your own) or its organisation number.</source>
        <translation>The sandbox has a client %1 already, and it belongs to organisation %2, not to %3: it is not yours to change. Correct the profile's client id (or leave it empty to register a client of your own) or its organisation number.</translation>
    </message>
    <message>
        <source>giving the sandbox's client your key</source>
        <translation>giving the sandbox's client your key</translation>
    </message>
    <message>
        <source>giving the sandbox's client its scopes</source>
        <translation>giving the sandbox's client its scopes</translation>
    </message>
    <message>
        <source>The client %1 is registered, but the profile could not be saved: %2. Registering again finds this client instead of making another.</source>
        <translation>The client %1 is registered, but the profile could not be saved: %2. Registering again finds this client instead of making another.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SubmitChangeRequestFlow</name>
    <message>
        <source>agent system user</source>
        <translation>agent system user</translation>
    </message>
    <message>
        <source>A system user for client relationships cannot be changed.</source>
        <translation>A system user for client relationships cannot be changed.</translation>
    </message>
    <message>
        <source>The customer deletes it in Altinn (Systemtilganger); then send a new agent request with what it should have.</source>
        <translation>The customer deletes it in Altinn (Systemtilganger); then send a new agent request with what it should have.</translation>
    </message>
    <message>
        <source>sending the change request</source>
        <translation>sending the change request</translation>
    </message>
</context>
<context>
    <name>Onboarding::SubmitRequestFlow</name>
    <message>
        <source>sending the request</source>
        <translation>sending the request</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and Altinn has no such request: nothing was created.</source>
        <translation>The answer from Altinn was lost, and Altinn has no such request: nothing was created.</translation>
    </message>
    <message>
        <source>Send the request again.</source>
        <translation>Send the request again.</translation>
    </message>
    <message>
        <source>finding the earlier request</source>
        <translation>finding the earlier request</translation>
    </message>
    <message>
        <source>deleting the earlier request</source>
        <translation>deleting the earlier request</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and has no such request: nothing was created.</source>
        <translation>Altinn answered with a server error, and has no such request: nothing was created.</translation>
    </message>
    <message>
        <source>Altinn answered with a server error, and could not be asked afterwards whether it made the request anyway: the request may exist.</source>
        <translation>Altinn answered with a server error, and could not be asked afterwards whether it made the request anyway: the request may exist.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost, and Altinn could not be asked afterwards whether it got the request: the request may exist.</source>
        <translation>The answer from Altinn was lost, and Altinn could not be asked afterwards whether it got the request: the request may exist.</translation>
    </message>
    <message>
        <source>Check again before sending it again: the next attempt looks the request up first and sends it only when Altinn has none.</source>
        <translation>Check again before sending it again: the next attempt looks the request up first and sends it only when Altinn has none.</translation>
    </message>
    <message>
        <source>checking for the earlier request</source>
        <translation>checking for the earlier request</translation>
    </message>
    <message>
        <source>It is still not known whether Altinn got the earlier request: Altinn could not be asked. Nothing was sent, so that no second request is made; the request may exist.</source>
        <translation>It is still not known whether Altinn got the earlier request: Altinn could not be asked. Nothing was sent, so that no second request is made; the request may exist.</translation>
    </message>
    <message>
        <source>Check again in a moment.</source>
        <translation>Check again in a moment.</translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemNamesLoader</name>
    <message>
        <source>reading the system from Altinn</source>
        <translation>reading the system from Altinn</translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemUserHoldingsCheck</name>
    <message>
        <source>checking what the system user holds</source>
        <translation>checking what the system user holds</translation>
    </message>
    <message>
        <source>reading the system definition</source>
        <translation>reading the system definition</translation>
    </message>
    <message>
        <source>This check asks for a system user token with the scope %1: add it to the Maskinporten client (in the sandbox, register the client again).</source>
        <translation>This check asks for a system user token with the scope %1: add it to the Maskinporten client (in the sandbox, register the client again).</translation>
    </message>
    <message>
        <source>Maskinporten found no system user of this system for the customer: it may have been deleted. Refresh the customer list.</source>
        <translation>Maskinporten found no system user of this system for the customer: it may have been deleted. Refresh the customer list.</translation>
    </message>
    <message>
        <source>finding the system of the system user</source>
        <translation>finding the system of the system user</translation>
    </message>
    <message>
        <source>asking Altinn what the system user may do</source>
        <translation>asking Altinn what the system user may do</translation>
    </message>
    <message>
        <source>An agent system user holds its rights per client, through client delegations, so this check does not compare them with the system.</source>
        <translation>An agent system user holds its rights per client, through client delegations, so this check does not compare them with the system.</translation>
    </message>
    <message>
        <source>Altinn lists no party %1 for the system user: it holds nothing for the customer.</source>
        <translation>Altinn lists no party %1 for the system user: it holds nothing for the customer.</translation>
    </message>
    <message>
        <source>Lacks the right %1, which the system asks for.</source>
        <translation>Lacks the right %1, which the system asks for.</translation>
    </message>
    <message>
        <source>Lacks the access package %1, which the system asks for.</source>
        <translation>Lacks the access package %1, which the system asks for.</translation>
    </message>
    <message>
        <source>Holds the right %1, which the system no longer asks for.</source>
        <translation>Holds the right %1, which the system no longer asks for.</translation>
    </message>
    <message>
        <source>Holds the access package %1, which the system no longer asks for.</source>
        <translation>Holds the access package %1, which the system no longer asks for.</translation>
    </message>
    <message>
        <source>The system user holds everything the system asks for, and nothing more.</source>
        <translation>The system user holds everything the system asks for, and nothing more.</translation>
    </message>
    <message numerus="yes">
        <source>The system user lacks %n of the rights and packages the system asks for — send a change request.</source>
        <translation><numerusform>The system user lacks %n of the rights and packages the system asks for — send a change request.</numerusform><numerusform>The system user lacks %n of the rights and packages the system asks for — send a change request.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The system user holds everything the system asks for, and %n right(s) or package(s) the system no longer asks for.</source>
        <translation><numerusform>The system user holds everything the system asks for, and %n right or package the system no longer asks for.</numerusform><numerusform>The system user holds everything the system asks for, and %n rights or packages the system no longer asks for.</numerusform></translation>
    </message>
    <message>
        <source>Altinn wants the scope %1 in the token; check that the Maskinporten client has it.</source>
        <translation>Altinn wants the scope %1 in the token; check that the Maskinporten client has it.</translation>
    </message>
    <message numerus="yes">
        <source>It also holds %n right(s) or package(s) the system no longer asks for.</source>
        <translation><numerusform>It also holds %n right or package the system no longer asks for.</numerusform><numerusform>It also holds %n rights or packages the system no longer asks for.</numerusform></translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemUserTokenFetch</name>
    <message>
        <source>getting the system user token</source>
        <translation>getting the system user token</translation>
    </message>
    <message>
        <source>exchanging the system user token for an Altinn token</source>
        <translation>exchanging the system user token for an Altinn token</translation>
    </message>
</context>
<context>
    <name>Onboarding::SystemUserTokenTestFlow</name>
    <message>
        <source>getting the system user token</source>
        <translation>getting the system user token</translation>
    </message>
    <message>
        <source>Maskinporten did not say what time it has, so how far this computer's clock is off is not known. Turn on automatic time (NTP) in the system settings and try again.</source>
        <translation>Maskinporten did not say what time it has, so how far this computer's clock is off is not known. Turn on automatic time (NTP) in the system settings and try again.</translation>
    </message>
    <message numerus="yes">
        <source>This computer's clock is within %n second(s) of Maskinporten's, so the clock is not the cause. Try again.</source>
        <translation><numerusform>This computer's clock is within %n second of Maskinporten's, so the clock is not the cause. Try again.</numerusform><numerusform>This computer's clock is within %n seconds of Maskinporten's, so the clock is not the cause. Try again.</numerusform></translation>
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
        <translation>%1 has not answered the request sent %2 yet.</translation>
    </message>
    <message>
        <source>%1 has not answered the request sent %2 yet. Approval link: %3</source>
        <translation>%1 has not answered the request sent %2 yet. Approval link: %3</translation>
    </message>
    <message>
        <source>The request to %1 has expired without an answer.</source>
        <translation>The request to %1 has expired without an answer.</translation>
    </message>
    <message>
        <source>%1 rejected the request.</source>
        <translation>%1 rejected the request.</translation>
    </message>
    <message>
        <source>Publish the system definition, so customers can be asked for a system user.</source>
        <translation>Publish the system definition, so customers can be asked for a system user.</translation>
    </message>
    <message>
        <source>Add your Maskinporten client id to the system and publish it again; without it no system user token can be issued.</source>
        <translation>Add your Maskinporten client id to the system and publish it again; without it no system user token can be issued.</translation>
    </message>
    <message>
        <source>Send the approval link to %1. Someone there with the Access manager role (or the rights asked for) must approve it.</source>
        <translation>Send the approval link to %1. Someone there with the Access manager role (or the rights asked for) must approve it.</translation>
    </message>
    <message>
        <source>Delete the expired request to %1 and send a new one.</source>
        <translation>Delete the expired request to %1 and send a new one.</translation>
    </message>
    <message>
        <source>Talk to %1 about why the request was rejected; to ask again, delete it and send a new one.</source>
        <translation>Talk to %1 about why the request was rejected; to ask again, delete it and send a new one.</translation>
    </message>
    <message>
        <source>Test authentication for an approved customer, to check that your system gets a system user token.</source>
        <translation>Test authentication for an approved customer, to check that your system gets a system user token.</translation>
    </message>
    <message>
        <source>Fix what stopped the authentication test for %1, then test again.</source>
        <translation>Fix what stopped the authentication test for %1, then test again.</translation>
    </message>
    <message>
        <source>Ask your first customer for a system user.</source>
        <translation>Ask your first customer for a system user.</translation>
    </message>
    <message>
        <source>When it all works here, do the same in TT02 (Altinn's test environment): a TT02 profile with its own Maskinporten client and key, and the system published there.</source>
        <translation>When it all works here, do the same in TT02 (Altinn's test environment): a TT02 profile with its own Maskinporten client and key, and the system published there.</translation>
    </message>
    <message>
        <source>Before going live, repeat this in production: a production profile with its own Maskinporten client and key, and the production client id in the system.</source>
        <translation>Before going live, repeat this in production: a production profile with its own Maskinporten client and key, and the production client id in the system.</translation>
    </message>
    <message>
        <source>Onboard the next customer: send a new request from the customer request page.</source>
        <translation>Onboard the next customer: send a new request from the customer request page.</translation>
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
        <translation>Onboarding report</translation>
    </message>
    <message>
        <source>Created %1 in %2.</source>
        <translation>Created %1 in %2.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System id</translation>
    </message>
    <message>
        <source>Rights (%1)</source>
        <translation>Rights (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Access packages (%1)</source>
        <translation>Access packages (%1)</translation>
    </message>
    <message>
        <source>Customer requests</source>
        <translation>Customer requests</translation>
    </message>
    <message>
        <source>No requests were sent.</source>
        <translation>No requests were sent.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>Approval link</source>
        <translation>Approval link</translation>
    </message>
    <message>
        <source>System users</source>
        <translation>System users</translation>
    </message>
    <message>
        <source>No system users yet.</source>
        <translation>No system users yet.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Authentication test</source>
        <translation>Authentication test</translation>
    </message>
    <message>
        <source>Succeeded: a system user token was issued for %1 at %2.</source>
        <translation>Succeeded: a system user token was issued for %1 at %2.</translation>
    </message>
    <message>
        <source>Failed for %1 at %2: %3</source>
        <translation>Failed for %1 at %2: %3</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Not tested.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Nothing is pending.</source>
        <translation>Nothing is pending.</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Nothing more to do.</source>
        <translation>Nothing more to do.</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Organisation and environment</source>
        <translation>Organisation and environment</translation>
    </message>
    <message>
        <source>Maskinporten client and key</source>
        <translation>Maskinporten client and key</translation>
    </message>
    <message>
        <source>System definition</source>
        <translation>System definition</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Customer request</source>
        <translation>Customer request</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Test authentication</source>
        <translation>Test authentication</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Back to the start screen. What you entered is kept.</source>
        <translation>Back to the start screen. What you entered is kept.</translation>
    </message>
</context>
<context>
    <name>OperationStatus</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Working</translation>
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
    <name>OrgNumberField</name>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>9 digits, e.g. 991 825 827</source>
        <translation>9 digits, e.g. 991 825 827</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Looking up the name…</source>
        <translation>Looking up the name…</translation>
    </message>
</context>
<context>
    <name>PathComparisonDialog</name>
    <message>
        <source>Which way fits your system?</source>
        <translation>Which way fits your system?</translation>
    </message>
    <message>
        <source>An end-user system can talk to an Altinn app in two ways. Pick the one that matches how your system is used; many systems need both.</source>
        <translation>An end-user system can talk to an Altinn app in two ways. Pick the one that matches how your system is used; many systems need both.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the comparison</source>
        <translation>Close the comparison</translation>
    </message>
    <message>
        <source>Who is there</source>
        <translation>Who is there</translation>
    </message>
    <message>
        <source>A person is present and logs in when the system acts.</source>
        <translation>A person is present and logs in when the system acts.</translation>
    </message>
    <message>
        <source>Nobody. The system runs unattended, for example at night or in batches.</source>
        <translation>Nobody. The system runs unattended, for example at night or in batches.</translation>
    </message>
    <message>
        <source>Who logs in</source>
        <translation>Who logs in</translation>
    </message>
    <message>
        <source>The person, at ID-porten, each time their session has ended.</source>
        <translation>The person, at ID-porten, each time their session has ended.</translation>
    </message>
    <message>
        <source>Nobody logs in. Your system signs a request to Maskinporten with its own key.</source>
        <translation>Nobody logs in. Your system signs a request to Maskinporten with its own key.</translation>
    </message>
    <message>
        <source>Who approves</source>
        <translation>Who approves</translation>
    </message>
    <message>
        <source>The person, by logging in. Altinn checks their roles at the organisation every time.</source>
        <translation>The person, by logging in. Altinn checks their roles at the organisation every time.</translation>
    </message>
    <message>
        <source>The customer's access manager, once, by approving your system user request in Altinn.</source>
        <translation>The customer's access manager, once, by approving your system user request in Altinn.</translation>
    </message>
    <message>
        <source>What the token says</source>
        <translation>What the token says</translation>
    </message>
    <message>
        <source>Who the person is (pid: the national identity number) and the scopes. Altinn exchanges it for an Altinn token.</source>
        <translation>Who the person is (pid: the national identity number) and the scopes. Altinn exchanges it for an Altinn token.</translation>
    </message>
    <message>
        <source>Which system user acts (its id and the customer's organisation number) and the scopes.</source>
        <translation>Which system user acts (its id and the customer's organisation number) and the scopes.</translation>
    </message>
    <message>
        <source>Scopes and rights</source>
        <translation>Scopes and rights</translation>
    </message>
    <message>
        <source>The scopes altinn:instances.read and altinn:instances.write. An app owner may define its own scope as well, to limit which clients may use the app. What the person may do follows their roles.</source>
        <translation>The scopes altinn:instances.read and altinn:instances.write. An app owner may define its own scope as well, to limit which clients may use the app. What the person may do follows their roles.</translation>
    </message>
    <message>
        <source>The rights the customer gave the system user on the app's resource (app_{org}_{app}), as your system definition asks for them.</source>
        <translation>The rights the customer gave the system user on the app's resource (app_{org}_{app}), as your system definition asks for them.</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lifetime</translation>
    </message>
    <message>
        <source>As long as the ID-porten session. Then the person logs in again.</source>
        <translation>As long as the ID-porten session. Then the person logs in again.</translation>
    </message>
    <message>
        <source>Long-lived: the system user works until the customer deletes it. Each token lasts a few minutes and is fetched again.</source>
        <translation>Long-lived: the system user works until the customer deletes it. Each token lasts a few minutes and is fetched again.</translation>
    </message>
    <message>
        <source>Choose it when</source>
        <translation>Choose it when</translation>
    </message>
    <message>
        <source>A person uses your system and is there when it sends, for example to submit the annual accounts.</source>
        <translation>A person uses your system and is there when it sends, for example to submit the annual accounts.</translation>
    </message>
    <message>
        <source>Your system works on its own for many customers, for example sending data on a schedule.</source>
        <translation>Your system works on its own for many customers, for example sending data on a schedule.</translation>
    </message>
    <message>
        <source>As a person (ID-porten)</source>
        <translation>As a person (ID-porten)</translation>
    </message>
    <message>
        <source>As a system user (Maskinporten)</source>
        <translation>As a system user (Maskinporten)</translation>
    </message>
    <message>
        <source>Comparison of the two ways</source>
        <translation>Comparison of the two ways</translation>
    </message>
    <message>
        <source>One row per question; the first column is a person with ID-porten, the second a system user with Maskinporten.</source>
        <translation>One row per question; the first column is a person with ID-porten, the second a system user with Maskinporten.</translation>
    </message>
</context>
<context>
    <name>PathSideBySideSection</name>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Now the same app, for the same organisation, as your system's system user for that customer — the way a system that runs unattended does it.</source>
        <translation>Now the same app, for the same organisation, as your system's system user for that customer — the way a system that runs unattended does it.</translation>
    </message>
    <message>
        <source>&amp;The same with a system user</source>
        <translation>&amp;The same with a system user</translation>
    </message>
    <message>
        <source>Create the same instance with the customer's system user</source>
        <translation>Create the same instance with the customer's system user</translation>
    </message>
    <message>
        <source>As a person (ID-porten)</source>
        <translation>As a person (ID-porten)</translation>
    </message>
    <message>
        <source>As a system user (Maskinporten)</source>
        <translation>As a system user (Maskinporten)</translation>
    </message>
    <message>
        <source>Who acted</source>
        <translation>Who acted</translation>
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
        <translation>Who approved</translation>
    </message>
    <message>
        <source>Instance created</source>
        <translation>Instance created</translation>
    </message>
    <message>
        <source>The system user's instance is offered on the sandbox only: here it would create a real one.</source>
        <translation>The system user's instance is offered on the sandbox only: here it would create a real one.</translation>
    </message>
    <message>
        <source>Not yet: log in above.</source>
        <translation>Not yet: log in above.</translation>
    </message>
    <message>
        <source>The person with national identity number %1</source>
        <translation>The person with national identity number %1</translation>
    </message>
    <message>
        <source>ID-porten access token (the person's pid), exchanged for an Altinn token</source>
        <translation>ID-porten access token (the person's pid), exchanged for an Altinn token</translation>
    </message>
    <message>
        <source>Nobody beforehand: the person logged in, and the app checked their role at the organisation.</source>
        <translation>Nobody beforehand: the person logged in, and the app checked their role at the organisation.</translation>
    </message>
    <message>
        <source>Not yet: create an instance as this person above.</source>
        <translation>Not yet: create an instance as this person above.</translation>
    </message>
    <message>
        <source>Not yet: use the button above.</source>
        <translation>Not yet: use the button above.</translation>
    </message>
    <message>
        <source>No system user acted: Maskinporten gave no system user token for %1.</source>
        <translation>No system user acted: Maskinporten gave no system user token for %1.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Nobody yet: the customer's access manager approves a system user request once.</source>
        <translation>Nobody yet: the customer's access manager approves a system user request once.</translation>
    </message>
    <message>
        <source>The system user %1 of the system %2, for %3</source>
        <translation>The system user %1 of the system %2, for %3</translation>
    </message>
    <message>
        <source>Maskinporten system user token (the system user and the customer's organisation number)</source>
        <translation>Maskinporten system user token (the system user and the customer's organisation number)</translation>
    </message>
    <message>
        <source>The customer's access manager, once, when approving your system user request</source>
        <translation>The customer's access manager, once, when approving your system user request</translation>
    </message>
    <message>
        <source>Created: instance %1.</source>
        <translation>Created: instance %1.</translation>
    </message>
    <message>
        <source>Choose or create a profile first: the system user belongs to your system.</source>
        <translation>Choose or create a profile first: the system user belongs to your system.</translation>
    </message>
    <message>
        <source>Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406.</source>
        <translation>Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>Enter the organisation to act for above.</source>
        <translation>Enter the organisation to act for above.</translation>
    </message>
    <message>
        <source>Creating an instance of %1/%2 for %3 as its system user…</source>
        <translation>Creating an instance of %1/%2 for %3 as its system user…</translation>
    </message>
    <message>
        <source>Stopped waiting for the app.</source>
        <translation>Stopped waiting for the app.</translation>
    </message>
    <message>
        <source>The app accepted the system user too. Compare the two columns below.</source>
        <translation>The app accepted the system user too. Compare the two columns below.</translation>
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
        <translation>Value</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Claims of the person's token</source>
        <translation>Claims of the person's token</translation>
    </message>
</context>
<context>
    <name>PersonInstanceSection</name>
    <message>
        <source>Act as the person</source>
        <translation>Act as the person</translation>
    </message>
    <message>
        <source>Altinn exchanges the person's ID-porten token for an Altinn token, and the app checks that the person may act for the organisation: a role there, such as general manager.</source>
        <translation>Altinn exchanges the person's ID-porten token for an Altinn token, and the app checks that the person may act for the organisation: a role there, such as general manager.</translation>
    </message>
    <message>
        <source>&amp;Create an instance as this person</source>
        <translation>&amp;Create an instance as this person</translation>
    </message>
    <message>
        <source>Create an instance of the app as the person who logged in</source>
        <translation>Create an instance of the app as the person who logged in</translation>
    </message>
    <message>
        <source>Creating an instance is offered on the sandbox only: here it would create a real one.</source>
        <translation>Creating an instance is offered on the sandbox only: here it would create a real one.</translation>
    </message>
    <message>
        <source>Log in above first.</source>
        <translation>Log in above first.</translation>
    </message>
    <message>
        <source>Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406.</source>
        <translation>Enter the app above as owner/name, for example brg/aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>Enter the organisation the person acts for above.</source>
        <translation>Enter the organisation the person acts for above.</translation>
    </message>
    <message>
        <source>Creating an instance of %1/%2 for %3 as the person…</source>
        <translation>Creating an instance of %1/%2 for %3 as the person…</translation>
    </message>
    <message>
        <source>Created: instance %1.</source>
        <translation>Created: instance %1.</translation>
    </message>
    <message>
        <source>This person holds no role at %1 that lets them act here.</source>
        <translation>This person holds no role at %1 that lets them act here.</translation>
    </message>
    <message>
        <source>In the sandbox, log in as Kari Prøvesen (general manager of %1) or Sigrid Sandkassen.</source>
        <translation>In the sandbox, log in as Kari Prøvesen (general manager of %1) or Sigrid Sandkassen.</translation>
    </message>
    <message>
        <source>The person's token lacks the scope altinn:instances.write. Log in again: the login asks for it.</source>
        <translation>The person's token lacks the scope altinn:instances.write. Log in again: the login asks for it.</translation>
    </message>
    <message>
        <source>The app accepted the person: an instance of %1/%2 was created.</source>
        <translation>The app accepted the person: an instance of %1/%2 was created.</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instance: %1</translation>
    </message>
    <message>
        <source>Owner: organisation %1 (party %2)</source>
        <translation>Owner: organisation %1 (party %2)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Created: %1 by user %2</source>
        <translation>Created: %1 by user %2</translation>
    </message>
    <message>
        <source>Stopped waiting for the app.</source>
        <translation>Stopped waiting for the app.</translation>
    </message>
</context>
<context>
    <name>PersonIntroSection</name>
    <message>
        <source>Log in as a person (ID-porten)</source>
        <translation>Log in as a person (ID-porten)</translation>
    </message>
    <message>
        <source>When a person uses your system, they can log in at ID-porten and your system acts for an organisation with their token — no system user needed. Try it here, and compare it with the system user your system uses when nobody is there.</source>
        <translation>When a person uses your system, they can log in at ID-porten and your system acts for an organisation with their token — no system user needed. Try it here, and compare it with the system user your system uses when nobody is there.</translation>
    </message>
    <message>
        <source>&amp;Which way fits your system?</source>
        <translation>&amp;Which way fits your system?</translation>
    </message>
    <message>
        <source>Which way fits your system? Opens a comparison.</source>
        <translation>Which way fits your system? Opens a comparison.</translation>
    </message>
</context>
<context>
    <name>PersonLogin</name>
    <message>
        <source>A scope to ask ID-porten for besides openid (default: altinn:instances.read and altinn:instances.write).</source>
        <translation>A scope to ask ID-porten for besides openid (default: altinn:instances.read and altinn:instances.write).</translation>
    </message>
    <message>
        <source>Sandbox only: log in as this test person (national identity number) without a browser, e.g. 24908099411.</source>
        <translation>Sandbox only: log in as this test person (national identity number) without a browser, e.g. 24908099411.</translation>
    </message>
    <message>
        <source>Do not open a browser; only print the address to open.</source>
        <translation>Do not open a browser; only print the address to open.</translation>
    </message>
    <message>
        <source>--person works with the sandbox only. In %1 a real (or TestID) person logs in in the browser.</source>
        <translation>--person works with the sandbox only. In %1 a real (or TestID) person logs in in the browser.</translation>
    </message>
    <message>
        <source>The CLI logs in without a browser only at a sandbox on this computer.</source>
        <translation>The CLI logs in without a browser only at a sandbox on this computer.</translation>
    </message>
    <message>
        <source>Log in in the browser that opens. If none does, open this address:</source>
        <translation>Log in in the browser that opens. If none does, open this address:</translation>
    </message>
    <message>
        <source>Open this address in a browser and log in:</source>
        <translation>Open this address in a browser and log in:</translation>
    </message>
    <message>
        <source>Waiting for the login (at most five minutes) …</source>
        <translation>Waiting for the login (at most five minutes) …</translation>
    </message>
</context>
<context>
    <name>PersonLoginSection</name>
    <message>
        <source>This number is not in the sandbox's register: no test person holds a role there.</source>
        <translation>This number is not in the sandbox's register: no test person holds a role there.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>The person logs in at ID-porten in the browser and comes back here. Your system then acts for the organisation with the person's token.</source>
        <translation>The person logs in at ID-porten in the browser and comes back here. Your system then acts for the organisation with the person's token.</translation>
    </message>
    <message>
        <source>A&amp;pp:</source>
        <translation>A&amp;pp:</translation>
    </message>
    <message>
        <source>App, as owner/name</source>
        <translation>App, as owner/name</translation>
    </message>
    <message>
        <source>The Altinn app to call: the app owner's code, a slash and the app's name.</source>
        <translation>The Altinn app to call: the app owner's code, a slash and the app's name.</translation>
    </message>
    <message>
        <source>&amp;Organisation to act for:</source>
        <translation>&amp;Organisation to act for:</translation>
    </message>
    <message>
        <source>Organisation to act for</source>
        <translation>Organisation to act for</translation>
    </message>
    <message>
        <source>The organisation the person acts for: the instance's owner.</source>
        <translation>The organisation the person acts for: the instance's owner.</translation>
    </message>
    <message>
        <source>Log &amp;in with ID-porten…</source>
        <translation>Log &amp;in with ID-porten…</translation>
    </message>
    <message>
        <source>Log in with ID-porten in the browser</source>
        <translation>Log in with ID-porten in the browser</translation>
    </message>
    <message>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;y link</translation>
    </message>
    <message>
        <source>Copy the login link</source>
        <translation>Copy the login link</translation>
    </message>
    <message>
        <source>When no browser opened: paste the link into a browser on this computer.</source>
        <translation>When no browser opened: paste the link into a browser on this computer.</translation>
    </message>
    <message>
        <source>Logged in: the person with national identity number %1. The token carries no name.</source>
        <translation>Logged in: the person with national identity number %1. The token carries no name.</translation>
    </message>
    <message>
        <source>The connection is not ready yet: wait for the sandbox to start, or finish the Maskinporten client and key of this profile.</source>
        <translation>The connection is not ready yet: wait for the sandbox to start, or finish the Maskinporten client and key of this profile.</translation>
    </message>
    <message>
        <source>Choose or create a profile first (Set up or edit my system): the login uses your profile's ID-porten client.</source>
        <translation>Choose or create a profile first (Set up or edit my system): the login uses your profile's ID-porten client.</translation>
    </message>
    <message>
        <source>Enter the app as owner/name, for example brg/aarsregnskap-vanlig-202406.</source>
        <translation>Enter the app as owner/name, for example brg/aarsregnskap-vanlig-202406.</translation>
    </message>
    <message>
        <source>Enter the organisation the person acts for.</source>
        <translation>Enter the organisation the person acts for.</translation>
    </message>
    <message>
        <source>Getting this profile's ID-porten client ready…</source>
        <translation>Getting this profile's ID-porten client ready…</translation>
    </message>
    <message>
        <source>Waiting for you to log in in the browser…</source>
        <translation>Waiting for you to log in in the browser…</translation>
    </message>
    <message>
        <source>Fetching the tokens and checking the ID token…</source>
        <translation>Fetching the tokens and checking the ID token…</translation>
    </message>
    <message>
        <source>Logged in at ID-porten.</source>
        <translation>Logged in at ID-porten.</translation>
    </message>
    <message>
        <source>Login cancelled. Nobody is logged in.</source>
        <translation>Login cancelled. Nobody is logged in.</translation>
    </message>
    <message>
        <source>You cancelled at ID-porten. Log in again when ready.</source>
        <translation>You cancelled at ID-porten. Log in again when ready.</translation>
    </message>
    <message>
        <source>Nobody logged in within the time allowed. Log in again, and finish in the browser that opens.</source>
        <translation>Nobody logged in within the time allowed. Log in again, and finish in the browser that opens.</translation>
    </message>
    <message>
        <source>Link copied. Open it in a browser on this computer: the login comes back to this app.</source>
        <translation>Link copied. Open it in a browser on this computer: the login comes back to this app.</translation>
    </message>
    <message>
        <source>Choose or create a profile first (Set up or edit my system), or run the guided demo from the start screen: it makes a demo vendor with a system user in about a minute. The login uses your profile's ID-porten client.</source>
        <translation>Choose or create a profile first (Set up or edit my system), or run the guided demo from the start screen: it makes a demo vendor with a system user in about a minute. The login uses your profile's ID-porten client.</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>Presenter mode</translation>
    </message>
    <message>
        <source>Larger text for an audience, with client ids, keys, tokens and trace ids masked. PageDown or Space goes on, PageUp goes back (Ctrl+Shift+P).</source>
        <translation>Larger text for an audience, with client ids, keys, tokens and trace ids masked. PageDown or Space goes on, PageUp goes back (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <source>Text at %1 %</source>
        <translation>Text at %1 %</translation>
    </message>
</context>
<context>
    <name>ProductionBand</name>
    <message>
        <source>PRODUCTION — changes affect real customers</source>
        <translation>PRODUCTION — changes affect real customers</translation>
    </message>
    <message>
        <source>This profile works in Altinn's production environment. Every change is asked for confirmation before it is sent.</source>
        <translation>This profile works in Altinn's production environment. Every change is asked for confirmation before it is sent.</translation>
    </message>
</context>
<context>
    <name>ProductionGuard</name>
    <message>
        <source>Change production?</source>
        <translation>Change production?</translation>
    </message>
    <message>
        <source>You are about to %1 in PRODUCTION.</source>
        <translation>You are about to %1 in PRODUCTION.</translation>
    </message>
    <message>
        <source>This changes what real customers see and use. Go ahead only if you have checked it in TT02.</source>
        <translation>This changes what real customers see and use. Go ahead only if you have checked it in TT02.</translation>
    </message>
    <message>
        <source>Yes, change production</source>
        <translation>Yes, change production</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>Vendor profiles: organisation, environment, Maskinporten client</source>
        <translation>Vendor profiles: organisation, environment, Maskinporten client</translation>
    </message>
    <message>
        <source>The vendor's organisation number (9 digits).</source>
        <translation>The vendor's organisation number (9 digits).</translation>
    </message>
    <message>
        <source>The Maskinporten client id. In the sandbox, "sandbox register-client" makes one.</source>
        <translation>The Maskinporten client id. In the sandbox, "sandbox register-client" makes one.</translation>
    </message>
    <message>
        <source>Extra scopes for system user tokens (e.g. skatteetaten:demo), separated by commas.</source>
        <translation>Extra scopes for system user tokens (e.g. skatteetaten:demo), separated by commas.</translation>
    </message>
    <message>
        <source>The profile's name.</source>
        <translation>The profile's name.</translation>
    </message>
    <message>
        <source>The profile's name (default: the current profile).</source>
        <translation>The profile's name (default: the current profile).</translation>
    </message>
    <message>
        <source>Create a profile and make it the current one (the environment comes from --env; default sandbox).</source>
        <translation>Create a profile and make it the current one (the environment comes from --env; default sandbox).</translation>
    </message>
    <message>
        <source>List the profiles.</source>
        <translation>List the profiles.</translation>
    </message>
    <message>
        <source>Show a profile.</source>
        <translation>Show a profile.</translation>
    </message>
    <message>
        <source>Make a profile the current one.</source>
        <translation>Make a profile the current one.</translation>
    </message>
    <message>
        <source>Change a profile's organisation, client id or scopes.</source>
        <translation>Change a profile's organisation, client id or scopes.</translation>
    </message>
    <message>
        <source>Delete a profile and its key in the keychain.</source>
        <translation>Delete a profile and its key in the keychain.</translation>
    </message>
    <message>
        <source>There is no profile "%1".</source>
        <translation>There is no profile "%1".</translation>
    </message>
    <message>
        <source>See the profiles with: %1</source>
        <translation>See the profiles with: %1</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>The profile needs a name.</translation>
    </message>
    <message>
        <source>A profile named "%1" already exists.</source>
        <translation>A profile named "%1" already exists.</translation>
    </message>
    <message>
        <source>See it with "%1", or choose another name.</source>
        <translation>See it with "%1", or choose another name.</translation>
    </message>
    <message>
        <source>Say which organisation the profile is for: --org ORGNO.</source>
        <translation>Say which organisation the profile is for: --org ORGNO.</translation>
    </message>
    <message>
        <source>The vendor's organisation number</source>
        <translation>The vendor's organisation number</translation>
    </message>
    <message>
        <source>Unknown environment "%1": use sandbox, tt02, prod or the URL of a running systemuser-sandbox.</source>
        <translation>Unknown environment "%1": use sandbox, tt02, prod or the URL of a running systemuser-sandbox.</translation>
    </message>
    <message>
        <source>Created profile "%1" for %2 in %3; it is now the current profile.</source>
        <translation>Created profile "%1" for %2 in %3; it is now the current profile.</translation>
    </message>
    <message>
        <source>Next: make its key with "%1".</source>
        <translation>Next: make its key with "%1".</translation>
    </message>
    <message>
        <source>No profiles yet. Create one: %1</source>
        <translation>No profiles yet. Create one: %1</translation>
    </message>
    <message>
        <source>Now using profile "%1".</source>
        <translation>Now using profile "%1".</translation>
    </message>
    <message>
        <source>Updated profile "%1".</source>
        <translation>Updated profile "%1".</translation>
    </message>
    <message>
        <source>Deleted profile "%1".</source>
        <translation>Deleted profile "%1".</translation>
    </message>
    <message>
        <source>The key could not be removed from the keychain: %1</source>
        <translation>The key could not be removed from the keychain: %1</translation>
    </message>
    <message>
        <source>TT02 and production: the client id of your ID-porten integration at Digdir (docs/id-porten.md#tt02). In the sandbox the ID-porten client is registered by itself.</source>
        <translation>TT02 and production: the client id of your ID-porten integration at Digdir (docs/id-porten.md#tt02). In the sandbox the ID-porten client is registered by itself.</translation>
    </message>
    <message>
        <source>Say what to change: --org, --client-id, --idporten-client-id or --scopes.</source>
        <translation>Say what to change: --org, --client-id, --idporten-client-id or --scopes.</translation>
    </message>
</context>
<context>
    <name>ProfileEnvironmentSection</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>TT02 — Altinn's test environment</source>
        <translation>TT02 — Altinn's test environment</translation>
    </message>
    <message>
        <source>Production — real customers</source>
        <translation>Production — real customers</translation>
    </message>
    <message>
        <source>Custom server…</source>
        <translation>Custom server…</translation>
    </message>
    <message>
        <source>Runs inside this app. Nothing is sent to Altinn or Maskinporten; good for learning and demos.</source>
        <translation>Runs inside this app. Nothing is sent to Altinn or Maskinporten; good for learning and demos.</translation>
    </message>
    <message>
        <source>Altinn's test environment with synthetic organisations. You need a Maskinporten client from the test self-service portal.</source>
        <translation>Altinn's test environment with synthetic organisations. You need a Maskinporten client from the test self-service portal.</translation>
    </message>
    <message>
        <source>The real Altinn: changes affect real customers. Every change is confirmed before it is sent.</source>
        <translation>The real Altinn: changes affect real customers. Every change is confirmed before it is sent.</translation>
    </message>
    <message>
        <source>A systemuser-sandbox or another server that answers Altinn's and Maskinporten's paths.</source>
        <translation>A systemuser-sandbox or another server that answers Altinn's and Maskinporten's paths.</translation>
    </message>
    <message>
        <source>Enter the server's address with http:// or https://, for example http://127.0.0.1:5210/.</source>
        <translation>Enter the server's address with http:// or https://, for example http://127.0.0.1:5210/.</translation>
    </message>
    <message>
        <source>Sandbox — built in, nothing leaves this computer</source>
        <translation>Sandbox — built in, nothing leaves this computer</translation>
    </message>
</context>
<context>
    <name>ProfileNameSection</name>
    <message>
        <source>Profile na&amp;me:</source>
        <translation>Profile na&amp;me:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Only for you, to tell profiles apart.</source>
        <translation>Only for you, to tell profiles apart.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>TT02</source>
        <translation>TT02</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>profile name: organisation (environment)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give the profile a name, for example the organisation and the environment.</source>
        <translation>Give the profile a name, for example the organisation and the environment.</translation>
    </message>
    <message>
        <source>Another profile has this name already. Choose a different name.</source>
        <translation>Another profile has this name already. Choose a different name.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Your organisation and environment</source>
        <translation>Your organisation and environment</translation>
    </message>
    <message>
        <source>Who you are and where you work. Start in the built-in sandbox: nothing you do there reaches Altinn.</source>
        <translation>Who you are and where you work. Start in the built-in sandbox: nothing you do there reaches Altinn.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Keep one profile per organisation and environment. Choosing another profile switches the whole wizard to it.</source>
        <translation>Keep one profile per organisation and environment. Choosing another profile switches the whole wizard to it.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>New profile…</translation>
    </message>
    <message>
        <source>A key and a Maskinporten client belong to one organisation in one environment. When you go on, this profile forgets its key id and client id, and you set up new ones on the next page.</source>
        <translation>A key and a Maskinporten client belong to one organisation in one environment. When you go on, this profile forgets its key id and client id, and you set up new ones on the next page.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>The profile could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Cannot read the profiles in %1: %2</source>
        <translation>Cannot read the profiles in %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the profiles to %1: %2</source>
        <translation>Cannot save the profiles to %1: %2</translation>
    </message>
    <message>
        <source>there is no profile "%1"</source>
        <translation>there is no profile "%1"</translation>
    </message>
    <message>
        <source>the file is not a profile list</source>
        <translation>the file is not a profile list</translation>
    </message>
</context>
<context>
    <name>ProfileVendorSection</name>
    <message>
        <source>This number is not in the sandbox's register. You can still use it, but customers and approvals work only with organisations the sandbox knows — for example %1 (Digitaliseringsdirektoratet) as the vendor.</source>
        <translation>This number is not in the sandbox's register. You can still use it, but customers and approvals work only with organisations the sandbox knows — for example %1 (Digitaliseringsdirektoratet) as the vendor.</translation>
    </message>
    <message>
        <source>The name cannot be looked up from here in this environment. Check the number at brreg.no if you are unsure.</source>
        <translation>The name cannot be looked up from here in this environment. Check the number at brreg.no if you are unsure.</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisation number:</translation>
    </message>
    <message>
        <source>Your organisation's number in the Central Coordinating Register (Enhetsregisteret): the vendor of the system.</source>
        <translation>Your organisation's number in the Central Coordinating Register (Enhetsregisteret): the vendor of the system.</translation>
    </message>
</context>
<context>
    <name>PublishDiffSection</name>
    <message>
        <source>Differences between the registered system and your draft</source>
        <translation>Differences between the registered system and your draft</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Check again what is registered</source>
        <translation>Check again what is registered</translation>
    </message>
    <message>
        <source>&amp;Edit the system</source>
        <translation>&amp;Edit the system</translation>
    </message>
    <message>
        <source>Go back to the system page</source>
        <translation>Go back to the system page</translation>
    </message>
    <message>
        <source>&amp;Register system</source>
        <translation>&amp;Register system</translation>
    </message>
    <message>
        <source>&amp;Update system</source>
        <translation>&amp;Update system</translation>
    </message>
    <message>
        <source>Register the system in %1</source>
        <translation>Register the system in %1</translation>
    </message>
    <message>
        <source>Update the registered system in %1</source>
        <translation>Update the registered system in %1</translation>
    </message>
    <message>
        <source>There is nothing to publish yet.</source>
        <translation>There is nothing to publish yet.</translation>
    </message>
    <message>
        <source>Describe your system on the system page first. It is kept as a draft while you work, and published from here.</source>
        <translation>Describe your system on the system page first. It is kept as a draft while you work, and published from here.</translation>
    </message>
    <message>
        <source>Checking what is registered in %1…</source>
        <translation>Checking what is registered in %1…</translation>
    </message>
    <message>
        <source>Your draft “%1” is compared with the registered system.</source>
        <translation>Your draft “%1” is compared with the registered system.</translation>
    </message>
    <message>
        <source>Could not check what is registered in %1.</source>
        <translation>Could not check what is registered in %1.</translation>
    </message>
    <message>
        <source>Your draft is kept. The message below says what went wrong and what to do.</source>
        <translation>Your draft is kept. The message below says what went wrong and what to do.</translation>
    </message>
    <message>
        <source>“%1” is not registered in %2 yet.</source>
        <translation>“%1” is not registered in %2 yet.</translation>
    </message>
    <message>
        <source>Registering it creates everything listed below.</source>
        <translation>Registering it creates everything listed below.</translation>
    </message>
    <message numerus="yes">
        <source>Your draft differs from the registered system in %n place(s).</source>
        <translation><numerusform>Your draft differs from the registered system in %n place.</numerusform><numerusform>Your draft differs from the registered system in %n places.</numerusform></translation>
    </message>
    <message>
        <source>Updating replaces the registered values with those of your draft, as listed below. The registered system is read first, so nothing else is lost.</source>
        <translation>Updating replaces the registered values with those of your draft, as listed below. The registered system is read first, so nothing else is lost.</translation>
    </message>
    <message>
        <source>“%1” is registered in %2.</source>
        <translation>“%1” is registered in %2.</translation>
    </message>
    <message>
        <source>Altinn has accepted your draft; below is what it has registered now. Continue to ask a customer for a system user.</source>
        <translation>Altinn has accepted your draft; below is what it has registered now. Continue to ask a customer for a system user.</translation>
    </message>
    <message>
        <source>No changes — the registered system already matches your draft.</source>
        <translation>No changes — the registered system already matches your draft.</translation>
    </message>
    <message>
        <source>Nothing needs publishing. Continue to ask a customer for a system user.</source>
        <translation>Nothing needs publishing. Continue to ask a customer for a system user.</translation>
    </message>
    <message>
        <source>The system id “%1” belongs to a deleted system.</source>
        <translation>The system id “%1” belongs to a deleted system.</translation>
    </message>
    <message>
        <source>Altinn keeps the id of a deleted system, so it cannot be registered or updated again. Choose a new system id on the system page.</source>
        <translation>Altinn keeps the id of a deleted system, so it cannot be registered or updated again. Choose a new system id on the system page.</translation>
    </message>
</context>
<context>
    <name>PublishFindingsSection</name>
    <message>
        <source>The system definition</source>
        <translation>The system definition</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>Altinn did not accept these values</source>
        <translation>Altinn did not accept these values</translation>
    </message>
    <message>
        <source>Nothing was changed in Altinn. Correct each value on the system page, then come back and try again.</source>
        <translation>Nothing was changed in Altinn. Correct each value on the system page, then come back and try again.</translation>
    </message>
    <message>
        <source>Fix on the system page</source>
        <translation>Fix on the system page</translation>
    </message>
    <message>
        <source>Fix %1 on the system page</source>
        <translation>Fix %1 on the system page</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Compare your draft with what is registered in Altinn, then register or update the system.</source>
        <translation>Compare your draft with what is registered in Altinn, then register or update the system.</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>The sandbox has not started yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Reading the system back from Altinn…</source>
        <translation>Reading the system back from Altinn…</translation>
    </message>
    <message>
        <source>Checking what is registered in %1…</source>
        <translation>Checking what is registered in %1…</translation>
    </message>
    <message>
        <source>Done at %1: this is what Altinn has registered now.</source>
        <translation>Done at %1: this is what Altinn has registered now.</translation>
    </message>
    <message>
        <source>Stopped reading the system back. Select Check again to see what is registered.</source>
        <translation>Stopped reading the system back. Select Check again to see what is registered.</translation>
    </message>
    <message>
        <source>Stopped checking. Select Check again to see what is registered.</source>
        <translation>Stopped checking. Select Check again to see what is registered.</translation>
    </message>
    <message>
        <source>register the system “%1”</source>
        <translation>register the system “%1”</translation>
    </message>
    <message>
        <source>update the system “%1”</source>
        <translation>update the system “%1”</translation>
    </message>
    <message>
        <source>Nothing was changed in Altinn.</source>
        <translation>Nothing was changed in Altinn.</translation>
    </message>
    <message>
        <source>Registering “%1” in %2…</source>
        <translation>Registering “%1” in %2…</translation>
    </message>
    <message>
        <source>Updating “%1” in %2…</source>
        <translation>Updating “%1” in %2…</translation>
    </message>
    <message>
        <source>Stopped waiting for Altinn. The change may or may not have been made: select Check again to see what is registered.</source>
        <translation>Stopped waiting for Altinn. The change may or may not have been made: select Check again to see what is registered.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost; the system was read back afterwards: it was registered.</source>
        <translation>The answer from Altinn was lost; the system was read back afterwards: it was registered.</translation>
    </message>
    <message>
        <source>The system was registered already, as yours; nothing was registered twice.</source>
        <translation>The system was registered already, as yours; nothing was registered twice.</translation>
    </message>
    <message>
        <source>It differed from your draft, so it was updated.</source>
        <translation>It differed from your draft, so it was updated.</translation>
    </message>
</context>
<context>
    <name>PublishReceiptSection</name>
    <message>
        <source>Registered in Altinn</source>
        <translation>Registered in Altinn</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System id</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message numerus="yes">
        <source>%n right(s)</source>
        <translation><numerusform>%n right</numerusform><numerusform>%n rights</numerusform></translation>
    </message>
    <message>
        <source>Access packages</source>
        <translation>Access packages</translation>
    </message>
    <message numerus="yes">
        <source>%n access package(s)</source>
        <translation><numerusform>%n access package</numerusform><numerusform>%n access packages</numerusform></translation>
    </message>
    <message>
        <source>Maskinporten client ids</source>
        <translation>Maskinporten client ids</translation>
    </message>
    <message>
        <source>None — no system user token can be issued until one is added.</source>
        <translation>None — no system user token can be issued until one is added.</translation>
    </message>
    <message>
        <source>Redirect URLs</source>
        <translation>Redirect URLs</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Visible in Altinn</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
</context>
<context>
    <name>PublishRemedyButton</name>
    <message>
        <source>Check the &amp;connection</source>
        <translation>Check the &amp;connection</translation>
    </message>
    <message>
        <source>Go to the Maskinporten page to check the connection</source>
        <translation>Go to the Maskinporten page to check the connection</translation>
    </message>
    <message>
        <source>&amp;Fix on the system page</source>
        <translation>&amp;Fix on the system page</translation>
    </message>
    <message>
        <source>Go back to the system page to fix the definition</source>
        <translation>Go back to the system page to fix the definition</translation>
    </message>
</context>
<context>
    <name>QrCodeWidget</name>
    <message>
        <source>This text is too long for a QR code. Copy the link instead.</source>
        <translation>This text is too long for a QR code. Copy the link instead.</translation>
    </message>
    <message>
        <source>Could not make a QR code for this text. Copy the link instead.</source>
        <translation>Could not make a QR code for this text. Copy the link instead.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Scan with a phone camera to open: %1</source>
        <translation>Scan with a phone camera to open: %1</translation>
    </message>
</context>
<context>
    <name>RelativeTimeText</name>
    <message>
        <source>at an unknown time</source>
        <translation>at an unknown time</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>RequestChecklist</name>
    <message>
        <source>What to ask for</source>
        <translation>What to ask for</translation>
    </message>
    <message>
        <source>&amp;Rights (services):</source>
        <translation>&amp;Rights (services):</translation>
    </message>
    <message>
        <source>Rights to ask for</source>
        <translation>Rights to ask for</translation>
    </message>
    <message>
        <source>Access &amp;packages:</source>
        <translation>Access &amp;packages:</translation>
    </message>
    <message>
        <source>Access packages to ask for</source>
        <translation>Access packages to ask for</translation>
    </message>
    <message>
        <source>Everything the system includes is ticked. Untick what this customer should not be asked for; only the system's own rights and packages can be asked for.</source>
        <translation>Everything the system includes is ticked. Untick what this customer should not be asked for; only the system's own rights and packages can be asked for.</translation>
    </message>
    <message>
        <source>The system's rights appear here once it is loaded.</source>
        <translation>The system's rights appear here once it is loaded.</translation>
    </message>
    <message>
        <source>Agent requests cannot carry single rights, only access packages.</source>
        <translation>Agent requests cannot carry single rights, only access packages.</translation>
    </message>
    <message>
        <source>The system has no single rights.</source>
        <translation>The system has no single rights.</translation>
    </message>
    <message>
        <source>The system's access packages appear here once it is loaded.</source>
        <translation>The system's access packages appear here once it is loaded.</translation>
    </message>
    <message>
        <source>Loading the package catalogue to find the client-relationship packages…</source>
        <translation>Loading the package catalogue to find the client-relationship packages…</translation>
    </message>
    <message>
        <source>The system has no client-relationship packages (such as the accountant or auditor packages), so it cannot be used for agent requests. Add them to the system first.</source>
        <translation>The system has no client-relationship packages (such as the accountant or auditor packages), so it cannot be used for agent requests. Add them to the system first.</translation>
    </message>
    <message>
        <source>Only client-relationship packages are shown.</source>
        <translation>Only client-relationship packages are shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n client-relationship package(s) are left out: they can only be asked for in an agent request.</source>
        <translation><numerusform>%n client-relationship package is left out: it can only be asked for in an agent request.</numerusform><numerusform>%n client-relationship packages are left out: they can only be asked for in an agent request.</numerusform></translation>
    </message>
    <message>
        <source>The system has no access packages.</source>
        <translation>The system has no access packages.</translation>
    </message>
    <message>
        <source>The access package catalogue could not be loaded, so package names are shown by their ids and Altinn decides which packages fit this kind of request.</source>
        <translation>The access package catalogue could not be loaded, so package names are shown by their ids and Altinn decides which packages fit this kind of request.</translation>
    </message>
</context>
<context>
    <name>RequestCommands</name>
    <message>
        <source>System user requests to customers</source>
        <translation>System user requests to customers</translation>
    </message>
    <message>
        <source>An agent request (client relationships: access packages only).</source>
        <translation>An agent request (client relationships: access packages only).</translation>
    </message>
    <message>
        <source>The system id.</source>
        <translation>The system id.</translation>
    </message>
    <message>
        <source>The request id.</source>
        <translation>The request id.</translation>
    </message>
    <message>
        <source>Ask a customer for a system user. Without --right/--package, everything the system has is asked for.</source>
        <translation>Ask a customer for a system user. Without --right/--package, everything the system has is asked for.</translation>
    </message>
    <message>
        <source>The customer's organisation number.</source>
        <translation>The customer's organisation number.</translation>
    </message>
    <message>
        <source>Your reference for this system user (default: the customer's org number).</source>
        <translation>Your reference for this system user (default: the customer's org number).</translation>
    </message>
    <message>
        <source>A resource id from the system's rights.</source>
        <translation>A resource id from the system's rights.</translation>
    </message>
    <message>
        <source>An access package (URN or its last part) from the system's.</source>
        <translation>An access package (URN or its last part) from the system's.</translation>
    </message>
    <message>
        <source>Where the customer's browser goes after deciding.</source>
        <translation>Where the customer's browser goes after deciding.</translation>
    </message>
    <message>
        <source>Show a request and its status.</source>
        <translation>Show a request and its status.</translation>
    </message>
    <message>
        <source>Find a request by system, customer and external reference.</source>
        <translation>Find a request by system, customer and external reference.</translation>
    </message>
    <message>
        <source>The external reference.</source>
        <translation>The external reference.</translation>
    </message>
    <message>
        <source>List every request of a system (all pages).</source>
        <translation>List every request of a system (all pages).</translation>
    </message>
    <message>
        <source>Delete a request.</source>
        <translation>Delete a request.</translation>
    </message>
    <message>
        <source>Say which system and which customer: --system ID --org ORGNO.</source>
        <translation>Say which system and which customer: --system ID --org ORGNO.</translation>
    </message>
    <message>
        <source>The customer's organisation number</source>
        <translation>The customer's organisation number</translation>
    </message>
    <message>
        <source>Agent requests carry access packages only: use --package, not --right.</source>
        <translation>Agent requests carry access packages only: use --package, not --right.</translation>
    </message>
    <message>
        <source>fetching the system</source>
        <translation>fetching the system</translation>
    </message>
    <message numerus="yes">
        <source>The request has %n problem(s); nothing was sent:</source>
        <translation><numerusform>The request has %n problem; nothing was sent:</numerusform><numerusform>The request has %n problems; nothing was sent:</numerusform></translation>
    </message>
    <message>
        <source>creating the request</source>
        <translation>creating the request</translation>
    </message>
    <message>
        <source>This customer already had a request for this system and external reference; that one (%1, status %2) was returned instead of a new one.</source>
        <translation>This customer already had a request for this system and external reference; that one (%1, status %2) was returned instead of a new one.</translation>
    </message>
    <message>
        <source>Request %1 created; it waits for the customer.</source>
        <translation>Request %1 created; it waits for the customer.</translation>
    </message>
    <message>
        <source>The customer approves at: %1</source>
        <translation>The customer approves at: %1</translation>
    </message>
    <message>
        <source>In the sandbox you can approve it yourself: %1</source>
        <translation>In the sandbox you can approve it yourself: %1</translation>
    </message>
    <message>
        <source>fetching the request</source>
        <translation>fetching the request</translation>
    </message>
    <message>
        <source>The request has timed out: ask the customer again with a new one.</source>
        <translation>The request has timed out: ask the customer again with a new one.</translation>
    </message>
    <message>
        <source>finding the request</source>
        <translation>finding the request</translation>
    </message>
    <message>
        <source>Say which system: --system ID.</source>
        <translation>Say which system: --system ID.</translation>
    </message>
    <message>
        <source>listing the requests</source>
        <translation>listing the requests</translation>
    </message>
    <message>
        <source>deleting the request</source>
        <translation>deleting the request</translation>
    </message>
    <message>
        <source>Deleted request %1.</source>
        <translation>Deleted request %1.</translation>
    </message>
    <message>
        <source>The customer's system user: %1</source>
        <translation>The customer's system user: %1</translation>
    </message>
    <message>
        <source>The answer to the request was lost; Altinn's request for this customer and external reference was looked up instead.</source>
        <translation>The answer to the request was lost; Altinn's request for this customer and external reference was looked up instead.</translation>
    </message>
    <message>
        <source>Look it up with: %1</source>
        <translation>Look it up with: %1</translation>
    </message>
</context>
<context>
    <name>RequestFormSection</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>S&amp;tandard</source>
        <translation>S&amp;tandard</translation>
    </message>
    <message>
        <source>Standard request</source>
        <translation>Standard request</translation>
    </message>
    <message>
        <source>&amp;Agent (client relationships)</source>
        <translation>&amp;Agent (client relationships)</translation>
    </message>
    <message>
        <source>Agent request for client relationships</source>
        <translation>Agent request for client relationships</translation>
    </message>
    <message>
        <source>Standard: the customer gives your system rights to act for the customer itself. Agent: for accountants, auditors and other client relationships — the customer is a firm that works for its own clients, and adds those clients after approving. Agent requests carry only client-relationship access packages.</source>
        <translation>Standard: the customer gives your system rights to act for the customer itself. Agent: for accountants, auditors and other client relationships — the customer is a firm that works for its own clients, and adds those clients after approving. Agent requests carry only client-relationship access packages.</translation>
    </message>
    <message>
        <source>&amp;Organisation number:</source>
        <translation>&amp;Organisation number:</translation>
    </message>
    <message>
        <source>Customer's organisation number</source>
        <translation>Customer's organisation number</translation>
    </message>
    <message>
        <source>&amp;External reference (optional):</source>
        <translation>&amp;External reference (optional):</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>e.g. your customer number</source>
        <translation>e.g. your customer number</translation>
    </message>
    <message>
        <source>Your own key for this customer. Only needed when the same customer should have several system users for this system (one per department or client database). Leave it blank to use the organisation number. If you set it, your integration must send the same value when it asks Maskinporten for a token.</source>
        <translation>Your own key for this customer. Only needed when the same customer should have several system users for this system (one per department or client database). Leave it blank to use the organisation number. If you set it, your integration must send the same value when it asks Maskinporten for a token.</translation>
    </message>
    <message>
        <source>Re&amp;direct URL:</source>
        <translation>Re&amp;direct URL:</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Redirect URL</translation>
    </message>
    <message>
        <source>Where the customer's browser goes after deciding. Only the system's allowed addresses can be used; choose “(none)” to leave the customer in Altinn.</source>
        <translation>Where the customer's browser goes after deciding. Only the system's allowed addresses can be used; choose “(none)” to leave the customer in Altinn.</translation>
    </message>
    <message>
        <source>T&amp;itle (optional):</source>
        <translation>T&amp;itle (optional):</translation>
    </message>
    <message>
        <source>Integration title</source>
        <translation>Integration title</translation>
    </message>
    <message>
        <source>The system user's name as the customer sees it in Altinn. Leave it blank to use the system's name.</source>
        <translation>The system user's name as the customer sees it in Altinn. Leave it blank to use the system's name.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The name cannot be looked up from here in this environment. Check the number at brreg.no if you are unsure.</source>
        <translation>The name cannot be looked up from here in this environment. Check the number at brreg.no if you are unsure.</translation>
    </message>
    <message>
        <source>Not in the sandbox's register: Altinn will answer that it does not know this customer.</source>
        <translation>Not in the sandbox's register: Altinn will answer that it does not know this customer.</translation>
    </message>
</context>
<context>
    <name>RequestJournal</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Could not read %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Could not remove %1.</translation>
    </message>
</context>
<context>
    <name>RequestOutcomeView</name>
    <message>
        <source>Send re&amp;quest</source>
        <translation>Send re&amp;quest</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>Follow the existing request</source>
        <translation>Follow the existing request</translation>
    </message>
    <message>
        <source>Delete it and ask again</source>
        <translation>Delete it and ask again</translation>
    </message>
    <message>
        <source>Ask for more rights with a change request</source>
        <translation>Ask for more rights with a change request</translation>
    </message>
    <message>
        <source>Check the organisation number</source>
        <translation>Check the organisation number</translation>
    </message>
    <message>
        <source>Go to the system definition</source>
        <translation>Go to the system definition</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Check the connection</translation>
    </message>
    <message>
        <source>Approval link of the change request — send it to the customer:</source>
        <translation>Approval link of the change request — send it to the customer:</translation>
    </message>
    <message>
        <source>Approval link of the change request</source>
        <translation>Approval link of the change request</translation>
    </message>
    <message>
        <source>Open the change request in the browser</source>
        <translation>Open the change request in the browser</translation>
    </message>
    <message>
        <source>Copy the change request link</source>
        <translation>Copy the change request link</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost; what Altinn has was looked up instead.</source>
        <translation>The answer from Altinn was lost; what Altinn has was looked up instead.</translation>
    </message>
    <message>
        <source>The request was created. Hand the approval link to the customer on the next page.</source>
        <translation>The request was created. Hand the approval link to the customer on the next page.</translation>
    </message>
    <message>
        <source>The earlier request: %1, created %2.</source>
        <translation>The earlier request: %1, created %2.</translation>
    </message>
    <message>
        <source>The customer cannot approve it any more. Delete it and send the request again — talk to the customer first if you do not know why it was rejected.</source>
        <translation>The customer cannot approve it any more. Delete it and send the request again — talk to the customer first if you do not know why it was rejected.</translation>
    </message>
    <message>
        <source>Follow the earlier request to hand its link to the customer again, or delete it and ask again with what you chose now.</source>
        <translation>Follow the earlier request to hand its link to the customer again, or delete it and ask again with what you chose now.</translation>
    </message>
    <message>
        <source>The customer's system user already has everything asked for. There is nothing for the customer to approve.</source>
        <translation>The customer's system user already has everything asked for. There is nothing for the customer to approve.</translation>
    </message>
    <message>
        <source>Change request sent (status: %1). The customer approves it in Altinn like the first request: send them this link.</source>
        <translation>Change request sent (status: %1). The customer approves it in Altinn like the first request: send them this link.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>A system user for client relationships cannot be changed: the customer deletes it in Altinn (Systemtilganger), then you ask again.</source>
        <translation>A system user for client relationships cannot be changed: the customer deletes it in Altinn (Systemtilganger), then you ask again.</translation>
    </message>
    <message>
        <source>Send &amp;change request</source>
        <translation>Send &amp;change request</translation>
    </message>
    <message>
        <source>Send change request</source>
        <translation>Send change request</translation>
    </message>
</context>
<context>
    <name>RequestStatusText</name>
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
        <source>%1 (older than 180 days)</source>
        <translation>%1 (older than 180 days)</translation>
    </message>
    <message>
        <source>Client relationships (agent)</source>
        <translation>Client relationships (agent)</translation>
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
        <translation>System and kind of request</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>There is no connection to Altinn yet (the sandbox may still be starting).</source>
        <translation>There is no connection to Altinn yet (the sandbox may still be starting).</translation>
    </message>
    <message>
        <source>Fetching your registered systems…</source>
        <translation>Fetching your registered systems…</translation>
    </message>
    <message>
        <source>fetching your systems</source>
        <translation>fetching your systems</translation>
    </message>
    <message>
        <source>Your organisation has no system in this environment yet. Register one first.</source>
        <translation>Your organisation has no system in this environment yet. Register one first.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fetching the system “%1”…</source>
        <translation>Fetching the system “%1”…</translation>
    </message>
    <message>
        <source>fetching the system</source>
        <translation>fetching the system</translation>
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
    <message>
        <source>The title can be at most %1 characters long; this one has %2. Shorten it, or leave it out to use the system's name.</source>
        <translation>The title can be at most %1 characters long; this one has %2. Shorten it, or leave it out to use the system's name.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
    <message>
        <source>The external reference may hold only letters (a–z, æ, ø, å), digits, “_” and “-”: Maskinporten refuses other characters when the system user token is asked for, so this customer's system user could never be used. Replace %1, e.g. with “-”.</source>
        <translation>The external reference may hold only letters (a–z, æ, ø, å), digits, “_” and “-”: Maskinporten refuses other characters when the system user token is asked for, so this customer's system user could never be used. Replace %1, e.g. with “-”.</translation>
    </message>
</context>
<context>
    <name>ResourceListModel</name>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>System resource</source>
        <translation>System resource</translation>
    </message>
    <message>
        <source>Maskinporten scope</source>
        <translation>Maskinporten scope</translation>
    </message>
    <message>
        <source>Altinn 2 service</source>
        <translation>Altinn 2 service</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Access resource</source>
        <translation>Access resource</translation>
    </message>
    <message>
        <source>Broker service</source>
        <translation>Broker service</translation>
    </message>
    <message>
        <source>Correspondence service</source>
        <translation>Correspondence service</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Migrated app</source>
        <translation>Migrated app</translation>
    </message>
    <message>
        <source>The system register does not accept resources of type "%1" as rights. Remove it.</source>
        <translation>The system register does not accept resources of type "%1" as rights. Remove it.</translation>
    </message>
    <message>
        <source>Not delegable: its owner does not let this resource be given to others, so no system user can get it.</source>
        <translation>Not delegable: its owner does not let this resource be given to others, so no system user can get it.</translation>
    </message>
    <message>
        <source>Not in the registry</source>
        <translation>Not in the registry</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Not delegable</source>
        <translation>Not delegable</translation>
    </message>
    <message>
        <source>This identifier is not in the resource registry, so Altinn will reject the system. Remove it, or check the spelling.</source>
        <translation>This identifier is not in the resource registry, so Altinn will reject the system. Remove it, or check the spelling.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
</context>
<context>
    <name>RightsPicker</name>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Search resources by title, owner or identifier</source>
        <translation>Search resources by title, owner or identifier</translation>
    </message>
    <message>
        <source>Resources from the resource registry</source>
        <translation>Resources from the resource registry</translation>
    </message>
    <message>
        <source>No resource matches the search. Try another word, or part of the identifier.</source>
        <translation>No resource matches the search. Try another word, or part of the identifier.</translation>
    </message>
    <message>
        <source>Rights picker</source>
        <translation>Rights picker</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <source>Loading the resource registry…</source>
        <translation>Loading the resource registry…</translation>
    </message>
    <message>
        <source>Offline: showing the resource registry as saved on %1. Resources added since then are missing.</source>
        <translation>Offline: showing the resource registry as saved on %1. Resources added since then are missing.</translation>
    </message>
    <message>
        <source>The resource registry could not be loaded: %1 Your chosen rights are kept.</source>
        <translation>The resource registry could not be loaded: %1 Your chosen rights are kept.</translation>
    </message>
</context>
<context>
    <name>SandboxApprovalPanel</name>
    <message>
        <source>Sandbox: act as the customer</source>
        <translation>Sandbox: act as the customer</translation>
    </message>
    <message>
        <source>Act as the customer</source>
        <translation>Act as the customer</translation>
    </message>
    <message>
        <source>Open the approval page as the customer</source>
        <translation>Open the approval page as the customer</translation>
    </message>
    <message>
        <source>Appro&amp;ve now (sandbox)</source>
        <translation>Appro&amp;ve now (sandbox)</translation>
    </message>
    <message>
        <source>Approving as the customer…</source>
        <translation>Approving as the customer…</translation>
    </message>
    <message>
        <source>approving in the sandbox</source>
        <translation>approving in the sandbox</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Approved as the customer.</source>
        <translation>Approved as the customer.</translation>
    </message>
    <message>
        <source>In the sandbox you can play the customer: open the simulator's approval page in the browser, or approve at once without a browser as one of the customer's test persons.</source>
        <translation>In the sandbox you can play the customer: open the simulator's approval page in the browser, or approve at once without a browser as one of the customer's test persons.</translation>
    </message>
    <message>
        <source>Approve the request now as the chosen person at the customer, in the sandbox</source>
        <translation>Approve the request now as the chosen person at the customer, in the sandbox</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <source>Escalate the request to the customer's access managers, as the chosen person</source>
        <translation>Escalate the request to the customer's access managers, as the chosen person</translation>
    </message>
    <message>
        <source>A person without the access manager role cannot approve, but can send the request on to the organisation's access managers.</source>
        <translation>A person without the access manager role cannot approve, but can send the request on to the organisation's access managers.</translation>
    </message>
    <message>
        <source>Approving as %1…</source>
        <translation>Approving as %1…</translation>
    </message>
    <message>
        <source>Approved as %1.</source>
        <translation>Approved as %1.</translation>
    </message>
    <message>
        <source>Escalating as %1…</source>
        <translation>Escalating as %1…</translation>
    </message>
    <message>
        <source>escalating in the sandbox</source>
        <translation>escalating in the sandbox</translation>
    </message>
    <message>
        <source>Escalated: the request now waits for an access manager of the customer, who can approve it.</source>
        <translation>Escalated: the request now waits for an access manager of the customer, who can approve it.</translation>
    </message>
</context>
<context>
    <name>SandboxBrowser</name>
    <message>
        <source>The sandbox sent the browser off this computer (%1): only a local sandbox can be logged into without a browser.</source>
        <translation>The sandbox sent the browser off this computer (%1): only a local sandbox can be logged into without a browser.</translation>
    </message>
    <message>
        <source>The sandbox's ID-porten did not answer: %1</source>
        <translation>The sandbox's ID-porten did not answer: %1</translation>
    </message>
    <message>
        <source>The login's listener answered HTTP %1.</source>
        <translation>The login's listener answered HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox's ID-porten answered HTTP %1.</source>
        <translation>The sandbox's ID-porten answered HTTP %1.</translation>
    </message>
    <message>
        <source>The sandbox's ID-porten has no test person with the national identity number %1.</source>
        <translation>The sandbox's ID-porten has no test person with the national identity number %1.</translation>
    </message>
    <message>
        <source>The sandbox's ID-porten showed a page that was not expected after the login.</source>
        <translation>The sandbox's ID-porten showed a page that was not expected after the login.</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueAction</name>
    <message>
        <source>Missing a resource or access package your service uses? Add it to the sandbox as TT02 has it.</source>
        <translation>Missing a resource or access package your service uses? Add it to the sandbox as TT02 has it.</translation>
    </message>
    <message>
        <source>Add to the sandbox's catalogu&amp;e…</source>
        <translation>Add to the sandbox's catalogu&amp;e…</translation>
    </message>
    <message>
        <source>Add resources, access packages or test organisations to the sandbox</source>
        <translation>Add resources, access packages or test organisations to the sandbox</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueDialog</name>
    <message>
        <source>Adding to the sandbox's catalogue: part %1 of %2…</source>
        <translation>Adding to the sandbox's catalogue: part %1 of %2…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Loading the catalogue again for the rights lists…</source>
        <translation>Loading the catalogue again for the rights lists…</translation>
    </message>
    <message>
        <source>Adding to the sandbox's catalogue…</source>
        <translation>Adding to the sandbox's catalogue…</translation>
    </message>
    <message>
        <source>Cancelled. What the sandbox took already stays; adding it again is safe.</source>
        <translation>Cancelled. What the sandbox took already stays; adding it again is safe.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation><numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation><numerusform>%n replaced</numerusform><numerusform>%n replaced</numerusform></translation>
    </message>
    <message>
        <source>Added to the sandbox's register (%1). Requests can be sent to it now.</source>
        <translation>Added to the sandbox's register (%1). Requests can be sent to it now.</translation>
    </message>
    <message>
        <source>Added to the sandbox's catalogue (%1). The rights lists show it now.</source>
        <translation>Added to the sandbox's catalogue (%1). The rights lists show it now.</translation>
    </message>
    <message>
        <source>Add to the sandbox's catalogue</source>
        <translation>Add to the sandbox's catalogue</translation>
    </message>
    <message>
        <source>The sandbox knows a selection of Altinn's resources, access packages and test organisations. Add the ones your service uses, as TT02 has them; they stay until the sandbox is reset. This changes the sandbox only, never TT02 or production.</source>
        <translation>The sandbox knows a selection of Altinn's resources, access packages and test organisations. Add the ones your service uses, as TT02 has them; they stay until the sandbox is reset. This changes the sandbox only, never TT02 or production.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the dialog</source>
        <translation>Close the dialog</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueFileSection</name>
    <message>
        <source>Choose a catalogue file</source>
        <translation>Choose a catalogue file</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatic (%1)</translation>
    </message>
    <message>
        <source>%1 holds %2.</source>
        <translation>%1 holds %2.</translation>
    </message>
    <message>
        <source>%1 cannot be added.</source>
        <translation>%1 cannot be added.</translation>
    </message>
    <message>
        <source>%1 holds %2, but has errors the sandbox would refuse; fix them and choose it again.</source>
        <translation>%1 holds %2, but has errors the sandbox would refuse; fix them and choose it again.</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Import a file</translation>
    </message>
    <message>
        <source>Save what TT02's public metadata APIs answer for your service and add it here: the resource list (resourceregistry/api/v1/resource/resourcelist) or one resource, the access package export (accessmanagement/api/v1/meta/info/accesspackages/export), or organisations ({"orgNo", "name"}). Entries the sandbox has are replaced.</source>
        <translation>Save what TT02's public metadata APIs answer for your service and add it here: the resource list (resourceregistry/api/v1/resource/resourcelist) or one resource, the access package export (accessmanagement/api/v1/meta/info/accesspackages/export), or organisations ({"orgNo", "name"}). Entries the sandbox has are replaced.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>The export's &amp;language:</source>
        <translation>The export's &amp;language:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
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
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Add the file</source>
        <translation>&amp;Add the file</translation>
    </message>
    <message>
        <source>Add the file to the sandbox's catalogue</source>
        <translation>Add the file to the sandbox's catalogue</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problems found in the file</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueOrganisationSection</name>
    <message>
        <source>Add a test organisation</source>
        <translation>Add a test organisation</translation>
    </message>
    <message>
        <source>Organisation &amp;number:</source>
        <translation>Organisation &amp;number:</translation>
    </message>
    <message>
        <source>Nine digits, e.g. one of TT02's test organisations</source>
        <translation>Nine digits, e.g. one of TT02's test organisations</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Add or&amp;ganisation</source>
        <translation>Add or&amp;ganisation</translation>
    </message>
    <message>
        <source>Add the organisation to the sandbox's register</source>
        <translation>Add the organisation to the sandbox's register</translation>
    </message>
</context>
<context>
    <name>SandboxCatalogueResourceSection</name>
    <message>
        <source>Add one resource</source>
        <translation>Add one resource</translation>
    </message>
    <message>
        <source>Resource &amp;id:</source>
        <translation>Resource &amp;id:</translation>
    </message>
    <message>
        <source>e.g. app_brg_aarsregnskap-vanlig-202406</source>
        <translation>e.g. app_brg_aarsregnskap-vanlig-202406</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Shown to customers, in every language</source>
        <translation>Shown to customers, in every language</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Automatic (AltinnApp for app_… ids)</source>
        <translation>Automatic (AltinnApp for app_… ids)</translation>
    </message>
    <message>
        <source>&amp;Owner code:</source>
        <translation>&amp;Owner code:</translation>
    </message>
    <message>
        <source>e.g. skd or brg (optional)</source>
        <translation>e.g. skd or brg (optional)</translation>
    </message>
    <message>
        <source>Add &amp;resource</source>
        <translation>Add &amp;resource</translation>
    </message>
    <message>
        <source>Add the resource to the sandbox's catalogue</source>
        <translation>Add the resource to the sandbox's catalogue</translation>
    </message>
</context>
<context>
    <name>SandboxCommands</name>
    <message>
        <source>Sandbox only: register the Maskinporten client, act as the customer</source>
        <translation>Sandbox only: register the Maskinporten client, act as the customer</translation>
    </message>
    <message>
        <source>The request or change request id.</source>
        <translation>The request or change request id.</translation>
    </message>
    <message>
        <source>Approve a request as the customer would on the approval page.</source>
        <translation>Approve a request as the customer would on the approval page.</translation>
    </message>
    <message>
        <source>Reject a request as the customer would on the approval page.</source>
        <translation>Reject a request as the customer would on the approval page.</translation>
    </message>
    <message>
        <source>List the sandbox register's organisations (customers to try).</source>
        <translation>List the sandbox register's organisations (customers to try).</translation>
    </message>
    <message>
        <source>This works only in the sandbox (--env sandbox or the URL of a systemuser-sandbox), not in %1.</source>
        <translation>This works only in the sandbox (--env sandbox or the URL of a systemuser-sandbox), not in %1.</translation>
    </message>
    <message>
        <source>In %1, register the client and public key at %2 (see "%3").</source>
        <translation>In %1, register the client and public key at %2 (see "%3").</translation>
    </message>
    <message>
        <source>registering the client</source>
        <translation>registering the client</translation>
    </message>
    <message>
        <source>Registered client %1 with key "%2" in the sandbox at %3.</source>
        <translation>Registered client %1 with key "%2" in the sandbox at %3.</translation>
    </message>
    <message>
        <source>Next: check it with "%1", then register your system: %2</source>
        <translation>Next: check it with "%1", then register your system: %2</translation>
    </message>
    <message>
        <source>approving the request</source>
        <translation>approving the request</translation>
    </message>
    <message>
        <source>rejecting the request</source>
        <translation>rejecting the request</translation>
    </message>
    <message>
        <source>Request %1 approved, as the customer would.</source>
        <translation>Request %1 approved, as the customer would.</translation>
    </message>
    <message>
        <source>Request %1 rejected, as the customer would.</source>
        <translation>Request %1 rejected, as the customer would.</translation>
    </message>
    <message>
        <source>listing the organisations</source>
        <translation>listing the organisations</translation>
    </message>
    <message>
        <source>Register the profile's Maskinporten client and public key in the sandbox (when the profile has no client id, one derived from the key: running it again finds that client).</source>
        <translation>Register the profile's Maskinporten client and public key in the sandbox (when the profile has no client id, one derived from the key: running it again finds that client).</translation>
    </message>
    <message>
        <source>The sandbox's answer was lost; the client was read back afterwards: it is registered.</source>
        <translation>The sandbox's answer was lost; the client was read back afterwards: it is registered.</translation>
    </message>
    <message>
        <source>Client %1 was registered already with key "%2" in the sandbox at %3; nothing was changed.</source>
        <translation>Client %1 was registered already with key "%2" in the sandbox at %3; nothing was changed.</translation>
    </message>
    <message>
        <source>Add a file to the sandbox's own catalogue: a resource list or one resource, an access package export (as Altinn's metadata APIs answer them, e.g. saved from TT02), or organisations ({"orgNo", "name"}). Entries the catalogue has are replaced.</source>
        <translation>Add a file to the sandbox's own catalogue: a resource list or one resource, an access package export (as Altinn's metadata APIs answer them, e.g. saved from TT02), or organisations ({"orgNo", "name"}). Entries the catalogue has are replaced.</translation>
    </message>
    <message>
        <source>The JSON file.</source>
        <translation>The JSON file.</translation>
    </message>
    <message>
        <source>The language an access package export was fetched in: nb, nn or en (default: told from the file, else nb).</source>
        <translation>The language an access package export was fetched in: nb, nn or en (default: told from the file, else nb).</translation>
    </message>
    <message>
        <source>Add one resource to the sandbox's catalogue, so that systems can list it as a right.</source>
        <translation>Add one resource to the sandbox's catalogue, so that systems can list it as a right.</translation>
    </message>
    <message>
        <source>The resource id, e.g. app_brg_aarsregnskap-vanlig-202406 (required).</source>
        <translation>The resource id, e.g. app_brg_aarsregnskap-vanlig-202406 (required).</translation>
    </message>
    <message>
        <source>Its title, used in every language (required).</source>
        <translation>Its title, used in every language (required).</translation>
    </message>
    <message>
        <source>Its resource type, e.g. GenericAccessResource (default: AltinnApp for app_… ids, else Default).</source>
        <translation>Its resource type, e.g. GenericAccessResource (default: AltinnApp for app_… ids, else Default).</translation>
    </message>
    <message>
        <source>The owner's code, e.g. skd or brg (default: from an app's id); the sandbox fills in the owner's number and name when it knows the code.</source>
        <translation>The owner's code, e.g. skd or brg (default: from an app's id); the sandbox fills in the owner's number and name when it knows the code.</translation>
    </message>
    <message>
        <source>Add a test organisation to the sandbox's register, so that requests can be sent to it.</source>
        <translation>Add a test organisation to the sandbox's register, so that requests can be sent to it.</translation>
    </message>
    <message>
        <source>Its organisation number (required).</source>
        <translation>Its organisation number (required).</translation>
    </message>
    <message>
        <source>Its name (required).</source>
        <translation>Its name (required).</translation>
    </message>
    <message>
        <source>Show what was added to the sandbox's catalogue.</source>
        <translation>Show what was added to the sandbox's catalogue.</translation>
    </message>
    <message>
        <source>--language must be nb, nn or en (got "%1").</source>
        <translation>--language must be nb, nn or en (got "%1").</translation>
    </message>
    <message>
        <source>Nothing was sent: the file has problems the sandbox would refuse.</source>
        <translation>Nothing was sent: the file has problems the sandbox would refuse.</translation>
    </message>
    <message>
        <source>Save the API's answer as it came (e.g. curl -o FILE …/resource/resourcelist) and try again.</source>
        <translation>Save the API's answer as it came (e.g. curl -o FILE …/resource/resourcelist) and try again.</translation>
    </message>
    <message>
        <source>The file holds %1.</source>
        <translation>The file holds %1.</translation>
    </message>
    <message>
        <source>Give the resource's --id and --title.</source>
        <translation>Give the resource's --id and --title.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>Give the organisation's --org and --name.</source>
        <translation>Give the organisation's --org and --name.</translation>
    </message>
    <message>
        <source>The organisation number</source>
        <translation>The organisation number</translation>
    </message>
    <message>
        <source>The sandbox's catalogue has %1 new and %2 replaced entries.</source>
        <translation>The sandbox's catalogue has %1 new and %2 replaced entries.</translation>
    </message>
    <message>
        <source>Next: list them as rights in your system and register it: %1</source>
        <translation>Next: list them as rights in your system and register it: %1</translation>
    </message>
    <message>
        <source>Remove everything added to the sandbox's catalogue; the built-in catalogue stays.</source>
        <translation>Remove everything added to the sandbox's catalogue; the built-in catalogue stays.</translation>
    </message>
    <message>
        <source>Added to the built-in catalogue: %1 resource(s), %2 access package(s) in %3 area(s), %4 organisation(s).</source>
        <translation>Added to the built-in catalogue: %1 resource(s), %2 access package(s) in %3 area(s), %4 organisation(s).</translation>
    </message>
    <message>
        <source>Removed what was added to the sandbox's catalogue; the built-in catalogue is as it was.</source>
        <translation>Removed what was added to the sandbox's catalogue; the built-in catalogue is as it was.</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>Port %1 is in use by another program.</source>
        <translation>Port %1 is in use by another program.</translation>
    </message>
    <message>
        <source>The sandbox's state file %1 cannot be used (%2). Repair it or move it away to start with an empty sandbox.</source>
        <translation>The sandbox's state file %1 cannot be used (%2). Repair it or move it away to start with an empty sandbox.</translation>
    </message>
</context>
<context>
    <name>SandboxOrgNameLookup</name>
    <message>
        <source>The name appears when the sandbox has started…</source>
        <translation>The name appears when the sandbox has started…</translation>
    </message>
    <message>
        <source>The sandbox did not start, so the name cannot be looked up. Restart the wizard.</source>
        <translation>The sandbox did not start, so the name cannot be looked up. Restart the wizard.</translation>
    </message>
    <message>
        <source>The name could not be looked up: %1 %2</source>
        <translation>The name could not be looked up: %1 %2</translation>
    </message>
</context>
<context>
    <name>SandboxPersonChooser</name>
    <message>
        <source>Approve &amp;as:</source>
        <translation>Approve &amp;as:</translation>
    </message>
    <message>
        <source>Who approves at the customer</source>
        <translation>Who approves at the customer</translation>
    </message>
    <message>
        <source>The sandbox's test persons of the customer organisation. Only an access manager who can give every right asked for can approve; someone without the role can escalate.</source>
        <translation>The sandbox's test persons of the customer organisation. Only an access manager who can give every right asked for can approve; someone without the role can escalate.</translation>
    </message>
    <message>
        <source>Loading the customer's persons…</source>
        <translation>Loading the customer's persons…</translation>
    </message>
    <message>
        <source>%1 – general manager, not an access manager (can only escalate)</source>
        <translation>%1 – general manager, not an access manager (can only escalate)</translation>
    </message>
    <message>
        <source>%1 – access manager who lacks the first right asked for</source>
        <translation>%1 – access manager who lacks the first right asked for</translation>
    </message>
    <message>
        <source>%1 – access manager who can give every right</source>
        <translation>%1 – access manager who can give every right</translation>
    </message>
    <message>
        <source>The persons could not be loaded: %1 Approving now acts as the organisation's access manager, who can approve everything.</source>
        <translation>The persons could not be loaded: %1 Approving now acts as the organisation's access manager, who can approve everything.</translation>
    </message>
</context>
<context>
    <name>SandboxRegistrationPanel</name>
    <message>
        <source>Another profile was chosen meanwhile.</source>
        <translation>Another profile was chosen meanwhile.</translation>
    </message>
    <message>
        <source>Register the client in the sandbox</source>
        <translation>Register the client in the sandbox</translation>
    </message>
    <message>
        <source>&amp;Register in the sandbox</source>
        <translation>&amp;Register in the sandbox</translation>
    </message>
    <message>
        <source>&amp;Register the key again in the sandbox</source>
        <translation>&amp;Register the key again in the sandbox</translation>
    </message>
    <message>
        <source>Registering the client in the sandbox…</source>
        <translation>Registering the client in the sandbox…</translation>
    </message>
    <message>
        <source>Registration cancelled.</source>
        <translation>Registration cancelled.</translation>
    </message>
    <message>
        <source>Registered client %1 with key %2. Check the connection below.</source>
        <translation>Registered client %1 with key %2. Check the connection below.</translation>
    </message>
    <message>
        <source>The sandbox's answer was lost; the client was read back afterwards.</source>
        <translation>The sandbox's answer was lost; the client was read back afterwards.</translation>
    </message>
    <message>
        <source>Client %1 was registered already with key %2; nothing was changed. Check the connection below.</source>
        <translation>Client %1 was registered already with key %2; nothing was changed. Check the connection below.</translation>
    </message>
</context>
<context>
    <name>ScreenMasking</name>
    <message>
        <source>Masked in presenter mode.</source>
        <translation>Masked in presenter mode.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain did not answer in time. If it asks to be unlocked, answer the prompt, then try again.</source>
        <translation>The keychain did not answer in time. If it asks to be unlocked, answer the prompt, then try again.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Try again; if it keeps failing, restart the keychain service.</source>
        <translation>The keychain reported an error. Try again; if it keeps failing, restart the keychain service.</translation>
    </message>
    <message>
        <source>The key is not in the keychain. If you kept a backup of it, import it again; otherwise generate a new key and register its public key again, in place of the old one.</source>
        <translation>The key is not in the keychain. If you kept a backup of it, import it again; otherwise generate a new key and register its public key again, in place of the old one.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer, so the key cannot be kept safely. Start one, or install one — GNOME Keyring (the gnome-keyring package), KWallet, or KeePassXC with its Secret Service integration turned on — then try again.</source>
        <translation>No keychain service is running on this computer, so the key cannot be kept safely. Start one, or install one — GNOME Keyring (the gnome-keyring package), KWallet, or KeePassXC with its Secret Service integration turned on — then try again.</translation>
    </message>
    <message>
        <source>There is no desktop session (no D-Bus session bus), so no keychain can be reached. Run this in a desktop session; in a terminal or over SSH, start one first, for example with "dbus-run-session -- bash", and unlock a keyring in it with "gnome-keyring-daemon --unlock".</source>
        <translation>There is no desktop session (no D-Bus session bus), so no keychain can be reached. Run this in a desktop session; in a terminal or over SSH, start one first, for example with "dbus-run-session -- bash", and unlock a keyring in it with "gnome-keyring-daemon --unlock".</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (in your keyring or password manager, or by logging out and in again), then try again. Keys already in it are safe: there is no need to generate or import them again.</source>
        <translation>The keychain is locked. Unlock it (in your keyring or password manager, or by logging out and in again), then try again. Keys already in it are safe: there is no need to generate or import them again.</translation>
    </message>
    <message>
        <source>The keychain refused access. Allow this program to use the keychain when it asks (or in the keychain's settings), then try again.</source>
        <translation>The keychain refused access. Allow this program to use the keychain when it asks (or in the keychain's settings), then try again.</translation>
    </message>
    <message>
        <source>The key's entry in the keychain is damaged or incomplete. Import the key again from its backup, or generate a new key and register its public key again.</source>
        <translation>The key's entry in the keychain is damaged or incomplete. Import the key again from its backup, or generate a new key and register its public key again.</translation>
    </message>
</context>
<context>
    <name>ServerFieldMapping</name>
    <message>
        <source>Altinn refused this value.</source>
        <translation>Altinn refused this value.</translation>
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
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>What was done, what is still pending, and what to do next.</source>
        <translation>What was done, what is still pending, and what to do next.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Ask Altinn again for the current statuses</source>
        <translation>Ask Altinn again for the current statuses</translation>
    </message>
    <message>
        <source>&amp;Onboard another customer</source>
        <translation>&amp;Onboard another customer</translation>
    </message>
    <message>
        <source>Ask the next customer for a system user</source>
        <translation>Ask the next customer for a system user</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>The sandbox has not started yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Asking Altinn for the current statuses…</source>
        <translation>Asking Altinn for the current statuses…</translation>
    </message>
    <message>
        <source>Stopped. The summary shows what was known before.</source>
        <translation>Stopped. The summary shows what was known before.</translation>
    </message>
    <message>
        <source>reading the registered system</source>
        <translation>reading the registered system</translation>
    </message>
    <message>
        <source>listing the system users</source>
        <translation>listing the system users</translation>
    </message>
    <message>
        <source>checking the request to %1</source>
        <translation>checking the request to %1</translation>
    </message>
    <message>
        <source>Up to date as of %1.</source>
        <translation>Up to date as of %1.</translation>
    </message>
    <message>
        <source>Some of the summary could not be brought up to date:</source>
        <translation>Some of the summary could not be brought up to date:</translation>
    </message>
</context>
<context>
    <name>SummaryReportSection</name>
    <message>
        <source>Onboarding summary</source>
        <translation>Onboarding summary</translation>
    </message>
    <message>
        <source>Sa&amp;ve report…</source>
        <translation>Sa&amp;ve report…</translation>
    </message>
    <message>
        <source>Save the report as HTML or PDF</source>
        <translation>Save the report as HTML or PDF</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>The report could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Onboarding report</source>
        <translation>Onboarding report</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Saved the report to %1.</translation>
    </message>
</context>
<context>
    <name>SystemCommands</name>
    <message>
        <source>Your systems in Altinn's system register</source>
        <translation>Your systems in Altinn's system register</translation>
    </message>
    <message>
        <source>The system id (&lt;vendor org number&gt;_&lt;name&gt;).</source>
        <translation>The system id (&lt;vendor org number&gt;_&lt;name&gt;).</translation>
    </message>
    <message>
        <source>A system definition: the JSON body Altinn's system register takes.</source>
        <translation>A system definition: the JSON body Altinn's system register takes.</translation>
    </message>
    <message>
        <source>List the vendor's systems.</source>
        <translation>List the vendor's systems.</translation>
    </message>
    <message>
        <source>Show a registered system.</source>
        <translation>Show a registered system.</translation>
    </message>
    <message>
        <source>Register a new system from FILE (checked before it is sent).</source>
        <translation>Register a new system from FILE (checked before it is sent).</translation>
    </message>
    <message>
        <source>Update a system from FILE: only the members FILE has replace the registered ones (get, merge, put).</source>
        <translation>Update a system from FILE: only the members FILE has replace the registered ones (get, merge, put).</translation>
    </message>
    <message>
        <source>Compare FILE with the registered system, field by field.</source>
        <translation>Compare FILE with the registered system, field by field.</translation>
    </message>
    <message>
        <source>Delete a system from the register.</source>
        <translation>Delete a system from the register.</translation>
    </message>
    <message>
        <source>Show a system's change log.</source>
        <translation>Show a system's change log.</translation>
    </message>
    <message>
        <source>listing the systems</source>
        <translation>listing the systems</translation>
    </message>
    <message>
        <source>fetching the system</source>
        <translation>fetching the system</translation>
    </message>
    <message>
        <source>%1 is not a system definition: %2</source>
        <translation>%1 is not a system definition: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was sent:</source>
        <translation><numerusform>%1 has %n problem; nothing was sent:</numerusform><numerusform>%1 has %n problems; nothing was sent:</numerusform></translation>
    </message>
    <message>
        <source>The profile's client id %1 is not in "clientId": system user tokens for this system will fail (MP-303) until it is.</source>
        <translation>The profile's client id %1 is not in "clientId": system user tokens for this system will fail (MP-303) until it is.</translation>
    </message>
    <message>
        <source>registering the system</source>
        <translation>registering the system</translation>
    </message>
    <message>
        <source>Registered system %1.</source>
        <translation>Registered system %1.</translation>
    </message>
    <message>
        <source>Next: ask a customer for a system user: %1</source>
        <translation>Next: ask a customer for a system user: %1</translation>
    </message>
    <message>
        <source>%1 has nothing to update (name, description, rights, accessPackages, clientId, allowedRedirectUrls or isVisible).</source>
        <translation>%1 has nothing to update (name, description, rights, accessPackages, clientId, allowedRedirectUrls or isVisible).</translation>
    </message>
    <message>
        <source>updating the system</source>
        <translation>updating the system</translation>
    </message>
    <message>
        <source>Updated system %1 (%2); everything else was kept as registered.</source>
        <translation>Updated system %1 (%2); everything else was kept as registered.</translation>
    </message>
    <message>
        <source>%1 is not registered yet; everything in the file is new.</source>
        <translation>%1 is not registered yet; everything in the file is new.</translation>
    </message>
    <message>
        <source>%1 is registered exactly as in the file.</source>
        <translation>%1 is registered exactly as in the file.</translation>
    </message>
    <message>
        <source>deleting the system</source>
        <translation>deleting the system</translation>
    </message>
    <message>
        <source>Deleted system %1.</source>
        <translation>Deleted system %1.</translation>
    </message>
    <message>
        <source>fetching the change log</source>
        <translation>fetching the change log</translation>
    </message>
    <message>
        <source>The system id %1 belongs to a deleted system; a deleted system keeps its id for ever. Give the definition another id.</source>
        <translation>The system id %1 belongs to a deleted system; a deleted system keeps its id for ever. Give the definition another id.</translation>
    </message>
    <message>
        <source>The answer from Altinn was lost; the system was read back afterwards: it was registered.</source>
        <translation>The answer from Altinn was lost; the system was read back afterwards: it was registered.</translation>
    </message>
    <message>
        <source>%1 was registered already, as yours (by an earlier run, or one whose answer was lost); nothing was registered twice.</source>
        <translation>%1 was registered already, as yours (by an earlier run, or one whose answer was lost); nothing was registered twice.</translation>
    </message>
    <message numerus="yes">
        <source>It differed from the file, so it was updated: %n change(s).</source>
        <translation><numerusform>It differed from the file, so it was updated: %n change.</numerusform><numerusform>It differed from the file, so it was updated: %n changes.</numerusform></translation>
    </message>
</context>
<context>
    <name>SystemDefinitionDiff</name>
    <message>
        <source>system id</source>
        <translation>system id</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>vendor</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>rights</translation>
    </message>
    <message>
        <source>access packages</source>
        <translation>access packages</translation>
    </message>
    <message>
        <source>client ids</source>
        <translation>client ids</translation>
    </message>
    <message>
        <source>redirect URLs</source>
        <translation>redirect URLs</translation>
    </message>
    <message>
        <source>visible in the Altinn portal</source>
        <translation>visible in the Altinn portal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3</source>
        <translation>~ %1: %2 → %3</translation>
    </message>
    <message>
        <source>+ %1 (%2): "%3" (added)</source>
        <translation>+ %1 (%2): "%3" (added)</translation>
    </message>
    <message>
        <source>+ %1: %2 (added)</source>
        <translation>+ %1: %2 (added)</translation>
    </message>
    <message>
        <source>- %1 (%2): "%3" (removed)</source>
        <translation>- %1 (%2): "%3" (removed)</translation>
    </message>
    <message>
        <source>- %1: %2 (removed)</source>
        <translation>- %1: %2 (removed)</translation>
    </message>
    <message>
        <source>~ %1 (%2): "%3" → "%4"</source>
        <translation>~ %1 (%2): "%3" → "%4"</translation>
    </message>
    <message>
        <source>~ %1: %2 changed from %3 to %4</source>
        <translation>~ %1: %2 changed from %3 to %4</translation>
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
        <translation>System &amp;id:</translation>
    </message>
    <message>
        <source>e.g. smartregnskap</source>
        <translation>e.g. smartregnskap</translation>
    </message>
    <message>
        <source>Letters A–Z and a–z, digits, '-', '_', '.' and '~'. The id is part of web addresses and cannot be changed once the system is registered.</source>
        <translation>Letters A–Z and a–z, digits, '-', '_', '.' and '~'. The id is part of web addresses and cannot be changed once the system is registered.</translation>
    </message>
    <message>
        <source>Name and description</source>
        <translation>Name and description</translation>
    </message>
    <message>
        <source>Maskinporten &amp;client ids</source>
        <translation>Maskinporten &amp;client ids</translation>
    </message>
    <message>
        <source>The Maskinporten clients that may get system user tokens for this system. Your profile's client is filled in for a new system.</source>
        <translation>The Maskinporten clients that may get system user tokens for this system. Your profile's client is filled in for a new system.</translation>
    </message>
    <message>
        <source>Add client id</source>
        <translation>Add client id</translation>
    </message>
    <message>
        <source>e.g. 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c</source>
        <translation>e.g. 3f2a9c1e-5b7d-4e1a-9c0b-2d4e6f8a1b3c</translation>
    </message>
    <message>
        <source>Client id %1</source>
        <translation>Client id %1</translation>
    </message>
    <message>
        <source>Remove client id %1</source>
        <translation>Remove client id %1</translation>
    </message>
    <message>
        <source>No client id yet: nobody can get a token for this system until you add one.</source>
        <translation>No client id yet: nobody can get a token for this system until you add one.</translation>
    </message>
    <message>
        <source>Redirect &amp;URLs</source>
        <translation>Redirect &amp;URLs</translation>
    </message>
    <message>
        <source>Optional. Where Altinn may send the customer after they approve a request. Only https:// addresses are accepted.</source>
        <translation>Optional. Where Altinn may send the customer after they approve a request. Only https:// addresses are accepted.</translation>
    </message>
    <message>
        <source>Add redirect URL</source>
        <translation>Add redirect URL</translation>
    </message>
    <message>
        <source>https://example.com/altinn/callback</source>
        <translation>https://example.com/altinn/callback</translation>
    </message>
    <message>
        <source>Redirect URL %1</source>
        <translation>Redirect URL %1</translation>
    </message>
    <message>
        <source>Remove redirect URL %1</source>
        <translation>Remove redirect URL %1</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>&amp;Visible in Altinn</source>
        <translation>&amp;Visible in Altinn</translation>
    </message>
    <message>
        <source>Visible in Altinn</source>
        <translation>Visible in Altinn</translation>
    </message>
    <message>
        <source>Rights are services in Altinn's resource registry that your system needs to act on for a customer. Only resource types the system register accepts are listed; tick the ones you need.</source>
        <translation>Rights are services in Altinn's resource registry that your system needs to act on for a customer. Only resource types the system register accepts are listed; tick the ones you need.</translation>
    </message>
    <message>
        <source>Access packages bundle many services by area. "Standard" packages can be given to a standard system user; "Client relationship" packages are for accounting firms and others acting for their clients.</source>
        <translation>Access packages bundle many services by area. "Standard" packages can be given to a standard system user; "Client relationship" packages are for accounting firms and others acting for their clients.</translation>
    </message>
    <message>
        <source>&amp;JSON preview (the exact request body)</source>
        <translation>&amp;JSON preview (the exact request body)</translation>
    </message>
    <message>
        <source>JSON preview</source>
        <translation>JSON preview</translation>
    </message>
    <message>
        <source>Imp&amp;ort…</source>
        <translation>Imp&amp;ort…</translation>
    </message>
    <message>
        <source>Import from a JSON file</source>
        <translation>Import from a JSON file</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Export to a JSON file</source>
        <translation>Export to a JSON file</translation>
    </message>
    <message>
        <source>System definition sections</source>
        <translation>System definition sections</translation>
    </message>
    <message>
        <source>When on, customers can find the system in Altinn and create a system user for it themselves. When off, a system user is only created from a request you send.</source>
        <translation>When on, customers can find the system in Altinn and create a system user for it themselves. When off, a system user is only created from a request you send.</translation>
    </message>
    <message>
        <source>Off, because the system has client-relationship packages (%1). Customers cannot pick those themselves, so Altinn only accepts such a system when it is hidden; customers get it through a request from you.</source>
        <translation>Off, because the system has client-relationship packages (%1). Customers cannot pick those themselves, so Altinn only accepts such a system when it is hidden; customers get it through a request from you.</translation>
    </message>
    <message>
        <source>Turn this off: the system has client-relationship packages (%1), and Altinn only accepts such a system when it is hidden.</source>
        <translation>Turn this off: the system has client-relationship packages (%1), and Altinn only accepts such a system when it is hidden.</translation>
    </message>
    <message>
        <source>%1 is for client relationships, so the system cannot be visible in Altinn. Turn visibility off on the General tab, or remove the package.</source>
        <translation>%1 is for client relationships, so the system cannot be visible in Altinn. Turn visibility off on the General tab, or remove the package.</translation>
    </message>
    <message>
        <source>Visibility is off: %1 is for client relationships, and Altinn only accepts such a system when customers cannot pick it themselves. They get it through a request from you.</source>
        <translation>Visibility is off: %1 is for client relationships, and Altinn only accepts such a system when customers cannot pick it themselves. They get it through a request from you.</translation>
    </message>
    <message>
        <source>Something here needs fixing; see Problems.</source>
        <translation>Something here needs fixing; see Problems.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Rights (%1)</source>
        <translation>&amp;Rights (%1)</translation>
    </message>
    <message>
        <source>Access p&amp;ackages (%1)</source>
        <translation>Access p&amp;ackages (%1)</translation>
    </message>
    <message>
        <source>(org. no.)_</source>
        <translation>(org. no.)_</translation>
    </message>
    <message>
        <source>Every system id starts with your organisation number and an underscore.</source>
        <translation>Every system id starts with your organisation number and an underscore.</translation>
    </message>
    <message>
        <source>System id after %1</source>
        <translation>System id after %1</translation>
    </message>
    <message>
        <source>Right %1 (%2)</source>
        <translation>Right %1 (%2)</translation>
    </message>
    <message>
        <source>Access package %1 (%2)</source>
        <translation>Access package %1 (%2)</translation>
    </message>
    <message>
        <source>Import system definition</source>
        <translation>Import system definition</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export system definition</source>
        <translation>Export system definition</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionJson</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>an object ({ … })</source>
        <translation>an object ({ … })</translation>
    </message>
    <message>
        <source>a list ([ … ])</source>
        <translation>a list ([ … ])</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2). Choose a .json file exported from this wizard or in Altinn's system register format.</source>
        <translation>The file is not valid JSON (%1 at character %2). Choose a .json file exported from this wizard or in Altinn's system register format.</translation>
    </message>
    <message>
        <source>The file holds JSON, but not a system definition: it must be one object ({ "id": …, "name": … }), not a list or a single value.</source>
        <translation>The file holds JSON, but not a system definition: it must be one object ({ "id": …, "name": … }), not a list or a single value.</translation>
    </message>
    <message>
        <source>The file holds a JSON object, but not a system definition: it has none of the members "id", "name", "description", "rights" or "accessPackages".</source>
        <translation>The file holds a JSON object, but not a system definition: it has none of the members "id", "name", "description", "rights" or "accessPackages".</translation>
    </message>
    <message>
        <source>The member "%1" must be %2. Correct the file and import it again.</source>
        <translation>The member "%1" must be %2. Correct the file and import it again.</translation>
    </message>
    <message>
        <source>Every entry in "%1" must be %2. Correct the file and import it again.</source>
        <translation>Every entry in "%1" must be %2. Correct the file and import it again.</translation>
    </message>
</context>
<context>
    <name>SystemDefinitionPage</name>
    <message>
        <source>Your system</source>
        <translation>Your system</translation>
    </message>
    <message>
        <source>What customers see when they approve, and what your system may do for them. Problems are listed as you go; nothing is sent yet.</source>
        <translation>What customers see when they approve, and what your system may do for them. Problems are listed as you go; nothing is sent yet.</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Try again in a moment.</source>
        <translation>The sandbox has not started yet. Try again in a moment.</translation>
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
<context>
    <name>SystemUserCommands</name>
    <message>
        <source>System users your customers have approved</source>
        <translation>System users your customers have approved</translation>
    </message>
    <message>
        <source>The system id.</source>
        <translation>The system id.</translation>
    </message>
    <message>
        <source>List the system users of a system (all pages).</source>
        <translation>List the system users of a system (all pages).</translation>
    </message>
    <message>
        <source>Find the system user of one customer.</source>
        <translation>Find the system user of one customer.</translation>
    </message>
    <message>
        <source>The customer's organisation number.</source>
        <translation>The customer's organisation number.</translation>
    </message>
    <message>
        <source>The external reference (default: the customer's org number).</source>
        <translation>The external reference (default: the customer's org number).</translation>
    </message>
    <message>
        <source>Say which system: --system ID.</source>
        <translation>Say which system: --system ID.</translation>
    </message>
    <message>
        <source>listing the system users</source>
        <translation>listing the system users</translation>
    </message>
    <message>
        <source>Say which system and which customer: --system ID --org ORGNO.</source>
        <translation>Say which system and which customer: --system ID --org ORGNO.</translation>
    </message>
    <message>
        <source>The customer's organisation number</source>
        <translation>The customer's organisation number</translation>
    </message>
    <message>
        <source>finding the system user</source>
        <translation>finding the system user</translation>
    </message>
    <message>
        <source>System user %1 exists for customer %2.</source>
        <translation>System user %1 exists for customer %2.</translation>
    </message>
</context>
<context>
    <name>SystemUserTokenDiagnosis</name>
    <message>
        <source>Check the connection and run the check again.</source>
        <translation>Check the connection and run the check again.</translation>
    </message>
    <message>
        <source>The customer organisation number "%1" in the token request is not a valid organisation number.</source>
        <translation>The customer organisation number "%1" in the token request is not a valid organisation number.</translation>
    </message>
    <message>
        <source>Correct the customer's organisation number and ask for the token again.</source>
        <translation>Correct the customer's organisation number and ask for the token again.</translation>
    </message>
    <message>
        <source>The system %1 has been deleted from the system register, so none of its system users can get tokens.</source>
        <translation>The system %1 has been deleted from the system register, so none of its system users can get tokens.</translation>
    </message>
    <message>
        <source>Publish the system again and ask the customer to approve a new request.</source>
        <translation>Publish the system again and ask the customer to approve a new request.</translation>
    </message>
    <message>
        <source>The system %1 belongs to vendor %2, but this profile is for %3. Maskinporten only finds the system user when the client belongs to the system's vendor.</source>
        <translation>The system %1 belongs to vendor %2, but this profile is for %3. Maskinporten only finds the system user when the client belongs to the system's vendor.</translation>
    </message>
    <message>
        <source>Use a profile and Maskinporten client of organisation %1.</source>
        <translation>Use a profile and Maskinporten client of organisation %1.</translation>
    </message>
    <message>
        <source>Your Maskinporten client %1 is not among the client ids of the system %2, so Maskinporten cannot connect the token to the system.</source>
        <translation>Your Maskinporten client %1 is not among the client ids of the system %2, so Maskinporten cannot connect the token to the system.</translation>
    </message>
    <message>
        <source>Add the client id to the system definition, publish it, and ask for the token again.</source>
        <translation>Add the client id to the system definition, publish it, and ask for the token again.</translation>
    </message>
    <message>
        <source>The system %1 is not registered in this environment.</source>
        <translation>The system %1 is not registered in this environment.</translation>
    </message>
    <message>
        <source>Publish the system definition first, or check that you are working in the right environment.</source>
        <translation>Publish the system definition first, or check that you are working in the right environment.</translation>
    </message>
    <message>
        <source>Could not read the system definition: %1</source>
        <translation>Could not read the system definition: %1</translation>
    </message>
    <message>
        <source>Could not read the system users of the system: %1</source>
        <translation>Could not read the system users of the system: %1</translation>
    </message>
    <message>
        <source>%1 has a system user for this system with external reference %2, but the token request sent none, so Maskinporten looked for "%1" (the organisation number).</source>
        <translation>%1 has a system user for this system with external reference %2, but the token request sent none, so Maskinporten looked for "%1" (the organisation number).</translation>
    </message>
    <message>
        <source>%1 has a system user for this system with external reference %2, but the token request used "%3".</source>
        <translation>%1 has a system user for this system with external reference %2, but the token request used "%3".</translation>
    </message>
    <message>
        <source>Send one of %1 as externalRef in the token request.</source>
        <translation>Send one of %1 as externalRef in the token request.</translation>
    </message>
    <message>
        <source>Leave externalRef out of the token request (it then defaults to the organisation number).</source>
        <translation>Leave externalRef out of the token request (it then defaults to the organisation number).</translation>
    </message>
    <message>
        <source>Send externalRef "%1" in the token request.</source>
        <translation>Send externalRef "%1" in the token request.</translation>
    </message>
    <message>
        <source>The external reference "%1" belongs to the system user of organisation %2, not %3.</source>
        <translation>The external reference "%1" belongs to the system user of organisation %2, not %3.</translation>
    </message>
    <message>
        <source>Ask for the token with organisation number %1 as the customer.</source>
        <translation>Ask for the token with organisation number %1 as the customer.</translation>
    </message>
    <message>
        <source>Could not read the requests of the system: %1</source>
        <translation>Could not read the requests of the system: %1</translation>
    </message>
    <message>
        <source>%1 approved the request of %2, but its system user no longer exists; it was probably deleted in Altinn.</source>
        <translation>%1 approved the request of %2, but its system user no longer exists; it was probably deleted in Altinn.</translation>
    </message>
    <message>
        <source>Delete the old request and send a new one.</source>
        <translation>Delete the old request and send a new one.</translation>
    </message>
    <message>
        <source>%1 rejected the request of %2, so there is no system user.</source>
        <translation>%1 rejected the request of %2, so there is no system user.</translation>
    </message>
    <message>
        <source>Agree with the customer, then delete the rejected request and send a new one.</source>
        <translation>Agree with the customer, then delete the rejected request and send a new one.</translation>
    </message>
    <message>
        <source>%1 has not approved the request of %2 yet; the system user is created on approval.</source>
        <translation>%1 has not approved the request of %2 yet; the system user is created on approval.</translation>
    </message>
    <message>
        <source>Send the approval link to the customer again, or wait for the approval.</source>
        <translation>Send the approval link to the customer again, or wait for the approval.</translation>
    </message>
    <message>
        <source>%1 has no system user for this system, and no request has been sent to it.</source>
        <translation>%1 has no system user for this system, and no request has been sent to it.</translation>
    </message>
    <message>
        <source>Send a system user request to %1 and wait until it is approved.</source>
        <translation>Send a system user request to %1 and wait until it is approved.</translation>
    </message>
    <message>
        <source>The system has system users for client relationships owned by %1. If %2 is a client of one of these firms, the token must name the firm's organisation number, not the client's.</source>
        <translation>The system has system users for client relationships owned by %1. If %2 is a client of one of these firms, the token must name the firm's organisation number, not the client's.</translation>
    </message>
    <message>
        <source>Ask for the token with the firm's organisation number as the customer, and check that the firm has added %1 as a client.</source>
        <translation>Ask for the token with the firm's organisation number as the customer, and check that the firm has added %1 as a client.</translation>
    </message>
    <message>
        <source>Everything checked matches: the system lists your client id, and %1 has a system user with external reference "%2".</source>
        <translation>Everything checked matches: the system lists your client id, and %1 has a system user with external reference "%2".</translation>
    </message>
    <message>
        <source>The cause is probably elsewhere: the token was asked for in another environment than the one checked here, or Maskinporten still remembers an earlier answer. Try again in a minute.</source>
        <translation>The cause is probably elsewhere: the token was asked for in another environment than the one checked here, or Maskinporten still remembers an earlier answer. Try again in a minute.</translation>
    </message>
</context>
<context>
    <name>TestAuthenticationPage</name>
    <message>
        <source>Test authentication</source>
        <translation>Test authentication</translation>
    </message>
    <message>
        <source>Get a system user token for a customer, as your system will in production, and see what is in it.</source>
        <translation>Get a system user token for a customer, as your system will in production, and see what is in it.</translation>
    </message>
    <message>
        <source>Maskinporten gives your client a system user token when the customer has approved a system user for your system. The token says which customer and which system user it acts for; the APIs you call read that from it.</source>
        <translation>Maskinporten gives your client a system user token when the customer has approved a system user for your system. The token says which customer and which system user it acts for; the APIs you call read that from it.</translation>
    </message>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>The sandbox has not started yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Choose or create a profile on the first page.</source>
        <translation>Choose or create a profile on the first page.</translation>
    </message>
    <message>
        <source>Choose a customer, or type the organisation number of one.</source>
        <translation>Choose a customer, or type the organisation number of one.</translation>
    </message>
    <message>
        <source>Enter at least one scope: Maskinporten gives no token without one.</source>
        <translation>Enter at least one scope: Maskinporten gives no token without one.</translation>
    </message>
    <message>
        <source>Asking Maskinporten for a system user token for %1…</source>
        <translation>Asking Maskinporten for a system user token for %1…</translation>
    </message>
    <message>
        <source>Stopped waiting for Maskinporten's answer.</source>
        <translation>Stopped waiting for Maskinporten's answer.</translation>
    </message>
    <message>
        <source>Maskinporten issued a system user token for %1: the system user works.</source>
        <translation>Maskinporten issued a system user token for %1: the system user works.</translation>
    </message>
</context>
<context>
    <name>TokenClaimsExplainer</name>
    <message>
        <source>Who issued the token: Maskinporten of the chosen environment. An API accepts only its own environment's tokens.</source>
        <translation>Who issued the token: Maskinporten of the chosen environment. An API accepts only its own environment's tokens.</translation>
    </message>
    <message>
        <source>Your Maskinporten client. It must be listed among the client ids of your system in the system register.</source>
        <translation>Your Maskinporten client. It must be listed among the client ids of your system in the system register.</translation>
    </message>
    <message>
        <source>How your client proved who it is: private_key_jwt means a registered key, virksomhetssertifikat a business certificate.</source>
        <translation>How your client proved who it is: private_key_jwt means a registered key, virksomhetssertifikat a business certificate.</translation>
    </message>
    <message>
        <source>What the token may be used for. The API you call checks that its scope is here.</source>
        <translation>What the token may be used for. The API you call checks that its scope is here.</translation>
    </message>
    <message>
        <source>The only API the token is meant for (the resource asked for in the grant).</source>
        <translation>The only API the token is meant for (the resource asked for in the grant).</translation>
    </message>
    <message>
        <source>Your organisation, the vendor that owns the Maskinporten client — not the customer.</source>
        <translation>Your organisation, the vendor that owns the Maskinporten client — not the customer.</translation>
    </message>
    <message>
        <source>The supplier acting for the consumer through a delegation in Altinn.</source>
        <translation>The supplier acting for the consumer through a delegation in Altinn.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>No system user in this token: it is a plain vendor token and cannot act for a customer.</source>
        <translation>No system user in this token: it is a plain vendor token and cannot act for a customer.</translation>
    </message>
    <message>
        <source>The customer's system user the token acts as; the same id as the approved request.</source>
        <translation>The customer's system user the token acts as; the same id as the approved request.</translation>
    </message>
    <message>
        <source>The customer that owns the system user; APIs act on its behalf and with its rights.</source>
        <translation>The customer that owns the system user; APIs act on its behalf and with its rights.</translation>
    </message>
    <message>
        <source>Your system in the system register that the system user was created for.</source>
        <translation>Your system in the system register that the system user was created for.</translation>
    </message>
    <message>
        <source>Your own reference for this customer, as given when the request was sent.</source>
        <translation>Your own reference for this customer, as given when the request was sent.</translation>
    </message>
    <message>
        <source>When the token was issued.</source>
        <translation>When the token was issued.</translation>
    </message>
    <message>
        <source>When the token stops working, usually two minutes after it was issued: get a new one then instead of storing it.</source>
        <translation>When the token stops working, usually two minutes after it was issued: get a new one then instead of storing it.</translation>
    </message>
    <message>
        <source>A unique id of this token; give it to Digdir or Altinn support when asking about it.</source>
        <translation>A unique id of this token; give it to Digdir or Altinn support when asking about it.</translation>
    </message>
    <message>
        <source>Send the token in the header "Authorization: Bearer &lt;token&gt;".</source>
        <translation>Send the token in the header "Authorization: Bearer &lt;token&gt;".</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 left</translation>
    </message>
    <message>
        <source>%1 (not a valid time)</source>
        <translation>%1 (not a valid time)</translation>
    </message>
    <message>
        <source>Who issued the token: Altinn, in exchange for the person's ID-porten token. Altinn's APIs and apps take this one.</source>
        <translation>Who issued the token: Altinn, in exchange for the person's ID-porten token. Altinn's APIs and apps take this one.</translation>
    </message>
    <message>
        <source>Who issued the token: ID-porten of the chosen environment, after the person logged in.</source>
        <translation>Who issued the token: ID-porten of the chosen environment, after the person logged in.</translation>
    </message>
    <message>
        <source>The person's national identity number; only the birth date part is shown. It is personal data: do not log or store it without need.</source>
        <translation>The person's national identity number; only the birth date part is shown. It is personal data: do not log or store it without need.</translation>
    </message>
    <message>
        <source>A pseudonym of the person for your client: the same each time they log in with it.</source>
        <translation>A pseudonym of the person for your client: the same each time they log in with it.</translation>
    </message>
    <message>
        <source>The person's user id in Altinn.</source>
        <translation>The person's user id in Altinn.</translation>
    </message>
    <message>
        <source>The person's own party in Altinn — not the organisation they act for, which the app is told separately.</source>
        <translation>The person's own party in Altinn — not the organisation they act for, which the app is told separately.</translation>
    </message>
    <message>
        <source>How strongly the person proved who they are: idporten-loa-substantial or idporten-loa-high. An app may ask for high.</source>
        <translation>How strongly the person proved who they are: idporten-loa-substantial or idporten-loa-high. An app may ask for high.</translation>
    </message>
    <message>
        <source>How the person logged in: TestID, BankID, MinID, Buypass, Commfides.</source>
        <translation>How the person logged in: TestID, BankID, MinID, Buypass, Commfides.</translation>
    </message>
    <message>
        <source>The login's security level as Altinn counts it: 3 for substantial, 4 for high.</source>
        <translation>The login's security level as Altinn counts it: 3 for substantial, 4 for high.</translation>
    </message>
    <message>
        <source>Your ID-porten client, through which the person logged in and gave consent.</source>
        <translation>Your ID-porten client, through which the person logged in and gave consent.</translation>
    </message>
    <message>
        <source>What the person consented to: altinn:instances.read and altinn:instances.write let an app read and create instances on the person's behalf.</source>
        <translation>What the person consented to: altinn:instances.read and altinn:instances.write let an app read and create instances on the person's behalf.</translation>
    </message>
    <message>
        <source>Who the token is meant for.</source>
        <translation>Who the token is meant for.</translation>
    </message>
    <message>
        <source>Your organisation, which owns the ID-porten client.</source>
        <translation>Your organisation, which owns the ID-porten client.</translation>
    </message>
    <message>
        <source>When the token stops working; after that the person logs in again.</source>
        <translation>When the token stops working; after that the person logs in again.</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <source>Get a token from Maskinporten</source>
        <translation>Get a token from Maskinporten</translation>
    </message>
    <message>
        <source>Get a vendor token (default: the Altinn system register and request scopes), or with --systemuser-org a system user token for that customer.</source>
        <translation>Get a vendor token (default: the Altinn system register and request scopes), or with --systemuser-org a system user token for that customer.</translation>
    </message>
    <message>
        <source>A scope to ask for (system user tokens: default the profile's scopes).</source>
        <translation>A scope to ask for (system user tokens: default the profile's scopes).</translation>
    </message>
    <message>
        <source>The customer: get a system user token for it.</source>
        <translation>The customer: get a system user token for it.</translation>
    </message>
    <message>
        <source>The external reference of the system user (default: the customer's org number).</source>
        <translation>The external reference of the system user (default: the customer's org number).</translation>
    </message>
    <message>
        <source>The system the token is for: if Maskinporten finds no system user (MP-303), check why.</source>
        <translation>The system the token is for: if Maskinporten finds no system user (MP-303), check why.</translation>
    </message>
    <message>
        <source>Print the token's header and claims instead of the token.</source>
        <translation>Print the token's header and claims instead of the token.</translation>
    </message>
    <message>
        <source>--external-ref belongs to a system user token: add --systemuser-org ORGNO.</source>
        <translation>--external-ref belongs to a system user token: add --systemuser-org ORGNO.</translation>
    </message>
    <message>
        <source>getting a vendor token</source>
        <translation>getting a vendor token</translation>
    </message>
    <message>
        <source>Vendor token for %1, valid for %2 seconds.</source>
        <translation>Vendor token for %1, valid for %2 seconds.</translation>
    </message>
    <message>
        <source>The customer's organisation number</source>
        <translation>The customer's organisation number</translation>
    </message>
    <message>
        <source>Say which scope the system user token is for: --scope SCOPE (or give the profile default scopes: %1).</source>
        <translation>Say which scope the system user token is for: --scope SCOPE (or give the profile default scopes: %1).</translation>
    </message>
    <message>
        <source>getting a system user token</source>
        <translation>getting a system user token</translation>
    </message>
    <message>
        <source>To find out which of these it is, add the system: --system ID</source>
        <translation>To find out which of these it is, add the system: --system ID</translation>
    </message>
    <message>
        <source>System user token for customer %1, valid for %2 seconds.</source>
        <translation>System user token for customer %1, valid for %2 seconds.</translation>
    </message>
    <message>
        <source>The token is not a JWT; nothing to decode.</source>
        <translation>The token is not a JWT; nothing to decode.</translation>
    </message>
    <message>
        <source>Checking the register to find out why …</source>
        <translation>Checking the register to find out why …</translation>
    </message>
</context>
<context>
    <name>TokenCustomerLoader</name>
    <message>
        <source>The sandbox has not started yet. Wait a moment and try again.</source>
        <translation>The sandbox has not started yet. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Choose or create a profile on the first page.</source>
        <translation>Choose or create a profile on the first page.</translation>
    </message>
    <message>
        <source>Looking up the customers that have a system user for %1…</source>
        <translation>Looking up the customers that have a system user for %1…</translation>
    </message>
    <message>
        <source>Stopped looking up the customers.</source>
        <translation>Stopped looking up the customers.</translation>
    </message>
</context>
<context>
    <name>TokenCustomerPicker</name>
    <message>
        <source>Who the token is for</source>
        <translation>Who the token is for</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Customer:</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>The customers that have a system user for your system. You can also type an organisation number.</source>
        <translation>The customers that have a system user for your system. You can also type an organisation number.</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Refresh the list of customers</source>
        <translation>Refresh the list of customers</translation>
    </message>
    <message>
        <source>E&amp;xternal reference:</source>
        <translation>E&amp;xternal reference:</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>External reference</translation>
    </message>
    <message>
        <source>The external reference the customer request was sent with. Maskinporten finds the system user by the customer and this reference. Leave it empty if the request had none: then the customer's organisation number is used, as Altinn does.</source>
        <translation>The external reference the customer request was sent with. Maskinporten finds the system user by the customer and this reference. Leave it empty if the request had none: then the customer's organisation number is used, as Altinn does.</translation>
    </message>
    <message>
        <source>[agent]</source>
        <translation>[agent]</translation>
    </message>
    <message>
        <source>There is no system yet. Create and publish the system definition first.</source>
        <translation>There is no system yet. Create and publish the system definition first.</translation>
    </message>
    <message>
        <source>Go to the system definition</source>
        <translation>Go to the system definition</translation>
    </message>
    <message>
        <source>No customer has a system user for %1 yet. Send a customer request and let the customer approve it first — or type an organisation number to see what Maskinporten says.</source>
        <translation>No customer has a system user for %1 yet. Send a customer request and let the customer approve it first — or type an organisation number to see what Maskinporten says.</translation>
    </message>
    <message>
        <source>Ask a customer…</source>
        <translation>Ask a customer…</translation>
    </message>
</context>
<context>
    <name>TokenDiagnosisPanel</name>
    <message>
        <source>Why Maskinporten found no system user</source>
        <translation>Why Maskinporten found no system user</translation>
    </message>
    <message>
        <source>Checking the system register and the customer requests to find the cause…</source>
        <translation>Checking the system register and the customer requests to find the cause…</translation>
    </message>
    <message>
        <source>Check stopped.</source>
        <translation>Check stopped.</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <translation>Most likely: %1</translation>
    </message>
    <message>
        <source>Add the client id to the system…</source>
        <translation>Add the client id to the system…</translation>
    </message>
    <message>
        <source>Go to the system definition</source>
        <translation>Go to the system definition</translation>
    </message>
    <message>
        <source>Ask the customer…</source>
        <translation>Ask the customer…</translation>
    </message>
    <message>
        <source>Go to the customer request</source>
        <translation>Go to the customer request</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Use “%1”</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
</context>
<context>
    <name>TokenRequestSection</name>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>Sco&amp;pes:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>The scopes of the API you will call with the token, separated by spaces (for example one from Skatteetaten). Each must be added to your Maskinporten client. %1 is one your client already has: enough to prove that the system user works.</source>
        <translation>The scopes of the API you will call with the token, separated by spaces (for example one from Skatteetaten). Each must be added to your Maskinporten client. %1 is one your client already has: enough to prove that the system user works.</translation>
    </message>
    <message>
        <source>&amp;Get system user token</source>
        <translation>&amp;Get system user token</translation>
    </message>
    <message>
        <source>Get system user token</source>
        <translation>Get system user token</translation>
    </message>
    <message>
        <source>Check the Maskinporten client…</source>
        <translation>Check the Maskinporten client…</translation>
    </message>
    <message>
        <source>Go to the system definition</source>
        <translation>Go to the system definition</translation>
    </message>
</context>
<context>
    <name>TokenViewSection</name>
    <message>
        <source>The token</source>
        <translation>The token</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>What it means</translation>
    </message>
    <message>
        <source>Claims of the system user token</source>
        <translation>Claims of the system user token</translation>
    </message>
    <message>
        <source>C&amp;opy token</source>
        <translation>C&amp;opy token</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Copy the token to the clipboard</translation>
    </message>
    <message>
        <source>The token is not shown: it is a secret that lets anyone act as this system user until it expires.</source>
        <translation>The token is not shown: it is a secret that lets anyone act as this system user until it expires.</translation>
    </message>
    <message>
        <source>Token expires: %1</source>
        <translation>Token expires: %1</translation>
    </message>
    <message>
        <source>Expired — get a new token.</source>
        <translation>Expired — get a new token.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The token is a secret: anyone who has it can act as this system user for %n more second(s). Paste it only where you need it — never into chats, tickets or files.</source>
        <translation><numerusform>Copied. The token is a secret: anyone who has it can act as this system user for %n more second. Paste it only where you need it — never into chats, tickets or files.</numerusform><numerusform>Copied. The token is a secret: anyone who has it can act as this system user for %n more seconds. Paste it only where you need it — never into chats, tickets or files.</numerusform></translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Right %1</source>
        <translation>Right %1</translation>
    </message>
    <message>
        <source>Access package %1</source>
        <translation>Access package %1</translation>
    </message>
    <message>
        <source>Client id %1</source>
        <translation>Client id %1</translation>
    </message>
    <message>
        <source>Redirect URL %1</source>
        <translation>Redirect URL %1</translation>
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
        <translation>English</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation>Name (%1)</translation>
    </message>
    <message>
        <source>Description (%1)</source>
        <translation>Description (%1)</translation>
    </message>
    <message>
        <source>System id</source>
        <translation>System id</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Client ids</source>
        <translation>Client ids</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Rights and access packages</source>
        <translation>Rights and access packages</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Click a problem, or press Enter on it, to go to the field.</source>
        <translation>Click a problem, or press Enter on it, to go to the field.</translation>
    </message>
    <message>
        <source>No problems found. The definition is ready to be registered.</source>
        <translation>No problems found. The definition is ready to be registered.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s). You can continue, but read them first.</source>
        <translation><numerusform>%n warning. You can continue, but read them first.</numerusform><numerusform>%n warnings. You can continue, but read them first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before you can continue.</source>
        <translation><numerusform>%n error to fix before you can continue.</numerusform><numerusform>%n errors to fix before you can continue.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Also %n warning(s).</source>
        <translation><numerusform>Also %n warning.</numerusform><numerusform>Also %n warnings.</numerusform></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Show &amp;what is missing</source>
        <translation>Show &amp;what is missing</translation>
    </message>
    <message>
        <source>Show what is missing</source>
        <translation>Show what is missing</translation>
    </message>
    <message numerus="yes">
        <source>Problems are listed here once you have filled in a field. %n field(s) still need something before you can continue.</source>
        <translation><numerusform>Problems are listed here once you have filled in a field. %n field still needs something before you can continue.</numerusform><numerusform>Problems are listed here once you have filled in a field. %n fields still need something before you can continue.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s); read them first.</source>
        <translation><numerusform>%n warning; read them first.</numerusform><numerusform>%n warnings; read them first.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more in fields not filled in yet.</source>
        <translation><numerusform>%n more in fields not filled in yet.</numerusform><numerusform>%n more in fields not filled in yet.</numerusform></translation>
    </message>
</context>
<context>
    <name>VendorSession</name>
    <message>
        <source>The profile "%1" has no key yet. Generate or import one first.</source>
        <translation>The profile "%1" has no key yet. Generate or import one first.</translation>
    </message>
    <message>
        <source>The profile "%1" has no Maskinporten client id yet.</source>
        <translation>The profile "%1" has no Maskinporten client id yet.</translation>
    </message>
</context>
<context>
    <name>WizardContext</name>
    <message>
        <source>Your profiles could not be read (%1). The wizard starts without them; the file is left as it is.</source>
        <translation>Your profiles could not be read (%1). The wizard starts without them; the file is left as it is.</translation>
    </message>
    <message>
        <source>The profile no longer exists. Choose another one or make a new one.</source>
        <translation>The profile no longer exists. Choose another one or make a new one.</translation>
    </message>
</context>
<context>
    <name>WizardSection</name>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Reading the key from the keychain…</translation>
    </message>
</context>
<context>
    <name>WizardStepIndicator</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Step %1: %2 (done). Click to go back to it.</source>
        <translation>Step %1: %2 (done). Click to go back to it.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <source>Step %1: %2 (you are here).</source>
        <translation>Step %1: %2 (you are here).</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>Step %1: %2 (not reached yet).</source>
        <translation>Step %1: %2 (not reached yet).</translation>
    </message>
    <message>
        <source>Step %1 of %2, %3, %4</source>
        <translation>Step %1 of %2, %3, %4</translation>
    </message>
</context>
</TS>
