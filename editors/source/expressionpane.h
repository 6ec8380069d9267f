#pragma once

#include "editors/source/yamlexpressionfield.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QsciScintilla;

namespace Flowsmith {

class JsonataEditor;

/// Under the YAML source view: the JSONata expression of the line the cursor is on
/// (condition, expr, expression…) in a JSONata editor with colouring, completion and its
/// syntax error underlined. Apply writes it back into the line, as one undoable text edit.
class ExpressionPane : public QWidget
{
    Q_OBJECT

public:
    ExpressionPane(QsciScintilla *source, QWidget *parent = nullptr);

    JsonataEditor *editor() const { return m_editor; }
    bool hasField() const { return m_field.has_value(); }
    int fieldLine() const { return m_line; }

public slots:
    /// Follows the source view's cursor.
    void updateFromCursor();
    /// Writes the edited expression back into the source line.
    void apply();

private:
    QsciScintilla *m_source;
    QLabel *m_title;
    JsonataEditor *m_editor;
    QPushButton *m_applyButton;
    std::optional<YamlExpressionField> m_field;
    int m_line = -1;
    bool m_updating = false;
};

} // namespace Flowsmith
