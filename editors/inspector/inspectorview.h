#pragma once

#include "model/core/project.h"
#include "model/documents/flowdocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTreeWidget;

namespace Flowsmith {

class Flow;
class FlowForm;
class NodeForm;

/// The inspector dock's contents: what the current tab shows. For a flow document with
/// nothing selected, its name, description, governance, service levels and nodes; with nodes
/// selected, a form generated from their type's config fields. Every edit is one command on
/// the document's undo stack, and the form follows the document (undo, redo, reload). For any
/// other file, what kind of file it is and where.
class InspectorView : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorView(QWidget *parent = nullptr);

    /// Shows nothing selected.
    void clear();
    /// Shows a flow as read from `relativePath`, read-only.
    void showFlow(const Flow &flow, const QString &relativePath);
    /// Shows the flow a document holds, editable, and follows its changes (reload after a save,
    /// edits). Showing the same document again keeps the node selection.
    void showFlowDocument(FlowDocument *document, const QString &relativePath);
    FlowDocument *flowDocument() const { return m_document; }
    /// Shows a file that is not a flow, or a flow that failed to load (`loadError` non-empty).
    void showFile(ProjectFileKind kind, const QString &relativePath,
                  const QString &loadError = QString());

    /// The project whose systems, mappings and schemas the pickers offer (may be null; the
    /// caller keeps it alive while the inspector shows its flows). Call again after
    /// Project::rescan() to offer new files.
    void setProject(const Project *project);
    /// Edits these nodes of the current flow document (the canvas selection); empty: the flow.
    void setSelectedNodes(const QStringList &ids);
    QStringList selectedNodes() const { return m_selection; }

    /// The text a field of the flow form shows ("name", "owner", "steward", "latencyMs"…).
    QString fieldText(const QString &field) const;
    QTreeWidget *nodeList() const;
    FlowForm *flowForm() const { return m_flowForm; }
    /// The form of the selected nodes, or null when none are selected.
    NodeForm *nodeForm() const;

signals:
    /// A node of the list was activated (double-click, Enter): show it in the flow's tab.
    void nodeActivated(const QString &nodeId);
    /// The "Open mapping" button of a transform.map node.
    void openMappingRequested(const QString &mappingId);

private:
    enum Page { EmptyPage, FilePage, FlowPage, NodesPage };

    void followDocument(FlowDocument *document);
    void refreshFlow();
    void rebuildNodeForm();
    void dropFromSelection(const QString &id);

    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_fileTitle;
    QLabel *m_fileDetails;
    FlowForm *m_flowForm;
    QScrollArea *m_nodeScroll;
    QPointer<NodeForm> m_nodeForm;
    QPointer<FlowDocument> m_document;
    QString m_documentPath;
    const Project *m_project = nullptr;
    QStringList m_selection;
};

} // namespace Flowsmith
