#include <setjmp.h>
#include <stdio.h>

static jmp_buf checkpoint;
static int depth_reached;

__attribute__((noinline)) static void descend(int depth) {
    depth_reached = depth;
    if (depth == 7) longjmp(checkpoint, depth * 6);
    descend(depth + 1);
}

int main(void) {
    volatile int attempts = 0;
    int value = setjmp(checkpoint);
    attempts++;
    if (value == 0) {
        descend(0);
        puts("not reached");
    }
    printf("back with %d after depth %d, attempts %d\n", value, depth_reached, attempts);
    return 0;
}
