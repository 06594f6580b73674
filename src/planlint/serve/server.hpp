#pragma once
#include "planlint/cli/console.hpp"
#include "planlint/cli/options.hpp"

namespace planlint {

// `planlint serve`: loads the config and every rule set offered, listens, and prints the address
// it listens on (`http://127.0.0.1:8080/`) as one line on stdout once requests are accepted, so
// a script can start it on port 0 and read the port. Runs until SIGINT or SIGTERM. Exit code 0
// after a signal, 2 for a usage problem, a config or rule set with problems, or an address it
// cannot listen on.
int run_serve(const ServeOptions& options, const Console& console);

}  // namespace planlint
