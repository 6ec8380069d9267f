#include "editors/expr/jsonataeditor.h"
#include "editors/inspector/configfieldeditor.h"
#include "editors/inspector/flowform.h"
#include "editors/inspector/inspectorview.h"
#include "editors/inspector/nodeform.h"
#include "editors/inspector/objectlisteditor.h"
#include "editors/palette/palettewidget.h"
#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/core/project.h"
#include "model/documents/flowcommands.h"
#include "model/documents/flowdocument.h"
#include "model/documents/nodecommands.h"
#include "model/documents/nodepropertycommands.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Flowsmith;

namespace {

const QString exampleProject
    = QStringLiteral(FLOWSMITH_SOURCE_DIR "/resources/examples/retail-order-to-cash");

FlowNode node(const QString &id, const QString &type, const QVariantMap &config = {})
{
    FlowNode n;
    n.id = id;
    n.type = type;
    n.config = config;
    n.at = QPointF(100, 100);
    return n;
}

/// One node of every kind of config field, with values to change and to undo back to.
Flow testFlow()
{
    Flow flow;
    flow.id = QStringLiteral("inspected");
    flow.name = QStringLiteral("Inspected");
    flow.governance.owner = QStringLiteral("integration-team");
    flow.slo.latencyMs = 2000;
    const QVariantMap retry { { QStringLiteral("attempts"), qint64(3) },
                              { QStringLiteral("backoffMs"), qint64(1000) } };
    flow.nodes = {
        node(QStringLiteral("receive"), QStringLiteral("source.http"),
             { { QStringLiteral("method"), QStringLiteral("POST") },
               { QStringLiteral("path"), QStringLiteral("/orders") } }),
        node(QStringLiteral("tick"), QStringLiteral("source.timer"),
             { { QStringLiteral("interval"), qint64(60000) } }),
        node(QStringLiteral("to-erp"), QStringLiteral("transform.map"),
             { { QStringLiteral("mapping"), QStringLiteral("shop-order-to-erp") } }),
        node(QStringLiteral("to-crm"), QStringLiteral("transform.map"),
             { { QStringLiteral("mapping"), QStringLiteral("crm-contact-to-marketing") } }),
        node(QStringLiteral("paid"), QStringLiteral("route.filter"),
             { { QStringLiteral("condition"), QStringLiteral("status = \"paid\"") } }),
        node(QStringLiteral("which"), QStringLiteral("route.choice")),
        node(QStringLiteral("check"), QStringLiteral("quality.validate"),
             { { QStringLiteral("schema"), QStringLiteral("erp-sales-order") } }),
        node(QStringLiteral("mask"), QStringLiteral("security.mask"),
             { { QStringLiteral("fields"), QVariantList { QStringLiteral("email") } } }),
        node(QStringLiteral("erp"), QStringLiteral("sink.http"),
             { { QStringLiteral("system"), QStringLiteral("erp") },
               { QStringLiteral("method"), QStringLiteral("POST") },
               { QStringLiteral("path"), QStringLiteral("/sales-orders") },
               { QStringLiteral("retry"), retry },
               { QStringLiteral("timeoutMs"), qint64(5000) } }),
    };
    FlowEdge edge;
    edge.from = { QStringLiteral("receive"), QStringLiteral("out") };
    edge.to = { QStringLiteral("to-erp"), QStringLiteral("in") };
    flow.edges.append(edge);
    edge.from = { QStringLiteral("to-erp"), QStringLiteral("out") };
    edge.to = { QStringLiteral("erp"), QStringLiteral("in") };
    flow.edges.append(edge);
    return flow;
}

QString shownText(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        return text->toPlainText();
    if (auto *expression = qobject_cast<JsonataEditor *>(widget))
        return expression->text();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentData().toString();
    return QString();
}

/// A window with the inspector and a line edit to move the focus to, as leaving a field does.
struct Window
{
    QWidget window;
    InspectorView *inspector = new InspectorView;
    QLineEdit *elsewhere = new QLineEdit;
    FlowDocument document { testFlow() };
    std::optional<Project> project;

