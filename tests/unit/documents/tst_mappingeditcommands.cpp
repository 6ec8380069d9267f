// The mapper's combined edits as document commands (issue 13): map fields (forEach decided
// from the schemas), replace all rules from JSONata text, accept auto-map suggestions, edit a
// rule, change its function. Each do -> undo -> bytes as loaded -> redo -> bytes as after do,
// with no widget.

#include "documenttest.h"

#include "model/core/schema.h"
#include "model/documents/acceptsuggestionscommand.h"
#include "model/documents/mapfieldscommand.h"
#include "model/documents/mappingcommands.h"
#include "model/documents/mappingdocument.h"
#include "model/documents/replacerulescommand.h"
#include "model/mapping/automapper.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Flowsmith;
using namespace DocumentTest;

// The command for a document whose source and target schemas are given (either may be null).
using MakeCommand
    = std::function<QUndoCommand *(MappingDocument *, const Schema *, const Schema *)>;
using CheckMapping = std::function<void(const Mapping &)>;
Q_DECLARE_METATYPE(MakeCommand)
Q_DECLARE_METATYPE(CheckMapping)

namespace {

const QString example = QStringLiteral("example:shop-order-to-erp");
const QString nested = QStringLiteral("messy-nested");
const QString foreachFixture = QStringLiteral("messy-foreach");

QString exampleDir()
{
    return QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash/");
}

QString mappingPath(const QString &fixture)
{
    return fixture.startsWith(u"example:")
        ? exampleDir() + QStringLiteral("mappings/") + fixture.mid(8) + QStringLiteral(".map.yaml")
        : dataPath(fixture + QStringLiteral(".map.yaml"));
}

std::optional<Schema> loadSchema(const QString &fixture, const QString &id)
{
    const QString path = fixture.startsWith(u"example:")
        ? exampleDir() + QStringLiteral("schemas/") + id + QStringLiteral(".schema.json")
        : dataPath(id + QStringLiteral(".schema.json"));
    FileError error;
    std::optional<Schema> schema = Schema::load(path, &error);
    if (!schema)
        qWarning("%s", qPrintable(error.toString()));
    return schema;
}

MakeCommand mapFields(const QStringList &sources, const QString &target, bool schemas = true)
{
    return [=](MappingDocument *d, const Schema *source, const Schema *targetSchema) {
        return new MapFieldsCommand(d, sources, target, schemas ? source : nullptr,
                                    schemas ? targetSchema : nullptr);
    };
}

MakeCommand fromText(const QString &text)
{
    return [=](MappingDocument *d, const Schema *, const Schema *) -> QUndoCommand * {
        QString error;
        std::unique_ptr<ReplaceRulesCommand> command
            = ReplaceRulesCommand::fromText(d, text, &error);
        if (!command)
            qWarning("%s", qPrintable(error));
        return command.release();
    };
}

MappingSuggestion suggestion(const QString &target, const QString &source)
{
    MappingSuggestion s;
    s.targetPath = target;
    s.sourcePath = source;
    s.score = 1;
    return s;
}

// "target<from|forEach|fn>" per rule, nested rules in brackets: a whole rule tree at a glance.
QString describe(const QList<MappingRule> &rules)
{
    QStringList parts;
    for (const MappingRule &rule : rules) {
        QString text = rule.target;
        if (!rule.from.isEmpty())
            text += QStringLiteral("<") + rule.from;
        if (!rule.forEach.isEmpty())
            text += QStringLiteral("*") + rule.forEach;
        if (!rule.expr.isEmpty())
            text += QStringLiteral("=") + rule.expr;
        if (!rule.function.isEmpty())
            text += QStringLiteral("|") + rule.function.value("name").toString();
        if (!rule.rules.isEmpty())
            text += u'[' + describe(rule.rules) + u']';
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestMappingEditCommands : public QObject
{
    Q_OBJECT

private slots:
    void commands_data();
    void commands();
    void noOps_data();
    void noOps();
    void mapFieldsTellsWhereTheRuleWent_data();
    void mapFieldsTellsWhereTheRuleWent();
    void badTextIsRefusedBeforeAnyChange_data();
    void badTextIsRefusedBeforeAnyChange();
    void acceptsWhatTheAutoMapperSuggests();
};

void TestMappingEditCommands::commands_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<CheckMapping>("check");

    // Map fields: the forEach decision comes from the schemas.
    QTest::addRow("field in an array onto a field in an array: a forEach")
        << nested << mapFields({ "positionen.artikel" }, "lines.sku")
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules),
                        QStringLiteral("orderNo<auftragsNr, "
                                       "lines*positionen[sku<artikel]"));
           });
    QTest::addRow("two levels of nested arrays")
        << nested << mapFields({ "positionen.chargen.menge" }, "lines.batches.qty")
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules),
                        QStringLiteral("orderNo<auftragsNr, "
                                       "lines*positionen[batches*chargen[qty<menge]]"));
           });
    QTest::addRow("array onto array")
        << nested << mapFields({ "tags" }, "labels") << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules),
                        QStringLiteral("orderNo<auftragsNr, "
                                       "labels*tags"));
           });
    QTest::addRow("array onto array without schemas: a plain path")
        << nested << mapFields({ "tags" }, "labels", false) << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules), QStringLiteral("orderNo<auftragsNr, labels<tags"));
           });
    QTest::addRow("nested field without schemas: a plain path")
        << nested << mapFields({ "positionen.artikel" }, "lines.sku", false)
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules),
                        QStringLiteral("orderNo<auftragsNr, lines.sku<positionen.artikel"));
           });
    QTest::addRow("array into a scalar is a path")
        << nested << mapFields({ "leer" }, "note") << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules), QStringLiteral("orderNo<auftragsNr, note<leer"));
           });
    QTest::addRow("non-Latin source field")
        << nested << mapFields({ QStringLiteral("kunde.名前") }, "customerName")
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(m.rules.last().from, QStringLiteral("kunde.名前"));
           });
    QTest::addRow("two sources: a concatenation")
        << nested
        << mapFields({ QStringLiteral("kunde.名前"), QStringLiteral("kunde.Straße") }, "note")
        << CheckMapping([](const Mapping &m) {
               const MappingRule &rule = m.rules.last();
               QCOMPARE(rule.target, QStringLiteral("note"));
               QCOMPARE(rule.function.value("name").toString(), QStringLiteral("concat"));
               QCOMPARE(
                   rule.function.value("from").toStringList(),
                   QStringList({ QStringLiteral("kunde.名前"), QStringLiteral("kunde.Straße") }));
           });
    QTest::addRow("target already mapped: replaced in its place")
        << nested << mapFields({ QStringLiteral("kunde.名前") }, "orderNo")
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules), QStringLiteral("orderNo<kunde.名前"));
           });
    QTest::addRow("example: into the forEach rule, replacing")
        << example << mapFields({ "items.sku" }, "lines.material")
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(m.rules.size(), 7);
               QCOMPARE(describe(m.rules.at(6).rules),
                        QStringLiteral("material<sku, quantity<quantity|toNumber, "
                                       "unitPrice<unitPrice"));
           });
    QTest::addRow("example: a root field inside a forEach reads from $$")
        << example << mapFields({ "orderId" }, "lines.unitPrice")
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(m.rules.at(6).rules.at(2).from, QStringLiteral("$$.orderId"));
           });
    QTest::addRow("another array onto a mapped array keeps its element rules")
        << foreachFixture << mapFields({ "leer" }, "lines") << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules), QStringLiteral("lines*leer[sku<artikel], labels<tags"));
               QVERIFY(m.rules.at(0).filter.isEmpty()); // it read the old elements
           });
    QTest::addRow("a nested array field nests into the forEach beside the others")
        << foreachFixture << mapFields({ "positionen.chargen.menge" }, "lines.batches.qty")
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules),
                        QStringLiteral("lines*positionen[sku<artikel, batches*chargen[qty<menge]], "
                                       "labels<tags"));
               QCOMPARE(m.rules.at(0).filter, QStringLiteral("artikel != \"\""));
           });
    QTest::addRow("a path rule that writes an array becomes a forEach")
        << foreachFixture << mapFields({ "tags" }, "labels") << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules),
                        QStringLiteral("lines*positionen[sku<artikel], labels*tags"));
           });
    QTest::addRow("example: a concatenation replaces an expression")
        << example << mapFields({ "customer.lastName", "customer.firstName" }, "customerName")
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe({ m.rules.at(2) }), QStringLiteral("customerName|concat"));
               QVERIFY(m.rules.at(2).expr.isEmpty());
           });

    // Replace all rules from text.
    QTest::addRow("text: fewer rules")
        << example
        << fromText(
               QStringLiteral("{\"externalReference\": orderId, "
                              "\"customerName\": customer.firstName & \" \" & customer.lastName}"))
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(m.rules.size(), 2);
               QCOMPARE(m.rules.at(0).from, QStringLiteral("orderId"));
               QVERIFY(!m.rules.at(1).expr.isEmpty());
           });
    QTest::addRow("text: a forEach and non-Latin keys")
        << nested
        << fromText(QStringLiteral("{\"orderNo\": auftragsNr, \"größe\": kunde.`名前`, "
                                   "\"lines\": [positionen.{\"sku\": artikel}]}"))
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(m.rules.size(), 3);
               QCOMPARE(m.rules.at(1).target, QStringLiteral("größe"));
               QCOMPARE(m.rules.at(2).forEach, QStringLiteral("positionen"));
               QCOMPARE(m.rules.at(2).rules.size(), 1);
           });
    QTest::addRow("text: no rules at all")
        << example << fromText(QStringLiteral("{}")) << CheckMapping([](const Mapping &m) {
               QVERIFY(m.rules.isEmpty());
               QCOMPARE(m.source, QStringLiteral("shop-order"));
           });

    // Accept suggestions.
    QTest::addRow("suggestions: taken and repeated targets skipped")
        << nested << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new AcceptSuggestionsCommand(
                   d,
                   { suggestion("orderNo", "kunde.Straße"),
                     suggestion("customerName", QStringLiteral("kunde.名前")),
                     suggestion("customerName", "auftragsNr"), suggestion("", "tags"),
                     suggestion("note", ""), suggestion("note", QStringLiteral("kunde.Straße")) });
           })
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe(m.rules),
                        QStringLiteral("orderNo<auftragsNr, "
                                       "customerName<kunde.名前, "
                                       "note<kunde.Straße"));
           });

    // The rule panel's edits.
    QTest::addRow("edit rule: only what differs")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               MappingRule rule = *d->rule({ 3 });
               rule.from = QStringLiteral("updatedAt");
               return new EditRuleCommand(d, { 3 }, rule);
           })
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(m.rules.at(3).from, QStringLiteral("updatedAt"));
               QCOMPARE(m.rules.at(3).function.value("picture").toString(),
                        QStringLiteral("[Y0001]-[M01]-[D01]"));
           });
    QTest::addRow("edit nested rule: target and source")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               MappingRule rule = *d->rule({ 6, 1 });
               rule.target = QStringLiteral("Menge");
               rule.from = QStringLiteral("qty");
               rule.function.clear();
               return new EditRuleCommand(d, { 6, 1 }, rule);
           })
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe({ m.rules.at(6).rules.at(1) }), QStringLiteral("Menge<qty"));
           });
    QTest::addRow("function: concat takes the source")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new ChangeRuleFunctionCommand(d, { 0 }, "concat");
           })
        << CheckMapping([](const Mapping &m) {
               QVERIFY(m.rules.at(0).from.isEmpty());
               QCOMPARE(m.rules.at(0).function.value("from").toStringList(),
                        QStringList { "orderId" });
           });
    QTest::addRow("function: an expression starts from the source")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new ChangeRuleFunctionCommand(d, { 3 }, "expr");
           })
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(describe({ m.rules.at(3) }), QStringLiteral("orderDate=createdAt"));
           });
    QTest::addRow("function: leaving an expression keeps its text as the source")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new ChangeRuleFunctionCommand(d, { 2 }, "trim");
           })
        << CheckMapping([](const Mapping &m) {
               QVERIFY(m.rules.at(2).expr.isEmpty());
               QVERIFY(m.rules.at(2).from.startsWith(QStringLiteral("$uppercase")));
               QCOMPARE(m.rules.at(2).function.value("name").toString(), QStringLiteral("trim"));
           });
    QTest::addRow("function: none")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new ChangeRuleFunctionCommand(d, { 6, 1 }, {});
           })
        << CheckMapping(
               [](const Mapping &m) { QVERIFY(m.rules.at(6).rules.at(1).function.isEmpty()); });
}

