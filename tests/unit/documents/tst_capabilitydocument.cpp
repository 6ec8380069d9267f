#include "documenttest.h"

#include "model/documents/capabilitycommands.h"
#include "model/documents/capabilitydocument.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Flowsmith;
using namespace DocumentTest;

using MakeCommand = std::function<QUndoCommand *(CapabilityDocument *)>;
using CheckMap = std::function<void(const CapabilityMap &)>;
Q_DECLARE_METATYPE(MakeCommand)
Q_DECLARE_METATYPE(CheckMap)

namespace {

const QString fixture = QStringLiteral("capabilities.yaml");

Capability makeCapability(const QString &id, const QString &name, int maturity)
{
    Capability capability;
    capability.id = id;
    capability.name = name;
    capability.maturity = maturity;
    return capability;
}

QStringList ids(const QList<Capability> &list)
{
    QStringList result;
    for (const Capability &capability : list)
        result.append(capability.id);
    return result;
}

} // namespace

class TestCapabilityDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commands_data();
    void commands();
    void noOpCommands_data();
    void noOpCommands();
    void signalsNameTheCapability();
    void lookupThroughTheTree();
    void dirtyStateAndSave();
    void macroUndoesAsOne();
    void randomEditsUndoToOriginalBytes();

private:
    QByteArray m_original;
};

void TestCapabilityDocument::initTestCase()
{
    m_original = fileBytes(dataPath(fixture));
    CapabilityDocument document;
    FileError error;
    QVERIFY2(document.load(dataPath(fixture), &error), qPrintable(error.toString()));
    QCOMPARE(document.capabilityMap().toYaml(), m_original);
}

