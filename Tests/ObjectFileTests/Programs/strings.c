#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person { const char *name; int age; double height; };

static struct person people[] = {
    {"Ada", 36, 1.65}, {"Grace", 85, 1.60}, {"Linus", 54, 1.77}, {"Barbara", 48, 1.70},
};

static int by_age(const void *a, const void *b) {
    return ((const struct person *)a)->age - ((const struct person *)b)->age;
}

static int by_name(const void *a, const void *b) {
    return strcmp(((const struct person *)a)->name, ((const struct person *)b)->name);
}

struct pair { long a, b; };

__attribute__((noinline)) struct pair swap(struct pair p) { return (struct pair){p.b, p.a}; }

int main(void) {
    int (*orders[2])(const void *, const void *) = {by_age, by_name};
    for (int k = 0; k < 2; k++) {
        qsort(people, 4, sizeof people[0], orders[k]);
        for (int i = 0; i < 4; i++) printf("%s %d %.2f\n", people[i].name, people[i].age, people[i].height);
    }
    char buffer[64];
    snprintf(buffer, sizeof buffer, "%s-%s", "object", "file");
    size_t length = strlen(buffer);
    for (size_t i = 0; i < length / 2; i++) { char c = buffer[i]; buffer[i] = buffer[length - 1 - i]; buffer[length - 1 - i] = c; }
    puts(buffer);
    struct pair p = swap((struct pair){1, 2});
    printf("%ld %ld\n", p.a, p.b);
    return 0;
}
