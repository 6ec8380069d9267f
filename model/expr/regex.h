#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace Flowsmith::Expr {

struct RegexMatch
{
    std::size_t start = 0; // byte offsets into the subject
    std::size_t end = 0;
    std::vector<std::string> groups; // unmatched groups are empty
};

// A compiled regular expression with JavaScript-like semantics, run by PCRE2 with match
// and depth limits so that a catastrophic pattern fails with an error instead of hanging.
// Immutable after construction; match data is per call, so it is thread-safe.
class Regex
{
public:
    Regex(const std::string &pattern, const std::string &flags, std::size_t position,
          bool utf = true);
    ~Regex();
    Regex(const Regex &) = delete;
    Regex &operator=(const Regex &) = delete;

    bool exec(std::string_view subject, std::size_t from, RegexMatch &out) const;
    const std::string &pattern() const { return m_pattern; }

private:
    std::string m_pattern;
    std::size_t m_position = 0;
    void *m_code = nullptr; // pcre2_code_8
    std::uint32_t m_captures = 0;
};

} // namespace Flowsmith::Expr
