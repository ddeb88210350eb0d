<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CiviCrmBackend</name>
    <message numerus="yes">
        <source>Connected to CiviCRM: %n contact(s).</source>
        <translation>
            <numerusform>Connected to CiviCRM: %n contact.</numerusform>
            <numerusform>Connected to CiviCRM: %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RempCodec</name>
    <message numerus="yes">
        <source>Required field(s) missing: %1.</source>
        <translation>
            <numerusform>Required field missing: %1.</numerusform>
            <numerusform>Required fields missing: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::AccountBatchDialog</name>
    <message numerus="yes">
        <source>&amp;Create %n account(s)</source>
        <translation>
            <numerusform>&amp;Create %n account</numerusform>
            <numerusform>&amp;Create %n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::AutoSync</name>
    <message numerus="yes">
        <source>Fetches what changed every %n minute(s) while the window is open</source>
        <translation>
            <numerusform>Fetches what changed every minute while the window is open</numerusform>
            <numerusform>Fetches what changed every %n minutes while the window is open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetch what changed every %n minute(s) while the window is open</source>
        <translation>
            <numerusform>Fetch what changed every minute while the window is open</numerusform>
            <numerusform>Fetch what changed every %n minutes while the window is open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::BulkEditDialog</name>
    <message numerus="yes">
        <source>Set a field for %n member(s)</source>
        <translation>
            <numerusform>Set a field for %n member</numerusform>
            <numerusform>Set a field for %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Set for %n member(s)</source>
        <translation>
            <numerusform>&amp;Set for %n member</numerusform>
            <numerusform>&amp;Set for %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ConnectionStatus</name>
    <message numerus="yes">
        <source>%n edit(s) waiting</source>
        <translation>
            <numerusform>%n edit waiting</numerusform>
            <numerusform>%n edits waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ExportDialog</name>
    <message numerus="yes">
        <source>The %n member(s) shown</source>
        <translation>
            <numerusform>The %n member shown</numerusform>
            <numerusform>The %n members shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected member(s)</source>
        <translation>
            <numerusform>The %n selected member</numerusform>
            <numerusform>The %n selected members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::GroupPickerDialog</name>
    <message numerus="yes">
        <source>%n selected member(s). Choose the group:</source>
        <translation>
            <numerusform>%n selected member. Choose the group:</numerusform>
            <numerusform>%n selected members. Choose the group:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ImportWizard</name>
    <message numerus="yes">
        <source>%n row(s) after the header; fields separated by %1%2.</source>
        <translation>
            <numerusform>%n row after the header; fields separated by %1%2.</numerusform>
            <numerusform>%n rows after the header; fields separated by %1%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>Sending %n row…</numerusform>
            <numerusform>Sending %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1.</source>
        <translation>
            <numerusform>%n row: %1.</numerusform>
            <numerusform>%n rows: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::LookupDialog</name>
    <message numerus="yes">
        <source>%n e-mail address(es) read.</source>
        <translation>
            <numerusform>%n e-mail address read.</numerusform>
            <numerusform>%n e-mail addresses read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::MainWindow</name>
    <message numerus="yes">
        <source>Up to date: %n member(s) changed since the last sync.</source>
        <translation>
            <numerusform>Up to date: %n member changed since the last sync.</numerusform>
            <numerusform>Up to date: %n members changed since the last sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing automatically every %n minute(s).</source>
        <translation>
            <numerusform>Syncing automatically every %n minute.</numerusform>
            <numerusform>Syncing automatically every %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding: %n unsent edit(s) saved to %1; syncing everything again.</source>
        <translation>
            <numerusform>Rebuilding: %n unsent edit saved to %1; syncing everything again.</numerusform>
            <numerusform>Rebuilding: %n unsent edits saved to %1; syncing everything again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::MemberDetailPanel</name>
    <message numerus="yes">
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donation</numerusform>
            <numerusform>%n donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::MemberEditActions</name>
    <message numerus="yes">
        <source>%n change(s) saved; sending to the CRM…</source>
        <translation>
            <numerusform>%n change saved; sending to the CRM…</numerusform>
            <numerusform>%n changes saved; sending to the CRM…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n change sent.</numerusform>
            <numerusform>%n changes sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::MemberRecordActions</name>
    <message numerus="yes">
        <source>%n member(s) in the cache may be the same person:</source>
        <translation>
            <numerusform>A member in the cache may be the same person:</numerusform>
            <numerusform>%n members in the cache may be the same person:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::MembersView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::MetaSearchDialog</name>
    <message numerus="yes">
        <source>%n member(s) with “%1”. Press Enter on a row to open the member.</source>
        <translation>
            <numerusform>%n member with “%1”. Press Enter on a row to open the member.</numerusform>
            <numerusform>%n members with “%1”. Press Enter on a row to open the member.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::OAuth2SignIn</name>
    <message numerus="yes">
        <source>no answer from the browser within %n minute(s); sign in again</source>
        <translation>
            <numerusform>no answer from the browser within %n minute; sign in again</numerusform>
            <numerusform>no answer from the browser within %n minutes; sign in again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::RempBackend</name>
    <message numerus="yes">
        <source>Connected to REMP CRM: %n user(s).</source>
        <translation>
            <numerusform>Connected to REMP CRM: %n user.</numerusform>
            <numerusform>Connected to REMP CRM: %n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::TransferActions</name>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>Exported %n member to %1.</numerusform>
            <numerusform>Exported %n members to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::TrashActions</name>
    <message numerus="yes">
        <source>Move these %n members to the CRM&apos;s trash?

%1</source>
        <translation>
            <numerusform>Move this member to the CRM&apos;s trash?

%1</numerusform>
            <numerusform>Move these %n members to the CRM&apos;s trash?

%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n members to the trash</source>
        <translation>
            <numerusform>Moving %n member to the trash</numerusform>
            <numerusform>Moving %n members to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
</TS>
