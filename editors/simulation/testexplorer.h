#pragma once

#include "editors/canvas/canvasoverlay.h"
#include "simulator/testing/flowtestrunner.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Flowsmith {

class Flow;
class FlowDocument;
class Project;

/// The flow tests dock: runs every tests/*.test.yaml of the project in the background (the
/// same runner as `flowsmith-cli test`), shows suites and cases as a pass/fail tree, for the
/// selected case the failures and the expected-vs-actual diff per sink, and opens a failing
/// case's trace in the simulation panel. Its overlay is the tests' coverage heat on a flow:
/// how many cases sent a message through each node and along each edge.
class TestExplorer : public QWidget
{
    Q_OBJECT

public:
    struct CaseResult
    {
        QString flow;
        Sim::FlowTestResult result;
    };

    explicit TestExplorer(QWidget *parent = nullptr);
    ~TestExplorer() override;

    /// Not owned; may be null.
    void setProject(const Project *project);
    /// The flow whose coverage the overlay shows (the flow open in the canvas; not owned, may
    /// be null).
    void setFlowDocument(FlowDocument *document);

    /// Runs every suite in the background; runFinished() tells when done.
    void runAll();
    void cancel();
    bool isRunning() const;

    const QList<CaseResult> &results() const { return m_results; }
    /// Coverage of `flow` by the last run's cases of that flow: every node and edge tinted from
    /// red (no case reaches it) to green (every case does), badge "covered/total".
    CanvasOverlay coverageOverlay(const Flow &flow) const;

    QTreeWidget *tree() const { return m_tree; }
    QTreeWidget *diffTree() const { return m_diffTree; }
    QPlainTextEdit *details() const { return m_details; }
    /// Selects the case `suite` / `name` and shows it.
    bool selectCase(const QString &suite, const QString &name);
    /// Asks to open the selected case's trace.
    void openTrace();

signals:
    void runFinished(int passed, int failed);
    void overlayChanged(const Flowsmith::CanvasOverlay &overlay);
    /// Open this trace (a failing case) in the simulation panel.
    void traceRequested(const QString &title, const QString &flowId,
                        const std::vector<Flowsmith::Sim::TraceEvent> &trace);

private:
    void finished();
    void caseSelected(QTreeWidgetItem *item);

    void emitOverlay();

    const Project *m_project = nullptr;
    QPointer<FlowDocument> m_document;
    QList<CaseResult> m_results;
    QFutureWatcher<QList<CaseResult>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;

    QPushButton *m_runButton;
    QPushButton *m_traceButton;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_details;
    QTreeWidget *m_diffTree;
};

} // namespace Flowsmith
