<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>EnrolScreen</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform><numerusform>%n digits entered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n PIN digit(s) entered</source>
        <translation>
            <numerusform>%n PIN digit entered</numerusform><numerusform>%n PIN digits entered</numerusform></translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message numerus="yes">
        <source>Back to the start in %n s. Touch the screen to stay.</source>
        <translation>
            <numerusform>Back to the start in %n s. Touch the screen to stay.</numerusform><numerusform>Back to the start in %n s. Touch the screen to stay.</numerusform></translation>
    </message>
</context>
<context>
    <name>MemberScreen</name>
    <message numerus="yes">
        <source>%n more point(s) needed</source>
        <translation>
            <numerusform>%n more point needed</numerusform><numerusform>%n more points needed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only %n left</source>
        <translation>
            <numerusform>Only %n left</numerusform><numerusform>Only %n left</numerusform></translation>
    </message>
</context>
<context>
    <name>PhoneScreen</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n digit entered</numerusform><numerusform>%n digits entered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n PIN digit(s) entered</source>
        <translation>
            <numerusform>%n PIN digit entered</numerusform><numerusform>%n PIN digits entered</numerusform></translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) left.</source>
        <translation>
            <numerusform>%n attempt left.</numerusform><numerusform>%n attempts left.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tier credit(s)</source>
        <translation>
            <numerusform>%n tier credit</numerusform><numerusform>%n tier credits</numerusform></translation>
    </message>
</context>
</TS>