void TestMappingEditCommands::commands()
{
    QFETCH(QString, fixture);
    QFETCH(MakeCommand, make);
    QFETCH(CheckMapping, check);

    const QByteArray original = fileBytes(mappingPath(fixture));
    MappingDocument document;
    FileError error;
    QVERIFY2(document.load(mappingPath(fixture), &error), qPrintable(error.toString()));
    QCOMPARE(document.mapping().toYaml(), original);
    const std::optional<Schema> source = loadSchema(fixture, document.mapping().source);
    const std::optional<Schema> target = loadSchema(fixture, document.mapping().target);
    QVERIFY(source && target);

    QUndoStack *stack = document.undoStack();
    QUndoCommand *command = make(&document, &*source, &*target);
    QVERIFY(command);
    QVERIFY(!command->text().isEmpty());
    stack->push(command);
    QCOMPARE(stack->count(), 1);
    const QByteArray afterDo = document.mapping().toYaml();
    QVERIFY(afterDo != original);
    const std::optional<Mapping> reread = Mapping::fromYaml(afterDo, fixture, &error);
    QVERIFY2(reread, qPrintable(error.toString()));
    check(*reread);
    if (QTest::currentTestFailed())
        return;

    stack->undo();
    QCOMPARE(document.mapping().toYaml(), original);
    QVERIFY(!document.isModified());
    stack->redo();
    QCOMPARE(document.mapping().toYaml(), afterDo);
    stack->undo();
    QCOMPARE(document.mapping().toYaml(), original);
}

