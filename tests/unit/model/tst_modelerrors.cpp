// Bad input never crashes and every error names file, line and column (issue 2, "Bad input"):
// one row per malformed input with the stable code and the place it must report.

#include "modeltestutils.h"

#include "model/core/errorcodes.h"
#include "model/core/modelfile.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Flowsmith;

namespace {

// Big inputs are generated, never committed.
QByteArray generated(const QByteArray &name)
{
    if (name == "deep-yaml") {
        // 10,000 levels of block sequences, compact ("- - - x") so that the file stays small.
        return "flowsmith: 1\nid: deep\nconfig:\n  " + QByteArray("- ").repeated(10000) + "x\n";
    }
    if (name == "deep-yaml-flow")
        return "flowsmith: 1\nid: deep\nconfig: " + QByteArray(10000, '[') + QByteArray(10000, ']')
            + "\n";
    if (name == "billion-laughs") {
        QByteArray text
            = "flowsmith: 1\nid: lol\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
        for (int i = 1; i < 10; ++i) {
            text += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
            for (int j = 0; j < 9; ++j)
                text += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
            text += "]\n";
        }
        return text;
    }
    if (name == "deep-json")
        return QByteArray(100000, '[') + QByteArray(100000, ']') + '\n';
    if (name == "deep-json-object") {
        QByteArray text;
        for (int i = 0; i < 100000; ++i)
            text += "{\"a\":";
        return text + "1" + QByteArray(100000, '}');
    }
    return {};
}

} // namespace

class tst_ModelErrors : public QObject
{
    Q_OBJECT

private slots:
    void malformedFile_data();
    void malformedFile();
    void hugeFileIsRefusedBeforeReading();
    void missingFile_data();
    void missingFile();
    void projectFolder_data();
    void projectFolder();
    void saveIntoMissingFolderFails();
    void duplicateNodeIdsAreNotALoadError();
    void errorToStringNamesThePlace();
};

