// The canvas driven as a user drives it: drops from the palette, quick add, wiring, deleting,
// clipboard across flows, groups, find, rename, keyboard, exports, and a long random edit
// session undone back to the file's bytes.

#include "editors/canvas/canvasfindbar.h"
#include "editors/canvas/edgeitem.h"
#include "editors/canvas/flowediting.h"
#include "editors/canvas/floweditor.h"
#include "editors/canvas/flowscene.h"
#include "editors/canvas/flowview.h"
#include "editors/canvas/groupitem.h"
#include "editors/canvas/nodeitem.h"
#include "editors/canvas/noteitem.h"
#include "editors/canvas/portitem.h"
#include "editors/palette/quickaddpopup.h"
#include "model/documents/flowdocument.h"
#include "model/layout/layoutmetrics.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Flowsmith;

namespace {

const QString exampleFlows = QStringLiteral(FLOWSMITH_SOURCE_DIR)
    + QStringLiteral("/resources/examples/retail-order-to-cash/flows/");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QRectF nodeRect(FlowScene *scene, const QString &id)
{
    NodeItem *item = scene->nodeItem(id);
    return item ? item->mapRectToScene(item->nodeRect()) : QRectF();
}

} // namespace

class TestFlowCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensTheFlow();
    void paletteDropAddsANode();
    void dropOfAnUnknownTypeIsRefused();
    void quickAddByDoubleClick();
    void wiring_data();
    void wiring();
    void deleteRemovesNodeAndEdges();
    void deleteEdge();
    void copyPasteAcrossFlows();
    void duplicateKeepsInnerEdges();
    void dragMovesAsOneCommand();
    void dropOnEdgeSplitsIt();
    void reconnectByDraggingTheEdgeEnd();
    void arrowNudgesMerge();
    void groupMovesItsNodes();
    void notesAndGroupsAreEditable();
    void findNextPrevious();
    void renameInPlace();
    void tabCyclesAndEnterOpensInspector();
    void zoomKeys();
    void problemsBecomeBadges();
    void overlayIsDrawn();
    void autoLayoutLeavesNoOverlaps();
    void largeAutoLayoutRunsInTheBackground();
    void jumpToSelectsTheNodeOnThatLine();
    void exports_data();
    void exports();
    void randomEditsUndoToOriginalBytes();

private:
    FlowEditor *open(const QString &name);
    QPoint viewPos(QPointF scenePos) const { return m_editor->view()->mapFromScene(scenePos); }
    QWidget *viewport() const { return m_editor->view()->viewport(); }
    /// Keys go where the focus is: the view (its viewport forwards the focus to it).
    QWidget *keys() const { return m_editor->view(); }
    void clickNode(const QString &id, Qt::KeyboardModifiers modifiers = {});
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FlowEditor> m_editor;
    std::unique_ptr<FlowEditor> m_second;
    QByteArray m_original;
};

void TestFlowCanvas::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    for (const char *name : { "order-sync.flow.yaml", "contact-to-marketing.flow.yaml" })
        QVERIFY(
            QFile::copy(exampleFlows + QLatin1String(name), m_dir->filePath(QLatin1String(name))));
    m_editor.reset(open(QStringLiteral("order-sync.flow.yaml")));
    QVERIFY(m_editor);
    m_original = readFile(m_dir->filePath(QStringLiteral("order-sync.flow.yaml")));
}

void TestFlowCanvas::cleanup()
{
    m_second.reset();
    m_editor.reset();
    m_dir.reset();
}

FlowEditor *TestFlowCanvas::open(const QString &name)
{
    auto *editor = new FlowEditor;
    QString error;
    if (!editor->load(m_dir->filePath(name), &error)) {
        qWarning("%s", qPrintable(error));
        delete editor;
        return nullptr;
    }
    editor->resize(1400, 900);
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor)) {
        delete editor;
        return nullptr;
    }
    editor->view()->resetZoom();
    editor->view()->centerOn(QPointF(640, 300));
    return editor;
}

void TestFlowCanvas::clickNode(const QString &id, Qt::KeyboardModifiers modifiers)
{
    const QRectF rect = nodeRect(m_editor->scene(), id);
    QTest::mouseClick(viewport(), Qt::LeftButton, modifiers, viewPos(rect.center()));
}

void TestFlowCanvas::drag(QPointF from, QPointF to, Qt::KeyboardModifiers modifiers)
{
    QTest::mousePress(viewport(), Qt::LeftButton, modifiers, viewPos(from));
    // Several steps, as a hand does: the first crosses the drag threshold.
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport(), viewPos(from + (to - from) * i / 4.0));
    QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, viewPos(to));
}

