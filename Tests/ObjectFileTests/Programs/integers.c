#include <stdio.h>
#include <stdint.h>

static unsigned long long fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static int ackermann(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

int counter;
static long total = 5;

__attribute__((noinline)) int64_t mix(int64_t a, int32_t b, uint16_t c, int8_t d) {
    return (a * 31 + b) ^ ((int64_t)c << 7) ^ (d >> 1);
}

int main(void) {
    for (unsigned i = 0; i < 20; i += 3) printf("fib(%u) = %llu\n", i, fib(i));
    printf("ackermann(2, 3) = %d\n", ackermann(2, 3));
    for (int i = 0; i < 10; i++) { counter += i * i; total -= i; }
    printf("counter %d total %ld\n", counter, total);
    printf("mix %lld\n", (long long)mix(123456789012LL, -77, 65535, -100));
    uint32_t x = 0xdeadbeef;
    printf("rotate %08x popcount %d clz %d\n", (x << 5) | (x >> 27), __builtin_popcount(x), __builtin_clz(x >> 3));
    printf("div %d mod %d udiv %u\n", -17 / 5, -17 % 5, 4000000000u / 7u);
    return 0;
}
