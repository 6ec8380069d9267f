#include "simulator/projectresources.h"

#include "model/core/jsonloader.h"
#include "model/core/mapping.h"
#include "model/core/project.h"
#include "model/mapping/mappingcompiler.h"
#include "model/schema/schemavalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Flowsmith::Sim {

ProjectResources::ProjectResources(const QString &folder)
    : m_folder(folder)
{ }

ProjectResources::~ProjectResources() = default;

MessageExpression ProjectResources::mapping(const QString &id, QString *error)
{
    if (auto it = m_mappings.constFind(id); it != m_mappings.cend())
        return *it;
    const QString path = QDir(m_folder).filePath(Project::pathFor(ProjectFileKind::Mapping, id));
    FileError fileError;
    const auto mapping = Mapping::load(path, &fileError);
    if (!mapping) {
        if (error)
            *error = fileError.toString();
        return {};
    }
    const auto compiled = MappingCompiler::compile(*mapping, path);
    if (compiled.expression.isEmpty()) {
        if (error)
            *error = compiled.error.toString();
        return {};
    }
    QString compileError;
    MessageExpression expression = MessageExpression::compile(compiled.expression, &compileError);
    if (expression.isNull()) {
        if (error)
            *error = QCoreApplication::translate("Flowsmith::Sim",
                                                 "%1: the mapping compiles to "
                                                 "invalid JSONata: %2")
                         .arg(path, compileError);
        return {};
    }
    m_mappings.insert(id, expression);
    return expression;
}

std::shared_ptr<const SchemaValidator> ProjectResources::schema(const QString &id, QString *error)
{
    if (auto it = m_schemas.constFind(id); it != m_schemas.cend())
        return *it;
    const QString path = QDir(m_folder).filePath(Project::pathFor(ProjectFileKind::Schema, id));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Flowsmith::Sim", "%1: cannot read the schema: %2")
                         .arg(path, file.errorString());
        return nullptr;
    }
    FileError fileError;
    auto json = Flowsmith::Json::parse(file.readAll(), path, &fileError);
    if (!json) {
        if (error)
            *error = fileError.toString();
        return nullptr;
    }
    auto validator = std::make_shared<const SchemaValidator>(std::move(*json), path);
    if (!validator->isValid()) {
        if (error)
            *error = validator->errorString();
        return nullptr;
    }
    m_schemas.insert(id, validator);
    return validator;
}

} // namespace Flowsmith::Sim
