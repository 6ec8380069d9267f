#pragma once

#include "model/core/schema.h"

#include <QHash>
#include <QTreeWidget>

namespace Flowsmith {

/// One side of the mapper: a schema's fields as a tree (name, type). The source side drags
/// the selected fields' paths; the target side takes drops and says which fields were
/// dropped on which field. Items know their full path (PathRole).
class SchemaTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum Side { Source, Target };
    enum Role { PathRole = Qt::UserRole + 1, IsArrayRole };
    /// Field paths, one per line, UTF-8.
    static constexpr const char *MimeType = "application/x-flowsmith-field-paths";

    explicit SchemaTree(Side side, QWidget *parent = nullptr);

    /// Shows the schema's fields; null shows a note that the schema is missing.
    void setSchema(const Schema *schema, const QString &missingNote = {});

    QTreeWidgetItem *item(const QString &path) const { return m_items.value(path); }
    /// The item a line to `path` ends at: the item itself, or its nearest visible ancestor
    /// when a parent is folded.
    QTreeWidgetItem *visibleItem(const QString &path) const;
    /// Where a line meets the item, in this widget's coordinates; the y is clamped to the
    /// viewport when the item is scrolled away.
    QPoint anchor(QTreeWidgetItem *item, bool rightEdge) const;

    QStringList selectedPaths() const;
    /// Marks fields that a rule writes or reads (bold) and their findings (tooltip, colour).
    void setMapped(const QSet<QString> &paths);
    void setFinding(const QString &path, const QString &message);
    void clearFindings();
    /// The preview column (target side): a field's value, or an error in red.
    void setPreview(const QHash<QString, QString> &values, const QHash<QString, QString> &errors);

signals:
    /// Target side: `sources` were dropped onto the field at `targetPath`.
    void fieldsDropped(const QStringList &sources, const QString &targetPath);
    /// Anything that moves items: scrolling, folding, resizing.
    void geometryChanged();

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void addFields(QTreeWidgetItem *parent, const SchemaField &field);

    Side m_side;
    QHash<QString, QTreeWidgetItem *> m_items;
};

} // namespace Flowsmith
