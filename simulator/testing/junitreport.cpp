#include "simulator/testing/junitreport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace Flowsmith::Sim {

QByteArray JUnitReport::toXml(const QList<FlowTestResult> &results)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();

    int failures = 0;
    int errors = 0;
    for (const FlowTestResult &result : results) {
        failures += !result.passed && result.error.isEmpty() ? 1 : 0;
        errors += result.error.isEmpty() ? 0 : 1;
    }
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("flowsmith"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));

    // Results arrive grouped by suite; keep that order.
    qsizetype i = 0;
    while (i < results.size()) {
        const QString suite = results.at(i).suite;
        qsizetype end = i;
        int suiteFailures = 0;
        int suiteErrors = 0;
        while (end < results.size() && results.at(end).suite == suite) {
            suiteFailures += !results.at(end).passed && results.at(end).error.isEmpty() ? 1 : 0;
            suiteErrors += results.at(end).error.isEmpty() ? 0 : 1;
            ++end;
        }
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), suite);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(end - i));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(suiteFailures));
        xml.writeAttribute(QStringLiteral("errors"), QString::number(suiteErrors));
        if (!results.at(i).suiteFile.isEmpty())
            xml.writeAttribute(QStringLiteral("file"), results.at(i).suiteFile);
        for (; i < end; ++i) {
            const FlowTestResult &result = results.at(i);
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), suite);
            xml.writeAttribute(QStringLiteral("name"), result.name);
            if (!result.suiteFile.isEmpty())
                xml.writeAttribute(QStringLiteral("file"), result.suiteFile);
            if (result.position.isValid())
                xml.writeAttribute(QStringLiteral("line"), QString::number(result.position.line));
            // Simulated time says nothing about the machine; a fixed time keeps reports stable.
            xml.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
            if (!result.error.isEmpty()) {
                xml.writeStartElement(QStringLiteral("error"));
                xml.writeAttribute(QStringLiteral("message"), result.error);
                xml.writeCharacters(result.error);
                xml.writeEndElement();
            } else if (!result.passed) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("message"), result.failures.value(0));
                xml.writeCharacters(result.failures.join(u'\n'));
                xml.writeEndElement();
            }
            if (!result.uncaught.isEmpty())
                xml.writeTextElement(QStringLiteral("system-err"), result.uncaught.join(u'\n'));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

bool JUnitReport::save(const QList<FlowTestResult> &results, const QString &path, FileError *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(toXml(results));
        if (file.commit())
            return true;
    }
    if (error)
        *error = FileError { QStringLiteral("SIM030"),
                             path,
                             {},
                             QCoreApplication::translate("Flowsmith::Sim", "cannot write: %1")
                                 .arg(file.errorString()) };
    return false;
}

} // namespace Flowsmith::Sim
