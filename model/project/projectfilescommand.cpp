#include "projectfilescommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace Flowsmith {

namespace {

std::optional<QByteArray> currentBytes(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray(); // unreadable: never equal to what a step recorded unless empty
    return file.readAll();
}

// Writes or removes one file; on failure `why` says what went wrong.
bool put(const QString &path, const std::optional<QByteArray> &bytes, QString *why)
{
    if (!bytes) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *why = QFile(path).errorString();
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *why = QCoreApplication::translate("Flowsmith::ProjectFilesCommand",
                                           "cannot create the folder");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace

ProjectFilesCommand::ProjectFilesCommand(const QString &folder, const QString &text,
                                         QList<ProjectFileChange> changes, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_folder(folder)
    , m_changes(std::move(changes))
{ }

QStringList ProjectFilesCommand::paths() const
{
    QStringList result;
    for (const ProjectFileChange &change : m_changes)
        result.append(change.relativePath);
    return result;
}

void ProjectFilesCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    apply(true);
}

void ProjectFilesCommand::undo()
{
    apply(false);
}

bool ProjectFilesCommand::apply(bool forward)
{
    m_lastError.clear();
    const QDir folder(m_folder);
    // First check that every file still holds what the step starts from: a file edited on
    // disk since is the user's work, not ours to overwrite.
    for (const ProjectFileChange &change : std::as_const(m_changes)) {
        const std::optional<QByteArray> expected = forward ? change.before : change.after;
        if (currentBytes(folder.absoluteFilePath(change.relativePath)) != expected) {
            m_lastError = expected
                ? tr("%1 was changed on disk; nothing was changed.").arg(change.relativePath)
                : tr("%1 exists already; nothing was changed.").arg(change.relativePath);
            return false;
        }
    }
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        const ProjectFileChange &change = m_changes.at(i);
        QString why;
        if (put(folder.absoluteFilePath(change.relativePath),
                forward ? change.after : change.before, &why))
            continue;
        m_lastError = tr("Cannot write %1: %2; nothing was changed.").arg(change.relativePath, why);
        // Put back what this step already wrote, newest first.
        for (qsizetype j = i - 1; j >= 0; --j) {
            const ProjectFileChange &done = m_changes.at(j);
            QString ignored;
            put(folder.absoluteFilePath(done.relativePath), forward ? done.before : done.after,
                &ignored);
        }
        return false;
    }
    if (m_applied)
        m_applied(paths());
    return true;
}

bool ProjectFilesCommand::push(QUndoStack *stack, ProjectFilesCommand *command, QString *error)
{
    if (!command->apply(true)) {
        if (error)
            *error = command->lastError();
        delete command;
        return false;
    }
    command->m_skipNextRedo = true;
    stack->push(command);
    return true;
}

} // namespace Flowsmith
