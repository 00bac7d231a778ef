<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n reflection(s) in %1</source>
        <translation>
            <numerusform>%n reflection in %1</numerusform>
            <numerusform>%n reflections in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
