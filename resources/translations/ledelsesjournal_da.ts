<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New reflection</source>
        <translation>&amp;Ny refleksion</translation>
    </message>
    <message>
        <source>Write a new reflection</source>
        <translation>Skriv en ny refleksion</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Gem nu</translation>
    </message>
    <message>
        <source>Save now (reflections are also saved as you write)</source>
        <translation>Gem nu (refleksioner gemmes også, mens du skriver)</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importér en fil…</translation>
    </message>
    <message>
        <source>Reflections from another journal: Ledelsesjournal, jrnl or Day One</source>
        <translation>Refleksioner fra en anden journal: Ledelsesjournal, jrnl eller Day One</translation>
    </message>
    <message>
        <source>Import a folder of &amp;Markdown…</source>
        <translation>Importér en mappe med &amp;Markdown…</translation>
    </message>
    <message>
        <source>A folder of Markdown files, one reflection each</source>
        <translation>En mappe med Markdown-filer, én refleksion i hver</translation>
    </message>
    <message>
        <source>Export the whole journal as a &amp;backup (JSON)…</source>
        <translation>Eksportér hele journalen som &amp;sikkerhedskopi (JSON)…</translation>
    </message>
    <message>
        <source>Every reflection and your framework in one file, to import again</source>
        <translation>Alle refleksioner og dit ledelsesgrundlag i én fil, som kan importeres igen</translation>
    </message>
    <message>
        <source>Export or &amp;print my leadership framework…</source>
        <translation>Eksportér eller &amp;udskriv mit ledelsesgrundlag…</translation>
    </message>
    <message>
        <source>My leadership framework as PDF, ODT, HTML or Markdown, or on paper</source>
        <translation>Mit ledelsesgrundlag som PDF, ODT, HTML eller Markdown, eller på papir</translation>
    </message>
    <message>
        <source>Use another leadership &amp;framework…</source>
        <translation>Brug et andet &amp;ledelsesgrundlag…</translation>
    </message>
    <message>
        <source>A leadership framework handed out by your organisation, written as Markdown</source>
        <translation>Et ledelsesgrundlag, som din organisation har udleveret, skrevet som Markdown</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papirkurv…</translation>
    </message>
    <message>
        <source>Deleted reflections: restore them or delete them for good</source>
        <translation>Slettede refleksioner: gendan dem, eller slet dem for altid</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhedskopier…</translation>
    </message>
    <message>
        <source>Back up the journal now, or restore a backup</source>
        <translation>Tag en sikkerhedskopi nu, eller gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>A &amp;person in the journal…</source>
        <translation>En &amp;person i journalen…</translation>
    </message>
    <message>
        <source>Everything the journal holds about a person: see it, export it or forget it</source>
        <translation>Alt, hvad journalen rummer om en person: se det, eksportér det eller glem personen</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>Language, appearance, the reminder and the data folder</source>
        <translation>Sprog, udseende, påmindelsen og datamappen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Hide the journal until the passphrase is given</source>
        <translation>Skjul journalen, indtil adgangssætningen er givet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Quit Ledelsesjournal</source>
        <translation>Afslut Ledelsesjournal</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>&amp;Delete reflection</source>
        <translation>&amp;Slet refleksion</translation>
    </message>
    <message>
        <source>Move the open reflection to the Trash</source>
        <translation>Flyt den åbne refleksion til papirkurven</translation>
    </message>
    <message>
        <source>S&amp;tar or unstar</source>
        <translation>S&amp;tjernemarkér eller fjern stjerne</translation>
    </message>
    <message>
        <source>Mark the open reflection as a favourite, or no longer</source>
        <translation>Gør den åbne refleksion til en favorit, eller ikke længere</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;øg</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Søg i journalen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Show or hide the preview</source>
        <translation>Vis eller skjul visningen</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Stø&amp;rre tekst</translation>
    </message>
    <message>
        <source>The text you write and read, larger</source>
        <translation>Teksten, du skriver og læser, større</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Mindre tekst</translation>
    </message>
    <message>
        <source>The text you write and read, smaller</source>
        <translation>Teksten, du skriver og læser, mindre</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal tekststørrelse</translation>
    </message>
    <message>
        <source>The text you write and read, at its usual size</source>
        <translation>Teksten, du skriver og læser, i sin sædvanlige størrelse</translation>
    </message>
    <message>
        <source>&amp;Focus mode</source>
        <translation>&amp;Fokustilstand</translation>
    </message>
    <message>
        <source>The text alone, full screen (Esc leaves)</source>
        <translation>Kun teksten, i fuld skærm (Esc forlader den)</translation>
    </message>
    <message>
        <source>&amp;Spell checking (Danish)</source>
        <translation>&amp;Stavekontrol (dansk)</translation>
    </message>
    <message>
        <source>Underline misspelt words; a right click suggests what they might be</source>
        <translation>Understreg stavefejl; et højreklik foreslår, hvad ordet kan være</translation>
    </message>
    <message>
        <source>Leave focus mode</source>
        <translation>Forlad fokustilstand</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Your reflections</source>
        <translation>Dine refleksioner</translation>
    </message>
    <message>
        <source>&amp;My leadership framework</source>
        <translation>&amp;Mit ledelsesgrundlag</translation>
    </message>
    <message>
        <source>Your personal leadership framework</source>
        <translation>Dit personlige ledelsesgrundlag</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>Mø&amp;nstre</translation>
    </message>
    <message>
        <source>Patterns over time</source>
        <translation>Mønstre over tid</translation>
    </message>
    <message>
        <source>&amp;Ledelsesgrundlag</source>
        <translation>&amp;Ledelsesgrundlaget</translation>
    </message>
    <message>
        <source>The organisation&apos;s leadership framework</source>
        <translation>Organisationens ledelsesgrundlag</translation>
    </message>
    <message>
        <source>&amp;Welcome…</source>
        <translation>&amp;Velkommen…</translation>
    </message>
    <message>
        <source>What Ledelsesjournal is for</source>
        <translation>Hvad Ledelsesjournal er til</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastaturgenveje…</translation>
    </message>
    <message>
        <source>Every command and its keys</source>
        <translation>Alle kommandoer og deres taster</translation>
    </message>
    <message>
        <source>&amp;About Ledelsesjournal</source>
        <translation>&amp;Om Ledelsesjournal</translation>
    </message>
    <message>
        <source>About Ledelsesjournal</source>
        <translation>Om Ledelsesjournal</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Not saved: %1 Your text is still here; saving is tried again every few seconds.</source>
        <translation>Ikke gemt: %1 Din tekst er her stadig; der prøves at gemme igen med få sekunders mellemrum.</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%Ln refleksion</numerusform>
            <numerusform>%Ln refleksioner</numerusform>
        </translation>
    </message>
    <message>
        <source>the journal before a restore</source>
        <translation>journalen før en gendannelse</translation>
    </message>
    <message>
        <source>the journal before an upgrade</source>
        <translation>journalen før en opgradering</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup is now your journal.</source>
        <translation>Sikkerhedskopien er nu din journal.</translation>
    </message>
    <message>
        <source>The journal it replaced is kept in %1.</source>
        <translation>Den journal, den erstattede, er gemt i %1.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gendannet</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Ledelsesjournal backs up your journal once a day, in the folder backups beside it. Restoring puts the chosen backup in place of the journal; the journal as it is now is kept as a backup first.</source>
        <translation>Ledelsesjournal tager en sikkerhedskopi af din journal én gang om dagen, i mappen backups ved siden af den. Gendan sætter den valgte sikkerhedskopi i journalens sted; journalen, som den er nu, gemmes først som en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Those copies are never removed on their own: delete the backups you no longer need.</source>
        <translation>De kopier fjernes aldrig af sig selv: slet de sikkerhedskopier, du ikke længere har brug for.</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Tag sikkerhedskopi &amp;nu</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Gendan den valgte sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), %1 in all</source>
        <translation>
            <numerusform>%Ln sikkerhedskopi, %1 i alt</numerusform>
            <numerusform>%Ln sikkerhedskopier, %1 i alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Put the chosen backup in place of your journal? The journal as it is now is kept as a backup first, and the window opens again.</source>
        <translation>Skal den valgte sikkerhedskopi træde i stedet for din journal? Journalen, som den er nu, gemmes først som en sikkerhedskopi, og vinduet åbner igen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n backup(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Slet %Ln sikkerhedskopi for altid? Det kan ikke fortrydes.</numerusform>
            <numerusform>Slet %Ln sikkerhedskopier for altid? Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without the copy of the journal from before your latest restore, that restore cannot be undone.</source>
        <translation>Uden kopien af journalen fra før din seneste gendannelse kan den gendannelse ikke fortrydes.</translation>
    </message>
    <message>
        <source>Without the copy of the journal from before the latest upgrade, there is no going back to the journal as the previous version left it.</source>
        <translation>Uden kopien af journalen fra før den seneste opgradering er der ingen vej tilbage til journalen, som den tidligere version efterlod den.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Slet sikkerhedskopier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Kan ikke slette</translation>
    </message>
    <message>
        <source>A backup could not be deleted; the folder may be read-only. The list shows the backups that are left.</source>
        <translation>En sikkerhedskopi kunne ikke slettes; mappen er måske skrivebeskyttet. Listen viser de sikkerhedskopier, der er tilbage.</translation>
    </message>
</context>
<context>
    <name>BalanceEditor</name>
    <message>
        <source>I aim for this balance:</source>
        <translation>Jeg sigter efter denne balance:</translation>
    </message>
    <message>
        <source>= 100 %</source>
        <translation>= 100 %</translation>
    </message>
    <message>
        <source>= %1 % – the shares must add up to 100 %</source>
        <translation>= %1 % – andelene skal give 100 %</translation>
    </message>
</context>
<context>
    <name>ContextCombo</name>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>CriteriaPicker</name>
    <message>
        <source>Choose success criteria…</source>
        <translation>Vælg succeskriterier…</translation>
    </message>
    <message>
        <source>Success criteria (%1)…</source>
        <translation>Succeskriterier (%1)…</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Succeskriterier</translation>
    </message>
    <message>
        <source>Space ticks one, Esc closes the list</source>
        <translation>Mellemrum sætter flueben ved et, Esc lukker listen</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>(udgået)</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <source>Encrypting the journal</source>
        <translation>Journalen krypteres</translation>
    </message>
    <message>
        <source>The journal and every backup are being encrypted.</source>
        <translation>Journalen og alle sikkerhedskopier bliver krypteret.</translation>
    </message>
    <message>
        <source>Decrypting the journal</source>
        <translation>Journalens kryptering fjernes</translation>
    </message>
    <message>
        <source>The journal and every backup are being written unencrypted.</source>
        <translation>Journalen og alle sikkerhedskopier bliver skrevet ukrypteret.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>No reflection is open.

Choose one in the list, or press %1 to write a new one.</source>
        <translation>Ingen refleksion er åben.

Vælg en i listen, eller tryk %1 for at skrive en ny.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og tid</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Hvornår det skete</translation>
    </message>
    <message>
        <source>Private reflections are left out of exports and reports unless you include them</source>
        <translation>Private refleksioner kommer ikke med i eksporter og rapporter, medmindre du selv tager dem med</translation>
    </message>
    <message>
        <source>Star it: a favourite, which the ★ beside the search shows alone (%1)</source>
        <translation>Stjernemarkér den: en favorit, som ★ ved søgefeltet viser for sig (%1)</translation>
    </message>
    <message>
        <source>Reflection model</source>
        <translation>Refleksionsmodel</translation>
    </message>
    <message>
        <source>Write in steps: situation, what I did, what happened, what I learn, next step</source>
        <translation>Skriv i trin: situation, hvad jeg gjorde, hvad der skete, hvad jeg lærer, næste skridt</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, *italic*, - lists …</source>
        <translation>Skriv i Markdown: **fed**, *kursiv*, - punkter …</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>What the reflection is tagged with</source>
        <translation>Det, refleksionen er mærket med</translation>
    </message>
    <message>
        <source>What happened, where, and who was involved?</source>
        <translation>Hvad skete der, hvor, og hvem var med?</translation>
    </message>
    <message>
        <source>What did you do or say, and why?</source>
        <translation>Hvad gjorde eller sagde du, og hvorfor?</translation>
    </message>
    <message>
        <source>How did it go, and how did others react?</source>
        <translation>Hvordan gik det, og hvordan reagerede de andre?</translation>
    </message>
    <message>
        <source>What do you take with you? What would you do again, or differently?</source>
        <translation>Hvad tager du med dig? Hvad ville du gøre igen – eller anderledes?</translation>
    </message>
    <message>
        <source>comma separated, e.g. budget, trivsel</source>
        <translation>adskilt med komma, fx budget, trivsel</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%Ln ord</numerusform>
            <numerusform>%Ln ord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The file is not encrypted</source>
        <translation>Filen er ikke krypteret</translation>
    </message>
    <message>
        <source>%1 is an ordinary file: it is not encrypted like your journal. Keep it where only you can read it, and delete it once it has served its purpose.</source>
        <translation>%1 er en almindelig fil: den er ikke krypteret som din journal. Opbevar den, hvor kun du kan læse den, og slet den, når den har gjort sin nytte.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Søg (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Søg i journalen</translation>
    </message>
    <message>
        <source>Show or hide the filters</source>
        <translation>Vis eller skjul filtrene</translation>
    </message>
    <message>
        <source>Only the starred reflections (your favourites)</source>
        <translation>Kun de stjernemarkerede refleksioner (dine favoritter)</translation>
    </message>
    <message>
        <source>Only starred</source>
        <translation>Kun stjernemarkerede</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Show or hide a month calendar of the days you wrote on</source>
        <translation>Vis eller skjul en månedskalender over de dage, du skrev</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>alle datoer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (earlier framework)</source>
        <translation>%1 (tidligere ledelsesgrundlag)</translation>
    </message>
    <message>
        <source>Only private</source>
        <translation>Kun private</translation>
    </message>
    <message>
        <source>Not private</source>
        <translation>Ikke private</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%Ln refleksion</numerusform>
            <numerusform>%Ln refleksioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n reflection(s)</source>
        <translation>
            <numerusform>%1 af %Ln refleksion</numerusform>
            <numerusform>%1 af %Ln refleksioner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Forget %1</source>
        <translation>Glem %1</translation>
    </message>
    <message>
        <source>Mentions of %1: %2. Forgetting reaches the journal, the Trash, the search index and every backup, and cannot be undone. Exports written before are not touched.</source>
        <translation>Omtaler af %1: %2. At glemme når journalen, papirkurven, søgeindekset og alle sikkerhedskopier og kan ikke fortrydes. Eksporter, der er skrevet før, røres ikke.</translation>
    </message>
    <message>
        <source>Replace the name with:</source>
        <translation>Erstat navnet med:</translation>
    </message>
    <message>
        <source>The text that replaces the name</source>
        <translation>Den tekst, der erstatter navnet</translation>
    </message>
    <message>
        <source>Delete the reflections that mention them (%1)</source>
        <translation>Slet de refleksioner, der omtaler personen (%1)</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Glem</translation>
    </message>
</context>
<context>
    <name>FrameworkChoiceDialog</name>
    <message>
        <source>Use another leadership framework</source>
        <translation>Brug et andet ledelsesgrundlag</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 themes, %3 success criteria, %4 situations it is used in.&lt;br&gt;Your reflections keep their themes and success criteria; those of %5 are shown with their own words and counted apart in the patterns. You can go back at any time.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 temaer, %3 succeskriterier, %4 sammenhænge, det bruges i.&lt;br&gt;Dine refleksioner beholder deres temaer og succeskriterier; dem fra %5 vises med deres egne ord og tælles for sig i mønstrene. Du kan altid gå tilbage.</translation>
    </message>
    <message>
        <source>The framework as the journal will show it</source>
        <translation>Ledelsesgrundlaget, som journalen vil vise det</translation>
    </message>
    <message>
        <source>Use this framework</source>
        <translation>Brug dette ledelsesgrundlag</translation>
    </message>
    <message>
        <source>Leadership frameworks (*.md *.markdown *.txt *.json);;All files (*)</source>
        <translation>Ledelsesgrundlag (*.md *.markdown *.txt *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1 cannot be used (problems found: %2). Nothing was changed. The details say where each one is.</source>
        <translation>%1 kan ikke bruges (fundne problemer: %2). Intet er ændret. Detaljerne siger, hvor hvert problem er.</translation>
    </message>
    <message>
        <source>%1 cannot be used. Nothing was changed.</source>
        <translation>%1 kan ikke bruges. Intet er ændret.</translation>
    </message>
    <message>
        <source>The journal already uses this framework.</source>
        <translation>Journalen bruger allerede dette ledelsesgrundlag.</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>Leadership framework editor</source>
        <translation>Rediger ledelsesgrundlag</translation>
    </message>
    <message>
        <source>&amp;Themes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <source>The framework, as &amp;Markdown (the README shows every part of the form)</source>
        <translation>Ledelsesgrundlaget som &amp;Markdown (vejledningen viser alle dele af formen)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farve…</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>Nyt tema…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Gem &amp;som…</translation>
    </message>
    <message>
        <source>&amp;Use in this journal</source>
        <translation>&amp;Brug i denne journal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Problems, each with its line</source>
        <translation>Problemer, hver med sin linje</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>Problems: %1. The preview shows the text as it was last without problems.</source>
        <translation>Problemer: %1. Forhåndsvisningen viser teksten, som den var sidst uden problemer.</translation>
    </message>
    <message>
        <source>No problems: %1 themes, %2 success criteria.</source>
        <translation>Ingen problemer: %1 temaer, %2 succeskriterier.</translation>
    </message>
    <message>
        <source>Preview, as leaders will see it</source>
        <translation>Forhåndsvisning, som lederne vil se den</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>The theme&apos;s colour</source>
        <translation>Temaets farve</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nyt tema</translation>
    </message>
    <message>
        <source>The theme&apos;s name:</source>
        <translation>Temaets navn:</translation>
    </message>
    <message>
        <source>A success criterion</source>
        <translation>Et succeskriterium</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gemt som %1</translation>
    </message>
    <message>
        <source>Save the framework</source>
        <translation>Gem ledelsesgrundlaget</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The framework is not saved. Close without saving?</source>
        <translation>Ledelsesgrundlaget er ikke gemt. Luk uden at gemme?</translation>
    </message>
</context>
<context>
    <name>FrameworkExportDialog</name>
    <message>
        <source>Export my leadership framework</source>
        <translation>Eksportér mit ledelsesgrundlag</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>The current text</source>
        <translation>Den nuværende tekst</translation>
    </message>
    <message>
        <source>Include the organisation&apos;s framework text beside mine</source>
        <translation>Tag organisationens ledelsesgrundlag med ved siden af mit</translation>
    </message>
    <message>
        <source>Include my own success criteria</source>
        <translation>Tag mine egne succeskriterier med</translation>
    </message>
    <message>
        <source>Include the private part</source>
        <translation>Tag den private del med</translation>
    </message>
    <message>
        <source>Off unless you choose it: the private part is for you only</source>
        <translation>Fravalgt, medmindre du vælger det: den private del er kun til dig</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>My leadership framework</source>
        <translation>Mit ledelsesgrundlag</translation>
    </message>
</context>
<context>
    <name>FrameworkText</name>
    <message>
        <source>The organisation&apos;s leadership framework</source>
        <translation>Organisationens ledelsesgrundlag</translation>
    </message>
</context>
<context>
    <name>FrameworkView</name>
    <message>
        <source>In use: %1</source>
        <translation>I brug: %1</translation>
    </message>
    <message>
        <source>Use another leadership framework…</source>
        <translation>Brug et andet ledelsesgrundlag…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit this framework&apos;s text, with a live preview, and save it as a file to hand out</source>
        <translation>Rediger dette ledelsesgrundlags tekst med løbende forhåndsvisning, og gem det som en fil, der kan deles ud</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nyt…</translation>
    </message>
    <message>
        <source>Write a new framework for your organisation, from a start</source>
        <translation>Skriv et nyt ledelsesgrundlag for din organisation ud fra en skabelon</translation>
    </message>
    <message>
        <source>Choose a framework file handed out by your organisation; your reflections keep their tags</source>
        <translation>Vælg en fil med et ledelsesgrundlag fra din organisation; dine refleksioner beholder deres temaer og kriterier</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Tags in the file, and what each becomes</source>
        <translation>Tags i filen, og hvad hvert bliver til</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Refleksioner</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Bliver til</translation>
    </message>
    <message>
        <source>Suggested, because the tag is its name</source>
        <translation>Foreslået, fordi tagget har samme navn</translation>
    </message>
    <message>
        <source>What the tag %1 becomes</source>
        <translation>Hvad tagget %1 bliver til</translation>
    </message>
    <message>
        <source>Tags in the file. Map a tag onto a theme, a success criterion or a context to give those reflections it; a tag that is one&apos;s name has it suggested:</source>
        <translation>Tags i filen. Knyt et tag til et tema, et succeskriterium eller en kontekst for at give de refleksioner det; et tag, der er navnet på et af dem, får det foreslået:</translation>
    </message>
    <message>
        <source>A reflection has at most one context: one it already has is kept; otherwise the first tag in this list that becomes a context decides.</source>
        <translation>En refleksion har højst én kontekst: har den allerede en, beholdes den; ellers afgør det første tag i listen, der bliver til en kontekst.</translation>
    </message>
    <message>
        <source>Remove the tags that become a theme, a success criterion or a context</source>
        <translation>Fjern de tags, der bliver til et tema, et succeskriterium eller en kontekst</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n reflection(s)</source>
        <translation>
            <numerusform>&amp;Importér %Ln refleksion</numerusform>
            <numerusform>&amp;Importér %Ln refleksioner</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (from %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (fra %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%Ln refleksion</numerusform>
            <numerusform>%Ln refleksioner</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>%1 new, %2 newer than yours, %3 already in your journal</source>
        <translation>%1 nye, %2 nyere end dine, %3 findes allerede i din journal</translation>
    </message>
    <message>
        <source>Skipped, as links are not followed: %1</source>
        <translation>Sprunget over, da links ikke følges: %1</translation>
    </message>
    <message>
        <source>Skipped, as they are not regular files (a named pipe, a device): %1</source>
        <translation>Sprunget over, da de ikke er almindelige filer (en named pipe, en enhed): %1</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (foreslået)</translation>
    </message>
    <message>
        <source>just a tag</source>
        <translation>bare et tag</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Kontekst: %1</translation>
    </message>
    <message>
        <source>Criterion: %1</source>
        <translation>Kriterium: %1</translation>
    </message>
</context>
<context>
    <name>JournalErrors</name>
    <message>
        <source>Ledelsesjournal is already open</source>
        <translation>Ledelsesjournal er allerede åben</translation>
    </message>
    <message>
        <source>The journal in %1 is already open in another window of Ledelsesjournal. That window has been asked to come forward.</source>
        <translation>Journalen i %1 er allerede åben i et andet vindue af Ledelsesjournal. Det vindue er blevet bedt om at komme frem.</translation>
    </message>
</context>
<context>
    <name>JournalProblemDialog</name>
    <message>
        <source>Backups of this journal, newest first:</source>
        <translation>Sikkerhedskopier af denne journal, nyeste først:</translation>
    </message>
    <message>
        <source>There are no backups of this journal yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af denne journal.</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup</source>
        <translation>&amp;Gendan den valgte sikkerhedskopi</translation>
    </message>
    <message>
        <source>Use &amp;another folder…</source>
        <translation>Brug en &amp;anden mappe…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Choose the folder of the journal</source>
        <translation>Vælg journalens mappe</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksioner</translation>
    </message>
    <message>
        <source>No reflections yet.

Press %1 to write the first one, or start from the question below.</source>
        <translation>Ingen refleksioner endnu.

Tryk %1 for at skrive den første, eller tag udgangspunkt i spørgsmålet nedenfor.</translation>
    </message>
    <message>
        <source>No reflection matches the search and the filters.

Clear them (%1) to see every reflection.</source>
        <translation>Ingen refleksion passer til søgningen og filtrene.

Ryd dem (%1) for at se alle refleksioner.</translation>
    </message>
    <message>
        <source>Saved again.</source>
        <translation>Gemt igen.</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slet »%1«</translation>
    </message>
    <message>
        <source>“%1” moved to the Trash. Undo with Ctrl+Z.</source>
        <translation>»%1« er flyttet til papirkurven. Fortryd med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Ledelsesjournal is locked</source>
        <translation>Ledelsesjournal er låst</translation>
    </message>
    <message>
        <source>Enter the passphrase (or the recovery key) to go on where you were.</source>
        <translation>Skriv adgangssætningen (eller gendannelsesnøglen) for at fortsætte, hvor du var.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Adgangssætning eller gendannelsesnøgle</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>That is not the passphrase or the recovery key.</source>
        <translation>Det er ikke adgangssætningen eller gendannelsesnøglen.</translation>
    </message>
</context>
<context>
    <name>LookingBackPanel</name>
    <message>
        <source>On this day</source>
        <translation>På denne dag</translation>
    </message>
    <message>
        <source>A month ago</source>
        <translation>For en måned siden</translation>
    </message>
    <message>
        <source>A quarter ago</source>
        <translation>For et kvartal siden</translation>
    </message>
    <message>
        <source>A year ago</source>
        <translation>For et år siden</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message numerus="yes">
        <source>%n more that day…</source>
        <translation>
            <numerusform>%Ln mere den dag …</numerusform>
            <numerusform>%Ln mere den dag …</numerusform>
        </translation>
    </message>
    <message>
        <source>Next steps whose day has come</source>
        <translation>Næste skridt, hvis dag er kommet</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the Patterns view</source>
        <translation>
            <numerusform>… og %Ln mere i Mønstre</numerusform>
            <numerusform>… og %Ln mere i Mønstre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo journal</source>
        <translation>demojournal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
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
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>Export or &amp;print the reflection…</source>
        <translation>Eksportér eller &amp;udskriv refleksionen…</translation>
    </message>
    <message>
        <source>The reflection you are reading, as PDF, HTML or Markdown, or on paper</source>
        <translation>Den refleksion, du læser, som PDF, HTML eller Markdown, eller på papir</translation>
    </message>
    <message>
        <source>&amp;Period report…</source>
        <translation>&amp;Periodeoverblik…</translation>
    </message>
    <message>
        <source>The patterns of the period as PDF or HTML</source>
        <translation>Periodens mønstre som PDF eller HTML</translation>
    </message>
    <message>
        <source>Export or print</source>
        <translation>Eksportér/udskriv</translation>
    </message>
    <message>
        <source>Open or write a reflection to export or print it.</source>
        <translation>Åbn eller skriv en refleksion for at eksportere eller udskrive den.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 already there.</source>
        <translation>Importeret: %1 nye, %2 opdateret, %3 fandtes allerede.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>The demo journal is thrown away when you quit, so it is not backed up. Your own journal is backed up once a day, and here you can back it up now or restore a backup.</source>
        <translation>Demojournalen slettes, når du afslutter, så den sikkerhedskopieres ikke. Din egen journal sikkerhedskopieres én gang om dagen, og her kan du tage en sikkerhedskopi med det samme eller gendanne en.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sikkerhedskopi gemt i %1</translation>
    </message>
    <message>
        <source>Re-tagging reflections</source>
        <translation>Refleksionerne får nye mærker</translation>
    </message>
    <message>
        <source>Your reflections get the revised framework&apos;s themes and criteria you chose.</source>
        <translation>Dine refleksioner får de temaer og succeskriterier fra det reviderede ledelsesgrundlag, som du valgte.</translation>
    </message>
    <message>
        <source>The demo journal is thrown away when you quit.</source>
        <translation>Demojournalen smides væk, når du afslutter.</translation>
    </message>
    <message>
        <source>Another folder</source>
        <translation>En anden mappe</translation>
    </message>
    <message>
        <source>From the next start, Ledelsesjournal uses the journal in %1 (and starts a new one there if there is none). This journal stays where it is.</source>
        <translation>Fra næste start bruger Ledelsesjournal journalen i %1 (og begynder en ny dér, hvis der ingen er). Denne journal bliver, hvor den er.</translation>
    </message>
    <message>
        <source>Ledelsesjournal starts when you log in, in the background.</source>
        <translation>Ledelsesjournal starter nu i baggrunden, når du logger ind.</translation>
    </message>
    <message>
        <source>Ledelsesjournal no longer starts when you log in.</source>
        <translation>Ledelsesjournal starter ikke længere, når du logger ind.</translation>
    </message>
    <message>
        <source>Encrypt the journal</source>
        <translation>Kryptér journalen</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Skift adgangssætning</translation>
    </message>
    <message>
        <source>The passphrase was changed. The recovery key still opens the journal.</source>
        <translation>Adgangssætningen er ændret. Gendannelsesnøglen åbner stadig journalen.</translation>
    </message>
    <message>
        <source>Decrypt the journal</source>
        <translation>Fjern journalens kryptering</translation>
    </message>
    <message>
        <source>Without encryption, anyone who can read this computer&apos;s files can read the journal and its backups. Enter the passphrase (or recovery key) to decrypt:</source>
        <translation>Uden kryptering kan alle, der kan læse denne computers filer, læse journalen og dens sikkerhedskopier. Skriv adgangssætningen (eller gendannelsesnøglen) for at fjerne krypteringen:</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Skrivning</translation>
    </message>
    <message>
        <source>From the title to the text</source>
        <translation>Fra titlen til teksten</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>The next or the previous field</source>
        <translation>Næste eller forrige felt</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Skift+Tab</translation>
    </message>
    <message>
        <source>Clear the search and the filters</source>
        <translation>Ryd søgningen og filtrene</translation>
    </message>
    <message>
        <source>Close a dialog, a list or a calendar</source>
        <translation>Luk en dialog, en liste eller en kalender</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Den daglige sikkerhedskopi mislykkedes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n old reflection(s) deleted.</source>
        <translation>
            <numerusform>%n gammel refleksion er slettet.</numerusform>
            <numerusform>%n gamle refleksioner er slettet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (built %2)</source>
        <translation>%1 (bygget %2)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Your last changes could not be saved (see the message in the window). Quit anyway and lose them?</source>
        <translation>Dine seneste ændringer kunne ikke gemmes (se beskeden i vinduet). Vil du afslutte alligevel og miste dem?</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Afslut uden at gemme</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) in %1</source>
        <translation>
            <numerusform>%Ln refleksion i %1</numerusform>
            <numerusform>%Ln refleksioner i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a throwaway demo journal</source>
        <translation>en midlertidig demojournal</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Eksportér journalen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
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
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold</source>
        <translation>Fed</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktopstilling</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>linktekst</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Current passphrase or recovery key</source>
        <translation>Nuværende adgangssætning eller gendannelsesnøgle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny adgangssætning</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny adgangssætning igen</translation>
    </message>
    <message>
        <source>At least %1 characters. A sentence you remember is better than a short word with signs in it. Exports and reports you write stay ordinary files: they are not encrypted.</source>
        <translation>Mindst %1 tegn. En sætning, du kan huske, er bedre end et kort ord med tegn i. Eksporter og rapporter, du skriver, forbliver almindelige filer: de krypteres ikke.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Nuværende adgangssætning</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>N&amp;y adgangssætning</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Igen</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>En adgangssætning skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to adgangssætninger er forskellige.</translation>
    </message>
</context>
<context>
    <name>NextStepsEditor</name>
    <message>
        <source>+ Add a next step</source>
        <translation>+ Tilføj et næste skridt</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>The last 30 days</source>
        <translation>De seneste 30 dage</translation>
    </message>
    <message>
        <source>The last quarter</source>
        <translation>Det seneste kvartal</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Det seneste år</translation>
    </message>
    <message>
        <source>The whole journal</source>
        <translation>Hele journalen</translation>
    </message>
    <message>
        <source>Choose dates…</source>
        <translation>Vælg datoer…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Patterns over time</source>
        <translation>Mønstre over tid</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Period report…</source>
        <translation>Periodeoverblik…</translation>
    </message>
    <message>
        <source>Write about it</source>
        <translation>Skriv om det</translation>
    </message>
    <message>
        <source>Another question</source>
        <translation>Et andet spørgsmål</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Gem som PNG…</translation>
    </message>
    <message>
        <source>Balance between the themes</source>
        <translation>Balancen mellem temaerne</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over tid</translation>
    </message>
    <message>
        <source>Success criteria, month by month</source>
        <translation>Succeskriterier måned for måned</translation>
    </message>
    <message>
        <source>When you reflect</source>
        <translation>Hvornår du reflekterer</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Sammenhænge</translation>
    </message>
    <message>
        <source>Whom it concerned</source>
        <translation>Hvem det handlede om</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Your reflections</source>
        <translation>Dine refleksioner</translation>
    </message>
    <message>
        <source>Your target</source>
        <translation>Dit mål</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Own: %1</source>
        <translation>Eget: %1</translation>
    </message>
    <message>
        <source>Untouched in this period: %1</source>
        <translation>Uberørt i perioden: %1</translation>
    </message>
    <message>
        <source>Least reflected on: %1</source>
        <translation>Mindst reflekteret over: %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overskredet</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>snart</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %Ln mere</numerusform>
            <numerusform>… og %Ln flere</numerusform>
        </translation>
    </message>
    <message>
        <source>No open next steps.</source>
        <translation>Ingen åbne næste skridt.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Forgetting %1</source>
        <translation>%1 glemmes</translation>
    </message>
    <message>
        <source>The journal and every backup are being rewritten without the name.</source>
        <translation>Journalen og alle sikkerhedskopier skrives om uden navnet.</translation>
    </message>
    <message>
        <source>Forgotten</source>
        <translation>Glemt</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>A person in the journal</source>
        <translation>En person i journalen</translation>
    </message>
    <message>
        <source>Everything the journal holds about a person: for their right to see it, or to be forgotten. The possessive forms of the name are found too (Birthe, Birthes).</source>
        <translation>Alt, hvad journalen rummer om en person: til personens ret til at se det eller til at blive glemt. Navnets ejefald findes også (Birthe, Birthes).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>The person&apos;s name</source>
        <translation>Personens navn</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Omtaler</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Glem…</translation>
    </message>
    <message>
        <source>in the Trash</source>
        <translation>i papirkurven</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>Eksportér alt om %1</translation>
    </message>
</context>
<context>
    <name>PersonalView</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhed</translation>
    </message>
    <message>
        <source>e.g. Borgerservice</source>
        <translation>fx Borgerservice</translation>
    </message>
    <message>
        <source>Parts (drag to reorder, double-click to rename)</source>
        <translation>Dele (træk for at flytte, dobbeltklik for at omdøbe)</translation>
    </message>
    <message>
        <source>Parts of my leadership framework</source>
        <translation>Delene af mit ledelsesgrundlag</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Move the part up</source>
        <translation>Flyt delen op</translation>
    </message>
    <message>
        <source>Move the part down</source>
        <translation>Flyt delen ned</translation>
    </message>
    <message>
        <source>Save as revision…</source>
        <translation>Gem som revision…</translation>
    </message>
    <message>
        <source>Revisions…</source>
        <translation>Revisioner…</translation>
    </message>
    <message>
        <source>Export or print…</source>
        <translation>Eksportér eller udskriv…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Text of the part</source>
        <translation>Delens tekst</translation>
    </message>
    <message>
        <source>Saved again.</source>
        <translation>Gemt igen.</translation>
    </message>
    <message>
        <source>The chosen part</source>
        <translation>Den valgte del</translation>
    </message>
    <message>
        <source>Write in the first person, about what you do.</source>
        <translation>Skriv i første person om det, du gør.</translation>
    </message>
    <message>
        <source>Private: never exported unless you ask for it</source>
        <translation>Privat: kommer aldrig med i en eksport, medmindre du beder om det</translation>
    </message>
    <message>
        <source>Your name, as the exported document shows it</source>
        <translation>Dit navn, som det står i det eksporterede dokument</translation>
    </message>
    <message>
        <source>Private part</source>
        <translation>Privat del</translation>
    </message>
    <message>
        <source>Revision of %1</source>
        <translation>Revision af %1</translation>
    </message>
    <message>
        <source>Save as revision</source>
        <translation>Gem som revision</translation>
    </message>
    <message>
        <source>Name of the revision:</source>
        <translation>Revisionens navn:</translation>
    </message>
    <message>
        <source>Saved as the revision “%1”.</source>
        <translation>Gemt som revisionen »%1«.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>Something to reflect on</source>
        <translation>Til eftertanke</translation>
    </message>
    <message>
        <source>Write about it</source>
        <translation>Skriv om det</translation>
    </message>
    <message>
        <source>Write a reflection on this question</source>
        <translation>Skriv en refleksion over dette spørgsmål</translation>
    </message>
    <message>
        <source>Another question</source>
        <translation>Et andet spørgsmål</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din gendannelsesnøgle</translation>
    </message>
    <message>
        <source>The journal and every backup are now encrypted. Your recovery key:</source>
        <translation>Journalen og alle sikkerhedskopier er nu krypteret. Din gendannelsesnøgle:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <source>I have written the recovery key down</source>
        <translation>Jeg har skrevet gendannelsesnøglen ned</translation>
    </message>
</context>
<context>
    <name>ReflectionExportDialog</name>
    <message>
        <source>Export or print the reflection</source>
        <translation>Eksportér eller udskriv refleksionen</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>This reflection is private. It goes out because you chose it, and the document is marked private on every page.</source>
        <translation>Denne refleksion er privat. Den kommer med, fordi du har valgt den, og dokumentet er mærket privat på hver side.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Export the reflection</source>
        <translation>Eksportér refleksionen</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Write about it</source>
        <translation>Skriv om det</translation>
    </message>
    <message>
        <source>Write a reflection on the reminder&apos;s question</source>
        <translation>Skriv en refleksion over påmindelsens spørgsmål</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <source>Put the reminder away</source>
        <translation>Skjul påmindelsen</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Open Ledelsesjournal</source>
        <translation>&amp;Åbn Ledelsesjournal</translation>
    </message>
    <message>
        <source>&amp;New reflection</source>
        <translation>&amp;Ny refleksion</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Next reminder: %1 at %2</source>
        <translation>Næste påmindelse: %1 kl. %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Period report</source>
        <translation>Periodeoverblik</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Tick the reflections to quote in the report. Private ones are only included if you tick them.</source>
        <translation>Sæt flueben ved de refleksioner, der skal citeres i overblikket. Private kommer kun med, hvis du sætter flueben ved dem.</translation>
    </message>
    <message>
        <source>Search the period</source>
        <translation>Søg i perioden</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens første dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sidste dag</translation>
    </message>
    <message>
        <source>Reflections to quote</source>
        <translation>Refleksioner der citeres</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>Export the period report</source>
        <translation>Eksportér periodeoverblikket</translation>
    </message>
</context>
<context>
    <name>RestoringDialog</name>
    <message>
        <source>Restoring a backup</source>
        <translation>Gendanner en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Your journal is being put back from the backup, and its search index built again.
The journal as it was is kept among your backups. A large journal can take half a minute.</source>
        <translation>Journalen lægges tilbage fra sikkerhedskopien, og dens søgeindeks bygges igen.
Journalen, som den var, gemmes blandt dine sikkerhedskopier. En stor journal kan tage et halvt minut.</translation>
    </message>
</context>
<context>
    <name>RetagDialog</name>
    <message>
        <source>Reflections under the revised framework</source>
        <translation>Refleksionerne under det reviderede ledelsesgrundlag</translation>
    </message>
    <message>
        <source>This framework revises %1. Your reflections are tagged with these, which it no longer has. Ticked, they get the new one beside them; unticked, they keep the old words and are counted apart in the patterns.</source>
        <translation>Dette ledelsesgrundlag reviderer %1. Dine refleksioner er mærket med disse, som det ikke længere har. Afkrydsede får de det nye ved siden af; uden kryds beholder de de gamle ord og tælles for sig i mønstrene.</translation>
    </message>
    <message>
        <source>%1 (reflections: %2)</source>
        <translation>%1 (refleksioner: %2)</translation>
    </message>
    <message>
        <source>New tag for %1</source>
        <translation>Nyt mærke for %1</translation>
    </message>
    <message>
        <source>Use the framework</source>
        <translation>Brug ledelsesgrundlaget</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Reflections older than your rule</source>
        <translation>Refleksioner ældre end din regel</translation>
    </message>
    <message>
        <source>You chose to keep reflections for %1 years. Older than that: %2 (the Trash included). Delete them for good now, or keep them for another year? The daily backups hold them until they are replaced, within days.</source>
        <translation>Du har valgt at gemme refleksioner i %1 år. Ældre end det: %2 (også i papirkurven). Vil du slette dem for altid nu eller beholde dem et år mere? De daglige sikkerhedskopier rummer dem, til de bliver erstattet, inden for dage.</translation>
    </message>
    <message>
        <source>Reflections to delete</source>
        <translation>Refleksioner, der slettes</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Slet dem</translation>
    </message>
    <message>
        <source>Keep them this year</source>
        <translation>Behold dem i år</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Revisions of my leadership framework</source>
        <translation>Revisioner af mit ledelsesgrundlag</translation>
    </message>
    <message>
        <source>Choose one revision to see what changed since then, or two to compare them. Restoring makes an old revision the current text again, as a new revision.</source>
        <translation>Vælg én revision for at se, hvad der er ændret siden, eller to for at sammenligne dem. Gendan gør en gammel revision til den nuværende tekst igen – som en ny revision.</translation>
    </message>
    <message>
        <source>&amp;Restore this revision…</source>
        <translation>&amp;Gendan denne revision…</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Revisioner</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Sammenligning</translation>
    </message>
    <message>
        <source>The current text</source>
        <translation>Den nuværende tekst</translation>
    </message>
    <message>
        <source>as it is now</source>
        <translation>som den er nu</translation>
    </message>
    <message>
        <source>The current text, as it is now, not a revision</source>
        <translation>Den nuværende tekst, som den er nu, ikke en revision</translation>
    </message>
    <message>
        <source>Revision %1, saved %2</source>
        <translation>Revision %1, gemt %2</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>den nuværende tekst</translation>
    </message>
    <message>
        <source>Choose one or two revisions.</source>
        <translation>Vælg én eller to revisioner.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Fra %1 til %2</translation>
    </message>
    <message>
        <source>Restore a revision</source>
        <translation>Gendan en revision</translation>
    </message>
    <message>
        <source>Make “%1” the current text of your leadership framework? The current text is kept as a revision first, so nothing is lost.</source>
        <translation>Skal »%1« være den nuværende tekst i dit ledelsesgrundlag? Den nuværende tekst gemmes først som en revision, så intet går tabt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Gendannet: %1</translation>
    </message>
    <message>
        <source>Before restoring %1</source>
        <translation>Før gendannelse af %1</translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message>
        <source>&amp;Remind me to reflect</source>
        <translation>&amp;Mind mig om at reflektere</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>H&amp;vornår</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Hver dag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uge</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Hver anden uge</translation>
    </message>
    <message>
        <source>Every third week</source>
        <translation>Hver tredje uge</translation>
    </message>
    <message>
        <source>Every fourth week</source>
        <translation>Hver fjerde uge</translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Hver %n. uge</numerusform>
            <numerusform>Hver %n. uge</numerusform>
        </translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hvor ofte</translation>
    </message>
    <message>
        <source>On which day</source>
        <translation>Hvilken dag</translation>
    </message>
    <message>
        <source>At what time</source>
        <translation>Hvilket klokkeslæt</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>None: an empty text</source>
        <translation>Ingen: en tom tekst</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Åbn mappe</translation>
    </message>
    <message>
        <source>Use another folder…</source>
        <translation>Brug en anden mappe…</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> kopier</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase</source>
        <translation>Krypteret med en adgangssætning</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Ikke krypteret</translation>
    </message>
    <message>
        <source>Not for the demo journal</source>
        <translation>Ikke for demojournalen</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Skift adgangssætning…</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>Fjern kryptering…</translation>
    </message>
    <message>
        <source>Encrypt…</source>
        <translation>Kryptér…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutter</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source> years old</source>
        <translation> år gamle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Udseende</translation>
    </message>
    <message>
        <source>&amp;Template for new reflections</source>
        <translation>Ska&amp;belon til nye refleksioner</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>&amp;Backups to keep</source>
        <translation>&amp;Sikkerhedskopier der gemmes</translation>
    </message>
    <message>
        <source>&amp;Delete reflections</source>
        <translation>Sl&amp;et refleksioner</translation>
    </message>
    <message>
        <source>Template for new reflections</source>
        <translation>Skabelon til nye refleksioner</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sikkerhedskopier der gemmes</translation>
    </message>
    <message>
        <source>Lock when untouched for</source>
        <translation>Lås, når den har været urørt i</translation>
    </message>
    <message>
        <source>Delete reflections older than this, after asking once a year</source>
        <translation>Slet refleksioner ældre end dette, efter at have spurgt én gang om året</translation>
    </message>
    <message>
        <source>Once a year the window lists the reflections older than this and deletes them when you confirm. Never: keep them all.</source>
        <translation>Én gang om året viser vinduet de refleksioner, der er ældre end dette, og sletter dem, når du bekræfter. Aldrig: behold dem alle.</translation>
    </message>
    <message>
        <source>Keep running in the &amp;tray when the window is closed</source>
        <translation>Bliv kørende i system&amp;bakken, når vinduet lukkes</translation>
    </message>
    <message>
        <source>Start at log&amp;in, minimised</source>
        <translation>Start ved log&amp;in, minimeret</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the reminder is shown in the window while it is open, and one that was missed comes at the next start.</source>
        <translation>Skrivebordet har ingen systembakke: påmindelsen vises i vinduet, mens det er åbent, og en påmindelse, du gik glip af, kommer ved næste start.</translation>
    </message>
    <message>
        <source>Choose the folder of the journal</source>
        <translation>Vælg journalens mappe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Kryptering</translation>
    </message>
    <message>
        <source>Loc&amp;k when untouched for</source>
        <translation>&amp;Lås, når den har været urørt i</translation>
    </message>
    <message>
        <source>The journal is kept in this folder, readable by you only, and backed up there once a day (in the folder backups). Encrypted, the journal and its backups can be read only with your passphrase or recovery key, also if the computer is lost.</source>
        <translation>Journalen ligger i denne mappe, som kun du kan læse, og sikkerhedskopieres der én gang om dagen (i mappen backups). Krypteret kan journalen og dens sikkerhedskopier kun læses med din adgangssætning eller gendannelsesnøgle, også hvis computeren bliver væk.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>Everything in Ledelsesjournal can be done from the keyboard. The menus open with Alt and the underlined letter.</source>
        <translation>Alt i Ledelsesjournal kan gøres fra tastaturet. Menuerne åbnes med Alt og det understregede bogstav.</translation>
    </message>
</context>
<context>
    <name>SpellChecking</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(ingen forslag)</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Føj “%1” til ordbogen</translation>
    </message>
</context>
<context>
    <name>SuggestionBar</name>
    <message>
        <source>Suggested:</source>
        <translation>Forslag:</translation>
    </message>
    <message>
        <source>Suggested themes, criteria and context</source>
        <translation>Foreslåede temaer, kriterier og kontekst</translation>
    </message>
    <message>
        <source>Criterion: </source>
        <translation>Kriterium: </translation>
    </message>
    <message>
        <source>Context: </source>
        <translation>Kontekst: </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Manage templates…</source>
        <translation>Administrér skabeloner…</translation>
    </message>
    <message>
        <source>Reflection model</source>
        <translation>Refleksionsmodel</translation>
    </message>
    <message>
        <source>Write in a template: Gibbs, Kolb, Rolfe, the reflection model, or one of your own</source>
        <translation>Skriv i en skabelon: Gibbs, Kolb, Rolfe, refleksionsmodellen eller en af dine egne</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>A template of your own, to change, with this one&apos;s sections</source>
        <translation>En skabelon af dine egne, som du kan ændre, med denne skabelons afsnit</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slet…</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;vn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>&amp;Sections: a heading in the text, and a question to write from</source>
        <translation>A&amp;fsnit: en overskrift i teksten og et spørgsmål at skrive ud fra</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Afsnit</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Guiding question</source>
        <translation>Vejledende spørgsmål</translation>
    </message>
    <message>
        <source>&amp;Add section</source>
        <translation>&amp;Tilføj afsnit</translation>
    </message>
    <message>
        <source>&amp;Remove section</source>
        <translation>Fje&amp;rn afsnit</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt n&amp;ed</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1 (indbygget)</translation>
    </message>
    <message>
        <source>Saved as you write. A reflection written in a template keeps its headings when the template is changed or deleted.</source>
        <translation>Gemmes, mens du skriver. En refleksion, der er skrevet i en skabelon, beholder sine overskrifter, når skabelonen ændres eller slettes.</translation>
    </message>
    <message>
        <source>Built in: copy it to make a template of your own from it.</source>
        <translation>Indbygget: kopiér den for at lave din egen skabelon ud fra den.</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Ny skabelon</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Slet skabelon</translation>
    </message>
    <message>
        <source>Delete the template “%1”? The reflections written in it keep their headings and their text.</source>
        <translation>Slet skabelonen »%1«? De refleksioner, der er skrevet i den, beholder deres overskrifter og deres tekst.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>ThemeBlock</name>
    <message>
        <source>How I lead in this theme</source>
        <translation>Sådan leder jeg i dette tema</translation>
    </message>
    <message>
        <source>My own words on %1</source>
        <translation>Mine egne ord om %1</translation>
    </message>
    <message>
        <source>What do I do, concretely, in this theme? Write in the first person.</source>
        <translation>Hvad gør jeg helt konkret i dette tema? Skriv i første person.</translation>
    </message>
    <message>
        <source>My own success criteria</source>
        <translation>Mine egne succeskriterier</translation>
    </message>
    <message>
        <source>My own success criteria for %1</source>
        <translation>Mine egne succeskriterier for %1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Udgå</translation>
    </message>
    <message>
        <source>No longer offered for new reflections; old reflections keep it</source>
        <translation>Tilbydes ikke længere til nye refleksioner; gamle refleksioner beholder det</translation>
    </message>
    <message>
        <source>The organisation says</source>
        <translation>Organisationen siger</translation>
    </message>
    <message>
        <source>New success criterion</source>
        <translation>Nyt succeskriterium</translation>
    </message>
    <message>
        <source>A success criterion of your own for %1:</source>
        <translation>Dit eget succeskriterium for %1:</translation>
    </message>
    <message>
        <source>Edit success criterion</source>
        <translation>Redigér succeskriterium</translation>
    </message>
    <message>
        <source>Your success criterion:</source>
        <translation>Dit succeskriterium:</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>slettet %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Slet for altid…</translation>
    </message>
    <message>
        <source>&amp;Empty the Trash…</source>
        <translation>&amp;Tøm papirkurven…</translation>
    </message>
    <message>
        <source>Reflections in the Trash</source>
        <translation>Refleksioner i papirkurven</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s) in the Trash. Restore them to the journal, or delete them for good.</source>
        <translation>
            <numerusform>%Ln refleksion i papirkurven. Gendan den i journalen, eller slet den for altid.</numerusform>
            <numerusform>%Ln refleksioner i papirkurven. Gendan dem i journalen, eller slet dem for altid.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Papirkurven er tom.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Slet for altid</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n reflection(s) for good? This cannot be undone.</source>
        <translation>
            <numerusform>Slet %Ln refleksion for altid? Det kan ikke fortrydes.</numerusform>
            <numerusform>Slet %Ln refleksioner for altid? Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>Tøm papirkurven</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n reflection(s) in the Trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Slet den ene refleksion i papirkurven for altid? Det kan ikke fortrydes.</numerusform>
            <numerusform>Slet alle %Ln refleksioner i papirkurven for altid? Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Ledelsesjournal is locked</source>
        <translation>Ledelsesjournal er låst</translation>
    </message>
    <message>
        <source>The journal in %1 is encrypted. Enter its passphrase, or the recovery key.</source>
        <translation>Journalen i %1 er krypteret. Skriv dens adgangssætning eller gendannelsesnøglen.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Adgangssætning eller gendannelsesnøgle</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Adgangssætning</translation>
    </message>
    <message>
        <source>That is not the passphrase or the recovery key. Nothing was changed.</source>
        <translation>Det er ikke adgangssætningen eller gendannelsesnøglen. Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>UpgradeDialog</name>
    <message>
        <source>Updating the journal</source>
        <translation>Journalen opdateres</translation>
    </message>
    <message>
        <source>Your journal is being updated for this version of Ledelsesjournal.
A copy of it as it was is kept among your backups. A large journal can take up to a minute.</source>
        <translation>Din journal bliver opdateret til denne version af Ledelsesjournal.
En kopi af den, som den var, gemmes blandt dine sikkerhedskopier. En stor journal kan tage op til et minut.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Ledelsesjournal</source>
        <translation>Velkommen til Ledelsesjournal</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Ledelsesjournal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Velkommen til Ledelsesjournal&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ledelsesjournal is a place for short reflections on your leadership: a meeting, a decision, a conversation that went well or badly. Tag each one with the themes and success criteria of %1&apos;s leadership framework.&lt;/p&gt;&lt;p&gt;Over weeks and months you see where your attention goes, which success criteria you have examples of and which you never touch, and you can write your own personal leadership framework on top of the organisation&apos;s and bring it to your development conversation.&lt;/p&gt;&lt;p&gt;Everything stays on this computer. Nothing leaves it unless you export it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ledelsesjournal er et sted til korte refleksioner over din ledelse: et møde, en beslutning, en samtale, der gik godt eller skidt. Mærk hver refleksion med temaerne og succeskriterierne fra %1s ledelsesgrundlag.&lt;/p&gt;&lt;p&gt;Over uger og måneder ser du, hvor din opmærksomhed går hen, hvilke succeskriterier du har eksempler på, og hvilke du aldrig berører – og du kan skrive dit eget personlige ledelsesgrundlag oven på organisationens og tage det med til din lederudviklingssamtale.&lt;/p&gt;&lt;p&gt;Alt bliver på denne computer. Intet forlader den, medmindre du selv eksporterer det.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Write my first reflection</source>
        <translation>Skriv min første refleksion</translation>
    </message>
    <message>
        <source>Start my personal framework</source>
        <translation>Begynd på mit ledelsesgrundlag</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>Se mig omkring først</translation>
    </message>
    <message>
        <source>Reflections are often about people. Encrypt the journal, and only your passphrase (or the recovery key you are given) opens it, also if the computer is lost.</source>
        <translation>Refleksioner handler ofte om mennesker. Kryptér journalen, så kun din adgangssætning (eller den gendannelsesnøgle, du får) åbner den, også hvis computeren bliver væk.</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase…</source>
        <translation>Kryptér med en adgangssætning…</translation>
    </message>
</context>
<context>
    <name>WelcomeReminder</name>
    <message>
        <source>&amp;Remind me to reflect every</source>
        <translation>&amp;Mind mig om at reflektere hver</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>On which day</source>
        <translation>Hvilken dag</translation>
    </message>
    <message>
        <source>At what time</source>
        <translation>Hvilket klokkeslæt</translation>
    </message>
    <message>
        <source>A reminder the computer was off for comes at the next start. Change it, or choose every day or every other week, in the settings.</source>
        <translation>En påmindelse, der kom, mens computeren var slukket, vises ved næste start. Skift den, eller vælg hver dag eller hver anden uge, under Indstillinger.</translation>
    </message>
</context>
<context>
    <name>_StepRow</name>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>What will you do?</source>
        <translation>Hvad vil du gøre?</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Remove this next step</source>
        <translation>Fjern dette næste skridt</translation>
    </message>
</context>
</TS>
