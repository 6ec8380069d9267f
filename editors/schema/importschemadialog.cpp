#include "editors/schema/importschemadialog.h"

#include "editors/schema/schemafieldtree.h"
#include "model/core/projectid.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

const QString ErrorStyle = QStringLiteral("color: #c0392b;");
const QString WarningStyle = QStringLiteral("color: #b26a00;");

} // namespace

ImportSchemaDialog::ImportSchemaDialog(const QString &projectFolder, QWidget *parent)
    : QDialog(parent)
    , m_folder(projectFolder)
{
    setObjectName(QStringLiteral("importSchemaDialog"));
    setWindowTitle(tr("Import Schema"));
    resize(920, 640);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Creates JSON Schema files in this project's <b>schemas/</b> "
                                "folder from a JSON Schema, an OpenAPI or AsyncAPI document, "
                                "or sample data (JSON, NDJSON, CSV) to infer one from. "
                                "References are copied in, so each schema stands alone."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importSchemaFile"));
    m_file->setPlaceholderText(tr("A .json, .yaml, .ndjson or .csv file"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    // A row whose field is a layout gets no buddy by itself: the mnemonic needs one.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    auto *kindRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("JSON Schema"), int(SchemaImportJob::Kind::JsonSchema));
    m_kind->addItem(tr("OpenAPI 3 document"), int(SchemaImportJob::Kind::OpenApi));
    m_kind->addItem(tr("AsyncAPI 3 document"), int(SchemaImportJob::Kind::AsyncApi));
    m_kind->addItem(tr("Sample data (infer the schema)"), int(SchemaImportJob::Kind::Sample));
    m_kind->setCurrentIndex(-1);
    m_kind->setEnabled(false);
    m_kindNote = new QLabel(this);
    m_kindNote->setEnabled(false);
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_kindNote, 1);
    auto *kindLabel = new QLabel(tr("Read &as:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kindRow);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importSchemaError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *componentGroup = new QGroupBox(tr("Components"), splitter);
    auto *componentLayout = new QVBoxLayout(componentGroup);
    m_components = new QTreeWidget(componentGroup);
    m_components->setObjectName(QStringLiteral("importSchemaComponents"));
    m_components->setColumnCount(2);
    m_components->setHeaderLabels({ tr("Component"), tr("Id") });
    m_components->setRootIsDecorated(false);
    m_components->setUniformRowHeights(true);
    m_components->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_components->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    componentLayout->addWidget(new QLabel(
        tr("Tick the schemas to import; select one to see its fields."), componentGroup));
    componentLayout->addWidget(m_components, 1);
    m_componentBox = componentGroup;
    m_componentBox->hide();

    auto *fieldGroup = new QGroupBox(tr("Fields"), splitter);
    auto *fieldLayout = new QVBoxLayout(fieldGroup);
    m_fieldsTitle = new QLabel(fieldGroup);
    m_fields = new QTreeWidget(fieldGroup);
    m_fields->setObjectName(QStringLiteral("importSchemaFields"));
    SchemaFieldTree::setUp(m_fields);
    fieldLayout->addWidget(m_fieldsTitle);
    fieldLayout->addWidget(m_fields, 1);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *idForm = new QFormLayout;
    auto *idRow = new QHBoxLayout;
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("importSchemaId"));
    m_id->setEnabled(false);
    m_id->setToolTip(tr("Lowercase letters a-z and digits, in words joined by '-' or '_'"));
    m_target = new QLabel(this);
    m_target->setEnabled(false);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_target, 1);
    auto *idLabel = new QLabel(tr("I&d:"), this);
    idLabel->setBuddy(m_id);
    idForm->addRow(idLabel, idRow);
    layout->addLayout(idForm);

    m_replace = new QCheckBox(this);
    m_replace->setObjectName(QStringLiteral("importSchemaReplace"));
    m_replace->hide();
    layout->addWidget(m_replace);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importSchemaStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *finality = new QLabel(tr("Import writes these files into the project at once. It is "
                                   "not an edit of an open document: Edit › Undo does not "
                                   "remove them (delete the file, or use Git)."),
                                this);
    finality->setWordWrap(true);
    QFont small = finality->font();
    small.setItalic(true);
    finality->setFont(small);
    layout->addWidget(finality);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importSchemaImport"));
    m_import->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ImportSchemaDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ImportSchemaDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text().trimmed() != m_loadedPath)
            load(std::nullopt);
    });
    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { load(SchemaImportJob::Kind(m_kind->itemData(index).toInt())); });
    connect(m_components, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!m_filling && current)
            showComponent(current->text(NameColumn));
    });
    connect(m_components, &QTreeWidget::itemChanged, this,
            [this](QTreeWidgetItem *item, int column) {
                if (m_filling || column != NameColumn)
                    return;
                if (item->checkState(NameColumn) == Qt::Checked)
                    showComponent(item->text(NameColumn));
                else
                    updateState();
            });
    connect(m_id, &QLineEdit::textEdited, this, &ImportSchemaDialog::setId);
    connect(m_replace, &QCheckBox::toggled, this, &ImportSchemaDialog::updateState);
    updateState();
}

