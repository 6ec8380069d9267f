// flowsmith: the studio. `flowsmith [PROJECT]` opens PROJECT (a folder or its flowsmith.yaml).

#include "editors/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace {

// Our catalogue comes from the embedded resource; Qt's own from its translations folder.
void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("flowsmith"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
}

void applyStyleSheet(QApplication &app)
{
    QFile file(QStringLiteral(":/styles/studio.qss"));
    if (file.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(file.readAll()));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Flowsmith"));
    QApplication::setOrganizationName(QStringLiteral("Flowsmith"));
    QApplication::setOrganizationDomain(QStringLiteral("flowsmith.example"));
    QApplication::setApplicationVersion(QStringLiteral(FLOWSMITH_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/flowsmith.svg")));
    installTranslators(app);
    applyStyleSheet(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Flowsmith integration design studio"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("main", "A project folder or its flowsmith.yaml to open."),
        QStringLiteral("[PROJECT]"));
    parser.process(app);

    Flowsmith::MainWindow window;
    const QSettings settings;
    window.restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    window.restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    window.show();

    const QStringList arguments = parser.positionalArguments();
    if (!arguments.isEmpty()) {
        Flowsmith::FileError error;
        if (!window.openProject(arguments.first(), &error)) {
            // The window stays on its welcome page; the message names the file and the place.
            QMessageBox::critical(&window,
                                  QCoreApplication::translate("main", "Cannot open project"),
                                  error.toString());
        }
    }
    return app.exec();
}