void TestCapabilityDocument::commands_data()
{
    QTest::addColumn<MakeCommand>("make");
    QTest::addColumn<QByteArrayList>("edits");
    QTest::addColumn<CheckMap>("check");
    using Field = CapabilityDocument::CapabilityField;

    QTest::addRow("add top-level capability") << MakeCommand([](CapabilityDocument *d) {
        return new AddCapabilityCommand(d, makeCapability("fulfilment", "Fulfilment", 2));
    }) << QByteArrayList {} << CheckMap([](const CapabilityMap &m) {
        QCOMPARE(ids(m.capabilities),
                 QStringList({ "order-to-cash", "customer-management", "fulfilment" }));
        QCOMPARE(m.capabilities.last().maturity, 2);
    });
    QTest::addRow("add child capability first") << MakeCommand([](CapabilityDocument *d) {
        return new AddCapabilityCommand(d, makeCapability("pricing", "Pricing", 1), "order-to-cash",
                                        0);
    }) << QByteArrayList {} << CheckMap([](const CapabilityMap &m) {
        QCOMPARE(ids(m.capabilities.first().children),
                 QStringList({ "pricing", "order-capture", "invoicing" }));
    });
    QTest::addRow("add grandchild capability") << MakeCommand([](CapabilityDocument *d) {
        return new AddCapabilityCommand(d, makeCapability("opt-in", "Opt-in", 1), "consent");
    }) << QByteArrayList {} << CheckMap([](const CapabilityMap &m) {
        QCOMPARE(ids(m.capabilities.at(1).children.first().children), QStringList({ "opt-in" }));
    });
    QTest::addRow("remove child capability")
        << MakeCommand(
               [](CapabilityDocument *d) { return new RemoveCapabilityCommand(d, "invoicing"); })
        << QByteArrayList { "      - id: invoicing\n        name: Invoicing\n        owner: "
                            "finance\n"
                            "        maturity: 2\n        systems: [erp]\n",
                            "" }
        << CheckMap([](const CapabilityMap &m) {
               QCOMPARE(ids(m.capabilities.first().children), QStringList({ "order-capture" }));
           });
    QTest::addRow("remove top-level capability with children")
        << MakeCommand([](CapabilityDocument *d) {
               return new RemoveCapabilityCommand(d, "order-to-cash");
           })
        << QByteArrayList {} << CheckMap([](const CapabilityMap &m) {
               QCOMPARE(ids(m.capabilities), QStringList({ "customer-management" }));
               QCOMPARE(m.reviews.size(), 2); // notes are kept; validation reports the dangling one
           });
    QTest::addRow("set name") << MakeCommand([](CapabilityDocument *d) {
        return new SetCapabilityFieldCommand(d, "consent", Field::Name, QStringLiteral("Consent"));
    }) << QByteArrayList { "name: Consent management", "name: Consent" }
                              << CheckMap([](const CapabilityMap &m) {
                                     QCOMPARE(m.capability("consent")->name,
                                              QStringLiteral("Consent"));
                                 });
    QTest::addRow("set maturity")
        << MakeCommand([](CapabilityDocument *d) {
               return new SetCapabilityFieldCommand(d, "invoicing", Field::Maturity, 4);
           })
        << QByteArrayList { "        owner: finance\n        maturity: 2\n",
                            "        owner: finance\n        maturity: 4\n" }
        << CheckMap(
               [](const CapabilityMap &m) { QCOMPARE(m.capability("invoicing")->maturity, 4); });
    QTest::addRow("set systems") << MakeCommand([](CapabilityDocument *d) {
        return new SetCapabilityFieldCommand(d, "order-capture", Field::Systems,
                                             QStringList({ "webshop", "erp", "wms" }));
    }) << QByteArrayList { "systems: [webshop, erp]", "systems: [webshop, erp, wms]" }
                                 << CheckMap([](const CapabilityMap &m) {
                                        QCOMPARE(m.capability("order-capture")->systems,
                                                 QStringList({ "webshop", "erp", "wms" }));
                                    });
    QTest::addRow("add flows") << MakeCommand([](CapabilityDocument *d) {
        return new SetCapabilityFieldCommand(d, "invoicing", Field::Flows,
                                             QStringList({ "invoice-sync" }));
    }) << QByteArrayList {} << CheckMap([](const CapabilityMap &m) {
        QCOMPARE(m.capability("invoicing")->flows, QStringList({ "invoice-sync" }));
    });
    QTest::addRow("clear gaps") << MakeCommand([](CapabilityDocument *d) {
        return new SetCapabilityFieldCommand(d, "order-capture", Field::Gaps, QString());
    }) << QByteArrayList { "        gaps: No retry on ERP outages.\n", "" }
                                << CheckMap([](const CapabilityMap &m) {
                                       QVERIFY(m.capability("order-capture")->gaps.isEmpty());
                                   });
    QTest::addRow("set owner") << MakeCommand([](CapabilityDocument *d) {
        return new SetCapabilityFieldCommand(d, "customer-management", Field::Owner,
                                             QStringLiteral("crm-team"));
    }) << QByteArrayList { "owner: marketing", "owner: crm-team" }
                               << CheckMap([](const CapabilityMap &m) {
                                      QCOMPARE(m.capability("customer-management")->owner,
                                               QStringLiteral("crm-team"));
                                  });
    QTest::addRow("add review note") << MakeCommand([](CapabilityDocument *d) {
        ReviewNote note;
        note.capability = "invoicing";
        note.author = "Finance";
        note.date = "2026-11-20";
        note.text = "E-invoicing is due next year.";
        return new AddReviewNoteCommand(d, note);
    }) << QByteArrayList {} << CheckMap([](const CapabilityMap &m) {
        QCOMPARE(m.reviews.size(), 3);
        QCOMPARE(m.reviews.last().capability, QStringLiteral("invoicing"));
        QCOMPARE(m.reviews.last().date, QStringLiteral("2026-11-20"));
    });
    QTest::addRow("insert review note first") << MakeCommand([](CapabilityDocument *d) {
        ReviewNote note;
        note.capability = "consent";
        note.author = "Legal";
        note.text = "Fine.";
        return new AddReviewNoteCommand(d, note, 0);
    }) << QByteArrayList {} << CheckMap([](const CapabilityMap &m) {
        QCOMPARE(m.reviews.first().author, QStringLiteral("Legal"));
        QCOMPARE(m.reviews.size(), 3);
    });
    QTest::addRow("remove review note")
        << MakeCommand([](CapabilityDocument *d) { return new RemoveReviewNoteCommand(d, 0); })
        << QByteArrayList { "  - capability: order-capture\n    author: Enterprise architecture\n"
                            "    date: 2026-10-15\n    text: Add a dead-letter queue before the "
                            "ERP.\n",
                            "" }
        << CheckMap([](const CapabilityMap &m) {
               QCOMPARE(m.reviews.size(), 1);
               QCOMPARE(m.reviews.first().capability, QStringLiteral("consent"));
           });
}

