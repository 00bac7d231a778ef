<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>FrameworkView</name>
    <message>
        <source>The organisation&apos;s leadership framework</source>
        <translation>Organisationens ledelsesgrundlag</translation>
    </message>
</context>
<context>
    <name>JournalErrors</name>
    <message>
        <source>Journal from a newer version</source>
        <translation>Journal fra en nyere version</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of Ledelsesjournal. It has not been changed. Install the newer version to open it.</source>
        <translation>Journalen %1 er skrevet af en nyere version af Ledelsesjournal. Den er ikke blevet ændret. Installér den nyere version for at åbne den.</translation>
    </message>
    <message>
        <source>Not a journal</source>
        <translation>Ikke en journal</translation>
    </message>
    <message>
        <source>%1 belongs to another program; it is not a Ledelsesjournal journal. It has not been changed. Choose another data folder with --data-dir.</source>
        <translation>%1 hører til et andet program; det er ikke en journal fra Ledelsesjournal. Den er ikke blevet ændret. Vælg en anden datamappe med --data-dir.</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Journalen er beskadiget</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: it is damaged or not a database. It has not been changed. Restore it from a backup, or choose another data folder with --data-dir.</source>
        <translation>Journalen %1 kan ikke læses: den er beskadiget eller ikke en database. Den er ikke blevet ændret. Gendan den fra en sikkerhedskopi, eller vælg en anden datamappe med --data-dir.</translation>
    </message>
    <message>
        <source>The journal is in use</source>
        <translation>Journalen er i brug</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another program. Close the other copy of Ledelsesjournal and try again.</source>
        <translation>Journalen %1 bruges af et andet program. Luk den anden kopi af Ledelsesjournal, og prøv igen.</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Kan ikke gemme</translation>
    </message>
    <message>
        <source>The journal %1 cannot be written: the disk may be full or the folder read-only. Nothing already saved has been lost.</source>
        <translation>Der kan ikke skrives til journalen %1: disken er måske fuld, eller mappen er skrivebeskyttet. Intet af det, der allerede er gemt, er gået tabt.</translation>
    </message>
    <message>
        <source>Cannot open the journal</source>
        <translation>Journalen kan ikke åbnes</translation>
    </message>
    <message>
        <source>The journal %1 cannot be used.</source>
        <translation>Journalen %1 kan ikke bruges.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About Ledelsesjournal</source>
        <translation>&amp;Om Ledelsesjournal</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) in %1</source>
        <translation>
            <numerusform>%n refleksion i %1</numerusform>
            <numerusform>%n refleksioner i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>About Ledelsesjournal</source>
        <translation>Om Ledelsesjournal</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ledelsesjournal %1&lt;/h3&gt;&lt;p&gt;A reflection journal for leaders, built on %2&apos;s leadership framework.&lt;/p&gt;&lt;p&gt;Everything is stored on this computer, in %3. Nothing leaves it unless you export it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ledelsesjournal %1&lt;/h3&gt;&lt;p&gt;En refleksionsjournal for ledere, bygget på %2s ledelsesgrundlag.&lt;/p&gt;&lt;p&gt;Alt gemmes på denne computer, i %3. Intet forlader den, medmindre du selv eksporterer det.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
