// Evaluations per second of the native engine on a corpus of typical mapping expressions
// (and optionally the JSONata suite's groups), compared with jsonata-js when its figures are
// given (run_bench.sh produces them). Prints ratios; never asserts times.

#include "jsonata.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace Flowsmith::Expr;
namespace fs = std::filesystem;

namespace {

struct Case
{
    std::string name;
    std::string expr;
    const Json *data = nullptr;
    Json bindings = Json::object();
};

Json readJson(const fs::path &path)
{
    std::ifstream in(path);
    return Json::parse(in);
}

// A fixed number of evaluations, for instruction counts (callgrind) that wall-clock noise on a
// shared machine does not blur.
void runFixed(const Case &c, long long iterations)
{
    auto compiled = Expression::compile(c.expr, nullptr);
    if (!compiled)
        return;
    Limits limits;
    limits.timeLimit = std::chrono::milliseconds(5000);
    for (long long i = 0; i < iterations; ++i)
        (void)compiled->evaluate(c.data, c.bindings, limits);
}

double evalsPerSecond(const Case &c, double millis)
{
    auto compiled = Expression::compile(c.expr, nullptr);
    if (!compiled)
        return 0;
    Limits limits;
    limits.timeLimit = std::chrono::milliseconds(5000);
    for (int i = 0; i < 10; ++i)
        (void)compiled->evaluate(c.data, c.bindings, limits);
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const auto budget = std::chrono::duration<double, std::milli>(millis);
    long long n = 0;
    std::chrono::duration<double> elapsed {};
    do {
        for (int i = 0; i < 16; ++i)
            (void)compiled->evaluate(c.data, c.bindings, limits);
        n += 16;
        elapsed = Clock::now() - start;
    } while (elapsed < budget);
    return double(n) / elapsed.count();
}

} // namespace

int main(int argc, char **argv)
{
    fs::path corpusPath = fs::path(FLOWSMITH_SOURCE_DIR) / "tests/bench/expr/corpus.json";
    fs::path suiteDir;
    fs::path jsResults, outPath;
    double millis = 200;
    long long iterations = 0;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&] {
            return i + 1 < argc ? std::string(argv[++i]) : std::string();
        };
        if (a == "--corpus")
            corpusPath = next();
        else if (a == "--suite")
            suiteDir = next();
        else if (a == "--js")
            jsResults = next();
        else if (a == "--out")
            outPath = next();
        else if (a == "--ms")
            millis = std::stod(next());
        else if (a == "--iterations")
            iterations = std::stoll(next());
        else if (a == "--only")
            only = next();
        else {
            std::fprintf(stderr,
                         "usage: bench_expr [--corpus FILE] [--suite DIR] [--js FILE] "
                         "[--out FILE] [--ms N] [--iterations N [--only NAME]]\n");
            return 2;
        }
    }

    Json corpus = readJson(corpusPath);
    std::vector<Case> cases;
    for (const auto &e : corpus["expressions"])
        cases.push_back(
            { e["name"].get<std::string>(), e["expr"].get<std::string>(), &corpus["data"] });

    // Suite cases with a plain result, named group/case, each with its own data.
    std::map<std::string, Json> datasets;
    std::vector<std::unique_ptr<Json>> inlineData;
    if (!suiteDir.empty()) {
        std::vector<fs::path> files;
        for (const auto &entry : fs::recursive_directory_iterator(suiteDir / "groups"))
            if (entry.path().extension() == ".json")
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const auto &file : files) {
            Json doc = readJson(file);
            std::vector<Json> list
                = doc.is_array() ? doc.get<std::vector<Json>>() : std::vector<Json> { doc };
            for (std::size_t i = 0; i < list.size(); ++i) {
                const Json &c = list[i];
                if (!c.contains("expr") || !c.contains("result") || c.contains("timelimit"))
                    continue;
                Case k;
                k.name = file.parent_path().filename().string() + "/" + file.stem().string()
                    + (list.size() > 1 ? "[" + std::to_string(i) + "]" : "");
                k.expr = c["expr"].get<std::string>();
                k.bindings = c.value("bindings", Json::object());
                if (c.contains("data")) {
                    inlineData.push_back(std::make_unique<Json>(c["data"]));
                    k.data = inlineData.back().get();
                } else if (c.contains("dataset") && c["dataset"].is_string()) {
                    std::string name = c["dataset"].get<std::string>();
                    if (!datasets.count(name))
                        datasets[name] = readJson(suiteDir / "datasets" / (name + ".json"));
                    k.data = &datasets[name];
                }
                cases.push_back(std::move(k));
            }
        }
    }

    if (iterations > 0) {
        for (const Case &c : cases)
            if (only.empty() || c.name == only)
                runFixed(c, iterations);
        return 0;
    }

    Json js = jsResults.empty() ? Json::object() : readJson(jsResults);
    Json ours = Json::object();
    double logSum = 0;
    int ratios = 0;
    std::printf("%-40s %14s %14s %9s\n", "expression", "native eval/s", "jsonata-js/s", "ratio");
    for (const Case &c : cases) {
        double eps = evalsPerSecond(c, millis);
        ours[c.name] = eps;
        double other = js.contains(c.name) ? js[c.name].get<double>() : 0;
        if (other > 0 && eps > 0) {
            double ratio = eps / other;
            logSum += std::log(ratio);
            ++ratios;
            std::printf("%-40.40s %14.0f %14.0f %8.1fx\n", c.name.c_str(), eps, other, ratio);
        } else {
            std::printf("%-40.40s %14.0f %14s %9s\n", c.name.c_str(), eps, "-", "-");
        }
    }
    if (ratios > 0)
        std::printf("\ngeometric mean ratio over %d expressions: %.1fx\n", ratios,
                    std::exp(logSum / ratios));
    if (!outPath.empty()) {
        std::ofstream out(outPath);
        out << ours.dump(1) << '\n';
    }
    return 0;
}
