// Extraction throughput on a corpus made by repeating the seed articles of the shared
// directory up to ECONCLAIMS_BENCH_MB megabytes (default 50):
//
//   documents/jobs:N   extract_all() over the corpus as separate documents, N threads
//   one_document       the whole corpus as a single document, one thread
//   stage/…            the stages of extract() one by one, one thread, same corpus:
//                      validate+normalize, scan (grammar), document (structure), assemble
//
// Bytes are bytes of UTF-8 input; claims/s counts claims produced. The articles are read
// at run time (ECONCLAIMS_SHARED_DIR overrides the path compiled in); none is copied
// into the repository.
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "econclaims/corpus.hpp"
#include "econclaims/extract.hpp"
#include "econclaims/text.hpp"
#include "extract/assemble.hpp"
#include "extract/document.hpp"
#include "extract/tokens.hpp"

namespace {

namespace fs = std::filesystem;

fs::path shared_dir() {
  if (const char* env = std::getenv("ECONCLAIMS_SHARED_DIR")) return env;
  return ECONCLAIMS_SHARED_DIR;
}

std::size_t corpus_bytes_wanted() {
  if (const char* env = std::getenv("ECONCLAIMS_BENCH_MB")) return static_cast<std::size_t>(std::atof(env) * 1e6);
  return 50'000'000;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + p.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// The seed articles, and how often the corpus repeats them.
struct corpus {
  std::vector<std::string> seeds;
  std::size_t repeats = 0;
  std::size_t bytes = 0;  // of the whole corpus
  std::vector<econclaims::document_input> inputs;  // seeds × repeats, as views

  corpus() {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(shared_dir() / "corpus" / "seeds"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) throw std::runtime_error("no seed articles under " + shared_dir().string());
    std::size_t once = 0;
    for (const auto& f : files) {
      seeds.push_back(read_all(f));
      once += seeds.back().size();
    }
    repeats = (corpus_bytes_wanted() + once - 1) / once;
    bytes = once * repeats;
    // Warm up: the script table is built on the first use, once per process.
    benchmark::DoNotOptimize(econclaims::extract(seeds.front()).claims.size());
    for (std::size_t r = 0; r < repeats; ++r)
      for (std::size_t i = 0; i < seeds.size(); ++i) {
        econclaims::document_input d;
        d.text = seeds[i];
        d.options.doc = "seed" + std::to_string(i);
        inputs.push_back(std::move(d));
      }
  }
};

const corpus& the_corpus() {
  static const corpus c;
  return c;
}

void report(benchmark::State& state, std::size_t bytes, std::size_t claims) {
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes) * state.iterations());
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims) * static_cast<double>(state.iterations()),
                                                  benchmark::Counter::kIsRate);
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  state.counters["peak_rss_MB"] = static_cast<double>(ru.ru_maxrss) / 1024.0;
}

void documents(benchmark::State& state) {
  const auto& c = the_corpus();
  econclaims::corpus_options opts;
  opts.jobs = static_cast<unsigned>(state.range(0));
  std::size_t claims = 0;
  for (auto _ : state) {
    auto results = econclaims::extract_all(c.inputs, opts);
    claims = 0;
    for (const auto& r : results) claims += r.claims.size();
    benchmark::DoNotOptimize(results.data());
  }
  report(state, c.bytes, claims);
}

void one_document(benchmark::State& state) {
  const auto& c = the_corpus();
  std::string big;
  big.reserve(c.bytes);
  for (const auto& d : c.inputs) big += d.text;
  std::size_t claims = 0;
  for (auto _ : state) {
    auto r = econclaims::extract(big);
    claims = r.claims.size();
    benchmark::DoNotOptimize(r.claims.data());
  }
  report(state, big.size(), claims);
}

// The stages, each timed alone over the corpus (each seed once per repeat).
void stage_normalize(benchmark::State& state) {
  const auto& c = the_corpus();
  for (auto _ : state)
    for (std::size_t r = 0; r < c.repeats; ++r)
      for (const auto& s : c.seeds) {
        benchmark::DoNotOptimize(econclaims::find_invalid_utf8(s));
        econclaims::normalized_text t(s);
        benchmark::DoNotOptimize(t.view().data());
      }
  report(state, c.bytes, 0);
}

struct prepared {
  std::vector<econclaims::normalized_text> texts;
  std::vector<econclaims::detail::token_stream> tokens;
  std::vector<econclaims::detail::doc_date> dates;
};
const prepared& the_prepared() {
  static const prepared p = [] {
    prepared out;
    for (const auto& s : the_corpus().seeds) {
      out.texts.emplace_back(s);
      out.tokens.push_back(econclaims::detail::scan(out.texts.back().view()));
      out.dates.push_back(econclaims::detail::infer_doc_date(out.texts.back().view(), out.tokens.back()));
    }
    return out;
  }();
  return p;
}

void stage_scan(benchmark::State& state) {
  const auto& c = the_corpus();
  const auto& p = the_prepared();
  for (auto _ : state)
    for (std::size_t r = 0; r < c.repeats; ++r)
      for (const auto& t : p.texts) {
        auto tokens = econclaims::detail::scan(t.view());
        benchmark::DoNotOptimize(tokens.quantities.data());
      }
  report(state, c.bytes, 0);
}

void stage_document(benchmark::State& state) {
  const auto& c = the_corpus();
  const auto& p = the_prepared();
  for (auto _ : state)
    for (std::size_t r = 0; r < c.repeats; ++r)
      for (std::size_t i = 0; i < p.texts.size(); ++i) {
        auto date = econclaims::detail::infer_doc_date(p.texts[i].view(), p.tokens[i]);
        econclaims::detail::document doc(p.texts[i].view(), p.tokens[i], date);
        benchmark::DoNotOptimize(doc.entities().data());
      }
  report(state, c.bytes, 0);
}

void stage_assemble(benchmark::State& state) {
  const auto& c = the_corpus();
  const auto& p = the_prepared();
  std::vector<econclaims::detail::document> docs;
  for (std::size_t i = 0; i < p.texts.size(); ++i) docs.emplace_back(p.texts[i].view(), p.tokens[i], p.dates[i]);
  const econclaims::extract_options opts;
  std::size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (std::size_t r = 0; r < c.repeats; ++r)
      for (std::size_t i = 0; i < p.texts.size(); ++i) {
        econclaims::extraction_result result;
        econclaims::detail::assemble(docs[i], p.tokens[i], p.texts[i], c.seeds[i], opts, result);
        claims += result.claims.size();
        benchmark::DoNotOptimize(result.claims.data());
      }
  }
  report(state, c.bytes, claims);
}

// The floor: one memchr-class pass over the same bytes (counting line breaks), what any
// pass that reads the text once costs on this machine.
void floor_count_lines(benchmark::State& state) {
  const auto& c = the_corpus();
  std::size_t lines = 0;
  for (auto _ : state) {
    lines = 0;
    for (const auto& d : c.inputs)
      for (const char* p = d.text.data(), *end = p + d.text.size();
           (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr; ++p)
        ++lines;
    benchmark::DoNotOptimize(lines);
  }
  report(state, c.bytes, 0);
}

}  // namespace

BENCHMARK(floor_count_lines)->Name("floor/count_lines")->Unit(benchmark::kMillisecond)->Iterations(5);
// Each corpus run takes about a second; three runs after one warm-up are enough.
BENCHMARK(documents)->ArgName("jobs")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(one_document)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
BENCHMARK(stage_normalize)->Name("stage/normalize")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(stage_scan)->Name("stage/scan")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(stage_document)->Name("stage/document")->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(stage_assemble)->Name("stage/assemble")->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
