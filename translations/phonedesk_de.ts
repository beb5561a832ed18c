<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>no connection is configured</source>
        <translation>keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>the server sent the same page again</source>
        <translation>der Server hat dieselbe Seite noch einmal gesendet</translation>
    </message>
    <message>
        <source>there is no connection</source>
        <translation>es besteht keine Verbindung</translation>
    </message>
    <message>
        <source>the request was not accepted</source>
        <translation>die Anfrage wurde nicht angenommen</translation>
    </message>
    <message>
        <source>the secret key was not accepted</source>
        <translation>der geheime Schlüssel wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>the secret key may not do this</source>
        <translation>der geheime Schlüssel hat dafür keine Berechtigung</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>invalid parameters</source>
        <translation>ungültige Parameter</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation>Fehler auf dem Server</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s) in %2 s)</source>
        <translation>
            <numerusform>%1 (aufgegeben nach %n Versuch in %2 s)</numerusform>
            <numerusform>%1 (aufgegeben nach %n Versuchen in %2 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2: %3</source>
        <translation>%1 fehlgeschlagen mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>Clerk did not accept the secret key of “%1” (wrong or revoked key); %2</source>
        <translation>Clerk hat den geheimen Schlüssel von „%1“ nicht akzeptiert (falscher oder widerrufener Schlüssel); %2</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be resolved</source>
        <translation>der Name des Servers konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the secure connection could not be established</source>
        <translation>die sichere Verbindung konnte nicht hergestellt werden</translation>
    </message>
    <message>
        <source>network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer could not be read</source>
        <translation>die Antwort konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source> (clerk trace id %1)</source>
        <translation> (Clerk-Trace-ID %1)</translation>
    </message>
    <message>
        <source>the server sent the same page again for a cursor</source>
        <translation>der Server hat für einen Cursor dieselbe Seite noch einmal gesendet</translation>
    </message>
</context>
<context>
    <name>AuditFinding</name>
    <message>
        <source>Not in E.164 form</source>
        <translation>Nicht im E.164-Format</translation>
    </message>
    <message>
        <source>Not a valid number for its country</source>
        <translation>Keine gültige Nummer ihres Landes</translation>
    </message>
    <message>
        <source>Same number on different users</source>
        <translation>Dieselbe Nummer bei verschiedenen Benutzern</translation>
    </message>
    <message>
        <source>2FA on, but no usable second factor</source>
        <translation>2FA aktiv, aber kein nutzbarer zweiter Faktor</translation>
    </message>
    <message>
        <source>Second factors on banned or locked users</source>
        <translation>Zweite Faktoren bei verbannten oder gesperrten Benutzern</translation>
    </message>
    <message>
        <source>Verification pending or expired too long</source>
        <translation>Verifizierung zu lange ausstehend oder abgelaufen</translation>
    </message>
    <message>
        <source>Primary number that does not exist</source>
        <translation>Primärnummer, die es nicht gibt</translation>
    </message>
</context>
<context>
    <name>AuditRules</name>
    <message>
        <source>Stored as &quot;%1&quot;, not in E.164 form; the number is %2.</source>
        <translation>Gespeichert als „%1“, nicht im E.164-Format; die Nummer lautet %2.</translation>
    </message>
    <message>
        <source>%1 is written in E.164 form, but is no valid number of its country.</source>
        <translation>%1 ist im E.164-Format geschrieben, aber keine gültige Nummer ihres Landes.</translation>
    </message>
    <message>
        <source>Stored as &quot;%1&quot;: not in E.164 form, and not readable as a valid number.</source>
        <translation>Gespeichert als „%1“: nicht im E.164-Format und nicht als gültige Nummer lesbar.</translation>
    </message>
    <message numerus="yes">
        <source>Its verification is expired; the code ran out %Ln day(s) ago (%1) and the number was never verified.</source>
        <translation>
            <numerusform>Ihre Verifizierung ist abgelaufen; der Code lief vor %Ln Tag (%1) ab, und die Nummer wurde nie verifiziert.</numerusform>
            <numerusform>Ihre Verifizierung ist abgelaufen; der Code lief vor %Ln Tagen (%1) ab, und die Nummer wurde nie verifiziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its verification is still pending; the code ran out %Ln day(s) ago (%1) and the number was never verified.</source>
        <translation>
            <numerusform>Ihre Verifizierung steht noch aus; der Code lief vor %Ln Tag (%1) ab, und die Nummer wurde nie verifiziert.</numerusform>
            <numerusform>Ihre Verifizierung steht noch aus; der Code lief vor %Ln Tagen (%1) ab, und die Nummer wurde nie verifiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>2FA is on, but its only second factor, %1, is not verified; there is no TOTP either.</source>
        <translation>2FA ist aktiviert, aber der einzige zweite Faktor, %1, ist nicht verifiziert; TOTP gibt es auch nicht.</translation>
    </message>
    <message>
        <source>2FA is on, but there is no verified 2FA number and no TOTP.</source>
        <translation>2FA ist aktiviert, aber es gibt weder eine verifizierte 2FA-Nummer noch TOTP.</translation>
    </message>
    <message>
        <source>2FA number %1</source>
        <translation>2FA-Nummer %1</translation>
    </message>
    <message>
        <source>backup codes</source>
        <translation>Backup-Codes</translation>
    </message>
    <message>
        <source>The user is banned but still has second factors: %1.</source>
        <translation>Der Benutzer ist verbannt, hat aber noch zweite Faktoren: %1.</translation>
    </message>
    <message>
        <source>The user is locked but still has second factors: %1.</source>
        <translation>Der Benutzer ist gesperrt, hat aber noch zweite Faktoren: %1.</translation>
    </message>
    <message numerus="yes">
        <source>primary_phone_number_id is %1, which is none of the user&apos;s %Ln number(s).</source>
        <translation>
            <numerusform>primary_phone_number_id ist %1, aber der Benutzer hat keine solche Nummer (er hat %Ln Nummer).</numerusform>
            <numerusform>primary_phone_number_id ist %1, aber der Benutzer hat keine solche Nummer (er hat %Ln Nummern).</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 (%3)</source>
        <extracomment>Another user&apos;s number: %1 the number as stored, %2 the user&apos;s name, %3 the user&apos;s id</extracomment>
        <translation>„%1“ von %2 (%3)</translation>
    </message>
    <message>
        <source>The same number as %1.</source>
        <translation>Dieselbe Nummer wie %1.</translation>
    </message>
    <message>
        <source>The same number as %1, written differently: both are %2.</source>
        <translation>Dieselbe Nummer wie %1, anders geschrieben: beide sind %2.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Export findings as CSV</source>
        <translation>Befunde als CSV exportieren</translation>
    </message>
    <message>
        <source>Export findings as JSON lines</source>
        <translation>Befunde als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Instance audit</source>
        <translation>Prüfung der Instanz</translation>
    </message>
    <message>
        <source>Reads every user of %1 and lists numbers not in E.164 form or not valid, the same number on different users, 2FA without a usable factor, second factors on banned or locked users, codes left pending or expired, and primary ids that name no number.</source>
        <extracomment>%1 is the instance: its host name or &quot;Demo sandbox on this computer&quot;</extracomment>
        <translation>Liest jeden Benutzer der Instanz %1 und listet Nummern, die nicht im E.164-Format oder ungültig sind, dieselbe Nummer bei verschiedenen Benutzern, 2FA ohne nutzbaren Faktor, zweite Faktoren bei verbannten oder gesperrten Benutzern, ausstehende oder abgelaufene Codes und Primär-IDs, die auf keine Nummer zeigen.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Run audit</source>
        <translation>Prüfung starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the audit</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the audit where it stopped</source>
        <translation>Prüfung dort fortsetzen, wo sie angehalten hat</translation>
    </message>
    <message>
        <source>Pending or expired for more than</source>
        <extracomment>Before the number of days of the audit&apos;s stale-code rule: &quot;… for more than [7] days&quot;</extracomment>
        <translation>Ausstehend oder abgelaufen seit mehr als</translation>
    </message>
    <message>
        <source>Pending age in days</source>
        <translation>Wartezeit in Tagen</translation>
    </message>
    <message>
        <source>A code pending or expired for longer than this many days is a finding</source>
        <translation>Ein Code, der länger als so viele Tage aussteht oder abgelaufen ist, wird als Befund gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <extracomment>After the number of days of the audit&apos;s stale-code rule: &quot;… for more than [7] days&quot;</extracomment>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the findings as CSV…</source>
        <translation>Befunde als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSONL…</source>
        <translation>Als JSONL exportieren…</translation>
    </message>
    <message>
        <source>Export the findings as JSON lines…</source>
        <translation>Befunde als JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>The audit stopped</source>
        <translation>Die Prüfung wurde angehalten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A group of findings and how many it has: &quot;Not in E.164 form: 3&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Run the audit to see what needs attention.</source>
        <translation>Starten Sie die Prüfung, um zu sehen, was Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Nothing found: every user looks right.</source>
        <translation>Nichts gefunden: Alle Benutzer sehen richtig aus.</translation>
    </message>
    <message>
        <source>Nothing found so far…</source>
        <translation>Bisher nichts gefunden…</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit — %1</source>
        <extracomment>The audit window&apos;s title; %1 is the instance</extracomment>
        <translation>Prüfung — %1</translation>
    </message>
</context>
<context>
    <name>ClerkClient</name>
    <message>
        <source>This connection is read-only: changes are switched off</source>
        <translation>Diese Verbindung ist schreibgeschützt: Änderungen sind ausgeschaltet</translation>
    </message>
    <message>
        <source>This connection is read-only: changes are switched off for profile “%1”</source>
        <translation>Diese Verbindung ist schreibgeschützt: Änderungen sind für das Profil „%1“ ausgeschaltet</translation>
    </message>
    <message>
        <source>no secret key is configured</source>
        <translation>kein geheimer Schlüssel eingerichtet</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>The key you pasted is neither saved nor in use; it will be forgotten.</source>
        <translation>Der eingefügte Schlüssel ist weder gespeichert noch in Gebrauch; er wird verworfen.</translation>
    </message>
    <message>
        <source>The changed API URL is not saved.</source>
        <translation>Die geänderte API-URL ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Try the demo sandbox with made-up users</source>
        <translation>Die Demo-Sandbox mit erfundenen Benutzern ausprobieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Now: the demo sandbox on this computer (made-up users)</source>
        <translation>Jetzt: die Demo-Sandbox auf diesem Computer (erfundene Benutzer)</translation>
    </message>
    <message>
        <source>Now: “%1” at %2</source>
        <extracomment>%1 is the profile&apos;s name, %2 its API URL</extracomment>
        <translation>Jetzt: „%1“ unter %2</translation>
    </message>
    <message>
        <source>Now: CLERK_SECRET_KEY at %1</source>
        <extracomment>The window runs on the key in the environment variable CLERK_SECRET_KEY; %1 is the API URL</extracomment>
        <translation>Jetzt: CLERK_SECRET_KEY unter %1</translation>
    </message>
    <message>
        <source>No system keychain</source>
        <translation>Kein System-Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 Keys cannot be saved on this computer: use a key for this session only (it is forgotten when PhoneDesk quits), or start PhoneDesk with CLERK_SECRET_KEY set. PhoneDesk never writes a key to a file.</source>
        <extracomment>%1 is the keychain&apos;s problem, a sentence of its own</extracomment>
        <translation>%1 Schlüssel können auf diesem Computer nicht gespeichert werden: Verwenden Sie einen Schlüssel nur für diese Sitzung (er wird beim Beenden von PhoneDesk verworfen), oder starten Sie PhoneDesk mit gesetztem CLERK_SECRET_KEY. PhoneDesk schreibt nie einen Schlüssel in eine Datei.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>No profiles yet. Add one for each Clerk instance you support.</source>
        <translation>Noch keine Profile. Legen Sie für jede Clerk-Instanz, die Sie betreuen, eines an.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a profile…</source>
        <translation>Profil hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the profile…</source>
        <translation>Profil umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the profile…</source>
        <translation>Profil löschen…</translation>
    </message>
    <message>
        <source>Asks first; removes the profile and its key from the system keychain</source>
        <translation>Fragt zuerst nach; entfernt das Profil und seinen Schlüssel aus dem System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Test a key without saving it</source>
        <translation>Schlüssel testen, ohne ihn zu speichern</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>The Backend API&apos;s address, e.g. https://api.clerk.com/v1</source>
        <translation>Die Adresse der Backend API, z. B. https://api.clerk.com/v1</translation>
    </message>
    <message>
        <source>Read-only: hide and block every change to accounts</source>
        <translation>Schreibgeschützt: jede Änderung an Konten ausblenden und sperren</translation>
    </message>
    <message>
        <source>Hides and blocks every change to accounts from the next connect</source>
        <translation>Blendet ab der nächsten Verbindung jede Änderung an Konten aus und sperrt sie</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Kept for this session; paste a new key to replace it</source>
        <translation>Für diese Sitzung gemerkt; fügen Sie einen neuen Schlüssel ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Paste the key (sk_live_… or sk_test_…)</source>
        <translation>Schlüssel einfügen (sk_live_… oder sk_test_…)</translation>
    </message>
    <message>
        <source>Paste a key to test it against the API URL in use</source>
        <translation>Schlüssel einfügen, um ihn mit der verwendeten API-URL zu testen</translation>
    </message>
    <message>
        <source>Production key: changes reach real users.</source>
        <translation>Produktionsschlüssel: Änderungen erreichen echte Benutzer.</translation>
    </message>
    <message>
        <source>Development key (sk_test_).</source>
        <translation>Entwicklungsschlüssel (sk_test_).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the pasted key</source>
        <translation>Eingefügten Schlüssel testen</translation>
    </message>
    <message>
        <source>Test the stored key</source>
        <translation>Gespeicherten Schlüssel testen</translation>
    </message>
    <message>
        <source>Asks the instance for its user count; nothing is saved</source>
        <translation>Fragt die Instanz nach ihrer Benutzeranzahl; nichts wird gespeichert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the API URL and the key in the system keychain</source>
        <translation>API-URL und Schlüssel im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Use for this session only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Keeps the key until PhoneDesk quits, without saving it</source>
        <translation>Behält den Schlüssel bis zum Beenden von PhoneDesk, ohne ihn zu speichern</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connect the window to this profile</source>
        <translation>Das Fenster mit diesem Profil verbinden</translation>
    </message>
    <message>
        <source>Asking the instance for its user count…</source>
        <translation>Die Instanz wird nach ihrer Benutzeranzahl gefragt…</translation>
    </message>
    <message>
        <source>Waiting for the system keychain…</source>
        <translation>Warten auf den System-Schlüsselbund…</translation>
    </message>
    <message>
        <source>Connection works</source>
        <translation>Verbindung funktioniert</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>CLERK_SECRET_KEY is set: PhoneDesk starts on it, as is, and never saves it.</source>
        <translation>CLERK_SECRET_KEY ist gesetzt: PhoneDesk startet damit, unverändert, und speichert ihn nie.</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?</source>
        <translation>Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its name and URL are removed, and its key is removed from the system keychain. The window stays connected until you connect elsewhere.</source>
        <translation>Name und URL werden entfernt, und sein Schlüssel wird aus dem System-Schlüsselbund entfernt. Das Fenster bleibt verbunden, bis Sie sich anderswo verbinden.</translation>
    </message>
    <message>
        <source>Its name and URL are removed, and its key is removed from the system keychain.</source>
        <translation>Name und URL werden entfernt, und sein Schlüssel wird aus dem System-Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <extracomment>%1 is what is copied: &quot;user id&quot;, &quot;trace id&quot;</extracomment>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>These users are made up and served by a sandbox inside PhoneDesk. Nothing here is a real Clerk instance. File › Connections… (%1) opens yours.</source>
        <extracomment>The menu path names the File menu and its Connections… item</extracomment>
        <translation>Diese Benutzer sind erfunden und kommen aus einer Sandbox in PhoneDesk. Nichts hier ist eine echte Clerk-Instanz. Datei › Verbindungen… (%1) öffnet Ihre.</translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Not E.164: stored as “%1”. Clerk expects + and the country code, e.g. +14155550123; codes may not reach this number.</source>
        <translation>Nicht E.164: gespeichert als „%1“. Clerk erwartet + und die Ländervorwahl, z. B. +14155550123; Codes erreichen diese Nummer womöglich nicht.</translation>
    </message>
    <message>
        <source>Unknown owner</source>
        <translation>Unbekannter Inhaber</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No number selected</source>
        <translation>Keine Nummer ausgewählt</translation>
    </message>
    <message>
        <source>Pick a number in the list to see everything about it. Up and Down move through the list; Enter comes here.</source>
        <translation>Wählen Sie eine Nummer in der Liste, um alles über sie zu sehen. Mit den Pfeiltasten nach oben und unten bewegen Sie sich durch die Liste; die Eingabetaste führt hierher.</translation>
    </message>
</context>
<context>
    <name>EmptyView</name>
    <message>
        <source>No phone numbers</source>
        <translation>Keine Telefonnummern</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln user(s) loaded so far has a phone number. Load the rest to look further.</source>
        <translation>
            <numerusform>%Ln Benutzer ist bisher geladen und hat keine Telefonnummer. Laden Sie die übrigen, um weiterzusuchen.</numerusform>
            <numerusform>Keiner der %Ln bisher geladenen Benutzer hat eine Telefonnummer. Laden Sie die übrigen, um weiterzusuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln user(s) of this instance has a phone number.</source>
        <translation>
            <numerusform>Diese Instanz hat %Ln Benutzer, und er hat keine Telefonnummer.</numerusform>
            <numerusform>Keiner der %Ln Benutzer dieser Instanz hat eine Telefonnummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>This instance has no users yet.</source>
        <translation>Diese Instanz hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>Load all users</source>
        <translation>Alle Benutzer laden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>EnvironmentBadge</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>%1 instance</source>
        <extracomment>%1 is the kind of instance: &quot;Demo&quot;, &quot;Production&quot;, &quot;Development&quot;</extracomment>
        <translation>Instanz: %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Could not load phone numbers</source>
        <translation>Telefonnummern konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>ErrorNotice</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The Retry button&apos;s name for screen readers: %1 is the button&apos;s text, %2 what failed</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ErrorView</name>
    <message>
        <source>Could not load phone numbers</source>
        <translation>Telefonnummern konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any verification</source>
        <translation>Jeder Verifizierungsstatus</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Pending (unverified)</source>
        <translation>Ausstehend (nicht verifiziert)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nie verifiziert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Verification state</source>
        <translation>Verifizierungsstatus</translation>
    </message>
    <message>
        <source>Reserved for 2FA</source>
        <translation>Für 2FA reserviert</translation>
    </message>
    <message>
        <source>Only numbers reserved for two-step verification</source>
        <translation>Nur Nummern, die für die Zwei-Faktor-Authentifizierung reserviert sind</translation>
    </message>
    <message>
        <source>Default 2FA</source>
        <translation>Standard für 2FA</translation>
    </message>
    <message>
        <source>Only default second factors</source>
        <translation>Nur Nummern, die standardmäßig als zweiter Faktor dienen</translation>
    </message>
    <message>
        <source>Linked identities</source>
        <translation>Verknüpfte Identitäten</translation>
    </message>
    <message>
        <source>Only numbers with linked identities</source>
        <translation>Nur Nummern mit verknüpften Identitäten</translation>
    </message>
    <message>
        <source>Primary only</source>
        <translation>Nur Primärnummern</translation>
    </message>
    <message>
        <source>Only primary numbers</source>
        <translation>Nur Primärnummern</translation>
    </message>
    <message>
        <source>Banned or locked</source>
        <translation>Verbannt oder gesperrt</translation>
    </message>
    <message>
        <source>Only banned or locked users</source>
        <translation>Nur verbannte oder gesperrte Benutzer</translation>
    </message>
    <message>
        <source>SMS blocked</source>
        <translation>SMS gesperrt</translation>
    </message>
    <message>
        <source>Only numbers in countries the instance sends no SMS to</source>
        <translation>Nur Nummern in Ländern, in die die Instanz keine SMS sendet</translation>
    </message>
    <message>
        <source>The instance sends no SMS to %1</source>
        <translation>Die Instanz sendet keine SMS nach %1</translation>
    </message>
    <message>
        <source>The instance&apos;s SMS blocklist is empty</source>
        <translation>Die SMS-Sperrliste der Instanz ist leer</translation>
    </message>
    <message>
        <source>The instance&apos;s SMS blocklist has not been read</source>
        <translation>Die SMS-Sperrliste der Instanz wurde noch nicht gelesen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Z to A</source>
        <translation>Z bis A</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>A to Z</source>
        <translation>A bis Z</translation>
    </message>
    <message>
        <source>Sort direction: %1</source>
        <translation>Sortierrichtung: %1</translation>
    </message>
</context>
<context>
    <name>FindingJump</name>
    <message>
        <source>That number is no longer on the instance; run the audit again.</source>
        <translation>Diese Nummer ist nicht mehr auf der Instanz; führen Sie die Prüfung erneut aus.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>in a few seconds</source>
        <translation>in wenigen Sekunden</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>in or ago</comment>
        <extracomment>Minutes, abbreviated, as in &quot;in 4 min&quot; and &quot;4 min ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>in or ago</comment>
        <extracomment>Hours, abbreviated, as in &quot;in 3 h&quot; and &quot;3 h ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln Std.</numerusform>
            <numerusform>%Ln Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in or ago</comment>
        <extracomment>As in &quot;in 3 days&quot; and &quot;3 days ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in or ago</comment>
        <extracomment>As in &quot;in 2 months&quot; and &quot;2 months ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in or ago</comment>
        <extracomment>As in &quot;in 2 years&quot; and &quot;2 years ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is an amount of time: &quot;in 4 min&quot;, &quot;in 3 days&quot;</extracomment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <extracomment>%1 is an amount of time: &quot;4 min ago&quot;, &quot;3 days ago&quot;</extracomment>
        <translation>vor %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nie verifiziert</translation>
    </message>
    <message>
        <source>The user proved they hold this number, or an admin marked it verified.</source>
        <translation>Der Benutzer hat nachgewiesen, dass ihm diese Nummer gehört, oder ein Administrator hat sie als verifiziert markiert.</translation>
    </message>
    <message>
        <source>A code was sent and has not been entered yet.</source>
        <translation>Ein Code wurde gesendet, aber noch nicht eingegeben.</translation>
    </message>
    <message>
        <source>A code was sent but not entered in time; the user needs a new one.</source>
        <translation>Ein Code wurde gesendet, aber nicht rechtzeitig eingegeben; der Benutzer braucht einen neuen.</translation>
    </message>
    <message>
        <source>Too many wrong codes were entered; the user needs a new one.</source>
        <translation>Es wurden zu viele falsche Codes eingegeben; der Benutzer braucht einen neuen.</translation>
    </message>
    <message>
        <source>Never verified: no code was ever sent and no admin marked it verified.</source>
        <translation>Nie verifiziert: Es wurde nie ein Code gesendet, und kein Administrator hat sie als verifiziert markiert.</translation>
    </message>
    <message>
        <source>Clerk reported a status PhoneDesk does not know.</source>
        <translation>Clerk meldet einen Status, den PhoneDesk nicht kennt.</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Set by an admin</source>
        <translation>Von einem Administrator gesetzt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Region unknown</source>
        <translation>Region unbekannt</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Verbannt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Nothing to sign in with</source>
        <translation>Nichts zum Anmelden</translation>
    </message>
    <message>
        <source>2FA unusable</source>
        <translation>2FA unbrauchbar</translation>
    </message>
    <message>
        <source>SMS blocked</source>
        <translation>SMS gesperrt</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ungültige Nummer</translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <source>Code pending</source>
        <translation>Code ausstehend</translation>
    </message>
    <message>
        <source>Yes · never expires</source>
        <translation>Ja · läuft nie ab</translation>
    </message>
    <message>
        <source>Yes · the lockout has just run out</source>
        <translation>Ja · die Sperre ist gerade abgelaufen</translation>
    </message>
    <message>
        <source>Yes · ends in %1 (at %2)</source>
        <extracomment>%1 is the time left (&quot;24:13&quot;), %2 the time of day the lockout ends</extracomment>
        <translation>Ja · endet in %1 (um %2)</translation>
    </message>
</context>
<context>
    <name>JournalDetails</name>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>This change was not made</source>
        <translation>Diese Änderung wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Number id</source>
        <translation>Nummer-ID</translation>
    </message>
    <message>
        <source>Undoes</source>
        <extracomment>The id of the earlier entry this entry undid</extracomment>
        <translation>Macht rückgängig</translation>
    </message>
    <message>
        <source>Entry</source>
        <extracomment>The id of this journal entry</extracomment>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>%1, changed</source>
        <extracomment>A field of the journal&apos;s before → after that the change altered; %1 is the line</extracomment>
        <translation>%1, geändert</translation>
    </message>
    <message>
        <source>Undo…</source>
        <translation>Rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo this change…</source>
        <translation>Diese Änderung rückgängig machen…</translation>
    </message>
    <message>
        <source>Asks first, then reverts the change on the instance</source>
        <translation>Fragt zuerst nach und nimmt die Änderung dann auf der Instanz zurück</translation>
    </message>
</context>
<context>
    <name>JournalDiff</name>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>transferable</source>
        <translation>übertragbar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>nie verifiziert</translation>
    </message>
    <message>
        <source>Number exists</source>
        <translation>Nummer vorhanden</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Reserved for two-step sign-in</source>
        <translation>Für 2FA reserviert</translation>
    </message>
    <message>
        <source>Default second factor</source>
        <translation>Standardmäßiger zweiter Faktor</translation>
    </message>
    <message>
        <source>User has two-step sign-in</source>
        <translation>Benutzer hat 2FA</translation>
    </message>
    <message>
        <source>User&apos;s phone numbers</source>
        <translation>Telefonnummern des Benutzers</translation>
    </message>
</context>
<context>
    <name>JournalEntryDelegate</name>
    <message>
        <source>%1 %2 %3, failed</source>
        <extracomment>A journal entry for screen readers: %1 the operation, %2 the number, %3 the time</extracomment>
        <translation>%1 %2 %3, fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>keine Nummer</translation>
    </message>
    <message>
        <source>%1 · undoes an earlier change</source>
        <extracomment>%1 is the entry&apos;s time</extracomment>
        <translation>%1 · macht eine frühere Änderung rückgängig</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Journal — PhoneDesk</source>
        <translation>Journal — PhoneDesk</translation>
    </message>
    <message>
        <source>Export the journal entries shown as CSV</source>
        <translation>Angezeigte Journaleinträge als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to %1</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>%Ln Eintrag nach %1 geschrieben</numerusform>
            <numerusform>%Ln Einträge nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Search number, user or id</source>
        <translation>Nummer, Benutzer oder ID suchen</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Journal durchsuchen</translation>
    </message>
    <message>
        <source>Finds entries by phone number, user or id</source>
        <translation>Findet Einträge nach Telefonnummer, Benutzer oder ID</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Shows only the entries of one kind of change</source>
        <translation>Zeigt nur die Einträge einer Art von Änderung</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Nummer hinzufügen</translation>
    </message>
    <message>
        <source>Delete number</source>
        <translation>Nummer löschen</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>Reset two-step sign-in</source>
        <translation>2FA zurücksetzen</translation>
    </message>
    <message>
        <source>Replace all numbers</source>
        <translation>Alle Nummern ersetzen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Verbannen</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Verbannung aufheben</translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation>Authenticator-App entfernen</translation>
    </message>
    <message>
        <source>Remove backup codes</source>
        <translation>Backup-Codes entfernen</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>From</source>
        <extracomment>The first day of the entries shown (&quot;From [day] to [day]&quot;)</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>The form days are typed in: year, month, day</extracomment>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>The first day shown, as YYYY-MM-DD</source>
        <translation>Der erste angezeigte Tag, als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>The last day of the entries shown (&quot;From [day] to [day]&quot;)</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>The last day shown, as YYYY-MM-DD</source>
        <translation>Der letzte angezeigte Tag, als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the entries shown as CSV…</source>
        <translation>Angezeigte Einträge als CSV exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the journal could not be read and left out; every other entry is shown. %1</source>
        <extracomment>%1 lists the lines and why each could not be read</extracomment>
        <translation>
            <numerusform>%Ln Zeile des Journals konnte nicht gelesen werden und wird ausgelassen; alle anderen Einträge werden angezeigt. %1</numerusform>
            <numerusform>%Ln Zeilen des Journals konnten nicht gelesen werden und werden ausgelassen; alle anderen Einträge werden angezeigt. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln change(s)</source>
        <extracomment>%1 entries of all pass the search and filters</extracomment>
        <translation>
            <numerusform>%1 von %Ln Änderung</numerusform>
            <numerusform>%1 von %Ln Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>No changes have been made from PhoneDesk on this connection yet.</source>
        <translation>Über diese Verbindung wurden mit PhoneDesk noch keine Änderungen vorgenommen.</translation>
    </message>
    <message>
        <source>No entry matches the search and filters.</source>
        <translation>Kein Eintrag passt zur Suche und zu den Filtern.</translation>
    </message>
</context>
<context>
    <name>JournalWriteBanner</name>
    <message>
        <source>The last change is not in the journal</source>
        <translation>Die letzte Änderung fehlt im Journal</translation>
    </message>
    <message>
        <source>It was made, but could not be written to the journal: %1</source>
        <extracomment>%1 says why the journal could not be written</extracomment>
        <translation>Sie wurde ausgeführt, konnte aber nicht ins Journal geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>LinkedIdentitiesSection</name>
    <message>
        <source>Linked identities</source>
        <translation>Verknüpfte Identitäten</translation>
    </message>
    <message>
        <source>None: no social sign-in account is linked to this number.</source>
        <translation>Keine: Mit dieser Nummer ist kein Konto für die Anmeldung über soziale Netzwerke verknüpft.</translation>
    </message>
    <message>
        <source>identity id</source>
        <translation>Identitäts-ID</translation>
    </message>
</context>
<context>
    <name>ListColumnsHeader</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Verification and sign-in</source>
        <translation>Verifizierung und Anmeldung</translation>
    </message>
</context>
<context>
    <name>ListFooter</name>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer</numerusform>
            <numerusform>%1 von %Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading more users… (%1 loaded)</source>
        <translation>Weitere Benutzer werden geladen… (%1 geladen)</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message numerus="yes">
        <source>End of the list: all %Ln user(s) loaded</source>
        <translation>
            <numerusform>Ende der Liste: %Ln Benutzer geladen</numerusform>
            <numerusform>Ende der Liste: alle %Ln Benutzer geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
</context>
<context>
    <name>LoadAllControl</name>
    <message>
        <source>All loaded</source>
        <translation>Alle geladen</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Loads every remaining user, so that filters and sorting cover the whole instance.</source>
        <translation>Lädt alle übrigen Benutzer, damit Filter und Sortierung die ganze Instanz erfassen.</translation>
    </message>
    <message>
        <source>Loading all users</source>
        <translation>Alle Benutzer werden geladen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer</numerusform>
            <numerusform>%1 von %Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops loading the remaining users; those loaded so far stay in the list</source>
        <translation>Beendet das Laden der übrigen Benutzer; die bereits geladenen bleiben in der Liste</translation>
    </message>
</context>
<context>
    <name>LoadingView</name>
    <message>
        <source>Loading phone numbers…</source>
        <translation>Telefonnummern werden geladen…</translation>
    </message>
    <message>
        <source>Reading users from %1.</source>
        <extracomment>%1 is the instance: its host name or &quot;Demo sandbox&quot;</extracomment>
        <translation>Benutzer werden von %1 gelesen.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>PhoneDesk — demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhoneDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new number is hidden by the current filters or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number is hidden by the current filters or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send or check a &amp;verification code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace all of the user&apos;s numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-step sign-in (&amp;MFA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkStatusLabel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch</translation>
    </message>
</context>
<context>
    <name>NoMatchView</name>
    <message>
        <source>No matching numbers</source>
        <translation>Keine passenden Nummern</translation>
    </message>
    <message>
        <source>No number of the users matching “%1” passes the filters.</source>
        <translation>Keine Nummer der Benutzer, die zu „%1“ passen, besteht die Filter.</translation>
    </message>
    <message>
        <source>The filters exclude every loaded number.</source>
        <translation>Die Filter schließen jede geladene Nummer aus.</translation>
    </message>
    <message>
        <source>No user with a phone number matches “%1”. The search looks at user ids, names, email addresses, usernames and phone numbers.</source>
        <translation>Kein Benutzer mit Telefonnummer passt zu „%1“. Die Suche berücksichtigt Benutzer-IDs, Namen, E-Mail-Adressen, Benutzernamen und Telefonnummern.</translation>
    </message>
    <message numerus="yes">
        <source>Filters only look at the %Ln user(s) loaded so far.</source>
        <translation>
            <numerusform>Filter berücksichtigen nur den %Ln bisher geladenen Benutzer.</numerusform>
            <numerusform>Filter berücksichtigen nur die %Ln bisher geladenen Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>Load all users</source>
        <translation>Alle Benutzer laden</translation>
    </message>
</context>
<context>
    <name>NumberActions</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change verified, primary and two-step sign-in (Ctrl+E)</source>
        <translation>Verifizierung, Primärnummer und Zwei-Faktor-Authentifizierung ändern (Strg+E)</translation>
    </message>
    <message>
        <source>Send code…</source>
        <translation>Code senden…</translation>
    </message>
    <message>
        <source>Send a verification code and check the code the customer reads out (Ctrl+Shift+V)</source>
        <translation>Einen Bestätigungscode senden und den Code prüfen, den der Kunde vorliest (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Remove this number from its user (Delete); asks first and says what follows</source>
        <translation>Diese Nummer von ihrem Benutzer entfernen (Entf); fragt vorher und sagt, was daraus folgt</translation>
    </message>
    <message>
        <source>More ▾</source>
        <translation>Mehr ▾</translation>
    </message>
    <message>
        <source>Changes to the whole user: add a number, replace all numbers, reset MFA</source>
        <translation>Änderungen am ganzen Benutzer: Nummer hinzufügen, alle Nummern ersetzen, MFA zurücksetzen</translation>
    </message>
    <message>
        <source>More changes to the user</source>
        <translation>Weitere Änderungen am Benutzer</translation>
    </message>
    <message>
        <source>Add a number to this user…</source>
        <translation>Diesem Benutzer eine Nummer hinzufügen…</translation>
    </message>
    <message>
        <source>Replace all of this user&apos;s numbers…</source>
        <translation>Alle Nummern dieses Benutzers ersetzen…</translation>
    </message>
    <message>
        <source>Reset two-step sign-in (MFA)…</source>
        <translation>Zwei-Faktor-Authentifizierung (MFA) zurücksetzen…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Changes are switched off for profile “%1” (File &gt; Connections… changes that).</source>
        <translation>Änderungen sind für das Profil „%1“ ausgeschaltet (unter Datei &gt; Verbindungen… änderbar).</translation>
    </message>
    <message>
        <source>Changes are switched off for this connection (File &gt; Connections… changes that).</source>
        <translation>Änderungen sind für diese Verbindung ausgeschaltet (unter Datei &gt; Verbindungen… änderbar).</translation>
    </message>
</context>
<context>
    <name>NumberBadges</name>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>2FA default</source>
        <translation>2FA-Standard</translation>
    </message>
    <message>
        <source>2FA reserved</source>
        <translation>Für 2FA reserviert</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <extracomment>%1 lists the identity providers: &quot;Google, GitHub&quot;</extracomment>
        <translation>Verknüpft: %1</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Verbannt</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>SMS blocked</source>
        <translation>SMS gesperrt</translation>
    </message>
</context>
<context>
    <name>NumberSection</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>Not E.164</source>
        <translation>Nicht E.164</translation>
    </message>
    <message>
        <source>Stored as “%1”.</source>
        <translation>Gespeichert als „%1“.</translation>
    </message>
    <message>
        <source>stored number</source>
        <translation>gespeicherte Nummer</translation>
    </message>
    <message>
        <source>International</source>
        <translation>International</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>OtherNumbersSection</name>
    <message>
        <source>The owner&apos;s other numbers</source>
        <translation>Weitere Nummern des Inhabers</translation>
    </message>
    <message>
        <source>This user has no other phone numbers.</source>
        <translation>Dieser Benutzer hat keine weiteren Telefonnummern.</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
</context>
<context>
    <name>OwnerSection</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>user id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Backup-Codes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup code(s) came with this number.</source>
        <translation>
            <numerusform>Mit dieser Nummer kam %Ln Backup-Code.</numerusform>
            <numerusform>Mit dieser Nummer kamen %Ln Backup-Codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Verbannt</translation>
    </message>
    <message>
        <source>The user cannot sign in until an admin lifts the ban.</source>
        <translation>Der Benutzer kann sich nicht anmelden, bis ein Admin die Verbannung aufhebt.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Locked after too many failed sign-in attempts: the sign-in check above says when it ends and offers Unlock.</source>
        <translation>Nach zu vielen fehlgeschlagenen Anmeldeversuchen gesperrt: Die Anmeldeprüfung oben sagt, wann die Sperre endet, und bietet „Entsperren“ an.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::AuditRun</name>
    <message>
        <source>There is no connection to audit.</source>
        <translation>Es gibt keine Verbindung, die geprüft werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Auditing… %1 of %Ln user(s) read</source>
        <translation>
            <numerusform>Prüfung läuft… %1 von %Ln Benutzer gelesen</numerusform>
            <numerusform>Prüfung läuft… %1 von %Ln Benutzern gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auditing… %Ln user(s) read</source>
        <translation>
            <numerusform>Prüfung läuft… %Ln Benutzer gelesen</numerusform>
            <numerusform>Prüfung läuft… %Ln Benutzer gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit complete: %Ln user(s) read, %1</source>
        <extracomment>%1 is the count of findings, said on its own: &quot;Audit complete: 3 users read, 2 findings&quot;</extracomment>
        <translation>
            <numerusform>Prüfung abgeschlossen: %Ln Benutzer gelesen, %1</numerusform>
            <numerusform>Prüfung abgeschlossen: %Ln Benutzer gelesen, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln Befund</numerusform>
            <numerusform>%Ln Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %Ln user(s): the audit could not continue</source>
        <translation>
            <numerusform>Angehalten nach %1 von %Ln Benutzer: Die Prüfung konnte nicht fortgesetzt werden</numerusform>
            <numerusform>Angehalten nach %1 von %Ln Benutzern: Die Prüfung konnte nicht fortgesetzt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln user(s): the audit could not continue</source>
        <translation>
            <numerusform>Angehalten nach %Ln Benutzer: Die Prüfung konnte nicht fortgesetzt werden</numerusform>
            <numerusform>Angehalten nach %Ln Benutzern: Die Prüfung konnte nicht fortgesetzt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %Ln user(s); Resume continues from there</source>
        <translation>
            <numerusform>Abgebrochen nach %1 von %Ln Benutzer; „Fortsetzen“ macht dort weiter</numerusform>
            <numerusform>Abgebrochen nach %1 von %Ln Benutzern; „Fortsetzen“ macht dort weiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln user(s); Resume continues from there</source>
        <translation>
            <numerusform>Abgebrochen nach %Ln Benutzer; „Fortsetzen“ macht dort weiter</numerusform>
            <numerusform>Abgebrochen nach %Ln Benutzern; „Fortsetzen“ macht dort weiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot; (csv or jsonl).</source>
        <translation>Unbekanntes Exportformat „%1“ (csv oder jsonl).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is the file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionTest</name>
    <message>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <source>Not sent: paste the instance&apos;s secret key first.</source>
        <translation>Nicht gesendet: Fügen Sie zuerst den geheimen Schlüssel der Instanz ein.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %Ln user(s).</source>
        <extracomment>%1 is the instance&apos;s host; the count is its users</extracomment>
        <translation>
            <numerusform>Verbunden mit %1: %Ln Benutzer.</numerusform>
            <numerusform>Verbunden mit %1: %Ln Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Host not found: %1 could not be resolved. Check the API URL and the network.</source>
        <translation>Host nicht gefunden: %1 konnte nicht aufgelöst werden. Prüfen Sie die API-URL und das Netzwerk.</translation>
    </message>
    <message>
        <source>No connection: %1 refused it. Check the API URL and that the server runs.</source>
        <translation>Keine Verbindung: %1 hat sie abgelehnt. Prüfen Sie die API-URL und ob der Server läuft.</translation>
    </message>
    <message numerus="yes">
        <source>Timeout: %1 did not answer within %Ln second(s).</source>
        <translation>
            <numerusform>Zeitüberschreitung: %1 hat nicht innerhalb von %Ln Sekunde geantwortet.</numerusform>
            <numerusform>Zeitüberschreitung: %1 hat nicht innerhalb von %Ln Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No network connection to %1 (%2).</source>
        <translation>Keine Netzwerkverbindung zu %1 (%2).</translation>
    </message>
    <message>
        <source>TLS problem: the secure connection to %1 could not be established (%2). PhoneDesk does not connect to a server it cannot verify.</source>
        <translation>TLS-Problem: Die sichere Verbindung zu %1 konnte nicht aufgebaut werden (%2). PhoneDesk verbindet sich mit keinem Server, den es nicht überprüfen kann.</translation>
    </message>
    <message>
        <source>%1 answered, but not as Clerk&apos;s Backend API does (%2). Check the API URL.</source>
        <translation>%1 hat geantwortet, aber nicht wie die Backend API von Clerk (%2). Prüfen Sie die API-URL.</translation>
    </message>
    <message>
        <source>Wrong key: Clerk did not accept this key (HTTP %1). It may be mistyped, revoked, or the key of another instance.</source>
        <translation>Falscher Schlüssel: Clerk hat diesen Schlüssel nicht akzeptiert (HTTP %1). Er ist vielleicht falsch eingegeben, widerrufen oder der Schlüssel einer anderen Instanz.</translation>
    </message>
    <message>
        <source>Wrong key: Clerk did not accept the key of “%1” (HTTP %2). It may be mistyped, revoked, or the key of another instance.</source>
        <extracomment>%1 is the profile&apos;s name, %2 the HTTP status</extracomment>
        <translation>Falscher Schlüssel: Clerk hat den Schlüssel von „%1“ nicht akzeptiert (HTTP %2). Er ist vielleicht falsch eingegeben, widerrufen oder der Schlüssel einer anderen Instanz.</translation>
    </message>
    <message>
        <source>%1 answered with an error: %2</source>
        <translation>%1 hat mit einem Fehler geantwortet: %2</translation>
    </message>
    <message>
        <source>(trace id %1)</source>
        <translation>(Trace-ID %1)</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::JournalFilterModel</name>
    <message>
        <source>Type days as YYYY-MM-DD, e.g. 2026-05-12</source>
        <translation>Geben Sie Tage als JJJJ-MM-TT ein, z. B. 2026-05-12</translation>
    </message>
    <message>
        <source>There is no journal to export.</source>
        <translation>Es gibt kein Journal zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is the file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::JournalListModel</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Nummer hinzufügen</translation>
    </message>
    <message>
        <source>Delete number</source>
        <translation>Nummer löschen</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>Reset two-step sign-in</source>
        <translation>2FA zurücksetzen</translation>
    </message>
    <message>
        <source>Replace all numbers</source>
        <translation>Alle Nummern ersetzen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Verbannen</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Verbannung aufheben</translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation>Authenticator-App entfernen</translation>
    </message>
    <message>
        <source>Remove backup codes</source>
        <translation>Backup-Codes entfernen</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::KeychainSecretStore</name>
    <message>
        <source>no key is stored in the system keychain for this profile</source>
        <translation>für dieses Profil ist kein Schlüssel im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>No system keychain is reachable (%1).</source>
        <extracomment>%1 is the keychain&apos;s own reason</extracomment>
        <translation>Kein System-Schlüsselbund erreichbar (%1).</translation>
    </message>
    <message>
        <source>The system keychain refused: %1</source>
        <translation>Der System-Schlüsselbund hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::NetworkStatus</name>
    <message>
        <source>%1: %2; trying again (attempt %3)</source>
        <extracomment>%1 is the request (&quot;GET /users&quot;), %2 why it failed (&quot;HTTP 503&quot;, a network error), %3 the attempt&apos;s number</extracomment>
        <translation>%1: %2; neuer Versuch (Versuch %3)</translation>
    </message>
    <message>
        <source>Clerk is rate limiting: next request in %1 s</source>
        <translation>Clerk begrenzt die Anfragen: nächste Anfrage in %1 s</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProfileEditor</name>
    <message>
        <source>Choose a profile first.</source>
        <translation>Wählen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <source>Paste the secret key first.</source>
        <translation>Fügen Sie zuerst den geheimen Schlüssel ein.</translation>
    </message>
    <message>
        <source>“%1” is read-only from its next connect.</source>
        <translation>„%1“ ist ab der nächsten Verbindung schreibgeschützt.</translation>
    </message>
    <message>
        <source>“%1” allows changes from its next connect.</source>
        <translation>„%1“ erlaubt ab der nächsten Verbindung Änderungen.</translation>
    </message>
    <message>
        <source>API URL of “%1” saved.</source>
        <translation>API-URL von „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Key of “%1” saved in the system keychain.</source>
        <translation>Schlüssel von „%1“ im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The key was not saved: %1 Use it for this session only, or set CLERK_SECRET_KEY.</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1 Verwenden Sie ihn nur für diese Sitzung, oder setzen Sie CLERK_SECRET_KEY.</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Key of “%1” kept until PhoneDesk quits; it is not saved anywhere.</source>
        <translation>Der Schlüssel von „%1“ bleibt bis zum Beenden von PhoneDesk erhalten; er wird nirgends gespeichert.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProfileListModel</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>Wählen Sie zuerst ein Profil.</translation>
    </message>
    <message>
        <source>Wait until the current operation has finished.</source>
        <translation>Warten Sie, bis der laufende Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Profile “%1” added.</source>
        <translation>Profil „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Renamed to “%1”; the window shows the new name after the next connect.</source>
        <translation>In „%1“ umbenannt; das Fenster zeigt den neuen Namen nach der nächsten Verbindung.</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>In „%1“ umbenannt.</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Profile “%1” removed, but its key could not be removed from the keychain: %2</source>
        <translation>Profil „%1“ entfernt, aber sein Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>There is no window to connect.</source>
        <translation>Es gibt kein Fenster, das verbunden werden kann.</translation>
    </message>
    <message>
        <source>No key is stored for “%1”: paste its secret key.</source>
        <translation>Für „%1“ ist kein Schlüssel gespeichert: Fügen Sie seinen geheimen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The key of “%1” cannot be read: %2 Paste the key to use it for this session only.</source>
        <translation>Der Schlüssel von „%1“ kann nicht gelesen werden: %2 Fügen Sie den Schlüssel ein, um ihn nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>The key of “%1” cannot be read: %2</source>
        <translation>Der Schlüssel von „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Connected to “%1”.</source>
        <translation>Mit „%1“ verbunden.</translation>
    </message>
    <message>
        <source>The demo sandbox could not start: %1</source>
        <translation>Die Demo-Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Showing the demo sandbox&apos;s made-up users.</source>
        <translation>Die erfundenen Benutzer der Demo-Sandbox werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SignInFindingModel</name>
    <message>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Unban…</source>
        <translation>Verbannung aufheben…</translation>
    </message>
    <message>
        <source>Remove authenticator app…</source>
        <translation>Authenticator-App entfernen…</translation>
    </message>
    <message>
        <source>Remove backup codes…</source>
        <translation>Backup-Codes entfernen…</translation>
    </message>
    <message>
        <source>Reset MFA…</source>
        <translation>MFA zurücksetzen…</translation>
    </message>
    <message>
        <source>Send code…</source>
        <translation>Code senden…</translation>
    </message>
    <message>
        <source>Edit number…</source>
        <translation>Nummer bearbeiten…</translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation>Nummer hinzufügen…</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Überall abmelden…</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::UserPicker</name>
    <message>
        <source>No connection is configured</source>
        <translation>Keine Verbindung eingerichtet</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::Workspace</name>
    <message>
        <source>this program has no demo sandbox</source>
        <translation>dieses Programm hat keine Demo-Sandbox</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
</context>
<context>
    <name>PhoneNumberDelegate</name>
    <message>
        <source>%1, %2, %3</source>
        <comment>a list row: number, owner, states</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the states of a list row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in E.164 format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default second factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved for the second factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMS to this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished">verifiziert</translation>
    </message>
    <message>
        <source>code sent, not yet entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never verified</source>
        <translation type="unfinished">nie verifiziert</translation>
    </message>
    <message>
        <source>verification status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not E.164</source>
        <translation type="unfinished">Nicht E.164</translation>
    </message>
    <message>
        <source>Unknown owner</source>
        <translation type="unfinished">Unbekannter Inhaber</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumberList</name>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message numerus="yes">
        <source>⚠ %Ln entry(s) from the server could not be read and are not listed.</source>
        <translation>
            <numerusform>⚠ %Ln Eintrag vom Server konnte nicht gelesen werden und wird nicht aufgeführt.</numerusform>
            <numerusform>⚠ %Ln Einträge vom Server konnten nicht gelesen werden und werden nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>The entries from the server that could not be read, one line each</source>
        <translation>Die Einträge vom Server, die nicht gelesen werden konnten, je einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>ProfileNameDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. Production EU</source>
        <translation>z. B. Produktion EU</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>The Backend API&apos;s address, e.g. https://api.clerk.com/v1</source>
        <translation>Die Adresse der Backend API, z. B. https://api.clerk.com/v1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RecordSection</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Phone number id</source>
        <translation>Telefonnummer-ID</translation>
    </message>
    <message>
        <source>phone number id</source>
        <translation>Telefonnummer-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search numbers, names, emails, user ids   (Ctrl+F)</source>
        <translation>Nummern, Namen, E-Mails, Benutzer-IDs suchen   (Strg+F)</translation>
    </message>
    <message>
        <source>Search phone numbers</source>
        <translation>Telefonnummern suchen</translation>
    </message>
    <message>
        <source>A whole phone number is looked up exactly; other text matches ids, names, emails and numbers.</source>
        <translation>Eine vollständige Telefonnummer wird exakt gesucht; anderer Text findet IDs, Namen, E-Mails und Nummern.</translation>
    </message>
</context>
<context>
    <name>SecretKeyField</name>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>The instance&apos;s secret key, sk_live_… or sk_test_…; shown masked</source>
        <translation>Der geheime Schlüssel der Instanz, sk_live_… oder sk_test_…; wird maskiert angezeigt</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show the key for a few seconds</source>
        <translation>Schlüssel einige Sekunden lang anzeigen</translation>
    </message>
</context>
<context>
    <name>ShortcutMenuItem</name>
    <message>
        <source>Shortcut: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInActions</name>
    <message>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Lift the lockout after too many failed sign-in attempts</source>
        <translation>Die Sperre nach zu vielen fehlgeschlagenen Anmeldeversuchen aufheben</translation>
    </message>
    <message>
        <source>Unban…</source>
        <translation>Verbannung aufheben…</translation>
    </message>
    <message>
        <source>Ban…</source>
        <translation>Verbannen…</translation>
    </message>
    <message>
        <source>Let the user sign in again</source>
        <translation>Den Benutzer sich wieder anmelden lassen</translation>
    </message>
    <message>
        <source>Stop the user from signing in and end their sessions; Unban undoes it</source>
        <translation>Die Anmeldung des Benutzers verhindern und seine Sitzungen beenden; „Verbannung aufheben“ macht es rückgängig</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Überall abmelden…</translation>
    </message>
    <message>
        <source>End every active session of the user, on every device</source>
        <translation>Jede aktive Sitzung des Benutzers beenden, auf jedem Gerät</translation>
    </message>
    <message>
        <source>Remove authenticator app…</source>
        <translation>Authenticator-App entfernen…</translation>
    </message>
    <message>
        <source>Delete the user&apos;s authenticator app (TOTP), e.g. after they lost their phone</source>
        <translation>Die Authenticator-App (TOTP) des Benutzers löschen, z. B. nach dem Verlust seines Telefons</translation>
    </message>
    <message>
        <source>Remove backup codes…</source>
        <translation>Backup-Codes entfernen…</translation>
    </message>
    <message>
        <source>Delete the user&apos;s backup codes, e.g. after they were exposed</source>
        <translation>Die Backup-Codes des Benutzers löschen, z. B. wenn sie offengelegt wurden</translation>
    </message>
</context>
<context>
    <name>SignInCheckSection</name>
    <message>
        <source>this user</source>
        <translation>diesem Benutzer</translation>
    </message>
    <message>
        <source>Sign-in check</source>
        <translation>Anmeldeprüfung</translation>
    </message>
    <message>
        <source>Checking %1&apos;s sign-in…</source>
        <translation>Anmeldung von %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Checked %1 against what Clerk has for %2</source>
        <translation>Geprüft %1 anhand der Daten, die Clerk zu %2 hat</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check %1&apos;s sign-in again</source>
        <translation>Anmeldung von %1 erneut prüfen</translation>
    </message>
    <message>
        <source>Could not check %1&apos;s sign-in</source>
        <translation>Die Anmeldung von %1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The instance&apos;s SMS blocklist could not be read</source>
        <translation>Die SMS-Sperrliste der Instanz konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Numbers are not checked for countries the instance sends no SMS to. %1</source>
        <translation>Nummern werden nicht auf Länder geprüft, in die die Instanz keine SMS sendet. %1</translation>
    </message>
    <message>
        <source>Nothing blocks sign-in</source>
        <translation>Nichts verhindert die Anmeldung</translation>
    </message>
    <message>
        <source>%1 is not banned or locked, has a verified way to sign in and a usable second factor, and no number of theirs is in a blocked country, invalid or waiting for a code.</source>
        <translation>%1 ist weder verbannt noch gesperrt, hat eine verifizierte Möglichkeit zur Anmeldung und einen nutzbaren zweiten Faktor, und keine der Nummern liegt in einem gesperrten Land, ist ungültig oder wartet auf einen Code.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Attempts left</source>
        <translation>Verbleibende Versuche</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Failed sign-in attempts the user has before Clerk locks them out.</source>
        <translation>Fehlgeschlagene Anmeldeversuche, die der Benutzer noch hat, bevor Clerk ihn sperrt.</translation>
    </message>
    <message>
        <source>Clerk did not say: lockout after failed attempts may be off for this instance.</source>
        <translation>Keine Angabe von Clerk: Die Sperre nach fehlgeschlagenen Versuchen ist für diese Instanz womöglich ausgeschaltet.</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Backup-Codes</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>MFA enabled</source>
        <translation>MFA eingeschaltet</translation>
    </message>
    <message>
        <source>MFA disabled</source>
        <translation>MFA ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>SignInDiagnosis</name>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm &apos;UTC&apos;</source>
        <extracomment>The format (QDateTime::toString) of a time a code runs out, in UTC as the command line prints it.</extracomment>
        <translation>dd.MM.yyyy HH:mm &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>%1 is banned: Clerk refuses every sign-in of theirs.</source>
        <translation>%1 ist verbannt: Clerk lehnt jede Anmeldung ab.</translation>
    </message>
    <message>
        <source>Unban them if the ban was not meant; they can then sign in again.</source>
        <translation>Heben Sie die Verbannung auf, falls sie nicht beabsichtigt war; dann ist die Anmeldung wieder möglich.</translation>
    </message>
    <message>
        <source>%1 is locked after too many failed sign-in attempts; the lockout ends by itself in %2.</source>
        <translation>%1 ist nach zu vielen fehlgeschlagenen Anmeldeversuchen gesperrt; die Sperre endet von selbst in %2.</translation>
    </message>
    <message>
        <source>%1 is locked, and the lockout does not end by itself.</source>
        <translation>%1 ist gesperrt, und die Sperre endet nicht von selbst.</translation>
    </message>
    <message>
        <source> They still have %1 left, so the lock was set by hand.</source>
        <translation> Es sind noch %1 übrig, die Sperre wurde also von Hand gesetzt.</translation>
    </message>
    <message>
        <source>Unlock them: they can sign in again at once.</source>
        <translation>Entsperren Sie den Benutzer: Die Anmeldung ist dann sofort wieder möglich.</translation>
    </message>
    <message>
        <source>%1 has nothing left to sign in with: no verified phone number or email address, and no passkey, linked account or web3 wallet.</source>
        <translation>%1 hat nichts mehr zum Anmelden: keine verifizierte Telefonnummer oder E-Mail-Adresse und keinen Passkey, kein verknüpftes Konto und keine Web3-Wallet.</translation>
    </message>
    <message>
        <source>Send a code to %1 so they can verify it, or add a verified number.</source>
        <translation>Senden Sie einen Code an %1, damit die Nummer verifiziert werden kann, oder fügen Sie eine verifizierte Nummer hinzu.</translation>
    </message>
    <message>
        <source>Add a phone number for them, verified once you have confirmed it is theirs.</source>
        <translation>Fügen Sie eine Telefonnummer für den Benutzer hinzu, verifiziert, sobald Sie bestätigt haben, dass sie ihm gehört.</translation>
    </message>
    <message>
        <source>%1 cannot finish signing in. %2</source>
        <translation>%1 kann die Anmeldung nicht abschließen. %2</translation>
    </message>
    <message>
        <source> Only a backup code, if they kept theirs, still gets them in.</source>
        <translation> Nur ein Backup-Code, falls noch vorhanden, ermöglicht noch die Anmeldung.</translation>
    </message>
    <message>
        <source>Mark %1 verified once you have confirmed with them that it is theirs, or reset their two-step sign-in.</source>
        <translation>Markieren Sie %1 als verifiziert, sobald der Benutzer Ihnen bestätigt hat, dass die Nummer ihm gehört, oder setzen Sie seine Zwei-Faktor-Authentifizierung zurück.</translation>
    </message>
    <message>
        <source>Reset their two-step sign-in: they sign in with their first factor and set 2FA up again.</source>
        <translation>Setzen Sie die Zwei-Faktor-Authentifizierung zurück: Der Benutzer meldet sich mit dem ersten Faktor an und richtet 2FA neu ein.</translation>
    </message>
    <message>
        <source>Codes to %1 cannot arrive: the instance sends no SMS to %2 (%3).</source>
        <translation>Codes an %1 können nicht ankommen: Die Instanz sendet keine SMS nach %2 (%3).</translation>
    </message>
    <message>
        <source>Remove %1 from the instance&apos;s SMS blocklist in the Clerk Dashboard, or add a number of another country.</source>
        <translation>Entfernen Sie %1 im Clerk Dashboard aus der SMS-Sperrliste der Instanz, oder fügen Sie eine Nummer eines anderen Landes hinzu.</translation>
    </message>
    <message>
        <source>%1 is not a valid number for its country: no code can reach it.</source>
        <translation>%1 ist keine gültige Nummer für ihr Land: Kein Code kann sie erreichen.</translation>
    </message>
    <message>
        <source>Add their number again in its correct form, then delete this one.</source>
        <translation>Fügen Sie die Nummer in der richtigen Form erneut hinzu und löschen Sie dann diese.</translation>
    </message>
    <message>
        <source>attempts unknown</source>
        <translation>Versuche unbekannt</translation>
    </message>
    <message>
        <source>The code sent to %1 was tried too often (%2) and no longer works.</source>
        <translation>Der an %1 gesendete Code wurde zu oft versucht (%2) und funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The code sent to %1 ran out at %2 and was never entered (%3).</source>
        <translation>Der an %1 gesendete Code ist am %2 abgelaufen und wurde nie eingegeben (%3).</translation>
    </message>
    <message>
        <source>The code sent to %1 ran out and was never entered (%2).</source>
        <translation>Der an %1 gesendete Code ist abgelaufen und wurde nie eingegeben (%2).</translation>
    </message>
    <message>
        <source>Send a new code to %1.</source>
        <translation>Senden Sie einen neuen Code an %1.</translation>
    </message>
    <message>
        <source>A code was sent to %1 and can be entered until %2 (%3 so far).</source>
        <translation>An %1 wurde ein Code gesendet, der bis %2 eingegeben werden kann (bisher %3).</translation>
    </message>
    <message>
        <source>If it did not arrive, send a new code to %1.</source>
        <translation>Falls er nicht angekommen ist, senden Sie einen neuen Code an %1.</translation>
    </message>
</context>
<context>
    <name>SignInEvidence</name>
    <message>
        <source>lockout_expires_in_seconds: %1 (read %2)</source>
        <translation>lockout_expires_in_seconds: %1 (gelesen %2)</translation>
    </message>
    <message>
        <source>no lockout_expires_in_seconds: the lockout has no end</source>
        <translation>kein lockout_expires_in_seconds: Die Sperre hat kein Ende</translation>
    </message>
    <message>
        <source>no phone numbers</source>
        <translation>keine Telefonnummern</translation>
    </message>
    <message>
        <source>email: %1 (not verified)</source>
        <translation>E-Mail: %1 (nicht verifiziert)</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>reserved for 2FA: %1</source>
        <translation>für 2FA reserviert: %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>no region&apos;s numbering plan has it</source>
        <translation>in keinem Nummernplan einer Region enthalten</translation>
    </message>
    <message>
        <source>not in the numbering plan of %1</source>
        <translation>nicht im Nummernplan von %1</translation>
    </message>
    <message>
        <source>attempts: unknown</source>
        <translation>attempts: unbekannt</translation>
    </message>
    <message>
        <source>%1: never verified</source>
        <translation>%1: nie verifiziert</translation>
    </message>
    <message>
        <source>%1: verified</source>
        <translation>%1: verifiziert</translation>
    </message>
    <message>
        <source>%1: code pending</source>
        <translation>%1: Code ausstehend</translation>
    </message>
    <message>
        <source>%1: code failed</source>
        <translation>%1: Code fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: code expired</source>
        <translation>%1: Code abgelaufen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>SignInFindingItem</name>
    <message>
        <source>Lockout ends in %1 (at %2)</source>
        <translation>Die Sperre endet in %1 (um %2)</translation>
    </message>
    <message>
        <source>The lockout has just run out; checking again…</source>
        <translation>Die Sperre ist gerade abgelaufen; es wird erneut geprüft…</translation>
    </message>
    <message>
        <source>The lockout never expires: it lasts until an admin unlocks them.</source>
        <translation>Die Sperre läuft nie ab: Sie besteht, bis ein Admin den Benutzer entsperrt.</translation>
    </message>
    <message>
        <source>The code works for %1 more</source>
        <translation>Der Code gilt noch %1</translation>
    </message>
    <message>
        <source>The code has just run out</source>
        <translation>Der Code ist gerade abgelaufen</translation>
    </message>
</context>
<context>
    <name>SignInRoleSection</name>
    <message>
        <source>Sign-in role</source>
        <translation>Rolle bei der Anmeldung</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>The user&apos;s main phone number, the one Clerk uses first.</source>
        <translation>Die Haupttelefonnummer des Benutzers, die Clerk zuerst verwendet.</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Held for this user: nobody else can add or claim it, even before it is verified.</source>
        <translation>Für diesen Benutzer vorgehalten: Niemand sonst kann sie hinzufügen oder beanspruchen, auch nicht vor der Verifizierung.</translation>
    </message>
    <message>
        <source>Reserved for 2FA</source>
        <translation>Für 2FA reserviert</translation>
    </message>
    <message>
        <source>A second factor: Clerk can text this user&apos;s two-step verification codes to it.</source>
        <translation>Ein zweiter Faktor: Clerk kann die 2FA-Codes dieses Benutzers per SMS an diese Nummer senden.</translation>
    </message>
    <message>
        <source>Default 2FA</source>
        <translation>Standard für 2FA</translation>
    </message>
    <message>
        <source>The number Clerk texts first when this user signs in with two-step verification.</source>
        <translation>Die Nummer, an die Clerk zuerst eine SMS sendet, wenn sich dieser Benutzer mit Zwei-Faktor-Authentifizierung anmeldet.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This profile is read-only: changes are switched off and refused before they are sent.</source>
        <translation>Dieses Profil ist schreibgeschützt: Änderungen sind abgeschaltet und werden abgelehnt, bevor sie gesendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln number(s) shown</source>
        <extracomment>%1 numbers of all the loaded ones pass the search and filters</extracomment>
        <translation>
            <numerusform>%1 von %Ln Nummer angezeigt</numerusform>
            <numerusform>%1 von %Ln Nummern angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln Nummer</numerusform>
            <numerusform>%Ln Nummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <extracomment>%1 users of the instance&apos;s total are loaded</extracomment>
        <translation>
            <numerusform>%1 von %Ln Benutzer</numerusform>
            <numerusform>%1 von %Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed %1 (%2)</source>
        <extracomment>%1 is the time of day of the last refresh, %2 how long ago that was (&quot;3 min ago&quot;)</extracomment>
        <translation>Aktualisiert um %1 (%2)</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>Noch nicht geladen</translation>
    </message>
</context>
<context>
    <name>TraceIdLine</name>
    <message>
        <source>Clerk trace id: %1</source>
        <translation>Clerk-Trace-ID: %1</translation>
    </message>
    <message>
        <source>trace id</source>
        <translation>Trace-ID</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>the API URL &quot;%1&quot; is not a URL with a host</source>
        <translation>die API-URL „%1“ ist keine URL mit einem Host</translation>
    </message>
    <message>
        <source>the API URL must start with https:// (or http:// for this machine), not &quot;%1&quot;</source>
        <translation>die API-URL muss mit https:// beginnen (oder mit http:// für diesen Rechner), nicht mit „%1“</translation>
    </message>
    <message>
        <source>refusing to send the secret key over plain http to %1; use https</source>
        <translation>der geheime Schlüssel wird nicht über unverschlüsseltes http an %1 gesendet; verwenden Sie https</translation>
    </message>
</context>
<context>
    <name>VerificationSection</name>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Code expiry</source>
        <translation>Ablauf des Codes</translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <source>Code expires</source>
        <translation>Code läuft ab</translation>
    </message>
    <message>
        <source>Verified at client</source>
        <translation>Verifiziert beim Client</translation>
    </message>
</context>
</TS>
