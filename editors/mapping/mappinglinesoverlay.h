#pragma once

#include "model/mapping/mappinglines.h"

#include <QHash>
#include <QWidget>

namespace Flowsmith {

class SchemaTree;

/// The strip between the two schema trees where the mapping lines are drawn: one curve per
/// source field of each rule, from the source item to the target item (or to the nearest
/// visible ancestor when a parent is folded). Repaints when either tree scrolls or folds;
/// a click on a curve selects its rule.
class MappingLinesOverlay : public QWidget
{
    Q_OBJECT

public:
    MappingLinesOverlay(SchemaTree *source, SchemaTree *target, QWidget *parent = nullptr);

    void setLines(const QList<MappingLine> &lines);
    const QList<MappingLine> &lines() const { return m_lines; }
    void setSelectedRule(const QList<int> &rulePath);
    /// Rules with a finding are drawn in the warning colour.
    void setFlaggedRules(const QSet<QList<int>> &rulePaths);

    /// The rule whose curve passes nearest to `point` (within a few pixels), or {}.
    QList<int> ruleAt(const QPoint &point) const;
    /// Where the curve of a line starts and ends, in this widget (for tests and hit testing).
    QList<QPair<QPoint, QPoint>> segments(const MappingLine &line) const;

    QSize sizeHint() const override { return { 120, 200 }; }

signals:
    void ruleClicked(const QList<int> &rulePath);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QPoint endPoint(SchemaTree *tree, const QString &path, bool sourceSide, bool *found) const;

    SchemaTree *m_source;
    SchemaTree *m_target;
    QList<MappingLine> m_lines;
    QList<int> m_selected;
    QSet<QList<int>> m_flagged;
    int m_edgeTop = 0; ///< set while painting
    int m_edgeBottom = 0;
};

} // namespace Flowsmith
