#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace Flowsmith {

class Flow;
class FlowDocument;

/// The inspector's page for a flow with nothing selected: its name, description, governance
/// block, service levels and node list. With a document, every field is editable and a
/// committed edit (Enter or leaving the field) is one command on the document's undo stack.
class FlowForm : public QWidget
{
    Q_OBJECT

public:
    explicit FlowForm(QWidget *parent = nullptr);

    /// Shows `flow`; edits go to `document` (read-only when null).
    void setFlow(const Flow &flow, const QString &relativePath, FlowDocument *document);

    /// The text a field shows ("id", "name", "description", "owner", "latencyMs"…).
    QString fieldText(const QString &field) const;
    QLineEdit *lineEdit(const QString &field) const { return m_fields.value(field); }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QTreeWidget *nodeList() const { return m_nodes; }

signals:
    void nodeActivated(const QString &nodeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *addField(QFormLayout *form, const QString &key, const QString &label);
    void setText(const QString &key, const QString &text);
    void commit(const QString &key);
    void commitDescription();

    QLabel *m_title;
    QPlainTextEdit *m_description;
    QHash<QString, QLineEdit *> m_fields;
    QTreeWidget *m_nodes;
    QPointer<FlowDocument> m_document;
};

} // namespace Flowsmith