    Window()
    {
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(inspector, 1);
        layout->addWidget(elsewhere);
        FileError error;
        project = Project::open(exampleProject, &error);
        if (!project)
            qFatal("cannot open %s", qPrintable(exampleProject));
        inspector->setProject(&*project);
        inspector->showFlowDocument(&document, QStringLiteral("flows/inspected.flow.yaml"));
        window.resize(520, 900);
        window.show();
        window.activateWindow();
    }

    QUndoStack *stack() const { return document.undoStack(); }
    QVariantMap config(const QString &id) const { return document.node(id)->config; }

    /// Types `text` into `widget` the way its kind of field is edited, and commits it.
    void edit(QWidget *widget, const QString &text)
    {
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->setFocus();
            line->selectAll();
            if (text.isEmpty())
                QTest::keyClick(line, Qt::Key_Delete);
            else
                QTest::keyClicks(line, text);
            QTest::keyClick(line, Qt::Key_Return);
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget)) {
            plain->setFocus();
            plain->selectAll();
            QTest::keyClicks(plain, text);
            elsewhere->setFocus();
        } else if (auto *expression = qobject_cast<JsonataEditor *>(widget)) {
            expression->setFocus();
            expression->selectAll();
            QTest::keyClicks(expression, text);
            elsewhere->setFocus();
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            // Open the list, pick with the keyboard: one choice, one 'activated'.
            const int index = combo->findData(text);
            QVERIFY2(index >= 0, qPrintable(text));
            combo->showPopup();
            QAbstractItemView *list = combo->view();
            list->setCurrentIndex(combo->model()->index(index, 0));
            QTest::keyClick(list, Qt::Key_Return);
            QVERIFY(!list->isVisible());
        } else {
            QFAIL("no way to edit this widget");
        }
    }
};

} // namespace

class tst_Inspector : public QObject
{
    Q_OBJECT

private slots:
    void formFollowsTheNodeType();
    void editEveryFieldType_data();
    void editEveryFieldType();
    void invalidInputMakesNoCommand_data();
    void invalidInputMakesNoCommand();
    void objectListAsTable();
    void booleanField();
    void renameAndChangeId();
    void undoFromOutsideRefreshesTheForm();
    void severalNodes();
    void openMapping();
    void nothingSelectedEditsTheFlow();
    void selectionFollowsTheDocument();
    void screenshot();
};

void tst_Inspector::formFollowsTheNodeType()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    QVERIFY(!w.inspector->nodeForm());
    w.inspector->setSelectedNodes({ QStringLiteral("erp") });
    NodeForm *form = w.inspector->nodeForm();
    QVERIFY(form);
    QVERIFY(form->isVisible());
    QCOMPARE(w.inspector->selectedNodes(), QStringList { QStringLiteral("erp") });
    QCOMPARE(form->findChild<QLabel *>(QStringLiteral("nodeTitle"))->text(), QStringLiteral("erp"));
    QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("nodeId"))->text(), QStringLiteral("erp"));

    // One editor per field of sink.http, of the kind the field's type calls for.
    const NodeType *type = NodeCatalog::instance().type(QStringLiteral("sink.http"));
    for (const ConfigField &field : type->configFields)
        QVERIFY2(form->fieldEditor(field.key), qPrintable(field.key));
    QVERIFY(qobject_cast<QComboBox *>(form->fieldEditor(QStringLiteral("system"))->editor()));
    QVERIFY(qobject_cast<QComboBox *>(form->fieldEditor(QStringLiteral("method"))->editor()));
    QVERIFY(qobject_cast<QLineEdit *>(form->fieldEditor(QStringLiteral("timeoutMs"))->editor()));
    QVERIFY(qobject_cast<QPlainTextEdit *>(form->fieldEditor(QStringLiteral("retry"))->editor()));
    QCOMPARE(shownText(form->fieldEditor(QStringLiteral("system"))->editor()),
             QStringLiteral("erp"));
    QCOMPARE(shownText(form->fieldEditor(QStringLiteral("timeoutMs"))->editor()),
             QStringLiteral("5000"));

    // Systems come from the project manifest.
    auto *systems
        = qobject_cast<QComboBox *>(form->fieldEditor(QStringLiteral("system"))->editor());
    for (const SystemInfo &system : w.project->manifest().systems)
        QVERIFY2(systems->findData(system.id) >= 0, qPrintable(system.id));

    // An expression is edited in the JSONata editor.
    w.inspector->setSelectedNodes({ QStringLiteral("paid") });
    QVERIFY(qobject_cast<JsonataEditor *>(
        w.inspector->nodeForm()->fieldEditor(QStringLiteral("condition"))->editor()));
    QCOMPARE(shownText(w.inspector->nodeForm()->fieldEditor(QStringLiteral("condition"))->editor()),
             QStringLiteral("status = \"paid\""));
}

