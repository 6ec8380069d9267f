#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace Flowsmith {

/// A small bar chart of per-node simulated latency: three bars per node for p50, p95 and p99,
/// and a dashed line at the SLO latency when there is one. Painted with QPainter (no QtCharts).
class LatencyChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString node;
        qint64 p50 = 0;
        qint64 p95 = 0;
        qint64 p99 = 0;
    };

    explicit LatencyChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars, double sloLatencyMs = -1);
    const QList<Bar> &bars() const { return m_bars; }

    QSize sizeHint() const override { return { 320, 140 }; }
    QSize minimumSizeHint() const override { return { 160, 90 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
    double m_slo = -1;
};

} // namespace Flowsmith
