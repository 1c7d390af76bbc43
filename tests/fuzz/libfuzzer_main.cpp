// libFuzzer entry point; ECONCLAIMS_FUZZ_TARGET names the target at compile time.
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  econclaims::fuzz::ECONCLAIMS_FUZZ_TARGET(data, size);
  return 0;
}