void tst_ModelErrors::malformedFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const int flow = int(ProjectFileKind::Flow);
    const int mapping = int(ProjectFileKind::Mapping);
    const int caps = int(ProjectFileKind::Capabilities);
    const int manifest = int(ProjectFileKind::Manifest);
    const int suite = int(ProjectFileKind::TestSuite);
    const int schema = int(ProjectFileKind::Schema);
    const QByteArray head = "flowsmith: 1\nid: f\n";
    const QByteArray node = head + "nodes:\n  - id: a\n    type: sink.log\n";
    using namespace ErrorCode;

    // Malformed YAML
    QTest::addRow("unclosed flow sequence") << flow << head + "nodes: [\n"
                                            << QString(YamlSyntax) << 4 << 1;
    QTest::addRow("text after a closing quote")
        << flow << QByteArray("flowsmith: 1\nid: \"f\" x\n") << QString(YamlSyntax) << 2 << 9;
    QTest::addRow("undefined alias")
        << flow << QByteArray("flowsmith: 1\nid: *f\n") << QString(YamlSyntax) << 2 << 5;
    QTest::addRow("second document") << flow << head + "---\nid: g\n"
                                     << QString(YamlSyntax) << 4 << 1;
    QTest::addRow("mapping after a list")
        << flow << QByteArray("- a\nflowsmith: 1\n") << QString(YamlSyntax) << 2 << 1;
    QTest::addRow("bad indentation")
        << flow << QByteArray("flowsmith: 1\nid: f\n  name: x\n") << QString(YamlSyntax) << 3 << 7;
    QTest::addRow("tab indentation") << flow << head + "nodes:\n\t- id: a\n"
                                     << QString(YamlSyntax) << 4 << 1;
    QTest::addRow("tab before a key") << flow << head + "governance:\n  owner: x\n\tsteward: y\n"
                                      << QString(YamlSyntax) << 5 << 1;
    QTest::addRow("duplicate key") << flow << head + "id: g\n" << QString(DuplicateKey) << 3 << 1;
    QTest::addRow("duplicate key in a node") << flow << node + "    type: sink.log\n"
                                             << QString(DuplicateKey) << 6 << 5;
    // Document shape and format version
    QTest::addRow("empty file") << flow << QByteArray() << QString(WrongType) << 1 << 1;
    QTest::addRow("top level list")
        << flow << QByteArray("- a\n- b\n") << QString(WrongType) << 1 << 1;
    QTest::addRow("top level text")
        << flow << QByteArray("hello\n") << QString(WrongType) << 1 << 1;
    QTest::addRow("no format version")
        << flow << QByteArray("id: f\n") << QString(MissingKey) << 1 << 1;
    QTest::addRow("newer format version")
        << flow << QByteArray("flowsmith: 2\nid: f\n") << QString(NewerFormat) << 1 << 12;
    QTest::addRow("format version is text")
        << flow << QByteArray("flowsmith: one\n") << QString(WrongType) << 1 << 12;
    QTest::addRow("format version zero")
        << flow << QByteArray("flowsmith: 0\n") << QString(InvalidValue) << 1 << 12;
    QTest::addRow("newer mapping format")
        << mapping << QByteArray("flowsmith: 7\nid: m\n") << QString(NewerFormat) << 1 << 12;
    // Flows: wrong types and missing keys at several places
    QTest::addRow("flow without id")
        << flow << QByteArray("flowsmith: 1\nname: x\n") << QString(MissingKey) << 1 << 1;
    QTest::addRow("flow id is a list")
        << flow << QByteArray("flowsmith: 1\nid: [a]\n") << QString(WrongType) << 2 << 5;
    QTest::addRow("nodes is a mapping") << flow << head + "nodes: {a: 1}\n"
                                        << QString(WrongType) << 3 << 8;
    QTest::addRow("node is text") << flow << head + "nodes:\n  - receive\n"
                                  << QString(WrongType) << 4 << 5;
    QTest::addRow("node without id") << flow << head + "nodes:\n  - type: sink.log\n"
                                     << QString(MissingKey) << 4 << 5;
    QTest::addRow("node without type") << flow << head + "nodes:\n  - id: a\n"
                                       << QString(MissingKey) << 4 << 5;
    QTest::addRow("unknown node type") << flow << head + "nodes:\n  - id: a\n    type: sink.fax\n"
                                       << QString(UnknownNodeType) << 5 << 11;
    QTest::addRow("at has one number") << flow << node + "    at: [1]\n"
                                       << QString(WrongType) << 6 << 9;
    QTest::addRow("at is not numbers") << flow << node + "    at: [left, 2]\n"
                                       << QString(WrongType) << 6 << 10;
    QTest::addRow("config is a list") << flow << node + "    config: [1]\n"
                                      << QString(WrongType) << 6 << 13;
    QTest::addRow("node name is a mapping") << flow << node + "    name: {a: 1}\n"
                                            << QString(WrongType) << 6 << 11;
    QTest::addRow("edge without to") << flow << node + "edges:\n  - {from: a.out}\n"
                                     << QString(MissingKey) << 7 << 5;
    QTest::addRow("edge port without dot") << flow << node + "edges:\n  - {from: a, to: a.in}\n"
                                           << QString(InvalidValue) << 7 << 12;
    QTest::addRow("edges is text") << flow << node + "edges: none\n"
                                   << QString(WrongType) << 6 << 8;
    QTest::addRow("capabilities is text")
        << flow << head + "governance:\n  capabilities: order-capture\n"
        << QString(WrongType) << 4 << 17;
    QTest::addRow("governance is a list") << flow << head + "governance: [a]\n"
                                          << QString(WrongType) << 3 << 13;
    QTest::addRow("slo latency is text") << flow << head + "slo: {latencyMs: fast}\n"
                                         << QString(WrongType) << 3 << 18;
    QTest::addRow("slo latency quoted number") << flow << head + "slo: {latencyMs: \"2000\"}\n"
                                               << QString(WrongType) << 3 << 18;
    // Mappings
    QTest::addRow("mapping rule without target")
        << mapping << QByteArray("flowsmith: 1\nid: m\nrules:\n  - from: a\n")
        << QString(MissingKey) << 4 << 5;
    QTest::addRow("mapping function is text")
        << mapping
        << QByteArray("flowsmith: 1\nid: m\nrules:\n  - {target: a, from: b, function: upper}\n")
        << QString(WrongType) << 4 << 36;
    QTest::addRow("nested rule is text") << mapping
                                         << QByteArray("flowsmith: 1\nid: m\nrules:\n  - target: "
                                                       "a\n    forEach: b\n    rules:\n      - x\n")
                                         << QString(WrongType) << 7 << 9;
    // Capability maps
    QTest::addRow("maturity out of range")
        << caps << QByteArray("flowsmith: 1\ncapabilities:\n  - id: c\n    maturity: 9\n")
        << QString(InvalidValue) << 4 << 15;
    QTest::addRow("maturity is text")
        << caps << QByteArray("flowsmith: 1\ncapabilities:\n  - id: c\n    maturity: high\n")
        << QString(WrongType) << 4 << 15;
    QTest::addRow("children is a mapping")
        << caps << QByteArray("flowsmith: 1\ncapabilities:\n  - id: c\n    children: {id: d}\n")
        << QString(WrongType) << 4 << 15;
    QTest::addRow("review without capability")
        << caps << QByteArray("flowsmith: 1\nreviews:\n  - author: x\n") << QString(MissingKey) << 3
        << 5;
    // Manifests
    QTest::addRow("manifest without name")
        << manifest << QByteArray("flowsmith: 1\nsystems: []\n") << QString(MissingKey) << 1 << 1;
    QTest::addRow("system without id")
        << manifest << QByteArray("flowsmith: 1\nname: p\nsystems:\n  - name: ERP\n")
        << QString(MissingKey) << 4 << 5;
    QTest::addRow("defaults is a list")
        << manifest << QByteArray("flowsmith: 1\nname: p\ndefaults: [a]\n") << QString(WrongType)
        << 3 << 11;
    // Test suites
    QTest::addRow("test case without input")
        << suite << QByteArray("flowsmith: 1\nid: t\nflow: f\ncases:\n  - name: c\n")
        << QString(MissingKey) << 5 << 5;
    QTest::addRow("mocks is a list")
        << suite
        << QByteArray("flowsmith: 1\nid: t\nflow: f\ncases:\n  - name: c\n    input: {body: {}}\n  "
                      "  mocks: [erp]\n")
        << QString(WrongType) << 7 << 12;
    QTest::addRow("expected count is text")
        << suite
        << QByteArray("flowsmith: 1\nid: t\nflow: f\ncases:\n  - name: c\n    input: {body: {}}\n  "
                      "  expect:\n      erp: {count: many}\n")
        << QString(WrongType) << 8 << 20;
    QTest::addRow("test suite without flow")
        << suite << QByteArray("flowsmith: 1\nid: t\n") << QString(MissingKey) << 1 << 1;
    // JSON schemas
    QTest::addRow("truncated JSON")
        << schema << QByteArray("{\n  \"type\": \"object\",\n  \"properties\": {\n")
        << QString(JsonSyntax) << 4 << 1;
    QTest::addRow("JSON trailing comma")
        << schema << QByteArray("{\n  \"type\": \"object\",\n}\n") << QString(JsonSyntax) << 3 << 1;
    QTest::addRow("JSON bad literal")
        << schema << QByteArray("{\"type\": objekt}") << QString(JsonSyntax) << 1 << 10;
    QTest::addRow("JSON number beyond a double")
        << schema << QByteArray("{\n  \"minItems\": 1e999\n}\n") << QString(JsonSyntax) << 2 << 15;
    QTest::addRow("JSON negative number beyond a double")
        << schema << QByteArray("{\"enum\": [1, -2E+400]}") << QString(JsonSyntax) << 1 << 14;
    QTest::addRow("schema is an array")
        << schema << QByteArray("[1, 2]\n") << QString(WrongType) << 1 << 1;
    QTest::addRow("schema $ref unresolved")
        << schema
        << QByteArray(
               "{\n  \"properties\": {\n    \"a\": {\"$ref\": \"#/definitions/missing\"}\n  }\n}\n")
        << QString(UnresolvedRef) << 3 << 20;
    // Generated: nesting and alias bombs
    QTest::addRow("YAML nested 10000 deep")
        << flow << generated("deep-yaml") << QString(TooDeep) << 4 << 0;
    QTest::addRow("YAML flow nested 10000 deep")
        << flow << generated("deep-yaml-flow") << QString(TooDeep) << 3 << 0;
    QTest::addRow("YAML nested 300 deep")
        << flow << head + "config: " + QByteArray(300, '[') + QByteArray(300, ']') + "\n"
        << QString(TooDeep) << 3 << 0;
    QTest::addRow("billion laughs")
        << flow << generated("billion-laughs") << QString(AliasBomb) << 0 << 0;
    QTest::addRow("JSON nested 100000 deep")
        << schema << generated("deep-json") << QString(TooDeep) << 1 << 201;
    QTest::addRow("JSON objects nested 100000 deep")
        << schema << generated("deep-json-object") << QString(TooDeep) << 1 << 1001;
}

