#include "editors/inspector/inspectorview.h"

#include "model/core/flow.h"
#include "model/core/nodecatalog.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Flowsmith {

namespace {

QString kindName(ProjectFileKind kind)
{
    switch (kind) {
    case ProjectFileKind::Manifest:
        return InspectorView::tr("Project manifest");
    case ProjectFileKind::Flow:
        return InspectorView::tr("Flow");
    case ProjectFileKind::Schema:
        return InspectorView::tr("JSON Schema");
    case ProjectFileKind::Mapping:
        return InspectorView::tr("Mapping");
    case ProjectFileKind::Sample:
        return InspectorView::tr("Sample data");
    case ProjectFileKind::TestSuite:
        return InspectorView::tr("Flow test cases");
    case ProjectFileKind::Capabilities:
        return InspectorView::tr("Capability map");
    case ProjectFileKind::Generated:
        return InspectorView::tr("Generated file");
    case ProjectFileKind::Other:
        break;
    }
    return InspectorView::tr("File");
}

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

} // namespace

InspectorView::InspectorView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(tr("Open a file to see its properties."), this))
    , m_fileTitle(new QLabel(this))
    , m_fileDetails(new QLabel(this))
    , m_flowTitle(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_nodes(new QTreeWidget(this))
{
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    m_stack->addWidget(m_emptyLabel);

    // A file that is not a flow.
    auto *filePage = new QWidget(this);
    auto *fileLayout = new QVBoxLayout(filePage);
    QFont titleFont = m_fileTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_fileTitle->setFont(titleFont);
    m_fileTitle->setWordWrap(true);
    m_fileDetails->setWordWrap(true);
    m_fileDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileLayout->addWidget(m_fileTitle);
    fileLayout->addWidget(m_fileDetails);
    fileLayout->addStretch();
    m_stack->addWidget(filePage);

    // A flow.
    auto *flowPage = new QWidget;
    auto *flowLayout = new QVBoxLayout(flowPage);
    m_flowTitle->setFont(titleFont);
    m_flowTitle->setWordWrap(true);
    flowLayout->addWidget(m_flowTitle);

    auto *general = new QFormLayout;
    general->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(general, QStringLiteral("id"), tr("Id"));
    addField(general, QStringLiteral("name"), tr("Name"));
    m_description->setReadOnly(true);
    m_description->setMaximumHeight(72);
    m_description->setObjectName(QStringLiteral("description"));
    general->addRow(tr("Description"), m_description);
    addField(general, QStringLiteral("file"), tr("File"));
    flowLayout->addLayout(general);

    flowLayout->addWidget(sectionTitle(tr("Governance"), flowPage));
    auto *governance = new QFormLayout;
    governance->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(governance, QStringLiteral("owner"), tr("Owner"));
    addField(governance, QStringLiteral("businessOwner"), tr("Business owner"));
    addField(governance, QStringLiteral("steward"), tr("Steward"));
    addField(governance, QStringLiteral("retireBy"), tr("Retire by"));
    addField(governance, QStringLiteral("classification"), tr("Classification"));
    addField(governance, QStringLiteral("capabilities"), tr("Capabilities"));
    flowLayout->addLayout(governance);

    flowLayout->addWidget(sectionTitle(tr("Service level"), flowPage));
    auto *slo = new QFormLayout;
    slo->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(slo, QStringLiteral("latencyMs"), tr("Latency (ms)"));
    addField(slo, QStringLiteral("successRate"), tr("Success rate (%)"));
    flowLayout->addLayout(slo);

    flowLayout->addWidget(sectionTitle(tr("Nodes"), flowPage));
    m_nodes->setObjectName(QStringLiteral("inspectorNodes"));
    m_nodes->setColumnCount(2);
    m_nodes->setHeaderLabels({ tr("Name"), tr("Type") });
    m_nodes->setRootIsDecorated(false);
    m_nodes->setUniformRowHeights(true);
    m_nodes->setMinimumHeight(160);
    m_nodes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_nodes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_nodes->header()->setStretchLastSection(false);
    flowLayout->addWidget(m_nodes, 1);
    connect(m_nodes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit nodeActivated(item->data(0, Qt::UserRole).toString());
    });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(flowPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QLineEdit *InspectorView::addField(QFormLayout *form, const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(key);
    edit->setReadOnly(true);
    m_fields.insert(key, edit);
    form->addRow(label, edit);
    return edit;
}

void InspectorView::clear()
{
    followDocument(nullptr);
    m_stack->setCurrentIndex(0);
}

void InspectorView::followDocument(FlowDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (!document)
        return;
    // Any change redraws the lot: a flow's properties fit on one screen.
    auto refresh = [this] {
        if (m_document)
            showFlow(m_document->flow(), m_documentPath);
    };
    connect(document, &Document::reset, this, refresh);
    connect(document, &FlowDocument::flowPropertyChanged, this, refresh);
    connect(document, &FlowDocument::governanceChanged, this, refresh);
    connect(document, &FlowDocument::sloChanged, this, refresh);
    connect(document, &FlowDocument::nodeAdded, this, refresh);
    connect(document, &FlowDocument::nodeRemoved, this, refresh);
    connect(document, &FlowDocument::nodeChanged, this, refresh);
    connect(document, &FlowDocument::nodeIdChanged, this, refresh);
}

void InspectorView::showFlowDocument(FlowDocument *document, const QString &relativePath)
{
    followDocument(document);
    m_documentPath = relativePath;
    if (document)
        showFlow(document->flow(), relativePath);
    else
        clear();
}

void InspectorView::showFile(ProjectFileKind kind, const QString &relativePath,
                             const QString &loadError)
{
    followDocument(nullptr);
    m_fileTitle->setText(QFileInfo(relativePath).fileName());
    QString details = tr("%1\n%2").arg(kindName(kind), relativePath);
    if (!loadError.isEmpty())
        details += QStringLiteral("\n\n") + loadError;
    m_fileDetails->setText(details);
    m_stack->setCurrentIndex(1);
}

void InspectorView::showFlow(const Flow &flow, const QString &relativePath)
{
    m_flowTitle->setText(flow.name.isEmpty() ? flow.id : flow.name);
    m_fields[QStringLiteral("id")]->setText(flow.id);
    m_fields[QStringLiteral("name")]->setText(flow.name);
    m_fields[QStringLiteral("file")]->setText(relativePath);
    m_description->setPlainText(flow.description);
    const Governance &g = flow.governance;
    m_fields[QStringLiteral("owner")]->setText(g.owner);
    m_fields[QStringLiteral("businessOwner")]->setText(g.businessOwner);
    m_fields[QStringLiteral("steward")]->setText(g.steward);
    m_fields[QStringLiteral("retireBy")]->setText(g.retireBy);
    m_fields[QStringLiteral("classification")]->setText(g.classification);
    m_fields[QStringLiteral("capabilities")]->setText(g.capabilities.join(QStringLiteral(", ")));
    m_fields[QStringLiteral("latencyMs")]->setText(formatNumber(flow.slo.latencyMs));
    m_fields[QStringLiteral("successRate")]->setText(formatNumber(flow.slo.successRate));

    // Long values read from their start, not from where setText left the cursor.
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setCursorPosition(0);

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
    m_stack->setCurrentIndex(2);
}

QString InspectorView::fieldText(const QString &field) const
{
    if (field == QLatin1String("description"))
        return m_description->toPlainText();
    const QLineEdit *edit = m_fields.value(field);
    return edit ? edit->text() : QString();
}

} // namespace Flowsmith