void tst_Inspector::editEveryFieldType_data()
{
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QVariant>("expected"); // invalid: the key is removed

    QTest::addRow("string") << "receive"
                            << "path"
                            << "/v2/orders" << QVariant(QStringLiteral("/v2/orders"));
    QTest::addRow("string cleared") << "erp"
                                    << "path"
                                    << "" << QVariant();
    QTest::addRow("integer") << "erp"
                             << "timeoutMs"
                             << "7500" << QVariant(qint64(7500));
    QTest::addRow("enum") << "erp"
                          << "method"
                          << "PUT" << QVariant(QStringLiteral("PUT"));
    QTest::addRow("system") << "erp"
                            << "system"
                            << "crm" << QVariant(QStringLiteral("crm"));
    QTest::addRow("system unset") << "erp"
                                  << "system"
                                  << "" << QVariant();
    QTest::addRow("mapping") << "to-erp"
                             << "mapping"
                             << "shipment-to-tracking"
                             << QVariant(QStringLiteral("shipment-to-tracking"));
    QTest::addRow("schema") << "check"
                            << "schema"
                            << "shop-order" << QVariant(QStringLiteral("shop-order"));
    QTest::addRow("expression") << "paid"
                                << "condition"
                                << "total > 100" << QVariant(QStringLiteral("total > 100"));
    QTest::addRow("text as JSON") << "tick"
                                  << "body"
                                  << "{\"ping\": true}"
                                  << QVariant(QVariantMap { { QStringLiteral("ping"), true } });
    QTest::addRow("text") << "tick"
                          << "body"
                          << "hello" << QVariant(QStringLiteral("hello"));
    QTest::addRow("string list") << "mask"
                                 << "fields"
                                 << "email, phone,iban"
                                 << QVariant(QVariantList { QStringLiteral("email"),
                                                            QStringLiteral("phone"),
                                                            QStringLiteral("iban") });
    QTest::addRow("object") << "erp"
                            << "retry"
                            << "{\"attempts\": 5}"
                            << QVariant(QVariantMap { { QStringLiteral("attempts"), qint64(5) } });
}

void tst_Inspector::editEveryFieldType()
{
    QFETCH(QString, nodeId);
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QVariant, expected);

    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    const QVariantMap before = w.config(nodeId);
    const QByteArray bytesBefore = w.document.flow().toYaml();
    w.inspector->setSelectedNodes({ nodeId });
    ConfigFieldEditor *editor = w.inspector->nodeForm()->fieldEditor(key);
    QVERIFY(editor);
    const QString textBefore = shownText(editor->editor());

    w.edit(editor->editor(), input);
    QCOMPARE(w.stack()->count(), 1);
    if (expected.isValid())
        QCOMPARE(w.config(nodeId).value(key), expected);
    else
        QVERIFY(!w.config(nodeId).contains(key));
    // Only that key changed.
    QVariantMap others = w.config(nodeId);
    others.remove(key);
    QVariantMap othersBefore = before;
    othersBefore.remove(key);
    QCOMPARE(others, othersBefore);

    // Leaving the field again, or committing the same text, adds nothing.
    editor->editor()->setFocus();
    w.elsewhere->setFocus();
    QCOMPARE(w.stack()->count(), 1);

    // Undo puts the value, the bytes and the form back; redo again.
    w.stack()->undo();
    QCOMPARE(w.config(nodeId), before);
    QCOMPARE(w.document.flow().toYaml(), bytesBefore);
    QCOMPARE(shownText(w.inspector->nodeForm()->fieldEditor(key)->editor()), textBefore);
    w.stack()->redo();
    QCOMPARE(shownText(w.inspector->nodeForm()->fieldEditor(key)->editor()),
             ConfigFieldEditor::format(editor->field(), expected));
}

