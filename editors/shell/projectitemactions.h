#pragma once

#include "model/core/project.h"

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;

namespace Flowsmith {

class MainWindow;
class ProjectFilesCommand;

/// The explorer's project-level edits (New Flow…, New Mapping…, New Test Suite…, Add Sample…,
/// New Schema…, Rename…, Duplicate…, Delete…) as actions shared by the explorer's context menu
/// and the File menu, and their undo stack: each edit is one ProjectFilesCommand on
/// projectUndoStack(), which the main window's Edit › Undo follows while the explorer has
/// focus, and which Edit › "Undo <edit>" reaches from anywhere. Rename, Duplicate and Delete
/// act on the explorer's current item.
class ProjectItemActions : public QObject
{
    Q_OBJECT

public:
    /// `importSchema` is the window's File › Import Schema…, offered in the explorer's menu too.
    ProjectItemActions(MainWindow *window, QAction *importSchema);

    QUndoStack *projectUndoStack() const { return m_stack; }
    QList<QAction *> actions() const;
    /// "Undo <last project edit>": always undoes a project edit, wherever the focus is.
    QAction *undoAction() const { return m_undo; }

    /// Adds the actions to `menu`, in one group.
    void addTo(QMenu *menu) const;

    /// Pushes `command` (applies it, reloads what shows the files it touched). Refuses, with a
    /// message, when an editor showing one of its files has unsaved changes.
    bool run(ProjectFilesCommand *command, const QString &error);

    // The actions, by what they do; each asks what it needs in a dialog.
    void newFlow();
    void newMapping();
    void newSchema();
    void newTestSuite();
    void addSample();
    void renameItem();
    void duplicateItem();
    void deleteItem();

private:
    void updateEnabled();
    void afterChange(const QStringList &paths);
    const Project *project() const;
    /// The explorer's current item, if it is one that can be renamed or deleted.
    std::optional<ProjectFile> currentItem() const;
    QString checkNewId(ProjectFileKind kind, const QString &id) const;

    MainWindow *m_window;
    QUndoStack *m_stack;
    QAction *m_newFlow;
    QAction *m_newMapping;
    QAction *m_newSchema;
    QAction *m_newTestSuite;
    QAction *m_addSample;
    QAction *m_rename;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_undo;
    QAction *m_importSchema;
};

} // namespace Flowsmith
