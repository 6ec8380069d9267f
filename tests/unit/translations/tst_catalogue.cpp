// The catalogue check: lupdate over every product source into a temporary .ts, compared
// with translations/flowsmith_de.ts. A string the code translates but the catalogue lacks
// would never be translated; a string extracted under one context but looked up under
// another (a file-local tr() helper with its own context) would never load.

#include "model/schema/schemavalidator.h"
#include "simulator/samplereader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const char *const FixHint
    = "Refresh the catalogue with `translations/refresh.sh` (that is, cmake --build build "
      "--target flowsmith_lupdate), translate the new entries in translations/flowsmith_de.ts "
      "and commit it.";

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString file; ///< absolute path, from -locations absolute; empty without locations
    int line = 0;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
};

/// The messages of a .ts file; `error` is set when the file is not a catalogue.
QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return {};
    }
    const QString tsDir = QFileInfo(path).absolutePath();
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name") && !current) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            messages.append({ context, {}, {}, {}, 0 });
            current = &messages.last();
        } else if (current && name == QLatin1String("source")) {
            current->source = xml.readElementText();
        } else if (current && name == QLatin1String("comment")) {
            current->comment = xml.readElementText();
        } else if (current && name == QLatin1String("location") && current->file.isEmpty()) {
            const QString filename = xml.attributes().value(QLatin1String("filename")).toString();
            current->file = QDir::cleanPath(QDir(tsDir).absoluteFilePath(filename));
            current->line = xml.attributes().value(QLatin1String("line")).toInt();
        } else if (name == QLatin1String("context")) {
            current = nullptr;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2:%3: %4")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
    return messages;
}

/// Runs lupdate over `sources` (one absolute path a line in `listFile`) into `tsPath`.
bool runLupdate(const QString &listFile, const QString &tsPath, QString *error)
{
    QProcess lupdate;
    lupdate.start(QStringLiteral(FLOWSMITH_LUPDATE),
                  { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                    QStringLiteral("absolute"), QStringLiteral("-I"),
                    QStringLiteral(FLOWSMITH_SOURCE_DIR), QLatin1Char('@') + listFile,
                    QStringLiteral("-ts"), tsPath });
    if (!lupdate.waitForFinished(240000) || lupdate.exitStatus() != QProcess::NormalExit
        || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed (%1): %2")
                     .arg(lupdate.errorString(), QString::fromUtf8(lupdate.readAllStandardError()));
        return false;
    }
    return true;
}

/// The fresh messages whose (context, source, comment) the catalogue lacks.
QList<Message> missingFrom(const QList<Message> &fresh, const QList<Message> &catalogue)
{
    QSet<QString> known;
    for (const Message &m : catalogue)
        known.insert(m.key());
    QList<Message> missing;
    for (const Message &m : fresh)
        if (!known.contains(m.key()))
            missing.append(m);
    return missing;
}

