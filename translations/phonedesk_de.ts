<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PhoneDesk</source>
        <translation>Über PhoneDesk</translation>
    </message>
    <message>
        <source>The support console for the phone numbers of a Clerk instance.</source>
        <translation>Die Support-Konsole für die Telefonnummern einer Clerk-Instanz.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>%1: free to use, change and share, without warranty.</source>
        <translation>%1: frei nutzbar, änderbar und weitergebbar, ohne Gewährleistung.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project page %1</source>
        <translation>Projektseite %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copy the version details for a ticket</source>
        <translation>Versionsdetails für ein Ticket kopieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AccountConsequences</name>
    <message>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <source>and</source>
        <comment>the last two of a list: a, b and c</comment>
        <translation>und</translation>
    </message>
    <message>
        <source>or</source>
        <comment>the last two of a list: a, b or c</comment>
        <translation>oder</translation>
    </message>
    <message>
        <source>This number is not in the list any more, so PhoneDesk cannot tell what else changes; search for it again.</source>
        <translation>Diese Nummer ist nicht mehr in der Liste, daher kann PhoneDesk nicht sagen, was sich sonst noch ändert. Suchen Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 is deleted from %2&apos;s account and cannot be restored.</source>
        <translation>%1 wird aus dem Konto von %2 gelöscht und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1 becomes the primary number.</source>
        <translation>%1 wird zur Primärnummer.</translation>
    </message>
    <message>
        <source>Clerk makes one of the other numbers primary: %1.</source>
        <translation>Clerk macht eine der anderen Nummern zur Primärnummer: %1.</translation>
    </message>
    <message>
        <source>%1 becomes the default second factor.</source>
        <translation>%1 wird zum standardmäßigen zweiten Faktor.</translation>
    </message>
    <message>
        <source>Clerk makes one of %1 the default second factor.</source>
        <translation>Clerk macht eine der Nummern %1 zum standardmäßigen zweiten Faktor.</translation>
    </message>
    <message>
        <source>Two-step sign-in stays on: codes can still go to %1.</source>
        <translation>2FA bleibt aktiv: Codes können weiterhin an %1 gehen.</translation>
    </message>
    <message>
        <source>Two-step sign-in stays on with %1&apos;s authenticator app (TOTP); codes no longer go to a phone.</source>
        <translation>2FA bleibt mit der Authenticator-App (TOTP) von %1 aktiv; Codes gehen nicht mehr an ein Telefon.</translation>
    </message>
    <message>
        <source>Two-step sign-in turns off: this was %1&apos;s only second factor.</source>
        <translation>2FA wird ausgeschaltet: Dies war der einzige zweite Faktor von %1.</translation>
    </message>
    <message>
        <source>%1&apos;s backup codes stay, but are not asked for while two-step sign-in is off.</source>
        <translation>Die Backup-Codes von %1 bleiben, werden aber nicht abgefragt, solange 2FA aus ist.</translation>
    </message>
    <message>
        <source>Two-step sign-in turns off unless %1 uses an authenticator app (TOTP), which PhoneDesk cannot tell: this was the only number for it.</source>
        <translation>2FA wird ausgeschaltet, sofern %1 keine Authenticator-App (TOTP) nutzt – das kann PhoneDesk nicht erkennen: Dies war die einzige Nummer dafür.</translation>
    </message>
    <message>
        <source>%1 will have no phone number left.</source>
        <translation>%1 hat danach keine Telefonnummer mehr.</translation>
    </message>
    <message>
        <source>%1 will have no verified phone number left.</source>
        <translation>%1 hat danach keine verifizierte Telefonnummer mehr.</translation>
    </message>
    <message>
        <source>PhoneDesk does not have this user&apos;s numbers loaded: Clerk removes whatever second factors they have.</source>
        <translation>PhoneDesk hat die Nummern dieses Benutzers nicht geladen: Clerk entfernt alle zweiten Faktoren, die er hat.</translation>
    </message>
    <message>
        <source>%1 is no longer a second factor.</source>
        <translation>%1 ist kein zweiter Faktor mehr.</translation>
    </message>
    <message>
        <source>%1 are no longer second factors.</source>
        <translation>%1 sind keine zweiten Faktoren mehr.</translation>
    </message>
    <message>
        <source>%1&apos;s authenticator app (TOTP) is removed; %1 has to set it up again to use it.</source>
        <translation>Die Authenticator-App (TOTP) von %1 wird entfernt; %1 muss sie neu einrichten, um sie zu nutzen.</translation>
    </message>
    <message>
        <source>An authenticator app (TOTP), if %1 has one, is removed.</source>
        <translation>Eine Authenticator-App (TOTP) von %1 wird entfernt, falls vorhanden.</translation>
    </message>
    <message>
        <source>%1&apos;s backup codes are turned off.</source>
        <translation>Die Backup-Codes von %1 werden ausgeschaltet.</translation>
    </message>
    <message>
        <source>Backup codes, if %1 has any, are turned off.</source>
        <translation>Backup-Codes von %1 werden ausgeschaltet, falls vorhanden.</translation>
    </message>
    <message>
        <source>%1 has no second factor on record, so nothing changes.</source>
        <translation>Für %1 ist kein zweiter Faktor hinterlegt, daher ändert sich nichts.</translation>
    </message>
    <message>
        <source>Two-step sign-in turns off: %1 signs in with the first step alone until they set up a second factor again.</source>
        <translation>2FA wird ausgeschaltet: %1 meldet sich nur mit dem ersten Schritt an, bis wieder ein zweiter Faktor eingerichtet ist.</translation>
    </message>
    <message>
        <source>The phone numbers stay, verified and primary as they are.</source>
        <translation>Die Telefonnummern bleiben erhalten, verifiziert und primär wie bisher.</translation>
    </message>
    <message>
        <source>PhoneDesk does not have this user&apos;s numbers loaded: Clerk deletes whatever numbers they have.</source>
        <translation>PhoneDesk hat die Nummern dieses Benutzers nicht geladen: Clerk löscht alle Nummern, die er hat.</translation>
    </message>
    <message>
        <source>%1, %2&apos;s only number, is deleted.</source>
        <translation>%1, die einzige Nummer von %2, wird gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln of %1&apos;s numbers are deleted: %2.</source>
        <translation>
            <numerusform>%Ln Nummer von %1 wird gelöscht: %2.</numerusform>
            <numerusform>Alle %Ln Nummern von %1 werden gelöscht: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>the authenticator app (TOTP)</source>
        <translation>die Authenticator-App (TOTP)</translation>
    </message>
    <message>
        <source>an authenticator app (TOTP), if any</source>
        <translation>eine Authenticator-App (TOTP), falls vorhanden</translation>
    </message>
    <message>
        <source>backup codes</source>
        <translation>Backup-Codes</translation>
    </message>
    <message>
        <source>backup codes, if any</source>
        <translation>Backup-Codes, falls vorhanden</translation>
    </message>
    <message>
        <source>%1 was a second factor</source>
        <translation>%1 war ein zweiter Faktor</translation>
    </message>
    <message>
        <source>%1 were second factors</source>
        <translation>%1 waren zweite Faktoren</translation>
    </message>
    <message>
        <source>Two-step sign-in turns off: %1, so Clerk disables all of %2&apos;s second factors. The new number is not a second factor.</source>
        <translation>2FA wird ausgeschaltet: %1, daher deaktiviert Clerk alle zweiten Faktoren von %2. Die neue Nummer ist kein zweiter Faktor.</translation>
    </message>
    <message>
        <source>Two-step sign-in turns off: %1, so Clerk disables all of %2&apos;s second factors, including %3. The new number is not a second factor.</source>
        <translation>2FA wird ausgeschaltet: %1, daher deaktiviert Clerk alle zweiten Faktoren von %2, darunter %3. Die neue Nummer ist kein zweiter Faktor.</translation>
    </message>
    <message>
        <source>Two-step sign-in stays on with %1&apos;s authenticator app (TOTP): none of the deleted numbers was a second factor.</source>
        <translation>2FA bleibt mit der Authenticator-App (TOTP) von %1 aktiv: Keine der gelöschten Nummern war ein zweiter Faktor.</translation>
    </message>
    <message>
        <source>The new number</source>
        <translation>Die neue Nummer</translation>
    </message>
    <message>
        <source>%1 becomes %2&apos;s only and primary number, verified by an admin: it can be used to sign in at once.</source>
        <translation>%1 wird die einzige und primäre Nummer von %2, von einem Admin verifiziert: Sie kann sofort zur Anmeldung genutzt werden.</translation>
    </message>
    <message>
        <source>%1 becomes %2&apos;s only and primary number, reserved: not verified, but usable to sign in and held so that no other user can claim it.</source>
        <translation>%1 wird die einzige und primäre Nummer von %2, reserviert: nicht verifiziert, aber zur Anmeldung nutzbar und so gehalten, dass kein anderer Benutzer sie beanspruchen kann.</translation>
    </message>
    <message>
        <source>%1 becomes %2&apos;s only and primary number, unverified: it cannot be used to sign in and another user may claim it. Unless %2 can sign in another way (an email address, a linked account), they are locked out and cannot verify it themselves.</source>
        <translation>%1 wird die einzige und primäre Nummer von %2, nicht verifiziert: Sie kann nicht zur Anmeldung genutzt werden, und ein anderer Benutzer kann sie beanspruchen. Wenn %2 sich nicht anders anmelden kann (E-Mail-Adresse, verknüpftes Konto), ist der Zugang gesperrt und die Nummer lässt sich nicht selbst verifizieren.</translation>
    </message>
