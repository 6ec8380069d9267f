#pragma once

#include "model/core/flow.h"
#include "model/documents/alignnodescommand.h"

#include <QPointF>
#include <QString>

class QMimeData;

namespace Flowsmith {

class FlowScene;

/// The canvas's edits of the selection, each one command (a macro for compound edits) on the
/// document's undo stack. Free functions so that the view, the editor's actions and tests share
/// them.
namespace FlowEditing {

/// The MIME type of copied canvas fragments (the data is flow YAML, also offered as text).
inline constexpr char FragmentMimeType[] = "application/x-flowsmith-flow+yaml";
/// The palette's drag type: the data is a node type id ("route.filter") in UTF-8.
inline constexpr char NodeTypeMimeType[] = "application/x-flowsmith-node-type";

/// Adds a node of `typeId` with its top-left at `scenePos`; returns its id (empty if the type
/// is unknown). The new node is selected.
QString addNode(FlowScene *scene, const QString &typeId, QPointF scenePos);
/// Deletes the selected nodes, edges, notes and groups (a group's nodes stay).
void deleteSelection(FlowScene *scene);
/// The selection as flow YAML in mime data; null when nothing is selected.
QMimeData *copySelection(const FlowScene *scene);
void copyToClipboard(const FlowScene *scene);
void cutToClipboard(FlowScene *scene);
/// Pastes flow YAML; the fragment's top-left lands at `at` (or 40 units down-right of where
/// it was copied from, when `at` is null). Returns the new node ids, which become the selection.
QStringList pasteYaml(FlowScene *scene, const QByteArray &yaml, std::optional<QPointF> at = {});
QStringList pasteFromClipboard(FlowScene *scene, std::optional<QPointF> at = {});
QStringList duplicateSelection(FlowScene *scene);
/// Moves the selection by `delta` (consecutive nudges merge into one undo step).
void nudgeSelection(FlowScene *scene, QPointF delta);
void alignSelection(FlowScene *scene, AlignNodesCommand::Alignment alignment);
/// Makes a group of the selected nodes; returns its id.
QString groupSelection(FlowScene *scene, const QString &title);
void ungroupSelection(FlowScene *scene);
QString addNote(FlowScene *scene, QPointF scenePos, const QString &text);
void renameNode(FlowScene *scene, const QString &nodeId, const QString &name);
/// Changes a note's text, one command; false when there is no such note or nothing changes.
bool setNoteText(FlowScene *scene, const QString &noteId, const QString &text);
/// Changes a group's title, one command; false when there is no such group or nothing changes.
bool setGroupTitle(FlowScene *scene, const QString &groupId, const QString &title);
/// Lays out the selection (or everything when fewer than two nodes are selected) as one
/// command; false with `error` set when layout failed.
bool autoLayout(FlowScene *scene, QString *error);

} // namespace FlowEditing

} // namespace Flowsmith
