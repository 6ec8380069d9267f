// Canvas benchmark on synthetic flows with about 1.2 edges per node. Prints (in CPU ms of the
// GUI thread, so a busy machine skews less), per size: YAML
// parse, scene build + fit, a full repaint at 100% and at 10% zoom, the frame time while 50
// selected nodes are dragged, and peak RSS. No timed assertions: the figures go in reports.

#include "editors/canvas/flowscene.h"
#include "editors/canvas/flowview.h"
#include "editors/canvas/nodeitem.h"
#include "model/core/flow.h"
#include "model/core/nodecatalog.h"
#include "model/documents/flowdocument.h"
#include "model/documents/livenodemove.h"

#include <QTest>
#include <QUndoStack>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <cstdio>
#include <ctime>
#include <memory>

using namespace Flowsmith;

namespace {

// A layered flow: a chain through every node plus 20% extra forward edges.
Flow syntheticFlow(int count)
{
    static const char *const types[]
        = { "transform.map", "route.filter", "transform.set", "security.mask", "sink.log" };
    Flow flow;
    flow.id = QStringLiteral("bench");
    flow.name = QStringLiteral("Benchmark flow");
    const int columns = 40;
    for (int i = 0; i < count; ++i) {
        FlowNode node;
        node.id = QStringLiteral("n%1").arg(i);
        node.type = i == 0 ? QStringLiteral("source.http")
                           : QString::fromLatin1(types[i % 4]); // sink.log only at the end
        if (i == count - 1)
            node.type = QStringLiteral("sink.log");
        node.name = QStringLiteral("Node %1").arg(i);
        node.at = QPointF((i % columns) * 220.0, (i / columns) * 120.0);
        flow.nodes.append(node);
    }
    const auto edge = [](int a, int b) {
        return FlowEdge { { QStringLiteral("n%1").arg(a), QStringLiteral("out") },
                          { QStringLiteral("n%1").arg(b), QStringLiteral("in") },
                          {},
                          {} };
    };
    for (int i = 0; i + 1 < count; ++i)
        flow.edges.append(edge(i, i + 1));
    QRandomGenerator random(1200);
    for (int i = 0; i < count / 5; ++i) {
        const int a = random.bounded(count - 2);
        const int b = a + 2 + random.bounded(std::min(60, count - a - 2));
        if (b < count - 1)
            flow.edges.append(edge(a, b));
    }
    return flow;
}

// CPU time of this thread: the machine the benchmark runs on may be busy with other work.
double cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

double repaintMs(FlowView *view, int rounds)
{
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const double start = cpuMs();
    for (int i = 0; i < rounds; ++i) {
        QPainter painter(&image);
        view->render(&painter, QRectF(), view->viewport()->rect());
    }
    return (cpuMs() - start) / rounds;
}

void run(int count)
{
    const Flow flow = syntheticFlow(count);
    const QByteArray yaml = flow.toYaml();

    double cpu = cpuMs();
    FileError error;
    std::optional<Flow> parsed = Flow::fromYaml(yaml, QStringLiteral("bench.flow.yaml"), &error);
    const double parseMs = cpuMs() - cpu;
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return;
    }

    cpu = cpuMs();
    FlowDocument document(std::move(*parsed));
    FlowScene scene(&document);
    FlowView view(&scene);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();
    view.fitToContent();
    QCoreApplication::processEvents();
    const double openMs = cpuMs() - cpu;

    view.resetZoom();
    view.centerOn(scene.contentRect().center());
    const double full100 = repaintMs(&view, 5);
    view.setZoom(0.1);
    view.centerOn(scene.contentRect().center());
    const double full10 = repaintMs(&view, 5);

    // Drag 50 nodes in the middle of the view at 100%: move, then let the view repaint.
    view.resetZoom();
    QStringList selected;
    for (int i = count / 2; i < count / 2 + 50 && i < count; ++i)
        selected.append(QStringLiteral("n%1").arg(i));
    view.centerOn(scene.nodeItem(selected.first())->pos());
    scene.selectNodes(selected);
    QCoreApplication::processEvents();
    const int frames = 30;
    double worst = 0;
    // The real gesture: press on a selected node, move the mouse, release; each frame is a
    // mouse move plus the repaint the event loop does before the next one.
    QWidget *viewport = view.viewport();
    const QPoint start
        = view.mapFromScene(scene.nodeItem(selected.first())->pos() + QPointF(90, 20));
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(10, 10)); // crosses the drag threshold
    QCoreApplication::processEvents();
    const double cpu0 = cpuMs();
    for (int f = 1; f <= frames; ++f) {
        const double frame = cpuMs();
        QTest::mouseMove(viewport, start + QPoint(10 + f * 3, 10 + f * 2));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        worst = std::max(worst, cpuMs() - frame);
    }
    const double dragMs = (cpuMs() - cpu0) / frames;
    QTest::mouseRelease(viewport, Qt::LeftButton, {},
                        start + QPoint(10 + frames * 3, 10 + frames * 2));
    const int steps = document.undoStack()->count();
    if (steps != 1)
        std::fprintf(stderr, "the drag left %d undo steps, expected 1\n", steps);

    std::printf(
        "%6d nodes %6lld edges | parse %7.1f ms | open+fit %7.1f ms | repaint 100%% %6.1f ms"
        " | repaint 10%% %6.1f ms | drag 50: %5.2f ms/frame (worst %5.2f) | peak RSS %ld MB\n",
        count, qlonglong(flow.edges.size()), parseMs, openMs, full100, full10, dragMs, worst,
        peakRssKb() / 1024);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool full = app.arguments().contains(QStringLiteral("--full"));
    const QList<int> sizes = full ? QList<int> { 500, 2000, 5000 } : QList<int> { 300 };
    for (int size : sizes)
        run(size);
    return 0;
}
