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
    <name>ConsequenceList</name>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
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
    <name>PhoneDesk::AccountChange</name>
    <message>
        <source>The change is not in the journal: %1</source>
        <translation>Die Änderung steht nicht im Journal: %1</translation>
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
</TS>
