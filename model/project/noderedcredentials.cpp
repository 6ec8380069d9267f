// Finds the secrets a Node-RED flows.json carries, so that New Project can map each to a
// secret reference and copy none of them.

#include "model/project/noderedcredentials.h"

#include "model/core/errorcodes.h"
#include "model/core/jsonloader.h"
#include "model/core/modelfile.h"
#include "model/core/projectid.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Flowsmith::NodeRedCredentials {

namespace {

using OJson = nlohmann::ordered_json;

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::NodeRedCredentials", text);
}

/// scheme://user:password@ — a URL that carries a password. A user alone is no secret.
const QRegularExpression &userInfoPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://)([^/@\s:]*:[^/@\s]*)@)"));
    return pattern;
}

QString text(const OJson &node, const char *key)
{
    const auto it = node.find(key);
    return it != node.end() && it->is_string() ? QString::fromStdString(it->get<std::string>())
                                               : QString();
}

bool isAuthorization(const QString &name)
{
    return name.trimmed().compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0;
}

/// Node-RED 3 writes http request headers as a list of {keyType, keyValue, valueType,
/// valueValue}; older flows as an object.
bool namesAuthorization(const QVariantMap &header)
{
    const QString keyType = header.value(QStringLiteral("keyType")).toString();
    return isAuthorization(keyType)
        || (keyType == QLatin1String("other")
            && isAuthorization(header.value(QStringLiteral("keyValue")).toString()));
}

bool hasAuthorizationHeader(const OJson &headers)
{
    if (headers.is_object()) {
        for (const auto &item : headers.items())
            if (isAuthorization(QString::fromStdString(item.key())))
                return true;
    } else if (headers.is_array()) {
        for (const OJson &header : headers) {
            if (!header.is_object())
                continue;
            const QString keyType = text(header, "keyType");
            if (isAuthorization(keyType)
                || (keyType == QLatin1String("other") && isAuthorization(text(header, "keyValue"))))
                return true;
        }
    }
    return false;
}

/// The line of the node's `"id": "<id>"` in the text.
int lineOf(const QByteArray &bytes, const QString &id)
{
    const QRegularExpression pattern(QStringLiteral(R"("id"\s*:\s*")")
                                     + QRegularExpression::escape(id) + u'"');
    const QString textOfFile = QString::fromUtf8(bytes);
    const QRegularExpressionMatch match = pattern.match(textOfFile);
    if (!match.hasMatch())
        return 0;
    const qsizetype offset = textOfFile.left(match.capturedStart()).toUtf8().size();
    return Json::positionOfOffset(bytes, offset).line;
}

} // namespace

bool Found::concerns(const QString &name, const QPointF &at) const
{
    if (hasPosition && this->at == at && credential.nodeName == name)
        return true;
    for (const auto &[userName, userAt] : users)
        if (userAt == at && userName == name)
            return true;
    return false;
}

QString stripUserInfo(const QString &value)
{
    QString result = value;
    return result.replace(userInfoPattern(), QStringLiteral("\\1"));
}

QVariant scrub(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return stripUserInfo(value.toString());
    if (value.typeId() == QMetaType::QVariantMap) {
        QVariantMap result;
        const QVariantMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (isAuthorization(it.key()) || it.key() == QLatin1String("credentials"))
                continue;
            result.insert(it.key(), scrub(it.value()));
        }
        return result;
    }
    if (value.typeId() == QMetaType::QVariantList) {
        QVariantList result;
        for (const QVariant &item : value.toList()) {
            if (item.typeId() == QMetaType::QVariantMap && namesAuthorization(item.toMap()))
                continue;
            result.append(scrub(item));
        }
        return result;
    }
    return value;
}

std::optional<QList<Found>> scan(const QByteArray &bytes, const QString &fileName, FileError *error)
{
    const auto document = Json::parse(bytes, fileName, error);
    if (!document)
        return std::nullopt;
    const auto notNodeRed = [&](const QString &why) {
        ModelFile::fail(error, ErrorCode::InvalidValue, fileName, { 1, 1 },
                        tr("not a Node-RED flows file: %1").arg(why));
        return std::nullopt;
    };
    if (!document->is_array())
        return notNodeRed(tr("a JSON array of nodes was expected"));
    for (const OJson &node : *document)
        if (!node.is_object() || text(node, "id").isEmpty() || text(node, "type").isEmpty())
            return notNodeRed(tr("every entry needs an \"id\" and a \"type\""));

    QList<Found> found;
    QSet<QString> refs;
    for (const OJson &node : *document) {
        const QString id = text(node, "id");
        const QString name = text(node, "name");
        QString base = ProjectId::fromName(name);
        if (base.isEmpty())
            base = ProjectId::fromName(text(node, "type"));
        if (base.isEmpty())
            base = QStringLiteral("node");
        const auto add = [&](const QString &key, const QString &what, const QString &suffix) {
            Found f;
            f.credential.key = id + u'/' + key;
            f.credential.nodeId = id;
            f.credential.nodeName = name;
            f.credential.what = what;
            f.credential.line = lineOf(bytes, id);
            QString ref = base.left(ProjectId::MaxLength - suffix.size() - 4) + u'-' + suffix;
            for (int n = 2; refs.contains(ref); ++n)
                ref = base.left(ProjectId::MaxLength - suffix.size() - 4) + u'-' + suffix + u'-'
                    + QString::number(n);
            refs.insert(ref);
            f.credential.secretRef = ref;
            f.hasPosition = node.contains("x") && node.contains("y") && node["x"].is_number()
                && node["y"].is_number();
            if (f.hasPosition)
                f.at = QPointF(node["x"].get<double>(), node["y"].get<double>());
            for (const OJson &other : *document)
                for (const auto &item : other.items())
                    if (item.value().is_string()
                        && item.value().get<std::string>() == id.toStdString() && item.key() != "id"
                        && item.key() != "z" && other.contains("x") && other["x"].is_number()
                        && other.contains("y") && other["y"].is_number())
                        f.users.append(
                            { text(other, "name"),
                              QPointF(other["x"].get<double>(), other["y"].get<double>()) });
            found.append(f);
        };
        for (const auto &item : node.items()) {
            if (!item.value().is_string())
                continue;
            const QString value = QString::fromStdString(item.value().get<std::string>());
            if (userInfoPattern().match(value).hasMatch())
                add(QString::fromStdString(item.key()), tr("password in URL"),
                    QStringLiteral("password"));
        }
        if (const auto headers = node.find("headers");
            headers != node.end() && hasAuthorizationHeader(*headers))
            add(QStringLiteral("authorization"), tr("Authorization header"),
                QStringLiteral("authorization"));
        if (const auto credentials = node.find("credentials");
            credentials != node.end() && !credentials->is_null())
            add(QStringLiteral("credentials"), tr("node credentials"),
                QStringLiteral("credentials"));
    }
    return found;
}

} // namespace Flowsmith::NodeRedCredentials
