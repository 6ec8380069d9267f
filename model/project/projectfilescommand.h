#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;

namespace Flowsmith {

/// One file a project edit touches, by its bytes before and after. An unset `before` means the
/// edit creates the file, an unset `after` that it removes it.
struct ProjectFileChange
{
    QString relativePath; ///< relative to the project folder, with '/'
    std::optional<QByteArray> before;
    std::optional<QByteArray> after;
};

/// An edit of several project files as one undo step (new flow, rename with every reference,
/// delete…). Redo writes each file's `after`, undo its `before`, every write atomic (QSaveFile),
/// so undo gives back the exact bytes that were read and removes what the edit created. Files
/// that no longer hold what the step expects (changed on disk since) are not overwritten: the
/// step fails instead, and a failed step puts back whatever it had already written.
class ProjectFilesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::ProjectFilesCommand)

public:
    ProjectFilesCommand(const QString &folder, const QString &text,
                        QList<ProjectFileChange> changes, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QString folder() const { return m_folder; }
    const QList<ProjectFileChange> &changes() const { return m_changes; }
    /// The project-relative paths the step writes or removes.
    QStringList paths() const;

    /// Why the last redo() or undo() wrote nothing; empty when it succeeded.
    QString lastError() const { return m_lastError; }

    /// Called after each successful redo() or undo() with paths(), so that the studio lists the
    /// files again and reloads the editors that show them.
    void setAppliedHandler(std::function<void(const QStringList &)> handler)
    {
        m_applied = std::move(handler);
    }

    /// Applies `command` now and, when that succeeded, pushes it onto `stack` (whose push does
    /// not apply it a second time). On failure the command is dropped, nothing is changed on
    /// disk, and `error` says why.
    static bool push(QUndoStack *stack, ProjectFilesCommand *command, QString *error);

private:
    bool apply(bool forward);

    QString m_folder;
    QList<ProjectFileChange> m_changes;
    QString m_lastError;
    bool m_skipNextRedo = false;
    std::function<void(const QStringList &)> m_applied;
};

} // namespace Flowsmith
