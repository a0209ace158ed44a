#include <stdarg.h>
#include <stdio.h>

static double average(int count, ...) {
    va_list ap;
    va_start(ap, count);
    double sum = 0;
    for (int i = 0; i < count; i++) sum += va_arg(ap, double);
    va_end(ap);
    return count ? sum / count : 0;
}

static void log_line(const char *format, ...) {
    va_list ap;
    va_start(ap, format);
    fputs("log: ", stdout);
    vprintf(format, ap);
    va_end(ap);
}

typedef int (*operation)(int, int);
static int add(int a, int b) { return a + b; }
static int multiply(int a, int b) { return a * b; }
int subtract(int a, int b) { return a - b; }
operation table[] = {add, multiply, subtract};

int main(void) {
    printf("average %.3f\n", average(4, 1.0, 2.5, 4.0, 8.5));
    log_line("%d %s %c %ld %.1f\n", 42, "text", 'x', 1L << 40, 0.25);
    for (int i = 0; i < 3; i++) printf("op %d: %d\n", i, table[i](7, 3));
    return 0;
}
