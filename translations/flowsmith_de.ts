<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddCapabilityCommand</name>
    <message>
        <source>Add capability %1</source>
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
    <name>ChangeNodeIdCommand</name>
    <message>
        <source>Change node id %1 to %2</source>
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
        <source>&apos;at&apos; must be a position [x, y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;at&apos; must be a position of two numbers [x, y]</source>
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
</context>
<context>
    <name>Flowsmith::Document</name>
    <message>
        <source>The document has no file name.</source>
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
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachverantwortlich</translation>
    </message>
    <message>
        <source>Steward</source>
        <translation>Data Steward</translation>
    </message>
    <message>
        <source>Retire by</source>
        <translation>Stilllegung bis</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Flowsmith::Schema</name>
    <message>
        <source>a JSON Schema must be an object</source>
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
    <name>Flowsmith::TreeBuilder</name>
    <message>
        <source>&apos;$ref: %1&apos; does not resolve; Flowsmith follows references within the file (#/definitions/…, #/$defs/…)</source>
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
        <source>Open example project</source>
        <translation>Beispielprojekt öffnen</translation>
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
        <source>Retail order to cash: web shop, CRM, ERP, WMS and marketing</source>
        <translation>Retail Order-to-Cash: Webshop, CRM, ERP, WMS und Marketing</translation>
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
</context>
<context>
    <name>Flowsmith::Yaml::Checker</name>
    <message>
        <source>aliases expand to more than %1 values; refusing to read a file that would exhaust memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
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
    <name>MoveNodesCommand</name>
    <message>
        <source>Move node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>RemoveCapabilityCommand</name>
    <message>
        <source>Remove capability %1</source>
        <translation type="unfinished"></translation>
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
    <name>Validation</name>
    <message>
        <source>No problems</source>
        <translation type="unfinished">Keine Probleme</translation>
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
