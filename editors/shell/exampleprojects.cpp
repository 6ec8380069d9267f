#include "editors/shell/exampleprojects.h"

#include "model/project/examplelocator.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Flowsmith::ExampleProjects {

// The lookup lives in the model so that flowsmith-cli finds the same examples.
QString examplesFolder()
{
    return ExampleLocator::examplesFolder();
}

QString retailOrderToCash()
{
    return ExampleLocator::example(QStringLiteral("retail-order-to-cash"));
}

QStringList all()
{
    QStringList examples;
    for (const QString &id : ExampleLocator::exampleIds())
        examples.append(ExampleLocator::example(id));
    return examples;
}

QString industry(const QString &exampleFolder)
{
    // Example ids start with their industry: retail-…, insurance-…, logistics-….
    const QString id = QFileInfo(exampleFolder).fileName();
    const QString prefix = id.section(u'-', 0, 0);
    if (prefix == QLatin1String("retail"))
        return QCoreApplication::translate("Flowsmith::ExampleProjects", "Retail");
    if (prefix == QLatin1String("insurance"))
        return QCoreApplication::translate("Flowsmith::ExampleProjects", "Insurance");
    if (prefix == QLatin1String("logistics"))
        return QCoreApplication::translate("Flowsmith::ExampleProjects", "Logistics");
    if (prefix == QLatin1String("health"))
        return QCoreApplication::translate("Flowsmith::ExampleProjects", "Healthcare");
    return QCoreApplication::translate("Flowsmith::ExampleProjects", "Other");
}

} // namespace Flowsmith::ExampleProjects