</context>
<context>
    <name>AddNumberDialog</name>
    <message>
        <source>Add a phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Discard the number you typed?</source>
        <translation>Eingegebene Nummer verwerfen?</translation>
    </message>
    <message>
        <source>It is being sent to Clerk; discarding stops waiting for the answer.</source>
        <translation>Sie wird gerade an Clerk gesendet; beim Verwerfen wird nicht mehr auf die Antwort gewartet.</translation>
    </message>
    <message>
        <source>Nothing has been sent to Clerk yet. Discarding adds no number.</source>
        <translation>Es wurde noch nichts an Clerk gesendet. Beim Verwerfen wird keine Nummer hinzugefügt.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Clerk refused the number</source>
        <translation>Clerk hat die Nummer abgelehnt</translation>
    </message>
    <message>
        <source>The number was not added</source>
        <translation>Die Nummer wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Region of a number typed without +</source>
        <translation>Region einer ohne + eingegebenen Nummer</translation>
    </message>
    <message>
        <source>Type letters or a country code to find a region</source>
        <translation>Buchstaben oder eine Ländervorwahl eingeben, um eine Region zu finden</translation>
    </message>
    <message>
        <source>Number, or + and country code</source>
        <translation>Nummer, oder + und Ländervorwahl</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Sent to Clerk as %1</source>
        <translation>An Clerk gesendet als %1</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>You vouch that the number is the user&apos;s: no code is sent. Only verified numbers can be used to sign in.</source>
        <translation>Sie bestätigen, dass die Nummer dem Benutzer gehört: Es wird kein Code gesendet. Nur verifizierte Nummern können zur Anmeldung genutzt werden.</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>The number shown and used first for this user. A user&apos;s first number becomes primary anyway.</source>
        <translation>Die Nummer, die für diesen Benutzer zuerst angezeigt und verwendet wird. Die erste Nummer eines Benutzers wird ohnehin primär.</translation>
    </message>
    <message>
        <source>Reserved for two-step sign-in</source>
        <translation>Für 2FA reserviert</translation>
    </message>
    <message>
        <source>Needs Verified. Codes for the second step go here; it becomes the default second factor if the user has none.</source>
        <translation>Erfordert „Verifiziert“. Codes für den zweiten Schritt gehen an diese Nummer; sie wird zum standardmäßigen zweiten Faktor, wenn der Benutzer keinen hat.</translation>
    </message>
    <message>
        <source>Sending to Clerk…</source>
        <translation>Wird an Clerk gesendet…</translation>
    </message>
</context>
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
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
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
    <message>
        <source>Export findings as CSV (only your account can read the file)</source>
        <translation>Befunde als CSV exportieren (nur Ihr Konto kann die Datei lesen)</translation>
    </message>
    <message>
        <source>Export findings as JSON lines (only your account can read the file)</source>
        <translation>Befunde als JSON Lines exportieren (nur Ihr Konto kann die Datei lesen)</translation>
    </message>
    <message>
        <source>Exported to %1; only your account can read the file (0600).</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>Nach %1 exportiert; nur Ihr Konto kann die Datei lesen (0600).</translation>
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
    <name>BanDialog</name>
    <message>
        <source>Ban %1?</source>
        <translation>%1 verbannen?</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Verbannen</translation>
    </message>
    <message>
        <source>Banning…</source>
        <translation>Wird verbannt…</translation>
    </message>
    <message>
        <source>Now: %1. A ban signs them out of every session at once, and no sign-in works until they are unbanned.</source>
        <translation>Aktuell: %1. Eine Verbannung beendet sofort jede Sitzung, und keine Anmeldung funktioniert, bis die Verbannung aufgehoben ist.</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>verbannt</translation>
    </message>
    <message>
        <source>not banned</source>
        <translation>nicht verbannt</translation>
    </message>
    <message>
        <source>ban unknown</source>
        <translation>Verbannung unbekannt</translation>
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
    <name>ConfirmationDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing has been sent to Clerk yet. Discarding keeps the account as it is.</source>
        <translation>Es wurde noch nichts an Clerk gesendet. Beim Verwerfen bleibt das Konto, wie es ist.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Clerk refused the change</source>
        <translation>Clerk hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Die Änderung wurde nicht durchgeführt</translation>
    </message>
    <message>
        <source>Sign-in or two-step sign-in at risk</source>
        <translation>Anmeldung oder 2FA gefährdet</translation>
    </message>
    <message>
        <source>Sending to Clerk…</source>
        <translation>Wird an Clerk gesendet…</translation>
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
    <name>ConsequenceList</name>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
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
    <name>DataAtRestBanner</name>
    <message numerus="yes">
        <source>%n of PhoneDesk&apos;s files and folders could be read by other accounts on this computer; they are private now (files 0600, folders 0700): %1.</source>
        <translation>
            <numerusform>%n Datei oder Ordner von PhoneDesk war für andere Konten auf diesem Computer lesbar und ist jetzt privat (Dateien 0600, Ordner 0700): %1.</numerusform>
            <numerusform>%n Dateien und Ordner von PhoneDesk waren für andere Konten auf diesem Computer lesbar und sind jetzt privat (Dateien 0600, Ordner 0700): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal entries older than %1 days removed, as the retention asks (File › Connections… sets it per profile): %n.</source>
        <translation>
            <numerusform>Journaleinträge, die älter als %1 Tage sind, gemäß Aufbewahrungsdauer entfernt (Datei › Verbindungen… legt sie je Profil fest): %n.</numerusform>
            <numerusform>Journaleinträge, die älter als %1 Tage sind, gemäß Aufbewahrungsdauer entfernt (Datei › Verbindungen… legt sie je Profil fest): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not be tidied: %1</source>
        <translation>Das Journal konnte nicht bereinigt werden: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the notice about customer data on this computer</source>
        <translation>Den Hinweis zu Kundendaten auf diesem Computer ausblenden</translation>
    </message>
