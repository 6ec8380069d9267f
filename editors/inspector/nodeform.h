#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace Flowsmith {

class ConfigFieldEditor;
class FlowDocument;
class Project;
struct ConfigField;

/// The inspector's page for selected nodes: a form generated from the node type's config
/// fields, plus id and name for a single node. With several nodes it shows how many and the
/// fields they have in common; an edit then changes all of them in one undo step. Every
/// committed edit is one command on the document's undo stack.
class NodeForm : public QWidget
{
    Q_OBJECT

public:
    /// Builds the form for `nodeIds` of `document`; `project` fills the system, mapping and
    /// schema pickers (may be null).
    NodeForm(FlowDocument *document, const QStringList &nodeIds, const Project *project,
             QWidget *parent = nullptr);

    QStringList nodeIds() const { return m_nodeIds; }
    /// A node got a new id (its own edit, or an undo): keep following it.
    void renameNode(const QString &oldId, const QString &newId);
    /// Loads the document's current values into the fields (after an edit, undo, redo).
    void refresh();

    /// The editor of config field `key`, or null when the form has none.
    ConfigFieldEditor *fieldEditor(const QString &key) const;

signals:
    void openMappingRequested(const QString &mappingId);

private:
    QList<ConfigField> commonFields() const;
    void commitField(const QString &key, const std::optional<QVariant> &value);
    void commitName();
    void commitId();

    QPointer<FlowDocument> m_document;
    QStringList m_nodeIds;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QList<ConfigFieldEditor *> m_editors;
};

} // namespace Flowsmith