void TestMappingEditCommands::noOps_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<MakeCommand>("make");
    QTest::addRow("map no sources") << nested << mapFields({}, "note");
    QTest::addRow("map onto no target") << nested << mapFields({ "auftragsNr" }, {});
    QTest::addRow("accept no suggestions")
        << nested << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new AcceptSuggestionsCommand(d, {});
           });
    QTest::addRow("accept only taken targets")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new AcceptSuggestionsCommand(d, { suggestion("currency", "total") });
           });
    QTest::addRow("edit a rule to what it is")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new EditRuleCommand(d, { 6 }, *d->rule({ 6 }));
           });
    QTest::addRow("edit a rule that is not there")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new EditRuleCommand(d, { 42 }, MappingRule());
           });
    QTest::addRow("a forEach rule has no function")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new ChangeRuleFunctionCommand(d, { 6 }, "trim");
           });
    QTest::addRow("an expression stays an expression")
        << example << MakeCommand([](MappingDocument *d, const Schema *, const Schema *) {
               return new ChangeRuleFunctionCommand(d, { 2 }, "expr");
           });
    QTest::addRow("map a field as it is mapped")
        << example << mapFields({ "orderId" }, "externalReference");
    QTest::addRow("map an array as it is mapped") << example << mapFields({ "items" }, "lines");
}

