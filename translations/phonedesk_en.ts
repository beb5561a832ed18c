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