/// Strings extracted under a context the code does not look them up with. A file that
/// defines a helper `QString tr(const char *text) { return QCoreApplication::translate("H",
/// text); }` looks up every bare tr() under H, but lupdate files each call under the class or
/// namespace it stands in. Contexts named by Q_DECLARE_TR_FUNCTIONS anywhere are fine: that
/// class's tr() wins over the helper.
QStringList contextMismatches(const QList<Message> &fresh, const QStringList &sources)
{
    static const QRegularExpression helper(
        QStringLiteral(R"re(QString\s+tr\s*\(\s*const\s+char\s*\*\s*\w+[^)]*\)\s*\{\s*)re"
                       R"re(return\s+QCoreApplication::translate\(\s*"([^"]+)")re"));
    static const QRegularExpression declared(
        QStringLiteral(R"re(Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\))re"));
    QHash<QString, QString> helperContext; // file -> context
    QSet<QString> declaredContexts;
    for (const QString &path : sources) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        if (const auto match = helper.match(text); match.hasMatch())
            helperContext.insert(QDir::cleanPath(path), match.captured(1));
        for (auto it = declared.globalMatch(text); it.hasNext();)
            declaredContexts.insert(it.next().captured(1));
    }
    QStringList problems;
    for (const Message &m : fresh) {
        const auto it = helperContext.constFind(m.file);
        if (it == helperContext.constEnd() || *it == m.context
            || declaredContexts.contains(m.context))
            continue;
        problems.append(
            QStringLiteral("%1:%2: \"%3\" is extracted under %4 but looked up "
                           "under %5 (give the class Q_DECLARE_TR_FUNCTIONS(%5), or "
                           "make the helper's context %4)")
                .arg(m.file, QString::number(m.line), m.source.left(60), m.context, *it));
    }
    return problems;
}

QString describe(const QList<Message> &messages)
{
    QStringList lines;
    for (const Message &m : messages.mid(0, 60))
        lines.append(QStringLiteral("  %1: \"%2\"  (%3:%4)")
                         .arg(m.context, m.source.left(80), m.file, QString::number(m.line)));
    if (messages.size() > 60)
        lines.append(QStringLiteral("  … and %1 more").arg(messages.size() - 60));
    return lines.join(QLatin1Char('\n'));
}

QStringList readList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList result;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            result.append(QString::fromUtf8(line.trimmed()));
    return result;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_Catalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStringIsInTheCatalogue_data();
    void everyStringIsInTheCatalogue();
    void everyContextIsTheLookedUpOne();
    void theCheckSeesWhatIsMissing();
    void productCodeFindsItsStrings();

private:
    QTemporaryDir m_dir;
    QStringList m_sources;
    QList<Message> m_fresh;
    QList<Message> m_catalogue;
};

void tst_Catalogue::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sources = readList(QStringLiteral(FLOWSMITH_TRANSLATED_SOURCES));
    QVERIFY2(m_sources.size() > 100,
             qPrintable(QStringLiteral("%1 lists %2 sources")
                            .arg(QStringLiteral(FLOWSMITH_TRANSLATED_SOURCES))
                            .arg(m_sources.size())));
    // Every product layer is scanned, the CLI and the simulator too.
    for (const char *folder :
         { "/model/", "/simulator/", "/editors/", "/app/cli/", "/app/studio/" })
        QVERIFY2(
            std::any_of(m_sources.cbegin(), m_sources.cend(),
                        [folder](const QString &s) { return s.contains(QLatin1String(folder)); }),
            folder);

    QString error;
    const QString fresh = m_dir.filePath(QStringLiteral("fresh_de.ts"));
    QVERIFY2(runLupdate(QStringLiteral(FLOWSMITH_TRANSLATED_SOURCES), fresh, &error),
             qPrintable(error));
    m_fresh = readCatalogue(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_fresh.size() > 1000);
    m_catalogue = readCatalogue(
        QStringLiteral(FLOWSMITH_SOURCE_DIR "/translations/flowsmith_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Catalogue::everyStringIsInTheCatalogue_data()
{
    QTest::addColumn<QString>("context");
    QStringList contexts;
    for (const Message &m : std::as_const(m_fresh))
        if (!contexts.contains(m.context))
            contexts.append(m.context);
    for (const QString &context : std::as_const(contexts))
        QTest::addRow("%s", qPrintable(context)) << context;
}

void tst_Catalogue::everyStringIsInTheCatalogue()
{
    QFETCH(QString, context);
    QList<Message> fresh;
    for (const Message &m : std::as_const(m_fresh))
        if (m.context == context)
            fresh.append(m);
    const QList<Message> missing = missingFrom(fresh, m_catalogue);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) of context %2 are not in "
                                       "translations/flowsmith_de.ts:\n%3\n%4")
                            .arg(missing.size())
                            .arg(context, describe(missing), QLatin1String(FixHint))));
}

void tst_Catalogue::everyContextIsTheLookedUpOne()
{
    const QStringList problems = contextMismatches(m_fresh, m_sources);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) would never load:\n%2")
                            .arg(problems.size())
                            .arg(problems.join(QLatin1Char('\n')))));
}

