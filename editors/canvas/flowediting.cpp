#include "editors/canvas/flowediting.h"

#include "editors/canvas/flowscene.h"
#include "editors/canvas/nodeitem.h"
#include "editors/canvas/noteitem.h"
#include "model/documents/addnodefromcatalogcommand.h"
#include "model/documents/deleteflowitemscommand.h"
#include "model/documents/flowdocument.h"
#include "model/documents/groupcommands.h"
#include "model/documents/moveflowitemscommand.h"
#include "model/documents/nodepropertycommands.h"
#include "model/documents/notecommands.h"
#include "model/documents/pastenodescommand.h"
#include "model/layout/autolayoutcommand.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>

#include <cmath>

namespace Flowsmith::FlowEditing {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Flowsmith::FlowEditing", text, nullptr, n);
}

QRectF fragmentBounds(const Flow &fragment)
{
    QRectF rect;
    for (const FlowNode &node : fragment.nodes)
        rect = rect.united(QRectF(node.at, QSizeF(1, 1)));
    for (const FlowNote &note : fragment.notes)
        rect = rect.united(QRectF(note.at, QSizeF(1, 1)));
    return rect;
}

} // namespace

QString addNode(FlowScene *scene, const QString &typeId, QPointF scenePos)
{
    FlowDocument *document = scene->document();
    QPointF at = scenePos;
    if (scene->gridSnap())
        at = QPointF(std::round(scenePos.x() / FlowScene::GridSize) * FlowScene::GridSize,
                     std::round(scenePos.y() / FlowScene::GridSize) * FlowScene::GridSize);
    auto *command = new AddNodeFromCatalogCommand(document, typeId, at);
    const QString id = command->nodeId();
    document->undoStack()->push(command);
    if (!id.isEmpty())
        scene->selectNodes({ id });
    return id;
}

void deleteSelection(FlowScene *scene)
{
    FlowDocument *document = scene->document();
    document->undoStack()->push(
        new DeleteFlowItemsCommand(document, scene->selectedNodeIds(), scene->selectedNoteIds(),
                                   scene->selectedGroupIds(), scene->selectedEdges()));
}

QMimeData *copySelection(const FlowScene *scene)
{
    const QStringList nodes = scene->affectedNodeIds();
    const QStringList notes = scene->selectedNoteIds();
    if (nodes.isEmpty() && notes.isEmpty())
        return nullptr;
    const Flow fragment = PasteNodesCommand::fragment(scene->document()->flow(), nodes, notes);
    const QByteArray yaml = fragment.toYaml();
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(FragmentMimeType), yaml);
    mime->setText(QString::fromUtf8(yaml));
    return mime;
}

void copyToClipboard(const FlowScene *scene)
{
    if (QMimeData *mime = copySelection(scene))
        QGuiApplication::clipboard()->setMimeData(mime);
}

void cutToClipboard(FlowScene *scene)
{
    QMimeData *mime = copySelection(scene);
    if (!mime)
        return;
    QGuiApplication::clipboard()->setMimeData(mime);
    deleteSelection(scene);
}

QStringList pasteYaml(FlowScene *scene, const QByteArray &yaml, std::optional<QPointF> at)
{
    FileError error;
    const std::optional<Flow> fragment = Flow::fromYaml(yaml, QStringLiteral("clipboard"), &error);
    if (!fragment || (fragment->nodes.isEmpty() && fragment->notes.isEmpty())) {
        emit scene->statusMessage(
            fragment ? tr("The clipboard holds no nodes.")
                     : tr("The clipboard holds no flow: %1").arg(error.toString()));
        return {};
    }
    const QRectF bounds = fragmentBounds(*fragment);
    const QPointF offset = at ? *at - bounds.topLeft() : QPointF(40, 40);
    FlowDocument *document = scene->document();
    auto *command = new PasteNodesCommand(document, *fragment, offset);
    const QStringList ids = command->nodeIds();
    const QStringList notes = command->noteIds();
    document->undoStack()->push(command);
    scene->selectNodes(ids);
    for (const QString &id : notes)
        if (NoteItem *item = scene->noteItem(id))
            item->setSelected(true);
    return ids;
}

QStringList pasteFromClipboard(FlowScene *scene, std::optional<QPointF> at)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return {};
    const QByteArray yaml = mime->hasFormat(QString::fromLatin1(FragmentMimeType))
        ? mime->data(QString::fromLatin1(FragmentMimeType))
        : mime->text().toUtf8();
    return pasteYaml(scene, yaml, at);
}