void tst_Inspector::invalidInputMakesNoCommand_data()
{
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addRow("integer") << "erp"
                             << "timeoutMs"
                             << "soon";
    QTest::addRow("fraction for integer") << "tick"
                                          << "interval"
                                          << "1.5";
    QTest::addRow("object") << "erp"
                            << "retry"
                            << "{attempts: 5";
    QTest::addRow("list for object") << "erp"
                                     << "retry"
                                     << "[1, 2]";
}

void tst_Inspector::invalidInputMakesNoCommand()
{
    QFETCH(QString, nodeId);
    QFETCH(QString, key);
    QFETCH(QString, input);
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    const QVariantMap before = w.config(nodeId);
    w.inspector->setSelectedNodes({ nodeId });
    ConfigFieldEditor *editor = w.inspector->nodeForm()->fieldEditor(key);
    w.edit(editor->editor(), input);
    QCOMPARE(w.stack()->count(), 0);
    QCOMPARE(w.config(nodeId), before);
    auto *error = editor->findChild<QLabel *>(QStringLiteral("error.") + key);
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // What the user typed stays, to be fixed.
    QCOMPARE(shownText(editor->editor()).trimmed(), input);
}

void tst_Inspector::objectListAsTable()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    w.inspector->setSelectedNodes({ QStringLiteral("which") });
    ConfigFieldEditor *field = w.inspector->nodeForm()->fieldEditor(QStringLiteral("cases"));
    auto *editor = qobject_cast<ObjectListEditor *>(field->editor());
    QVERIFY(editor);
    QTableWidget *table = editor->table();
    QCOMPARE(table->columnCount(), 2); // Port, Condition
    QCOMPARE(table->rowCount(), 0);
    auto click = [&](const char *button) {
        QTest::mouseClick(editor->findChild<QToolButton *>(QString::fromLatin1(button)),
                          Qt::LeftButton);
    };

    // Add a row: one command.
    click("addRow");
    QCOMPARE(w.stack()->count(), 1);
    QCOMPARE(table->rowCount(), 1);

    // Type into the cells as a user does: each committed cell is one command.
    auto typeInto = [&](int row, int column, const QString &text) {
        table->setFocus();
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        QWidget *cellEditor = QApplication::focusWidget();
        QVERIFY(cellEditor && table->isAncestorOf(cellEditor));
        QTest::keyClicks(cellEditor, text);
        QTest::keyClick(cellEditor, Qt::Key_Return);
        // The delegate commits a cell from a queued call.
        QCoreApplication::processEvents();
    };
    typeInto(0, 0, QStringLiteral("big"));
    QCOMPARE(w.stack()->count(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("big"));
    typeInto(0, 1, QStringLiteral("total > 1000"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("total > 1000"));
    QCOMPARE(w.stack()->count(), 3);
    const QVariantList expected { QVariantMap {
        { QStringLiteral("id"), QStringLiteral("big") },
        { QStringLiteral("condition"), QStringLiteral("total > 1000") } } };
    QCOMPARE(w.config(QStringLiteral("which")).value(QStringLiteral("cases")), QVariant(expected));

    // A second row, moved to the top.
    click("addRow");
    typeInto(1, 0, QStringLiteral("small"));
    QCOMPARE(w.stack()->count(), 5);
    table->setCurrentCell(1, 0);
    click("moveRowUp");
    QCOMPARE(w.stack()->count(), 6);
    const QVariantList cases
        = w.config(QStringLiteral("which")).value(QStringLiteral("cases")).toList();
    QCOMPARE(cases.size(), 2);
    QCOMPARE(cases.at(0).toMap().value(QStringLiteral("id")).toString(), QStringLiteral("small"));

    // Undo refreshes the table; removing every row removes the key.
    w.stack()->undo();
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("big"));
    table->setCurrentCell(1, 0);
    click("removeRow");
    table->setCurrentCell(0, 0);
    click("removeRow");
    QVERIFY(!w.config(QStringLiteral("which")).contains(QStringLiteral("cases")));
    while (w.stack()->canUndo())
        w.stack()->undo();
    QCOMPARE(w.document.flow().toYaml(), testFlow().toYaml());
    QCOMPARE(table->rowCount(), 0);
}

