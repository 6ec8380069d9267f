#include "documenttest.h"

#include "model/documents/mappingcommands.h"
#include "model/documents/mappingdocument.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Flowsmith;
using namespace DocumentTest;

using MakeCommand = std::function<QUndoCommand *(MappingDocument *)>;
using CheckMapping = std::function<void(const Mapping &)>;
Q_DECLARE_METATYPE(MakeCommand)
Q_DECLARE_METATYPE(CheckMapping)

namespace {

const QString fixture = QStringLiteral("shop-order-to-erp.map.yaml");

MappingRule makeRule(const QString &target, const QString &from)
{
    MappingRule rule;
    rule.target = target;
    rule.from = from;
    return rule;
}

QStringList targets(const QList<MappingRule> &rules)
{
    QStringList list;
    for (const MappingRule &rule : rules)
        list.append(rule.target);
    return list;
}

} // namespace

class TestMappingDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commands_data();
    void commands();
    void noOpCommands_data();
    void noOpCommands();
    void signalsCarryPaths();
    void dirtyStateAndSave();
    void randomEditsUndoToOriginalBytes();

private:
    QByteArray m_original;
};

void TestMappingDocument::initTestCase()
{
    m_original = fileBytes(dataPath(fixture));
    MappingDocument document;
    FileError error;
    QVERIFY2(document.load(dataPath(fixture), &error), qPrintable(error.toString()));
    QCOMPARE(document.mapping().toYaml(), m_original);
}

void TestMappingDocument::commands_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<QByteArrayList>("edits");
    QTest::addColumn<CheckMapping>("check");
    using Field = MappingDocument::RuleField;

    QTest::addRow("add rule at the end") << MakeCommand([](MappingDocument *d) {
        return new AddRuleCommand(d, {}, -1, makeRule("channel", "source"));
    }) << QByteArrayList {} << CheckMapping([](const Mapping &m) {
        QCOMPARE(targets(m.rules),
                 QStringList({ "customerName", "orderDate", "lines", "currency", "channel" }));
        QCOMPARE(m.rules.last().from, QStringLiteral("source"));
    });
    QTest::addRow("insert rule first") << MakeCommand([](MappingDocument *d) {
        return new AddRuleCommand(d, {}, 0, makeRule("orderId", "id"));
    }) << QByteArrayList {} << CheckMapping([](const Mapping &m) {
        QCOMPARE(targets(m.rules).first(), QStringLiteral("orderId"));
        QCOMPARE(m.rules.size(), 5);
    });
    QTest::addRow("add nested rule") << MakeCommand([](MappingDocument *d) {
        return new AddRuleCommand(d, { 2 }, 1, makeRule("price", "unitPrice"));
    }) << QByteArrayList {} << CheckMapping([](const Mapping &m) {
        QCOMPARE(targets(m.rules.at(2).rules), QStringList({ "sku", "price", "qty" }));
    });
    QTest::addRow("remove top-level rule")
        << MakeCommand([](MappingDocument *d) { return new RemoveRuleCommand(d, { 1 }); })
        << QByteArrayList { "  - target: orderDate\n    from: createdAt\n"
                            "    function: {name: formatDate, picture: \"[Y0001]-[M01]-[D01]\"}\n",
                            "" }
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(targets(m.rules), QStringList({ "customerName", "lines", "currency" }));
           });
    QTest::addRow("remove forEach rule with its rules")
        << MakeCommand([](MappingDocument *d) { return new RemoveRuleCommand(d, { 2 }); })
        << QByteArrayList { "  - target: lines\n    forEach: items\n    rules:\n"
                            "      - {target: sku, from: productId}\n"
                            "      - {target: qty, from: quantity, function: {name: toNumber}}\n",
                            "" }
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(targets(m.rules), QStringList({ "customerName", "orderDate", "currency" }));
           });
    QTest::addRow("remove nested rule")
        << MakeCommand([](MappingDocument *d) {
               return new RemoveRuleCommand(d, { 2, 0 });
           })
        << QByteArrayList { "      - {target: sku, from: productId}\n", "" }
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(targets(m.rules.at(2).rules), QStringList({ "qty" }));
           });
    QTest::addRow("set target") << MakeCommand([](MappingDocument *d) {
        return new SetRuleCommand(d, { 3 }, Field::Target, QStringLiteral("currencyCode"));
    }) << QByteArrayList { "target: currency\n", "target: currencyCode\n" }
                                << CheckMapping([](const Mapping &m) {
                                       QCOMPARE(m.rules.at(3).target,
                                                QStringLiteral("currencyCode"));
                                   });
    QTest::addRow("set nested from")
        << MakeCommand([](MappingDocument *d) {
               return new SetRuleCommand(d, { 2, 0 }, Field::From, QStringLiteral("sku"));
           })
        << QByteArrayList { "{target: sku, from: productId}", "{target: sku, from: sku}" }
        << CheckMapping([](const Mapping &m) {
               QCOMPARE(m.rules.at(2).rules.at(0).from, QStringLiteral("sku"));
           });
    QTest::addRow("set expr") << MakeCommand([](MappingDocument *d) {
        return new SetRuleCommand(d, { 0 }, Field::Expr,
                                  QStringLiteral("$uppercase(customer.lastName)"));
    })
                              << QByteArrayList { "expr: $uppercase(customer.lastName) & \", \" & "
                                                  "$uppercase(customer.firstName)",
                                                  "expr: $uppercase(customer.lastName)" }
                              << CheckMapping([](const Mapping &m) {
                                     QCOMPARE(m.rules.at(0).expr,
                                              QStringLiteral("$uppercase(customer.lastName)"));
                                 });
    QTest::addRow("set function") << MakeCommand([](MappingDocument *d) {
        return new SetRuleCommand(
            d, { 1 }, Field::Function,
            QVariantMap { { "name", "formatDate" }, { "picture", "[D01].[M01].[Y0001]" } });
    }) << QByteArrayList {} << CheckMapping([](const Mapping &m) {
        QCOMPARE(m.rules.at(1).function.value("picture").toString(),
                 QStringLiteral("[D01].[M01].[Y0001]"));
    });
    QTest::addRow("clear function") << MakeCommand([](MappingDocument *d) {
        return new SetRuleCommand(d, { 2, 1 }, Field::Function, QVariantMap());
    }) << QByteArrayList {} << CheckMapping([](const Mapping &m) {
        QVERIFY(m.rules.at(2).rules.at(1).function.isEmpty());
        QCOMPARE(m.rules.at(2).rules.at(1).from, QStringLiteral("quantity"));
    });
    QTest::addRow("set filter") << MakeCommand([](MappingDocument *d) {
        return new SetRuleCommand(d, { 2 }, Field::Filter, QStringLiteral("quantity > 0"));
    }) << QByteArrayList {} << CheckMapping([](const Mapping &m) {
        QCOMPARE(m.rules.at(2).filter, QStringLiteral("quantity > 0"));
    });
}