QStringList duplicateSelection(FlowScene *scene)
{
    std::unique_ptr<QMimeData> mime(copySelection(scene));
    if (!mime)
        return {};
    return pasteYaml(scene, mime->data(QString::fromLatin1(FragmentMimeType)));
}

void nudgeSelection(FlowScene *scene, QPointF delta)
{
    FlowDocument *document = scene->document();
    document->undoStack()->push(new MoveFlowItemsCommand(document, scene->affectedNodeIds(),
                                                         scene->selectedNoteIds(), delta));
}

void alignSelection(FlowScene *scene, AlignNodesCommand::Alignment alignment)
{
    const QStringList nodes = scene->selectedNodeIds();
    const bool distribute = alignment == AlignNodesCommand::Alignment::DistributeHorizontally
        || alignment == AlignNodesCommand::Alignment::DistributeVertically;
    if (nodes.size() < (distribute ? 3 : 2)) {
        emit scene->statusMessage(distribute ? tr("Select three or more nodes to distribute.")
                                             : tr("Select two or more nodes to align."));
        return;
    }
    QList<QRectF> rects;
    for (const QString &id : nodes) {
        NodeItem *item = scene->nodeItem(id);
        rects.append(item->mapRectToScene(item->nodeRect()));
    }
    FlowDocument *document = scene->document();
    auto *command = new AlignNodesCommand(document, alignment, nodes, rects);
    document->undoStack()->push(command);
}

QString groupSelection(FlowScene *scene, const QString &title)
{
    const QStringList nodes = scene->selectedNodeIds();
    if (nodes.isEmpty()) {
        emit scene->statusMessage(tr("Select the nodes to group first."));
        return {};
    }
    FlowDocument *document = scene->document();
    FlowGroup group;
    group.id = QStringLiteral("group");
    group.title = title;
    group.nodes = nodes;
    auto *command = new AddGroupCommand(document, group);
    const QString id = command->groupId();
    document->undoStack()->push(command);
    return id;
}

void ungroupSelection(FlowScene *scene)
{
    QStringList groups = scene->selectedGroupIds();
    const QStringList nodes = scene->selectedNodeIds();
    for (const QString &node : nodes)
        for (const QString &id : scene->document()->groupsOfNode(node))
            if (!groups.contains(id))
                groups.append(id);
    if (groups.isEmpty())
        return;
    scene->document()->undoStack()->push(new RemoveGroupsCommand(scene->document(), groups));
}

QString addNote(FlowScene *scene, QPointF scenePos, const QString &text)
{
    FlowDocument *document = scene->document();
    FlowNote note;
    note.id = QStringLiteral("note");
    note.text = text;
    note.at = scenePos;
    auto *command = new AddNoteCommand(document, note);
    const QString id = command->noteId();
    document->undoStack()->push(command);
    return id;
}

void renameNode(FlowScene *scene, const QString &nodeId, const QString &name)
{
    FlowDocument *document = scene->document();
    const FlowNode *node = document->node(nodeId);
    if (!node || node->name == name)
        return;
    document->undoStack()->push(new RenameNodeCommand(document, nodeId, name));
}

bool setNoteText(FlowScene *scene, const QString &noteId, const QString &text)
{
    FlowDocument *document = scene->document();
    const FlowNote *note = document->note(noteId);
    if (!note || note->text == text)
        return false;
    FlowNote changed = *note;
    changed.text = text;
    document->undoStack()->push(new ChangeNoteCommand(document, noteId, changed));
    return true;
}

bool setGroupTitle(FlowScene *scene, const QString &groupId, const QString &title)
{
    FlowDocument *document = scene->document();
    const FlowGroup *group = document->group(groupId);
    if (!group || group->title == title || title.isEmpty())
        return false;
    FlowGroup changed = *group;
    changed.title = title;
    document->undoStack()->push(new ChangeGroupCommand(document, groupId, changed));
    return true;
}

bool autoLayout(FlowScene *scene, QString *error)
{
    FlowDocument *document = scene->document();
    QStringList subset = scene->selectedNodeIds();
    if (subset.size() < 2)
        subset.clear();
    QString message;
    std::unique_ptr<AutoLayoutCommand> command
        = AutoLayoutCommand::layout(document, subset, &message);
    if (!command) {
        if (error)
            *error = message;
        return message.isEmpty();
    }
    document->undoStack()->push(command.release());
    return true;
}

} // namespace Flowsmith::FlowEditing
