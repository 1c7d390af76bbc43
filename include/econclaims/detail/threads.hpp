// File: detail/threads.hpp
// Internal: the one way the library runs work on several threads — the corpus
// functions (a worker per job) and the panel kernels' row blocks.
#pragma once

#include <exception>
#include <system_error>
#include <thread>
#include <vector>

namespace econclaims::detail {

/// Calls f(k) for every k in [0, count), each on a thread of its own, and returns when
/// all calls have ended. The calling thread runs the last, and any the system would not
/// start a thread for. An exception thrown by any call is rethrown here after every call
/// has ended (of several, the one of the lowest k).
template <class F>
void run_on_threads(unsigned count, F&& f) {
  std::vector<std::exception_ptr> errors(count);
  const auto run = [&](unsigned k) {
    try {
      f(k);
    } catch (...) {
      errors[k] = std::current_exception();
    }
  };
  std::vector<std::thread> threads;
  unsigned started = 0;
  if (count > 1) {
    threads.reserve(count - 1);
    try {
      for (; started + 1 < count; ++started) threads.emplace_back(run, started);
    } catch (const std::system_error&) {
    }
  }
  for (unsigned k = started; k < count; ++k) run(k);
  for (auto& t : threads) t.join();
  for (const auto& e : errors)
    if (e) std::rethrow_exception(e);
}

}  // namespace econclaims::detail
