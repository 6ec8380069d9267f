<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AcceptSuggestionsCommand</name>
    <message>
        <source>Accept suggested rule for %1</source>
        <translation>Vorgeschlagene Regel für %1 übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested rule(s)</source>
        <translation>
            <numerusform>%n vorgeschlagene Regel übernehmen</numerusform>
            <numerusform>%n vorgeschlagene Regeln übernehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddCapabilityCommand</name>
    <message>
        <source>Add capability %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddGroupCommand</name>
    <message>
        <source>Add group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddNodesCommand</name>
    <message>
        <source>Add node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddNoteCommand</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddReviewNoteCommand</name>
    <message>
        <source>Add review note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddRuleCommand</name>
    <message>
        <source>Add rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlignNodesCommand</name>
    <message>
        <source>Align left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align centres horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align centres vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoLayoutCommand</name>
    <message>
        <source>Auto-layout flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeGroupCommand</name>
    <message>
        <source>Change group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeNodeIdCommand</name>
    <message>
        <source>Change node id %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeNoteCommand</name>
    <message>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeRuleFunctionCommand</name>
    <message>
        <source>Change function of %1</source>
        <translation>Funktion von %1 ändern</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>check a project; exit 1 on any error</source>
        <translation>ein Projekt prüfen; Exit-Status 1 bei jedem Fehler</translation>
    </message>
    <message>
        <source>run a flow on sample data; NDJSON of what the sinks received</source>
        <translation>einen Flow mit Beispieldaten ausführen; NDJSON dessen, was die Senken empfangen haben</translation>
    </message>
    <message>
        <source>run the project&apos;s flow tests (tests/*.test.yaml)</source>
        <translation>die Flow-Tests des Projekts ausführen (tests/*.test.yaml)</translation>
    </message>
    <message>
        <source>evaluate one JSONata expression</source>
        <translation>einen JSONata-Ausdruck auswerten</translation>
    </message>
    <message>
        <source>write a project&apos;s runtime files (Node-RED, Camel, k8s, API docs)</source>
        <translation>die Laufzeitdateien eines Projekts schreiben (Node-RED, Camel, k8s, API-Dokumentation)</translation>
    </message>
    <message>
        <source>read a Node-RED flows.json into a project</source>
        <translation>eine Node-RED-flows.json in ein Projekt einlesen</translation>
    </message>
    <message>
        <source>semantic diff of two flow files; exit 1 when they differ</source>
        <translation>inhaltlicher Vergleich zweier Flow-Dateien; Exit-Status 1, wenn sie sich unterscheiden</translation>
    </message>
    <message>
        <source>git merge driver: merges flow files by meaning into OURS</source>
        <translation>Git-Merge-Treiber: führt Flow-Dateien inhaltlich in OURS zusammen</translation>
    </message>
    <message>
        <source>commit gate: validate, regenerate dist/, test, scan, commit</source>
        <translation>Commit-Prüfung: validieren, dist/ neu erzeugen, testen, scannen, committen</translation>
    </message>
    <message>
        <source>write schemas/&lt;id&gt;.schema.json from JSON Schema, OpenAPI, AsyncAPI or a sample</source>
        <translation>schemas/&lt;id&gt;.schema.json aus JSON-Schema, OpenAPI, AsyncAPI oder einem Beispiel schreiben</translation>
    </message>
    <message>
        <source>create a project: empty, from an example, a Node-RED flows.json or an API description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPortsCommand</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteFlowItemsCommand</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
</context>
<context>
    <name>DisconnectPortsCommand</name>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n edge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditRuleCommand</name>
    <message>
        <source>Edit rule for %1</source>
        <translation>Regel für %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Flowsmith</name>
    <message>
        <source>a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node type &apos;%1&apos; (node &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a node and its port, like receive.out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must name a node and its port, like erp.in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maturity %1 is out of range: use 1 (ad hoc) to %2 (optimised), or 0 for not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mock of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expectation of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test case &apos;%1&apos; needs an &apos;input&apos; or an &apos;inputFile&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiling the mappings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export target &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a position [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2 of two numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a size [width, height]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 is not in the merged flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: %2 cannot hold that value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>array of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::ApiDocsFormat</name>
    <message>
        <source>API documents (AsyncAPI 3.0, OpenAPI 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Flowsmith from %1; edit the flow, not this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::AutoLayout</name>
    <message>
        <source>Graphviz could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not create a graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::AutoMapper</name>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::BranchDialog</name>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the branch (from the current commit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the branch %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncommitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Discard the uncommitted changes and switch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::CamelFormat</name>
    <message>
        <source>Apache Camel YAML DSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Flowsmith from %1; edit the flow, not this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># System addresses of the routes&apos; {{…}} placeholders.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): %3</source>
        <translation>Knoten „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>Camel&apos;s jsonata language evaluates on the body only; $headers is not bound</source>
        <translation>Camels jsonata-Sprache wertet nur den Body aus; $headers ist nicht gebunden</translation>
    </message>
    <message>
        <source>the system &apos;%1&apos; is not in flowsmith.yaml</source>
        <translation>das System „%1“ steht nicht in flowsmith.yaml</translation>
    </message>
    <message>
        <source>the flow has a cycle through this node; Camel routes are trees</source>
        <translation>der Flow hat einen Zyklus durch diesen Knoten; Camel-Routen sind Bäume</translation>
    </message>
    <message>
        <source>the mapping &apos;%1&apos; is missing or does not compile</source>
        <translation>das Mapping „%1“ fehlt oder lässt sich nicht übersetzen</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; is neither body.&lt;path&gt; nor headers.&lt;name&gt;</source>
        <translation>das Ziel „%1“ ist weder body.&lt;Pfad&gt; noch headers.&lt;Name&gt;</translation>
    </message>
    <message>
        <source>an automatic aggregate that follows no split collects for one second</source>
        <translation>ein automatisches Aggregat ohne vorangehenden Split sammelt eine Sekunde lang</translation>
    </message>
    <message>
        <source>the schema &apos;%1&apos; is not in the project</source>
        <translation>das Schema „%1“ ist nicht im Projekt</translation>
    </message>
    <message>
        <source>a source cannot have an input</source>
        <translation>eine Quelle kann keinen Eingang haben</translation>
    </message>
    <message>
        <source>Apache Camel has no equivalent of this node type</source>
        <translation>Apache Camel hat keine Entsprechung für diesen Knotentyp</translation>
    </message>
    <message>
        <source>Camel retries per route file; the first retry policy applies</source>
        <translation>Camel wiederholt je Routendatei; es gilt die erste Wiederholungsregel</translation>
    </message>
    <message>
        <source>Camel has one dead-letter channel per flow; this catch node shares the first one&apos;s route</source>
        <translation>Camel hat einen Dead-Letter-Kanal je Flow; dieser Catch-Knoten teilt die Route des ersten</translation>
    </message>
</context>
<context>
    <name>Flowsmith::CanvasExport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: export as .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::CanvasFindBar</name>
    <message>
        <source>Find node by name, type or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::Cli</name>
    <message>
        <source>Usage: flowsmith-cli commit PROJECT -m MESSAGE [--push REMOTE] [--no-dist]

Stages every change inside PROJECT, then runs the commit gate: validates the
project (errors block), regenerates dist/ with every exporter (flows a runtime
cannot express are left out of its files, with a warning), runs the flow tests,
scans the staged files for secrets (a finding blocks) and prints the change by
meaning. Then commits with the git identity (user.name, user.email) and, with
--push, pushes the branch to REMOTE. https tokens come from the system keychain
(service &quot;flowsmith&quot;, key = the remote&apos;s host), ssh keys from ssh-agent.

Exit status: 0 committed (and pushed), 1 the gate failed or the push failed
(the local commit is kept), 2 usage or input error.
</source>
        <translation>Aufruf: flowsmith-cli commit PROJEKT -m NACHRICHT [--push REMOTE] [--no-dist]

Merkt jede Änderung in PROJEKT vor und durchläuft dann die Commit-Prüfung:
validiert das Projekt (Fehler blockieren), erzeugt dist/ mit jedem Exporter neu
(Flows, die eine Laufzeit nicht ausdrücken kann, fehlen mit einer Warnung in
deren Dateien), führt die Flow-Tests aus, durchsucht die vorgemerkten Dateien
nach Geheimnissen (ein Fund blockiert) und zeigt die Änderung inhaltlich an.
Dann committet es mit der Git-Identität (user.name, user.email) und pusht mit
--push den Branch nach REMOTE. https-Tokens kommen aus dem Schlüsselbund des
Systems (Dienst &quot;flowsmith&quot;, Schlüssel = Host des Remotes), ssh-Schlüssel aus
ssh-agent.

Exit-Status: 0 committet (und gepusht), 1 die Prüfung oder der Push schlug fehl
(der lokale Commit bleibt), 2 Aufruf- oder Eingabefehler.
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>missing PROJECT</source>
        <translation>PROJEKT fehlt</translation>
    </message>
    <message>
        <source>missing -m MESSAGE</source>
        <translation>-m NACHRICHT fehlt</translation>
    </message>
    <message>
        <source>no git identity; run git config user.name &quot;…&quot; and git config user.email …</source>
        <translation>keine Git-Identität; git config user.name &quot;…&quot; und git config user.email … ausführen</translation>
    </message>
    <message>
        <source>Compares two versions of a flow by meaning: nodes added, removed, moved, renamed or retyped, config fields changed, edges added or removed, flow properties, governance and SLOs.
Exit status: 0 equal, 1 different, 2 usage or input error.</source>
        <translation>Vergleicht zwei Fassungen eines Flows inhaltlich: hinzugefügte, entfernte, verschobene, umbenannte oder im Typ geänderte Knoten, geänderte Konfigurationsfelder, hinzugefügte oder entfernte Kanten, Flow-Eigenschaften, Governance und SLOs.
Exit-Status: 0 gleich, 1 verschieden, 2 Aufruf- oder Eingabefehler.</translation>
    </message>
    <message>
        <source>The old flow file.</source>
        <translation>Die alte Flow-Datei.</translation>
    </message>
    <message>
        <source>The new flow file.</source>
        <translation>Die neue Flow-Datei.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Vorgabe) oder json.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>expected two flow files</source>
        <translation>zwei Flow-Dateien erwartet</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation>unbekanntes Format „%1“ (text oder json verwenden)</translation>
    </message>
    <message>
        <source>Usage: flowsmith-cli diff OLD NEW [--format text|json]</source>
        <translation>Aufruf: flowsmith-cli diff ALT NEU [--format text|json]</translation>
    </message>
    <message>
        <source>Usage: flowsmith-cli export PROJECT --target %1 --out DIR

Writes the project&apos;s flows for a runtime below DIR (DIR/&lt;target&gt;/…), each file
atomically. Nothing is written when a node cannot be expressed in the target.

Exit status: 0 exported, 1 export errors (listed as file:line: message),
2 usage or input error.
</source>
        <translation>Aufruf: flowsmith-cli export PROJEKT --target %1 --out VERZ

Schreibt die Flows des Projekts für eine Laufzeit unter VERZ (VERZ/&lt;Ziel&gt;/…),
jede Datei atomar. Es wird nichts geschrieben, wenn sich ein Knoten im Ziel
nicht ausdrücken lässt.

Exit-Status: 0 exportiert, 1 Exportfehler (als Datei:Zeile: Meldung aufgeführt),
2 Aufruf- oder Eingabefehler.
</translation>
    </message>
    <message>
        <source>export: %1 needs a value</source>
        <translation>export: %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;</source>
        <translation>export: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>export: unknown target &apos;%1&apos; (one of: %2)</source>
        <translation>export: unbekanntes Ziel „%1“ (eines von: %2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Usage: flowsmith-cli import --from %1 FILE --into PROJECT

Reads FILE into the project: one flow file per tab below PROJECT/flows/, and
the addresses the flows call as systems in flowsmith.yaml. Nodes without a
Flowsmith equivalent are kept whole as foreign nodes; credentials are never
copied and are listed as warnings to map to secret references. Existing flow
files are never overwritten: an imported flow gets a free id instead.

Exit status: 0 imported, 1 import errors, 2 usage or input error.
</source>
        <translation>Aufruf: flowsmith-cli import --from %1 DATEI --into PROJEKT

Liest DATEI in das Projekt ein: eine Flow-Datei je Tab unter PROJEKT/flows/ und
die Adressen, die die Flows aufrufen, als Systeme in flowsmith.yaml. Knoten ohne
Entsprechung in Flowsmith bleiben als fremde Knoten vollständig erhalten;
Zugangsdaten werden nie kopiert, sondern als Warnungen aufgeführt, um sie auf
Geheimnis-Referenzen abzubilden. Vorhandene Flow-Dateien werden nie
überschrieben: ein importierter Flow erhält stattdessen eine freie ID.

Exit-Status: 0 importiert, 1 Importfehler, 2 Aufruf- oder Eingabefehler.
</translation>
    </message>
    <message>
        <source>import: %1 needs a value</source>
        <translation>import: %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>import: unexpected argument &apos;%1&apos;</source>
        <translation>import: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>import: unknown format &apos;%1&apos; (one of: %2)</source>
        <translation>import: unbekanntes Format „%1“ (eines von: %2)</translation>
    </message>
    <message>
        <source>import: warning: this build&apos;s node catalog has no &apos;foreign.nodered&apos; type; the flows that keep Node-RED nodes will not open until it has</source>
        <translation>import: Warnung: der Knotenkatalog dieses Builds hat keinen Typ „foreign.nodered“; Flows mit erhaltenen Node-RED-Knoten lassen sich erst öffnen, wenn er ihn hat</translation>
    </message>
    <message>
        <source>A git merge driver for flow files: merges BASE, OURS and THEIRS by node, edge and field and writes the result into OURS.
Configure it with
  git config merge.flowsmith.driver &quot;flowsmith-cli merge-driver %O %A %B %P&quot;
and the .gitattributes line
  flows/*.flow.yaml merge=flowsmith
Exit status: 0 clean merge, 1 conflicts remain (listed on stderr; OURS keeps our side of each), 2 usage or input error (OURS untouched).</source>
        <translation>Ein Git-Merge-Treiber für Flow-Dateien: führt BASE, OURS und THEIRS nach Knoten, Kante und Feld zusammen und schreibt das Ergebnis nach OURS.
Einrichten mit
  git config merge.flowsmith.driver &quot;flowsmith-cli merge-driver %O %A %B %P&quot;
und der .gitattributes-Zeile
  flows/*.flow.yaml merge=flowsmith
Exit-Status: 0 sauber zusammengeführt, 1 Konflikte bleiben (auf stderr aufgeführt; OURS behält jeweils unsere Seite), 2 Aufruf- oder Eingabefehler (OURS unverändert).</translation>
    </message>
    <message>
        <source>The common ancestor (%O).</source>
        <translation>Der gemeinsame Vorfahr (%O).</translation>
    </message>
    <message>
        <source>Our version (%A); receives the result.</source>
        <translation>Unsere Fassung (%A); erhält das Ergebnis.</translation>
    </message>
    <message>
        <source>Their version (%B).</source>
        <translation>Ihre Fassung (%B).</translation>
    </message>
    <message>
        <source>Optional: the file&apos;s name in the repository (%P), used in messages.</source>
        <translation>Optional: der Name der Datei im Repository (%P), für Meldungen.</translation>
    </message>
    <message>
        <source>expected BASE, OURS and THEIRS</source>
        <translation>BASE, OURS und THEIRS erwartet</translation>
    </message>
    <message>
        <source>Usage: flowsmith-cli merge-driver BASE OURS THEIRS [NAME]</source>
        <translation>Aufruf: flowsmith-cli merge-driver BASE OURS THEIRS [NAME]</translation>
    </message>
    <message>
        <source>--seed needs a non-negative integer, not &apos;%1&apos;</source>
        <translation>--seed braucht eine nicht negative ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>missing --flow ID</source>
        <translation>--flow ID fehlt</translation>
    </message>
    <message>
        <source>missing --input FILE</source>
        <translation>--input DATEI fehlt</translation>
    </message>
    <message>
        <source>the project has no flow &apos;%1&apos;</source>
        <translation>das Projekt hat keinen Flow „%1“</translation>
    </message>
    <message>
        <source>the flow has several sources (%1); choose one with --source</source>
        <translation>der Flow hat mehrere Quellen (%1); eine mit --source wählen</translation>
    </message>
    <message>
        <source>the flow has no source node &apos;%1&apos;</source>
        <translation>der Flow hat keinen Quellknoten „%1“</translation>
    </message>
    <message>
        <source>mocks must be a JSON object</source>
        <translation>mocks muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>message %1 failed in node &apos;%2&apos;: %3</source>
        <translation>Nachricht %1 ist in Knoten „%2“ gescheitert: %3</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>Usage: flowsmith-cli test PROJECT [--junit FILE] [--format text|json]

Runs every case of tests/*.test.yaml: feeds its input to the flow&apos;s source,
answers sink calls from its mocks and checks what each sink received.

  --junit FILE     also write a JUnit XML report to FILE
  --format FORMAT  text (default): one line per case, expected vs actual for
                   failures; json: one object with every result

Exit status: 0 every case passed, 1 a case failed, 2 usage or input error.
</source>
        <translation>Aufruf: flowsmith-cli test PROJEKT [--junit DATEI] [--format text|json]

Führt jeden Fall aus tests/*.test.yaml aus: speist seine Eingabe in die Quelle
des Flows, beantwortet Aufrufe der Senken aus seinen Mocks und prüft, was jede
Senke empfangen hat.

  --junit DATEI    zusätzlich einen JUnit-XML-Bericht nach DATEI schreiben
  --format FORMAT  text (Vorgabe): eine Zeile je Fall, bei Fehlschlägen erwartet
                   und tatsächlich; json: ein Objekt mit jedem Ergebnis

Exit-Status: 0 jeder Fall bestanden, 1 ein Fall schlug fehl, 2 Aufruf- oder
Eingabefehler.
</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (text or json)</source>
        <translation>unbekanntes Format „%1“ (text oder json)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Checks a Flowsmith project: every flow, mapping, schema, test suite and the capability map.
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or PROJECT is not a project folder.</source>
        <translation>Prüft ein Flowsmith-Projekt: jeden Flow, jedes Mapping, Schema, jede Testsuite und die Capability-Map.
Exit-Status: 0 keine Fehler (Warnungen erlaubt), 1 Fehler gefunden, 2 Aufruffehler oder PROJEKT ist kein Projektordner.</translation>
    </message>
    <message>
        <source>The project folder (or its flowsmith.yaml).</source>
        <translation>Der Projektordner (oder seine flowsmith.yaml).</translation>
    </message>
    <message>
        <source>Output format: text (default), json or sarif.</source>
        <translation>Ausgabeformat: text (Vorgabe), json oder sarif.</translation>
    </message>
    <message>
        <source>Write the report to FILE instead of stdout.</source>
        <translation>Den Bericht nach DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>too many arguments</source>
        <translation>zu viele Argumente</translation>
    </message>
    <message>
        <source>Usage: flowsmith-cli validate PROJECT [--format text|json|sarif] [--output FILE]</source>
        <translation>Aufruf: flowsmith-cli validate PROJEKT [--format text|json|sarif] [--output DATEI]</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, json or sarif)</source>
        <translation>unbekanntes Format „%1“ (text, json oder sarif verwenden)</translation>
    </message>
    <message>
        <source>no flowsmith.yaml</source>
        <translation>keine flowsmith.yaml</translation>
    </message>
    <message>
        <source>Usage: flowsmith-cli import-schema PROJECT --from FILE [--kind KIND] [--id ID]
                                   [--name COMPONENT | --all] [--force]

Writes PROJECT/schemas/&lt;id&gt;.schema.json from FILE, bundled so that it stands
alone (references to other files and other parts of an API document are copied
into its $defs), and prints each file written.

  --kind KIND       %1; by default told from the file:
                    &apos;openapi:&apos; or &apos;asyncapi:&apos; key, &apos;$schema&apos; or a schema &apos;type&apos;,
                    else a sample (.json, .ndjson, .csv) to infer the schema from
  --name COMPONENT  the OpenAPI components.schemas entry or AsyncAPI message to
                    import; needed when the document has several
  --all             import every component, each under the id its name gives
  --id ID           the schema&apos;s id (default: from the component or file name);
                    lowercase letters and digits joined by &apos;-&apos; or &apos;_&apos;
  --force           replace a schema that already exists

Exit status: 0 imported, 1 a file could not be written, 2 usage or input error.
</source>
        <translation>Aufruf: flowsmith-cli import-schema PROJEKT --from DATEI [--kind ART] [--id ID]
                                    [--name KOMPONENTE | --all] [--force]

Schreibt PROJEKT/schemas/&lt;id&gt;.schema.json aus DATEI, eigenständig gebündelt
(Verweise auf andere Dateien und andere Teile eines API-Dokuments werden in
seine $defs kopiert), und gibt jede geschriebene Datei aus.

  --kind ART         %1; standardmäßig aus der Datei erkannt:
                     Schlüssel „openapi:“ oder „asyncapi:“, „$schema“ oder ein
                     Schema-„type“, sonst ein Beispiel (.json, .ndjson, .csv),
                     aus dem das Schema abgeleitet wird
  --name KOMPONENTE  der Eintrag aus components.schemas (OpenAPI) oder die
                     AsyncAPI-Nachricht, die importiert werden soll; nötig,
                     wenn das Dokument mehrere enthält
  --all              alle Komponenten importieren, jede unter der ID, die sich
                     aus ihrem Namen ergibt
  --id ID            die ID des Schemas (Vorgabe: aus dem Komponenten- oder
                     Dateinamen); Kleinbuchstaben und Ziffern, verbunden durch
                     „-“ oder „_“
  --force            ein bereits vorhandenes Schema ersetzen

Exit-Status: 0 importiert, 1 eine Datei konnte nicht geschrieben werden,
2 Aufruf- oder Eingabefehler.
</translation>
    </message>
    <message>
        <source>import-schema: %1 needs a value</source>
        <translation>import-schema: %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>import-schema: unexpected argument &apos;%1&apos;</source>
        <translation>import-schema: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>import-schema: --name and --all exclude each other</source>
        <translation>import-schema: --name und --all schließen einander aus</translation>
    </message>
    <message>
        <source>import-schema: --id names one schema; with --all each id comes from its component&apos;s name</source>
        <translation>import-schema: --id benennt ein einzelnes Schema; mit --all ergibt sich jede ID aus dem Namen ihrer Komponente</translation>
    </message>
    <message>
        <source>import-schema: unknown kind &apos;%1&apos; (one of: %2)</source>
        <translation>import-schema: unbekannte Art „%1“ (eine von: %2)</translation>
    </message>
    <message>
        <source>import-schema: --id: %1</source>
        <translation>import-schema: --id: %1</translation>
    </message>
    <message>
        <source>import-schema: --name picks a component of an OpenAPI or AsyncAPI document; %1 is read as %2</source>
        <translation>import-schema: --name wählt eine Komponente eines OpenAPI- oder AsyncAPI-Dokuments; %1 wird als %2 gelesen</translation>
    </message>
    <message>
        <source>%1: no component named &apos;%2&apos;; the file has: %3</source>
        <translation>%1: keine Komponente namens „%2“; die Datei enthält: %3</translation>
    </message>
    <message>
        <source>%1: the file has %2 components; name one with --name COMPONENT or import them all with --all: %3</source>
        <translation>%1: die Datei enthält %2 Komponenten; eine mit --name KOMPONENTE nennen oder alle mit --all importieren: %3</translation>
    </message>
    <message>
        <source>%1: the schema &apos;%2&apos; already exists; use --force to replace it or --id to import it under another id</source>
        <translation>%1: das Schema „%2“ existiert bereits; mit --force ersetzen oder mit --id unter einer anderen ID importieren</translation>
    </message>
    <message>
        <source>Usage: flowsmith-cli new PROJECT_DIR [--name NAME] [--id ID]
           [--template ID|FOLDER | --from-nodered FILE | --from-openapi FILE |
            --from-asyncapi FILE] [--entries ID,ID…] [--commit | --no-git]

Creates PROJECT_DIR (which must not exist or be empty) with flowsmith.yaml and
the project folders, as its own git repository with the semantic merge driver
registered (unless it lies inside a repository already, or --no-git).
  --name NAME            the project&apos;s name (default: the folder&apos;s name)
  --id ID                its id (default: derived from the name)
  --template ID|FOLDER   copy a bundled example (%1) or a project folder
  --from-nodered FILE    import a Node-RED flows.json; credentials are not copied
                         but mapped to secret references (listed as warnings)
  --from-openapi FILE    import the schemas and one flow per operation
  --from-asyncapi FILE   import the schemas and one flow per channel
  --entries ID,ID…       only these operations or channels (default: all)
  --commit               one initial commit of everything (signed &quot;Flowsmith&quot;
                         when git has no identity configured)
  --no-git               no repository

Nothing is left behind when it fails.
Exit status: 0 created, 2 usage or input error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: %1 needs a value</source>
        <translation>new: %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>new: unexpected argument &apos;%1&apos;</source>
        <translation>new: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>new: give at most one of --template, --from-nodered, --from-openapi and --from-asyncapi</source>
        <translation>new: höchstens eines von --template, --from-nodered, --from-openapi und --from-asyncapi angeben</translation>
    </message>
    <message>
        <source>new: --entries needs --from-openapi or --from-asyncapi</source>
        <translation>new: --entries braucht --from-openapi oder --from-asyncapi</translation>
    </message>
    <message>
        <source>new: no example &apos;%1&apos; (there are: %2) and no such folder</source>
        <translation>new: kein Beispiel „%1“ (vorhanden: %2) und kein solcher Ordner</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>new: %1</translation>
    </message>
    <message>
        <source>Created %1%2</source>
        <translation>%1 angelegt%2</translation>
    </message>
    <message>
        <source> (a new git repository)</source>
        <translation> (ein neues Git-Repository)</translation>
    </message>
    <message>
        <source>Usage: flowsmith-cli simulate PROJECT --flow ID --input FILE [--source NODE]
                                [--trace FILE] [--seed N] [--mocks FILE]
                                [--record-test NAME [--record-sinks A,B]]

Runs a flow on sample data. The input is .json (one message or an array of
bodies), .ndjson or .csv (both streamed). Prints one NDJSON line per message a
sink received: {&quot;sink&quot;: ID, &quot;body&quot;: …, &quot;headers&quot;: {…}}, in input order.

  --flow ID      the flow to run (flows/ID.flow.yaml)
  --input FILE   the sample file (relative paths: the current folder, then the project)
  --source NODE  the source node to feed (needed when the flow has several)
  --trace FILE   write every hop as NDJSON to FILE
  --seed N       seed of the random generator (faults); default 0
  --mocks FILE   JSON object: sink id -&gt; {status, body, delayMs, failTimes}
  --record-test NAME  append the run as a test case NAME to tests/ID.test.yaml
                 (inputs, mocks and what every sink received)
  --record-sinks A,B  expect only what these sinks received

Exit status: 0 the run completed, 2 usage or input error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record-sinks needs --record-test NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record-test needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record-sinks: the flow has no sink &apos;%1&apos; (its sinks: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded test case &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::CommitDialog</name>
    <message>
        <source>flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tests of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit and &amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a file to stage it for the commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the change: what and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed files (ticked = staged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Commit gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing staged yet: tick the files to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing: %1 of %2 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the commit gate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1; the push failed, the local commit is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not committed: see the failed steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the local commit is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push failed again; the local commit %1 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 and kept it: an unknown host refused the push (its fingerprint is above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project is not a repository of its own: the commit goes to the repository at %1, which also holds other files. Only the files you tick are committed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::CommitGate</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by the failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the local commit is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project could not be read for export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: warning: not exported to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s) written and staged; %2 flow export(s) left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 staged file(s) clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing staged to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s), %2 flow(s) changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate dist/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the flow tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan for secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 possible secret(s) in the staged files: remove them, or add a reviewed fingerprint to %2; unstaged %3</source>
        <translation>%1 mögliche(s) Geheimnis(se) in den vorgemerkten Dateien: entfernen oder einen geprüften Fingerabdruck in %2 eintragen; aus der Vormerkung genommen: %3</translation>
    </message>
    <message>
        <source>%1 staged file(s) clean, %2 finding(s) allowed by %3</source>
        <translation>%1 vorgemerkte Datei(en) sauber, %2 Fund(e) durch %3 erlaubt</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ConfigFieldEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this mapping in the mapping editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON list of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::ConflictDialog</name>
    <message>
        <source>(node removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflicts — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed these fields differently. Choose the value to keep for each; an edited value is read as JSON when it parses, as text otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::CsvReader</name>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted cell starting here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file has no header row</source>
        <translation>die CSV-Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column name &apos;%1&apos; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has %1 cells but the header names %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a NUL byte: it is binary, not CSV text</source>
        <translation>die Datei enthält ein NUL-Byte: sie ist binär, kein CSV-Text</translation>
    </message>
</context>
<context>
    <name>Flowsmith::DiffChangeList</name>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes by meaning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::Document</name>
    <message>
        <source>The document has no file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::ExampleProjects</name>
    <message>
        <source>Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">Sonstige</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Compared with the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has errors (see the report); nothing can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to write</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Every node exports to this target as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1. </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowsmith::ExportJob</name>
    <message>
        <source>the export has errors; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::ExpressionPane</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the expression back into the file (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONata · %1 · line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONata · put the cursor on a condition, expr or expression to edit it here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find previous (Shift+Enter)</source>
        <translation>Vorheriges finden (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find next (Enter)</source>
        <translation>Nächstes finden (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Flowsmith::FlowDiffView</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::FlowEditing</name>
    <message>
        <source>The clipboard holds no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select three or more nodes to distribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more nodes to align.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the nodes to group first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::FlowEditor</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished">%1%</translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Add a sticky note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap moved nodes to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the canvas as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas shortcuts (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Löschen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Note Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Node Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::FlowForm</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished">Beschreibung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation type="unfinished">Governance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Verantwortlich</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation type="unfinished">Fachverantwortlich</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation type="unfinished">Data Steward</translation>
    </message>
    <message>
        <source>Retire by</source>
        <translation type="unfinished">Stilllegung bis</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished">Klassifizierung</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished">Capabilities</translation>
    </message>
    <message>
        <source>comma-separated capability ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished">Service-Level</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished">Latenz (ms)</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation type="unfinished">Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished">Knoten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>A percentage between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of milliseconds, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::FlowFormat</name>
    <message>
        <source>%1 cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::FlowScene</name>
    <message>
        <source>That port does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output port connects only to an input port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node cannot be connected to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the connection on a port to wire it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert node into edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move selection</source>
        <translation>Auswahl verschieben</translation>
    </message>
</context>
<context>
    <name>Flowsmith::FlowView</name>
    <message>
        <source>Unknown node type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow is empty.
Drag a source from the palette on the left, or double-click here (Ctrl+Space) to add a node. Then drag from a node&apos;s output port to the next node&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::FlowsJsonFormat</name>
    <message>
        <source>Node-RED flows.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this format only imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>a Node-RED flow file is a JSON array of nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry without a type was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subflow &apos;%1&apos; was not imported; its instances are kept as Node-RED nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials of &apos;%1&apos; (%2) were not imported; map them to a secret reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): %3</source>
        <translation>Knoten „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>file uploads are not imported</source>
        <translation>Datei-Uploads werden nicht importiert</translation>
    </message>
    <message>
        <source>the timestamp payload becomes an empty body</source>
        <translation>die Zeitstempel-Nutzlast wird zu einem leeren Body</translation>
    </message>
    <message>
        <source>the %1 payload becomes an empty body</source>
        <translation>die Nutzlast vom Typ %1 wird zu einem leeren Body</translation>
    </message>
    <message>
        <source>the broker&apos;s credentials and TLS settings were not imported; map them to a secret reference</source>
        <translation>Zugangsdaten und TLS-Einstellungen des Brokers wurden nicht importiert; bilden Sie sie auf eine Geheimnis-Referenz ab</translation>
    </message>
    <message>
        <source>its %1 authentication was not imported; map the credentials to a secret reference</source>
        <translation>seine %1-Authentifizierung wurde nicht importiert; bilden Sie die Zugangsdaten auf eine Geheimnis-Referenz ab</translation>
    </message>
    <message>
        <source>its credentials were not imported; map them to a secret reference</source>
        <translation>seine Zugangsdaten wurden nicht importiert; bilden Sie sie auf eine Geheimnis-Referenz ab</translation>
    </message>
    <message>
        <source>a wire to &apos;%1&apos; leaves the tab and was dropped</source>
        <translation>eine Verbindung zu „%1“ verlässt den Tab und wurde verworfen</translation>
    </message>
</context>
<context>
    <name>Flowsmith::HistoryView</name>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commits yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::HopListModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Flowsmith::HostTrustPanel</name>
    <message>
        <source>&amp;Trust This Host and Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the server&apos;s administrator published before you trust the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is not a known host.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It presents this %2 key:&lt;br&gt;&lt;tt style=&quot;font-size:large&quot;&gt;%3&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Trust it only if this fingerprint matches the one the server&apos;s administrator published (&lt;tt&gt;ssh-keygen -lf&lt;/tt&gt; on the server&apos;s public host key).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::IdentityDialog</name>
    <message>
        <source>Who is committing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commits carry your name and email address. They are saved in this repository&apos;s settings (.git/config) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::ImportSchemaDialog</name>
    <message>
        <source>Import Schema</source>
        <translation>Schema importieren</translation>
    </message>
    <message>
        <source>Creates JSON Schema files in this project&apos;s &lt;b&gt;schemas/&lt;/b&gt; folder from a JSON Schema, an OpenAPI or AsyncAPI document, or sample data (JSON, NDJSON, CSV) to infer one from. References are copied in, so each schema stands alone.</source>
        <translation>Erstellt JSON-Schema-Dateien im Ordner &lt;b&gt;schemas/&lt;/b&gt; dieses Projekts – aus einem JSON-Schema, einem OpenAPI- oder AsyncAPI-Dokument oder aus Beispieldaten (JSON, NDJSON, CSV), aus denen ein Schema abgeleitet wird. Verweise werden hineinkopiert, sodass jedes Schema für sich allein steht.</translation>
    </message>
    <message>
        <source>A .json, .yaml, .ndjson or .csv file</source>
        <translation>Eine .json-, .yaml-, .ndjson- oder .csv-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>OpenAPI 3 document</source>
        <translation>OpenAPI-3-Dokument</translation>
    </message>
    <message>
        <source>AsyncAPI 3 document</source>
        <translation>AsyncAPI-3-Dokument</translation>
    </message>
    <message>
        <source>Sample data (infer the schema)</source>
        <translation>Beispieldaten (Schema ableiten)</translation>
    </message>
    <message>
        <source>Read &amp;as:</source>
        <translation>Einlesen &amp;als:</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tick the schemas to import; select one to see its fields.</source>
        <translation>Die zu importierenden Schemas ankreuzen; eines auswählen, um seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Lowercase letters a-z and digits, in words joined by &apos;-&apos; or &apos;_&apos;</source>
        <translation>Kleinbuchstaben a-z und Ziffern, in Wörtern, verbunden durch „-“ oder „_“</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Import writes these files into the project at once. It is not an edit of an open document: Edit › Undo does not remove them (delete the file, or use Git).</source>
        <translation>Der Import schreibt diese Dateien sofort ins Projekt. Er ist keine Bearbeitung eines geöffneten Dokuments: Bearbeiten › Rückgängig entfernt sie nicht (die Datei löschen oder Git verwenden).</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mportieren</translation>
    </message>
    <message>
        <source>Schemas, API documents and samples (*.json *.yaml *.yml *.ndjson *.jsonl *.csv *.tsv);;All files (*)</source>
        <translation>Schemas, API-Dokumente und Beispieldaten (*.json *.yaml *.yml *.ndjson *.jsonl *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>choose what the file holds</source>
        <translation>wählen, was die Datei enthält</translation>
    </message>
    <message>
        <source>as you chose</source>
        <translation>wie gewählt</translation>
    </message>
    <message>
        <source>told from the file</source>
        <translation>aus der Datei erkannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 as it will be written</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, wie es geschrieben wird</translation>
    </message>
    <message>
        <source>%1 as it will be written</source>
        <translation>%1, wie es geschrieben wird</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; cannot be imported</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Id of %1: %2</source>
        <translation>ID von %1: %2</translation>
    </message>
    <message>
        <source>Two components would both be written as %1; give one another id.</source>
        <translation>Zwei Komponenten würden beide als %1 geschrieben; einer davon eine andere ID geben.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>&amp;Replace the existing %1</source>
        <translation>Vorhandene Datei %1 &amp;ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the %n existing schema(s)</source>
        <translation>
            <numerusform>Das %n vorhandene Schema &amp;ersetzen</numerusform>
            <numerusform>Die %n vorhandenen Schemas &amp;ersetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Eine Datei zum Importieren wählen.</translation>
    </message>
    <message>
        <source>Tick the components to import.</source>
        <translation>Die zu importierenden Komponenten ankreuzen.</translation>
    </message>
    <message>
        <source>%1 already exists. Tick “Replace” to overwrite it, or choose another id.</source>
        <translation>%1 existiert bereits. „Ersetzen“ ankreuzen, um die Datei zu überschreiben, oder eine andere ID wählen.</translation>
    </message>
    <message>
        <source>Import will write %1, replacing %2.</source>
        <translation>Der Import schreibt %1 und ersetzt dabei %2.</translation>
    </message>
    <message>
        <source>Import will write %1.</source>
        <translation>Der Import schreibt %1.</translation>
    </message>
</context>
<context>
    <name>Flowsmith::InspectorView</name>
    <message>
        <source>Project manifest</source>
        <translation>Projektmanifest</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>JSON Schema</source>
        <translation>JSON-Schema</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Flow test cases</source>
        <translation>Flow-Testfälle</translation>
    </message>
    <message>
        <source>Capability map</source>
        <translation>Capability-Map</translation>
    </message>
    <message>
        <source>Generated file</source>
        <translation>Generierte Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open a file to see its properties.</source>
        <translation>Öffnen Sie eine Datei, um ihre Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>Flowsmith::Json</name>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 is too large: JSON numbers must lie within ±1.8e308</source>
        <translation>die Zahl %1 ist zu groß: JSON-Zahlen müssen zwischen ±1,8e308 liegen</translation>
    </message>
</context>
<context>
    <name>Flowsmith::JsonText</name>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>Flowsmith::JsonataLexer</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::KubernetesFormat</name>
    <message>
        <source>Kubernetes GitOps bundle (kustomize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Flowsmith from the project &apos;%1&apos;; export again instead of editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left out of the bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node-RED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache Camel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither Node-RED nor Apache Camel can run this project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::LatencyChart</name>
    <message>
        <source>Simulated latency per node: p50, p95 and p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No latency yet: run the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::MainWindow</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Recent &amp;Projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Open &amp;Example Project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>Close P&amp;roject</source>
        <translation>P&amp;rojekt schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Welcome Page</source>
        <translation>&amp;Willkommensseite</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Flowsmith</source>
        <translation>Ü&amp;ber Flowsmith</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation>Das Öffnen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save file</source>
        <translation>Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Save the changes to these files?

%1</source>
        <translation>Änderungen an diesen Dateien speichern?

%1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>%1[*] — Flowsmith</source>
        <translation>%1[*] — Flowsmith</translation>
    </message>
    <message>
        <source>Project: %1 — %2</source>
        <translation>Projekt: %1 — %2</translation>
    </message>
    <message>
        <source>Flowsmith</source>
        <translation>Flowsmith</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The example project is not installed.</source>
        <translation>Das Beispielprojekt ist nicht installiert.</translation>
    </message>
    <message>
        <source>About Flowsmith</source>
        <translation>Über Flowsmith</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Flowsmith %1&lt;/h3&gt;&lt;p&gt;An integration design studio: draw flows, map fields between schemas, simulate runs on sample data and commit the generated definitions for GitOps.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Flowsmith %1&lt;/h3&gt;&lt;p&gt;Ein Studio für Integrationsdesign: Flows zeichnen, Felder zwischen Schemas abbilden, Läufe mit Beispieldaten simulieren und die erzeugten Definitionen für GitOps committen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Schema…</source>
        <translation>Schema &amp;importieren …</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Example Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flowsmith copies the example into a folder of yours, as its own git repository, so that you can change and commit it freely.

Copies go into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy There</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for example projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the example to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::MappingChecker</name>
    <message>
        <source>The source path &apos;%1&apos; is not in the source schema</source>
        <translation>Der Quellpfad „%1“ steht nicht im Quellschema</translation>
    </message>
    <message>
        <source>forEach runs over &apos;%1&apos;, which is not an array</source>
        <translation>forEach läuft über „%1“, das kein Array ist</translation>
    </message>
    <message>
        <source>forEach makes an array, but the target &apos;%1&apos; is a single value</source>
        <translation>forEach erzeugt ein Array, aber das Ziel „%1“ ist ein Einzelwert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an array, but the target &apos;%2&apos; takes a single value; join, count, sum or pick one element</source>
        <translation>„%1“ ist ein Array, aber das Ziel „%2“ nimmt einen Einzelwert; verbinden, zählen, summieren oder ein Element wählen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a single value, but the target &apos;%2&apos; is an array</source>
        <translation>„%1“ ist ein Einzelwert, aber das Ziel „%2“ ist ein Array</translation>
    </message>
    <message>
        <source>A %1 goes into &apos;%2&apos;, which is %3, without a conversion</source>
        <translation>Ein Wert vom Typ %1 geht ohne Umwandlung in „%2“, das vom Typ %3 ist</translation>
    </message>
    <message>
        <source>%1 can reach &apos;%2&apos;, which allows only %3</source>
        <translation>%1 kann „%2“ erreichen, das nur %3 erlaubt</translation>
    </message>
    <message>
        <source>The required target field &apos;%1&apos; is not mapped</source>
        <translation>Das Pflichtfeld „%1“ des Ziels ist nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>Flowsmith::MappingCompiler</name>
    <message>
        <source>unknown mapping function &apos;%1&apos; in the rule for &apos;%2&apos;</source>
        <translation>unbekannte Mapping-Funktion „%1“ in der Regel für „%2“</translation>
    </message>
    <message>
        <source>the rule for &apos;%1&apos; has no from, expr or forEach</source>
        <translation>die Regel für „%1“ hat weder from noch expr noch forEach</translation>
    </message>
    <message>
        <source>a mapping rule has no target</source>
        <translation>eine Mapping-Regel hat kein Ziel</translation>
    </message>
    <message>
        <source>two rules write the target &apos;%1&apos;</source>
        <translation>zwei Regeln schreiben das Ziel „%1“</translation>
    </message>
</context>
<context>
    <name>Flowsmith::MappingEditor</name>
    <message>
        <source>Auto-map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest rules for unmapped target fields by name similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names no schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema &apos;%1&apos; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: no target schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage: %1% of fields (%2/%3) · required %4% (%5/%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All lines check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Compiled from the rules; edit to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n rule(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infer Schema from Sample…</source>
        <translation>Schema aus Beispieldaten ableiten …</translation>
    </message>
    <message>
        <source>The source schema &apos;%1&apos; does not exist yet: infer it from a sample file (JSON, NDJSON, CSV). This writes %2 into the project at once; Undo does not remove it.</source>
        <translation>Das Quellschema „%1“ existiert noch nicht: Es lässt sich aus einer Beispieldatei (JSON, NDJSON, CSV) ableiten. Dabei wird %2 sofort ins Projekt geschrieben; Rückgängig entfernt die Datei nicht.</translation>
    </message>
    <message>
        <source>Infer Schema from Sample</source>
        <translation>Schema aus Beispieldaten ableiten</translation>
    </message>
    <message>
        <source>Samples (*.json *.ndjson *.jsonl *.csv *.tsv);;All files (*)</source>
        <translation>Beispieldaten (*.json *.ndjson *.jsonl *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The mapping is not in a project, so there is no schemas/ folder.</source>
        <translation>Das Mapping gehört zu keinem Projekt, daher gibt es keinen Ordner schemas/.</translation>
    </message>
</context>
<context>
    <name>Flowsmith::MappingFunctions</name>
    <message>
        <source>Joins the source and further fields into one text</source>
        <translation>Verbindet die Quelle und weitere Felder zu einem Text</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text in capitals</source>
        <translation>Der Text in Großbuchstaben</translation>
    </message>
    <message>
        <source>The text in small letters</source>
        <translation>Der Text in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>The text without leading, trailing and repeated white space</source>
        <translation>Der Text ohne führende, nachfolgende und wiederholte Leerzeichen</translation>
    </message>
    <message>
        <source>Part of the text</source>
        <translation>Ein Teil des Textes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces every match of a text</source>
        <translation>Ersetzt jeden Treffer eines Textes</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits the text into a list</source>
        <translation>Teilt den Text in eine Liste</translation>
    </message>
    <message>
        <source>Pads the text to a width</source>
        <translation>Füllt den Text auf eine Breite auf</translation>
    </message>
    <message>
        <source>Width (negative: pad left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an ISO 8601 date as text by a picture</source>
        <translation>Schreibt ein ISO-8601-Datum nach einem Muster als Text</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a date text as milliseconds since 1970</source>
        <translation>Liest einen Datumstext als Millisekunden seit 1970</translation>
    </message>
    <message>
        <source>The value as a number</source>
        <translation>Der Wert als Zahl</translation>
    </message>
    <message>
        <source>The value as text</source>
        <translation>Der Wert als Text</translation>
    </message>
    <message>
        <source>The value as true or false</source>
        <translation>Der Wert als wahr oder falsch</translation>
    </message>
    <message>
        <source>Rounds to a number of decimals</source>
        <translation>Rundet auf eine Anzahl Nachkommastellen</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a number by a picture</source>
        <translation>Schreibt eine Zahl nach einem Muster</translation>
    </message>
    <message>
        <source>The source, or a fixed value when it is missing</source>
        <translation>Die Quelle oder ein fester Wert, wenn sie fehlt</translation>
    </message>
    <message>
        <source>When missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translates the source by a table of values</source>
        <translation>Übersetzt die Quelle mit einer Wertetabelle</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first case whose condition holds ($value is the source)</source>
        <translation>Der erste Fall, dessen Bedingung zutrifft ($value ist die Quelle)</translation>
    </message>
    <message>
        <source>Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of a list of numbers</source>
        <translation>Die Summe einer Liste von Zahlen</translation>
    </message>
    <message>
        <source>How many values the list holds</source>
        <translation>Wie viele Werte die Liste enthält</translation>
    </message>
    <message>
        <source>Joins a list of texts</source>
        <translation>Verbindet eine Liste von Texten</translation>
    </message>
    <message>
        <source>A fixed value</source>
        <translation>Ein fester Wert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::MappingTextParser</name>
    <message>
        <source>The mapping nests deeper than %1 objects</source>
        <translation>Das Mapping ist tiefer als %1 Objekte verschachtelt</translation>
    </message>
    <message>
        <source>The mapping must be an object constructor { &quot;target&quot;: … }</source>
        <translation>Das Mapping muss ein Objektkonstruktor { &quot;target&quot;: … } sein</translation>
    </message>
    <message>
        <source>Every key must be a quoted target name: %1</source>
        <translation>Jeder Schlüssel muss ein Zielname in Anführungszeichen sein: %1</translation>
    </message>
    <message>
        <source>The target %1 has no value</source>
        <translation>Das Ziel %1 hat keinen Wert</translation>
    </message>
</context>
<context>
    <name>Flowsmith::MessageInspector</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run from this hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the flow again from this hop with the edited config: the message entering the hop is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node config (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made by the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a hop, or run the flow and pause it, to see its message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused before node &apos;%1&apos;: message %2 waits there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop %1: node &apos;%2&apos; (%3) at %4 ms took %5 ms; message %6 from %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output on &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to &apos;%1&apos; (message %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config must be a JSON object.</source>
        <translation>Die Konfiguration muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The config is not JSON: %1</source>
        <translation>Die Konfiguration ist kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ModelFile</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is %1 MiB; Flowsmith reads project files up to %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>Flowsmith::NewItemDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Source schema:</source>
        <translation>&amp;Quellschema:</translation>
    </message>
    <message>
        <source>&amp;Target schema:</source>
        <translation>&amp;Zielschema:</translation>
    </message>
    <message>
        <source>The project has no schema yet: import one first.</source>
        <translation>Das Projekt hat noch kein Schema: importieren Sie zuerst eines.</translation>
    </message>
</context>
<context>
    <name>Flowsmith::NewProject</name>
    <message>
        <source>%1: only OpenAPI and AsyncAPI files list operations or channels</source>
        <translation>%1: nur OpenAPI- und AsyncAPI-Dateien führen Operationen oder Kanäle auf</translation>
    </message>
    <message>
        <source>%1: cannot copy into the new project</source>
        <translation>%1: kann nicht in das neue Projekt kopiert werden</translation>
    </message>
    <message>
        <source>Validate %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>%1: no operation or channel &apos;%2&apos; (there are: %3)</source>
        <translation>%1: keine Operation und kein Kanal „%2“ (vorhanden: %3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; has no schema of its own; its flow has no validate step</source>
        <translation>%1: „%2“ hat kein eigenes Schema; sein Flow hat keinen Prüfschritt</translation>
    </message>
    <message>
        <source>this build has no Node-RED importer</source>
        <translation>dieser Build hat keinen Node-RED-Import</translation>
    </message>
    <message>
        <source>%1:%2: node &apos;%3&apos; (%4): %5 not copied; the project refers to the secret &apos;%6&apos; instead</source>
        <translation>%1:%2: Knoten „%3“ (%4): %5 nicht kopiert; das Projekt verweist stattdessen auf das Geheimnis „%6“</translation>
    </message>
    <message>
        <source>no folder given</source>
        <translation>kein Ordner angegeben</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ist nicht leer</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>the project needs a name</source>
        <translation>das Projekt braucht einen Namen</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; gives no id; give one</source>
        <translation>der Name „%1“ ergibt keine Id; bitte eine angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be the project&apos;s id: %2</source>
        <translation>„%1“ kann nicht die Id des Projekts sein: %2</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1: not a project folder (no flowsmith.yaml)</source>
        <translation>%1: kein Projektordner (keine flowsmith.yaml)</translation>
    </message>
    <message>
        <source>%1: cannot create a folder (%2)</source>
        <translation>%1: kann keinen Ordner anlegen (%2)</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 lies inside the git repository %2: no new repository was created; register the merge driver there with git config merge.flowsmith.driver &quot;flowsmith-cli merge-driver %O %A %B %P&quot;</source>
        <translation>%1 liegt im Git-Repository %2: es wurde kein neues Repository angelegt; den Merge-Treiber dort mit git config merge.flowsmith.driver &quot;flowsmith-cli merge-driver %O %A %B %P&quot; eintragen</translation>
    </message>
    <message>
        <source>no initial commit: the files are left for you to commit in %1</source>
        <translation>kein erster Commit: die Dateien bleiben zum Committen in %1</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <translation>Projekt %1 anlegen</translation>
    </message>
    <message>
        <source>%1: cannot replace the empty folder</source>
        <translation>%1: der leere Ordner kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>%1: cannot move the new project into place</source>
        <translation>%1: das neue Projekt kann nicht an seinen Platz verschoben werden</translation>
    </message>
</context>
<context>
    <name>Flowsmith::NewProjectWizard</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished">Durchsuchen …</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project is a folder of flows, mappings, schemas, samples and tests, kept in git.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Order to cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived from the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished">&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;Node-RED flows (flows.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an &amp;OpenAPI 3 description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an &amp;AsyncAPI 3 description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flowsmith copies no secret. Each credential found in the flows becomes a reference to a secret your runtime provides; name the references here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished">Zeile</translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every schema of the description is imported. Each ticked operation or channel becomes a flow that receives and validates its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node-RED flows (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API descriptions (*.yaml *.yml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is empty: use letters or digits in the name, or type an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the project goes into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials found: nothing to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow %1, no schema to validate against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow %1, validates against schema %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::NodeForm</name>
    <message>
        <source>Letters, digits, &apos;-&apos; and &apos;_&apos;; unique in the flow. Edges follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>This node has no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These nodes have no settings in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown node type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nodes selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes of different types: the fields they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id is letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another node already has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::NodeItem</name>
    <message>
        <source>id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::NodeRedCredentials</name>
    <message>
        <source>not a Node-RED flows file: %1</source>
        <translation>keine Node-RED-Flow-Datei: %1</translation>
    </message>
    <message>
        <source>a JSON array of nodes was expected</source>
        <translation>ein JSON-Array von Knoten wurde erwartet</translation>
    </message>
    <message>
        <source>every entry needs an &quot;id&quot; and a &quot;type&quot;</source>
        <translation>jeder Eintrag braucht &quot;id&quot; und &quot;type&quot;</translation>
    </message>
    <message>
        <source>password in URL</source>
        <translation>Passwort in der URL</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
    <message>
        <source>node credentials</source>
        <translation>Zugangsdaten des Knotens</translation>
    </message>
</context>
<context>
    <name>Flowsmith::NodeRedFormat</name>
    <message>
        <source>Node-RED flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): %3</source>
        <translation>Knoten „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>Kafka topics are not part of core Node-RED; only MQTT topics export</source>
        <translation>Kafka-Topics gehören nicht zum Kern von Node-RED; nur MQTT-Topics werden exportiert</translation>
    </message>
    <message>
        <source>the mapping &apos;%1&apos; is missing or does not compile</source>
        <translation>das Mapping „%1“ fehlt oder lässt sich nicht übersetzen</translation>
    </message>
    <message>
        <source>the target &apos;%1&apos; is neither body.&lt;path&gt; nor headers.&lt;name&gt;</source>
        <translation>das Ziel „%1“ ist weder body.&lt;Pfad&gt; noch headers.&lt;Name&gt;</translation>
    </message>
    <message>
        <source>the message has no split parts to join (automatic mode joins what a route.split took apart)</source>
        <translation>die Nachricht hat keine geteilten Teile zum Zusammenführen (der automatische Modus führt zusammen, was ein route.split zerlegt hat)</translation>
    </message>
    <message>
        <source>the schema &apos;%1&apos; is missing or is not JSON</source>
        <translation>das Schema „%1“ fehlt oder ist kein JSON</translation>
    </message>
    <message>
        <source>the system &apos;%1&apos; is not in flowsmith.yaml</source>
        <translation>das System „%1“ steht nicht in flowsmith.yaml</translation>
    </message>
    <message>
        <source>Node-RED&apos;s http request node does not retry; the retry policy is not exported</source>
        <translation>Der http-request-Knoten von Node-RED wiederholt nicht; die Wiederholungsregel wird nicht exportiert</translation>
    </message>
    <message>
        <source>Node-RED&apos;s http request node has no per-node timeout; the timeout is not exported</source>
        <translation>Der http-request-Knoten von Node-RED hat kein Timeout je Knoten; das Timeout wird nicht exportiert</translation>
    </message>
    <message>
        <source>the kept Node-RED node (config &apos;nodered&apos;) has no type</source>
        <translation>der erhaltene Node-RED-Knoten (Konfiguration „nodered“) hat keinen Typ</translation>
    </message>
    <message>
        <source>Node-RED has no equivalent of this node type</source>
        <translation>Node-RED hat keine Entsprechung für diesen Knotentyp</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ObjectListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current row up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current row down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edit in the source view)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::PaletteDock</name>
    <message>
        <source>Nodes</source>
        <translation type="unfinished">Knoten</translation>
    </message>
</context>
<context>
    <name>Flowsmith::PaletteWidget</name>
    <message>
        <source>Search nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, type id or description. Down moves into the list, Enter adds the first match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::PassphrasePrompt</name>
    <message>
        <source>SSH Key Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase was not accepted. Passphrase for the ssh key
%1
(last try):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the ssh key
%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::ProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ProblemsView</name>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Flowsmith::Project</name>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder; a project is a folder with a flowsmith.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the folder (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Flowsmith project: no flowsmith.yaml</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::ProjectExplorer</name>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>Mappings</translation>
    </message>
    <message>
        <source>Schemas</source>
        <translation>Schemas</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Capability map</source>
        <translation>Capability-Map</translation>
    </message>
    <message>
        <source>No project open.

Open a project folder, or the example project from the welcome page.</source>
        <translation>Kein Projekt geöffnet.

Öffnen Sie einen Projektordner oder das Beispielprojekt auf der Willkommensseite.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — git: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Flow…</source>
        <translation>Neuer Flow…</translation>
    </message>
    <message>
        <source>New Mapping…</source>
        <translation>Neues Mapping…</translation>
    </message>
    <message>
        <source>Import Schema…</source>
        <translation>Schema importieren…</translation>
    </message>
    <message>
        <source>Add Sample…</source>
        <translation>Beispieldaten hinzufügen…</translation>
    </message>
    <message>
        <source>New Test Suite…</source>
        <translation>Neue Testsuite…</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ProjectFilesCommand</name>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 was changed on disk; nothing was changed.</source>
        <translation>%1 wurde auf der Festplatte geändert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was changed.</source>
        <translation>%1 existiert bereits; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was changed.</source>
        <translation>%1 kann nicht geschrieben werden: %2; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ProjectId</name>
    <message>
        <source>the id is empty</source>
        <translation>die ID ist leer</translation>
    </message>
    <message>
        <source>the id is longer than %1 characters</source>
        <translation>die ID ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an id: use lowercase letters a-z and digits, in words joined by &apos;-&apos; or &apos;_&apos; (like &apos;shop-order&apos;)</source>
        <translation>„%1“ ist keine ID: Kleinbuchstaben a-z und Ziffern verwenden, in Wörtern, verbunden durch „-“ oder „_“ (etwa „shop-order“)</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ProjectItemActions</name>
    <message>
        <source>New &amp;Flow…</source>
        <translation>Neuer &amp;Flow…</translation>
    </message>
    <message>
        <source>New &amp;Mapping…</source>
        <translation>Neues &amp;Mapping…</translation>
    </message>
    <message>
        <source>New Empty Sc&amp;hema…</source>
        <translation>Neues leeres Sc&amp;hema…</translation>
    </message>
    <message>
        <source>New &amp;Test Suite…</source>
        <translation>Neue &amp;Testsuite…</translation>
    </message>
    <message>
        <source>Add Sa&amp;mple…</source>
        <translation>&amp;Beispieldaten hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig:</translation>
    </message>
    <message>
        <source>The id “%1” is already used by %2.</source>
        <translation>Die Kennung „%1“ wird bereits von %2 verwendet.</translation>
    </message>
    <message>
        <source>Cannot change the project</source>
        <translation>Das Projekt kann nicht geändert werden</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save or close it first.</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern oder schließen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>New Flow</source>
        <translation>Neuer Flow</translation>
    </message>
    <message>
        <source>New Mapping</source>
        <translation>Neues Mapping</translation>
    </message>
    <message>
        <source>New Empty Schema</source>
        <translation>Neues leeres Schema</translation>
    </message>
    <message>
        <source>New Test Suite</source>
        <translation>Neue Testsuite</translation>
    </message>
    <message>
        <source>Every flow of the project has a test suite already.</source>
        <translation>Jeder Flow des Projekts hat bereits eine Testsuite.</translation>
    </message>
    <message>
        <source>Test suite for the flow:</source>
        <translation>Testsuite für den Flow:</translation>
    </message>
    <message>
        <source>Add Sample</source>
        <translation>Beispieldaten hinzufügen</translation>
    </message>
    <message>
        <source>Samples (*.json *.ndjson *.jsonl *.csv);;All files (*)</source>
        <translation>Beispieldaten (*.json *.ndjson *.jsonl *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete %1 %2 (%3)?</source>
        <translation>%1 %2 (%3) löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) still refer to it and will point at nothing:</source>
        <translation>
            <numerusform>%n Stelle verweist noch darauf und wird ins Leere zeigen:</numerusform>
            <numerusform>%n Stellen verweisen noch darauf und werden ins Leere zeigen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ProjectItems</name>
    <message>
        <source>“%1” is not a sample name: it must end in .json, .ndjson, .jsonl or .csv.</source>
        <translation>„%1“ ist kein Name für Beispieldaten: er muss auf .json, .ndjson, .jsonl oder .csv enden.</translation>
    </message>
    <message>
        <source>“%1” is not a valid sample name: %2</source>
        <translation>„%1“ ist kein gültiger Name für Beispieldaten: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid id: %2</source>
        <translation>„%1“ ist keine gültige Kennung: %2</translation>
    </message>
    <message>
        <source>The id “%1” is already used by %2.</source>
        <translation>Die Kennung „%1“ wird bereits von %2 verwendet.</translation>
    </message>
    <message>
        <source>There is no %1 “%2”.</source>
        <translation>Es gibt kein(e) %1 „%2“.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Beispieldatei</translation>
    </message>
    <message>
        <source>test suite</source>
        <translation>Testsuite</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>New Flow %1</source>
        <translation>Neuer Flow %1</translation>
    </message>
    <message>
        <source>There is no schema “%1”.</source>
        <translation>Es gibt kein Schema „%1“.</translation>
    </message>
    <message>
        <source>New Mapping %1</source>
        <translation>Neues Mapping %1</translation>
    </message>
    <message>
        <source>There is no flow “%1”.</source>
        <translation>Es gibt keinen Flow „%1“.</translation>
    </message>
    <message>
        <source>The flow “%1” has a test suite already: %2.</source>
        <translation>Der Flow „%1“ hat bereits eine Testsuite: %2.</translation>
    </message>
    <message>
        <source>New Test Suite %1</source>
        <translation>Neue Testsuite %1</translation>
    </message>
    <message>
        <source>New Schema %1</source>
        <translation>Neues Schema %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 — the sample was not added.</source>
        <translation>%1 – die Beispieldatei wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Add Sample %1</source>
        <translation>Beispieldatei %1 hinzufügen</translation>
    </message>
    <message>
        <source>A sample keeps its kind: “%1” must end in .%2 as well.</source>
        <translation>Beispieldaten behalten ihre Art: „%1“ muss ebenfalls auf .%2 enden.</translation>
    </message>
    <message>
        <source>Cannot update the references to “%1”: %2</source>
        <translation>Die Verweise auf „%1“ können nicht angepasst werden: %2</translation>
    </message>
    <message>
        <source>Rename %1 %2 to %3</source>
        <translation>%1 %2 in %3 umbenennen</translation>
    </message>
    <message>
        <source>Duplicate %1 %2 as %3</source>
        <translation>%1 %2 als %3 duplizieren</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ProjectReferences</name>
    <message>
        <source>node “%1” (%2), field %3</source>
        <translation>Knoten „%1“ (%2), Feld %3</translation>
    </message>
    <message>
        <source>source schema</source>
        <translation>Quellschema</translation>
    </message>
    <message>
        <source>target schema</source>
        <translation>Zielschema</translation>
    </message>
    <message>
        <source>the flow it tests</source>
        <translation>der getestete Flow</translation>
    </message>
    <message>
        <source>input of case “%1”</source>
        <translation>Eingabe des Falls „%1“</translation>
    </message>
    <message>
        <source>capability “%1” (%2)</source>
        <translation>Fähigkeit „%1“ (%2)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Flowsmith::QuickAddPopup</name>
    <message>
        <source>Add a node…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::RemoteDialog</name>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remotes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has no remote yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The local commits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already up to date with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast-forwarded to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 by meaning: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The merge left conflicts in %n file(s): resolve them, then commit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SSH key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::RulePanel</name>
    <message>
        <source>Select a line, or drag a source field onto a target field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source path, e.g. customer.email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONata condition on each element, e.g. quantity &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(copy as is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONata expression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::SaveTestCaseDialog</name>
    <message>
        <source>Save as Test Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the case shows, e.g. “A paid order reaches the ERP”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected sink records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no records (expects none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message numerus="yes">
        <source>%n input message(s) from &apos;%1&apos;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The run is paused: the case expects what its input messages produce when run to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the case a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test case named &apos;%1&apos; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one sink whose records the case expects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::Schema</name>
    <message>
        <source>a JSON Schema must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;$ref: %1&apos; does not resolve; Flowsmith follows references within the file (#/definitions/…, #/$defs/…)</source>
        <translation>„$ref: %1“ lässt sich nicht auflösen; Flowsmith folgt Verweisen innerhalb der Datei (#/definitions/…, #/$defs/…)</translation>
    </message>
</context>
<context>
    <name>Flowsmith::SchemaBundler</name>
    <message>
        <source>&apos;$ref: %1&apos; names the file %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;$ref: %1&apos; does not resolve: %2 has nothing at &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing at &apos;%1&apos; in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;$ref: %1&apos; is a remote reference; Flowsmith resolves references within the file and to files beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;$ref: %1&apos; does not resolve: no $anchor &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;$ref: %1&apos; is a reference cycle: its references lead back to each other and never to a schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;#%1&apos; is a reference cycle: its references lead back to each other and never to a schema</source>
        <translation>„#%1“ ist ein Verweiszyklus: Seine Verweise führen immer nur aufeinander zurück und nie zu einem Schema</translation>
    </message>
</context>
<context>
    <name>Flowsmith::SchemaFieldTree</name>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Eines von: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
</context>
<context>
    <name>Flowsmith::SchemaImportJob</name>
    <message>
        <source>cannot tell what the file holds: it has no &apos;openapi:&apos;, &apos;asyncapi:&apos; or &apos;$schema&apos; key and is not a JSON, NDJSON or CSV sample; name the kind (%1)</source>
        <translation>unklar, was die Datei enthält: Sie hat keinen Schlüssel „openapi:“, „asyncapi:“ oder „$schema“ und ist kein JSON-, NDJSON- oder CSV-Beispiel; die Art angeben (%1)</translation>
    </message>
    <message>
        <source>the document defines no message with a payload</source>
        <translation>das Dokument definiert keine Nachricht mit Nutzlast</translation>
    </message>
    <message>
        <source>components.schemas is empty</source>
        <translation>components.schemas ist leer</translation>
    </message>
    <message>
        <source>the file has no component &apos;%1&apos;; it has: %2</source>
        <translation>die Datei enthält keine Komponente „%1“; sie enthält: %2</translation>
    </message>
    <message>
        <source>nothing to import: no component was chosen</source>
        <translation>nichts zu importieren: keine Komponente gewählt</translation>
    </message>
    <message>
        <source>two of the chosen components would both be written as &apos;%1&apos;; give one another id</source>
        <translation>zwei der gewählten Komponenten würden beide als „%1“ geschrieben; einer davon eine andere ID geben</translation>
    </message>
    <message>
        <source>the schema &apos;%1&apos; already exists and is replaced only when asked to</source>
        <translation>das Schema „%1“ existiert bereits und wird nur auf ausdrücklichen Wunsch ersetzt</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner lässt sich nicht anlegen</translation>
    </message>
</context>
<context>
    <name>Flowsmith::SchemaImporter</name>
    <message>
        <source>a JSON Schema must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an OpenAPI 3 document: &apos;openapi: 3.x&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no components.schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components.schemas has no schema named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an AsyncAPI 3 document: &apos;asyncapi: 3.x&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::SchemaTree</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1</source>
        <translation>Eines von: %1</translation>
    </message>
</context>
<context>
    <name>Flowsmith::SchemaValidator</name>
    <message>
        <source>&apos;%1&apos; is not a valid %2</source>
        <translation>„%1“ ist kein gültiger Wert vom Format %2</translation>
    </message>
    <message>
        <source>does not match the pattern %1</source>
        <translation>passt nicht zum Muster %1</translation>
    </message>
    <message>
        <source>must be a multiple of %1</source>
        <translation>muss ein Vielfaches von %1 sein</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>found %1, a type the schema does not allow here</source>
        <translation>%1 gefunden, ein Typ, den das Schema hier nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values</source>
        <translation>%1 ist keiner der erlaubten Werte</translation>
    </message>
    <message>
        <source>%1 is not the value the schema requires</source>
        <translation>%1 ist nicht der Wert, den das Schema verlangt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is required</source>
        <translation>„%1“ ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed here</source>
        <translation>„%1“ ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>must be less than %1</source>
        <translation>muss kleiner als %1 sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be greater than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>allows at most %1 items</source>
        <translation>erlaubt höchstens %1 Elemente</translation>
    </message>
    <message>
        <source>needs at least %1 items</source>
        <translation>braucht mindestens %1 Elemente</translation>
    </message>
    <message>
        <source>must be at most %1 characters long</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be at least %1 characters long</source>
        <translation>muss mindestens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>allows at most %1 properties</source>
        <translation>erlaubt höchstens %1 Eigenschaften</translation>
    </message>
    <message>
        <source>needs at least %1 properties</source>
        <translation>braucht mindestens %1 Eigenschaften</translation>
    </message>
    <message>
        <source>items %1 and %2 are equal</source>
        <translation>die Elemente %1 und %2 sind gleich</translation>
    </message>
    <message>
        <source>matches none of the allowed schemas</source>
        <translation>passt zu keinem der erlaubten Schemas</translation>
    </message>
    <message>
        <source>must match exactly one schema, matches none</source>
        <translation>muss zu genau einem Schema passen, passt zu keinem</translation>
    </message>
    <message>
        <source>must match exactly one schema, matches several</source>
        <translation>muss zu genau einem Schema passen, passt zu mehreren</translation>
    </message>
    <message>
        <source>matches a schema it must not match</source>
        <translation>passt zu einem Schema, zu dem es nicht passen darf</translation>
    </message>
    <message>
        <source>no item matches the schema of &apos;contains&apos;</source>
        <translation>kein Element passt zum Schema von „contains“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is required here</source>
        <translation>„%1“ ist hier erforderlich</translation>
    </message>
    <message>
        <source>has more items than the schema allows</source>
        <translation>hat mehr Elemente, als das Schema erlaubt</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>das Schema</translation>
    </message>
    <message>
        <source>%1: the $ref &apos;%2&apos; leads back to itself without going into a property or item, so it would never end</source>
        <translation>%1: der $ref „%2“ führt auf sich selbst zurück, ohne in eine Eigenschaft oder ein Element zu gehen, und würde nie enden</translation>
    </message>
    <message>
        <source>%1: the $ref &apos;%2&apos; points outside the schema file; only references within it (&apos;#/…&apos;) are supported</source>
        <translation>%1: der $ref „%2“ zeigt aus der Schemadatei hinaus; nur Verweise innerhalb der Datei („#/…“) werden unterstützt</translation>
    </message>
    <message>
        <source>%1: the $ref &apos;%2&apos; points to nothing in the schema</source>
        <translation>%1: der $ref „%2“ zeigt auf nichts im Schema</translation>
    </message>
    <message>
        <source>%1: the schema cannot be used: %2</source>
        <translation>%1: das Schema ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>the schema cannot be applied: %1</source>
        <translation>das Schema lässt sich nicht anwenden: %1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner von %2</translation>
    </message>
    <message>
        <source>no value is allowed here</source>
        <translation>hier ist kein Wert erlaubt</translation>
    </message>
</context>
<context>
    <name>Flowsmith::SecretScanner</name>
    <message>
        <source>%1:%2:%3: possible secret (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: warning: documented example key (%4): %5</source>
        <translation>%1:%2:%3: Warnung: dokumentierter Beispielschlüssel (%4): %5</translation>
    </message>
</context>
<context>
    <name>Flowsmith::ShortcutsDialog</name>
    <message>
        <source>Double-click canvas, Ctrl+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick add a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag output port to input port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the end of a selected edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an unconnected node on an edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the node into the edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, Ctrl+click, drag on canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select, add to selection, rubber band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys (Shift: grid step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selection in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete, Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C / Ctrl+X / Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy / cut / paste (also across flows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G / Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group / ungroup the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout (the selection, or the whole flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F, Enter, Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node by name, type or id; next; previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel, Ctrl+= / Ctrl+-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0 / Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size / fit the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle drag, Space+drag, Shift+wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys or gesture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::Sim</name>
    <message>
        <source>%1: expected %2 message(s), received %3</source>
        <translation>%1: %2 Nachricht(en) erwartet, %3 empfangen</translation>
    </message>
    <message>
        <source>%1: `messages` must be a list of bodies</source>
        <translation>%1: `messages` muss eine Liste von Bodies sein</translation>
    </message>
    <message>
        <source>%1: message %2: expected %3, received nothing</source>
        <translation>%1: Nachricht %2: %3 erwartet, nichts empfangen</translation>
    </message>
    <message>
        <source>%1: message %2: expected nothing, received %3</source>
        <translation>%1: Nachricht %2: nichts erwartet, %3 empfangen</translation>
    </message>
    <message>
        <source>%1: message %2: expected %3, received %4</source>
        <translation>%1: Nachricht %2: %3 erwartet, %4 empfangen</translation>
    </message>
    <message>
        <source>%1: the assertion `%2` does not compile: %3</source>
        <translation>%1: die Zusicherung `%2` lässt sich nicht übersetzen: %3</translation>
    </message>
    <message>
        <source>%1: assertion `%2` is false for %3</source>
        <translation>%1: die Zusicherung `%2` ist falsch für %3</translation>
    </message>
    <message>
        <source>%1: assertion `%2` failed: %3</source>
        <translation>%1: die Zusicherung `%2` ist gescheitert: %3</translation>
    </message>
    <message>
        <source>the case names no source and the flow has %1 sources</source>
        <translation>der Fall nennt keine Quelle und der Flow hat %1 Quellen</translation>
    </message>
    <message>
        <source>the case has no input and no inputFile</source>
        <translation>der Fall hat weder input noch inputFile</translation>
    </message>
    <message>
        <source>mocks: the flow has no node &apos;%1&apos;</source>
        <translation>mocks: der Flow hat keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>expect: the flow has no node &apos;%1&apos;</source>
        <translation>expect: der Flow hat keinen Knoten „%1“</translation>
    </message>
    <message>
        <source>message failed in node &apos;%1&apos;: %2</source>
        <translation>Nachricht in Knoten „%1“ gescheitert: %2</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>%1: %2 (at character %3)</source>
        <translation>%1: %2 (bei Zeichen %3)</translation>
    </message>
    <message>
        <source>%1: %2 in `%3`</source>
        <translation>%1: %2 in `%3`</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>config &apos;%1&apos; is missing</source>
        <translation>die Konfiguration „%1“ fehlt</translation>
    </message>
    <message>
        <source>condition of case &apos;%1&apos;</source>
        <translation>Bedingung des Falls „%1“</translation>
    </message>
    <message>
        <source>config &apos;count&apos; must be at least 1 in count mode</source>
        <translation>die Konfiguration „count“ muss im Zählmodus mindestens 1 sein</translation>
    </message>
    <message>
        <source>unknown aggregate mode &apos;%1&apos; (automatic or count)</source>
        <translation>unbekannter Aggregationsmodus „%1“ (automatic oder count)</translation>
    </message>
    <message>
        <source>config &apos;mapping&apos; or &apos;expression&apos; is missing</source>
        <translation>die Konfiguration „mapping“ oder „expression“ fehlt</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (set or remove)</source>
        <translation>unbekannte Aktion „%1“ (set oder remove)</translation>
    </message>
    <message>
        <source>value of &apos;%1&apos;</source>
        <translation>Wert von „%1“</translation>
    </message>
    <message>
        <source>condition of rule &apos;%1&apos;</source>
        <translation>Bedingung der Regel „%1“</translation>
    </message>
    <message>
        <source>unknown mask mode &apos;%1&apos; (mask or redact)</source>
        <translation>unbekannter Maskierungsmodus „%1“ (mask oder redact)</translation>
    </message>
    <message>
        <source>the simulator cannot run nodes of type &apos;%1&apos;</source>
        <translation>der Simulator kann Knoten vom Typ „%1“ nicht ausführen</translation>
    </message>
    <message>
        <source>the message has no split parts to join (automatic mode joins what a route.split took apart)</source>
        <translation>die Nachricht hat keine geteilten Teile zum Zusammenführen (der automatische Modus führt zusammen, was ein route.split zerlegt hat)</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the call failed: %1 (attempt %2 of %3)</source>
        <translation>der Aufruf ist gescheitert: %1 (Versuch %2 von %3)</translation>
    </message>
    <message>
        <source>%1: the mapping compiles to invalid JSONata: %2</source>
        <translation>%1: das Mapping ergibt ungültiges JSONata: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the schema: %2</source>
        <translation>%1: das Schema lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>unknown sample format &apos;.%1&apos; (use .json, .ndjson or .csv)</source>
        <translation>unbekanntes Beispielformat „.%1“ (.json, .ndjson oder .csv verwenden)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>a .json sample may hold at most %1 MiB; use .ndjson for large inputs</source>
        <translation>ein .json-Beispiel darf höchstens %1 MiB groß sein; für große Eingaben .ndjson verwenden</translation>
    </message>
    <message>
        <source>the CSV file has no header row</source>
        <translation>die CSV-Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): %3</source>
        <translation>Knoten „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>the edge %1 -&gt; %2 names a node the flow does not have</source>
        <translation>die Kante %1 -&gt; %2 nennt einen Knoten, den der Flow nicht hat</translation>
    </message>
    <message>
        <source>the flow &apos;%1&apos; has no source node &apos;%2&apos;</source>
        <translation>der Flow „%1“ hat keinen Quellknoten „%2“</translation>
    </message>
    <message>
        <source>more than %1 hops for one input message; the flow probably has a cycle</source>
        <translation>mehr als %1 Schritte für eine Eingabenachricht; der Flow hat wahrscheinlich einen Zyklus</translation>
    </message>
    <message>
        <source>the flow &apos;%1&apos; has no node &apos;%2&apos;</source>
        <translation>der Flow „%1“ hat keinen Knoten „%2“</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; changed its type; run the flow again</source>
        <translation>der Knoten „%1“ hat seinen Typ geändert; den Flow erneut ausführen</translation>
    </message>
    <message>
        <source>injected fault</source>
        <translation>eingespeister Fehler</translation>
    </message>
    <message>
        <source>the flow has no source node &apos;%1&apos;</source>
        <translation>der Flow hat keinen Quellknoten „%1“</translation>
    </message>
    <message>
        <source>breakpoint on &apos;%1&apos;: %2</source>
        <translation>Haltepunkt an „%1“: %2</translation>
    </message>
    <message>
        <source>there is no hop %1 to run again from</source>
        <translation>es gibt keinen Schritt %1, ab dem erneut ausgeführt werden kann</translation>
    </message>
    <message>
        <source>the replay ended before hop %1</source>
        <translation>die Wiederholung endete vor Schritt %1</translation>
    </message>
</context>
<context>
    <name>Flowsmith::Sim::SampleFitter</name>
    <message>
        <source>%1 — does not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — holds no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — all %2 records match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 records do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema to check the samples against</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::Sim::TestRecorder</name>
    <message>
        <source>the test case needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run fed no message, so there is nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the flow &apos;%1&apos; has no sink &apos;%2&apos; (its sinks: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file tests the flow &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test case named &apos;%1&apos; already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::SimulationPanel</name>
    <message>
        <source>The source node the sample messages are fed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample file of the project (samples/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random generator that draws injected faults: the same seed gives the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the flow on the sample from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the running flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one hop (starts a run if none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the next breakpoint or the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional JSONata condition, e.g. total &gt; 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a breakpoint on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected breakpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source node and a sample file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n hop(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: %n hop(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused before node &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakpoint: paused before node &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n hop(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input message(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sink record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SLO: no input messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency p95 %1 ms %2 %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency p95 %1 ms (no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success %1% %2 %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success %1% (no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SLO %1 over %n input message(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node &apos;%1&apos; is no longer in the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running again from hop %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Test Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this run&apos;s inputs, mocks and sink records as a test case of the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the test case &apos;%1&apos; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::SourceEditor</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen …</translation>
    </message>
</context>
<context>
    <name>Flowsmith::SshKeyField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-agent, then ~/.ssh/id_ed25519, id_ecdsa, id_rsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key for this ssh remote. Flowsmith remembers the path, never the passphrase: it asks for that when the key needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ssh remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SSH Private Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::StudioTools</name>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Test &amp;Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch, Pull, Push…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every conflict is resolved and staged. Commit to finish the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files still have conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::SuggestionPanel</name>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions: every target field with a similar source name is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggested rule(s) by name similarity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Flowsmith::TagsDialog</name>
    <message>
        <source>&amp;Create Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>v1.2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for a lightweight tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag on the current commit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag %1? The commit it names stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished">%1 %2</translation>
    </message>
    <message>
        <source>(lightweight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the lightweight tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the annotated tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::TestExplorer</name>
    <message>
        <source>(the file does not load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the failing case&apos;s run in the simulation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sink / path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncaught failures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace of the failing case &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::WelcomePage</name>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <source>Flowsmith</source>
        <translation>Flowsmith</translation>
    </message>
    <message>
        <source>Design integration flows, map fields between schemas, and review which business capabilities they serve.</source>
        <translation>Integrations-Flows entwerfen, Felder zwischen Schemas abbilden und prüfen, welchen Geschäftsfähigkeiten sie dienen.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty project, or one from a template, Node-RED flows or an API description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples — opened as your own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examples are installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Flowsmith::Yaml</name>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab character in indentation; YAML indents with spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second YAML document starts here; a project file holds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels (the parser stopped at level %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases expand to more than %1 values; refusing to read a file that would exhaust memory</source>
        <translation>Aliase erweitern sich zu mehr als %1 Werten; eine Datei, die den Speicher erschöpfen würde, wird nicht gelesen</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation>doppelter Schlüssel „%1“</translation>
    </message>
</context>
<context>
    <name>Flowsmith::YamlReader</name>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a mapping of keys to values, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping starting with &apos;flowsmith: %1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Flowsmith (format %1); this version reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 does not exist; this version reads format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entries of &apos;%1&apos; must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a mapping of keys to values, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonataFunctions</name>
    <message>
        <source>Absolute value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two arrays joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raises an error with the message when the condition is false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decodes a Base64 string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64 encoding of the string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casts the argument to a Boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True if the string contains the pattern (a string or regex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decodes a percent-encoded URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decodes a percent-encoded URL component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array without duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of the function for each key/value pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent-encodes a whole URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent-encodes a URL component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raises an error with the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses and evaluates a JSONata expression given as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True if the argument has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The elements for which the function is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats an integer in the given radix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats an integer as words, roman numerals or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats a number with an XPath picture string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timestamp string from milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins an array of strings into one string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of characters in the string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of key in the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The string in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of the function for each element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches of a regex in the string, with groups and indexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objects merged into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current time in milliseconds since the epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boolean negation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current time as an ISO 8601 timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casts the argument to a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pads the string to width (negative width pads on the left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses an integer formatted with the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base raised to exponent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pseudo-random number between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folds the array into one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces occurrences of the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array in reverse order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounds half to even to the given number of decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The array in random order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key/value pairs for which the function is true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one element for which the function is true (an error otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted array, optionally by a comparator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits the string into an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An array of single-key objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casts the argument to a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the string from start, optionally of the given length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the string after the first occurrence of chars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the string before the first occurrence of chars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds since the epoch from a timestamp string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes leading and trailing white space and folds inner runs to one space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type of the value: string, number, boolean, array, object, function, null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The string in upper case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrays convolved element by element.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapFieldsCommand</name>
    <message>
        <source>Map %1</source>
        <translation>%1 zuordnen</translation>
    </message>
</context>
<context>
    <name>MoveFlowItemsCommand</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n note(s)</source>
        <translation>
            <numerusform>%n Notiz verschieben</numerusform>
            <numerusform>%n Notizen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move selection</source>
        <translation>Auswahl verschieben</translation>
    </message>
</context>
<context>
    <name>MoveNodesCommand</name>
    <message>
        <source>Move node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation type="unfinished">
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeCatalog</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Transforms</source>
        <translation>Transformationen</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Sinks</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>PasteNodesCommand</name>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconnectEdgeCommand</name>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
</context>
<context>
    <name>RemoveCapabilityCommand</name>
    <message>
        <source>Remove capability %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveGroupsCommand</name>
    <message numerus="yes">
        <source>Remove %n group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNodesCommand</name>
    <message>
        <source>Remove node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveNotesCommand</name>
    <message numerus="yes">
        <source>Remove %n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveReviewNoteCommand</name>
    <message>
        <source>Remove review note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveRuleCommand</name>
    <message>
        <source>Remove rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameNodeCommand</name>
    <message>
        <source>Rename node %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplaceRulesCommand</name>
    <message>
        <source>Edit mapping as JSONata</source>
        <translation>Mapping als JSONata bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetCapabilityFieldCommand</name>
    <message>
        <source>Rename capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change capability description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change capability owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change capability maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change capability systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change capability flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change capability gaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetFlowPropertyCommand</name>
    <message>
        <source>Rename flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change flow description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetGovernanceCommand</name>
    <message>
        <source>Change owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change business owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change data steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change retirement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change capabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetNodeConfigCommand</name>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change configuration of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetNodesConfigCommand</name>
    <message numerus="yes">
        <source>Change %1 of %n nodes</source>
        <translation>
            <numerusform>%1 von %n Knoten ändern</numerusform>
            <numerusform>%1 von %n Knoten ändern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRuleCommand</name>
    <message>
        <source>Change rule for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetSloCommand</name>
    <message>
        <source>Change latency objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change success-rate objective</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitEdgeCommand</name>
    <message>
        <source>Insert node %1 into edge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nesting too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases expand too far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by a newer Flowsmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown node type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is out of range or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema $ref does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A project file could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capability links a missing flow or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability &apos;%1&apos; links flow &apos;%2&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability &apos;%1&apos; links system &apos;%2&apos;, which flowsmith.yaml does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edges form a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes form a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edge references a missing node or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge %1 → %2 has an empty end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge %1 → %2 references the missing node &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge end &apos;%1&apos; names no port (write node.port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; (%2) has no port &apos;%3&apos;; its ports are %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same edge is drawn twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge %1 → %2 is drawn twice; messages would arrive twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id is used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node id &apos;%1&apos; is used twice in this flow (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow id &apos;%1&apos; is also used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping id &apos;%1&apos; is also used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System id &apos;%1&apos; is declared twice (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability id &apos;%1&apos; is used twice (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id differs from its file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id &apos;%1&apos; differs from the file name &apos;%2&apos;; references use the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edge joins incompatible ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge ends at &apos;%1&apos;, an output port; it must end at an input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge starts at &apos;%1&apos;, an input port; it must start at an output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge into &apos;%1&apos;, but node &apos;%2&apos; (%3) has no inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge out of &apos;%1&apos;, but node &apos;%2&apos; (%3) has no outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is not yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governance.retireBy &apos;%1&apos; is not a date (write yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date &apos;%1&apos; is not a date (write yyyy-MM-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capability&apos;s maturity is outside 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability &apos;%1&apos; has maturity %2; the scale is 1 (ad hoc) to 5 (optimised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node names a missing mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; uses mapping &apos;%2&apos;, but there is no mappings/%2.map.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow has no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow &apos;%1&apos; has no owner (governance.owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node or mapping names a missing schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; uses schema &apos;%2&apos;, but there is no schemas/%2.schema.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &apos;%1&apos; has %2 schema &apos;%3&apos;, but there is no schemas/%3.schema.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow has no data steward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow &apos;%1&apos; has no data steward (governance.steward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required config field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; (transform.map) needs config &apos;mapping&apos; or &apos;expression&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; (%2) needs config &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required input is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input &apos;%1.%2&apos; is not connected; node &apos;%1&apos; never receives a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow is to be retired within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flow &apos;%1&apos; is to be retired by %2, in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A flow is past its retirement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Flow &apos;%1&apos; was to be retired by %2, %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A review note names a missing capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note by %1 is about capability &apos;%2&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source has no outgoing edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &apos;%1&apos; has no outgoing edge; its messages go nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow names an unknown capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow &apos;%1&apos; serves capability &apos;%2&apos;, which capabilities.yaml does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node has an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; has the unknown type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node names an unknown system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; calls system &apos;%2&apos;, which flowsmith.yaml does not declare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test case names a missing flow, node or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test suite &apos;%1&apos; is for flow &apos;%2&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test case &apos;%1&apos; names no source, and flow &apos;%2&apos; has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test case &apos;%1&apos; feeds &apos;%2&apos;, which is not a source of flow &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test case &apos;%1&apos; mocks &apos;%2&apos;, which is not a sink of flow &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test case &apos;%1&apos; expects messages at &apos;%2&apos;, which is not a sink of flow &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test case &apos;%1&apos; reads &apos;%2&apos;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node is not reachable from any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &apos;%1&apos; is not reachable from any source or error.catch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping line puts a value of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping line puts an array into a single value or the reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required target field of a mapping is not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping line can put a value outside the target&apos;s enum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping line reads a path the source schema lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group lists a node that is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; lists the missing node &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Flowsmith integration design studio</source>
        <translation>Flowsmith-Studio für Integrationsdesign</translation>
    </message>
    <message>
        <source>A project folder or its flowsmith.yaml to open.</source>
        <translation>Ein Projektordner oder dessen flowsmith.yaml zum Öffnen.</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