void TestMappingEditCommands::noOps()
{
    QFETCH(QString, fixture);
    QFETCH(MakeCommand, make);
    const QByteArray original = fileBytes(mappingPath(fixture));
    MappingDocument document;
    QVERIFY(document.load(mappingPath(fixture)));
    const std::optional<Schema> source = loadSchema(fixture, document.mapping().source);
    const std::optional<Schema> target = loadSchema(fixture, document.mapping().target);
    QUndoCommand *command
        = make(&document, source ? &*source : nullptr, target ? &*target : nullptr);
    document.undoStack()->push(command);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.mapping().toYaml(), original);
    QVERIFY(!document.isModified());
}

void TestMappingEditCommands::mapFieldsTellsWhereTheRuleWent_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QString>("target");
    QTest::addColumn<RulePath>("path");
    QTest::addRow("new at the end")
        << nested << QStringList { "tags" } << "labels" << RulePath { 1 };
    QTest::addRow("replaced in place")
        << nested << QStringList { "tags" } << "orderNo" << RulePath { 0 };
    QTest::addRow("nested replaced")
        << example << QStringList { "items.quantity" } << "lines.quantity" << RulePath { 6, 1 };
    QTest::addRow("a new forEach: its rule")
        << nested << QStringList { "positionen.artikel" } << "lines.sku" << RulePath { 1 };
}

