#pragma once
// The table of kinds that config/kind_table.hpp declares is defined in registry.cpp; each kind's
// header includes this one for KindEntry.
#include "planlint/config/kind_table.hpp"
