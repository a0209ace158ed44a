#include "jitter_trampoline.h"
