#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace Flowsmith {

class FlowView;

/// The minimap: a second view on the current canvas's scene, always showing the whole flow,
/// with the main view's visible area framed. Clicking or dragging in it moves the main view.
class MinimapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MinimapView(QWidget *parent = nullptr);

    /// Follows `view` (null: shows nothing).
    void setFlowView(FlowView *view);
    FlowView *flowView() const { return m_view; }

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refit();
    void moveMainView(QPoint pos);

    QPointer<FlowView> m_view;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Flowsmith