void tst_ModelErrors::malformedFile()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, content);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(
        Project::pathFor(ProjectFileKind(kind), QStringLiteral("bad")).section(u'/', -1));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    FileError error;
    const Test::AnyModelFile loaded = Test::loadByKind(ProjectFileKind(kind), path, &error);
    QVERIFY(!loaded.loaded());
    QCOMPARE(error.code, code);
    QCOMPARE(error.file, path);
    QVERIFY(!error.message.isEmpty());
    if (line > 0)
        QCOMPARE(error.position.line, line);
    if (column > 0)
        QCOMPARE(error.position.column, column);
    // Nothing written: the input is untouched and no file appeared beside it.
    QCOMPARE(Test::readAll(path), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_ModelErrors::hugeFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.flow.yaml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray line = "# padding padding padding padding padding padding padding padding\n";
        const QByteArray chunk = line.repeated(1024 * 1024 / line.size() + 1);
        file.write("flowsmith: 1\nid: huge\n");
        while (file.size() < 50 * 1024 * 1024)
            file.write(chunk);
    }
    FileError error;
    QVERIFY(!Flow::load(path, &error));
    QCOMPARE(error.code, QString(ErrorCode::FileTooLarge));
    QCOMPARE(error.file, path);
    QVERIFY(error.message.contains(QLatin1String("MiB")));

    // The same bytes handed over in memory are refused too.
    QByteArray bytes(ModelFile::MaxFileSize + 1, ' ');
    QVERIFY(!Flow::fromYaml(bytes, QStringLiteral("memory.flow.yaml"), &error));
    QCOMPARE(error.code, QString(ErrorCode::FileTooLarge));
}

