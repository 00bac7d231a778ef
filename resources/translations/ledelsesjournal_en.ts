<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupList</name>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%Ln reflection</numerusform>
            <numerusform>%Ln reflections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <source>%n backup(s), %1 in all</source>
        <translation>
            <numerusform>%Ln backup, %1 in all</numerusform>
            <numerusform>%Ln backups, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n backup(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln backup for good? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln backups for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%Ln reflection</numerusform>
            <numerusform>%Ln reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reflection(s)</source>
        <translation>
            <numerusform>%1 of %Ln reflection</numerusform>
            <numerusform>%1 of %Ln reflections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>&amp;Import %n reflection(s)</source>
        <translation>
            <numerusform>&amp;Import %Ln reflection</numerusform>
            <numerusform>&amp;Import %Ln reflections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%Ln reflection</numerusform>
            <numerusform>%Ln reflections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookingBackPanel</name>
    <message numerus="yes">
        <source>%n more that day…</source>
        <translation>
            <numerusform>%Ln more that day…</numerusform>
            <numerusform>%Ln more that day…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the Patterns view</source>
        <translation>
            <numerusform>… and %Ln more in the Patterns view</numerusform>
            <numerusform>… and %Ln more in the Patterns view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n reflection(s) in %1</source>
        <translation>
            <numerusform>%Ln reflection in %1</numerusform>
            <numerusform>%Ln reflections in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old reflection(s) deleted.</source>
        <translation>
            <numerusform>%n old reflection deleted.</numerusform>
            <numerusform>%n old reflections deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n reflection(s) in the Trash. Restore them to the journal, or delete them for good.</source>
        <translation>
            <numerusform>%Ln reflection in the Trash. Restore it to the journal, or delete it for good.</numerusform>
            <numerusform>%Ln reflections in the Trash. Restore them to the journal, or delete them for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n reflection(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %Ln reflection for good? This cannot be undone.</numerusform>
            <numerusform>Delete %Ln reflections for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n reflection(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the one reflection in the Trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %Ln reflections in the Trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
