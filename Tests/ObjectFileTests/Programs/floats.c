#include <stdio.h>

static const double weights[] = {0.5, 1.25, -3.75, 1e10, 2.5e-3};
float scale = 1.5f;

__attribute__((noinline)) double dot(const double *a, const float *b, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) sum += a[i] * b[i];
    return sum;
}

static double newton_sqrt(double x) {
    double guess = x / 2;
    for (int i = 0; i < 30; i++) guess = (guess + x / guess) / 2;
    return guess;
}

int main(void) {
    float values[5] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f};
    for (int i = 0; i < 5; i++) values[i] *= scale;
    printf("dot %.6f\n", dot(weights, values, 5));
    printf("sqrt(2) %.12f\n", newton_sqrt(2.0));
    long double big = 1.0L / 3.0L;
    printf("third %.15Lf\n", big);
    int truncated = (int)(weights[2] * 3);
    unsigned long long u = (unsigned long long)(weights[3]);
    printf("conversions %d %llu %f\n", truncated, u, (double)u / 7.0);
    return 0;
}
