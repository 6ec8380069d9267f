#pragma once

#include "model/core/fileerror.h"
#include "model/project/newproject.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Flowsmith::NodeRedCredentials {

/// A credential with what is needed to find the imported nodes it belongs to.
struct Found
{
    FoundCredential credential;
    QPointF at; ///< the node's x/y (config nodes have none)
    bool hasPosition = false;
    /// The nodes that name this one (an mqtt-broker's clients), by name and position.
    QList<std::pair<QString, QPointF>> users;
    /// Whether the imported node `name` at `at` is this node or one of its users.
    bool concerns(const QString &name, const QPointF &at) const;
};

/// Scans the text of a flows.json. Fails, naming the file, when it is not Node-RED's (a
/// JSON array of node objects with ids and types).
std::optional<QList<Found>> scan(const QByteArray &bytes, const QString &fileName,
                                 FileError *error);

/// `value` without secrets: URLs lose their user:password@, Authorization headers and
/// `credentials` objects are dropped. Used on every imported node's config.
QVariant scrub(const QVariant &value);
QString stripUserInfo(const QString &text);

} // namespace Flowsmith::NodeRedCredentials
