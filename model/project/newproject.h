#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Flowsmith {

/// What a new project starts from (issue 15 item 1).
enum class ProjectStart { Empty, Template, NodeRed, OpenApi, AsyncApi };

/// One operation of an OpenAPI file or one channel of an AsyncAPI file: each ticked one
/// becomes a flow skeleton (source.http or source.topic → quality.validate with its schema).
struct ApiEntry
{
    QString id; // stable key, also the flow id proposed ("post-orders", "order-created")
    QString label; // "POST /orders — Create an order", "orders/created (receive)"
    QString kind; // "http" or "topic"
    QString method; // http only
    QString path; // http path or channel address
    QString schemaId; // the request/message schema it validates against; empty when none
    QString summary; // http only: the operation's summary, the flow's name when given
    QString protocol; // topic only: "mqtt" or "kafka" from the AsyncAPI servers, else empty
};

/// A credential found in a Node-RED flows.json: never copied, mapped to a secret reference.
struct FoundCredential
{
    QString key; // stable key for NewProjectRequest::secretRefs ("<nodeId>/<what>")
    QString nodeId;
    QString nodeName;
    int line = 0; // 1-based line in flows.json
    QString what; // "password in URL", "Authorization header", "node credentials"
    QString secretRef; // proposed reference name, e.g. "erp-http-basic"
};

struct NewProjectRequest
{
    QString folder; // created; must not exist or be empty
    QString name; // shown name
    QString id; // derived from name when empty
    ProjectStart start = ProjectStart::Empty;
    QString source; // template folder, flows.json, or the API description file
    QStringList entries; // ApiEntry ids to create flows for; empty = all
    QMap<QString, QString> secretRefs; // FoundCredential::key → reference name chosen
    bool initGit = true; // unless the folder lies inside a repository already
    bool initialCommit = false; // one commit of everything (used for copied examples)
};

struct NewProjectResult
{
    QString folder; // absolute
    QStringList files; // written, relative to folder, sorted
    QStringList warnings; // what could not be carried (importer warnings, node and line)
    bool gitInitialised = false;
};

/// Creates a project folder all-or-nothing: everything is built in a staging folder beside
/// the target and moved into place at the end; a failure leaves no folder behind.
namespace NewProject {

/// "Retail Order → Cash!" → "retail-order-cash"; empty when nothing usable is left.
QString idFromName(const QString &name);
/// Empty when `folder` can take a new project; otherwise why not (not empty, not writable).
QString checkFolder(const QString &folder);
/// The operations (OpenAPI) or channels (AsyncAPI) of an API description.
std::optional<QList<ApiEntry>> apiEntries(const QString &file, ProjectStart start, QString *error);
/// The credentials a flows.json holds (URL user:password@, Authorization headers, nodes'
/// `credentials`), each with a proposed secret reference.
std::optional<QList<FoundCredential>> nodeRedCredentials(const QString &file, QString *error);
/// Creates the project. Errors name the file and place.
std::optional<NewProjectResult> create(const NewProjectRequest &request, QString *error);

} // namespace NewProject

} // namespace Flowsmith
