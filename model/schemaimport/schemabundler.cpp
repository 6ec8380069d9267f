#include "model/schemaimport/schemabundler.h"

#include "model/core/errorcodes.h"
#include "model/core/jsonloader.h"
#include "model/core/modelfile.h"
#include "model/core/yamlloader.h"
#include "model/core/yamlvalue.h"
#include "model/data/jsonpointer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Flowsmith {

using JsonValue = nlohmann::ordered_json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::SchemaBundler", text);
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// Keys whose values are data, not schemas: a "$ref" key inside an example is no reference.
bool holdsData(const std::string &key)
{
    return key == "enum" || key == "const" || key == "examples" || key == "example"
        || key == "default";
}

// A reference with at most annotations beside it adds nothing of its own, so a chain of
// them that returns to its start never reaches a schema.
bool isPureRef(const JsonValue &value)
{
    if (!value.is_object())
        return false;
    const auto ref = value.find("$ref");
    if (ref == value.end() || !ref->is_string())
        return false;
    for (const auto &item : value.items())
        if (item.key() != "$ref" && item.key() != "description" && item.key() != "title"
            && item.key() != "$comment")
            return false;
    return true;
}

std::optional<std::string> findAnchor(const JsonValue &value, const std::string &anchor,
                                      const std::string &path, int depth)
{
    if (depth > Json::MaxDepth)
        return std::nullopt;
    if (value.is_object()) {
        const auto a = value.find("$anchor");
        if (a != value.end() && a->is_string() && a->get<std::string>() == anchor)
            return path;
        for (const auto &item : value.items())
            if (!holdsData(item.key()))
                if (auto found
                    = findAnchor(item.value(), anchor, path + '/' + JsonPointer::escape(item.key()),
                                 depth + 1))
                    return found;
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            if (auto found
                = findAnchor(value[i], anchor, path + '/' + std::to_string(i), depth + 1))
                return found;
    }
    return std::nullopt;
}

} // namespace

struct SchemaBundler::Document
{
    QString path;
    QByteArray bytes;
    JsonValue value;
    std::string id; ///< the root `$id`, without a trailing '#'
};

SchemaBundler::SchemaBundler(FileError *error)
    : m_error(error)
{ }

SchemaBundler::~SchemaBundler() = default;

bool SchemaBundler::fail(QLatin1StringView code, const Document *at, const std::string &ref,
                         const QString &message)
{
    if (m_failed)
        return false;
    m_failed = true;
    SourcePosition position;
    if (at && !ref.empty()) {
        // nlohmann keeps no positions: the reference's own text marks the place.
        const qsizetype offset = at->bytes.indexOf(QByteArray::fromStdString(ref));
        if (offset >= 0)
            position = Json::positionOfOffset(at->bytes, offset);
    }
    return ModelFile::fail(m_error, code, at ? at->path : QString(), position, message);
}

const SchemaBundler::Document *SchemaBundler::load(const QString &path, const Document *from,
                                                   const std::string &ref)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (const auto it = m_documents.find(absolute); it != m_documents.end())
        return it->second.get();
    if (from && !QFileInfo(absolute).isFile()) {
        fail(ErrorCode::UnresolvedRef, from, ref,
             tr("'$ref: %1' names the file %2, which does not exist")
                 .arg(qs(ref), QDir::toNativeSeparators(absolute)));
        return nullptr;
    }
    const auto bytes = ModelFile::read(absolute, m_error);
    if (!bytes) {
        m_failed = true;
        return nullptr;
    }
    auto document = std::make_unique<Document>();
    document->path = from ? absolute : path;
    document->bytes = *bytes;
    const QByteArray head = bytes->left(64).trimmed();
    const bool json
        = head.startsWith('{') || head.startsWith('[') || head.startsWith("\xef\xbb\xbf{");
    if (json) {
        auto value = Json::parse(*bytes, document->path, m_error);
        if (!value) {
            m_failed = true;
            return nullptr;
        }
        document->value = std::move(*value);
    } else {
        const auto root = Yaml::parse(*bytes, document->path, m_error);
        if (!root) {
            m_failed = true;
            return nullptr;
        }
        try {
            document->value = Yaml::toJson(*root);
        } catch (const std::exception &e) {
            m_failed = true;
            ModelFile::fail(m_error, ErrorCode::YamlSyntax, document->path, {},
                            tr("cannot read YAML: %1").arg(QString::fromUtf8(e.what())));
            return nullptr;
        }
    }
    if (document->value.is_object()) {
        const auto id = document->value.find("$id");
        if (id != document->value.end() && id->is_string()) {
            document->id = id->get<std::string>();
            if (!document->id.empty() && document->id.back() == '#')
                document->id.pop_back();
        }
    }
    const Document *result = document.get();
    m_documents.emplace(absolute, std::move(document));
    return result;
}

