#include "editors/inspector/nodeform.h"

#include "editors/inspector/configfieldeditor.h"
#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/documents/flowdocument.h"
#include "model/documents/nodepropertycommands.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

QString catalogText(const QString &text)
{
    return QCoreApplication::translate("NodeCatalog", qPrintable(text));
}

/// Ids appear in "node.port" references and in file names of generated code: keep them plain.
bool isValidNodeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_-]*$"));
    return pattern.match(id).hasMatch();
}

} // namespace

NodeForm::NodeForm(FlowDocument *document, const QStringList &nodeIds, const Project *project,
                   QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_nodeIds(nodeIds)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
{
    setObjectName(QStringLiteral("nodeForm"));
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("nodeTitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (m_nodeIds.size() == 1) {
        m_id = new QLineEdit(this);
        m_id->setObjectName(QStringLiteral("nodeId"));
        m_id->setToolTip(tr("Letters, digits, '-' and '_'; unique in the flow. Edges follow."));
        connect(m_id, &QLineEdit::editingFinished, this, &NodeForm::commitId);
        form->addRow(tr("Id"), m_id);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("nodeName"));
        connect(m_name, &QLineEdit::editingFinished, this, &NodeForm::commitName);
        form->addRow(tr("Name"), m_name);
    }

    const QList<ConfigField> fields = commonFields();
    for (const ConfigField &field : fields) {
        auto *editor = new ConfigFieldEditor(field, project, this);
        QString label = catalogText(field.label);
        if (field.required)
            label += QStringLiteral(" *");
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(editor->editor());
        labelWidget->setToolTip(catalogText(field.description));
        form->addRow(labelWidget, editor);
        m_editors.append(editor);
        const QString key = field.key;
        connect(editor, &ConfigFieldEditor::committed, this,
                [this, key](const std::optional<QVariant> &value) { commitField(key, value); });
        connect(editor, &ConfigFieldEditor::openMappingRequested, this,
                &NodeForm::openMappingRequested);
    }
    layout->addLayout(form);
    if (fields.isEmpty()) {
        auto *none
            = new QLabel(m_nodeIds.size() == 1 ? tr("This node has no settings.")
                                               : tr("These nodes have no settings in common."),
                         this);
        none->setEnabled(false);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addStretch(1);
    refresh();
}

QList<ConfigField> NodeForm::commonFields() const
{
    QList<ConfigField> fields;
    if (!m_document || m_nodeIds.isEmpty())
        return fields;
    const NodeCatalog &catalog = NodeCatalog::instance();
    QList<const NodeType *> types;
    for (const QString &id : m_nodeIds) {
        const FlowNode *node = m_document->node(id);
        const NodeType *type = node ? catalog.type(node->type) : nullptr;
        if (!type)
            return fields; // an unknown type has no known fields, so none are common
        types.append(type);
    }
    for (const ConfigField &field : types.constFirst()->configFields) {
        bool everywhere = true;
        for (const NodeType *type : std::as_const(types)) {
            const ConfigField *other = type->configField(field.key);
            everywhere = everywhere && other && other->type == field.type;
        }
        if (everywhere)
            fields.append(field);
    }
    return fields;
}

ConfigFieldEditor *NodeForm::fieldEditor(const QString &key) const
{
    for (ConfigFieldEditor *editor : m_editors)
        if (editor->field().key == key)
            return editor;
    return nullptr;
}

void NodeForm::renameNode(const QString &oldId, const QString &newId)
{
    const qsizetype index = m_nodeIds.indexOf(oldId);
    if (index < 0)
        return;
    m_nodeIds[index] = newId;
    refresh();
}

void NodeForm::refresh()
{
    if (!m_document)
        return;
    QList<const FlowNode *> nodes;
    for (const QString &id : std::as_const(m_nodeIds))
        if (const FlowNode *node = m_document->node(id))
            nodes.append(node);
    if (nodes.isEmpty())
        return;
    const NodeCatalog &catalog = NodeCatalog::instance();
    const FlowNode *first = nodes.constFirst();
    const NodeType *firstType = catalog.type(first->type);

    if (nodes.size() == 1) {
        m_title->setText(first->displayName());
        m_subtitle->setText(firstType ? tr("%1 (%2) — %3")
                                            .arg(catalogText(firstType->displayName), firstType->id,
                                                 catalogText(firstType->description))
                                      : tr("Unknown node type %1").arg(first->type));
        if (m_id && m_id->text() != first->id) {
            m_id->setText(first->id);
            m_id->setStyleSheet(QString());
        }
        if (m_name) {
            m_name->setPlaceholderText(first->id);
            if (m_name->text() != first->name)
                m_name->setText(first->name);
        }
    } else {
        m_title->setText(tr("%n nodes selected", nullptr, int(nodes.size())));
        bool sameType = true;
        for (const FlowNode *node : std::as_const(nodes))
            sameType = sameType && node->type == first->type;
        m_subtitle->setText(sameType && firstType
                                ? tr("All %1 nodes").arg(catalogText(firstType->displayName))
                                : tr("Nodes of different types: the fields they share."));
    }

    for (ConfigFieldEditor *editor : std::as_const(m_editors)) {
        const QString key = editor->field().key;
        const QVariant value = first->config.value(key);
        bool mixed = false;
        for (const FlowNode *node : std::as_const(nodes))
            mixed = mixed || node->config.contains(key) != first->config.contains(key)
                || node->config.value(key) != value;
        editor->setValue(value, mixed);
    }
}

void NodeForm::commitField(const QString &key, const std::optional<QVariant> &value)
{
    if (m_document)
        m_document->undoStack()->push(new SetNodesConfigCommand(m_document, m_nodeIds, key, value));
}

void NodeForm::commitName()
{
    if (m_document && m_name)
        m_document->undoStack()->push(
            new RenameNodeCommand(m_document, m_nodeIds.constFirst(), m_name->text().trimmed()));
}

void NodeForm::commitId()
{
    if (!m_document || !m_id)
        return;
    const QString oldId = m_nodeIds.constFirst();
    const QString newId = m_id->text().trimmed();
    if (newId == oldId)
        return;
    QString problem;
    if (!isValidNodeId(newId))
        problem = tr("An id is letters, digits, '-' and '_'.");
    else if (m_document->node(newId))
        problem = tr("Another node already has the id %1.").arg(newId);
    if (!problem.isEmpty()) {
        // Leave the text for the user to fix, marked; the node keeps its id.
        m_id->setStyleSheet(QStringLiteral("color: #c62828"));
        m_id->setToolTip(problem);
        return;
    }
    m_id->setStyleSheet(QString());
    m_id->setToolTip(tr("Letters, digits, '-' and '_'; unique in the flow. Edges follow."));
    m_document->undoStack()->push(new ChangeNodeIdCommand(m_document, oldId, newId));
}

} // namespace Flowsmith
