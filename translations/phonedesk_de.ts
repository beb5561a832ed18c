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
