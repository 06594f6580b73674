#pragma once
#include <memory>
#include <ostream>

#include "planlint/report/check_report.hpp"

namespace planlint {

// --statistics: the number of findings of each rule, most frequent first, instead of the
// findings; as text or as JSON ({"rules": [{"rule": …, "count": …}], "files": …,
// "findings": …}).
std::unique_ptr<CheckReporter> make_statistics_reporter(std::ostream& out, bool json,
                                                        Language language);

}  // namespace planlint
