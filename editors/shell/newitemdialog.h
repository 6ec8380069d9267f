#pragma once

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Flowsmith {

/// Asks for a new item's name and id (New Flow…, New Mapping…, New Schema…) or for an id
/// alone (Rename…, Duplicate…). The id follows the name (ProjectId::fromName) until the user
/// edits it. `check` says what is wrong with an id (empty when it is fine); OK waits for a
/// good one and the reason is shown under the fields. A mapping asks for its source and
/// target schemas too.
class NewItemDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { NameAndId, IdOnly };

    NewItemDialog(const QString &title, Mode mode, std::function<QString(const QString &)> check,
                  QWidget *parent = nullptr);

    /// Shows the source and target schema pickers with `schemaIds` to choose from.
    void setSchemas(const QStringList &schemaIds);

    void setId(const QString &id);
    QString id() const;
    QString name() const;
    QString sourceSchema() const;
    QString targetSchema() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void update();

    std::function<QString(const QString &)> m_check;
    QLineEdit *m_name;
    QLineEdit *m_id;
    QComboBox *m_source;
    QComboBox *m_target;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    bool m_idEdited = false;
    bool m_withSchemas = false;
};

} // namespace Flowsmith