void tst_Inspector::booleanField()
{
    // No node type of the catalog has a boolean yet; the editor is ready for one.
    ConfigField field;
    field.key = QStringLiteral("enabled");
    field.type = ConfigFieldType::Boolean;
    ConfigFieldEditor editor(field, nullptr);
    editor.show();
    QSignalSpy committed(&editor, &ConfigFieldEditor::committed);
    editor.setValue(false);
    auto *check = qobject_cast<QCheckBox *>(editor.editor());
    QVERIFY(check);
    QVERIFY(!check->isChecked());
    QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(committed.count(), 1);
    QVERIFY(committed.at(0).at(0).value<std::optional<QVariant>>() == QVariant(true));
    editor.setValue(true, true); // several nodes that disagree
    QCOMPARE(check->checkState(), Qt::PartiallyChecked);
    editor.setValue(true);
    QVERIFY(check->isChecked());
    QCOMPARE(committed.count(), 1); // showing a value is not an edit
}

void tst_Inspector::renameAndChangeId()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    w.inspector->setSelectedNodes({ QStringLiteral("to-erp") });
    auto *name = w.inspector->nodeForm()->findChild<QLineEdit *>(QStringLiteral("nodeName"));
    QVERIFY(name);
    w.edit(name, QStringLiteral("To ERP order"));
    QCOMPARE(w.stack()->count(), 1);
    QCOMPARE(w.document.node(QStringLiteral("to-erp"))->name, QStringLiteral("To ERP order"));
    QCOMPARE(w.inspector->nodeForm()->findChild<QLabel *>(QStringLiteral("nodeTitle"))->text(),
             QStringLiteral("To ERP order"));

    auto *id = w.inspector->nodeForm()->findChild<QLineEdit *>(QStringLiteral("nodeId"));
    w.edit(id, QStringLiteral("map-order"));
    QCOMPARE(w.stack()->count(), 2);
    QVERIFY(!w.document.node(QStringLiteral("to-erp")));
    QVERIFY(w.document.node(QStringLiteral("map-order")));
    QCOMPARE(w.document.flow().edges.at(0).to.node, QStringLiteral("map-order"));
    QCOMPARE(w.document.flow().edges.at(1).from.node, QStringLiteral("map-order"));
    // The form follows its node to the new id, and goes on editing it.
    QCOMPARE(w.inspector->selectedNodes(), QStringList { QStringLiteral("map-order") });
    QVERIFY(w.inspector->nodeForm());
    w.edit(w.inspector->nodeForm()->fieldEditor(QStringLiteral("mapping"))->editor(),
           QStringLiteral("shipment-to-inventory"));
    QCOMPARE(w.stack()->count(), 3);
    QCOMPARE(w.config(QStringLiteral("map-order")).value(QStringLiteral("mapping")).toString(),
             QStringLiteral("shipment-to-inventory"));

    // Taken and malformed ids are refused without a command.
    id = w.inspector->nodeForm()->findChild<QLineEdit *>(QStringLiteral("nodeId"));
    w.edit(id, QStringLiteral("erp"));
    QCOMPARE(w.stack()->count(), 3);
    QVERIFY(!id->toolTip().isEmpty());
    w.edit(id, QStringLiteral("a.b"));
    QCOMPARE(w.stack()->count(), 3);
    QVERIFY(w.document.node(QStringLiteral("map-order")));

    // Undo back to the start: the form follows the id back.
    w.stack()->undo();
    w.stack()->undo();
    QCOMPARE(w.inspector->selectedNodes(), QStringList { QStringLiteral("to-erp") });
    QCOMPARE(w.inspector->nodeForm()->findChild<QLineEdit *>(QStringLiteral("nodeId"))->text(),
             QStringLiteral("to-erp"));
    w.stack()->undo();
    QCOMPARE(name->text(), QString());
    QCOMPARE(w.document.flow().toYaml(), testFlow().toYaml());
}

