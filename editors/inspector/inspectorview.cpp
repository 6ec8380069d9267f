#include "editors/inspector/inspectorview.h"

#include "editors/inspector/flowform.h"
#include "editors/inspector/nodeform.h"
#include "model/core/flow.h"

#include <QFileInfo>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
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

QScrollArea *scrolling(QWidget *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    if (page)
        scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

} // namespace

InspectorView::InspectorView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(tr("Open a file to see its properties."), this))
    , m_fileTitle(new QLabel(this))
    , m_fileDetails(new QLabel(this))
    , m_flowForm(new FlowForm)
    , m_nodeScroll(scrolling(nullptr, this))
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

    m_stack->addWidget(scrolling(m_flowForm, this));
    connect(m_flowForm, &FlowForm::nodeActivated, this, &InspectorView::nodeActivated);
    m_stack->addWidget(m_nodeScroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QTreeWidget *InspectorView::nodeList() const
{
    return m_flowForm->nodeList();
}

NodeForm *InspectorView::nodeForm() const
{
    return m_nodeForm;
}

void InspectorView::clear()
{
    followDocument(nullptr);
    m_stack->setCurrentIndex(EmptyPage);
}

void InspectorView::followDocument(FlowDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_selection.clear();
    rebuildNodeForm();
    if (!document)
        return;
    connect(document, &Document::reset, this, [this] {
        // Reloaded: keep the selected nodes that are still there.
        QStringList kept;
        for (const QString &id : std::as_const(m_selection))
            if (m_document->node(id))
                kept.append(id);
        m_selection = kept;
        refreshFlow();
        rebuildNodeForm();
    });
    connect(document, &FlowDocument::flowPropertyChanged, this, &InspectorView::refreshFlow);
    connect(document, &FlowDocument::governanceChanged, this, &InspectorView::refreshFlow);
    connect(document, &FlowDocument::sloChanged, this, &InspectorView::refreshFlow);
    connect(document, &FlowDocument::nodeAdded, this, &InspectorView::refreshFlow);
    connect(document, &FlowDocument::nodeRemoved, this, [this](const QString &id) {
        refreshFlow();
        dropFromSelection(id);
    });
    connect(document, &FlowDocument::nodeChanged, this,
            [this](const QString &id, FlowDocument::NodeProperty property) {
                if (property == FlowDocument::NodeProperty::Position)
                    return; // the canvas's business; a drag must not redraw the form
                if (property == FlowDocument::NodeProperty::Name)
                    refreshFlow();
                if (m_nodeForm && m_selection.contains(id))
                    m_nodeForm->refresh();
            });
    connect(document, &FlowDocument::nodeIdChanged, this,
            [this](const QString &oldId, const QString &newId) {
                refreshFlow();
                const qsizetype index = m_selection.indexOf(oldId);
                if (index >= 0) {
                    m_selection[index] = newId;
                    if (m_nodeForm)
                        m_nodeForm->renameNode(oldId, newId);
                }
            });
}

void InspectorView::refreshFlow()
{
    if (m_document)
        m_flowForm->setFlow(m_document->flow(), m_documentPath, m_document);
}

void InspectorView::showFlowDocument(FlowDocument *document, const QString &relativePath)
{
    if (!document) {
        clear();
        return;
    }
    followDocument(document);
    m_documentPath = relativePath;
    refreshFlow();
    m_stack->setCurrentIndex(m_selection.isEmpty() ? FlowPage : NodesPage);
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
    m_stack->setCurrentIndex(FilePage);
}

void InspectorView::showFlow(const Flow &flow, const QString &relativePath)
{
    followDocument(nullptr);
    m_flowForm->setFlow(flow, relativePath, nullptr);
    m_stack->setCurrentIndex(FlowPage);
}

void InspectorView::setProject(const Project *project)
{
    m_project = project;
    rebuildNodeForm(); // the pickers list the new project's systems, mappings and schemas
}

void InspectorView::setSelectedNodes(const QStringList &ids)
{
    QStringList selection;
    if (m_document) {
        for (const QString &id : ids)
            if (m_document->node(id) && !selection.contains(id))
                selection.append(id);
    }
    if (selection == m_selection && (m_nodeForm || selection.isEmpty()))
        return;
    m_selection = selection;
    rebuildNodeForm();
}

void InspectorView::dropFromSelection(const QString &id)
{
    if (m_selection.removeAll(id) > 0)
        rebuildNodeForm();
}

void InspectorView::rebuildNodeForm()
{
    // The old form may be the sender of the signal that got us here: delete it later.
    if (QWidget *old = m_nodeScroll->takeWidget())
        old->deleteLater();
    m_nodeForm = nullptr;
    if (!m_document || m_selection.isEmpty()) {
        if (m_stack->currentIndex() == NodesPage)
            m_stack->setCurrentIndex(m_document ? FlowPage : EmptyPage);
        return;
    }
    m_nodeForm = new NodeForm(m_document, m_selection, m_project);
    connect(m_nodeForm, &NodeForm::openMappingRequested, this,
            &InspectorView::openMappingRequested);
    m_nodeScroll->setWidget(m_nodeForm);
    m_stack->setCurrentIndex(NodesPage);
}

QString InspectorView::fieldText(const QString &field) const
{
    return m_flowForm->fieldText(field);
}

} // namespace Flowsmith
