#pragma once

// Private to model/vcs: a flow or a node seen as a flat map of fields, which is what the
// semantic diff and merge compare. Nested config maps become dotted paths
// (config.retry.count); lists and scalars are leaves.

#include "model/core/flow.h"

#include <QStringList>
#include <QVariant>

#include <map>

namespace Flowsmith::Vcs {

/// A field's address. `rank` keeps the order people expect (type, name, at, config…) ahead
/// of the alphabetical order of the keys.
struct FieldPath
{
    int rank = 0;
    QStringList keys;

    QString toString() const { return keys.join(u'.'); }
    friend bool operator<(const FieldPath &a, const FieldPath &b)
    {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return a.keys < b.keys;
    }
    friend bool operator==(const FieldPath &a, const FieldPath &b)
    {
        return a.rank == b.rank && a.keys == b.keys;
    }
};

using FieldMap = std::map<FieldPath, QVariant>;

enum NodeFieldRank { TypeRank, NameRank, AtRank, ConfigRank };

FieldMap nodeFields(const FlowNode &node);
/// The flow's own properties: id, name, description, governance.*, slo.*.
FieldMap flowFields(const Flow &flow);

/// Writes `fields` (as nodeFields gives them) into `node`; false when the config paths
/// do not form a tree (a scalar and a nested key under the same name).
bool applyNodeFields(const FieldMap &fields, FlowNode *node);
void applyFlowFields(const FieldMap &fields, Flow *flow);

/// Two values are the same when they mean the same (5 and 5.0 included).
bool sameValue(const QVariant &a, const QVariant &b);

/// A value as it reads in a diff line: strings quoted, numbers plain, lists and maps as JSON.
QString formatValue(const QVariant &value);

} // namespace Flowsmith::Vcs
