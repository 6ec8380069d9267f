#pragma once

#include <QString>
#include <QStringList>

/// JSONata text that every exporter writes the same way, so that runtimes compute what the
/// simulator computes.
namespace Flowsmith::JsonataText {

/// `text` as a JSONata string literal (JSON's escapes).
QString stringLiteral(const QString &text);
/// A field path of our config ("customer.email") as JSONata, odd names back-quoted.
QString path(const QString &fieldPath);
/// A security.mask node as one body expression: a recursive $mask as the simulator masks
/// (strings "***", numbers 0, booleans false, containers element-wise), applied or, with
/// `redact`, removed with JSONata's transform operator, which also walks arrays on the way.
QString maskExpression(const QStringList &fields, bool redact);

} // namespace Flowsmith::JsonataText
