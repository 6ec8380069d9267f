#pragma once

#include <QString>

class QTreeWidget;

namespace Flowsmith {

struct SchemaField;

/// Shows a schema's field tree in a QTreeWidget with the columns Field, Type, Required and
/// Format; descriptions and enum values are the rows' tool tips.
namespace SchemaFieldTree {

enum Column { FieldColumn, TypeColumn, RequiredColumn, FormatColumn, ColumnCount };

/// Sets up the columns and headers (once, after creating the tree).
void setUp(QTreeWidget *tree);
/// Replaces the rows with the children of `root`, expanded two levels deep.
void fill(QTreeWidget *tree, const SchemaField &root);
/// The type as the tree shows it: "string | null", "object[]" for an array of objects.
QString typeText(const SchemaField &field);

} // namespace SchemaFieldTree

} // namespace Flowsmith