void TestFlowCanvas::opensTheFlow()
{
    FlowScene *scene = m_editor->scene();
    const Flow &flow = m_editor->document()->flow();
    QCOMPARE(scene->nodeItems().size(), flow.nodes.size());
    for (const FlowEdge &edge : flow.edges)
        QVERIFY(scene->edgeItem(edge));
    // quality.validate has its two outputs on the right, the input on the left.
    NodeItem *check = scene->nodeItem(QStringLiteral("check-order"));
    QVERIFY(check->port(QStringLiteral("valid")));
    QVERIFY(check->port(QStringLiteral("invalid")));
    QVERIFY(check->port(QStringLiteral("valid"))->pos().x()
            > check->port(QStringLiteral("in"))->pos().x());
    QVERIFY(!m_editor->isModified());
}

void TestFlowCanvas::paletteDropAddsANode()
{
    QMimeData mime;
    mime.setData(QString::fromLatin1(FlowEditing::NodeTypeMimeType), "route.filter");
    const QPointF at(400, 700);
    const QPoint pos = viewPos(at);
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &drop);
    QVERIFY(drop.isAccepted());

    const Flow &flow = m_editor->document()->flow();
    QCOMPARE(flow.nodes.size(), 11);
    const FlowNode &node = flow.nodes.last();
    QCOMPARE(node.type, QStringLiteral("route.filter"));
    QCOMPARE(node.id, QStringLiteral("filter"));
    // Centred under the cursor.
    QVERIFY(QRectF(node.at, QSizeF(180, 64)).contains(at));
    QCOMPARE(m_editor->selectedNodes(), QStringList { node.id });
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->document()->flow().toYaml(), m_original);
}

void TestFlowCanvas::dropOfAnUnknownTypeIsRefused()
{
    QSignalSpy status(m_editor.get(), &FlowEditor::statusMessage);
    QMimeData mime;
    mime.setData(QString::fromLatin1(FlowEditing::NodeTypeMimeType), "no.such.type");
    const QPoint pos = viewPos(QPointF(400, 700));
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(viewport(), &drop);
    QVERIFY(!drop.isAccepted());
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(!status.isEmpty());
    QVERIFY(status.last().first().toString().contains(QStringLiteral("no.such.type")));
}

void TestFlowCanvas::quickAddByDoubleClick()
{
    const QPointF at(600, 650);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, viewPos(at));
    QuickAddPopup *popup = m_editor->view()->quickAddPopup();
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClicks(popup->searchField(), QStringLiteral("mask"));
    QTest::keyClick(popup->searchField(), Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    const FlowNode &node = m_editor->document()->flow().nodes.last();
    QCOMPARE(node.type, QStringLiteral("security.mask"));
    QCOMPARE(node.at, at);
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestFlowCanvas::wiring_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("connects");
    QTest::addColumn<QString>("reason");
    QTest::addRow("input to input")
        << "reject.in"
        << "log-errors.in" << false << "output port connects only to an input";
    QTest::addRow("valid") << "paid-only.out"
                           << "log-errors.in" << true << "";
    QTest::addRow("input to output, dragged backwards") << "log-errors.in"
                                                        << "paid-only.out" << true << "";
    QTest::addRow("output to output")
        << "to-erp.out"
        << "paid-only.out" << false << "output port connects only to an input";
    QTest::addRow("already connected") << "receive.out"
                                       << "paid-only.in" << false << "already connected";
    QTest::addRow("to itself") << "to-erp.out"
                               << "to-erp.in" << false << "itself";
}

void TestFlowCanvas::wiring()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, connects);
    QFETCH(QString, reason);
    FlowScene *scene = m_editor->scene();
    QSignalSpy status(m_editor.get(), &FlowEditor::statusMessage);
    const PortRef a = PortRef::parse(from);
    const PortRef b = PortRef::parse(to);
    const qsizetype edges = m_editor->document()->flow().edges.size();

    const QPointF start = scene->portScenePos(a);
    const QPointF end = scene->portScenePos(b);
    QTest::mousePress(viewport(), Qt::LeftButton, {}, viewPos(start));
    QTest::mouseMove(viewport(), viewPos((start + end) / 2));
    // While dragging, the ports that would accept the wire light up.
    PortItem *target = scene->nodeItem(b.node)->port(b.port);
    if (connects)
        QVERIFY(target->highlight() != PortItem::Highlight::None);
    QTest::mouseMove(viewport(), viewPos(end));
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, viewPos(end));
    QCOMPARE(target->highlight(), PortItem::Highlight::None);

    const Flow &flow = m_editor->document()->flow();
    if (connects) {
        QCOMPARE(flow.edges.size(), edges + 1);
        const FlowEdge &edge = flow.edges.last();
        const bool forward = a.port == QLatin1String("out");
        QCOMPARE(edge.from, forward ? a : b);
        QCOMPARE(edge.to, forward ? b : a);
        QVERIFY(scene->edgeItem(edge));
        QCOMPARE(m_editor->undoStack()->count(), 1);
    } else {
        QCOMPARE(flow.edges.size(), edges);
        QCOMPARE(m_editor->undoStack()->count(), 0);
        QVERIFY(!status.isEmpty());
        QVERIFY2(status.last().first().toString().contains(reason),
                 qPrintable(status.last().first().toString()));
    }
}

