// The line checks: each finding kind on a small source and target schema, with the problem
// code the project validation reports it under, and the coverage figure.

#include "model/core/mapping.h"
#include "model/core/schema.h"
#include "model/mapping/mappingchecker.h"
#include "model/mapping/mappingcoverage.h"
#include "model/validation/problemcodes.h"
#include "model/validation/projectvalidator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Flowsmith;

namespace {

const char SourceSchema[] = R"({
  "type": "object",
  "properties": {
    "id": {"type": "string"},
    "qty": {"type": "string"},
    "count": {"type": "integer"},
    "tags": {"type": "array", "items": {"type": "string"}},
    "status": {"type": "string", "enum": ["open", "paid", "void"]},
    "items": {"type": "array", "items": {"type": "object", "properties": {
      "sku": {"type": "string"}, "n": {"type": "string"}}}},
    "customer": {"type": "object", "properties": {"name": {"type": "string"}}}
  }
})";

const char TargetSchema[] = R"({
  "type": "object",
  "required": ["key"],
  "properties": {
    "key": {"type": "string"},
    "quantity": {"type": "number"},
    "label": {"type": "string"},
    "labels": {"type": "array", "items": {"type": "string"}},
    "state": {"type": "string", "enum": ["OPEN", "PAID", "VOID"]},
    "lines": {"type": "array", "items": {"type": "object", "required": ["sku"], "properties": {
      "sku": {"type": "string"}, "amount": {"type": "number"}}}}
  }
})";

Schema schema(const char *json, const char *name)
{
    FileError error;
    auto s = Schema::fromJson(QByteArray(json), QString::fromLatin1(name), &error);
    if (!s)
        qFatal("%s", qPrintable(error.message));
    return *s;
}

Mapping mapping(const QByteArray &rules)
{
    FileError error;
    auto m = Mapping::fromYaml("flowsmith: 1\nid: m\nsource: src\ntarget: dst\nrules:\n" + rules,
                               QStringLiteral("m.map.yaml"), &error);
    if (!m)
        qFatal("%s", qPrintable(error.message));
    return *m;
}

const QByteArray Base = "  - {target: key, from: id}\n";

} // namespace

class tst_MappingChecker : public QObject
{
    Q_OBJECT

private slots:
    void finding_data();
    void finding();
    void coverage();
    void projectCodes_data();
    void projectCodes();
};

void tst_MappingChecker::finding_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QStringList>("kinds"); // as the enum's names, sorted
    QTest::addColumn<QString>("targetPath");
    QTest::addColumn<int>("line"); // of the finding in the file; 0: the mapping itself

    QTest::addRow("clean") << Base << QStringList() << QString() << 0;
    QTest::addRow("string into number") << Base + "  - {target: quantity, from: qty}\n"
                                        << QStringList { "TypeMismatch" } << "quantity" << 7;
    QTest::addRow("string into number with toNumber is fine")
        << Base + "  - {target: quantity, from: qty, function: {name: toNumber}}\n"
        << QStringList() << QString() << 0;
    QTest::addRow("integer into number is fine") << Base + "  - {target: quantity, from: count}\n"
                                                 << QStringList() << QString() << 0;
    QTest::addRow("number into string") << Base + "  - {target: label, from: count}\n"
                                        << QStringList { "TypeMismatch" } << "label" << 7;
    QTest::addRow("array into scalar") << Base + "  - {target: label, from: tags}\n"
                                       << QStringList { "Cardinality" } << "label" << 7;
    QTest::addRow("array joined into scalar is fine")
        << Base + "  - {target: label, from: tags, function: {name: join, separator: \",\"}}\n"
        << QStringList() << QString() << 0;
    QTest::addRow("scalar into array") << Base + "  - {target: labels, from: id}\n"
                                       << QStringList { "Cardinality" } << "labels" << 7;
    QTest::addRow("forEach over a scalar")
        << Base + "  - target: lines\n    forEach: id\n    rules:\n      - {target: sku, from: x}\n"
        << QStringList { "Cardinality" } << "lines" << 7;
    QTest::addRow("required unmapped") << QByteArray("  - {target: label, from: id}\n")
                                       << QStringList { "RequiredUnmapped" } << "key" << 0;
    QTest::addRow("required unmapped inside forEach") << Base
            + "  - target: lines\n    forEach: items\n    rules:\n      - {target: amount, from: "
              "n, function: {name: toNumber}}\n" << QStringList { "RequiredUnmapped" }
                                                      << "lines.sku" << 7;
    QTest::addRow("enum: source values not in target")
        << Base + "  - {target: state, from: status}\n"
        << QStringList { "EnumNotCovered" } << "state" << 7;
    QTest::addRow("enum: lookup covers") << Base
            + "  - {target: state, from: status, function: {name: lookup, table: {open: OPEN, "
              "paid: PAID, void: VOID}}}\n"
                                         << QStringList() << QString() << 0;
    QTest::addRow("enum: lookup value outside") << Base
            + "  - {target: state, from: status, function: {name: lookup, table: {open: OPEN, "
              "paid: DONE}}}\n" << QStringList { "EnumNotCovered" }
                                                << "state" << 7;
    QTest::addRow("enum: constant outside")
        << Base + "  - {target: state, function: {name: constant, value: closed}}\n"
        << QStringList { "EnumNotCovered" } << "state" << 7;
    QTest::addRow("unknown source path") << Base + "  - {target: label, from: customer.nmae}\n"
                                         << QStringList { "UnknownSourcePath" } << "label" << 7;
    QTest::addRow("unknown path inside forEach") << Base
            + "  - target: lines\n    forEach: items\n    rules:\n      - {target: sku, from: "
              "skew}\n" << QStringList { "UnknownSourcePath" }
                                                 << "lines.sku" << 10;
    QTest::addRow("unknown concat part") << Base
            + "  - {target: label, function: {name: concat, from: [id, nope], separator: \" \"}}\n"
                                         << QStringList { "UnknownSourcePath" } << "label" << 7;
    QTest::addRow("expressions are not judged")
        << Base + "  - {target: quantity, expr: qty & tags}\n"
        << QStringList() << QString() << 0;
}

