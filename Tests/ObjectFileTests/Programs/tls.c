#include <stdio.h>

__thread int counter = 10;
static __thread long hidden_counter;
__thread char name[16] = "thread";

__attribute__((noinline)) static void bump(int by) {
    counter += by;
    hidden_counter -= by;
}

int main(void) {
    for (int i = 1; i <= 4; i++) bump(i);
    name[0] = 'T';
    printf("%d %ld %s %p\n", counter, hidden_counter, name, (void *)0);
    return 0;
}