</context>
<context>
    <name>DeleteNumberDialog</name>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>From the account of %1</source>
        <translation>Aus dem Konto von %1</translation>
    </message>
    <message>
        <source>an unknown owner</source>
        <translation>einem unbekannten Inhaber</translation>
    </message>
    <message>
        <source>Delete number</source>
        <translation>Nummer löschen</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>die Telefonnummer</translation>
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
    <name>DiscardQuestion</name>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditNumberDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Discard the changes to %1?</source>
        <translation>Änderungen an %1 verwerfen?</translation>
    </message>
    <message>
        <source>Nothing has been sent to Clerk yet. Discarding keeps the number as it is.</source>
        <translation>Es wurde noch nichts an Clerk gesendet. Beim Verwerfen bleibt die Nummer, wie sie ist.</translation>
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
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unknown owner</source>
        <translation>Unbekannter Inhaber</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>Clerk refused the change</source>
        <translation>Clerk hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Die Änderung wurde nicht durchgeführt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Codes sent to this number count as proof the user owns it. Only verified numbers can be used to sign in.</source>
        <translation>An diese Nummer gesendete Codes gelten als Nachweis, dass sie dem Benutzer gehört. Nur verifizierte Nummern können zur Anmeldung genutzt werden.</translation>
    </message>
    <message>
        <source>Sign-in or two-step sign-in at risk</source>
        <translation>Anmeldung oder 2FA gefährdet</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>The number shown and used first for this user. To change it, make another number primary; it cannot just be removed.</source>
        <translation>Die Nummer, die für diesen Benutzer zuerst angezeigt und verwendet wird. Um sie zu ändern, machen Sie eine andere Nummer primär; einfach entfernen lässt sich das nicht.</translation>
    </message>
    <message>
        <source>Reserved for two-step sign-in</source>
        <translation>Für 2FA reserviert</translation>
    </message>
    <message>
        <source>Needs a verified number. Codes for the second step go here; it becomes the default second factor if the user has none.</source>
        <translation>Erfordert eine verifizierte Nummer. Codes für den zweiten Schritt gehen an diese Nummer; sie wird zum standardmäßigen zweiten Faktor, wenn der Benutzer keinen hat.</translation>
    </message>
    <message>
        <source>Sending to Clerk…</source>
        <translation>Wird an Clerk gesendet…</translation>
    </message>
    <message>
        <source>Changes to save</source>
        <translation>Zu speichernde Änderungen</translation>
    </message>
    <message>
        <source>Verified: %1 → %2</source>
        <translation>Verifiziert: %1 → %2</translation>
    </message>
    <message>
        <source>Primary: %1 → %2</source>
        <translation>Primär: %1 → %2</translation>
    </message>
    <message>
        <source>Reserved for two-step sign-in: %1 → %2</source>
        <translation>Für 2FA reserviert: %1 → %2</translation>
    </message>
