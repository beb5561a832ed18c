<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountConsequences</name>
    <message numerus="yes">
        <source>All %Ln of %1&apos;s numbers are deleted: %2.</source>
        <translation>
            <numerusform>All %Ln of %1&apos;s numbers are deleted: %2.</numerusform>
            <numerusform>All %Ln of %1&apos;s numbers are deleted: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s) in %2 s)</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt in %2 s)</numerusform>
            <numerusform>%1 (gave up after %n attempts in %2 s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditRules</name>
    <message numerus="yes">
        <source>Its verification is expired; the code ran out %Ln day(s) ago (%1) and the number was never verified.</source>
        <translation>
            <numerusform>Its verification is expired; the code ran out %Ln day ago (%1) and the number was never verified.</numerusform>
            <numerusform>Its verification is expired; the code ran out %Ln days ago (%1) and the number was never verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its verification is still pending; the code ran out %Ln day(s) ago (%1) and the number was never verified.</source>
        <translation>
            <numerusform>Its verification is still pending; the code ran out %Ln day ago (%1) and the number was never verified.</numerusform>
            <numerusform>Its verification is still pending; the code ran out %Ln days ago (%1) and the number was never verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>primary_phone_number_id is %1, which is none of the user&apos;s %Ln number(s).</source>
        <translation>
            <numerusform>primary_phone_number_id is %1, which is none of the user&apos;s %Ln number.</numerusform>
            <numerusform>primary_phone_number_id is %1, which is none of the user&apos;s %Ln numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message numerus="yes">
        <source>day(s)</source>
        <extracomment>After the number of days of the audit&apos;s stale-code rule: &quot;… for more than [7] days&quot;</extracomment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataAtRestBanner</name>
    <message numerus="yes">
        <source>%n of PhoneDesk&apos;s files and folders could be read by other accounts on this computer; they are private now (files 0600, folders 0700): %1.</source>
        <translation>
            <numerusform>%n of PhoneDesk&apos;s files or folders could be read by other accounts on this computer; it is private now (files 0600, folders 0700): %1.</numerusform>
            <numerusform>%n of PhoneDesk&apos;s files and folders could be read by other accounts on this computer; they are private now (files 0600, folders 0700): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal entries older than %1 days removed, as the retention asks (File › Connections… sets it per profile): %n.</source>
        <translation>
            <numerusform>Journal entries older than %1 days removed, as the retention asks (File › Connections… sets it per profile): %n.</numerusform>
            <numerusform>Journal entries older than %1 days removed, as the retention asks (File › Connections… sets it per profile): %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyView</name>
    <message numerus="yes">
        <source>None of the %Ln user(s) loaded so far has a phone number. Load the rest to look further.</source>
        <translation>
            <numerusform>The %Ln user loaded so far has no phone number. Load the rest to look further.</numerusform>
            <numerusform>None of the %Ln users loaded so far has a phone number. Load the rest to look further.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln user(s) of this instance has a phone number.</source>
        <translation>
            <numerusform>The %Ln user of this instance has no phone number.</numerusform>
            <numerusform>None of the %Ln users of this instance has a phone number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForgetUserDialog</name>
    <message numerus="yes">
        <source>Entries to remove: %n</source>
        <translation>
            <numerusform>Entries to remove: %n</numerusform>
            <numerusform>Entries to remove: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>in or ago</comment>
        <extracomment>Minutes, abbreviated, as in &quot;in 4 min&quot; and &quot;4 min ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>in or ago</comment>
        <extracomment>Hours, abbreviated, as in &quot;in 3 h&quot; and &quot;3 h ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <comment>in or ago</comment>
        <extracomment>As in &quot;in 3 days&quot; and &quot;3 days ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <comment>in or ago</comment>
        <extracomment>As in &quot;in 2 months&quot; and &quot;2 months ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s)</source>
        <comment>in or ago</comment>
        <extracomment>As in &quot;in 2 years&quot; and &quot;2 years ago&quot;</extracomment>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message numerus="yes">
        <source>%Ln line(s) of the journal could not be read and left out; every other entry is shown. %1</source>
        <extracomment>%1 lists the lines and why each could not be read</extracomment>
        <translation>
            <numerusform>%Ln line of the journal could not be read and is left out; every other entry is shown. %1</numerusform>
            <numerusform>%Ln lines of the journal could not be read and are left out; every other entry is shown. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln change(s)</source>
        <extracomment>%1 entries of all pass the search and filters</extracomment>
        <translation>
            <numerusform>%1 of %Ln change</numerusform>
            <numerusform>%1 of %Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries written to %1; only your account can read the file (0600).</source>
        <extracomment>%1 is the file&apos;s path</extracomment>
        <translation>
            <numerusform>%Ln entry written to %1; only your account can read the file (0600).</numerusform>
            <numerusform>%Ln entries written to %1; only your account can read the file (0600).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries older than %n days are removed when the journal is opened.</source>
        <translation>
            <numerusform>Entries older than %n day are removed when the journal is opened.</numerusform>
            <numerusform>Entries older than %n days are removed when the journal is opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListFooter</name>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End of the list: all %Ln user(s) loaded</source>
        <translation>
            <numerusform>End of the list: %Ln user loaded</numerusform>
            <numerusform>End of the list: all %Ln users loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoadAllControl</name>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoMatchView</name>
    <message numerus="yes">
        <source>Filters only look at the %Ln user(s) loaded so far.</source>
        <translation>
            <numerusform>Filters only look at the %Ln user loaded so far.</numerusform>
            <numerusform>Filters only look at the %Ln users loaded so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerSection</name>
    <message numerus="yes">
        <source>%Ln backup code(s) came with this number.</source>
        <translation>
            <numerusform>%Ln backup code came with this number.</numerusform>
            <numerusform>%Ln backup codes came with this number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::AuditRun</name>
    <message numerus="yes">
        <source>Auditing… %1 of %Ln user(s) read</source>
        <translation>
            <numerusform>Auditing… %1 of %Ln user read</numerusform>
            <numerusform>Auditing… %1 of %Ln users read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auditing… %Ln user(s) read</source>
        <translation>
            <numerusform>Auditing… %Ln user read</numerusform>
            <numerusform>Auditing… %Ln users read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit complete: %Ln user(s) read, %1</source>
        <extracomment>%1 is the count of findings, said on its own: &quot;Audit complete: 3 users read, 2 findings&quot;</extracomment>
        <translation>
            <numerusform>Audit complete: %Ln user read, %1</numerusform>
            <numerusform>Audit complete: %Ln users read, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %Ln user(s): the audit could not continue</source>
        <translation>
            <numerusform>Stopped after %1 of %Ln user: the audit could not continue</numerusform>
            <numerusform>Stopped after %1 of %Ln users: the audit could not continue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln user(s): the audit could not continue</source>
        <translation>
            <numerusform>Stopped after %Ln user: the audit could not continue</numerusform>
            <numerusform>Stopped after %Ln users: the audit could not continue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %Ln user(s); Resume continues from there</source>
        <translation>
            <numerusform>Cancelled after %1 of %Ln user; Resume continues from there</numerusform>
            <numerusform>Cancelled after %1 of %Ln users; Resume continues from there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln user(s); Resume continues from there</source>
        <translation>
            <numerusform>Cancelled after %Ln user; Resume continues from there</numerusform>
            <numerusform>Cancelled after %Ln users; Resume continues from there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ConnectionTest</name>
    <message numerus="yes">
        <source>Connected to %1: %Ln user(s).</source>
        <extracomment>%1 is the instance&apos;s host; the count is its users</extracomment>
        <translation>
            <numerusform>Connected to %1: %Ln user.</numerusform>
            <numerusform>Connected to %1: %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timeout: %1 did not answer within %Ln second(s).</source>
        <translation>
            <numerusform>Timeout: %1 did not answer within %Ln second.</numerusform>
            <numerusform>Timeout: %1 did not answer within %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::JournalEraser</name>
    <message numerus="yes">
        <source>Entries of %1 removed from the journal: %n.</source>
        <translation>
            <numerusform>Entries of %1 removed from the journal: %n.</numerusform>
            <numerusform>Entries of %1 removed from the journal: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries from before %1 removed from the journal: %n.</source>
        <translation>
            <numerusform>Entries from before %1 removed from the journal: %n.</numerusform>
            <numerusform>Entries from before %1 removed from the journal: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::PhoneNumberVerifier</name>
    <message numerus="yes">
        <source>That is not the code that was sent. %Ln attempts left. Ask the customer to read it out again.</source>
        <translation>
            <numerusform>That is not the code that was sent. %Ln attempt left. Ask the customer to read it out again.</numerusform>
            <numerusform>That is not the code that was sent. %Ln attempts left. Ask the customer to read it out again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhoneDesk::ProfileEditor</name>
    <message numerus="yes">
        <source>The journal of “%1” keeps entries for %n days; older ones are removed when it is next connected.</source>
        <translation>
            <numerusform>The journal of “%1” keeps entries for %n day; older ones are removed when it is next connected.</numerusform>
            <numerusform>The journal of “%1” keeps entries for %n days; older ones are removed when it is next connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsBar</name>
    <message numerus="yes">
        <source>⚠ %Ln entry(s) from the server could not be read and are not listed.</source>
        <translation>
            <numerusform>⚠ %Ln entry from the server could not be read and is not listed.</numerusform>
            <numerusform>⚠ %Ln entries from the server could not be read and are not listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeJournalDialog</name>
    <message numerus="yes">
        <source>Entries to remove: %n</source>
        <translation>
            <numerusform>Entries to remove: %n</numerusform>
            <numerusform>Entries to remove: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDiagnosis</name>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOutEverywhereDialog</name>
    <message numerus="yes">
        <source>Sign out of %Ln sessions</source>
        <translation>
            <numerusform>Sign out of %Ln session</numerusform>
            <numerusform>Sign out of %Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %Ln active sessions, newest first:</source>
        <translation>
            <numerusform>Now: %Ln active session, newest first:</numerusform>
            <numerusform>Now: %Ln active sessions, newest first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions were revoked. %1 must sign in again on every device.</source>
        <translation>
            <numerusform>%Ln session was revoked. %1 must sign in again on every device.</numerusform>
            <numerusform>%Ln sessions were revoked. %1 must sign in again on every device.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%1 of %Ln number(s) shown</source>
        <extracomment>%1 numbers of all the loaded ones pass the search and filters</extracomment>
        <translation>
            <numerusform>%1 of %Ln number shown</numerusform>
            <numerusform>%1 of %Ln numbers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s)</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <extracomment>%1 users of the instance&apos;s total are loaded</extracomment>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message numerus="yes">
        <source>%Ln attempts left</source>
        <translation>
            <numerusform>%Ln attempt left</numerusform>
            <numerusform>%Ln attempts left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPickerField</name>
    <message numerus="yes">
        <source>%Ln numbers</source>
        <translation>
            <numerusform>%Ln number</numerusform>
            <numerusform>%Ln numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message numerus="yes">
        <source>%Ln attempts left</source>
        <translation>
            <numerusform>%Ln attempt left</numerusform>
            <numerusform>%Ln attempts left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts so far</source>
        <translation>
            <numerusform>%Ln attempt so far</numerusform>
            <numerusform>%Ln attempts so far</numerusform>
        </translation>
    </message>
</context>
</TS>
