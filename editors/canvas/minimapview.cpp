#include "editors/canvas/minimapview.h"

#include "editors/canvas/flowscene.h"
#include "editors/canvas/flowview.h"

#include <QMouseEvent>

namespace Flowsmith {

MinimapView::MinimapView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("minimapView"));
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHint(QPainter::Antialiasing, false);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(160, 110);
    setCursor(Qt::PointingHandCursor);
}

void MinimapView::setFlowView(FlowView *view)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_view = view;
    setScene(view ? view->scene() : nullptr);
    if (view) {
        m_connections.append(connect(view, &FlowView::visibleRectChanged, viewport(),
                                     qOverload<>(&QWidget::update)));
        m_connections.append(
            connect(view->flowScene(), &FlowScene::contentChanged, this, &MinimapView::refit));
    }
    refit();
}

void MinimapView::refit()
{
    if (!m_view)
        return;
    const QRectF content = m_view->flowScene()->contentRect().adjusted(-60, -60, 60, 60);
    if (content.isEmpty())
        return;
    setSceneRect(content);
    fitInView(content, Qt::KeepAspectRatio);
    viewport()->update();
}

void MinimapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void MinimapView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_view)
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QColor fill(0x1d, 0x6f, 0xe0, 30);
    painter->setPen(QPen(QColor(0x1d, 0x6f, 0xe0), 0));
    painter->setBrush(fill);
    painter->drawRect(visible);
}

void MinimapView::moveMainView(QPoint pos)
{
    if (m_view)
        m_view->centerOn(mapToScene(pos));
}

void MinimapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        moveMainView(event->position().toPoint());
}

void MinimapView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveMainView(event->position().toPoint());
}

} // namespace Flowsmith
