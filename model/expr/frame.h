#pragma once

#include "value.h"

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Flowsmith::Expr {

struct Frame;
struct FramePool;

// A counted reference to a scope. Scopes come from the evaluation's pool and go back to it
// as soon as nothing (a running call, a closure, a thunk) refers to them, so a long loop of
// calls runs in constant memory. Reference cycles (a lambda stored in its own scope) are
// simply reclaimed when the evaluation ends. Single-threaded, like the evaluation.
class FrameRef
{
public:
    FrameRef() = default;
    FrameRef(Frame *f);
    FrameRef(const FrameRef &o)
        : FrameRef(o.m_frame)
    { }
    FrameRef(FrameRef &&o) noexcept
        : m_frame(o.m_frame)
    {
        o.m_frame = nullptr;
    }
    FrameRef &operator=(FrameRef o) noexcept
    {
        std::swap(m_frame, o.m_frame);
        return *this;
    }
    ~FrameRef();

    Frame *get() const { return m_frame; }
    // Lets go of the frame without counting down, for a pool about to reclaim every frame.
    void detach() { m_frame = nullptr; }
    Frame *operator->() const { return m_frame; }
    explicit operator bool() const { return m_frame != nullptr; }

private:
    Frame *m_frame = nullptr;
};

struct Frame
{
    FrameRef parent;
    std::vector<std::pair<std::string, Value>> vars;
    int refs = 0;
    FramePool *pool = nullptr;

    void bind(std::string_view name, Value v)
    {
        for (auto &var : vars) {
            if (var.first == name) {
                var.second = std::move(v);
                return;
            }
        }
        vars.emplace_back(std::string(name), std::move(v));
    }

    const Value *lookup(std::string_view name) const
    {
        for (const Frame *f = this; f; f = f->parent.get())
            for (const auto &var : f->vars)
                if (var.first == name)
                    return &var.second;
        return nullptr;
    }
};

struct FramePool
{
    // The first frames live inline, so a short evaluation allocates no pool at all.
    static constexpr std::size_t inlineCount = 8;
    static constexpr std::size_t maxKept = 256;
    Frame inlineFrames[inlineCount];
    std::size_t inlineUsed = 0;
    std::unique_ptr<std::deque<Frame>> more;
    std::vector<Frame *> free;
    std::size_t live = 0; // acquired and not yet released
    bool closing = false;

    FrameRef acquire(Frame *parent)
    {
        Frame *f;
        if (!free.empty()) {
            f = free.back();
            free.pop_back();
        } else if (inlineUsed < inlineCount) {
            f = &inlineFrames[inlineUsed++];
            f->pool = this;
        } else {
            if (!more)
                more = std::make_unique<std::deque<Frame>>();
            f = &more->emplace_back();
            f->pool = this;
        }
        f->parent = FrameRef(parent);
        ++live;
        return FrameRef(f);
    }

    void release(Frame *f)
    {
        // Nothing refers to f any more, so destroying its bindings in place (which may release
        // further frames) cannot reach it; the emptied buffer stays for the frame's next use.
        f->vars.clear();
        f->parent = FrameRef();
        free.push_back(f);
        --live;
    }

    // Ends an evaluation: every frame, even one kept alive by a reference cycle, becomes free
    // again, so the next evaluation on this thread reuses frames and their buffers.
    void reclaimAll()
    {
        closing = true;
        auto clear = [](Frame &f) {
            f.vars.clear();
            f.parent = FrameRef();
        };
        for (std::size_t i = 0; i < inlineUsed; ++i)
            clear(inlineFrames[i]);
        if (more)
            for (auto &f : *more)
                clear(f);
        closing = false;
        live = 0;
        free.clear();
        // A deep recursion may have needed many frames: do not keep them all for ever.
        if (more && more->size() > maxKept)
            more.reset();
        for (std::size_t i = 0; i < inlineUsed; ++i) {
            inlineFrames[i].refs = 0;
            free.push_back(&inlineFrames[i]);
        }
        if (more)
            for (auto &f : *more) {
                f.refs = 0;
                free.push_back(&f);
            }
    }

    ~FramePool()
    {
        closing = true;
        auto clear = [](Frame &f) {
            f.vars.clear();
            f.parent = FrameRef();
        };
        for (std::size_t i = 0; i < inlineUsed; ++i)
            clear(inlineFrames[i]);
        if (more)
            for (auto &f : *more)
                clear(f);
    }
};

inline FrameRef::FrameRef(Frame *f)
    : m_frame(f)
{
    if (m_frame)
        ++m_frame->refs;
}

inline FrameRef::~FrameRef()
{
    if (m_frame && !m_frame->pool->closing && --m_frame->refs == 0)
        m_frame->pool->release(m_frame);
}

} // namespace Flowsmith::Expr