void tst_Catalogue::theCheckSeesWhatIsMissing()
{
    // A source with a helper whose context is right for the free function and wrong for the
    // class member, and a catalogue that holds only one of its strings.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("probe.cpp"));
    QVERIFY(writeFile(source, R"(#include <QCoreApplication>
namespace Probe {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("Probe", text); }
QString free() { return tr("Grüße aus Köln"); }
}
class Member
{
public:
    QString run();
};
QString Member::run() { return tr("名前 %1 is empty"); }
class Declared
{
    Q_DECLARE_TR_FUNCTIONS(Probe)

public:
    QString run() { return tr("empty array []"); }
};
}
)"));
    const QString list = dir.filePath(QStringLiteral("sources.lst"));
    QVERIFY(writeFile(list, source.toUtf8() + '\n'));
    const QString catalogue = dir.filePath(QStringLiteral("old.ts"));
    QVERIFY(writeFile(catalogue, R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Probe</name>
    <message>
        <source>Grüße aus Köln</source>
        <translation>Grüße aus Köln</translation>
    </message>
</context>
</TS>
)"));
    QString error;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QVERIFY2(runLupdate(list, fresh, &error), qPrintable(error));
    const QList<Message> extracted = readCatalogue(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(extracted.size(), 3);
    const QList<Message> old = readCatalogue(catalogue, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QList<Message> missing = missingFrom(extracted, old);
    QCOMPARE(missing.size(), 2);
    QStringList missingSources;
    for (const Message &m : missing)
        missingSources.append(m.source);
    missingSources.sort();
    QCOMPARE(missingSources,
             QStringList({ QStringLiteral("empty array []"), QStringLiteral("名前 %1 is empty") }));

    const QStringList mismatches = contextMismatches(extracted, { source });
    QCOMPARE(mismatches.size(), 1);
    QVERIFY2(mismatches.first().contains(QStringLiteral("Probe::Member")),
             qPrintable(mismatches.first()));
    QVERIFY(mismatches.first().contains(QStringLiteral("probe.cpp:12:")));

    QString unreadable;
    readCatalogue(dir.filePath(QStringLiteral("none.ts")), &unreadable);
    QVERIFY(unreadable.contains(QStringLiteral("none.ts")));
    QVERIFY(writeFile(catalogue, "<TS><context><name>broken"));
    readCatalogue(catalogue, &unreadable);
    QVERIFY2(unreadable.contains(QStringLiteral("old.ts:1:")), qPrintable(unreadable));
}

void tst_Catalogue::productCodeFindsItsStrings()
{
    // The compiled catalogue, and product code looking up its own strings: a member of a class
    // that used to call a file-local helper, and constraint classes and free functions of the
    // schema validator. Before, these strings were extracted under contexts nobody looked up.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString qm = dir.filePath(QStringLiteral("flowsmith_de.qm"));
    QProcess lrelease;
    lrelease.start(QStringLiteral(FLOWSMITH_LRELEASE),
                   { QStringLiteral(FLOWSMITH_SOURCE_DIR "/translations/flowsmith_de.ts"),
                     QStringLiteral("-qm"), qm });
    QVERIFY(lrelease.waitForFinished(60000));
    QCOMPARE(lrelease.exitCode(), 0);
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto cleanup = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

    Flowsmith::Sim::SampleReader reader;
    Flowsmith::FileError error;
    QVERIFY(!reader.open(dir.filePath(QStringLiteral("Stichprobe.xyz")), &error));
    QVERIFY2(error.message.contains(QStringLiteral("unbekanntes Beispielformat „.xyz“")),
             qPrintable(error.message));

    const Flowsmith::SchemaValidator validator(Flowsmith::JsonValue::parse(R"({
        "type": "object", "required": ["名前"],
        "properties": {"n": {"minimum": 3}, "tags": {"type": "array", "maxItems": 0}}})"));
    QVERIFY2(validator.isValid(), qPrintable(validator.errorString()));
    QStringList messages;
    for (const auto &violation :
         validator.validate(Flowsmith::JsonValue::parse(R"({"n": 1, "tags": [null]})")))
        messages.append(violation.message);
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("„名前“ ist erforderlich")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("muss mindestens 3 sein")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("erlaubt höchstens 0 Elemente")), qPrintable(all));
}

QTEST_GUILESS_MAIN(tst_Catalogue)
#include "tst_catalogue.moc"
