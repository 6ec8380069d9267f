#include "rulepanel.h"

#include "editors/expr/jsonataeditor.h"
#include "model/data/jsonvariant.h"
#include "model/documents/mappingcommands.h"
#include "model/documents/mappingdocument.h"
#include "model/mapping/mappingfunctions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

using Param = MappingFunction::ParameterKind;
using ParamSpec = MappingFunction::Parameter;

QList<ParamSpec> parametersOf(const QString &function)
{
    const MappingFunction *entry = MappingFunctions::find(function);
    return entry ? entry->parameters : QList<ParamSpec> {};
}

QString jsonText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    return toCompactText(value);
}

// Text as typed: JSON when it reads as JSON (42, true, null), a string otherwise.
QVariant jsonValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("\"\""))
        return text;
    FileError error;
    if (std::optional<QVariant> value = parseJsonText(trimmed, QString(), &error))
        return *value;
    return text;
}

} // namespace

RulePanel::RulePanel(MappingDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    m_empty = new QLabel(tr("Select a line, or drag a source field onto a target field."), this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);

    m_body = new QWidget(this);
    outer->addWidget(m_body, 1);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_body);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_findings = new QLabel(m_body);
    m_findings->setWordWrap(true);
    m_findings->setStyleSheet(QStringLiteral("color: #c0392b;"));
    layout->addWidget(m_findings);

    m_form = new QFormLayout;
    auto *form = m_form;
    m_target = new QLineEdit(m_body);
    m_from = new QLineEdit(m_body);
    m_from->setPlaceholderText(tr("source path, e.g. customer.email"));
    m_forEach = new QLineEdit(m_body);
    m_filter = new QLineEdit(m_body);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_from->setObjectName(QStringLiteral("from"));
    m_filter->setPlaceholderText(tr("JSONata condition on each element, e.g. quantity > 0"));
    m_function = new QComboBox(m_body);
    const QStringList names = functionNames();
    for (const QString &name : names) {
        QString label = name;
        if (name.isEmpty())
            label = tr("(copy as is)");
        else if (name == QLatin1String("expr"))
            label = tr("JSONata expression…");
        m_function->addItem(label, name);
        if (const MappingFunction *function = MappingFunctions::find(name))
            m_function->setItemData(m_function->count() - 1, function->toolTipText(),
                                    Qt::ToolTipRole);
    }
    form->addRow(tr("Target"), m_target);
    form->addRow(tr("Source"), m_from);
    form->addRow(tr("For each"), m_forEach);
    form->addRow(tr("Filter"), m_filter);
    form->addRow(tr("Function"), m_function);
    layout->addLayout(form);

    m_parameters = new QWidget(m_body);
    m_parameterForm = new QFormLayout(m_parameters);
    m_parameterForm->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_parameters);

    m_expression = new JsonataEditor(m_body);
    m_expression->setMinimumHeight(60);
    layout->addWidget(m_expression, 1);

    m_remove = new QPushButton(tr("Remove rule"), m_body);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    layout->addStretch();

    for (QLineEdit *edit : { m_target, m_from, m_forEach, m_filter })
        connect(edit, &QLineEdit::editingFinished, this, &RulePanel::apply);
    connect(m_function, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        chooseFunction(m_function->currentData().toString());
    });
    connect(m_expression, &JsonataEditor::SCN_FOCUSOUT, this, &RulePanel::apply);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_document->rule(m_path))
            m_document->undoStack()->push(new RemoveRuleCommand(m_document, m_path));
    });
    connect(m_document, &MappingDocument::ruleChanged, this, [this](const QList<int> &path) {
        if (path == m_path && !m_updating)
            rebuild();
    });
    auto reset = [this] {
        if (!m_document->rule(m_path))
            setRule({});
    };
    connect(m_document, &MappingDocument::ruleRemoved, this, reset);
    connect(m_document, &MappingDocument::ruleAdded, this, reset);
    connect(m_document, &Document::reset, this, reset);
    setRule({});
}

QStringList RulePanel::functionNames()
{
    return QStringList { QString(), QStringLiteral("expr") } + MappingFunctions::names();
}

void RulePanel::setRule(const QList<int> &rulePath)
{
    m_path = m_document->rule(rulePath) ? rulePath : QList<int>();
    rebuild();
}

void RulePanel::setFindings(const QStringList &messages)
{
    m_findings->setText(messages.join(u'\n'));
    m_findings->setVisible(!messages.isEmpty());
}

void RulePanel::setFieldPaths(const QStringList &paths)
{
    m_expression->setFieldPaths(paths);
}

void RulePanel::rebuild(bool parameters)
{
    const MappingRule *rule = m_document->rule(m_path);
    m_empty->setVisible(!rule);
    m_body->setVisible(rule);
    if (!rule)
        return;
    m_updating = true;
    const bool isForEach = !rule->forEach.isEmpty();
    QStringList parents;
    for (int i = 1; i < m_path.size(); ++i)
        if (const MappingRule *p = m_document->rule(m_path.first(i)))
            parents.append(p->target);
    parents.append(rule->target);
    m_title->setText(isForEach ? tr("For each → %1").arg(parents.join(u'.'))
                               : tr("Rule → %1").arg(parents.join(u'.')));
    m_target->setText(rule->target);
    m_from->setText(rule->from);
    m_forEach->setText(rule->forEach);
    m_filter->setText(rule->filter);
    m_form->setRowVisible(m_forEach, isForEach);
    m_form->setRowVisible(m_filter, isForEach);
    m_form->setRowVisible(m_from, !isForEach && rule->expr.isEmpty());
    m_form->setRowVisible(m_function, !isForEach);
    const QString name = !rule->expr.isEmpty()
        ? QStringLiteral("expr")
        : rule->function.value(QStringLiteral("name")).toString();
    m_function->setCurrentIndex(qMax(0, m_function->findData(name)));
    m_expression->setVisible(!isForEach && !rule->expr.isEmpty());
    if (m_expression->text() != rule->expr)
        m_expression->setText(rule->expr);
    const QString built = isForEach ? QStringLiteral("forEach") : name;
    if (parameters || built != m_builtFunction)
        rebuildParameters(*rule);
    m_builtFunction = built;
    m_updating = false;
}

