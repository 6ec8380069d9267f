#include "projectitemactions.h"

#include "editors/shell/documenteditor.h"
#include "editors/shell/mainwindow.h"
#include "editors/shell/newitemdialog.h"
#include "editors/shell/projectexplorer.h"
#include "model/core/projectid.h"
#include "model/project/projectitems.h"
#include "model/project/projectreferences.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace Flowsmith {

ProjectItemActions::ProjectItemActions(MainWindow *window, QAction *importSchema)
    : QObject(window)
    , m_window(window)
    , m_stack(new QUndoStack(this))
    , m_importSchema(importSchema)
{
    auto make = [this](const QString &text, const char *name, void (ProjectItemActions::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newFlow = make(tr("New &Flow…"), "actionNewFlow", &ProjectItemActions::newFlow);
    m_newMapping = make(tr("New &Mapping…"), "actionNewMapping", &ProjectItemActions::newMapping);
    m_newSchema = make(tr("New Empty Sc&hema…"), "actionNewSchema", &ProjectItemActions::newSchema);
    m_newTestSuite
        = make(tr("New &Test Suite…"), "actionNewTestSuite", &ProjectItemActions::newTestSuite);
    m_addSample = make(tr("Add Sa&mple…"), "actionAddSample", &ProjectItemActions::addSample);
    m_rename = make(tr("Re&name…"), "actionRenameItem", &ProjectItemActions::renameItem);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_duplicate
        = make(tr("D&uplicate…"), "actionDuplicateItem", &ProjectItemActions::duplicateItem);
    m_delete = make(tr("&Delete…"), "actionDeleteItem", &ProjectItemActions::deleteItem);
    m_delete->setShortcut(QKeySequence::Delete);
    // F2 and Del act on the explorer's item only: elsewhere they belong to the editors.
    for (QAction *action : { m_rename, m_delete }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        window->projectExplorer()->addAction(action);
    }
    m_undo = m_stack->createUndoAction(this, tr("Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndoProjectChange"));

    ProjectExplorer *explorer = window->projectExplorer();
    explorer->setItemActions({ m_newFlow, m_newMapping, m_newTestSuite, m_addSample, m_importSchema,
                               m_newSchema, nullptr, m_rename, m_duplicate, m_delete });
    connect(explorer, &ProjectExplorer::newItemRequested, this, [this](ProjectFileKind kind) {
        switch (kind) {
        case ProjectFileKind::Flow:
            return m_newFlow->trigger();
        case ProjectFileKind::Mapping:
            return m_newMapping->trigger();
        case ProjectFileKind::Schema:
            return m_importSchema->trigger();
        case ProjectFileKind::Sample:
            return m_addSample->trigger();
        case ProjectFileKind::TestSuite:
            return m_newTestSuite->trigger();
        default:
            return;
        }
    });

    // Edit › Undo follows the project's stack while the explorer has the focus.
    window->undoGroup()->addStack(m_stack);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_window->projectExplorer()->isAncestorOf(now))
            m_window->undoGroup()->setActiveStack(m_stack);
    });
    connect(window->projectExplorer()->tree(), &QTreeWidget::currentItemChanged, this,
            &ProjectItemActions::updateEnabled);
    connect(window, &MainWindow::projectOpened, this, &ProjectItemActions::updateEnabled);
    connect(window, &MainWindow::projectClosed, this, [this] {
        m_stack->clear(); // its steps name files of the project that was closed
        updateEnabled();
    });
    updateEnabled();
}

QList<QAction *> ProjectItemActions::actions() const
{
    return { m_newFlow,   m_newMapping, m_newSchema, m_newTestSuite,
             m_addSample, m_rename,     m_duplicate, m_delete };
}

void ProjectItemActions::addTo(QMenu *menu) const
{
    for (QAction *action : { m_newFlow, m_newMapping, m_newSchema, m_newTestSuite, m_addSample })
        menu->addAction(action);
    menu->addSeparator();
    for (QAction *action : { m_rename, m_duplicate, m_delete })
        menu->addAction(action);
}

const Project *ProjectItemActions::project() const
{
    return m_window->project();
}

