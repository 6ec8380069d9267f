#include "editors/shell/newprojectwizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace Flowsmith {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    return label;
}

QPushButton *browseButton(QWidget *parent)
{
    return new QPushButton(NewProjectWizard::tr("Browse…"), parent);
}

} // namespace

class NewProjectWizard::StartWizardPage : public QWizardPage
{
public:
    explicit StartWizardPage(NewProjectWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    { }

    bool isComplete() const override { return m_wizard->m_error->text().isEmpty(); }
    int nextId() const override
    {
        switch (m_wizard->start()) {
        case ProjectStart::NodeRed:
            return CredentialsPage;
        case ProjectStart::OpenApi:
        case ProjectStart::AsyncApi:
            return EntriesPage;
        default:
            return -1;
        }
    }
    bool validatePage() override { return nextId() != -1 || m_wizard->createProject(); }
    void refresh() { emit completeChanged(); }

private:
    NewProjectWizard *m_wizard;
};

// A last page that reads the chosen file when shown (credentials, API entries) and is complete
// when that worked.
class NewProjectWizard::LoadingWizardPage : public QWizardPage
{
public:
    LoadingWizardPage(NewProjectWizard *wizard, std::function<bool()> load)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_load(std::move(load))
    { }

    void initializePage() override
    {
        m_ok = m_load();
        emit completeChanged();
    }
    bool isComplete() const override { return m_ok; }
    int nextId() const override { return -1; }
    bool validatePage() override { return m_wizard->createProject(); }

private:
    NewProjectWizard *m_wizard;
    std::function<bool()> m_load;
    bool m_ok = false;
};

NewProjectWizard::NewProjectWizard(const QString &location, const QStringList &templates,
                                   QWidget *parent)
    : QWizard(parent)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_location(new QLineEdit(QDir::toNativeSeparators(location), this))
    , m_folder(new QLabel(this))
    , m_error(Flowsmith::errorLabel(this))
    , m_starts(new QButtonGroup(this))
    , m_template(new QComboBox(this))
    , m_source(new QLineEdit(this))
    , m_credentials(new QTableWidget(0, 4, this))
    , m_credentialsError(Flowsmith::errorLabel(this))
    , m_entries(new QListWidget(this))
    , m_entriesError(Flowsmith::errorLabel(this))
{
    setObjectName(QStringLiteral("newProjectWizard"));
    setWindowTitle(tr("New Project"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(720, 560);

    // --- where and what
    auto *start = new StartWizardPage(this);
    start->setTitle(tr("New project"));
    start->setSubTitle(tr("A project is a folder of flows, mappings, schemas, samples and "
                          "tests, kept in git."));
    m_name->setPlaceholderText(tr("e.g. Order to cash"));
    m_id->setPlaceholderText(tr("derived from the name"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    auto *browseLocation = browseButton(this);
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browseLocation);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Location:"), locationRow);
    form->addRow(QString(), m_folder);

    const struct
    {
        ProjectStart start;
        QString text;
    } starts[] = {
        { ProjectStart::Empty, tr("&Empty project") },
        { ProjectStart::Template, tr("From a &template:") },
        { ProjectStart::NodeRed, tr("From &Node-RED flows (flows.json)") },
        { ProjectStart::OpenApi, tr("From an &OpenAPI 3 description") },
        { ProjectStart::AsyncApi, tr("From an &AsyncAPI 3 description") },
    };
    auto *startBox = new QVBoxLayout;
    for (const auto &entry : starts) {
        auto *button = new QRadioButton(entry.text, this);
        m_starts->addButton(button, int(entry.start));
        if (entry.start == ProjectStart::Template) {
            auto *row = new QHBoxLayout;
            row->addWidget(button);
            row->addWidget(m_template, 1);
            startBox->addLayout(row);
        } else {
            startBox->addWidget(button);
        }
    }
    m_starts->button(int(ProjectStart::Empty))->setChecked(true);
    for (const QString &folder : templates)
        m_template->addItem(QFileInfo(folder).fileName(), folder);
    m_starts->button(int(ProjectStart::Template))->setEnabled(!templates.isEmpty());
    auto *browseSource = browseButton(this);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(browseSource);
    m_source->setPlaceholderText(tr("the file to start from"));
    startBox->addLayout(sourceRow);

    auto *startLayout = new QVBoxLayout(start);
    startLayout->addLayout(form);
    startLayout->addSpacing(8);
    startLayout->addWidget(new QLabel(tr("Start from:"), this));
    startLayout->addLayout(startBox);
    startLayout->addStretch();
    startLayout->addWidget(m_error);
    setPage(StartPage, start);

    // --- Node-RED credentials
    auto *credentials = new LoadingWizardPage(this, [this] { return loadCredentials(); });
    credentials->setTitle(tr("Credentials"));
    credentials->setSubTitle(
        tr("Flowsmith copies no secret. Each credential found in the flows becomes a reference "
           "to a secret your runtime provides; name the references here."));
    m_credentials->setHorizontalHeaderLabels(
        { tr("Node"), tr("Line"), tr("Found"), tr("Secret reference") });
    m_credentials->horizontalHeader()->setSectionResizeMode(NodeColumn, QHeaderView::Stretch);
    m_credentials->horizontalHeader()->setSectionResizeMode(ReferenceColumn, QHeaderView::Stretch);
    m_credentials->verticalHeader()->hide();
    auto *credentialsLayout = new QVBoxLayout(credentials);
    credentialsLayout->addWidget(m_credentials, 1);
    credentialsLayout->addWidget(m_credentialsError);
    setPage(CredentialsPage, credentials);

    // --- API operations or channels
    auto *entries = new LoadingWizardPage(this, [this] { return loadEntries(); });
    entries->setTitle(tr("Flows to create"));
    entries->setSubTitle(tr("Every schema of the description is imported. Each ticked "
                            "operation or channel becomes a flow that receives and validates "
                            "its messages."));
    auto *entriesLayout = new QVBoxLayout(entries);
    entriesLayout->addWidget(m_entries, 1);
    entriesLayout->addWidget(m_entriesError);
    setPage(EntriesPage, entries);

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &name) {
        if (!m_idEdited)
            m_id->setText(NewProject::idFromName(name));
        updateStartPage();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = !m_id->text().isEmpty();
        updateStartPage();
    });
    connect(m_location, &QLineEdit::textChanged, this, &NewProjectWizard::updateStartPage);
    connect(m_source, &QLineEdit::textChanged, this, &NewProjectWizard::updateStartPage);
    connect(m_starts, &QButtonGroup::idToggled, this, &NewProjectWizard::updateStartPage);
    connect(m_template, &QComboBox::currentIndexChanged, this,
            [this] { m_starts->button(int(ProjectStart::Template))->setChecked(true); });
    connect(browseLocation, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Location"), m_location->text());
        if (!folder.isEmpty())
            m_location->setText(QDir::toNativeSeparators(folder));
    });
    connect(browseSource, &QPushButton::clicked, this, [this] {
        const QString filter = this->start() == ProjectStart::NodeRed
            ? tr("Node-RED flows (*.json)")
            : tr("API descriptions (*.yaml *.yml *.json)");
        const QString file
            = QFileDialog::getOpenFileName(this, tr("Start from"), m_source->text(), filter);
        if (!file.isEmpty())
            m_source->setText(QDir::toNativeSeparators(file));
    });
    updateStartPage();
}

QRadioButton *NewProjectWizard::startButton(ProjectStart start) const
{
    return qobject_cast<QRadioButton *>(m_starts->button(int(start)));
}

QLabel *NewProjectWizard::pageError(PageId page) const
{
    switch (page) {
    case CredentialsPage:
        return m_credentialsError;
    case EntriesPage:
        return m_entriesError;
    default:
        return m_error;
    }
}

ProjectStart NewProjectWizard::start() const
{
    return ProjectStart(m_starts->checkedId());
}

QString NewProjectWizard::projectFolder() const
{
    const QString location = QDir::fromNativeSeparators(m_location->text().trimmed());
    const QString id = m_id->text().trimmed();
    if (location.isEmpty() || id.isEmpty())
        return {};
    return QDir::cleanPath(QDir(location).absoluteFilePath(id));
}

NewProjectRequest NewProjectWizard::request() const
{
    NewProjectRequest request;
    request.folder = projectFolder();
    request.name = m_name->text().trimmed();
    request.id = m_id->text().trimmed();
    request.start = start();
    if (request.start == ProjectStart::Template)
        request.source = m_template->currentData().toString();
    else if (request.start != ProjectStart::Empty)
        request.source = QDir::fromNativeSeparators(m_source->text().trimmed());
    for (int row = 0; row < m_credentials->rowCount() && row < m_found.size(); ++row) {
        const QTableWidgetItem *item = m_credentials->item(row, ReferenceColumn);
        request.secretRefs.insert(m_found.at(row).key,
                                  item ? item->text().trimmed() : m_found.at(row).secretRef);
    }
    for (int row = 0; row < m_entries->count() && row < m_apiEntries.size(); ++row)
        if (m_entries->item(row)->checkState() == Qt::Checked)
            request.entries.append(m_apiEntries.at(row).id);
    return request;
}

void NewProjectWizard::updateStartPage()
{
    const ProjectStart chosen = start();
    const bool needsFile = chosen == ProjectStart::NodeRed || chosen == ProjectStart::OpenApi
        || chosen == ProjectStart::AsyncApi;
    m_source->setEnabled(needsFile);

    const QString folder = projectFolder();
    m_folder->setText(folder.isEmpty() ? QString()
                                       : tr("Creates %1").arg(QDir::toNativeSeparators(folder)));
    QString error;
    if (m_name->text().trimmed().isEmpty())
        error = tr("Name the project.");
    else if (m_id->text().trimmed().isEmpty())
        error = tr("The id is empty: use letters or digits in the name, or type an id.");
    else if (m_location->text().trimmed().isEmpty())
        error = tr("Choose the folder the project goes into.");
    else if (const QString why = NewProject::checkFolder(folder); !why.isEmpty())
        error = why;
    else if (needsFile && m_source->text().trimmed().isEmpty())
        error = tr("Choose the file to start from.");
    else if (needsFile
             && !QFileInfo(QDir::fromNativeSeparators(m_source->text().trimmed())).isFile())
        error = tr("%1: no such file").arg(m_source->text().trimmed());
    m_error->setText(error);
    if (auto *page = static_cast<StartWizardPage *>(this->page(StartPage)))
        page->refresh();
}

bool NewProjectWizard::loadCredentials()
{
    const QString file = QDir::fromNativeSeparators(m_source->text().trimmed());
    if (file == m_loadedCredentials && m_credentials->rowCount() == m_found.size())
        return m_credentialsError->text().isEmpty();
    m_loadedCredentials = file;
    m_found.clear();
    m_credentials->setRowCount(0);
    QString error;
    const std::optional<QList<FoundCredential>> found
        = NewProject::nodeRedCredentials(file, &error);
    m_credentialsError->setText(found ? QString() : error);
    if (!found)
        return false;
    m_found = *found;
    m_credentials->setRowCount(int(m_found.size()));
    for (int row = 0; row < m_found.size(); ++row) {
        const FoundCredential &credential = m_found.at(row);
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        const QString node = credential.nodeName.isEmpty()
            ? credential.nodeId
            : tr("%1 (%2)").arg(credential.nodeName, credential.nodeId);
        m_credentials->setItem(row, NodeColumn, readOnly(node));
        m_credentials->setItem(row, LineColumn, readOnly(QString::number(credential.line)));
        m_credentials->setItem(row, WhatColumn, readOnly(credential.what));
        m_credentials->setItem(row, ReferenceColumn, new QTableWidgetItem(credential.secretRef));
    }
    if (m_found.isEmpty())
        m_credentialsError->setText(tr("No credentials found: nothing to map."));
    m_credentialsError->setStyleSheet(m_found.isEmpty() ? QString()
                                                        : QStringLiteral("color: #b3261e;"));
    return true;
}

bool NewProjectWizard::loadEntries()
{
    const QString file = QDir::fromNativeSeparators(m_source->text().trimmed());
    const QString key = file + u'\n' + QString::number(int(start()));
    if (key == m_loadedEntries)
        return m_entriesError->text().isEmpty();
    m_loadedEntries = key;
    m_apiEntries.clear();
    m_entries->clear();
    QString error;
    const std::optional<QList<ApiEntry>> entries = NewProject::apiEntries(file, start(), &error);
    m_entriesError->setText(entries ? QString() : error);
    if (!entries)
        return false;
    m_apiEntries = *entries;
    for (const ApiEntry &entry : std::as_const(m_apiEntries)) {
        auto *item = new QListWidgetItem(entry.label, m_entries);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(
            entry.schemaId.isEmpty()
                ? tr("Flow %1, no schema to validate against").arg(entry.id)
                : tr("Flow %1, validates against schema %2").arg(entry.id, entry.schemaId));
    }
    return true;
}

bool NewProjectWizard::createProject()
{
    QString error;
    std::optional<NewProjectResult> result = NewProject::create(request(), &error);
    QLabel *label = pageError(PageId(currentId() < 0 ? StartPage : currentId()));
    if (!result) {
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
        label->setText(error);
        return false;
    }
    m_result = std::move(result);
    return true;
}

} // namespace Flowsmith
