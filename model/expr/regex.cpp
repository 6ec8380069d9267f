#include "regex.h"

#include "evalerror.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

namespace Flowsmith::Expr {

namespace {
// Bounds on backtracking: enough for real patterns, stops catastrophic ones in milliseconds.
constexpr std::uint32_t matchLimit = 2'000'000;
constexpr std::uint32_t depthLimit = 10'000;
} // namespace

Regex::Regex(const std::string &pattern, const std::string &flags, std::size_t position, bool utf)
    : m_pattern(pattern)
    , m_position(position)
{
    std::uint32_t options = PCRE2_ALT_BSUX | PCRE2_MATCH_UNSET_BACKREF;
    if (utf)
        options |= PCRE2_UTF;
    if (flags.find('i') != std::string::npos)
        options |= PCRE2_CASELESS;
    if (flags.find('m') != std::string::npos)
        options |= PCRE2_MULTILINE;
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    m_code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), options,
                           &errorCode, &errorOffset, nullptr);
    if (!m_code)
        throwError("S0303", position, pattern);
    // Compiled to machine code where PCRE2 can (the match limit still bounds it); where it
    // cannot, the interpreter runs the same pattern.
    pcre2_jit_compile(static_cast<pcre2_code *>(m_code), PCRE2_JIT_COMPLETE);
    pcre2_pattern_info(static_cast<pcre2_code *>(m_code), PCRE2_INFO_CAPTURECOUNT, &m_captures);
}

namespace {

// Per thread: the limits and room for the captures of most patterns, made once.
struct MatchScratch
{
    static constexpr std::uint32_t pairs = 32;
    pcre2_match_context *context;
    pcre2_match_data *data;
    MatchScratch()
        : context(pcre2_match_context_create(nullptr))
        , data(pcre2_match_data_create(pairs, nullptr))
    {
        pcre2_set_match_limit(context, matchLimit);
        pcre2_set_depth_limit(context, depthLimit);
    }
    ~MatchScratch()
    {
        pcre2_match_data_free(data);
        pcre2_match_context_free(context);
    }
    MatchScratch(const MatchScratch &) = delete;
    MatchScratch &operator=(const MatchScratch &) = delete;
};

} // namespace

Regex::~Regex()
{
    pcre2_code_free(static_cast<pcre2_code *>(m_code));
}

bool Regex::exec(std::string_view subject, std::size_t from, RegexMatch &out) const
{
    auto *code = static_cast<pcre2_code *>(m_code);
    static thread_local MatchScratch scratch;
    pcre2_match_data *md = scratch.data;
    pcre2_match_data *own = nullptr;
    if (m_captures + 1 > MatchScratch::pairs)
        md = own = pcre2_match_data_create_from_pattern(code, nullptr);
    // The subject's UTF-8 is checked on the first call of an iteration (from == 0); later
    // calls start at a previous match end, so checking again would only cost time.
    const std::uint32_t matchOptions = from > 0 ? PCRE2_NO_UTF_CHECK : 0;
    int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), from,
                         matchOptions, md, scratch.context);
    bool found = false;
    if (rc > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        out.start = ov[0];
        out.end = ov[1];
        out.groups.clear();
        const std::uint32_t count = pcre2_get_ovector_count(md);
        for (std::uint32_t i = 1; i <= m_captures; ++i) {
            if (i < count && ov[2 * i] != PCRE2_UNSET)
                out.groups.emplace_back(subject.substr(ov[2 * i], ov[2 * i + 1] - ov[2 * i]));
            else
                out.groups.emplace_back();
        }
        found = true;
    }
    if (own)
        pcre2_match_data_free(own);
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT
        || rc == PCRE2_ERROR_JIT_STACKLIMIT)
        throwError("D1012", m_position, m_pattern,
                   "Regular expression exceeded its backtracking limit");
    return found;
}

} // namespace Flowsmith::Expr
