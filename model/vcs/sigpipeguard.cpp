#include "model/vcs/sigpipeguard.h"

#ifdef Q_OS_UNIX
#include <pthread.h>
#include <time.h>
#endif

namespace Flowsmith::Vcs {

#ifdef Q_OS_UNIX

namespace {

sigset_t pipeOnly()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    return set;
}

bool pipePending()
{
    sigset_t pending;
    sigemptyset(&pending);
    return sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1;
}

} // namespace

SigpipeGuard::SigpipeGuard()
{
    // A SIGPIPE that was already waiting belongs to someone else: leave it alone.
    m_wasPending = pipePending();
    const sigset_t set = pipeOnly();
    pthread_sigmask(SIG_BLOCK, &set, &m_previous);
}

SigpipeGuard::~SigpipeGuard()
{
    if (!m_wasPending && pipePending()) {
        const sigset_t set = pipeOnly();
        const timespec noWait {};
        sigtimedwait(&set, nullptr, &noWait);
    }
    pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
}

#else

SigpipeGuard::SigpipeGuard() = default;
SigpipeGuard::~SigpipeGuard() = default;

#endif

} // namespace Flowsmith::Vcs