void tst_MappingChecker::finding()
{
    QFETCH(QByteArray, rules);
    QFETCH(QStringList, kinds);
    QFETCH(QString, targetPath);
    QFETCH(int, line);

    const Schema source = schema(SourceSchema, "src.schema.json");
    const Schema target = schema(TargetSchema, "dst.schema.json");
    const QList<MappingFinding> findings = MappingChecker::check(mapping(rules), &source, &target);
    QStringList found;
    for (const MappingFinding &finding : findings) {
        static const char *names[] = { "TypeMismatch", "Cardinality", "RequiredUnmapped",
                                       "EnumNotCovered", "UnknownSourcePath" };
        found.append(QLatin1String(names[int(finding.kind)]));
        QVERIFY(!finding.message.isEmpty());
    }
    found.sort();
    QCOMPARE(found, kinds);
    if (!findings.isEmpty()) {
        QCOMPARE(findings.first().targetPath, targetPath);
        QCOMPARE(findings.first().position.line, line);
    }
}

void tst_MappingChecker::coverage()
{
    const Schema target = schema(TargetSchema, "dst.schema.json");
    // 7 leaves: key, quantity, label, labels, state, lines.sku, lines.amount; 1 required (key);
    // lines.sku is required only inside the optional lines.
    const MappingCoverage none = MappingCoverage::compute(mapping("  []\n"), target);
    QCOMPARE(none.fields, 6); // lines counts as one leaf while nothing maps it
    QCOMPARE(none.mapped, 0);
    QCOMPARE(none.required, 1);
    QCOMPARE(none.percentRequired(), 0);

    const MappingCoverage some
        = MappingCoverage::compute(mapping(Base
                                           + "  - target: lines\n    forEach: items\n    rules:\n  "
                                             "    - {target: sku, from: sku}\n"),
                                   target);
    QCOMPARE(some.fields, 7);
    QCOMPARE(some.mapped, 2);
    QCOMPARE(some.percentMapped(), 28);
    QCOMPARE(some.percentRequired(), 100);
    QVERIFY(some.mappedPaths.contains(QStringLiteral("lines.sku")));
}

void tst_MappingChecker::projectCodes_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");

    QTest::addRow("FS125") << Base + "  - {target: quantity, from: qty}\n"
                           << ProblemCodes::MappingTypeMismatch << 7;
    QTest::addRow("FS126") << Base + "  - {target: label, from: tags}\n"
                           << ProblemCodes::MappingCardinality << 7;
    QTest::addRow("FS127") << QByteArray("  - {target: label, from: id}\n")
                           << ProblemCodes::MappingRequiredUnmapped << 4;
    QTest::addRow("FS128") << Base + "  - {target: state, from: status}\n"
                           << ProblemCodes::MappingEnumNotCovered << 7;
    QTest::addRow("FS129") << Base + "  - {target: label, from: nothing}\n"
                           << ProblemCodes::MappingUnknownSourcePath << 7;
}

void tst_MappingChecker::projectCodes()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, code);
    QFETCH(int, line);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir root(dir.path());
    QVERIFY(root.mkpath(QStringLiteral("schemas")) && root.mkpath(QStringLiteral("mappings")));
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(root.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    write(QStringLiteral("flowsmith.yaml"), "flowsmith: 1\nname: t\n");
    write(QStringLiteral("schemas/src.schema.json"), SourceSchema);
    write(QStringLiteral("schemas/dst.schema.json"), TargetSchema);
    write(QStringLiteral("mappings/m.map.yaml"),
          "flowsmith: 1\nid: m\nsource: src\ntarget: dst\nrules:\n" + rules);

    const ProblemList problems = ProjectValidator().validate(dir.path());
    QStringList codes;
    for (const Problem &problem : problems)
        codes.append(problem.code);
    QCOMPARE(codes, QStringList { code });
    QCOMPARE(problems.first().file, QStringLiteral("mappings/m.map.yaml"));
    QCOMPARE(problems.first().position.line, line);
}

QTEST_GUILESS_MAIN(tst_MappingChecker)
#include "tst_mappingchecker.moc"
