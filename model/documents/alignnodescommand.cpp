#include "alignnodescommand.h"

#include "movenodescommand.h"

#include <algorithm>
#include <numeric>

namespace Flowsmith {

namespace {

QString alignmentText(AlignNodesCommand::Alignment alignment)
{
    using A = AlignNodesCommand::Alignment;
    switch (alignment) {
    case A::Left:
        return AlignNodesCommand::tr("Align left");
    case A::HorizontalCenter:
        return AlignNodesCommand::tr("Align centres horizontally");
    case A::Right:
        return AlignNodesCommand::tr("Align right");
    case A::Top:
        return AlignNodesCommand::tr("Align top");
    case A::VerticalCenter:
        return AlignNodesCommand::tr("Align centres vertically");
    case A::Bottom:
        return AlignNodesCommand::tr("Align bottom");
    case A::DistributeHorizontally:
        return AlignNodesCommand::tr("Distribute horizontally");
    case A::DistributeVertically:
        return AlignNodesCommand::tr("Distribute vertically");
    }
    return {};
}

} // namespace

AlignNodesCommand::AlignNodesCommand(FlowDocument *document, Alignment alignment,
                                     const QStringList &nodeIds, const QList<QRectF> &rects,
                                     QUndoCommand *parent)
    : QUndoCommand(alignmentText(alignment), parent)
{
    new MoveNodesCommand(document, nodeIds, alignedPositions(alignment, rects), this);
}

QList<QPointF> AlignNodesCommand::alignedPositions(Alignment alignment, const QList<QRectF> &rects)
{
    QList<QPointF> result;
    for (const QRectF &r : rects)
        result.append(r.topLeft());
    if (rects.size() < 2)
        return result;
    // The first selected node is not special: align to the extreme of the whole selection.
    const auto minOf = [&](auto f) {
        return f(*std::min_element(rects.cbegin(), rects.cend(),
                                   [&](const QRectF &a, const QRectF &b) { return f(a) < f(b); }));
    };
    const auto maxOf = [&](auto f) {
        return f(*std::max_element(rects.cbegin(), rects.cend(),
                                   [&](const QRectF &a, const QRectF &b) { return f(a) < f(b); }));
    };
    const auto distribute = [&](bool horizontal) {
        QList<int> order(rects.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return horizontal ? rects[a].left() < rects[b].left() : rects[a].top() < rects[b].top();
        });
        if (rects.size() < 3)
            return;
        double total = 0;
        for (const QRectF &r : rects)
            total += horizontal ? r.width() : r.height();
        const QRectF &first = rects[order.first()];
        const QRectF &last = rects[order.last()];
        const double span = horizontal ? last.right() - first.left() : last.bottom() - first.top();
        const double gap = (span - total) / double(rects.size() - 1);
        double cursor = horizontal ? first.left() : first.top();
        for (int i : std::as_const(order)) {
            if (horizontal)
                result[i].setX(cursor);
            else
                result[i].setY(cursor);
            cursor += (horizontal ? rects[i].width() : rects[i].height()) + gap;
        }
    };
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRectF &r = rects.at(i);
        switch (alignment) {
        case Alignment::Left:
            result[i].setX(minOf([](const QRectF &x) { return x.left(); }));
            break;
        case Alignment::Right:
            result[i].setX(maxOf([](const QRectF &x) { return x.right(); }) - r.width());
            break;
        case Alignment::HorizontalCenter: {
            const double left = minOf([](const QRectF &x) { return x.left(); });
            const double right = maxOf([](const QRectF &x) { return x.right(); });
            result[i].setX((left + right) / 2 - r.width() / 2);
            break;
        }
        case Alignment::Top:
            result[i].setY(minOf([](const QRectF &x) { return x.top(); }));
            break;
        case Alignment::Bottom:
            result[i].setY(maxOf([](const QRectF &x) { return x.bottom(); }) - r.height());
            break;
        case Alignment::VerticalCenter: {
            const double top = minOf([](const QRectF &x) { return x.top(); });
            const double bottom = maxOf([](const QRectF &x) { return x.bottom(); });
            result[i].setY((top + bottom) / 2 - r.height() / 2);
            break;
        }
        case Alignment::DistributeHorizontally:
        case Alignment::DistributeVertically:
            break;
        }
    }
    if (alignment == Alignment::DistributeHorizontally)
        distribute(true);
    else if (alignment == Alignment::DistributeVertically)
        distribute(false);
    return result;
}

} // namespace Flowsmith
