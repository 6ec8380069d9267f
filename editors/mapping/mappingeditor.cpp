#include "mappingeditor.h"

#include "mappinglinesoverlay.h"
#include "mappingpreview.h"
#include "rulepanel.h"
#include "schematree.h"
#include "simulator/samplefit.h"
#include "suggestionpanel.h"

#include "editors/expr/jsonataeditor.h"
#include "model/documents/acceptsuggestionscommand.h"
#include "model/documents/mapfieldscommand.h"
#include "model/documents/mappingdocument.h"
#include "model/documents/replacerulescommand.h"
#include "model/mapping/mappingcompiler.h"
#include "model/mapping/mappinglines.h"
#include "model/mapping/schematypes.h"
#include "model/schemaimport/schemaimportjob.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

QString compile(const Mapping &mapping, QString *error = nullptr)
{
    const auto result = MappingCompiler::compile(mapping);
    if (error)
        *error = result.error.message;
    return result.expression;
}

QList<int> ruleAtLine(const QList<MappingRule> &rules, const QList<int> &parent, int line)
{
    QList<int> best;
    for (int i = 0; i < rules.size(); ++i) {
        QList<int> path = parent;
        path.append(i);
        if (rules.at(i).position.line == line)
            best = path;
        const QList<int> nested = ruleAtLine(rules.at(i).rules, path, line);
        if (!nested.isEmpty())
            best = nested;
    }
    return best;
}

} // namespace

MappingEditor::MappingEditor(QWidget *parent)
    : DocumentEditor(parent)
    , m_document(new MappingDocument(this))
    , m_preview(new MappingPreview(this))
{
    buildUi();
    auto changed = [this] {
        refresh();
    };
    connect(m_document, &MappingDocument::ruleAdded, this, changed);
    connect(m_document, &MappingDocument::ruleRemoved, this, changed);
    connect(m_document, &MappingDocument::ruleChanged, this, changed);
    connect(m_document, &Document::reset, this, changed);
    connect(m_document, &Document::modifiedChanged, this, &DocumentEditor::modifiedChanged);
    connect(m_preview, &MappingPreview::updated, this, &MappingEditor::refreshPreview);
}

MappingEditor::~MappingEditor() = default;

