// The doctest runner for every almanac test. Messages are checked in English unless a test
// asks for another language, whatever the machine's locale; programs the tests run inherit it.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdlib>

#include "messages/messages.h"

int main(int argc, char** argv) {
  setenv("LANGUAGE", "en", 1);
  almanac::set_message_language("en");
  return doctest::Context(argc, argv).run();
}
