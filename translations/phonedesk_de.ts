<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