void MappingEditor::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("mapperHeader"));
    header->setStyleSheet(QStringLiteral(
        "#mapperHeader { background: palette(window); border-bottom: 1px solid palette(mid); }"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(10, 6, 10, 6);
    m_title = new QLabel(header);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_coverageLabel = new QLabel(header);
    m_findingsLabel = new QLabel(header);
    auto *autoMap = new QPushButton(tr("Auto-map…"), header);
    autoMap->setToolTip(tr("Suggest rules for unmapped target fields by name similarity"));
    headerLayout->addWidget(m_title);
    headerLayout->addStretch();
    headerLayout->addWidget(m_findingsLabel);
    headerLayout->addSpacing(16);
    headerLayout->addWidget(m_coverageLabel);
    headerLayout->addSpacing(16);
    m_inferSchema = new QPushButton(tr("Infer Schema from Sample…"), header);
    m_inferSchema->setObjectName(QStringLiteral("inferSchemaButton"));
    m_inferSchema->hide();
    connect(m_inferSchema, &QPushButton::clicked, this, &MappingEditor::chooseSampleForSchema);
    headerLayout->addWidget(m_inferSchema);
    headerLayout->addWidget(autoMap);
    layout->addWidget(header);

    auto *vertical = new QSplitter(Qt::Vertical, this);
    layout->addWidget(vertical, 1);

    auto *trees = new QWidget(vertical);
    auto *treesLayout = new QHBoxLayout(trees);
    treesLayout->setContentsMargins(6, 6, 6, 0);
    treesLayout->setSpacing(0);
    m_sourceTree = new SchemaTree(SchemaTree::Source, trees);
    m_targetTree = new SchemaTree(SchemaTree::Target, trees);
    m_overlay = new MappingLinesOverlay(m_sourceTree, m_targetTree, trees);
    m_overlay->setFixedWidth(150);
    treesLayout->addWidget(m_sourceTree, 1);
    treesLayout->addWidget(m_overlay);
    treesLayout->addWidget(m_targetTree, 1);

    auto *bottom = new QSplitter(Qt::Horizontal, vertical);
    m_rulePanel = new RulePanel(m_document, bottom);
    m_tabs = new QTabWidget(bottom);

    auto *textPage = new QWidget(m_tabs);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->setContentsMargins(0, 0, 0, 0);
    m_text = new JsonataEditor(textPage);
    m_textStatus = new QLabel(textPage);
    m_textStatus->setContentsMargins(6, 2, 6, 2);
    textLayout->addWidget(m_text, 1);
    textLayout->addWidget(m_textStatus);
    m_tabs->addTab(textPage, tr("JSONata"));

    auto *previewPage = new QWidget(m_tabs);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(4, 4, 4, 4);
    auto *previewBar = new QHBoxLayout;
    m_samples = new QComboBox(previewPage);
    m_samples->setObjectName(QStringLiteral("previewSampleCombo"));
    m_previous = new QPushButton(tr("◀ Previous"), previewPage);
    m_next = new QPushButton(tr("Next ▶"), previewPage);
    m_recordLabel = new QLabel(previewPage);
    previewBar->addWidget(new QLabel(tr("Sample:"), previewPage));
    previewBar->addWidget(m_samples, 1);
    previewBar->addWidget(m_previous);
    previewBar->addWidget(m_recordLabel);
    previewBar->addWidget(m_next);
    previewLayout->addLayout(previewBar);
    auto *previewPanes = new QSplitter(Qt::Horizontal, previewPage);
    m_input = new QPlainTextEdit(previewPanes);
    m_output = new QPlainTextEdit(previewPanes);
    for (QPlainTextEdit *pane : { m_input, m_output }) {
        pane->setReadOnly(true);
        pane->setLineWrapMode(QPlainTextEdit::NoWrap);
        pane->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_input->setPlaceholderText(tr("The sample record"));
    m_output->setPlaceholderText(tr("The target JSON"));
    previewLayout->addWidget(previewPanes, 1);
    m_previewStatus = new QLabel(previewPage);
    m_previewStatus->setWordWrap(true);
    previewLayout->addWidget(m_previewStatus);
    m_tabs->addTab(previewPage, tr("Preview"));

    m_suggestionPanel = new SuggestionPanel(m_tabs);
    m_tabs->addTab(m_suggestionPanel, tr("Auto-map"));

    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    m_textTimer = new QTimer(this);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(700);
    connect(m_textTimer, &QTimer::timeout, this, [this] { applyText(); });
    connect(m_text, &QsciScintilla::textChanged, this, [this] {
        if (!m_settingText)
            m_textTimer->start();
    });

    connect(m_targetTree, &SchemaTree::fieldsDropped, this, &MappingEditor::mapFields);
    connect(m_overlay, &MappingLinesOverlay::ruleClicked, this, &MappingEditor::selectRule);
    connect(m_targetTree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString path = item->data(0, SchemaTree::PathRole).toString();
        for (const MappingLine &line : m_overlay->lines())
            if (line.targetPath == path)
                selectRule(line.rulePath);
    });
    connect(autoMap, &QPushButton::clicked, this, [this] {
        suggest();
        m_tabs->setCurrentWidget(m_suggestionPanel);
    });
    connect(m_suggestionPanel, &SuggestionPanel::acceptRequested, this,
            &MappingEditor::acceptSuggestion);
    connect(m_suggestionPanel, &SuggestionPanel::rejectRequested, this,
            &MappingEditor::rejectSuggestion);
    connect(m_suggestionPanel, &SuggestionPanel::acceptAllRequested, this,
            &MappingEditor::acceptAllSuggestions);
    connect(m_suggestionPanel, &SuggestionPanel::refreshRequested, this, &MappingEditor::suggest);
    connect(m_samples, &QComboBox::activated, this, [this] {
        QString error;
        if (!setSample(m_samples->currentData().toString(), &error))
            m_previewStatus->setText(error);
    });
    connect(m_previous, &QPushButton::clicked, this,
            [this] { setRecord(m_preview->record() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setRecord(m_preview->record() + 1); });
}

bool MappingEditor::load(const QString &path, QString *errorMessage)
{
    FileError error;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_document->load(absolute, &error)) {
        if (errorMessage)
            *errorMessage = error.toString();
        return false;
    }
    setFilePath(absolute);
    if (!m_project) {
        // The project is the nearest folder above with a manifest.
        QDir dir = QFileInfo(absolute).absoluteDir();
        do {
            if (dir.exists(QStringLiteral("flowsmith.yaml"))) {
                FileError projectError;
                m_ownedProject = Project::open(dir.absolutePath(), &projectError);
                break;
            }
        } while (dir.cdUp());
    }
    loadSchemas();
    fillSamples();
    refresh();
    return true;
}

void MappingEditor::setProject(const Project *project)
{
    m_project = project;
    m_ownedProject.reset();
    loadSchemas();
    fillSamples();
    refresh();
}

QString MappingEditor::projectPath(const QString &relative) const
{
    const Project *project = m_project ? m_project : (m_ownedProject ? &*m_ownedProject : nullptr);
    if (QDir::isAbsolutePath(relative) || !project)
        return relative;
    return project->absolutePath(relative);
}

void MappingEditor::loadSchemas()
{
    const Mapping &mapping = m_document->mapping();
    auto read = [this](const QString &id, std::optional<Schema> &schema, QString *note) {
        schema.reset();
        if (id.isEmpty()) {
            *note = tr("The mapping names no schema.");
            return;
        }
        FileError error;
        schema = Schema::load(projectPath(Project::pathFor(ProjectFileKind::Schema, id)), &error);
        if (!schema)
            *note = tr("Schema '%1' could not be read: %2").arg(id, error.message);
    };
    QString sourceNote;
    QString targetNote;
    read(mapping.source, m_source, &sourceNote);
    read(mapping.target, m_target, &targetNote);
    m_sourceTree->setSchema(sourceSchema(), sourceNote);
    updateInferSchema();
    m_targetTree->setSchema(targetSchema(), targetNote);
    QStringList paths;
    if (m_source)
        for (const SchemaField *field : SchemaTypes::allFields(m_source->root))
            paths.append(field->path);
    m_text->setFieldPaths(paths);
    m_rulePanel->setFieldPaths(paths);
    const QString name = mapping.name.isEmpty() ? mapping.id : mapping.name;
    m_title->setText(
        QStringLiteral("%1   <span style='font-weight:normal;color:gray'>%2 → %3</span>")
            .arg(name.toHtmlEscaped(), mapping.source.toHtmlEscaped(),
                 mapping.target.toHtmlEscaped()));
}

void MappingEditor::fillSamples()
{
    const Project *project = m_project ? m_project : (m_ownedProject ? &*m_ownedProject : nullptr);
    m_samples->clear();
    if (!project)
        return;
    // The samples whose records fit the source schema first, the others with their mismatch
    // count (issue 15 item 5).
    QString rankError;
    const QList<Sim::SampleFit> fits
        = Sim::SampleFitter(project->folder()).rank(m_document->mapping().source, &rankError);
    if (rankError.isEmpty() && !fits.isEmpty()) {
        for (const Sim::SampleFit &fit : fits) {
            m_samples->addItem(fit.mismatches == 0 && fit.error.isEmpty() ? fit.sample
                                                                          : fit.describe(),
                               fit.sample);
            m_samples->setItemData(m_samples->count() - 1, fit.describe(), Qt::ToolTipRole);
        }
        setSample(fits.first().sample);
        return;
    }
    // Without a usable source schema, the sample named most like it is the natural first choice:
    // fhir-patient.json for fhir-patient, orders.json for shop-order.
    QString preferred;
    int bestScore = 0;
    const QStringList words = m_document->mapping().source.split(u'-', Qt::SkipEmptyParts);
    for (const ProjectFile &file : project->files(ProjectFileKind::Sample)) {
        m_samples->addItem(file.relativePath, file.relativePath);
        const QString base = QFileInfo(file.relativePath).completeBaseName();
        int score = base == m_document->mapping().source ? 100 : 0;
        for (const QString &word : words)
            if (word.size() > 2 && base.contains(word))
                score += 1;
        if (score > bestScore) {
            bestScore = score;
            preferred = file.relativePath;
        }
    }
    if (preferred.isEmpty() && m_samples->count() > 0)
        preferred = m_samples->itemData(0).toString();
    if (!preferred.isEmpty())
        setSample(preferred);
}

bool MappingEditor::setSample(const QString &path, QString *errorMessage)
{
    QString error;
    if (!m_preview->loadSample(projectPath(path), &error)) {
        if (errorMessage)
            *errorMessage = error;
        m_previewStatus->setText(error);
        return false;
    }
    const int index = m_samples->findData(path);
    if (index >= 0)
        m_samples->setCurrentIndex(index);
    m_preview->setMapping(m_document->mapping());
    refreshPreview();
    return true;
}

void MappingEditor::setRecord(int index)
{
    m_preview->setRecord(index);
    refreshPreview();
}

QUndoStack *MappingEditor::undoStack() const
{
    return m_document->undoStack();
}

bool MappingEditor::save(QString *errorMessage)
{
    FileError error;
    if (!m_document->save(filePath(), &error)) {
        if (errorMessage)
            *errorMessage = error.toString();
        return false;
    }
    emit saved(filePath());
    return true;
}

void MappingEditor::jumpTo(int line, int column)
{
    Q_UNUSED(column);
    const QList<int> path = ruleAtLine(m_document->mapping().rules, {}, line);
    if (!path.isEmpty())
        selectRule(path);
}

QList<int> MappingEditor::mapFields(const QStringList &sourcePaths, const QString &targetPath)
{
    auto *command
        = new MapFieldsCommand(m_document, sourcePaths, targetPath, sourceSchema(), targetSchema());
    const QList<int> path = command->rulePath();
    m_document->undoStack()->push(command);
    if (!path.isEmpty())
        selectRule(path);
    return path;
}

void MappingEditor::selectRule(const QList<int> &rulePath)
{
    m_selected = m_document->rule(rulePath) ? rulePath : QList<int>();
    m_overlay->setSelectedRule(m_selected);
    m_rulePanel->setRule(m_selected);
    QStringList messages;
    for (const MappingFinding &finding : std::as_const(m_findings))
        if (!m_selected.isEmpty() && finding.rulePath == m_selected)
            messages.append(finding.message);
    m_rulePanel->setFindings(messages);
}

QString MappingEditor::coverageText() const
{
    if (!m_target)
        return tr("Coverage: no target schema");
    return tr("Coverage: %1% of fields (%2/%3) · required %4% (%5/%6)")
        .arg(m_coverage.percentMapped())
        .arg(m_coverage.mapped)
        .arg(m_coverage.fields)
        .arg(m_coverage.percentRequired())
        .arg(m_coverage.requiredMapped)
        .arg(m_coverage.required);
}

void MappingEditor::refresh()
{
    const Mapping &mapping = m_document->mapping();
    const QList<MappingLine> lines = MappingLines::collect(mapping);
    m_overlay->setLines(lines);
    QSet<QString> sources;
    QSet<QString> targets;
    for (const MappingLine &line : lines) {
        for (const QString &path : line.sourcePaths)
            sources.insert(path);
        targets.insert(line.targetPath);
    }
    m_sourceTree->setMapped(sources);
    m_targetTree->setMapped(targets);

    m_findings = MappingChecker::check(mapping, sourceSchema(), targetSchema());
    QSet<QList<int>> flagged;
    m_targetTree->clearFindings();
    for (const MappingFinding &finding : std::as_const(m_findings)) {
        flagged.insert(finding.rulePath);
        m_targetTree->setFinding(finding.targetPath, finding.message);
    }
    m_overlay->setFlaggedRules(flagged);
    m_findingsLabel->setText(m_findings.isEmpty()
                                 ? tr("✓ All lines check")
                                 : tr("⚠ %n finding(s)", nullptr, int(m_findings.size())));
    m_findingsLabel->setStyleSheet(m_findings.isEmpty() ? QStringLiteral("color: #1e8449;")
                                                        : QStringLiteral("color: #d35400;"));
    QStringList tips;
    for (const MappingFinding &finding : std::as_const(m_findings))
        tips.append(finding.message);
    m_findingsLabel->setToolTip(tips.join(u'\n'));

    if (m_target)
        m_coverage = MappingCoverage::compute(mapping, *m_target);
    m_coverageLabel->setText(coverageText());

    QString error;
    m_compiled = compile(mapping, &error);
    if (!m_applyingText && !m_text->hasFocus()) {
        m_settingText = true;
        m_text->setText(m_compiled);
        m_settingText = false;
    }
    if (!m_applyingText)
        m_textStatus->setText(error.isEmpty() ? tr("Compiled from the rules; edit to change them.")
                                              : error);
    selectRule(m_selected);
    m_preview->setMapping(mapping);
}

bool MappingEditor::applyText(QString *errorMessage)
{
    QString error;
    std::unique_ptr<ReplaceRulesCommand> command
        = ReplaceRulesCommand::fromText(m_document, m_text->text(), &error);
    if (!command) {
        m_textStatus->setText(tr("Not applied: %1").arg(error));
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    Mapping edited = m_document->mapping();
    edited.rules = command->rules();
    const QString text = compile(edited, &error);
    if (text.isEmpty()) {
        m_textStatus->setText(tr("Not applied: %1").arg(error));
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    if (text == m_compiled)
        return true;
    const int count = int(command->rules().size());
    m_applyingText = true;
    m_document->undoStack()->push(command.release());
    m_applyingText = false;
    m_textStatus->setText(tr("Applied: %n rule(s).", nullptr, count));
    return true;
}

QList<MappingSuggestion> MappingEditor::suggest()
{
    m_suggestions.clear();
    if (m_source && m_target)
        m_suggestions = AutoMapper::suggest(m_document->mapping(), *m_source, *m_target);
    m_suggestionPanel->setSuggestions(m_suggestions);
    return m_suggestions;
}

void MappingEditor::acceptSuggestion(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    const MappingSuggestion suggestion = m_suggestions.takeAt(index);
    m_document->undoStack()->push(new AcceptSuggestionsCommand(m_document, { suggestion }));
    m_suggestionPanel->setSuggestions(m_suggestions);
}

void MappingEditor::rejectSuggestion(int index)
{
    if (index < 0 || index >= m_suggestions.size())
        return;
    m_suggestions.removeAt(index);
    m_suggestionPanel->setSuggestions(m_suggestions);
}

void MappingEditor::acceptAllSuggestions()
{
    if (m_suggestions.isEmpty())
        return;
    auto *command = new AcceptSuggestionsCommand(m_document, m_suggestions);
    m_suggestions.clear();
    m_document->undoStack()->push(command);
    m_suggestionPanel->setSuggestions(m_suggestions);
}

void MappingEditor::refreshPreview()
{
    const int count = m_preview->recordCount();
    m_recordLabel->setText(count ? tr("Record %1 of %2").arg(m_preview->record() + 1).arg(count)
                                 : tr("No records"));
    m_previous->setEnabled(m_preview->record() > 0);
    m_next->setEnabled(m_preview->record() + 1 < count);
    const QString input = m_preview->recordText();
    if (m_input->toPlainText() != input)
        m_input->setPlainText(input);
    const MappingPreview::Result &result = m_preview->result();
    if (m_output->toPlainText() != result.output)
        m_output->setPlainText(result.output);
    QStringList problems;
    if (!result.error.isEmpty())
        problems.append(result.error);
    for (auto it = result.errors.cbegin(); it != result.errors.cend(); ++it)
        problems.append(QStringLiteral("%1: %2").arg(it.key(), it.value()));
    m_previewStatus->setText(problems.join(u'\n'));
    m_previewStatus->setStyleSheet(problems.isEmpty() ? QString()
                                                      : QStringLiteral("color: #c0392b;"));
    m_targetTree->setPreview(result.values, result.errors);
}

void MappingEditor::updateInferSchema()
{
    const QString source = m_document->mapping().source;
    const QString relative = Project::pathFor(ProjectFileKind::Schema, source);
    // A schema file that exists but does not read is fixed as text, not replaced.
    const bool missing
        = !source.isEmpty() && !m_source && !QFileInfo::exists(projectPath(relative));
    m_inferSchema->setVisible(missing);
    m_inferSchema->setToolTip(
        tr("The source schema '%1' does not exist yet: infer it from a sample file (JSON, "
           "NDJSON, CSV). This writes %2 into the project at once; Undo does not remove it.")
            .arg(source, relative));
}

void MappingEditor::chooseSampleForSchema()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Infer Schema from Sample"), projectPath(QStringLiteral("samples")),
        tr("Samples (*.json *.ndjson *.jsonl *.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!inferSourceSchema(path, &error))
        QMessageBox::warning(this, tr("Infer Schema from Sample"), error);
}

bool MappingEditor::inferSourceSchema(const QString &samplePath, QString *errorMessage)
{
    const QString source = m_document->mapping().source;
    const Project *project = m_project ? m_project : (m_ownedProject ? &*m_ownedProject : nullptr);
    FileError error;
    if (!project) {
        error.message = tr("The mapping is not in a project, so there is no schemas/ folder.");
    } else {
        SchemaImportJob job(project->folder());
        if (job.open(samplePath, SchemaImportJob::Kind::Sample, &error)
            && job.write({ { job.components().first(), source } }, false, nullptr, &error)) {
            loadSchemas();
            refresh();
            return true;
        }
    }
    if (errorMessage)
        *errorMessage = error.file.isEmpty() ? error.message : error.toString();
    return false;
}

} // namespace Flowsmith