void TestFlowCanvas::deleteRemovesNodeAndEdges()
{
    clickNode(QStringLiteral("check-order"));
    QCOMPARE(m_editor->selectedNodes(), QStringList { "check-order" });
    QTest::keyClick(keys(), Qt::Key_Delete);
    const Flow &flow = m_editor->document()->flow();
    QVERIFY(!flow.node(QStringLiteral("check-order")));
    for (const FlowEdge &edge : flow.edges)
        QVERIFY(edge.from.node != QLatin1String("check-order")
                && edge.to.node != QLatin1String("check-order"));
    QVERIFY(!m_editor->scene()->nodeItem(QStringLiteral("check-order")));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->document()->flow().toYaml(), m_original);
    QVERIFY(m_editor->scene()->nodeItem(QStringLiteral("check-order")));
}

void TestFlowCanvas::deleteEdge()
{
    FlowScene *scene = m_editor->scene();
    const FlowEdge edge = m_editor->document()->flow().edges.at(1); // paid-only -> check-order
    EdgeItem *item = scene->edgeItem(edge);
    QVERIFY(item);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPos(item->path().pointAtPercent(0.5)));
    QVERIFY(item->isSelected());
    QTest::keyClick(keys(), Qt::Key_Backspace);
    QVERIFY(!m_editor->document()->flow().edges.contains(edge));
    QCOMPARE(m_editor->document()->flow().nodes.size(), 10);
}

void TestFlowCanvas::copyPasteAcrossFlows()
{
    m_second.reset(open(QStringLiteral("contact-to-marketing.flow.yaml")));
    QVERIFY(m_second);
    const qsizetype before = m_second->document()->flow().nodes.size();

    m_editor->activateWindow();
    clickNode(QStringLiteral("to-erp"));
    clickNode(QStringLiteral("erp"), Qt::ControlModifier);
    clickNode(QStringLiteral("reply"), Qt::ControlModifier);
    QCOMPARE(m_editor->selectedNodes(), QStringList({ "to-erp", "erp", "reply" }));
    QTest::keySequence(keys(), QKeySequence::Copy);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasFormat(QString::fromLatin1(FlowEditing::FragmentMimeType)));
    QVERIFY(mime->text().contains(QStringLiteral("to-erp")));

    const QByteArray secondOriginal = m_second->document()->flow().toYaml();
    QTest::keySequence(m_second->view(), QKeySequence::Paste);
    const Flow &flow = m_second->document()->flow();
    QCOMPARE(flow.nodes.size(), before + 3);
    QStringList pasted;
    for (qsizetype i = before; i < flow.nodes.size(); ++i)
        pasted.append(flow.nodes.at(i).id);
    QCOMPARE(m_second->selectedNodes(), pasted);
    // The two edges among the copied nodes came along, the one from outside did not.
    int inner = 0;
    for (const FlowEdge &edge : flow.edges)
        inner += pasted.contains(edge.from.node) && pasted.contains(edge.to.node);
    QCOMPARE(inner, 2);
    QCOMPARE(m_second->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->count(), 0);

    // Pasting again gives fresh ids.
    QTest::keySequence(m_second->view(), QKeySequence::Paste);
    QCOMPARE(m_second->document()->flow().nodes.size(), before + 6);
    QSet<QString> ids;
    for (const FlowNode &node : m_second->document()->flow().nodes)
        ids.insert(node.id);
    QCOMPARE(ids.size(), before + 6);

    m_second->undoStack()->undo();
    m_second->undoStack()->undo();
    QCOMPARE(m_second->document()->flow().toYaml(), secondOriginal);
}