void TestCapabilityDocument::commands()
{
    QFETCH(MakeCommand, make);
    QFETCH(QByteArrayList, edits);
    QFETCH(CheckMap, check);

    CapabilityDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    QUndoCommand *command = make(&document);
    QVERIFY(!command->text().isEmpty());
    stack->push(command);
    QCOMPARE(stack->count(), 1);

    const QByteArray afterDo = document.capabilityMap().toYaml();
    QVERIFY(afterDo != m_original);
    if (!edits.isEmpty()) {
        QByteArray expected = m_original;
        QVERIFY(applyEdits(&expected, edits));
        QCOMPARE(afterDo, expected);
    }
    FileError error;
    const std::optional<CapabilityMap> reread = CapabilityMap::fromYaml(afterDo, fixture, &error);
    QVERIFY2(reread, qPrintable(error.toString()));
    check(*reread);
    if (QTest::currentTestFailed())
        return;

    stack->undo();
    QCOMPARE(document.capabilityMap().toYaml(), m_original);
    stack->redo();
    QCOMPARE(document.capabilityMap().toYaml(), afterDo);
    stack->undo();
    QCOMPARE(document.capabilityMap().toYaml(), m_original);
    QVERIFY(!document.isModified());
}

void TestCapabilityDocument::noOpCommands_data()
{
    QTest::addColumn<MakeCommand>("make");
    using Field = CapabilityDocument::CapabilityField;
    QTest::addRow("add a taken id") << MakeCommand([](CapabilityDocument *d) {
        return new AddCapabilityCommand(d, makeCapability("consent", "Again", 1));
    });
    QTest::addRow("add without id") << MakeCommand([](CapabilityDocument *d) {
        return new AddCapabilityCommand(d, makeCapability({}, "Nameless", 1));
    });
    QTest::addRow("add under a missing parent") << MakeCommand([](CapabilityDocument *d) {
        return new AddCapabilityCommand(d, makeCapability("x", "X", 1), "nope");
    });
    QTest::addRow("remove a missing capability") << MakeCommand(
        [](CapabilityDocument *d) { return new RemoveCapabilityCommand(d, "nope"); });
    QTest::addRow("set maturity to its value") << MakeCommand([](CapabilityDocument *d) {
        return new SetCapabilityFieldCommand(d, "consent", Field::Maturity, 1);
    });
    QTest::addRow("set a field of a missing capability") << MakeCommand([](CapabilityDocument *d) {
        return new SetCapabilityFieldCommand(d, "nope", Field::Name, QStringLiteral("x"));
    });
    QTest::addRow("remove a missing note")
        << MakeCommand([](CapabilityDocument *d) { return new RemoveReviewNoteCommand(d, 5); });
}

void TestCapabilityDocument::noOpCommands()
{
    QFETCH(MakeCommand, make);
    CapabilityDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    document.undoStack()->push(make(&document));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
    QCOMPARE(document.capabilityMap().toYaml(), m_original);
}

void TestCapabilityDocument::signalsNameTheCapability()
{
    CapabilityDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QSignalSpy added(&document, &CapabilityDocument::capabilityAdded);
    QSignalSpy removed(&document, &CapabilityDocument::capabilityRemoved);
    QSignalSpy changed(&document, &CapabilityDocument::capabilityChanged);
    QSignalSpy noteAdded(&document, &CapabilityDocument::reviewNoteAdded);
    QSignalSpy noteRemoved(&document, &CapabilityDocument::reviewNoteRemoved);
    QUndoStack *stack = document.undoStack();

    stack->push(new RemoveCapabilityCommand(&document, "order-capture"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().first().toString(), QStringLiteral("order-capture"));
    stack->undo();
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), QStringLiteral("order-capture"));

    stack->push(new SetCapabilityFieldCommand(&document, "consent",
                                              CapabilityDocument::CapabilityField::Maturity, 2));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toString(), QStringLiteral("consent"));
    QCOMPARE(changed.first().at(1).value<CapabilityDocument::CapabilityField>(),
             CapabilityDocument::CapabilityField::Maturity);

    ReviewNote note;
    note.capability = "consent";
    note.text = "ok";
    stack->push(new AddReviewNoteCommand(&document, note, 1));
    QCOMPARE(noteAdded.count(), 1);
    QCOMPARE(noteAdded.first().first().toInt(), 1);
    stack->undo();
    QCOMPARE(noteRemoved.count(), 1);
    QCOMPARE(noteRemoved.first().first().toInt(), 1);
}

void TestCapabilityDocument::lookupThroughTheTree()
{
    CapabilityDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QCOMPARE(document.pathOf("order-to-cash"), QList<int>({ 0 }));
    QCOMPARE(document.pathOf("invoicing"), QList<int>({ 0, 1 }));
    QCOMPARE(document.pathOf("consent"), QList<int>({ 1, 0 }));
    QVERIFY(document.pathOf("nope").isEmpty());
    QCOMPARE(document.capability("consent")->name, QStringLiteral("Consent management"));
    QCOMPARE(document.capabilityValue("order-capture", CapabilityDocument::CapabilityField::Flows),
             QVariant(QStringList({ "order-sync" })));
}

