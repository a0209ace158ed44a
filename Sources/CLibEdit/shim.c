#include "jitter_libedit.h"
