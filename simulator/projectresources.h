#pragma once

#include "simulator/messageexpression.h"

#include <QHash>
#include <QString>

#include <memory>

namespace Flowsmith {
class SchemaValidator;
}

namespace Flowsmith::Sim {

/// The project files a simulation reads besides the flow: mappings (compiled to JSONata once)
/// and schemas (loaded into validators once). Paths follow design §2 under `folder`.
class ProjectResources
{
public:
    explicit ProjectResources(const QString &folder = {});
    ~ProjectResources();

    QString folder() const { return m_folder; }

    /// The compiled expression of mappings/<id>.map.yaml; null and `error` set on failure.
    MessageExpression mapping(const QString &id, QString *error);
    std::shared_ptr<const SchemaValidator> schema(const QString &id, QString *error);

private:
    QString m_folder;
    QHash<QString, MessageExpression> m_mappings;
    QHash<QString, std::shared_ptr<const SchemaValidator>> m_schemas;
};

} // namespace Flowsmith::Sim