</context>
<context>
    <name>EditSignInMenu</name>
    <message>
        <source>&amp;Sign-in</source>
        <translation>&amp;Anmeldung</translation>
    </message>
    <message>
        <source>&amp;Unlock user…</source>
        <translation>Benutzer &amp;entsperren…</translation>
    </message>
    <message>
        <source>&amp;Ban user…</source>
        <translation>Benutzer &amp;verbannen…</translation>
    </message>
    <message>
        <source>U&amp;nban user…</source>
        <translation>Verbannung au&amp;fheben…</translation>
    </message>
    <message>
        <source>&amp;Sign out everywhere…</source>
        <translation>Überall a&amp;bmelden…</translation>
    </message>
    <message>
        <source>Remove &amp;authenticator app…</source>
        <translation>Au&amp;thenticator-App entfernen…</translation>
    </message>
    <message>
        <source>Remove backup &amp;codes…</source>
        <translation>Backup-&amp;Codes entfernen…</translation>
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
    <name>ForgetUserDialog</name>
    <message>
        <source>Forget a user</source>
        <translation>Einen Benutzer vergessen</translation>
    </message>
    <message>
        <source>For an erasure request: every journal entry of the user, and every line of the journal that names them, is removed from this computer for good. Those changes can no longer be undone. The user&apos;s account at Clerk is not changed.</source>
        <translation>Für einen Löschantrag: Jeder Journaleintrag des Benutzers und jede Zeile des Journals, die ihn nennt, wird endgültig von diesem Computer entfernt. Diese Änderungen lassen sich danach nicht mehr rückgängig machen. Das Konto des Benutzers bei Clerk bleibt unverändert.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>The Clerk user id whose journal entries are removed, e.g. user_2abc…</source>
        <translation>Die Clerk-Benutzer-ID, deren Journaleinträge entfernt werden, z. B. user_2abc…</translation>
    </message>
    <message numerus="yes">
        <source>Entries to remove: %n</source>
        <translation>
            <numerusform>Zu entfernende Einträge: %n</numerusform>
            <numerusform>Zu entfernende Einträge: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal has no entry of this user.</source>
        <translation>Das Journal enthält keinen Eintrag dieses Benutzers.</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Es wurde nichts entfernt</translation>
    </message>
    <message>
        <source>Remove entries</source>
        <translation>Einträge entfernen</translation>
    </message>
    <message>
        <source>Removes every journal entry of this user from this computer for good</source>
        <translation>Entfernt jeden Journaleintrag dieses Benutzers endgültig von diesem Computer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
    <name>GuardedAccount</name>
    <message>
        <source>email %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>username %1 with a password</source>
        <translation>Benutzername %1 mit Passwort</translation>
    </message>
    <message>
        <source>a passkey</source>
        <translation>einen Passkey</translation>
    </message>
    <message>
        <source>%1 passkeys</source>
        <translation>%1 Passkeys</translation>
    </message>
    <message>
        <source>a %1 account</source>
        <translation>ein %1-Konto</translation>
    </message>
    <message>
        <source>a web3 wallet</source>
        <translation>eine Web3-Wallet</translation>
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
    <name>JournalRetentionField</name>
    <message>
        <source>Keep journal entries for</source>
        <translation>Journaleinträge aufbewahren für</translation>
    </message>
    <message>
        <source>Journal retention in days</source>
        <translation>Aufbewahrungsdauer des Journals in Tagen</translation>
    </message>
    <message>
        <source>Entries older than this many days are removed when the profile is next connected; 0 keeps every entry.</source>
        <translation>Einträge, die älter als so viele Tage sind, werden bei der nächsten Verbindung mit dem Profil entfernt; 0 bewahrt jeden Eintrag auf.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>0: every entry is kept until you remove it (View › Journal).</source>
        <translation>0: Jeder Eintrag bleibt, bis Sie ihn entfernen (Ansicht › Journal).</translation>
    </message>
    <message>
        <source>Older entries are removed when the profile is next connected; 0 keeps every entry.</source>
        <translation>Ältere Einträge werden bei der nächsten Verbindung mit dem Profil entfernt; 0 bewahrt jeden Eintrag auf.</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Journal — PhoneDesk</source>
        <translation>Journal — PhoneDesk</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
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
    <message>
        <source>Export the journal entries shown as CSV (only your account can read the file)</source>
        <translation>Die angezeigten Journaleinträge als CSV exportieren (nur Ihr Konto kann die Datei lesen)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to %1; only your account can read the file (0600).</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>%Ln Eintrag nach %1 geschrieben; nur Ihr Konto kann die Datei lesen (0600).</numerusform>
            <numerusform>%Ln Einträge nach %1 geschrieben; nur Ihr Konto kann die Datei lesen (0600).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries older than %n days are removed when the journal is opened.</source>
        <translation>
            <numerusform>Einträge, die älter als %n Tag sind, werden beim Öffnen des Journals entfernt.</numerusform>
            <numerusform>Einträge, die älter als %n Tage sind, werden beim Öffnen des Journals entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every entry is kept until you remove it.</source>
        <translation>Jeder Eintrag bleibt, bis Sie ihn entfernen.</translation>
    </message>
    <message>
        <source>Forget a user…</source>
        <translation>Einen Benutzer vergessen…</translation>
    </message>
    <message>
        <source>Removes every journal entry of one user from this computer: an erasure request</source>
        <translation>Entfernt jeden Journaleintrag eines Benutzers von diesem Computer: ein Löschantrag</translation>
    </message>
    <message>
        <source>Remove entries before…</source>
        <translation>Einträge entfernen vor…</translation>
    </message>
    <message>
        <source>Removes the journal entries from before a day from this computer</source>
        <translation>Entfernt die Journaleinträge vor einem Tag von diesem Computer</translation>
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
    <name>LockoutGuard</name>
    <message>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <source>After this, %1 can no longer sign in at all: no verified phone number, email address or other way to sign in is left.</source>
        <translation>Danach kann sich %1 gar nicht mehr anmelden: Es bleibt keine verifizierte Telefonnummer, E-Mail-Adresse oder andere Anmeldemöglichkeit.</translation>
    </message>
    <message>
        <source>After this, %1 can no longer sign in with a phone number; they still have %2.</source>
        <translation>Danach kann sich %1 nicht mehr mit einer Telefonnummer anmelden; es bleibt noch: %2.</translation>
    </message>
    <message>
        <source>After this, 2FA is off for %1: no second factor is left.</source>
        <translation>Danach ist 2FA aus: %1 hat keinen zweiten Faktor mehr.</translation>
    </message>
    <message>
        <source>Their backup codes are not asked for while 2FA is off.</source>
        <translation>Die Backup-Codes werden nicht abgefragt, solange 2FA aus ist.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>PhoneDesk — demo data</source>
        <translation>PhoneDesk — Demodaten</translation>
    </message>
    <message>
        <source>PhoneDesk — %1</source>
        <translation>PhoneDesk — %1</translation>
    </message>
    <message>
        <source>The new number is hidden by the current filters or search.</source>
        <translation>Die neue Nummer wird durch die aktuellen Filter oder die Suche ausgeblendet.</translation>
    </message>
    <message>
        <source>That number is hidden by the current filters or search.</source>
        <translation>Diese Nummer wird durch die aktuellen Filter oder die Suche ausgeblendet.</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load &amp;all users</source>
        <translation>Alle Benutzer &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Add number…</source>
        <translation>Nummer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit number…</source>
        <translation>Nummer &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Send or check a &amp;verification code…</source>
        <translation>Bestätigungscode senden oder &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Delete number…</source>
        <translation>Nummer &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Replace all of the user&apos;s numbers…</source>
        <translation>Alle Nummern des Benutzers &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Reset two-step sign-in (&amp;MFA)…</source>
        <translation>Zweistufige Anmeldung zurücksetzen (&amp;MFA)…</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>&amp;Nummer kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;user id</source>
        <translation>Benutzer-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Audit…</source>
        <translation>&amp;Prüfung…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PhoneDesk</source>
        <translation>&amp;Über PhoneDesk</translation>
    </message>
    <message>
        <source>Demo sandbox on this computer</source>
        <translation>Demo-Sandbox auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>ModalDialog</name>
    <message>
        <source>Discard what you typed?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
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
    <name>PhoneDesk::AccountChange</name>
    <message>
        <source>The change is not in the journal: %1</source>
        <translation>Die Änderung steht nicht im Journal: %1</translation>
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
    <name>PhoneDesk::ChangePipeline</name>
    <message>
        <source>nothing was sent: the state before the change, for the journal, could not be read</source>
        <translation>nichts wurde gesendet: Der Zustand vor der Änderung konnte für das Journal nicht gelesen werden</translation>
    </message>
    <message>
        <source>No connection is configured</source>
        <translation>Keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>whether the server made the change could not be checked (%1): refresh before sending it again</source>
        <translation>ob der Server die Änderung durchgeführt hat, ließ sich nicht prüfen (%1): Aktualisieren Sie, bevor Sie sie erneut senden</translation>
    </message>
    <message>
        <source>a read showed the change was not made, so it can be sent again</source>
        <translation>ein erneutes Lesen zeigt, dass die Änderung nicht durchgeführt wurde; sie kann erneut gesendet werden</translation>
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
    <name>PhoneDesk::JournalEraser</name>
    <message>
        <source>Type the day as YYYY-MM-DD, e.g. 2026-05-12.</source>
        <translation>Geben Sie den Tag als JJJJ-MM-TT ein, z. B. 2026-05-12.</translation>
    </message>
    <message>
        <source>Type the id of the user to forget.</source>
        <translation>Geben Sie die ID des Benutzers ein, der vergessen werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Entries of %1 removed from the journal: %n.</source>
        <translation>
            <numerusform>Einträge von %1 aus dem Journal entfernt: %n.</numerusform>
            <numerusform>Einträge von %1 aus dem Journal entfernt: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries from before %1 removed from the journal: %n.</source>
        <translation>
            <numerusform>Einträge vor dem %1 aus dem Journal entfernt: %n.</numerusform>
            <numerusform>Einträge vor dem %1 aus dem Journal entfernt: %n.</numerusform>
        </translation>
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
    <name>PhoneDesk::PhoneNumberCreator</name>
    <message>
        <source>Choose the user to add the number to</source>
        <translation>Wählen Sie den Benutzer, dem die Nummer hinzugefügt werden soll</translation>
    </message>
    <message>
        <source>Type the number to add</source>
        <translation>Geben Sie die hinzuzufügende Nummer ein</translation>
    </message>
    <message>
        <source>This user already has this number</source>
        <translation>Dieser Benutzer hat diese Nummer bereits</translation>
    </message>
    <message>
        <source>A number must be verified before it can be reserved for two-step sign-in</source>
        <translation>Eine Nummer muss verifiziert sein, bevor sie für 2FA reserviert werden kann</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneNumberDeleter</name>
    <message>
        <source>This number is no longer in the list; search for it again</source>
        <translation>Diese Nummer ist nicht mehr in der Liste; suchen Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneNumberEdit</name>
    <message>
        <source>A number must be verified before it can be reserved for two-step sign-in</source>
        <translation>Eine Nummer muss verifiziert sein, bevor sie für 2FA reserviert werden kann</translation>
    </message>
    <message>
        <source>To change the primary number, make another number primary</source>
        <translation>Um die Primärnummer zu ändern, machen Sie eine andere Nummer primär</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneNumberEditor</name>
    <message>
        <source>an unknown time</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This number changed on the server since it was loaded: it was updated at %1, and nothing was sent. Check your changes against its current state.</source>
        <translation>Diese Nummer wurde seit dem Laden auf dem Server geändert (aktualisiert: %1); es wurde nichts gesendet. Prüfen Sie Ihre Änderungen am aktuellen Stand.</translation>
    </message>
    <message>
        <source>This number is no longer in the list; search for it again</source>
        <translation>Diese Nummer ist nicht mehr in der Liste; suchen Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneNumberVerifier</name>
    <message>
        <source>Type the %1-digit code the customer reads out</source>
        <translation>Geben Sie den %1-stelligen Code ein, den der Kunde vorliest</translation>
    </message>
    <message>
        <source>The code has digits only</source>
        <translation>Der Code besteht nur aus Ziffern</translation>
    </message>
    <message>
        <source>The code has %1 digits; this has %2</source>
        <translation>Der Code hat %1 Ziffern; dieser hat %2</translation>
    </message>
    <message>
        <source>No number is chosen</source>
        <translation>Keine Nummer ausgewählt</translation>
    </message>
    <message>
        <source>Send a code first: there is no code waiting to be checked</source>
        <translation>Senden Sie zuerst einen Code: Es wartet kein Code auf Prüfung</translation>
    </message>
    <message>
        <source>a read showed the code was sent, but without its answer it cannot be checked here: once the customer has it, send a new code</source>
        <translation>ein erneutes Lesen zeigt, dass der Code gesendet wurde, ohne die Antwort lässt er sich hier aber nicht prüfen: Sobald der Kunde ihn hat, senden Sie einen neuen Code</translation>
    </message>
    <message>
        <source>The code is right: the number is verified.</source>
        <translation>Der Code ist richtig: Die Nummer ist verifiziert.</translation>
    </message>
    <message numerus="yes">
        <source>That is not the code that was sent. %Ln attempts left. Ask the customer to read it out again.</source>
        <translation>
            <numerusform>Das ist nicht der gesendete Code. Noch %Ln Versuch. Bitten Sie den Kunden, ihn noch einmal vorzulesen.</numerusform>
            <numerusform>Das ist nicht der gesendete Code. Noch %Ln Versuche. Bitten Sie den Kunden, ihn noch einmal vorzulesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not the code that was sent. Attempts so far: %1. Ask the customer to read it out again.</source>
        <translation>Das ist nicht der gesendete Code. Bisherige Versuche: %1. Bitten Sie den Kunden, ihn noch einmal vorzulesen.</translation>
    </message>
    <message>
        <source>That is not the code that was sent. Ask the customer to read it out again.</source>
        <translation>Das ist nicht der gesendete Code. Bitten Sie den Kunden, ihn noch einmal vorzulesen.</translation>
    </message>
    <message>
        <source>The code expired before it was checked. Send a new code.</source>
        <translation>Der Code ist vor der Prüfung abgelaufen. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>Too many wrong codes: this code no longer works. Send a new code.</source>
        <translation>Zu viele falsche Codes: Dieser Code funktioniert nicht mehr. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>The verification failed. Send a new code.</source>
        <translation>Die Verifizierung ist fehlgeschlagen. Senden Sie einen neuen Code.</translation>
    </message>
    <message>
        <source>Clerk answered with the status “%1”, which PhoneDesk does not know. Send a new code to try again.</source>
        <translation>Clerk hat mit dem Status „%1“ geantwortet, den PhoneDesk nicht kennt. Senden Sie einen neuen Code, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no verification status</comment>
        <translation>keiner</translation>
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
    <message>
        <source>The journal of “%1” keeps every entry.</source>
        <translation>Das Journal von „%1“ bewahrt jeden Eintrag auf.</translation>
    </message>
    <message numerus="yes">
        <source>The journal of “%1” keeps entries for %n days; older ones are removed when it is next connected.</source>
        <translation>
            <numerusform>Das Journal von „%1“ bewahrt Einträge %n Tag auf; ältere werden bei der nächsten Verbindung entfernt.</numerusform>
            <numerusform>Das Journal von „%1“ bewahrt Einträge %n Tage auf; ältere werden bei der nächsten Verbindung entfernt.</numerusform>
        </translation>
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
    <name>PhoneDesk::SignInFix</name>
    <message>
        <source>%1 can sign in again at once. The lockout cannot be put back afterwards.</source>
        <translation>%1 kann sich sofort wieder anmelden. Die Sperre lässt sich danach nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in, and every session of theirs ends now. Unban undoes it.</source>
        <translation>%1 kann sich nicht mehr anmelden, und jede Sitzung endet sofort. „Verbannung aufheben“ macht es rückgängig.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>%1&apos;s authenticator app stops working for sign-in; to use one again they must set it up anew. This cannot be undone.</source>
        <translation>Die Authenticator-App von %1 funktioniert nicht mehr für die Anmeldung; um wieder eine zu nutzen, muss sie neu eingerichtet werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1&apos;s backup codes stop working; they can make new ones after they sign in. This cannot be undone.</source>
        <translation>Die Backup-Codes von %1 funktionieren nicht mehr; nach der Anmeldung lassen sich neue erstellen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 is signed out on every device and must sign in again. This cannot be undone.</source>
        <translation>%1 wird auf jedem Gerät abgemeldet und muss sich erneut anmelden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>No user is chosen</source>
        <translation>Kein Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>%1 of %2 sessions were revoked, %3 could not be</source>
        <translation>%1 von %2 Sitzungen wurden beendet, %3 nicht</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::SignInFixer</name>
    <message>
        <source>%1 has no active session: nobody is signed in as them, so there is nothing to end.</source>
        <translation>%1 hat keine aktive Sitzung: Niemand ist als dieser Benutzer angemeldet, es gibt also nichts zu beenden.</translation>
    </message>
    <message>
        <source>%1 is not locked: there is nothing to unlock.</source>
        <translation>%1 ist nicht gesperrt: Es gibt nichts zu entsperren.</translation>
    </message>
    <message>
        <source>%1 is banned already.</source>
        <translation>%1 ist bereits verbannt.</translation>
    </message>
    <message>
        <source>%1 is not banned: there is nothing to lift.</source>
        <translation>%1 ist nicht verbannt: Es gibt nichts aufzuheben.</translation>
    </message>
    <message>
        <source>%1 has no authenticator app set up: there is nothing to remove.</source>
        <translation>%1 hat keine Authenticator-App eingerichtet: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>%1 has no backup codes: there is nothing to remove.</source>
        <translation>%1 hat keine Backup-Codes: Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Unban lifts the ban, here or with Undo in View &gt; Journal. The sessions it ends stay ended.</source>
        <translation>„Verbannung aufheben“ hebt sie wieder auf, hier oder mit „Rückgängig“ unter Ansicht &gt; Journal. Die beendeten Sitzungen bleiben beendet.</translation>
    </message>
    <message>
        <source>Ban them again, here or with Undo in View &gt; Journal.</source>
        <translation>Erneut verbannen, hier oder mit „Rückgängig“ unter Ansicht &gt; Journal.</translation>
    </message>
    <message>
        <source>Its countdown cannot be put back: locking them again would start a new one.</source>
        <translation>Der Ablauf der Sperre lässt sich nicht wiederherstellen: Eine erneute Sperre würde neu beginnen.</translation>
    </message>
    <message>
        <source>To use an authenticator app again, the user sets it up anew.</source>
        <translation>Um wieder eine Authenticator-App zu nutzen, richtet der Benutzer sie neu ein.</translation>
    </message>
    <message>
        <source>The user can make new backup codes once signed in.</source>
        <translation>Der Benutzer kann nach der Anmeldung neue Backup-Codes erstellen.</translation>
    </message>
    <message>
        <source>Every device signed out must sign in again.</source>
        <translation>Jedes abgemeldete Gerät muss sich erneut anmelden.</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::TypedNumber</name>
    <message>
        <source>fixed line</source>
        <comment>kind of phone number</comment>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>mobile</source>
        <comment>kind of phone number</comment>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <comment>kind of phone number</comment>
        <translation>Festnetz oder Mobilfunk</translation>
    </message>
    <message>
        <source>toll free</source>
        <comment>kind of phone number</comment>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <source>premium rate</source>
        <comment>kind of phone number</comment>
        <translation>Premium-Dienst</translation>
    </message>
    <message>
        <source>shared cost</source>
        <comment>kind of phone number</comment>
        <translation>geteilte Kosten</translation>
    </message>
    <message>
        <source>VoIP</source>
        <comment>kind of phone number</comment>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <comment>kind of phone number</comment>
        <translation>persönliche Nummer</translation>
    </message>
    <message>
        <source>pager</source>
        <comment>kind of phone number</comment>
        <translation>Pager</translation>
    </message>
    <message>
        <source>universal access number</source>
        <comment>kind of phone number</comment>
        <translation>einheitliche Zugangsnummer</translation>
    </message>
    <message>
        <source>voicemail</source>
        <comment>kind of phone number</comment>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Valid number for %1</source>
        <translation>Gültige Nummer für %1</translation>
    </message>
    <message>
        <source>Valid number</source>
        <translation>Gültige Nummer</translation>
    </message>
    <message>
        <source>Valid %1 number for %2</source>
        <translation>Gültige Nummer (%1) für %2</translation>
    </message>
    <message>
        <source>Valid %1 number</source>
        <translation>Gültige Nummer (%1)</translation>
    </message>
    <message>
        <source>Too short for %1</source>
        <translation>Zu kurz für %1</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <source>Too long for %1</source>
        <translation>Zu lang für %1</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>Zu lang</translation>
    </message>
    <message>
        <source>Not a valid length for %1</source>
        <translation>Keine gültige Länge für %1</translation>
    </message>
    <message>
        <source>Not a valid length</source>
        <translation>Keine gültige Länge</translation>
    </message>
    <message>
        <source>Unknown country calling code</source>
        <translation>Unbekannte Ländervorwahl</translation>
    </message>
    <message>
        <source>Not a valid number for %1</source>
        <translation>Keine gültige Nummer für %1</translation>
    </message>
    <message>
        <source>Not a valid number</source>
        <translation>Keine gültige Nummer</translation>
    </message>
    <message>
        <source>Start with + and the country code, e.g. +49 151 23456789</source>
        <translation>Beginnen Sie mit + und der Ländervorwahl, z. B. +49 151 23456789</translation>
    </message>
    <message>
        <source>Not a valid number for its country yet: check the digits</source>
        <translation>Noch keine gültige Nummer für ihr Land: Prüfen Sie die Ziffern</translation>
    </message>
    <message>
        <source>This is not a phone number</source>
        <translation>Das ist keine Telefonnummer</translation>
    </message>
