#include "editors/canvas/canvasexport.h"

#include "editors/canvas/flowscene.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <optional>

namespace Flowsmith::CanvasExport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::CanvasExport", text);
}

QRectF exportRect(FlowScene *scene)
{
    QRectF rect = scene->contentRect();
    if (rect.isNull())
        rect = QRectF(0, 0, 400, 300);
    return rect.adjusted(-30, -30, 30, 30);
}

void render(FlowScene *scene, QPainter *painter, const QRectF &target, const QRectF &source)
{
    // Nothing selected looks better on paper; the selection comes back afterwards.
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    const QSignalBlocker blocker(scene);
    scene->clearSelection();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                            | QPainter::SmoothPixmapTransform);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

bool saveBytes(const QString &fileName, const QByteArray &bytes, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<Format> formatFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

bool write(FlowScene *scene, const QString &fileName, QString *error)
{
    const std::optional<Format> format = formatFor(fileName);
    if (!format) {
        if (error)
            *error = tr("%1: export as .png, .svg or .pdf").arg(fileName);
        return false;
    }
    const QRectF source = exportRect(scene);
    switch (*format) {
    case Format::Png: {
        // Twice the scene size: sharp on high-density screens and in documents.
        QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            render(scene, &painter, QRectF(QPointF(0, 0), image.size()), source);
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return saveBytes(fileName, bytes, error);
    }
    case Format::Svg: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
        generator.setTitle(scene->document() ? QFileInfo(fileName).baseName() : QString());
        {
            QPainter painter(&generator);
            render(scene, &painter, QRectF(QPointF(0, 0), source.size()), source);
        }
        return saveBytes(fileName, bytes, error);
    }
    case Format::Pdf: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setPageSize(QPageSize(source.size(), QPageSize::Point));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setResolution(72);
            QPainter painter(&writer);
            render(scene, &painter, QRectF(QPointF(0, 0), source.size()), source);
        }
        return saveBytes(fileName, bytes, error);
    }
    }
    return false;
}

void print(FlowScene *scene, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    render(scene, &painter, QRectF(QPointF(0, 0), page.size()), exportRect(scene));
}

} // namespace Flowsmith::CanvasExport
