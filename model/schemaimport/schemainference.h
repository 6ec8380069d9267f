#pragma once

#include <QStringList>

#include <nlohmann/json.hpp>

#include <memory>

namespace Flowsmith {

/// Infers a JSON Schema from sample records, merging what every record shows: a field's
/// types are the union of the types seen (integer and number merge to number, differing
/// ones become a type array, null included), a property is `required` when every object at
/// its place has it, and a string field gets a `format` (date-time, date, email, uri) when
/// every value has that form.
class SchemaInference
{
public:
    SchemaInference();
    ~SchemaInference();

    void add(const nlohmann::ordered_json &record);
    int recordCount() const;
    /// The schema of one record (draft 2020-12).
    nlohmann::ordered_json schema() const;

    /// The schema of a table's rows, one property per column, from the cells' text: a
    /// column is integer, number, boolean (true/false), a date or date-time string, or else
    /// a string; a column with an empty cell is not required.
    static nlohmann::ordered_json fromTable(const QStringList &header,
                                            const QList<QStringList> &rows);

private:
    struct Node;
    std::unique_ptr<Node> m_root;
};

} // namespace Flowsmith
