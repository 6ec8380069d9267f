#pragma once

#include "model/core/fileerror.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace Flowsmith {

/// What the three documents (flow, mapping, capability map) share: a file name, an undo stack
/// whose clean index is the saved state, and loading, saving and reloading. A document owns its
/// data; the only way to change it is to push one of its commands onto undoStack().
class Document : public QObject
{
    Q_OBJECT

public:
    ~Document() override;

    QUndoStack *undoStack() const { return m_undoStack; }

    /// The file the document was loaded from or last saved to; empty for a new document.
    QString fileName() const { return m_fileName; }

    /// True when the undo stack is away from its clean (saved or loaded) state.
    bool isModified() const;

    /// Replaces the data with the file's and clears the undo stack. On failure the document is
    /// left as it was and `error` says why.
    bool load(const QString &path, FileError *error = nullptr);

    /// Writes the data atomically to `path` (which becomes the file name) and marks the current
    /// state clean. On failure nothing is written and the document stays modified.
    bool save(const QString &path, FileError *error = nullptr);

    /// Reads the file again, after something else (the source view) changed it underneath.
    /// Replaces the data and clears the undo stack: the old commands would not fit the new data.
    bool reload(FileError *error = nullptr);

signals:
    void modifiedChanged(bool modified);
    void fileNameChanged(const QString &fileName);
    /// The whole data was replaced (load, reload): views rebuild from scratch.
    void reset();

protected:
    explicit Document(QObject *parent);

    /// Reads `path` into the data; on failure leaves the data untouched.
    virtual bool readFile(const QString &path, FileError *error) = 0;
    virtual bool writeFile(const QString &path, FileError *error) const = 0;

private:
    void setFileName(const QString &fileName);

    QUndoStack *m_undoStack;
    QString m_fileName;
};

} // namespace Flowsmith
