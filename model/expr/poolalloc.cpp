#include "poolalloc.h"

#include <new>

namespace Flowsmith::Expr::Pool {

namespace {

constexpr std::size_t granule = 16;
constexpr std::size_t classes = 32; // blocks up to 512 bytes
// Per class, so that a burst does not stay allocated for ever: 256 KB of each size at most.
constexpr unsigned maxCachedBytes = 256 * 1024;

struct Block
{
    Block *next;
};

// Trivially destructible, so a block freed after the thread's cleanup (a static value at
// exit) still finds valid storage and goes straight to operator delete.
struct Lists
{
    Block *head[classes];
    unsigned count[classes];
    bool dead;
};

thread_local Lists lists {};

struct Reaper
{
    ~Reaper()
    {
        for (std::size_t c = 0; c < classes; ++c) {
            while (Block *b = lists.head[c]) {
                lists.head[c] = b->next;
                ::operator delete(b);
            }
            lists.count[c] = 0;
        }
        lists.dead = true;
    }
};

std::size_t classOf(std::size_t bytes)
{
    return (bytes + granule - 1) / granule - 1;
}

} // namespace

void *allocate(std::size_t bytes)
{
    const std::size_t c = classOf(bytes);
    if (bytes == 0 || c >= classes)
        return ::operator new(bytes);
    if (Block *b = lists.head[c]) {
        lists.head[c] = b->next;
        --lists.count[c];
        return b;
    }
    if (!lists.dead) {
        static thread_local Reaper reaper; // frees this thread's lists when it ends
        (void)reaper;
    }
    return ::operator new((c + 1) * granule);
}

void deallocate(void *p, std::size_t bytes) noexcept
{
    const std::size_t c = classOf(bytes);
    if (bytes == 0 || c >= classes || lists.dead
        || lists.count[c] * ((c + 1) * granule) >= maxCachedBytes) { // no division: it is slow
        ::operator delete(p);
        return;
    }
    Block *b = static_cast<Block *>(p);
    b->next = lists.head[c];
    lists.head[c] = b;
    ++lists.count[c];
}

} // namespace Flowsmith::Expr::Pool
