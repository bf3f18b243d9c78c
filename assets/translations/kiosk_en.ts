<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AuditCounts</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform><numerusform>%n points</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%n action(s), newest first.</source>
        <translation>
            <numerusform>%n action, newest first.</numerusform><numerusform>%n actions, newest first.</numerusform></translation>
    </message>
</context>
<context>
    <name>CustomerMode</name>
    <message numerus="yes">
        <source>Back to the start in %n s. Touch the screen to stay.</source>
        <translation>
            <numerusform>Back to the start in %n s. Touch the screen to stay.</numerusform><numerusform>Back to the start in %n s. Touch the screen to stay.</numerusform></translation>
    </message>
</context>
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
    <name>MemberImportPage</name>
    <message numerus="yes">
        <source>Imported %n member(s).</source>
        <translation>
            <numerusform>Imported %n member.</numerusform><numerusform>Imported %n members.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) here already have other details in the file; they are left as they are.</source>
        <translation>
            <numerusform>%n member here already have other details in the file; they are left as they are.</numerusform><numerusform>%n members here already have other details in the file; they are left as they are.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s)</source>
        <translation>
            <numerusform>Import %n member</numerusform><numerusform>Import %n members</numerusform></translation>
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
    <name>MembersPage</name>
    <message numerus="yes">
        <source>%n member(s) found.</source>
        <translation>
            <numerusform>%n member found.</numerusform><numerusform>%n members found.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Phone look-up locked after %n wrong PIN(s).</source>
        <translation>
            <numerusform>Phone look-up locked after %n wrong PIN.</numerusform><numerusform>Phone look-up locked after %n wrong PINs.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Phone look-up locked since %1 after %n wrong PIN(s).</source>
        <translation>
            <numerusform>Phone look-up locked since %1 after %n wrong PIN.</numerusform><numerusform>Phone look-up locked since %1 after %n wrong PINs.</numerusform></translation>
    </message>
</context>
<context>
    <name>OfflineBox</name>
    <message numerus="yes">
        <source>Reward voucher, %n point(s)</source>
        <translation>
            <numerusform>Reward voucher, %n point</numerusform><numerusform>Reward voucher, %n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline since %1 — %n change waiting</numerusform><numerusform>Offline since %1 — %n changes waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Online · %n change(s) waiting</source>
        <translation>
            <numerusform>Online · %n change waiting</numerusform><numerusform>Online · %n changes waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>OfflineStrip</name>
    <message numerus="yes">
        <source>Offline since %1 — %n change(s) waiting</source>
        <translation>
            <numerusform>Offline since %1 — %n change waiting</numerusform><numerusform>Offline since %1 — %n changes waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s) made offline</source>
        <translation>
            <numerusform>Sending %n change made offline</numerusform><numerusform>Sending %n changes made offline</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server: see Hardware</source>
        <translation>
            <numerusform>%n change refused by the server: see Hardware</numerusform><numerusform>%n changes refused by the server: see Hardware</numerusform></translation>
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
<context>
    <name>PurchasePage</name>
    <message numerus="yes">
        <source>Recorded %1 for %2, +%n point(s)</source>
        <translation>
            <numerusform>Recorded %1 for %2, +%n point</numerusform><numerusform>Recorded %1 for %2, +%n points</numerusform></translation>
    </message>
</context>
<context>
    <name>RefundPage</name>
    <message numerus="yes">
        <source>Refunded %1 on receipt %2: %n point(s) taken back</source>
        <translation>
            <numerusform>Refunded %1 on receipt %2: %n point taken back</numerusform><numerusform>Refunded %1 on receipt %2: %n points taken back</numerusform></translation>
    </message>
</context>
<context>
    <name>ScheduledWorkBox</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Points expiry %1: %n point(s) expired (%2)</source>
        <translation>
            <numerusform>Points expiry %1: %n point expired (%2)</numerusform><numerusform>Points expiry %1: %n points expired (%2)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Clean-up %1: %n old file(s) deleted</source>
        <translation>
            <numerusform>Clean-up %1: %n old file deleted</numerusform><numerusform>Clean-up %1: %n old files deleted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message numerus="yes">
        <source>%n printer(s) found.</source>
        <translation>
            <numerusform>%n printer found.</numerusform><numerusform>%n printers found.</numerusform></translation>
    </message>
</context>
<context>
    <name>StaffAccountsPage</name>
    <message numerus="yes">
        <source>locked until %1 after %n wrong PIN(s)</source>
        <translation>
            <numerusform>locked until %1 after %n wrong PIN</numerusform><numerusform>locked until %1 after %n wrong PINs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>card login locked until %1 after %n wrong PIN(s)</source>
        <translation>
            <numerusform>card login locked until %1 after %n wrong PIN</numerusform><numerusform>card login locked until %1 after %n wrong PINs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>active, %n wrong PIN(s) since the last login</source>
        <translation>
            <numerusform>active, %n wrong PIN since the last login</numerusform><numerusform>active, %n wrong PINs since the last login</numerusform></translation>
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message numerus="yes">
        <source>Logging out in %n s. Touch the screen to stay.</source>
        <translation>
            <numerusform>Logging out in %n s. Touch the screen to stay.</numerusform><numerusform>Logging out in %n s. Touch the screen to stay.</numerusform></translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message numerus="yes">
        <source>That PIN is not right. %n attempt(s) left before the account locks.</source>
        <translation>
            <numerusform>That PIN is not right. %n attempt left before the account locks.</numerusform><numerusform>That PIN is not right. %n attempts left before the account locks.</numerusform></translation>
    </message>
</context>
<context>
    <name>TerminalsPage</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform><numerusform>%n changes waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>VoucherPage</name>
    <message numerus="yes">
        <source>Voided; %n point(s) went back to the member.</source>
        <translation>
            <numerusform>Voided; %n point went back to the member.</numerusform><numerusform>Voided; %n points went back to the member.</numerusform></translation>
    </message>
</context>
</TS>