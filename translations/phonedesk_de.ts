<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</TS>
