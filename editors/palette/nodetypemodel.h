#pragma once

#include <QStandardItemModel>

namespace Flowsmith {

struct NodeType;

/// The node catalog as an item model: types grouped under their category (the palette) or as
/// one flat list (quick-add). Type items drag as `application/x-flowsmith-node-type`.
class NodeTypeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role {
        TypeIdRole = Qt::UserRole + 1, ///< "route.filter"; empty on category rows
        SearchTextRole, ///< what the search field matches: names, id and description
    };
    enum class Shape { Grouped, Flat };

    /// The MIME type a dragged node type carries; its data is the UTF-8 type id.
    static QString mimeType();

    explicit NodeTypeModel(Shape shape, QObject *parent = nullptr);

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    QStandardItem *typeItem(const NodeType &type) const;
};

} // namespace Flowsmith
