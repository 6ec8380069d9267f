#pragma once

#include "editors/shell/documenteditor.h"
#include "model/core/project.h"
#include "model/core/schema.h"
#include "model/documents/mappingdocument.h"
#include "model/mapping/automapper.h"
#include "model/mapping/mappingchecker.h"
#include "model/mapping/mappingcoverage.h"

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Flowsmith {

class JsonataEditor;
class MappingLinesOverlay;
class MappingPreview;
class RulePanel;
class SchemaTree;
class SuggestionPanel;

/// The visual field mapper (issue 5), the editor of a mappings/<id>.map.yaml tab: the source
/// schema's tree on the left, the target's on the right, the mapping lines between them.
/// Dropping source fields on a target field makes a rule (several sources: a concatenation;
/// an array onto an array: a forEach, nested when dropped inside one). The selected line's
/// rule is edited in the rule panel; the compiled JSONata is shown live and can be edited as
/// text; the preview runs the mapping on a sample record; the header shows the coverage and
/// the line checks. Every edit is a command on the MappingDocument's stack.
class MappingEditor : public DocumentEditor
{
    Q_OBJECT

public:
    explicit MappingEditor(QWidget *parent = nullptr);
    ~MappingEditor() override;

    /// Opens a mapping file. Without setProject() the project is the folder above it that
    /// holds flowsmith.yaml (for its schemas and samples).
    bool load(const QString &path, QString *errorMessage);
    /// The project whose schemas/ and samples/ the mapper reads; not owned, may be null.
    void setProject(const Project *project);

    QUndoStack *undoStack() const override;
    bool save(QString *errorMessage) override;
    void jumpTo(int line, int column) override;

    MappingDocument *document() const override { return m_document; }
    SchemaTree *sourceTree() const { return m_sourceTree; }
    SchemaTree *targetTree() const { return m_targetTree; }
    MappingLinesOverlay *linesOverlay() const { return m_overlay; }
    RulePanel *rulePanel() const { return m_rulePanel; }
    JsonataEditor *textEditor() const { return m_text; }
    MappingPreview *preview() const { return m_preview; }
    SuggestionPanel *suggestionPanel() const { return m_suggestionPanel; }
    const Schema *sourceSchema() const { return m_source ? &*m_source : nullptr; }
    const Schema *targetSchema() const { return m_target ? &*m_target : nullptr; }

    /// What dropping `sourcePaths` (full schema paths) on the target field at `targetPath`
    /// does: one command that adds (or replaces) the rule. Returns the new rule's path.
    QList<int> mapFields(const QStringList &sourcePaths, const QString &targetPath);

    void selectRule(const QList<int> &rulePath);
    QList<int> selectedRule() const { return m_selected; }

    QList<MappingFinding> findings() const { return m_findings; }
    MappingCoverage coverage() const { return m_coverage; }
    QString coverageText() const;
    /// The JSONata the mapping compiles to (what the text pane shows).
    QString compiledText() const { return m_compiled; }
    /// Reads the text pane's JSONata back into rules now (normally debounced after typing).
    bool applyText(QString *error = nullptr);

    /// Auto-map: computes suggestions (also shown in the Auto-map tab).
    QList<MappingSuggestion> suggest();
    QList<MappingSuggestion> suggestions() const { return m_suggestions; }
    void acceptSuggestion(int index);
    void rejectSuggestion(int index);
    void acceptAllSuggestions();

    /// "Infer Schema from Sample…", offered while the source schema's file does not exist:
    /// infers it from the sample at `samplePath` and writes schemas/<source>.schema.json into
    /// the project at once (no undo), then shows its tree.
    bool inferSourceSchema(const QString &samplePath, QString *errorMessage = nullptr);
    QPushButton *inferSchemaButton() const { return m_inferSchema; }

    /// Chooses a sample (relative to the project, or absolute) for the preview.
    bool setSample(const QString &path, QString *errorMessage = nullptr);
    void setRecord(int index);

private:
    void buildUi();
    void loadSchemas();
    void refresh();
    void refreshPreview();
    void fillSamples();
    QString projectPath(const QString &relative) const;
    void updateInferSchema();
    void chooseSampleForSchema();

    MappingDocument *m_document;
    const Project *m_project = nullptr;
    std::optional<Project> m_ownedProject;
    std::optional<Schema> m_source;
    std::optional<Schema> m_target;
    QList<MappingFinding> m_findings;
    MappingCoverage m_coverage;
    QString m_compiled;
    QList<int> m_selected;
    QList<MappingSuggestion> m_suggestions;
    bool m_applyingText = false;
    bool m_settingText = false;

    QLabel *m_title;
    QLabel *m_coverageLabel;
    QLabel *m_findingsLabel;
    SchemaTree *m_sourceTree;
    SchemaTree *m_targetTree;
    MappingLinesOverlay *m_overlay;
    RulePanel *m_rulePanel;
    QTabWidget *m_tabs;
    JsonataEditor *m_text;
    QLabel *m_textStatus;
    QTimer *m_textTimer;
    MappingPreview *m_preview;
    QComboBox *m_samples;
    QLabel *m_recordLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPlainTextEdit *m_input;
    QPlainTextEdit *m_output;
    QLabel *m_previewStatus;
    SuggestionPanel *m_suggestionPanel;
    QPushButton *m_inferSchema = nullptr;
};

} // namespace Flowsmith
