#pragma once

#include "model/core/flow.h"
#include "model/vcs/flowdiff.h"

#include <QWidget>

#include <memory>

class QSplitter;

namespace Flowsmith {

class DiffChangeList;
class FlowDocument;
class FlowScene;
class FlowView;

/// A flow's semantic diff on the canvas: the newer version drawn with diffOverlay (added green,
/// removed as red ghosts, changed amber) and the list of changes beside it; picking a change
/// selects its node. Read-only: the document it shows is its own copy.
class FlowDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit FlowDiffView(QWidget *parent = nullptr);
    ~FlowDiffView() override;

    void setFlows(const Flow &before, const Flow &after);
    const FlowDiff &diff() const { return m_diff; }

    FlowScene *scene() const { return m_scene; }
    FlowView *view() const { return m_view; }
    DiffChangeList *changeList() const { return m_list; }

private:
    std::unique_ptr<FlowDocument> m_document;
    FlowDiff m_diff;
    FlowScene *m_scene = nullptr;
    FlowView *m_view = nullptr;
    DiffChangeList *m_list;
    QSplitter *m_splitter;
};

} // namespace Flowsmith
