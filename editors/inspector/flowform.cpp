#include "editors/inspector/flowform.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/documents/flowcommands.h"
#include "model/documents/flowdocument.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

QString formatNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value) : QString();
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

const QHash<QString, FlowDocument::GovernanceField> &governanceKeys()
{
    static const QHash<QString, FlowDocument::GovernanceField> keys = {
        { QStringLiteral("owner"), FlowDocument::GovernanceField::Owner },
        { QStringLiteral("businessOwner"), FlowDocument::GovernanceField::BusinessOwner },
        { QStringLiteral("steward"), FlowDocument::GovernanceField::Steward },
        { QStringLiteral("retireBy"), FlowDocument::GovernanceField::RetireBy },
        { QStringLiteral("classification"), FlowDocument::GovernanceField::Classification },
        { QStringLiteral("capabilities"), FlowDocument::GovernanceField::Capabilities },
    };
    return keys;
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u','))
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    return items;
}

} // namespace

FlowForm::FlowForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_nodes(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    auto *general = newForm();
    addField(general, QStringLiteral("id"), tr("Id"));
    addField(general, QStringLiteral("name"), tr("Name"));
    m_description->setMaximumHeight(72);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->installEventFilter(this);
    general->addRow(tr("Description"), m_description);
    addField(general, QStringLiteral("file"), tr("File"));
    layout->addLayout(general);

    layout->addWidget(sectionTitle(tr("Governance"), this));
    auto *governance = newForm();
    addField(governance, QStringLiteral("owner"), tr("Owner"));
    addField(governance, QStringLiteral("businessOwner"), tr("Business owner"));
    addField(governance, QStringLiteral("steward"), tr("Steward"));
    addField(governance, QStringLiteral("retireBy"), tr("Retire by"))
        ->setPlaceholderText(tr("yyyy-mm-dd"));
    addField(governance, QStringLiteral("classification"), tr("Classification"));
    addField(governance, QStringLiteral("capabilities"), tr("Capabilities"))
        ->setPlaceholderText(tr("comma-separated capability ids"));
    layout->addLayout(governance);

    layout->addWidget(sectionTitle(tr("Service level"), this));
    auto *slo = newForm();
    addField(slo, QStringLiteral("latencyMs"), tr("Latency (ms)"));
    addField(slo, QStringLiteral("successRate"), tr("Success rate (%)"));
    layout->addLayout(slo);

    layout->addWidget(sectionTitle(tr("Nodes"), this));
    m_nodes->setObjectName(QStringLiteral("inspectorNodes"));
    m_nodes->setColumnCount(2);
    m_nodes->setHeaderLabels({ tr("Name"), tr("Type") });
    m_nodes->setRootIsDecorated(false);
    m_nodes->setUniformRowHeights(true);
    m_nodes->setMinimumHeight(160);
    m_nodes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_nodes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_nodes->header()->setStretchLastSection(false);
    layout->addWidget(m_nodes, 1);
    connect(m_nodes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit nodeActivated(item->data(0, Qt::UserRole).toString());
    });
}

QLineEdit *FlowForm::addField(QFormLayout *form, const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setReadOnly(true);
    m_fields.insert(key, edit);
    form->addRow(label, edit);
    // Enter or leaving the field commits; an unchanged field makes no command.
    connect(edit, &QLineEdit::editingFinished, this, [this, key] { commit(key); });
    return edit;
}

void FlowForm::setText(const QString &key, const QString &text)
{
    QLineEdit *edit = m_fields.value(key);
    if (edit->text() == text)
        return;
    edit->setText(text);
    // Long values read from their start, not from where setText left the cursor.
    edit->setCursorPosition(0);
}

