#pragma once

#include <QHash>
#include <QPointF>

#include <optional>

#include "editors/shell/documenteditor.h"
#include "model/core/problem.h"
#include "model/documents/flowdocument.h"

class QAction;
class QLabel;
class QMenu;
class QToolBar;

class QProgressDialog;
template<typename T> class QFutureWatcher;

namespace Flowsmith {

class CanvasFindBar;
class FlowScene;
class FlowView;

/// The tab of a flow file: the canvas with its toolbar and find bar. Owns the FlowDocument;
/// the document's undo stack is the tab's, and saving writes the document atomically.
class FlowEditor : public DocumentEditor
{
    Q_OBJECT

public:
    explicit FlowEditor(QWidget *parent = nullptr);
    ~FlowEditor() override;

    /// Reads the flow; on failure `errorMessage` names the file, line and column.
    bool load(const QString &path, QString *errorMessage);
    bool save(QString *errorMessage) override;
    QUndoStack *undoStack() const override;

    void showFind() override;
    /// Selects and shows the node whose text in the file covers `line`.
    void jumpTo(int line, int column) override;

    FlowDocument *document() const override { return m_document; }
    FlowScene *scene() const { return m_scene; }
    FlowView *view() const { return m_view; }
    CanvasFindBar *findBar() const { return m_findBar; }
    QToolBar *toolBar() const { return m_toolBar; }

    void selectNode(const QString &nodeId);
    QStringList selectedNodes() const;
    /// Validation problems of the project (the ones about this flow become badges).
    void setProblems(const ProblemList &problems);
    /// Writes the canvas as PNG, SVG or PDF (by suffix).
    bool exportTo(const QString &fileName, QString *errorMessage);

signals:
    void selectionChanged(const QStringList &nodeIds);
    /// Enter or a double-click on nodes: the inspector should show them.
    void inspectorRequested(const QStringList &nodeIds);
    void statusMessage(const QString &message);
    /// The flow changed through an edit (not a save): validation may rerun.
    void edited();

private:
    void createActions();
    void showContextMenu(const QPoint &globalPos, const QPointF &scenePos);
    void exportDialog();
    void showHelp();
    /// Lays out the selection (two or more nodes) or the whole flow. Large flows are laid out
    /// on a worker thread behind a progress dialog; graphviz cannot stop, so Cancel discards.
    void autoLayout();
    void applyLayout();

    FlowDocument *m_document;
    FlowScene *m_scene;
    FlowView *m_view;
    CanvasFindBar *m_findBar;
    QToolBar *m_toolBar;
    QMenu *m_alignMenu = nullptr; ///< the toolbar's, shared with the context menu
    QLabel *m_zoomLabel;
    QList<QAction *> m_editActions;
    struct LayoutOutcome
    {
        std::optional<QHash<QString, QPointF>> positions;
        QString error;
    };
    QFutureWatcher<LayoutOutcome> *m_layoutWatcher = nullptr;
    QProgressDialog *m_layoutProgress = nullptr;
    int m_layoutStartIndex = -1; ///< the undo index when the layout started
};

} // namespace Flowsmith
