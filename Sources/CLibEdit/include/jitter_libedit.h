#ifndef JITTER_LIBEDIT_H
#define JITTER_LIBEDIT_H
#endif
