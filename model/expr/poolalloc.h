#pragma once

#include <cstddef>

namespace Flowsmith::Expr {

// Small blocks for the evaluator's values (shared blocks of strings, arrays, objects and
// functions): a free list per size class and thread, so creating and dropping a value costs
// a few instructions instead of a trip through malloc. Every block is an ordinary
// operator-new allocation, so a block may be freed on any thread.
namespace Pool {
void *allocate(std::size_t bytes);
void deallocate(void *p, std::size_t bytes) noexcept;
} // namespace Pool

template<class T> struct PoolAllocator
{
    using value_type = T;
    PoolAllocator() noexcept = default;
    template<class U> PoolAllocator(const PoolAllocator<U> &) noexcept { }
    T *allocate(std::size_t n) { return static_cast<T *>(Pool::allocate(n * sizeof(T))); }
    void deallocate(T *p, std::size_t n) noexcept { Pool::deallocate(p, n * sizeof(T)); }
    template<class U> bool operator==(const PoolAllocator<U> &) const noexcept { return true; }
};

} // namespace Flowsmith::Expr
