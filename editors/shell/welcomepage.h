#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Flowsmith {

class RecentProjects;

/// The first tab when no project is open: start a new project, open one, copy one of the
/// bundled examples (by industry) or pick one of the recent projects.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(RecentProjects *recentProjects, QWidget *parent = nullptr);

    QPushButton *newProjectButton() const { return m_newProject; }
    QPushButton *openProjectButton() const { return m_openProject; }
    /// The bundled examples, grouped by industry; activating one copies and opens it.
    QListWidget *exampleList() const { return m_exampleList; }
    QListWidget *recentList() const { return m_recentList; }

signals:
    void newProjectRequested();
    void openProjectRequested();
    void openExampleFolderRequested(const QString &exampleFolder);
    void openRecentRequested(const QString &folder);

private:
    void fillExamples();
    void refreshRecent();

    RecentProjects *m_recentProjects;
    QPushButton *m_newProject;
    QPushButton *m_openProject;
    QListWidget *m_exampleList;
    QListWidget *m_recentList;
};

} // namespace Flowsmith