void TestFlowCanvas::duplicateKeepsInnerEdges()
{
    clickNode(QStringLiteral("catch-errors"));
    clickNode(QStringLiteral("log-errors"), Qt::ControlModifier);
    QTest::keyClick(keys(), Qt::Key_D, Qt::ControlModifier);
    const Flow &flow = m_editor->document()->flow();
    QCOMPARE(flow.nodes.size(), 12);
    QCOMPARE(m_editor->selectedNodes(), QStringList({ "catch-errors-2", "log-errors-2" }));
    QVERIFY(flow.edges.contains(
        FlowEdge { { "catch-errors-2", "out" }, { "log-errors-2", "in" }, {}, {} }));
    QCOMPARE(flow.node(QStringLiteral("catch-errors-2"))->at,
             flow.node(QStringLiteral("catch-errors"))->at + QPointF(40, 40));
}

void TestFlowCanvas::dragMovesAsOneCommand()
{
    const QRectF rect = nodeRect(m_editor->scene(), QStringLiteral("reply"));
    clickNode(QStringLiteral("reply"));
    drag(rect.center(), rect.center() + QPointF(60, 80));
    QCOMPARE(m_editor->document()->node(QStringLiteral("reply"))->at, QPointF(1240, 200));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    // The edge follows the node.
    const FlowEdge edge = m_editor->document()->flow().edges.at(6);
    QCOMPARE(m_editor->scene()->edgeItem(edge)->toPos(), m_editor->scene()->portScenePos(edge.to));
    m_editor->undoStack()->undo();
    QCOMPARE(m_editor->document()->flow().toYaml(), m_original);
}

void TestFlowCanvas::dropOnEdgeSplitsIt()
{
    FlowScene *scene = m_editor->scene();
    const QString id = FlowEditing::addNode(scene, QStringLiteral("transform.set"), { 500, 650 });
    QCOMPARE(id, QStringLiteral("set"));
    const FlowEdge edge { { "catch-errors", "out" }, { "log-errors", "in" }, {}, {} };
    const QPointF middle = scene->edgeItem(edge)->path().pointAtPercent(0.5);
    const QRectF rect = nodeRect(scene, id);
    drag(rect.center(), middle);
    const Flow &flow = m_editor->document()->flow();
    QVERIFY(!flow.edges.contains(edge));
    QVERIFY(flow.edges.contains(FlowEdge { { "catch-errors", "out" }, { "set", "in" }, {}, {} }));
    QVERIFY(flow.edges.contains(FlowEdge { { "set", "out" }, { "log-errors", "in" }, {}, {} }));
    QCOMPARE(m_editor->undoStack()->count(), 2); // add, then move + insert as one step
    m_editor->undoStack()->undo();
    QVERIFY(flow.edges.contains(edge));
}

