#include "document.h"

#include "model/core/errorcodes.h"

#include <QUndoStack>

namespace Flowsmith {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document()
{
    // The commands point at this document: delete them while it is still whole.
    delete m_undoStack;
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

bool Document::load(const QString &path, FileError *error)
{
    if (!readFile(path, error))
        return false;
    m_undoStack->clear();
    setFileName(path);
    emit reset();
    return true;
}

bool Document::save(const QString &path, FileError *error)
{
    if (path.isEmpty()) {
        if (error) {
            *error = FileError {
                QString(ErrorCode::CannotWrite), path, {}, tr("The document has no file name.")
            };
        }
        return false;
    }
    if (!writeFile(path, error))
        return false;
    m_undoStack->setClean();
    setFileName(path);
    return true;
}

bool Document::reload(FileError *error)
{
    return load(m_fileName, error);
}

void Document::setFileName(const QString &fileName)
{
    if (fileName == m_fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

} // namespace Flowsmith