void TestMappingEditCommands::mapFieldsTellsWhereTheRuleWent()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, sources);
    QFETCH(QString, target);
    QFETCH(RulePath, path);
    MappingDocument document;
    QVERIFY(document.load(mappingPath(fixture)));
    const std::optional<Schema> sourceSchema = loadSchema(fixture, document.mapping().source);
    const std::optional<Schema> targetSchema = loadSchema(fixture, document.mapping().target);
    auto *command
        = new MapFieldsCommand(&document, sources, target, &*sourceSchema, &*targetSchema);
    QCOMPARE(command->rulePath(), path);
    const MappingRule expected = command->rule();
    document.undoStack()->push(command);
    QVERIFY(document.rule(path));
    QCOMPARE(document.rule(path)->target, expected.target);
    QCOMPARE(document.rule(path)->from, expected.from);
    QCOMPARE(document.rule(path)->forEach, expected.forEach);
}

void TestMappingEditCommands::badTextIsRefusedBeforeAnyChange_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("not an object") << QStringLiteral("orderId");
    QTest::addRow("unclosed") << QStringLiteral("{\"a\": orderId");
    QTest::addRow("binary") << QString::fromLatin1("\x01\x02{\xff");
    QTest::addRow("non-Latin garbage") << QStringLiteral("{\"名前\": }");
}

void TestMappingEditCommands::badTextIsRefusedBeforeAnyChange()
{
    QFETCH(QString, text);
    MappingDocument document;
    QVERIFY(document.load(mappingPath(example)));
    const QByteArray original = document.mapping().toYaml();
    QString error;
    std::unique_ptr<ReplaceRulesCommand> command
        = ReplaceRulesCommand::fromText(&document, text, &error);
    QVERIFY(!command);
    QVERIFY(!error.isEmpty());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.mapping().toYaml(), original);
}

void TestMappingEditCommands::acceptsWhatTheAutoMapperSuggests()
{
    // A mapping with no rules yet, between two schemas of the example.
    const QByteArray yaml = "flowsmith: 1\nid: fresh\nsource: crm-contact\n"
                            "target: marketing-contact\nrules: []\n";
    FileError error;
    std::optional<Mapping> mapping
        = Mapping::fromYaml(yaml, QStringLiteral("fresh.map.yaml"), &error);
    QVERIFY2(mapping, qPrintable(error.toString()));
    MappingDocument document(*mapping);
    const QByteArray original = document.mapping().toYaml();
    const std::optional<Schema> source = loadSchema(example, QStringLiteral("crm-contact"));
    const std::optional<Schema> target = loadSchema(example, QStringLiteral("marketing-contact"));
    QVERIFY(source && target);
    const QList<MappingSuggestion> suggestions
        = AutoMapper::suggest(document.mapping(), *source, *target);
    QVERIFY(!suggestions.isEmpty());

    QUndoStack *stack = document.undoStack();
    stack->push(new AcceptSuggestionsCommand(&document, suggestions));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(document.mapping().rules.size(), suggestions.size());
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        QCOMPARE(document.mapping().rules.at(i).target, suggestions.at(i).targetPath);
        QCOMPARE(document.mapping().rules.at(i).from, suggestions.at(i).sourcePath);
    }
    const QByteArray afterDo = document.mapping().toYaml();
    // Nothing is left to suggest once all are taken.
    QVERIFY(AutoMapper::suggest(document.mapping(), *source, *target).isEmpty());
    stack->undo();
    QCOMPARE(document.mapping().toYaml(), original);
    stack->redo();
    QCOMPARE(document.mapping().toYaml(), afterDo);
}

QTEST_GUILESS_MAIN(TestMappingEditCommands)
#include "tst_mappingeditcommands.moc"