std::optional<ProjectFile> ProjectItemActions::currentItem() const
{
    QTreeWidgetItem *item = m_window->projectExplorer()->tree()->currentItem();
    const QString path
        = item ? item->data(0, ProjectExplorer::RelativePathRole).toString() : QString();
    if (path.isEmpty() || !project())
        return std::nullopt;
    ProjectFile file;
    file.relativePath = path;
    file.kind = Project::kindOf(path, &file.id);
    if (!ProjectItems::isEditableKind(file.kind))
        return std::nullopt;
    return file;
}

void ProjectItemActions::updateEnabled()
{
    const bool open = project() != nullptr;
    for (QAction *action : { m_newFlow, m_newMapping, m_newSchema, m_newTestSuite, m_addSample })
        action->setEnabled(open);
    const bool item = currentItem().has_value();
    for (QAction *action : { m_rename, m_duplicate, m_delete })
        action->setEnabled(item);
}

QString ProjectItemActions::checkNewId(ProjectFileKind kind, const QString &id) const
{
    QString why;
    if (!ProjectId::isValid(id, &why))
        return why;
    if (project() && QFileInfo::exists(project()->absolutePath(Project::pathFor(kind, id))))
        return tr("The id “%1” is already used by %2.").arg(id, Project::pathFor(kind, id));
    return {};
}

bool ProjectItemActions::run(ProjectFilesCommand *command, const QString &error)
{
    if (!command) {
        m_window->showError(tr("Cannot change the project"), error);
        return false;
    }
    // An editor with unsaved changes holds work the step would overwrite or orphan.
    for (const QString &path : command->paths()) {
        DocumentEditor *editor = m_window->editorFor(path);
        if (editor && editor->isModified()) {
            m_window->showError(tr("Cannot change the project"),
                                tr("%1 has unsaved changes. Save or close it first.").arg(path));
            delete command;
            return false;
        }
    }
    command->setAppliedHandler([this](const QStringList &paths) { afterChange(paths); });
    QString why;
    if (!ProjectFilesCommand::push(m_stack, command, &why)) {
        m_window->showError(tr("Cannot change the project"), why);
        return false;
    }
    m_window->statusBar()->showMessage(m_stack->undoText(), 6000);
    return true;
}

void ProjectItemActions::afterChange(const QStringList &paths)
{
    if (!project())
        return;
    // Editors follow the files: one of a removed file closes, one of a rewritten file opens
    // again from disk, and a renamed item opens under its new name.
    QList<ProjectFileKind> closedKinds;
    for (DocumentEditor *editor : m_window->editors()) {
        const QString path = m_window->relativePath(editor);
        if (paths.contains(path) && m_window->closeEditor(editor))
            closedKinds.append(Project::kindOf(path));
    }
    m_window->projectExplorer()->rescan();
    for (const QString &path : paths) {
        const bool exists = QFileInfo::exists(project()->absolutePath(path));
        if (exists && closedKinds.contains(Project::kindOf(path)))
            m_window->openFile(path);
    }
    m_window->revalidate();
    updateEnabled();
}

