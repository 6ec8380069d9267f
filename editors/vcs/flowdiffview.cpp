#include "editors/vcs/flowdiffview.h"

#include "editors/canvas/flowscene.h"
#include "editors/canvas/flowview.h"
#include "editors/canvas/nodeitem.h"
#include "editors/vcs/diffoverlay.h"
#include "model/documents/flowdocument.h"

#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace Flowsmith {

FlowDiffView::FlowDiffView(QWidget *parent)
    : QWidget(parent)
    , m_document(std::make_unique<FlowDocument>())
    , m_list(new DiffChangeList(this))
    , m_splitter(new QSplitter(this))
{
    m_scene = new FlowScene(m_document.get(), this);
    m_view = new FlowView(m_scene, m_splitter);
    auto *side = new QWidget(m_splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Changes"), side));
    sideLayout->addWidget(m_list);
    side->setMaximumWidth(480);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_list, &DiffChangeList::nodeActivated, this, [this](const QString &id) {
        m_scene->selectNodes({ id });
        if (NodeItem *item = m_scene->nodeItem(id))
            m_view->centerOn(item);
    });
}

FlowDiffView::~FlowDiffView()
{
    // The scene observes the document: it goes first.
    delete m_view;
    delete m_scene;
}

void FlowDiffView::setFlows(const Flow &before, const Flow &after)
{
    m_diff = FlowDiff::compare(before, after);
    // A fresh document per diff: the scene rebuilds from it, the overlay goes on top.
    delete m_view;
    delete m_scene;
    m_document = std::make_unique<FlowDocument>(after);
    m_scene = new FlowScene(m_document.get(), this);
    m_view = new FlowView(m_scene, m_splitter);
    m_splitter->insertWidget(0, m_view);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ width() * 3 / 4, width() / 4 });
    m_scene->setOverlay(diffOverlay(before, after, m_diff));
    m_list->setDiff(m_diff);
    // Once laid out, so that the fit knows the view's size.
    QTimer::singleShot(0, m_view, &FlowView::fitToContent);
}

} // namespace Flowsmith
