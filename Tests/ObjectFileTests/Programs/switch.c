#include <stdio.h>

__attribute__((noinline)) static const char *dense(int k) {
    switch (k) {
    case 0: return "zero";
    case 1: return "one";
    case 2: puts("two!"); return "two";
    case 3: return "three";
    case 4: return "four";
    case 5: return "five";
    case 6: puts("six!"); return "six";
    case 7: return "seven";
    default: return "many";
    }
}

__attribute__((noinline)) static int computed(int k, int x) {
    switch (k) {
    case 10: x += 3; break;
    case 11: x *= 5; break;
    case 12: x -= 8; break;
    case 13: x ^= 0x55; break;
    case 14: x <<= 2; break;
    case 15: x >>= 1; break;
    case 16: x = -x; break;
    case 1000: x = 1000; break;
    default: x = 0;
    }
    return x;
}

int main(void) {
    for (int k = -1; k < 10; k++) printf("%d %s\n", k, dense(k));
    for (int k = 9; k < 18; k++) printf("%d %d\n", k, computed(k, 21));
    printf("%d\n", computed(1000, 1));
    return 0;
}
