#include "model/export/exportyaml.h"

#include "model/core/yamlemitter.h"
#include "model/core/yamlvalue.h"

namespace Flowsmith {

QByteArray exportYaml(const nlohmann::ordered_json &document, const QString &header)
{
    QByteArray out;
    if (!header.isEmpty())
        for (const QString &line : header.split(u'\n'))
            out += (QStringLiteral("# ") + line).trimmed().toUtf8() + '\n';
    return out + Yaml::toText(Yaml::fromJson(document));
}

} // namespace Flowsmith
