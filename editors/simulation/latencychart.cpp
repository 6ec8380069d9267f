#include "editors/simulation/latencychart.h"

#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace Flowsmith {

LatencyChart::LatencyChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("latencyChart"));
    setToolTip(tr("Simulated latency per node: p50, p95 and p99"));
}

void LatencyChart::setBars(const QList<Bar> &bars, double sloLatencyMs)
{
    m_bars = bars;
    m_slo = sloLatencyMs;
    update();
}

void LatencyChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QFontMetrics metrics = fontMetrics();
    const int legendHeight = metrics.height() + 4;
    const int labelHeight = metrics.height() + 4;
    const QRect plot = rect().adjusted(8, legendHeight + 4, -8, -labelHeight);
    if (m_bars.isEmpty() || plot.width() < 20 || plot.height() < 20) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No latency yet: run the flow."));
        return;
    }

    const QColor colours[3]
        = { QColor(0x4e, 0x9a, 0xd8), QColor(0xf0, 0xa0, 0x30), QColor(0xd0, 0x44, 0x44) };
    const QString names[3] = { tr("p50"), tr("p95"), tr("p99") };
    int x = 8;
    for (int i = 0; i < 3; ++i) {
        painter.fillRect(QRect(x, 4, 10, 10), colours[i]);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QPoint(x + 14, 4 + metrics.ascent() - 1), names[i]);
        x += 14 + metrics.horizontalAdvance(names[i]) + 12;
    }

    double top = m_slo > 0 ? m_slo : 1.0;
    for (const Bar &bar : m_bars)
        top = std::max({ top, double(bar.p99), double(bar.p95), double(bar.p50) });
    top *= 1.1;
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const double slot = double(plot.width()) / double(m_bars.size());
    const double barWidth = std::max(2.0, std::min(18.0, (slot - 6.0) / 3.0));
    for (qsizetype n = 0; n < m_bars.size(); ++n) {
        const Bar &bar = m_bars[n];
        const qint64 values[3] = { bar.p50, bar.p95, bar.p99 };
        const double left = plot.left() + slot * double(n) + (slot - 3 * barWidth) / 2.0;
        for (int i = 0; i < 3; ++i) {
            const double h = double(plot.height()) * double(values[i]) / top;
            painter.fillRect(QRectF(left + i * barWidth, plot.bottom() - h, barWidth - 1, h),
                             colours[i]);
        }
        painter.setPen(pal.color(QPalette::Text));
        const QString label = metrics.elidedText(bar.node, Qt::ElideRight, int(slot) - 2);
        painter.drawText(
            QRectF(plot.left() + slot * double(n), plot.bottom() + 2, slot, labelHeight),
            Qt::AlignHCenter | Qt::AlignTop, label);
    }
    if (m_slo > 0) {
        const double y = plot.bottom() - double(plot.height()) * m_slo / top;
        painter.setPen(QPen(QColor(0xc0, 0x20, 0x20), 1, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.drawText(QPointF(plot.right() - metrics.horizontalAdvance(tr("SLO")) - 2, y - 2),
                         tr("SLO"));
    }
}

} // namespace Flowsmith