void tst_Inspector::undoFromOutsideRefreshesTheForm()
{
    Window w;
    w.inspector->setSelectedNodes({ QStringLiteral("erp") });
    QWidget *path = w.inspector->nodeForm()->fieldEditor(QStringLiteral("path"))->editor();
    QWidget *method = w.inspector->nodeForm()->fieldEditor(QStringLiteral("method"))->editor();
    // The canvas (or anything else) changes the node through the document.
    w.stack()->push(new SetNodeConfigCommand(&w.document, QStringLiteral("erp"),
                                             QStringLiteral("path"),
                                             QVariant(QStringLiteral("/x"))));
    w.stack()->push(new SetNodeConfigCommand(&w.document, QStringLiteral("erp"),
                                             QStringLiteral("method"),
                                             QVariant(QStringLiteral("DELETE"))));
    QCOMPARE(shownText(path), QStringLiteral("/x"));
    QCOMPARE(shownText(method), QStringLiteral("DELETE"));
    w.stack()->undo();
    QCOMPARE(shownText(method), QStringLiteral("POST"));
    w.stack()->undo();
    QCOMPARE(shownText(path), QStringLiteral("/sales-orders"));
    // The same widgets: refreshing does not rebuild the form under the user's hands.
    QCOMPARE(w.inspector->nodeForm()->fieldEditor(QStringLiteral("path"))->editor(), path);
}

void tst_Inspector::severalNodes()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    w.inspector->setSelectedNodes({ QStringLiteral("to-erp"), QStringLiteral("to-crm") });
    NodeForm *form = w.inspector->nodeForm();
    QCOMPARE(form->findChild<QLabel *>(QStringLiteral("nodeTitle"))->text(),
             QStringLiteral("2 nodes selected"));
    QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("nodeId")));
    auto *mapping
        = qobject_cast<QComboBox *>(form->fieldEditor(QStringLiteral("mapping"))->editor());
    QCOMPARE(mapping->currentIndex(), -1); // they disagree

    w.edit(mapping, QStringLiteral("shop-order-to-erp"));
    QCOMPARE(w.stack()->count(), 1);
    QCOMPARE(w.config(QStringLiteral("to-crm")).value(QStringLiteral("mapping")).toString(),
             QStringLiteral("shop-order-to-erp"));
    QCOMPARE(w.config(QStringLiteral("to-erp")).value(QStringLiteral("mapping")).toString(),
             QStringLiteral("shop-order-to-erp"));
    QCOMPARE(mapping->currentData().toString(), QStringLiteral("shop-order-to-erp"));
    w.stack()->undo();
    QCOMPARE(w.config(QStringLiteral("to-crm")).value(QStringLiteral("mapping")).toString(),
             QStringLiteral("crm-contact-to-marketing"));
    QCOMPARE(w.document.flow().toYaml(), testFlow().toYaml());
    QCOMPARE(mapping->currentIndex(), -1);

    // Different types: the fields they share.
    w.inspector->setSelectedNodes({ QStringLiteral("receive"), QStringLiteral("erp") });
    form = w.inspector->nodeForm();
    QVERIFY(form->fieldEditor(QStringLiteral("method")));
    QVERIFY(form->fieldEditor(QStringLiteral("path")));
    QVERIFY(form->fieldEditor(QStringLiteral("system")));
    QVERIFY(!form->fieldEditor(QStringLiteral("timeoutMs")));
    // Both POST: shown as such; one edit changes both in one step.
    QCOMPARE(shownText(form->fieldEditor(QStringLiteral("method"))->editor()),
             QStringLiteral("POST"));
    w.edit(form->fieldEditor(QStringLiteral("method"))->editor(), QStringLiteral("PUT"));
    QCOMPARE(w.stack()->count(), 1);
    QCOMPARE(w.config(QStringLiteral("receive")).value(QStringLiteral("method")).toString(),
             QStringLiteral("PUT"));
    QCOMPARE(w.config(QStringLiteral("erp")).value(QStringLiteral("method")).toString(),
             QStringLiteral("PUT"));
    w.stack()->undo();
    QCOMPARE(w.document.flow().toYaml(), testFlow().toYaml());
}

