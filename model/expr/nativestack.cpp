#include "nativestack.h"

#include <pthread.h>

namespace Flowsmith::Expr {

namespace {

// Left untouched below the floor: unwinding an exception, a PCRE2 match and nlohmann's
// recursive dump all run deeper than the frame that checked.
constexpr std::uintptr_t reserveBytes = 256 * 1024;
// Assumed when the thread's stack cannot be read: Linux's default main-thread limit.
constexpr std::uintptr_t assumedStackBytes = 8 * 1024 * 1024;

std::uintptr_t computeFloor()
{
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *low = nullptr;
        size_t size = 0;
        const bool known
            = pthread_attr_getstack(&attr, &low, &size) == 0 && size > 2 * reserveBytes;
        pthread_attr_destroy(&attr);
        if (known)
            return reinterpret_cast<std::uintptr_t>(low) + reserveBytes;
    }
    const std::uintptr_t top = NativeStack::here();
    return top > assumedStackBytes ? top - assumedStackBytes + reserveBytes : 0;
}

struct ThreadWork
{
    void (*work)(void *);
    void *context;
};

void *runWork(void *arg)
{
    const auto *job = static_cast<const ThreadWork *>(arg);
    job->work(job->context);
    return nullptr;
}

} // namespace

std::uintptr_t NativeStack::floor()
{
    thread_local const std::uintptr_t value = computeFloor();
    return value;
}

std::size_t NativeStack::bytesForDepth(int maxDepth)
{
    constexpr std::size_t bytesPerLevel = 4096; // about 600 measured in a release build
    constexpr std::size_t maxBytes = std::size_t(1) << 30;
    const std::size_t levels = maxDepth > 0 ? std::size_t(maxDepth) : 0;
    const std::size_t bytes = levels * bytesPerLevel + reserveBytes * 4;
    return bytes < maxBytes ? bytes : maxBytes;
}

bool NativeStack::runOnThread(std::size_t bytes, void (*work)(void *), void *context)
{
    ThreadWork job { work, context };
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0)
        return false;
    pthread_t thread;
    const bool started = pthread_attr_setstacksize(&attr, bytes + reserveBytes) == 0
        && pthread_create(&thread, &attr, runWork, &job) == 0;
    pthread_attr_destroy(&attr);
    if (started)
        pthread_join(thread, nullptr);
    return started;
}

} // namespace Flowsmith::Expr
