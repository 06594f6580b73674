#pragma once
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "planlint/core/message.hpp"
#include "planlint/parse/family.hpp"

namespace planlint {

// The order of heading families from the top level down.
using Hierarchy = std::vector<Family>;

// 第…部分 > 第…章 > 第…节 > 第…条 > 一、 > （一） > 1. > （1） > ①, after GB/T 9704-2012 7.3.3:
// the rows of kFamilyTraits in order.
const Hierarchy& default_hierarchy();
// Parses "cn,cn-paren,arabic"; the reason when a name is unknown or repeated.
std::variant<Hierarchy, Message> parse_hierarchy(std::string_view comma_separated);

}  // namespace planlint
