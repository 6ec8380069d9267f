#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <vector>

namespace Flowsmith::Test {

using Json = nlohmann::ordered_json;

/// A real Node-RED for the conformance harness and the benchmark: installed with npm into a
/// cache folder outside the source tree (once, then reused) and driven through harness.js,
/// which starts it embedded and prints NDJSON.
class NodeRedRuntime
{
public:
    /// $FLOWSMITH_NODE_RED_CACHE, else <build dir>/node-red-cache.
    static QString cacheDir();
    /// tests/conformance/nodered/harness.js in the source tree.
    static QString harnessPath();

    /// Installs Node-RED 4 into cacheDir() unless it is there. False with a message that says
    /// what to do when node or npm is missing or the registry cannot be reached.
    static bool ensureInstalled(QString *error);
    /// The installed Node-RED version ("4.1.15"), empty when none.
    static QString installedVersion();

    /// Runs the harness on `plan` (harness.js documents it; nodeRed is filled in) and returns
    /// its output lines; the last is {"done": true, "errors", "warnings"}. False with a message
    /// when the harness fails or does not finish within `timeoutMs`.
    static bool run(Json plan, std::vector<Json> *lines, QString *error, int timeoutMs = 300000);
};

} // namespace Flowsmith::Test
