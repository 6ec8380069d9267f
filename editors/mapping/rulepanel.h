#pragma once

#include "model/core/mapping.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Flowsmith {

class JsonataEditor;
class MappingDocument;

/// The rule of the selected line: where the value comes from (a source path, an array for
/// forEach with its filter, or a hand-written JSONata expression) and the library function
/// applied, with that function's parameters (a lookup table as a two-column table, an
/// if/else chain as condition → value rows). Every change is one command on the document.
class RulePanel : public QWidget
{
    Q_OBJECT

public:
    explicit RulePanel(MappingDocument *document, QWidget *parent = nullptr);

    /// The rule shown; {} shows nothing.
    void setRule(const QList<int> &rulePath);
    QList<int> rulePath() const { return m_path; }
    void setFindings(const QStringList &messages);
    /// Paths offered by the expression editor's completion.
    void setFieldPaths(const QStringList &paths);

    /// The library functions offered, by name ("" is none, "expr" the hand-written one).
    static QStringList functionNames();
    /// Switches the function as the combo box does (one command).
    void chooseFunction(const QString &name);
    QComboBox *functionBox() const { return m_function; }
    QTableWidget *table() const { return m_table; }

private:
    /// Shows the rule; the parameter widgets are made anew only when `parameters` is set or
    /// the function changed, so that a table being edited survives its own edits.
    void rebuild(bool parameters = true);
    void rebuildParameters(const MappingRule &rule);
    /// The rule as the widgets say; pushes the difference to the document.
    void apply();
    MappingRule ruleFromWidgets() const;

    MappingDocument *m_document;
    QList<int> m_path;
    QString m_builtFunction; ///< the function whose parameter widgets are shown
    bool m_updating = false;

    QLabel *m_title;
    QLabel *m_findings;
    QLineEdit *m_target;
    QLineEdit *m_from;
    QLineEdit *m_forEach;
    QLineEdit *m_filter;
    QComboBox *m_function;
    QFormLayout *m_form;
    QWidget *m_parameters;
    QFormLayout *m_parameterForm;
    QHash<QString, QLineEdit *> m_fields; ///< parameter → its editor
    QTableWidget *m_table = nullptr; ///< lookup table or if/else cases
    JsonataEditor *m_expression;
    QPushButton *m_remove;
    QWidget *m_body;
    QLabel *m_empty;
};

} // namespace Flowsmith