</context>
<context>
    <name>PhoneDesk::UndoRunner</name>
    <message>
        <source>No journal is open.</source>
        <translation>Es ist kein Journal geöffnet.</translation>
    </message>
    <message>
        <source>The journal %1 has no entry %2.</source>
        <translation>Das Journal %1 hat keinen Eintrag %2.</translation>
    </message>
    <message>
        <source>Not undone: the user %1 no longer exists.</source>
        <translation>Nicht rückgängig gemacht: Den Benutzer %1 gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Not undone: the account changed after this entry. %1</source>
        <translation>Nicht rückgängig gemacht: Das Konto wurde nach diesem Eintrag geändert. %1</translation>
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
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>unknown owner</source>
        <translation>unbekannter Inhaber</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the states of a list row</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>not in E.164 format</source>
        <translation>nicht im E.164-Format</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>default second factor</source>
        <translation>Standard-Zweitfaktor</translation>
    </message>
    <message>
        <source>reserved for the second factor</source>
        <translation>für den zweiten Faktor reserviert</translation>
    </message>
    <message>
        <source>linked to %1</source>
        <translation>verknüpft mit %1</translation>
    </message>
    <message>
        <source>owner banned</source>
        <translation>Inhaber verbannt</translation>
    </message>
    <message>
        <source>owner locked</source>
        <translation>Inhaber gesperrt</translation>
    </message>
    <message>
        <source>no SMS to this country</source>
        <translation>keine SMS in dieses Land</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>code sent, not yet entered</source>
        <translation>Code gesendet, noch nicht eingegeben</translation>
    </message>
    <message>
        <source>code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <source>verification failed</source>
        <translation>Verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>nie verifiziert</translation>
    </message>
    <message>
        <source>verification status %1</source>
        <translation>Verifizierungsstatus %1</translation>
    </message>
    <message>
        <source>verification unknown</source>
        <translation>Verifizierung unbekannt</translation>
    </message>
    <message>
        <source>Not E.164</source>
        <translation>Nicht E.164</translation>
    </message>
    <message>
        <source>Unknown owner</source>
        <translation>Unbekannter Inhaber</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
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
    <name>ProductionGuard</name>
    <message>
        <source>Production instance: %1</source>
        <translation>Produktionsinstanz: %1</translation>
    </message>
    <message>
        <source>This change reaches a real user&apos;s account at once. To go ahead, type %1 below.</source>
        <translation>Diese Änderung wirkt sofort auf das Konto eines echten Benutzers. Um fortzufahren, geben Sie unten %1 ein.</translation>
    </message>
    <message>
        <source>This change reaches a real user&apos;s account at once. To go ahead, confirm that you mean this instance.</source>
        <translation>Diese Änderung wirkt sofort auf das Konto eines echten Benutzers. Um fortzufahren, bestätigen Sie, dass Sie diese Instanz meinen.</translation>
    </message>
    <message>
        <source>I am changing production instance %1</source>
        <translation>Ich ändere die Produktionsinstanz %1</translation>
    </message>
    <message>
        <source>Type %1, %2, to confirm</source>
        <translation>Zur Bestätigung %1 eingeben: %2</translation>
    </message>
    <message>
        <source>Type %1 to confirm the change on production</source>
        <translation>%1 eingeben, um die Änderung in der Produktion zu bestätigen</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>This is not %1 of this change.</source>
        <translation>Das ist nicht %1 dieser Änderung.</translation>
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
    <name>PurgeJournalDialog</name>
    <message>
        <source>Remove entries before a day</source>
        <translation>Einträge vor einem Tag entfernen</translation>
    </message>
    <message>
        <source>Every journal entry from before the day is removed from this computer for good; entries of that day and later stay. Those changes can no longer be undone. Nothing changes at Clerk.</source>
        <translation>Jeder Journaleintrag vor dem Tag wird endgültig von diesem Computer entfernt; Einträge dieses Tages und später bleiben. Diese Änderungen lassen sich danach nicht mehr rückgängig machen. Bei Clerk ändert sich nichts.</translation>
    </message>
    <message>
        <source>Remove the entries before</source>
        <translation>Die Einträge entfernen vor dem</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Remove the entries before this day</source>
        <translation>Die Einträge vor diesem Tag entfernen</translation>
    </message>
    <message>
        <source>A day as YYYY-MM-DD, in local time; its own entries are kept</source>
        <translation>Ein Tag als JJJJ-MM-TT in Ortszeit; seine eigenen Einträge bleiben</translation>
    </message>
    <message numerus="yes">
        <source>Entries to remove: %n</source>
        <translation>
            <numerusform>Zu entfernende Einträge: %n</numerusform>
            <numerusform>Zu entfernende Einträge: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal has no entry from before that day.</source>
        <translation>Das Journal enthält keinen Eintrag vor diesem Tag.</translation>
    </message>
    <message>
        <source>Nothing was removed</source>
        <translation>Es wurde nichts entfernt</translation>
    </message>
    <message>
        <source>Remove entries</source>
        <translation>Einträge entfernen</translation>
    </message>
    <message>
        <source>Removes the journal entries from before the day from this computer for good</source>
        <translation>Entfernt die Journaleinträge vor dem Tag endgültig von diesem Computer</translation>
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
    <name>RemoveBackupCodesDialog</name>
    <message>
        <source>Remove %1&apos;s backup codes?</source>
        <translation>Backup-Codes von %1 entfernen?</translation>
    </message>
    <message>
        <source>Remove backup codes</source>
        <translation>Backup-Codes entfernen</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Now: backup codes %1 · authenticator app %2 · two-step sign-in %3</source>
        <translation>Aktuell: Backup-Codes %1 · Authenticator-App %2 · 2FA %3</translation>
    </message>
