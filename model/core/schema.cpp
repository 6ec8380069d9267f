#include "model/core/schema.h"

#include "model/core/errorcodes.h"
#include "model/core/jsonloader.h"
#include "model/core/modelfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <set>

namespace Flowsmith {

namespace {

using JsonValue = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Schema", text);
}

QString text(const JsonValue &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get<std::string>());
}

QStringList typesOf(const JsonValue &schema)
{
    QStringList types;
    const auto type = schema.find("type");
    if (type == schema.end())
        return types;
    if (type->is_string())
        types.append(QString::fromStdString(type->get<std::string>()));
    else if (type->is_array())
        for (const JsonValue &t : *type)
            if (t.is_string())
                types.append(QString::fromStdString(t.get<std::string>()));
    return types;
}

// Builds the field tree. The file's depth is capped on load, and `m_active` holds the
// references being expanded so that a recursive schema (a tree of categories) stops.
class TreeBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::Schema)

public:
    TreeBuilder(const JsonValue &document, const QByteArray &bytes, const QString &fileName,
                FileError *error)
        : m_document(document)
        , m_bytes(bytes)
        , m_fileName(fileName)
        , m_error(error)
    { }

    bool ok() const { return !m_failed; }

    void build(const JsonValue &schema, SchemaField *field, int depth)
    {
        if (m_failed || !schema.is_object() || depth > Json::MaxDepth)
            return;
        const auto ref = schema.find("$ref");
        if (ref != schema.end() && ref->is_string()) {
            const std::string target = ref->get<std::string>();
            const JsonValue *resolved = resolve(target);
            if (!resolved)
                return;
            if (m_active.count(target) > 0) {
                // A cycle: say what the field is, but end its children here.
                if (field->types.isEmpty())
                    field->types = typesOf(*resolved);
                return;
            }
            m_active.insert(target);
            build(*resolved, field, depth + 1);
            m_active.erase(target);
        }
        if (field->description.isEmpty())
            field->description = text(schema, "description");
        if (field->format.isEmpty())
            field->format = text(schema, "format");
        if (const QStringList types = typesOf(schema); !types.isEmpty())
            field->types = types;
        if (const auto values = schema.find("enum"); values != schema.end() && values->is_array())
            for (const JsonValue &v : *values)
                field->enumValues.append(QString::fromStdString(v.dump()));
        if (const auto c = schema.find("const"); c != schema.end() && field->enumValues.isEmpty())
            field->enumValues.append(QString::fromStdString(c->dump()));
        for (const char *combinator : { "allOf", "anyOf", "oneOf" }) {
            const auto list = schema.find(combinator);
            if (list != schema.end() && list->is_array())
                for (const JsonValue &branch : *list)
                    build(branch, field, depth + 1);
        }
        if (field->types.contains(QLatin1String("array")) && !field->isArray) {
            const auto items = schema.find("items");
            if (items != schema.end() && items->is_object()) {
                field->isArray = true;
                field->types.clear();
                build(*items, field, depth + 1);
                if (field->types.isEmpty() && !field->children.isEmpty())
                    field->types.append(QStringLiteral("object"));
            }
        }
        QSet<QString> required;
        if (const auto list = schema.find("required"); list != schema.end() && list->is_array())
            for (const JsonValue &name : *list)
                if (name.is_string())
                    required.insert(QString::fromStdString(name.get<std::string>()));
        if (const auto properties = schema.find("properties");
            properties != schema.end() && properties->is_object()) {
            for (auto it = properties->begin(); it != properties->end(); ++it) {
                const QString name = QString::fromStdString(it.key());
                SchemaField *child = nullptr;
                for (SchemaField &existing : field->children)
                    if (existing.name == name)
                        child = &existing;
                if (!child) {
                    SchemaField fresh;
                    fresh.name = name;
                    fresh.path = field->path.isEmpty() ? name : field->path + u'.' + name;
                    field->children.append(fresh);
                    child = &field->children.last();
                }
                build(it.value(), child, depth + 1);
            }
        }
        for (SchemaField &child : field->children)
            if (required.contains(child.name))
                child.required = true;
    }

private:
    const JsonValue *resolve(const std::string &ref)
    {
        if (ref == "#")
            return &m_document;
        if (ref.rfind("#/", 0) == 0) {
            try {
                const JsonValue::json_pointer pointer(ref.substr(1));
                if (m_document.contains(pointer))
                    return &m_document.at(pointer);
            } catch (const std::exception &) { }
        }
        // Point at the reference in the text: nlohmann keeps no positions.
        const qsizetype offset = m_bytes.indexOf(QByteArray::fromStdString(ref));
        ModelFile::fail(m_error, ErrorCode::UnresolvedRef, m_fileName,
                        offset < 0 ? SourcePosition {} : Json::positionOfOffset(m_bytes, offset),
                        tr("'$ref: %1' does not resolve; Flowsmith follows references "
                           "within the file (#/definitions/…, #/$defs/…)")
                            .arg(QString::fromStdString(ref)));
        m_failed = true;
        return nullptr;
    }

    const JsonValue &m_document;
    const QByteArray &m_bytes;
    QString m_fileName;
    FileError *m_error;
    std::set<std::string> m_active;
    bool m_failed = false;
};

} // namespace

const SchemaField *SchemaField::child(const QString &childName) const
{
    for (const SchemaField &c : children)
        if (c.name == childName)
            return &c;
    return nullptr;
}

const SchemaField *Schema::field(const QString &path) const
{
    const SchemaField *current = &root;
    for (const QString &part : path.split(u'.', Qt::SkipEmptyParts)) {
        current = current->child(part);
        if (!current)
            return nullptr;
    }
    return current;
}

std::optional<Schema> Schema::fromJson(const QByteArray &bytes, const QString &fileName,
                                       FileError *error)
{
    auto document = Json::parse(bytes, fileName, error);
    if (!document)
        return std::nullopt;
    if (!document->is_object()) {
        ModelFile::fail(error, ErrorCode::WrongType, fileName, { 1, 1 },
                        tr("a JSON Schema must be an object"));
        return std::nullopt;
    }
    Schema schema;
    schema.raw = std::move(*document);
    schema.title = text(schema.raw, "title");
    schema.description = text(schema.raw, "description");
    schema.dialect = text(schema.raw, "$schema");
    QString name = QFileInfo(fileName).fileName();
    if (name.endsWith(QLatin1String(".schema.json")))
        name.chop(12);
    else if (name.endsWith(QLatin1String(".json")))
        name.chop(5);
    schema.id = name;
    TreeBuilder builder(schema.raw, bytes, fileName, error);
    builder.build(schema.raw, &schema.root, 0);
    if (!builder.ok())
        return std::nullopt;
    schema.m_rawAsRead = schema.raw;
    schema.m_bytesAsRead = bytes;
    return schema;
}

QByteArray Schema::toJson() const
{
    if (!m_bytesAsRead.isEmpty() && raw == m_rawAsRead)
        return m_bytesAsRead;
    return Json::toText(raw);
}

std::optional<Schema> Schema::load(const QString &path, FileError *error)
{
    const auto bytes = ModelFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    return fromJson(*bytes, path, error);
}

bool Schema::save(const QString &path, FileError *error) const
{
    return ModelFile::write(path, toJson(), error);
}

} // namespace Flowsmith
