#pragma once

#include "mappingdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Flowsmith {

class Schema;

/// Maps source fields onto a target field, as a drop in the mapper does, in one undo step.
/// Paths are full schema paths ("items.productId"). The rule goes into the deepest forEach
/// rule whose target encloses the target field, with paths relative to its elements. Whether
/// the rule iterates is read from the schemas: an array dropped on an array becomes a forEach
/// rule, and a field inside an array dropped on a field inside an array becomes a forEach rule
/// over the two arrays holding the field's rule (once per level of nesting). Several sources
/// become a concatenation. A target that a rule already writes gets the new rule in its place.
/// Mapping a field again as it is mapped changes nothing (the command drops itself), and an
/// array onto a mapped array keeps the element rules. Either schema may be null (not
/// readable): then nothing is an array.
class MapFieldsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MapFieldsCommand)

public:
    MapFieldsCommand(MappingDocument *document, const QStringList &sourcePaths,
                     const QString &targetPath, const Schema *source, const Schema *target,
                     QUndoCommand *parent = nullptr);

    void redo() override;

    /// Where the new rule goes (or the rule that maps the field so already, when the command
    /// changes nothing); empty when there is nothing to map.
    RulePath rulePath() const { return m_rulePath; }
    /// The rule written at rulePath().
    const MappingRule &rule() const { return m_rule; }

private:
    RulePath m_rulePath;
    MappingRule m_rule;
};

} // namespace Flowsmith