void TestMappingDocument::commands()
{
    QFETCH(MakeCommand, make);
    QFETCH(QByteArrayList, edits);
    QFETCH(CheckMapping, check);

    MappingDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    QUndoCommand *command = make(&document);
    QVERIFY(!command->text().isEmpty());
    stack->push(command);
    QCOMPARE(stack->count(), 1);

    const QByteArray afterDo = document.mapping().toYaml();
    QVERIFY(afterDo != m_original);
    if (!edits.isEmpty()) {
        QByteArray expected = m_original;
        QVERIFY(applyEdits(&expected, edits));
        QCOMPARE(afterDo, expected);
    }
    FileError error;
    const std::optional<Mapping> reread = Mapping::fromYaml(afterDo, fixture, &error);
    QVERIFY2(reread, qPrintable(error.toString()));
    check(*reread);
    if (QTest::currentTestFailed())
        return;

    stack->undo();
    QCOMPARE(document.mapping().toYaml(), m_original);
    stack->redo();
    QCOMPARE(document.mapping().toYaml(), afterDo);
    stack->undo();
    QCOMPARE(document.mapping().toYaml(), m_original);
    QVERIFY(!document.isModified());
}

void TestMappingDocument::noOpCommands_data()
{
    QTest::addColumn<MakeCommand>("make");
    using Field = MappingDocument::RuleField;
    QTest::addRow("remove missing rule")
        << MakeCommand([](MappingDocument *d) { return new RemoveRuleCommand(d, { 9 }); });
    QTest::addRow("remove missing nested rule") << MakeCommand([](MappingDocument *d) {
        return new RemoveRuleCommand(d, { 0, 0 });
    });
    QTest::addRow("add under missing parent") << MakeCommand(
        [](MappingDocument *d) { return new AddRuleCommand(d, { 7 }, 0, makeRule("x", "y")); });
    QTest::addRow("add past the end") << MakeCommand(
        [](MappingDocument *d) { return new AddRuleCommand(d, {}, 12, makeRule("x", "y")); });
    QTest::addRow("set to the same value") << MakeCommand([](MappingDocument *d) {
        return new SetRuleCommand(d, { 3 }, Field::From, QStringLiteral("currency"));
    });
    QTest::addRow("set on a missing rule") << MakeCommand([](MappingDocument *d) {
        return new SetRuleCommand(d, { 3, 2 }, Field::From, QStringLiteral("x"));
    });
}

