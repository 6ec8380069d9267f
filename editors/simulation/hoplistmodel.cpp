#include "editors/simulation/hoplistmodel.h"

#include <QBrush>
#include <QColor>

namespace Flowsmith {

HopListModel::HopListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HopListModel::replaceFrom(std::size_t first, std::vector<Sim::TraceEvent> hops)
{
    first = std::min(first, m_hops.size());
    if (first < m_hops.size()) {
        beginRemoveRows({}, int(first), int(m_hops.size()) - 1);
        m_hops.erase(m_hops.begin() + qsizetype(first), m_hops.end());
        endRemoveRows();
    }
    if (hops.empty())
        return;
    beginInsertRows({}, int(m_hops.size()), int(m_hops.size() + hops.size()) - 1);
    m_hops.insert(m_hops.end(), std::make_move_iterator(hops.begin()),
                  std::make_move_iterator(hops.end()));
    endInsertRows();
}

void HopListModel::clear()
{
    beginResetModel();
    m_hops.clear();
    endResetModel();
}

const Sim::TraceEvent *HopListModel::hop(int row) const
{
    return row >= 0 && std::size_t(row) < m_hops.size() ? &m_hops[std::size_t(row)] : nullptr;
}

int HopListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hops.size());
}

int HopListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HopListModel::data(const QModelIndex &index, int role) const
{
    const Sim::TraceEvent *event = hop(index.row());
    if (!event)
        return {};
    if (role == Qt::ForegroundRole && !event->error.isEmpty())
        return QBrush(QColor(0xc0, 0x20, 0x20));
    if (role == Qt::TextAlignmentRole
        && (index.column() == Seq || index.column() == Time || index.column() == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Seq:
        return QVariant::fromValue(qulonglong(event->seq));
    case Time:
        return tr("%1 ms").arg(event->time);
    case Node:
        return event->node;
    case Message:
        if (!event->input)
            return {};
        return event->input->parent()
            ? tr("%1 from %2").arg(event->input->id()).arg(event->input->parent())
            : QString::number(event->input->id());
    case Port:
        return event->port;
    case Outputs: {
        QStringList ports;
        for (const Sim::TraceOutput &output : event->outputs)
            ports << output.port;
        return ports.join(QStringLiteral(", "));
    }
    case Duration:
        return tr("%1 ms").arg(event->durationMs);
    case Error:
        return event->error;
    }
    return {};
}

QVariant HopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("#");
    case Time:
        return tr("Time");
    case Node:
        return tr("Node");
    case Message:
        return tr("Message");
    case Port:
        return tr("In");
    case Outputs:
        return tr("Out");
    case Duration:
        return tr("Took");
    case Error:
        return tr("Error");
    }
    return {};
}

} // namespace Flowsmith
