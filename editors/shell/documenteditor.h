#pragma once

#include <QWidget>

class QUndoStack;

namespace Flowsmith {

class Document;

/// What the main window needs from the widget in a document tab: the file it edits, its undo
/// stack (the Edit menu's undo/redo act on it through a QUndoGroup), saving, find and jumping
/// to a place. The source view implements it now; the canvas and the mapping editor will.
class DocumentEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// Absolute path of the file shown.
    QString filePath() const { return m_filePath; }

    virtual QUndoStack *undoStack() const = 0;
    /// The model document behind the tab: the one it edits (canvas, mapper) or, for a flow's
    /// text, the one that follows the file as saved. Null for plain text files.
    virtual Document *document() const { return nullptr; }
    /// Why document() does not show the file as saved (its text does not load); empty when it
    /// does. The inspector shows this instead of the document's last good state.
    virtual QString loadError() const { return {}; }
    /// True when the stack is away from its clean (saved) index.
    bool isModified() const;

    /// Writes the file atomically; on failure returns false and says why in `errorMessage`.
    virtual bool save(QString *errorMessage) = 0;

    virtual void showFind() { }
    /// 1-based line and column, as problems carry them; 0 = unknown.
    virtual void jumpTo(int line, int column)
    {
        Q_UNUSED(line);
        Q_UNUSED(column);
    }

signals:
    void modifiedChanged(bool modified);
    /// The file was written: documents reading it should reload and validation rerun.
    void saved(const QString &filePath);

protected:
    void setFilePath(const QString &path) { m_filePath = path; }

private:
    QString m_filePath;
};

} // namespace Flowsmith