</context>
<context>
    <name>RemoveTotpDialog</name>
    <message>
        <source>Remove %1&apos;s authenticator app?</source>
        <translation>Authenticator-App von %1 entfernen?</translation>
    </message>
    <message>
        <source>Remove authenticator app</source>
        <translation>Authenticator-App entfernen</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Now: authenticator app %1 · backup codes %2 · two-step sign-in %3</source>
        <translation>Aktuell: Authenticator-App %1 · Backup-Codes %2 · 2FA %3</translation>
    </message>
</context>
<context>
    <name>ReplaceNumbersDialog</name>
    <message>
        <source>this user</source>
        <translation>diesen Benutzer</translation>
    </message>
    <message>
        <source>Replace all numbers of %1?</source>
        <translation>Alle Nummern von %1 ersetzen?</translation>
    </message>
    <message>
        <source>One new number takes the place of all of this account&apos;s numbers</source>
        <translation>Eine neue Nummer ersetzt alle Nummern dieses Kontos</translation>
    </message>
    <message>
        <source>Replace all numbers</source>
        <translation>Alle Nummern ersetzen</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Wird ersetzt…</translation>
    </message>
    <message>
        <source>the user id</source>
        <translation>die Benutzer-ID</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>Neue Nummer</translation>
    </message>
    <message>
        <source>+49 151 23456789</source>
        <comment>an example number in the format of the language&apos;s country</comment>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <source>New number, with its country code</source>
        <translation>Neue Nummer, mit Ländervorwahl</translation>
    </message>
    <message>
        <source>The new number starts as</source>
        <translation>Die neue Nummer ist zunächst</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Marked verified by an admin: usable to sign in at once. Clerk&apos;s default.</source>
        <translation>Von einem Admin als verifiziert markiert: sofort zur Anmeldung nutzbar. Standard bei Clerk.</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Not verified, but usable to sign in and held so that no other user can claim it.</source>
        <translation>Nicht verifiziert, aber zur Anmeldung nutzbar und so gehalten, dass kein anderer Benutzer sie beanspruchen kann.</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Cannot be used to sign in and not held. If the user has no other way to sign in, they are locked out.</source>
        <translation>Nicht zur Anmeldung nutzbar und nicht gehalten. Hat der Benutzer keine andere Anmeldemöglichkeit, ist er ausgesperrt.</translation>
    </message>
