// flowsmith-cli eval: one JSONata evaluation (design §5).

#include "commands.h"

#include "model/core/jsonloader.h"
#include "model/expr/jsonata.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace Flowsmith::Cli {

namespace {

using Expr::Json;

const char usage[]
    = "Usage: flowsmith-cli eval EXPR [--input FILE] [--bindings FILE] [--depth N]\n"
      "                          [--time-limit MS]\n\n"
      "Evaluates one JSONata expression and prints the result as JSON (nothing when the\n"
      "result is undefined).\n\n"
      "  --input FILE       the input document (JSON; '-' reads stdin)\n"
      "  --bindings FILE    a JSON object whose members become $variables\n"
      "  --depth N          maximum evaluation depth (default 500)\n"
      "  --time-limit MS    maximum evaluation time in milliseconds (default 1000)\n\n"
      "Exit status: 0 success, 1 evaluation error (stderr: CODE: message),\n"
      "2 usage or input error.\n";

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "flowsmith-cli eval: " << message << "\n\n" << usage;
    return UsageError;
}

// Reads a JSON file; on failure prints "path:line:column: message" and returns false.
bool readJson(const QString &path, Json &out)
{
    QByteArray text;
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            std::fprintf(stderr, "-:1: cannot read standard input\n");
            return false;
        }
        text = in.readAll();
    } else {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s:1: cannot read file: %s\n", qPrintable(path),
                         qPrintable(in.errorString()));
            return false;
        }
        text = in.readAll();
    }
    // The one JSON reader: depth-capped, so a hostile file cannot crash the evaluation.
    FileError error;
    auto parsed = Flowsmith::Json::parse(text, path, &error, { 1, false });
    if (!parsed) {
        if (error.position.line < 1)
            error.position.line = 1;
        std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return false;
    }
    out = std::move(*parsed);
    return true;
}

bool parsePositive(const QString &text, long long &value)
{
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok && value > 0;
}

} // namespace

int runEvalCommand(const QStringList &args)
{
    QString expression;
    bool haveExpression = false;
    QString inputPath, bindingsPath;
    Expr::Limits limits;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString &out) {
            if (i + 1 >= args.size())
                return false;
            out = args.at(++i);
            return true;
        };
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            QTextStream(stdout) << usage;
            return Success;
        } else if (arg == QLatin1String("--input")) {
            if (!value(inputPath))
                return usageError(QStringLiteral("--input needs a file"));
        } else if (arg == QLatin1String("--bindings")) {
            if (!value(bindingsPath))
                return usageError(QStringLiteral("--bindings needs a file"));
        } else if (arg == QLatin1String("--depth") || arg == QLatin1String("--time-limit")) {
            QString text;
            long long n = 0;
            if (!value(text) || !parsePositive(text, n) || n > 1'000'000'000)
                return usageError(arg + QStringLiteral(" needs a positive integer"));
            if (arg == QLatin1String("--depth"))
                limits.maxDepth = int(n);
            else
                limits.timeLimit = std::chrono::milliseconds(n);
        } else if (arg.startsWith(QLatin1String("--")) && !haveExpression) {
            return usageError(QStringLiteral("unknown option ") + arg);
        } else if (!haveExpression) {
            expression = arg;
            haveExpression = true;
        } else {
            return usageError(QStringLiteral("unexpected argument ") + arg);
        }
    }
    if (!haveExpression)
        return usageError(QStringLiteral("missing EXPR"));

    Json input;
    if (!inputPath.isEmpty() && !readJson(inputPath, input))
        return UsageError;
    Json bindings = Json::object();
    if (!bindingsPath.isEmpty()) {
        if (!readJson(bindingsPath, bindings))
            return UsageError;
        if (!bindings.is_object()) {
            std::fprintf(stderr, "%s:1: bindings must be a JSON object\n",
                         qPrintable(bindingsPath));
            return UsageError;
        }
    }

    Expr::Error error;
    const QByteArray text = expression.toUtf8();
    auto compiled
        = Expr::Expression::compile(std::string_view(text.constData(), text.size()), &error);
    if (!compiled) {
        std::fprintf(stderr, "%s: %s\n", error.code.c_str(), error.message.c_str());
        return CheckFailed;
    }
    Expr::EvalResult result
        = compiled->evaluate(inputPath.isEmpty() ? nullptr : &input, bindings, limits);
    if (!result.ok) {
        std::fprintf(stderr, "%s: %s\n", result.error.code.c_str(), result.error.message.c_str());
        return CheckFailed;
    }
    if (!result.undefined) {
        const std::string out = result.value.dump(-1, ' ', false, Json::error_handler_t::replace);
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fputc('\n', stdout);
    }
    std::fflush(stdout);
    return Success;
}

} // namespace Flowsmith::Cli
