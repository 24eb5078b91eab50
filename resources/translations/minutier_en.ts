<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionDetail</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>open action(s)</source>
        <translation>
            <numerusform>open action</numerusform>
            <numerusform>open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue action(s)</source>
        <translation>
            <numerusform>overdue action</numerusform>
            <numerusform>overdue actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>decision(s) in %1</source>
        <translation>
            <numerusform>decision in %1</numerusform>
            <numerusform>decisions in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>planned meeting(s) ahead</source>
        <translation>
            <numerusform>planned meeting ahead</numerusform>
            <numerusform>planned meetings ahead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportYearDialog</name>
    <message numerus="yes">
        <source>%n meeting(s) held in %1.</source>
        <translation>
            <numerusform>%n meeting held in %1.</numerusform>
            <numerusform>%n meetings held in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n meeting(s) recorded</source>
        <translation>
            <numerusform>%n meeting recorded</numerusform>
            <numerusform>%n meetings recorded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message numerus="yes">
        <source>%n recorded change(s), oldest first. The history cannot be edited.</source>
        <translation>
            <numerusform>%n recorded change, oldest first. The history cannot be edited.</numerusform>
            <numerusform>%n recorded changes, oldest first. The history cannot be edited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a document of %n byte(s)</source>
        <translation>
            <numerusform>a document of %n byte</numerusform>
            <numerusform>a document of %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n backup(s) of %1, newest first. The current content is backed up before a restore replaces it.</source>
        <translation>
            <numerusform>%n backup of %1, newest first. The current content is backed up before a restore replaces it.</numerusform>
            <numerusform>%n backups of %1, newest first. The current content is backed up before a restore replaces it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message numerus="yes">
        <source>Set %n action(s) to “%1”</source>
        <translation>
            <numerusform>Set %n action to “%1”</numerusform>
            <numerusform>Set %n actions to “%1”</numerusform>
        </translation>
    </message>
</context>
</TS>
