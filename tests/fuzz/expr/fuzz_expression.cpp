// libFuzzer target for the JSONata parser and evaluator. The input is an expression, and
// optionally a newline followed by a JSON input document. Any outcome but a crash, a
// sanitizer report or a hang is fine: errors are expected.

#include "jsonata.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace Flowsmith::Expr;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char *>(data), size);
    std::string_view expr = text;
    Json input;
    bool haveInput = false;
    if (auto nl = text.find('\n'); nl != std::string_view::npos) {
        expr = text.substr(0, nl);
        input = Json::parse(text.substr(nl + 1), nullptr, false);
        haveInput = !input.is_discarded();
    }
    Error error;
    auto compiled = Expression::compile(expr, &error);
    if (!compiled)
        return 0;
    Limits limits;
    limits.timeLimit = std::chrono::milliseconds(200);
    limits.maxSequenceLength = 100'000;
    Json bindings = { { "n", 3 }, { "s", "abc" } };
    (void)compiled->evaluate(haveInput ? &input : nullptr, bindings, limits);
    return 0;
}
