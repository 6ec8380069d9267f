#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace Flowsmith::Vcs {

/// Keeps SIGPIPE away from the calling thread while it exists. libgit2 writes to sockets
/// without MSG_NOSIGNAL, so a remote that drops the connection mid-push would otherwise kill
/// the whole studio instead of failing the push. A SIGPIPE raised meanwhile is discarded.
class SigpipeGuard
{
public:
    SigpipeGuard();
    ~SigpipeGuard();
    SigpipeGuard(const SigpipeGuard &) = delete;
    SigpipeGuard &operator=(const SigpipeGuard &) = delete;

private:
#ifdef Q_OS_UNIX
    sigset_t m_previous;
    bool m_wasPending = false;
#endif
};

} // namespace Flowsmith::Vcs