void tst_ModelErrors::missingFile_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("flow") << int(ProjectFileKind::Flow);
    QTest::addRow("mapping") << int(ProjectFileKind::Mapping);
    QTest::addRow("manifest") << int(ProjectFileKind::Manifest);
    QTest::addRow("capabilities") << int(ProjectFileKind::Capabilities);
    QTest::addRow("test suite") << int(ProjectFileKind::TestSuite);
    QTest::addRow("schema") << int(ProjectFileKind::Schema);
}

void tst_ModelErrors::missingFile()
{
    QFETCH(int, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileError error;
    const QString missing = dir.filePath(QStringLiteral("nothing-here.yaml"));
    QVERIFY(!Test::loadByKind(ProjectFileKind(kind), missing, &error).loaded());
    QCOMPARE(error.code, QString(ErrorCode::CannotRead));
    QCOMPARE(error.file, missing);

    // A folder where a file should be.
    QVERIFY(!Test::loadByKind(ProjectFileKind(kind), dir.path(), &error).loaded());
    QCOMPARE(error.code, QString(ErrorCode::CannotRead));
    QCOMPARE(error.file, dir.path());
}

void tst_ModelErrors::projectFolder_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fileSuffix"); // the file the error must name
    QTest::addColumn<int>("line");

    QTest::addRow("missing folder")
        << "missing" << QString(ErrorCode::CannotRead) << "/missing" << 0;
    QTest::addRow("a file, not a folder")
        << "file" << QString(ErrorCode::CannotRead) << "/file" << 0;
    QTest::addRow("no manifest") << "empty" << QString(ErrorCode::CannotRead) << "/flowsmith.yaml"
                                 << 0;
    QTest::addRow("manifest is a folder")
        << "manifest-folder" << QString(ErrorCode::CannotRead) << "/flowsmith.yaml" << 0;
    QTest::addRow("unreadable folder")
        << "unreadable" << QString(ErrorCode::CannotRead) << "/project" << 0;
    QTest::addRow("malformed manifest")
        << "malformed" << QString(ErrorCode::YamlSyntax) << "/flowsmith.yaml" << 3;
    QTest::addRow("newer manifest")
        << "newer" << QString(ErrorCode::NewerFormat) << "/flowsmith.yaml" << 1;
}

