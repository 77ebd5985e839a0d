/* The loop of exc_try_loop.py / exc_plain_loop.py; C has no exceptions, so
   both benchmarks share this program. */
#include <stdio.h>
#include <stdlib.h>

static long step(long x, long d) {
    if (d == 0) {
        fprintf(stderr, "ZeroDivisionError\n");
        exit(1);
    }
    long m = (x * 31 + 7) % d;
    return m < 0 ? m + d : m;
}

int main(void) {
    long total = 0;
    for (long r = 0; r < 10; r++) {
        for (long i = 0; i < 3000000; i++) {
            total += step(i + r, (i % 13) + 1);
        }
        printf("round %ld %ld\n", r, total);
    }
    printf("total %ld\n", total);
    return 0;
}