void tst_Inspector::openMapping()
{
    Window w;
    QSignalSpy spy(w.inspector, &InspectorView::openMappingRequested);
    w.inspector->setSelectedNodes({ QStringLiteral("to-erp") });
    auto *button = w.inspector->nodeForm()->findChild<QToolButton *>(QStringLiteral("openMapping"));
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("shop-order-to-erp"));
    QCOMPARE(w.stack()->count(), 0);

    // Without a mapping there is nothing to open.
    w.stack()->push(new SetNodeConfigCommand(&w.document, QStringLiteral("to-erp"),
                                             QStringLiteral("mapping"), std::nullopt));
    QVERIFY(!button->isEnabled());
}

void tst_Inspector::nothingSelectedEditsTheFlow()
{
    Window w;
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    FlowForm *form = w.inspector->flowForm();
    QVERIFY(form->isVisible());
    QVERIFY(form->lineEdit(QStringLiteral("id"))->isReadOnly());

    w.edit(form->lineEdit(QStringLiteral("name")), QStringLiteral("Orders to ERP"));
    QCOMPARE(w.stack()->count(), 1);
    QCOMPARE(w.document.flow().name, QStringLiteral("Orders to ERP"));

    w.edit(form->descriptionEdit(), QStringLiteral("Every paid order."));
    QCOMPARE(w.stack()->count(), 2);
    QCOMPARE(w.document.flow().description, QStringLiteral("Every paid order."));

    w.edit(form->lineEdit(QStringLiteral("owner")), QStringLiteral("sales-it"));
    w.edit(form->lineEdit(QStringLiteral("steward")), QStringLiteral("data-office"));
    w.edit(form->lineEdit(QStringLiteral("retireBy")), QStringLiteral("2031-01-31"));
    w.edit(form->lineEdit(QStringLiteral("capabilities")),
           QStringLiteral("order-capture, billing"));
    QCOMPARE(w.stack()->count(), 6);
    const Governance &g = w.document.flow().governance;
    QCOMPARE(g.owner, QStringLiteral("sales-it"));
    QCOMPARE(g.steward, QStringLiteral("data-office"));
    QCOMPARE(g.retireBy, QStringLiteral("2031-01-31"));
    QCOMPARE(g.capabilities,
             (QStringList { QStringLiteral("order-capture"), QStringLiteral("billing") }));

    w.edit(form->lineEdit(QStringLiteral("latencyMs")), QStringLiteral("1500"));
    w.edit(form->lineEdit(QStringLiteral("successRate")), QStringLiteral("99.5"));
    QCOMPARE(w.stack()->count(), 8);
    QCOMPARE(w.document.sloValue(FlowDocument::SloField::LatencyMs).value_or(-1), 1500.0);
    QCOMPARE(w.document.sloValue(FlowDocument::SloField::SuccessRate).value_or(-1), 99.5);

    // Out of range: no command. Cleared: the objective is removed.
    w.edit(form->lineEdit(QStringLiteral("successRate")), QStringLiteral("101"));
    QCOMPARE(w.stack()->count(), 8);
    QCOMPARE(w.document.sloValue(FlowDocument::SloField::SuccessRate).value_or(-1), 99.5);
    w.edit(form->lineEdit(QStringLiteral("latencyMs")), QString());
    QCOMPARE(w.stack()->count(), 9);
    QVERIFY(!w.document.sloValue(FlowDocument::SloField::LatencyMs));

    // Undo from outside refreshes the form, all the way back to the loaded bytes.
    w.stack()->undo();
    QCOMPARE(w.inspector->fieldText(QStringLiteral("latencyMs")), QStringLiteral("1500"));
    while (w.stack()->canUndo())
        w.stack()->undo();
    QCOMPARE(w.document.flow().toYaml(), testFlow().toYaml());
    QCOMPARE(w.inspector->fieldText(QStringLiteral("name")), QStringLiteral("Inspected"));
    QCOMPARE(w.inspector->fieldText(QStringLiteral("owner")), QStringLiteral("integration-team"));
    QCOMPARE(w.inspector->fieldText(QStringLiteral("description")), QString());
    QCOMPARE(w.inspector->fieldText(QStringLiteral("latencyMs")), QStringLiteral("2000"));

    // A change made elsewhere shows too.
    w.stack()->push(new SetGovernanceCommand(&w.document, FlowDocument::GovernanceField::Steward,
                                             QStringLiteral("someone")));
    QCOMPARE(w.inspector->fieldText(QStringLiteral("steward")), QStringLiteral("someone"));
}

