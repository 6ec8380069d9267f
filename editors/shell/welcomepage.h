#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Flowsmith {

class RecentProjects;

/// The first tab when no project is open: open a project, open the bundled example, or pick
/// one of the recent projects.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(RecentProjects *recentProjects, QWidget *parent = nullptr);

    QPushButton *openProjectButton() const { return m_openProject; }
    QPushButton *openExampleButton() const { return m_openExample; }
    QListWidget *recentList() const { return m_recentList; }

signals:
    void openProjectRequested();
    void openExampleRequested();
    void openRecentRequested(const QString &folder);

private:
    void refreshRecent();

    RecentProjects *m_recentProjects;
    QPushButton *m_openProject;
    QPushButton *m_openExample;
    QListWidget *m_recentList;
};

} // namespace Flowsmith
