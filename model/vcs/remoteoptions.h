#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Flowsmith {

class CredentialStore;

/// How far a fetch or push has come. `total` is 0 while unknown.
struct TransferProgress
{
    enum Stage { Receiving, Indexing, Pushing };
    Stage stage = Receiving;
    qint64 current = 0;
    qint64 total = 0;
    qint64 bytes = 0;
};

/// What network work needs from its caller: where https tokens come from, a flag that cancels
/// the transfer (checked in every progress callback) and where progress goes. Progress is
/// called on the thread doing the work.
struct RemoteOptions
{
    CredentialStore *credentials = nullptr;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(const TransferProgress &)> progress;
};

} // namespace Flowsmith