void FlowForm::setFlow(const Flow &flow, const QString &relativePath, FlowDocument *document)
{
    m_document = document;
    const bool editable = document != nullptr;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        // The id is the file name and the file is where it is: neither changes here.
        const bool fixed = it.key() == QLatin1String("id") || it.key() == QLatin1String("file");
        it.value()->setReadOnly(!editable || fixed);
    }
    m_description->setReadOnly(!editable);

    m_title->setText(flow.name.isEmpty() ? flow.id : flow.name);
    setText(QStringLiteral("id"), flow.id);
    setText(QStringLiteral("name"), flow.name);
    setText(QStringLiteral("file"), relativePath);
    if (m_description->toPlainText() != flow.description)
        m_description->setPlainText(flow.description);
    const Governance &g = flow.governance;
    setText(QStringLiteral("owner"), g.owner);
    setText(QStringLiteral("businessOwner"), g.businessOwner);
    setText(QStringLiteral("steward"), g.steward);
    setText(QStringLiteral("retireBy"), g.retireBy);
    setText(QStringLiteral("classification"), g.classification);
    setText(QStringLiteral("capabilities"), g.capabilities.join(QStringLiteral(", ")));
    setText(QStringLiteral("latencyMs"), formatNumber(flow.slo.latencyMs));
    setText(QStringLiteral("successRate"), formatNumber(flow.slo.successRate));
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setStyleSheet(QString());

    m_nodes->clear();
    const NodeCatalog &catalog = NodeCatalog::instance();
    for (const FlowNode &node : flow.nodes) {
        auto *item = new QTreeWidgetItem(m_nodes);
        item->setText(0, node.displayName());
        item->setText(1, node.type);
        item->setData(0, Qt::UserRole, node.id);
        if (const NodeType *type = catalog.type(node.type)) {
            item->setIcon(0, QIcon(type->icon));
            item->setToolTip(
                0,
                QStringLiteral("%1 (%2)").arg(
                    node.id,
                    QCoreApplication::translate("NodeCatalog", qPrintable(type->displayName))));
        }
    }
}

QString FlowForm::fieldText(const QString &field) const
{
    if (field == QLatin1String("description"))
        return m_description->toPlainText();
    const QLineEdit *edit = m_fields.value(field);
    return edit ? edit->text() : QString();
}

void FlowForm::commit(const QString &key)
{
    QLineEdit *edit = m_fields.value(key);
    if (!m_document || edit->isReadOnly())
        return;
    const QString text = edit->text().trimmed();
    QUndoStack *stack = m_document->undoStack();
    if (key == QLatin1String("name")) {
        stack->push(new SetFlowPropertyCommand(m_document, FlowDocument::FlowProperty::Name, text));
    } else if (governanceKeys().contains(key)) {
        const FlowDocument::GovernanceField field = governanceKeys().value(key);
        const QVariant value = field == FlowDocument::GovernanceField::Capabilities
            ? QVariant(splitList(text))
            : QVariant(text);
        stack->push(new SetGovernanceCommand(m_document, field, value));
    } else if (key == QLatin1String("latencyMs") || key == QLatin1String("successRate")) {
        const auto field = key == QLatin1String("latencyMs") ? FlowDocument::SloField::LatencyMs
                                                             : FlowDocument::SloField::SuccessRate;
        std::optional<double> value;
        if (!text.isEmpty()) {
            bool ok = false;
            double number = text.toDouble(&ok);
            if (!ok)
                number = QLocale().toDouble(text, &ok); // "99,5" where that is the local form
            const bool inRange = ok && number >= 0
                && (field != FlowDocument::SloField::SuccessRate || number <= 100);
            if (!inRange) {
                // Keep what the user typed in view, marked, until it is fixed.
                edit->setStyleSheet(QStringLiteral("color: #c62828"));
                edit->setToolTip(field == FlowDocument::SloField::SuccessRate
                                     ? tr("A percentage between 0 and 100.")
                                     : tr("A number of milliseconds, 0 or more."));
                return;
            }
            value = number;
        }
        edit->setStyleSheet(QString());
        edit->setToolTip(QString());
        stack->push(new SetSloCommand(m_document, field, value));
    }
}

void FlowForm::commitDescription()
{
    if (!m_document || m_description->isReadOnly())
        return;
    m_document->undoStack()->push(new SetFlowPropertyCommand(
        m_document, FlowDocument::FlowProperty::Description, m_description->toPlainText()));
}

bool FlowForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

} // namespace Flowsmith