void tst_Inspector::selectionFollowsTheDocument()
{
    Window w;
    auto *stack = w.inspector->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly);
    w.inspector->setSelectedNodes({ QStringLiteral("erp"), QStringLiteral("nope") });
    QCOMPARE(w.inspector->selectedNodes(), QStringList { QStringLiteral("erp") });
    QWidget *nodePage = stack->currentWidget();
    w.stack()->push(new RemoveNodesCommand(&w.document, { QStringLiteral("erp") }));
    QVERIFY(w.inspector->selectedNodes().isEmpty());
    QVERIFY(!w.inspector->nodeForm());
    QVERIFY(stack->currentWidget() != nodePage);
    QVERIFY(w.inspector->flowForm()->isVisible());

    w.inspector->setSelectedNodes({ QStringLiteral("paid") });
    QVERIFY(w.inspector->nodeForm());
    w.inspector->setSelectedNodes({});
    QVERIFY(!w.inspector->nodeForm());
    QVERIFY(w.inspector->flowForm()->isVisible());

    // Another document: the selection does not carry over.
    w.inspector->setSelectedNodes({ QStringLiteral("paid") });
    FlowDocument other(testFlow());
    w.inspector->showFlowDocument(&other, QStringLiteral("flows/other.flow.yaml"));
    QVERIFY(w.inspector->selectedNodes().isEmpty());
    w.inspector->clear();
    QVERIFY(!w.inspector->flowDocument());
}

void tst_Inspector::screenshot()
{
    // FLOWSMITH_SCREENSHOT=file.png: the palette beside the inspector showing a node
    // (FLOWSMITH_SCREENSHOT_NODES: comma-separated ids, default erp).
    const QString path = qEnvironmentVariable("FLOWSMITH_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set FLOWSMITH_SCREENSHOT to a PNG path to take one");
    Window w;
    auto *palette = new PaletteWidget;
    w.window.layout()->addWidget(palette);
    w.elsewhere->hide();
    w.window.resize(760, 640);
    const QString nodes = qEnvironmentVariable("FLOWSMITH_SCREENSHOT_NODES", QStringLiteral("erp"));
    w.inspector->setSelectedNodes(nodes.split(u',', Qt::SkipEmptyParts));
    QVERIFY(QTest::qWaitForWindowExposed(&w.window));
    QVERIFY(w.window.grab().save(path));
}

QTEST_MAIN(tst_Inspector)
#include "tst_inspector.moc"