void TestMappingDocument::noOpCommands()
{
    QFETCH(MakeCommand, make);
    MappingDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    document.undoStack()->push(make(&document));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QCOMPARE(document.mapping().toYaml(), m_original);
}

void TestMappingDocument::signalsCarryPaths()
{
    MappingDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QSignalSpy added(&document, &MappingDocument::ruleAdded);
    QSignalSpy removed(&document, &MappingDocument::ruleRemoved);
    QSignalSpy changed(&document, &MappingDocument::ruleChanged);

    document.undoStack()->push(
        new AddRuleCommand(&document, { 2 }, -1, makeRule("note", "remark")));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<QList<int>>(), QList<int>({ 2, 2 }));
    document.undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().value<QList<int>>(), QList<int>({ 2, 2 }));

    document.undoStack()->push(new SetRuleCommand(
        &document, { 2, 1 }, MappingDocument::RuleField::Target, QStringLiteral("quantity")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QList<int>>(), QList<int>({ 2, 1 }));
    QCOMPARE(changed.first().at(1).value<MappingDocument::RuleField>(),
             MappingDocument::RuleField::Target);
}

void TestMappingDocument::dirtyStateAndSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MappingDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QSignalSpy modified(&document, &Document::modifiedChanged);
    document.undoStack()->push(new RemoveRuleCommand(&document, { 0 }));
    QVERIFY(document.isModified());
    const QString path = dir.filePath("m.map.yaml");
    QVERIFY(document.save(path));
    QVERIFY(!document.isModified());
    QCOMPARE(fileBytes(path), document.mapping().toYaml());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 3);

    // The saved file, loaded again, is the same mapping.
    MappingDocument again;
    QVERIFY(again.load(path));
    QCOMPARE(targets(again.mapping().rules), QStringList({ "orderDate", "lines", "currency" }));
}

namespace {

void collectPaths(const QList<MappingRule> &rules, const RulePath &parent, QList<RulePath> *paths)
{
    for (int i = 0; i < rules.size(); ++i) {
        RulePath path = parent;
        path.append(i);
        paths->append(path);
        collectPaths(rules.at(i).rules, path, paths);
    }
}

} // namespace

void TestMappingDocument::randomEditsUndoToOriginalBytes()
{
    MappingDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    QRandomGenerator random(4711);
    QList<QByteArray> snapshots { m_original };
    using Field = MappingDocument::RuleField;
    const QList<Field> fields { Field::Target, Field::From, Field::Expr, Field::ForEach,
                                Field::Filter };

    for (int step = 0; step < 200; ++step) {
        QList<RulePath> paths;
        collectPaths(document.mapping().rules, {}, &paths);
        const RulePath path
            = paths.isEmpty() ? RulePath {} : paths.at(random.bounded(int(paths.size())));
        switch (random.bounded(5)) {
        case 0: {
            const RulePath parent = random.bounded(3) == 0 ? path : RulePath {};
            const QList<MappingRule> *siblings = document.rules(parent);
            const int index = siblings ? random.bounded(int(siblings->size()) + 1) : 0;
            stack->push(new AddRuleCommand(&document, parent, index,
                                           makeRule(QStringLiteral("t%1").arg(step), "s")));
            break;
        }
        case 1:
            if (paths.size() > 2)
                stack->push(new RemoveRuleCommand(&document, path));
            break;
        case 2:
            stack->push(new SetRuleCommand(
                &document, path, Field::Function,
                random.bounded(2) ? QVariantMap { { "name", "toNumber" } } : QVariantMap()));
            break;
        default:
            stack->push(new SetRuleCommand(
                &document, path, fields.at(random.bounded(int(fields.size()))),
                random.bounded(3) ? QStringLiteral("v%1").arg(step) : QString()));
            break;
        }
        snapshots.resize(stack->index());
        snapshots.append(document.mapping().toYaml());
        FileError error;
        QVERIFY2(Mapping::fromYaml(snapshots.last(), fixture, &error),
                 qPrintable(error.toString()));
    }
    QVERIFY(stack->index() > 100);
    while (stack->canUndo()) {
        stack->undo();
        QCOMPARE(document.mapping().toYaml(), snapshots.at(stack->index()));
    }
    QCOMPARE(document.mapping().toYaml(), m_original);
}

QTEST_GUILESS_MAIN(TestMappingDocument)
#include "tst_mappingdocument.moc"
