// NewProject::apiEntries: the operations of an OpenAPI document and the channels of an
// AsyncAPI 3 document, each with the schema (as SchemaImportJob names it) it validates against.

#include "model/project/newproject.h"

#include "model/core/projectid.h"
#include "model/schemaimport/schemabundler.h"
#include "model/schemaimport/schemaimportjob.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Flowsmith::NewProject {

namespace {

using OJson = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::NewProject", text);
}

QString str(const OJson &value, const char *key)
{
    const auto it = value.find(key);
    return it != value.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                                : QString();
}

/// "#/components/schemas/NewPet" → "NewPet" when `ref` points below `prefix`.
QString componentOf(const QString &ref, const QString &prefix)
{
    return ref.startsWith(prefix)
        ? ref.mid(prefix.size()).replace(QLatin1String("~1"), "/").replace(QLatin1String("~0"), "~")
        : QString();
}

QString uniqueId(QString id, QSet<QString> *taken)
{
    if (id.isEmpty())
        id = QStringLiteral("entry");
    id = id.left(ProjectId::MaxLength - 3);
    while (id.endsWith(u'-') || id.endsWith(u'_'))
        id.chop(1);
    const QString base = id;
    for (int n = 2; taken->contains(id); ++n)
        id = base + u'-' + QString::number(n);
    taken->insert(id);
    return id;
}

QList<ApiEntry> openApiEntries(const OJson &document, const QHash<QString, QString> &schemaIds)
{
    static const char *const methods[]
        = { "get", "put", "post", "delete", "patch", "head", "options" };
    QList<ApiEntry> entries;
    QSet<QString> taken;
    const auto paths = document.find("paths");
    if (paths == document.end() || !paths->is_object())
        return entries;
    for (const auto &path : paths->items()) {
        if (!path.value().is_object())
            continue;
        for (const char *method : methods) {
            const auto operation = path.value().find(method);
            if (operation == path.value().end() || !operation->is_object())
                continue;
            ApiEntry entry;
            entry.kind = QStringLiteral("http");
            entry.method = QString::fromLatin1(method).toUpper();
            entry.path = QString::fromStdString(path.key());
            const QString operationId = str(*operation, "operationId");
            entry.id = uniqueId(ProjectId::fromName(operationId.isEmpty()
                                                        ? entry.method + u' ' + entry.path
                                                        : operationId),
                                &taken);
            const QString summary = str(*operation, "summary");
            entry.label = entry.method + u' ' + entry.path
                + (summary.isEmpty() ? QString() : QStringLiteral(" — ") + summary);
            entry.summary = summary;
            // The JSON request body's schema, when it is a component (inline schemas have
            // no file of their own to validate against).
            const auto body = operation->find("requestBody");
            if (body != operation->end() && body->is_object()) {
                const auto content = body->find("content");
                if (content != body->end() && content->is_object() && !content->empty()) {
                    auto media = content->find("application/json");
                    if (media == content->end())
                        media = content->begin();
                    if (media->is_object() && media->contains("schema")
                        && (*media)["schema"].is_object()) {
                        const QString component
                            = componentOf(str((*media)["schema"], "$ref"),
                                          QStringLiteral("#/components/schemas/"));
                        entry.schemaId = schemaIds.value(component);
                    }
                }
            }
            entries.append(entry);
        }
    }
    return entries;
}

QList<ApiEntry> asyncApiEntries(const OJson &document, const QHash<QString, QString> &schemaIds)
{
    QList<ApiEntry> entries;
    QSet<QString> taken;
    // The protocol of the first server that is one the topic source speaks.
    QString protocol;
    if (const auto servers = document.find("servers");
        servers != document.end() && servers->is_object())
        for (const auto &server : servers->items()) {
            const QString p = str(server.value(), "protocol").toLower();
            if (protocol.isEmpty() && (p == QLatin1String("mqtt") || p == QLatin1String("kafka")))
                protocol = p;
        }
    // Channel key → action of the operations that use it ("receive", "send").
    QHash<QString, QStringList> actions;
    if (const auto operations = document.find("operations");
        operations != document.end() && operations->is_object())
        for (const auto &operation : operations->items()) {
            if (!operation.value().is_object() || !operation.value().contains("channel"))
                continue;
            const QString channel = componentOf(str(operation.value()["channel"], "$ref"),
                                                QStringLiteral("#/channels/"));
            const QString action = str(operation.value(), "action");
            if (!channel.isEmpty() && !action.isEmpty() && !actions[channel].contains(action))
                actions[channel].append(action);
        }
    const auto channels = document.find("channels");
    if (channels == document.end() || !channels->is_object())
        return entries;
    for (const auto &channel : channels->items()) {
        if (!channel.value().is_object())
            continue;
        const QString key = QString::fromStdString(channel.key());
        ApiEntry entry;
        entry.kind = QStringLiteral("topic");
        entry.protocol = protocol;
        entry.path = str(channel.value(), "address");
        if (entry.path.isEmpty())
            entry.path = key;
        entry.id = uniqueId(ProjectId::fromName(key), &taken);
        const QStringList acts = actions.value(key);
        entry.label = entry.path
            + (acts.isEmpty() ? QString()
                              : QStringLiteral(" (") + acts.join(QStringLiteral(", ")) + u')');
        // The first message's payload schema: a component message by its key, an inline
        // one by its key in the channel (as SchemaImporter::fromAsyncApi names them).
        if (const auto messages = channel.value().find("messages");
            messages != channel.value().end() && messages->is_object())
            for (const auto &message : messages->items()) {
                QString component = componentOf(str(message.value(), "$ref"),
                                                QStringLiteral("#/components/messages/"));
                if (component.isEmpty())
                    component = QString::fromStdString(message.key());
                entry.schemaId = schemaIds.value(component);
                if (!entry.schemaId.isEmpty())
                    break;
            }
        entries.append(entry);
    }
    return entries;
}

} // namespace

std::optional<QList<ApiEntry>> apiEntries(const QString &file, ProjectStart start, QString *error)
{
    if (start != ProjectStart::OpenApi && start != ProjectStart::AsyncApi) {
        if (error)
            *error
                = tr("%1: only OpenAPI and AsyncAPI files list operations or channels").arg(file);
        return std::nullopt;
    }
    const auto kind = start == ProjectStart::OpenApi ? SchemaImportJob::Kind::OpenApi
                                                     : SchemaImportJob::Kind::AsyncApi;
    // The job checks the file is what it claims and names the schemas as create() writes them.
    SchemaImportJob job { QString() };
    FileError fileError;
    if (!job.open(file, kind, &fileError)) {
        if (error)
            *error = fileError.toString();
        return std::nullopt;
    }
    QHash<QString, QString> schemaIds;
    for (const SchemaImportJob::Entry &entry : job.defaultEntries(job.components()))
        schemaIds.insert(entry.component, entry.id);
    SchemaBundler bundler(&fileError);
    const OJson *document = bundler.document(file);
    if (!document || !document->is_object()) {
        if (error)
            *error = fileError.toString();
        return std::nullopt;
    }
    return start == ProjectStart::OpenApi ? openApiEntries(*document, schemaIds)
                                          : asyncApiEntries(*document, schemaIds);
}

} // namespace Flowsmith::NewProject
