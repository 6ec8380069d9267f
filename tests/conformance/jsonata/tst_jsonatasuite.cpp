// Runs every case of the JSONata test suite (shared/data/jsonata-test-suite) as a data row.
// A case that fails and is listed in known_failures.txt is skipped with its reason, so CI
// stays green while the list documents what is left; any other failure fails the test.

#include "jsonata.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

using Flowsmith::Expr::Error;
using Flowsmith::Expr::EvalResult;
using Flowsmith::Expr::Expression;
using Flowsmith::Expr::Json;
using Flowsmith::Expr::Limits;

namespace {

QString suiteDir()
{
    QByteArray env = qgetenv("FLOWSMITH_SHARED_DIR");
    QString shared = env.isEmpty() ? QStringLiteral(FLOWSMITH_SHARED_DIR) : QString::fromUtf8(env);
    return shared + QStringLiteral("/data/jsonata-test-suite");
}

Json readJson(const QString &path)
{
    std::ifstream in(path.toStdString());
    return Json::parse(in);
}

std::string readText(const QString &path)
{
    std::ifstream in(path.toStdString());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool sameNumber(double a, double b)
{
    if (a == b)
        return true;
    return std::fabs(a - b) <= 1e-13 * std::max(std::fabs(a), std::fabs(b));
}

bool jsonEqual(const Json &a, const Json &b, bool unordered)
{
    if (a.is_number() && b.is_number())
        return sameNumber(a.get<double>(), b.get<double>());
    if (a.type() != b.type())
        return false;
    if (a.is_array()) {
        if (a.size() != b.size())
            return false;
        if (!unordered) {
            for (std::size_t i = 0; i < a.size(); ++i)
                if (!jsonEqual(a[i], b[i], false))
                    return false;
            return true;
        }
        std::vector<bool> used(b.size(), false);
        for (const auto &x : a) {
            bool found = false;
            for (std::size_t i = 0; i < b.size() && !found; ++i) {
                if (!used[i] && jsonEqual(x, b[i], false)) {
                    used[i] = true;
                    found = true;
                }
            }
            if (!found)
                return false;
        }
        return true;
    }
    if (a.is_object()) {
        if (a.size() != b.size())
            return false;
        for (auto it = a.begin(); it != a.end(); ++it) {
            auto jt = b.find(it.key());
            if (jt == b.end() || !jsonEqual(it.value(), *jt, false))
                return false;
        }
        return true;
    }
    return a == b;
}

struct Tally
{
    int passed = 0;
    int failed = 0;
};

} // namespace

class TestJsonataSuite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void suite_data();
    void suite();
    void cleanupTestCase();

private:
    QMap<QString, QString> m_known; // case id -> reason
    std::map<std::string, Tally> m_groups;
    std::map<std::string, Json> m_datasets;
    QStringList m_failures;
};

void TestJsonataSuite::initTestCase()
{
    QVERIFY2(QDir(suiteDir()).exists(), qPrintable("missing test suite: " + suiteDir()));
    QFile known(QStringLiteral(KNOWN_FAILURES_FILE));
    if (known.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!known.atEnd()) {
            QString line = QString::fromUtf8(known.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            int space = line.indexOf(' ');
            QString id = space < 0 ? line : line.left(space);
            m_known.insert(id, space < 0 ? QString() : line.mid(space + 1).trimmed());
        }
    }
}

void TestJsonataSuite::suite_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");

    QDir groups(suiteDir() + QStringLiteral("/groups"));
    const auto groupNames = groups.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &group : groupNames) {
        QDir dir(groups.filePath(group));
        const auto files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            Json cases = readJson(dir.filePath(file));
            QString base = group + '/' + QFileInfo(file).completeBaseName();
            if (cases.is_array()) {
                for (std::size_t i = 0; i < cases.size(); ++i)
                    QTest::addRow("%s[%d]", qPrintable(base), int(i))
                        << group << dir.filePath(file) << int(i);
            } else {
                QTest::addRow("%s", qPrintable(base)) << group << dir.filePath(file) << -1;
            }
        }
    }
}

