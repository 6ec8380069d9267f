#pragma once

#include <Qsci/qsciscintilla.h>

#include <QStringList>

class QTimer;

namespace Flowsmith {

class JsonataLexer;

/// A JSONata editor for the mapper, the inspector and the source view: colouring, completion
/// of function names (with their signatures) and of field paths from a schema, and the
/// expression's syntax error underlined where the engine reports it.
class JsonataEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit JsonataEditor(QWidget *parent = nullptr);

    /// Field paths offered after a name or a '.', dotted from the root ("customer.email").
    void setFieldPaths(const QStringList &paths);
    QStringList fieldPaths() const { return m_fieldPaths; }

    /// Variables offered after '$' besides the functions ("$headers").
    void setVariables(const QStringList &names);

    /// Compiles the text shortly after each change and underlines a syntax error (default on).
    void setLiveCheck(bool enabled);

    /// Underlines the token at `position` (a byte offset in the UTF-8 text, as the engine
    /// reports it) and shows `message` as its tooltip; clearDiagnostic() removes it.
    void setDiagnostic(int position, const QString &message);
    void clearDiagnostic();
    QString diagnostic() const { return m_diagnostic; }
    /// The byte range underlined, or {-1, -1}.
    QPair<int, int> diagnosticRange() const { return m_diagnosticRange; }

    /// The candidates completion would offer at the cursor (also what the popup shows).
    QStringList completionsAtCursor(QString *prefix = nullptr) const;

public slots:
    void showCompletions();
    void checkNow();

signals:
    void diagnosticChanged(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onCharAdded(int character);
    void onCompletionChosen(int id, const QString &text);

    JsonataLexer *m_lexer;
    QTimer *m_checkTimer;
    QStringList m_fieldPaths;
    QStringList m_variables;
    QString m_diagnostic;
    QPair<int, int> m_diagnosticRange { -1, -1 };
    bool m_liveCheck = true;
    int m_errorIndicator = -1;
};

} // namespace Flowsmith