const JsonValue *SchemaBundler::document(const QString &path)
{
    m_failed = false;
    const Document *document = load(path, nullptr, {});
    return document ? &document->value : nullptr;
}

std::optional<SchemaBundler::Target> SchemaBundler::at(const Document *document,
                                                       const std::string &pointer,
                                                       const Document *from, const std::string &ref)
{
    try {
        const JsonValue::json_pointer jsonPointer(pointer);
        if (document->value.contains(jsonPointer))
            return Target { document, pointer, &document->value.at(jsonPointer) };
    } catch (const std::exception &) {
        // A malformed pointer does not resolve either.
    }
    if (from)
        fail(ErrorCode::UnresolvedRef, from, ref,
             tr("'$ref: %1' does not resolve: %2 has nothing at '%3'")
                 .arg(qs(ref), QFileInfo(document->path).fileName(), qs(pointer)));
    else
        fail(ErrorCode::MissingKey, document, {},
             tr("nothing at '%1' in this document").arg(qs(pointer)));
    return std::nullopt;
}

std::optional<SchemaBundler::Target> SchemaBundler::resolve(const std::string &ref,
                                                            const Document *from)
{
    const std::size_t hash = ref.find('#');
    const std::string address = ref.substr(0, hash);
    std::string fragment = hash == std::string::npos ? std::string() : ref.substr(hash + 1);
    fragment = QUrl::fromPercentEncoding(QByteArray::fromStdString(fragment)).toStdString();
    const Document *document = from;
    if (!address.empty() && address != from->id) {
        const QString decoded = QUrl::fromPercentEncoding(QByteArray::fromStdString(address));
        const QUrl url(decoded);
        if (url.scheme().size() > 1 && url.scheme() != QLatin1String("file")) {
            fail(ErrorCode::UnresolvedRef, from, ref,
                 tr("'$ref: %1' is a remote reference; Flowsmith resolves references within "
                    "the file and to files beside it")
                     .arg(qs(ref)));
            return std::nullopt;
        }
        const QString path = url.scheme() == QLatin1String("file") ? url.toLocalFile() : decoded;
        document = load(QFileInfo(from->path).absoluteDir().filePath(path), from, ref);
        if (!document)
            return std::nullopt;
    }
    std::string pointer = fragment;
    if (!fragment.empty() && fragment.front() != '/') {
        const auto found = findAnchor(document->value, fragment, {}, 0);
        if (!found) {
            fail(ErrorCode::UnresolvedRef, from, ref,
                 tr("'$ref: %1' does not resolve: no $anchor '%2'").arg(qs(ref), qs(fragment)));
            return std::nullopt;
        }
        pointer = *found;
    }
    return at(document, pointer, from, ref);
}

std::optional<SchemaBundler::Target>
SchemaBundler::followPureRefs(Target target, const Document *from, const std::string &ref)
{
    std::set<std::string> seen { target.document->path.toStdString() + '#' + target.pointer };
    const Target start = target;
    while (isPureRef(*target.value)) {
        const std::string next = target.value->at("$ref").get<std::string>();
        const auto resolved = resolve(next, target.document);
        if (!resolved)
            return std::nullopt;
        target = *resolved;
        if (!seen.insert(target.document->path.toStdString() + '#' + target.pointer).second) {
            if (ref.empty()) {
                // The schema asked for is itself such a reference (an OpenAPI component that
                // only names another): name it, and let its own reference mark the place.
                fail(ErrorCode::UnresolvedRef, start.document,
                     start.value->at("$ref").get<std::string>(),
                     tr("'#%1' is a reference cycle: its references lead back to each other "
                        "and never to a schema")
                         .arg(qs(start.pointer)));
                return std::nullopt;
            }
            fail(ErrorCode::UnresolvedRef, from, ref,
                 tr("'$ref: %1' is a reference cycle: its references lead back to each other "
                    "and never to a schema")
                     .arg(qs(ref)));
            return std::nullopt;
        }
    }
    return target;
}

