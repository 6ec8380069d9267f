#pragma once

#include "editors/shell/documenteditor.h"

class QsciLexer;
class QsciScintilla;
class QSplitter;

namespace Flowsmith {

class ExpressionPane;
class FindBar;

/// A text editor for any project file: YAML or JSON highlighting by extension, line numbers,
/// folding, a find bar. Every edit goes on its undo stack (one TextEditCommand per Scintilla
/// undo action); saving writes the file atomically and marks the stack clean.
class SourceEditor : public DocumentEditor
{
    Q_OBJECT

public:
    explicit SourceEditor(QWidget *parent = nullptr);

    /// Reads the file; its text is the clean state. Fails with a message naming the file.
    bool load(const QString &path, QString *errorMessage);
    bool save(QString *errorMessage) override;

    QUndoStack *undoStack() const override { return m_undoStack; }
    /// A model document (owned) that follows the file as saved, not the text being typed: a
    /// flow's text tab keeps its flow's document so that the inspector can show it.
    void setFollowingDocument(Document *document);
    Document *document() const override { return m_document; }
    /// Reads the following document from the file as last saved. A file that does not load
    /// leaves the document at its last good state and loadError() says why.
    bool loadDocument();
    QString loadError() const override { return m_loadError; }
    QsciScintilla *textEdit() const { return m_textEdit; }
    FindBar *findBar() const { return m_findBar; }
    /// The JSONata editor under a YAML file's text; null for other files.
    ExpressionPane *expressionPane() const { return m_expressionPane; }
    QString text() const;

    void showFind() override;
    void jumpTo(int line, int column) override;

    /// The lexer for a file name, or null for plain text (CSV, unknown extensions).
    static QsciLexer *createLexer(const QString &fileName, QObject *parent);

private:
    void onScintillaModified(int position, int modificationType);
    void configureTextEdit();
    void showContextMenu(const QPoint &pos);

    QsciScintilla *m_textEdit;
    FindBar *m_findBar;
    QUndoStack *m_undoStack;
    QSplitter *m_splitter;
    ExpressionPane *m_expressionPane = nullptr;
    Document *m_document = nullptr;
    QString m_loadError;
    bool m_loading = false;
};

} // namespace Flowsmith
