#pragma once

#include "simulator/message.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Flowsmith::Sim {

/// A dotted field path such as "customer.email" into a JSON value. Paths cross arrays the way
/// JSONata paths do: "items.sku" means the `sku` of every element of `items`.
class FieldPath
{
public:
    explicit FieldPath(const QString &text);

    QStringList segments() const { return m_segments; }
    bool isRoot() const { return m_segments.isEmpty(); }

    /// Sets the value, creating objects on the way (arrays are not crossed when setting).
    void set(Json &root, Json value) const;
    /// Removes the field wherever the path reaches it; returns whether anything was removed.
    bool remove(Json &root) const;
    /// Calls `visit` for every value the path reaches (through arrays).
    void forEach(Json &root, const std::function<void(Json &)> &visit) const;

private:
    QStringList m_segments;
};

} // namespace Flowsmith::Sim
