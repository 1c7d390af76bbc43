// extract_all() and extract_stream(): documents on several threads, results in input
// order. extract() keeps no state between calls and its tables are built once behind
// thread-safe statics, so documents can be extracted concurrently without locks.
#include "econclaims/corpus.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "econclaims/detail/threads.hpp"

namespace econclaims {

unsigned resolved_jobs(const corpus_options& options) noexcept {
  if (options.jobs > 0) return options.jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

std::vector<extraction_result> extract_all(std::span<const document_input> docs, const corpus_options& options) {
  std::vector<extraction_result> results(docs.size());
  const auto jobs = static_cast<unsigned>(std::min<std::size_t>(resolved_jobs(options), std::max<std::size_t>(docs.size(), 1)));
  // Documents are handed out one at a time, so a long one does not hold up a whole share.
  std::atomic<std::size_t> next{0};
  detail::run_on_threads(jobs, [&](unsigned) {
    for (std::size_t i = next++; i < docs.size(); i = next++) results[i] = extract(docs[i].text, docs[i].options);
  });
  return results;
}

void extract_stream(const document_source& source, const result_sink& sink, const corpus_options& options) {
  const unsigned jobs = resolved_jobs(options);
  if (jobs == 1) {
    owned_document doc;
    for (std::size_t i = 0; source(doc); ++i) {
      sink(i, doc, extract(doc.text, doc.options));
      doc = owned_document{};
    }
    return;
  }

  // The documents read and not yet handed on, in input order: window[k] is document
  // emitted + k. A deque keeps references to its elements valid across push_back and
  // pop_front of other elements.
  struct slot {
    owned_document doc;
    extraction_result result;
    bool done = false;
  };
  const std::size_t capacity = static_cast<std::size_t>(jobs) * std::max(1u, options.window_per_job);
  std::mutex m;
  std::mutex io;  // the source and the sink never run at the same time (lock order: m, then io)
  std::condition_variable room;  // signalled when the window shrinks or the stream ends
  std::deque<slot> window;
  std::size_t emitted = 0;     // documents handed to the sink (or being handed)
  bool source_done = false;
  bool emitting = false;       // one thread at a time calls the sink
  bool failed = false;

  detail::run_on_threads(jobs, [&](unsigned) {
    std::unique_lock lock(m);
    try {
      for (;;) {
        room.wait(lock, [&] { return source_done || failed || window.size() < capacity; });
        if (source_done || failed) return;
        owned_document doc;
        bool got = false;
        {
          std::lock_guard io_lock(io);
          got = source(doc);
        }
        if (!got) {
          source_done = true;
          room.notify_all();
          return;
        }
        slot& s = window.emplace_back();
        s.doc = std::move(doc);
        lock.unlock();
        extraction_result r = extract(s.doc.text, s.doc.options);
        lock.lock();
        s.result = std::move(r);
        s.done = true;
        if (emitting) continue;  // the thread that is emitting will reach this slot
        emitting = true;
        while (!window.empty() && window.front().done && !failed) {
          slot out = std::move(window.front());
          window.pop_front();
          const std::size_t index = emitted++;
          room.notify_all();
          lock.unlock();
          {
            std::lock_guard io_lock(io);
            sink(index, out.doc, std::move(out.result));
          }
          lock.lock();
        }
        emitting = false;
      }
    } catch (...) {
      if (!lock.owns_lock()) lock.lock();
      failed = true;
      emitting = false;
      room.notify_all();
      throw;
    }
  });
}

}  // namespace econclaims