void ProjectItemActions::newFlow()
{
    if (!project())
        return;
    NewItemDialog dialog(
        tr("New Flow"), NewItemDialog::Mode::NameAndId,
        [this](const QString &id) { return checkNewId(ProjectFileKind::Flow, id); }, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const QString id = dialog.id();
    if (run(ProjectItems::newFlow(*project(), id, dialog.name(), &error), error))
        m_window->openFile(Project::pathFor(ProjectFileKind::Flow, id));
}

void ProjectItemActions::newMapping()
{
    if (!project())
        return;
    NewItemDialog dialog(
        tr("New Mapping"), NewItemDialog::Mode::NameAndId,
        [this](const QString &id) { return checkNewId(ProjectFileKind::Mapping, id); }, m_window);
    QStringList schemas;
    for (const ProjectFile &file : project()->files(ProjectFileKind::Schema))
        schemas.append(file.id);
    schemas.sort();
    dialog.setSchemas(schemas);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const QString id = dialog.id();
    if (run(ProjectItems::newMapping(*project(), id, dialog.name(), dialog.sourceSchema(),
                                     dialog.targetSchema(), &error),
            error))
        m_window->openFile(Project::pathFor(ProjectFileKind::Mapping, id));
}

void ProjectItemActions::newSchema()
{
    if (!project())
        return;
    NewItemDialog dialog(
        tr("New Empty Schema"), NewItemDialog::Mode::NameAndId,
        [this](const QString &id) { return checkNewId(ProjectFileKind::Schema, id); }, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    run(ProjectItems::newSchema(*project(), dialog.id(), dialog.name(), &error), error);
}

void ProjectItemActions::newTestSuite()
{
    if (!project())
        return;
    QStringList flows;
    for (const ProjectFile &file : project()->files(ProjectFileKind::Flow))
        if (!QFileInfo::exists(
                project()->absolutePath(Project::pathFor(ProjectFileKind::TestSuite, file.id))))
            flows.append(file.id);
    flows.sort();
    if (flows.isEmpty()) {
        QMessageBox::information(m_window, tr("New Test Suite"),
                                 tr("Every flow of the project has a test suite already."));
        return;
    }
    bool ok = false;
    const QString flow = QInputDialog::getItem(
        m_window, tr("New Test Suite"), tr("Test suite for the flow:"), flows, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    if (run(ProjectItems::newTestSuite(*project(), flow, &error), error))
        m_window->openFile(Project::pathFor(ProjectFileKind::TestSuite, flow));
}

void ProjectItemActions::addSample()
{
    if (!project())
        return;
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Add Sample"), QString(),
        tr("Samples (*.json *.ndjson *.jsonl *.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    QString error;
    run(ProjectItems::addSample(*project(), file, QString(), &error), error);
}

void ProjectItemActions::renameItem()
{
    const std::optional<ProjectFile> item = currentItem();
    if (!item)
        return;
    const ProjectFileKind kind = item->kind;
    NewItemDialog dialog(
        tr("Rename %1").arg(item->id), NewItemDialog::Mode::IdOnly,
        [this, kind](const QString &id) {
            // Samples are named with their suffix: the model checks them.
            return kind == ProjectFileKind::Sample ? QString() : checkNewId(kind, id);
        },
        m_window);
    dialog.setId(item->id);
    if (dialog.exec() != QDialog::Accepted || dialog.id() == item->id)
        return;
    QString error;
    run(ProjectItems::rename(*project(), kind, item->id, dialog.id(), &error), error);
}

void ProjectItemActions::duplicateItem()
{
    const std::optional<ProjectFile> item = currentItem();
    if (!item)
        return;
    const ProjectFileKind kind = item->kind;
    NewItemDialog dialog(
        tr("Duplicate %1").arg(item->id), NewItemDialog::Mode::IdOnly,
        [this, kind](const QString &id) {
            return kind == ProjectFileKind::Sample ? QString() : checkNewId(kind, id);
        },
        m_window);
    const QFileInfo info(item->id);
    dialog.setId(kind == ProjectFileKind::Sample
                     ? QStringLiteral("%1-copy.%2").arg(info.completeBaseName(), info.suffix())
                     : item->id + QStringLiteral("-copy"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    run(ProjectItems::duplicate(*project(), kind, item->id, dialog.id(), &error), error);
}

void ProjectItemActions::deleteItem()
{
    const std::optional<ProjectFile> item = currentItem();
    if (!item)
        return;
    const QList<ProjectReference> references
        = ProjectReferences::find(*project(), item->kind, item->id);
    QMessageBox box(QMessageBox::Question, tr("Delete %1").arg(item->id),
                    tr("Delete %1 %2 (%3)?")
                        .arg(ProjectItems::kindName(item->kind), item->id, item->relativePath),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    if (!references.isEmpty()) {
        QStringList lines;
        for (const ProjectReference &reference : references)
            lines.append(reference.position.isValid() ? QStringLiteral("%1:%2: %3")
                                                            .arg(reference.relativePath)
                                                            .arg(reference.position.line)
                                                            .arg(reference.what)
                                                      : QStringLiteral("%1: %2").arg(
                                                          reference.relativePath, reference.what));
        box.setInformativeText(tr("%n place(s) still refer to it and will point at nothing:",
                                  nullptr, int(references.size()))
                               + u'\n' + lines.join(u'\n'));
    }
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QString error;
    run(ProjectItems::remove(*project(), item->kind, item->id, &error), error);
}

} // namespace Flowsmith
