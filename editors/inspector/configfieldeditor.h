#pragma once

#include "model/core/nodecatalog.h"

#include <QVariant>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Flowsmith {

class JsonataEditor;
class ObjectListEditor;
class Project;

/// Edits one configuration field of a node, with the widget its type calls for: a line edit
/// for text and numbers, a check box, a combo box for enums and for the project's systems,
/// mappings and schemas, a JSONata editor for expressions, a table for lists of objects and
/// JSON text for a single object.
/// It never changes the document itself: it says when the user committed a value (Enter, a
/// choice, leaving the field) and the form turns that into a command.
class ConfigFieldEditor : public QWidget
{
    Q_OBJECT

public:
    ConfigFieldEditor(const ConfigField &field, const Project *project, QWidget *parent = nullptr);

    const ConfigField &field() const { return m_field; }
    /// The widget that takes the input (object name "config.<key>").
    QWidget *editor() const { return m_editor; }

    /// Shows `value` (invalid: not set). `mixed`: the selected nodes disagree, show a hint.
    void setValue(const QVariant &value, bool mixed = false);

    /// How a value reads in the editor, and back: std::nullopt from parse() means "remove the
    /// key"; `ok` false means the text is not a valid value of the field's type.
    static QString format(const ConfigField &field, const QVariant &value);
    static std::optional<QVariant> parse(const ConfigField &field, const QString &text, bool *ok,
                                         bool structured = false);

signals:
    /// The user finished an edit. std::nullopt: remove the key from the configuration.
    void committed(const std::optional<QVariant> &value);
    /// The "Open mapping" button of a mapping field.
    void openMappingRequested(const QString &mappingId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createEditor(const Project *project);
    QComboBox *createChoice(const QList<QPair<QString, QString>> &choices);
    void commitText();
    void commitChoice();
    void showError(const QString &message);
    void fitTextHeight();
    QString currentText() const;
    void setCurrentText(const QString &text);

    ConfigField m_field;
    QWidget *m_editor = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    JsonataEditor *m_expression = nullptr;
    ObjectListEditor *m_objects = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QToolButton *m_openMapping = nullptr;
    QLabel *m_error = nullptr;
    QString m_shownText; ///< the text last loaded: leaving an unchanged field commits nothing
    bool m_structured = false; ///< the value is a map or list shown as JSON
    bool m_mixed = false;
};

} // namespace Flowsmith
