#include "replacerulescommand.h"

#include "mappingcommands.h"
#include "model/mapping/mappingtextparser.h"

namespace Flowsmith {

ReplaceRulesCommand::ReplaceRulesCommand(MappingDocument *document, const QList<MappingRule> &rules,
                                         QUndoCommand *parent)
    : QUndoCommand(tr("Edit mapping as JSONata"), parent)
    , m_rules(rules)
{
    // Back to front, so that each index still names its rule.
    for (int i = int(document->mapping().rules.size()) - 1; i >= 0; --i)
        new RemoveRuleCommand(document, { i }, this);
    for (const MappingRule &rule : rules)
        new AddRuleCommand(document, {}, -1, rule, this);
}

std::unique_ptr<ReplaceRulesCommand>
ReplaceRulesCommand::fromText(MappingDocument *document, const QString &text, QString *error)
{
    QList<MappingRule> rules;
    QString message;
    if (!MappingTextParser::parse(text, &rules, &message)) {
        if (error)
            *error = message;
        return nullptr;
    }
    return std::make_unique<ReplaceRulesCommand>(document, rules);
}

void ReplaceRulesCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
}

} // namespace Flowsmith
