#pragma once

#include "simulator/traceevent.h"

#include <QAbstractTableModel>

#include <vector>

namespace Flowsmith {

/// Every hop of a simulation run, one row each (#, time, node, message and its parent, port,
/// outputs, duration, error): the simulation panel's time line. A run may have many thousand hops,
/// hence a model rather than widget items.
class HopListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Seq, Time, Node, Message, Port, Outputs, Duration, Error, ColumnCount };

    explicit HopListModel(QObject *parent = nullptr);

    /// Drops the hops from `first` on and appends `hops` there.
    void replaceFrom(std::size_t first, std::vector<Sim::TraceEvent> hops);
    void clear();
    const std::vector<Sim::TraceEvent> &hops() const { return m_hops; }
    const Sim::TraceEvent *hop(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Sim::TraceEvent> m_hops;
};

} // namespace Flowsmith
