<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
