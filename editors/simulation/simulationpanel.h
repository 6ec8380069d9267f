#pragma once

#include "editors/canvas/canvasoverlay.h"
#include "editors/simulation/simulationsnapshot.h"
#include "model/core/flow.h"
#include "simulator/breakpoint.h"

#include <QHash>
#include <QPointer>
#include <QThread>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace Flowsmith {

class FlowDocument;
class HopListModel;
class LatencyChart;
class MessageInspector;
class Project;
class SimulationWorker;

/// The simulation dock: pick a source node and a sample file of the project, run the flow in a
/// worker thread and pause, step one hop, continue or stop it; breakpoints on nodes with an
/// optional JSONata condition; every hop in a list (select one to inspect it in the
/// MessageInspector, edit the node's config there and run again from that hop); per-node
/// statistics with a latency chart and the SLO verdict. The canvas follows through
/// overlayChanged() (current node, message counts on edges) and highlightNodeRequested().
class SimulationPanel : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused, Finished };
    Q_ENUM(State)

    explicit SimulationPanel(QWidget *parent = nullptr);
    ~SimulationPanel() override;

    /// The project whose samples feed sources and whose mappings and schemas nodes read (not
    /// owned; may be null).
    void setProject(const Project *project);
    /// The flow to simulate (not owned; may be null). Re-running from a hop with an edited
    /// config pushes a SetNodeConfigCommand onto its undo stack.
    void setFlowDocument(FlowDocument *document);
    /// The inspector this panel drives; put it in its own dock.
    MessageInspector *inspector() const { return m_inspector; }

    State state() const { return m_state; }
    /// Starts a run from the chosen source and sample; `stepOnly` stops after the first hop.
    void run(bool stepOnly = false);
    void pause();
    void step();
    void resume();
    void stop();
    /// Opens the "Save as Test Case…" dialog for the run so far (after a run or at a pause);
    /// accepting it appends the case to tests/<flow>.test.yaml and emits testCaseSaved().
    void saveAsTestCase();
    /// Selects hop `index` (0-based) in the list and shows it in the inspector.
    void selectHop(int index);
    /// Shows a finished trace (e.g. a failing test case's) without running anything.
    void showTrace(const QString &title, const std::vector<Sim::TraceEvent> &trace);

    void setSource(const QString &node);
    void setSample(const QString &relativePath);
    void addBreakpoint(const QString &node, const QString &condition = {});
    void removeBreakpoint(int row);
    QList<Sim::Breakpoint> breakpoints() const { return m_breakpoints; }

    HopListModel *hopModel() const { return m_hops; }
    const CanvasOverlay &overlay() const { return m_overlay; }
    /// The statistics table (node, messages, errors, p50, p95, p99) and the SLO verdict text.
    QTableWidget *statisticsTable() const { return m_statsTable; }
    QString sloText() const;
    LatencyChart *latencyChart() const { return m_chart; }

signals:
    void stateChanged(Flowsmith::SimulationPanel::State state);
    void overlayChanged(const Flowsmith::CanvasOverlay &overlay);
    void highlightNodeRequested(const QString &nodeId);
    /// A snapshot was applied (tests wait on it).
    void snapshotApplied();
    /// A recorded case was written to `suiteFile` (project-relative).
    void testCaseSaved(const QString &suiteFile, const QString &name);

private:
    void buildUi();
    void refreshChoices();
    void setState(State state);
    void updateButtons();
    void applySnapshot(const SimulationSnapshotPtr &snapshot);
    void hopSelected(int row);
    void rerunFrom(int hopIndex, const QString &node, const QVariantMap &config);
    void sendBreakpoints();
    void refreshBreakpointTable();
    void updateOverlay();
    void updateStatistics(const SimulationSnapshot &snapshot);
    void ensureWorker();
    QString projectFolder() const;

    const Project *m_project = nullptr;
    QPointer<FlowDocument> m_document;
    Flow m_runFlow; ///< the flow the current run started with (edits at hops applied)
    bool m_traceOnly = false;
    QString m_rankedSchema; ///< the schema the sample chooser is ranked by
    std::shared_ptr<const Sim::RecordedRun> m_recorded; ///< the run at its last stop

    QThread m_thread;
    SimulationWorker *m_worker = nullptr;
    State m_state = State::Idle;
    bool m_busy = false;
    QString m_nextNode;
    std::optional<Sim::Message> m_nextMessage;
    QList<Sim::Breakpoint> m_breakpoints;
    CanvasOverlay m_overlay;
    Sim::SloVerdict m_slo;

    QComboBox *m_sourceCombo;
    QComboBox *m_sampleCombo;
    QSpinBox *m_seedSpin;
    QPushButton *m_runButton;
    QPushButton *m_pauseButton;
    QPushButton *m_stepButton;
    QPushButton *m_continueButton;
    QPushButton *m_stopButton;
    QPushButton *m_saveTestButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTabWidget *m_tabs;
    HopListModel *m_hops;
    QTableView *m_hopView;
    QComboBox *m_breakpointNode;
    QLineEdit *m_breakpointCondition;
    QTableWidget *m_breakpointTable;
    QLabel *m_breakpointErrors;
    QTableWidget *m_statsTable;
    LatencyChart *m_chart;
    QLabel *m_sloLabel;
    MessageInspector *m_inspector;
};

} // namespace Flowsmith