void TestFlowCanvas::reconnectByDraggingTheEdgeEnd()
{
    FlowScene *scene = m_editor->scene();
    const FlowEdge edge { { "catch-errors", "out" }, { "log-errors", "in" }, {}, {} };
    EdgeItem *item = scene->edgeItem(edge);
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPos(item->path().pointAtPercent(0.5)));
    QVERIFY(item->isSelected());
    drag(item->toPos(), scene->portScenePos({ "reject", "in" }));
    const Flow &flow = m_editor->document()->flow();
    QVERIFY(!flow.edges.contains(edge));
    QVERIFY(
        flow.edges.contains(FlowEdge { { "catch-errors", "out" }, { "reject", "in" }, {}, {} }));
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestFlowCanvas::arrowNudgesMerge()
{
    clickNode(QStringLiteral("erp"));
    const QPointF start = m_editor->document()->node(QStringLiteral("erp"))->at;
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(keys(), Qt::Key_Right);
    QTest::keyClick(keys(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_editor->document()->node(QStringLiteral("erp"))->at, start + QPointF(10, 20));
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestFlowCanvas::groupMovesItsNodes()
{
    FlowScene *scene = m_editor->scene();
    clickNode(QStringLiteral("catch-errors"));
    clickNode(QStringLiteral("log-errors"), Qt::ControlModifier);
    m_editor->findChild<QAction *>(QStringLiteral("actionGroup"))->trigger();
    const Flow &flow = m_editor->document()->flow();
    QCOMPARE(flow.groups.size(), 1);
    QCOMPARE(flow.groups.first().nodes, QStringList({ "catch-errors", "log-errors" }));
    GroupItem *group = scene->groupItem(flow.groups.first().id);
    QVERIFY(group);

    scene->clearSelection();
    const QPointF title = group->titleRect().center();
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPos(title));
    QVERIFY(group->isSelected());
    const QPointF a = flow.node(QStringLiteral("catch-errors"))->at;
    const QPointF b = flow.node(QStringLiteral("log-errors"))->at;
    drag(title, title + QPointF(100, 40));
    QCOMPARE(flow.node(QStringLiteral("catch-errors"))->at, a + QPointF(100, 40));
    QCOMPARE(flow.node(QStringLiteral("log-errors"))->at, b + QPointF(100, 40));
    QCOMPARE(group->titleRect().center(), title + QPointF(100, 40));
    QCOMPARE(m_editor->undoStack()->count(), 2); // group, move

    // Deleting a member keeps the group with the other.
    clickNode(QStringLiteral("log-errors"));
    QTest::keyClick(keys(), Qt::Key_Delete);
    QCOMPARE(m_editor->document()->flow().groups.first().nodes, QStringList { "catch-errors" });
    while (m_editor->undoStack()->canUndo())
        m_editor->undoStack()->undo();
    QCOMPARE(m_editor->document()->flow().toYaml(), m_original);
}

void TestFlowCanvas::notesAndGroupsAreEditable()
{
    FlowScene *scene = m_editor->scene();
    clickNode(QStringLiteral("catch-errors"));
    const QString groupId = FlowEditing::groupSelection(scene, QStringLiteral("Group"));
    const QString noteId = FlowEditing::addNote(scene, QPointF(40, 600), QStringLiteral("draft"));
    scene->clearSelection();

    // Double-clicking a note or a group's frame asks to edit it, not for quick-add.
    QSignalSpy noteEdits(scene, &FlowScene::noteEditRequested);
    QSignalSpy groupEdits(scene, &FlowScene::groupEditRequested);
    QSignalSpy quickAdd(scene, &FlowScene::quickAddRequested);
    GroupItem *group = scene->groupItem(groupId);
    QVERIFY(group);
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, viewPos(group->titleRect().center()));
    const QPointF noteCentre = scene->noteItem(noteId)->sceneBoundingRect().center();
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, viewPos(noteCentre));
    QCOMPARE(groupEdits.count(), 1);
    QCOMPARE(groupEdits.first().first().toString(), groupId);
    QCOMPARE(noteEdits.count(), 1);
    QCOMPARE(noteEdits.first().first().toString(), noteId);
    QCOMPARE(quickAdd.count(), 0);

    // The dialogs they open change the document with one command each.
    const int commands = m_editor->undoStack()->count();
    auto answer = [this](const char *name, const QString &text) {
        auto *dialog = m_editor->findChild<QInputDialog *>(QLatin1String(name));
        QVERIFY(dialog);
        dialog->setTextValue(text);
        dialog->accept();
    };
    answer("groupDialog", QStringLiteral("Dead letters"));
    answer("noteDialog", QStringLiteral("ERP is down on Sundays"));
    QVERIFY(!FlowEditing::setGroupTitle(scene, groupId, QString())); // a title stays
    QCOMPARE(m_editor->undoStack()->count(), commands + 2);
    QCOMPARE(m_editor->document()->note(noteId)->text, QStringLiteral("ERP is down on Sundays"));
    QCOMPARE(m_editor->document()->group(groupId)->title, QStringLiteral("Dead letters"));
    while (m_editor->undoStack()->canUndo())
        m_editor->undoStack()->undo();
    QCOMPARE(m_editor->document()->flow().toYaml(), m_original);
}

