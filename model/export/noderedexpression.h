#pragma once

#include <QString>

namespace Flowsmith {

/// Rewrites our JSONata so that Node-RED evaluates it with our message semantics.
///
/// Flowsmith evaluates an expression with the body as its input: `$` and `$$` are the body and
/// `$headers` the headers. Node-RED evaluates with the whole msg as input, so `$` and `$$` are
/// msg. A path step (`payload.(EXPR)`) is not enough: it maps over an array body element by
/// element, leaves `$$` bound to msg and flattens singleton results. Instead the wrapper
///   ($$ := payload; $headers := headers; $eval("EXPR", $$))
/// rebinds `$$` in a block (`$$` is the variable named "$"), and `$eval` with a focus
/// evaluates EXPR with `$` bound to the body exactly as a top-level input, arrays included,
/// in the block's environment, where `$$` and `$headers` are the body and the headers (an
/// empty object when msg has none, as a message from a Node-RED source has not; msg.parts,
/// which Node-RED's split and join keep beside the headers, is our `parts` header).
class NodeRedExpression
{
public:
    /// EXPR -> an expression over msg giving what EXPR gives over the body.
    static QString wrap(const QString &expression);
    /// As wrap(), the value a deep copy. Node-RED's JSONata hands back references into msg: a
    /// change node that sets body.copy to `$` would make the body contain itself, and two
    /// fields set from one object would share it, so an edit of one would change the other.
    /// Our messages are values; a copy keeps them so.
    static QString wrapCopy(const QString &expression);
    /// A condition: as wrap(), cast with `$boolean` and compared with true, because Node-RED's
    /// switch rule "is true of expression" only passes a result that is exactly `true`, and
    /// `$boolean` of undefined (a missing field) is undefined.
    static QString wrapCondition(const QString &expression);
    /// A JSONata string literal holding `text`.
    static QString stringLiteral(const QString &text);
};

} // namespace Flowsmith