</context>
<context>
    <name>ResetMfaDialog</name>
    <message>
        <source>this user</source>
        <translation>diesen Benutzer</translation>
    </message>
    <message>
        <source>Reset MFA for %1?</source>
        <translation>MFA für %1 zurücksetzen?</translation>
    </message>
    <message>
        <source>All second factors of this account are removed at once</source>
        <translation>Alle zweiten Faktoren dieses Kontos werden sofort entfernt</translation>
    </message>
    <message>
        <source>Reset MFA</source>
        <translation>MFA zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>the user id</source>
        <translation>die Benutzer-ID</translation>
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
    <name>SessionList</name>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>Place unknown</source>
        <translation>Ort unbekannt</translation>
    </message>
    <message>
        <source>Last active %1</source>
        <translation>Zuletzt aktiv: %1</translation>
    </message>
</context>
<context>
    <name>SessionRow</name>
    <message>
        <source>mobile</source>
        <comment>a device</comment>
        <translation>Mobilgerät</translation>
    </message>
    <message>
        <source>it was not revoked</source>
        <translation>sie wurde nicht beendet</translation>
    </message>
</context>
<context>
    <name>ShortcutMenuItem</name>
    <message>
        <source>Shortcut: %1</source>
        <translation>Tastenkürzel: %1</translation>
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
    <name>SignInFixDialog</name>
    <message>
        <source>this user</source>
        <translation>diesen Benutzer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>the user id</source>
        <translation>die Benutzer-ID</translation>
    </message>
    <message>
        <source>Reading %1&apos;s account from Clerk…</source>
        <translation>Konto von %1 wird aus Clerk gelesen…</translation>
    </message>
    <message>
        <source>Could not read %1&apos;s account</source>
        <translation>Konto von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Cannot be undone</source>
        <translation>Kann nicht rückgängig gemacht werden</translation>
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
    <name>SignOutEverywhereDialog</name>
    <message>
        <source>Sign %1 out everywhere?</source>
        <translation>%1 überall abmelden?</translation>
    </message>
    <message numerus="yes">
        <source>Sign out of %Ln sessions</source>
        <translation>
            <numerusform>Von %Ln Sitzung abmelden</numerusform>
            <numerusform>Von %Ln Sitzungen abmelden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Wird abgemeldet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Now: %Ln active sessions, newest first:</source>
        <translation>
            <numerusform>Aktuell: %Ln aktive Sitzung:</numerusform>
            <numerusform>Aktuell: %Ln aktive Sitzungen, neueste zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>No session of %1 was active any more: nothing was sent.</source>
        <translation>Keine Sitzung von %1 war mehr aktiv: Nichts wurde gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions were revoked. %1 must sign in again on every device.</source>
        <translation>
            <numerusform>%Ln Sitzung wurde beendet. %1 muss sich auf jedem Gerät erneut anmelden.</numerusform>
            <numerusform>%Ln Sitzungen wurden beendet. %1 muss sich auf jedem Gerät erneut anmelden.</numerusform>
        </translation>
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
    <name>UnbanDialog</name>
    <message>
        <source>Unban %1?</source>
        <translation>Verbannung von %1 aufheben?</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Verbannung aufheben</translation>
    </message>
    <message>
        <source>Unbanning…</source>
        <translation>Verbannung wird aufgehoben…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>banned: Clerk refuses every sign-in of theirs</source>
        <translation>verbannt: Clerk lehnt jede Anmeldung ab</translation>
    </message>
    <message>
        <source>not banned</source>
        <translation>nicht verbannt</translation>
    </message>
    <message>
        <source>ban unknown</source>
        <translation>Verbannung unbekannt</translation>
    </message>