void TestFlowCanvas::findNextPrevious()
{
    QTest::keyClick(keys(), Qt::Key_F, Qt::ControlModifier);
    CanvasFindBar *bar = m_editor->findBar();
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("log")); // by name, type or id
    QCOMPARE(bar->matches(), QStringList({ "log-invalid", "log-errors" }));
    QCOMPARE(m_editor->selectedNodes(), QStringList { "log-invalid" });
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_editor->selectedNodes(), QStringList { "log-errors" });
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_editor->selectedNodes(), QStringList { "log-invalid" });
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_editor->selectedNodes(), QStringList { "log-errors" });
    // By type.
    bar->lineEdit()->setText(QStringLiteral("sink.reply"));
    QCOMPARE(bar->matches(), QStringList({ "reply", "reject" }));
    // The found node is in view.
    const QRectF visible = m_editor->view()->mapToScene(viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(nodeRect(m_editor->scene(), QStringLiteral("reply")).center()));
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestFlowCanvas::renameInPlace()
{
    clickNode(QStringLiteral("erp"));
    QTest::keyClick(keys(), Qt::Key_F2);
    QLineEdit *editor = m_editor->view()->renameEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Create sales order"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Post to ERP"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_editor->document()->node(QStringLiteral("erp"))->name,
             QStringLiteral("Post to ERP"));
    QCOMPARE(m_editor->undoStack()->count(), 1);

    // Escape cancels.
    QTest::keyClick(keys(), Qt::Key_F2);
    QTest::keyClicks(m_editor->view()->renameEditor(), QStringLiteral("Nope"));
    QTest::keyClick(m_editor->view()->renameEditor(), Qt::Key_Escape);
    QCOMPARE(m_editor->document()->node(QStringLiteral("erp"))->name,
             QStringLiteral("Post to ERP"));
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void TestFlowCanvas::tabCyclesAndEnterOpensInspector()
{
    m_editor->view()->setFocus();
    m_editor->scene()->clearSelection();
    QTest::keyClick(keys(), Qt::Key_Tab);
    QCOMPARE(m_editor->selectedNodes(), QStringList { "receive" });
    QTest::keyClick(keys(), Qt::Key_Tab);
    QCOMPARE(m_editor->selectedNodes(), QStringList { "paid-only" });
    QTest::keyClick(keys(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_editor->selectedNodes(), QStringList { "receive" });
    QSignalSpy inspector(m_editor.get(), &FlowEditor::inspectorRequested);
    QTest::keyClick(keys(), Qt::Key_Return);
    QCOMPARE(inspector.size(), 1);
    QCOMPARE(inspector.first().first().toStringList(), QStringList { "receive" });
    QTest::keyClick(keys(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_editor->selectedNodes().size(), 10);
}

void TestFlowCanvas::zoomKeys()
{
    FlowView *view = m_editor->view();
    QCOMPARE(view->zoom(), 1.0);
    QTest::keyClick(keys(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(view->zoom() > 1.0);
    QTest::keyClick(keys(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.0);
    QTest::keyClick(keys(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoom() < 1.0);
    view->fitToContent();
    const QRectF visible = view->mapToScene(viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(m_editor->scene()->contentRect()));
}

void TestFlowCanvas::problemsBecomeBadges()
{
    Problem p;
    p.code = QStringLiteral("FS112");
    p.severity = Severity::Warning;
    p.message = QStringLiteral("Retry without idempotency key");
    p.flowId = QStringLiteral("order-sync");
    p.nodeId = QStringLiteral("erp");
    Problem other = p;
    other.flowId = QStringLiteral("another-flow");
    other.nodeId = QStringLiteral("reply");
    m_editor->setProblems({ p, other });
    NodeItem *erp = m_editor->scene()->nodeItem(QStringLiteral("erp"));
    QCOMPARE(erp->problems().size(), 1);
    QVERIFY(erp->toolTip().contains(p.message));
    QVERIFY(m_editor->scene()->nodeItem(QStringLiteral("reply"))->problems().isEmpty());
    m_editor->setProblems({});
    QVERIFY(erp->problems().isEmpty());
}

void TestFlowCanvas::overlayIsDrawn()
{
    CanvasOverlay overlay;
    overlay.nodeTint.insert(QStringLiteral("erp"), Qt::green);
    overlay.nodeBadge.insert(QStringLiteral("erp"), QStringLiteral("12"));
    overlay.edgeLabel.insert(QStringLiteral("receive.out->paid-only.in"), QStringLiteral("3 msgs"));
    overlay.currentNode = QStringLiteral("to-erp");
    overlay.ghosts.insert(QStringLiteral("old"),
                          { QStringLiteral("Old"), QStringLiteral("sink.log"), 80, 700 });
    m_editor->scene()->setOverlay(overlay);
    QVERIFY(m_editor->scene()->contentRect().contains(QPointF(100, 720)));
    // Painting it must work (no pixels compared).
    QImage image(800, 600, QImage::Format_ARGB32);
    QPainter painter(&image);
    m_editor->scene()->render(&painter);
    painter.end();
    QVERIFY(!image.isNull());
}

void TestFlowCanvas::autoLayoutLeavesNoOverlaps()
{
    // Pile every node on one spot first.
    FlowScene *scene = m_editor->scene();
    QTest::keyClick(keys(), Qt::Key_A, Qt::ControlModifier);
    FlowEditing::alignSelection(scene, AlignNodesCommand::Alignment::Left);
    FlowEditing::alignSelection(scene, AlignNodesCommand::Alignment::Top);
    scene->clearSelection();
    const int before = m_editor->undoStack()->count();
    m_editor->findChild<QAction *>(QStringLiteral("actionAutoLayout"))->trigger();
    QCOMPARE(m_editor->undoStack()->count(), before + 1);
    const Flow &flow = m_editor->document()->flow();
    const LayoutMetrics metrics;
    for (qsizetype i = 0; i < flow.nodes.size(); ++i)
        for (qsizetype j = i + 1; j < flow.nodes.size(); ++j) {
            const QRectF a(flow.nodes.at(i).at, metrics.nodeSize(flow.nodes.at(i)));
            const QRectF b(flow.nodes.at(j).at, metrics.nodeSize(flow.nodes.at(j)));
            QVERIFY2(!a.intersects(b),
                     qPrintable(flow.nodes.at(i).id + " overlaps " + flow.nodes.at(j).id));
        }
    // Left to right: every edge goes rightwards.
    for (const FlowEdge &edge : flow.edges)
        QVERIFY(flow.node(edge.from.node)->at.x() < flow.node(edge.to.node)->at.x());
    while (m_editor->undoStack()->canUndo())
        m_editor->undoStack()->undo();
    QCOMPARE(flow.toYaml(), m_original);
}

void TestFlowCanvas::largeAutoLayoutRunsInTheBackground()
{
    // A chain of 320 filters, all on one spot: big enough for the worker thread.
    QByteArray yaml = "flowsmith: 1\nid: big\nname: Big\nnodes:\n";
    QByteArray edges = "edges:\n";
    for (int i = 0; i < 320; ++i) {
        yaml += QStringLiteral("  - {id: f%1, type: route.filter, at: [0, 0], config: "
                               "{condition: 'true'}}\n")
                    .arg(i)
                    .toUtf8();
        if (i > 0)
            edges += QStringLiteral("  - {from: f%1.out, to: f%2.in}\n").arg(i - 1).arg(i).toUtf8();
    }
    QFile file(m_dir->filePath(QStringLiteral("big.flow.yaml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(yaml + edges);
    file.close();
    m_second.reset(open(QStringLiteral("big.flow.yaml")));
    QVERIFY(m_second);
    QAction *layout = m_second->findChild<QAction *>(QStringLiteral("actionAutoLayout"));

    // Cancelled: the result is thrown away.
    layout->trigger();
    auto *progress = m_second->findChild<QProgressDialog *>(QStringLiteral("layoutProgress"));
    QVERIFY(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QTest::qWait(50);
    QTRY_VERIFY_WITH_TIMEOUT(!m_second->findChild<QProgressDialog *>(), 30000);
    QTest::qWait(50);
    QCOMPARE(m_second->undoStack()->count(), 0);

    // Let it finish: one command, every filter to the right of the one before.
    layout->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_second->undoStack()->count(), 1, 30000);
    const Flow &flow = m_second->document()->flow();
    for (const FlowEdge &edge : flow.edges)
        QVERIFY(flow.node(edge.from.node)->at.x() < flow.node(edge.to.node)->at.x());
}

void TestFlowCanvas::jumpToSelectsTheNodeOnThatLine()
{
    const FlowNode *erp = m_editor->document()->node(QStringLiteral("erp"));
    m_editor->jumpTo(erp->position.line + 3, 1); // inside its config block
    QCOMPARE(m_editor->selectedNodes(), QStringList { "erp" });
    m_editor->scene()->clearSelection();
    m_editor->jumpTo(1, 1); // the header belongs to no node
    QVERIFY(m_editor->selectedNodes().isEmpty());
}

void TestFlowCanvas::exports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::addRow("png") << "canvas.png" << QByteArray("\x89PNG");
    QTest::addRow("svg") << "canvas.svg" << QByteArray("<?xml");
    QTest::addRow("pdf") << "canvas.pdf" << QByteArray("%PDF");
}

void TestFlowCanvas::exports()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    const QString path = m_dir->filePath(name);
    QString error;
    QVERIFY2(m_editor->exportTo(path, &error), qPrintable(error));
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.startsWith(magic));
    QVERIFY(bytes.size() > 1000);
    if (name.endsWith(QLatin1String(".png"))) {
        QImage image;
        QVERIFY(image.loadFromData(bytes));
        // The whole flow at twice its size.
        QVERIFY(image.width() > 2 * 1180);
    }
    QVERIFY(!m_editor->exportTo(m_dir->filePath(QStringLiteral("canvas.bmp")), &error));
    QVERIFY(error.contains(QStringLiteral("canvas.bmp")));
}

// 200 seeded edits through the canvas's own gestures and keys, undone back to the file's bytes.
void TestFlowCanvas::randomEditsUndoToOriginalBytes()
{
    FlowScene *scene = m_editor->scene();
    QUndoStack *stack = m_editor->undoStack();
    QRandomGenerator random(4242);
    QList<QByteArray> snapshots { m_original };
    const QStringList types { "route.filter", "transform.set", "sink.log", "route.choice",
                              "quality.validate" };

    for (int step = 0; step < 200; ++step) {
        const int before = stack->index();
        const Flow &flow = m_editor->document()->flow();
        QStringList ids;
        for (const FlowNode &node : flow.nodes)
            ids.append(node.id);
        const QString id = ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
        const QString other = ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
        switch (random.bounded(13)) {
        case 0:
            FlowEditing::addNode(scene, types.at(random.bounded(int(types.size()))),
                                 QPointF(random.bounded(1200), random.bounded(700)));
            break;
        case 1:
            if (!id.isEmpty()) {
                scene->selectNodes({ id });
                QTest::keyClick(keys(), Qt::Key_Delete);
            }
            break;
        case 2:
            if (!id.isEmpty()) {
                scene->selectNodes({ id });
                QTest::keyClick(keys(), Qt::Key_Right, Qt::ShiftModifier);
            }
            break;
        case 3:
            if (!id.isEmpty()) {
                scene->selectNodes({ id, other });
                QTest::keyClick(keys(), Qt::Key_D, Qt::ControlModifier);
            }
            break;
        case 4:
            if (!id.isEmpty() && id != other)
                scene->connectPorts({ id, QStringLiteral("out") }, { other, QStringLiteral("in") });
            break;
        case 5:
            if (!id.isEmpty()) {
                scene->selectNodes({ id, other });
                FlowEditing::groupSelection(scene, QStringLiteral("G%1").arg(step));
            }
            break;
        case 6:
            FlowEditing::addNote(scene, QPointF(step, step), QStringLiteral("note %1").arg(step));
            break;
        case 7:
            if (!id.isEmpty()) {
                scene->selectNodes({ id, other });
                FlowEditing::alignSelection(scene, AlignNodesCommand::Alignment(random.bounded(6)));
            }
            break;
        case 8:
            if (!id.isEmpty())
                FlowEditing::renameNode(scene, id, QStringLiteral("Step %1").arg(step));
            break;
        case 9:
            if (!id.isEmpty()) {
                scene->selectNodes({ id });
                QTest::keySequence(keys(), QKeySequence::Copy);
                QTest::keySequence(keys(), QKeySequence::Paste);
            }
            break;
        case 10:
            if (!id.isEmpty()) {
                scene->selectNodes({ id });
                const QRectF rect = nodeRect(scene, id);
                const QPointF to = rect.center() + QPointF(random.bounded(200) - 100, 30);
                drag(rect.center(), to);
            }
            break;
        case 11:
            if (stack->canUndo()) {
                stack->undo();
                QCOMPARE(m_editor->document()->flow().toYaml(), snapshots.at(stack->index()));
                continue;
            }
            break;
        default:
            if (stack->canRedo()) {
                stack->redo();
                QCOMPARE(m_editor->document()->flow().toYaml(), snapshots.at(stack->index()));
                continue;
            }
            break;
        }
        const int after = stack->index();
        const QByteArray bytes = m_editor->document()->flow().toYaml();
        snapshots.resize(before + 1);
        if (after == before + 1) {
            snapshots.append(bytes);
        } else if (after == before) {
            snapshots[after] = bytes; // merged into the last step, or nothing happened
        } else {
            QCOMPARE(after, before - 1); // a merged move that came back to where it started
            snapshots.resize(after + 1);
        }
        // The scene mirrors the document.
        QCOMPARE(scene->nodeItems().size(), m_editor->document()->flow().nodes.size());
        FileError error;
        QVERIFY2(Flow::fromYaml(bytes, QStringLiteral("order-sync.flow.yaml"), &error),
                 qPrintable(error.toString()));
    }
    QVERIFY(stack->index() > 40);
    while (stack->canUndo()) {
        stack->undo();
        QCOMPARE(m_editor->document()->flow().toYaml(), snapshots.at(stack->index()));
    }
    QCOMPARE(m_editor->document()->flow().toYaml(), m_original);
    QVERIFY(!m_editor->isModified());
    QCOMPARE(scene->nodeItems().size(), 10);
}

QTEST_MAIN(TestFlowCanvas)
#include "tst_flowcanvas.moc"