ImportSchemaDialog::~ImportSchemaDialog() = default;

void ImportSchemaDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(QDir::cleanPath(path)));
    load(std::nullopt);
}

void ImportSchemaDialog::setKind(SchemaImportJob::Kind kind)
{
    load(kind);
}

std::optional<SchemaImportJob::Kind> ImportSchemaDialog::kind() const
{
    if (!m_job)
        return std::nullopt;
    return m_job->kind();
}

void ImportSchemaDialog::browse()
{
    const QString current = m_file->text().trimmed();
    const QString start = current.isEmpty() ? m_folder : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Schema"), start,
        tr("Schemas, API documents and samples (*.json *.yaml *.yml *.ndjson *.jsonl *.csv "
           "*.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportSchemaDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImportSchemaDialog::load(std::optional<SchemaImportJob::Kind> kind)
{
    m_job.reset();
    m_ids.clear();
    m_buildErrors.clear();
    m_shown.clear();
    m_fields->clear();
    m_fieldsTitle->clear();
    showError(QString());
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    m_loadedPath = m_file->text().trimmed();
    fillComponents();
    if (path.isEmpty()) {
        m_kind->setCurrentIndex(-1);
        m_kind->setEnabled(false);
        m_kindNote->clear();
        updateState();
        return;
    }
    FileError error;
    const std::optional<SchemaImportJob::Kind> detected
        = kind ? kind : SchemaImportJob::detect(path, &error);
    m_kind->setEnabled(QFileInfo(path).isFile());
    if (!detected) {
        m_kind->setCurrentIndex(-1);
        m_kindNote->setText(tr("choose what the file holds"));
        showError(error.toString());
        updateState();
        return;
    }
    m_kind->setCurrentIndex(m_kind->findData(int(*detected)));
    m_kindNote->setText(kind ? tr("as you chose") : tr("told from the file"));
    auto job = std::make_unique<SchemaImportJob>(m_folder);
    if (!job->open(path, *detected, &error)) {
        showError(error.toString());
        updateState();
        return;
    }
    m_job = std::move(job);
    for (const SchemaImportJob::Entry &entry : m_job->defaultEntries(m_job->components()))
        m_ids.insert(entry.component, entry.id);
    fillComponents();
    showComponent(m_job->components().first());
}

void ImportSchemaDialog::fillComponents()
{
    m_filling = true;
    m_components->clear();
    const bool several = m_job && m_job->hasComponents();
    m_componentBox->setVisible(several);
    if (several) {
        const QStringList components = m_job->components();
        for (const QString &component : components) {
            auto *item = new QTreeWidgetItem(m_components);
            item->setText(NameColumn, component);
            item->setText(IdColumn, m_ids.value(component));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            // A document with one component means that one; of several, the user picks.
            item->setCheckState(NameColumn, components.size() == 1 ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_filling = false;
}

QTreeWidgetItem *ImportSchemaDialog::componentItem(const QString &component) const
{
    for (int i = 0; i < m_components->topLevelItemCount(); ++i)
        if (m_components->topLevelItem(i)->text(NameColumn) == component)
            return m_components->topLevelItem(i);
    return nullptr;
}

bool ImportSchemaDialog::setComponentChecked(const QString &component, bool checked)
{
    QTreeWidgetItem *item = componentItem(component);
    if (!item)
        return false;
    item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

void ImportSchemaDialog::showComponent(const QString &component)
{
    if (!m_job || !m_job->components().contains(component))
        return;
    m_shown = component;
    if (QTreeWidgetItem *item = componentItem(component); item && !m_filling) {
        m_filling = true;
        m_components->setCurrentItem(item);
        m_filling = false;
    }
    FileError error;
    const std::optional<Schema> schema = m_job->preview(component, &error);
    if (schema) {
        m_buildErrors.remove(component);
        SchemaFieldTree::fill(m_fields, schema->root);
        m_fieldsTitle->setText(
            m_job->hasComponents()
                ? tr("<b>%1</b> — %2 as it will be written")
                      .arg(component.toHtmlEscaped(), SchemaFieldTree::typeText(schema->root))
                : tr("%1 as it will be written").arg(SchemaFieldTree::typeText(schema->root)));
    } else {
        m_buildErrors.insert(component, error.toString());
        m_fields->clear();
        m_fieldsTitle->setText(tr("<b>%1</b> cannot be imported").arg(component.toHtmlEscaped()));
    }
    m_id->setText(m_ids.value(component));
    updateState();
}

QString ImportSchemaDialog::currentComponent() const
{
    if (!m_job)
        return {};
    return m_job->hasComponents() ? m_shown : m_job->components().first();
}

void ImportSchemaDialog::setId(const QString &id)
{
    const QString component = currentComponent();
    if (component.isEmpty())
        return;
    m_ids.insert(component, id.trimmed());
    updateState();
}

QList<SchemaImportJob::Entry> ImportSchemaDialog::entries() const
{
    QList<SchemaImportJob::Entry> result;
    if (!m_job)
        return result;
    if (!m_job->hasComponents()) {
        const QString component = m_job->components().first();
        result.append({ component, m_ids.value(component) });
        return result;
    }
    for (int i = 0; i < m_components->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_components->topLevelItem(i);
        if (item->checkState(NameColumn) == Qt::Checked)
            result.append({ item->text(NameColumn), m_ids.value(item->text(NameColumn)) });
    }
    return result;
}

bool ImportSchemaDialog::canImport() const
{
    return m_import->isEnabled();
}

void ImportSchemaDialog::updateState()
{
    const QList<SchemaImportJob::Entry> chosen = entries();
    QStringList errors;
    QStringList existing;
    QSet<QString> ids;
    for (const SchemaImportJob::Entry &entry : chosen) {
        QString why;
        const QString path = SchemaImportJob::relativePath(entry.id);
        if (m_buildErrors.contains(entry.component))
            errors.append(tr("%1 cannot be imported: %2")
                              .arg(entry.component, m_buildErrors.value(entry.component)));
        else if (!ProjectId::isValid(entry.id, &why))
            errors.append(m_job->hasComponents() ? tr("Id of %1: %2").arg(entry.component, why)
                                                 : why);
        else if (ids.contains(entry.id))
            errors.append(
                tr("Two components would both be written as %1; give one another id.").arg(path));
        else if (m_job->exists(entry.id))
            existing.append(path);
        ids.insert(entry.id);
    }

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_filling = true;
    for (int i = 0; i < m_components->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_components->topLevelItem(i);
        const QString component = item->text(NameColumn);
        const QString id = m_ids.value(component);
        item->setText(IdColumn, id);
        const bool problem = m_buildErrors.contains(component) || !ProjectId::isValid(id)
            || (m_job && m_job->exists(id));
        item->setIcon(IdColumn, problem ? warning : QIcon());
        item->setToolTip(NameColumn, m_buildErrors.value(component));
    }
    m_filling = false;

    const QString current = currentComponent();
    const QString currentId = m_ids.value(current);
    m_id->setEnabled(!current.isEmpty());
    QString why;
    const bool currentValid = current.isEmpty() || ProjectId::isValid(currentId, &why);
    m_id->setStyleSheet(currentValid ? QString() : QStringLiteral("QLineEdit { color: #c0392b; }"));
    m_id->setToolTip(
        currentValid ? tr("Lowercase letters a-z and digits, in words joined by '-' or '_'") : why);
    m_target->setText(current.isEmpty() || !currentValid
                          ? QString()
                          : tr("→ %1").arg(SchemaImportJob::relativePath(currentId)));

    m_replace->setVisible(!existing.isEmpty());
    m_replace->setText(existing.size() == 1 ? tr("&Replace the existing %1").arg(existing.first())
                                            : tr("&Replace the %n existing schema(s)", nullptr,
                                                 int(existing.size())));
    const bool replacing = !existing.isEmpty() && m_replace->isChecked();
    const bool ok
        = m_job && !chosen.isEmpty() && errors.isEmpty() && (existing.isEmpty() || replacing);
    m_import->setEnabled(ok);

    QString text;
    QString style;
    if (!m_job) {
        text = m_error->isVisible() ? QString() : tr("Choose a file to import.");
    } else if (chosen.isEmpty()) {
        text = tr("Tick the components to import.");
    } else if (!errors.isEmpty()) {
        text = errors.join(u'\n');
        style = ErrorStyle;
    } else if (!existing.isEmpty() && !replacing) {
        text = tr("%1 already exists. Tick “Replace” to overwrite it, or choose another id.")
                   .arg(existing.join(QLatin1String(", ")));
        style = WarningStyle;
    } else {
        QStringList paths;
        for (const SchemaImportJob::Entry &entry : chosen)
            paths.append(SchemaImportJob::relativePath(entry.id));
        text = replacing
            ? tr("Import will write %1, replacing %2.")
                  .arg(paths.join(QLatin1String(", ")), existing.join(QLatin1String(", ")))
            : tr("Import will write %1.").arg(paths.join(QLatin1String(", ")));
        if (replacing)
            style = WarningStyle;
    }
    m_status->setText(text);
    m_status->setStyleSheet(style);
}

void ImportSchemaDialog::accept()
{
    if (!canImport() || !m_job)
        return;
    FileError error;
    QStringList written;
    if (!m_job->write(entries(), m_replace->isChecked(), &written, &error)) {
        showError(error.toString());
        updateState();
        return;
    }
    m_written = written;
    emit schemasWritten(written);
    QDialog::accept();
}

} // namespace Flowsmith