void tst_ModelErrors::projectFolder()
{
    QFETCH(QString, setup);
    QFETCH(QString, code);
    QFETCH(QString, fileSuffix);
    QFETCH(int, line);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString folder = dir.filePath(QStringLiteral("project"));
    QDir().mkpath(folder);
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (setup == QLatin1String("missing")) {
        folder = dir.filePath(QStringLiteral("missing"));
    } else if (setup == QLatin1String("file")) {
        folder = dir.filePath(QStringLiteral("file"));
        QVERIFY(write(folder, "flowsmith: 1\n"));
    } else if (setup == QLatin1String("manifest-folder")) {
        QVERIFY(QDir(folder).mkdir(QStringLiteral("flowsmith.yaml")));
    } else if (setup == QLatin1String("unreadable")) {
        if (geteuid() == 0)
            QSKIP("root reads every folder");
        QVERIFY(write(folder + QStringLiteral("/flowsmith.yaml"), "flowsmith: 1\nname: p\n"));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::Permissions()));
    } else if (setup == QLatin1String("malformed")) {
        QVERIFY(write(folder + QStringLiteral("/flowsmith.yaml"), "flowsmith: 1\nname: [p\n"));
    } else if (setup == QLatin1String("newer")) {
        QVERIFY(write(folder + QStringLiteral("/flowsmith.yaml"), "flowsmith: 3\nname: p\n"));
    }

    FileError error;
    const auto project = Project::open(folder, &error);
    QFile::setPermissions(dir.filePath(QStringLiteral("project")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!project);
    QCOMPARE(error.code, code);
    QVERIFY2(error.file.endsWith(fileSuffix), qPrintable(error.file));
    QCOMPARE(error.position.line, line);
}

void tst_ModelErrors::saveIntoMissingFolderFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    FileError error;
    const auto flow
        = Flow::fromYaml("flowsmith: 1\nid: f\n", QStringLiteral("f.flow.yaml"), &error);
    QVERIFY(flow);
    const QString path = dir.filePath(QStringLiteral("no/such/folder/f.flow.yaml"));
    QVERIFY(!flow->save(path, &error));
    QCOMPARE(error.code, QString(ErrorCode::CannotWrite));
    QCOMPARE(error.file, path);
    QVERIFY(!QFileInfo::exists(path));
}

// Validation reports duplicate ids (FS110); the loader keeps both so that the user sees them.
void tst_ModelErrors::duplicateNodeIdsAreNotALoadError()
{
    FileError error;
    const auto flow = Flow::fromYaml("flowsmith: 1\nid: f\nnodes:\n"
                                     "  - {id: a, type: sink.log}\n"
                                     "  - {id: a, type: sink.reply}\n",
                                     QStringLiteral("f.flow.yaml"), &error);
    QVERIFY2(flow, qPrintable(error.toString()));
    QCOMPARE(flow->nodes.size(), 2);
    QCOMPARE(flow->nodes.at(1).type, QStringLiteral("sink.reply"));
    QCOMPARE(flow->nodes.at(1).position, (SourcePosition { 5, 5 }));
}

void tst_ModelErrors::errorToStringNamesThePlace()
{
    FileError error;
    QVERIFY(!Flow::fromYaml("flowsmith: 1\nid: f\nnodes:\n  - {id: a, type: sink.fax}\n",
                            QStringLiteral("flows/f.flow.yaml"), &error));
    QCOMPARE(
        error.toString(),
        QStringLiteral("flows/f.flow.yaml:4:19: FS009: unknown node type 'sink.fax' (node 'a')"));
    const FileError noPlace {
        QStringLiteral("FS001"), QStringLiteral("x.yaml"), {}, QStringLiteral("no such file")
    };
    QCOMPARE(noPlace.toString(), QStringLiteral("x.yaml: FS001: no such file"));
}

QTEST_GUILESS_MAIN(tst_ModelErrors)
#include "tst_modelerrors.moc"
