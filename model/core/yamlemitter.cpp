#include "model/core/yamlemitter.h"

#include "model/core/yamlvalue.h"

#include <string>

namespace Flowsmith::Yaml {

namespace {

bool isBlockCollection(const YAML::Node &node)
{
    return (node.IsMap() || node.IsSequence()) && node.size() > 0
        && node.Style() != YAML::EmitterStyle::Flow;
}

std::string doubleQuoted(const std::string &text)
{
    std::string out = "\"";
    for (const unsigned char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                static const char hex[] = "0123456789abcdef";
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += char(c);
            }
        }
    }
    return out + '"';
}

// A literal block keeps a multi-line string readable; it cannot carry leading spaces on its
// first line (that would need an indentation indicator), control characters or trailing
// spaces (editors strip them).
bool canBeLiteral(const std::string &text)
{
    if (text.find('\n') == std::string::npos || text.empty() || text.front() == ' ')
        return false;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            if (i > lineStart && (text[i - 1] == ' ' || text[i - 1] == '\t'))
                return false;
            lineStart = i + 1;
            continue;
        }
        const unsigned char c = text[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

class Writer
{
public:
    std::string out;

    void scalarInline(const YAML::Node &node, bool inFlow)
    {
        if (node.IsNull() || !node.IsDefined()) {
            out += "null";
            return;
        }
        const std::string &text = node.Scalar();
        if (!isQuoted(node) && canBePlain(text, inFlow))
            out += text;
        else
            out += doubleQuoted(text);
    }

    void flow(const YAML::Node &node)
    {
        if (node.IsMap()) {
            out += '{';
            bool first = true;
            for (auto it = node.begin(); it != node.end(); ++it) {
                if (!first)
                    out += ", ";
                first = false;
                flow(it->first);
                out += ": ";
                flow(it->second);
            }
            out += '}';
        } else if (node.IsSequence()) {
            out += '[';
            bool first = true;
            for (const YAML::Node &item : node) {
                if (!first)
                    out += ", ";
                first = false;
                flow(item);
            }
            out += ']';
        } else {
            scalarInline(node, true);
        }
    }

    // Writes what follows "key:" or "-": the value and its line end.
    void value(const YAML::Node &node, int indent)
    {
        if (node.IsScalar() && isQuoted(node) && canBeLiteral(node.Scalar())) {
            literal(node.Scalar(), indent);
        } else if (node.IsMap() && isBlockCollection(node)) {
            out += '\n';
            map(node, indent + 2, false);
        } else if (node.IsSequence() && isBlockCollection(node)) {
            out += '\n';
            sequence(node, indent + 2);
        } else {
            out += ' ';
            if (node.IsMap() || node.IsSequence())
                flow(node);
            else
                scalarInline(node, false);
            out += '\n';
        }
    }

    void literal(const std::string &text, int indent)
    {
        std::size_t end = text.size();
        while (end > 0 && text[end - 1] == '\n')
            --end;
        const std::size_t trailing = text.size() - end;
        out += trailing == 0 ? " |-\n" : trailing == 1 ? " |\n" : " |+\n";
        const std::string pad(indent + 2, ' ');
        std::size_t start = 0;
        const std::string body
            = text.substr(0, end) + std::string(trailing > 1 ? trailing - 1 : 0, '\n');
        while (start <= body.size()) {
            std::size_t nl = body.find('\n', start);
            if (nl == std::string::npos)
                nl = body.size();
            if (nl > start)
                out += pad + body.substr(start, nl - start);
            out += '\n';
            start = nl + 1;
        }
    }

    // `firstInline`: the first key goes on the current line, after "- ".
    void map(const YAML::Node &node, int indent, bool firstInline)
    {
        bool first = true;
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (!(first && firstInline))
                out += std::string(indent, ' ');
            first = false;
            scalarInline(it->first, false);
            out += ':';
            value(it->second, indent);
        }
    }

    // `firstInline`: the first item goes on the current line, after "- " ("- - a").
    void sequence(const YAML::Node &node, int indent, bool firstInline = false)
    {
        bool first = true;
        for (const YAML::Node &item : node) {
            if (!(first && firstInline))
                out += std::string(indent, ' ');
            first = false;
            out += '-';
            if (item.IsMap() && isBlockCollection(item)) {
                out += ' ';
                map(item, indent + 2, true);
            } else if (item.IsSequence() && isBlockCollection(item)) {
                out += ' ';
                sequence(item, indent + 2, true);
            } else {
                value(item, indent);
            }
        }
    }
};

} // namespace

bool canBePlain(const std::string &text, bool inFlow)
{
    if (text.empty())
        return false;
    const char first = text.front();
    const char last = text.back();
    if (first == ' ' || first == '\t' || last == ' ' || last == '\t' || last == ':')
        return false;
    if (std::string("!&*|>'\"%@`#,[]{}").find(first) != std::string::npos)
        return false;
    if ((first == '-' || first == '?' || first == ':')
        && (text.size() == 1 || text[1] == ' ' || text[1] == '\t'))
        return false;
    if (text.rfind("---", 0) == 0 || text.rfind("...", 0) == 0)
        return false;
    if (text.find(": ") != std::string::npos || text.find(" #") != std::string::npos
        || text.find(":\t") != std::string::npos || text.find("\t#") != std::string::npos)
        return false;
    if (inFlow && text.find_first_of(",[]{}:") != std::string::npos)
        return false;
    for (const unsigned char c : text)
        if (c < 0x20 || c == 0x7f)
            return false;
    // Plain text that reads as null, a boolean or a number is fine when it was read that way;
    // the model tags strings that only look so as quoted (stringNode).
    return true;
}

QByteArray toText(const YAML::Node &root)
{
    Writer writer;
    if (root.IsMap() && root.size() > 0 && root.Style() != YAML::EmitterStyle::Flow) {
        writer.map(root, 0, false);
    } else if (root.IsSequence() && root.size() > 0 && root.Style() != YAML::EmitterStyle::Flow) {
        writer.sequence(root, 0);
    } else if (root.IsMap() || root.IsSequence()) {
        writer.flow(root);
        writer.out += '\n';
    } else if (root.IsDefined() && !root.IsNull()) {
        writer.scalarInline(root, false);
        writer.out += '\n';
    }
    return QByteArray::fromStdString(writer.out);
}

} // namespace Flowsmith::Yaml
