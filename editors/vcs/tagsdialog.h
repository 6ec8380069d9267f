#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Flowsmith {

class Repository;

/// Lists the repository's tags with the commit each names and its message; creates a tag on
/// HEAD (annotated when a message is given, lightweight otherwise) and deletes tags.
class TagsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TagsDialog(Repository *repository, QWidget *parent = nullptr);

    void reload();
    /// The actions behind the buttons; they report in the status line. Tests call them too.
    bool createTag(const QString &name, const QString &message);
    bool deleteTag(const QString &name);

    QTreeWidget *tagTree() const { return m_tree; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *messageEdit() const { return m_message; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void tagsChanged();

private:
    QString selectedTag() const;
    void updateButtons();

    Repository *m_repository;
    QTreeWidget *m_tree;
    QLineEdit *m_name;
    QLineEdit *m_message;
    QPushButton *m_create;
    QPushButton *m_delete;
    QLabel *m_status;
};

} // namespace Flowsmith