</context>
<context>
    <name>UndoEntryDialog</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Undo “%1” of %2?</source>
        <translation>„%1“ für %2 rückgängig machen?</translation>
    </message>
    <message>
        <source>Undo “%1”?</source>
        <translation>„%1“ rückgängig machen?</translation>
    </message>
    <message>
        <source>Made %1 · %2</source>
        <translation>Vorgenommen am %1 · %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>UndoPlan</name>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>The user was banned already before this change; there is nothing to undo.</source>
        <translation>Der Benutzer war schon vor dieser Änderung verbannt; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The user was not banned before this change; there is nothing to undo.</source>
        <translation>Der Benutzer war vor dieser Änderung nicht verbannt; es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Unban %1: they can sign in again.</source>
        <translation>Verbannung von %1 aufheben: Anmelden ist wieder möglich.</translation>
    </message>
    <message>
        <source>Ban %1 again: they can no longer sign in, and their sessions end.</source>
        <translation>%1 erneut verbannen: Anmelden ist nicht mehr möglich, und die Sitzungen enden.</translation>
    </message>
    <message>
        <source>An unlock cannot be undone: the lockout cannot be put back, and the user can sign in until they fail too often again.</source>
        <translation>Ein Entsperren kann nicht rückgängig gemacht werden: Die Sperre lässt sich nicht wiederherstellen, und der Benutzer kann sich anmelden, bis er wieder zu oft scheitert.</translation>
    </message>
    <message>
        <source>Removing the authenticator app cannot be undone: the user must set it up (enroll) again.</source>
        <translation>Das Entfernen der Authenticator-App kann nicht rückgängig gemacht werden: Der Benutzer muss sie neu einrichten (registrieren).</translation>
    </message>
    <message>
        <source>Removing backup codes cannot be undone: the user must make (enroll) new ones.</source>
        <translation>Das Entfernen der Backup-Codes kann nicht rückgängig gemacht werden: Der Benutzer muss neue erstellen (registrieren).</translation>
    </message>
    <message>
        <source>A sign-out cannot be undone: revoked sessions stay revoked, and the user signs in again.</source>
        <translation>Ein Abmelden kann nicht rückgängig gemacht werden: Beendete Sitzungen bleiben beendet, und der Benutzer meldet sich erneut an.</translation>
    </message>
    <message>
        <source>This change failed, so there is nothing to undo.</source>
        <translation>Diese Änderung ist fehlgeschlagen, es gibt also nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>A reset of two-step sign-in cannot be undone: Clerk&apos;s API cannot give back an authenticator app or backup codes.</source>
        <translation>Ein Zurücksetzen der 2FA kann nicht rückgängig gemacht werden: Die API von Clerk kann keine Authenticator-App und keine Backup-Codes zurückgeben.</translation>
    </message>
    <message>
        <source>Replacing all numbers cannot be undone: the numbers it removed are deleted with their verifications; add them again with Add number.</source>
        <translation>Das Ersetzen aller Nummern kann nicht rückgängig gemacht werden: Die entfernten Nummern sind mit ihren Verifizierungen gelöscht; fügen Sie sie mit „Nummer hinzufügen“ erneut hinzu.</translation>
    </message>
    <message>
        <source>A code that was sent cannot be taken back.</source>
        <translation>Ein gesendeter Code kann nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The journal does not have the owner as they were both before and after this change, so it cannot tell what to restore.</source>
        <translation>Das Journal enthält den Inhaber nicht sowohl vor als auch nach dieser Änderung und kann daher nicht sagen, was wiederherzustellen ist.</translation>
    </message>
    <message>
        <source>The entry names no phone number.</source>
        <translation>Der Eintrag nennt keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The number is neither in the state before nor in the state after this change.</source>
        <translation>Die Nummer ist weder im Zustand vor noch im Zustand nach dieser Änderung enthalten.</translation>
    </message>
    <message>
        <source>Delete %1 again: it did not exist before this change.</source>
        <translation>%1 wieder löschen: Sie existierte vor dieser Änderung nicht.</translation>
    </message>
    <message>
        <source>Add %1 to the user again: verified %2, primary %3, reserved for two-step sign-in %4.</source>
        <translation>%1 dem Benutzer wieder hinzufügen: verifiziert %2, primär %3, für 2FA reserviert %4.</translation>
    </message>
    <message>
        <source>verified back to %1</source>
        <translation>verifiziert wieder %1</translation>
    </message>
    <message>
        <source>reserved for two-step sign-in back to %1</source>
        <translation>für 2FA reserviert wieder %1</translation>
    </message>
    <message>
        <source>primary again</source>
        <translation>wieder primär</translation>
    </message>
    <message>
        <source>The number was made primary when the user had no other primary number; Clerk cannot take primary away without making another number primary.</source>
        <translation>Die Nummer wurde primär, als der Benutzer keine andere Primärnummer hatte; Clerk kann „primär“ nur entziehen, indem eine andere Nummer primär wird.</translation>
    </message>
    <message>
        <source>%1 primary again</source>
        <translation>%1 wieder primär</translation>
    </message>
    <message>
        <source>This change left verified, primary and two-step sign-in as they were; there is nothing the API can revert.</source>
        <translation>Diese Änderung hat „verifiziert“, „primär“ und 2FA unverändert gelassen; die API kann nichts zurücksetzen.</translation>
    </message>
    <message>
        <source>Set %1: %2.</source>
        <translation>%1 setzen: %2.</translation>
    </message>
    <message>
        <source>Whether the user is banned now is not known.</source>
        <translation>Ob der Benutzer jetzt verbannt ist, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The user is no longer banned: they were unbanned after this change.</source>
        <translation>Der Benutzer ist nicht mehr verbannt: Die Verbannung wurde nach dieser Änderung aufgehoben.</translation>
    </message>
    <message>
        <source>The user is banned again: they were banned after this change.</source>
        <translation>Der Benutzer ist wieder verbannt: Er wurde nach dieser Änderung verbannt.</translation>
    </message>
    <message>
        <source>%1 exists again (id %2).</source>
        <translation>%1 existiert wieder (ID %2).</translation>
    </message>
    <message>
        <source>The user has %1 again, as %2.</source>
        <translation>Der Benutzer hat %1 wieder, als %2.</translation>
    </message>
    <message>
        <source>%1 was deleted after this change.</source>
        <translation>%1 wurde nach dieser Änderung gelöscht.</translation>
    </message>
    <message>
        <source>%1 of %2 is now %3; this change left it %4.</source>
        <translation>„%1“ ist bei %2 jetzt %3; nach dieser Änderung war es %4.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
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
        <source>The earlier primary number %1 was deleted after this change.</source>
        <translation>Die frühere Primärnummer %1 wurde nach dieser Änderung gelöscht.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock %1?</source>
        <translation>%1 entsperren?</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>nicht gesperrt</translation>
    </message>
    <message>
        <source>lockout unknown</source>
        <translation>Sperre unbekannt</translation>
    </message>
    <message>
        <source>locked; the lockout would end by itself %1 (%2)</source>
        <translation>gesperrt; die Sperre würde %1 von selbst enden (%2)</translation>
    </message>
    <message>
        <source>locked, and the lockout never ends by itself</source>
        <translation>gesperrt, und die Sperre endet nie von selbst</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts left</source>
        <translation>
            <numerusform>noch %Ln Versuch</numerusform>
            <numerusform>noch %Ln Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPickerField</name>
    <message>
        <source>Search users by name, email, phone or id</source>
        <translation>Benutzer nach Name, E-Mail, Telefon oder ID suchen</translation>
    </message>
    <message>
        <source>Search for the user</source>
        <translation>Nach dem Benutzer suchen</translation>
    </message>
    <message>
        <source>Name, email, phone or id; Down and Up choose a result, Enter picks it</source>
        <translation>Name, E-Mail, Telefon oder ID; Pfeil nach unten und oben wählen ein Ergebnis, Eingabe übernimmt es</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers</source>
        <translation>
            <numerusform>%Ln Nummer</numerusform>
            <numerusform>%Ln Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>two-step sign-in on</source>
        <translation>2FA ein</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>No user matches “%1”</source>
        <translation>Kein Benutzer passt zu „%1“</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Choose another user</source>
        <translation>Anderen Benutzer wählen</translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <source>Close without checking the code?</source>
        <translation>Schließen, ohne den Code zu prüfen?</translation>
    </message>
    <message>
        <source>The code you typed has not been checked with Clerk. Closing drops it; the number stays as it is.</source>
        <translation>Der eingegebene Code wurde noch nicht bei Clerk geprüft. Beim Schließen wird er verworfen; die Nummer bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Keep the code</source>
        <translation>Code behalten</translation>
    </message>
    <message>
        <source>Expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message>
        <source>Code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <source>Code expires in %1</source>
        <translation>Code läuft in %1 ab</translation>
    </message>
    <message>
        <source>Sent by SMS</source>
        <translation>Per SMS gesendet</translation>
    </message>
    <message>
        <source>Sent by WhatsApp</source>
        <translation>Per WhatsApp gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sent by %1</source>
        <translation>Gesendet per %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts left</source>
        <translation>
            <numerusform>noch %Ln Versuch</numerusform>
            <numerusform>noch %Ln Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts so far</source>
        <translation>
            <numerusform>%Ln Versuch bisher</numerusform>
            <numerusform>%Ln Versuche bisher</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempts unknown</source>
        <translation>Versuche unbekannt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>Falscher Code</translation>
    </message>
    <message>
        <source>Too many wrong codes</source>
        <translation>Zu viele falsche Codes</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Verifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown owner</source>
        <translation>Unbekannter Inhaber</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Clerk answered with an error</source>
        <translation>Clerk hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>SMS to %1 is blocked</source>
        <translation>SMS nach %1 gesperrt</translation>
    </message>
    <message>
        <source>this country</source>
        <translation>dieses Land</translation>
    </message>
    <message>
        <source>This instance&apos;s SMS blocklist has %1: Clerk refuses to send the code (403) and no SMS reaches %2. Take %3 off the blocklist in the Clerk Dashboard, or verify another number.</source>
        <translation>Die SMS-Sperrliste dieser Instanz enthält %1: Clerk lehnt das Senden des Codes ab (403), und keine SMS erreicht %2. Nehmen Sie %3 im Clerk Dashboard von der Sperrliste oder verifizieren Sie eine andere Nummer.</translation>
    </message>
    <message>
        <source>this number&apos;s country</source>
        <translation>das Land dieser Nummer</translation>
    </message>
    <message>
        <source>the country</source>
        <translation>das Land</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Neuen Code senden</translation>
    </message>
    <message>
        <source>Send code</source>
        <translation>Code senden</translation>
    </message>
    <message>
        <source>Clerk texts a one-time code to this number</source>
        <translation>Clerk sendet einen Einmalcode per SMS an diese Nummer</translation>
    </message>
    <message>
        <source>Clerk texts a one-time code to this number; the customer reads it out to you.</source>
        <translation>Clerk sendet einen Einmalcode per SMS an diese Nummer; der Kunde liest ihn Ihnen vor.</translation>
    </message>
    <message>
        <source>Demo customer&apos;s phone</source>
        <translation>Telefon des Demo-Kunden</translation>
    </message>
    <message>
        <source>Demo: the customer&apos;s phone shows %1</source>
        <translation>Demo: Das Telefon des Kunden zeigt %1</translation>
    </message>
    <message>
        <source>%1-digit code</source>
        <translation>%1-stelliger Code</translation>
    </message>
    <message>
        <source>Code the customer reads out</source>
        <translation>Code, den der Kunde vorliest</translation>
    </message>
    <message>
        <source>%1 digits; spaces and dashes are ignored</source>
        <translation>%1 Ziffern; Leerzeichen und Bindestriche werden ignoriert</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>Send a code first; then type the code the customer reads out.</source>
        <translation>Senden Sie zuerst einen Code; geben Sie dann den Code ein, den der Kunde vorliest.</translation>
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
