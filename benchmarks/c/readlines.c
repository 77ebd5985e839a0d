/* Hand-written C counterpart of benchmarks/readlines.py, for comparison:
 * the same file written with fprintf and read back with getline. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

static const char *PATH = "/tmp/multigen_bench_readlines.txt";

int main(void) {
    FILE *f = fopen(PATH, "w");
    if (!f)
        return 1;
    for (long i = 0; i < 2000000; i++)
        fprintf(f, "line %ld of the benchmark file, some text to read\n", i);
    fclose(f);
    f = fopen(PATH, "r");
    if (!f)
        return 1;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lines = 0, chars = 0;
    while ((n = getline(&line, &cap, f)) != -1) {
        lines++;
        chars += n;
    }
    free(line);
    fclose(f);
    printf("%ld %ld\n", lines, chars);
    return 0;
}
