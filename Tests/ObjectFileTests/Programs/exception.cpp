#include <cstdio>
#include <stdexcept>
#include <string>

struct Guard {
    const char *name;
    explicit Guard(const char *name) : name(name) {}
    ~Guard() { std::printf("unwinding %s\n", name); }
};

__attribute__((noinline)) static int descend(int n) {
    Guard guard(n % 2 ? "odd" : "even");
    if (n == 0) throw std::runtime_error("reached the bottom");
    return descend(n - 1) + 1;
}

int main() {
    try {
        descend(3);
    } catch (const std::exception &error) {
        std::printf("caught: %s\n", error.what());
    }
    try {
        throw 42;
    } catch (int value) {
        std::printf("caught int %d\n", value);
    }
    return 0;
}