void TestCapabilityDocument::dirtyStateAndSave()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CapabilityDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    document.undoStack()->push(new SetCapabilityFieldCommand(
        &document, "consent", CapabilityDocument::CapabilityField::Maturity, 3));
    QVERIFY(document.isModified());
    const QString path = dir.filePath("capabilities.yaml");
    QVERIFY(document.save(path));
    QVERIFY(!document.isModified());
    QCOMPARE(fileBytes(path), document.capabilityMap().toYaml());
    document.undoStack()->undo();
    QVERIFY(document.isModified());
    QCOMPARE(document.capabilityMap().toYaml(), m_original);
    document.undoStack()->redo();
    QVERIFY(!document.isModified());
}

// A view may group edits (delete a subtree and its notes) into one undo step.
void TestCapabilityDocument::macroUndoesAsOne()
{
    CapabilityDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    stack->beginMacro(QStringLiteral("Retire consent"));
    stack->push(new RemoveReviewNoteCommand(&document, 1));
    stack->push(new SetCapabilityFieldCommand(&document, "consent",
                                              CapabilityDocument::CapabilityField::Maturity, 1));
    stack->push(new RemoveCapabilityCommand(&document, "consent"));
    stack->endMacro();
    QCOMPARE(stack->count(), 1);
    QVERIFY(!document.capability("consent"));
    stack->undo();
    QCOMPARE(document.capabilityMap().toYaml(), m_original);
    stack->redo();
    QCOMPARE(document.capabilityMap().reviews.size(), 1);
}

namespace {

void collectIds(const QList<Capability> &list, QStringList *ids)
{
    for (const Capability &capability : list) {
        ids->append(capability.id);
        collectIds(capability.children, ids);
    }
}

} // namespace

void TestCapabilityDocument::randomEditsUndoToOriginalBytes()
{
    CapabilityDocument document;
    QVERIFY(document.load(dataPath(fixture)));
    QUndoStack *stack = document.undoStack();
    QRandomGenerator random(1234);
    QList<QByteArray> snapshots { m_original };
    using Field = CapabilityDocument::CapabilityField;

    for (int step = 0; step < 200; ++step) {
        QStringList ids;
        collectIds(document.capabilityMap().capabilities, &ids);
        const QString id = ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
        const int reviews = int(document.capabilityMap().reviews.size());
        switch (random.bounded(7)) {
        case 0:
            stack->push(new AddCapabilityCommand(
                &document, makeCapability(QStringLiteral("c%1").arg(step), "New", 1),
                random.bounded(2) ? id : QString(), -1));
            break;
        case 1:
            if (ids.size() > 3)
                stack->push(new RemoveCapabilityCommand(&document, id));
            break;
        case 2: {
            ReviewNote note;
            note.capability = id;
            note.author = QStringLiteral("Reviewer %1").arg(step);
            note.text = QStringLiteral("Note %1").arg(step);
            stack->push(new AddReviewNoteCommand(&document, note, random.bounded(reviews + 1)));
            break;
        }
        case 3:
            if (reviews > 0)
                stack->push(new RemoveReviewNoteCommand(&document, random.bounded(reviews)));
            break;
        case 4:
            stack->push(
                new SetCapabilityFieldCommand(&document, id, Field::Maturity, random.bounded(6)));
            break;
        case 5:
            stack->push(new SetCapabilityFieldCommand(
                &document, id, random.bounded(2) ? Field::Systems : Field::Flows,
                random.bounded(2) ? QStringList({ "erp", QStringLiteral("s%1").arg(step) })
                                  : QStringList()));
            break;
        default:
            stack->push(new SetCapabilityFieldCommand(
                &document, id,
                QList<Field> { Field::Name, Field::Description, Field::Owner, Field::Gaps }.at(
                    random.bounded(4)),
                random.bounded(3) ? QStringLiteral("text %1").arg(step) : QString()));
            break;
        }
        snapshots.resize(stack->index());
        snapshots.append(document.capabilityMap().toYaml());
        FileError error;
        QVERIFY2(CapabilityMap::fromYaml(snapshots.last(), fixture, &error),
                 qPrintable(error.toString()));
    }
    QVERIFY(stack->index() > 100);
    while (stack->canUndo()) {
        stack->undo();
        QCOMPARE(document.capabilityMap().toYaml(), snapshots.at(stack->index()));
    }
    QCOMPARE(document.capabilityMap().toYaml(), m_original);
}

QTEST_GUILESS_MAIN(TestCapabilityDocument)
#include "tst_capabilitydocument.moc"