void RulePanel::rebuildParameters(const MappingRule &rule)
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    m_fields.clear();
    m_table = nullptr;
    const QString name = rule.function.value(QStringLiteral("name")).toString();
    if (!rule.forEach.isEmpty() || !rule.expr.isEmpty())
        return;
    for (const ParamSpec &spec : parametersOf(name)) {
        auto *edit = new QLineEdit(m_parameters);
        const QVariant value = rule.function.value(QLatin1String(spec.key));
        edit->setText(spec.kind == Param::Paths ? value.toStringList().join(QStringLiteral(", "))
                                                : jsonText(value));
        connect(edit, &QLineEdit::editingFinished, this, &RulePanel::apply);
        m_parameterForm->addRow(spec.labelText(), edit);
        m_fields.insert(QLatin1String(spec.key), edit);
    }
    if (name == QLatin1String("lookup") || name == QLatin1String("ifElse")) {
        const bool lookup = name == QLatin1String("lookup");
        m_table = new QTableWidget(0, 2, m_parameters);
        m_table->setHorizontalHeaderLabels(
            lookup ? QStringList { tr("Source value"), tr("Target value") }
                   : QStringList { tr("When"), tr("Then") });
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_table->verticalHeader()->hide();
        m_table->setMinimumHeight(110);
        if (lookup) {
            const QVariantMap table = rule.function.value(QStringLiteral("table")).toMap();
            for (auto it = table.cbegin(); it != table.cend(); ++it) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_table->setItem(row, 0, new QTableWidgetItem(it.key()));
                m_table->setItem(row, 1, new QTableWidgetItem(jsonText(it.value())));
            }
        } else {
            for (const QVariant &entry : rule.function.value(QStringLiteral("cases")).toList()) {
                const QVariantMap branch = entry.toMap();
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_table->setItem(row, 0, new QTableWidgetItem(branch.value("when").toString()));
                m_table->setItem(row, 1, new QTableWidgetItem(branch.value("then").toString()));
            }
        }
        // One empty row to type a new entry into.
        m_table->insertRow(m_table->rowCount());
        connect(m_table, &QTableWidget::itemChanged, this, [this] {
            // Keep one empty row at the end to type the next entry into.
            const int last = m_table->rowCount() - 1;
            if (last >= 0 && m_table->item(last, 0) && !m_table->item(last, 0)->text().isEmpty()) {
                const QSignalBlocker blocker(m_table);
                m_table->insertRow(m_table->rowCount());
            }
            apply();
        });
        m_parameterForm->addRow(m_table);
    }
}

MappingRule RulePanel::ruleFromWidgets() const
{
    MappingRule rule = *m_document->rule(m_path);
    rule.target = m_target->text().trimmed();
    if (!rule.forEach.isEmpty()) {
        rule.forEach = m_forEach->text().trimmed();
        rule.filter = m_filter->text().trimmed();
        return rule;
    }
    if (!rule.expr.isEmpty()) {
        rule.expr = m_expression->text().trimmed();
        return rule;
    }
    rule.from = m_from->text().trimmed();
    const QString name = rule.function.value(QStringLiteral("name")).toString();
    QVariantMap function;
    if (!name.isEmpty())
        function.insert(QStringLiteral("name"), name);
    for (const ParamSpec &spec : parametersOf(name)) {
        const QString text = m_fields.value(QLatin1String(spec.key))->text();
        if (text.isEmpty())
            continue;
        QVariant value;
        switch (spec.kind) {
        case Param::Text:
            value = text;
            break;
        case Param::Number:
            value = text.contains(u'.') ? QVariant(text.toDouble()) : QVariant(text.toLongLong());
            break;
        case Param::Json:
            value = jsonValue(text);
            break;
        case Param::Paths: {
            QVariantList paths;
            for (const QString &path : text.split(u',', Qt::SkipEmptyParts))
                paths.append(path.trimmed());
            value = paths;
            break;
        }
        }
        function.insert(QLatin1String(spec.key), value);
    }
    if (m_table) {
        QVariantMap table;
        QVariantList cases;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
            const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
            if (key.isEmpty())
                continue;
            if (name == QLatin1String("lookup"))
                table.insert(key, jsonValue(value));
            else
                cases.append(QVariantMap { { QStringLiteral("when"), key },
                                           { QStringLiteral("then"), value } });
        }
        if (name == QLatin1String("lookup"))
            function.insert(QStringLiteral("table"), table);
        else
            function.insert(QStringLiteral("cases"), cases);
    }
    rule.function = function;
    return rule;
}

void RulePanel::apply()
{
    if (m_updating || !m_document->rule(m_path))
        return;
    auto *command = new EditRuleCommand(m_document, m_path, ruleFromWidgets());
    if (command->childCount() == 0) {
        delete command;
        return;
    }
    m_updating = true;
    m_document->undoStack()->push(command);
    m_updating = false;
    rebuild(false);
}

void RulePanel::chooseFunction(const QString &name)
{
    auto *command = new ChangeRuleFunctionCommand(m_document, m_path, name);
    if (command->childCount() == 0) {
        delete command;
        return;
    }
    m_document->undoStack()->push(command);
    rebuild();
}

} // namespace Flowsmith
