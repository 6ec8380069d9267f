#pragma once

#include "model/core/fileerror.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace Flowsmith {

/// Copies one schema out of a JSON or YAML document together with everything its `$ref`s
/// reach, so that the copy stands alone: references to other places of the document and to
/// other files (relative paths, resolved from the referring file's folder) become entries of
/// the copy's `$defs` (or `definitions`) and point there. A recursive schema stays recursive
/// (each target is copied once); a chain of references that only leads back to itself is an
/// FS014 error, as is a reference to a missing file or place. Remote (http) references are
/// not fetched. Documents are read once per bundler and may be shared between bundles.
class SchemaBundler
{
public:
    enum class Refs {
        /// The schema is the whole first document: its own references stay as written,
        /// except anchors, which become JSON pointers.
        KeepLocal,
        BundleAll, ///< the schema is a part of its document: every reference goes into `$defs`
    };

    /// Where a schema is: a file and a JSON pointer into it.
    struct Location
    {
        QString path;
        std::string pointer;
    };

    explicit SchemaBundler(FileError *error);
    ~SchemaBundler();

    /// The whole document at `path`, JSON or YAML (told apart by its first character).
    const nlohmann::ordered_json *document(const QString &path);

    /// The schema at `pointer` in `path`, standing alone.
    std::optional<nlohmann::ordered_json> bundle(const QString &path, const std::string &pointer,
                                                 Refs refs, const std::string &defsKey = "$defs");

    /// Where the value at `pointer` leads once references that are nothing but a `$ref` are
    /// followed (an AsyncAPI channel's message that names a component message).
    std::optional<Location> follow(const QString &path, const std::string &pointer);

private:
    struct Document;
    struct Target
    {
        const Document *document = nullptr;
        std::string pointer;
        const nlohmann::ordered_json *value = nullptr;
    };

    const Document *load(const QString &path, const Document *from, const std::string &ref);
    std::optional<Target> at(const Document *document, const std::string &pointer,
                             const Document *from, const std::string &ref);
    std::optional<Target> resolve(const std::string &ref, const Document *from);
    std::optional<Target> followPureRefs(Target target, const Document *from,
                                         const std::string &ref);
    bool rewrite(nlohmann::ordered_json &value, const Document *document, int depth);
    std::string uniqueName(const Target &target);
    bool fail(QLatin1StringView code, const Document *at, const std::string &ref,
              const QString &message);

    FileError *m_error;
    bool m_failed = false;
    std::map<QString, std::unique_ptr<Document>> m_documents;

    // State of the bundle being made.
    Refs m_refs = Refs::BundleAll;
    const Document *m_main = nullptr;
    std::string m_rootKey;
    std::string m_defsKey;
    std::map<std::string, std::string> m_names; ///< target key → name in `$defs`
    std::set<std::string> m_taken;
    nlohmann::ordered_json m_defs;
};

} // namespace Flowsmith