std::string SchemaBundler::uniqueName(const Target &target)
{
    std::string name;
    const std::size_t slash = target.pointer.rfind('/');
    if (slash != std::string::npos)
        name = JsonPointer::unescape(target.pointer.substr(slash + 1));
    if (name.empty()) {
        QString base = QFileInfo(target.document->path).fileName();
        for (const char *suffix : { ".schema.json", ".json", ".yaml", ".yml" })
            if (base.endsWith(QLatin1String(suffix))) {
                base.chop(int(qstrlen(suffix)));
                break;
            }
        name = base.isEmpty() ? std::string("schema") : base.toStdString();
    }
    std::string candidate = name;
    for (int n = 2; m_taken.count(candidate) > 0; ++n)
        candidate = name + std::to_string(n);
    m_taken.insert(candidate);
    return candidate;
}

bool SchemaBundler::rewrite(JsonValue &value, const Document *document, int depth)
{
    if (m_failed)
        return false;
    if (depth > Json::MaxDepth)
        return true;
    if (value.is_array()) {
        for (JsonValue &element : value)
            if (!rewrite(element, document, depth + 1))
                return false;
        return true;
    }
    if (!value.is_object())
        return true;
    const auto refIt = value.find("$ref");
    if (refIt != value.end() && refIt->is_string()) {
        const std::string ref = refIt->get<std::string>();
        const auto target = resolve(ref, document);
        if (!target || !followPureRefs(*target, document, ref))
            return false;
        const std::string key = target->document->path.toStdString() + '#' + target->pointer;
        std::string newRef;
        if (key == m_rootKey) {
            newRef = "#";
        } else if (m_refs == Refs::KeepLocal && target->document == m_main) {
            // Still valid in the copy, which is that whole document. Anchors and `$id`-based
            // references become pointers, which every reader (model/core's Schema too) follows.
            newRef = document == m_main && (ref == "#" || ref.rfind("#/", 0) == 0) ? ref
                                                                                   : '#'
                    + QUrl::toPercentEncoding(qs(target->pointer), "/~:@!$&'()*+,;=-._")
                          .toStdString();
        } else if (const auto known = m_names.find(key); known != m_names.end()) {
            newRef = "#/" + m_defsKey + '/' + JsonPointer::escape(known->second);
        } else {
            const std::string name = uniqueName(*target);
            m_names.emplace(key, name);
            m_defs[name] = nullptr; // holds the place: `$defs` lists targets as first met
            JsonValue copy = *target->value;
            if (!rewrite(copy, target->document, depth + 1))
                return false;
            m_defs[name] = std::move(copy);
            newRef = "#/" + m_defsKey + '/' + JsonPointer::escape(name);
        }
        value["$ref"] = newRef;
    }
    for (auto &item : value.items()) {
        if (item.key() == "$ref" || holdsData(item.key()))
            continue;
        if (!rewrite(item.value(), document, depth + 1))
            return false;
    }
    return true;
}

std::optional<JsonValue> SchemaBundler::bundle(const QString &path, const std::string &pointer,
                                               Refs refs, const std::string &defsKey)
{
    m_failed = false;
    const Document *main = load(path, nullptr, {});
    if (!main)
        return std::nullopt;
    auto target = at(main, pointer, nullptr, {});
    if (target && refs == Refs::BundleAll)
        target = followPureRefs(*target, main, {});
    if (!target)
        return std::nullopt;
    m_refs = refs;
    m_main = main;
    m_rootKey = target->document->path.toStdString() + '#' + target->pointer;
    m_defsKey = defsKey;
    m_names.clear();
    m_taken.clear();
    m_defs = JsonValue::object();
    JsonValue result = *target->value;
    if (result.is_object())
        if (const auto defs = result.find(defsKey); defs != result.end() && defs->is_object())
            for (const auto &item : defs->items())
                m_taken.insert(item.key());
    if (!rewrite(result, target->document, 0))
        return std::nullopt;
    if (!m_defs.empty() && result.is_object()) {
        JsonValue &defs = result[defsKey];
        if (!defs.is_object())
            defs = JsonValue::object();
        for (auto &item : m_defs.items())
            defs[item.key()] = std::move(item.value());
    }
    return result;
}

std::optional<SchemaBundler::Location> SchemaBundler::follow(const QString &path,
                                                             const std::string &pointer)
{
    m_failed = false;
    const Document *main = load(path, nullptr, {});
    if (!main)
        return std::nullopt;
    auto target = at(main, pointer, nullptr, {});
    if (target)
        target = followPureRefs(*target, main, {});
    if (!target)
        return std::nullopt;
    return Location { target->document->path, target->pointer };
}

} // namespace Flowsmith
