#pragma once

#include <QString>

#include <optional>

namespace Flowsmith {

/// A JSONata value on one line of a project YAML file: `condition: status = "paid"`,
/// `- {target: sku, expr: $string(id)}`. Found by key (condition, expr, expression, value,
/// assert, filter), so the source view can offer an expression editor for it.
struct YamlExpressionField
{
    QString key;
    QString expression; ///< the unquoted JSONata text
    int start = 0; ///< byte offsets of the scalar as written, within the UTF-8 line
    int end = 0;
    bool inFlowCollection = false; ///< inside { } or [ ]: ',' '}' ']' end a plain scalar

    /// Looks for an expression key on `line`, the one the byte `cursor` is in or after.
    static std::optional<YamlExpressionField> find(const QByteArray &line, int cursor);
    /// The scalar to write back for `expression`: plain when YAML reads that back unchanged,
    /// double-quoted otherwise.
    static QByteArray toYamlScalar(const QString &expression, bool inFlowCollection);
};

} // namespace Flowsmith
