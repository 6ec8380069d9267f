#pragma once

#include <cstddef>
#include <cstdint>

namespace Flowsmith::Expr {

// How far down the calling thread's native stack an evaluation may grow. The depth bound
// counts expression levels, but the bytes a level takes differ by path and build, and a
// configured depth of 50,000 would overflow an 8 MiB stack long before the bound is reached;
// evaluate() compares its frame address against this floor and fails with an error instead.
class NativeStack
{
public:
    // The lowest address this thread's evaluations may use: the bottom of its stack plus a
    // reserve for error unwinding, regex matching and JSON output. Read once per thread.
    static std::uintptr_t floor();
    // The stack address of the caller's frame.
    static std::uintptr_t here()
    {
        return reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
    }
    // Native stack an evaluation with this depth bound may need, with room for the deepest
    // frames of sanitizer and debug builds.
    static std::size_t bytesForDepth(int maxDepth);
    // True when this thread has `bytes` of stack left below the caller.
    static bool hasRoom(std::size_t bytes) { return here() > floor() && here() - floor() >= bytes; }
    // Runs `work(context)` on a thread of its own with a stack of `bytes`, waiting for it.
    // False when no such thread could be started.
    static bool runOnThread(std::size_t bytes, void (*work)(void *), void *context);
};

} // namespace Flowsmith::Expr
