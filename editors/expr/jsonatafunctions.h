#pragma once

#include <QList>
#include <QString>

namespace Flowsmith {

/// A built-in JSONata function as the editor offers it: "$substring", its parameters as a
/// reader sees them and one line on what it does.
struct JsonataFunctionInfo
{
    QString name;
    QString parameters; ///< "str, start[, length]"
    QString summary;

    QString signature() const { return name + u'(' + parameters + u')'; }
};

/// Every built-in function of JSONata 2.x (jsonata-js 2.2), sorted by name.
const QList<JsonataFunctionInfo> &jsonataFunctions();

} // namespace Flowsmith
