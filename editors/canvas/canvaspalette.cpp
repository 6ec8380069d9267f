#include "editors/canvas/canvaspalette.h"

#include <QHash>
#include <QPixmap>

namespace Flowsmith::CanvasPalette {

QColor categoryColor(NodeCategory category)
{
    switch (category) {
    case NodeCategory::Source:
        return QColor(0x2e, 0x9e, 0x6a);
    case NodeCategory::Transform:
        return QColor(0x3b, 0x7d, 0xd8);
    case NodeCategory::Route:
        return QColor(0xe0, 0x8a, 0x1e);
    case NodeCategory::Quality:
        return QColor(0x8a, 0x5c, 0xd6);
    case NodeCategory::Security:
        return QColor(0xc9, 0x4f, 0x7c);
    case NodeCategory::Error:
        return QColor(0xc6, 0x3b, 0x3b);
    case NodeCategory::Sink:
        return QColor(0x1f, 0x9a, 0xa8);
    case NodeCategory::Foreign:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QIcon typeIcon(const QString &typeId)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(typeId);
    if (it != cache.constEnd())
        return *it;
    const NodeType *type = NodeCatalog::instance().type(typeId);
    QIcon icon(type && !type->icon.isEmpty() ? type->icon
                                             : QStringLiteral(":/icons/nodes/unknown.svg"));
    cache.insert(typeId, icon);
    return icon;
}

QPixmap typePixmap(const QString &typeId, int size)
{
    static QHash<QString, QPixmap> cache;
    const QString key = typeId + u'@' + QString::number(size);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    const QPixmap pixmap = typeIcon(typeId).pixmap(size, size);
    cache.insert(key, pixmap);
    return pixmap;
}

} // namespace Flowsmith::CanvasPalette
