#include "model/core/yamlloader.h"

#include "model/core/errorcodes.h"
#include "model/core/modelfile.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

#include <yaml-cpp/depthguard.h>

#include <algorithm>

namespace Flowsmith::Yaml {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Flowsmith::Yaml", text);
}

SourcePosition positionOfMark(const YAML::Mark &mark)
{
    if (mark.is_null() || mark.line < 0)
        return {};
    return { mark.line + 1, mark.column + 1 };
}

// The column of the first tab in the indentation of a 1-based line, or 0.
int tabInIndentation(const QByteArray &bytes, int line)
{
    const QList<QByteArray> lines = bytes.split('\n');
    if (line < 1 || line > lines.size())
        return 0;
    const QByteArray &text = lines.at(line - 1);
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\t')
            return i + 1;
        if (text.at(i) != ' ')
            break;
    }
    return 0;
}

// Walks the tree once, as every model reader will: counts visits so that shared (aliased)
// nodes cannot multiply the work without bound, caps the depth, and finds duplicate keys.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Flowsmith::Yaml)

public:
    Checker(const QString &fileName, FileError *error, qint64 maxVisits)
        : m_fileName(fileName)
        , m_error(error)
        , m_maxVisits(maxVisits)
    { }

    bool check(const YAML::Node &node, int depth)
    {
        if (++m_visits > m_maxVisits)
            return ModelFile::fail(m_error, ErrorCode::AliasBomb, m_fileName, positionOf(node),
                                   tr("aliases expand to more than %1 values; refusing to "
                                      "read a file that would exhaust memory")
                                       .arg(m_maxVisits));
        if (depth > MaxDepth)
            return ModelFile::fail(m_error, ErrorCode::TooDeep, m_fileName, positionOf(node),
                                   tr("nested deeper than %1 levels").arg(MaxDepth));
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                if (!check(item, depth + 1))
                    return false;
        } else if (node.IsMap()) {
            QSet<QString> keys;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (it->first.IsScalar()) {
                    const QString key = QString::fromStdString(it->first.Scalar());
                    if (keys.contains(key))
                        return ModelFile::fail(m_error, ErrorCode::DuplicateKey, m_fileName,
                                               positionOf(it->first),
                                               tr("duplicate key '%1'").arg(key));
                    keys.insert(key);
                }
                if (!check(it->first, depth + 1) || !check(it->second, depth + 1))
                    return false;
            }
        }
        return true;
    }

private:
    QString m_fileName;
    FileError *m_error;
    qint64 m_maxVisits;
    qint64 m_visits = 0;
};

} // namespace

YAML::Node absent()
{
    const YAML::Node empty(YAML::NodeType::Map);
    return empty[""];
}

SourcePosition positionOf(const YAML::Node &node)
{
    if (!node.IsDefined())
        return {};
    return positionOfMark(node.Mark());
}

std::optional<YAML::Node> parse(const QByteArray &bytes, const QString &fileName, FileError *error)
{
    if (bytes.size() > ModelFile::MaxFileSize) {
        ModelFile::fail(
            error, ErrorCode::FileTooLarge, fileName, {},
            tr("file is larger than %1 MiB").arg(ModelFile::MaxFileSize / (1024 * 1024)));
        return std::nullopt;
    }
    YAML::Node root;
    try {
        // LoadAll, not Load: yaml-cpp's Load quietly ignores what follows the first document,
        // and it also starts a new document at text it cannot attach ("- a\nb: c").
        const std::vector<YAML::Node> documents = YAML::LoadAll(bytes.toStdString());
        if (documents.size() > 1) {
            ModelFile::fail(error, ErrorCode::YamlSyntax, fileName, positionOf(documents.at(1)),
                            tr("a second YAML document starts here; a project file holds one"));
            return std::nullopt;
        }
        if (!documents.empty())
            root = documents.front();
    } catch (const YAML::DeepRecursion &e) {
        // yaml-cpp says only "bad file" here.
        ModelFile::fail(error, ErrorCode::TooDeep, fileName, positionOfMark(e.mark),
                        tr("nested deeper than %1 levels (the parser stopped at level %2)")
                            .arg(MaxDepth)
                            .arg(e.depth()));
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        const SourcePosition position = positionOfMark(e.mark);
        if (const int column = tabInIndentation(bytes, position.line)) {
            ModelFile::fail(error, ErrorCode::YamlSyntax, fileName, { position.line, column },
                            tr("tab character in indentation; YAML indents with spaces only"));
        } else {
            ModelFile::fail(error, ErrorCode::YamlSyntax, fileName, position,
                            tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
        }
        return std::nullopt;
    } catch (const std::exception &e) {
        ModelFile::fail(error, ErrorCode::YamlSyntax, fileName, {},
                        tr("cannot read YAML: %1").arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
    // A value needs at least two bytes, so a file of n bytes holds at most n/2 values that
    // are really there; anything far beyond that came from aliases.
    const qint64 maxVisits = std::max<qint64>(1'000'000, bytes.size());
    Checker checker(fileName, error, maxVisits);
    if (!checker.check(root, 0))
        return std::nullopt;
    return root;
}

} // namespace Flowsmith::Yaml