void TestJsonataSuite::suite()
{
    QFETCH(QString, group);
    QFETCH(QString, file);
    QFETCH(int, index);

    Json doc = readJson(file);
    const Json &c = index < 0 ? doc : doc[std::size_t(index)];
    const QString id = QString::fromUtf8(QTest::currentDataTag());

    std::string text;
    if (c.contains("expr"))
        text = c["expr"].get<std::string>();
    else
        text = readText(QFileInfo(file).dir().filePath(
            QString::fromStdString(c["expr-file"].get<std::string>())));

    const Json *input = nullptr;
    if (c.contains("data")) {
        input = &c["data"];
    } else if (c.contains("dataset") && c["dataset"].is_string()) {
        std::string name = c["dataset"].get<std::string>();
        auto it = m_datasets.find(name);
        if (it == m_datasets.end())
            it = m_datasets
                     .emplace(name,
                              readJson(suiteDir() + "/datasets/" + QString::fromStdString(name)
                                       + ".json"))
                     .first;
        input = &it->second;
    }
    Json bindings = c.value("bindings", Json::object());
    Limits limits;
    if (c.contains("timelimit") && c["timelimit"].is_number())
        limits.timeLimit = std::chrono::milliseconds(c["timelimit"].get<int>());
    if (c.contains("depth") && c["depth"].is_number())
        limits.maxDepth = c["depth"].get<int>();

    std::string expectedCode;
    if (c.contains("code"))
        expectedCode = c["code"].get<std::string>();
    else if (c.contains("error") && c["error"].contains("code"))
        expectedCode = c["error"]["code"].get<std::string>();

    Error compileError;
    auto expr = Expression::compile(text, &compileError);
    EvalResult r;
    if (expr) {
        r = expr->evaluate(input, bindings, limits);
    } else {
        r.ok = false;
        r.error = compileError;
    }

    bool pass = false;
    QString got;
    if (!r.ok)
        got = QString::fromStdString("error " + r.error.code + ": " + r.error.message);
    else if (r.undefined)
        got = QStringLiteral("undefined");
    else
        got = QString::fromStdString(r.value.dump());
    QString want;
    if (!expectedCode.empty()) {
        want = QString::fromStdString("error " + expectedCode);
        pass = !r.ok && r.error.code == expectedCode;
    } else if (c.contains("undefinedResult") || !c.contains("result")) {
        want = QStringLiteral("undefined");
        pass = r.ok && r.undefined;
    } else {
        want = QString::fromStdString(c["result"].dump());
        pass = r.ok && !r.undefined && jsonEqual(r.value, c["result"], c.value("unordered", false));
    }

    Tally &t = m_groups[group.toStdString()];
    if (pass) {
        ++t.passed;
        if (m_known.contains(id))
            qWarning("%s passes now: remove it from known_failures.txt", qPrintable(id));
        return;
    }
    ++t.failed;
    m_failures << id;
    const QString detail
        = QStringLiteral("%1\n   expr: %2\n   want: %3\n   got:  %4")
              .arg(id, QString::fromStdString(text).left(300), want.left(300), got.left(300));
    if (m_known.contains(id))
        QSKIP(qPrintable(QStringLiteral("known failure (%1): %2").arg(m_known.value(id), detail)));
    QFAIL(qPrintable(detail));
}

void TestJsonataSuite::cleanupTestCase()
{
    int passed = 0, failed = 0;
    for (const auto &[group, t] : m_groups) {
        passed += t.passed;
        failed += t.failed;
        qInfo("%-36s %4d / %4d", group.c_str(), t.passed, t.passed + t.failed);
    }
    qInfo("TOTAL %d / %d passed (%.2f%%)", passed, passed + failed,
          passed + failed ? 100.0 * passed / (passed + failed) : 0.0);
    if (!m_failures.isEmpty())
        qInfo("failing cases: %s", qPrintable(m_failures.join(' ')));
}

QTEST_GUILESS_MAIN(TestJsonataSuite)
#include "tst_jsonatasuite.moc"
